"""Runs an Exchange calendar both ways: server changes in (a batch and its SyncState per
transaction), then the user's changes out, each server answer recorded as it comes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from smallcrm.core import recurrence
from smallcrm.core.connectors import ews_calendar
from smallcrm.core.connectors.ews import InvalidSyncState
from smallcrm.core.connectors.ews_calendar import (
    CALENDAR,
    Appointment,
    AppointmentPerson,
    ChangeKeyConflict,
    RemoteAppointment,
)
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services import calendar_sync
from smallcrm.core.services.calendar import Attendee, EventInput
from smallcrm.core.services.calendar_sync import CalendarReport, Push, RemoteEvent
from smallcrm.core.services.mail_store import folder_token, reset_token, save_token

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- mapping


def _attendee(p: AppointmentPerson) -> Attendee:
    return Attendee(email=p.email, name=p.name, role=p.role, partstat=p.partstat)


def _person(a: Attendee) -> AppointmentPerson:
    return AppointmentPerson(
        email=a.email, name=a.name, role=a.role or "REQ-PARTICIPANT", partstat=a.partstat
    )


def event_input(a: Appointment) -> EventInput:
    return EventInput(
        summary=a.subject,
        start=a.start,
        end=a.end,
        tz=a.tz,
        all_day=a.all_day,
        location=a.location,
        description=a.body,
        rrule=a.rrule,
        exdates=list(a.exdates),
        reminders=[a.reminder_minutes] if a.reminder_minutes is not None else [],
        attendees=[_attendee(p) for p in a.attendees],
        organizer=_attendee(a.organizer) if a.organizer else None,
        status="cancelled" if a.cancelled else "confirmed",
        uid=a.uid or None,
    )


def appointment(
    data: EventInput, original_start: Any = None, zone: str | None = None
) -> Appointment:
    """An event as the appointment to send; a floating time (no zone) is the user's
    ``zone``'s wall clock, which is what it shows here."""
    return Appointment(
        subject=data.summary,
        start=data.start,
        end=data.end,
        tz=data.tz or (None if data.all_day else zone),
        all_day=data.all_day,
        uid=data.uid or "",
        location=data.location,
        body=data.description,
        rrule=data.rrule if original_start is None else None,
        exdates=tuple(data.exdates),
        reminder_minutes=min(data.reminders) if data.reminders else None,
        attendees=tuple(_person(a) for a in data.attendees),
        organizer=_person(data.organizer) if data.organizer else None,
        cancelled=data.status == "cancelled",
        original_start=original_start,
    )


def remote_event(found: RemoteAppointment) -> RemoteEvent:
    data = event_input(found.appointment)
    exceptions = []
    for e in found.exceptions:
        original = e.appointment.original_start
        if original is None:
            continue
        own = replace(event_input(e.appointment), uid=data.uid, rrule=None, exdates=[])
        key = recurrence.occurrence_key(original, data.tz)
        exceptions.append(RemoteEvent(e.item_id, e.change_key, own, key))
    return RemoteEvent(found.item_id, found.change_key, data, "", tuple(exceptions))


# --------------------------------------------------------------------------- the run


