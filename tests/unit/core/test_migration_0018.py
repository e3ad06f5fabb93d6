"""0018 (calendar full read) numbers a read of a whole calendar in place, and goes back."""

import pytest
from sqlalchemy import inspect, text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _columns(database: Database, table: str) -> set[str]:
    with database.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def _round_trip(database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0017")
    now = "2026-11-24 10:00:00"
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mail_account (id, name, kind, host, user_name, url, auth, calendar,"
                " created_at, updated_at) VALUES (1, 'Kancelář', 'ews', 'mail.example.cz',"
                " 'jana', 'https://mail.example.cz/EWS/Exchange.asmx', 'ntlm', :t, :now, :now)"
            ),
            {"t": True, "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO event (id, uid, recurrence_id, this_and_future, source, kind,"
                " summary, location, all_day, start_local, end_local, tz, start_utc, end_utc,"
                " status, sequence, created_at, updated_at) VALUES (1, 'u-1', '', :f,"
                " 'account:1', 'event', 'Jednání', '', :f, '2026-12-01 09:00:00',"
                " '2026-12-01 10:00:00', 'Europe/Prague', '2026-12-01 08:00:00',"
                " '2026-12-01 09:00:00', 'confirmed', 0, :now, :now)"
            ),
            {"f": False, "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO event_remote (event_id, account_id, item_id, change_key, synced,"
                " synced_at) VALUES (1, 1, 'AAMkAD', 'DwAAAB', '{}', :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO mail_folder_state (account_id, folder, uidvalidity, last_uid,"
                " sync_token, synced_at) VALUES (1, 'calendar', 0, 0, 'H4sIAAA', :now)"
            ),
            {"now": now},
        )
    _migrate(database, "0018")
    assert "full_read" in _columns(database, "mail_folder_state")
    assert "seen_read" in _columns(database, "event_remote")
    with database.engine.begin() as conn:
        # Nothing read before was a numbered read; the links and the token stay.
        assert conn.execute(text("SELECT full_read, sync_token FROM mail_folder_state")).one() == (
            None, "H4sIAAA"
        )  # fmt: skip
        assert conn.execute(text("SELECT item_id, seen_read FROM event_remote")).one() == (
            "AAMkAD", None
        )  # fmt: skip
        conn.execute(text("UPDATE mail_folder_state SET full_read = 1"))
        conn.execute(text("UPDATE event_remote SET seen_read = 1"))
    _migrate(database, "0017", down=True)
    assert "full_read" not in _columns(database, "mail_folder_state")
    assert "seen_read" not in _columns(database, "event_remote")
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT item_id FROM event_remote")).scalar() == "AAMkAD"
        assert conn.execute(text("SELECT sync_token FROM mail_folder_state")).scalar() == "H4sIAAA"


def test_0018_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0018_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()
