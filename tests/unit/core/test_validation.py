import pytest

from smallcrm.core.validation import (
    InvalidValue,
    check_email,
    check_id,
    format_phone,
    normalize_email,
    parse_phone,
)


@pytest.mark.parametrize(
    ("kind", "country", "value", "compact"),
    [
        ("registry", "CZ", "255 966 41", "25596641"),  # IČO
        ("registry", "CZ", "6947751", "06947751"),  # leading zero dropped by the user
        ("registry", "SK", "35757442", "35757442"),
        ("tax", "CZ", "CZ25596641", "25596641"),
        ("tax", "SK", "SK2022749619", "2022749619"),
        ("tax", "PL", "PL 123-456-32-18", "1234563218"),
        ("registry", "PL", "123456785", "123456785"),  # REGON
        ("personal", "PL", "44051401359", "44051401359"),  # PESEL
        ("registry", "HR", "94577403194", "94577403194"),  # OIB
        ("registry", "UA", "32855961", "32855961"),  # EDRPOU
        ("vat", "", "CZ25596641", "CZ25596641"),
    ],
)
def test_valid_numbers_come_back_compact(kind, country, value, compact):
    assert check_id(kind, value, country).value == compact


@pytest.mark.parametrize(
    ("kind", "country", "value", "message"),
    [
        ("registry", "CZ", "25596642", "IČO is not valid: its check digit is wrong"),
        ("registry", "CZ", "123456789", "An IČO has 8 digits"),
        ("tax", "PL", "1234563219", "NIP is not valid"),
        ("personal", "PL", "44051401358", "PESEL is not valid"),
        ("registry", "HR", "94577403195", "OIB is not valid"),
        ("vat", "", "CZ25596642", "VAT number is not valid"),
        ("registry", "CZ", "   ", "empty"),
    ],
)
def test_invalid_numbers_say_why(kind, country, value, message):
    with pytest.raises(InvalidValue, match=message):
        check_id(kind, value, country)


def test_numbers_of_other_countries_are_kept_as_typed():
    assert check_id("registry", "  HRB  12345 ", "DE").value == "HRB 12345"


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [
        ("602 123 456", "CZ", "+420602123456"),
        ("+420 602 123 456", "PL", "+420602123456"),
        ("00421 901 777 631", "CZ", "+421901777631"),
        ("(22) 280-63-60", "PL", "+48222806360"),
        ("+380 17 776-31-70", "CZ", "+380177763170"),
    ],
)
def test_phones_are_stored_in_e164(raw, country, e164):
    phone = parse_phone(raw, country)
    assert (phone.e164, phone.raw) == (e164, raw)


def test_unreadable_phones_keep_their_raw_text():
    assert parse_phone("call the reception", "CZ") == parse_phone("call the reception")
    assert parse_phone("call the reception").e164 is None
    assert parse_phone("12", "CZ").raw == "12"


def test_phones_are_shown_nationally_at_home_and_internationally_abroad():
    assert format_phone("+420602123456", "CZ") == "602 123 456"
    assert format_phone("+420602123456", "PL") == "+420 602 123 456"
    assert format_phone("not a number", "CZ") == "not a number"


def test_emails():
    assert normalize_email(" <Jan.Novak@Example.CZ> ") == "Jan.Novak@example.cz"
    assert check_email("jana@advokati.cz") == "jana@advokati.cz"
    for bad in ("jana", "jana@", "@x.cz", "jana@localhost", "ja na@x.cz"):
        with pytest.raises(InvalidValue):
            check_email(bad)
