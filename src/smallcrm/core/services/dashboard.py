"""The dashboard's one read: today's work, deadlines ahead, recent activity, matters by stage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from smallcrm.core import recurrence
from smallcrm.core.models import (
    Activity,
    Event,
    Matter,
    Stage,
    Task,
    activity_contact,
    activity_organization,
    task_contact,
    task_organization,
)
from smallcrm.core.services import contacts, tasks
from smallcrm.core.services.calendar import Occurrence, occurrences
from smallcrm.core.services.timeline import linked_names
from smallcrm.core.text import fold

_task = Task.__table__
_matter = Matter.__table__
_stage = Stage.__table__
_activity = Activity.__table__
_event = Event.__table__

# Deadlines from today up to and including this many days ahead.
DEADLINE_DAYS = 14
# Each list shows this many; the counts say how many there are in all.
SHOWN = 8
RECENT = 10
# Stages whose matters are open: before the firm takes a matter on, and while it works on it.
OPEN_PHASES = ("intake", "engaged")
# Tasks on the "Today" lists: follow-ups have a list of their own.
_TODAY_KINDS = ("task", "deadline")


@dataclass(frozen=True, slots=True)
class Target:
    """What an item opens: ("task", id), ("event", id, occurrence key), ("matter", id),
    ("person", id) or ("organization", id)."""

    kind: str
    id: int
    key: str = ""


@dataclass(frozen=True, slots=True)
class TaskItem:
    target: Target  # the task itself
    title: str
    kind: str  # "task" or "deadline"
    due_on: date
    due_time: time | None
    priority: int
    matter_number: str | None
    who: str  # the first person or organisation it is for; "" for none


@dataclass(frozen=True, slots=True)
class EventItem:
    target: Target
    occurrence: Occurrence  # the calendar's form edits an occurrence, not an id
    matter_number: str | None


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    target: Target  # whom to get back to: a person, an organisation, else the matter
    task_id: int
    title: str
    due_on: date


@dataclass(frozen=True, slots=True)
class TouchItem:
    target: Target  # the person
    name: str
    weeks: int
    last: datetime | None  # None: never in touch
    due: date


@dataclass(frozen=True, slots=True)
class DeadlineItem:
    target: Target  # the deadline's task, or the calendar entry when no task stands for it
    title: str
    day: date
    days_left: int
    matter_id: int | None
    matter_number: str | None
    matter_title: str | None
    occurrence: Occurrence | None  # set for a calendar entry


@dataclass(frozen=True, slots=True)
class ActivityItem:
    # The first person, else organisation, else the matter it is filed on (a stage change:
    # the matter); None when all of them were purged since.
    target: Target | None
    activity_id: int
    kind: str
    subject: str
    occurred_at: datetime
    direction: str | None
    who: tuple[str, ...]  # people, then organisations
    matter_number: str | None


@dataclass(frozen=True, slots=True)
class StageCount:
    stage_id: int
    key: str | None  # seeded stages have one; the interface translates their names
    name: str
    phase: str
    count: int


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """One account's sync state. Provisional: accounts do not exist yet."""

    account: str
    state: str  # e.g. "ok", "syncing", "failed"
    last_synced: datetime | None
    message: str = ""


@dataclass(frozen=True, slots=True)
class Counts:
    contacts: int
    organizations: int
    open_matters: int
    open_tasks: int  # every open task, follow-ups and deadlines included
    due_today: int
    overdue: int
    follow_ups: int
    out_of_touch: int
    deadlines: int
    events_today: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    now: datetime
    due_today: list[TaskItem]
    overdue: list[TaskItem]
    events: list[EventItem]  # today's, in the user's zone, by start
    follow_ups: list[FollowUpItem]
    out_of_touch: list[TouchItem]
    deadlines: list[DeadlineItem]
    recent: list[ActivityItem]
    stages: list[StageCount]
    counts: Counts
    # Empty while there are no accounts. The sync engine (core.sync) will feed it one
    # SyncStatus per configured account from its stored state, read here like the rest.
    sync: list[SyncStatus]


