"""The mail account dialog against a real Dovecot, passwords in a test keyring only."""

from __future__ import annotations

import uuid

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
from smallcrm.gui.tasks import TaskRunner

USER = "alice"
WAIT = 30_000


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
    credentials.session_vault.clear()
    logs.forget_all_secrets()


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(10_000)


def make_dialog(qtbot, database, tasks, account_id=None) -> AccountDialog:
    dialog = AccountDialog(database, tasks, None, account_id=account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: AccountDialog, server, password: str, name: str = "Kancelář") -> None:
    dialog.name_edit.setText(name)
    dialog.host_edit.setText(server.host)
    dialog.port_spin.setValue(server.imaps_port)
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText(password)


def run_test(qtbot, dialog: AccountDialog) -> str:
    with qtbot.waitSignal(dialog.tested, timeout=WAIT):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return dialog.test_result.text()


def trust_server(qtbot, dialog: AccountDialog, server) -> None:
    """The self-signed certificate is refused, shown with its fingerprint, then trusted."""
    answer = run_test(qtbot, dialog)
    assert "not trusted" in answer
    fingerprint = format_fingerprint(server.cert_sha256)
    # In lines broken after a colon, so that it fits the dialog.
    assert fingerprint in answer.replace("\n", "")
    assert dialog.trust_check.isVisible()
    offer = dialog.trust_check.text()
    assert offer.startswith("I trust this certificate (fingerprint")
    assert f"{fingerprint})" in offer.replace("\n", "")
    assert dialog.pinned_sha256 is None  # shown is not trusted: only the tick pins it
    dialog.trust_check.setChecked(True)
    assert dialog.pinned_sha256 == server.cert_sha256


def saved_account(qtbot, dialog: AccountDialog) -> int:
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_untrusted_certificate_is_shown_trusted_then_tested_and_saved(
    qtbot, database, tasks, vault, dovecot_server
):
    server = dovecot_server
    password = server.users[USER]
    dialog = make_dialog(qtbot, database, tasks)
    assert dialog.keyring_label.text().startswith("Passwords are kept in the system password")
    assert not dialog.memory_check.isVisible()
    fill(dialog, server, password)
    trust_server(qtbot, dialog, server)

    answer = run_test(qtbot, dialog)
    assert answer.startswith("✓ Connected:") and "folder" in answer
    assert not dialog.trust_check.isHidden()  # still ticked, still used

    account_id = saved_account(qtbot, dialog)
    assert not dialog.isVisible()
    with database.session_scope() as s:
        info = mail_accounts.find_account(s, account_id)
        key = mail_accounts.password_key(s, account_id)
        row = s.get(MailAccount, account_id)
        stored_values = [str(getattr(row, c.key)) for c in MailAccount.__table__.columns]
    assert (info.name, info.host, info.port, info.security) == (
        "Kancelář",
        server.host,
        server.imaps_port,
        "tls",
    )
    assert info.pinned_sha256 == server.cert_sha256
    assert info.folders == ("INBOX", "Sent")
    assert info.since_months == 12 and info.privacy == "contacts" and info.sync_minutes == 15
    # The password lives in the (test) keyring and nowhere in the database row.
    assert vault.store == {(credentials.SERVICE, key): password}
    assert not any(password in value for value in stored_values)
    assert password not in dialog.test_result.text() + dialog.error_label.text()


def test_wrong_password_gets_a_clear_answer(qtbot, database, tasks, vault, dovecot_server):
    server = dovecot_server
    wrong = "not-" + uuid.uuid4().hex
    dialog = make_dialog(qtbot, database, tasks)
    fill(dialog, server, wrong)
    trust_server(qtbot, dialog, server)
    answer = run_test(qtbot, dialog)
    assert "The server refused the user name or password." in answer
    assert "Check the user name and password" in answer
    assert wrong not in answer
    assert dialog.test_button.isEnabled()


def test_load_folders_lists_the_server_and_keeps_ticks(
    qtbot, database, tasks, vault, dovecot_server
):
    server = dovecot_server
    folder = f"Klienti{uuid.uuid4().hex[:6]}"
    server.create_folder(USER, folder)
    dialog = make_dialog(qtbot, database, tasks)
    fill(dialog, server, server.users[USER])
    trust_server(qtbot, dialog, server)
    with qtbot.waitSignal(dialog.tested, timeout=WAIT):
        qtbot.mouseClick(dialog.load_folders_button, Qt.MouseButton.LeftButton)
    names = [dialog.folder_list.item(i).text() for i in range(dialog.folder_list.count())]
    assert folder in names and names[:2] == ["INBOX", "Sent"]
    assert dialog.checked_folders() == ["INBOX", "Sent"]
    item = dialog.folder_list.item(names.index(folder))
    item.setCheckState(Qt.CheckState.Checked)
    account_id = saved_account(qtbot, dialog)
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).folders == ("INBOX", "Sent", folder)


def test_without_keyring_the_memory_checkbox_is_required(
    qtbot, database, tasks, no_keyring, dovecot_server
):
    server = dovecot_server
    password = server.users[USER]
    dialog = make_dialog(qtbot, database, tasks)
    assert "No secure password store was found" in dialog.keyring_label.text()
    assert dialog.memory_check.isVisible() and not dialog.memory_check.isChecked()
    fill(dialog, server, password)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert "Keep the password in memory" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.password_edit.text() == password  # nothing lost
    with database.session_scope() as s:
        assert s.scalars(select(MailAccount)).all() == []

    dialog.memory_check.setChecked(True)
    account_id = saved_account(qtbot, dialog)
    with database.session_scope() as s:
        key = mail_accounts.password_key(s, account_id)
    assert credentials.session_vault.get(key) == password
    assert credentials.load_password(key) == password


