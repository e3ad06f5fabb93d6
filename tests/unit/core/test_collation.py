"""Collation keys: code point order of the keys is each language's alphabetical order."""

import functools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.core.collation import LANGUAGES, SEP, collation_key, language_of, name_keys

# Each language's alphabet as its speakers learn it, written out by hand from the CLDR
# tailorings (not from core.collation's tables): a group is one letter at the first level,
# its members differ by accent only, in the order given.
ALPHABETS = {
    "cs": "a á|b|c|č|d ď|e é ě|f|g|h|ch|i í|j|k|l|m|n ň|o ó|p|q|r|ř|s|š|t ť|u ú ů|v|w|x|y ý|z|ž",
    "sk": "a á|ä|b|c|č|d ď|e é|f|g|h|ch|i í|j|k|l ĺ ľ|m|n ň|o ó|ô|p|q|r ŕ|ř|s|š|t ť|u ú|v|w|x|"
    "y ý|z|ž",
    "pl": "a|ą|b|c|ć|d|e|ę|f|g|h|i|j|k|l|ł|m|n|ń|o|ó|p|q|r|s|ś|t|u|v|w|x|y|z|ź|ż",
    "hr": "a|b|c|č|ć|d|dž|đ|e|f|g|h|i|j|k|l|lj|m|n|nj|o|p|r|s|š|t|u|v|z|ž",
    "uk": "а|б|в|г|ґ|д|е|є|ж|з|и|і|ї|й|к|л|м|н|о|п|р|с|т|у|ф|х|ц|ч|ш|щ|ь|ю|я",
    "en": "a á à ä|b|c ç|d|e é è|f|g|h|i|j|k|l|m|n ñ|o ó ö|p|q|r|s|t|u ú ü|v|w|x|y|z",
}
GROUPS = {
    lang: [group.split() for group in alphabet.split("|")] for lang, alphabet in ALPHABETS.items()
}


def _letters(lang: str) -> dict[str, tuple[int, int]]:
    """letter -> (its place in the alphabet, its accent's place within the letter)."""
    return {
        letter: (primary, secondary)
        for primary, group in enumerate(GROUPS[lang])
        for secondary, letter in enumerate(group)
    }


def _reference_key(text: str, lang: str) -> tuple:
    """The slow way: split into letters (longest first: "ch", "dž"), compare the letters,
    then their accents, then case, letter by letter; spaces sort before any letter and
    apostrophes count only for the last tie."""
    letters = _letters(lang)
    longest = max(map(len, letters))
    words = " ".join(unicodedata.normalize("NFC", text).split())
    low = words.lower()
    primary, secondary, tertiary = [], [], []
    i = 0
    while i < len(low):
        if low[i] == "'":
            tertiary.append(3)
            i += 1
            continue
        for size in range(longest, 0, -1):
            unit = low[i : i + size]
            if unit in letters or (size == 1 and unit == " "):
                break
        weight = (-1, 0) if unit == " " else letters[unit]
        primary.append(weight[0])
        secondary.append(weight[1])
        tertiary += [2 if ch.isupper() else 1 for ch in words[i : i + size]]
        i += size
    return primary, secondary, tertiary


def _words(lang: str) -> st.SearchStrategy[str]:
    letters = [letter for group in GROUPS[lang] for letter in group]
    cased = letters + [letter.upper() for letter in letters] + [letters[0].title()]
    if lang in ("cs", "sk"):
        cased += ["Ch", "cH", "CH"]
    extra = [" ", "'"] if lang in ("uk", "en") else [" "]
    return st.lists(st.sampled_from(cased + extra), max_size=8).map("".join)


@pytest.mark.parametrize("lang", sorted(ALPHABETS))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_key_order_is_the_reference_order(lang, data):
    a, b = data.draw(_words(lang)), data.draw(_words(lang))
    ref_a, ref_b = _reference_key(a, lang), _reference_key(b, lang)
    key_a, key_b = collation_key(a, lang), collation_key(b, lang)
    assert (key_a < key_b) == (ref_a < ref_b), (a, b, key_a, key_b)
    assert (key_a == key_b) == (ref_a == ref_b), (a, b)


@pytest.mark.parametrize("lang", sorted(ALPHABETS))
@settings(max_examples=100, deadline=None)
@given(names=st.lists(st.text(), max_size=6))
def test_any_text_gives_a_key_and_always_the_same(lang, names):
    for name in names:
        key = collation_key(name, lang)
        assert key == collation_key(name, lang)
        assert len(key) <= 400 and "\x00" not in key
        key.encode("utf-8")  # storable: no lone surrogates
    sorted_keys = sorted(collation_key(n, lang) for n in names)
    assert sorted_keys == [collation_key(n, lang) for n in sorted(names, key=functools.partial(
        collation_key, language=lang))]  # fmt: skip


