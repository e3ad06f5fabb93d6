"""A person's relations: jobs at organisations (role, since/until) and ties to other people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation, utcnow
from smallcrm.core.services.address_book import (
    ChangeRecorder,
    RecordNotFound,
    Ref,
    find_organization,
    save_record,
)
from smallcrm.core.services.contacts import match_clause
from smallcrm.core.services.search_text import contact_search_text
from smallcrm.core.text import fold

_contact = Contact.__table__
_organization = Organization.__table__
_relation = Relation.__table__
_method = ContactMethod.__table__

ROLE_MAX = 200  # the column's length


class InvalidRelation(KnownError):
    """A relation the rules refuse: dates the wrong way round, a tie to oneself, no other side."""


@dataclass(frozen=True, slots=True)
class RelationInfo:
    """One line of a person's relations, seen from that person; plain data."""

    id: int
    kind: str  # "employment" | "personal"
    target_kind: str  # "organization" | "person"
    target_id: int
    target_name: str
    role: str
    since: date | None
    until: date | None
    # A personal tie recorded on the other person's card (they are ``contact_id``): its
    # role reads from their side ("assistant" of this person).
    inverse: bool = False
    target_deleted: bool = False  # the other side is in the trash

    @property
    def current(self) -> bool:
        """No end date, or one not yet passed."""
        return self.until is None or self.until >= date.today()


@dataclass(frozen=True, slots=True)
class RelationEdit:
    """What the user wants a relation to be.

    Exactly one target: ``organization_id``, ``other_contact_id``, or ``new_organization``
    (a name: an organisation of that folded name is reused, else created, as the contact
    form does for an employer).
    """

    organization_id: int | None = None
    other_contact_id: int | None = None
    new_organization: str = ""
    role: str = ""
    since: date | None = None
    until: date | None = None

    @property
    def kind(self) -> str:
        return "personal" if self.other_contact_id is not None else "employment"


@dataclass(frozen=True, slots=True)
class RelationChange:
    """What a write did: the relation it touched and the change set that undoes it."""

    relation_id: int
    change_set_id: int
    contact_id: int  # the person whose relations were edited


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person or organisation offered by the relation dialog's completer."""

    id: int
    kind: str  # "person" | "organization"
    name: str
    detail: str = ""  # a person's current employer, to tell namesakes apart


# --- reading -------------------------------------------------------------------------------


def relations_of(session: Session, contact_id: int) -> list[RelationInfo]:
    """The person's relations: current jobs first, then past ones, then people, by name.

    Personal ties recorded on either person's card are listed (``inverse`` marks the
    ones recorded on the other person's card). Raises RecordNotFound for an unknown person.
    """
    if session.scalar(select(_contact.c.id).where(_contact.c.id == contact_id)) is None:
        raise RecordNotFound(f"Contact {contact_id} does not exist.")
    r, o, other = _relation, _organization, _contact.alias("other")
    rows = session.execute(
        select(
            r.c.id,
            r.c.kind,
            r.c.contact_id,
            r.c.organization_id,
            r.c.other_contact_id,
            r.c.role,
            r.c.since,
            r.c.until,
            o.c.name,
            o.c.name_order,
            o.c.deleted_at,
        )
        .select_from(r.join(o, o.c.id == r.c.organization_id))
        .where(r.c.contact_id == contact_id)
    ).all()
    found: list[RelationInfo] = []
    keys: dict[int, tuple[Any, ...]] = {}
    for row in rows:
        info = RelationInfo(
            id=row.id,
            kind=row.kind,
            target_kind="organization",
            target_id=row.organization_id,
            target_name=row.name or "",
            role=row.role or "",
            since=row.since,
            until=row.until,
            target_deleted=row.deleted_at is not None,
        )
        found.append(info)
        keys[info.id] = (0 if info.current else 1, row.name_order or "", -_ordinal(row.since))
    people = session.execute(
        select(
            r.c.id,
            r.c.kind,
            r.c.contact_id,
            r.c.other_contact_id,
            r.c.role,
            r.c.since,
            r.c.until,
            other.c.id.label("target_id"),
            other.c.display_name,
            other.c.name_order,
            other.c.deleted_at,
        )
        .select_from(
            r.join(
                other,
                ((r.c.contact_id == contact_id) & (other.c.id == r.c.other_contact_id))
                | ((r.c.other_contact_id == contact_id) & (other.c.id == r.c.contact_id)),
            )
        )
        .where(or_(r.c.contact_id == contact_id, r.c.other_contact_id == contact_id))
    ).all()
    for row in people:
        info = RelationInfo(
            id=row.id,
            kind=row.kind,
            target_kind="person",
            target_id=row.target_id,
            target_name=row.display_name or "",
            role=row.role or "",
            since=row.since,
            until=row.until,
            inverse=row.contact_id != contact_id,
            target_deleted=row.deleted_at is not None,
        )
        found.append(info)
        keys[info.id] = (2 if info.current else 3, row.name_order or "", -_ordinal(row.since))
    found.sort(key=lambda i: (*keys[i.id], i.id))
    return found


