"""Tasks and follow-ups: views, recurrence, quick add, done on the timeline, and the people a
firm has not been in touch with for longer than it meant to."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from dateutil.rrule import rrule, rrulestr
from dateutil.tz import tzlocal
from sqlalchemy import and_, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    TASK_KINDS,
    TASK_STATUSES,
    Contact,
    Matter,
    Organization,
    Task,
    task_contact,
    task_organization,
    utcnow,
)
from smallcrm.core.recurrence import InvalidRecurrence, validate_rrule
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.search_text import task_search_text
from smallcrm.core.services.timeline import (
    ActivityInput,
    last_touch,
    linked_names,
    log_activity,
    require_existing,
    trash_activity,
)
from smallcrm.core.text import fold

_task = Task.__table__
_contact = Contact.__table__
_organization = Organization.__table__
_matter = Matter.__table__

# A reminder for a date without a time comes in the morning of that day.
REMIND_AT = time(9, 0)
TITLE_MAX = 400
# The task lists show at most this many rows; a firm's open tasks are hundreds, not more.
LIST_LIMIT = 2000

VIEWS = ("today", "overdue", "upcoming", "all_open", "done")

# Named recurrences the task form offers. Each expands from the task's due date, so
# "weekly" repeats on the due date's weekday and "monthly" on its day of the month (RFC
# 5545: a month without that day, such as 31 February, is skipped).
RECURRENCE_PRESETS: dict[str, str] = {
    "daily": "FREQ=DAILY",
    "weekdays": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "weekly": "FREQ=WEEKLY",
    "monthly": "FREQ=MONTHLY",
    "last_working_day": "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "yearly": "FREQ=YEARLY",
}


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
    rrule: str | None = None  # an RRULE value ("FREQ=MONTHLY;..."), expanded from due_on


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
    notes: str | None = None
    assignee: str | None = None
    rrule: str | None = None
    matter_number: str | None = None
    matter_title: str | None = None
    done_at: datetime | None = None

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < today

    def to_json(self) -> dict[str, Any]:
        """The task as the CLI prints it with --json."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "due_time": self.due_time.strftime("%H:%M") if self.due_time else None,
            "priority": self.priority,
            "status": self.status,
            "assignee": self.assignee,
            "matter_id": self.matter_id,
            "matter_number": self.matter_number,
            "rrule": self.rrule,
            "people": [{"id": i, "name": n} for i, n in self.people],
            "organizations": [{"id": i, "name": n} for i, n in self.organizations],
        }


def tasks_json(rows: list[TaskRow]) -> list[dict[str, Any]]:
    return [row.to_json() for row in rows]


@dataclass(frozen=True, slots=True)
class MatterTasks:
    """One matter's tasks in the "by matter" view; ``matter_id`` None holds the rest."""

    matter_id: int | None
    number: str | None
    title: str | None
    rows: list[TaskRow]


@dataclass(frozen=True, slots=True)
class Completion:
    """What marking a task done wrote, so that it can be taken back."""

    task_id: int
    activity_id: int  # the timeline entry; 0 when the task belonged to nobody
    next_task_id: int | None  # the next occurrence of a recurring task


@dataclass(frozen=True, slots=True)
class OutOfTouch:
    """A person with a stay-in-touch rhythm whose last contact is older than it."""

    contact_id: int
    name: str
    weeks: int
    last: datetime | None  # None: never
    due: date  # when the next contact was due


def local_zone() -> tzinfo:
    # tzlocal follows the system's DST rules; a fixed offset taken now would put a
    # reminder set in winter for a day in summer an hour off.
    return tzlocal()


def morning_of(day: date, zone: Any = None) -> datetime:
    """09:00 of ``day`` in the user's zone, as the UTC instant a reminder is stored as."""
    return datetime.combine(day, REMIND_AT, tzinfo=zone or local_zone()).astimezone(UTC)


# --- recurrence ------------------------------------------------------------------------

_FREQ = re.compile(r"(?:^|;)FREQ=([A-Z]+)(?:;|$)")
_COUNT = re.compile(r"(^|;)COUNT=(\d+)(?=;|$)")


def preset_of(text: str | None) -> str | None:
    """The name of the preset ``text`` is, or None (no rule, or a custom one)."""
    if not text:
        return None
    wanted = _normal_rule(text)
    return next((name for name, rule in RECURRENCE_PRESETS.items() if rule == wanted), None)


def _normal_rule(text: str) -> str:
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    return text.strip().strip(";").upper()


