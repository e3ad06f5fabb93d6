"""The event form and the "which occurrences?" question, over a real SQLite database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services import calendar as cal
from smallcrm.core.services import matters
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.calendar import Attendee, EventInput, Occurrence
from smallcrm.core.services.matters import MatterInput
from smallcrm.gui.dialogs.event_dialog import (
    EventDialog,
    ask_scope,
    check_custom_rule,
    format_attendees,
    parse_attendees,
    preset_of,
    split_end,
    with_end,
)
from smallcrm.gui.tasks import TaskRunner

PRAGUE = "Europe/Prague"
P = ZoneInfo(PRAGUE)


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


def person(database: Database, given: str, family: str) -> Ref:
    with database.session_scope() as s:
        return book.save_record(s, ContactRecord(given_name=given, family_name=family))


def weekly_series(database: Database, **extra) -> int:
    """Mondays 09:00–10:00 Prague from 16 March 2026, six of them."""
    with database.session_scope() as s:
        return cal.create_event(
            s,
            EventInput(
                "Partners' meeting",
                datetime(2026, 3, 16, 9),
                datetime(2026, 3, 16, 10),
                tz=PRAGUE,
                rrule="FREQ=WEEKLY;COUNT=6",
                **extra,
            ),
            user_zone=PRAGUE,
        )


def window(database: Database, first: date = date(2026, 3, 1), days: int = 60) -> list[Occurrence]:
    start = datetime.combine(first, datetime.min.time(), P)
    with database.session_scope() as s:
        return cal.occurrences(s, start, start + timedelta(days=days), user_zone=PRAGUE)


def clock(occs: list[Occurrence]) -> list[str]:
    return [o.start.astimezone(P).strftime("%m-%d %H:%M") for o in occs]


def answer_box(button: str) -> None:
    """Click ``button`` (an object name) in the message box about to be asked."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        found = box.findChild(QPushButton, button) if box is not None else None
        if found is None:
            QTimer.singleShot(10, click)
            return
        found.click()

    QTimer.singleShot(0, click)


def make(qtbot, database: Database, **kwargs) -> EventDialog:
    kwargs.setdefault("user_zone", PRAGUE)
    dialog = EventDialog(database, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- new events ----------------------------------------------------------------------------


def test_new_event_from_a_drag_is_saved_and_reads_back(qtbot, database, runner):
    jana = person(database, "Jana", "Nováková")
    with database.session_scope() as s:
        lease = matters.create_matter(s, MatterInput("Lease of the Brno office"))
    # A drag in a calendar shown in London: the form shows Prague's wall clock.
    london = ZoneInfo("Europe/London")
    dialog = make(
        qtbot,
        database,
        tasks=runner,
        start=datetime(2026, 4, 14, 13, 0, tzinfo=london),
        end=datetime(2026, 4, 14, 14, 30, tzinfo=london),
    )
    assert dialog.windowTitle() == "New event"
    assert not dialog.delete_button.isVisible()
    assert dialog.start_time.time() == QTime(14, 0) and dialog.end_time.time() == QTime(15, 30)
    assert dialog.zone_combo.currentText() == PRAGUE
    assert dialog.zone_combo.itemText(0) == PRAGUE  # the user's zone first
    assert dialog.reminder_combo.currentText() == "15 minutes before"
    qtbot.keyClicks(dialog.title_edit, "Signing the lease")
    dialog.location_edit.setText("Brno, Veveří 9")
    dialog.attendees_edit.setPlainText('"Novák, Petr" <petr@example.cz>; jana@example.cz')
    dialog.people.add(jana, "Jana Nováková")
    dialog.matter_combo.setCurrentIndex(dialog.matter_combo.findData(lease))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("tentative"))
    dialog.notes_edit.setPlainText("Bring two copies.")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    event_id = signal.args[0]
    with database.session_scope() as s:
        detail = cal.get_event(s, event_id)
    data = detail.data
    assert (data.summary, data.location, data.tz) == (
        "Signing the lease",
        "Brno, Veveří 9",
        PRAGUE,
    )
    assert (data.start, data.end) == (datetime(2026, 4, 14, 14), datetime(2026, 4, 14, 15, 30))
    assert data.reminders == [15]
    assert data.attendees == [
        Attendee("petr@example.cz", "Novák, Petr"),
        Attendee("jana@example.cz"),
    ]
    assert (data.status, data.matter_id, data.description) == (
        "tentative",
        lease,
        "Bring two copies.",
    )
    assert detail.people == ((jana.id, "Jana Nováková"),)
    assert data.rrule is None and not data.all_day


