"""A due reminder fires once while the app runs; one due while it was closed shows as missed."""

from datetime import UTC, datetime, timedelta

from smallcrm.core.services import calendar as cal
from smallcrm.core.services import tasks
from smallcrm.core.services.calendar import EventInput
from smallcrm.gui.reminders import ReminderCenter

PRAGUE = "Europe/Prague"


def test_reminder_fires_once_and_missed_ones_are_named(qtbot, database):
    clock = {"now": datetime(2026, 11, 23, 8, 0, tzinfo=UTC)}
    with database.session_scope() as s:
        missed = tasks.create_task(
            s, tasks.TaskInput("Send the invoice", remind_at=clock["now"] - timedelta(hours=3))
        )
        cal.create_event(
            s,
            EventInput(
                "Court hearing",
                datetime(2026, 11, 23, 9, 30),
                datetime(2026, 11, 23, 11),
                tz=PRAGUE,
                location="Městský soud v Praze",
                reminders=[15],
            ),
            user_zone=PRAGUE,
        )
    center = ReminderCenter(database, None, PRAGUE, now=lambda: clock["now"])
    fired: list = []
    center.fired.connect(fired.append)
    center.check()  # at start: the task's reminder fell due while the app was closed
    assert [[r.item_id for r in batch] for batch in fired] == [[missed]]
    assert center.window.isVisible()
    texts = [center.window.list.item(i).text() for i in range(center.window.list.count())]
    assert texts == ["Task: Send the invoice  (missed while SmallCRM was closed)"]
    center.check()
    assert len(fired) == 1  # shown once
    clock["now"] = datetime(2026, 11, 23, 8, 16, tzinfo=UTC)  # 09:16 Prague: 15 min before
    center.check()
    assert [r.title for r in fired[-1]] == ["Court hearing"]
    texts = [center.window.list.item(i).text() for i in range(center.window.list.count())]
    assert texts[-1] == "Event: Court hearing — 23.11.2026 09:30 — Městský soud v Praze"
    center.window.grab().save("/tmp/reminders.png")
    # Snoozed, it comes back ten minutes later, and only then.
    center.window.list.setCurrentRow(1)
    center.window.snooze_button.click()
    clock["now"] += timedelta(minutes=5)
    center.check()
    assert len(fired) == 2
    clock["now"] += timedelta(minutes=6)
    center.check()
    assert [r.title for r in fired[-1]] == ["Court hearing"]
    # A fresh center (the next start) does not show them again: they were shown.
    again = ReminderCenter(database, None, PRAGUE, now=lambda: clock["now"])
    later: list = []
    again.fired.connect(later.append)
    again.check()
    assert later == []
