"""Runs a mail connector and writes what it yields: a batch and its checkpoint per transaction."""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from smallcrm.core.connectors.imap import (
    ImapProtocolError,
    ImapSettings,
    UidValidityChanged,
    connect,
)
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.models import MailAccount
from smallcrm.core.services import mail_accounts
from smallcrm.core.services.mail_store import (
    apply_changes,
    folder_state,
    index_bodies,
    pending_bodies,
    reset_folder,
    store_batch,
)
from smallcrm.core.sync.parsing import BatchParser

log = logging.getLogger(__name__)

DEFAULT_FOLDERS = mail_accounts.DEFAULT_FOLDERS
BATCH = 200


class SyncCancelled(Exception):
    """The user stopped the sync; everything written so far stays."""


@dataclass
class FolderReport:
    added: int = 0
    updated: int = 0  # stored messages whose flags changed on the server
    deleted: int = 0  # stored messages expunged on the server (marked, kept)
    duplicates: int = 0
    skipped_privacy: int = 0
    filed: int = 0
    problems: int = 0  # messages stored despite a parser complaint
    skipped_old: int = 0  # Exchange: received before the first-sync day (no server filter)
    resynced: bool = False  # UIDVALIDITY changed: the folder was read again from the start

    def to_json(self, name: str) -> dict[str, Any]:
        skipped = []
        if self.skipped_privacy:
            skipped.append(
                {
                    "reason": "not kept by the account's privacy setting",
                    "count": self.skipped_privacy,
                }
            )
        if self.skipped_old:
            skipped.append(
                {"reason": "received before the first-sync day", "count": self.skipped_old}
            )
        return {
            "name": name,
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "skipped": skipped,
            "already_stored": self.duplicates,
            "filed": self.filed,
            "parse_problems": self.problems,
            "resynced": self.resynced,
        }


@dataclass
class SyncReport:
    """What one run did, folder by folder: what the status line tells the user."""

    account: str = ""
    folders: dict[str, FolderReport] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    indexed: int = 0  # messages whose bodies were read (this run's and earlier runs' left)
    invitations: int = 0  # events made or changed from invitations
    calendar: Any = None  # Exchange: the calendar's CalendarReport when it synced
    notes: list[str] = field(default_factory=list)  # e.g. an invitation the calendar refused
    stored_seconds: float = 0.0  # until every new message was stored, listed and linked
    indexed_seconds: float = 0.0  # reading their bodies after that
    calendar_seconds: float = 0.0  # Exchange: the calendar both ways, after the mail

    @property
    def added(self) -> int:
        return sum(f.added for f in self.folders.values())

    @property
    def skipped_privacy(self) -> int:
        return sum(f.skipped_privacy for f in self.folders.values())

    def to_json(self) -> dict[str, Any]:
        """What ``smallcrm sync --json`` prints and the status bar reads back."""
        return {
            "account": self.account,
            "folders": [f.to_json(name) for name, f in self.folders.items()],
            "indexed": self.indexed,
            "invitations": self.invitations,
            "notes": self.notes[:50],
            "calendar": self.calendar.to_json() if self.calendar is not None else None,
            "seconds": {
                "stored": round(self.stored_seconds, 3),
                "indexed": round(self.indexed_seconds, 3),
                "calendar": round(self.calendar_seconds, 3),
            },
            "errors": list(self.errors),
        }


@dataclass(frozen=True)
class _Account:
    id: int
    name: str
    settings: ImapSettings
    folders: tuple[str, ...]
    privacy: str
    since_months: int | None
    since_date: date | None
    calendar: bool = False  # Exchange: the calendar syncs both ways too


def _account(database: Database, account_id: int, pinned_sha256: str | None) -> _Account:
    with database.session_scope() as session:
        row = session.execute(select(MailAccount).where(MailAccount.id == account_id)).scalar()
        if row is None or row.removed_at is not None:
            raise KnownError(f"There is no mail account {account_id}.")
        if row.kind != "imap":
            raise KnownError(f"Mail account “{row.name}” is not an IMAP account.")
        folders = tuple(json.loads(row.folders)) if row.folders else DEFAULT_FOLDERS
        settings = ImapSettings(
            host=row.host,
            port=int(row.port or (993 if row.security == "tls" else 143)),
            security=row.security or "tls",  # type: ignore[arg-type]
            user=row.user_name,
            pinned_sha256=pinned_sha256 or row.pinned_sha256,
        )
        return _Account(
            row.id, row.name, settings, folders, row.privacy, row.since_months, row.since_date
        )


