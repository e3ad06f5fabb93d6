"""Tasks and follow-ups: "remind me to contact X in N days", done lands on the timeline,
and the people a firm has not been in touch with for longer than it meant to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    Contact,
    Matter,
    Organization,
    Task,
    task_contact,
    task_organization,
    utcnow,
)
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.timeline import (
    ActivityInput,
    last_touch,
    linked_names,
    log_activity,
    require_existing,
)

_task = Task.__table__
_contact = Contact.__table__
_organization = Organization.__table__
_matter = Matter.__table__

# A reminder for a date without a time comes in the morning of that day.
REMIND_AT = time(9, 0)


class InvalidTask(KnownError):
    """A task the rules refuse: no title, a follow-up in the past, nobody to follow up."""


@dataclass(slots=True)
class TaskInput:
    title: str
    kind: str = "task"
    notes: str | None = None
    due_on: date | None = None
    due_time: time | None = None
    priority: int = 0
    assignee: str | None = None
    remind_at: datetime | None = None
    matter_id: int | None = None
    people: list[int] = field(default_factory=list)
    organizations: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    kind: str
    title: str
    due_on: date | None
    due_time: time | None
    status: str
    priority: int
    matter_id: int | None
    remind_at: datetime | None
    people: tuple[tuple[int, str], ...]
    organizations: tuple[tuple[int, str], ...]

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < today


@dataclass(frozen=True, slots=True)
class OutOfTouch:
    """A person with a stay-in-touch rhythm whose last contact is older than it."""

    contact_id: int
    name: str
    weeks: int
    last: datetime | None  # None: never
    due: date  # when the next contact was due


def local_zone() -> Any:
    return datetime.now().astimezone().tzinfo


def morning_of(day: date, zone: Any = None) -> datetime:
    """09:00 of ``day`` in the user's zone, as the UTC instant a reminder is stored as."""
    return datetime.combine(day, REMIND_AT, tzinfo=zone or local_zone()).astimezone(UTC)


def create_task(session: Session, data: TaskInput) -> int:
    title = (data.title or "").strip()
    if not title:
        raise InvalidTask("A task needs a title.")
    if data.kind not in ("task", "follow_up"):
        raise InvalidTask(f"Unknown kind of task “{data.kind}”.")
    require_existing(session, _contact, data.people, "Contact")
    require_existing(session, _organization, data.organizations, "Organisation")
    require_existing(session, _matter, [data.matter_id] if data.matter_id else [], "Matter")
    now = utcnow()
    task_id = int(
        session.execute(
            insert(_task)
            .values(
                kind=data.kind,
                title=title,
                notes=data.notes,
                due_on=data.due_on,
                due_time=data.due_time,
                priority=data.priority,
                status="open",
                assignee=data.assignee,
                remind_at=data.remind_at,
                matter_id=data.matter_id,
                created_at=now,
                updated_at=now,
            )
            .returning(_task.c.id)
        ).scalar_one()
    )
    if data.people:
        session.execute(
            insert(task_contact), [{"task_id": task_id, "contact_id": c} for c in set(data.people)]
        )
    if data.organizations:
        session.execute(
            insert(task_organization),
            [{"task_id": task_id, "organization_id": o} for o in set(data.organizations)],
        )
    return task_id


def follow_up(
    session: Session,
    days: int,
    *,
    ref: Ref | None = None,
    matter_id: int | None = None,
    title: str = "",
    today: date | None = None,
) -> int:
    """ "Remind me to contact X in N days": a follow-up task due then, with a reminder."""
    if days < 0:
        raise InvalidTask("A follow-up is due today or later.")
    if ref is None and matter_id is None:
        raise InvalidTask("A follow-up is for a person, an organisation or a matter.")
    due = (today or date.today()) + timedelta(days=days)
    if not title:
        title = f"Follow up: {_name_of(session, ref, matter_id)}"
    return create_task(
        session,
        TaskInput(
            title=title,
            kind="follow_up",
            due_on=due,
            remind_at=morning_of(due),
            matter_id=matter_id,
            people=[ref.id] if ref and ref.kind == "person" else [],
            organizations=[ref.id] if ref and ref.kind == "organization" else [],
        ),
    )


def _name_of(session: Session, ref: Ref | None, matter_id: int | None) -> str:
    if ref is not None:
        table, column = (
            (_contact, _contact.c.display_name)
            if ref.kind == "person"
            else (_organization, _organization.c.name)
        )
        name = session.execute(select(column).where(table.c.id == ref.id)).scalar()
        if name is None:
            raise RecordNotFound(
                f"{'Contact' if ref.kind == 'person' else 'Organisation'} {ref.id} does not exist."
            )
        return str(name)
    row = session.execute(
        select(_matter.c.number, _matter.c.title).where(_matter.c.id == matter_id)
    ).first()
    if row is None:
        raise RecordNotFound(f"Matter {matter_id} does not exist.")
    return f"{row.number} {row.title}"


def complete_task(session: Session, task_id: int, when: datetime | None = None) -> int:
    """Mark a task done; it lands on the timeline of its people and matter. Returns the
    activity id."""
    row = session.execute(select(_task).where(_task.c.id == task_id)).first()
    if row is None:
        raise RecordNotFound(f"Task {task_id} does not exist.")
    if row.status == "done":
        raise InvalidTask(f"“{row.title}” is already done.")
    when = when or utcnow()
    session.execute(
        update(_task)
        .where(_task.c.id == task_id)
        .values(status="done", done_at=when, updated_at=utcnow())
    )
    people = list(
        session.execute(
            select(task_contact.c.contact_id).where(task_contact.c.task_id == task_id)
        ).scalars()
    )
    orgs = list(
        session.execute(
            select(task_organization.c.organization_id).where(
                task_organization.c.task_id == task_id
            )
        ).scalars()
    )
    if not (people or orgs or row.matter_id):
        return 0  # a task of nobody's: nothing to file it on
    return log_activity(
        session,
        ActivityInput(
            kind="task",
            subject=row.title,
            occurred_at=when,
            matter_id=row.matter_id,
            people=people,
            organizations=orgs,
        ),
    )


