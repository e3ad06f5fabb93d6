"""Importing and exporting .ics files: events and tasks upserted by UID + RECURRENCE-ID."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from smallcrm.core import recurrence
from smallcrm.core.errors import KnownError
from smallcrm.core.interop import ics
from smallcrm.core.models import ContactMethod, Event, Task, task_contact, utcnow
from smallcrm.core.services import calendar, tasks
from smallcrm.core.services.calendar import Attendee, EventInput

_event = Event.__table__
_task = Task.__table__
_method = ContactMethod.__table__

# An all-day task due date's reminder, as elsewhere in the app: the morning of the day.
_MORNING = time(9, 0)


@dataclass(frozen=True, slots=True)
class FileProblem:
    file: str
    line: int
    uid: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "uid": self.uid, "reason": self.reason}


@dataclass(slots=True)
class IcsImportReport:
    files: int = 0
    added: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0  # an older SEQUENCE than the stored one: the stored one stays
    tasks_added: int = 0
    tasks_updated: int = 0
    problems: list[FileProblem] = field(default_factory=list)
    warnings: list[FileProblem] = field(default_factory=list)
    event_ids: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "added": self.added,
            "updated": self.updated,
            "cancelled": self.cancelled,
            "unchanged": self.unchanged,
            "tasks_added": self.tasks_added,
            "tasks_updated": self.tasks_updated,
            "problems": [p.to_json() for p in self.problems],
            "warnings": [w.to_json() for w in self.warnings],
        }


def import_ics(
    session: Session,
    files: Iterable[tuple[str, bytes]],
    *,
    user_zone: str,
    matter_id: int | None = None,
    source: str = "",
) -> IcsImportReport:
    """Import .ics files. Every event is written in its own savepoint: a record the database
    refuses is reported with its file, line and reason, and the rest of the file goes in."""
    report = IcsImportReport()
    for name, data in files:
        report.files += 1
        parsed = ics.parse_ics(data, default_zone=user_zone, name=name)
        for p in parsed.problems:
            report.problems.append(FileProblem(name, p.line, p.uid, p.reason))
        # About the file as a whole: its encoding guessed, lines that were not iCalendar.
        report.warnings.extend(FileProblem(name, 0, "", w) for w in parsed.warnings)
        # Series before their changed occurrences, so a change finds its series.
        ordered = sorted(parsed.events, key=lambda e: (e.recurrence_id != "", e.thisandfuture))
        for record in ordered:
            for w in record.warnings:
                report.warnings.append(FileProblem(name, record.source_line, record.uid, w))
            try:
                with session.begin_nested():
                    _import_event(
                        session, record, parsed.method, report, user_zone, matter_id, source
                    )
            except KnownError as exc:
                report.problems.append(FileProblem(name, record.source_line, record.uid, str(exc)))
        for todo in parsed.todos:
            for w in todo.warnings:
                report.warnings.append(FileProblem(name, todo.source_line, todo.uid, w))
            try:
                with session.begin_nested():
                    _import_todo(session, todo, report, user_zone, matter_id)
            except KnownError as exc:
                report.problems.append(FileProblem(name, todo.source_line, todo.uid, str(exc)))
    return report


def people_by_address(session: Session, addresses: list[str]) -> list[int]:
    wanted = {a.strip().lower() for a in addresses if a and "@" in a}
    if not wanted:
        return []
    rows = session.execute(
        select(_method.c.contact_id).where(
            _method.c.kind == "email",
            func.lower(_method.c.value).in_(wanted),
            _method.c.contact_id.is_not(None),
        )
    )
    return sorted({int(r.contact_id) for r in rows})


def _input(record: ics.EventRecord, matter_id: int | None, people: list[int]) -> EventInput:
    return EventInput(
        summary=record.summary,
        start=record.start,
        end=record.end,
        tz=None if record.all_day else record.tz,
        all_day=record.all_day,
        location=record.location,
        description=record.description or None,
        rrule=record.rrule,
        rdates=list(record.rdates),
        exdates=list(record.exdates),
        reminders=sorted({m for m in record.reminders if m >= 0}),
        attendees=[Attendee(a.email, a.name, a.role, a.partstat) for a in record.attendees],
        organizer=(
            Attendee(
                record.organizer.email,
                record.organizer.name,
                record.organizer.role,
                record.organizer.partstat,
            )
            if record.organizer
            else None
        ),
        categories=list(record.categories),
        url=record.url or None,
        status=record.status
        if record.status in ("confirmed", "tentative", "cancelled")
        else "confirmed",
        sequence=record.sequence,
        matter_id=matter_id,
        people=people,
        uid=record.uid,
    )


def _import_event(
    session: Session,
    record: ics.EventRecord,
    method: str,
    report: IcsImportReport,
    zone: str,
    matter_id: int | None,
    source: str,
) -> None:
    existing = session.execute(
        select(_event.c.id, _event.c.sequence, _event.c.matter_id, _event.c.deleted_at).where(
            _event.c.source == source,
            _event.c.uid == record.uid,
            _event.c.recurrence_id == record.recurrence_id,
        )
    ).first()
    if method.upper() == "CANCEL":
        _cancel(session, record, existing, report, zone, source)
        return
    addresses = [a.email for a in record.attendees]
    if record.organizer:
        addresses.append(record.organizer.email)
    people = people_by_address(session, addresses)
    if existing is not None:
        if record.sequence < existing.sequence:
            report.unchanged += 1  # an older copy of an invitation changes nothing
            return
        # A matter the user filed it on stays filed.
        data = _input(record, matter_id or existing.matter_id, people)
        data.source = source
        session.execute(update(_event).where(_event.c.id == existing.id).values(deleted_at=None))
        calendar._write(session, existing.id, data, zone)  # noqa: SLF001 - same use case family
        report.updated += 1
        report.event_ids.append(int(existing.id))
    else:
        data = _input(record, matter_id, people)
        data.source = source
        new_id = calendar.create_event(
            session, data, user_zone=zone, recurrence_id=record.recurrence_id
        )
        report.added += 1
        report.event_ids.append(new_id)
    if record.recurrence_id and record.thisandfuture:
        _end_series_before(session, record, zone, source)


def _end_series_before(session: Session, record: ics.EventRecord, zone: str, source: str) -> None:
    """RANGE=THISANDFUTURE: the changed occurrence starts a series of its own (stored with
    the master's rule); the master ends before it."""
    master = session.execute(
        select(_event).where(
            _event.c.source == source,
            _event.c.uid == record.uid,
            _event.c.recurrence_id == "",
            _event.c.deleted_at.is_(None),
        )
    ).first()
    if master is None or not master.rrule:
        return
    at = calendar._occurrence_start(master, record.recurrence_id)  # noqa: SLF001
    if isinstance(at, datetime):
        until = (at - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%S")
    else:
        until = (at - timedelta(days=1)).strftime("%Y%m%d")
    parts = [
        p for p in master.rrule.split(";") if p and not p.upper().startswith(("UNTIL=", "COUNT="))
    ]
    own = session.execute(
        select(_event.c.id).where(
            _event.c.source == source,
            _event.c.uid == record.uid,
            _event.c.recurrence_id == record.recurrence_id,
        )
    ).scalar_one()
    rule = master.rrule
    count = next((p for p in rule.split(";") if p.upper().startswith("COUNT=")), None)
    if count is not None:
        # The count was the whole series': the part from here on has what is left of it.
        detail = calendar.get_event(session, master.id)
        before = list(
            recurrence.starts_between(
                recurrence.Series(detail.data.start, detail.data.end, detail.data.tz, rule),
                detail.data.start,
                at,
            )
        )
        left = max(int(count[6:]) - len(before), 1)
        rule = ";".join([*parts, f"COUNT={left}"])
    session.execute(update(_event).where(_event.c.id == own).values(rrule=rule))
    detail = calendar.get_event(session, master.id)
    calendar._write(  # noqa: SLF001
        session, master.id, replace(detail.data, rrule=";".join([*parts, f"UNTIL={until}"])), zone
    )
    own_detail = calendar.get_event(session, own)
    calendar._write(session, own, own_detail.data, zone)  # noqa: SLF001 - recompute its span


def _cancel(
    session: Session,
    record: ics.EventRecord,
    existing: Any,
    report: IcsImportReport,
    zone: str,
    source: str,
) -> None:
    """METHOD:CANCEL: the event (or one occurrence) is marked cancelled, never deleted: the
    user sees what was called off."""
    if existing is not None:
        session.execute(
            update(_event)
            .where(_event.c.id == existing.id)
            .values(status="cancelled", updated_at=utcnow())
        )
        if not record.recurrence_id:
            session.execute(
                update(_event)
                .where(_event.c.source == source, _event.c.uid == record.uid)
                .values(status="cancelled", updated_at=utcnow())
            )
        report.cancelled += 1
        report.event_ids.append(int(existing.id))
        return
    if record.recurrence_id:
        master = session.execute(
            select(_event.c.id).where(
                _event.c.source == source,
                _event.c.uid == record.uid,
                _event.c.recurrence_id == "",
            )
        ).scalar()
        if master is not None:
            # A cancelled occurrence of a known series: kept as a cancelled change of it.
            data = replace(_input(record, None, []), status="cancelled", rrule=None)
            data.source = source
            new_id = calendar.create_event(
                session, data, user_zone=zone, recurrence_id=record.recurrence_id
            )
            report.cancelled += 1
            report.event_ids.append(new_id)
            return
    report.unchanged += 1  # cancelling something never received: nothing to do


def _import_todo(
    session: Session,
    todo: ics.TodoRecord,
    report: IcsImportReport,
    zone: str,
    matter_id: int | None,
) -> None:
    due_on: date | None = None
    due_time = None
    if isinstance(todo.due, datetime):
        wall = todo.due
        if todo.tz:
            wall = recurrence.localize(todo.due, todo.tz).astimezone(recurrence.zone(zone))
            wall = wall.replace(tzinfo=None)
        due_on, due_time = wall.date(), wall.time()
    elif isinstance(todo.due, date):
        due_on = todo.due
    remind_at = None
    if todo.reminders and due_on is not None:
        at = datetime.combine(due_on, due_time or _MORNING)
        remind_at = recurrence.localize(at, zone).astimezone(UTC) - timedelta(
            minutes=max(todo.reminders)
        )
    data = tasks.TaskInput(
        title=todo.summary or "(untitled)",
        notes=todo.description or None,
        due_on=due_on,
        due_time=due_time,
        priority=todo.priority,
        remind_at=remind_at,
        matter_id=matter_id,
        rrule=todo.rrule if due_on is not None else None,
    )
    existing = session.execute(
        select(_task.c.id, _task.c.matter_id, _task.c.kind).where(_task.c.uid == todo.uid)
    ).first()
    status = {"done": "done", "cancelled": "cancelled"}.get(todo.status, "open")
    if existing is not None:
        data.matter_id = matter_id or existing.matter_id
        data.kind = existing.kind
        people = list(
            session.execute(
                select(task_contact.c.contact_id).where(task_contact.c.task_id == existing.id)
            ).scalars()
        )
        data.people = people
        session.execute(update(_task).where(_task.c.id == existing.id).values(deleted_at=None))
        tasks.update_task(session, existing.id, data)
        task_id = int(existing.id)
        report.tasks_updated += 1
    else:
        task_id = tasks.create_task(session, data)
        report.tasks_added += 1
    session.execute(
        update(_task)
        .where(_task.c.id == task_id)
        .values(
            uid=todo.uid,
            status=status,
            done_at=todo.completed if status == "done" else None,
        )
    )


# --- export ----------------------------------------------------------------------------


def _record_of(data: EventInput, uid: str, recurrence_id: str) -> ics.EventRecord:
    return ics.EventRecord(
        uid=uid,
        recurrence_id=recurrence_id,
        summary=data.summary,
        description=data.description or "",
        location=data.location,
        all_day=data.all_day,
        start=data.start,
        end=data.end,
        tz=data.tz,
        rrule=data.rrule,
        rdates=list(data.rdates),
        exdates=list(data.exdates),
        status=data.status,
        sequence=data.sequence,
        organizer=(
            ics.Attendee(
                data.organizer.email,
                data.organizer.name,
                data.organizer.role,
                data.organizer.partstat,
            )
            if data.organizer
            else None
        ),
        attendees=[ics.Attendee(a.email, a.name, a.role, a.partstat) for a in data.attendees],
        reminders=list(data.reminders),
        categories=list(data.categories),
        url=data.url or "",
    )


def export_ics(session: Session, *, matter_id: int | None = None) -> bytes:
    """Every live event and task (or a matter's) as one .ics file."""
    q = select(_event.c.id).where(_event.c.deleted_at.is_(None)).order_by(_event.c.id)
    if matter_id is not None:
        q = q.where(_event.c.matter_id == matter_id)
    events = []
    for event_id in session.execute(q).scalars():
        detail = calendar.get_event(session, event_id)
        events.append(_record_of(detail.data, detail.uid, detail.recurrence_id))
    tq = select(_task).where(_task.c.deleted_at.is_(None)).order_by(_task.c.id)
    if matter_id is not None:
        tq = tq.where(_task.c.matter_id == matter_id)
    todos = []
    for t in session.execute(tq):
        uid = t.uid
        if not uid:
            uid = calendar.new_uid()
            # The UID is the task's identity from now on: exporting again and importing
            # the file elsewhere, or back here, updates instead of duplicating.
            session.execute(update(_task).where(_task.c.id == t.id).values(uid=uid))
        due: datetime | date | None = t.due_on
        if t.due_on is not None and t.due_time is not None:
            due = datetime.combine(t.due_on, t.due_time)
        todos.append(
            ics.TodoRecord(
                uid=uid,
                summary=t.title,
                description=t.notes or "",
                due=due,
                tz=None,
                priority=t.priority,
                status=t.status,
                completed=t.done_at,
                rrule=t.rrule,
            )
        )
    return ics.emit_ics(events, todos)
