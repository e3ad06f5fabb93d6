"""Name matching for the conflict check: exact look-up keys for candidates, then a scored reason."""

# How a conflict check uses this
# ------------------------------
# 1. Every contact, organisation, matter party and e-mail correspondent stores
#    ``party_keys(party)`` (short strings) in an indexed key table.
# 2. A new matter's party looks up ``party_query_keys(party)`` there: an exact, indexed
#    look-up per key, so 100,000 records cost what a few hundred do.
# 3. ``compare`` scores the few candidates found and says why, in words a lawyer reads.
#
# A key shared by very many records (a common surname alone, "advokatni kancelar") says
# little: the caller should skip keys with more records than it cares to score.
#
# From a name to its words
# ------------------------
# The text is split with search.query_words (folded by text.fold: no case, no Latin
# diacritics, Cyrillic letters kept). Before that: an apostrophe inside a word goes
# (Ukrainian "Мар'яна" is one word), a word typed with letters of both scripts gets the
# look-alike letters of its main script ("Оlena" with a Cyrillic "О"), a bare e-mail
# address stands for the name in its local part. Titles (Ing., JUDr., Ph.D.), a
# generation (ml., st., Jr.) and, except for people, legal forms at either end (s.r.o.,
# spol. s r.o., ТОВ, GmbH & Co. KG) and "and"-words are set aside: they are not the name.
#
# Every word then gets forms from exact to loose, each a tuple of variants:
#   latin     the word itself, or its Latin transliteration: Ukrainian by the official
#             national system (KMU 2010, resolution no. 55), Russian by ICAO Doc 9303
#             (Russian passports), Serbian/Macedonian by Gaj's Latin; a Cyrillic word
#             without a letter that tells the language gets both KMU and ICAO.
#   sounds    a phonetic spelling shared by the ways CZ/SK/PL/HR/DE/EN write a Ukrainian
#             name: š sh sz sch -> s; č ch cz tsch -> c; ž zh -> z; ц ts -> c;
#             х kh -> h and г g h -> h (Ukrainian г is "h", Russian "g"); щ shch szcz -> sc;
#             w -> v; x -> ks; y j -> i; doubled letters once. "ch" is č in English and
#             KMU but x in Czech, Polish and German, so a Latin word with "ch" gets both.
#             The Russian form of a common Ukrainian given name also gets the
#             Ukrainian one's sound (Aleksandr, Elena, Sergei -> oleksandr, olena, serhii).
#             Ševčenko, Shevchenko, Szewczenko, Schewtschenko, Шевченко -> "sevcenko".
#   stems     the sound without the endings that change with sex or case: trailing
#             vowels, then -ov/-ev, and the fleeting e of -ek/-ec: Novák / Nováková,
#             Kowalski / Kowalska, Ivanov / Ivanova, Hájek / Hájková -> one stem.
#   skeleton  the stem's consonants, a leading vowel as "a": vowels are where
#             transliterations and typos differ most (Oleksandr / Aleksandr, Andrii /
#             Andrei). Only keys use it; it is too loose to score with.
#
# Keys (strings with a prefix, so one indexed column holds them all)
# -------------------------------------------------------------------
#   p:SKEL SKEL   each pair of words (sorted) among the first six: word order, extra
#                 middle names and patronymics, transliterations and most vowel typos meet;
#   h:STEM|X      a word's stem (first four words) and another word's first skeleton
#                 letter (first six): a typo anywhere in the other word, or only its
#                 initial (J. Novák);
#   w:SKEL        each word, looked up only by a one-word query ("Pravník" finds
#                 "Advokátní kancelář Pravník");
#   o:SKEL        the word of a one-word name, looked up by each word of a longer query;
#   i:LETTERS     a name of single letters only ("J. N."), sorted;
#   id:NUMBER     registry/tax/VAT number without spaces, leading zeros or country prefix;
#   e:ADDRESS     e-mail address, lower case.
# A two-word name has five name keys. Missed on purpose: typos in two words at once, or a
# typo in a word of a name with an extra word, and a one-word query's typo; the scorer
# would see them, the keys do not bring them.
#
# Scoring (0..1; 1 = certain), the strongest evidence wins
# ---------------------------------------------------------
# Same registry number 1.0, same e-mail 0.95. Names: words are paired greedily, best
# first: same folded word, same transliteration, same sound, same stem, an initial, or
# a similar spelling (rapidfuzz ratio of the sounds, >= 80 per word and >= 85 for the
# name, weighted by word length). The weakest pair sets the reason: same name 1.0,
# different word order 0.97, Cyrillic and Latin 0.95 (exact transliteration) or 0.92
# (sound), another spelling 0.9, different endings 0.8, initial 0.75, similar spelling
# 0.85 x similarity. Letters of both scripts in one name only x0.98; an extra word x0.88
# (more: x0.8); a one-word name that is a word of the other x0.6 (not for a mere similar
# spelling: "Pravník" / "Právní služby"); a legal form on one side only x0.95, different
# legal forms x0.85; ml. vs st. x0.7; both with registry numbers of one country and none
# shared x0.5.
#
# For a conflict check recall matters more than precision: a missed conflict costs a
# firm more than a second look, so close names are hits with a lower score (Novák /
# Nováková: a relative is a conflict too). Names that share only one word of several on
# each side are not hits (Jan Novák / Petr Novák): a surname alone would bring every
# Novák in the book and hide the real conflicts. A person whose name shares two or more
# words with the other's and differs only in a middle name or patronymic (Шевченко
# Олександр Петрович / Іванович) is a weak hit (0.5); firms are not, their names share
# generic words ("Advokátní kancelář ...").

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product

