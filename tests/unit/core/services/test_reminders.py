"""Due reminders of tasks and event occurrences pop up once; those missed while closed wait."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from smallcrm.core.services import calendar as cal
from smallcrm.core.services import reminders, tasks
from smallcrm.core.services.calendar import EventInput

PRAGUE = "Europe/Prague"
P = ZoneInfo(PRAGUE)


def test_task_and_series_reminders_are_due_once(database):
    with database.session_scope() as s:
        task = tasks.create_task(
            s,
            tasks.TaskInput("File the appeal", remind_at=datetime(2026, 11, 23, 8, 0, tzinfo=UTC)),
        )
        series = cal.create_event(
            s,
            EventInput(
                "Hearing prep",
                datetime(2026, 11, 2, 10),
                datetime(2026, 11, 2, 11),
                tz=PRAGUE,
                rrule="FREQ=WEEKLY",
                reminders=[15, 60 * 24],
            ),
            user_zone=PRAGUE,
        )
    # Monday 23 Nov 09:50 Prague: the task's reminder (09:00 Prague) and the occurrence's
    # 15-minute one (09:45) are due; last week's were due too, but long ago they were not
    # shown either: they come as missed.
    now = datetime(2026, 11, 23, 9, 50, tzinfo=P)
    with database.session_scope() as s:
        due = reminders.due_reminders(s, now, user_zone=PRAGUE)
        got = [(r.item_kind, r.due_at.astimezone(P).strftime("%m-%d %H:%M")) for r in due]
        assert got == [
            ("event", "11-15 10:00"),  # a day before the 16th
            ("event", "11-16 09:45"),
            ("event", "11-22 10:00"),
            ("task", "11-23 09:00"),
            ("event", "11-23 09:45"),
        ]
        assert due[-1].item_id == series and due[-2].item_id == task
        reminders.mark_shown(s, due)
        reminders.mark_shown(s, due)  # twice is harmless
    with database.session_scope() as s:
        assert reminders.due_reminders(s, now, user_zone=PRAGUE) == []
        later = reminders.due_reminders(s, now + timedelta(days=7), user_zone=PRAGUE)
        assert [r.due_at.astimezone(P).strftime("%m-%d %H:%M") for r in later] == [
            "11-29 10:00",
            "11-30 09:45",
        ]
        # A snoozed task comes back at its new time; a done one never.
        reminders.snooze_task(s, task, now + timedelta(minutes=10))
        assert reminders.due_reminders(s, now, user_zone=PRAGUE) == []
        snoozed = reminders.due_reminders(s, now + timedelta(minutes=10), user_zone=PRAGUE)
        assert [r.item_kind for r in snoozed] == ["task"]
        tasks.complete_task(s, task)
        assert reminders.due_reminders(s, now + timedelta(minutes=10), user_zone=PRAGUE) == []


def test_cancelled_and_deleted_occurrences_do_not_remind(database):
    with database.session_scope() as s:
        sid = cal.create_event(
            s,
            EventInput(
                "Board",
                datetime(2026, 11, 23, 10),
                datetime(2026, 11, 23, 11),
                tz=PRAGUE,
                rrule="FREQ=DAILY;COUNT=3",
                reminders=[30],
            ),
            user_zone=PRAGUE,
        )
        first = cal.occurrences(
            s,
            datetime(2026, 11, 23, tzinfo=P),
            datetime(2026, 11, 24, tzinfo=P),
            user_zone=PRAGUE,
        )[0]
        cal.delete_event(s, sid, scope="this", key=first.key)
        assert (
            reminders.due_reminders(s, datetime(2026, 11, 23, 9, 40, tzinfo=P), user_zone=PRAGUE)
            == []
        )
        due = reminders.due_reminders(s, datetime(2026, 11, 24, 9, 40, tzinfo=P), user_zone=PRAGUE)
        assert [r.starts for r in due] == [datetime(2026, 11, 24, 10, tzinfo=P)]