def load_dashboard(session: Session, today: date, now: datetime, user_zone: str) -> Dashboard:
    """Everything the dashboard shows, in one session; each read is indexed and limited.

    ``today`` is the user's day and ``now`` an aware instant; ``user_zone`` (IANA) places
    today's events and the calendar's deadline entries.
    """
    counts = task_counts(session, today)
    due_today = today_tasks(session, today, overdue=False)
    overdue = today_tasks(session, today, overdue=True)
    events, entries = calendar_items(session, today, user_zone)
    deadlines, deadline_total = deadline_items(session, today, entries)
    touch = out_of_touch(session, today)
    stages = stage_counts(session)
    return Dashboard(
        today=today,
        now=now,
        due_today=due_today,
        overdue=overdue,
        events=events,
        follow_ups=follow_ups(session, today),
        out_of_touch=touch[:SHOWN],
        deadlines=deadlines[:SHOWN],
        recent=recent_activity(session, now),
        stages=stages,
        counts=Counts(
            contacts=contacts.count_contacts(session),
            organizations=contacts.count_organizations(session),
            open_matters=sum(s.count for s in stages),
            open_tasks=counts["open"],
            due_today=counts["due_today"],
            overdue=counts["overdue"],
            follow_ups=counts["follow_ups"],
            out_of_touch=len(touch),
            deadlines=deadline_total,
            events_today=len(events),
        ),
        sync=[],
    )


# --- tasks -----------------------------------------------------------------------------


def _open_tasks() -> Any:
    return and_(_task.c.status == "open", _task.c.deleted_at.is_(None))


def task_counts(session: Session, today: date) -> dict[str, int]:
    """Open tasks in all, due today, overdue and follow-ups due: one pass over the open
    tasks (the status index), however many are done. Deadlines count with their entries
    (``deadline_items``)."""
    today_kind = _task.c.kind.in_(_TODAY_KINDS)
    parts = {
        "open": _task.c.id.is_not(None),
        "due_today": and_(today_kind, _task.c.due_on == today),
        "overdue": and_(today_kind, _task.c.due_on < today),
        "follow_ups": and_(_task.c.kind == "follow_up", _task.c.due_on <= today),
    }
    row = session.execute(
        select(
            *(
                func.coalesce(func.sum(case((cond, 1), else_=0)), 0).label(name)
                for name, cond in parts.items()
            )
        ).where(_open_tasks())
    ).one()
    return {name: int(row._mapping[name]) for name in parts}


def _task_rows(session: Session, *where: Any, order: tuple[Any, ...], limit: int) -> list[Any]:
    return list(
        session.execute(
            select(
                _task.c.id,
                _task.c.kind,
                _task.c.title,
                _task.c.due_on,
                _task.c.due_time,
                _task.c.priority,
                _task.c.matter_id,
                _matter.c.number,
                _matter.c.title.label("matter_title"),
            )
            .select_from(_task.outerjoin(_matter, _matter.c.id == _task.c.matter_id))
            .where(_open_tasks(), *where)
            .order_by(*order)
            .limit(limit)
        ).all()
    )


def _owners(session: Session, ids: list[int]) -> dict[int, list[tuple[str, int, str]]]:
    """Per task: (kind, id, name) of its people, then its organisations."""
    people = linked_names(session, task_contact, ids)
    orgs = linked_names(session, task_organization, ids)
    return {
        i: [("person", p, n) for p, n in people.get(i, ())]
        + [("organization", o, n) for o, n in orgs.get(i, ())]
        for i in ids
    }


def today_tasks(session: Session, today: date, *, overdue: bool) -> list[TaskItem]:
    """Open tasks and deadlines due today (timed first, by time, then by priority), or
    overdue ones (the longest overdue first, as the Tasks page lists them)."""
    if overdue:
        when = _task.c.due_on < today
        order: tuple[Any, ...] = (_task.c.due_on, _task.c.priority.desc(), _task.c.id)
    else:
        when = _task.c.due_on == today
        order = (
            _task.c.due_time.is_(None),
            _task.c.due_time,
            _task.c.priority.desc(),
            _task.c.id,
        )
    rows = _task_rows(session, _task.c.kind.in_(_TODAY_KINDS), when, order=order, limit=SHOWN)
    owners = _owners(session, [r.id for r in rows])
    return [
        TaskItem(
            Target("task", r.id),
            r.title,
            r.kind,
            r.due_on,
            r.due_time,
            r.priority,
            r.number,
            owners[r.id][0][2] if owners[r.id] else "",
        )
        for r in rows
    ]