def _sorted(names: list[str], lang: str) -> list[str]:
    return sorted(names, key=lambda n: collation_key(n, lang))


def test_czech():
    names = ["Ivan", "Chalupa", "Čermák", "Hruška", "Cibulka", "Cermak", "Řezníček", "Rybář"]
    assert _sorted(names, "cs") == [
        "Cermak", "Cibulka", "Čermák", "Hruška", "Chalupa", "Ivan", "Rybář", "Řezníček",
    ]  # fmt: skip
    # Accents other than the alphabet's own, and case, only break ties.
    assert _sorted(["Nováková", "Novák", "novak", "Novak", "Nováček"], "cs") == [
        "Nováček", "novak", "Novak", "Novák", "Nováková",
    ]  # fmt: skip
    assert _sorted(["Žák", "Zubr", "Šebek", "Svoboda", "Sýkora"], "cs") == [
        "Svoboda", "Sýkora", "Šebek", "Zubr", "Žák",
    ]  # fmt: skip


def test_slovak_has_a_umlaut_and_o_circumflex_as_letters():
    assert _sorted(["Äkova", "Azor", "Ábel", "Ôsmy", "Ozef", "Óda"], "sk") == [
        "Ábel", "Azor", "Äkova", "Óda", "Ozef", "Ôsmy",
    ]  # fmt: skip


def test_polish():
    assert _sorted(["Łukasz", "Lis", "Lukas", "Ludwik", "Żak", "Źrebak", "Zenon"], "pl") == [
        "Lis", "Ludwik", "Lukas", "Łukasz", "Zenon", "Źrebak", "Żak",
    ]  # fmt: skip
    # In Czech, ł is l with a stroke: a second-level difference only.
    assert _sorted(["Łukasz", "Lis", "Lukas", "Ludwik"], "cs") == [
        "Lis",
        "Ludwik",
        "Lukas",
        "Łukasz",
    ]


def test_croatian_digraphs():
    assert _sorted(["Đurić", "Džaja", "Dubravka", "Ćosić", "Čolić", "Cvitan"], "hr") == [
        "Cvitan", "Čolić", "Ćosić", "Dubravka", "Džaja", "Đurić",
    ]  # fmt: skip
    assert _sorted(["Ljubić", "Lovrić", "Njegoš", "Novak"], "hr") == [
        "Lovrić", "Ljubić", "Novak", "Njegoš",
    ]  # fmt: skip


def test_ukrainian():
    names = ["Ґудзь", "Гнат", "Дмитро", "Єва", "Ехо", "Іван", "Їжак", "Йосип", "Игор", "Яким"]
    assert _sorted(names, "uk") == [
        "Гнат", "Ґудзь", "Дмитро", "Ехо", "Єва", "Игор", "Іван", "Їжак", "Йосип", "Яким",
    ]  # fmt: skip
    # The apostrophe is not a letter: Мар'яна sorts as Маряна (after Марія, Марко).
    assert _sorted(["Мар'яна", "Марко", "Марія", "Марʼяна"], "uk")[:2] == ["Марія", "Марко"]


def test_scripts_spaces_digits_and_unknown_languages():
    mixed = ["Шевченко", "Zelený", "12 Angry", "Ωmega", "Ábel", "-Dash"]
    assert _sorted(mixed, "cs") == ["-Dash", "12 Angry", "Ábel", "Zelený", "Ωmega", "Шевченко"]
    # "family given": the family name decides first, as the space sorts before letters.
    assert _sorted(["Novák Jan", "Nováková Eva", "Novák Adam"], "cs") == [
        "Novák Adam", "Novák Jan", "Nováková Eva",
    ]  # fmt: skip
    assert collation_key("Chalupa", "xx") == collation_key("Chalupa", "en")
    assert collation_key("Chalupa", "cs_CZ") == collation_key("Chalupa", "cs")
    assert language_of("uk-UA") == "uk" and language_of(None) == "en"
    assert collation_key("", "cs") == "" and SEP in collation_key("a", "cs")


def test_name_keys_makes_both_keys():
    keys = name_keys("Čermák Jan", "cs")
    assert keys == {"sort_key": "cermak jan", "name_order": collation_key("Čermák Jan", "cs")}
    assert set(LANGUAGES) == set(ALPHABETS)
