"""The main window: lazy sections, shortcuts, search, persisted geometry, screenshots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

import smallcrm
from smallcrm.gui.main_window import SECTIONS, MainWindow
from smallcrm.gui.screenshot import VIEWS, render_view
from tests.gui.test_contacts_view import seed_contacts


@pytest.fixture
def window(qtbot, profile, database):
    win = MainWindow(profile, database)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def test_opens_on_dashboard_and_builds_only_that_page(window):
    assert window.current_section() == "dashboard"
    assert window.built_pages() == ["dashboard"]
    assert window.nav.count() == len(SECTIONS)
    assert window.nav.item(1).text() == "Contacts"
    assert window.search_edit.placeholderText() == "Search everything (Ctrl+K)"
    assert window.sync_label.text() == "No accounts to sync"


def test_dashboard_counts_people_and_organisations(qtbot, window, database):
    seed_contacts(database, 25)
    dashboard = window.page("dashboard")
    dashboard.refresh()  # counts on the read lane; the result comes back by signal
    qtbot.waitUntil(lambda: dashboard.contacts_card.number.text() == "25")
    assert dashboard.organizations_card.number.text() == "4"


def test_every_section_can_be_shown(window):
    for name in SECTIONS:
        window.show_section(name)
        assert window.current_section() == name
        assert window.stack.currentWidget() is window.page(name)
        assert window.nav.currentRow() == SECTIONS.index(name)
    assert sorted(window.built_pages()) == sorted(SECTIONS)
    from smallcrm.gui.views.documents import DocumentsView
    from smallcrm.gui.views.mail import MailView

    assert isinstance(window.page("mail"), MailView)

    assert isinstance(window.page("documents"), DocumentsView)
    from smallcrm.gui.views.calendar import CalendarPage
    from smallcrm.gui.views.tasks import TasksView

    assert isinstance(window.page("tasks"), TasksView)
    assert isinstance(window.page("calendar"), CalendarPage)
    with pytest.raises(ValueError, match="contacts"):
        window.show_section("nonsense")


def test_navigation_list_switches_sections(window):
    window.nav.setCurrentRow(SECTIONS.index("calendar"))
    assert window.current_section() == "calendar"


def test_ctrl_k_focuses_and_selects_search(qtbot, window):
    window.search_edit.setText("Novák")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_edit.hasFocus())
    assert window.search_edit.selectedText() == "Novák"


def test_ctrl_number_switches_sections(qtbot, window):
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "matters"
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "contacts"


def test_enter_in_search_opens_the_best_hit(qtbot, window, database):
    seed_contacts(database, 25)
    window.focus_search()
    # QTest types Latin-1 only; the text itself may be any Unicode.
    window.search_edit.setText("Čermák Petr")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_section() == "contacts")
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: [r.kind for r in contacts.selected_refs()] == ["person"])
    assert window.palette_widget.hits()[0][0] == "contact"


def test_new_contact_opens_contacts(window):
    window.new_contact_action.trigger()
    assert window.current_section() == "contacts"


def test_edit_menu_acts_on_focused_field(qtbot, window):
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "abc")
    window._edit_actions["selectAll"].trigger()
    assert window.search_edit.selectedText() == "abc"
    window._edit_actions["cut"].trigger()
    assert window.search_edit.text() == ""
    window._edit_actions["undo"].trigger()
    assert window.search_edit.text() == "abc"


def test_about_dialog_shows_version_and_profile(window, profile):
    dialog = window.about_dialog()
    try:
        assert smallcrm.__version__ in dialog.version_label.text()
        assert dialog.profile_label.text() == str(profile.home)
    finally:
        dialog.deleteLater()


def test_geometry_and_section_persist_across_windows(qtbot, profile, database):
    first = MainWindow(profile, database)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # Smaller than the offscreen screen (800x600), which restoreGeometry clamps to.
    first.resize(760, 520)
    assert (first.width(), first.height()) == (760, 520)
    first.show_section("tasks")
    first.close()
    assert profile.settings_path.is_file()
    settings = QSettings(str(profile.settings_path), QSettings.Format.IniFormat)
    assert settings.value("MainWindow/section") == "tasks"

    second = MainWindow(profile, database)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 520)
    assert second.current_section() == "tasks"
    assert second.built_pages() == ["tasks"]
    second.close()


def test_screenshot_without_remember_leaves_settings_alone(qapp, profile, database, tmp_path):
    render_view(profile, database, "contacts", tmp_path / "c.png", (800, 600))
    assert not profile.settings_path.exists()


@pytest.mark.parametrize("view", VIEWS)
def test_render_view_writes_png_of_requested_size(qapp, profile, database, tmp_path, view):
    seed_contacts(database, 300)
    out = render_view(profile, database, view, tmp_path / f"{view}.png", size=(1024, 700))
    assert out.is_file() and out.stat().st_size > 5000
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # Not a blank canvas: the picture has more than a handful of colours.
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 5


def test_render_view_rejects_unknown_view(qapp, profile, database, tmp_path):
    with pytest.raises(ValueError, match="dashboard, contacts"):
        render_view(profile, database, "spreadsheet", tmp_path / "x.png")
    assert QApplication.instance() is qapp


def test_file_menu_import_reloads_the_contacts_list(qtbot, window):
    from pathlib import Path

    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.show_section("contacts")
    contacts = window.page("contacts")
    card = Path(__file__).resolve().parents[1] / "data" / "vcard" / "ezvcard_gmail_3.0.vcf"
    dialog = window._import_contacts([str(card)])
    assert dialog is not None and dialog.parent() is window
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_OPTIONS, timeout=10_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_RESULT, timeout=10_000)
    # The window's callback reloads the list: the imported people show without a restart.
    qtbot.waitUntil(lambda: contacts.model.rowCount() > 0, timeout=10_000)
    dialog.close()


def test_duplicates_merged_from_the_menu_can_be_undone_on_the_contacts_page(qtbot, window):
    from smallcrm.core.interop.records import ContactRecord, Labeled
    from smallcrm.core.services.address_book import save_record

    with window.database.session_scope() as session:
        for family in ("Nováková", "Novakova"):
            save_record(
                session,
                ContactRecord(given_name="Jana", family_name=family,
                              emails=[Labeled("jana@akn.cz", "work")]),
            )  # fmt: skip
    finder = window._find_duplicates()
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: finder.page == finder.PAGE_PAIRS, timeout=10_000)
    assert len(finder.model.pairs) == 1
    merge = finder.merge_current()
    qtbot.waitUntil(lambda: merge.page == merge.PAGE_CHOICES, timeout=10_000)
    merge.merge_button.click()
    # The merge joins the contacts page's undo: Ctrl+Z there brings both people back.
    qtbot.waitUntil(contacts.can_undo, timeout=10_000)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=10_000)
    assert contacts.undo_last()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 2, timeout=10_000)
    finder.close()


def test_matters_section_and_ctrl_shift_n(qtbot, window):
    from smallcrm.gui.views.matters import MattersView
    from smallcrm.gui.widgets.matter_form import MatterFormDialog

    assert window.new_matter_action.shortcut().toString() == "Ctrl+Shift+N"
    window.nav.setFocus()
    qtbot.keyClick(
        window.nav,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.current_section() == "matters"
    view = window.page("matters")
    assert isinstance(view, MattersView)
    dialog = view.form_dialog
    assert isinstance(dialog, MatterFormDialog)
    dialog.title_edit.setText("Tax return 2025")
    dialog.save()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.matter_page)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_a_contacts_matter_link_opens_the_matter(qtbot, window):
    from smallcrm.core.interop.records import ContactRecord
    from smallcrm.core.services import matters
    from smallcrm.core.services.address_book import save_record
    from smallcrm.core.services.matters import MatterInput

    with window.database.session_scope() as session:
        person = save_record(session, ContactRecord(given_name="Jan", family_name="Novák"))
        org = save_record(session, ContactRecord(kind="organization", organization="Stavby a.s."))
        matter_id = matters.create_matter(
            session, MatterInput("Novák v. Stavby"), [(person, "client"), (org, "opposing_party")]
        )
    window.show_section("contacts")
    contacts = window.page("contacts")
    qtbot.waitUntil(contacts.is_ready)
    assert contacts.select_key(person.id)
    assert "Novák v. Stavby" in contacts.detail.shown_text()
    assert "Client" in contacts.detail.shown_text()
    label = contacts.detail.findChild(QLabel, "detail_matters")
    label.linkActivated.emit(f"matter:{matter_id}")
    assert window.current_section() == "matters"
    matters_page = window.page("matters")
    assert matters_page.stack.currentWidget() is matters_page.matter_page
    assert matters_page.matter_page.title_label.text() == "Novák v. Stavby"

    # The organisation's page lists it too, with its role.
    window.show_section("contacts")
    contacts.open_organization(org.id)
    row = contacts.organization_view.findChild(QLabel, "organization_matters")
    assert "Novák v. Stavby" in row.text() and "Opposing party" in row.text()
    row.linkActivated.emit(f"matter:{matter_id}")
    assert window.current_section() == "matters"


def test_conflict_keys_are_brought_up_to_date_in_chunks(qtbot, monkeypatch, window, database):
    from sqlalchemy import func, select

    from smallcrm.core.models.party_keys import PartyKeyDirty
    from smallcrm.gui import main_window

    seed_contacts(database, 120)  # the triggers mark every new record
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(PartyKeyDirty)) >= 120
    monkeypatch.setattr(main_window, "KEY_CHUNK", 50)  # three chunks, one after another
    window.refresh_keys()

    def done() -> bool:
        with database.session_scope() as s:
            return not window._keys_busy and not s.scalar(
                select(func.count()).select_from(PartyKeyDirty)
            )

    qtbot.waitUntil(done, timeout=20_000)
    from smallcrm.core.services.conflicts import PartyName, run_check

    with database.session_scope() as s:
        assert run_check(s, [PartyName(name="Novák Jan")])


def test_a_persons_mail_links_and_a_search_hit_open_the_message(qtbot, window):
    from datetime import UTC, datetime

    from sqlalchemy import text

    from smallcrm.core.connectors.imap import Batch, Checkpoint, RawMessage
    from smallcrm.core.interop.records import ContactRecord, Labeled
    from smallcrm.core.services import mail_accounts, mail_store
    from smallcrm.core.services.address_book import save_record

    with window.database.session_scope() as session:
        person = save_record(
            session,
            ContactRecord(given_name="Jan", family_name="Novák", emails=[Labeled("jan@klient.cz")]),
        )
        account = mail_accounts.add_account(
            session,
            mail_accounts.AccountInput(name="Kancelář", host="imap.example.cz", user_name="o"),
        )
    raw = (
        "From: Jan Novák <jan@klient.cz>\r\nSubject: Výpověď nájmu\r\n"
        "Message-ID: <v1@klient.cz>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Posílám výpověď.\r\n"
    ).encode()
    when = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with window.database.session_scope() as session:
        mail_store.store_batch(
            session,
            account,
            Batch(
                [RawMessage(7, frozenset(), when, len(raw), raw)], Checkpoint("INBOX", 1, 7, None)
            ),
            privacy="contacts",
        )
        message_id = session.execute(text("SELECT id FROM mail_message")).scalar_one()
    window.show_section("contacts")
    contacts = window.page("contacts")
    qtbot.waitUntil(contacts.is_ready)
    assert contacts.select_key(person.id)
    label = contacts.detail.findChild(QLabel, "detail_mail")
    assert "Výpověď nájmu" in label.text() and "All mail (1)" in label.text()
    label.linkActivated.emit(f"mail:{message_id}")
    assert window.current_section() == "mail"
    mail = window.page("mail")
    qtbot.waitUntil(lambda: mail.current_id == message_id)
    qtbot.waitUntil(lambda: "Výpověď nájmu" in mail.pane.subject_label.text())
    # "All mail" opens the person's mail on its own.
    window.show_section("contacts")
    label.linkActivated.emit(f"mailof:{person.id}")
    other = window.last_mail_window
    assert other is not None and other.isVisible() and other.contact_id == person.id
    assert other.model.rowCount() == 1
    other.close()
    # A search hit of kind "message" opens it too.
    window.show_section("dashboard")
    window.open_hit("message", message_id)
    assert window.current_section() == "mail" and mail.current_id == message_id


def test_an_email_on_a_timeline_opens_its_message(qtbot, window):
    from datetime import UTC, datetime

    from sqlalchemy import text

    from smallcrm.core.connectors.imap import Batch, Checkpoint, RawMessage
    from smallcrm.core.services import mail_accounts, mail_store, matters

    with window.database.session_scope() as session:
        matter_id = matters.create_matter(session, matters.MatterInput("Spor", number="2026/0001"))
        account = mail_accounts.add_account(
            session, mail_accounts.AccountInput(name="K", host="imap.example.cz", user_name="o")
        )
    raw = (
        b"From: soud@example.cz\r\nSubject: [2026/0001] Usneseni\r\n"
        b"Message-ID: <u@x>\r\n\r\nText\r\n"
    )
    when = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with window.database.session_scope() as session:
        mail_store.store_batch(
            session,
            account,
            Batch(
                [RawMessage(1, frozenset(), when, len(raw), raw)], Checkpoint("INBOX", 1, 1, None)
            ),
            privacy="contacts",
        )
        message_id = session.execute(text("SELECT id FROM mail_message")).scalar_one()
    window.open_matter(matter_id)
    page = window.page("matters").matter_page
    timeline = page.timeline
    qtbot.waitUntil(lambda: timeline.list.model().rowCount() > 0)
    timeline.list.setCurrentIndex(timeline.list.model().index(0, 0))
    assert timeline.current_item().kind == "email"
    assert timeline.edit_current() is None
    assert window.current_section() == "mail" and window.page("mail").current_id == message_id