def _first_day(account: _Account, today: date) -> date | None:
    """How far back a folder's first sync reaches (None: everything)."""
    if account.since_date is not None:
        return account.since_date
    if account.since_months is None:
        return None
    return today - timedelta(days=round(account.since_months * 30.44))


def sync_imap_account(
    database: Database,
    account_id: int,
    password: str,
    *,
    pinned_sha256: str | None = None,
    batch: int = BATCH,
    today: date | None = None,
    zone: str = "UTC",
    check_cancel: Callable[[], None] | None = None,
    progress: Callable[[str, int], None] | None = None,
    connect_to: Callable[..., Any] = connect,
    offload_parsing: bool = True,
) -> SyncReport:
    """Fetch what is new in the account's folders, then what changed, and store it.

    Each batch the connector yields is written with its checkpoint in one transaction
    (``store_batch``): a crash or a cancel at any moment leaves whole batches and the
    checkpoint of the last one, and the next run starts after it — nothing lost, nothing
    twice. Flag changes and expunges follow (CONDSTORE/QRESYNC when the server has them,
    else a UID and flag list), each folder's in one transaction. The connection is
    blocking and holds no session; each batch opens its own. ``check_cancel`` is called
    between batches and may raise (the task runner's cancel); ``progress`` gets the folder
    and the messages stored so far. The account's status (last try, last success and its
    report, or the error) is recorded for the status bar; a KnownError is raised on.
    """
    account = _account(database, account_id, pinned_sha256)
    today = today or datetime.now(UTC).date()
    report = SyncReport(account=account.name)
    with _recorded(database, account.id, report), _parser(offload_parsing) as parser:
        with connect_to(account.settings, password) as conn:
            started = time.perf_counter()
            for folder in _resolve_folders(conn, account.folders, report):
                report.folders[folder] = _sync_folder(
                    database, conn, account, folder, batch, today, zone, check_cancel,
                    progress, parser,
                )  # fmt: skip
            report.stored_seconds = time.perf_counter() - started
        _read_bodies(database, account, batch, zone, check_cancel, progress, report, parser)
    return report


def _parser(offload: bool) -> BatchParser:
    """The parser processes of a run: a process per core (at most 4), started with the first
    big batch and kept for the bodies after the headers, so that the bodies' first batch
    does not wait for processes to start."""
    return BatchParser(offload=offload, workers=min(os.cpu_count() or 1, 4))


@contextlib.contextmanager
def _recorded(database: Database, account_id: int, report: SyncReport) -> Iterator[None]:
    """What the status bar tells of a run: that it began, then the error that ended it, or
    its report (and the folders it could not sync: the rest synced, and the status says
    what not)."""
    with database.session_scope() as session:
        mail_accounts.record_start(session, account_id)
    try:
        yield
    except KnownError as exc:
        with database.session_scope() as session:
            mail_accounts.record_failure(session, account_id, str(exc))
        raise
    with database.session_scope() as session:
        mail_accounts.record_success(session, account_id, report.to_json())
        if report.errors:
            mail_accounts.record_failure(session, account_id, " ".join(report.errors))


def _read_bodies(
    database: Database,
    account: _Account,
    batch: int,
    zone: str,
    check_cancel: Callable[[], None] | None,
    progress: Callable[[str, int], None] | None,
    report: SyncReport,
    parser: BatchParser,
) -> None:
    """The bodies after the headers: new mail is listed, linked and found by sender and
    subject first; its text, attachments and invitations follow. No connection is needed
    for that (the raw bytes are stored), so it runs after the logout."""
    started = time.perf_counter()
    _index_bodies(database, account, parser, batch, zone, check_cancel, progress, report)
    report.indexed_seconds = time.perf_counter() - started


# What a folder chosen by its usual English name is called when the server names it in its
# own language; found by the role the server gives it (RFC 6154 special use).
_ROLES = {"sent": "\\Sent", "sent items": "\\Sent", "drafts": "\\Drafts", "archive": "\\Archive"}


def _resolve_folders(conn: Any, wanted: tuple[str, ...], report: SyncReport) -> list[str]:
    """The server's names of the account's folders. "Sent" is the server's sent folder
    whatever its name ("Odeslaná pošta", "Elementy wysłane"); a folder the server does not
    have is an error of the report, and the others are synced all the same."""
    found = [f for f in conn.folders() if f.selectable]
    names = {f.name for f in found}
    by_role = {f.special_use: f.name for f in found if f.special_use}
    out: list[str] = []
    for name in wanted:
        if name in names or name.upper() == "INBOX":
            out.append("INBOX" if name.upper() == "INBOX" else name)
            continue
        role = _ROLES.get(name.lower())
        if role and role in by_role:
            out.append(by_role[role])
            continue
        report.errors.append(f"The folder “{name}” is not on the server.")
    return list(dict.fromkeys(out))