def check_rrule(text: str | None, due_on: date | None) -> str | None:
    """``text`` as stored (upper case, no "RRULE:"), None for no rule; raises KnownError
    (InvalidTask, InvalidRecurrence) for a rule a task cannot follow."""
    if text is None or not text.strip():
        return None
    rule = _normal_rule(text)
    if any(c in rule for c in "\r\n") or "DTSTART" in rule:
        raise InvalidTask("Give the repetition as one RRULE line, without DTSTART.")
    if due_on is None:
        raise InvalidTask("A repeating task needs a due date to repeat from.")
    validate_rrule(rule, due_on)  # InvalidRecurrence names what dateutil could not read
    freq = _FREQ.search(rule)
    # The next task is due on a day; a rule repeating within a day has no next day to be.
    if freq is not None and freq.group(1) in ("HOURLY", "MINUTELY", "SECONDLY"):
        raise InvalidTask("A task repeats at most daily.")
    return rule


def next_due(text: str, due_on: date) -> date | None:
    """The first occurrence of ``text`` after ``due_on``, expanded from ``due_on``; None when
    the rule has ended (COUNT, UNTIL)."""
    start = datetime.combine(due_on, time())
    try:
        rule = rrulestr(text, dtstart=start, ignoretz=True)
    except (ValueError, TypeError, OverflowError) as exc:
        # A rule written by something that did not check it (an import, an old version).
        raise InvalidRecurrence(f"The recurrence rule “{text}” cannot be read: {exc}.") from exc
    if not isinstance(rule, rrule):  # pragma: no cover - one RRULE line gives one rule
        raise InvalidRecurrence(f"The recurrence rule “{text}” is not a single rule.")
    found = rule.after(start, inc=False)
    return found.date() if found is not None else None


def _following_rule(text: str) -> str | None:
    """The rule the next task carries: a COUNT counts the occurrences still to come."""
    match = _COUNT.search(text)
    if match is None:
        return text
    left = int(match.group(2)) - 1
    if left < 1:
        return None
    return _COUNT.sub(lambda m: f"{m.group(1)}COUNT={left}", text, count=1)


def _shifted_reminder(
    remind_at: datetime | None,
    due_on: date,
    due_time: time | None,
    next_on: date,
    zone: tzinfo | None,
) -> datetime | None:
    """The reminder of the next occurrence: as long before its due time as this one's was,
    on the wall clock, so "09:00 the day before" stays 09:00 across a DST change."""
    if remind_at is None:
        return None
    tz = zone or local_zone()
    due_wall = datetime.combine(due_on, due_time or time())
    offset = due_wall - remind_at.astimezone(tz).replace(tzinfo=None)
    next_wall = datetime.combine(next_on, due_time or time()) - offset
    return next_wall.replace(tzinfo=tz).astimezone(UTC)


def upcoming_days(text: str, due_on: date, count: int = 3) -> list[date]:
    """The first ``count`` days after ``due_on`` the rule repeats on (the form shows them)."""
    out: list[date] = []
    day: date | None = due_on
    following: str | None = text
    while len(out) < count and day is not None and following:
        day = next_due(following, day)
        following = _following_rule(following)
        if day is not None:
            out.append(day)
    return out


def reminder_at(
    due_on: date, due_time: time | None, minutes_before: int, zone: tzinfo | None = None
) -> datetime:
    """The UTC instant of a reminder ``minutes_before`` the due time (09:00 for a task
    without one), counted on the user's wall clock."""
    wall = datetime.combine(due_on, due_time or REMIND_AT) - timedelta(minutes=minutes_before)
    return wall.replace(tzinfo=zone or local_zone()).astimezone(UTC)


