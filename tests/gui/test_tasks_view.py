"""The Tasks page over a real SQLite database: lists, quick add, done from the list, the form."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.matters import MatterInput
from smallcrm.core.services.tasks import RECURRENCE_PRESETS, TaskInput
from smallcrm.gui import dates
from smallcrm.gui.dialogs.task_dialog import TaskDialog, split_minutes
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.views.tasks import TABS, TasksView
from smallcrm.gui.widgets.contact_form import error_color

TODAY = date(2026, 5, 13)  # a Wednesday


def seed(database: Database) -> dict[str, int]:
    """A small firm's tasks: overdue, today, upcoming, undated, one done, on two matters."""
    with database.session_scope() as s:
        jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
        petr = book.save_record(s, ContactRecord(given_name="Petr", family_name="Dvořák"))
        firm = book.save_record(
            s, ContactRecord(kind="organization", display_name="Stavby Brno a.s.")
        )
        lease = matters.create_matter(
            s, MatterInput("Nájemní smlouva – Nováková", number="2026/0042")
        )
        tax = matters.create_matter(s, MatterInput("Daňové přiznání 2025", number="2026/0007"))

        def add(title: str, due: date | None, **kw) -> int:
            return tasks.create_task(s, TaskInput(title=title, due_on=due, **kw))

        ids = {
            "call": add(
                "Zavolat Novákové kvůli podpisu",
                TODAY - timedelta(days=3),
                matter_id=lease,
                people=[jana.id],
                priority=1,
            ),
            "invoice": add(
                "Poslat fakturu za duben", TODAY - timedelta(days=1), organizations=[firm.id]
            ),
            "poa": add(
                "Připravit plnou moc",
                TODAY,
                due_time=time(9, 30),
                matter_id=lease,
                people=[jana.id],
            ),
            "vat": add(
                "Odevzdat DPH",
                TODAY,
                priority=1,
                matter_id=tax,
                rrule=RECURRENCE_PRESETS["last_working_day"],
            ),
            "mailbox": add("Zkontrolovat datovou schránku", TODAY, priority=-1),
            "hearing": add(
                "Jednání u soudu – příprava",
                TODAY + timedelta(days=2),
                due_time=time(14, 0),
                matter_id=lease,
                people=[jana.id, petr.id],
            ),
            "letter": add("Review engagement letter", TODAY + timedelta(days=9), matter_id=tax),
            "stamps": add("Koupit kolky", None),
            "archive": add("Archivovat spis", TODAY - timedelta(days=2), matter_id=tax),
        }
        tasks.mark_done(s, ids["archive"])
        ids.update(jana=jana.id, petr=petr.id, firm=firm.id, lease=lease, tax=tax)
    return ids


def open_view(qtbot, database: Database, runner: TaskRunner | None = None) -> TasksView:
    view = TasksView(database, runner)
    qtbot.addWidget(view)
    view.today = TODAY
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    qtbot.waitUntil(view.is_ready)
    return view


def task_item(view: TasksView, task_id: int):
    index = view._task_index(task_id)
    assert index is not None, f"task {task_id} is not shown"
    return view.model.itemFromIndex(index.siblingAtColumn(0))


@pytest.fixture
def runner(qapp):
    tasks_runner = TaskRunner()
    yield tasks_runner
    tasks_runner.shutdown()
    tasks_runner.deleteLater()


# --- lists -----------------------------------------------------------------------------


def test_tabs_switch_lists_and_show_counts(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    assert view.tab == "today"
    assert view.shown_titles() == [
        "Připravit plnou moc",
        "Odevzdat DPH",
        "Zkontrolovat datovou schránku",
    ]
    texts = [view.tab_bar.tabText(i) for i in range(len(TABS))]
    assert texts == ["Today (3)", "Overdue (2)", "Upcoming (2)", "By matter (8)", "Done"]
    assert view.tab_bar.tabTextColor(TABS.index("overdue")) == error_color(view)

    qtbot.mouseClick(
        view.tab_bar,
        Qt.MouseButton.LeftButton,
        pos=view.tab_bar.tabRect(TABS.index("overdue")).center(),
    )
    qtbot.waitUntil(view.is_ready)
    assert view.tab == "overdue"
    assert view.shown_titles() == ["Zavolat Novákové kvůli podpisu", "Poslat fakturu za duben"]
    # Overdue days are red; the list's columns show matter and people.
    due = view.model.item(0, 2)
    assert due.foreground().color() == error_color(view)
    assert view.model.item(0, 4).text() == "2026/0042 Nájemní smlouva – Nováková"
    assert view.model.item(1, 5).text() == "Stavby Brno a.s."

    # Ctrl+PgDown moves on to the next list.
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.is_ready)
    assert view.tab == "upcoming"
    assert view.shown_titles() == ["Jednání u soudu – příprava", "Review engagement letter"]

    view.set_tab("matter")
    qtbot.waitUntil(view.is_ready)
    groups = [view.model.item(r, 0).text() for r in range(view.model.rowCount())]
    assert groups == [
        "2026/0007 Daňové přiznání 2025  ·  2 task(s)",
        "2026/0042 Nájemní smlouva – Nováková  ·  3 task(s)",
        "No matter  ·  3 task(s)",
    ]
    assert view.shown_titles()[:2] == ["Odevzdat DPH", "Review engagement letter"]
    assert view.tree.header().isSectionHidden(4)  # the group names the matter

    view.set_tab("done")
    qtbot.waitUntil(view.is_ready)
    assert view.shown_titles() == ["Archivovat spis"]
    assert view.model.item(0, 0).checkState() == Qt.CheckState.Checked
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Done"
    assert ids["archive"] == view.page.rows[0].id


