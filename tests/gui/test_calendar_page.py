"""The Calendar section end to end: drags and dialogs write real events to the database."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from smallcrm.core.services import calendar as cal
from smallcrm.core.services.calendar import EventInput
from smallcrm.gui.views.calendar import CalendarPage

PRAGUE = "Europe/Prague"
P = ZoneInfo(PRAGUE)
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
MONDAY = date(2026, 3, 23)  # the week before the clocks go forward on Sunday 29 March


def open_page(qtbot, database) -> CalendarPage:
    page = CalendarPage(database, None, PRAGUE)
    page.view.set_now_provider(lambda: datetime(2026, 3, 24, 9, 0, tzinfo=P))
    page.view.set_date(MONDAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def drag(view, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(view, LEFT, NO_MOD, start)
    QTest.mouseMove(view, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2 + 1))
    QTest.mouseMove(view, end)
    QTest.mouseRelease(view, LEFT, NO_MOD, end)


class answer_scope:  # noqa: N801 - used like a function: answer_scope("scopeThis")
    """Click ``name`` (scopeThis, scopeFollowing, scopeAll) in the question when it shows;
    ``done`` says it was clicked. Gives up after a second, so nothing outlives the test."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.done = False
        self.tries = 0
        QTimer.singleShot(0, self.click)

    def click(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "scopeBox":
            self.tries += 1
            if self.tries < 50:
                QTimer.singleShot(20, self.click)
            return
        for button in box.buttons():
            if button.objectName() == self.name:
                button.click()
                self.done = True
                return


def _occurrences(database, first: date, last: date):
    with database.session_scope() as s:
        return cal.occurrences(
            s,
            datetime.combine(first, datetime.min.time(), P),
            datetime.combine(last, datetime.min.time(), P),
            user_zone=PRAGUE,
        )


def test_drag_creates_an_event_through_the_dialog(qtbot, database):
    page = open_page(qtbot, database)
    view = page.view
    drag(
        view,
        view.point_at(date(2026, 3, 25), 10 * 60 + 2),
        view.point_at(date(2026, 3, 25), 11 * 60 + 28),
    )
    dialog = page.last_dialog
    assert dialog.isVisible()
    dialog.title_edit.setText("Client meeting — Novák")
    dialog.location_edit.setText("Office")
    dialog.save()
    [occ] = _occurrences(database, MONDAY, date(2026, 3, 30))
    assert (occ.summary, occ.start, occ.end) == (
        "Client meeting — Novák",
        datetime(2026, 3, 25, 10, 0, tzinfo=P),
        datetime(2026, 3, 25, 11, 30, tzinfo=P),
    )
    with database.session_scope() as s:
        assert cal.get_event(s, occ.event_id).data.tz == PRAGUE
    assert [o.summary for o in view._occurrences] == ["Client meeting — Novák"]  # reloaded
    page.grab().save("/tmp/calendar_page.png")


def test_move_and_resize_by_dragging_and_undo(qtbot, database):
    with database.session_scope() as s:
        event_id = cal.create_event(
            s,
            EventInput("Hearing", datetime(2026, 3, 24, 9), datetime(2026, 3, 24, 10), tz=PRAGUE),
            user_zone=PRAGUE,
        )
    page = open_page(qtbot, database)
    view = page.view
    [occ] = view._occurrences
    body = view.event_rects(occ)[0].center()
    target = view.point_at(date(2026, 3, 26), 14 * 60) + QPoint(
        0, body.y() - view.point_at(date(2026, 3, 24), 9 * 60).y()
    )
    drag(view, body, target)
    with database.session_scope() as s:
        data = cal.get_event(s, event_id).data
    assert (data.start, data.end) == (datetime(2026, 3, 26, 14), datetime(2026, 3, 26, 15))
    page.undo()
    with database.session_scope() as s:
        data = cal.get_event(s, event_id).data
    assert (data.start, data.end) == (datetime(2026, 3, 24, 9), datetime(2026, 3, 24, 10))
    # Resize by the bottom edge: to 11:30.
    [occ] = view._occurrences
    rect = view.event_rects(occ)[0]
    drag(
        view,
        QPoint(rect.center().x(), rect.bottom() - 1),
        view.point_at(date(2026, 3, 24), 11 * 60 + 30),
    )
    with database.session_scope() as s:
        data = cal.get_event(s, event_id).data
    assert (data.start, data.end) == (datetime(2026, 3, 24, 9), datetime(2026, 3, 24, 11, 30))


def test_one_occurrence_of_a_series_moved_and_edited(qtbot, database):
    with database.session_scope() as s:
        series = cal.create_event(
            s,
            EventInput(
                "Stand-up",
                datetime(2026, 3, 23, 8, 30),
                datetime(2026, 3, 23, 9),
                tz=PRAGUE,
                rrule="FREQ=DAILY;COUNT=10",
            ),
            user_zone=PRAGUE,
        )
    page = open_page(qtbot, database)
    view = page.view
    tuesday = next(o for o in view._occurrences if o.start.date() == date(2026, 3, 24))
    body = view.event_rects(tuesday)[0].center()
    answer = answer_scope("scopeThis")
    drag(
        view,
        body,
        body
        + QPoint(0, view.point_at(MONDAY, 11 * 60).y() - view.point_at(MONDAY, 8 * 60 + 30).y()),
    )
    assert answer.done
    occs = _occurrences(database, MONDAY, date(2026, 4, 2))
    assert [o.start.strftime("%d %H:%M") for o in occs] == [
        "23 08:30", "24 11:00", "25 08:30", "26 08:30", "27 08:30", "28 08:30",
        "29 08:30",  # the first day of summer time: still 08:30
        "30 08:30", "31 08:30", "01 08:30",
    ]  # fmt: skip
    assert occs[1].event_id != series and occs[1].recurrence_id == tuesday.key
    # Edit Thursday's only, through the dialog.
    page.refresh()
    thursday = next(o for o in view._occurrences if o.start.date() == date(2026, 3, 26))
    answer = answer_scope("scopeThis")
    page.open_occurrence(thursday)
    assert answer.done
    dialog = page.last_dialog
    assert dialog.start_time.time().hour() == 8 and dialog.start_date.date().day() == 26
    dialog.title_edit.setText("Stand-up with the auditors")
    dialog.save()
    titles = [o.summary for o in _occurrences(database, MONDAY, date(2026, 4, 2))]
    assert (
        titles.count("Stand-up with the auditors") == 1
        and titles[3] == "Stand-up with the auditors"
    )
    assert titles.count("Stand-up") == 9


def test_import_and_export_from_the_page(qtbot, database, tmp_path):
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "ics"
    page = open_page(qtbot, database)
    page.import_files(
        [
            str(data / "vobject_thunderbird_exdate_europe_paris.ics"),
            str(data / "icalendar_many_empty_vevents.ics"),
        ]
    )
    report = page.last_import
    assert report.added >= 1 and len(report.problems) == 20
    box = page.last_box
    assert box.objectName() == "icsImportReport" and box.informativeText().startswith("20 record")
    assert "icalendar_many_empty_vevents.ics:2:" in box.detailedText()
    box.close()
    out = tmp_path / "out.ics"
    page.export_file(str(out))
    assert out.read_bytes().count(b"BEGIN:VEVENT") == report.added
