"""Unicode text helpers: diacritics folding for search and sort keys."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into base + combining mark.
_SPECIAL = str.maketrans(
    {"ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae"}
)


# Combining marks below U+3000 (Latin, Greek, Cyrillic and the scripts near them), found
# once: stripping them with one regex is C speed, where a loop over every
# character of a long mail cost most of the time of storing it.
_NARROW = 0x3000
_MARKS = [cp for cp in range(_NARROW) if unicodedata.combining(chr(cp))]
_MARK_CLASS = "".join(f"\\u{cp:04x}" for cp in _MARKS)
_DROP_MARKS = re.compile(f"[{_MARK_CLASS}]+")
# A Cyrillic letter keeps the marks after it; any other mark goes.
_STRIP_MARKS = re.compile(f"(?:^|(?<=[^\u0400-\u04ff{_MARK_CLASS}]))[{_MARK_CLASS}]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_HAS_SPECIAL = re.compile("[łŁđĐøØßæÆ]")
_WIDE = re.compile(f"[^\\x00-\\u{_NARROW - 1:04x}]")


def fold(text: str | None) -> str:
    """Lower-case and strip diacritics: "Novák" -> "novak", "Łódź" -> "lodz".

    Cyrillic letters are kept whole: "й" and "ї" are letters of their own in Ukrainian,
    not an accented "и" or "і", so folding them would make different names collide.
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    # Case first: casefold can itself produce marks ("İ" -> "i" + dot above).
    folded = unicodedata.normalize("NFKC", text).casefold()
    if _HAS_SPECIAL.search(folded):  # str.translate costs per character; most text has none
        folded = folded.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFD", folded)
    if not _WIDE.search(decomposed):
        if _CYRILLIC.search(decomposed):
            stripped = _STRIP_MARKS.sub("", decomposed)
        else:
            stripped = _DROP_MARKS.sub("", decomposed)
        return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped)
    return _fold_slowly(decomposed)


def _fold_slowly(decomposed: str) -> str:
    """The same, character by character: for text with characters past _NARROW."""
    out: list[str] = []
    keep_marks = False
    for ch in decomposed:
        if unicodedata.combining(ch):
            if keep_marks:
                out.append(ch)
            continue
        keep_marks = "\u0400" <= ch <= "\u04ff"
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))
