"""Reminders of tasks and events that are due: each pops up once, missed ones at next start."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, or_, select, tuple_, update
from sqlalchemy.orm import Session

from smallcrm.core import recurrence
from smallcrm.core.models import Event, ReminderShown, Task, utcnow
from smallcrm.core.services.calendar import occurrences

_task = Task.__table__
_event = Event.__table__
_shown = ReminderShown.__table__

# How far back a reminder missed while the app was closed is still worth showing.
LOOKBACK = timedelta(days=14)
# Reminders further ahead of their event than this are not looked for.
LONGEST_LEAD = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class Reminder:
    item_kind: str  # "task" or "event"
    item_id: int
    due_at: datetime  # when the reminder was due (UTC)
    title: str
    starts: datetime | date | None  # the event's start or the task's due time/date
    key: str = ""  # an event occurrence's key
    matter_id: int | None = None
    location: str = ""

    @property
    def identity(self) -> tuple[str, int, datetime]:
        return (self.item_kind, self.item_id, self.due_at)


def due_reminders(
    session: Session, now: datetime | None = None, *, user_zone: str
) -> list[Reminder]:
    """Reminders due by ``now`` (within LOOKBACK) that were not shown yet, oldest first."""
    now = now or utcnow()
    since = now - LOOKBACK
    out: list[Reminder] = []
    tasks = session.execute(
        select(
            _task.c.id,
            _task.c.title,
            _task.c.remind_at,
            _task.c.due_on,
            _task.c.due_time,
            _task.c.matter_id,
        ).where(
            _task.c.status == "open",
            _task.c.deleted_at.is_(None),
            _task.c.remind_at.is_not(None),
            _task.c.remind_at <= now,
            _task.c.remind_at > since,
        )
    )
    uzi = recurrence.zone(user_zone)
    for t in tasks:
        starts: datetime | date | None = t.due_on
        if t.due_on is not None and t.due_time is not None:
            starts = datetime.combine(t.due_on, t.due_time, tzinfo=uzi)
        out.append(Reminder("task", t.id, t.remind_at, t.title, starts, matter_id=t.matter_id))
    leads = {
        r.id: json.loads(r.reminders)
        for r in session.execute(
            select(_event.c.id, _event.c.reminders)
            .outerjoin(_task, _task.c.id == _event.c.task_id)
            .where(
                _event.c.reminders.is_not(None),
                _event.c.deleted_at.is_(None),
                # A deadline met (its task done) no longer reminds.
                or_(_event.c.task_id.is_(None), _task.c.status == "open"),
            )
        )
    }
    if leads:
        longest = timedelta(minutes=max((max(v) for v in leads.values() if v), default=0))
        horizon = min(longest, LONGEST_LEAD)
        for occ in occurrences(
            session,
            since,
            now + horizon + timedelta(minutes=1),  # an occurrence starting at the edge
            user_zone=user_zone,
            include_cancelled=False,
        ):
            minutes = leads.get(occ.event_id)
            if not minutes:
                continue
            start = (
                occ.start
                if isinstance(occ.start, datetime)
                else datetime.combine(occ.start, time(), tzinfo=uzi)
            )
            for m in minutes:
                due = (start - timedelta(minutes=m)).astimezone(UTC)
                if since < due <= now:
                    out.append(
                        Reminder(
                            "event",
                            occ.event_id,
                            due,
                            occ.summary,
                            occ.start,
                            occ.key,
                            occ.matter_id,
                            occ.location,
                        )
                    )
    if not out:
        return []
    shown = set(
        tuple(row)
        for row in session.execute(
            select(_shown.c.item_kind, _shown.c.item_id, _shown.c.due_at).where(
                tuple_(_shown.c.item_kind, _shown.c.item_id, _shown.c.due_at).in_(
                    [r.identity for r in out]
                )
            )
        )
    )
    fresh = {r.identity: r for r in out if r.identity not in shown}
    return sorted(fresh.values(), key=lambda r: (r.due_at, r.item_kind, r.item_id))


def mark_shown(session: Session, reminders: list[Reminder]) -> None:
    """Remember that these reminders were put in front of the user."""
    if not reminders:
        return
    have = set(
        tuple(row)
        for row in session.execute(
            select(_shown.c.item_kind, _shown.c.item_id, _shown.c.due_at).where(
                tuple_(_shown.c.item_kind, _shown.c.item_id, _shown.c.due_at).in_(
                    [r.identity for r in reminders]
                )
            )
        )
    )
    rows = [
        {"item_kind": k, "item_id": i, "due_at": d, "shown_at": utcnow()}
        for (k, i, d) in dict.fromkeys(r.identity for r in reminders)
        if (k, i, d) not in have
    ]
    if rows:
        session.execute(insert(_shown), rows)


def snooze_task(session: Session, task_id: int, until: datetime) -> None:
    """Remind of a task again at ``until``."""
    session.execute(
        update(_task).where(_task.c.id == task_id).values(remind_at=until, updated_at=utcnow())
    )