from rapidfuzz import fuzz

from smallcrm.core.search import query_words
from smallcrm.core.validation import normalize_email

PERSON = "person"
ORGANIZATION = "organization"

# What each kind of evidence scores.
SAME_ID = 1.0
SAME_EMAIL = 0.95
SAME_NAME = 1.0
WORD_ORDER = 0.97
TRANSLITERATED = 0.95
SOUNDS_ACROSS_SCRIPTS = 0.92
OTHER_SPELLING = 0.9
ENDINGS = 0.8
INITIAL = 0.75
SIMILAR = 0.85  # times the spelling similarity
PARTLY = 0.5
# Factors for what differs beside the name's words.
EXTRA_WORD = 0.88
EXTRA_WORDS = 0.8
PART_OF = 0.6
MIXED_LETTERS = 0.98
NO_LEGAL_FORM = 0.95
OTHER_LEGAL_FORM = 0.85
OTHER_GENERATION = 0.7
OTHER_IDS = 0.5
# rapidfuzz ratios (0..100) of sounds: a word pair, and the name (length-weighted mean).
WORD_ALIKE = 80.0
NAME_ALIKE = 85.0

MAX_PAIR_WORDS = 6  # p: keys among the first six words: 15 at most
MAX_HALF_WORDS = 4  # h: keys: stems of the first four words, letters of the first six
MAX_VARIANTS = 4  # of a word's forms ("ch" twice, a given name's other form)

# How closely two words meet, best first.
_EXACT, _LATIN, _SOUND, _STEM, _INITIAL, _SIMILAR = range(6)

# --- tables ----------------------------------------------------------------------------------

# Ukrainian, KMU 2010: folded (lower-case) letters. "\x01" stands for ч: "ch" in the Latin
# form, but certainly č in the sound (a Latin "ch" could be either). "\x03" is the г of
# "зг", which KMU writes "zgh" so that it is not read as ж.
_KMU = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "\x01", "ш": "sh", "щ": "shch", "ь": "",
        "ю": "iu", "я": "ia", "\x03": "gh",
        # Not Ukrainian letters; as ICAO writes them, so a stray one still reads.
        "ё": "e", "ы": "y", "э": "e", "ъ": "ie", "ў": "u",
    }
)  # fmt: skip
# At the start of a word KMU writes these with "y".
_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# Russian, ICAO Doc 9303 (passports since 2013).
_ICAO = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "\x01", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e",
        "ю": "iu", "я": "ia", "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
    }
)  # fmt: skip
# Serbian and Macedonian: Gaj's Latin, folded as text.fold folds it (đ -> d, č ć -> c).
_GAJ = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "е": "e", "ж": "z",
        "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
        "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u",
        "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s", "ѓ": "g", "ќ": "k",
        "ѕ": "dz",
    }
)  # fmt: skip
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэёъ")
_SERBIAN_ONLY = frozenset("ђјљњћџѓќѕ")

# KMU with capitals, for showing a name (``transliterate``).
_KMU_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ю": "iu", "я": "ia", "ё": "e", "ы": "y", "э": "e", "ъ": "ie", "ў": "u",
}  # fmt: skip
_APOSTROPHES = "'’ʼ`´‘ʹ′"

# Latin spellings -> one sound. Longest first: the alternation takes the first that fits.
_SOUND_RULES = {
    "schtsch": "sc", "shch": "sc", "szcz": "sc", "tsch": "c", "sch": "s", "tch": "c",
    "zh": "z", "sh": "s", "sz": "s", "cz": "c", "ts": "c", "tz": "c", "kh": "h",
    "gh": "h", "ch": "\x02", "ph": "f", "th": "t", "x": "ks", "w": "v", "q": "k",
    "g": "h", "y": "i", "j": "i", "\x01": "c",
}  # fmt: skip
_SOUND_PATTERN = re.compile("|".join(map(re.escape, _SOUND_RULES)))
_DOUBLED = re.compile(r"([^\W\d_])\1+")
_TRAILING_VOWELS = re.compile(r"[aeiou]+$")
_VOWELS = re.compile(r"[aeiou]")
# Sounds of patronymics: Петрович, Petrovich, Іванівна, Ivanovna, Ілліч(на).
_PATRONYMIC_ENDINGS = ("ovic", "evic", "ovih", "evih", "ivna", "ovna", "evna", "icna", "ihna")

# Ukrainian given names (KMU) and their Russian forms as people write them: the same
# name to a conflict check. Names whose sounds meet anyway (Olha / Olga) need no entry.
_GIVEN_NAME_FORMS = {
    "oleksandr": "aleksandr alexandr alexander aleksander",
    "oleksandra": "aleksandra alexandra",
    "oleksii": "aleksei aleksey alexei alexey aleksej alexej",
    "olena": "elena yelena jelena",
    "mykola": "nikolai nikolay nikolaj",
    "mykhailo": "mikhail michail",
    "andrii": "andrei andrey andrej",
    "serhii": "sergei sergey sergej",
    "volodymyr": "vladimir wladimir",
    "dmytro": "dmitrii dmitriy dmitry dmitrij",
    "vasyl": "vasilii vasiliy vasily vasilij wassili",
    "hryhorii": "grigorii grigoriy grigory grigorij",
    "tetiana": "tatiana tatyana tatjana",
    "liudmyla": "ludmila ludmilla",
    "kateryna": "ekaterina yekaterina jekaterina",
    "yevhen": "evgenii evgeniy evgeny evgenij",
    "yevheniia": "evgenia evgeniya evgenija",
    "svitlana": "svetlana",
    "nadiia": "nadezhda nadezda",
    "vira": "vera",
    "fedir": "fedor fyodor fjodor",
    "pavlo": "pavel",
    "illia": "ilya ilja",
    "kostiantyn": "konstantin",
    "petro": "pyotr",
    "liubov": "lubov",
}

