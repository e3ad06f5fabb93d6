"""The folded words each searchable record is found by, built the same way on every write."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from smallcrm.core.search import query_words
from smallcrm.core.text import fold

_NOT_0_TO_9 = re.compile("[^0-9]+")


@functools.cache
def _calling_codes() -> Mapping[int, Any]:
    # Imported once, not on every call: an import statement costs per call too.
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return COUNTRY_CODE_TO_REGION_CODE


def _phone_words(value: str) -> list[str]:
    # "+420602123456" is found by "420602123456" and by the national "602123456".
    if value.isascii():  # nearly always (E.164): there only 0-9 are digits, found at C speed
        digits = _NOT_0_TO_9.sub("", value)
    else:
        digits = "".join(ch for ch in value if ch.isdigit())
    if not digits or not value.startswith("+"):
        return [digits] if digits else []
    codes = _calling_codes()
    # Calling codes are prefix-free (1 to 3 digits), so the first match is the one.
    for length in (1, 2, 3):
        if int(digits[:length]) in codes:
            return [digits, digits[length:]]
    return [digits]


def _method_words(methods: Iterable[tuple[str, str, str]]) -> list[str]:
    words: list[str] = []
    for kind, value, city in methods:
        if kind == "phone":
            words += _phone_words(value)
        elif kind == "email":
            words.append(fold(value))
        elif kind == "address":
            words.append(fold(city or value))
    return words


def _join(parts: Iterable[str | None]) -> str:
    # One fold and one split over all the parts (a space keeps their words apart): an
    # import makes this for every record, and a call per part cost three times as much.
    return " ".join(dict.fromkeys(query_words(" ".join(p for p in parts if p))))


def contact_search_text(
    names: Iterable[str | None],
    organizations: Iterable[str | None] = (),
    methods: Iterable[tuple[str, str, str]] = (),
) -> str:
    """Distinct folded words; ``methods`` are (kind, value, city) of the contact's methods."""
    return _join([*names, *organizations, *_method_words(methods)])


def organization_search_text(name: str | None, methods: Iterable[tuple[str, str, str]] = ()) -> str:
    return _join([name, *_method_words(methods)])


def _people_words(people: Iterable[tuple[str | None, str | None]]) -> list[str | None]:
    out: list[str | None] = []
    for name, email in people:
        out += [name, fold(email) if email else None]
    return out


def matter_search_text(number: str | None, title: str | None, notes: str | None = None) -> str:
    """Number, title and notes. A number's zero-padded parts are found without their zeros
    too ("2026/0042" by "42"), as people say it.

    Parties, type and stage stay out: they change elsewhere (a person renamed, a stage
    moved), and the search lists the people and organisations themselves next to matters.
    """
    numbers = [word.lstrip("0") for word in query_words(number) if word.isdigit()]
    return _join([number, *numbers, title, notes])


def activity_search_text(
    subject: str | None, body: str | None = None, outcome: str | None = None
) -> str:
    """Subject, body (the Markdown as typed) and a call's outcome."""
    return _join([subject, body, outcome])


def task_search_text(title: str | None, notes: str | None = None) -> str:
    return _join([title, notes])


def event_search_text(
    summary: str | None,
    location: str | None = None,
    description: str | None = None,
    people: Iterable[tuple[str | None, str | None]] = (),
    categories: Iterable[str | None] = (),
) -> str:
    """Summary, place, description, the organizer's and attendees' names and e-mails
    (``people`` as (name, email)) and categories."""
    return _join([summary, location, description, *_people_words(people), *categories])
