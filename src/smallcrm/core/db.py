"""Engine factory for SQLite and PostgreSQL, and the one-session-per-unit-of-work helper."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from smallcrm.core.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    DiskFullError,
    KnownError,
)

log = logging.getLogger(__name__)

# How long a writer waits for another writer before we call the database "locked".
BUSY_TIMEOUT_MS = 15_000


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
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
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs: Any) -> Engine:
    """Create an engine for a profile URL: ``sqlite:///file`` or ``postgresql+psycopg://``."""
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
    if not isinstance(exc, OperationalError | DBAPIError):
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


class Database:
    """An engine plus a session factory for one profile's database."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

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
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.engine.url.render_as_string(hide_password=True)!r})"
