"""Sort keys that put names in the firm's alphabet (CLDR) when compared code point by code point."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from smallcrm.core.text import fold

# The alphabets follow the CLDR "standard" collation tailorings of the root (DUCET) order,
# as ICU ships them (common/collation/<lang>.xml; read from the generated copies in
# github.com/tzlaine/text include/boost/text/data/{cs,sk,pl,hr,uk}.hpp):
#   cs: &C<č &H<ch &R<ř &S<š &Z<ž
#   sk: &A<ä &C<č &H<ch &O<ô &R<ř &S<š &Z<ž
#   pl: &A<ą &C<ć &E<ę &L<ł &N<ń &O<ó &S<ś &Z<ź<ż
#   hr: [reorder Latn Cyrl] &C<č<ć &D<dž<đ &L<lj &N<nj &S<š &Z<ž
#   uk: [reorder Cyrl] &Г<ґ &І<ї (й is its own letter in the root order already)
# Everything else is the root order, simplified to what names need: spaces, then
# punctuation and symbols, then digits, Latin, Greek, Cyrillic, then any other script by
# code point. Other accents (á, ů, ď in Czech) differ at the second level only and case at
# the third, lower case first ("novak" < "Novak" < "Novák"), as in CLDR.
# Two choices of ours: apostrophes (' ’ ʼ) are ignored but for the last tie-break, so
# "Мар'яна" sorts as "Маряна" and "O'Brien" as "OBrien"; letters with a stroke that no
# tailoring names (ł, đ, ø, ħ) are their base letter plus a second-level difference, as
# core.text.fold treats them.

LANGUAGES = ("en", "cs", "sk", "pl", "hr", "uk")
FALLBACK = "en"
MAX_LENGTH = 400  # the column's length

# Letters placed right after a letter of the root alphabet, per language, in order.
TAILORINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {},
    "cs": {"c": ("č",), "h": ("ch",), "r": ("ř",), "s": ("š",), "z": ("ž",)},
    "sk": {
        "a": ("ä",),
        "c": ("č",),
        "h": ("ch",),
        "o": ("ô",),
        "r": ("ř",),
        "s": ("š",),
        "z": ("ž",),
    },  # fmt: skip
    "pl": {
        "a": ("ą",),
        "c": ("ć",),
        "e": ("ę",),
        "l": ("ł",),
        "n": ("ń",),
        "o": ("ó",),
        "s": ("ś",),
        "z": ("ź", "ż"),
    },  # fmt: skip
    "hr": {
        "c": ("č", "ć"),
        "d": ("dž", "đ"),
        "l": ("lj",),
        "n": ("nj",),
        "s": ("š",),
        "z": ("ž",),
    },  # fmt: skip
    "uk": {"г": ("ґ",), "і": ("ї",)},
}

LATIN = "abcdefghijklmnopqrstuvwxyz"
# The root order of the Cyrillic letters of the languages around our users (Ukrainian,
# Russian, Belarusian, Serbian, Macedonian, Bulgarian); й and ў are letters of their own
# there, ё is е with a second-level difference.
CYRILLIC = "абвгґдђѓеєжзѕиійјклљмнњопрстћќуўфхцчџшщъыьэюя"
# Letters with no decomposition: (base letters at the first level, the mark they carry).
_STROKED = {"ł": ("l", "\u0335"), "đ": ("d", "\u0335"), "ħ": ("h", "\u0335"),
            "ŧ": ("t", "\u0335"), "ø": ("o", "\u0338"), "ß": ("ss", ""), "æ": ("ae", ""),
            "œ": ("oe", ""), "ı": ("i", "\u0307")}  # fmt: skip
APOSTROPHES = "'\u2018\u2019\u02bc\u02bb"

SEP = "\x01"  # ends a level: lower than every weight, so a shorter key sorts first
_BASE = "\x02"  # second level: a letter without an accent (each accent weighs more)
_LOWER, _UPPER, _OTHER = "\x02", "\x03", "\x04"  # third level
_BOUND = 0x500  # the tables map every character below; weights stay below too
# Accents that differ at the second level come in the Unicode Collation Algorithm's order
# (DUCET's secondary weights: acute, grave, breve, circumflex, caron, ring, diaeresis,
# double acute, tilde, dot above, cedilla, ogonek, macron), the rest by code point after.
_UCA_MARKS = (0x301, 0x300, 0x306, 0x302, 0x30C, 0x30A, 0x308, 0x30B, 0x303, 0x307, 0x327,
              0x328, 0x304)  # fmt: skip


def _mark_order(mark: str) -> tuple[int, int]:
    cp = ord(mark)
    return (_UCA_MARKS.index(cp), cp) if cp in _UCA_MARKS else (len(_UCA_MARKS), cp)


# Beyond the tables: combining marks of the supplements, and punctuation names carry.
_MARK_RANGES = ((0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
_EXTRA_RANGES = ((0x2000, 0x206F), (0xFDD0, 0xFDEF), (0xFFFD, 0xFFFD), (0xD800, 0xDFFF))
# Stand-ins for a language's multi-character letters (NFD "c\u030c", "ch") while its
# tables run: noncharacters, which text does not carry (any that does is replaced).
_STAND_INS = 0xFDD0
_HIGH = re.compile("[^\x00-\u04ff]")


def _chars() -> list[str]:
    found = [chr(cp) for cp in range(_BOUND)]
    for low, high in (*_MARK_RANGES, *_EXTRA_RANGES):
        found += [chr(cp) for cp in range(low, high + 1)]
    return found


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _ignorable(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Cn", "Co") or ch in APOSTROPHES


@dataclass(frozen=True)
class _Rules:
    """One language's tables, made once at import."""

    primary: dict[int, str]
    secondary: dict[int, str]
    tertiary: dict[int, str]
    contractions: re.Pattern[str] | None
    stand_in: dict[str, str]

    def key(self, text: str) -> str:
        if not text:
            return ""
        nfd = " ".join(unicodedata.normalize("NFKD", text).split())
        low = nfd.lower()
        if self.contractions is not None:
            low = self.contractions.sub(self._replace, low)
        primary = low.translate(self.primary)
        if low.isascii():
            secondary = ""  # no accents
        else:
            secondary = low.translate(self.secondary)
            if max(secondary, default=" ") > "\u04ff":
                secondary = _HIGH.sub(_BASE, secondary)
            secondary = secondary.rstrip(_BASE)
        tertiary = nfd.translate(self.tertiary)
        if not nfd.isascii() and max(tertiary, default=" ") > "\u04ff":
            tertiary = _HIGH.sub(_LOWER, tertiary)
        tertiary = tertiary.rstrip(_LOWER)
        if not (primary or secondary or tertiary):
            return ""  # blank or ignorable only: as the empty name
        return f"{primary}{SEP}{secondary}{SEP}{tertiary}"[:MAX_LENGTH]

    @property
    def _replace(self) -> Callable[[re.Match[str]], str]:
        stand_in = self.stand_in
        return lambda m: stand_in.get(m.group(), "\ufffd")