def test_a_new_event_starts_at_the_next_full_hour_for_an_hour(qtbot, database):
    before = datetime.now(P).replace(tzinfo=None)
    dialog = make(qtbot, database)
    start = datetime.combine(
        dialog.start_date.date().toPython(), dialog.start_time.time().toPython()
    )
    end = datetime.combine(dialog.end_date.date().toPython(), dialog.end_time.time().toPython())
    assert start.minute == 0
    assert timedelta(0) < start - before <= timedelta(hours=1, minutes=1)
    assert end - start == timedelta(hours=1)
    # Moving the start carries the end along, keeping the hour.
    dialog.start_time.setTime(QTime(7, 30))
    assert dialog.end_time.time() == QTime(8, 30)
    dialog.end_time.setTime(QTime(9, 0))  # now 90 minutes long
    dialog.start_date.setDate(dialog.start_date.date().addDays(2))
    assert dialog.end_date.date() == dialog.start_date.date()
    assert dialog.end_time.time() == QTime(9, 0)


def test_repeat_presets_follow_the_start_and_save_their_rule(qtbot, database):
    dialog = make(
        qtbot,
        database,
        start=datetime(2026, 3, 31, 9, tzinfo=P),
        end=datetime(2026, 3, 31, 10, tzinfo=P),
    )
    texts = [dialog.repeat_combo.itemText(i) for i in range(dialog.repeat_combo.count())]
    assert "Weekly on Tuesday" in texts and "Monthly on day 31" in texts
    dialog.title_edit.setText("Month-end close")
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("last_working_day"))
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save()
    with database.session_scope() as s:
        data = cal.get_event(s, saved[0]).data
    assert data.rrule == "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    assert clock(window(database, date(2026, 3, 1), 95)) == [
        "03-31 09:00",
        "04-30 09:00",
        "05-29 09:00",  # the 31st is a Sunday, the 30th a Saturday
    ]


def test_all_day_end_is_inclusive_in_the_form_and_exclusive_when_stored(qtbot, database):
    # A double-click on 3 December: midnight to midnight.
    dialog = make(
        qtbot,
        database,
        all_day=True,
        start=datetime(2026, 12, 3, tzinfo=P),
        end=datetime(2026, 12, 4, tzinfo=P),
    )
    assert dialog.all_day_check.isChecked()
    assert dialog.end_date.date() == QDate(2026, 12, 3)  # "ends on 3 Dec"
    assert dialog.start_time.isHidden() and dialog.end_time.isHidden()
    assert not dialog.form.isRowVisible(dialog._zone_row)
    assert dialog.reminder_combo.currentText() == "No reminder"
    dialog.title_edit.setText("Office closed")
    dialog.end_date.setDate(QDate(2026, 12, 5))
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save()
    with database.session_scope() as s:
        data = cal.get_event(s, saved[0]).data
    assert (data.all_day, data.start, data.end, data.tz) == (
        True,
        date(2026, 12, 3),
        date(2026, 12, 6),
        None,
    )
    again = make(qtbot, database, event_id=saved[0])
    assert again.start_date.date() == QDate(2026, 12, 3)
    assert again.end_date.date() == QDate(2026, 12, 5)