# Legal forms: how each is shown, and the ways it is written (split into words as names
# are, so "s. r. o.", "s.r.o." and "S.R.O" are one form). Spellings in one entry are the
# same legal form ("s.r.o." = "spol. s r.o.").
_LEGAL_FORMS = {
    # CZ, SK
    "s.r.o.": (
        "s.r.o.", "sro", "spol. s r.o.", "spol.s.r.o.", "spol s r o", "spolsro",
        "společnost s ručením omezeným", "spoločnosť s ručením obmedzeným",
    ),
    "a.s.": ("a.s.", "akciová společnost", "akciová spoločnosť"),
    "k.s.": ("k.s.", "komanditní společnost", "komanditná spoločnosť"),
    "v.o.s.": ("v.o.s.", "veřejná obchodní společnost", "verejná obchodná spoločnosť"),
    "z.s.": ("z.s.", "zapsaný spolek"),
    "z.ú.": ("z.ú.", "zapsaný ústav"),
    "o.p.s.": ("o.p.s.", "obecně prospěšná společnost"),
    "s.p.": ("s.p.", "státní podnik", "štátny podnik"),
    "SE": ("se",),
    # PL
    "sp. z o.o.": ("sp. z o.o.", "spzoo", "spółka z ograniczoną odpowiedzialnością"),
    "S.A.": ("s.a.", "sa", "spółka akcyjna"),
    "sp.k.": ("sp.k.", "spk", "spółka komandytowa"),
    "sp.j.": ("sp.j.", "spj", "spółka jawna"),
    "sp.p.": ("sp.p.", "spółka partnerska"),
    "S.K.A.": ("s.k.a.", "ska", "spółka komandytowo-akcyjna"),
    # HR (and SI, RS, BA)
    "d.o.o.": ("d.o.o.", "doo", "društvo s ograničenom odgovornošću"),
    "j.d.o.o.": ("j.d.o.o.", "jdoo", "jednostavno društvo s ograničenom odgovornošću"),
    "d.d.": ("d.d.", "dd", "dioničko društvo"),
    "k.d.": ("k.d.", "komanditno društvo"),
    "j.t.d.": ("j.t.d.", "javno trgovačko društvo"),
    "obrt": ("obrt",),
    # UA (and the Russian forms still met in Ukrainian records). Latin spellings only where
    # they are no word or name of their own ("PP", "PAT", "AT" are).
    "ТОВ": ("тов", "товариство з обмеженою відповідальністю", "tov"),
    "ТДВ": ("тдв", "товариство з додатковою відповідальністю", "tdv"),
    "ПП": ("пп", "приватне підприємство"),
    "ФОП": ("фоп", "фо-п", "фізична особа-підприємець", "флп", "спд", "fop"),
    "ИП": ("ип", "индивидуальный предприниматель"),
    "ПАТ": ("пат", "публічне акціонерне товариство"),
    "ПрАТ": ("прат", "приватне акціонерне товариство", "prat"),
    "АТ": ("ат", "акціонерне товариство"),
    "ВАТ": ("ват", "відкрите акціонерне товариство"),
    "ЗАТ": ("зат", "закрите акціонерне товариство"),
    "ООО": ("ооо", "общество с ограниченной ответственностью"),
    "АО": ("ао", "оао", "зао", "пао"),
    # DE, AT
    "GmbH & Co. KG": ("gmbh & co. kg", "gmbh & co kg", "gmbh co. kg"),
    "GmbH": ("gmbh", "ges.m.b.h.", "gesmbh", "gesellschaft mit beschränkter haftung"),
    "AG": ("ag", "aktiengesellschaft"),
    "KG": ("kg", "kommanditgesellschaft"),
    "KGaA": ("kgaa",),
    "OHG": ("ohg", "offene handelsgesellschaft"),
    "OG": ("og", "offene gesellschaft"),
    "UG": ("ug", "ug (haftungsbeschränkt)"),
    "GbR": ("gbr",),
    "e.V.": ("e.v.", "eingetragener verein"),
    "e.K.": ("e.k.", "eingetragener kaufmann", "eingetragene kauffrau"),
    # UK, US
    "Ltd": ("ltd", "limited"),
    "plc": ("plc", "public limited company"),
    "LLP": ("llp",),
    "LLC": ("llc", "l.l.c."),
    "LP": ("lp",),
    "Inc.": ("inc", "incorporated"),
    "Corp.": ("corp", "corporation"),
    "Co.": ("co", "company", "a spol.", "spol.", "a společníci"),
    # HU, RO, IT: met among CEE counterparties
    "Kft.": ("kft",),
    "Zrt.": ("zrt",),
    "Nyrt.": ("nyrt",),
    "S.R.L.": ("s.r.l.", "srl"),
    "S.p.A.": ("s.p.a.",),
    # Not a form but a state the name carries on the register.
    "v likvidaci": (
        "v likvidaci", "v likvidácii", "w likwidacji", "in liquidation", "i.l.",
        "in liquidazione", "u likvidaciji",
    ),
}  # fmt: skip
# A sole trader's form stands before a person's name too ("ФОП Іваненко Іван").
_SOLE_TRADER_FORMS = frozenset({"ФОП", "ИП", "obrt", "e.K."})
# Forms written before the name (ТОВ «Правник», Obrt Horvat); elsewhere a first word that
# looks like a form is more likely a part of the name ("AG Foods", "SE Consulting").
_LEADING_FORMS = frozenset(
    {shown for shown in _LEGAL_FORMS if any("\u0400" <= ch <= "\u04ff" for ch in shown)} | {"obrt"}
)
# Words between parts of a firm's name ("Novák a partneři", "Smith and Sons").
_AND_WORDS = frozenset({"a", "and", "und", "i", "et", "the", "та", "і", "и"})

