"""One sync of an account at a time, across the computers of a shared database."""

from __future__ import annotations

import logging
import os
import socket
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from smallcrm.core.db import Database, writing
from smallcrm.core.errors import KnownError
from smallcrm.core.models import MailAccount, utcnow

log = logging.getLogger(__name__)

# A sync renews its lease as it goes (each batch); one that died lets go after this long.
LEASE = timedelta(minutes=10)
_RENEW_AFTER = LEASE / 5


class SyncedElsewhere(KnownError):
    """Another computer (or another SmallCRM on this one) is syncing the account now."""

    # When to look again: that sync is likely through by then, or renewing its lease.
    retry_after_seconds = 120


def owner_name() -> str:
    """This process as a lease names it: the computer, the process, and a token of its own
    (a process id comes back after a restart)."""
    return f"{socket.gethostname()[:120]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def _gone(owner: str) -> bool:
    """The owner was a process of this computer that has ended (its lease need not wait)."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname()[:120] or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # this very process: its other sync of the account is running
    return not _alive(pid)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` of this computer runs; True when it cannot be told."""
    if sys.platform == "win32":
        # os.kill(pid, 0) would end the process on Windows: ask the kernel instead.
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.GetExitCodeProcess.restype = wintypes.BOOL
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # type: ignore[attr-defined]  # access denied: there
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process is there
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's process, but there
        return True
    return True


def _now(session: Session) -> datetime | ColumnElement[datetime]:
    """The time leases are told by: the server's on PostgreSQL, where the workstations'
    own clocks may be minutes apart; this computer's on SQLite, which is on it."""
    if session.get_bind().dialect.name == "postgresql":
        return func.now()
    return utcnow()


def _take(database: Database, account_id: int, owner: str) -> bool:
    with writing(), database.session_scope() as session:
        now = _now(session)
        taken = session.execute(
            update(MailAccount)
            .where(
                MailAccount.id == account_id,
                or_(
                    MailAccount.sync_owner.is_(None),
                    MailAccount.sync_lease_until.is_(None),
                    MailAccount.sync_lease_until < now,
                ),
            )
            .values(sync_owner=owner, sync_lease_until=now + LEASE)
        )
        return bool(taken.rowcount)  # type: ignore[attr-defined]


def _take_from_gone(database: Database, account_id: int, owner: str) -> bool:
    """Take a lease whose holder on this computer has ended without letting go."""
    with writing(), database.session_scope() as session:  # read and take, one writer
        now = _now(session)
        holder = session.scalar(select(MailAccount.sync_owner).where(MailAccount.id == account_id))
        if holder is None or not _gone(holder):
            return False
        taken = session.execute(
            update(MailAccount)
            .where(MailAccount.id == account_id, MailAccount.sync_owner == holder)
            .values(sync_owner=owner, sync_lease_until=now + LEASE)
        )
        return bool(taken.rowcount)  # type: ignore[attr-defined]


def _holder(database: Database, account_id: int) -> tuple[str, str]:
    """The account's name, and the computer that holds its lease."""
    with database.session_scope() as session:
        row = session.execute(
            select(MailAccount.name, MailAccount.sync_owner).where(MailAccount.id == account_id)
        ).first()
    if row is None:
        return f"account {account_id}", "another computer"
    return row.name, (row.sync_owner or "").partition(":")[0] or "another computer"


@contextmanager
def account_lease(
    database: Database, account_id: int, owner: str | None = None
) -> Iterator[Callable[[], None]]:
    """Hold the account's sync lease for the block; SyncedElsewhere when another holds it.

    The block gets ``renew``, to call as it goes (each batch): it extends the lease once a
    fifth of it has passed, so a long first sync keeps it and a dead one frees it soon.
    The lease is a row update, so it works alike on SQLite and PostgreSQL, for two
    computers as for the app and the command line on one.
    """
    me = owner or owner_name()
    if not (_take(database, account_id, me) or _take_from_gone(database, account_id, me)):
        name, computer = _holder(database, account_id)
        raise SyncedElsewhere(
            f"“{name}” is being synced by {computer} right now.",
            hint="It is synced once that run ends; nothing needs doing here.",
        )
    renewed = [time.monotonic()]

    def renew() -> None:
        """Keep the lease; SyncedElsewhere when it was lost meanwhile (the sync stalled
        past the lease, and another took it): this run must stop writing."""
        if time.monotonic() - renewed[0] < _RENEW_AFTER.total_seconds():
            return
        with writing(), database.session_scope() as session:
            kept = session.execute(
                update(MailAccount)
                .where(MailAccount.id == account_id, MailAccount.sync_owner == me)
                .values(sync_lease_until=_now(session) + LEASE)
            )
        if not kept.rowcount:  # type: ignore[attr-defined]
            name, computer = _holder(database, account_id)
            raise SyncedElsewhere(
                f"The sync of “{name}” stopped: it stalled longer than its lease, and "
                f"{computer} syncs it now.",
                hint="Nothing is lost: what was written stays, and the other sync goes on.",
            )
        renewed[0] = time.monotonic()

    try:
        yield renew
    finally:
        try:
            with writing(), database.session_scope() as session:
                session.execute(
                    update(MailAccount)
                    .where(MailAccount.id == account_id, MailAccount.sync_owner == me)
                    .values(sync_owner=None, sync_lease_until=None)
                )
        except Exception:  # the database is gone meanwhile: the lease runs out by itself
            log.warning("Could not let go of the sync lease of account %s", account_id)
