"""A computed deadline filed on a matter: a task and an all-day calendar entry that reminds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from smallcrm.core.services import calendar, tasks
from smallcrm.core.services.calendar import EventInput
from smallcrm.core.services.deadlines import DeadlineResult, InvalidDeadline

# The entry's reminder comes in the morning, N days before the day.
REMIND_HOUR = 9


@dataclass(frozen=True, slots=True)
class FiledDeadline:
    task_id: int
    event_id: int


def file_deadline(
    session: Session,
    matter_id: int,
    result: DeadlineResult,
    *,
    title: str,
    remind_days_before: int,
    user_zone: str,
) -> FiledDeadline:
    """Make the deadline a task of kind "deadline" and an all-day entry of the matter's,
    both carrying the calculation so a lawyer can check it later. The reminder sits on the
    calendar entry only: one deadline, one reminder."""
    if remind_days_before < 0:
        raise InvalidDeadline("A reminder comes before the deadline, not after it.")
    title = (title or "").strip() or "Deadline"
    workings = "\n".join(result.explain())
    task_id = tasks.create_task(
        session,
        tasks.TaskInput(
            title=title,
            kind="deadline",
            notes=workings,
            due_on=result.deadline,
            priority=1,
            matter_id=matter_id,
        ),
    )
    # An all-day entry starts at midnight: N days before at 09:00 is that many minutes.
    lead = remind_days_before * 24 * 60 - REMIND_HOUR * 60
    event_id = calendar.create_event(
        session,
        EventInput(
            summary=title,
            start=result.deadline,
            end=result.deadline + timedelta(days=1),
            all_day=True,
            description=workings,
            kind="deadline",
            matter_id=matter_id,
            task_id=task_id,
            reminders=[max(lead, 0)],
        ),
        user_zone=user_zone,
    )
    return FiledDeadline(task_id, event_id)
