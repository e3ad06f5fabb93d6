"""Importing contact records: match what is already there, create or update, one undoable batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from smallcrm.core.db import sync_id_sequences
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import Address, ContactRecord, Labeled, Problem
from smallcrm.core.models import (
    ChangeItem,
    Contact,
    ContactMethod,
    Organization,
    Relation,
    Tag,
    contact_tag,
    organization_tag,
    utcnow,
)
from smallcrm.core.services.address_book import (
    ChangeRecorder,
    PreparedRecord,
    Ref,
    display_name_of,
    find_organization,
    prepare_record,
    record_of,
    save_record,
)
from smallcrm.core.text import fold
from smallcrm.core.validation import normalize_email, parse_phone

OnMatch = Literal["update", "skip"]

_contact = Contact.__table__
_organization = Organization.__table__
_method = ContactMethod.__table__
_relation = Relation.__table__


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0  # matched, and the file had nothing new for them
    skipped: list[Problem] = field(default_factory=list)
    batch: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [{"file": p.file, "line": p.line, "reason": p.reason} for p in self.skipped],
            "batch": self.batch,
        }


class _Index:
    """What identifies an existing record: e-mails, phones, name within an organisation."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.email: dict[str, Ref] = {}
        self.phone: dict[str, Ref] = {}
        self.name_in_org: dict[tuple[str, str], Ref] = {}
        self.org_name: dict[str, Ref] = {}
        self.org_registry: dict[str, Ref] = {}
        self.uid: dict[tuple[str, str], Ref] = {}
        # Only for records with nothing but a name: the same name is then the same person.
        self.bare_name: dict[str, Ref] = {}
        for table, kind in ((_contact, "person"), (_organization, "organization")):
            for row_id, uid in session.execute(
                select(table.c.id, table.c.uid).where(
                    table.c.uid.is_not(None), table.c.deleted_at.is_(None)
                )
            ):
                self.uid.setdefault((kind, uid), Ref(kind, row_id))
        for row_id, name in session.execute(
            select(_contact.c.id, _contact.c.display_name).where(_contact.c.deleted_at.is_(None))
        ):
            self.bare_name.setdefault(fold(name), Ref("person", row_id))
        live_contacts = select(_contact.c.id).where(_contact.c.deleted_at.is_(None))
        live_orgs = select(_organization.c.id).where(_organization.c.deleted_at.is_(None))
        for owner, org_owner, kind, value in session.execute(
            select(_method.c.contact_id, _method.c.organization_id, _method.c.kind, _method.c.value)
            .where(_method.c.kind.in_(("email", "phone")))
            .where(
                _method.c.contact_id.in_(live_contacts) | _method.c.organization_id.in_(live_orgs)
            )
        ):
            ref = Ref("person", owner) if owner else Ref("organization", org_owner)
            target = self.email if kind == "email" else self.phone
            target.setdefault(value.lower() if kind == "email" else value, ref)
        for org_id, key, registry in session.execute(
            select(_organization.c.id, _organization.c.sort_key, _organization.c.registry_id).where(
                _organization.c.deleted_at.is_(None)
            )
        ):
            self.org_name.setdefault(key, Ref("organization", org_id))
            if registry:
                self.org_registry.setdefault(registry, Ref("organization", org_id))
        org_names = {ref.id: key for key, ref in self.org_name.items()}
        for contact_id, name, org_id in session.execute(
            select(_contact.c.id, _contact.c.display_name, _relation.c.organization_id)
            .join(_relation, _relation.c.contact_id == _contact.c.id)
            .where(_relation.c.kind == "employment", _contact.c.deleted_at.is_(None))
        ):
            if org_id in org_names:
                self.name_in_org.setdefault(
                    (fold(name), org_names[org_id]), Ref("person", contact_id)
                )

    def keys(self, record: ContactRecord, country: str) -> list[tuple[str, dict[Any, Ref], Any]]:
        """(reason, index, key) candidates for a record, strongest first."""
        found: list[tuple[str, dict[Any, Ref], Any]] = []
        if record.uid:
            found.append(("same UID", self.uid, (record.kind, record.uid)))
        if record.kind == "organization":
            if record.ids.get("registry"):
                found.append(("same registry number", self.org_registry, record.ids["registry"]))
            found.append(("same name", self.org_name, fold(display_name_of(record))))
        for email in record.emails:
            value = normalize_email(email.value).lower()
            if value:
                found.append((f"same e-mail {value}", self.email, value))
        for phone in record.phones:
            # Stored as E.164 when it parses, else as written: look it up the same way.
            key = parse_phone(phone.value, country).e164 or phone.value.strip()
            if key:
                found.append((f"same phone {key}", self.phone, key))
        if record.kind == "person" and record.organization.strip():
            key = (fold(display_name_of(record)), fold(record.organization))
            found.append(("same name in the same organisation", self.name_in_org, key))
        if record.kind == "person" and not (record.emails or record.phones or record.organization):
            reason = "same name, and the record has nothing else to tell them apart"
            found.append((reason, self.bare_name, fold(display_name_of(record))))
        return found

    def match(self, record: ContactRecord, country: str) -> tuple[Ref, str] | None:
        for reason, index, key in self.keys(record, country):
            ref = index.get(key)
            if ref is not None and ref.kind == record.kind:
                return ref, reason
        if record.kind == "organization":
            # An employer created on the way by an earlier person of this same import.
            found = find_organization(self.session, display_name_of(record))
            if found is not None:
                return Ref("organization", found), "same name"
        return None

    def add(self, ref: Ref, record: ContactRecord, country: str) -> None:
        for _reason, index, key in self.keys(record, country):
            index.setdefault(key, ref)
        if record.kind == "person":
            self.bare_name.setdefault(fold(display_name_of(record)), ref)