def reminder_minutes(
    due_on: date, due_time: time | None, remind_at: datetime, zone: tzinfo | None = None
) -> int:
    """How many minutes before the due time (09:00 without one) ``remind_at`` is."""
    wall = remind_at.astimezone(zone or local_zone()).replace(tzinfo=None)
    return int((datetime.combine(due_on, due_time or REMIND_AT) - wall).total_seconds() // 60)


# --- writing ---------------------------------------------------------------------------


def _checked(session: Session, data: TaskInput) -> tuple[str, str | None]:
    """The title and rule to store; raises when the rules refuse ``data``."""
    title = (data.title or "").strip()
    if not title:
        raise InvalidTask("A task needs a title.")
    if len(title) > TITLE_MAX:
        raise InvalidTask(f"The title is longer than {TITLE_MAX} characters.")
    if data.kind not in TASK_KINDS:
        raise InvalidTask(f"Unknown kind of task “{data.kind}”.")
    if data.priority not in (-1, 0, 1):
        raise InvalidTask("A task's priority is low, normal or high.")
    if data.due_time is not None and data.due_on is None:
        raise InvalidTask("A time needs a due date.")
    if data.remind_at is not None and data.remind_at.tzinfo is None:
        raise ValueError("remind_at must be an aware datetime")
    rule = check_rrule(data.rrule, data.due_on)
    require_existing(session, _contact, data.people, "Contact")
    require_existing(session, _organization, data.organizations, "Organisation")
    require_existing(session, _matter, [data.matter_id] if data.matter_id else [], "Matter")
    return title, rule


def _values(data: TaskInput, title: str, rule: str | None) -> dict[str, Any]:
    notes = (data.notes or "").strip() or None
    return {
        "kind": data.kind,
        "title": title,
        "notes": notes,
        "search_text": task_search_text(title, notes),
        "due_on": data.due_on,
        "due_time": data.due_time,
        "priority": data.priority,
        "assignee": (data.assignee or "").strip() or None,
        "remind_at": data.remind_at,
        "rrule": rule,
        "matter_id": data.matter_id,
    }


def _link(session: Session, task_id: int, people: list[int], orgs: list[int]) -> None:
    if people:
        session.execute(
            insert(task_contact), [{"task_id": task_id, "contact_id": c} for c in set(people)]
        )
    if orgs:
        session.execute(
            insert(task_organization),
            [{"task_id": task_id, "organization_id": o} for o in set(orgs)],
        )


def create_task(session: Session, data: TaskInput) -> int:
    title, rule = _checked(session, data)
    now = utcnow()
    task_id = int(
        session.execute(
            insert(_task)
            .values(**_values(data, title, rule), status="open", created_at=now, updated_at=now)
            .returning(_task.c.id)
        ).scalar_one()
    )
    _link(session, task_id, data.people, data.organizations)
    return task_id


def _live_task(session: Session, task_id: int) -> Any:
    row = session.execute(
        select(_task).where(_task.c.id == task_id, _task.c.deleted_at.is_(None))
    ).first()
    if row is None:
        raise RecordNotFound(f"Task {task_id} does not exist.")
    return row


def update_task(session: Session, task_id: int, data: TaskInput) -> None:
    """Save the form's fields and links; the status is ``set_task_status``'s."""
    _live_task(session, task_id)
    title, rule = _checked(session, data)
    session.execute(
        update(_task)
        .where(_task.c.id == task_id)
        .values(**_values(data, title, rule), updated_at=utcnow())
    )
    session.execute(delete(task_contact).where(task_contact.c.task_id == task_id))
    session.execute(delete(task_organization).where(task_organization.c.task_id == task_id))
    _link(session, task_id, data.people, data.organizations)


def delete_task(session: Session, task_id: int) -> None:
    """Move a task to the trash; ``restore_task`` brings it back."""
    _live_task(session, task_id)
    session.execute(update(_task).where(_task.c.id == task_id).values(deleted_at=utcnow()))


def restore_task(session: Session, task_id: int) -> None:
    session.execute(update(_task).where(_task.c.id == task_id).values(deleted_at=None))


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


def _links_of(session: Session, task_id: int) -> tuple[list[int], list[int]]:
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
    return people, orgs


def mark_done(
    session: Session, task_id: int, when: datetime | None = None, *, zone: tzinfo | None = None
) -> Completion:
    """Mark a task done: it lands on the timeline of its people and matter, and a recurring
    task's next occurrence becomes a new open task. ``zone`` is the user's (for reminders)."""
    row = _live_task(session, task_id)
    if row.status == "done":
        raise InvalidTask(f"“{row.title}” is already done.")
    when = when or utcnow()
    session.execute(
        update(_task)
        .where(_task.c.id == task_id)
        .values(status="done", done_at=when, updated_at=utcnow())
    )
    people, orgs = _links_of(session, task_id)
    activity_id = 0  # a task of nobody's: nothing to file it on
    if people or orgs or row.matter_id:
        activity_id = log_activity(
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
    return Completion(task_id, activity_id, _spawn_next(session, row, people, orgs, zone))


def _spawn_next(
    session: Session, row: Any, people: list[int], orgs: list[int], zone: tzinfo | None
) -> int | None:
    """The next open task of a recurring one, due on the rule's next day after this one's."""
    if not row.rrule or row.due_on is None:
        return None
    # Expanded from this task's due day (not from today): a task done late keeps its
    # series' days, and "the last working day" stays the last working day.
    following = _following_rule(row.rrule)
    next_on = next_due(row.rrule, row.due_on) if following else None
    if next_on is None:
        return None
    return create_task(
        session,
        TaskInput(
            title=row.title,
            kind=row.kind,
            notes=row.notes,
            due_on=next_on,
            due_time=row.due_time,
            priority=row.priority,
            assignee=row.assignee,
            remind_at=_shifted_reminder(row.remind_at, row.due_on, row.due_time, next_on, zone),
            matter_id=row.matter_id,
            people=people,
            organizations=orgs,
            rrule=following,
        ),
    )


def complete_task(session: Session, task_id: int, when: datetime | None = None) -> int:
    """Mark a task done; it lands on the timeline of its people and matter. Returns the
    activity id (0 when it belonged to nobody)."""
    return mark_done(session, task_id, when).activity_id


def reopen_task(session: Session, task_id: int) -> None:
    session.execute(
        update(_task)
        .where(_task.c.id == task_id)
        .values(status="open", done_at=None, updated_at=utcnow())
    )


def undo_done(session: Session, completion: Completion) -> None:
    """Take back ``mark_done``: the task is open again, its timeline entry and the next
    occurrence it made go to the trash."""
    reopen_task(session, completion.task_id)
    if completion.activity_id:
        trash_activity(session, completion.activity_id)
    if completion.next_task_id is not None:
        session.execute(
            update(_task).where(_task.c.id == completion.next_task_id).values(deleted_at=utcnow())
        )


def set_task_status(
    session: Session,
    task_id: int,
    status: str,
    *,
    when: datetime | None = None,
    zone: tzinfo | None = None,
) -> Completion | None:
    """Open, done (as ``mark_done``) or cancelled (no timeline entry, no next occurrence).
    Returns the completion when the task was marked done."""
    if status not in TASK_STATUSES:
        raise InvalidTask(f"Unknown task status “{status}”.")
    row = _live_task(session, task_id)
    if status == row.status:
        return None
    if status == "done":
        return mark_done(session, task_id, when, zone=zone)
    session.execute(
        update(_task)
        .where(_task.c.id == task_id)
        .values(status=status, done_at=None, updated_at=utcnow())
    )
    return None


# --- reading ---------------------------------------------------------------------------


def _select() -> Any:
    return select(_task, _matter.c.number, _matter.c.title.label("matter_title")).select_from(
        _task.outerjoin(_matter, _matter.c.id == _task.c.matter_id)
    )


def _rows(session: Session, stmt: Any) -> list[TaskRow]:
    rows = session.execute(stmt).all()
    ids = [r.id for r in rows]
    people = linked_names(session, task_contact, ids)
    orgs = linked_names(session, task_organization, ids)
    mapping = [r._mapping for r in rows]
    return [
        TaskRow(
            r["id"],
            r["kind"],
            r["title"],
            r["due_on"],
            r["due_time"],
            r["status"],
            r["priority"],
            r["matter_id"],
            r["remind_at"],
            people.get(r["id"], ()),
            orgs.get(r["id"], ()),
            r["notes"],
            r["assignee"],
            r["rrule"],
            r.get("number"),
            r.get("matter_title"),
            r["done_at"],
        )  # fmt: skip
        for r in mapping
    ]


def get_task(session: Session, task_id: int) -> TaskRow:
    """One task (not in the trash) with its links, for the task form."""
    found = _rows(session, _select().where(_task.c.id == task_id, _task.c.deleted_at.is_(None)))
    if not found:
        raise RecordNotFound(f"Task {task_id} does not exist.")
    return found[0]


def _by_due() -> tuple[Any, ...]:
    """Oldest due first, undated last; within a day by time (untimed after), then high
    priority first."""
    return (
        _task.c.due_on.is_(None),
        _task.c.due_on,
        _task.c.due_time.is_(None),
        _task.c.due_time,
        _task.c.priority.desc(),
        _task.c.id,
    )


def _view_clause(view: str, today: date) -> Any:
    open_ = _task.c.status == "open"
    if view == "today":
        return and_(open_, _task.c.due_on == today)
    if view == "overdue":
        return and_(open_, _task.c.due_on < today)
    if view == "upcoming":
        return and_(open_, _task.c.due_on > today)
    if view == "all_open":
        return open_
    if view == "done":
        # Cancelled tasks are closed too; the list tells them apart by status.
        return _task.c.status.in_(("done", "cancelled"))
    raise ValueError(f"unknown task view {view!r}; valid: {', '.join(VIEWS)}")


def task_list(
    session: Session,
    view: str,
    *,
    matter_id: int | None = None,
    today: date | None = None,
    due_before: date | None = None,
    limit: int = LIST_LIMIT,
) -> list[TaskRow]:
    """The tasks of one view: "today", "overdue", "upcoming", "all_open" or "done".

    Open views run oldest due first (the most overdue on top), then by time and priority;
    "done" runs most recently done first. ``due_before`` keeps tasks due strictly before
    that day (undated ones drop out); ``matter_id`` keeps one matter's.
    """
    stmt = _select().where(_task.c.deleted_at.is_(None), _view_clause(view, today or date.today()))
    if matter_id is not None:
        stmt = stmt.where(_task.c.matter_id == matter_id)
    if due_before is not None:
        stmt = stmt.where(_task.c.due_on < due_before)
    if view == "done":
        stmt = stmt.order_by(_task.c.done_at.is_(None), _task.c.done_at.desc(), _task.c.id.desc())
    else:
        stmt = stmt.order_by(*_by_due())
    return _rows(session, stmt.limit(limit))


def tasks_by_matter(
    session: Session, view: str = "all_open", *, today: date | None = None
) -> list[MatterTasks]:
    """A view's tasks grouped by matter, matters by number; tasks of no matter last."""
    groups: dict[int | None, MatterTasks] = {}
    for row in task_list(session, view, today=today):
        group = groups.get(row.matter_id)
        if group is None:
            group = groups[row.matter_id] = MatterTasks(
                row.matter_id, row.matter_number, row.matter_title, []
            )
        group.rows.append(row)
    return sorted(
        groups.values(), key=lambda g: (g.matter_id is None, fold(g.number or ""), g.matter_id)
    )


def task_counts(session: Session, today: date | None = None) -> dict[str, int]:
    """How many tasks each view holds, for the badges on its tab."""
    today = today or date.today()

    def count(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    row = session.execute(
        select(*(count(_view_clause(view, today)).label(view) for view in VIEWS)).where(
            _task.c.deleted_at.is_(None)
        )
    ).one()
    return {view: int(row._mapping[view]) for view in VIEWS}


def matter_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, number, title) of every matter not in the trash, by number: the task form's
    list and quick add's "#number"."""
    return [
        (r.id, r.number, r.title)
        for r in session.execute(
            select(_matter.c.id, _matter.c.number, _matter.c.title)
            .where(_matter.c.deleted_at.is_(None))
            .order_by(_matter.c.number)
        )
    ]


def assignees(session: Session) -> list[str]:
    """Everyone a task was given to or a matter is in the hands of, for the form's list."""
    names = set(
        session.execute(
            select(_task.c.assignee).where(_task.c.assignee.is_not(None)).distinct()
        ).scalars()
    ) | set(
        session.execute(
            select(_matter.c.responsible).where(_matter.c.responsible.is_not(None)).distinct()
        ).scalars()
    )
    return sorted((n for n in names if n), key=fold)


def matter_id_by_number(session: Session, number: str) -> int | None:
    """The matter numbered ``number`` (any case), not in the trash."""
    found = session.execute(
        select(_matter.c.id).where(
            func.lower(_matter.c.number) == number.strip().lower(),
            _matter.c.deleted_at.is_(None),
        )
    ).scalar()
    return int(found) if found is not None else None


def due_follow_ups(
    session: Session, today: date | None = None, days_ahead: int = 0
) -> list[TaskRow]:
    """Open follow-ups due by ``today`` + ``days_ahead`` (overdue ones first, oldest first)."""
    limit_day = (today or date.today()) + timedelta(days=days_ahead)
    stmt = (
        _select()
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
    stmt = _select().where(_task.c.deleted_at.is_(None))
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


# --- quick add -------------------------------------------------------------------------

# Words for today and tomorrow in English and the firms' languages (cs, sk, pl, hr, uk),
# compared diacritics-folded, so "zitra" works as well as "zítra".
_TODAY = {"today", "dnes", "dneska", "dzis", "dzisiaj", "danas", "сьогодні"}
_TOMORROW = {"tomorrow", "zitra", "zajtra", "jutro", "sutra", "завтра"}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday",),  # "wed" and "sun" are words of their own; "sat" too
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday",),
            ("sunday",),
        )
    )
    for name in names
}
# Words that only lead into a date or time ("at 14:00", "on Friday", "v 10:00", "do pátku").
_LEADS = {"at", "on", "by", "due", "v", "ve", "o", "do", "na", "w", "we"}
_PRIORITIES = {"!high": 1, "!h": 1, "!low": -1, "!l": -1, "!normal": 0}
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_AM_PM = re.compile(r"^(\d{1,2})(?::(\d{2}))?(am|pm)$")
_IN_DAYS = re.compile(r"^\+(\d{1,3})([dw])$")