def test_a_timed_event_made_all_day_keeps_its_day(qtbot, database):
    dialog = make(
        qtbot,
        database,
        start=datetime(2026, 5, 4, 9, tzinfo=P),
        end=datetime(2026, 5, 4, 10, tzinfo=P),
    )
    dialog.title_edit.setText("Court day")
    dialog.all_day_check.setChecked(True)
    assert dialog.end_date.date() == QDate(2026, 5, 4)
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save()
    with database.session_scope() as s:
        data = cal.get_event(s, saved[0]).data
    assert (data.start, data.end, data.all_day) == (date(2026, 5, 4), date(2026, 5, 5), True)


# --- checks --------------------------------------------------------------------------------


def test_bad_input_shows_messages_beside_the_fields_and_saves_nothing(qtbot, database):
    dialog = make(
        qtbot,
        database,
        start=datetime(2026, 5, 4, 9, tzinfo=P),
        end=datetime(2026, 5, 4, 10, tzinfo=P),
    )
    saved = []
    dialog.saved.connect(saved.append)
    dialog.end_time.setTime(QTime(8, 0))
    dialog.zone_combo.setEditText("Europe/Atlantis")
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("custom"))
    dialog.rule_edit.setText("FREQ=WEEKLY;BYDAY=XX")
    dialog.attendees_edit.setPlainText("jana@example.cz, petr at example")
    dialog.save()
    assert dialog.message_of("eventTitle") == "Give the event a title."
    assert dialog.message_of("eventEnds") == "The event ends before it starts."
    assert dialog.message_of("eventZone").startswith("Unknown time zone")
    assert "BYDAY" in dialog.message_of("eventRepeat")
    assert dialog.message_of("eventAttendees") == "Not an e-mail address: petr at example"
    assert dialog.banner.text() == "Please correct the marked fields."
    assert dialog.isVisible() and saved == [] and window(database) == []
    assert dialog.focusWidget() is dialog.title_edit
    # Fixing a field clears its message at once.
    dialog.title_edit.setText("Hearing")
    assert dialog.message_of("eventTitle") == ""
    dialog.end_time.setTime(QTime(11, 0))
    assert dialog.message_of("eventEnds") == ""
    dialog.zone_combo.setEditText("europe/vienna")  # any case: the list's spelling is saved
    assert dialog.message_of("eventZone") == ""
    dialog.rule_edit.setText("FREQ=WEEKLY;BYDAY=MO,WE")
    assert dialog.message_of("eventRepeat") == ""
    dialog.attendees_edit.setPlainText("jana@example.cz")
    assert dialog.message_of("eventAttendees") == ""
    dialog.save()
    with database.session_scope() as s:
        data = cal.get_event(s, saved[0]).data
    assert (data.tz, data.rrule) == ("Europe/Vienna", "FREQ=WEEKLY;BYDAY=MO,WE")


def test_custom_rule_checks():
    monday = datetime(2026, 3, 16, 9)
    assert check_custom_rule("RRULE:FREQ=WEEKLY;BYDAY=MO", monday) is None
    assert check_custom_rule("", monday) == "Enter a rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE."
    assert "FREQ=" in (check_custom_rule("BYDAY=MO", monday) or "")
    assert "DTSTART" in (check_custom_rule("DTSTART:20260316\nFREQ=DAILY", monday) or "")
    assert check_custom_rule("FREQ=SOMETIMES", monday)
    assert check_custom_rule("FREQ=DAILY;COUNT=3;UNTIL=20260401", monday) == (
        "A rule ends by COUNT or by UNTIL, not by both."
    )