def _ordinal(day: date | None) -> int:
    return day.toordinal() if day else 0


def relation_candidates(
    session: Session, kind: str, text: str, limit: int = 20, exclude_id: int | None = None
) -> list[Candidate]:
    """People (``kind="person"``) or organisations not in the trash matching typed ``text``.

    Matches like the contacts search ("nov ja" finds "Jana Nováková"), ordered by name.
    """
    table = _contact if kind == "person" else _organization
    name = table.c.display_name if kind == "person" else table.c.name
    stmt = select(table.c.id, name).where(table.c.deleted_at.is_(None))
    clause = match_clause(session, table, text)
    if clause is not None:
        stmt = stmt.where(clause)
    if exclude_id is not None:
        stmt = stmt.where(table.c.id != exclude_id)
    rows = session.execute(stmt.order_by(table.c.name_order, table.c.id).limit(limit)).all()
    if kind != "person":
        return [Candidate(row[0], "organization", row[1] or "") for row in rows]
    employers = _current_employers(session, [row[0] for row in rows])
    return [Candidate(row[0], "person", row[1] or "", employers.get(row[0], "")) for row in rows]


def _current_employers(session: Session, contact_ids: list[int]) -> dict[int, str]:
    if not contact_ids:
        return {}
    r, o = _relation, _organization
    rows = session.execute(
        select(r.c.contact_id, o.c.name)
        .select_from(r.join(o, o.c.id == r.c.organization_id))
        .where(r.c.contact_id.in_(contact_ids), r.c.until.is_(None), o.c.deleted_at.is_(None))
        .order_by(r.c.id.desc())  # the earliest recorded wins: it is set last
    ).all()
    return {contact_id: name or "" for contact_id, name in rows}


# --- writing -------------------------------------------------------------------------------


def _person_name(session: Session, contact_id: int) -> str | None:
    return session.scalar(select(_contact.c.display_name).where(_contact.c.id == contact_id))


def _check_edit(session: Session, contact_id: int, edit: RelationEdit) -> RelationEdit:
    """Apply the rules; return the edit with its role trimmed. Raises InvalidRelation."""
    targets = [
        edit.organization_id is not None,
        edit.other_contact_id is not None,
        bool(edit.new_organization.strip()),
    ]
    if sum(targets) != 1:
        raise InvalidRelation("Choose one organisation or one person for the relation.")
    if edit.since and edit.until and edit.since > edit.until:
        raise InvalidRelation(
            f"The end date ({edit.until.isoformat()}) is before the start date"
            f" ({edit.since.isoformat()}): a relation cannot end before it begins."
        )
    if edit.other_contact_id is not None:
        if edit.other_contact_id == contact_id:
            raise InvalidRelation("A person cannot be related to themselves.")
        alive = session.scalar(
            select(_contact.c.id).where(
                _contact.c.id == edit.other_contact_id, _contact.c.deleted_at.is_(None)
            )
        )
        if alive is None:
            raise InvalidRelation("The other person no longer exists (or is in the trash).")
    if edit.organization_id is not None:
        alive = session.scalar(
            select(_organization.c.id).where(
                _organization.c.id == edit.organization_id, _organization.c.deleted_at.is_(None)
            )
        )
        if alive is None:
            raise InvalidRelation("The organisation no longer exists (or is in the trash).")
    role = " ".join(edit.role.split())
    if len(role) > ROLE_MAX:
        raise InvalidRelation(f"The role is too long: at most {ROLE_MAX} characters.")
    return RelationEdit(
        edit.organization_id,
        edit.other_contact_id,
        " ".join(edit.new_organization.split()),
        role,
        edit.since,
        edit.until,
    )


