"""The Exchange account form against the loopback EWS server, passwords in a test keyring."""

from __future__ import annotations

import os
import uuid
from datetime import datetime

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from sqlalchemy import select

from smallcrm.core import logs
from smallcrm.core.models import MailAccount
from smallcrm.core.services import mail_accounts
from smallcrm.core.services.mail_accounts import format_fingerprint
from smallcrm.core.sync import credentials
from smallcrm.gui.dialogs.account_dialog import AccountDialog
from smallcrm.gui.dialogs.exchange_account_dialog import ExchangeAccountDialog
from smallcrm.gui.dialogs.mail_accounts_dialog import MailAccountsDialog
from smallcrm.gui.mail_sync import MailSync
from smallcrm.gui.tasks import TaskRunner

USER = "alice"
WAIT = 30_000


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(10_000)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
    credentials.session_vault.clear()
    logs.forget_all_secrets()


def make_dialog(qtbot, database, tasks, account_id=None) -> ExchangeAccountDialog:
    dialog = ExchangeAccountDialog(database, tasks, None, account_id=account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog, url: str, password: str, *, user: str = USER, auth: str = "basic") -> None:
    dialog.name_edit.setText("Kancelář Exchange")
    dialog.url_edit.setText(url)
    if dialog.plain_confirm.isVisible():
        dialog.plain_confirm.setChecked(True)  # the loopback server speaks plain http
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    dialog.auth_combo.setCurrentIndex(dialog.auth_combo.findData(auth))


def click_and_wait(qtbot, dialog, button) -> str:
    with qtbot.waitSignal(dialog.tested, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return dialog.test_result.text()


def saved_account(qtbot, dialog) -> int:
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def folder_texts(dialog) -> list[str]:
    return [dialog.folder_list.item(i).text() for i in range(dialog.folder_list.count())]


def test_an_exchange_account_is_tested_loaded_and_saved(qtbot, database, tasks, vault, ews_server):
    password = ews_server.users[USER]
    folder_name = f"Klienti {uuid.uuid4().hex[:6]}"
    folder_id = ews_server.add_folder(USER, folder_name)
    dialog = make_dialog(qtbot, database, tasks)
    assert dialog.auth_choice == "auto"  # "as the server asks" unless the user says
    assert dialog.checked_folders() == ["inbox", "sentitems"]
    assert not dialog.plain_warning.isVisible()
    fill(dialog, ews_server.url, password, user=f"EXAMPLE\\{USER}")
    assert dialog.plain_warning.isVisible()  # http://: the password crosses in clear
    dialog.email_edit.setText(ews_server.email(USER))

    answer = click_and_wait(qtbot, dialog, dialog.test_button)
    assert answer.startswith("✓ Connected:") and "mail folder" in answer
    assert folder_texts(dialog) == ["Inbox", "Sent Items"]  # a test does not touch the list

    click_and_wait(qtbot, dialog, dialog.load_folders_button)
    texts = folder_texts(dialog)
    # Mail folders only (no Calendar), in tree order, the new one indented under Inbox.
    assert [t.strip() for t in texts][:2] == ["Inbox", folder_name]
    assert texts[1].startswith("    ")
    assert "Sent Items" in texts and "Calendar" not in texts
    assert dialog.checked_folders() == ["inbox", "sentitems"]
    dialog.folder_list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.calendar_check.setChecked(True)
    dialog.privacy_radios["all"].setChecked(True)

    account_id = saved_account(qtbot, dialog)
    assert not dialog.isVisible()
    with database.session_scope() as s:
        info = mail_accounts.find_account(s, account_id)
        key = mail_accounts.password_key(s, account_id)
        row = s.get(MailAccount, account_id)
        stored_values = [str(getattr(row, c.key)) for c in MailAccount.__table__.columns]
    assert (info.kind, info.url, info.auth, info.host) == (
        "ews",
        ews_server.url,
        "basic",
        "127.0.0.1",
    )
    assert (info.user_name, info.email) == (f"EXAMPLE\\{USER}", ews_server.email(USER))
    assert info.folders == ("inbox", folder_id, "sentitems")
    assert info.calendar and info.privacy == "all" and info.since_months == 12
    assert info.pinned_sha256 is None
    assert vault.store == {(credentials.SERVICE, key): password}
    assert not any(password in value for value in stored_values)


def test_editing_an_exchange_account_keeps_its_password(qtbot, database, tasks, vault, ews_server):
    with database.session_scope() as s:
        account_id = mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name="Office", kind="ews", host="", url=ews_server.url, auth="basic",
                user_name=f"{USER}@example.test", since_months=None, sync_minutes=None,
                folders=mail_accounts.EWS_DEFAULT_FOLDERS,
            ),
        )  # fmt: skip
        key = mail_accounts.password_key(s, account_id)
    credentials.store_password(key, ews_server.users[USER])
    dialog = make_dialog(qtbot, database, tasks, account_id)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT)
    assert dialog.windowTitle() == "Exchange Account"
    assert dialog.url_edit.text() == ews_server.url
    assert dialog.plain_confirm.isChecked()  # confirmed when it was saved
    assert dialog.auth_choice == "basic"
    assert dialog.user_edit.text() == f"{USER}@example.test" and dialog.email_edit.text() == ""
    assert folder_texts(dialog) == ["Inbox", "Sent Items"]
    assert dialog.since_all_radio.isChecked() and dialog.on_demand_radio.isChecked()
    assert not dialog.calendar_check.isChecked()
    # An empty password field tests (and saves) with the stored one.
    assert click_and_wait(qtbot, dialog, dialog.test_button).startswith("✓ Connected:")
    dialog.calendar_check.setChecked(True)
    dialog.folder_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert saved_account(qtbot, dialog) == account_id
    with database.session_scope() as s:
        info = mail_accounts.find_account(s, account_id)
    assert info.calendar and info.folders == ("inbox",) and info.auth == "basic"
    assert vault.store == {(credentials.SERVICE, key): ews_server.users[USER]}