def follow_ups(session: Session, today: date) -> list[FollowUpItem]:
    """Open follow-ups due by today, the longest overdue first; each opens whom it is for."""
    rows = _task_rows(
        session,
        _task.c.kind == "follow_up",
        _task.c.due_on <= today,
        order=(_task.c.due_on, _task.c.id),
        limit=SHOWN,
    )
    owners = _owners(session, [r.id for r in rows])
    out = []
    for r in rows:
        if owners[r.id]:
            kind, owner_id, _name = owners[r.id][0]
            target = Target(kind, owner_id)
        elif r.matter_id is not None:
            target = Target("matter", r.matter_id)
        else:  # a follow-up always has someone; one imported without is opened itself
            target = Target("task", r.id)
        out.append(FollowUpItem(target, r.id, r.title, r.due_on))
    return out


def out_of_touch(session: Session, today: date) -> list[TouchItem]:
    """Everyone whose stay-in-touch rhythm ran out, the longest overdue first."""
    return [
        TouchItem(Target("person", o.contact_id), o.name, o.weeks, o.last, o.due)
        for o in tasks.out_of_touch(session, today)
    ]


# --- calendar and deadlines ------------------------------------------------------------


def _day_span(day: date, zone: Any) -> tuple[datetime, datetime]:
    """The day's first and the next day's first instant in ``zone``: 23 or 25 hours long
    on the days the clocks change."""
    return (
        datetime.combine(day, time(), tzinfo=zone),
        datetime.combine(day + timedelta(days=1), time(), tzinfo=zone),
    )


def _is_on(o: Occurrence, day: date, start: datetime, end: datetime) -> bool:
    if o.all_day or not isinstance(o.start, datetime) or not isinstance(o.end, datetime):
        first = o.start.date() if isinstance(o.start, datetime) else o.start
        after = o.end.date() if isinstance(o.end, datetime) else o.end
        return first <= day < max(after, first + timedelta(days=1))
    if o.start == o.end:  # a zero-length event is "at" its start
        return start <= o.start < end
    return o.start < end and o.end > start


def _first_day(o: Occurrence) -> date:
    return o.start.date() if isinstance(o.start, datetime) else o.start


