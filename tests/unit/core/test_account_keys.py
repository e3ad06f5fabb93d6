"""An account and its password are saved and removed together, over a real database and a
real keyring backend."""

from __future__ import annotations

from dataclasses import replace

import keyring
import pytest
from sqlalchemy import func, select

from smallcrm.core.models import MailAccount
from smallcrm.core.services import mail_accounts
from smallcrm.core.services.mail_accounts import AccountInput
from smallcrm.core.sync import account_keys, credentials
from tests.unit.core.test_credentials import FailingKeyring, LockedKeyring

PASSWORD = "Heslo-č-ř-ž"
DATA = AccountInput(name="Kancelář", host="imap.example.cz", user_name="jana")


def _accounts(database) -> int:
    with database.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(MailAccount)) or 0)


def _key(database, account_id: int) -> str:
    with database.session_scope() as s:
        return mail_accounts.password_key(s, account_id)


def test_a_new_account_and_its_password_go_together(database, vault):
    account_id = account_keys.add_account(database, DATA, account_keys.keeper(PASSWORD))
    assert credentials.load_password(_key(database, account_id)) == PASSWORD
    assert PASSWORD in vault.store.values()


def test_a_password_kept_in_memory_never_reaches_the_keyring(database, vault):
    keep = account_keys.keeper(PASSWORD, in_memory=True)
    account_id = account_keys.add_account(database, DATA, keep)
    assert credentials.load_password(_key(database, account_id)) == PASSWORD
    assert vault.store == {}


def test_a_keyring_that_refuses_leaves_no_account(database, vault):
    keyring.set_keyring(FailingKeyring())
    with pytest.raises(credentials.CredentialStoreError):
        account_keys.add_account(database, DATA, account_keys.keeper(PASSWORD))
    assert _accounts(database) == 0


def test_new_settings_wait_for_the_new_password(database, vault):
    account_id = account_keys.add_account(database, DATA, account_keys.keeper(PASSWORD))
    keyring.set_keyring(FailingKeyring())
    moved = replace(DATA, host="mail.example.cz")
    with pytest.raises(credentials.CredentialStoreError):
        account_keys.update_account(database, account_id, moved, account_keys.keeper("nové"))
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).host == "imap.example.cz"
    # Without a new password the settings are saved, and the password stays.
    keyring.set_keyring(vault)
    account_keys.update_account(database, account_id, moved, None)
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).host == "mail.example.cz"
    assert credentials.load_password(_key(database, account_id)) == PASSWORD


def test_a_removed_account_forgets_its_password_or_says_why_not(database, vault):
    first = account_keys.add_account(database, DATA, account_keys.keeper(PASSWORD))
    removal = account_keys.remove_account(database, first)
    assert (removal.account.name, removal.warning) == ("Kancelář", "")
    assert vault.store == {}

    second = account_keys.add_account(database, DATA, account_keys.keeper(PASSWORD))
    keyring.set_keyring(LockedKeyring())
    removal = account_keys.remove_account(database, second)
    assert "is locked" in removal.warning
    with database.session_scope() as s:  # removed all the same: the keyring is no transaction
        assert [a.id for a in mail_accounts.list_accounts(s)] == []
