"""Runs a mail connector and writes what it yields: a batch and its checkpoint per transaction."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from smallcrm.core.connectors.imap import ImapSettings, UidValidityChanged, connect
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.models import MailAccount
from smallcrm.core.services.mail_store import folder_state, reset_folder, store_batch

log = logging.getLogger(__name__)

DEFAULT_FOLDERS = ("INBOX",)
BATCH = 200


class SyncCancelled(Exception):
    """The user stopped the sync; everything written so far stays."""


@dataclass
class FolderReport:
    added: int = 0
    duplicates: int = 0
    skipped_privacy: int = 0
    problems: int = 0
    resynced: bool = False  # UIDVALIDITY changed: the folder was read again from the start


@dataclass
class SyncReport:
    """What one run did, folder by folder: what the status line tells the user."""

    folders: dict[str, FolderReport] = field(default_factory=dict)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.folders.values())

    @property
    def skipped_privacy(self) -> int:
        return sum(f.skipped_privacy for f in self.folders.values())


@dataclass(frozen=True)
class _Account:
    id: int
    settings: ImapSettings
    folders: tuple[str, ...]
    privacy: str
    since_months: int | None


def _account(database: Database, account_id: int, pinned_sha256: str | None) -> _Account:
    with database.session_scope() as session:
        row = session.execute(select(MailAccount).where(MailAccount.id == account_id)).scalar()
        if row is None:
            raise KnownError(f"There is no mail account {account_id}.")
        if row.kind != "imap":
            raise KnownError(f"Mail account “{row.name}” is not an IMAP account.")
        folders = tuple(json.loads(row.folders)) if row.folders else DEFAULT_FOLDERS
        settings = ImapSettings(
            host=row.host,
            port=int(row.port or (993 if row.security == "tls" else 143)),
            security=row.security or "tls",  # type: ignore[arg-type]
            user=row.user_name,
            pinned_sha256=pinned_sha256,
        )
        return _Account(row.id, settings, folders, row.privacy, row.since_months)


def _first_day(since_months: int | None, today: date) -> date | None:
    """How far back a folder's first sync reaches (None: everything)."""
    if since_months is None:
        return None
    return today - timedelta(days=round(since_months * 30.44))


def sync_imap_account(
    database: Database,
    account_id: int,
    password: str,
    *,
    pinned_sha256: str | None = None,
    batch: int = BATCH,
    today: date | None = None,
    check_cancel: Callable[[], None] | None = None,
    connect_to: Callable[..., Any] = connect,
) -> SyncReport:
    """Fetch what is new in the account's folders and store it.

    Each batch the connector yields is written with its checkpoint in one transaction
    (``store_batch``): a crash or a cancel at any moment leaves whole batches and the
    checkpoint of the last one, and the next run starts after it — nothing lost, nothing
    twice. The connection is blocking and holds no session; each batch opens its own.
    ``check_cancel`` is called between batches and may raise (the task runner's cancel).
    """
    account = _account(database, account_id, pinned_sha256)
    today = today or datetime.now(UTC).date()
    report = SyncReport()
    with connect_to(account.settings, password) as conn:
        for folder in account.folders:
            report.folders[folder] = _sync_folder(
                database, conn, account, folder, batch, today, check_cancel
            )
    return report


def _sync_folder(
    database: Database,
    conn: Any,
    account: _Account,
    folder: str,
    batch: int,
    today: date,
    check_cancel: Callable[[], None] | None,
) -> FolderReport:
    out = FolderReport()
    for _attempt in range(2):  # once more from the start if UIDVALIDITY changed
        with database.session_scope() as session:
            checkpoint = folder_state(session, account.id, folder)
        after = checkpoint.last_uid if checkpoint else 0
        # The first sync of a folder reaches back as far as the account says; later ones
        # take everything after the checkpoint.
        since = _first_day(account.since_months, today) if checkpoint is None else None
        try:
            for found in conn.fetch_new(
                folder,
                after_uid=after,
                batch=batch,
                since=since,
                uidvalidity=checkpoint.uidvalidity if checkpoint else None,
                modseq=checkpoint.highestmodseq if checkpoint else None,
            ):
                if check_cancel is not None:
                    check_cancel()
                with database.session_scope() as session:
                    stored = store_batch(session, account.id, found, privacy=account.privacy)
                out.added += stored.added
                out.duplicates += stored.duplicates
                out.skipped_privacy += stored.skipped_privacy
                out.problems += len(stored.problems)
            return out
        except UidValidityChanged as exc:
            log.info("UIDVALIDITY of %s changed; reading it again", folder)
            with database.session_scope() as session:
                reset_folder(session, account.id, folder, int(exc.current))
            out.resynced = True
    return out
