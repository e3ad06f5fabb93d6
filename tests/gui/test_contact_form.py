"""The contact form: typing, validation messages beside fields, saving into the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from smallcrm.core.interop.records import ContactRecord, Labeled, PartialDate
from smallcrm.core.services.address_book import Ref, record_of, save_record
from smallcrm.core.services.contacts import count_contacts
from smallcrm.gui.main_window import MainWindow
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.widgets.contact_form import ContactForm
from tests.gui.test_contacts_view import open_view, seed_contacts

VALID_ICO = "25596641"  # a real-format IČO with a correct check digit
BAD_ICO = "25596642"


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


def form_for(qtbot, database, kind="person", ref=None, tasks=None) -> ContactForm:
    form = ContactForm(database, kind, ref, tasks=tasks)
    qtbot.addWidget(form)
    form.resize(620, 900)
    form.show()
    qtbot.waitExposed(form)
    activate(qtbot, form)
    return form


def type_into(qtbot, edit, text: str) -> None:
    """Click into the field and type, as a user does (checks run when focus leaves it)."""
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, text)


def activate(qtbot, window) -> None:
    """Focus and shortcuts need the window to be the active one, even off screen."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_create_person_through_the_form_and_find_it_in_the_list(qtbot, database, runner):
    seed_contacts(database, 30)
    view = open_view(qtbot, database, runner)
    dialog = view.new_person()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    form = dialog.form
    assert form.given_edit.hasFocus()
    type_into(qtbot, form.title_edit, "Ing.")
    type_into(qtbot, form.given_edit, "Jana")
    type_into(qtbot, form.family_edit, "Zapletalova")
    type_into(qtbot, form.position_edit, "Notary")
    form.organization_combo.setEditText("Odvjetnik Horvat")
    type_into(qtbot, form.emails.rows[0].value, "jana@example.cz")
    type_into(qtbot, form.phones.rows[0].value, "602 123 456")
    form.addresses.rows[0].value.setText("Národní 10")
    form.addresses.rows[0].city.setText("Praha")
    form.addresses.rows[0].postcode.setText("110 00")
    form.emails.add_button.click()
    type_into(qtbot, form.emails.rows[1].value, "jana.home@example.cz")
    form.emails.rows[1].label.set_key("home")
    type_into(qtbot, form.tags_edit, "klient, VIP")
    form.birthday_edit.setDate(form.birthday_edit.date().fromString("1980-04-15", "yyyy-MM-dd"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    key = saved.args[0]
    assert key > 0
    qtbot.waitUntil(lambda: view.selected_contact_id() == key and view.is_ready())
    assert view.model.row(view.model.row_of(key)).name == "Jana Zapletalova"
    shown = view.detail.shown_text()
    assert "jana@example.cz" in shown and "jana.home@example.cz" in shown
    assert "602 123 456" in shown  # E.164 stored, national form shown
    assert "Odvjetnik Horvat" in shown
    assert "klient, VIP" in shown
    assert "15. 4. 1980" in shown
    with database.session_scope() as session:
        record = record_of(session, Ref("person", key))
    assert record.title == "Ing."
    assert [e.label for e in record.emails] == ["work", "home"]
    assert record.addresses[0].city == "Praha"
    assert record.birthday == PartialDate(4, 15, 1980)
    # The new tag is offered in the filter at once.
    assert view.tag_combo.findText("VIP") >= 0


def test_bad_ico_shows_message_beside_field_and_blocks_saving(qtbot, database):
    form = form_for(qtbot, database, "organization")
    type_into(qtbot, form.name_edit, "Test s.r.o.")
    type_into(qtbot, form.registry_edit, BAD_ICO)
    form.tax_edit.setFocus()  # leaving the field checks it
    message = form.findChild(type(form.banner), "registryIdMessage")
    qtbot.waitUntil(message.isVisible)
    assert "IČO" in message.text() or "check digit" in message.text()
    assert not form.save_button.isEnabled()
    with database.session_scope() as session:
        before = count_contacts(session)
    form.save()
    assert form.registry_edit.hasFocus()
    assert form.banner.isVisible()

    # Fixing the number clears the message as it is typed, and saving works.
    form.registry_edit.setText(VALID_ICO)
    assert not message.isVisible()
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    with database.session_scope() as session:
        assert count_contacts(session) == before
        record = record_of(session, Ref("organization", -saved.args[0]))
    assert record.ids["registry"] == VALID_ICO


def test_short_ico_message_depends_on_country(qtbot, database):
    form = form_for(qtbot, database, "organization")
    form.name_edit.setText("Firma")
    form.registry_edit.setText("123456789")
    assert form.validate() is form.registry_edit
    assert "8 digits" in form.registry_edit.parent().findChildren(type(form.banner))[0].text()
    # Another country, another rule: a country without a known rule accepts the number.
    form.country_combo.setCurrentIndex(form.country_combo.findData(""))
    assert form.validate() is None


def test_bad_email_shows_message_and_save_is_refused(qtbot, database):
    form = form_for(qtbot, database)
    type_into(qtbot, form.given_edit, "Petr")
    row = form.emails.rows[0]
    type_into(qtbot, row.value, "petr@nowhere")
    qtbot.keyClick(row.value, Qt.Key.Key_Tab)
    assert row.message.isVisible()
    assert "not complete" in row.message.text()
    assert not form.save_button.isEnabled()
    with database.session_scope() as session:
        before = count_contacts(session)
    qtbot.keyClick(form.given_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert row.value.hasFocus()
    with database.session_scope() as session:
        assert count_contacts(session) == before


def test_nameless_person_is_refused_with_message_at_name(qtbot, database):
    form = form_for(qtbot, database)
    assert form.validate() is form.given_edit
    assert "name" in form.findChild(type(form.banner), "givenNameMessage").text()


def test_phone_is_shown_formatted_and_odd_phone_does_not_block(qtbot, database):
    form = form_for(qtbot, database)
    form.given_edit.setText("Eva")
    row = form.phones.rows[0]
    type_into(qtbot, row.value, "00420602123456")
    qtbot.keyClick(row.value, Qt.Key.Key_Tab)
    assert row.value.text() == "602 123 456"
    form.phones.add_button.click()
    odd = form.phones.rows[1]
    type_into(qtbot, odd.value, "ext. 12")
    qtbot.keyClick(odd.value, Qt.Key.Key_Tab)
    assert odd.message.isVisible() and not odd.message.blocking
    assert form.save_button.isEnabled()


def test_rows_can_be_added_and_removed(qtbot, database):
    form = form_for(qtbot, database)
    form.given_edit.setText("Eva")
    form.urls.add_button.click()
    assert len(form.urls.rows) == 2
    form.urls.rows[0].value.setText("https://a.example")
    form.urls.rows[1].value.setText("https://b.example")
    form.urls.rows[0].remove_button.click()
    assert [u.value for u in form.record().urls] == ["https://b.example"]


def test_edit_changes_the_detail_pane(qtbot, database, runner):
    seed_contacts(database, 20)
    view = open_view(qtbot, database, runner)
    view.select_key(1)
    assert "Jan Novák" in view.detail.shown_text()
    dialog = view.edit_current()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    form = dialog.form
    assert form.family_edit.text() == "Novák"
    assert form.emails.rows[0].value.text() == "person1@example.cz"
    assert form.organization_combo.currentText() == "Advokátní kancelář Dvořák s.r.o."
    form.position_edit.setText("Senior partner")
    form.emails.rows[0].value.setText("jan.novak@example.cz")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(form.position_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "jan.novak@example.cz" in view.detail.shown_text())
    assert "person1@example.cz" not in view.detail.shown_text()
    assert view.selected_contact_id() == 1
    qtbot.waitUntil(lambda: view.form_dialog is None)  # closed and deleted


def test_birthday_without_year_round_trips(qtbot, database):
    with database.session_scope() as session:
        ref = save_record(
            session,
            ContactRecord(given_name="Ola", family_name="Nowak", birthday=PartialDate(2, 29)),
        )
    form = form_for(qtbot, database, ref=ref)
    assert form.no_year_check.isChecked()
    assert form.record().birthday == PartialDate(2, 29, None)
    form.clear_birthday_button.click()
    assert form.record().birthday is None


def test_edit_organisation_keeps_numbers_and_methods(qtbot, database):
    with database.session_scope() as session:
        ref = save_record(
            session,
            ContactRecord(
                kind="organization",
                display_name="Alfa a.s.",
                ids={"registry": VALID_ICO},
                emails=[Labeled("office@alfa.cz", "work")],
            ),
        )
    form = form_for(qtbot, database, ref=ref)
    assert form.name_edit.text() == "Alfa a.s."
    assert form.registry_edit.text() == VALID_ICO
    assert form.emails.rows[0].value.text() == "office@alfa.cz"
    form.name_edit.setText("Alfa Beta a.s.")
    with qtbot.waitSignal(form.saved):
        form.save_button.click()
    with database.session_scope() as session:
        record = record_of(session, ref)
    assert record.display_name == "Alfa Beta a.s."
    assert record.ids["registry"] == VALID_ICO
    assert [e.value for e in record.emails] == ["office@alfa.cz"]


def test_escape_cancels_the_dialog(qtbot, database):
    from smallcrm.gui.widgets.contact_form import ContactFormDialog

    dialog = ContactFormDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.form.given_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_n_in_main_window_opens_new_person_form(qtbot, profile, database):
    window = MainWindow(profile, database, remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.new_contact_action.trigger()
    assert window.current_section() == "contacts"
    dialog = window.page("contacts").form_dialog
    assert dialog is not None and dialog.form.kind == "person"
    qtbot.waitExposed(dialog)
    dialog.reject()
    window.close()
