"""The fast path for plainly written phone numbers answers exactly as phonenumbers does."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from smallcrm.core import validation
from smallcrm.core.validation import NotPlainPhone, plain_phone_e164

# Home regions of the users, regions whose rules differ (Italian leading zeros, a shared
# calling code, a national prefix to strip, an international prefix other than 00), and
# names that are no region at all.
REGIONS = [
    "CZ", "SK", "PL", "HR", "UA", "GB", "DE", "AT", "IT", "SM", "VA", "FR", "RU", "KZ",
    "US", "CA", "AG", "BR", "AR", "MX", "AU", "JP", "IN", "CN", "HU", "SE", "NZ", "ZZ", "XX",
]  # fmt: skip
# Calling codes of some length each, so that numbers reach many regions' metadata.
CODES = ["1", "7", "20", "30", "33", "39", "44", "48", "49", "380", "385", "420", "421", "800",
         "870", "882", "979", "0", "28", "999", "3"]  # fmt: skip

separator = st.sampled_from(["", "", "", " ", "-", ".", "(", ")", " (", ") ", " - ", "  "])
digit_groups = st.lists(st.text("0123456789", min_size=1, max_size=5), min_size=1, max_size=6)


@st.composite
def written_numbers(draw: st.DrawFn) -> str:
    """A number as people type it: a prefix, perhaps a calling code, digits in groups."""
    prefix = draw(st.sampled_from(["", "", "+", "00", "0", "(", "+(", "0 ", "011", "8 10"]))
    code = draw(st.sampled_from(["", *CODES]))
    groups = draw(digit_groups)
    text = prefix + code
    for group in groups:
        text += draw(separator) + group
    return text + draw(st.sampled_from(["", "", " ", ")", "."]))


def reference(candidate: str, region: str) -> str | None:
    return validation._phonenumbers_e164(candidate, region)


@settings(max_examples=3000, deadline=None)
@given(written_numbers(), st.sampled_from(REGIONS))
@example("(0161)4470421", "CZ")
@example("+44(0)141 428 4711", "CZ")
@example("+380 (49) 013-29-12", "CZ")
@example("00421 944 538 397", "CZ")
@example("420602123456", "CZ")
@example("0039 06 1234 5678", "IT")
@example("+39 06 1234 5678", "CZ")
@example("613 555 0123", "CA")
@example("8 800 555 35 35", "RU")
@example("000", "CZ")
@example("+0000", "CZ")
def test_plain_numbers_get_exactly_what_phonenumbers_gives(text: str, region: str) -> None:
    candidate = "+" + text[2:] if text.startswith("00") else text
    try:
        fast = plain_phone_e164(candidate, region)
    except NotPlainPhone:
        return  # phonenumbers answers these itself
    assert fast == reference(candidate, region)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=30), st.sampled_from(REGIONS))
def test_any_text_is_either_answered_the_same_or_left_to_phonenumbers(
    text: str, region: str
) -> None:
    try:
        fast = plain_phone_e164(text, region)
    except NotPlainPhone:
        return
    assert fast == reference(text, region)


@pytest.mark.parametrize(
    "text",
    ["602 123 456", "+420 602 123 456", "00421 2 66673750", "(0161) 446 3787",
     "+44(0)20 7469 1980", "+380 91 409-52-14", "494 43 80", "0881 19 26"],
)  # fmt: skip
def test_the_fast_path_takes_how_people_write_numbers(text: str) -> None:
    candidate = "+" + text[2:] if text.startswith("00") else text
    assert plain_phone_e164(candidate, "CZ") == reference(candidate, "CZ")


@pytest.mark.parametrize("text", ["+420 602 x12", "tel:+420602123456", "602 123 456 ext. 7",
                                  "+0 602", "12", "١٢٣٤٥٦٧٨٩"])  # fmt: skip
def test_anything_else_is_left_to_phonenumbers(text: str) -> None:
    with pytest.raises(NotPlainPhone):
        plain_phone_e164(text, "CZ")


def test_parse_phone_stores_what_it_stored_before() -> None:
    for text in ("602 123 456", "00420602123456", "+44 20 7946 0958", "12", "nonsense", "  "):
        phone = validation.parse_phone.__wrapped__(text, "CZ")
        stripped = text.strip()
        candidate = "+" + stripped[2:] if stripped.startswith("00") else stripped
        expected = reference(candidate, "CZ") if stripped else None
        assert phone == validation.Phone(expected, stripped)
