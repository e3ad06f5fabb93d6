"""0008 (occurrences expanded ahead) upgrades a database holding 0007's events."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from smallcrm.core.services import calendar as cal
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision

PRAGUE = ZoneInfo("Europe/Prague")


def _upgrade_from_0007(database: Database) -> None:
    _at_revision(database, "0007")
    with database.engine.begin() as conn:
        # A weekly series at 09:00 Prague and a single event, as 0007 stored them.
        conn.execute(
            text(
                "INSERT INTO event (id, uid, recurrence_id, this_and_future, source, kind,"
                " summary, location, all_day, start_local, end_local, tz, start_utc, end_utc,"
                " rrule, status, sequence, created_at, updated_at) VALUES"
                " (1, 'u-1', '', :f, '', 'event', 'Partners', '', :f, '2026-03-16 09:00:00',"
                " '2026-03-16 10:00:00', 'Europe/Prague', :s1, :e1, 'FREQ=WEEKLY;BYDAY=MO',"
                " 'confirmed', 0, :now, :now),"
                " (2, 'u-2', '', :f, '', 'event', 'Hearing', '', :f, '2026-03-18 10:00:00',"
                " '2026-03-18 11:00:00', 'Europe/Prague', :s2, :e2, NULL, 'confirmed', 0,"
                " :now, :now)"
            ),
            {
                "f": False,
                "now": datetime(2026, 3, 1, 8),
                "s1": datetime(2026, 3, 16, 8),
                "e1": datetime(2026, 3, 16, 9),
                "s2": datetime(2026, 3, 18, 9),
                "e2": datetime(2026, 3, 18, 10),
            },
        )
    _migrate(database, "0008")


def _check(database: Database) -> None:
    with database.engine.connect() as conn:
        for table in ("event_occurrence", "event_expansion"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    _migrate(database, "head")
    with database.session_scope() as s:
        # Nothing expanded yet: the view expands the series itself, and the start-up job
        # finds it waiting.
        window = (datetime(2026, 3, 16, tzinfo=PRAGUE), datetime(2026, 4, 6, tzinfo=PRAGUE))
        before = cal.occurrences(s, *window, user_zone="Europe/Prague")
        assert [o.start.strftime("%d %H:%M") for o in before] == [
            "16 09:00", "18 10:00", "23 09:00", "30 09:00",
        ]  # fmt: skip
        assert cal.stale_series(s) == [1]
        assert cal.expand_ahead(s, [1]) == 1
        assert cal.stale_series(s) == []
        assert cal.occurrences(s, *window, user_zone="Europe/Prague") == before
    _migrate(database, "0007", down=True)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event")).scalar() == 2
        tables = {
            name
            for (name,) in conn.execute(
                text(
                    "SELECT table_name FROM information_schema.tables"
                    if database.engine.dialect.name == "postgresql"
                    else "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            )
        }
        assert "event_occurrence" not in tables and "event_expansion" not in tables


def test_0008_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgrade_from_0007(database)
        _check(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0008_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgrade_from_0007(database)
        _check(database)
    finally:
        database.dispose()
