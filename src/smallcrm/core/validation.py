"""Checks and normal forms for what users type: registry and tax numbers, phone numbers."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Registry and tax numbers of the users' countries. Each kind maps a country to the
# python-stdnum module that knows its checksum; IČO (CZ/SK) has no module of its own
# but uses the checksum of a Czech legal person's DIČ, which stdnum.cz.dic implements.
_IDS: dict[tuple[str, str], str] = {
    ("registry", "CZ"): "stdnum.cz.dic",  # IČO: 8 digits
    ("registry", "SK"): "stdnum.cz.dic",  # IČO: same algorithm as the Czech one
    ("registry", "PL"): "stdnum.pl.regon",
    ("registry", "HR"): "stdnum.hr.oib",
    ("registry", "UA"): "stdnum.ua.edrpou",
    ("tax", "CZ"): "stdnum.cz.dic",
    ("tax", "SK"): "stdnum.sk.dph",  # IČ DPH
    ("tax", "PL"): "stdnum.pl.nip",
    ("tax", "HR"): "stdnum.hr.oib",
    ("personal", "PL"): "stdnum.pl.pesel",
    ("personal", "CZ"): "stdnum.cz.rc",
    ("personal", "SK"): "stdnum.sk.rc",
    ("personal", "HR"): "stdnum.hr.oib",
}
ID_KINDS = ("registry", "tax", "vat", "personal")


class InvalidValue(ValueError):
    """A value that fails its rule; the message is for the field's validation label."""


@dataclass(frozen=True)
class CheckedId:
    kind: str
    country: str
    value: str  # compact form: no spaces, dashes or country prefix (except VAT numbers)


def check_id(kind: str, value: str, country: str = "") -> CheckedId:
    """Validate a registry / tax / VAT / personal number by its checksum; return it compact.

    ``country`` is the ISO code (CZ, SK, PL, HR, UA); a VAT number names its own country.
    Numbers of countries without a known rule are kept as typed, spaces trimmed.
    """
    import importlib

    from stdnum.exceptions import ValidationError

    text = (value or "").strip()
    if not text:
        raise InvalidValue("The number is empty.")
    country = (country or "").upper()
    if kind == "vat":
        module_name = "stdnum.eu.vat"
    elif kind in ID_KINDS:
        module_name = _IDS.get((kind, country), "")
    else:
        raise InvalidValue(f"Unknown kind of number: {kind}.")
    if not module_name:
        return CheckedId(kind, country, " ".join(text.split()))
    module = importlib.import_module(module_name)
    digits = text
    if kind == "registry" and country in ("CZ", "SK"):
        digits = "".join(ch for ch in text if not ch.isspace())
        if digits.isdigit() and len(digits) < 8:
            digits = digits.zfill(8)  # IČO written without its leading zeros
        if len(digits) != 8:
            raise InvalidValue("An IČO has 8 digits.")
    try:
        compact = module.validate(digits)
    except ValidationError as exc:
        raise InvalidValue(_id_message(kind, country, exc)) from None
    if kind == "vat":
        country = (module.guess_country(compact) or [country.lower()])[0].upper()
    return CheckedId(kind, country, compact)


def _id_message(kind: str, country: str, exc: Exception) -> str:
    names = {
        ("registry", "CZ"): "IČO",
        ("registry", "SK"): "IČO",
        ("registry", "PL"): "REGON",
        ("registry", "HR"): "OIB",
        ("registry", "UA"): "EDRPOU code",
        ("tax", "CZ"): "DIČ",
        ("tax", "SK"): "IČ DPH",
        ("tax", "PL"): "NIP",
        ("tax", "HR"): "OIB",
        ("personal", "PL"): "PESEL",
        ("personal", "CZ"): "birth number",
        ("personal", "SK"): "birth number",
    }
    name = "VAT number" if kind == "vat" else names.get((kind, country), "number")
    reason = {
        "InvalidChecksum": "its check digit is wrong",
        "InvalidLength": "it has the wrong number of digits",
        "InvalidFormat": "it has characters that do not belong there",
        "InvalidComponent": "a part of it is not possible (e.g. a date or a region)",
    }.get(type(exc).__name__, "it is not valid")
    return f"This {name} is not valid: {reason}."


@dataclass(frozen=True)
class Phone:
    e164: str | None  # None when the number cannot be understood
    raw: str  # as typed or imported


@functools.lru_cache(maxsize=65536)  # imports look each number up more than once
def parse_phone(raw: str, default_country: str = "CZ") -> Phone:
    """Read a phone number as people write it; E.164 when it is a possible number.

    ``00`` prefixes, spaces, dashes, dots and brackets are understood. A number that
    cannot be read keeps only its raw form, so nothing the user typed is lost.
    """
    text = (raw or "").strip()
    if not text:
        return Phone(None, "")
    candidate = "+" + text[2:] if text.startswith("00") else text
    region = (default_country or "CZ").upper()
    try:
        return Phone(plain_phone_e164(candidate, region), text)
    except NotPlainPhone:
        return Phone(_phonenumbers_e164(candidate, region), text)


