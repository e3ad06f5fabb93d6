"""Importing contact records: match what is already there, create or update, one undoable batch."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from smallcrm.core import key_triggers, search
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
    prepare_record,
    record_from_rows,
    record_of,
    records_of,
    save_record,
    tag_name,
)
from smallcrm.core.services.name_order import firm_language
from smallcrm.core.text import fold
from smallcrm.core.validation import normalize_email, parse_phone

OnMatch = Literal["update", "skip"]

_contact = Contact.__table__
_organization = Organization.__table__
_method = ContactMethod.__table__
_relation = Relation.__table__
_item = ChangeItem.__table__

# (reason, index, key): what a record is matched by, strongest first.
_Keys = list[tuple[str, dict[Any, Ref], Any]]


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
    """What identifies an existing record: e-mails, phones, name within an organisation.

    It also knows every live organisation by its sort key, as ``find_organization`` would
    find it in the database, including those of this import not written yet.
    """

    def __init__(self, session: Session) -> None:
        self.email: dict[str, Ref] = {}
        self.phone: dict[str, Ref] = {}
        self.name_in_org: dict[tuple[str, str], Ref] = {}
        self.org_name: dict[str, Ref] = {}
        self.org_registry: dict[str, Ref] = {}
        self.uid: dict[tuple[str, str], Ref] = {}
        # Only for records with nothing but a name: the same name is then the same person.
        self.bare_name: dict[str, Ref] = {}
        # sort key -> ids in ascending order (find_organization takes the lowest).
        self.orgs_by_key: dict[str, list[int]] = {}
        self.org_key: dict[int, str] = {}
        self._folded: dict[str, str] = {}  # employers' names: thousands of people, few firms
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
            select(_organization.c.id, _organization.c.sort_key, _organization.c.registry_id)
            .where(_organization.c.deleted_at.is_(None))
            .order_by(_organization.c.id)
        ):
            self.org_name.setdefault(key, Ref("organization", org_id))
            if registry:
                self.org_registry.setdefault(registry, Ref("organization", org_id))
            self.orgs_by_key.setdefault(key, []).append(org_id)
            self.org_key[org_id] = key
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

    def keys(self, record: ContactRecord, country: str, name: str) -> _Keys:
        """(reason, index, key) candidates for a record, strongest first; ``name`` is its
        display name folded."""
        found: _Keys = []
        if record.uid:
            found.append(("same UID", self.uid, (record.kind, record.uid)))
        if record.kind == "organization":
            if record.ids.get("registry"):
                found.append(("same registry number", self.org_registry, record.ids["registry"]))
            found.append(("same name", self.org_name, name))
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
            key = (name, self.fold(record.organization))
            found.append(("same name in the same organisation", self.name_in_org, key))
        if record.kind == "person" and not (record.emails or record.phones or record.organization):
            reason = "same name, and the record has nothing else to tell them apart"
            found.append((reason, self.bare_name, name))
        return found

    def match(self, record: ContactRecord, keys: _Keys) -> tuple[Ref, str] | None:
        for reason, index, key in keys:
            ref = index.get(key)
            if ref is not None and ref.kind == record.kind:
                return ref, reason
        if record.kind == "organization":
            # An employer created on the way by an earlier person of this same import.
            found = self.live_org(display_name_of(record))
            if found is not None:
                return Ref("organization", found), "same name"
        return None

    def add(self, ref: Ref, record: ContactRecord, keys: _Keys, name: str) -> None:
        for _reason, index, key in keys:
            index.setdefault(key, ref)
        if record.kind == "person":
            self.bare_name.setdefault(name, ref)

    def fold(self, text: str) -> str:
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return folded

    def live_org(self, name: str) -> int | None:
        """What ``find_organization(session, name)`` would answer once everything is written."""
        ids = self.orgs_by_key.get(self.fold(name).strip())
        return ids[0] if ids else None

    def org_is(self, org_id: int, key: str) -> None:
        """An organisation was created or renamed: ``key`` is its sort key now."""
        old = self.org_key.get(org_id)
        if old == key:
            return
        if old is not None:
            self.orgs_by_key[old].remove(org_id)
        bisect.insort(self.orgs_by_key.setdefault(key, []), org_id)
        self.org_key[org_id] = key


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


@dataclass
class _Pending:
    """A record this import creates, held as the rows it becomes until they are written."""

    kind: str
    values: dict[str, Any]  # the contact or organization row, with its id
    methods: list[dict[str, Any]]  # contact_method rows without their owner
    tag_ids: list[int]
    employer: int | None  # the organisation of a person's employment tie
    role: str | None


class _Writer:
    """Holds the import's new records as rows, and writes them with one executemany a table.

    Ids are assigned here, so methods, tags, employment ties and the change set's items
    are written together. A later record of the same file that matches one of them is
    merged into its rows before anything is written, with the outcome ``save_record`` would
    have had: most records of a first import are new, and this keeps importing close to
    the speed of parsing.
    """

    def __init__(self, session: Session, recorder: ChangeRecorder, index: _Index) -> None:
        self.session = session
        self.recorder = recorder
        self.batch = recorder.id  # read once: an ORM attribute costs per row
        self.index = index
        self.language = firm_language(session)  # the alphabet of the rows' name_order
        self.next_id = {"person": 1, "organization": 1}
        self.resync_ids()
        self.tag_ids: dict[str, int] = {}
        self.tag_names: dict[int, str] = {}
        for tag_id, name in session.execute(select(Tag.id, Tag.name)):
            self.tag_ids[name] = tag_id
            self.tag_names[tag_id] = name
        self.pending: dict[Ref, _Pending] = {}
        self.items: list[dict[str, Any]] = []
        # Everything this import created, written or not: undo deletes it, so it needs no
        # snapshot when it is updated later.
        self.created: set[Ref] = set()

    def resync_ids(self) -> None:
        """Continue after the highest id written so far, by this writer or by save_record."""
        for kind, table in (("person", _contact), ("organization", _organization)):
            highest = self.session.scalar(select(func.max(table.c.id))) or 0
            self.next_id[kind] = max(self.next_id[kind], highest + 1)

    def _tag_ids(self, names: list[str]) -> list[int]:
        if not names:  # most records
            return []
        ids = []
        for name in dict.fromkeys(tag_name(t) for t in names if tag_name(t)):
            tag_id = self.tag_ids.get(name)
            if tag_id is None:
                tag_id = self.session.execute(insert(Tag).values(name=name)).inserted_primary_key[0]
                self.tag_ids[name] = tag_id
                self.tag_names[tag_id] = name
            ids.append(tag_id)
        return ids

    def _create(self, prepared: PreparedRecord, employer: int | None = None) -> Ref:
        kind = prepared.kind
        ref = Ref(kind, self.next_id[kind])
        self.next_id[kind] += 1
        self.pending[ref] = _Pending(
            kind,
            {**prepared.values, "id": ref.id, "created_at": utcnow()},
            prepared.methods,
            self._tag_ids(prepared.tags),
            employer,
            prepared.role if employer is not None else None,
        )
        if kind == "organization":
            self.index.org_is(ref.id, prepared.values["sort_key"])
        self.created.add(ref)
        self.recorder._seq += 1
        self.items.append(
            {"change_set_id": self.batch, "seq": self.recorder._seq, "entity": ref.entity,
             "entity_id": ref.id, "action": "create", "before": None}
        )  # fmt: skip
        return ref

    def _new_organization(self, name: str) -> Ref:
        record = ContactRecord(kind="organization", display_name=name)
        return self._create(prepare_record(record, language=self.language))

    def add(self, prepared: PreparedRecord) -> Ref:
        """A new record; a person's employer is found by name, or created on the way."""
        employer = None
        if prepared.employer:
            key = self.index.fold(prepared.employer)
            found = self.index.org_name.get(key)
            employer = found.id if found is not None else self.index.live_org(prepared.employer)
            if employer is None:
                created = self._new_organization(prepared.employer)
                self.index.org_name[key] = created
                employer = created.id
        return self._create(prepared, employer)

    def record(self, ref: Ref) -> ContactRecord:
        """A pending record as ``record_of`` will read it once written."""
        p = self.pending[ref]
        employer = ""
        if p.employer is not None:
            org = self.pending.get(Ref("organization", p.employer))
            employer = org.values["name"] if org is not None else self.session.scalar(
                select(_organization.c.name).where(_organization.c.id == p.employer)
            )  # fmt: skip
        tags = sorted(self.tag_names[i] for i in p.tag_ids)
        return record_from_rows(p.kind, p.values, p.methods, tags, employer or "")

    def update(self, ref: Ref, merged: ContactRecord, default_country: str) -> None:
        """Overwrite a pending record as ``save_record(merged, ref=ref)`` would."""
        prepared = prepare_record(merged, default_country, language=self.language)
        p = self.pending[ref]
        p.values = {**prepared.values, "id": ref.id, "created_at": p.values["created_at"]}
        p.methods = prepared.methods
        p.tag_ids = self._tag_ids(prepared.tags)
        if ref.kind == "organization":
            self.index.org_is(ref.id, prepared.values["sort_key"])
            return
        # As save_record: the employer by name or a new one; the tie (and its role) stays
        # when the employer does.
        employer = None
        if prepared.employer.strip():
            employer = self.index.live_org(prepared.employer)
            if employer is None:
                employer = self._new_organization(prepared.employer.strip()).id
        if employer is None:
            p.employer = p.role = None
        elif employer != p.employer:
            p.employer, p.role = employer, prepared.role

    def saved(self, ref: Ref, record: ContactRecord) -> None:
        """After save_record on a written record: note what it renamed or created."""
        new_tags = {tag_name(t) for t in record.tags if tag_name(t)} - self.tag_ids.keys()
        if new_tags:
            for tag_id, name in self.session.execute(
                select(Tag.id, Tag.name).where(Tag.name.in_(new_tags))
            ):
                self.tag_ids[name] = tag_id
                self.tag_names[tag_id] = name
        known = self.next_id["organization"]
        for org_id, key in self.session.execute(
            select(_organization.c.id, _organization.c.sort_key).where(
                (_organization.c.id >= known) | (_organization.c.id == ref.id)
                if ref.kind == "organization"
                else _organization.c.id >= known
            )
        ):
            self.index.org_is(org_id, key)
            if org_id >= known:  # an employer save_record created on the way
                self.created.add(Ref("organization", org_id))
        self.resync_ids()

    def flush(self) -> None:
        if not (self.pending or self.items):
            return
        orgs, people, methods, relations = [], [], [], []
        tag_links: dict[str, list[dict[str, int]]] = {"person": [], "organization": []}
        for ref, p in self.pending.items():
            (people if ref.kind == "person" else orgs).append(p.values)
            owner = "contact_id" if ref.kind == "person" else "organization_id"
            other = "organization_id" if ref.kind == "person" else "contact_id"
            for m in p.methods:  # rows of this writer's own, made by prepare_record
                m[owner], m[other] = ref.id, None
            methods += p.methods
            tag_links[ref.kind] += [{owner: ref.id, "tag_id": t} for t in p.tag_ids]
            if p.employer is not None:
                relations.append(
                    {"contact_id": ref.id, "organization_id": p.employer, "kind": "employment",
                     "role": p.role}
                )  # fmt: skip
        conn = self.session.connection()
        inserted = {"organization": orgs, "contact": people, "contact_method": methods}
        with key_triggers.marked_in_one_go(conn, inserted):
            for rows, table in ((orgs, _organization), (people, _contact)):
                if rows:
                    texts = [(row["id"], row["search_text"]) for row in rows]
                    with search.indexed_in_one_go(conn, table.name, texts):
                        _insert_many(self.session, table, rows)
            _insert_many(self.session, _method, methods)
        _insert_many(self.session, organization_tag, tag_links["organization"])
        _insert_many(self.session, contact_tag, tag_links["person"])
        _insert_many(self.session, _relation, relations)
        _insert_many(self.session, _item, self.items)
        sync_id_sequences(self.session, ("contact", "organization"))
        self.pending.clear()
        self.items = []