# Titles before or after a name: Ing., Mgr., JUDr., Ph.D., MBA, Dipl.-Ing., Mag., Dr. iur.
_TITLES = (
    "bc", "bca", "ing", "ing. arch.", "mgr", "mga", "mudr", "mddr", "mvdr", "judr",
    "phdr", "rndr", "paeddr", "thdr", "pharmdr", "thlic", "icdr", "rsdr", "phmr", "doc",
    "prof", "ph.d.", "phd", "th.d.", "csc", "drsc", "dsc", "dr", "dr. iur.", "dr. jur.",
    "dr. med.", "dr. h.c.", "mba", "msc", "bsc", "llm", "ll.m.", "llb", "ll.b.", "mpa",
    "dipl", "dipl.-ing.", "dipl.-kfm.", "univ.-prof.", "ao. univ.-prof.", "mag", "dkfm",
    "inż", "mgr inż", "mec", "adw",
    "r.pr.", "adwokat", "radca prawny", "advokát", "advokátka", "odvjetnik", "odvjetnica",
    "mr", "mrs", "ms", "herr", "frau", "esq", "sir", "pan", "pani", "pán", "paní", "д-р",
    "адвокат", "пан", "пані", "г-н", "г-жа",
)  # fmt: skip
# Generations: "Jan Novák ml." and "Jan Novák st." are father and son.
_GENERATIONS = {
    "ml": "ml.", "mladsi": "ml.", "jr": "ml.", "jun": "ml.", "junior": "ml.",
    "st": "st.", "starsi": "st.", "sr": "st.", "sen": "st.", "senior": "st.",
    "ii": "II", "iii": "III",
}  # fmt: skip

# Look-alike letters, by case: a word typed mostly in one script with a few letters of
# the other (a keyboard left in the other layout) gets its main script's letters.
_CYRILLIC_LOOKALIKES = dict(zip("АВЕКМНОРСТХУІаеорсухі", "ABEKMHOPCTXYIaeopcyxi", strict=True))
_LATIN_LOOKALIKES = {latin: cyr for cyr, latin in _CYRILLIC_LOOKALIKES.items()}
_RAW_WORD = re.compile(r"[^\W_]+")
# A word with a Latin letter next to a Cyrillic one, either way round: only such text is
# worth the word-by-word look.
_MIXED = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
_HAS_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
_ADDRESS_IN_BRACKETS = re.compile(r"<[^<>\s]*@[^<>\s]*>")
_LOCAL_PART_SEPARATORS = re.compile(r"[._+\-0-9]+")

# Country prefixes of VAT numbers: stdnum.eu.vat.MEMBER_STATES with Greece's "EL", plus
# neighbours outside the EU. Written out so that matching does not import all of stdnum.
_VAT_PREFIXES = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "GR", "HR",
        "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
        "XI", "GB", "CH", "NO",
    }
)  # fmt: skip


# --- words -----------------------------------------------------------------------------------


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


@dataclass(frozen=True, slots=True)
class _Word:
    """One word of a name and its forms, from exact to loose (each a tuple of variants)."""

    text: str  # folded
    cyrillic: bool
    latin: tuple[str, ...]
    sounds: tuple[str, ...]
    stems: tuple[str, ...]
    skeletons: tuple[str, ...]
    firsts: str  # first letters of the sounds: what an initial must be
    number: bool  # has digits: only the same number is the same word


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))[:MAX_VARIANTS]


def _kmu(word: str) -> str:
    word = word.replace("зг", "з\x03")
    return (_KMU_INITIAL.get(word[0], word[0]) + word[1:]).translate(_KMU)


def _cyrillic_latin(word: str) -> list[str]:
    """Latin forms of a Cyrillic (or mixed) word; "\x01" marks a ч."""
    letters = set(word)
    if letters & _SERBIAN_ONLY:
        forms = [word.translate(_GAJ)]
        if "ђ" in letters:  # Đorđević is also written Djordjevic
            forms.append(word.replace("ђ", "dj").translate(_GAJ))
        return forms
    if letters & _UKRAINIAN_ONLY:
        return [_kmu(word)]
    if letters & _RUSSIAN_ONLY:
        forms = [word.translate(_ICAO)]
        if "ё" in letters:  # Фёдор: Fedor in a passport, Fyodor elsewhere
            forms.append(word.replace("ё", "yo").translate(_ICAO))
        return forms
    # The letters do not tell Ukrainian from Russian: Ukrainian first, Russian too.
    return [_kmu(word), word.translate(_ICAO)]


def _rule(m: re.Match[str]) -> str:
    return _SOUND_RULES[m.group()]