def _resolve_organization(
    session: Session, edit: RelationEdit, recorder: ChangeRecorder
) -> int | None:
    """The organisation id the edit means, creating a new one by name if needed."""
    if edit.organization_id is not None or not edit.new_organization:
        return edit.organization_id
    found = find_organization(session, edit.new_organization)
    if found is not None:
        return found
    ref = save_record(
        session, ContactRecord(kind="organization", display_name=edit.new_organization)
    )
    recorder.created(ref)
    return ref.id


def _refuse_duplicate(
    session: Session, values: dict[str, Any], ignore_id: int | None = None
) -> None:
    r = _relation
    stmt = select(func.count()).select_from(r).where(r.c.contact_id == values["contact_id"])
    for key in ("organization_id", "other_contact_id", "role", "since", "until"):
        value = values[key]
        stmt = stmt.where(r.c[key].is_(None) if value is None else r.c[key] == value)
    if ignore_id is not None:
        stmt = stmt.where(r.c.id != ignore_id)
    if session.scalar(stmt):
        raise InvalidRelation("This relation is already recorded.")


def refresh_person(session: Session, contact_id: int) -> None:
    """Refresh the person's search words (they include employers) and change time."""
    head = session.execute(
        select(
            _contact.c.title,
            _contact.c.given_name,
            _contact.c.middle_name,
            _contact.c.family_name,
            _contact.c.nickname,
            _contact.c.display_name,
        ).where(_contact.c.id == contact_id)
    ).first()
    if head is None:
        return
    r, o = _relation, _organization
    # Every employer, current ones first: "Novák" is found by a former firm's name too.
    employers = session.scalars(
        select(o.c.name)
        .select_from(r.join(o, o.c.id == r.c.organization_id))
        .where(r.c.contact_id == contact_id, o.c.deleted_at.is_(None))
        .order_by(r.c.until.is_not(None), r.c.id)
    ).all()
    methods = session.execute(
        select(_method.c.kind, _method.c.value, _method.c.city).where(
            _method.c.contact_id == contact_id
        )
    ).all()
    text = contact_search_text(
        tuple(head), employers, [(k, v or "", c or "") for k, v, c in methods]
    )
    session.execute(
        update(_contact)
        .where(_contact.c.id == contact_id)
        .values(search_text=text, updated_at=utcnow())
    )


def add_relation(session: Session, contact_id: int, edit: RelationEdit) -> RelationChange:
    """Record a new relation of the person, as one change set that ``undo`` takes back."""
    name = _person_name(session, contact_id)
    if name is None:
        raise RecordNotFound(f"Contact {contact_id} does not exist.")
    edit = _check_edit(session, contact_id, edit)
    recorder = ChangeRecorder(session, "edit", f"New relation of {name}")
    recorder.before_update(Ref("person", contact_id))
    organization_id = _resolve_organization(session, edit, recorder)
    values = {
        "contact_id": contact_id,
        "organization_id": organization_id,
        "other_contact_id": edit.other_contact_id,
        "kind": edit.kind,
        "role": edit.role or None,
        "since": edit.since,
        "until": edit.until,
    }
    _refuse_duplicate(session, values)
    relation_id = session.execute(insert(_relation).values(values)).inserted_primary_key[0]
    refresh_person(session, contact_id)
    return RelationChange(relation_id, recorder.id, contact_id)