def _sync_folder(
    database: Database,
    conn: Any,
    account: _Account,
    folder: str,
    batch: int,
    today: date,
    zone: str,
    check_cancel: Callable[[], None] | None,
    progress: Callable[[str, int], None] | None,
    parser: BatchParser,
) -> FolderReport:
    out = FolderReport()
    for _attempt in range(2):  # once more from the start if UIDVALIDITY changed
        with database.session_scope() as session:
            checkpoint = folder_state(session, account.id, folder)
        after = checkpoint.last_uid if checkpoint else 0
        # The first sync of a folder reaches back as far as the account says; later ones
        # take everything after the checkpoint.
        since = _first_day(account, today) if checkpoint is None else None
        try:
            fetched = conn.fetch_new(
                folder,
                after_uid=after,
                batch=batch,
                since=since,
                uidvalidity=checkpoint.uidvalidity if checkpoint else None,
                modseq=checkpoint.highestmodseq if checkpoint else None,
            )

            def write(found: Any, parsing: Any) -> None:
                if check_cancel is not None:
                    check_cancel()
                raws = [m.raw for m in found.messages]
                parsed = parser.result(parsing, raws, headers_only=True)
                with database.session_scope() as session:
                    stored = store_batch(
                        session, account.id, found, privacy=account.privacy, zone=zone,
                        parsed=parsed, bodies=False,
                    )  # fmt: skip
                out.added += stored.added
                out.duplicates += stored.duplicates
                out.skipped_privacy += stored.skipped_privacy
                out.filed += stored.filed
                out.problems += len({uid for uid, _p in stored.problems})
                if progress is not None:
                    progress(folder, out.added)

            # A batch is parsed (in the parser's process) while the next one is fetched and
            # the one before is written; batches are still written in order, each with its
            # checkpoint, so a stop at any moment loses nothing.
            waiting: tuple[Any, Any] | None = None
            for found in _prefetched(fetched):
                parsing = parser.submit([m.raw for m in found.messages], headers_only=True)
                if waiting is not None:
                    write(*waiting)
                waiting = (found, parsing)
            if waiting is not None:
                write(*waiting)
            if checkpoint is not None:
                # Only a folder synced before has stored messages whose flags may change.
                _sync_changes(database, conn, account, folder, checkpoint, out)
            return out
        except UidValidityChanged as exc:
            log.info("UIDVALIDITY of %s changed; reading it again", folder)
            with database.session_scope() as session:
                reset_folder(session, account.id, folder, int(exc.current))
            out.resynced = True
    return out


def _index_bodies(
    database: Database,
    account: _Account,
    parser: BatchParser,
    batch: int,
    zone: str,
    check_cancel: Callable[[], None] | None,
    progress: Callable[[str, int], None] | None,
    report: SyncReport,
) -> None:
    """Read the bodies of the account's messages stored with their headers only: this run's,
    and any a stopped run left. A batch is parsed while the next one is read from the
    database; each batch's results are one transaction, so a stop loses only that batch."""

    def read(after_id: int) -> list[tuple[int, bytes]]:
        with database.session_scope() as session:
            return pending_bodies(session, account.id, after_id=after_id, limit=batch)

    def write(chunk: list[tuple[int, bytes]], parsing: Any) -> None:
        if check_cancel is not None:
            check_cancel()
        raws = [raw for _id, raw in chunk]
        parsed = parser.result(parsing, raws, bodies_of_stored=True)
        with database.session_scope() as session:
            done = index_bodies(
                session, [(row_id, p) for (row_id, _raw), p in zip(chunk, parsed, strict=True)],
                zone=zone,
            )  # fmt: skip
        report.indexed += done.indexed
        report.invitations += done.invitations
        report.notes += [f"message {row_id}: {why}" for row_id, why in done.problems]
        if progress is not None:
            progress("", report.indexed)

    # As many batches in flight as there are parser processes, plus the one being written.
    flight: collections.deque[tuple[list[tuple[int, bytes]], Any]] = collections.deque()
    chunk = read(0)
    while chunk:
        flight.append((chunk, parser.submit([raw for _id, raw in chunk], bodies_of_stored=True)))
        if len(flight) > parser.workers:
            write(*flight.popleft())
        chunk = read(chunk[-1][0])
    while flight:
        write(*flight.popleft())