def _plain_sounds(latin: str) -> list[str]:
    spelt = _SOUND_PATTERN.sub(_rule, latin)
    # A Latin "ch" is č in English and KMU, x in Czech, Polish and German: both.
    forms = {spelt.replace("\x02", "c"), spelt.replace("\x02", "h")} if "\x02" in spelt else {spelt}
    return sorted(_DOUBLED.sub(r"\1", form) for form in forms)


def _sounds_of(latin: str) -> list[str]:
    sounds = _plain_sounds(latin)
    return sounds + [_OTHER_FORM[s] for s in sounds if s in _OTHER_FORM]


def _stem(sound: str) -> str:
    stem = _TRAILING_VOWELS.sub("", sound)
    if len(stem) > 3 and stem.endswith(("ov", "ev")):  # Ivanov(a), Novákov(á)
        stem = stem[:-2]
    if len(stem) > 3 and stem.endswith(("ek", "ec")):  # Hájek / Hájková, Němec / Němcová
        stem = stem[:-2] + stem[-1]
    return stem if len(stem) >= 2 else sound


def _skeleton(stem: str) -> str:
    head = "a" if stem[0] in "aeiou" else stem[0]
    return _DOUBLED.sub(r"\1", head + _VOWELS.sub("", stem[1:]))


@functools.lru_cache(maxsize=16384)  # given names and common surnames come back all the time
def _word(text: str) -> _Word:
    if any(ch.isdigit() for ch in text):
        return _Word(text, False, (text,), (text,), (text,), (text,), text[:1], True)
    cyrillic = any(_is_cyrillic(ch) for ch in text)
    if cyrillic:
        spelt = _cyrillic_latin(text)
        latin = _unique(s.replace("\x01", "ch") for s in spelt) or (text,)
        # "сч" and "тч" come out as "sch" and "tch", which a Latin reader takes for
        # German ш and English ч: the sound of that reading too, so the two meet.
        spelt += [s.replace("\x01", "ch") for s in spelt if "s\x01" in s or "t\x01" in s]
    else:
        spelt = [text]
        latin = (text,)
    sounds = _unique(s for form in spelt for s in _sounds_of(form)) or (text,)
    stems = _unique(_stem(s) for s in sounds)
    skeletons = _unique(_skeleton(s) for s in stems)
    firsts = "".join(dict.fromkeys(s[0] for s in sounds))
    return _Word(text, cyrillic, latin, sounds, stems, skeletons, firsts, False)


def _build_other_forms() -> dict[str, str]:
    """Sound of a Russian form -> sound of the Ukrainian name (KMU spellings have no "ch")."""
    forms: dict[str, str] = {}
    for ukrainian, others in _GIVEN_NAME_FORMS.items():
        (canonical,) = _plain_sounds(ukrainian)
        for other in others.split():
            forms.update((sound, canonical) for sound in _plain_sounds(other) if sound != canonical)
    return forms


_OTHER_FORM = _build_other_forms()


# --- names -----------------------------------------------------------------------------------


def _phrases(table: Iterable[str]) -> dict[tuple[str, ...], str]:
    return {tuple(query_words(text)): text for text in table}


_LEGAL_WORDS: dict[tuple[str, ...], str] = {
    tuple(query_words(spelling)): shown
    for shown, spellings in _LEGAL_FORMS.items()
    for spelling in spellings
}
_LEGAL_LONGEST = max(map(len, _LEGAL_WORDS))
_TITLE_WORDS = _phrases(_TITLES)
_TITLE_LONGEST = max(map(len, _TITLE_WORDS))


@dataclass(frozen=True)
class NameKeys:
    """A name taken apart for matching: its words and what was set aside."""

    name: str
    kind: str
    words: tuple[str, ...]  # folded words of the name proper, in order
    legal_forms: tuple[str, ...] = ()  # as shown: ("s.r.o.",)
    generation: str = ""  # "ml.", "st.", "II", ...
    mixed_letters: bool = False  # a word was typed with letters of both scripts
    _forms: tuple[_Word, ...] = field(default=(), repr=False, compare=False)

    @property
    def latin(self) -> str:
        """The words in Latin letters (KMU for Ukrainian), for showing next to the name."""
        return " ".join(w.latin[0] for w in self._forms)


