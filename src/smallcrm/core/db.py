"""Engine factory for SQLite and PostgreSQL, and the one-session-per-unit-of-work helper."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from smallcrm.core.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    KnownError,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

# SQLAlchemy is imported on first use, not at module import: the window paints before
# anything touches the database (start-up time is measured by bench/startup.py).

log = logging.getLogger(__name__)

# How long a writer waits for another writer before we call the database "locked".
BUSY_TIMEOUT_MS = 15_000


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin, so that
        # DDL is transactional too (a failed migration rolls back) and SAVEPOINT works.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock when it begins: a deferred transaction that read
        # first and then writes after another process committed fails at once ("database
        # is locked", the busy timeout cannot help), where an immediate one waits its turn.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _WRITES.get() else "BEGIN")


# Set for the code that writes (the window's write lane, the command line): its sessions
# begin with the write lock on SQLite. Reads elsewhere keep WAL's lock-free snapshots.
_WRITES: ContextVar[bool] = ContextVar("smallcrm_writes", default=False)


@contextmanager
def writing() -> Iterator[None]:
    """Sessions opened inside begin as writers (BEGIN IMMEDIATE on SQLite)."""
    token = _WRITES.set(True)
    try:
        yield
    finally:
        _WRITES.reset(token)


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs: Any) -> Engine:
    """Create an engine for a profile URL: ``sqlite:///file`` or ``postgresql+psycopg://``."""
    from sqlalchemy import create_engine

    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000}, **kwargs)
        _configure_sqlite(engine, busy_timeout_ms)
    elif url.startswith("postgresql"):
        engine = create_engine(url, pool_pre_ping=True, **kwargs)
    else:
        raise DatabaseUnavailableError(
            f"Unsupported database URL scheme in {url.split(':', 1)[0]!r}.",
            hint="Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.",
        )
    return engine


def translate_error(exc: BaseException) -> KnownError | None:
    """Map environment failures (locked, full, unreachable) to KnownErrors; None for bugs."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return None
    text = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLockedError(
            "The database is busy: another SmallCRM window or program is writing to it.",
            hint="Wait a moment and try again.",
        )
    if "disk is full" in text or "database or disk is full" in text or "no space left" in text:
        return DiskFullError(
            "The disk is full, so the change could not be saved.",
            hint="Free some space and try again; nothing was lost.",
        )
    if (
        "unable to open database" in text
        or "connection refused" in text
        or ("could not connect" in text or "connection failed" in text)
    ):
        return DatabaseUnavailableError(
            "The database cannot be reached.",
            hint="Check that the file or the database server is available.",
        )
    if "readonly database" in text or "read-only" in text:
        return DatabaseUnavailableError(
            "The database is read-only.", hint="Check the permissions of the profile folder."
        )
    return None


def sqlalchemy_version() -> str:
    """For the About box, which has no other business with SQLAlchemy."""
    import sqlalchemy

    return sqlalchemy.__version__


def sync_id_sequences(session: Session, tables: tuple[str, ...]) -> None:
    """After inserting rows with explicit ids, move PostgreSQL's id sequences past them.

    SQLite needs nothing (its next rowid is max + 1); on PostgreSQL the app's next insert
    would otherwise collide with a row written in bulk.
    """
    from sqlalchemy import text

    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
        )


class Database:
    """An engine plus a session factory for one profile's database, both made on first use."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        if not url.startswith(("sqlite", "postgresql")):
            make_engine(url)  # raises the clear "unsupported URL" error now, not later
        self.url = url
        self._engine_kwargs = engine_kwargs
        self._engine: Engine | None = None
        self._session_factory: sessionmaker[Session] | None = None
        # The first use may come from a worker and the main thread at once: one engine.
        self._lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = make_engine(self.url, **self._engine_kwargs)
        return self._engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            with self._lock:
                if self._session_factory is None:
                    self._session_factory = sessionmaker(engine, expire_on_commit=False)
        return self._session_factory

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error, always close."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            known = translate_error(exc)
            if known is not None:
                raise known from exc
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def __repr__(self) -> str:
        return f"Database({redact_url(self.url)!r})"


def redact_url(url: str) -> str:
    """The URL without its password, for logs and messages."""
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"