def test_a_core_refusal_shows_in_the_banner(qtbot, database):
    event_id = weekly_series(database)
    dialog = make(qtbot, database, event_id=event_id)
    with database.session_scope() as s:
        cal.delete_event(s, event_id)  # someone else deleted it meanwhile
    dialog.title_edit.setText("Renamed")
    dialog.save()
    assert dialog.banner.text() == f"Event {event_id} does not exist."
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_zone_note_shows_the_time_in_the_users_zone(qtbot, database):
    with database.session_scope() as s:
        event_id = cal.create_event(
            s,
            EventInput(
                "Call with London",
                datetime(2026, 6, 1, 9),
                datetime(2026, 6, 1, 10),
                tz="Europe/London",
            ),
            user_zone=PRAGUE,
        )
    dialog = make(qtbot, database, event_id=event_id)
    assert dialog.zone_combo.currentText() == "Europe/London"
    assert dialog.zone_note.text() == "Shown in your zone (Europe/Prague): 10:00 – 11:00"
    dialog.zone_combo.setEditText(PRAGUE)
    assert dialog.zone_note.isHidden()


# --- editing a series ----------------------------------------------------------------------


def test_editing_one_occurrence_makes_an_override_and_leaves_the_rest(qtbot, database, runner):
    weekly_series(database, reminders=[7])
    second = window(database)[1]
    dialog = make(
        qtbot, database, tasks=runner, event_id=second.event_id, occurrence=second, scope="this"
    )
    assert dialog.windowTitle() == "Edit this event"
    assert dialog.start_date.date() == QDate(2026, 3, 23)  # the occurrence, not the series
    assert not dialog.form.isRowVisible(dialog._repeat_row)
    assert "23 March 2026 only" in dialog.scope_note.text()
    assert dialog.reminder_combo.currentText() == "7 minutes before"  # kept, not in the list
    dialog.start_time.setTime(QTime(11, 0))
    assert dialog.end_time.time() == QTime(12, 0)
    dialog.title_edit.setText("Partners' meeting (moved)")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        dialog.save()
    assert signal.args[0] != second.event_id  # a row of its own for the changed occurrence
    occs = window(database)
    assert clock(occs) == [
        "03-16 09:00",
        "03-23 11:00",
        "03-30 09:00",
        "04-06 09:00",
        "04-13 09:00",
        "04-20 09:00",
    ]
    assert [o.summary for o in occs].count("Partners' meeting (moved)") == 1
    assert occs[1].recurrence_id == second.key
    with database.session_scope() as s:
        assert cal.get_event(s, occs[1].event_id).data.reminders == [7]


def test_this_and_following_splits_the_series(qtbot, database):
    weekly_series(database)
    third = window(database)[2]
    dialog = make(qtbot, database, event_id=third.event_id, occurrence=third, scope="following")
    assert dialog.windowTitle() == "Edit this and the following events"
    assert dialog.form.isRowVisible(dialog._repeat_row)
    assert dialog.start_date.date() == QDate(2026, 3, 30)
    dialog.start_time.setTime(QTime(10, 0))
    dialog.save()
    occs = window(database)
    assert clock(occs) == [
        "03-16 09:00",
        "03-23 09:00",
        "03-30 10:00",
        "04-06 10:00",
        "04-13 10:00",
        "04-20 10:00",
    ]
    assert len({o.event_id for o in occs}) == 2 and occs[1].uid != occs[2].uid


def test_all_events_shows_the_series_and_renames_every_occurrence(qtbot, database):
    weekly_series(database)
    third = window(database)[2]
    dialog = make(qtbot, database, event_id=third.event_id, occurrence=third, scope="all")
    assert dialog.windowTitle() == "Edit all events in the series"
    assert dialog.start_date.date() == QDate(2026, 3, 16)  # the series' first
    # Weekly on its Monday, six times: the preset and the series' end.
    assert dialog.repeat_combo.currentData() == "weekly"
    assert dialog.series_end_combo.currentData() == "count"
    assert dialog.count_spin.value() == 6 and dialog.count_spin.isVisibleTo(dialog)
    assert not dialog.until_date.isVisibleTo(dialog)
    dialog.title_edit.setText("Partners")
    dialog.save()
    occs = window(database)
    assert {o.summary for o in occs} == {"Partners"} and len(occs) == 6
    with database.session_scope() as s:
        assert cal.get_event(s, occs[0].event_id).data.rrule == "FREQ=WEEKLY;COUNT=6"


