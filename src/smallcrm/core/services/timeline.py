"""The timeline: logging calls, meetings and notes, and reading a record's history newest first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    ACTIVITY_KINDS,
    Activity,
    Contact,
    Matter,
    Organization,
    activity_contact,
    activity_organization,
    utcnow,
)
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.search_text import activity_search_text

_activity = Activity.__table__
_contact = Contact.__table__
_organization = Organization.__table__
_matter = Matter.__table__

# What the user logs by hand; "email", "document", "task" and "stage" are written by the
# features they come from.
LOGGABLE = ("call", "meeting", "note")
SUBJECT_MAX = 400
PAGE = 100


class InvalidActivity(KnownError):
    """An activity the rules refuse: unknown kind, a negative duration, nobody to file it on."""


@dataclass(slots=True)
class ActivityInput:
    kind: str
    subject: str = ""
    body: str | None = None  # Markdown
    occurred_at: datetime | None = None  # aware; None: now
    direction: str | None = None  # calls: "in" | "out"
    duration_minutes: int | None = None
    outcome: str | None = None
    matter_id: int | None = None
    people: list[int] = field(default_factory=list)
    organizations: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TimelineItem:
    id: int
    kind: str
    occurred_at: datetime
    subject: str
    body: str | None
    direction: str | None
    duration_minutes: int | None
    outcome: str | None
    matter_id: int | None
    matter_number: str | None
    people: tuple[tuple[int, str], ...]  # (contact id, display name)
    organizations: tuple[tuple[int, str], ...]

    @property
    def cursor(self) -> tuple[datetime, int]:
        """Pass as ``before`` to read the next, older page."""
        return (self.occurred_at, self.id)


def _check(data: ActivityInput) -> None:
    if data.kind not in ACTIVITY_KINDS:
        raise InvalidActivity(f"Unknown kind of activity “{data.kind}”.")
    if data.direction not in (None, "in", "out"):
        raise InvalidActivity(f"A call is incoming or outgoing, not “{data.direction}”.")
    if data.duration_minutes is not None and data.duration_minutes < 0:
        raise InvalidActivity("A duration cannot be negative.")
    if len(data.subject or "") > SUBJECT_MAX:
        raise InvalidActivity(f"The subject is longer than {SUBJECT_MAX} characters.")
    if data.occurred_at is not None and data.occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be an aware datetime")
    if not (data.people or data.organizations or data.matter_id):
        raise InvalidActivity("An activity belongs to a person, an organisation or a matter.")


def require_existing(session: Session, table: Any, ids: list[int], what: str) -> None:
    """RecordNotFound naming the first of ``ids`` that ``table`` does not hold."""
    if not ids:
        return
    found = set(session.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())
    missing = sorted(set(ids) - found)
    if missing:
        raise RecordNotFound(f"{what} {missing[0]} does not exist.")


def log_activity(session: Session, data: ActivityInput) -> int:
    """File one activity on its people, organisations and matter; returns its id."""
    _check(data)
    require_existing(session, _contact, data.people, "Contact")
    require_existing(session, _organization, data.organizations, "Organisation")
    if data.matter_id is not None:
        require_existing(session, _matter, [data.matter_id], "Matter")
    now = utcnow()
    activity_id = int(
        session.execute(
            insert(_activity)
            .values(
                kind=data.kind,
                occurred_at=data.occurred_at or now,
                subject=(data.subject or "").strip(),
                body=data.body,
                direction=data.direction if data.kind == "call" else None,
                duration_minutes=data.duration_minutes,
                outcome=(data.outcome or "").strip() or None,
                matter_id=data.matter_id,
                search_text=_search_text(data),
                created_at=now,
                updated_at=now,
            )
            .returning(_activity.c.id)
        ).scalar_one()
    )
    _link(session, activity_id, data)
    return activity_id


def _search_text(data: ActivityInput) -> str:
    return activity_search_text(data.subject, data.body, (data.outcome or "").strip() or None)


def _link(session: Session, activity_id: int, data: ActivityInput) -> None:
    people = sorted(set(data.people))
    orgs = sorted(set(data.organizations))
    if people:
        session.execute(
            insert(activity_contact),
            [{"activity_id": activity_id, "contact_id": c} for c in people],
        )
    if orgs:
        session.execute(
            insert(activity_organization),
            [{"activity_id": activity_id, "organization_id": o} for o in orgs],
        )


def update_activity(session: Session, activity_id: int, data: ActivityInput) -> None:
    _check(data)
    if session.execute(select(_activity.c.id).where(_activity.c.id == activity_id)).first() is None:
        raise RecordNotFound(f"Activity {activity_id} does not exist.")
    session.execute(
        update(_activity)
        .where(_activity.c.id == activity_id)
        .values(
            kind=data.kind,
            occurred_at=data.occurred_at or utcnow(),
            subject=(data.subject or "").strip(),
            body=data.body,
            direction=data.direction if data.kind == "call" else None,
            duration_minutes=data.duration_minutes,
            outcome=(data.outcome or "").strip() or None,
            matter_id=data.matter_id,
            search_text=_search_text(data),
            updated_at=utcnow(),
        )
    )
    session.execute(delete(activity_contact).where(activity_contact.c.activity_id == activity_id))
    session.execute(
        delete(activity_organization).where(activity_organization.c.activity_id == activity_id)
    )
    _link(session, activity_id, data)


def trash_activity(session: Session, activity_id: int, restore: bool = False) -> None:
    session.execute(
        update(_activity)
        .where(_activity.c.id == activity_id)
        .values(deleted_at=None if restore else utcnow())
    )


def _owner_clause(owner: Ref | int) -> Any:
    """Activities of a person, an organisation (a Ref) or a matter (its id)."""
    if isinstance(owner, int):
        return _activity.c.matter_id == owner
    if owner.kind == "person":
        return _activity.c.id.in_(
            select(activity_contact.c.activity_id).where(activity_contact.c.contact_id == owner.id)
        )
    # What was filed on the organisation itself; its people's own calls stay theirs.
    return _activity.c.id.in_(
        select(activity_organization.c.activity_id).where(
            activity_organization.c.organization_id == owner.id
        )
    )


def timeline(
    session: Session,
    owner: Ref | int,
    kinds: tuple[str, ...] | None = None,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE,
) -> list[TimelineItem]:
    """A page of ``owner``'s timeline, newest first; ``before`` is the last item's cursor.

    ``owner`` is a person or organisation (a Ref) or a matter (its id). Keyset paging, so
    the 50th page of a long history costs what the first does.
    """
    stmt = select(_activity, _matter.c.number).select_from(
        _activity.outerjoin(_matter, _matter.c.id == _activity.c.matter_id)
    )
    stmt = stmt.where(_activity.c.deleted_at.is_(None), _owner_clause(owner))
    if kinds:
        stmt = stmt.where(_activity.c.kind.in_(kinds))
    if before is not None:
        stmt = stmt.where(tuple_(_activity.c.occurred_at, _activity.c.id) < tuple_(*before))
    stmt = stmt.order_by(_activity.c.occurred_at.desc(), _activity.c.id.desc()).limit(limit)
    rows = session.execute(stmt).all()
    ids = [r.id for r in rows]
    people = linked_names(session, activity_contact, ids)
    orgs = linked_names(session, activity_organization, ids)
    return [
        TimelineItem(
            r.id,
            r.kind,
            r.occurred_at,
            r.subject,
            r.body,
            r.direction,
            r.duration_minutes,
            r.outcome,
            r.matter_id,
            r.number,
            people.get(r.id, ()),
            orgs.get(r.id, ()),
        )  # fmt: skip
        for r in rows
    ]


def linked_names(
    session: Session, link: Any, ids: list[int]
) -> dict[int, tuple[tuple[int, str], ...]]:
    """For each item (an activity, a task) in ``ids``: the (id, name) of the people or the
    organisations ``link`` ties it to, by name. ``link``'s first column is the item's."""
    item, owner = link.c[0], link.c[1]
    target = next(iter(owner.foreign_keys)).column.table
    name = target.c.display_name if target is _contact else target.c.name
    found: dict[int, list[tuple[int, str]]] = {}
    if ids:
        for item_id, owner_id, owner_name in session.execute(
            select(item, target.c.id, name)
            .join(target, target.c.id == owner)
            .where(item.in_(ids))
            .order_by(target.c.name_order, target.c.id)
        ):
            found.setdefault(item_id, []).append((owner_id, owner_name))
    return {item_id: tuple(names) for item_id, names in found.items()}


def kind_counts(session: Session, owner: Ref | int) -> dict[str, int]:
    """How many activities of each kind ``owner`` has (the filter shows them)."""
    rows = session.execute(
        select(_activity.c.kind, func.count())
        .where(_activity.c.deleted_at.is_(None), _owner_clause(owner))
        .group_by(_activity.c.kind)
    )
    return {kind: int(n) for kind, n in rows}


def last_touch(session: Session, contact_ids: list[int]) -> dict[int, datetime]:
    """Each person's most recent activity (calls, meetings, mail ... all count)."""
    if not contact_ids:
        return {}
    rows = session.execute(
        select(activity_contact.c.contact_id, func.max(_activity.c.occurred_at))
        .join(_activity, _activity.c.id == activity_contact.c.activity_id)
        .where(
            activity_contact.c.contact_id.in_(contact_ids),
            _activity.c.deleted_at.is_(None),
            _activity.c.kind != "stage",  # a matter moving on is no touch with the person
        )
        .group_by(activity_contact.c.contact_id)
    )
    # max() keeps the column's type, so the values come back as aware UTC datetimes.
    return {contact_id: when for contact_id, when in rows if when is not None}
