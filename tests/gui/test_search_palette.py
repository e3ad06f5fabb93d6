"""Ctrl+K: type, see hits of every kind grouped, choose with the keys, and the record opens."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import calendar as cal
from smallcrm.core.services.address_book import Ref, save_record
from smallcrm.core.services.matters import MatterInput, create_matter
from smallcrm.core.services.record_homes import activity_home, event_day
from smallcrm.core.services.tasks import TaskInput, create_task
from smallcrm.core.services.timeline import ActivityInput, log_activity
from smallcrm.gui.main_window import MainWindow


def _seed(database) -> dict[str, int]:
    with database.session_scope() as s:
        person = save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
        org = save_record(s, ContactRecord(kind="organization", display_name="Novotný a spol."))
        matter = create_matter(s, MatterInput(title="Nováková v. Stavby Brno"))
        task = create_task(s, TaskInput(title="Zavolat paní Novákové", due_on=date(2026, 12, 1)))
        event = cal.create_event(
            s,
            cal.EventInput(
                "Jednání Novák", datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 10),
                tz="Europe/Prague",
            ),
            user_zone="Europe/Prague",
        )  # fmt: skip
        note = log_activity(
            s,
            ActivityInput(
                "note", subject="Poznámka", body="Paní Nováková volala kvůli smlouvě.",
                occurred_at=datetime(2026, 11, 2, 10, tzinfo=UTC), people=[person.id],
            ),
        )  # fmt: skip
    return {"person": person.id, "org": org.id, "matter": matter, "task": task,
            "event": event, "note": note}  # fmt: skip


@pytest.fixture
def window(qtbot, profile, database):
    win = MainWindow(profile, database, remember=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _type(qtbot, window, text: str):
    window.focus_search()
    qtbot.keyClicks(window.search_edit, text)
    palette = window.palette_widget
    qtbot.waitUntil(lambda: palette.isVisible() and palette.shown_text == text, timeout=5000)
    return palette


def test_typing_lists_every_kind_grouped_and_folded(qtbot, window, database, tmp_path):
    ids = _seed(database)
    palette = _type(qtbot, window, "novak")
    hits = palette.hits()
    assert ("contact", ids["person"]) in hits
    assert ("matter", ids["matter"]) in hits
    assert ("task", ids["task"]) in hits
    assert ("event", ids["event"]) in hits
    assert ("activity", ids["note"]) in hits
    kinds = [kind for kind, _id in hits]
    assert kinds == sorted(kinds, key=kinds.index)  # grouped: a kind never comes back
    captions = [
        palette.list.item(r).text()
        for r in range(palette.list.count())
        if not palette.list.item(r).flags() & Qt.ItemFlag.ItemIsSelectable
    ]
    assert captions == ["People", "Matters", "Tasks", "Events", "Activities and notes"]
    assert palette.current_hit() == hits[0]
    window.grab().save(str(tmp_path / "palette.png"))


def test_arrows_choose_and_enter_opens_the_matter(qtbot, window, database):
    ids = _seed(database)
    palette = _type(qtbot, window, "stavby")
    assert palette.hits() == [("matter", ids["matter"])]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_section() == "matters")
    assert not palette.isVisible()


def test_a_task_and_an_event_open_their_dialogs(qtbot, window, database):
    ids = _seed(database)
    palette = _type(qtbot, window, "zavolat")
    assert palette.hits() == [("task", ids["task"])]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_section() == "tasks"
    tasks = window.page("tasks")
    assert tasks.dialog is not None and tasks.dialog.task_id == ids["task"]
    tasks.dialog.close()
    palette = _type(qtbot, window, "jednani")
    assert palette.hits() == [("event", ids["event"])]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    calendar = window.page("calendar")
    qtbot.waitUntil(lambda: getattr(calendar, "last_dialog", None) is not None)
    assert calendar.view.anchor_date() == date(2026, 12, 3)
    assert calendar.last_dialog.target_id == ids["event"]
    calendar.last_dialog.close()


def test_an_activity_opens_on_its_persons_timeline(qtbot, window, database):
    ids = _seed(database)
    palette = _type(qtbot, window, "smlouv")
    assert ("activity", ids["note"]) in palette.hits()
    while palette.current_hit() != ("activity", ids["note"]):
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_section() == "contacts")


def test_odd_input_and_escape_never_fail(qtbot, window, database):
    _seed(database)
    palette = _type(qtbot, window, '"NEAR(* -:')
    assert palette.hits() == []
    assert "Nothing found" in palette.status.text()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "x")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    assert not palette.isVisible()


def test_enter_before_the_answer_opens_the_first_hit_when_it_comes(qtbot, window, database):
    ids = _seed(database)
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "stavby")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)  # before the 60 ms pause ends
    qtbot.waitUntil(lambda: window.current_section() == "matters")
    assert window.palette_widget.hits() == [("matter", ids["matter"])]


def test_record_homes(database):
    ids = _seed(database)
    with database.session_scope() as s:
        assert activity_home(s, ids["note"]) == Ref("person", ids["person"])
        assert event_day(s, ids["event"], "Europe/Prague", date(2026, 11, 24)) == date(2026, 12, 3)
        # Seen from Tokyo the 09:00 Prague hearing is at 17:00 the same day.
        assert event_day(s, ids["event"], "Asia/Tokyo", date(2026, 11, 24)) == date(2026, 12, 3)
        weekly = cal.create_event(
            s,
            cal.EventInput(
                "Porada", datetime(2026, 1, 5, 23, 30), datetime(2026, 1, 6, 0, 30),
                tz="Europe/Prague", rrule="FREQ=WEEKLY",
            ),
            user_zone="Europe/Prague",
        )  # fmt: skip
        # The next Monday from 24 Nov 2026 is the 30th; in Tokyo it is already Tuesday.
        assert event_day(s, weekly, "Europe/Prague", date(2026, 11, 24)) == date(2026, 11, 30)
        assert event_day(s, weekly, "Asia/Tokyo", date(2026, 11, 24)) == date(2026, 12, 1)
