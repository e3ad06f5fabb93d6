"""The dashboard page in the main window over a real SQLite profile: it fills, every item
opens its record, the stage chart paints its counts, and the keyboard reaches it all."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services import calendar as cal
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.calendar import EventInput
from smallcrm.core.services.matters import MatterInput
from smallcrm.core.services.tasks import TaskInput
from smallcrm.core.services.timeline import ActivityInput
from smallcrm.gui.main_window import MainWindow


def seed(database: Database, zone: str) -> dict[str, int]:
    """A firm's morning: a meeting today, a task due, one overdue, deadlines, a follow-up,
    someone out of touch, a logged call, matters in three stages."""
    today = datetime.now(ZoneInfo(zone)).date()
    with database.session_scope() as s:
        jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková")).id
        petr = book.save_record(s, ContactRecord(given_name="Petr", family_name="Dvořák")).id
        stages = {st.key: st.id for st in matters.stages(s)}
        lease = matters.create_matter(s, MatterInput("Lease", number="2026/0042"))
        matters.move_stage(s, lease, stages["engaged"])
        audit = matters.create_matter(s, MatterInput("Audit", number="2026/0007"))
        matters.move_stage(s, audit, stages["engaged"])
        matters.create_matter(s, MatterInput("New inquiry", number="2026/0050"))
        closed = matters.create_matter(s, MatterInput("Old case", number="2019/0001"))
        matters.move_stage(s, closed, stages["closed"])

        def task(title: str, due: date, **kw) -> int:
            return tasks.create_task(s, TaskInput(title=title, due_on=due, **kw))

        ids = {
            "jana": jana,
            "petr": petr,
            "lease": lease,
            "closed": closed,
            "engaged": stages["engaged"],
            "inquiry": stages["inquiry"],
            "due": task("Send the engagement letter", today, due_time=time(10), matter_id=lease),
            "late": task("File the tax return", today - timedelta(days=3), people=[jana]),
            "deadline": task(
                "Deadline: appeal", today + timedelta(days=3), kind="deadline", matter_id=lease
            ),
            "meeting": cal.create_event(
                s,
                EventInput(
                    "Client meeting",
                    datetime.combine(today, time(14)),
                    datetime.combine(today, time(15)),
                    tz=zone,
                    location="Meeting room 1",
                ),
                user_zone=zone,
            ),
            "court": cal.create_event(
                s,
                EventInput(
                    "Court: statement",
                    today + timedelta(days=5),
                    today + timedelta(days=6),
                    all_day=True,
                    kind="deadline",
                    matter_id=audit,
                ),
                user_zone=zone,
            ),
        }
        done = task("Already done", today)
        tasks.mark_done(s, done)
        tasks.follow_up(s, 0, ref=Ref("person", jana), today=today - timedelta(days=2))
        tasks.set_stay_in_touch(s, petr, 2)
        timeline.log_activity(
            s,
            ActivityInput(
                kind="meeting",
                subject="Annual review",
                occurred_at=datetime.now(UTC) - timedelta(weeks=3),
                people=[petr],
            ),
        )
        timeline.log_activity(
            s,
            ActivityInput(
                kind="call",
                subject="Discussed the lease",
                direction="out",
                occurred_at=datetime.now(UTC) - timedelta(hours=1),
                people=[jana],
                matter_id=lease,
            ),
        )
    return ids


@pytest.fixture
def window(qtbot, profile, database):
    win = MainWindow(profile, database, remember=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def ready_dashboard(qtbot, window):
    dashboard = window.page("dashboard")
    qtbot.waitUntil(dashboard.is_ready)  # the first paint started the read
    return dashboard


def click_row(qtbot, block, row: int) -> None:
    view = block.list
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_page_fills_every_block_after_its_first_paint(qtbot, window, database):
    ids = seed(database, window.user_zone())
    dashboard = window.page("dashboard")
    assert not dashboard.is_ready()  # built empty: the read waits for the first paint
    dashboard.refresh()
    qtbot.waitUntil(dashboard.is_ready)
    assert dashboard.today_stack.currentWidget() is dashboard.lists

    [meeting] = dashboard.events.list.rows()
    assert (meeting.title, meeting.detail) == ("Client meeting", "Meeting room 1")
    assert "–" in meeting.aside  # its times, start to end
    assert [r.title for r in dashboard.due_today.list.rows()] == ["Send the engagement letter"]
    assert dashboard.due_today.list.rows()[0].detail == "2026/0042"
    [late] = dashboard.overdue.list.rows()
    assert late.title == "File the tax return" and late.late
    assert late.detail.startswith("overdue since ") and late.detail.endswith("Jana Nováková")
    assert [(r.title, r.aside) for r in dashboard.deadlines.list.rows()] == [
        ("Deadline: appeal", "in 3 days"),
        ("Court: statement", "in 5 days"),
    ]
    assert "2026/0042 Lease" in dashboard.deadlines.list.rows()[0].detail
    assert [r.title for r in dashboard.follow_ups.list.rows()] == ["Follow up: Jana Nováková"]
    assert [r.title for r in dashboard.out_of_touch.list.rows()] == ["Petr Dvořák"]
    *moves, call, review = dashboard.recent.list.rows()  # newest first
    assert [(m.title, m.detail) for m in moves] == [
        ("Stage changed: Inquiry → Closed", "2019/0001"),
        ("Stage changed: Inquiry → Engaged", "2026/0007"),
        ("Stage changed: Inquiry → Engaged", "2026/0042"),
    ]
    assert call.title == "Outgoing call: Discussed the lease"
    assert call.detail == "Jana Nováková · 2026/0042"
    assert (review.title, review.detail) == ("Meeting: Annual review", "Petr Dvořák")

    assert dashboard.contacts_card.number.text() == "2"
    assert dashboard.matters_card.number.text() == "3"  # the closed one is not open
    assert dashboard.tasks_card.number.text() == "4"  # due, late, the deadline, the follow-up
    assert dashboard.tasks_card.note.text() == "1 overdue"
    assert dashboard.deadlines_panel.count.text() == "2"
    assert [(b[0], b[3]) for b in dashboard.chart.bars()] == [
        (ids["inquiry"], 1),
        (matters_stage(database, "conflict_check"), 0),
        (ids["engaged"], 2),
        (matters_stage(database, "active"), 0),
    ]
    assert not dashboard.sync_panel.isVisibleTo(dashboard)  # no accounts yet


def matters_stage(database: Database, key: str) -> int:
    with database.session_scope() as s:
        return next(st.id for st in matters.stages(s) if st.key == key)


def test_every_item_opens_its_record_in_the_window(qtbot, window, database):
    ids = seed(database, window.user_zone())
    dashboard = ready_dashboard(qtbot, window)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.events.list.count() == 1)

    # A task: the Tasks page with its form.
    with qtbot.waitSignal(dashboard.taskRequested) as asked:
        click_row(qtbot, dashboard.due_today, 0)
    assert asked.args == [ids["due"]]
    assert window.current_section() == "tasks"
    form = window.page("tasks").dialog
    assert form is not None and form.task_id == ids["due"]
    form.close()

    # A deadline filed as a task opens that task; a calendar entry opens the calendar's form.
    window.show_section("dashboard")
    with qtbot.waitSignal(dashboard.taskRequested) as asked:
        click_row(qtbot, dashboard.deadlines, 0)
    assert asked.args == [ids["deadline"]]
    window.page("tasks").dialog.close()
    window.show_section("dashboard")
    with qtbot.waitSignal(dashboard.occurrenceRequested) as asked:
        click_row(qtbot, dashboard.deadlines, 1)
    assert asked.args[0].event_id == ids["court"]
    calendar = window.page("calendar")
    assert window.current_section() == "calendar"
    assert calendar.last_dialog.target_id == ids["court"]
    assert calendar.view.anchor_date() == asked.args[0].start  # the calendar went to its day
    calendar.last_dialog.close()

    # Today's event: the calendar's form for it.
    window.show_section("dashboard")
    with qtbot.waitSignal(dashboard.occurrenceRequested):
        click_row(qtbot, dashboard.events, 0)
    assert calendar.last_dialog.target_id == ids["meeting"]
    assert calendar.last_dialog.title_edit.text() == "Client meeting"
    calendar.last_dialog.close()

    # People: the follow-up, the one out of touch, the logged call's person.
    contacts = window.page("contacts")
    call = [r.title for r in dashboard.recent.list.rows()].index(
        "Outgoing call: Discussed the lease"
    )
    for block, row, who in (
        (dashboard.follow_ups, 0, ids["jana"]),
        (dashboard.out_of_touch, 0, ids["petr"]),
        (dashboard.recent, call, ids["jana"]),
    ):
        window.show_section("dashboard")
        with qtbot.waitSignal(dashboard.recordRequested) as asked:
            click_row(qtbot, block, row)
        assert asked.args == [Ref("person", who)]
        assert window.current_section() == "contacts"
        qtbot.waitUntil(lambda who=who: contacts.detail.key == who)

    # A stage change on the timeline: the matter's page.
    window.show_section("dashboard")
    with qtbot.waitSignal(dashboard.recordRequested) as asked:
        click_row(qtbot, dashboard.recent, 0)
    assert asked.args == [ids["closed"]]
    assert window.current_section() == "matters"
    assert window.page("matters").matter_page.matter_id == ids["closed"]


def test_a_stage_bar_opens_the_matters_in_that_stage(qtbot, window, database):
    ids = seed(database, window.user_zone())
    dashboard = ready_dashboard(qtbot, window)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.chart.bars() != [])
    chart = dashboard.chart
    dashboard.scroll.ensureWidgetVisible(chart)
    row = chart.geometry_of(2)[0]  # "Engaged"
    with qtbot.waitSignal(dashboard.stageRequested) as asked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=row.center())
    assert asked.args == [ids["engaged"]]
    assert window.current_section() == "matters"
    view = window.page("matters")
    assert view.stage_combo.currentData() == ids["engaged"]
    assert view.query().stage_id == ids["engaged"]
    qtbot.waitUntil(lambda: view.model.loaded and view.model.rowCount() == 2)


def test_the_chart_paints_a_bar_per_stage_as_long_as_its_count(qtbot):
    from smallcrm.gui.views.dashboard import StageChart

    chart = StageChart()
    qtbot.addWidget(chart)
    chart.resize(400, 10)
    bars = [(1, "Inquiry", "intake", 5), (2, "Conflict check", "intake", 0)]
    bars += [(3, "Engaged", "engaged", 20), (4, "Active", "engaged", 10)]
    chart.set_bars(bars, {"intake": "Intake", "engaged": "Engaged"})
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.height() == chart.sizeHint().height()
    assert chart.accessibleName() == "Matters by stage"
    assert chart.accessibleDescription() == (
        "Inquiry: 5; Conflict check: 0; Engaged: 20; Active: 10"
    )
    widths = [chart.bar_width(n) for n in range(4)]
    track = chart.geometry_of(2)[2]
    assert widths[2] == track.width()  # the largest fills its track
    assert widths[1] == 0
    assert abs(widths[0] - track.width() / 4) <= 1 and abs(widths[3] - track.width() / 2) <= 1

    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    colours = chart._colours()  # noqa: SLF001 - the test checks the painted pixels

    def pixel(x: int, y: int) -> QColor:
        return image.pixelColor(QPoint(round(x * ratio), round(y * ratio)))

    for number, (_id, _label, phase, _count) in enumerate(bars):
        track = chart.geometry_of(number)[2]
        y = track.center().y()
        if widths[number]:
            assert pixel(track.left() + widths[number] - 2, y) == colours[phase]
        if widths[number] < track.width() - 4:
            assert pixel(track.left() + widths[number] + 3, y) == colours["track"]
    # The two phases are told apart: intake lighter than engaged.
    assert colours["intake"] != colours["engaged"]


def test_the_keyboard_reaches_the_blocks_in_reading_order_and_opens_them(qtbot, window, database):
    ids = seed(database, window.user_zone())
    dashboard = ready_dashboard(qtbot, window)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.events.list.count() == 1)
    dashboard.contacts_card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dashboard.contacts_card)
    reached: list[QWidget] = []
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is dashboard.chart:
            break
    expected = [
        dashboard.organizations_card,
        dashboard.matters_card,
        dashboard.tasks_card,
        dashboard.today_panel.link,
        dashboard.events.list,
        dashboard.due_today.list,
        dashboard.overdue.list,
        dashboard.deadlines.list,
        dashboard.follow_ups.list,
        dashboard.out_of_touch.list,
        dashboard.recent.list,
        dashboard.stages_panel.link,
        dashboard.chart,
    ]
    assert reached == expected

    # The chart: Up and Down pick a stage, Enter opens its matters.
    chart = dashboard.chart
    assert chart.current == 0
    QTest.keyClick(chart, Qt.Key.Key_Down)
    QTest.keyClick(chart, Qt.Key.Key_Down)
    QTest.keyClick(chart, Qt.Key.Key_Up)
    QTest.keyClick(chart, Qt.Key.Key_End)
    QTest.keyClick(chart, Qt.Key.Key_Up)
    assert chart.current == 2
    with qtbot.waitSignal(dashboard.stageRequested) as asked:
        QTest.keyClick(chart, Qt.Key.Key_Return)
    assert asked.args == [ids["engaged"]]
    assert window.current_section() == "matters"

    # A list: Enter opens the current row.
    window.show_section("dashboard")
    dashboard.overdue.list.setFocus(Qt.FocusReason.TabFocusReason)
    assert dashboard.overdue.list.currentRow() == 0  # focus lands on the first row
    with qtbot.waitSignal(dashboard.taskRequested) as asked:
        QTest.keyClick(dashboard.overdue.list, Qt.Key.Key_Return)
    assert asked.args == [ids["late"]]
    window.page("tasks").dialog.close()

    # A card opens its section.
    window.show_section("dashboard")
    dashboard.matters_card.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(dashboard.matters_card, Qt.Key.Key_Space)
    assert window.current_section() == "matters"


def test_an_empty_profile_shows_what_will_appear(qtbot, window):
    dashboard = ready_dashboard(qtbot, window)
    assert dashboard.today_stack.currentWidget() is dashboard.empty
    assert "Today's tasks and events" in dashboard.empty.text_label.text()
    assert dashboard.contacts_card.number.text() == "0"


@pytest.mark.parametrize(("size", "columns"), [((1280, 800), 2), ((1024, 700), 2), ((760, 700), 1)])
def test_the_panels_fit_the_window(qtbot, window, database, size, columns):
    seed(database, window.user_zone())
    window.resize(*size)
    dashboard = ready_dashboard(qtbot, window)
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.events.list.count() == 1)
    QApplication.processEvents()
    assert dashboard.panels.columns == columns
    viewport = dashboard.scroll.viewport().width()
    # Nothing wider than the page: no clipped panels, no sideways scrolling.
    assert dashboard.scroll.widget().width() <= viewport
    assert dashboard.scroll.widget().minimumSizeHint().width() <= viewport
    assert dashboard.panels.column_of(dashboard.today_panel) == 0
    if columns == 2:
        assert dashboard.panels.column_of(dashboard.deadlines_panel) == 1


def test_left_open_overnight_the_page_moves_to_the_new_day(qtbot, window):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    page = window.page("dashboard")
    qtbot.waitUntil(page.is_ready)
    shown = page.data.today
    zone = ZoneInfo(page.user_zone())
    assert not page.check_day(datetime.combine(shown, datetime.min.time(), zone))
    late = datetime.combine(shown + timedelta(days=1), datetime.min.time(), zone)
    generation = page._generation  # noqa: SLF001 - a new read was asked for
    assert page.check_day(late)
    assert page._generation == generation + 1  # noqa: SLF001
    qtbot.waitUntil(page.is_ready)
