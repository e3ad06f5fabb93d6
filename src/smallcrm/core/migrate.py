"""Schema upgrades: back up the SQLite file, then `alembic upgrade head` on one connection."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from smallcrm.core.db import Database, translate_error
from smallcrm.core.errors import KnownError, MigrationError
from smallcrm.core.paths import Profile, migrations_dir, read_only_uri

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MigrationResult:
    """What an upgrade did: revisions before and after, and the backup it made (if any)."""

    before: str | None
    after: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(script_location: Path | None = None) -> Config:
    """An Alembic Config built in code, so a frozen bundle needs no alembic.ini."""
    location = script_location or migrations_dir()
    if not (location / "env.py").is_file():
        raise MigrationError(
            f"The database upgrade scripts are missing from {location}.",
            hint="Reinstall SmallCRM; your data has not been touched.",
        )
    config = Config()
    config.set_main_option("script_location", str(location))
    return config


def head_revision(script_location: Path | None = None) -> str | None:
    """The newest revision shipped with this build."""
    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_pending(engine: Engine, script_location: Path | None = None) -> bool:
    return current_revision(engine) != head_revision(script_location)


def backup_sqlite(database_file: Path, backups_dir: Path, label: str) -> Path:
    """Copy the database with SQLite's backup API: consistent even while WAL holds changes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{database_file.stem}-{stamp}-before-{label}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = backups_dir / f"{database_file.stem}-{stamp}-{counter}-before-{label}.db"
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(read_only_uri(database_file), uri=True)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:
        if target.is_file():
            target.unlink()
        raise MigrationError(
            f"The database could not be backed up before the upgrade ({exc}). Nothing was changed.",
            hint=f"Check that {backups_dir} is writable and the disk has room.",
        ) from exc
    return target


def _run_upgrade(conn: Connection, config: Config) -> None:
    from smallcrm.core import key_triggers, search

    config.attributes["connection"] = conn
    command.upgrade(config, "head")
    search.ensure_index(conn)
    key_triggers.ensure_triggers(conn)


def _upgrade_sqlite(engine: Engine, config: Config) -> None:
    with engine.connect() as conn:
        # Batch mode rebuilds tables (create copy, drop, rename). With foreign keys on, the
        # DROP would cascade-delete child rows, so they are switched off for the upgrade and
        # checked before commit instead (the procedure SQLite documents for schema changes).
        # The pragma is a no-op inside a transaction, so it goes to the raw connection
        # (autocommit mode, see db.py) before SQLAlchemy begins one.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                _run_upgrade(conn, config)
                broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if broken:
                    raise RuntimeError(f"upgrade left broken references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def upgrade(
    profile: Profile, database: Database, script_location: Path | None = None
) -> MigrationResult:
    """Bring the profile's database to the head revision, never losing data.

    A pending upgrade of a SQLite profile first copies the file to ``backups/``. The whole
    upgrade runs in one transaction (DDL is transactional on both engines), so a failure
    leaves the database exactly as it was and raises MigrationError naming the backup.
    """
    config = alembic_config(script_location)
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    engine = database.engine
    try:
        before = current_revision(engine)
    except Exception as exc:
        known = translate_error(exc)
        if known is not None:
            raise known from exc
        raise
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and before not in {rev.revision for rev in scripts.walk_revisions()}:
        raise MigrationError(
            f"This database was last used by a newer version of SmallCRM (schema {before};"
            f" this version knows up to {head}). Nothing was changed.",
            hint="Install the newer version of SmallCRM to open it.",
        )

    backup: Path | None = None
    if database.is_sqlite and before is not None and profile.database_path.exists():
        backup = backup_sqlite(profile.database_path, profile.backups_dir, before)
        log.info("Backed up the database to %s before upgrading", backup)

    log.info("Upgrading the database from %s to %s", before or "empty", head)
    try:
        if database.is_sqlite:
            _upgrade_sqlite(engine, config)
        else:
            with engine.begin() as conn:
                _run_upgrade(conn, config)
    except KnownError:
        raise
    except Exception as exc:
        log.exception("Database upgrade from %s to %s failed", before, head)
        known = translate_error(exc)
        where = f" A copy made before the upgrade is in {backup}." if backup else ""
        reason = known.message if known else exc.__class__.__name__
        raise MigrationError(
            f"The database could not be upgraded to this version of SmallCRM ({reason})."
            f" Your data is unchanged.{where}",
            hint="Keep using the previous version and send the log file to support.",
        ) from exc
    return MigrationResult(before, current_revision(engine), backup)