def test_a_series_end_is_a_day_or_a_number_of_times(qtbot, database):
    dialog = make(
        qtbot,
        database,
        start=datetime(2026, 3, 16, 9, tzinfo=P),
        end=datetime(2026, 3, 16, 10, tzinfo=P),
    )
    assert not dialog.form.isRowVisible(dialog._series_end_row)  # does not repeat
    dialog.title_edit.setText("Partners' meeting")
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("weekly"))
    assert dialog.form.isRowVisible(dialog._series_end_row)
    assert dialog.series_end_combo.currentData() == "never"

    dialog.series_end_combo.setCurrentIndex(dialog.series_end_combo.findData("until"))
    dialog.until_date.setDate(QDate(2026, 3, 1))  # before the first day
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    dialog.save()
    assert not saved
    assert dialog.message_of("eventSeriesEnd") == "The series cannot end before its first day."

    dialog.until_date.setDate(QDate(2026, 4, 6))
    assert dialog.message_of("eventSeriesEnd") == ""
    dialog.save()
    with database.session_scope() as s:
        assert cal.get_event(s, saved[0]).data.rrule == "FREQ=WEEKLY;UNTIL=20260406T235959"
    assert clock(window(database)) == [
        "03-16 09:00", "03-23 09:00", "03-30 09:00", "04-06 09:00"
    ]  # fmt: skip

    # All day, three times.
    dialog = make(qtbot, database, start=date(2026, 5, 4), end=date(2026, 5, 5), all_day=True)
    dialog.title_edit.setText("Office closed")
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("daily"))
    dialog.series_end_combo.setCurrentIndex(dialog.series_end_combo.findData("count"))
    dialog.count_spin.setValue(3)
    dialog.saved.connect(saved.append)
    dialog.save()
    with database.session_scope() as s:
        assert cal.get_event(s, saved[1]).data.rrule == "FREQ=DAILY;COUNT=3"
    dialog = make(qtbot, database, event_id=saved[1], scope="all")
    dialog.series_end_combo.setCurrentIndex(dialog.series_end_combo.findData("until"))
    dialog.until_date.setDate(QDate(2026, 5, 10))
    dialog.save()
    with database.session_scope() as s:
        assert cal.get_event(s, saved[1]).data.rrule == "FREQ=DAILY;UNTIL=20260510"


def test_a_servers_series_saved_unchanged_keeps_its_rule(qtbot, database):
    """Rewritten, a synced series would go back to the server as a new rule."""
    rule = "FREQ=WEEKLY;BYDAY=MO;WKST=SU;UNTIL=20260420T090000"
    series_id = weekly_series(database)
    with database.session_scope() as s:
        data = cal.get_event(s, series_id).data
        cal.update_event(s, series_id, replace(data, rrule=rule), user_zone=PRAGUE)
    dialog = make(qtbot, database, event_id=series_id, scope="all")
    assert dialog.repeat_combo.currentData() == "weekly"
    assert dialog.series_end_combo.currentData() == "until"
    assert dialog.until_date.date() == QDate(2026, 4, 20)
    dialog.location_edit.setText("Room 2")
    dialog.save()
    with database.session_scope() as s:
        assert cal.get_event(s, series_id).data.rrule == rule

    # Moved to Tuesdays, "weekly" follows the start: the rule is written anew.
    dialog = make(qtbot, database, event_id=series_id, scope="all")
    dialog.start_date.setDate(QDate(2026, 3, 17))
    dialog.save()
    with database.session_scope() as s:
        assert cal.get_event(s, series_id).data.rrule == "FREQ=WEEKLY;UNTIL=20260420T235959"


