"""0016 (calendar sync) adds the Exchange calendar's bookkeeping to a database with events
and accounts in place, and goes back."""

import pytest
from sqlalchemy import inspect, text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001

NEW_TABLES = {"event_remote", "event_conflict"}
NEW_ACCOUNT = {"calendar", "mirror_deletes"}


def _columns(database: Database, table: str) -> set[str]:
    with database.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def _round_trip(database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0015")
    now = "2026-11-24 10:00:00"
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mail_account (id, name, kind, host, user_name, url, auth,"
                " created_at, updated_at) VALUES (1, 'Kancelář', 'ews', 'mail.example.cz',"
                " 'FIRMA\\\\jana', 'https://mail.example.cz/EWS/Exchange.asmx', 'ntlm', :now,"
                " :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO event (id, uid, recurrence_id, this_and_future, source, kind,"
                " summary, location, all_day, start_local, end_local, tz, start_utc, end_utc,"
                " status, sequence, created_at, updated_at) VALUES (1, 'u-1', '', :f, '',"
                " 'event', 'Jednání', '', :f, '2026-12-01 09:00:00', '2026-12-01 10:00:00',"
                " 'Europe/Prague', '2026-12-01 08:00:00', '2026-12-01 09:00:00', 'confirmed', 0,"
                " :now, :now)"
            ),
            {"f": False, "now": now},
        )
    _migrate(database, "0016")
    assert _columns(database, "mail_account") >= NEW_ACCOUNT
    with database.engine.begin() as conn:
        assert set(inspect(conn).get_table_names()) >= NEW_TABLES
        # Accounts from before keep their calendar out of the sync until asked, and ask
        # before the first mirrored deletion.
        row = conn.execute(text("SELECT calendar, mirror_deletes FROM mail_account")).one()
        assert (bool(row[0]), row[1]) == (False, None)
        conn.execute(
            text(
                "INSERT INTO event_remote (event_id, account_id, item_id, change_key, synced,"
                " synced_at) VALUES (1, 1, 'AAMkAD', 'DwAAAB', '{}', :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO event_conflict (event_id, account_id, kind, found_at)"
                " VALUES (1, 1, 'deleted_remotely', :now)"
            ),
            {"now": now},
        )
    _migrate(database, "0015", down=True)
    assert not NEW_ACCOUNT & _columns(database, "mail_account")
    with database.engine.connect() as conn:
        assert not NEW_TABLES & set(inspect(conn).get_table_names())
        assert conn.execute(text("SELECT summary FROM event")).scalar() == "Jednání"


def test_0016_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0016_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()