def _insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany; on SQLite straight to the driver, with SQLAlchemy's own conversions.

    Every row has the same keys. SQLAlchemy's executemany costs more per row than SQLite's
    insert itself; on PostgreSQL it batches the rows into few statements, so it stays.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    names = list(rows[0])
    # A Python-side default of a column left out would be skipped by the plain statement.
    left_out_defaults = any(
        c.name not in rows[0]
        and c.default is not None
        and not (getattr(c.default, "is_scalar", False) and c.default.arg is None)  # type: ignore[attr-defined]
        for c in table.columns
    )
    if dialect.name != "sqlite" or left_out_defaults:
        conn.execute(insert(table), rows)
        return
    converters = [
        (i, convert)
        for i, name in enumerate(names)
        if (convert := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    get = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    if not converters:
        conn.exec_driver_sql(sql, [get(row) for row in rows])
        return
    params = []
    for row in rows:
        values = list(get(row))
        for i, convert in converters:
            values[i] = convert(values[i])
        params.append(tuple(values))
    conn.exec_driver_sql(sql, params)


class _Keyed:
    """The file's records with their folded names and match keys, each computed once."""

    def __init__(self, records: list[ContactRecord], index: _Index, country: str) -> None:
        self.records = records
        self.index = index
        self.country = country
        self.done: dict[int, tuple[str, _Keys]] = {}

    def record(self, position: int) -> tuple[ContactRecord, _Keys]:
        record = self.records[position]
        return record, self.keys(position)[1]

    def keys(self, position: int) -> tuple[str, _Keys]:
        done = self.done.get(position)
        if done is None:
            record = self.records[position]
            name = fold(display_name_of(record))
            done = self.done[position] = (name, self.index.keys(record, self.country, name))
        return done

    def forget(self, position: int) -> None:
        self.done.pop(position, None)


class _Written:
    """Records already in the database as ``record_of`` reads them, fetched for a stretch
    of the file at a time: re-importing a file matches nearly every record, and reading
    them one by one would take several queries each.
    """

    AHEAD = 1000  # records of the file whose matches are fetched together

    def __init__(self, session: Session, index: _Index, writer: _Writer) -> None:
        self.session = session
        self.index = index
        self.writer = writer
        self.cache: dict[Ref, ContactRecord] = {}
        self.fetched_to = 0  # records before this position had their matches fetched

    def record(self, ref: Ref, position: int, keyed: _Keyed) -> ContactRecord:
        """``record_of(ref)`` for the file's record at ``position``; the written records
        that the next ones match now are fetched along."""
        found = self.cache.get(ref)
        if found is not None:
            return found
        if position < self.fetched_to:  # fetched already, or changed since: on its own
            return record_of(self.session, ref)
        wanted = {ref}
        for later in range(position + 1, min(position + self.AHEAD, len(keyed.records))):
            record, keys = keyed.record(later)
            match = self.index.match(record, keys)
            if match is not None and match[0] not in self.writer.pending:
                wanted.add(match[0])
        self.cache = records_of(self.session, wanted)
        self.fetched_to = position + self.AHEAD
        found = self.cache.get(ref)
        return found if found is not None else record_of(self.session, ref)  # says it is gone

    def changed(self, ref: Ref, before: ContactRecord) -> None:
        """``ref``, which was ``before``, was saved: its record differs, and an organisation's
        employees' records name it as it is now."""
        self.cache.pop(ref, None)
        if ref.kind == "organization":  # its employees are among those naming it as it was
            for other in [
                r for r, rec in self.cache.items() if rec.organization == before.organization
            ]:
                del self.cache[other]


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
    writer = _Writer(session, recorder, index)
    written = _Written(session, index, writer)
    keyed = _Keyed(records, index, default_country)
    touched: set[Ref] = set()  # written records whose state before is in the change set
    for position, record in enumerate(records):
        where = record.source_line
        try:
            name, keys = keyed.keys(position)
            keyed.forget(position)
            found = index.match(record, keys)
            if found is None:
                ref = writer.add(prepare_record(record, default_country, language=writer.language))
                index.add(ref, record, keys, name)
                report.imported += 1
                continue
            ref, reason = found
            if on_match == "skip":
                report.skipped.append(
                    Problem(source, where, f"matches {_describe(ref)}: {reason}; skipped")
                )
                continue
            if ref in writer.pending:  # a record of this very import, not written yet
                existing = writer.record(ref)
                merged = _merge(existing, record)
                if merged == existing:
                    report.unchanged += 1
                    continue
                writer.update(ref, merged, default_country)
            else:
                existing = written.record(ref, position, keyed)
                merged = _merge(existing, record)
                if merged == existing:  # re-importing what is already there changes nothing
                    report.unchanged += 1
                    continue
                writer.flush()  # save_record finds employers in the database
                with session.begin_nested():
                    first = ref not in touched and ref not in writer.created
                    if first:
                        recorder.before_update(ref)
                    save_record(session, merged, default_country, ref=ref, recorder=recorder)
                if first:  # only once saved: a rolled back snapshot is no snapshot
                    touched.add(ref)
                written.changed(ref, existing)
                writer.saved(ref, merged)
            name = fold(display_name_of(merged))
            index.add(ref, merged, index.keys(merged, default_country, name), name)
            report.updated += 1
        except KnownError as exc:
            report.skipped.append(Problem(source, where, exc.message))
        except (ValueError, OverflowError) as exc:  # e.g. a date the calendar does not have
            report.skipped.append(Problem(source, where, f"not imported: {exc}"))
    writer.flush()
    return report


def _describe(ref: Ref) -> str:
    return f"{'contact' if ref.kind == 'person' else 'organisation'} {ref.id}"
