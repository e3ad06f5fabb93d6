"""0005 (matters, timeline, tasks, conflict checks) upgrades a database holding 0004's data."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _upgrade_from_0004(profile: Profile, database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0004")
    result = migrate.upgrade(profile, database)
    assert result.before == "0004"


def _check_0005(database: Database) -> None:
    with database.engine.begin() as conn:
        # Existing people are untouched and have no stay-in-touch rhythm yet.
        people = conn.execute(
            text("SELECT id, display_name, stay_in_touch_weeks FROM contact ORDER BY id")
        ).all()
        assert people == [(1, "Jiří Šťastný", None), (2, "Олена Шевченко", None)]
        stages = conn.execute(text("SELECT key, phase FROM stage ORDER BY position")).all()
        assert stages[0] == ("inquiry", "intake") and stages[-1] == ("declined", "declined")
        assert ("engaged", "engaged") in stages
        types = conn.execute(text("SELECT key FROM matter_type")).scalars().all()
        assert {"litigation", "tax_return", "audit", "bookkeeping"} <= set(types)
        pattern = conn.execute(
            text("SELECT value FROM firm_setting WHERE key = 'matter_number_pattern'")
        ).scalar()
        assert pattern == "{year}/{seq:04}"
        conn.execute(
            text(
                "INSERT INTO conflict_check (checked_at, checked_by, query, hits, decision) "
                "VALUES ('2026-11-23 10:00:00', 'jana', '{}', '[]', 'clear')"
            )
        )
    # The database itself refuses to change or delete a saved check.
    for statement in (
        "UPDATE conflict_check SET decision = 'waived'",
        "UPDATE conflict_check SET hits = '[{}]'",
        "DELETE FROM conflict_check",
    ):
        with (
            pytest.raises(DatabaseError, match="cannot be changed"),
            database.engine.begin() as conn,
        ):
            conn.execute(text(statement))
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT decision, hits FROM conflict_check")).all() == [
            ("clear", "[]")
        ]


def test_0005_on_sqlite(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgrade_from_0004(profile, database)
        _check_0005(database)
        with database.engine.connect() as conn:  # the search index survived the upgrade
            hits = conn.execute(
                text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH '\"stast\"*'")
            ).scalars()
            assert list(hits) == [1]
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0005_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgrade_from_0004(profile, database)
        _check_0005(database)
        _migrate(database, "0004", down=True)  # and back: the trigger function goes too
        with database.engine.connect() as conn:
            assert (
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_proc WHERE proname = 'conflict_check_unchangeable'"
                    )
                ).scalar()
                == 0
            )
    finally:
        database.dispose()