def test_a_later_start_time_keeps_the_last_day_shown(qtbot, database):
    """An UNTIL at the old start time would drop the last day once the series starts later
    in the day: the form says "On 6 April", so 6 April stays."""
    series_id = weekly_series(database)
    with database.session_scope() as s:
        data = cal.get_event(s, series_id).data
        rule = "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=SU;UNTIL=20260406T090000"
        cal.update_event(s, series_id, replace(data, rrule=rule), user_zone=PRAGUE)
    dialog = make(qtbot, database, event_id=series_id, scope="all")
    assert dialog.until_date.date() == QDate(2026, 4, 6)
    dialog.start_time.setTime(QTime(10, 0))
    dialog.save()
    assert clock(window(database)) == ["03-16 10:00", "03-23 10:00", "03-30 10:00", "04-06 10:00"]
    # An UNTIL before the start time of its day leaves that day out, and the form says so.
    with database.session_scope() as s:
        data = cal.get_event(s, series_id).data
        rule = "FREQ=WEEKLY;UNTIL=20260406T080000"
        cal.update_event(s, series_id, replace(data, rrule=rule), user_zone=PRAGUE)
    dialog = make(qtbot, database, event_id=series_id, scope="all")
    assert dialog.until_date.date() == QDate(2026, 4, 5)


def test_this_and_following_shows_what_is_left_of_the_count(qtbot, database):
    weekly_series(database)  # six Mondays
    third = window(database)[2]
    dialog = make(qtbot, database, event_id=third.event_id, occurrence=third, scope="following")
    assert dialog.series_end_combo.currentData() == "count"
    assert dialog.count_spin.value() == 4
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("biweekly"))
    dialog.save()
    assert clock(window(database, days=120)) == [
        "03-16 09:00", "03-23 09:00", "03-30 09:00", "04-13 09:00", "04-27 09:00", "05-11 09:00"
    ]  # fmt: skip


def test_series_end_is_read_from_a_rule():
    assert split_end("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260420T080000Z") == (
        "FREQ=WEEKLY;BYDAY=MO", datetime(2026, 4, 20, 8), None
    )  # fmt: skip
    assert split_end("FREQ=DAILY;UNTIL=20260420") == ("FREQ=DAILY", date(2026, 4, 20), None)
    assert split_end("RRULE:FREQ=DAILY;COUNT=3") == ("FREQ=DAILY", None, 3)
    assert split_end("FREQ=DAILY") == ("FREQ=DAILY", None, None)
    # Both ends, or an end that is no date: the rule stays whole, for the custom field.
    assert split_end("FREQ=DAILY;COUNT=3;UNTIL=20260101") == (
        "FREQ=DAILY;COUNT=3;UNTIL=20260101", None, None
    )  # fmt: skip
    assert split_end("FREQ=DAILY;UNTIL=20261399") == ("FREQ=DAILY;UNTIL=20261399", None, None)
    assert split_end(None) == (None, None, None)
    assert with_end("FREQ=DAILY;COUNT=2", None, 5, False) == "FREQ=DAILY;COUNT=5"
    assert with_end("FREQ=DAILY", date(2026, 1, 2), None, True) == "FREQ=DAILY;UNTIL=20260102"
    # Every end the rule had goes: one rule, one end (RFC 5545 allows no more).
    assert with_end("FREQ=DAILY;COUNT=3;UNTIL=20260110", None, 5, False) == "FREQ=DAILY;COUNT=5"


def test_a_changed_occurrence_opened_for_all_events_edits_the_series(qtbot, database):
    series_id = weekly_series(database)
    second = window(database)[1]
    with database.session_scope() as s:
        data = cal.get_event(s, series_id).data
        cal.update_event(
            s,
            series_id,
            EventInput("Moved", datetime(2026, 3, 23, 11), datetime(2026, 3, 23, 12), tz=PRAGUE),
            user_zone=PRAGUE,
            scope="this",
            key=second.key,
        )
    moved = window(database)[1]
    assert moved.recurrence_id  # its own row now
    dialog = make(qtbot, database, event_id=moved.event_id, occurrence=moved, scope="all")
    assert dialog.target_id == series_id
    assert dialog.title_edit.text() == data.summary
    dialog.location_edit.setText("Room 2")
    dialog.save()
    with database.session_scope() as s:
        assert cal.get_event(s, series_id).data.location == "Room 2"