def test_empty_list_says_so(qtbot, database):
    view = open_view(qtbot, database)
    assert view.pages.currentWidget() is view.empty
    assert view.empty.title_label.text() == "Nothing due today"


def test_lists_load_on_the_read_lane(qtbot, database, runner):
    seed(database)
    view = open_view(qtbot, database, runner)
    view.set_tab("upcoming")
    qtbot.waitUntil(view.is_ready)
    assert view.shown_titles() == ["Jednání u soudu – příprava", "Review engagement letter"]


# --- quick add -------------------------------------------------------------------------


def test_quick_add_previews_adds_and_undoes(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    # Typed as on a keyboard without Czech letters: "zitra" is "zítra".
    qtbot.keyClicks(view.quick_edit, "Zavolat Dvorakovi zitra 14:00 !high #2026/0042")
    preview = view.preview_label.text()
    assert "“Zavolat Dvorakovi”" in preview and "Tomorrow" in preview
    assert "High priority" in preview and "2026/0042 Nájemní smlouva – Nováková" in preview
    qtbot.keyClick(view.quick_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.is_ready)

    assert view.quick_edit.text() == ""
    # Due tomorrow: the list it belongs to shows, with the new task selected.
    assert view.tab == "upcoming"
    with database.session_scope() as s:
        [added] = [
            r for r in tasks.task_list(s, "upcoming", today=TODAY) if r.title == "Zavolat Dvorakovi"
        ]
    assert (added.due_on, added.due_time, added.priority, added.matter_id) == (
        TODAY + timedelta(days=1),
        time(14, 0),
        1,
        ids["lease"],
    )
    assert view.current_task_id() == added.id
    assert view.notice.label.text() == "Added “Zavolat Dvorakovi”."
    assert view.can_undo()

    assert view.undo_last()
    qtbot.waitUntil(view.is_ready)
    assert "Zavolat Dvorakovi" not in view.shown_titles()
    assert not view.can_undo()

    # Enter on a line with no title adds nothing.
    qtbot.keyClicks(view.quick_edit, "tomorrow !high")
    qtbot.keyClick(view.quick_edit, Qt.Key.Key_Return)
    assert view.preview_label.text() == "Type what is to be done first."
    qtbot.keyClick(view.quick_edit, Qt.Key.Key_Escape)
    assert view.quick_edit.text() == ""
    # A number no matter has stays in the title, and the preview says so.
    qtbot.keyClicks(view.quick_edit, "Ask about #2099/1 friday")
    assert "“Ask about #2099/1”" in view.preview_label.text()
    assert "no matter numbered 2099/1" in view.preview_label.text()


# --- done from the list ----------------------------------------------------------------


def test_checkbox_marks_done_onto_the_timeline_and_undo_takes_it_back(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    item = task_item(view, ids["poa"])
    rect = view.tree.visualRect(item.index())
    # The checkbox sits at the left of its cell; a click there ticks it.
    qtbot.mouseClick(
        view.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )
    qtbot.waitUntil(lambda: "Připravit plnou moc" not in view.shown_titles())
    assert view.notice.label.text() == "Marked “Připravit plnou moc” done."
    with database.session_scope() as s:
        [entry] = timeline.timeline(s, Ref("person", ids["jana"]))
        assert (entry.kind, entry.subject, entry.matter_id) == (
            "task",
            "Připravit plnou moc",
            ids["lease"],
        )
    assert view.tab_bar.tabText(0) == "Today (2)"

    view.undo_last()
    qtbot.waitUntil(lambda: "Připravit plnou moc" in view.shown_titles())
    with database.session_scope() as s:
        assert timeline.timeline(s, Ref("person", ids["jana"])) == []


def test_space_marks_a_repeating_task_done_and_the_next_one_appears(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    assert view.select_task(ids["vat"])
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Odevzdat DPH" not in view.shown_titles())
    assert "The next one is on the list." in view.notice.label.text()
    with database.session_scope() as s:
        [item] = timeline.timeline(s, ids["tax"], kinds=("task",))[:1]
        assert item.subject == "Odevzdat DPH"
        upcoming = tasks.task_list(s, "upcoming", today=TODAY)
    # The last working day of May 2026 is Friday the 29th.
    [nxt] = [r for r in upcoming if r.title == "Odevzdat DPH"]
    assert nxt.due_on == date(2026, 5, 29) and nxt.rrule == RECURRENCE_PRESETS["last_working_day"]

    # Reopening from the Done list puts it back on Today.
    view.set_tab("done")
    qtbot.waitUntil(view.is_ready)
    task_item(view, ids["vat"]).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: view.notice.label.text() == "Reopened 1 task(s).")
    with database.session_scope() as s:
        assert tasks.get_task(s, ids["vat"]).status == "open"


def test_mark_done_through_the_write_lane(qtbot, database, runner):
    ids = seed(database)
    view = open_view(qtbot, database, runner)
    task_item(view, ids["mailbox"]).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "Zkontrolovat datovou schránku" not in view.shown_titles())
    with database.session_scope() as s:
        assert tasks.get_task(s, ids["mailbox"]).status == "done"


def test_delete_trashes_and_undo_restores(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    view.select_task(ids["mailbox"])
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Zkontrolovat datovou schránku" not in view.shown_titles())
    assert view.notice.label.text() == "Moved 1 task(s) to the trash."
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Zkontrolovat datovou schránku" in view.shown_titles())


def test_context_menu_opens_the_records_of_a_task(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    opened: list = []
    records: list = []
    view.openRecord.connect(lambda kind, record_id: opened.append((kind, record_id)))
    view.recordRequested.connect(records.append)
    menu = view.context_menu(view._task_index(ids["poa"]))
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert list(actions) == [
        "&Edit…",
        "Mark &done",
        "Open matter 2026/0042",
        "Open Jana Nováková",
        "Move to &trash",
    ]
    actions["Open matter 2026/0042"].trigger()
    actions["Open Jana Nováková"].trigger()
    assert opened == [("matter", ids["lease"]), ("person", ids["jana"])]
    assert records == [ids["lease"], Ref("person", ids["jana"])]


# --- the form --------------------------------------------------------------------------


def test_edit_dialog_saves_a_repeating_task_with_a_reminder(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    view.select_task(ids["poa"])
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, TaskDialog)
    qtbot.waitExposed(dialog)
    assert dialog.title_edit.text() == "Připravit plnou moc"
    assert dialog.matter_combo.currentData() == ids["lease"]
    assert dialog.people.refs == [Ref("person", ids["jana"])]
    assert dialog.due_on() == TODAY and dialog.due_time() == time(9, 30)

    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("last_working_day"))
    # The next three days the task will be due on, as the user reads dates.
    shown = [
        dates.short_date(dialog.locale(), d, TODAY)
        for d in tasks.upcoming_days(RECURRENCE_PRESETS["last_working_day"], TODAY)
    ]
    assert dialog.message_of("taskRepeatRow") == "Next: " + ", ".join(shown)
    assert tasks.upcoming_days(RECURRENCE_PRESETS["last_working_day"], TODAY) == [
        date(2026, 5, 29),
        date(2026, 6, 30),
        date(2026, 7, 31),
    ]
    dialog.remind_combo.setCurrentIndex(dialog.remind_combo.findData("before"))
    dialog.remind_spin.setValue(2)
    dialog.remind_unit.setCurrentIndex(dialog.remind_unit.findData("hours"))
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(1))
    dialog.assignee_edit.setText("Eva")
    dialog.notes_edit.setPlainText("Ověřený podpis")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None or not dialog.isVisible())

    with database.session_scope() as s:
        saved = tasks.get_task(s, ids["poa"])
    assert saved.rrule == RECURRENCE_PRESETS["last_working_day"]
    assert (saved.priority, saved.assignee, saved.notes) == (1, "Eva", "Ověřený podpis")
    assert saved.remind_at == tasks.reminder_at(TODAY, time(9, 30), 120)
    assert saved.people == ((ids["jana"], "Jana Nováková"),)
    qtbot.waitUntil(view.is_ready)
    assert view.model.item(0, 2).text().endswith("↻")

    # Opened again, the form shows what was saved.
    again = view.edit_task(ids["poa"])
    assert again.repeat_combo.currentData() == "last_working_day"
    assert again.remind_combo.currentData() == "before"
    assert (again.remind_spin.value(), again.remind_unit.currentData()) == (2, "hours")
    again.reject()


