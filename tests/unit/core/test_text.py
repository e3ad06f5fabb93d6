from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.core.text import fold


def test_fold_strips_latin_diacritics_and_case():
    assert fold("Novák Łódź ŠŤASTNÝ Đurđević straße Gęślą Žluťoučký") == (
        "novak lodz stastny durdevic strasse gesla zlutoucky"
    )


def test_fold_keeps_cyrillic_letters_whole():
    # Ukrainian й, ї, є are letters of their own; only the case changes.
    assert fold("Київ Йосип Їжак Євген ШЕВЧЕНКО") == "київ йосип їжак євген шевченко"


def test_fold_of_nothing_is_empty():
    assert fold(None) == "" and fold("") == ""


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_ascii_only_changes_case(text):
    assert fold(text) == text.lower()


def _fold_reference(text: str) -> str:
    """fold() as it was written first, character by character: the fast paths must agree."""
    import unicodedata

    from smallcrm.core.text import _SPECIAL, _fold_slowly

    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_SPECIAL)
    return _fold_slowly(unicodedata.normalize("NFD", folded))


@settings(max_examples=2000, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(min_codepoint=0x20, max_codepoint=0x52F),  # Latin, Greek, Cyrillic
            st.sampled_from("ŁłĐđßæøİйїЙЇё\u0301\u0308\u030c\u0306\u20dd\u302a\u3099がガ"),
            st.characters(),
        ),
        max_size=40,
    )
)
def test_fast_fold_agrees_with_the_character_loop(text):
    assert fold(text) == _fold_reference(text)