def _relation_row(session: Session, relation_id: int) -> Any:
    row = session.execute(select(_relation).where(_relation.c.id == relation_id)).first()
    if row is None:
        raise RecordNotFound("The relation no longer exists; it may have been removed meanwhile.")
    return row


def update_relation(
    session: Session, contact_id: int, relation_id: int, edit: RelationEdit
) -> RelationChange:
    """Change a relation of the person ``contact_id`` (either side of a personal tie).

    The edit is read from that person's side: its target is the other side. A personal
    tie keeps the direction it was recorded in when its other person stays a person.
    """
    old = _relation_row(session, relation_id)
    if contact_id not in (old.contact_id, old.other_contact_id):
        raise InvalidRelation("This relation belongs to someone else.")
    name = _person_name(session, contact_id) or ""
    edit = _check_edit(session, contact_id, edit)
    recorder = ChangeRecorder(session, "edit", f"Edit of a relation of {name}")
    owner, other = contact_id, edit.other_contact_id
    if edit.other_contact_id is not None and old.other_contact_id == contact_id:
        owner, other = edit.other_contact_id, contact_id  # keep it on the other person's card
    # The snapshot of everyone the row involves before and after, so undo finds it again
    # wherever it went (a restore deletes every tie of its person, then puts back its own).
    involved = [old.contact_id]
    if old.contact_id not in (owner, other):
        involved.append(owner)
    for person in involved:
        recorder.before_update(Ref("person", person))
    organization_id = _resolve_organization(session, edit, recorder)
    values = {
        "contact_id": owner,
        "organization_id": organization_id,
        "other_contact_id": other,
        "kind": edit.kind,
        "role": edit.role or None,
        "since": edit.since,
        "until": edit.until,
    }
    _refuse_duplicate(session, values, ignore_id=relation_id)
    session.execute(update(_relation).where(_relation.c.id == relation_id).values(values))
    for person in {old.contact_id, owner}:
        refresh_person(session, person)
    return RelationChange(relation_id, recorder.id, contact_id)


def remove_relation(session: Session, contact_id: int, relation_id: int) -> RelationChange:
    """Remove a relation of the person (either side), as a change set ``undo`` takes back."""
    old = _relation_row(session, relation_id)
    if contact_id not in (old.contact_id, old.other_contact_id):
        raise InvalidRelation("This relation belongs to someone else.")
    name = _person_name(session, contact_id) or ""
    recorder = ChangeRecorder(session, "edit", f"Removal of a relation of {name}")
    recorder.before_update(Ref("person", old.contact_id))
    session.execute(delete(_relation).where(_relation.c.id == relation_id))
    refresh_person(session, old.contact_id)
    return RelationChange(relation_id, recorder.id, contact_id)


def find_person(session: Session, name: str, exclude_id: int | None = None) -> int | None:
    """The one person not in the trash whose folded display name equals ``name``; None if
    there is none or more than one (then the user must pick from the list)."""
    key = fold(name).strip()
    if not key:
        return None
    stmt = select(_contact.c.id, _contact.c.display_name).where(_contact.c.deleted_at.is_(None))
    clause = match_clause(session, _contact, name)
    if clause is not None:
        stmt = stmt.where(clause)
    if exclude_id is not None:
        stmt = stmt.where(_contact.c.id != exclude_id)
    hits = [row.id for row in session.execute(stmt.limit(50)) if fold(row.display_name) == key]
    return hits[0] if len(hits) == 1 else None


__all__ = [
    "Candidate",
    "InvalidRelation",
    "RelationChange",
    "RelationEdit",
    "RelationInfo",
    "add_relation",
    "find_person",
    "relation_candidates",
    "relations_of",
    "remove_relation",
    "update_relation",
]
