"""0019 (sync lease) adds the lease to accounts in place, and goes back."""

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
    _migrate(database, "0018")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mail_account (id, name, kind, host, user_name, created_at,"
                " updated_at) VALUES (1, 'Kancelář', 'imap', 'imap.example.cz', 'jana',"
                " '2026-11-24 10:00:00', '2026-11-24 10:00:00')"
            )
        )
    _migrate(database, "0019")
    assert {"sync_owner", "sync_lease_until"} <= _columns(database)
    with database.engine.begin() as conn:
        # Nobody syncs an account from before.
        row = conn.execute(text("SELECT sync_owner, sync_lease_until FROM mail_account")).one()
        assert tuple(row) == (None, None)
        conn.execute(
            text(
                "UPDATE mail_account SET sync_owner = 'pc:1:a',"
                " sync_lease_until = '2026-11-24 11:00:00'"
            )
        )
    _migrate(database, "0018", down=True)
    assert not {"sync_owner", "sync_lease_until"} & _columns(database)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM mail_account")).scalar() == "Kancelář"


def test_0019_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0019_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()
