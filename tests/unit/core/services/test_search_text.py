"""The words a phone number is found by."""

from __future__ import annotations

import pytest

from smallcrm.core.services.search_text import _phone_words, contact_search_text


def _phone_words_char_by_char(value: str) -> list[str]:
    """The words as they were made before the ASCII fast path: digit by digit."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    digits = "".join(ch for ch in value if ch.isdigit())
    if not digits or not value.startswith("+"):
        return [digits] if digits else []
    for length in (1, 2, 3):
        if int(digits[:length]) in COUNTRY_CODE_TO_REGION_CODE:
            return [digits, digits[length:]]
    return [digits]


@pytest.mark.parametrize(
    "value",
    [
        "+420602123456",
        "+1 (555) 010-0000",
        "+3809912345",
        "+999123",  # no such calling code
        "602 123 456",
        "602.123.456 ext. 12",
        "",
        "+",
        "call me",
        "+٤٢٠٦٠٢١٢٣٤٥٦",  # Arabic-Indic digits are digits too
        "602 ١٢٣ 456",
        "+420 602²123",  # a superscript two counts as a digit for str.isdigit
        "０６０２ １２３",  # full-width digits
    ],
)
def test_phone_words_are_those_read_char_by_char(value):
    assert _phone_words(value) == _phone_words_char_by_char(value)


def test_a_phone_is_found_by_its_national_number():
    text = contact_search_text(("Jana",), (), [("phone", "+420602123456", "")])
    assert text.split() == ["jana", "420602123456", "602123456"]