def test_a_wrong_password_is_shown_next_to_the_password(qtbot, database, tasks, vault, ews_server):
    wrong = "not-" + uuid.uuid4().hex
    dialog = make_dialog(qtbot, database, tasks)
    fill(dialog, ews_server.url, wrong, user=f"{USER}@example.test")
    answer = click_and_wait(qtbot, dialog, dialog.test_button)
    assert answer == "Not connected."
    assert dialog.password_error.isVisible()
    assert "refused the user name or password" in dialog.password_error.text()
    assert wrong not in dialog.password_error.text() + answer
    # focusWidget(): the offscreen platform may not activate the window itself.
    assert dialog.focusWidget() is dialog.password_edit and dialog.test_button.isEnabled()
    qtbot.keyClicks(dialog.password_edit, "x")  # an edit clears the message
    assert not dialog.password_error.isVisible()


def test_an_untrusted_certificate_shows_its_fingerprint_and_works_once_trusted(
    qtbot, database, tasks, vault
):
    import exchangelib

    from tests.servers.ews import start_ews_server

    server = start_ews_server(tls=True)
    try:
        dialog = make_dialog(qtbot, database, tasks)
        fill(dialog, server.url, server.users[USER], user=f"{USER}@example.test")
        assert not dialog.plain_warning.isVisible()
        answer = click_and_wait(qtbot, dialog, dialog.load_folders_button)
        assert "not trusted" in answer
        fingerprint = format_fingerprint(server.cert_sha256)
        assert fingerprint in answer.replace("\n", "")
        assert dialog.trust_check.isVisible() and not dialog.trust_check.isChecked()
        assert f"{fingerprint})" in dialog.trust_check.text().replace("\n", "")
        assert dialog.pinned_sha256 is None
        dialog.trust_check.setChecked(True)
        answer = click_and_wait(qtbot, dialog, dialog.load_folders_button)
        assert answer.startswith("✓ Connected:")
        assert "Deleted Items" in folder_texts(dialog)
        account_id = saved_account(qtbot, dialog)
        with database.session_scope() as s:
            info = mail_accounts.find_account(s, account_id)
        assert info.pinned_sha256 == server.cert_sha256 and info.url == server.url
    finally:
        exchangelib.close_connections()
        server.stop()


