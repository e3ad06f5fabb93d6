"""A computed deadline filed on a matter: its task, its all-day entry, and one reminder."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from smallcrm.core.services import calendar as cal
from smallcrm.core.services import matters, reminders, tasks
from smallcrm.core.services.deadline_entries import file_deadline
from smallcrm.core.services.deadlines import InvalidDeadline, compute_deadline, parse_period

PRAGUE = "Europe/Prague"
P = ZoneInfo(PRAGUE)


def test_filed_deadline_is_a_task_and_an_entry_that_reminds_days_before(database):
    # Delivered Monday 7 December 2026; 15 days end on Tuesday 22 December.
    result = compute_deadline(date(2026, 12, 7), parse_period("15d"), "CZ")
    assert result.deadline == date(2026, 12, 22)
    with database.session_scope() as s:
        matter = matters.create_matter(s, matters.MatterInput("Novák v. Stavby a.s."))
        filed = file_deadline(
            s, matter, result, title="Appeal", remind_days_before=3, user_zone=PRAGUE
        )
    with database.session_scope() as s:
        [task] = tasks.tasks_of(s, matter)
        assert (task.id, task.kind, task.title, task.due_on) == (
            filed.task_id,
            "deadline",
            "Appeal",
            date(2026, 12, 22),
        )
        detail = cal.get_event(s, filed.event_id)
        assert detail.data.all_day and detail.data.kind == "deadline"
        assert (detail.data.start, detail.data.end) == (date(2026, 12, 22), date(2026, 12, 23))
        assert detail.data.matter_id == matter and detail.data.task_id == filed.task_id
        assert "Tuesday 22 December 2026" in (detail.data.description or "")
        # The reminder: 19 December at 09:00 in the user's zone, and only from the entry.
        due = reminders.due_reminders(s, datetime(2026, 12, 19, 9, 0, tzinfo=P), user_zone=PRAGUE)
        assert [(r.item_kind, r.due_at.astimezone(P)) for r in due] == [
            ("event", datetime(2026, 12, 19, 9, 0, tzinfo=P))
        ]
        assert (
            reminders.due_reminders(s, datetime(2026, 12, 19, 8, 59, tzinfo=P), user_zone=PRAGUE)
            == []
        )
        # A deadline met no longer reminds.
        tasks.complete_task(s, filed.task_id)
        assert (
            reminders.due_reminders(s, datetime(2026, 12, 19, 9, 0, tzinfo=P), user_zone=PRAGUE)
            == []
        )
        with pytest.raises(InvalidDeadline):
            file_deadline(s, matter, result, title="x", remind_days_before=-1, user_zone=PRAGUE)