def reopen_task(session: Session, task_id: int) -> None:
    session.execute(
        update(_task)
        .where(_task.c.id == task_id)
        .values(status="open", done_at=None, updated_at=utcnow())
    )


def _rows(session: Session, stmt: Any) -> list[TaskRow]:
    rows = session.execute(stmt).all()
    ids = [r.id for r in rows]
    people = linked_names(session, task_contact, ids)
    orgs = linked_names(session, task_organization, ids)
    return [
        TaskRow(
            r.id,
            r.kind,
            r.title,
            r.due_on,
            r.due_time,
            r.status,
            r.priority,
            r.matter_id,
            r.remind_at,
            people.get(r.id, ()),
            orgs.get(r.id, ()),
        )  # fmt: skip
        for r in rows
    ]


def due_follow_ups(
    session: Session, today: date | None = None, days_ahead: int = 0
) -> list[TaskRow]:
    """Open follow-ups due by ``today`` + ``days_ahead`` (overdue ones first, oldest first)."""
    limit_day = (today or date.today()) + timedelta(days=days_ahead)
    stmt = (
        select(_task)
        .where(
            _task.c.kind == "follow_up",
            _task.c.status == "open",
            _task.c.deleted_at.is_(None),
            _task.c.due_on <= limit_day,
        )
        .order_by(_task.c.due_on, _task.c.id)
    )
    return _rows(session, stmt)


def tasks_of(session: Session, owner: Ref | int, include_done: bool = False) -> list[TaskRow]:
    """Tasks of a person or organisation (a Ref) or a matter (its id), by due date."""
    stmt = select(_task).where(_task.c.deleted_at.is_(None))
    if isinstance(owner, int):
        stmt = stmt.where(_task.c.matter_id == owner)
    elif owner.kind == "person":
        stmt = stmt.where(
            _task.c.id.in_(
                select(task_contact.c.task_id).where(task_contact.c.contact_id == owner.id)
            )
        )
    else:
        stmt = stmt.where(
            _task.c.id.in_(
                select(task_organization.c.task_id).where(
                    task_organization.c.organization_id == owner.id
                )
            )
        )
    if not include_done:
        stmt = stmt.where(_task.c.status == "open")
    stmt = stmt.order_by(_task.c.due_on.is_(None), _task.c.due_on, _task.c.id)
    return _rows(session, stmt)


def set_stay_in_touch(session: Session, contact_id: int, weeks: int | None) -> None:
    """Keep in touch with a person every ``weeks`` weeks (None stops it)."""
    if weeks is not None and not 1 <= weeks <= 520:
        raise InvalidTask("Stay in touch every 1 to 520 weeks.")
    done = session.execute(
        update(_contact).where(_contact.c.id == contact_id).values(stay_in_touch_weeks=weeks)
    )
    if done.rowcount == 0:  # type: ignore[attr-defined]
        raise RecordNotFound(f"Contact {contact_id} does not exist.")


@dataclass(frozen=True, slots=True)
class TouchRhythm:
    """One person's stay-in-touch rhythm as their detail shows it."""

    weeks: int | None  # None: no rhythm set
    last: datetime | None  # the last contact; None: never
    due: date | None  # when the next contact is (or was) due; None without a rhythm

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due <= today


def touch_rhythm(session: Session, contact_id: int) -> TouchRhythm:
    """The rhythm, last contact and next due day of one person (as ``out_of_touch`` counts)."""
    row = session.execute(
        select(_contact.c.stay_in_touch_weeks, _contact.c.updated_at).where(
            _contact.c.id == contact_id
        )
    ).first()
    if row is None:
        raise RecordNotFound(f"Contact {contact_id} does not exist.")
    last = last_touch(session, [contact_id]).get(contact_id)
    if row.stay_in_touch_weeks is None:
        return TouchRhythm(None, last, None)
    start = (last or row.updated_at).date()
    return TouchRhythm(
        row.stay_in_touch_weeks, last, start + timedelta(weeks=row.stay_in_touch_weeks)
    )


def out_of_touch(session: Session, today: date | None = None) -> list[OutOfTouch]:
    """People whose stay-in-touch rhythm has run out, the longest overdue first.

    A person never contacted is due from the day the rhythm was set (their record's last
    change stands in for that day).
    """
    today = today or date.today()
    rows = session.execute(
        select(
            _contact.c.id,
            _contact.c.display_name,
            _contact.c.stay_in_touch_weeks,
            _contact.c.updated_at,
        ).where(_contact.c.stay_in_touch_weeks.is_not(None), _contact.c.deleted_at.is_(None))
    ).all()
    touched = last_touch(session, [r.id for r in rows])
    out = []
    for r in rows:
        last = touched.get(r.id)
        start = (last or r.updated_at).date()
        due = start + timedelta(weeks=r.stay_in_touch_weeks)
        if due <= today:
            out.append(OutOfTouch(r.id, r.display_name, r.stay_in_touch_weeks, last, due))
    return sorted(out, key=lambda o: (o.due, o.name))


def open_task_count(session: Session) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(_task)
            .where(and_(_task.c.status == "open", _task.c.deleted_at.is_(None)))
        ).scalar_one()
    )