def test_custom_rule_is_checked_before_saving(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    dialog = view.edit_task(ids["letter"])
    qtbot.waitExposed(dialog)
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("custom"))
    assert dialog.rule_edit.isVisible()
    dialog.rule_edit.setText("FREQ=FORTNIGHTLY")
    dialog.save()
    assert dialog.isVisible()
    assert "cannot be read" in dialog.message_of("taskRepeatRow")
    assert dialog.banner.text() == "Please correct the marked fields."
    dialog.rule_edit.setText("FREQ=WEEKLY;INTERVAL=2")
    assert dialog.message_of("taskRepeatRow").startswith("Next: ")
    dialog.due_check.setChecked(False)
    assert "needs a due date" in dialog.message_of("taskRepeatRow")
    dialog.due_check.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session_scope() as s:
        assert tasks.get_task(s, ids["letter"]).rrule == "FREQ=WEEKLY;INTERVAL=2"


def test_new_task_form_creates_a_task_and_needs_a_title(qtbot, database):
    ids = seed(database)
    view = open_view(qtbot, database)
    dialog = view.new_task(matter_id=ids["tax"])
    qtbot.waitExposed(dialog)
    assert not dialog.status_combo.isVisible()  # a new task is open
    dialog.save()
    assert dialog.message_of("taskTitle") == "A task needs a title."
    dialog.title_edit.setText("Podat přiznání")
    dialog.people.add(Ref("organization", ids["firm"]), "Stavby Brno a.s.")
    dialog.time_check.setChecked(True)
    dialog.time_edit.setTime(dialog.time_edit.time().fromString("16:00", "HH:mm"))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(view.is_ready)
    with database.session_scope() as s:
        [row] = [r for r in tasks.task_list(s, "today", today=TODAY) if r.title == "Podat přiznání"]
    assert (row.matter_id, row.due_time, row.organizations) == (
        ids["tax"],
        time(16, 0),
        ((ids["firm"], "Stavby Brno a.s."),),
    )
    assert row.remind_at is None


