"""Calendar events: create, edit one occurrence or a whole series, expand over a window."""

from __future__ import annotations

import json
import threading
import time as _time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from smallcrm.core import recurrence
from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    EVENT_STATUSES,
    Contact,
    Event,
    EventRemote,
    Matter,
    event_contact,
    utcnow,
)
from smallcrm.core.recurrence import Series, localize, occurrence_key
from smallcrm.core.services import occurrence_table
from smallcrm.core.services.address_book import RecordNotFound

_event = Event.__table__
_event_remote = EventRemote.__table__
_expansion = occurrence_table._exp  # noqa: SLF001 - the table's reader is its own module
_contact = Contact.__table__
_matter = Matter.__table__

Scope = Literal["this", "following", "all"]
# A floating time (or an all-day date) means the same wall clock in every zone: the stored
# UTC span is placed in one zone, so range queries widen by the largest offset there is.
FLOATING_MARGIN = timedelta(hours=14)
SUMMARY_MAX = 400


class InvalidEvent(KnownError):
    """An event the rules refuse: an end before its start, an unknown zone, a bad rule."""


@dataclass(slots=True)
class Occurrence:
    """One occurrence of an event as a view draws it, in the user's zone.

    Read-only by agreement, not frozen: the view caches share these, and a month view
    makes thousands (a frozen dataclass takes five times as long to make).

    Timed: ``start``/``end`` are aware datetimes in the user's zone. All-day: ``start`` and
    ``end`` are dates, ``end`` exclusive (a one-day event ends the next day).
    ``key`` is the occurrence key (see core.recurrence.occurrence_key) the event's series
    names it by; editing "this occurrence" passes it back.
    """

    event_id: int
    key: str
    summary: str
    start: datetime | date
    end: datetime | date
    all_day: bool
    location: str = ""
    tz: str | None = None  # the event's own zone (None: floating)
    recurring: bool = False
    kind: str = "event"  # "event" or "deadline"
    matter_id: int | None = None
    source: str = ""  # account name when it came from a server, "" when made here
    status: str = "confirmed"  # confirmed, tentative, cancelled
    uid: str = ""
    recurrence_id: str = ""  # set when this occurrence was changed on its own

    def to_json(self) -> dict[str, Any]:
        """The shape ``smallcrm events list --json`` prints."""
        return {
            "uid": self.uid,
            "recurrence_id": self.key if self.recurring else None,
            "summary": self.summary,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "all_day": self.all_day,
            "tz": self.tz,
            "location": self.location,
            "matter_id": self.matter_id,
            "status": self.status,
            "source": self.source,
            "event_id": self.event_id,
        }


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str
    name: str = ""
    role: str = ""  # as iCalendar names it: REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR
    partstat: str = ""  # NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE


@dataclass(slots=True)
class EventInput:
    """An event as the user (or a file) gives it. Timed events give naive wall-clock
    ``start``/``end`` in ``tz`` (None: floating); all-day events give dates, end exclusive."""

    summary: str
    start: datetime | date
    end: datetime | date
    tz: str | None = None
    all_day: bool = False
    location: str = ""
    description: str | None = None
    rrule: str | None = None
    rdates: list[datetime | date] = field(default_factory=list)
    exdates: list[datetime | date] = field(default_factory=list)
    reminders: list[int] = field(default_factory=list)  # minutes before the start
    attendees: list[Attendee] = field(default_factory=list)
    organizer: Attendee | None = None
    categories: list[str] = field(default_factory=list)
    url: str | None = None
    status: str = "confirmed"
    kind: str = "event"
    sequence: int = 0
    matter_id: int | None = None
    task_id: int | None = None
    people: list[int] = field(default_factory=list)
    uid: str | None = None  # None: a new UID
    source: str = ""


@dataclass(frozen=True, slots=True)
class EventDetail:
    """A stored event (series, single, or a changed occurrence) as a form edits it."""

    id: int
    uid: str
    recurrence_id: str
    data: EventInput
    matter_label: str | None
    people: tuple[tuple[int, str], ...]


# --- storing ---------------------------------------------------------------------------


