"""Exchange calendar through EWS, both ways: appointments in checkpointed batches, and
creating, changing and deleting them on the server.

Plain data only, like the mail side (rule 5): ``fetch_appointments`` yields batches of
``RemoteAppointment`` with the SyncState that covers them; the sync engine stores a batch
and its state in one transaction. Times are what the user sees: wall clock in an IANA zone
(exchangelib hands out UTC plus the item's Windows zone; the wall clock is computed here, so
a 09:00 Prague meeting stays 09:00 on both sides of a DST change), all-day items as dates
with an exclusive end. Recurrence becomes an RRULE whose UNTIL is in that wall clock, as
core.recurrence keeps it; deleted occurrences become EXDATEs, modified ones come as full
exceptions with the start they replace.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from dateutil.rrule import rrulestr
from exchangelib import errors as ews_errors
from exchangelib.ewsdatetime import EWSDate, EWSDateTime, EWSTimeZone
from exchangelib.fields import MONTHS, WEEKDAYS
from exchangelib.items import (
    SEND_TO_NONE,
    CalendarItem,
)
from exchangelib.properties import Attendee, HTMLBody, Mailbox, OccurrenceItemId
from exchangelib.recurrence import (
    AbsoluteMonthlyPattern,
    AbsoluteYearlyPattern,
    DailyPattern,
    EndDatePattern,
    NoEndPattern,
    NumberedPattern,
    Recurrence,
    RelativeMonthlyPattern,
    RelativeYearlyPattern,
    WeeklyPattern,
)
from exchangelib.services import SyncFolderItems

from smallcrm.core import recurrence
from smallcrm.core.connectors.ews import EwsCheckpoint, EwsConnection, _plain_utc
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.mail_decode import html_to_text

__all__ = [
    "CALENDAR",
    "Appointment",
    "AppointmentPerson",
    "CalendarBatch",
    "ChangeKeyConflict",
    "ItemGone",
    "RefusedByExchange",
    "RemoteAppointment",
    "create_appointment",
    "delete_appointment",
    "change_key_of",
    "delete_occurrence",
    "fetch_appointments",
    "fetch_one",
    "instance_index",
    "update_appointment",
    "update_occurrence",
]

log = logging.getLogger(__name__)

CALENDAR = "calendar"
"""The distinguished folder synced, and the ``folder`` of its checkpoint."""

# What GetItem asks of an appointment: everything the calendar shows or writes back.
_FIELDS = [
    "subject",
    "body",
    "uid",
    "start",
    "end",
    "original_start",
    "is_all_day",
    "location",
    "is_cancelled",
    "type",
    "organizer",
    "required_attendees",
    "optional_attendees",
    "reminder_is_set",
    "reminder_minutes_before_start",
    "recurrence",
    "modified_occurrences",
    "deleted_occurrences",
    "_start_timezone",
    "_end_timezone",
    "last_modified_time",
]

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# DayOfWeekIndex First..Fourth, Last as RRULE ordinals.
_ORDINALS = (1, 2, 3, 4, -1)
# EWS's "Day", "Weekday" and "WeekendDay" (DaysOfWeek 8, 9, 10) as BYDAY sets.
_DAY_SETS = {8: _DAYS, 9: _DAYS[:5], 10: _DAYS[5:]}
_RESPONSES = {
    "Accept": "ACCEPTED",
    "Decline": "DECLINED",
    "Tentative": "TENTATIVE",
    "Organizer": "ACCEPTED",
    "NoResponseReceived": "NEEDS-ACTION",
    "Unknown": "NEEDS-ACTION",
}


class ChangeKeyConflict(Exception):
    """The item changed on the server since the ChangeKey we sent (ErrorIrresolvableConflict):
    the engine keeps both versions and asks the user."""


class ItemGone(Exception):
    """The item to change is no longer on the server (deleted there meanwhile)."""


class RefusedByExchange(KnownError):
    """Exchange (or exchangelib's checks) will not take this one appointment as it is."""

    def __init__(self, subject: str, reason: str) -> None:
        super().__init__(
            f"Exchange did not take “{subject}”: {reason}.",
            hint="It stays on this computer as it is; change it and sync again.",
        )


class UnsupportedRecurrence(KnownError):
    """A rule Exchange has no pattern for (e.g. every other hour, or two days of a month)."""


@dataclass(frozen=True)
class AppointmentPerson:
    email: str
    name: str = ""
    role: str = "REQ-PARTICIPANT"  # as iCalendar names it: REQ-/OPT-PARTICIPANT, CHAIR
    partstat: str = "NEEDS-ACTION"


@dataclass(frozen=True)
class Appointment:
    """One appointment as the calendar keeps it: wall clock in ``tz`` or dates (all-day,
    end exclusive)."""

    subject: str
    start: datetime.datetime | datetime.date
    end: datetime.datetime | datetime.date
    tz: str | None
    all_day: bool = False
    uid: str = ""
    location: str = ""
    body: str | None = None
    rrule: str | None = None
    exdates: tuple[datetime.datetime | datetime.date, ...] = ()
    reminder_minutes: int | None = None
    organizer: AppointmentPerson | None = None
    attendees: tuple[AppointmentPerson, ...] = ()
    cancelled: bool = False
    original_start: datetime.datetime | datetime.date | None = None
    """An exception of a series: the wall-clock start (in the series' zone) it replaces."""


@dataclass(frozen=True)
class RemoteAppointment:
    item_id: str
    change_key: str
    appointment: Appointment
    exceptions: tuple[RemoteAppointment, ...] = ()
    """A series' modified occurrences, each a whole appointment of its own."""


@dataclass(frozen=True)
class CalendarBatch:
    appointments: list[RemoteAppointment]
    """Created or changed since the last checkpoint: series, single appointments."""
    deleted: list[str]
    checkpoint: EwsCheckpoint = field(repr=False)
    problems: list[str] = field(default_factory=list)
    """Appointments the calendar cannot hold (named, with why); the rest of the page is
    whole."""
    unreadable: list[str] = field(default_factory=list)
    """The item ids of those appointments (and of their changed occurrences): they are on
    the server still, so a read of the whole calendar must not take them for deleted."""


# --------------------------------------------------------------------------- reading


def fetch_appointments(
    conn: EwsConnection, sync_state: str | None, batch: int = 100, user_zone: str | None = None
) -> Iterator[CalendarBatch]:
    """Changes in the mailbox's calendar since ``sync_state`` (None: all), one batch per
    SyncFolderItems page, the page's appointments in one GetItem and their exceptions in
    one more. ``user_zone`` (IANA) is preferred where the item's Windows zone means it."""
    target = conn._folder(CALENDAR)  # noqa: SLF001 - the connector's own folder lookup
    for changes, new_state in conn.sync_pages(CALENDAR, set(), sync_state, batch):
        wanted: dict[str, str] = {}
        deleted: list[str] = []
        for kind, item in changes:
            if kind in (SyncFolderItems.CREATE, SyncFolderItems.UPDATE):
                wanted[item.id] = item.changekey
                if item.id in deleted:
                    deleted.remove(item.id)
            elif kind == SyncFolderItems.DELETE:
                wanted.pop(item.id, None)
                deleted.append(item.id)
        problems: list[str] = []
        unreadable: list[str] = []
        found = _get(conn, target, list(wanted.items()), user_zone, problems, unreadable)
        checkpoint = EwsCheckpoint(CALENDAR, new_state)
        yield CalendarBatch(found, deleted, checkpoint, problems, unreadable)


def _get(
    conn: EwsConnection,
    target: object,
    ids: list[tuple[str, str]],
    user_zone: str | None,
    problems: list[str] | None = None,
    unreadable: list[str] | None = None,
) -> list[RemoteAppointment]:
    if not ids:
        return []
    items = _fetch(conn, target, ids)
    exception_ids = [
        (o.id, o.changekey) for item in items for o in (item.modified_occurrences or [])
    ]
    exceptions = {e.id: e for e in _fetch(conn, target, exception_ids)} if exception_ids else {}
    out = []
    for item in items:
        try:
            appointment = _appointment(item, user_zone)
        except UnsupportedRecurrence as exc:
            if problems is not None:
                problems.append(f"“{item.subject or ''}”: {exc}")
            if unreadable is not None:
                unreadable.append(item.id)
                unreadable += [o.id for o in item.modified_occurrences or []]
            continue
        own = []
        for occurrence in item.modified_occurrences or []:
            changed = exceptions.get(occurrence.id)
            if changed is None:
                continue  # deleted meanwhile: the series' next change brings it
            own.append(
                RemoteAppointment(
                    changed.id,
                    changed.changekey,
                    _appointment(changed, user_zone, series=appointment),
                )
            )
        out.append(RemoteAppointment(item.id, item.changekey, appointment, tuple(own)))
    return out


def _fetch(conn: EwsConnection, target: object, ids: list[tuple[str, str]]) -> list[CalendarItem]:
    out = []
    with conn._guard(CALENDAR):  # noqa: SLF001
        for item in conn.account.fetch(
            ids=ids, folder=target, only_fields=_FIELDS, chunk_size=max(len(ids), 1)
        ):
            if isinstance(item, ews_errors.ErrorItemNotFound):
                continue
            if isinstance(item, Exception):
                raise item
            out.append(item)
    return out


def _zone_name(tz: EWSTimeZone | None, user_zone: str | None) -> str | None:
    if tz is None:
        return None
    if user_zone and user_zone != tz.key:
        # Windows zones are coarser than IANA's: "Central Europe Standard Time" comes back
        # as Europe/Budapest. The user's own zone is shown when it is the same Windows zone.
        try:
            if EWSTimeZone(user_zone).ms_id == tz.ms_id:
                return user_zone
        except Exception:  # noqa: BLE001 - a zone Windows does not know: keep the item's
            pass
    return tz.key


def _wall(value: datetime.datetime, zone: str | None) -> datetime.datetime:
    # Plain datetimes from here on: exchangelib's EWSDateTime refuses stdlib zones.
    plain = _plain_utc(value)
    assert plain is not None
    return plain.astimezone(recurrence.zone(zone) or datetime.UTC).replace(tzinfo=None)


def _person(attendee: Attendee, role: str) -> AppointmentPerson | None:
    mailbox = attendee.mailbox
    if mailbox is None or not mailbox.email_address:
        return None
    return AppointmentPerson(
        email=mailbox.email_address,
        name=mailbox.name or "",
        role=role,
        partstat=_RESPONSES.get(attendee.response_type or "", "NEEDS-ACTION"),
    )


def _appointment(
    item: CalendarItem, user_zone: str | None, series: Appointment | None = None
) -> Appointment:
    all_day = bool(item.is_all_day)
    zone = _zone_name(item._start_timezone, user_zone)  # noqa: SLF001 - exchangelib's name
    if series is not None and series.tz:
        zone = series.tz  # an exception is read in its series' wall clock
    # The clock original starts are read on: an all-day item's days are those of its own
    # zone (a deleted occurrence at midnight Prague is 23:00 UTC the day before).
    clock = zone
    if all_day:
        start: datetime.datetime | datetime.date = _date(item.start)
        end: datetime.datetime | datetime.date = _date(item.end) + datetime.timedelta(days=1)
        own = item._start_timezone  # noqa: SLF001
        clock = own.key if own is not None else None
        zone = None
    else:
        start = _wall(item.start, zone)
        end = _wall(item.end, zone)
    rrule = exdates = None
    if item.recurrence is not None and series is None:
        rrule = to_rrule(item.recurrence, start)
        exdates = tuple(
            _original(d.start, clock, all_day) for d in (item.deleted_occurrences or []) if d.start
        )
    people = [
        p
        for p in (
            *(_person(a, "REQ-PARTICIPANT") for a in item.required_attendees or []),
            *(_person(a, "OPT-PARTICIPANT") for a in item.optional_attendees or []),
        )
        if p is not None
    ]
    organizer = None
    if item.organizer is not None and item.organizer.email_address:
        organizer = AppointmentPerson(
            item.organizer.email_address, item.organizer.name or "", "CHAIR", "ACCEPTED"
        )
    original = None
    if series is not None and item.original_start is not None:
        original = _original(item.original_start, clock, all_day)
    return Appointment(
        subject=item.subject or "",
        start=start,
        end=end,
        tz=zone,
        all_day=all_day,
        uid=item.uid or (series.uid if series else ""),
        location=item.location or "",
        body=_text(item.body),
        rrule=rrule,
        exdates=exdates or (),
        reminder_minutes=int(item.reminder_minutes_before_start or 0)
        if item.reminder_is_set
        else None,
        organizer=organizer,
        attendees=tuple(people),
        cancelled=bool(item.is_cancelled),
        original_start=original,
    )


def _text(body: object) -> str | None:
    if not body:
        return None
    if isinstance(body, HTMLBody):
        return html_to_text(str(body)).strip() or None  # the calendar keeps plain text
    return str(body)


def _date(value: datetime.date) -> datetime.date:
    # exchangelib turns an all-day item's start and end into dates (end already made
    # inclusive); plain dates from here on.
    if isinstance(value, datetime.datetime):
        value = value.date()
    return datetime.date(value.year, value.month, value.day)


def _original(
    value: datetime.datetime, zone: str | None, all_day: bool
) -> datetime.datetime | datetime.date:
    wall = _wall(value, zone)
    return wall.date() if all_day else wall


# --------------------------------------------------------------------------- recurrence


def to_rrule(rec: Recurrence, start: datetime.datetime | datetime.date) -> str:
    """An EWS recurrence as an RRULE (UNTIL in the series' wall clock)."""
    pattern, boundary = rec.pattern, rec.boundary
    parts: list[str]
    if isinstance(pattern, DailyPattern):
        parts = ["FREQ=DAILY", f"INTERVAL={pattern.interval}"]
    elif isinstance(pattern, WeeklyPattern):
        if not pattern.weekdays:  # exchangelib reads none of "Weekday" and its kin here
            raise UnsupportedRecurrence("The weekly series' days of the week cannot be read.")
        chosen = {day for d in _ints(pattern.weekdays) for day in _DAY_SETS.get(d, (_day(d),))}
        days = ",".join(sorted(chosen, key=_DAYS.index))
        parts = [
            "FREQ=WEEKLY",
            f"INTERVAL={pattern.interval}",
            f"BYDAY={days}",
            f"WKST={_day(_int(pattern.first_day_of_week or 1))}",
        ]
    elif isinstance(pattern, AbsoluteMonthlyPattern):
        parts = [
            "FREQ=MONTHLY",
            f"INTERVAL={pattern.interval}",
            f"BYMONTHDAY={pattern.day_of_month}",
        ]
    elif isinstance(pattern, RelativeMonthlyPattern):
        parts = ["FREQ=MONTHLY", f"INTERVAL={pattern.interval}", *_relative(pattern)]
    elif isinstance(pattern, AbsoluteYearlyPattern):
        parts = [
            "FREQ=YEARLY",
            f"BYMONTH={_int(pattern.month)}",
            f"BYMONTHDAY={pattern.day_of_month}",
        ]
    elif isinstance(pattern, RelativeYearlyPattern):
        parts = ["FREQ=YEARLY", f"BYMONTH={_int(pattern.month)}", *_relative(pattern)]
    else:
        raise UnsupportedRecurrence(f"Exchange recurrence {type(pattern).__name__} is not known.")
    if isinstance(boundary, NumberedPattern):
        parts.append(f"COUNT={boundary.number}")
    elif isinstance(boundary, EndDatePattern) and boundary.end is not None:
        last = boundary.end
        last = datetime.date(last.year, last.month, last.day)
        if isinstance(start, datetime.datetime):
            # The end date includes an occurrence on that day at the series' time.
            parts.append(
                "UNTIL=" + datetime.datetime.combine(last, start.time()).strftime("%Y%m%dT%H%M%S")
            )
        else:
            parts.append("UNTIL=" + last.strftime("%Y%m%d"))
    return ";".join(parts)


def _int(value: object) -> int:
    # exchangelib gives enum values as 1-based indexes (and accepts names when building).
    if isinstance(value, str):
        for table in (WEEKDAYS, MONTHS):
            if value in table:
                return table.index(value) + 1
        raise UnsupportedRecurrence(f"Unknown EWS value {value!r}.")
    return int(value)


def _day(number: int) -> str:
    """EWS's day 1..7 (Monday..Sunday) as RRULE names it."""
    if not 1 <= number <= len(_DAYS):
        raise UnsupportedRecurrence(f"EWS day {number} is not a day of the week here.")
    return _DAYS[number - 1]


def _ints(values: object) -> list[int]:
    if isinstance(values, (int, str)):
        return [_int(values)]
    return [_int(v) for v in values]  # type: ignore[union-attr]


def _relative(pattern: RelativeMonthlyPattern | RelativeYearlyPattern) -> list[str]:
    ordinal = _ORDINALS[_int(pattern.week_number) - 1]
    weekday = _int(pattern.weekday)
    if weekday in _DAY_SETS:
        return [f"BYDAY={','.join(_DAY_SETS[weekday])}", f"BYSETPOS={ordinal}"]
    return [f"BYDAY={ordinal}{_day(weekday)}"]


def from_rrule(rule: str, start: datetime.datetime | datetime.date, tz: str | None) -> Recurrence:
    """An RRULE as an EWS recurrence; UnsupportedRecurrence for what Exchange cannot hold."""
    parts = recurrence.rule_parts(rule)
    freq = parts.pop("FREQ", "")
    interval = int(parts.pop("INTERVAL", "1") or 1)
    count = parts.pop("COUNT", None)
    until = parts.pop("UNTIL", None)
    first = start.date() if isinstance(start, datetime.datetime) else start
    byday = [d for d in parts.pop("BYDAY", "").split(",") if d]
    bymonthday = parts.pop("BYMONTHDAY", None)
    bymonth = parts.pop("BYMONTH", None)
    setpos = parts.pop("BYSETPOS", None)
    wkst = parts.pop("WKST", "MO")
    unsupported = UnsupportedRecurrence(
        f"Exchange cannot repeat an appointment by the rule “{rule}”.",
        hint="Choose daily, weekly, monthly or yearly repetition.",
    )
    if parts:
        raise unsupported
    pattern: object
    try:
        if freq == "DAILY" and not byday and not bymonthday and not bymonth:
            pattern = DailyPattern(interval=interval)
        elif freq == "DAILY" and byday and interval == 1 and not bymonthday and not bymonth:
            # "Every weekday" (or any set of days) is weekly on those days in Exchange.
            days = sorted(_DAYS.index(d) + 1 for d in byday)
            pattern = WeeklyPattern(interval=1, weekdays=days, first_day_of_week=1)
        elif freq == "WEEKLY" and not bymonthday and not bymonth:
            days = [_DAYS.index(d) + 1 for d in byday] or [first.isoweekday()]
            pattern = WeeklyPattern(
                interval=interval, weekdays=days, first_day_of_week=_DAYS.index(wkst) + 1
            )
        elif freq == "MONTHLY" and bymonthday == "-1" and not byday:
            # The last day of every month: Exchange's "last day" relative pattern.
            pattern = RelativeMonthlyPattern(interval=interval, weekday=8, week_number=5)
        elif freq == "MONTHLY" and bymonthday and not byday and "," not in bymonthday:
            if int(bymonthday) < 1:
                raise ValueError(bymonthday)
            pattern = AbsoluteMonthlyPattern(interval=interval, day_of_month=int(bymonthday))
        elif freq == "MONTHLY" and byday:
            weekday, number = _relative_of(byday, setpos)
            pattern = RelativeMonthlyPattern(interval=interval, weekday=weekday, week_number=number)
        elif freq == "MONTHLY" and not bymonthday and not bymonth:
            pattern = AbsoluteMonthlyPattern(interval=interval, day_of_month=first.day)
        elif freq == "YEARLY" and interval == 1 and byday:
            weekday, number = _relative_of(byday, setpos)
            pattern = RelativeYearlyPattern(
                weekday=weekday, week_number=number, month=int(bymonth or first.month)
            )
        elif freq == "YEARLY" and interval == 1 and "," not in (bymonthday or "") + (bymonth or ""):
            pattern = AbsoluteYearlyPattern(
                day_of_month=int(bymonthday or first.day), month=int(bymonth or first.month)
            )
        else:
            raise unsupported
    except ValueError:
        raise unsupported from None
    start_date = EWSDate(first.year, first.month, first.day)
    if count is not None:
        boundary: object = NumberedPattern(start=start_date, number=int(count))
    elif until:
        day = _last_day(until, start, tz)
        boundary = EndDatePattern(start=start_date, end=EWSDate(day.year, day.month, day.day))
    else:
        boundary = NoEndPattern(start=start_date)
    return Recurrence(pattern=pattern, boundary=boundary)


def _last_day(
    until: str, start: datetime.datetime | datetime.date, tz: str | None
) -> datetime.date:
    """Exchange's EndDate (occurrences on that day included) for an RRULE UNTIL: the day of
    the last occurrence at or before UNTIL, UNTIL read in the series' wall clock."""
    day = datetime.date(int(until[:4]), int(until[4:6]), int(until[6:8]))
    if not isinstance(start, datetime.datetime) or "T" not in until:
        return day
    moment = datetime.datetime.strptime(until[:15], "%Y%m%dT%H%M%S")
    if until.endswith("Z"):
        moment = _wall(moment.replace(tzinfo=datetime.UTC), tz)
    # Occurrences keep the series' time of day: one on UNTIL's day only if not later.
    if moment.time() < start.time():
        return moment.date() - datetime.timedelta(days=1)
    return moment.date()


def _relative_of(byday: list[str], setpos: str | None) -> tuple[int, int]:
    if setpos is not None and len(byday) > 1:
        key = tuple(sorted(byday, key=_DAYS.index))
        weekday = next((k for k, v in _DAY_SETS.items() if v == key), None)
        if weekday is None:
            raise ValueError(byday)
        ordinal = int(setpos)
    elif len(byday) == 1 and len(byday[0]) > 2:
        ordinal, weekday = int(byday[0][:-2]), _DAYS.index(byday[0][-2:]) + 1
    else:
        raise ValueError(byday)
    if ordinal not in _ORDINALS:
        raise ValueError(ordinal)
    return weekday, _ORDINALS.index(ordinal) + 1


def instance_index(
    start: datetime.datetime | datetime.date,
    end: datetime.datetime | datetime.date,
    tz: str | None,
    rrule: str,
    original_start: datetime.datetime | datetime.date,
) -> int:
    """The 1-based InstanceIndex EWS names an occurrence by: its place among the
    occurrences the pattern makes, deleted ones counted. Exchange's first occurrence is the
    pattern's first day on or after the start, which is not always the start itself
    (RFC 5545 counts the start; an RRULE on Tue/Thu starting on a Monday)."""
    first = (
        start
        if isinstance(start, datetime.datetime)
        else datetime.datetime.combine(start, datetime.time())
    )
    wanted = (
        original_start
        if isinstance(original_start, datetime.datetime)
        else datetime.datetime.combine(original_start, datetime.time())
    )
    rule = rrulestr(rrule, dtstart=first, ignoretz=True)
    for index, when in enumerate(rule, 1):
        if when >= wanted:
            return index
    raise UnsupportedRecurrence(f"{original_start} is not an occurrence of the rule {rrule}.")


# --------------------------------------------------------------------------- writing


def _ews_time(value: datetime.datetime | datetime.date, tz: str | None) -> EWSDateTime | EWSDate:
    if not isinstance(value, datetime.datetime):
        return EWSDate(value.year, value.month, value.day)
    zone = EWSTimeZone(tz) if tz else EWSTimeZone("UTC")
    return EWSDateTime.from_datetime(value.replace(tzinfo=zone))


def _attendees(people: Sequence[AppointmentPerson]) -> list[Attendee]:
    return [
        Attendee(
            mailbox=Mailbox(email_address=p.email, name=p.name or None), response_type="Unknown"
        )
        for p in people
    ]


def _values(a: Appointment) -> dict[str, object]:
    """CalendarItem fields of an appointment (exchangelib names)."""
    zone = None
    if not a.all_day:
        zone = EWSTimeZone(a.tz) if a.tz else EWSTimeZone("UTC")
    values: dict[str, object] = {
        "subject": a.subject,
        "body": a.body,
        "location": a.location or None,
        "is_all_day": a.all_day,
        "start": _ews_time(a.start, a.tz),
        "end": _ews_time(
            a.end - datetime.timedelta(days=1) if a.all_day else a.end, a.tz
        ),  # exchangelib's all-day end is inclusive
        "reminder_is_set": a.reminder_minutes is not None,
        "reminder_minutes_before_start": a.reminder_minutes or 0,
        "required_attendees": _attendees([p for p in a.attendees if p.role != "OPT-PARTICIPANT"])
        or None,
        "optional_attendees": _attendees([p for p in a.attendees if p.role == "OPT-PARTICIPANT"])
        or None,
    }
    if zone is not None:
        values["_start_timezone"] = zone
        values["_end_timezone"] = zone
    return values


def _zone_ok(tz: str | None) -> None:
    if tz is None:
        return
    try:
        EWSTimeZone(tz)
    except Exception as exc:  # noqa: BLE001 - exchangelib's UnknownTimeZone
        raise KnownError(
            f"Exchange has no time zone for “{tz}”.", hint="Choose another time zone."
        ) from exc


def create_appointment(conn: EwsConnection, a: Appointment) -> tuple[str, str]:
    """CreateItem in the calendar, no invitations sent; the new (ItemId, ChangeKey)."""
    _zone_ok(a.tz)
    target = conn._folder(CALENDAR)  # noqa: SLF001
    values = _values(a)
    if a.rrule:
        values["recurrence"] = from_rrule(a.rrule, a.start, a.tz)
    item = CalendarItem(account=conn.account, folder=target, uid=a.uid or None, **values)
    try:
        with conn._guard(CALENDAR):  # noqa: SLF001
            item.save(send_meeting_invitations=SEND_TO_NONE)
    except ValueError as exc:  # exchangelib's own checks of the values
        raise RefusedByExchange(a.subject, str(exc)) from exc
    return item.id, item.changekey


# The calendar's synced fields (core.services.calendar_sync.SYNCED_FIELDS) as CalendarItem
# fields; "exdates" are deleted occurrences (DeleteItem), "status" is not sent (cancelling
# a meeting sends cancellations, which is the organiser's mail client's job).
_FIELD_MAP = {
    "summary": ("subject",),
    "description": ("body",),
    "location": ("location",),
    "all_day": ("is_all_day", "start", "end"),
    "start": ("start",),
    "end": ("end",),
    "tz": ("start", "end"),
    "rrule": ("recurrence",),
    "reminders": ("reminder_is_set", "reminder_minutes_before_start"),
    "attendees": ("required_attendees", "optional_attendees"),
}


def _update_fields(a: Appointment, changed: Iterable[str], occurrence: bool) -> list[str]:
    fields: list[str] = []
    for name in changed:
        for f in _FIELD_MAP.get(name, ()):
            if f == "recurrence" and occurrence:
                continue
            if f not in fields:
                fields.append(f)
    if ("start" in fields or "end" in fields) and not a.all_day:
        # The wall clock is only the user's with its zone (exchangelib sends it with start).
        fields += ["_start_timezone", "_end_timezone"]
    return fields


def update_appointment(
    conn: EwsConnection,
    item_id: str,
    change_key: str,
    a: Appointment,
    changed: Iterable[str],
) -> tuple[str, str]:
    """UpdateItem of the ``changed`` fields (names of the calendar's synced fields) with the
    ChangeKey last seen, NeverOverwrite: ChangeKeyConflict when the server changed it
    meanwhile. The new (ItemId, ChangeKey)."""
    _zone_ok(a.tz)
    target = conn._folder(CALENDAR)  # noqa: SLF001
    values = _values(a)
    occurrence = a.original_start is not None
    if not occurrence:
        values["recurrence"] = from_rrule(a.rrule, a.start, a.tz) if a.rrule else None
    fields = _update_fields(a, changed, occurrence)
    item = CalendarItem(
        account=conn.account, folder=target, id=item_id, changekey=change_key, **values
    )
    if not fields:
        return item_id, change_key
    return _save(conn, item, fields)


def update_occurrence(
    conn: EwsConnection, master_id: str, change_key: str, index: int, a: Appointment
) -> tuple[str, str]:
    """Change one occurrence not changed before (it becomes an exception); its new
    (ItemId, ChangeKey)."""
    _zone_ok(a.tz)
    target = conn._folder(CALENDAR)  # noqa: SLF001
    values = _values(a)
    changed = ("summary", "description", "location", "start", "end", "reminders", "attendees")
    item = CalendarItem(
        account=conn.account,
        folder=target,
        _id=OccurrenceItemId(id=master_id, changekey=change_key, instance_index=index),
        **values,
    )
    return _save(conn, item, _update_fields(a, changed, occurrence=True))


def _save(conn: EwsConnection, item: CalendarItem, fields: list[str]) -> tuple[str, str]:
    try:
        with conn._guard(CALENDAR):  # noqa: SLF001
            item.save(
                update_fields=fields,
                conflict_resolution="NeverOverwrite",
                send_meeting_invitations=SEND_TO_NONE,
            )
    except ValueError as exc:  # exchangelib's own checks of the values
        raise RefusedByExchange(item.subject or "", str(exc)) from exc
    except Exception as exc:
        if _caused_by(exc, ews_errors.ErrorIrresolvableConflict):
            raise ChangeKeyConflict(str(exc)) from exc
        if _caused_by(exc, ews_errors.ErrorItemNotFound):
            raise ItemGone(str(exc)) from exc
        if _caused_by(exc, ews_errors.ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange) or (
            _caused_by(exc, ews_errors.ErrorCalendarOccurrenceIsDeletedFromRecurrence)
        ):
            raise RefusedByExchange(
                item.subject or "", "that occurrence is not in the series on the server"
            ) from exc
        raise
    return item.id, item.changekey


def _caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    while exc is not None:
        if isinstance(exc, kind):
            return True
        exc = exc.__cause__
    return False


def fetch_one(
    conn: EwsConnection, item_id: str, user_zone: str | None = None
) -> RemoteAppointment | None:
    """The server's current version of one appointment; None when it is gone."""
    target = conn._folder(CALENDAR)  # noqa: SLF001
    found = _get(conn, target, [(item_id, None)], user_zone)  # type: ignore[list-item]
    return found[0] if found else None


def change_key_of(conn: EwsConnection, item_id: str) -> str | None:
    """The item's ChangeKey now (one GetItem of its id only)."""
    target = conn._folder(CALENDAR)  # noqa: SLF001
    with conn._guard(CALENDAR):  # noqa: SLF001
        for item in conn.account.fetch(ids=[(item_id, None)], folder=target, only_fields=["id"]):
            if isinstance(item, Exception):
                return None
            return item.changekey
    return None


def delete_appointment(conn: EwsConnection, item_id: str) -> None:
    """DeleteItem (to the mailbox's Deleted Items, no cancellations sent); an item already
    gone is fine."""
    target = conn._folder(CALENDAR)  # noqa: SLF001
    item = CalendarItem(account=conn.account, folder=target, id=item_id, changekey=None)
    _delete(conn, item)


def delete_occurrence(conn: EwsConnection, master_id: str, index: int) -> None:
    target = conn._folder(CALENDAR)  # noqa: SLF001
    item = CalendarItem(
        account=conn.account,
        folder=target,
        _id=OccurrenceItemId(id=master_id, changekey=None, instance_index=index),
    )
    _delete(conn, item)


def _delete(conn: EwsConnection, item: CalendarItem) -> None:
    try:
        with conn._guard(CALENDAR):  # noqa: SLF001
            item.move_to_trash(send_meeting_cancellations=SEND_TO_NONE)
    except Exception as exc:  # noqa: BLE001 - only "already gone" is swallowed
        gone = (
            ews_errors.ErrorItemNotFound,
            ews_errors.ErrorCalendarOccurrenceIsDeletedFromRecurrence,
            ews_errors.ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange,
        )
        if not any(_caused_by(exc, kind) for kind in gone):
            raise