def test_reminder_minutes_read_back_in_the_largest_unit():
    assert split_minutes(2 * 24 * 60) == (2, "days")
    assert split_minutes(90) == (90, "minutes")
    assert split_minutes(180) == (3, "hours")


# --- pictures --------------------------------------------------------------------------


def test_render_the_page_and_the_form(qtbot, database):
    """Realistic pictures to look at: /tmp/tasks_view.png, /tmp/tasks_view_matter.png,
    /tmp/task_dialog.png (Czech locale formats, English texts)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Czech, QLocale.Country.CzechRepublic))
    try:
        ids = seed(database)
        view = open_view(qtbot, database)
        view.quick_edit.insert("Zavolat Dvořákovi zítra 14:00 !high #2026/0042")
        assert view.grab().save("/tmp/tasks_view.png")
        view.set_tab("matter")
        qtbot.waitUntil(view.is_ready)
        assert view.grab().save("/tmp/tasks_view_matter.png")
        dialog = view.edit_task(ids["vat"])
        dialog.remind_combo.setCurrentIndex(dialog.remind_combo.findData("before"))
        qtbot.waitExposed(dialog)
        assert dialog.grab().save("/tmp/task_dialog.png")
        dialog.reject()
    finally:
        QLocale.setDefault(before)


def test_quick_add_links_the_person_named_after_an_at_sign(qtbot, database):
    seed(database)
    view = open_view(qtbot, database)
    # "@dvorak": diacritics folded, the first person of that name is linked.
    qtbot.keyClicks(view.quick_edit, "Call @dvorak zitra")
    preview = view.preview_label.text()
    assert "“Call dvorak”" in preview and "with Petr Dvořák" in preview
    qtbot.keyClick(view.quick_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.is_ready)
    with database.session_scope() as s:
        [added] = [
            r for r in tasks.task_list(s, "upcoming", today=TODAY) if r.title == "Call dvorak"
        ]
    assert [name for _id, name in added.people] == ["Petr Dvořák"]
    # Nobody of that name: the word stays as typed, nothing is linked.
    view.quick_edit.clear()
    qtbot.keyClicks(view.quick_edit, "Ask @nobody")
    assert view.parsed().people == [] and view.parsed().title == "Ask @nobody"
