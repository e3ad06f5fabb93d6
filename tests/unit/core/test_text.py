from hypothesis import given
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
