"""Demo calendar and tasks: a firm's weeks around today, series, hearings and deadlines."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from smallcrm.core.models import Contact, Matter
from smallcrm.core.recurrence import machine_zone
from smallcrm.core.services import calendar, tasks
from smallcrm.core.services.calendar import EventInput
from smallcrm.core.services.deadline_entries import file_deadline
from smallcrm.core.services.deadlines import compute_deadline, parse_period

COURTS = (
    "Městský soud v Praze, Spálená 2",
    "Obvodní soud pro Prahu 1, Ovocný trh 14",
    "Krajský soud v Brně, Rooseveltova 16",
    "Okresný súd Bratislava I, Záhradnícka 10",
)
MEETINGS = ("Client meeting", "Contract review", "Call with the auditor", "Settlement talks")
ROOMS = ("Meeting room 1", "Meeting room 2", "Client's office", "Video call")
TASKS = (
    "Prepare the power of attorney",
    "Send the engagement letter",
    "Check the data box",
    "Draft the statement of claim",
    "Reconcile the trust account",
    "File the tax return",
)


@dataclass
class CalendarResult:
    events: int = 0
    series: int = 0
    tasks: int = 0
    deadlines: int = 0


def _workday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def fill_calendar(
    session: Session, rng: random.Random, *, today: date | None = None, weeks: int = 6
) -> CalendarResult:
    """Events and tasks over ``weeks`` before and after ``today``, filed on the demo's
    matters and people, through the same services the window uses."""
    today = today or date.today()
    # The firm's own zone: the demo's office hours look like office hours on this machine.
    ZONE = machine_zone()  # noqa: N806 - read like the constant it is
    result = CalendarResult()
    matter_ids = list(session.execute(select(Matter.id).order_by(Matter.id).limit(200)).scalars())
    people = list(session.execute(select(Contact.id).order_by(Contact.id).limit(500)).scalars())
    monday = today - timedelta(days=today.weekday())
    series = (
        ("Partners' meeting", time(9, 0), 60, "FREQ=WEEKLY;BYDAY=MO", "Meeting room 1"),
        ("Daily check-in", time(8, 30), 15, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Video call"),
        ("Invoicing run", time(16, 0), 60, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", ""),
    )
    for title, at, minutes, rule, room in series:
        first = datetime.combine(monday - timedelta(weeks=weeks), at)
        calendar.create_event(
            session,
            EventInput(
                title,
                first,
                first + timedelta(minutes=minutes),
                tz=ZONE,
                rrule=rule,
                location=room,
                reminders=[10],
            ),
            user_zone=ZONE,
        )
        result.series += 1
    for offset in range(-weeks * 7, weeks * 7):
        day = today + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            start = datetime.combine(
                day, time(rng.choice((9, 10, 11, 13, 14, 15)), rng.choice((0, 30)))
            )
            length = timedelta(minutes=rng.choice((30, 60, 60, 90, 120)))
            hearing = rng.random() < 0.25 and matter_ids
            calendar.create_event(
                session,
                EventInput(
                    "Hearing" if hearing else rng.choice(MEETINGS),
                    start,
                    start + length,
                    tz=ZONE,
                    location=rng.choice(COURTS) if hearing else rng.choice(ROOMS),
                    matter_id=rng.choice(matter_ids)
                    if matter_ids and (hearing or rng.random() < 0.5)
                    else None,
                    people=rng.sample(people, k=min(len(people), rng.choice((0, 1, 2)))),
                    reminders=[60 * 24, 60] if hearing else [15],
                ),
                user_zone=ZONE,
            )
            result.events += 1
    for title, offset, days in (("Conference: Legal Tech", 9, 2), ("Office closed", -12, 1)):
        start_day = today + timedelta(days=offset)
        calendar.create_event(
            session,
            EventInput(title, start_day, start_day + timedelta(days=days), all_day=True),
            user_zone=ZONE,
        )
        result.events += 1
    for matter_id in matter_ids[:4]:
        delivered = _workday(today - timedelta(days=rng.randint(0, 20)))
        computed = compute_deadline(delivered, parse_period(rng.choice(("15d", "30d", "2m"))), "CZ")
        file_deadline(
            session,
            matter_id,
            computed,
            title=rng.choice(("Deadline: appeal", "Deadline: statement", "Deadline: objection")),
            remind_days_before=3,
            user_zone=ZONE,
        )
        result.deadlines += 1
    for offset in (-3, -1, 0, 0, 0, 1, 2, 5, 8, 13):
        tasks.create_task(
            session,
            tasks.TaskInput(
                rng.choice(TASKS),
                due_on=today + timedelta(days=offset),
                due_time=rng.choice((None, None, time(10, 0), time(14, 30))),
                priority=rng.choice((-1, 0, 0, 1)),
                matter_id=rng.choice(matter_ids) if matter_ids and rng.random() < 0.6 else None,
                people=rng.sample(people, k=min(len(people), rng.choice((0, 1)))),
            ),
        )
        result.tasks += 1
    tasks.create_task(
        session,
        tasks.TaskInput(
            "VAT return",
            due_on=date(today.year, today.month, 25),
            priority=1,
            rrule="FREQ=MONTHLY;BYMONTHDAY=25",
        ),
    )
    result.tasks += 1
    return result