_END = object()


def _prefetched(batches: Iterator[Any], ahead: int = 1) -> Iterator[Any]:
    """``batches``, each fetched by a thread while the one before is parsed and written.

    The server prepares and sends the next batch while this process writes: the wait on
    the network overlaps work instead of following it. The connection is used by that
    thread alone until the iteration ends, which this generator waits for in every case
    (a cancel or an error included), so nothing else touches it meanwhile.
    """
    out: queue.Queue[Any] = queue.Queue(maxsize=ahead)
    stop = threading.Event()

    def pull() -> None:
        try:
            for item in batches:
                while not stop.is_set():
                    try:
                        out.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            out.put(_END)
        except BaseException as exc:  # handed to the consumer, raised there
            out.put(exc)

    thread = threading.Thread(target=pull, name="imap-fetch", daemon=True)
    thread.start()
    try:
        while True:
            item = out.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # drain, so a blocked put() sees the stop
            with contextlib.suppress(queue.Empty):
                out.get(timeout=0.1)
        thread.join()
        close = getattr(batches, "close", None)
        if close is not None:
            close()


def _sync_changes(
    database: Database,
    conn: Any,
    account: _Account,
    folder: str,
    checkpoint: Any,
    out: FolderReport,
) -> None:
    """Flag changes and expunges since the checkpoint, written in one transaction."""
    with database.session_scope() as session:
        current = folder_state(session, account.id, folder)
    if current is None or current.uidvalidity != checkpoint.uidvalidity:
        return
    uidvalidity = current.uidvalidity
    vanished: list[int] = []
    present: set[int] | None = None
    modseq: int | None = None
    changes = None
    if conn.condstore and current.highestmodseq is not None:
        with contextlib.suppress(ImapProtocolError):  # the folder keeps no mod-sequences
            changes = conn.changes_since(folder, current.highestmodseq, uidvalidity=uidvalidity)
    if changes is not None:
        flags = changes.flags
        modseq = changes.highestmodseq
        if changes.vanished_known:
            vanished = changes.vanished
        else:
            # CONDSTORE alone reports no expunges: the folder's UIDs tell (one UID SEARCH).
            present = conn.all_uids(folder, uidvalidity=uidvalidity)
    else:
        flags = conn.all_flags(folder, uidvalidity=uidvalidity)
        present = set(flags)
    with database.session_scope() as session:
        changed = apply_changes(
            session,
            account.id,
            folder,
            uidvalidity,
            flags=flags,
            expunged=vanished,
            present=present,
            highestmodseq=modseq,
        )
    out.updated += changed.updated
    out.deleted += changed.deleted


# --------------------------------------------------------------------------- Exchange (EWS)

# The folders an account names the IMAP way, by the names Exchange knows them by.
_EWS_NAMES = {"inbox": "inbox", "sent": "sentitems", "sent items": "sentitems"}


def _ews_account(database: Database, account_id: int, pinned_sha256: str | None) -> Any:
    from smallcrm.core.connectors.ews import EwsSettings

    with database.session_scope() as session:
        row = session.get(MailAccount, account_id)
        if row is None or row.removed_at is not None:
            raise KnownError(f"There is no mail account {account_id}.")
        if row.kind != "ews":
            raise KnownError(f"Mail account “{row.name}” is not an Exchange account.")
        folders = (
            tuple(json.loads(row.folders)) if row.folders else mail_accounts.EWS_DEFAULT_FOLDERS
        )
        settings = EwsSettings(
            url=row.url or "",
            user=row.user_name,
            auth=row.auth or "ntlm",  # type: ignore[arg-type]
            pinned_sha256=pinned_sha256 or row.pinned_sha256,
            email=row.email or "",
        )
        account = _Account(
            row.id, row.name, None, folders, row.privacy, row.since_months, row.since_date,
            bool(row.calendar),
        )  # type: ignore[arg-type]  # fmt: skip
        return account, settings


