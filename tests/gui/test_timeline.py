"""The timeline widget, its dialogs, follow-ups and stay-in-touch, over a real SQLite database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QToolButton

from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.matters import MatterInput
from smallcrm.core.services.timeline import ActivityInput
from smallcrm.gui.dialogs.activity_dialog import BadDuration, parse_minutes
from smallcrm.gui.models.timeline_model import FIRST_SCREEN, TimelineModel
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.widgets.activity_panel import ActivityPanel
from smallcrm.gui.widgets.contact_form import error_color
from smallcrm.gui.widgets.timeline_view import TimelineView, markdown_document

NOW = datetime.now(UTC).replace(microsecond=0)
NOTE = "**Agreed** the terms.\n\n- rent\n- deposit"


def person(database: Database, given: str, family: str, organization: str = "") -> Ref:
    with database.session_scope() as s:
        return book.save_record(
            s, ContactRecord(given_name=given, family_name=family, organization=organization)
        )


def seed(database: Database, count: int, who: Ref, **extra) -> list[int]:
    """``count`` activities of ``who``, one an hour back from now: #0 is the newest."""
    ids = []
    with database.session_scope() as s:
        for n in range(count):
            kind = ("call", "meeting", "note")[n % 3]
            ids.append(
                timeline.log_activity(
                    s,
                    ActivityInput(
                        kind=kind,
                        subject=f"#{n}",
                        occurred_at=NOW - timedelta(hours=n + 1),
                        direction="out" if kind == "call" else None,
                        duration_minutes=10 if kind == "call" else None,
                        body=NOTE if kind == "note" else None,
                        people=[who.id],
                        **extra,
                    ),
                )
            )
    return ids


def open_timeline(qtbot, database: Database, owner, tasks: TaskRunner | None = None):
    view = TimelineView(database, tasks)
    qtbot.addWidget(view)
    view.resize(520, 640)
    view.show()
    qtbot.waitExposed(view)
    view.set_owner(owner)
    return view


def subjects(model: TimelineModel) -> list[str]:
    return [model.item(r).subject for r in range(model.rowCount())]


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


def test_newest_first_and_the_kind_filter(qtbot, database):
    jana = person(database, "Jana", "Nováková")
    seed(database, 30, jana)
    view = open_timeline(qtbot, database, jana)
    qtbot.waitUntil(lambda: view.model.rowCount() == 30)
    assert subjects(view.model) == [f"#{n}" for n in range(30)]
    combo = view.kind_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All activity (30)",
        "Calls (10)",
        "Meetings (10)",
        "Notes (10)",
    ]

    combo.setCurrentIndex(combo.findData("note"))
    assert view.model.rowCount() == 10
    assert subjects(view.model) == [f"#{n}" for n in range(2, 30, 3)]
    assert {view.model.item(r).kind for r in range(10)} == {"note"}
    combo.setCurrentIndex(combo.findData("call"))
    assert subjects(view.model) == [f"#{n}" for n in range(0, 30, 3)]
    combo.setCurrentIndex(combo.findData("all"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 30)
    # The painted texts: a call's facts, a note's Markdown rendered, the owner left out.
    delegate, first = view.delegate, view.model.item(0)
    assert delegate.meta(first) == "Outgoing · 10 min"
    assert delegate.links(first) == ""
    note = view.model.item(2)
    text = markdown_document(note.body, view.font(), 300).toPlainText()
    assert "Agreed the terms." in text and "**" not in text


def test_empty_state_until_something_is_logged(qtbot, database):
    jana = person(database, "Jana", "Nováková")
    view = open_timeline(qtbot, database, jana)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title_label.text() == "No activity yet"
    view.set_owner(None)
    assert not view.call_button.isEnabled()
    seed(database, 1, jana)
    view.set_owner(jana)
    assert view.stack.currentWidget() is view.list


@pytest.mark.parametrize("threaded", [False, True])
def test_pages_of_100_load_as_the_list_scrolls(qtbot, database, runner, threaded):
    jana = person(database, "Jana", "Nováková")
    seed(database, 250, jana)
    view = open_timeline(qtbot, database, jana, runner if threaded else None)
    model = view.model
    # One query read the first page; its first screen painted, then the rest joined.
    assert model.page_loads == 1
    qtbot.waitUntil(lambda: model.rowCount() == 100)
    assert model.page_loads == 1 and model.canFetchMore()

    bar = view.list.verticalScrollBar()
    for shown in (200, 250):
        # The view lays the new rows out after the event loop's next turn: then scroll.
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda shown=shown: model.rowCount() == shown)
    assert model.page_loads == 3
    assert not model.canFetchMore()
    assert subjects(model) == [f"#{n}" for n in range(250)]