def test_plain_text_needs_an_explicit_confirmation(qtbot, database, tasks, vault):
    dialog = make_dialog(qtbot, database, tasks)
    assert dialog.port_spin.value() == 993
    assert not dialog.plain_warning.isVisible()
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("starttls"))
    assert dialog.port_spin.value() == 143
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("plain"))
    assert dialog.plain_warning.isVisible() and dialog.plain_confirm.isVisible()
    assert "plain text" in dialog.plain_warning.text()
    dialog.name_edit.setText("Local")
    dialog.host_edit.setText("127.0.0.1")
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText("secret-123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "without encryption" in dialog.error_label.text()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "Confirm the unencrypted connection" in dialog.test_result.text()

    dialog.plain_confirm.setChecked(True)
    account_id = saved_account(qtbot, dialog)
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).security == "plain"


def test_a_typed_port_stays_and_service_errors_show_next_to_the_form(qtbot, database, tasks, vault):
    dialog = make_dialog(qtbot, database, tasks)
    dialog.port_spin.setValue(10993)
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("starttls"))
    assert dialog.port_spin.value() == 10993
    dialog.host_edit.setText("bad host")
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText("secret-123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert dialog.error_label.text() == "A mail account needs a name."
    dialog.name_edit.setText("Kancelář")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is not a server name" in dialog.error_label.text(), timeout=WAIT)
    assert dialog.isVisible() and dialog.host_edit.text() == "bad host"
    assert "secret-123" not in dialog.error_label.text()


def test_editing_keeps_the_stored_password_when_left_empty(
    qtbot, database, tasks, vault, dovecot_server
):
    server = dovecot_server
    with database.session_scope() as s:
        account_id = mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name="Office",
                host=server.host,
                user_name=USER,
                port=server.imaps_port,
                since_months=None,
                privacy="all",
                pinned_sha256=server.cert_sha256,
                sync_minutes=None,
            ),
        )
        key = mail_accounts.password_key(s, account_id)
    credentials.store_password(key, server.users[USER])
    dialog = make_dialog(qtbot, database, tasks, account_id)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT)
    assert dialog.name_edit.text() == "Office"
    assert dialog.port_spin.value() == server.imaps_port
    assert dialog.since_all_radio.isChecked()
    assert dialog.privacy_radios["all"].isChecked()
    assert dialog.on_demand_radio.isChecked()
    assert dialog.password_edit.text() == ""
    # The stored password and the stored fingerprint are what the test uses.
    assert run_test(qtbot, dialog).startswith("✓ Connected:")
    dialog.every_radio.setChecked(True)
    dialog.every_spin.setValue(30)
    assert saved_account(qtbot, dialog) == account_id
    with database.session_scope() as s:
        info = mail_accounts.find_account(s, account_id)
    assert info.sync_minutes == 30 and info.pinned_sha256 == server.cert_sha256
    assert vault.store == {(credentials.SERVICE, key): server.users[USER]}


def test_an_exchange_account_is_not_saved_as_imap(qtbot, database, tasks):
    from smallcrm.core.services import mail_accounts

    with database.session_scope() as s:
        account_id = mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name="Exchange", kind="ews", host="", url="https://mail.example.cz/EWS/Exchange.asmx",
                auth="ntlm", user_name="FIRMA\\jana",
            ),
        )  # fmt: skip
    dialog = make_dialog(qtbot, database, tasks, account_id)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "Exchange account" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled()


def _fill_offline(dialog: AccountDialog, name: str = "Kancelář") -> None:
    dialog.name_edit.setText(name)
    dialog.host_edit.setText("imap.example.cz")
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText("secret-123")


def test_a_keyring_that_refuses_leaves_no_account_behind(qtbot, database, tasks):
    from tests.unit.core.test_credentials import FailingKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailingKeyring())
    try:
        dialog = make_dialog(qtbot, database, tasks)
        _fill_offline(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
        assert "secret-123" not in dialog.error_label.text()
        with database.session_scope() as s:
            assert s.scalars(select(MailAccount)).all() == []
    finally:
        keyring.set_keyring(previous)
        logs.forget_all_secrets()


def test_the_keyring_is_asked_while_the_database_takes_other_writes(qtbot, database, tasks, vault):
    """An OS keyring may wait for the user to unlock it: meanwhile the sync and the rest of
    the app must still be able to write (the save holds no write lock then)."""
    import sqlite3

    from sqlalchemy.engine import make_url

    path = make_url(database.url).database
    writes: list[str] = []
    store = vault.set_password

    def set_password(service: str, username: str, password: str) -> None:
        other = sqlite3.connect(path, timeout=0.5)
        try:
            other.execute("INSERT INTO firm_setting (key, value) VALUES ('keyring-probe', 'x')")
            other.commit()
            writes.append("written")
        except sqlite3.OperationalError as exc:
            writes.append(str(exc))
        finally:
            other.close()
        store(service, username, password)

    vault.set_password = set_password
    dialog = make_dialog(qtbot, database, tasks)
    _fill_offline(dialog)
    account_id = saved_account(qtbot, dialog)
    assert writes == ["written"]
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).name == "Kancelář"
    assert list(vault.store.values()) == ["secret-123"]