def test_fields_are_checked_next_to_them_before_anything_is_sent(qtbot, database, tasks, vault):
    dialog = make_dialog(qtbot, database, tasks)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.text() == "Give the account a name."
    assert "Type the EWS address" in dialog.url_error.text()
    assert dialog.user_error.text() == "Type the user name."
    assert dialog.password_error.text() == "Type the account's password."
    assert dialog.focusWidget() is dialog.name_edit
    dialog.name_edit.setText("Office")
    dialog.url_edit.setText("mail.firm.cz")
    dialog.user_edit.setText("FIRMA\\jana")
    dialog.password_edit.setText("secret-123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not a web address" in dialog.url_error.text()
    assert "DOMAIN\\user" in dialog.email_error.text()  # the mailbox cannot be guessed
    assert not dialog.name_error.isVisible()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == ""  # nothing was sent
    dialog.url_edit.setText("https://mail.firm.cz/EWS/Exchange.asmx")
    dialog.email_edit.setText("jana@firm.cz")
    for i in range(dialog.folder_list.count()):
        dialog.folder_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.folders_error.text() == "Tick at least one folder to sync."
    assert not dialog.url_error.isVisible() and not dialog.email_error.isVisible()
    with database.session_scope() as s:
        assert s.scalars(select(MailAccount)).all() == []


def test_without_keyring_the_memory_choice_is_required(
    qtbot, database, tasks, no_keyring, ews_server
):
    dialog = make_dialog(qtbot, database, tasks)
    assert dialog.memory_check.isVisible()
    fill(dialog, ews_server.url, ews_server.users[USER], user=f"{USER}@example.test")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Keep the password in memory" in dialog.password_error.text()
    dialog.memory_check.setChecked(True)
    account_id = saved_account(qtbot, dialog)
    with database.session_scope() as s:
        key = mail_accounts.password_key(s, account_id)
    assert credentials.session_vault.get(key) == ews_server.users[USER]


def test_as_the_server_asks_stores_the_probed_authentication(
    qtbot, database, tasks, vault, ews_server
):
    dialog = make_dialog(qtbot, database, tasks)
    fill(dialog, ews_server.url, ews_server.users[USER], user=f"{USER}@example.test", auth="auto")
    # Save without a test: the probe (one unauthenticated request) runs first, off the GUI
    # thread, then the write. The loopback server offers NTLM first, as IIS does.
    before = ews_server.http_requests
    account_id = saved_account(qtbot, dialog)
    assert ews_server.http_requests == before + 1
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).auth == "ntlm"

    dialog = make_dialog(qtbot, database, tasks)
    fill(dialog, ews_server.url, ews_server.users[USER], user=f"{USER}@example.test", auth="auto")
    dialog.name_edit.setText("Second")
    answer = click_and_wait(qtbot, dialog, dialog.test_button)
    assert "The server asks for NTLM." in answer
    before = ews_server.http_requests
    saved_account(qtbot, dialog)
    assert ews_server.http_requests == before  # the test's answer is used for the same address


def test_the_real_probe_finds_ntlm_on_the_loopback_server(
    qtbot, database, tasks, vault, ews_server
):
    dialog = make_dialog(qtbot, database, tasks)
    fill(dialog, ews_server.url, ews_server.users[USER], user=f"{USER}@example.test", auth="auto")
    # The loopback server offers NTLM first, as IIS does.
    answer = click_and_wait(qtbot, dialog, dialog.test_button)
    assert "The server asks for NTLM." in answer
    account_id = saved_account(qtbot, dialog)
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).auth == "ntlm"


def test_real_autodiscover_with_an_untrusted_certificate(qtbot, database, tasks, vault, ews_server):
    import exchangelib

    from tests.servers.autodiscover import AutodiscoverServer, DnsResponder, exchangelib_dns

    try:
        autodiscover = AutodiscoverServer(ews_server.url)
    except OSError as exc:  # port 443: root, and free
        message = f"the autodiscover server needs port 443: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    dns = DnsResponder()
    try:
        with exchangelib_dns(dns):
            dialog = make_dialog(qtbot, database, tasks)
            dialog.name_edit.setText("Found")
            dialog.discover_radio.setChecked(True)
            assert not dialog.url_edit.isEnabled()
            dialog.user_edit.setText("EXAMPLE\\alice")
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
            # Autodiscover starts from the address: DOMAIN\user gives none.
            assert "DOMAIN\\user" in dialog.email_error.text()
            # The mail domain (localhost, for the loopback autodiscover) is not the
            # sign-in's, as in many firms.
            dialog.user_edit.setText(f"{USER}@example.test")
            dialog.email_edit.setText(f"{USER}@localhost")
            dialog.password_edit.setText(ews_server.users[USER])
            answer = click_and_wait(qtbot, dialog, dialog.load_folders_button)
            assert "not trusted" in answer
            fingerprint = format_fingerprint(autodiscover.cert_sha256)
            assert fingerprint in answer.replace("\n", "")
            dialog.trust_check.setChecked(True)
            dialog.password_edit.setText("wrong-" + uuid.uuid4().hex)
            click_and_wait(qtbot, dialog, dialog.load_folders_button)
            assert "refused" in dialog.password_error.text()
            dialog.password_edit.setText(ews_server.users[USER])
            answer = click_and_wait(qtbot, dialog, dialog.load_folders_button)
            assert answer.startswith("✓ Connected:"), (
                dialog.password_error.text(),
                dialog.url_error.text(),
            )
            assert "The server asks for NTLM." in answer
            assert dialog.address_radio.isChecked() and dialog.url_edit.text() == ews_server.url
            assert dialog.email_edit.text() == ews_server.email(USER)
            assert "Deleted Items" in folder_texts(dialog)
            dialog.plain_confirm.setChecked(True)  # autodiscover gave the http test server
            account_id = saved_account(qtbot, dialog)
        with database.session_scope() as s:
            info = mail_accounts.find_account(s, account_id)
        assert (info.url, info.auth, info.email) == (
            ews_server.url,
            "ntlm",
            ews_server.email(USER),
        )
    finally:
        exchangelib.close_connections()
        autodiscover.stop()
        dns.stop()