def test_first_screen_comes_before_the_rest_of_the_page(qapp, database):
    jana = person(database, "Jana", "Nováková")
    seed(database, 150, jana)
    model = TimelineModel(database)
    model.set_owner(jana)
    assert model.rowCount() == FIRST_SCREEN and model.held()
    model.fetchMore()  # what the view asks when the list's end comes into view
    assert model.rowCount() == 100 and model.page_loads == 1
    model.fetchMore()
    assert model.rowCount() == 150 and not model.canFetchMore()


def test_timeline_model_passes_the_model_tester(qtmodeltester, database):
    jana = person(database, "Jana", "Nováková")
    seed(database, 120, jana)
    model = TimelineModel(database)
    model.set_owner(jana)
    qtmodeltester.check(model)
    model.fetchMore()
    model.fetchMore()
    qtmodeltester.check(model)
    model.set_kinds(("note",))
    qtmodeltester.check(model)


def test_log_a_call_with_messages_beside_the_fields(qtbot, database):
    jana = person(database, "Jana", "Nováková")
    view = open_timeline(qtbot, database, jana)
    dialog = view.log_activity("call")
    assert dialog.windowTitle() == "Log a call"

    dialog.duration_edit.setText("-5")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.message_of("duration") == "A duration cannot be negative."
    # The message sits right under its field, and the cursor goes back to it.
    message = dialog.findChild(type(dialog.banner), "durationMessage")
    assert message.parent() is dialog.duration_edit.parent()
    assert dialog.duration_edit.hasFocus() or not dialog.isActiveWindow()
    assert dialog.banner.text() == "Please correct the marked fields."
    dialog.duration_edit.setText("a while")
    dialog.save_button.click()
    assert dialog.message_of("duration") == "Enter the minutes as a number, e.g. 15 or 1:30."
    with database.session_scope() as s:
        assert timeline.timeline(s, jana) == []

    dialog.duration_edit.setText("1:30")
    assert dialog.message_of("duration") == ""  # the message follows the typing away
    dialog.in_radio.setChecked(True)
    dialog.outcome_combo.setEditText("Reached")
    dialog.subject_edit.setText("Lease terms")
    dialog.body_edit.set_text("Wants **two** parking spaces.")
    with qtbot.waitSignal(view.changed):
        dialog.save_button.click()
    assert not dialog.isVisible()
    item = view.model.item(0)
    assert (item.kind, item.subject, item.direction) == ("call", "Lease terms", "in")
    assert (item.duration_minutes, item.outcome) == (90, "Reached")
    assert item.body == "Wants **two** parking spaces."
    assert view.delegate.meta(item) == "Incoming · 1 h 30 min · Reached"
    assert view.kind_combo.itemText(0) == "All activity (1)"


