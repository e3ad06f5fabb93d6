"""Delete to the trash with an Undo in the status bar, and Ctrl+Z bringing records back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from smallcrm.core.services.contacts import count_contacts, count_organizations
from smallcrm.gui.main_window import MainWindow
from tests.gui.test_contacts_view import open_view, seed_contacts


def test_delete_key_trashes_selection_and_undo_restores(qtbot, database):
    seed_contacts(database, 30)
    view = open_view(qtbot, database)
    first, second = view.model.key(0), view.model.key(1)
    view.select_row(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert view.selected_keys() == [first, second]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.model.rowCount() == 32)
    assert view.model.row_of(first) == -1 and view.model.row_of(second) == -1
    assert view.notice.isVisible()
    assert view.notice.label.text() == "Moved 2 to the trash"

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() == 34)
    assert view.model.row_of(first) >= 0 and view.model.row_of(second) >= 0
    assert not view.can_undo()


def test_delete_then_ctrl_z_in_main_window(qtbot, profile, database):
    seed_contacts(database, 40)
    window = MainWindow(profile, database, remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("contacts")
    view = window.page("contacts")
    qtbot.waitUntil(view.is_ready)
    view.select_key(1)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.mouseClick(view.detail.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.row_of(1) == -1 and not view.model.loading)
    with database.session_scope() as session:
        assert count_contacts(session) == 39
    # The notice lives in the window's status bar, with its Undo button.
    assert view.notice.parent() is window.statusBar()
    assert view.notice.isVisible() and view.notice.undo_button.isVisible()
    assert "Moved 1 to the trash" in view.notice.label.text()

    view.table.setFocus()
    window._update_edit_actions()
    assert window._edit_actions["undo"].isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.row_of(1) >= 0 and not view.model.loading)
    window.tasks.wait_idle()
    with database.session_scope() as session:
        assert count_contacts(session) == 40
    assert view.selected_contact_id() == 1
    window.close()


def test_undo_in_text_field_stays_text_undo(qtbot, profile, database):
    seed_contacts(database, 10)
    window = MainWindow(profile, database, remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("contacts")
    view = window.page("contacts")
    qtbot.waitUntil(view.is_ready)
    view.select_key(2)
    view.delete_selected()
    qtbot.waitUntil(lambda: view.model.row_of(2) == -1 and not view.model.loading)
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "abc")
    window._edit_actions["undo"].trigger()
    assert window.search_edit.text() == ""
    assert view.can_undo()  # the trash was not touched
    window.close()


def test_notice_undo_button_restores_organisation(qtbot, database):
    seed_contacts(database, 10)
    view = open_view(qtbot, database)
    view.select_key(-2)
    view.delete_selected()
    qtbot.waitUntil(lambda: view.model.row_of(-2) == -1)
    with database.session_scope() as session:
        assert count_organizations(session) == 3
    view.notice.undo_button.click()
    qtbot.waitUntil(lambda: view.model.row_of(-2) >= 0)
    assert view.selected_contact_id() == -2
    assert view.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection


def test_relations_edited_from_the_detail_pane_can_be_undone(qtbot, database):
    from smallcrm.core.interop.records import ContactRecord
    from smallcrm.core.services.address_book import save_record
    from smallcrm.core.services.relations import RelationEdit, relations_of
    from smallcrm.gui.views.contacts import ContactsView

    with database.session_scope() as session:
        jana = save_record(session, ContactRecord(given_name="Jana", family_name="Nováková"))
        petr = save_record(session, ContactRecord(given_name="Petr", family_name="Novák"))
    view = ContactsView(database)
    qtbot.addWidget(view)
    view.show()
    view.show_key(jana.id)
    assert view.detail.relations_button.isVisibleTo(view.detail)  # a person: offered
    dialog = view.edit_relations()
    editor = view.relations_editor
    form = editor.add()  # the editor's own Add dialog, as a user fills it in
    form.submitted.emit(RelationEdit(other_contact_id=petr.id, role="spouse"))
    qtbot.waitUntil(view.can_undo, timeout=5000)
    with database.session_scope() as session:
        assert [r.role for r in relations_of(session, jana.id)] == ["spouse"]
    dialog.close()
    assert view.undo_last()
    with database.session_scope() as session:
        assert relations_of(session, jana.id) == []