def sync_ews_account(
    database: Database,
    account_id: int,
    password: str,
    *,
    pinned_sha256: str | None = None,
    batch: int = 100,
    today: date | None = None,
    zone: str = "UTC",
    check_cancel: Callable[[], None] | None = None,
    progress: Callable[[str, int], None] | None = None,
    connect_to: Callable[..., Any] | None = None,
    offload_parsing: bool = True,
) -> SyncReport:
    """The Exchange side of ``sync_imap_account``: the same two phases, status and report.

    Each SyncFolderItems page is a batch: its new messages (one GetItem), the items it says
    are gone (marked expunged, kept) or read, and its SyncState are written in one
    transaction. A SyncState the server refuses starts that folder over; stored messages
    are matched by their item ids, so nothing is stored twice. Exchange has no date filter
    for a sync: on a first sync, messages received before the account's first day are
    passed over (and counted as such).
    """
    from smallcrm.core.connectors import ews
    from smallcrm.core.services.mail_store import (
        SourceBatch,
        SourceCheckpoint,
        SourceMessage,
        apply_source_changes,
        folder_token,
        reset_token,
    )

    account, settings = _ews_account(database, account_id, pinned_sha256)
    today = today or datetime.now(UTC).date()
    report = SyncReport(account=account.name)
    connect_to = connect_to or ews.connect
    with _recorded(database, account.id, report), _parser(offload_parsing) as parser:
        with connect_to(settings, password) as conn:
            started = time.perf_counter()
            for wanted in account.folders:
                folder = _EWS_NAMES.get(wanted.lower(), wanted)
                out = report.folders.setdefault(folder, FolderReport())
                for _attempt in range(2):
                    with database.session_scope() as session:
                        token = folder_token(session, account.id, folder)
                    first_day = _first_day(account, today) if token is None else None
                    try:
                        for found in conn.fetch_new(folder, token, batch=batch):
                            if check_cancel is not None:
                                check_cancel()
                            kept = [
                                m
                                for m in found.messages
                                if first_day is None
                                or m.received is None
                                or m.received.date() >= first_day
                            ]
                            out.skipped_old += len(found.messages) - len(kept)
                            messages = [
                                SourceMessage(
                                    m.item_id,
                                    frozenset({"\\Seen"} if m.is_read else ()),
                                    m.received,
                                    m.raw,
                                )
                                for m in kept
                            ]
                            raws = [m.raw for m in messages]
                            parsed = parser.result(
                                parser.submit(raws, headers_only=True), raws, headers_only=True
                            )
                            with database.session_scope() as session:
                                stored = store_batch(
                                    session, account.id,
                                    SourceBatch(
                                        messages,
                                        SourceCheckpoint(folder, found.checkpoint.sync_state),
                                    ),
                                    privacy=account.privacy, zone=zone, parsed=parsed,
                                    bodies=False,
                                )  # fmt: skip
                                changed = apply_source_changes(
                                    session, account.id, deleted=found.deleted,
                                    read=found.read_changes,
                                )  # fmt: skip
                            out.added += stored.added
                            out.duplicates += stored.duplicates
                            out.skipped_privacy += stored.skipped_privacy
                            out.filed += stored.filed
                            out.problems += len({k for k, _p in stored.problems})
                            out.updated += changed.updated
                            out.deleted += changed.deleted
                            if progress is not None:
                                progress(folder, out.added)
                        break
                    except ews.InvalidSyncState:
                        log.info("Exchange refused the SyncState of %s; reading it again", folder)
                        with database.session_scope() as session:
                            reset_token(session, account.id, folder)
                        out.resynced = True
            report.stored_seconds = time.perf_counter() - started
            if account.calendar:
                from smallcrm.core.sync.calendar_engine import sync_calendar

                began = time.perf_counter()
                report.calendar = sync_calendar(
                    database, account.id, conn, zone=zone, batch=batch,
                    check_cancel=check_cancel, progress=progress,
                )  # fmt: skip
                report.calendar_seconds = time.perf_counter() - began
        _read_bodies(database, account, batch, zone, check_cancel, progress, report, parser)
    return report


def sync_account(database: Database, account_id: int, password: str, **options: Any) -> SyncReport:
    """Sync an account of any kind: IMAP or Exchange (EWS), holding its sync lease (a
    second computer of a shared database, or the command line beside the app, is told
    who syncs it instead of syncing it twice: an event made here would go out twice)."""
    from smallcrm.core.sync.lease import account_lease

    with database.session_scope() as session:
        kind = session.scalar(select(MailAccount.kind).where(MailAccount.id == account_id))
    with account_lease(database, account_id) as renew:
        check = options.get("check_cancel")

        def check_cancel() -> None:  # called at each batch: the lease is kept as it goes
            renew()
            if check is not None:
                check()

        options["check_cancel"] = check_cancel
        if kind == "ews":
            return sync_ews_account(database, account_id, password, **options)
        return sync_imap_account(database, account_id, password, **options)