def test_add_a_note_with_a_matter_and_another_person(qtbot, database):
    jana = person(database, "Jana", "Nováková")
    person(database, "Petr", "Dvořák")
    with database.session_scope() as s:
        lease = matters.create_matter(s, MatterInput("Lease of the Brno office"))
        matters.add_party(s, lease, jana, "client")
    view = open_timeline(qtbot, database, jana)
    dialog = view.log_activity("note")
    assert dialog.windowTitle() == "Add a note"
    dialog.save_button.click()
    assert dialog.message_of("body") == "Write the note first."

    editor = dialog.body_edit
    editor.edit.setPlainText("terms agreed")
    cursor = editor.edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, cursor.MoveMode.KeepAnchor)
    editor.edit.setTextCursor(cursor)
    editor.bold_button.click()
    assert editor.text() == "**terms** agreed"
    assert dialog.message_of("body") == ""
    editor.update_preview()
    assert editor.preview.toPlainText() == "terms agreed"
    assert editor.preview.isVisible()

    assert dialog.matter_combo.itemText(1).endswith("Lease of the Brno office")
    dialog.matter_combo.setCurrentIndex(1)
    dialog.people.search_edit.setText("dvor")  # diacritics folded: finds Dvořák
    qtbot.keyClick(dialog.people.search_edit, Qt.Key.Key_Return)
    assert [dialog.people.names[r] for r in dialog.people.refs] == ["Petr Dvořák"]
    with qtbot.waitSignal(view.changed):
        dialog.save_button.click()
    item = view.model.item(0)
    assert (item.kind, item.body, item.matter_id) == ("note", "**terms** agreed", lease)
    assert [name for _id, name in item.people] == ["Petr Dvořák", "Jana Nováková"]
    assert view.delegate.links(item).startswith("Petr Dvořák · matter ")


def test_edit_and_trash_with_undo(qtbot, database):
    jana = person(database, "Jana", "Nováková")
    seed(database, 3, jana)
    view = open_timeline(qtbot, database, jana)
    view.list.setCurrentIndex(view.model.index(0))
    dialog = view.edit_current()
    assert dialog.windowTitle() == "Edit call"
    assert dialog.subject_edit.text() == "#0" and dialog.duration_edit.text() == "10"
    assert dialog.out_radio.isChecked() and dialog.people.refs == []  # the owner is implied
    dialog.subject_edit.setText("#0 (moved to Friday)")
    with qtbot.waitSignal(view.changed):
        dialog.save_button.click()
    assert subjects(view.model)[0] == "#0 (moved to Friday)"

    view.list.setCurrentIndex(view.model.index(1))
    view.list.setFocus()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert subjects(view.model) == ["#0 (moved to Friday)", "#2"]
    assert view.notice.isVisible() and view.notice.undo_button.isVisible()
    assert view.kind_combo.itemText(0) == "All activity (2)"
    with qtbot.waitSignal(view.changed):
        view.notice.undo_button.click()
    assert subjects(view.model) == ["#0 (moved to Friday)", "#1", "#2"]
    assert not view.can_undo()


def test_remind_me_then_done_lands_on_the_timeline(qtbot, database):
    jana = person(database, "Jana", "Nováková")
    panel = ActivityPanel(database)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_ref(jana)
    assert panel.follow_ups.rows == []
    menu = panel.timeline.remind_menu
    in_a_week = next(a for a in menu.actions() if a.data() == 7)
    assert in_a_week.text() == "In a week"
    with qtbot.waitSignal(panel.changed):
        in_a_week.trigger()
    assert panel.timeline.notice.label.text().startswith("I will remind you on ")
    [row] = panel.follow_ups.rows
    assert (row.kind, row.title) == ("follow_up", "Follow up: Jana Nováková")
    assert row.due_on == date.today() + timedelta(days=7)
    assert panel.follow_ups.caption.isVisible()

    done = panel.follow_ups.findChild(QToolButton, "followUpDone")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert panel.follow_ups.rows == []
    item = panel.timeline.model.item(0)
    assert (item.kind, item.subject) == ("task", "Follow up: Jana Nováková")
    assert panel.timeline.delegate.title(item) == "Follow up: Jana Nováková"


def test_stay_in_touch_shows_when_it_is_overdue(qtbot, database):
    jana = person(database, "Jana", "Nováková")
    with database.session_scope() as s:
        timeline.log_activity(
            s,
            ActivityInput(kind="call", occurred_at=NOW - timedelta(weeks=6), people=[jana.id]),
        )
    panel = ActivityPanel(database)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_ref(jana)
    follow_ups = panel.follow_ups
    assert follow_ups.rhythm_label.text() == "Stay in touch: not set"
    assert not follow_ups.status_label.isVisible()

    follow_ups.set_rhythm(4)
    assert follow_ups.rhythm_label.text() == "Stay in touch every 4 weeks"
    status = follow_ups.status_label.text()
    assert status.startswith("Last contact 6 weeks ago, due since ")
    assert follow_ups.overdue()
    red = follow_ups.status_label.palette().color(QPalette.ColorRole.WindowText)
    assert red == error_color(follow_ups)
    with database.session_scope() as s:
        assert [o.contact_id for o in tasks.out_of_touch(s)] == [jana.id]

    # A call logged today moves the next contact four weeks ahead.
    dialog = panel.timeline.log_activity("call")
    with qtbot.waitSignal(panel.changed):
        dialog.save_button.click()
    assert follow_ups.status_label.text().startswith("Last contact today, next due ")
    assert not follow_ups.overdue()
    follow_ups.set_rhythm(None)
    assert follow_ups.rhythm_label.text() == "Stay in touch: not set"