def _wall(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise InvalidEvent("Event times are wall-clock times in the event's zone.")
        return value
    return datetime.combine(value, time())


def _iso_list(values: Iterable[datetime | date]) -> str | None:
    out = [v.isoformat() for v in values]
    return json.dumps(out) if out else None


def _from_iso_list(text: str | None, all_day: bool) -> list[datetime | date]:
    if not text:
        return []
    out: list[datetime | date] = []
    for item in json.loads(text):
        value = datetime.fromisoformat(item) if "T" in item else date.fromisoformat(item)
        if all_day and isinstance(value, datetime):
            value = value.date()
        elif not all_day and not isinstance(value, datetime):
            value = datetime.combine(value, time())
        out.append(value)
    return out


def _normalized(data: EventInput) -> EventInput:
    """``data`` checked, with all-day values as dates and timed ones as datetimes."""
    try:
        return _checked(data)
    except recurrence.InvalidRecurrence as exc:
        raise InvalidEvent(f"“{data.summary or 'Event'}”: {exc}") from exc


def _checked(data: EventInput) -> EventInput:
    summary = (data.summary or "").strip()
    if len(summary) > SUMMARY_MAX:
        summary = summary[: SUMMARY_MAX - 1] + "…"
    if data.status not in EVENT_STATUSES:
        raise InvalidEvent(f"Unknown event status “{data.status}”.")
    if data.tz:
        recurrence.zone(data.tz)  # raises for an unknown zone
    if data.all_day:
        start = data.start.date() if isinstance(data.start, datetime) else data.start
        end = data.end.date() if isinstance(data.end, datetime) else data.end
        if end <= start:
            end = start + timedelta(days=1)
        tz = None
    else:
        start, end, tz = _wall(data.start), _wall(data.end), data.tz
        if end < start:
            raise InvalidEvent(
                f"“{summary or 'Event'}” ends ({end:%Y-%m-%d %H:%M}) before it starts "
                f"({start:%Y-%m-%d %H:%M})."
            )
    if data.rrule:
        rule = data.rrule.strip()
        if rule.upper().startswith("RRULE:"):
            rule = rule[6:]
        recurrence.validate_rrule(rule, start)
    else:
        rule = None
    if not all(isinstance(m, int) and m >= 0 for m in data.reminders):
        raise InvalidEvent("A reminder is a number of minutes before the start.")
    return replace(
        data,
        summary=summary,
        start=start,
        end=end,
        tz=tz,
        rrule=rule,
        rdates=[_same_kind(v, data.all_day) for v in data.rdates],
        exdates=[_same_kind(v, data.all_day) for v in data.exdates],
    )


def _same_kind(value: datetime | date, all_day: bool) -> datetime | date:
    if all_day:
        return value.date() if isinstance(value, datetime) else value
    return _wall(value)


def _spans(data: EventInput, user_zone: str) -> dict[str, Any]:
    """The derived UTC columns of a normalized event."""
    floating = user_zone if data.all_day or not data.tz else None
    start_utc = localize(_wall(data.start), data.tz, floating).astimezone(UTC)
    end_utc = localize(_wall(data.end), data.tz, floating).astimezone(UTC)
    series_end = None
    if data.rrule or data.rdates:
        last = recurrence.last_end(
            Series(data.start, data.end, data.tz, data.rrule, tuple(data.rdates))
        )
        if last is not None:
            series_end = localize(_wall(last), data.tz, floating).astimezone(UTC)
    return {"start_utc": start_utc, "end_utc": end_utc, "series_end_utc": series_end}


def _attendee_json(a: Attendee) -> dict[str, str]:
    return {"email": a.email, "name": a.name, "role": a.role, "partstat": a.partstat}


def _values(data: EventInput, user_zone: str) -> dict[str, Any]:
    from smallcrm.core.services.search_text import event_search_text

    people = [(a.name, a.email) for a in (data.organizer, *data.attendees) if a is not None]
    return {
        "search_text": event_search_text(
            data.summary, data.location, data.description, people, data.categories
        ),
        "summary": data.summary,
        "description": data.description,
        "location": data.location or "",
        "all_day": data.all_day,
        "start_local": _wall(data.start),
        "end_local": _wall(data.end),
        "tz": data.tz,
        "rrule": data.rrule,
        "rdates": _iso_list(data.rdates),
        "exdates": _iso_list(data.exdates),
        "status": data.status,
        "kind": data.kind,
        "sequence": data.sequence,
        "organizer": json.dumps(_attendee_json(data.organizer)) if data.organizer else None,
        "attendees": json.dumps([_attendee_json(a) for a in data.attendees])
        if data.attendees
        else None,
        "reminders": json.dumps(sorted(set(data.reminders))) if data.reminders else None,
        "categories": json.dumps(data.categories) if data.categories else None,
        "url": data.url,
        "matter_id": data.matter_id,
        "task_id": data.task_id,
        **_spans(data, user_zone),
    }


def new_uid() -> str:
    return f"{uuid.uuid4()}@smallcrm"


def _check_links(session: Session, data: EventInput) -> None:
    if data.matter_id is not None:
        found = session.execute(select(_matter.c.id).where(_matter.c.id == data.matter_id))
        if found.first() is None:
            raise RecordNotFound(f"Matter {data.matter_id} does not exist.")
    if data.people:
        found = set(
            session.execute(select(_contact.c.id).where(_contact.c.id.in_(data.people))).scalars()
        )
        missing = sorted(set(data.people) - found)
        if missing:
            raise RecordNotFound(f"Contact {missing[0]} does not exist.")


def _set_people(session: Session, event_id: int, people: list[int]) -> None:
    session.execute(delete(event_contact).where(event_contact.c.event_id == event_id))
    if people:
        session.execute(
            insert(event_contact),
            [{"event_id": event_id, "contact_id": p} for p in dict.fromkeys(people)],
        )


def create_event(
    session: Session, data: EventInput, *, user_zone: str, recurrence_id: str = ""
) -> int:
    """Store a new event (or series, or changed occurrence); returns its id."""
    data = _normalized(data)
    _check_links(session, data)
    values = _values(data, user_zone)
    values.update(
        uid=data.uid or new_uid(),
        recurrence_id=recurrence_id,
        source=data.source,
        created_at=utcnow(),
        updated_at=utcnow(),
    )
    event_id = int(session.execute(insert(_event).values(**values)).inserted_primary_key[0])
    _set_people(session, event_id, data.people)
    if data.rrule or data.rdates:
        expand_ahead(session, [event_id])
    return event_id


def _row(session: Session, event_id: int) -> Any:
    row = session.execute(select(_event).where(_event.c.id == event_id)).first()
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(f"Event {event_id} does not exist.")
    return row


def _input_of(session: Session, row: Any) -> EventInput:
    all_day = bool(row.all_day)
    start: datetime | date = row.start_local.date() if all_day else row.start_local
    end: datetime | date = row.end_local.date() if all_day else row.end_local
    people = list(
        session.execute(
            select(event_contact.c.contact_id).where(event_contact.c.event_id == row.id)
        ).scalars()
    )
    return EventInput(
        summary=row.summary,
        start=start,
        end=end,
        tz=row.tz,
        all_day=all_day,
        location=row.location or "",
        description=row.description,
        rrule=row.rrule,
        rdates=_from_iso_list(row.rdates, all_day),
        exdates=_from_iso_list(row.exdates, all_day),
        reminders=json.loads(row.reminders) if row.reminders else [],
        attendees=[Attendee(**a) for a in json.loads(row.attendees)] if row.attendees else [],
        organizer=Attendee(**json.loads(row.organizer)) if row.organizer else None,
        categories=json.loads(row.categories) if row.categories else [],
        url=row.url,
        status=row.status,
        kind=row.kind,
        sequence=row.sequence,
        matter_id=row.matter_id,
        task_id=row.task_id,
        people=people,
        uid=row.uid,
        source=row.source,
    )


def get_event(session: Session, event_id: int) -> EventDetail:
    row = _row(session, event_id)
    data = _input_of(session, row)
    matter_label = None
    if row.matter_id is not None:
        m = session.execute(
            select(_matter.c.number, _matter.c.title).where(_matter.c.id == row.matter_id)
        ).first()
        matter_label = f"{m.number} {m.title}" if m else None
    people = tuple(
        (int(r.id), str(r.display_name))
        for r in session.execute(
            select(_contact.c.id, _contact.c.display_name).where(_contact.c.id.in_(data.people))
        )
    )
    return EventDetail(row.id, row.uid, row.recurrence_id, data, matter_label, people)


def _write(session: Session, event_id: int, data: EventInput, user_zone: str) -> None:
    data = _normalized(data)
    _check_links(session, data)
    values = _values(data, user_zone)
    values["updated_at"] = utcnow()
    session.execute(update(_event).where(_event.c.id == event_id).values(**values))
    _set_people(session, event_id, data.people)
    expand_ahead(session, [event_id])


def _overrides(session: Session, row: Any) -> list[Any]:
    return list(
        session.execute(
            select(_event).where(
                _event.c.source == row.source,
                _event.c.uid == row.uid,
                _event.c.recurrence_id != "",
                _event.c.deleted_at.is_(None),
            )
        )
    )


def _master_of(session: Session, row: Any) -> Any | None:
    return session.execute(
        select(_event).where(
            _event.c.source == row.source,
            _event.c.uid == row.uid,
            _event.c.recurrence_id == "",
            _event.c.deleted_at.is_(None),
        )
    ).first()


def _occurrence_start(row: Any, key: str) -> datetime | date:
    """The wall-clock start (in the series' zone) of the occurrence named ``key``."""
    if row.all_day or len(key) == 8:
        day = datetime.strptime(key[:8], "%Y%m%d").date()
        return day if row.all_day else datetime.combine(day, row.start_local.time())
    if key.endswith("Z"):
        instant = datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        zi = recurrence.zone(row.tz)
        return instant.astimezone(zi).replace(tzinfo=None) if zi else instant.replace(tzinfo=None)
    return datetime.strptime(key, "%Y%m%dT%H%M%S")


def update_event(
    session: Session,
    event_id: int,
    data: EventInput,
    *,
    user_zone: str,
    scope: Scope = "all",
    key: str | None = None,
) -> int:
    """Save an edited event. For a series, ``scope`` says what the edit covers: "this"
    occurrence (named by ``key``), "this and following" (the series is split there), or
    "all". ``data`` holds the edited occurrence's times for "this"/"following" and the
    series' first times for "all". Returns the id of the row that now holds the edit."""
    row = _row(session, event_id)
    if row.recurrence_id:  # a changed occurrence is itself the "this" of its series
        _write(session, event_id, replace(data, uid=row.uid, rrule=None), user_zone)
        return event_id
    recurring = bool(row.rrule or row.rdates)
    if not recurring or scope == "all":
        if recurring and scope == "all":
            _drop_stale_overrides(session, row, data, user_zone)
        _write(session, event_id, replace(data, uid=row.uid), user_zone)
        return event_id
    if key is None:
        raise InvalidEvent("Which occurrence of the series was edited?")
    if scope == "this":
        return _save_override(session, row, key, replace(data, rrule=None), user_zone)
    return _split(session, row, key, data, user_zone)


def _save_override(session: Session, row: Any, key: str, data: EventInput, zone: str) -> int:
    existing = session.execute(
        select(_event.c.id).where(
            _event.c.source == row.source,
            _event.c.uid == row.uid,
            _event.c.recurrence_id == key,
        )
    ).scalar()
    data = replace(data, uid=row.uid, rrule=None, rdates=[], exdates=[], source=row.source)
    if existing is not None:
        session.execute(update(_event).where(_event.c.id == existing).values(deleted_at=None))
        _write(session, existing, data, zone)
        return int(existing)
    return create_event(session, data, user_zone=zone, recurrence_id=key)


def _split(session: Session, row: Any, key: str, data: EventInput, zone: str) -> int:
    """End the series before occurrence ``key`` and start a new series there with ``data``;
    changed occurrences from there on move to the new series."""
    master = _input_of(session, row)
    at = _occurrence_start(row, key)
    if at == master.start:  # "this and following" from the first one is "all"
        _write(session, row.id, replace(data, uid=row.uid), zone)
        return int(row.id)
    rule = master.rrule or ""
    pattern = recurrence.without_end(rule)
    before = _wall(at) - timedelta(seconds=1)
    until = (
        at - timedelta(days=1) if isinstance(at, date) and not isinstance(at, datetime) else before
    )
    kept_count = occurrences_before(master, at) if "COUNT=" in rule.upper() else None
    head_rule = f"{pattern};" + (
        f"COUNT={kept_count}" if kept_count else f"UNTIL={_until_text(until)}"
    )
    head = replace(
        master,
        rrule=head_rule,
        rdates=[d for d in master.rdates if _wall(d) < _wall(at)],
        exdates=[d for d in master.exdates if _wall(d) < _wall(at)],
    )
    _write(session, row.id, head, zone)
    tail_rule = data.rrule or rule
    # An unchanged rule with COUNT: the following part gets what is left of the count; a
    # rule the user changed is theirs as written.
    if kept_count is not None and tail_rule == rule:
        total = int(recurrence.rule_parts(rule)["COUNT"])
        tail_rule = f"{pattern};COUNT={max(total - kept_count, 1)}"
    tail_uid = new_uid()
    tail = replace(
        data,
        uid=tail_uid,
        rrule=tail_rule,
        rdates=[d for d in master.rdates if _wall(d) >= _wall(at)],
        exdates=[d for d in master.exdates if _wall(d) >= _wall(at)],
        source=row.source,
    )
    tail_id = create_event(session, tail, user_zone=zone)
    shift = _wall(data.start) - _wall(at)
    for o in _overrides(session, row):
        original = _occurrence_start(row, o.recurrence_id)
        if _wall(original) >= _wall(at):
            moved = original + shift if shift else original
            session.execute(
                update(_event)
                .where(_event.c.id == o.id)
                .values(uid=tail_uid, recurrence_id=occurrence_key(moved, tail.tz))
            )
            # On a synced calendar its server item belonged to the old series: it goes to
            # the server again as a change of the new one.
            session.execute(delete(_event_remote).where(_event_remote.c.event_id == o.id))
    return tail_id


def occurrences_before(data: EventInput, at: datetime | date) -> int:
    """How many occurrences the rule of series ``data`` makes before ``at`` (its wall
    clock); what a split leaves of a COUNT. Skipped dates count, as RFC 5545's COUNT does."""
    series = Series(data.start, data.end, data.tz, data.rrule)
    return sum(1 for _ in recurrence.starts_between(series, data.start, at))


def _until_text(value: datetime | date) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _drop_stale_overrides(session: Session, row: Any, data: EventInput, zone: str) -> None:
    """When a whole series moves to another time, changed occurrences named by the old
    times no longer name any occurrence; they go (as calendars do)."""
    if _wall(data.start).time() == row.start_local.time() and data.tz == row.tz:
        return
    for o in _overrides(session, row):
        session.execute(update(_event).where(_event.c.id == o.id).values(deleted_at=utcnow()))


def move_occurrence(
    session: Session,
    occurrence: Occurrence,
    new_start: datetime,
    new_end: datetime,
    *,
    user_zone: str,
    scope: Scope = "this",
) -> int:
    """Move or resize one occurrence (a drag in the calendar). ``new_start``/``new_end`` are
    aware (timed) or midnights/dates (all-day); the event keeps its own zone."""
    row = _row(session, occurrence.event_id)
    data = _input_of(session, row)
    if data.all_day:
        new_s: datetime | date = _as_date(new_start)
        new_e: datetime | date = max(_as_date(new_end), _as_date(new_start) + timedelta(days=1))
    else:
        zi = recurrence.zone(data.tz) or recurrence.zone(user_zone)
        new_s = new_start.astimezone(zi).replace(tzinfo=None)
        new_e = new_end.astimezone(zi).replace(tzinfo=None)
    recurring = bool(row.rrule or row.rdates) and not row.recurrence_id
    if recurring and scope == "all":
        # The series keeps its first date; the time of day and length move by the drag.
        at = _occurrence_start(row, occurrence.key)
        delta = _wall(new_s) - _wall(at)
        length = _wall(new_e) - _wall(new_s)
        first = _wall(data.start) + delta
        start_v: datetime | date = first.date() if data.all_day else first
        end_v: datetime | date = (first + length).date() if data.all_day else first + length
        moved = replace(
            data,
            start=start_v,
            end=end_v,
            rrule=recurrence.until_moved(data.rrule, data.start, delta),
            exdates=[_same_kind(_wall(x) + delta, data.all_day) for x in data.exdates],
        )
        return update_event(session, row.id, moved, user_zone=user_zone, scope="all")
    return update_event(
        session,
        row.id,
        replace(data, start=new_s, end=new_e),
        user_zone=user_zone,
        scope=scope,
        key=occurrence.key,
    )


def _as_date(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def delete_event(
    session: Session, event_id: int, *, scope: Scope = "all", key: str | None = None
) -> list[int]:
    """Delete an event (to the trash), one occurrence of a series (an EXDATE), or this and
    the following ones (the series ends before it). Returns the ids put in the trash."""
    row = _row(session, event_id)
    now = utcnow()
    if row.recurrence_id and scope == "this":
        master = _master_of(session, row)
        session.execute(update(_event).where(_event.c.id == row.id).values(deleted_at=now))
        if master is not None:
            _add_exdate(session, master, row.recurrence_id)
        return [int(row.id)]
    if row.recurrence_id:
        master = _master_of(session, row)
        if master is None:
            session.execute(update(_event).where(_event.c.id == row.id).values(deleted_at=now))
            return [int(row.id)]
        row = master
    recurring = bool(row.rrule or row.rdates)
    if not recurring or scope == "all":
        ids = [int(row.id)] + [int(o.id) for o in _overrides(session, row)]
        session.execute(update(_event).where(_event.c.id.in_(ids)).values(deleted_at=now))
        return ids
    if key is None:
        raise InvalidEvent("Which occurrence of the series is to go?")
    if scope == "this":
        _add_exdate(session, row, key)
        gone = [
            int(o.id)
            for o in _overrides(session, row)
            if o.recurrence_id == key
            or o.recurrence_id[:8] == key[:8]
            and len(o.recurrence_id) == 8
        ]
        if gone:
            session.execute(update(_event).where(_event.c.id.in_(gone)).values(deleted_at=now))
        return gone
    at = _occurrence_start(row, key)
    data = _input_of(session, row)
    if _wall(at) <= _wall(data.start):
        return delete_event(session, row.id, scope="all")
    kept = occurrences_before(data, at)
    head = replace(
        data,
        rrule=f"{recurrence.without_end(row.rrule)};COUNT={kept}" if row.rrule else None,
        rdates=[d for d in data.rdates if _wall(d) < _wall(at)],
    )
    zone_name = row.tz or "UTC"
    _write(session, row.id, head, zone_name)
    gone = [
        int(o.id)
        for o in _overrides(session, row)
        if _wall(_occurrence_start(row, o.recurrence_id)) >= _wall(at)
    ]
    if gone:
        session.execute(update(_event).where(_event.c.id.in_(gone)).values(deleted_at=now))
    return gone


def _add_exdate(session: Session, master: Any, key: str) -> None:
    skipped = _occurrence_start(master, key)
    current = _from_iso_list(master.exdates, bool(master.all_day))
    if skipped not in current:
        current.append(skipped)
    session.execute(
        update(_event)
        .where(_event.c.id == master.id)
        .values(exdates=_iso_list(current), updated_at=utcnow())
    )
    expand_ahead(session, [master.id])


def restore_events(session: Session, ids: Iterable[int]) -> None:
    """Undo a delete of whole events (the trash keeps them)."""
    ids = list(ids)
    session.execute(update(_event).where(_event.c.id.in_(ids)).values(deleted_at=None))
    expand_ahead(session, ids)


def expand_ahead(session: Session, event_ids: Iterable[int], now: datetime | None = None) -> int:
    """Write the occurrences of these events that are series over the horizon (and drop
    the rows of those that no longer are), in the caller's transaction; returns how many
    series were written. Views read the rows instead of expanding."""
    now = now or datetime.now(UTC)
    ids = list(event_ids)
    written, gone = 0, []
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(*_VIEW_COLUMNS, _event.c.deleted_at).where(
                _event.c.id.in_(ids[start : start + 500])
            )
        ).all()
        for r in rows:
            if r.rrule is None and r.rdates is None:
                gone.append(r.id)
                continue
            occurrence_table.write(session, r.id, _series_of(r), occurrence_table.signature(r), now)
            written += 1
    occurrence_table.forget(session, gone)
    return written


def stale_series(session: Session, now: datetime | None = None, limit: int = 200) -> list[int]:
    """Live series whose rows are missing, of an older rule, or short of today's horizon:
    the background job passes them to ``expand_ahead``."""
    now = now or datetime.now(UTC)
    first, last = occurrence_table.horizon(now)
    rows = session.execute(
        select(*_VIEW_COLUMNS, *_SPAN_COLUMNS)
        .outerjoin(_expansion, _expansion.c.event_id == _event.c.id)
        .where(
            _event.c.deleted_at.is_(None),
            or_(_event.c.rrule.is_not(None), _event.c.rdates.is_not(None)),
        )
    ).all()
    out = []
    for r in rows:
        fresh = (
            r.signature == occurrence_table.signature(r)
            and r.from_s <= int(first.timestamp())
            and r.until_s >= int(last.timestamp())
        )
        if not fresh:
            out.append(r.id)
            if len(out) >= limit:
                break
    return out


# --- reading ---------------------------------------------------------------------------


# What a view needs of a row (descriptions and attendees stay in the table).
_VIEW_COLUMNS = [
    _event.c[name]
    for name in (
        "id", "uid", "recurrence_id", "source", "kind", "summary", "location", "all_day",
        "start_local", "end_local", "tz", "rrule", "rdates", "exdates", "status", "matter_id",
        "updated_at", "start_utc", "end_utc",
    )
]  # fmt: skip
_SPAN_COLUMNS = [_expansion.c[name] for name in ("signature", "from_s", "until_s", "longest_s")]


def occurrences(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    user_zone: str,
    matter_id: int | None = None,
    include_cancelled: bool = True,
) -> list[Occurrence]:
    """Every occurrence overlapping [start, end) (aware), in the user's zone, by start."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("occurrences() takes aware datetimes")
    uzi = recurrence.zone(user_zone)
    lo_q, hi_q = start - FLOATING_MARGIN, end + FLOATING_MARGIN
    live = [_event.c.deleted_at.is_(None)]
    if matter_id is not None:
        live.append(_event.c.matter_id == matter_id)
    singles = session.execute(
        select(*_VIEW_COLUMNS).where(
            *live,
            _event.c.rrule.is_(None),
            _event.c.rdates.is_(None),
            _event.c.start_utc < hi_q,
            _event.c.end_utc > lo_q,
        )
    ).all()
    all_series, changed, matching = _live_series(session, matter_id)
    series = [
        r
        for r in all_series
        if r.start_utc < hi_q and (r.series_end_utc is None or r.series_end_utc > lo_q)
    ]
    masters = {(r.source, r.uid) for r in series}
    out: list[_Entry] = []
    # Changed occurrences of the series in view replace the occurrences they name, wherever
    # they were moved to; those of other series stand alone.
    replaced: dict[tuple[str, str], set[str]] = {}
    if series:
        for c in changed:
            if (c.source, c.uid) not in masters:
                continue
            # Deleted ones too: deleting a changed occurrence leaves an EXDATE on its master.
            replaced.setdefault((c.source, c.uid), set()).add(c.recurrence_id)
    for r in singles:
        recurring = (r.source, r.uid) in masters or bool(r.recurrence_id)
        cache_key = ("single", r.id, r.updated_at, str(uzi), recurring)
        cached = _cached(cache_key)
        if cached is None:
            cached = _remember(cache_key, [_entry(_single(r, uzi, recurring=recurring), uzi)])
        if _overlaps(cached[0][1], start, end, uzi):
            out.append(cached[0])
    # Series expanded ahead are read from their rows; the rest (changed since, or a window
    # beyond the horizon) are expanded here.
    lo_s, hi_s = int(start.timestamp()), int(end.timestamp())
    stored: dict[int, Any] = {}
    for r in series:
        span = occurrence_table.Span(r.signature, r.from_s, r.until_s, r.longest_s)
        if span.covers(r.signature if r.id in matching else "", lo_s, hi_s):
            stored[r.id] = r
            continue
        # A series that replaced "this and following" of another (RANGE=THISANDFUTURE)
        # shares its UID; the key naming its own start is not an override of itself.
        skip = replaced.get((r.source, r.uid), set()) - {r.recurrence_id}
        out.extend(_expand(r, start, end, uzi, skip))
    if stored:
        longest = max(r.longest_s for r in stored.values())
        out.extend(_from_rows(session, stored, lo_s, hi_s, longest, start, end, uzi, replaced))
    # By start, all-day first on a day, then by title; the keys were made with the entries.
    out.sort(key=itemgetter(0))
    if not include_cancelled:
        return [e[1] for e in out if e[1].status != "cancelled"]
    return [e[1] for e in out]


# An occurrence with what reading a window needs of it, made once: its sort key (start
# instant, all-day first, title) and its end instant.
_Entry = tuple[tuple[datetime, bool, str], Occurrence, datetime]


# Every live series (and every changed occurrence) of a database, read again only when an
# event or an expansion was written since: a view then costs a two-row check, not reading
# 500 series. Keyed by the database and the matter; the stamp is what a write changes. Only
# for SQLite: on a shared server another workstation's clock may stamp a write earlier than
# the newest one seen, which the check would miss.
_SERIES: dict[tuple[str, int | None], tuple[tuple[Any, ...], list[Any], list[Any], set[int]]] = {}
_SERIES_LOCK = threading.Lock()


def _live_series(session: Session, matter_id: int | None) -> tuple[list[Any], list[Any], set[int]]:
    """All live series (with their expansion's span), all changed occurrences, and the
    series whose expanded rows were made from their present rule."""
    stamp = tuple(
        session.execute(select(func.count(), func.max(_event.c.updated_at))).one()
    ) + tuple(
        session.execute(
            select(func.count(), func.sum(_expansion.c.until_s), func.sum(_expansion.c.from_s))
        ).one()
    )
    bind = session.get_bind()
    key = (str(bind.url), matter_id)
    with _SERIES_LOCK:
        found = _SERIES.get(key)
    if found is not None and found[0] == stamp and bind.dialect.name == "sqlite":
        return found[1], found[2], found[3]
    live = [_event.c.deleted_at.is_(None)]
    if matter_id is not None:
        live.append(_event.c.matter_id == matter_id)
    rows = session.execute(
        select(*_VIEW_COLUMNS, _event.c.series_end_utc, *_SPAN_COLUMNS)
        .outerjoin(_expansion, _expansion.c.event_id == _event.c.id)
        .where(*live, or_(_event.c.rrule.is_not(None), _event.c.rdates.is_not(None)))
    ).all()
    # Changed occurrences are few: all of them is one short scan, cheaper than matching
    # hundreds of UIDs.
    changed = session.execute(
        select(_event.c.source, _event.c.uid, _event.c.recurrence_id).where(
            _event.c.recurrence_id != ""
        )
    ).all()
    matching = {r.id for r in rows if r.signature == occurrence_table.signature(r)}
    with _SERIES_LOCK:
        if len(_SERIES) > 64:
            _SERIES.clear()
        _SERIES[key] = (stamp, rows, changed, matching)
    return rows, changed, matching


def _entry(o: Occurrence, uzi: Any) -> _Entry:
    if isinstance(o.start, datetime) and isinstance(o.end, datetime):
        return ((o.start, not o.all_day, o.summary), o, o.end)
    s = datetime.combine(_as_date(o.start), time(), uzi)
    e = datetime.combine(_as_date(o.end), time(), uzi)
    return ((s, not o.all_day, o.summary), o, e)


def _overlaps(o: Occurrence, start: datetime, end: datetime, uzi: Any) -> bool:
    if isinstance(o.start, datetime) and isinstance(o.end, datetime):
        if o.end == o.start:  # a zero-length event is "at" its start
            return start <= o.start < end
        return o.start < end and o.end > start
    s = datetime.combine(o.start, time(), tzinfo=uzi)
    e = datetime.combine(o.end, time(), tzinfo=uzi)
    return s < end and e > start


def _single(r: Any, uzi: Any, recurring: bool) -> Occurrence:
    if r.all_day:
        s: datetime | date = r.start_local.date()
        e: datetime | date = r.end_local.date()
        key = r.recurrence_id or f"{s:%Y%m%d}"
    elif r.tz:
        # The stored UTC span is the wall clock localized in the event's zone (_spans).
        s, e = r.start_utc.astimezone(uzi), r.end_utc.astimezone(uzi)
        key = r.recurrence_id or f"{r.start_utc:%Y%m%dT%H%M%SZ}"
    else:
        s = localize(r.start_local, None, str(uzi)).astimezone(uzi)
        e = localize(r.end_local, None, str(uzi)).astimezone(uzi)
        key = r.recurrence_id or occurrence_key(r.start_local, None)
    return Occurrence(
        event_id=r.id,
        key=key,
        summary=r.summary,
        start=s,
        end=e,
        all_day=bool(r.all_day),
        location=r.location or "",
        tz=r.tz,
        recurring=recurring,
        kind=r.kind,
        matter_id=r.matter_id,
        source=r.source,
        status=r.status,
        uid=r.uid,
        recurrence_id=r.recurrence_id,
    )


# Expanded months of series (and single events' occurrences), reused while the row is
# unchanged: every view of a week or a month (and the reminder check every half minute)
# reads the same few months again, and stepping hundreds of rules to a window is most of
# a view's cost. Keyed by the row's ``updated_at``: a write leaves the old entries unused.
_MONTHS: OrderedDict[tuple[Any, ...], list[Any]] = OrderedDict()
_MONTHS_LOCK = threading.Lock()
# About two years of 500 series plus the single events in view: tens of MB at most.
_MONTHS_MAX = 20_000


def _cached(key: tuple[Any, ...]) -> list[Any] | None:
    with _MONTHS_LOCK:
        found = _MONTHS.get(key)
        if found is not None:
            _MONTHS.move_to_end(key)
        return found


def _remember(key: tuple[Any, ...], value: list[Any]) -> list[Any]:
    with _MONTHS_LOCK:
        _MONTHS[key] = value
        if len(_MONTHS) > _MONTHS_MAX:
            for _ in range(_MONTHS_MAX // 4):
                _MONTHS.popitem(last=False)
    return value


def _series_of(r: Any) -> Series:
    """What expansion needs of a stored row."""
    all_day = bool(r.all_day)
    return Series(
        r.start_local.date() if all_day else r.start_local,
        r.end_local.date() if all_day else r.end_local,
        r.tz,
        r.rrule,
        tuple(_from_iso_list(r.rdates, all_day)),
        tuple(_from_iso_list(r.exdates, all_day)),
    )


def _month(r: Any, year: int, month: int, uzi: Any) -> list[_Entry]:
    """The series' occurrences whose wall-clock start is in the month, in the user's zone."""
    cache_key = (r.id, r.updated_at, str(uzi), year, month)
    found = _cached(cache_key)
    if found is not None:
        return found
    all_day = bool(r.all_day)
    series = _series_of(r)
    s0, e0 = series.start, series.end
    first = datetime(year, month, 1)
    after = datetime(year + (month == 12), month % 12 + 1, 1)
    length = _wall(e0) - _wall(s0)
    ezi = recurrence.zone(r.tz)
    out: list[Occurrence] = []
    for wall in recurrence.starts_between(
        series, first.date() if all_day else first, after.date() if all_day else after
    ):
        if all_day:
            s, e, key = wall, wall + length, wall.strftime("%Y%m%d")
        else:
            # recurrence.localize's arithmetic, once per occurrence.
            s_utc = wall.replace(tzinfo=ezi or uzi).astimezone(UTC)
            e_utc = (wall + length).replace(tzinfo=ezi or uzi).astimezone(UTC)
            if ezi is not None:
                key = s_utc.strftime("%Y%m%dT%H%M%SZ")
            else:
                key = wall.strftime("%Y%m%dT%H%M%S")
            s, e = s_utc.astimezone(uzi), e_utc.astimezone(uzi)
        out.append(
            Occurrence(
                event_id=r.id,
                key=key,
                summary=r.summary,
                start=s,
                end=e,
                all_day=all_day,
                location=r.location or "",
                tz=r.tz,
                recurring=True,
                kind=r.kind,
                matter_id=r.matter_id,
                source=r.source,
                status=r.status,
                uid=r.uid,
            )
        )
    return _remember(cache_key, [_entry(o, uzi) for o in out])


def _expand(r: Any, start: datetime, end: datetime, uzi: Any, replaced: set[str]) -> list[_Entry]:
    length = r.end_local - r.start_local
    ezi = recurrence.zone(r.tz) or uzi
    # The window in the series' own wall clock, widened by one occurrence's length so
    # occurrences that began before the window and run into it are found.
    lo = start.astimezone(ezi).replace(tzinfo=None) - length - FLOATING_MARGIN
    hi = end.astimezone(ezi).replace(tzinfo=None) + FLOATING_MARGIN
    replaced_days = {k[:8] for k in replaced if len(k) == 8}
    out: list[_Entry] = []
    year, month = lo.year, lo.month
    while (year, month) <= (hi.year, hi.month):
        for entry in _month(r, year, month, uzi):
            s, e = entry[0][0], entry[2]
            if s >= end:
                break  # a month's occurrences come by start
            if e <= start and (s != e or s < start):
                continue
            occ = entry[1]
            if replaced and (occ.key in replaced or occ.key[:8] in replaced_days):
                continue
            out.append(entry)
        year, month = year + (month == 12), month % 12 + 1
    return out


# Rows are turned into occurrences a week of starts at a time (weeks since the epoch), and
# kept like expanded months: a month view builds about the weeks it shows, a week view
# three, and views seen before build nothing. Kept per (zone, week): series -> ((its
# updated_at, its rule's signature), its entries that week).
_WEEK_S = 7 * 86400
_WEEKS: OrderedDict[tuple[str, int], dict[int, tuple[Any, list[Any]]]] = OrderedDict()
_WEEKS_MAX = 400  # eight years of weeks in one zone


def _from_rows(
    session: Session,
    stored: dict[int, Any],
    lo_s: int,
    hi_s: int,
    longest: int,
    start: datetime,
    end: datetime,
    uzi: Any,
    replaced: dict[tuple[str, str], set[str]],
) -> list[_Entry]:
    """The occurrences of series expanded ahead, from their rows, as ``_expand`` makes them."""
    first_w = (lo_s - longest - occurrence_table.FLOAT_S) // _WEEK_S
    last_w = (hi_s + occurrence_table.FLOAT_S) // _WEEK_S
    weeks = range(first_w, last_w + 1)
    zone_name = str(uzi)
    with _MONTHS_LOCK:
        books = []
        for w in weeks:
            book = _WEEKS.get((zone_name, w))
            if book is None:
                book = _WEEKS[zone_name, w] = {}
                if len(_WEEKS) > _WEEKS_MAX:
                    _WEEKS.popitem(last=False)
            else:
                _WEEKS.move_to_end((zone_name, w))
            books.append(book)
    # A week's entries of a series are good while the series has the same state and rule.
    states = [(r.id, (r.updated_at, r.signature)) for r in stored.values()]
    missing = {
        event_id
        for event_id, state in states
        for book in books
        if (got := book.get(event_id)) is None or got[0] != state
    }
    if missing:
        made: dict[tuple[int, int], list[_Entry]] = {(i, w): [] for i in missing for w in weeks}
        rows = occurrence_table.read_span(session, first_w * _WEEK_S, (last_w + 1) * _WEEK_S)
        build = {i: _row_builder(stored[i], uzi) for i in missing}
        for event_id, s_s, e_s in rows:
            builder = build.get(event_id)
            if builder is not None:
                made[event_id, s_s // _WEEK_S].append(builder(s_s, e_s))
        with _MONTHS_LOCK:
            for (i, w), entries in made.items():
                books[w - first_w][i] = ((stored[i].updated_at, stored[i].signature), entries)
    # Weeks whose every start lies inside the window (a day's margin for floating ones)
    # are taken whole; only the weeks at its edges are looked at entry by entry.
    inner = range(
        -((-lo_s - occurrence_table.FLOAT_S) // _WEEK_S),
        (hi_s - occurrence_table.FLOAT_S) // _WEEK_S,
    )
    out: list[_Entry] = []
    for r in stored.values():
        skip = replaced.get((r.source, r.uid))
        if skip:
            skip = skip - {r.recurrence_id}
            skip_days = {k[:8] for k in skip if len(k) == 8}
        for w, book in zip(weeks, books, strict=True):
            entries = book[r.id][1]
            if not entries:
                continue
            if w not in inner:
                entries = [
                    entry
                    for entry in entries
                    if entry[0][0] < end
                    and (entry[2] > start or (entry[2] == entry[0][0] >= start))
                ]
            if skip:
                entries = [
                    entry
                    for entry in entries
                    if entry[1].key not in skip and entry[1].key[:8] not in skip_days
                ]
            out.extend(entries)
    return out


def _row_builder(r: Any, uzi: Any) -> Callable[[int, int], _Entry]:
    """Makes one series' entries from stored (start, end) seconds, as ``_month`` would."""
    event_id, summary, all_day, tz = r.id, r.summary, bool(r.all_day), r.tz
    rest = (r.location or "", tz, True, r.kind, r.matter_id, r.source, r.status, r.uid)
    gmtime, strftime = _time.gmtime, _time.strftime

    def day(s_s: int, e_s: int) -> _Entry:
        s = datetime.fromtimestamp(s_s, UTC).date()
        e = datetime.fromtimestamp(e_s, UTC).date()
        occ = Occurrence(event_id, strftime("%Y%m%d", gmtime(s_s)), summary, s, e, all_day, *rest)
        at = datetime.combine(s, time(), uzi)
        return ((at, False, summary), occ, datetime.combine(e, time(), uzi))

    def zoned(s_s: int, e_s: int) -> _Entry:
        s = datetime.fromtimestamp(s_s, uzi)
        e = datetime.fromtimestamp(e_s, uzi)
        key = strftime("%Y%m%dT%H%M%SZ", gmtime(s_s))
        return ((s, True, summary), Occurrence(event_id, key, summary, s, e, all_day, *rest), e)

    def floating(s_s: int, e_s: int) -> _Entry:
        # The stored wall clock, placed in the user's zone as _month does.
        s = datetime.fromtimestamp(s_s, UTC).replace(tzinfo=uzi).astimezone(UTC).astimezone(uzi)
        wall_end = datetime.fromtimestamp(e_s, UTC).replace(tzinfo=uzi)
        e = wall_end.astimezone(UTC).astimezone(uzi)
        key = strftime("%Y%m%dT%H%M%S", gmtime(s_s))
        return ((s, True, summary), Occurrence(event_id, key, summary, s, e, all_day, *rest), e)

    return day if all_day else zoned if tz else floating


def find_by_identity(
    session: Session, source: str, uid: str, recurrence_id: str = ""
) -> int | None:
    return session.execute(
        select(_event.c.id).where(
            and_(
                _event.c.source == source,
                _event.c.uid == uid,
                _event.c.recurrence_id == recurrence_id,
            )
        )
    ).scalar()
