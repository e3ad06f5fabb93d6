"""0011 (the stay-in-touch index) upgrades a database holding 0010's people, and the
dashboard's read uses it."""

import pytest
from sqlalchemy import text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _upgrade_from_0010(database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0010")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET stay_in_touch_weeks = 4 WHERE id = 1"))
    _migrate(database, "0011")


def _check(database: Database) -> None:
    with database.engine.connect() as conn:
        rhythm = conn.execute(
            text("SELECT id FROM contact WHERE stay_in_touch_weeks IS NOT NULL")
        ).scalars()
        assert list(rhythm) == [1]
        if database.is_sqlite:
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    text(
                        "EXPLAIN QUERY PLAN SELECT id FROM contact"
                        " WHERE stay_in_touch_weeks IS NOT NULL AND deleted_at IS NULL"
                    )
                )
            )
            assert "ix_contact_stay_in_touch" in plan
    _migrate(database, "0010", down=True)
    with database.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT stay_in_touch_weeks FROM contact WHERE id = 1")).scalar() == 4
        )


def test_0011_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgrade_from_0010(database)
        _check(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0011_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgrade_from_0010(database)
        with database.engine.connect() as conn:
            found = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_contact_stay_in_touch'")
            ).scalar()
        assert "WHERE (stay_in_touch_weeks IS NOT NULL)" in found
        _check(database)
    finally:
        database.dispose()