def _day_of(word: str, today: date) -> date | None:
    """The day a quick-add word names, or None when it names none."""
    folded = fold(word)
    if folded in _TODAY:
        return today
    if folded in _TOMORROW:
        return today + timedelta(days=1)
    if folded in _WEEKDAYS:
        # The next such day: "friday" typed on a Friday means a week on ("today" is today).
        return today + timedelta(days=(_WEEKDAYS[folded] - today.weekday() - 1) % 7 + 1)
    match = _IN_DAYS.match(folded)
    if match:
        n = int(match.group(1))
        return today + timedelta(days=n if match.group(2) == "d" else 7 * n)
    try:
        match = _ISO.match(word)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _DOTTED.match(word)
        if match:
            day, month = int(match.group(1)), int(match.group(2))
            if match.group(3):
                return date(int(match.group(3)), month, day)
            found = date(today.year, month, day)
            # "15.1." typed in December means next January.
            return found if found >= today else date(today.year + 1, month, day)
    except ValueError:
        return None  # 31.2. is no day: it stays in the title
    return None


def _time_of(word: str) -> time | None:
    match = _CLOCK.match(word)
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return time(int(match.group(1)), int(match.group(2)))
    match = _AM_PM.match(word.lower())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if 1 <= hour <= 12 and minute < 60:
            return time(hour % 12 + (12 if match.group(3) == "pm" else 0), minute)
    return None