def _repair_mixed(text: str) -> tuple[str, bool]:
    """Give a word typed in two scripts the look-alike letters of its main script."""
    changed = False

    def repair(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        cyr = sum(1 for ch in word if _is_cyrillic(ch))
        lat = sum(1 for ch in word if "a" <= ch.lower() <= "z")
        if not cyr or not lat:
            return word
        table = _CYRILLIC_LOOKALIKES if lat >= cyr else _LATIN_LOOKALIKES
        fixed = "".join(table.get(ch, ch) for ch in word)
        changed = changed or fixed != word
        return fixed

    return _RAW_WORD.sub(repair, text), changed


def _drop_apostrophes(text: str) -> str:
    # Inside a word, before a small letter (Мар'яна, Mar'iana) or before я ю є ї of any case
    # (МАР'ЯНА): one word. Otherwise (O'Neill, ТОВ'Правник') a word break, as query_words
    # would make it.
    out = []
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES and 0 < i < len(text) - 1 and text[i - 1].isalpha():
            nxt = text[i + 1]
            if nxt.isalpha() and (nxt.islower() or nxt in "ЯЮЄЇ"):
                continue
            out.append(" ")
            continue
        out.append(ch)
    return "".join(out)


def _name_text(name: str) -> str:
    text = _ADDRESS_IN_BRACKETS.sub(" ", name) if "<" in name else name
    if not text.strip():
        text = name
    stripped = text.strip().strip("<>\"'")
    if "@" in stripped and not any(ch.isspace() for ch in stripped):
        # A correspondent known only by address: jan.novak@firma.cz -> "jan novak".
        return _LOCAL_PART_SEPARATORS.sub(" ", stripped.rpartition("@")[0])
    return text


def _strip_phrases(
    words: list[str], table: dict[tuple[str, ...], str], longest: int, found: list[str]
) -> list[str]:
    """Drop the table's phrases anywhere in ``words``; keep at least one word."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            phrase = tuple(words[i : i + size])
            if phrase in table:
                found.append(table[phrase])
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out or words


def _strip_legal_forms(words: list[str], kind: str, found: list[str]) -> list[str]:
    """Drop legal forms at either end, the last first, while a word of the name is left."""
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in range(min(_LEGAL_LONGEST, len(words) - 1), 0, -1):
            for phrase, at_end in ((tuple(words[-size:]), True), (tuple(words[:size]), False)):
                shown = _LEGAL_WORDS.get(phrase)
                if shown is None or (kind == PERSON and shown not in _SOLE_TRADER_FORMS):
                    continue
                if not at_end and shown not in _LEADING_FORMS:
                    continue
                found.append(shown)
                words = words[:-size] if at_end else words[size:]
                changed = True
                break
            if changed:
                break
    return words


@functools.lru_cache(maxsize=4096)  # the query's names are compared with every candidate
def name_keys(name: str, kind: str = "") -> NameKeys:
    """Take a name apart; ``kind`` is "person", "organization" or "" (not known)."""
    text = _name_text(name or "")
    if _HAS_APOSTROPHE.search(text):
        text = _drop_apostrophes(text)
    mixed = False
    if not text.isascii() and _MIXED.search(text):
        text, mixed = _repair_mixed(text)
    words = query_words(text)
    titles: list[str] = []
    words = _strip_phrases(words, _TITLE_WORDS, _TITLE_LONGEST, titles)
    generation = ""
    if len(words) > 1 and words[-1] in _GENERATIONS:
        generation = _GENERATIONS[words.pop()]
    legal: list[str] = []
    words = _strip_legal_forms(words, kind, legal)
    if kind != PERSON and len(words) > 2:
        kept = [words[0]] + [w for w in words[1:] if w not in _AND_WORDS]
        words = kept if len(kept) > 1 else words
    return NameKeys(
        name=name,
        kind=kind,
        words=tuple(words),
        legal_forms=tuple(reversed(legal)) if legal else (),
        generation=generation,
        mixed_letters=mixed,
        _forms=tuple(_word(w) for w in words),
    )


# --- keys ------------------------------------------------------------------------------------


def _pair_keys(forms: Sequence[_Word]) -> set[str]:
    named = [w for w in forms if len(w.text) > 1][:MAX_PAIR_WORDS]
    return {
        "p:" + " ".join(sorted(pair))
        for a, b in combinations(named, 2)
        for pair in product(a.skeletons, b.skeletons)
    }


def _half_keys(forms: Sequence[_Word]) -> set[str]:
    # The stem of each of the first four words (not initials), with the first letter of
    # each other word among the first six (initials too).
    named = [i for i, w in enumerate(forms) if len(w.text) > 1][:MAX_HALF_WORDS]
    return {
        f"h:{stem}|{skeleton[0]}"
        for i in named
        for j, other in enumerate(forms[:MAX_PAIR_WORDS])
        if j != i
        for stem in forms[i].stems
        for skeleton in other.skeletons
    }


def _initials_key(forms: Sequence[_Word]) -> str:
    # A name of single letters ("J. N.", "A & B") has no word to pair: it is found as a
    # whole, in any order.
    return "i:" + "".join(sorted(w.sounds[0][:1] for w in forms))


@functools.lru_cache(maxsize=4096)
def keys(name: str, kind: str = "") -> frozenset[str]:
    """What to store in the key index for a record's name (empty if it has no words)."""
    forms = name_keys(name, kind)._forms
    if not forms:
        return frozenset()
    if len(forms) > 1 and all(len(w.text) == 1 for w in forms):
        return frozenset({_initials_key(forms)})
    # An initial is no word to look up on its own, unless it is all the name has.
    found = {"w:" + s for w in forms if len(w.text) > 1 or len(forms) == 1 for s in w.skeletons}
    if len(forms) == 1:
        found |= {"o:" + s for s in forms[0].skeletons}
    else:
        found |= _pair_keys(forms) | _half_keys(forms)
    return frozenset(found)


@functools.lru_cache(maxsize=1024)
def query_keys(name: str, kind: str = "") -> frozenset[str]:
    """What to look up in the key index for a query's name: any shared key is a candidate."""
    forms = name_keys(name, kind)._forms
    if not forms:
        return frozenset()
    if len(forms) > 1 and all(len(w.text) == 1 for w in forms):
        return frozenset({_initials_key(forms)})
    if len(forms) == 1:  # one word: every record that has it
        return frozenset("w:" + s for s in forms[0].skeletons)
    found = {"o:" + s for w in forms if len(w.text) > 1 for s in w.skeletons}
    return frozenset(found | _pair_keys(forms) | _half_keys(forms))


def id_key(value: str | None, country: str = "") -> str:
    """A registry / tax / VAT number as compared: "CZ 123 45 678" and "12345678" -> "12345678".

    Lenient on purpose (no checksum, unlike validation.check_id): a conflict check must
    find a number typed a little wrong in form. Leading zeros go, so an IČO written with
    and without them meets.
    """
    return _id_parts(value, country)[1]


def _id_parts(value: str | None, country: str = "") -> tuple[str, str]:
    text = "".join(ch for ch in (value or "").upper() if ch.isascii() and ch.isalnum())
    country = (country or "").upper()
    if text[:3] in ("ATU", "CHE") and text[3:].isdigit():  # Austrian and Swiss numbers
        country, text = text[:2], text[3:]
    elif len(text) > 2 and text[:2] in _VAT_PREFIXES and text[2:].isdigit():
        country, text = text[:2], text[2:]
    if text.isdigit():
        text = text.lstrip("0") or "0"
    return {"EL": "GR"}.get(country, country), text


def email_key(value: str | None) -> str:
    """An e-mail address as compared: trimmed, lower case ("" if it is no address)."""
    text = normalize_email(value or "").lower()
    return text if "@" in text.strip("@") else ""


# --- parties ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """A person or organisation as the conflict check knows it."""

    name: str
    kind: str = ""  # "person", "organization" or "" (not known: a mail correspondent)
    ids: tuple[str, ...] = ()  # registry, tax and VAT numbers as typed
    emails: tuple[str, ...] = ()
    country: str = ""  # ISO code; the country of numbers written without a prefix


def party_keys(party: Party) -> frozenset[str]:
    """What to store in the key index for a record: its name, numbers and addresses."""
    return keys(party.name, party.kind) | _contact_keys(party)


def party_query_keys(party: Party) -> frozenset[str]:
    """What to look up for a query party: its name's look-up keys, numbers and addresses."""
    return query_keys(party.name, party.kind) | _contact_keys(party)


def _contact_keys(party: Party) -> frozenset[str]:
    found = {"id:" + k for k in (id_key(v, party.country) for v in party.ids) if k}
    found |= {"e:" + k for k in map(email_key, party.emails) if k}
    return frozenset(found)


# --- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """Why two parties may be the same, strongest evidence first."""

    score: float  # 0..1, 1 = certain
    reasons: tuple[str, ...]  # plain words, e.g. "same name in Cyrillic and Latin"
    basis: str  # what the score rests on: "registry_id", "email" or "name"

    @property
    def reason(self) -> str:
        return self.reasons[0]


def _meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(x in b for x in a)


def _word_pair(x: _Word, y: _Word) -> tuple[int, float] | None:
    """How closely two words meet (a level, and a 0..100 similarity), or None."""
    if x.text == y.text:
        return _EXACT, 100.0
    if x.number or y.number:
        return None
    if _meet(x.latin, y.latin):
        return _LATIN, 100.0
    if _meet(x.sounds, y.sounds):
        return _SOUND, 100.0
    if len(x.text) == 1 or len(y.text) == 1:
        if len(x.text) != len(y.text) and set(x.firsts) & set(y.firsts):
            return _INITIAL, 100.0
        return None
    if _meet(x.stems, y.stems):
        return _STEM, 100.0
    best = max(fuzz.ratio(s, t, score_cutoff=WORD_ALIKE) for s in x.sounds for t in y.sounds)
    return (_SIMILAR, best) if best else None


def _align(a: Sequence[_Word], b: Sequence[_Word]) -> list[tuple[int, float, int, int]]:
    """Pair the words greedily, closest first; the same pairs whichever name comes first."""
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            met = _word_pair(x, y)
            if met:
                first, second = sorted((x.text, y.text))
                candidates.append((met[0], -met[1], first, second, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    chosen = []
    for level, negative, _f, _s, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            chosen.append((level, -negative, i, j))
    return chosen


def _only_middle_unmatched(forms: Sequence[_Word], matched: set[int]) -> bool:
    last = len(forms) - 1
    return all(
        0 < i < last or any(s.endswith(_PATRONYMIC_ENDINGS) for s in w.sounds)
        for i, w in enumerate(forms)
        if i not in matched
    )


def _name_match(a: NameKeys, b: NameKeys) -> tuple[float, str] | None:
    fa, fb = a._forms, b._forms
    if not fa or not fb:
        return None
    if a.words == b.words:
        chosen = [(_EXACT, 100.0, i, i) for i in range(len(fa))]
    else:
        chosen = _align(fa, fb)
    if not chosen:
        return None
    matched = len(chosen)
    worst = max(level for level, *_ in chosen)
    weights = [max(len(fa[i].text), len(fb[j].text)) for _l, _r, i, j in chosen]
    similarity = sum(w * r for w, (_l, r, _i, _j) in zip(weights, chosen, strict=True)) / sum(
        weights
    )
    percent = round(similarity)
    if worst == _SIMILAR and similarity < NAME_ALIKE:
        return None
    cross = any(fa[i].cyrillic != fb[j].cyrillic for _l, _r, i, j in chosen)
    if worst == _EXACT:
        score, reason = SAME_NAME, "same name"
    elif worst in (_LATIN, _SOUND) and cross:
        score = TRANSLITERATED if worst == _LATIN else SOUNDS_ACROSS_SCRIPTS
        reason = "same name in Cyrillic and Latin"
    elif worst in (_LATIN, _SOUND):
        score, reason = OTHER_SPELLING, "same name in another spelling"
    elif worst == _STEM:
        score, reason = ENDINGS, "similar name with different endings (e.g. male and female)"
    elif worst == _INITIAL:
        score, reason = INITIAL, "same name, one gives only an initial"
    else:
        score, reason = SIMILAR * similarity / 100, f"similar spelling ({percent} %)"
    parts = [reason]

    unmatched_a, unmatched_b = len(fa) - matched, len(fb) - matched
    if unmatched_a and unmatched_b:
        # Words on both sides that the other lacks: two people, unless most of the name
        # is shared (a different patronymic or middle name). Only when one is known to be
        # a person: firms' names share generic words ("Advokátní kancelář ...").
        # The words that differ must be middle names or patronymics: "Anna Maria Kasperczak"
        # and "Anna Maria Perka" share given names, not a person.
        if (
            matched < 2
            or PERSON not in (a.kind, b.kind)
            or ORGANIZATION in (a.kind, b.kind)
            or worst >= _INITIAL
            or not _only_middle_unmatched(fa, {i for _l, _r, i, _j in chosen})
            or not _only_middle_unmatched(fb, {j for _l, _r, _i, j in chosen})
        ):
            return None
        score = PARTLY * score
        parts = [f"partly the same name ({matched} of {max(len(fa), len(fb))} words)"]
    elif unmatched_a or unmatched_b:
        if matched == 1:
            # One word of a longer name: only when that word is the same, give or take
            # the spelling or ending ("Pravník" / "Právní služby" are not one firm).
            if worst >= _INITIAL:
                return None
            score *= PART_OF
            parts = ["one name is part of the other"]
        else:
            extra = unmatched_a + unmatched_b
            score *= EXTRA_WORD if extra == 1 else EXTRA_WORDS
            parts.append("one has an extra word" if extra == 1 else "one has extra words")
    elif worst == _EXACT and a.words != b.words:
        score, parts = WORD_ORDER, ["same name, different word order"]

    if a.mixed_letters != b.mixed_letters:
        score *= MIXED_LETTERS
        parts.append("typed with mixed Cyrillic and Latin letters")
    if a.generation and b.generation and a.generation != b.generation:
        score *= OTHER_GENERATION
        older, younger = sorted((a.generation, b.generation))
        parts.append(f"different generation ({older} / {younger})")
    legal_a, legal_b = set(a.legal_forms), set(b.legal_forms)
    if legal_a != legal_b:
        if legal_a and legal_b:
            score *= OTHER_LEGAL_FORM
            shown = sorted((" ".join(a.legal_forms), " ".join(b.legal_forms)))
            parts.append(f"different legal form ({shown[0]} / {shown[1]})")
        else:
            score *= NO_LEGAL_FORM
            parts.append("without the legal form")
    text = parts[0]
    for part in parts[1:]:
        text += (" " if text == "same name" and part.startswith("without") else ", ") + part
    return score, text


def _as_party(value: Party | str) -> Party:
    return value if isinstance(value, Party) else Party(value or "")


def compare(query: Party | str, candidate: Party | str) -> Match | None:
    """Whether two parties (or bare names) may be the same, how surely and why; None if not.

    Symmetric: compare(a, b) and compare(b, a) give the same score and reasons.
    """
    a, b = _as_party(query), _as_party(candidate)
    found: list[tuple[float, str, str]] = []

    ids_a = {p for p in (_id_parts(v, a.country) for v in a.ids) if p[1]}
    ids_b = {p for p in (_id_parts(v, b.country) for v in b.ids) if p[1]}
    shared = sorted(
        na
        for ca, na in ids_a
        for cb, nb in ids_b
        if na and na == nb and (not ca or not cb or ca == cb)
    )
    if shared:
        found.append((SAME_ID, f"same registry ID ({shared[0]})", "registry_id"))
    # Numbers of one country and length on both sides, none shared: two different firms.
    other_ids = not shared and any(
        ca == cb and len(na) == len(nb) for ca, na in ids_a for cb, nb in ids_b
    )

    emails = sorted({k for k in map(email_key, a.emails) if k} & set(map(email_key, b.emails)))
    if emails:
        found.append((SAME_EMAIL, f"same e-mail ({emails[0]})", "email"))

    named = _name_match(name_keys(a.name, a.kind), name_keys(b.name, b.kind))
    if named:
        score, reason = named
        if other_ids:
            score *= OTHER_IDS
            reason += ", but different registry IDs"
        found.append((score, reason, "name"))

    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    return Match(round(found[0][0], 3), tuple(r for _s, r, _b in found), found[0][2])


def transliterate(text: str) -> str:
    """Ukrainian Cyrillic in Latin letters by KMU 2010, capitals kept: "Згурський" -> "Zghurskyi".

    Letters KMU does not have (Russian ё ы э ъ) are written as ICAO writes them; anything
    else is left as it is.
    """
    out: list[str] = []
    previous = ""  # the letter before, apostrophes skipped
    for i, ch in enumerate(text):
        low = ch.lower()
        latin = _KMU_LETTERS.get(low)
        if latin is None:
            following = text[i + 1 : i + 2]
            if ch in _APOSTROPHES and previous.isalpha() and following.isalpha():
                continue  # KMU does not write the apostrophe
            out.append(ch)
            previous = ch
            continue
        if low == "г" and previous.lower() == "з":
            latin = "gh"
        elif not previous.isalpha() and low in _KMU_INITIAL:
            latin = _KMU_INITIAL[low]
        if ch != low and latin:
            following = text[i + 1 : i + 2]
            capitals = following.isupper() or (not following.isalpha() and previous.isupper())
            latin = latin.upper() if capitals else latin[0].upper() + latin[1:]
        out.append(latin)
        previous = ch
    return "".join(out)