def _merge(existing: ContactRecord, incoming: ContactRecord) -> ContactRecord:
    """The existing card updated by the file: filled fields win, lists are joined."""
    merged = ContactRecord(**{**existing.__dict__})
    for name in (
        "title", "given_name", "middle_name", "family_name", "suffix", "display_name",
        "nickname", "organization", "department", "position", "photo_mime",
    ):  # fmt: skip
        value = getattr(incoming, name)
        if value:
            setattr(merged, name, value)
    if incoming.birthday is not None:
        merged.birthday = incoming.birthday
    if incoming.photo:
        merged.photo, merged.photo_mime = incoming.photo, incoming.photo_mime
    if incoming.notes and incoming.notes not in existing.notes:
        merged.notes = f"{existing.notes}\n\n{incoming.notes}".strip()
    merged.ids = {**existing.ids, **incoming.ids}
    merged.uid = existing.uid or incoming.uid

    def join(mine: list[Labeled], theirs: list[Labeled], key: Any) -> list[Labeled]:
        seen = {key(item.value) for item in mine}
        return mine + [item for item in theirs if key(item.value) not in seen]

    merged.emails = join(existing.emails, incoming.emails, lambda v: normalize_email(v).lower())
    merged.phones = join(
        existing.phones, incoming.phones, lambda v: parse_phone(v).e164 or v.strip()
    )
    merged.urls = join(existing.urls, incoming.urls, lambda v: v.strip().rstrip("/").lower())

    def address_key(a: Address) -> tuple[str, ...]:
        return (fold(a.street), fold(a.city), a.postcode.replace(" ", ""))

    have = {address_key(a) for a in existing.addresses}
    merged.addresses = existing.addresses + [
        a for a in incoming.addresses if address_key(a) not in have
    ]
    merged.tags = sorted({*existing.tags, *incoming.tags})
    return merged