def sync_calendar(
    database: Database,
    account_id: int,
    conn: Any,
    *,
    zone: str,
    batch: int = 100,
    check_cancel: Callable[[], None] | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> CalendarReport:
    """Pull the calendar's changes, then push ours. A SyncState the server refuses starts
    the calendar over: items are matched by ItemId (and UID), so nothing is doubled."""
    report = CalendarReport()
    for attempt in range(2):
        # A read from the start (the first, or after a refused SyncState) reports what is
        # there, not what went: items linked here and not seen by its end were deleted
        # meanwhile. The read is numbered in the database, so a stopped run goes on with it.
        with database.session_scope() as session:
            token = folder_token(session, account_id, CALENDAR)
            reading = calendar_sync.full_read(session, account_id, CALENDAR)
            if token is None and reading is None:
                reading = calendar_sync.begin_full_read(session, account_id, CALENDAR)
        try:
            # Pages of twice the batch: a page takes two GetItems (its appointments, then
            # their changed occurrences), so still at most one per ``batch`` items.
            pages = ews_calendar.fetch_appointments(conn, token, 2 * batch, user_zone=zone)
            for found in pages:
                if check_cancel is not None:
                    check_cancel()
                with database.session_scope() as session:
                    for item in found.appointments:
                        _store_one(session, account_id, remote_event(item), zone, report)
                    calendar_sync.store_remote_deleted(session, account_id, found.deleted, report)
                    if reading is not None:
                        seen = [i.item_id for i in found.appointments] + found.unreadable
                        seen += [e.item_id for i in found.appointments for e in i.exceptions]
                        calendar_sync.mark_seen(session, account_id, seen, reading)
                    save_token(session, account_id, CALENDAR, found.checkpoint.sync_state)
                report.problems.extend(found.problems)
                if progress is not None:
                    progress(CALENDAR, report.added + report.updated)
            if reading is not None:
                with database.session_scope() as session:
                    gone = calendar_sync.end_full_read(session, account_id, CALENDAR, reading)
                    calendar_sync.store_remote_deleted(session, account_id, gone, report)
            break
        except InvalidSyncState:
            log.info("Exchange refused the calendar's SyncState; reading it again")
            with database.session_scope() as session:
                reset_token(session, account_id, CALENDAR)
            if attempt:
                # Refused twice in one run: nothing is sent on a calendar not read.
                report.problems.append("Exchange refused the calendar's sync state twice.")
                return report
    _push(database, account_id, conn, zone, report, check_cancel)
    with database.session_scope() as session:
        report.waiting = calendar_sync.count_conflicts(session, account_id)
    return report


def _store_one(
    session: Any, account_id: int, remote: RemoteEvent, zone: str, report: CalendarReport
) -> None:
    try:
        with session.begin_nested():
            calendar_sync.store_remote(session, account_id, remote, zone=zone, report=report)
    except KnownError as exc:
        # One appointment the calendar refuses (an odd rule, a zone it cannot place) is
        # reported by name; the rest of the batch and the SyncState are stored.
        report.problems.append(f"“{remote.data.summary}”: {exc}")


def _push(
    database: Database,
    account_id: int,
    conn: Any,
    zone: str,
    report: CalendarReport,
    check_cancel: Callable[[], None] | None,
) -> None:
    # Rounds: an occurrence changed here goes once its series is on the server (made
    # this run, or given a new rule, which drops the server's changed occurrences).
    for _round in range(3):
        with database.session_scope() as session:
            calendar_sync.hold_deletions(session, account_id)
            pending = calendar_sync.pending_pushes(session, account_id)
            calendar_sync.settle(session, pending.unchanged)
        again = False
        for push in pending.pushes:
            if check_cancel is not None:
                check_cancel()
            try:
                again |= _send(database, account_id, conn, push, zone, report)
            except ChangeKeyConflict:
                if push.kind == "update":
                    _conflict(database, account_id, conn, push, zone, report)
                # An occurrence's series changed there meanwhile: the next run's pull
                # brings its ChangeKey, and the change goes then.
            except ews_calendar.ItemGone:
                with database.session_scope() as session:
                    if calendar_sync.record_conflict(
                        session, account_id, push.event_id, "deleted_remotely", None, None
                    ):
                        report.conflicts += 1
            except (ews_calendar.UnsupportedRecurrence, ews_calendar.RefusedByExchange) as exc:
                # Kept here as it is; the user is told which event Exchange will not take.
                report.problems.append(str(exc))
        if not again:
            return


def _index(series: EventInput, original: Any) -> int:
    return ews_calendar.instance_index(
        series.start, series.end, series.tz, series.rrule or "", original
    )


# A series changed in these is given a new pattern, and Exchange drops its changed and
# deleted occurrences: both are sent again.
_PATTERN = frozenset({"rrule", "start", "tz", "all_day"})


def _send(
    database: Database, account_id: int, conn: Any, push: Push, zone: str, report: CalendarReport
) -> bool:
    """One change to the server, its answer recorded; True when it leaves work for
    another round (a series made or re-patterned, whose occurrences follow)."""
    if push.kind == "create":
        assert push.data is not None
        item_id, change_key = ews_calendar.create_appointment(
            conn, appointment(push.data, zone=zone)
        )
        if push.data.exdates and push.data.rrule:
            # Occurrences already deleted here go as deleted occurrences of the new series;
            # recorded after them, so a run stopped between is matched by UID next time.
            for skipped in push.data.exdates:
                ews_calendar.delete_occurrence(conn, item_id, _index(push.data, skipped))
            change_key = ews_calendar.change_key_of(conn, item_id) or change_key
        with database.session_scope() as session:
            calendar_sync.record_pushed(
                session, account_id, push.event_id, item_id, change_key, push.data, push.read_at
            )
        report.created_there += 1
        return bool(push.data.rrule)
    if push.kind == "update":
        assert push.data is not None and push.item_id and push.change_key
        fields = push.changed - {"exdates"}
        item_id, change_key = ews_calendar.update_appointment(
            conn, push.item_id, push.change_key,
            appointment(push.data, push.original_start, zone), fields,
        )  # fmt: skip
        repatterned = push.series is not None and bool(push.data.rrule) and bool(fields & _PATTERN)
        skipped = push.series.exdates if repatterned and push.series else push.deleted_occurrences
        if skipped and push.series is not None:
            # After the update, so its ChangeKey check stands and indexes count on the
            # pattern the server now has; deleting an occurrence changes the series' key.
            for when in skipped:
                ews_calendar.delete_occurrence(conn, item_id, _index(push.series, when))
            report.deleted_there += len(push.deleted_occurrences)
            change_key = ews_calendar.change_key_of(conn, item_id) or change_key
        with database.session_scope() as session:
            calendar_sync.record_pushed(
                session, account_id, push.event_id, item_id, change_key, push.data, push.read_at
            )
            if repatterned:
                calendar_sync.forget_overrides(session, push.event_id)
        _refresh_series(database, conn, push)
        if fields:
            report.updated_there += 1
        return repatterned
    if push.kind == "create_override":
        assert push.data is not None and push.series is not None and push.item_id
        # The series may have changed earlier in this run: the key recorded last matches.
        with database.session_scope() as session:
            series_key = calendar_sync.change_key(session, push.series_id or 0)
        item_id, change_key = ews_calendar.update_occurrence(
            conn, push.item_id, series_key or push.change_key or "",
            _index(push.series, push.original_start),
            appointment(push.data, push.original_start, zone),
        )  # fmt: skip
        with database.session_scope() as session:
            calendar_sync.record_pushed(
                session, account_id, push.event_id, item_id, change_key, push.data, push.read_at
            )
        _refresh_series(database, conn, push)
        report.updated_there += 1
        return False
    if push.kind == "delete":
        assert push.item_id
        ews_calendar.delete_appointment(conn, push.item_id)
        with database.session_scope() as session:
            calendar_sync.record_deleted(session, push.event_id)
        report.deleted_there += 1
    return False


def _refresh_series(database: Database, conn: Any, push: Push) -> None:
    """Writing an occurrence changes its series' ChangeKey on the server: the new one is
    recorded, or the series' next change would look like someone else's."""
    if push.series_id is None:
        return
    with database.session_scope() as session:
        series_item = calendar_sync.item_of(session, push.series_id)
    if series_item is None:
        return
    fresh = ews_calendar.change_key_of(conn, series_item)
    if fresh:
        with database.session_scope() as session:
            calendar_sync.record_series_key(session, push.series_id, fresh)


def _conflict(
    database: Database,
    account_id: int,
    conn: Any,
    push: Push,
    zone: str,
    report: CalendarReport,
) -> None:
    """The server changed the item since our ChangeKey: keep its version beside ours."""
    current = ews_calendar.fetch_one(conn, push.item_id or "", user_zone=zone)
    with database.session_scope() as session:
        if current is None:
            kind, data, key = "deleted_remotely", None, None
        else:
            kind, data, key = "changed_both", remote_event(current).data, current.change_key
        if calendar_sync.record_conflict(session, account_id, push.event_id, kind, data, key):
            report.conflicts += 1
