"""Where a record opens when it is chosen from a search: the page of an activity, an event's day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from smallcrm.core import recurrence
from smallcrm.core.models import Activity, Event, activity_contact, activity_organization
from smallcrm.core.services.address_book import RecordNotFound, Ref

_activity = Activity.__table__
_event = Event.__table__


def activity_home(session: Session, activity_id: int) -> Ref | int:
    """The timeline an activity is read on: its matter's (the matter's id), else its first
    person's, else its organisation's (a Ref)."""
    row = session.execute(
        select(_activity.c.matter_id).where(
            _activity.c.id == activity_id, _activity.c.deleted_at.is_(None)
        )
    ).first()
    if row is None:
        raise RecordNotFound(f"Activity {activity_id} does not exist.")
    if row.matter_id is not None:
        return int(row.matter_id)
    person = session.execute(
        select(activity_contact.c.contact_id)
        .where(activity_contact.c.activity_id == activity_id)
        .order_by(activity_contact.c.contact_id)
        .limit(1)
    ).scalar()
    if person is not None:
        return Ref("person", int(person))
    organization = session.execute(
        select(activity_organization.c.organization_id)
        .where(activity_organization.c.activity_id == activity_id)
        .order_by(activity_organization.c.organization_id)
        .limit(1)
    ).scalar()
    if organization is not None:
        return Ref("organization", int(organization))
    raise RecordNotFound(f"Activity {activity_id} is not filed on anyone or any matter.")


def event_day(session: Session, event_id: int, user_zone: str, today: date) -> date:
    """The day a calendar shows an event on, in the user's zone: a single event's own day;
    for a series its next occurrence from today, else its first."""
    row = session.execute(
        select(
            _event.c.start_local,
            _event.c.end_local,
            _event.c.tz,
            _event.c.all_day,
            _event.c.rrule,
            _event.c.rdates,
            _event.c.exdates,
        ).where(_event.c.id == event_id, _event.c.deleted_at.is_(None))
    ).first()
    if row is None:
        raise RecordNotFound(f"Event {event_id} does not exist.")
    from smallcrm.core.services.calendar import _series_of  # noqa: PLC0415 - one use

    series = _series_of(row)
    all_day = bool(row.all_day)
    start = datetime.combine(today, time())
    ahead = start + timedelta(days=3660)
    window = (start.date(), ahead.date()) if all_day else (start, ahead)
    found = next(iter(recurrence.starts_between(series, *window)), None)
    if found is None:  # over, or a single event before today: its (first) day
        found = series.start
    if not isinstance(found, datetime):
        return found
    zone = recurrence.zone(user_zone) or UTC
    return recurrence.localize(found, row.tz, user_zone).astimezone(zone).date()
