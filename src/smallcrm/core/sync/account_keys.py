"""An account and its password are saved or removed together; the keyring waits outside the
database transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services import mail_accounts
from smallcrm.core.services.mail_accounts import AccountInput, RemovedAccount
from smallcrm.core.sync import credentials

# Where a password goes: the keyring (``credentials.store_password``) or this session's
# memory (``credentials.remember_for_session``); called with the account's key.
Keep = Callable[[str], None]


def keeper(password: str, *, in_memory: bool = False) -> Keep:
    """Keep ``password`` in the keyring, or in memory until the app closes."""

    def keep(key: str) -> None:
        if in_memory:
            credentials.remember_for_session(key, password)
        else:
            credentials.store_password(key, password)

    return keep


def add_account(database: Database, data: AccountInput, keep: Keep | None) -> int:
    """A new account with its password, or neither. The keyring is asked between two
    transactions: it may wait for the user to unlock it, and a write lock held meanwhile
    would stall every sync. One that refuses takes the new account back."""
    with database.session_scope() as session:
        account_id = mail_accounts.add_account(session, data)
        key = mail_accounts.password_key(session, account_id)
    if keep is not None:
        try:
            keep(key)
        except BaseException:
            with database.session_scope() as session:
                mail_accounts.discard_new_account(session, account_id)
            raise
    return account_id


def update_account(
    database: Database, account_id: int, data: AccountInput, keep: Keep | None
) -> None:
    """New settings, and a new password when ``keep`` has one. The password goes first:
    a keyring that refuses leaves the settings as they were."""
    if keep is not None:
        with database.session_scope() as session:
            key = mail_accounts.password_key(session, account_id)
        keep(key)
    with database.session_scope() as session:
        mail_accounts.update_account(session, account_id, data)


@dataclass(frozen=True, slots=True)
class Removal:
    """A removed account; ``warning`` says why its password may still be in the keyring."""

    account: RemovedAccount
    warning: str = ""


def remove_account(database: Database, account_id: int) -> Removal:
    """Remove the account (what it brought stays), then forget its password. After the
    commit: the keyring is no transaction, and one that fails leaves a stale entry, never
    a secret in the database; the warning tells the user."""
    with database.session_scope() as session:
        removed = mail_accounts.remove_account(session, account_id)
    try:
        credentials.forget_password(removed.password_key)
    except KnownError as exc:
        return Removal(removed, str(exc))
    return Removal(removed)