def test_the_accounts_list_opens_each_kind_in_its_own_form(
    qtbot, database, tasks, vault, ews_server
):
    with database.session_scope() as s:
        ews_id = mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name="Exchange", kind="ews", host="", url=ews_server.url, auth="ntlm",
                user_name="EXAMPLE\\alice", email=ews_server.email(USER), calendar=True,
            ),
        )  # fmt: skip
    sync = MailSync(database, tasks)
    sync.reload()
    qtbot.waitUntil(lambda: ews_id in sync.states, timeout=WAIT)
    accounts = MailAccountsDialog(database, tasks, sync)
    qtbot.addWidget(accounts)
    accounts.show()
    assert "on Exchange 127.0.0.1" in accounts.list.item(0).text()

    dialog = accounts.edit_account()
    assert isinstance(dialog, ExchangeAccountDialog)
    qtbot.waitSignal(dialog.loaded, timeout=WAIT, raising=False)
    qtbot.waitUntil(lambda: dialog.url_edit.text() == ews_server.url, timeout=WAIT)
    assert dialog.auth_choice == "ntlm" and dialog.calendar_check.isChecked()
    assert not dialog.error_label.isVisible() and dialog.save_button.isEnabled()
    dialog.reject()

    qtbot.mouseClick(accounts.add_ews_button, Qt.MouseButton.LeftButton)
    assert isinstance(accounts.account_dialog, ExchangeAccountDialog)
    assert accounts.account_dialog.windowTitle() == "New Exchange Account"
    accounts.account_dialog.reject()
    qtbot.mouseClick(accounts.add_imap_button, Qt.MouseButton.LeftButton)
    assert isinstance(accounts.account_dialog, AccountDialog)
    accounts.account_dialog.reject()


def test_removing_an_account_asks_keeps_its_events_and_forgets_the_password(
    qtbot, database, tasks, vault
):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from smallcrm.core.services import calendar
    from smallcrm.core.services.calendar import EventInput

    with database.session_scope() as s:
        account_id = mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name="Kancelář", kind="ews", host="", url="https://mail.example.cz/EWS/Exchange.asmx",
                auth="ntlm", user_name="FIRMA\\jana", email="jana@example.cz", calendar=True,
            ),
        )  # fmt: skip
        key = mail_accounts.password_key(s, account_id)
        event_id = calendar.create_event(
            s,
            EventInput(
                summary="Porada", start=datetime(2027, 1, 4, 9, 0), end=datetime(2027, 1, 4, 10, 0),
                tz="Europe/Prague", source=mail_accounts.calendar_source(account_id),
            ),
            user_zone="Europe/Prague",
        )  # fmt: skip
    credentials.store_password(key, "Tajne-heslo-1")
    sync = MailSync(database, tasks)
    sync.reload()
    qtbot.waitUntil(lambda: account_id in sync.states, timeout=WAIT)
    accounts = MailAccountsDialog(database, tasks, sync)
    qtbot.addWidget(accounts)
    accounts.show()
    question = accounts.removal_question(account_id)
    assert "Stop syncing “Kancelář”" in question.text()
    assert "stay here" in question.text() and "calendar's events stay" in question.text()
    question.deleteLater()

    def answer(name: str) -> None:
        box = accounts.findChild(QMessageBox, "removeQuestion")
        next(b for b in box.findChildren(QPushButton) if b.text() == name).click()

    # Cancel changes nothing.
    accounts.remove_selected()
    answer("Cancel")
    qtbot.wait(50)
    assert account_id in sync.states and vault.store

    accounts.remove_selected()
    with qtbot.waitSignal(accounts.removed, timeout=WAIT):
        answer("Remove")
    qtbot.waitUntil(lambda: accounts.list.count() == 0, timeout=WAIT)
    assert vault.store == {}
    with database.session_scope() as s:
        assert mail_accounts.list_accounts(s) == []
        kept = calendar.get_event(s, event_id).data
    assert (kept.summary, kept.source) == ("Porada", "")