def parse_quick_add(
    text: str,
    today: date | None = None,
    matters_lookup: Callable[[str], int | None] | None = None,
    people_lookup: Callable[[str], int | None] | None = None,
) -> TaskInput:
    """A task from one line: "Call @Novák tomorrow 14:00 !high #2026/0042".

    Understood anywhere in the line: a day (today, tomorrow, dnes, zítra, zajtra, jutro,
    dziś, a weekday's English name, 15.3., 15.3.2026, 2026-03-15, +3d, +2w), a time (14:00,
    2pm), a priority (!high, !low) and a matter ("#" and its number, resolved by
    ``matters_lookup``). The first of each counts; the rest of the words are the title.
    "@" and a name links that person (resolved by ``people_lookup``); the name stays in
    the title without the sign.
    A time without a day is today's. Never raises: an empty title is ``create_task``'s to
    refuse.
    """
    today = today or date.today()
    words = text.split()
    data = TaskInput(title="")
    used: set[int] = set()
    priority_set = False
    for i, raw in enumerate(words):
        word = raw.rstrip(",;")
        lead = True
        if data.due_on is None and (day := _day_of(word, today)) is not None:
            data.due_on = day
        elif data.due_time is None and (clock := _time_of(word)) is not None:
            data.due_time = clock
        elif not priority_set and word.lower() in _PRIORITIES:
            data.priority = _PRIORITIES[word.lower()]
            priority_set, lead = True, False
        elif (
            data.matter_id is None
            and word.startswith("#")
            and len(word) > 1
            and matters_lookup is not None
            and (matter := matters_lookup(word[1:])) is not None
        ):
            data.matter_id = matter
            lead = False
        elif (
            word.startswith("@")
            and len(word) > 1
            and people_lookup is not None
            and (person := people_lookup(word[1:])) is not None
        ):
            if person not in data.people:
                data.people.append(person)
            words[i] = raw.replace("@", "", 1)
            continue
        else:
            continue
        used.add(i)
        # "at 14:00", "on Friday": the lead-in goes with what it led into.
        if lead and i > 0 and i - 1 not in used and fold(words[i - 1]) in _LEADS:
            used.add(i - 1)
    if data.due_time is not None and data.due_on is None:
        data.due_on = today
    data.title = " ".join(w for i, w in enumerate(words) if i not in used)
    return data