def test_repeat_preset_recognises_a_servers_spelling():
    monday = date(2026, 3, 16)
    assert preset_of("FREQ=WEEKLY;BYDAY=MO", monday) == "weekly"
    assert preset_of("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO", monday) == "biweekly"
    assert preset_of("FREQ=MONTHLY;BYMONTHDAY=16", monday) == "monthly"
    assert preset_of("FREQ=WEEKLY;BYDAY=TU", monday) == "custom"
    assert preset_of("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", monday) == "weekdays"
    assert preset_of(None, monday) == "none"
    assert preset_of("FREQ=WEEKLY;BYDAY=MO;WKST=SU", monday) == "weekly"
    assert preset_of("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU", monday) == "custom"


def test_attendees_parse_and_format():
    known = [Attendee("jana@example.cz", "Jana", "REQ-PARTICIPANT", "ACCEPTED")]
    found, bad = parse_attendees(
        'Jana Nováková <JANA@example.cz>, "Novák, Petr" <petr@example.cz>\n'
        "mailto:office@example.cz; jana@example.cz, nobody",
        known,
    )
    assert found == [
        Attendee("JANA@example.cz", "Jana Nováková", "REQ-PARTICIPANT", "ACCEPTED"),
        Attendee("petr@example.cz", "Novák, Petr"),
        Attendee("office@example.cz"),
    ]
    assert bad == ["nobody"]
    text = format_attendees(found)
    assert text == (
        'Jana Nováková <JANA@example.cz>, "Novák, Petr" <petr@example.cz>, office@example.cz'
    )
    assert parse_attendees(text, known)[0] == found


# --- deleting and the question -------------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("scopeThis", "this"),
        ("scopeFollowing", "following"),
        ("scopeAll", "all"),
        ("scopeCancel", None),
    ],
)
@pytest.mark.parametrize("action", ["edit", "delete"])
def test_ask_scope_returns_the_answer(qtbot, button, expected, action):
    answer_box(button)
    assert ask_scope(None, action) == expected


def test_ask_scope_words_the_question_for_the_action(qtbot):
    from smallcrm.gui.dialogs.event_dialog import scope_box

    edit, delete = scope_box(None, "edit"), scope_box(None, "delete")
    assert edit.text().startswith("This is a repeating event. Change only this event")
    assert delete.text().startswith("This is a repeating event. Delete only this event")
    assert [b.text() for b in edit.buttons() if b.objectName() != "scopeCancel"] == [
        "This event",
        "This and following",
        "All events",
    ]


def test_delete_of_one_event_asks_and_trashes_it(qtbot, database):
    with database.session_scope() as s:
        event_id = cal.create_event(
            s,
            EventInput("Lunch", datetime(2026, 6, 1, 12), datetime(2026, 6, 1, 13), tz=PRAGUE),
            user_zone=PRAGUE,
        )
    dialog = make(qtbot, database, event_id=event_id)
    assert dialog.delete_button.isVisible()
    answer_box("deleteCancel")
    dialog.delete()
    assert dialog.isVisible()
    gone = []
    dialog.deleted.connect(gone.append)
    answer_box("deleteConfirm")
    dialog.delete()
    assert gone == [[event_id]] and not dialog.isVisible()
    with database.session_scope() as s, pytest.raises(RecordNotFound):
        cal.get_event(s, event_id)


