"""The relations editor: add a tie to a person and a job with dates, see them, remove one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services.relations import RelationEdit, add_relation, relations_of
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.widgets.relations_editor import RelationDialog, RelationsEditor


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


@pytest.fixture
def people(database) -> dict[str, int]:
    with database.session_scope() as s:

        def save(record: ContactRecord) -> int:
            return book.save_record(s, record).id

        return {
            "jana": save(ContactRecord(given_name="Jana", family_name="Nováková")),
            "petr": save(
                ContactRecord(given_name="Petr", family_name="Dvořák", organization="Horvat d.o.o.")
            ),
            "akn": save(ContactRecord(kind="organization", display_name="Advokátní kancelář AKN")),
        }


def open_editor(qtbot, database, tasks, person_id) -> RelationsEditor:
    editor = RelationsEditor(database, tasks, person_id)
    qtbot.addWidget(editor)
    editor.resize(520, 300)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def open_add_dialog(qtbot, editor) -> RelationDialog:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_name(qtbot, dialog: RelationDialog, text: str) -> None:
    dialog.target_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.target_edit.hasFocus)
    qtbot.keyClicks(dialog.target_edit, text)


def submit(qtbot, editor: RelationsEditor, dialog: RelationDialog) -> int:
    with qtbot.waitSignal(editor.changed, timeout=5000) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dialog is None)
    return changed.args[0]


def test_add_a_tie_and_a_job_with_dates_then_remove_one(qtbot, database, runner, people):
    editor = open_editor(qtbot, database, runner, people["jana"])
    assert editor.shown_rows() == []
    assert editor.empty_label.isVisible()
    assert not editor.remove_button.isEnabled()

    # A person, picked from the completer over names (diacritics folded).
    dialog = open_add_dialog(qtbot, editor)
    dialog.person_radio.click()
    type_name(qtbot, dialog, "dvor")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Petr Dvořák — Horvat d.o.o."
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.target_edit.text() == "Petr Dvořák"
    assert dialog.picked_id == people["petr"]
    qtbot.keyClicks(dialog.role_edit, "spouse")
    submit(qtbot, editor, dialog)
    assert editor.shown_rows() == [("Petr Dvořák", "spouse", "")]

    # A job with since/until; the dates the wrong way round are refused first.
    dialog = open_add_dialog(qtbot, editor)
    assert dialog.organization_radio.isChecked()
    type_name(qtbot, dialog, "AKN")
    assert dialog.picked_id is None  # "AKN" alone is not a name: picked below
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.picked_id == people["akn"]
    qtbot.keyClicks(dialog.role_edit, "Tax advisor")
    dialog.since_edit.setDate(QDate(2019, 6, 30))
    dialog.until_edit.setDate(QDate(2015, 3, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The relation cannot end before it begins."
    dialog.since_edit.setDate(QDate(2015, 3, 1))
    dialog.until_edit.setDate(QDate(2019, 6, 30))
    assert not dialog.error_label.isVisible()
    submit(qtbot, editor, dialog)
    assert editor.shown_rows() == [
        ("Advokátní kancelář AKN", "Tax advisor", "1. 3. 2015 – 30. 6. 2019"),
        ("Petr Dvořák", "spouse", ""),
    ]
    assert editor.current_relation().target_name == "Advokátní kancelář AKN"
    with database.session_scope() as s:
        job = next(r for r in relations_of(s, people["jana"]) if r.target_kind == "organization")
        assert (job.since, job.until) == (date(2015, 3, 1), date(2019, 6, 30))

    # Remove the tie with the keyboard; undo brings it back.
    assert editor.select_relation(next(r.id for r in editor.relations if r.target_kind == "person"))
    editor.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    with qtbot.waitSignal(editor.changed, timeout=5000) as removed:
        qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert editor.shown_rows() == [
        ("Advokátní kancelář AKN", "Tax advisor", "1. 3. 2015 – 30. 6. 2019")
    ]
    with database.session_scope() as s:
        book.undo(s, removed.args[0])
    editor.reload()
    assert ("Petr Dvořák", "spouse", "") in editor.shown_rows()


def test_a_new_organisation_is_named_and_an_existing_job_changed(qtbot, database, runner, people):
    editor = open_editor(qtbot, database, runner, people["petr"])
    assert editor.shown_rows() == [("Horvat d.o.o.", "", "")]
    dialog = open_add_dialog(qtbot, editor)
    type_name(qtbot, dialog, "Kovac & partneri")  # QTest types ASCII only
    assert dialog.target_note.isVisible()
    assert "will be created" in dialog.target_note.text()
    dialog.until_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.until_edit, Qt.Key.Key_Up)  # from "not set": today
    assert dialog.until_edit.value() == date.today()
    submit(qtbot, editor, dialog)
    assert [row[0] for row in editor.shown_rows()] == ["Horvat d.o.o.", "Kovac & partneri"]

    # Enter on the current row opens it for a change.
    editor.select_relation(editor.relations[0].id)
    editor.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return)
    dialog = editor.dialog
    assert dialog is not None and dialog.windowTitle() == "Change relation"
    assert dialog.target_edit.text() == "Horvat d.o.o."
    qtbot.keyClicks(dialog.role_edit, "Partner")
    dialog.since_edit.set_value(date(2020, 1, 1))
    submit(qtbot, editor, dialog)
    assert editor.shown_rows()[0] == ("Horvat d.o.o.", "Partner", "since 1. 1. 2020")


def test_a_refused_write_keeps_the_dialog_open_with_the_reason(qtbot, database, people):
    with database.session_scope() as s:
        add_relation(s, people["jana"], RelationEdit(other_contact_id=people["petr"]))
    editor = open_editor(qtbot, database, None, people["jana"])  # writes at once
    dialog = open_add_dialog(qtbot, editor)
    dialog.person_radio.click()
    type_name(qtbot, dialog, "petr dvorak")
    assert dialog.picked_id == people["petr"]  # the one exact name needs no pick
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "This relation is already recorded."
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_a_person_not_saved_yet_has_nothing_to_edit(qtbot, database, people):
    editor = open_editor(qtbot, database, None, None)
    assert not editor.add_button.isEnabled()
    assert "Save the person first" in editor.empty_label.text()
    assert editor.add() is None
    editor.set_person(people["petr"])
    assert editor.add_button.isEnabled()
    assert editor.shown_rows() == [("Horvat d.o.o.", "", "")]