def test_person_pane_and_organisation_page_show_the_timeline(qtbot, database):
    from smallcrm.gui.views.contacts import ContactsView
    from tests.gui.test_contacts_view import open_view

    jana = person(database, "Jana", "Nováková", organization="ACME s.r.o.")
    seed(database, 5, jana)
    with database.session_scope() as s:
        acme = book.find_organization(s, "ACME s.r.o.")
    seed(database, 2, Ref("person", jana.id), organizations=[acme])
    view = open_view(qtbot, database)
    assert isinstance(view, ContactsView)
    view.select_key(jana.id)
    activity = view.detail.activity
    assert activity.isVisible()
    assert activity.timeline.owner == jana
    assert activity.timeline.model.rowCount() == 7
    assert activity.follow_ups.touch_row.isVisible()  # a person: stay in touch

    view.select_key(-acme)
    assert activity.timeline.owner == Ref("organization", acme)
    assert activity.timeline.model.rowCount() == 2
    assert not activity.follow_ups.touch_row.isVisible()

    view.open_organization(acme)
    page = view.organization_view
    assert page.tabs.tabText(0) == "People (1)" and page.tabs.tabText(1) == "Timeline"
    assert page.activity.timeline.owner == Ref("organization", acme)
    in_3_days = next(a for a in page.remind_button.menu().actions() if a.data() == 3)
    with qtbot.waitSignal(page.activity.changed):
        in_3_days.trigger()
    [row] = page.activity.follow_ups.rows
    assert row.title == "Follow up: ACME s.r.o." and row.due_on == date.today() + timedelta(3)


def test_dashboard_lists_due_follow_ups_and_people_out_of_touch(qtbot, profile, database):
    from smallcrm.gui.main_window import MainWindow

    jana = person(database, "Jana", "Nováková")
    petr = person(database, "Petr", "Dvořák")
    with database.session_scope() as s:
        tasks.follow_up(s, 1, ref=jana, today=date.today() - timedelta(days=4))
        tasks.follow_up(s, 5, ref=jana)  # not due yet: not listed
        tasks.set_stay_in_touch(s, petr.id, 2)
        timeline.log_activity(
            s, ActivityInput(kind="call", occurred_at=NOW - timedelta(weeks=3), people=[petr.id])
        )
    window = MainWindow(profile, database, remember=False)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.follow_ups.list.count() == 1)
    assert dashboard.today_stack.currentWidget() is dashboard.lists
    item = dashboard.follow_ups.list.item(0)
    assert item.text().startswith("Follow up: Jana Nováková\noverdue since ")
    assert dashboard.out_of_touch.list.count() == 1
    late = dashboard.out_of_touch.list.item(0).text()
    assert late.startswith("Petr Dvořák\nevery 2 weeks · due since ")

    with qtbot.waitSignal(dashboard.recordRequested) as opened:
        dashboard.follow_ups.list.itemClicked.emit(item)
    assert opened.args == [jana]
    assert window.current_section() == "contacts"
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.detail.key == jana.id)


def test_durations_people_type():
    assert parse_minutes("") is None
    assert parse_minutes("15") == 15
    assert parse_minutes("15 min") == 15
    assert parse_minutes("1:30") == 90
    assert parse_minutes("1h30") == 90
    with pytest.raises(BadDuration) as negative:
        parse_minutes("-5")
    assert negative.value.negative
    for bad in ("1:75", "soon", "1.5.2"):
        with pytest.raises(BadDuration):
            parse_minutes(bad)