def _phonenumbers_e164(candidate: str, region: str) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class NotPlainPhone(Exception):
    """``plain_phone_e164`` leaves this number to phonenumbers' full parser."""


# Digits, spaces, brackets, dots and dashes, "+" only first: how nearly every number is
# written. phonenumbers spends most of its time scanning for everything else.
_PLAIN_PHONE = re.compile(r"\+?[0-9 ().\-]{0,100}")
_NOT_DIGITS = str.maketrans("", "", "+ ().-")


def plain_phone_e164(candidate: str, region: str) -> str | None:
    """What phonenumbers' parse, is_possible_number and format_number(E164) make of a plainly
    written number (None: not a possible number), in a fifth of their time.

    The steps are phonenumbers' own, on the number's digits, with its own metadata and
    helpers: the text scanning they skip cannot matter for such a number (no letters, no
    extension, nothing around it). Raises NotPlainPhone for anything else and for the rare
    cases not worth repeating here (two digits, an international prefix without "+", an
    unknown calling code or region); tests compare the two on generated numbers.
    """
    from phonenumbers import phonenumberutil as pu

    if region not in pu.SUPPORTED_REGIONS or not _PLAIN_PHONE.fullmatch(candidate):
        raise NotPlainPhone
    digits = candidate.translate(_NOT_DIGITS)
    if len(digits) < 3:
        raise NotPlainPhone
    metadata = pu.PhoneMetadata.metadata_for_region(region, None)
    if candidate.startswith("+"):
        code, national = pu._extract_country_code(digits)
        if code == 0:
            raise NotPlainPhone
    else:
        idd = metadata.international_prefix
        if idd is not None and pu._parse_prefix_as_idd(pu.re_compile(idd), digits)[0]:
            raise NotPlainPhone
        code, national = 0, digits
        code_text = str(metadata.country_code)
        if digits.startswith(code_text):  # the calling code written without "+" or "00"
            general = metadata.general_desc
            _, potential, _ = pu._maybe_strip_national_prefix_carrier_code(
                digits[len(code_text) :], metadata
            )
            if (
                not pu._match_national_number(digits, general, False)
                and pu._match_national_number(potential, general, False)
            ) or pu._test_number_length(digits, metadata) == pu.ValidationResult.TOO_LONG:
                code, national = metadata.country_code, potential
    if code == 0:
        code = metadata.country_code
    else:
        home = pu.region_code_for_country_code(code)
        if home != region:
            metadata = pu.PhoneMetadata.metadata_for_region_or_calling_code(code, home)
    if len(national) < pu._MIN_LENGTH_FOR_NSN:
        return None
    _, potential, _ = pu._maybe_strip_national_prefix_carrier_code(national, metadata)
    if pu._test_number_length(potential, metadata) not in (
        pu.ValidationResult.TOO_SHORT,
        pu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        pu.ValidationResult.INVALID_LENGTH,
    ):
        national = potential
    if not pu._MIN_LENGTH_FOR_NSN <= len(national) <= pu._MAX_LENGTH_FOR_NSN:
        return None
    # Leading zeros are kept (as "Italian leading zeros"), so the national significant
    # number is ``national`` as it stands; possible lengths are those of the code's main region.
    main = pu.PhoneMetadata.metadata_for_region_or_calling_code(
        code, pu.region_code_for_country_code(code)
    )
    if pu._test_number_length(national, main) not in (
        pu.ValidationResult.IS_POSSIBLE,
        pu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ):
        return None
    return f"+{code}{national}"


@functools.lru_cache(maxsize=65536)  # lists show the same numbers again as they scroll
def format_phone(e164: str, user_country: str = "CZ") -> str:
    """National format for numbers of the user's country, international for the rest."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    region = phonenumbers.region_code_for_number(number)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == (user_country or "").upper()
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def normalize_email(value: str) -> str:
    """Trim, and lower-case the domain (the local part is case-sensitive by the RFC)."""
    text = (value or "").strip().strip("<>").strip()
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    return f"{local}@{domain.lower()}"


def check_email(value: str) -> str:
    """A plausible address (one @, a dot in the domain, no spaces), normalised."""
    text = normalize_email(value)
    local, at, domain = text.rpartition("@")
    if not at or not local or "." not in domain.strip(".") or any(c.isspace() for c in text):
        raise InvalidValue("This e-mail address is not complete (name@domain.tld).")
    return text