def test_delete_of_an_occurrence_asks_which_and_keeps_the_others(qtbot, database, runner):
    weekly_series(database)
    second = window(database)[1]
    dialog = make(
        qtbot, database, tasks=runner, event_id=second.event_id, occurrence=second, scope="this"
    )
    answer_box("scopeThis")
    with qtbot.waitSignal(dialog.deleted, timeout=5000):
        dialog.delete()
    assert clock(window(database)) == [
        "03-16 09:00",
        "03-30 09:00",
        "04-06 09:00",
        "04-13 09:00",
        "04-20 09:00",
    ]


def test_source_line_and_a_closed_matter_are_shown(qtbot, database):
    with database.session_scope() as s:
        matters.create_matter(s, MatterInput("Open one"))
        lease = matters.create_matter(s, MatterInput("Old lease"))
        closed = next(st for st in matters.stages(s) if st.phase == "closed")
        matters.move_stage(s, lease, closed.id)
        event_id = cal.create_event(
            s,
            EventInput(
                "Synced",
                datetime(2026, 6, 1, 9),
                datetime(2026, 6, 1, 10),
                tz=PRAGUE,
                source="Office 365",
                matter_id=lease,
            ),
            user_zone=PRAGUE,
        )
    dialog = make(qtbot, database, event_id=event_id)
    assert dialog.source_label.text() == "Office 365"
    assert dialog.form.isRowVisible(dialog._source_row)
    assert dialog.matter_combo.currentData() == lease
    assert dialog.matter_combo.currentText().endswith("Old lease")
    offered = [dialog.matter_combo.itemText(i) for i in range(dialog.matter_combo.count())]
    assert [t.split(" ", 1)[1] for t in offered if t] == ["Open one", "Old lease"]
    assert dialog.data().source == "Office 365"


def test_ctrl_enter_saves_and_tab_walks_the_form_in_order(qtbot, database):
    dialog = make(
        qtbot,
        database,
        start=datetime(2026, 6, 1, 9, tzinfo=P),
        end=datetime(2026, 6, 1, 10, tzinfo=P),
    )
    qtbot.waitExposed(dialog)
    # Focus and shortcuts need the window to be the active one, even off screen.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.title_edit.hasFocus)
    fields = [
        dialog.title_edit,
        dialog.location_edit,
        dialog.start_date,
        dialog.start_time,
        dialog.all_day_check,
        dialog.end_date,
        dialog.end_time,
        dialog.zone_combo,
        dialog.repeat_combo,
        dialog.reminder_combo,
        dialog.status_combo,
        dialog.attendees_edit,
        dialog.people.search_edit,
        dialog.matter_combo,
        dialog.notes_edit,
        dialog.cancel_button,
        dialog.save_button,
    ]
    walked, widget = [], dialog.title_edit
    for _ in range(500):
        if widget in fields and widget not in walked:
            walked.append(widget)
        widget = widget.nextInFocusChain()
    assert walked == fields
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.location_edit
    dialog.title_edit.setText("Quick one")
    saved = []
    dialog.saved.connect(saved.append)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(saved) == 1


def test_a_new_event_from_a_matter_page_is_filed_on_it(qtbot, database):
    with database.session_scope() as s:
        lease = matters.create_matter(s, MatterInput("Old lease"))
        closed = next(st for st in matters.stages(s) if st.phase == "closed")
        matters.move_stage(s, lease, closed.id)
    dialog = make(qtbot, database, matter_id=lease)
    assert dialog.form.isRowVisible(dialog._matter_row)
    assert dialog.matter_combo.currentText().endswith("Old lease")
    dialog.title_edit.setText("Handover")
    assert dialog.data().matter_id == lease
    dialog.matter_combo.setEditText("no such matter")
    dialog.save()
    assert dialog.message_of("eventMatter") == "Pick a matter from the list, or leave it empty."
    dialog.matter_combo.setEditText("")
    assert dialog.message_of("eventMatter") == ""
    assert dialog.data().matter_id is None