def _matter_numbers(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = session.execute(
        select(_matter.c.id, _matter.c.number, _matter.c.title).where(_matter.c.id.in_(ids))
    )
    return {r.id: (r.number, r.title) for r in rows}


def calendar_items(
    session: Session, today: date, user_zone: str
) -> tuple[list[EventItem], list[Occurrence]]:
    """Today's events, and the calendar's deadline entries from today on for DEADLINE_DAYS
    days: one read of the calendar for both (it expands series once)."""
    zone = recurrence.zone(user_zone)
    start, end_of_today = _day_span(today, zone)
    _first, end = _day_span(today + timedelta(days=DEADLINE_DAYS), zone)
    found = occurrences(session, start, end, user_zone=user_zone, include_cancelled=False)
    todays = [o for o in found if o.kind != "deadline" and _is_on(o, today, start, end_of_today)]
    entries = [o for o in found if o.kind == "deadline" and _first_day(o) >= today]
    numbers = _matter_numbers(session, {o.matter_id for o in todays if o.matter_id is not None})
    events = [
        EventItem(
            Target("event", o.event_id, o.key),
            o,
            numbers[o.matter_id][0] if o.matter_id in numbers else None,
        )
        for o in todays
    ]
    return events, entries


def deadline_items(
    session: Session, today: date, entries: list[Occurrence]
) -> tuple[list[DeadlineItem], int]:
    """Deadlines from today to DEADLINE_DAYS ahead, soonest first, and how many there are.

    A deadline filed by the calculator is a task and a calendar entry linked to it: the
    task stands for both (it is what is marked done), so an entry whose task is still on
    file is not listed again; nor is an entry matching a listed task's day, matter and
    title (one imported beside its task).
    """
    last_day = today + timedelta(days=DEADLINE_DAYS)
    rows = _task_rows(
        session,
        _task.c.kind == "deadline",
        _task.c.due_on >= today,
        _task.c.due_on <= last_day,
        order=(_task.c.due_on, _task.c.id),
        # Enough to merge with the entries; the count below is the true number.
        limit=SHOWN * 4,
    )
    task_total = session.execute(
        select(func.count())
        .select_from(_task)
        .where(
            _open_tasks(),
            _task.c.kind == "deadline",
            _task.c.due_on >= today,
            _task.c.due_on <= last_day,
        )
    ).scalar_one()
    items = [
        DeadlineItem(
            Target("task", r.id),
            r.title,
            r.due_on,
            (r.due_on - today).days,
            r.matter_id,
            r.number,
            r.matter_title,
            None,
        )
        for r in rows
    ]
    linked: set[int] = set()
    event_ids = {o.event_id for o in entries}
    if event_ids:
        linked = set(
            session.execute(
                select(_event.c.id)
                .join(_task, _task.c.id == _event.c.task_id)
                .where(_event.c.id.in_(event_ids), _task.c.deleted_at.is_(None))
            ).scalars()
        )
    same = {(i.day, i.matter_id, fold(i.title)) for i in items}
    loose = [
        o
        for o in entries
        if o.event_id not in linked and (_first_day(o), o.matter_id, fold(o.summary)) not in same
    ]
    numbers = _matter_numbers(session, {o.matter_id for o in loose if o.matter_id is not None})
    for o in loose:
        day = _first_day(o)
        number, title = numbers.get(o.matter_id, (None, None)) if o.matter_id else (None, None)
        items.append(
            DeadlineItem(
                Target("event", o.event_id, o.key),
                o.summary,
                day,
                (day - today).days,
                o.matter_id,
                number,
                title,
                o,
            )
        )
    items.sort(key=lambda i: (i.day, fold(i.title)))
    return items, int(task_total) + len(loose)


# --- activity and matters --------------------------------------------------------------


def recent_activity(session: Session, now: datetime, limit: int = RECENT) -> list[ActivityItem]:
    """The newest timeline entries up to ``now`` (the occurred_at index read backwards)."""
    rows = session.execute(
        select(
            _activity.c.id,
            _activity.c.kind,
            _activity.c.subject,
            _activity.c.occurred_at,
            _activity.c.direction,
            _activity.c.matter_id,
            _matter.c.number,
        )
        .select_from(_activity.outerjoin(_matter, _matter.c.id == _activity.c.matter_id))
        .where(_activity.c.deleted_at.is_(None), _activity.c.occurred_at <= now)
        .order_by(_activity.c.occurred_at.desc(), _activity.c.id.desc())
        .limit(limit)
    ).all()
    ids = [r.id for r in rows]
    people = linked_names(session, activity_contact, ids)
    orgs = linked_names(session, activity_organization, ids)
    out = []
    for r in rows:
        mine_people, mine_orgs = people.get(r.id, ()), orgs.get(r.id, ())
        target: Target | None = None
        if r.matter_id is not None and (r.kind == "stage" or not (mine_people or mine_orgs)):
            target = Target("matter", r.matter_id)  # a stage change is the matter's news
        elif mine_people:
            target = Target("person", mine_people[0][0])
        elif mine_orgs:
            target = Target("organization", mine_orgs[0][0])
        who = tuple(n for _i, n in mine_people) + tuple(n for _i, n in mine_orgs)
        out.append(
            ActivityItem(target, r.id, r.kind, r.subject, r.occurred_at, r.direction, who, r.number)
        )
    return out


def stage_counts(session: Session) -> list[StageCount]:
    """Open matters per stage of the intake and engaged phases, in pipeline order (stages
    with none too: the chart shows the whole pipeline)."""
    stages = session.execute(
        select(_stage.c.id, _stage.c.key, _stage.c.name, _stage.c.phase)
        .where(_stage.c.phase.in_(OPEN_PHASES), _stage.c.archived.is_(False))
        .order_by(_stage.c.position, _stage.c.id)
    ).all()
    if not stages:
        return []
    counts = dict(
        session.execute(
            select(_matter.c.stage_id, func.count())
            .where(
                _matter.c.stage_id.in_([s.id for s in stages]),
                _matter.c.deleted_at.is_(None),
            )
            .group_by(_matter.c.stage_id)
        ).all()
    )
    return [StageCount(s.id, s.key, s.name, s.phase, int(counts.get(s.id, 0))) for s in stages]