class _BulkCreator:
    """Writes new records in batches (executemany) instead of a few statements each.

    Ids are assigned here, so methods, tags, employment ties and the change set's items
    can be written together; most records of a first import are new, and this is what
    keeps importing close to the speed of parsing.
    """

    def __init__(self, session: Session, recorder: ChangeRecorder, index: _Index) -> None:
        self.session = session
        self.recorder = recorder
        self.index = index
        self.next_id = {"person": 1, "organization": 1}
        self.resync_ids()
        self.tag_ids: dict[str, int] = dict(session.execute(select(Tag.name, Tag.id)).all())
        self._clear()

    def resync_ids(self) -> None:
        """Continue after the highest id written so far, by this writer or by save_record."""
        for kind, table in (("person", _contact), ("organization", _organization)):
            highest = self.session.scalar(select(func.max(table.c.id))) or 0
            self.next_id[kind] = max(self.next_id[kind], highest + 1)

    def _clear(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {"person": [], "organization": []}
        self.methods: list[dict[str, Any]] = []
        self.tag_links: dict[str, list[dict[str, int]]] = {"person": [], "organization": []}
        self.relations: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []

    @property
    def pending(self) -> bool:
        return bool(self.rows["person"] or self.rows["organization"])

    def _tag_id(self, name: str) -> int:
        tag_id = self.tag_ids.get(name)
        if tag_id is None:
            tag_id = self.session.execute(insert(Tag).values(name=name[:100])).inserted_primary_key[
                0
            ]
            self.tag_ids[name] = tag_id
        return tag_id

    def add(self, prepared: PreparedRecord) -> Ref:
        kind = prepared.kind
        ref = Ref(kind, self.next_id[kind])
        self.next_id[kind] += 1
        employer_id = None
        if prepared.employer:
            key = fold(prepared.employer)
            employer = self.index.org_name.get(key)
            if employer is None:  # perhaps made by save_record on the slow path meanwhile
                found = find_organization(self.session, prepared.employer)
                employer = Ref("organization", found) if found is not None else None
            if employer is None:
                org = prepare_record(
                    ContactRecord(kind="organization", display_name=prepared.employer)
                )
                employer = self.add(org)
                self.index.org_name[key] = employer
            employer_id = employer.id
        self.rows[kind].append({**prepared.values, "id": ref.id, "created_at": utcnow()})
        owner = "contact_id" if kind == "person" else "organization_id"
        other = "organization_id" if kind == "person" else "contact_id"
        self.methods += [{**m, owner: ref.id, other: None} for m in prepared.methods]
        link_key = "contact_id" if kind == "person" else "organization_id"
        for name in dict.fromkeys(t.strip() for t in prepared.tags if t.strip()):
            self.tag_links[kind].append({link_key: ref.id, "tag_id": self._tag_id(name)})
        if employer_id is not None:
            self.relations.append(
                {"contact_id": ref.id, "organization_id": employer_id, "kind": "employment",
                 "role": prepared.role}
            )  # fmt: skip
        self.recorder._seq += 1
        self.items.append(
            {"change_set_id": self.recorder.id, "seq": self.recorder._seq, "entity": ref.entity,
             "entity_id": ref.id, "action": "create", "before": None}
        )  # fmt: skip
        return ref

    def flush(self) -> None:
        if not (self.pending or self.items):
            return
        execute = self.session.execute
        for rows, table in (
            (self.rows["organization"], _organization),
            (self.rows["person"], _contact),
            (self.methods, _method),
            (self.tag_links["organization"], organization_tag),
            (self.tag_links["person"], contact_tag),
            (self.relations, _relation),
            (self.items, ChangeItem.__table__),
        ):
            if rows:
                execute(insert(table), rows)
        sync_id_sequences(self.session, ("contact", "organization"))
        self._clear()


def import_records(
    session: Session,
    records: list[ContactRecord],
    *,
    source: str,
    on_match: OnMatch = "update",
    default_country: str = "CZ",
    problems: list[Problem] | None = None,
) -> ImportReport:
    """Import parsed records as one batch (a change set that `undo` takes back whole).

    A record matching an existing one (same e-mail, same phone, or the same name within
    the same organisation; for organisations the registry number or the name) updates it
    or is skipped. A record that cannot be saved is reported and the rest still go in.
    """
    report = ImportReport(skipped=list(problems or []))
    recorder = ChangeRecorder(session, "import", f"Import of {source}", source=source)
    report.batch = recorder.id
    index = _Index(session)
    bulk = _BulkCreator(session, recorder, index)
    touched: set[Ref] = set()
    for record in records:
        where = record.source_line
        try:
            found = index.match(record, default_country)
            if found is None:
                ref = bulk.add(prepare_record(record, default_country))
                touched.add(ref)
                index.add(ref, record, default_country)
                report.imported += 1
                continue
            ref, reason = found
            if on_match == "skip":
                report.skipped.append(
                    Problem(source, where, f"matches {_describe(ref)}: {reason}; skipped")
                )
                continue
            bulk.flush()  # the match may be a record of this very import, not written yet
            existing = record_of(session, ref)
            merged = _merge(existing, record)
            if merged == existing:  # re-importing what is already there changes nothing
                report.unchanged += 1
                continue
            with session.begin_nested():
                if ref not in touched:
                    recorder.before_update(ref)
                    touched.add(ref)
                save_record(session, merged, default_country, ref=ref, recorder=recorder)
            bulk.resync_ids()  # save_record may have created an employer organisation
            index.add(ref, merged, default_country)
            report.updated += 1
        except KnownError as exc:
            report.skipped.append(Problem(source, where, exc.message))
        except (ValueError, OverflowError) as exc:  # e.g. a date the calendar does not have
            report.skipped.append(Problem(source, where, f"not imported: {exc}"))
    bulk.flush()
    return report


def _describe(ref: Ref) -> str:
    return f"{'contact' if ref.kind == 'person' else 'organisation'} {ref.id}"
