"""0017 (removed accounts) adds the removal mark to accounts in place, and goes back."""

import pytest
from sqlalchemy import inspect, text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _columns(database: Database) -> set[str]:
    with database.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("mail_account")}


def _round_trip(database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0016")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mail_account (id, name, kind, host, user_name, created_at,"
                " updated_at) VALUES (1, 'Kancelář', 'imap', 'imap.example.cz', 'jana',"
                " '2026-11-24 10:00:00', '2026-11-24 10:00:00')"
            )
        )
    _migrate(database, "0017")
    assert "removed_at" in _columns(database)
    with database.engine.begin() as conn:
        # Accounts from before are not removed.
        assert conn.execute(text("SELECT removed_at FROM mail_account")).scalar() is None
        conn.execute(text("UPDATE mail_account SET removed_at = '2026-11-24 11:00:00'"))
    _migrate(database, "0016", down=True)
    assert "removed_at" not in _columns(database)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM mail_account")).scalar() == "Kancelář"


def test_0017_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0017_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()