def _rules(language: str) -> _Rules:
    tailoring = TAILORINGS[language]
    latin, cyrillic = list(LATIN), list(CYRILLIC)
    for alphabet in (latin, cyrillic):
        for after, letters in tailoring.items():
            if after in alphabet:
                for letter in letters:
                    if letter in alphabet:
                        alphabet.remove(letter)
                at = alphabet.index(after) + 1
                alphabet[at:at] = letters
    chars = _chars()
    nfd_of = {ch: unicodedata.normalize("NFD", ch) for ch in chars}

    # First level: weights handed out in the order the classes sort.
    weights: dict[str, str] = {}
    next_weight = ord(SEP) + 1

    def give(unit: str) -> None:
        nonlocal next_weight
        if unit not in weights:
            weights[unit] = chr(next_weight)
            next_weight += 1

    give(" ")
    lowered = [
        ch
        for ch in chars
        if len(nfd_of[ch]) == 1 and ch == ch.lower() and unicodedata.category(ch) != "Cs"
    ]
    for ch in lowered:  # punctuation and symbols, by code point
        if not (ch.isalnum() or ch.isspace() or _is_mark(ch) or _ignorable(ch)):
            give(ch)
    for digit in "0123456789":
        give(digit)
    for unit in latin:
        give(unit)
    for ch in lowered:  # letters of the Latin script no alphabet above names
        if "\u0080" <= ch < "\u0370" and ch.isalpha() and ch not in _STROKED:
            give(ch)
    for ch in lowered:
        if "\u0370" <= ch < "\u0400" and ch.isalnum():
            give(ch)
    for unit in cyrillic:
        give(unit)
    for ch in lowered:  # everything else with a weight of its own, by code point
        if not (_is_mark(ch) or _ignorable(ch) or ch.isspace()):
            give(ch)
    give("\ufffd")
    assert next_weight < _BOUND, "weights must stay below the characters the tables leave"

    multi = {u: unicodedata.normalize("NFD", u) for u in (*latin, *cyrillic)}
    multi = {u: nfd for u, nfd in multi.items() if len(nfd) > 1}
    stand_in = {nfd: chr(_STAND_INS + i) for i, nfd in enumerate(sorted(multi.values()))}
    primary: dict[int, str] = {}
    secondary: dict[int, str] = {}
    tertiary: dict[int, str] = {}
    marks = sorted((ch for ch in chars if _is_mark(ch)), key=_mark_order)
    mark_weight = {m: chr(ord(_BASE) + 1 + i) for i, m in enumerate(marks)}
    assert ord(_BASE) + len(marks) < _BOUND
    for ch in chars:
        cp = ord(ch)
        low = ch.lower() if len(ch.lower()) == 1 else ch
        if _is_mark(ch):
            primary[cp], secondary[cp] = "", mark_weight[ch]
        elif _ignorable(ch) or "\ud800" <= ch <= "\udfff" or "\ufdd0" <= ch <= "\ufdef":
            # Surrogates and our stand-ins cannot be stored or would be misread: as U+FFFD.
            broken = not _ignorable(ch)
            primary[cp] = weights["\ufffd"] if broken else ""
            secondary[cp] = _BASE if broken else ""
        elif low in weights:
            primary[cp], secondary[cp] = weights[low], _BASE
        elif low in _STROKED:
            base, mark = _STROKED[low]
            primary[cp] = "".join(weights[b] for b in base)
            secondary[cp] = _BASE * len(base) + (mark_weight[mark] if mark else "")
        else:  # decomposable: NFKD took it apart before the tables run
            primary[cp] = "".join(weights.get(c, "") for c in unicodedata.normalize("NFD", low))
            secondary[cp] = _BASE
        if ch in APOSTROPHES:
            tertiary[cp] = _OTHER
        elif _ignorable(ch) and not ("\ud800" <= ch <= "\udfff"):
            tertiary[cp] = ""
        else:
            tertiary[cp] = _UPPER if ch != ch.lower() else _LOWER
    for unit, nfd in multi.items():
        cp = ord(stand_in[nfd])
        primary[cp], secondary[cp] = weights[unit], _BASE
    contractions = None
    if stand_in:
        # Longest first ("dž" before "d"); our stand-ins in the text become U+FFFD.
        options = sorted(stand_in, key=len, reverse=True)
        contractions = re.compile("|".join(map(re.escape, options)) + "|[\ufdd0-\ufdef]")
    return _Rules(primary, secondary, tertiary, contractions, stand_in)


_RULES = {language: _rules(language) for language in LANGUAGES}


def language_of(code: str | None) -> str:
    """The language whose alphabet ``code`` ("cs", "cs_CZ", "uk-UA") sorts in; else English."""
    lang = (code or "").replace("_", "-").split("-")[0].lower()
    return lang if lang in _RULES else FALLBACK


def collation_key(text: str, language: str) -> str:
    """A key whose code point order (SQLite BINARY, PostgreSQL "C") is ``language``'s
    alphabetical order of ``text``; unknown languages sort as English. Never raises."""
    rules = _RULES.get(language) or _RULES[language_of(language)]
    return rules.key(text or "")


def name_text(family: str | None, given: str | None, display: str | None) -> str:
    """What a person is sorted by: "family given", or the display name without those."""
    return " ".join(p for p in (family, given) if p) or (display or "")


def name_keys(text: str, language: str) -> dict[str, str]:
    """The two keys a name is stored with: ``sort_key`` (folded, for matching and
    duplicates) and ``name_order`` (the firm's alphabet, for lists). Made together always."""
    return {"sort_key": fold(text)[:MAX_LENGTH], "name_order": collation_key(text, language)}
