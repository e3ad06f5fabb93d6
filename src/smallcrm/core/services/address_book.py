"""Writing the address book: save people and organisations, trash, snapshots for undo."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.collation import name_keys, name_text
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import Address, ContactRecord, Labeled, PartialDate
from smallcrm.core.models import (
    ChangeItem,
    ChangeSet,
    Contact,
    ContactMethod,
    Organization,
    Relation,
    Tag,
    contact_tag,
    organization_tag,
    utcnow,
)
from smallcrm.core.services.name_order import firm_language
from smallcrm.core.services.search_text import contact_search_text, organization_search_text
from smallcrm.core.text import fold
from smallcrm.core.validation import format_phone, normalize_email, parse_phone

# A birthday without a year is stored in 2000, a leap year, so 29 February fits.
NO_YEAR = 2000

_contact = Contact.__table__
_organization = Organization.__table__
_method = ContactMethod.__table__
_relation = Relation.__table__


class RecordNotFound(KnownError):
    """The contact or organisation is gone (deleted meanwhile, or a wrong id)."""


@dataclass(frozen=True)
class Ref:
    """A person or an organisation by id."""

    kind: str  # "person" | "organization"
    id: int

    @property
    def entity(self) -> str:
        return "contact" if self.kind == "person" else "organization"


# --- reading a record ----------------------------------------------------------------------


def _methods_of(session: Session, ref: Ref) -> list[Any]:
    owner = _method.c.contact_id if ref.kind == "person" else _method.c.organization_id
    return list(
        session.execute(
            select(_method).where(owner == ref.id).order_by(_method.c.position, _method.c.id)
        )
    )


def _tags_of(session: Session, ref: Ref) -> list[str]:
    link = contact_tag if ref.kind == "person" else organization_tag
    owner = link.c.contact_id if ref.kind == "person" else link.c.organization_id
    stmt = select(Tag.name).join(link, link.c.tag_id == Tag.id).where(owner == ref.id)
    return sorted(session.scalars(stmt))


def _fill_methods(record: ContactRecord, rows: Iterable[Mapping[str, Any]]) -> None:
    for m in rows:
        label = m["label"] or ""
        kind = m["kind"]
        if kind == "email":
            record.emails.append(Labeled(m["value"], label))
        elif kind == "phone":
            record.phones.append(Labeled(m["raw"] or m["value"], label))
        elif kind == "web":
            record.urls.append(Labeled(m["value"], label))
        elif kind == "address":
            record.addresses.append(
                Address(
                    street=m["street"] or "",
                    city=m["city"] or "",
                    region=m["region"] or "",
                    postcode=m["postal_code"] or "",
                    country=m["country"] or "",
                    label=label,
                    po_box=m.get("po_box") or "",
                    extended=m.get("extended") or "",
                )
            )


def record_of(session: Session, ref: Ref) -> ContactRecord:
    """The person or organisation as a plain record (for export, the form and JSON)."""
    if ref.kind == "organization":
        row = session.execute(select(_organization).where(_organization.c.id == ref.id)).first()
        if row is None:
            raise RecordNotFound(f"Organisation {ref.id} does not exist.")
        employer = ""
    else:
        row = session.execute(select(_contact).where(_contact.c.id == ref.id)).first()
        if row is None:
            raise RecordNotFound(f"Contact {ref.id} does not exist.")
        employer = session.execute(
            select(_organization.c.name)
            .join(_relation, _relation.c.organization_id == _organization.c.id)
            .where(_relation.c.contact_id == ref.id, _relation.c.kind == "employment")
            .order_by(_relation.c.until.is_not(None), _relation.c.id)
            .limit(1)
        ).scalar()
    return record_from_rows(
        ref.kind,
        row._mapping,
        [m._mapping for m in _methods_of(session, ref)],
        _tags_of(session, ref),
        employer or "",
    )


def record_from_rows(
    kind: str,
    row: Mapping[str, Any],
    methods: Iterable[Mapping[str, Any]],
    tags: list[str],
    employer: str = "",
) -> ContactRecord:
    """The record ``record_of`` reads from these rows: the contact or organization row, its
    methods in order of position, its tag names sorted and a person's current employer's name.

    The importer reads back rows it has not written yet through this, as if written.
    """
    if kind == "organization":
        record = ContactRecord(
            kind="organization",
            display_name=row["name"],
            organization=row["name"],
            notes=row["notes"] or "",
            uid=row["uid"] or "",
            legal_form=row["legal_form"] or "",
            country=row["country"] or "",
        )
        for key in ("registry_id", "tax_id"):
            if row[key]:
                record.ids[key.removesuffix("_id")] = row[key]
    else:
        record = ContactRecord(
            kind="person",
            title=row["title"] or "",
            given_name=row["given_name"] or "",
            middle_name=row["middle_name"] or "",
            family_name=row["family_name"] or "",
            suffix=row["suffix"] or "",
            display_name=row["display_name"] or "",
            nickname=row["nickname"] or "",
            department=row["department"] or "",
            position=row["position"] or "",
            notes=row["notes"] or "",
            photo=row["photo"],
            photo_mime=row["photo_mime"] or "",
            uid=row["uid"] or "",
        )
        if row["birthday"] is not None:
            b: date = row["birthday"]
            record.birthday = PartialDate(
                b.month, b.day, b.year if row["birthday_year_known"] else None
            )
        if row["personal_id"]:
            record.ids["personal"] = row["personal_id"]
        for key in ("registry_id", "tax_id"):
            if row.get(key):
                record.ids[key.removesuffix("_id")] = row[key]
        record.organization = employer
    _fill_methods(record, methods)
    record.tags = tags
    return record


def records_of(session: Session, refs: Iterable[Ref]) -> dict[Ref, ContactRecord]:
    """``record_of`` for many records in a few queries; records that do not exist are left out."""
    found: dict[Ref, ContactRecord] = {}
    for kind in ("person", "organization"):
        ids = sorted({ref.id for ref in refs if ref.kind == kind})
        for start in range(0, len(ids), 500):
            found.update(_records_of(session, kind, ids[start : start + 500]))
    return found


def _records_of(session: Session, kind: str, ids: list[int]) -> dict[Ref, ContactRecord]:
    table = _contact if kind == "person" else _organization
    owner = _method.c.contact_id if kind == "person" else _method.c.organization_id
    link = contact_tag if kind == "person" else organization_tag
    link_owner = link.c.contact_id if kind == "person" else link.c.organization_id
    methods: dict[int, list[Mapping[str, Any]]] = {}
    for m in session.execute(
        select(_method).where(owner.in_(ids)).order_by(_method.c.position, _method.c.id)
    ).mappings():
        methods.setdefault(m[owner.key], []).append(m)
    tags: dict[int, list[str]] = {}
    for owner_id, name in session.execute(
        select(link_owner, Tag.name).join(Tag, link.c.tag_id == Tag.id).where(link_owner.in_(ids))
    ):
        tags.setdefault(owner_id, []).append(name)
    employers: dict[int, str] = {}
    if kind == "person":
        # As record_of: a current job before past ones, then the oldest tie.
        ties = session.execute(
            select(_relation.c.contact_id, _relation.c.until, _relation.c.id, _organization.c.name)
            .join(_organization, _relation.c.organization_id == _organization.c.id)
            .where(_relation.c.contact_id.in_(ids), _relation.c.kind == "employment")
        ).all()
        for contact_id, _until, _id, name in sorted(
            ties, key=lambda t: (t.contact_id, t.until is not None, t.id)
        ):
            employers.setdefault(contact_id, name)
    return {
        Ref(kind, row["id"]): record_from_rows(
            kind,
            row,
            methods.get(row["id"], []),
            sorted(tags.get(row["id"], [])),
            employers.get(row["id"], ""),
        )
        for row in session.execute(select(table).where(table.c.id.in_(ids))).mappings()
    }


def contact_json(session: Session, ref: Ref, user_country: str = "CZ") -> dict[str, Any]:
    """The JSON shape `smallcrm contacts show` prints."""
    record = record_of(session, ref)
    phones = []
    for m in _methods_of(session, ref):
        if m.kind == "phone":
            e164 = m.value if (m.value or "").startswith("+") else None
            phones.append(
                {"value": e164 or m.value, "raw": m.raw or m.value, "label": m.label or ""}
            )
    return {
        "id": ref.id,
        "kind": ref.kind,
        "display_name": record.display_name,
        "given_name": record.given_name,
        "family_name": record.family_name,
        "organization": record.organization,
        "position": record.position,
        "emails": [{"value": e.value, "label": e.label} for e in record.emails],
        "phones": phones,
        "phones_display": [format_phone(p["value"], user_country) for p in phones],
        "addresses": [
            {
                "street": a.street,
                "city": a.city,
                "region": a.region,
                "postcode": a.postcode,
                "country": a.country,
                "label": a.label,
            }
            for a in record.addresses
        ],
        "birthday": record.birthday.iso() if record.birthday else None,
        "tags": record.tags,
        "urls": [u.value for u in record.urls],
        "ids": record.ids,
        "notes": record.notes,
    }


# --- writing a record ----------------------------------------------------------------------


def display_name_of(record: ContactRecord) -> str:
    """FN if given, else the parts of the name, else the organisation, e-mail or phone."""
    if record.display_name.strip():
        return record.display_name.strip()
    parts = [record.given_name, record.middle_name, record.family_name]
    name = " ".join(p.strip() for p in parts if p.strip())
    if name:
        return name
    for fallback in (record.organization, *(e.value for e in record.emails)):
        if fallback and fallback.strip():
            return fallback.strip()
    return record.phones[0].value.strip() if record.phones else ""


def _method_rows(record: ContactRecord, default_country: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    first: set[str] = set()

    def add(kind: str, value: str, label: str, raw: str | None = None, **address: Any) -> None:
        rows.append(
            {
                "kind": kind,
                "value": value,
                "raw": raw,
                "label": (label or "")[:50] or None,
                "street": address.get("street") or None,
                "extended": address.get("extended") or None,
                "po_box": address.get("po_box") or None,
                "city": address.get("city") or None,
                "region": address.get("region") or None,
                "postal_code": address.get("postal_code") or None,
                "country": address.get("country") or None,
                "is_primary": kind not in first,
                "position": len(rows),
            }
        )
        first.add(kind)

    for email in record.emails:
        if email.value.strip():
            add("email", normalize_email(email.value), email.label)
    for phone in record.phones:
        if phone.value.strip():
            parsed = parse_phone(phone.value, default_country)
            add("phone", parsed.e164 or parsed.raw, phone.label, raw=parsed.raw)
    for url in record.urls:
        if url.value.strip():
            add("web", url.value.strip(), url.label)
    for a in record.addresses:
        if a.is_empty():
            continue
        town = " ".join(x for x in (a.postcode, a.city) if x)
        one_line = ", ".join(p for p in (a.street, a.extended, a.po_box, town, a.region) if p)
        # Kept as written: a file names the country ("Česká republika") more often than it
        # codes it; a two-letter code is upper-cased.
        country = " ".join(a.country.split())[:100]
        if len(country) == 2 and country.isalpha():
            country = country.upper()
        add(
            "address",
            one_line or country,
            a.label,
            street=a.street,
            extended=" ".join(a.extended.split())[:200],
            po_box=" ".join(a.po_box.split())[:100],
            city=a.city,
            region=a.region,
            postal_code=a.postcode,
            country=country,
        )
    return rows


TAG_MAX = 100  # the column's length


def tag_name(text: str) -> str:
    """A tag as it is stored: trimmed and cut to the column, so a long tag given twice is
    found the second time instead of being created again."""
    return text.strip()[:TAG_MAX].strip()


def _set_tags(session: Session, ref: Ref, names: list[str]) -> None:
    link = contact_tag if ref.kind == "person" else organization_tag
    owner = link.c.contact_id if ref.kind == "person" else link.c.organization_id
    session.execute(delete(link).where(owner == ref.id))
    wanted = {tag_name(n): None for n in names if tag_name(n)}
    for name in wanted:
        tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
        if tag_id is None:
            tag_id = session.execute(insert(Tag).values(name=name)).inserted_primary_key[0]
        session.execute(insert(link).values({owner.key: ref.id, "tag_id": tag_id}))


def find_organization(session: Session, name: str) -> int | None:
    """An organisation not in the trash whose folded name equals ``name`` folded."""
    key = fold(name).strip()
    if not key:
        return None
    return session.scalar(
        select(_organization.c.id)
        .where(_organization.c.sort_key == key, _organization.c.deleted_at.is_(None))
        .order_by(_organization.c.id)
        .limit(1)
    )


def _employer_id(
    session: Session, name: str, default_country: str, recorder: ChangeRecorder | None
) -> int | None:
    if not name.strip():
        return None
    found = find_organization(session, name)
    if found is not None:
        return found
    org = save_record(
        session, ContactRecord(kind="organization", display_name=name.strip()), default_country
    )
    if recorder is not None:
        recorder.created(org)
    return org.id


@dataclass
class PreparedRecord:
    """The rows a record becomes, computed without the database (so imports can batch them)."""

    kind: str
    values: dict[str, Any]  # the contact or organization row, without id and created_at
    methods: list[dict[str, Any]]  # contact_method rows without their owner
    tags: list[str]
    employer: str  # a person's organisation by name ("" for none)
    role: str | None


def prepare_record(
    record: ContactRecord, default_country: str = "CZ", *, language: str
) -> PreparedRecord:
    """Validate and normalise a record into rows; a KnownError says what is missing.

    ``language`` is the firm's alphabet (services.name_order.firm_language) the name's
    list key is made for."""
    now = utcnow()
    methods = _method_rows(record, default_country)
    method_words = [(m["kind"], m["value"], m["city"] or "") for m in methods]
    if record.kind == "organization":
        name = display_name_of(record) or record.organization
        values: dict[str, Any] = {
            "name": name[:400],
            **name_keys(name, language),
            "notes": record.notes or None,
            "registry_id": record.ids.get("registry") or None,
            "tax_id": record.ids.get("tax") or record.ids.get("vat") or None,
            "legal_form": record.legal_form[:50] or None,
            "country": record.country[:2].upper() or None,
            "search_text": organization_search_text(name, method_words),
            "uid": record.uid[:255] or None,
            "updated_at": now,
        }
    else:
        name = display_name_of(record)
        birthday = None
        if record.birthday is not None:
            b = record.birthday
            birthday = date(b.year or NO_YEAR, b.month, b.day)
        values = {
            "title": record.title or None,
            "given_name": record.given_name or None,
            "middle_name": record.middle_name or None,
            "family_name": record.family_name or None,
            "suffix": record.suffix or None,
            "nickname": record.nickname or None,
            "display_name": name[:400],
            **name_keys(name_text(record.family_name, record.given_name, name), language),
            "position": record.position or None,
            "department": record.department or None,
            "birthday": birthday,
            "birthday_year_known": record.birthday is None or record.birthday.year is not None,
            "personal_id": record.ids.get("personal") or None,
            "registry_id": record.ids.get("registry") or None,
            "tax_id": record.ids.get("tax") or record.ids.get("vat") or None,
            "photo": record.photo,
            "photo_mime": record.photo_mime or None,
            "notes": record.notes or None,
            "search_text": contact_search_text(
                (
                    record.title,
                    record.given_name,
                    record.middle_name,
                    record.family_name,
                    record.nickname,
                    name,
                ),
                (record.organization,),
                method_words,
            ),  # fmt: skip
            "uid": record.uid[:255] or None,
            "updated_at": now,
        }
    if not name.strip():
        raise KnownError("A contact needs a name, an organisation, an e-mail or a phone.")
    return PreparedRecord(
        kind=record.kind,
        values=values,
        methods=methods,
        tags=[tag_name(t) for t in record.tags if tag_name(t)],
        employer=record.organization.strip() if record.kind == "person" else "",
        role=record.position or None,
    )


def save_record(
    session: Session,
    record: ContactRecord,
    default_country: str = "CZ",
    ref: Ref | None = None,
    recorder: ChangeRecorder | None = None,
) -> Ref:
    """Create (``ref`` None) or overwrite a person or organisation from a record.

    Overwriting replaces every field, method and tag with the record's: the form sends the
    whole card. Merging imported data into an existing card is the importer's job. An
    employer organisation created on the way is reported to ``recorder`` (for undo).
    """
    prepared = prepare_record(record, default_country, language=firm_language(session))
    values, methods = dict(prepared.values), prepared.methods
    table = _contact if record.kind == "person" else _organization
    now = values["updated_at"]
    if ref is None:
        values["created_at"] = now
        new_id = session.execute(insert(table).values(values)).inserted_primary_key[0]
        ref = Ref(record.kind, new_id)
    else:
        done = session.execute(update(table).where(table.c.id == ref.id).values(values))
        if done.rowcount == 0:
            raise RecordNotFound(f"{ref.kind.capitalize()} {ref.id} does not exist.")
        owner = _method.c.contact_id if ref.kind == "person" else _method.c.organization_id
        session.execute(delete(_method).where(owner == ref.id))

    owner_key = "contact_id" if ref.kind == "person" else "organization_id"
    for row in methods:
        session.execute(insert(_method).values({**row, owner_key: ref.id}))
    _set_tags(session, ref, record.tags)

    if ref.kind == "person":
        employer = _employer_id(session, prepared.employer, default_country, recorder)
        current = session.execute(
            select(_relation.c.id, _relation.c.organization_id).where(
                _relation.c.contact_id == ref.id, _relation.c.kind == "employment"
            )
        ).all()
        if employer is None:
            # The card's organisation is the current job only: past jobs (with an end date,
            # kept in the relations editor) stay.
            session.execute(
                delete(_relation).where(
                    _relation.c.id.in_([r.id for r in current]), _relation.c.until.is_(None)
                )
            )
        elif employer not in {r.organization_id for r in current}:
            session.execute(
                delete(_relation).where(
                    _relation.c.id.in_([r.id for r in current]), _relation.c.until.is_(None)
                )
            )
            session.execute(
                insert(_relation).values(
                    contact_id=ref.id,
                    organization_id=employer,
                    kind="employment",
                    role=prepared.role,
                )
            )
    return ref


# --- snapshots and change sets ---------------------------------------------------------------


def json_value(value: Any) -> Any:
    """A column value as JSON can hold it (bytes, dates and times say what they were)."""
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if hasattr(value, "isoformat"):
        return {"iso": value.isoformat(), "type": type(value).__name__}
    return value


def from_json(value: Any) -> Any:
    """The column value ``json_value`` wrote."""
    if isinstance(value, dict) and "b64" in value:
        return base64.b64decode(value["b64"])
    if isinstance(value, dict) and "iso" in value:
        from datetime import datetime

        return (date if value["type"] == "date" else datetime).fromisoformat(value["iso"])
    return value


def snapshot(session: Session, ref: Ref) -> dict[str, Any]:
    """Everything that belongs to the record, as JSON-ready data: row, methods, tags, ties."""
    table = _contact if ref.kind == "person" else _organization
    row = session.execute(select(table).where(table.c.id == ref.id)).mappings().first()
    if row is None:
        raise RecordNotFound(f"{ref.kind.capitalize()} {ref.id} does not exist.")
    owner = _method.c.contact_id if ref.kind == "person" else _method.c.organization_id
    rel_owner = _relation.c.contact_id if ref.kind == "person" else _relation.c.organization_id
    methods = session.execute(select(_method).where(owner == ref.id)).mappings().all()
    relations = session.execute(select(_relation).where(rel_owner == ref.id)).mappings().all()
    if ref.kind == "person":  # ties where this person is the other side too
        relations += (
            session.execute(select(_relation).where(_relation.c.other_contact_id == ref.id))
            .mappings()
            .all()
        )
    return {
        "kind": ref.kind,
        "row": {k: json_value(v) for k, v in row.items()},
        "methods": [{k: json_value(v) for k, v in m.items()} for m in methods],
        "tags": _tags_of(session, ref),
        "relations": [{k: json_value(v) for k, v in r.items()} for r in relations],
    }


def restore(session: Session, data: dict[str, Any]) -> Ref:
    """Put a snapshot back exactly: the row (re-created if it was deleted), methods, tags, ties."""
    ref = Ref(data["kind"], data["row"]["id"])
    table = _contact if ref.kind == "person" else _organization
    row = {k: from_json(v) for k, v in data["row"].items()}
    exists = session.scalar(select(func.count()).select_from(table).where(table.c.id == ref.id))
    if exists:
        session.execute(update(table).where(table.c.id == ref.id).values(row))
    else:
        session.execute(insert(table).values(row))
    owner = _method.c.contact_id if ref.kind == "person" else _method.c.organization_id
    session.execute(delete(_method).where(owner == ref.id))
    for m in data["methods"]:
        session.execute(insert(_method).values({k: from_json(v) for k, v in m.items()}))
    _set_tags(session, ref, data["tags"])
    rel_owner = _relation.c.contact_id if ref.kind == "person" else _relation.c.organization_id
    session.execute(delete(_relation).where(rel_owner == ref.id))
    if ref.kind == "person":
        session.execute(delete(_relation).where(_relation.c.other_contact_id == ref.id))
    for r in data["relations"]:
        values = {k: from_json(v) for k, v in r.items()}
        # The other side may itself be gone by now; a tie to nothing is not restored.
        if values.get("organization_id") and not session.scalar(
            select(_organization.c.id).where(_organization.c.id == values["organization_id"])
        ):
            continue
        other = values.get("other_contact_id") or values.get("contact_id")
        if other and not session.scalar(select(_contact.c.id).where(_contact.c.id == other)):
            continue
        # SQLite hands a deleted row's id to the next insert: a tie saved after this
        # snapshot may hold the old id now. Nothing refers to a tie by id, so it gets a
        # new one then.
        if values.get("id") is not None and session.scalar(
            select(_relation.c.id).where(_relation.c.id == values["id"])
        ):
            values.pop("id")
        session.execute(insert(_relation).values(values))
    return ref


class ChangeRecorder:
    """Collects what one user action does, so that `undo` can take it back as a whole."""

    def __init__(self, session: Session, kind: str, label: str, source: str | None = None):
        self.session = session
        self.change_set = ChangeSet(kind=kind, label=label[:400], source=source)
        session.add(self.change_set)
        session.flush()
        self._seq = 0

    @property
    def id(self) -> int:
        return self.change_set.id

    def _add(self, ref: Ref, action: str, before: dict[str, Any] | None) -> None:
        self._seq += 1
        self.session.add(
            ChangeItem(
                change_set_id=self.change_set.id,
                seq=self._seq,
                entity=ref.entity,
                entity_id=ref.id,
                action=action,
                before=json.dumps(before, ensure_ascii=False) if before is not None else None,
            )
        )

    def created(self, ref: Ref) -> None:
        self._add(ref, "create", None)

    def before_update(self, ref: Ref) -> None:
        self._add(ref, "update", snapshot(self.session, ref))

    def before_delete(self, ref: Ref) -> None:
        self._add(ref, "delete", snapshot(self.session, ref))

    def trashed(self, ref: Ref) -> None:
        self._add(ref, "trash", None)


def _ref_of(entity: str, entity_id: int) -> Ref:
    return Ref("person" if entity == "contact" else "organization", entity_id)


def trash(session: Session, refs: list[Ref], label: str = "Move to trash") -> int:
    """Move records to the trash (reversibly); returns the change set to undo it."""
    recorder = ChangeRecorder(session, "trash", label)
    now = utcnow()
    for ref in refs:
        table = _contact if ref.kind == "person" else _organization
        done = session.execute(
            update(table)
            .where(table.c.id == ref.id, table.c.deleted_at.is_(None))
            .values(deleted_at=now)
        )
        if done.rowcount:
            recorder.trashed(ref)
    return recorder.id


def undo(session: Session, change_set_id: int) -> int:
    """Take a change set back, newest item first; returns how many records it touched."""
    change = session.get(ChangeSet, change_set_id)
    if change is None:
        raise KnownError(f"There is no change {change_set_id} to undo.")
    if change.undone_at is not None:
        raise KnownError(f"“{change.label}” was already undone.")
    others = {i.entity for i in change.items} - {"contact", "organization"}
    if others:
        # Other records keep their change sets in the same table (documents' trash):
        # taking one back here would "restore" the contact or organisation of that number.
        raise KnownError(
            f"Change {change_set_id} (“{change.label}”) is not a change of the address book; "
            "undo it where it was made."
        )
    count = 0
    for item in sorted(change.items, key=lambda i: i.seq, reverse=True):
        ref = _ref_of(item.entity, item.entity_id)
        table = _contact if ref.kind == "person" else _organization
        if item.action == "create":
            session.execute(delete(table).where(table.c.id == ref.id))
        elif item.action == "trash":
            session.execute(update(table).where(table.c.id == ref.id).values(deleted_at=None))
        else:  # update or delete: the state before comes back
            restore(session, json.loads(item.before or "{}"))
        count += 1
    if change.kind == "merge":
        # Links of later features (activities, matters, mail ...) move back the same way
        # they were moved: one undo takes a merge back whole, whoever calls it.
        from smallcrm.core.services.merge import LINKS

        for mover in reversed(LINKS):
            mover.undo(session, change_set_id)
    change.undone_at = utcnow()
    return count
