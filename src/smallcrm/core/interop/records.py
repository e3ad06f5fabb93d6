"""Plain contact records that parsers produce and emitters consume; no database, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["person", "organization"]


@dataclass
class Labeled:
    """An e-mail, phone or web link with its label ("work", "home", "mobile", or free text)."""

    value: str
    label: str = ""


@dataclass
class Address:
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""  # as written in the file; ISO code when the file gives one
    label: str = ""
    po_box: str = ""
    extended: str = ""  # vCard's "extended address" (suite, floor, c/o)

    def is_empty(self) -> bool:
        return not any(
            (self.street, self.city, self.region, self.postcode, self.country, self.po_box)
        )


@dataclass(frozen=True)
class PartialDate:
    """A birthday that may lack its year (vCard 4 `--0415`, Apple's year 1604)."""

    month: int
    day: int
    year: int | None = None

    def iso(self) -> str:
        """`YYYY-MM-DD`, or `--MM-DD` without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class ContactRecord:
    """One person or organisation as read from (or written to) a file.

    ``source_line`` is the 1-based line where the record starts in its file, so problems
    can name it. Values are text exactly as the user should see them (decoded, unescaped);
    phones are raw as written (normalising to E.164 is the import service's job).
    """

    kind: Kind = "person"
    title: str = ""  # honorific prefix: "JUDr.", "Ing.", "Dr"
    given_name: str = ""
    middle_name: str = ""
    family_name: str = ""
    suffix: str = ""  # "Ph.D.", "CSc.", "Jr."
    display_name: str = ""  # vCard FN; for organisations their name
    nickname: str = ""
    organization: str = ""  # a person's employer, or an organisation's own name
    legal_form: str = ""  # an organisation's: "s.r.o.", "sp. z o.o.", "GmbH"
    country: str = ""  # an organisation's ISO country code; its numbers are checked by it
    department: str = ""
    position: str = ""  # job title
    birthday: PartialDate | None = None
    emails: list[Labeled] = field(default_factory=list)
    phones: list[Labeled] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    urls: list[Labeled] = field(default_factory=list)
    notes: str = ""
    tags: list[str] = field(default_factory=list)  # vCard CATEGORIES, CSV "Categories"/groups
    photo: bytes | None = None
    photo_mime: str = ""  # "image/jpeg", "image/png"
    uid: str = ""  # the source's stable id (vCard UID), if any
    ids: dict[str, str] = field(default_factory=dict)  # "registry", "tax", "vat", "pesel" ...
    source_line: int = 0


@dataclass(frozen=True)
class Problem:
    """A record that could not be read, or a field that was dropped, and why."""

    file: str
    line: int
    reason: str


@dataclass
class ParseResult:
    records: list[ContactRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
