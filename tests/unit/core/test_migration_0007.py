"""0007 (calendar events, task UID and kind "deadline") upgrades a database holding 0006's data."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _upgrade_from_0006(profile: Profile, database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0006")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO task (id, kind, title, due_on, priority, status, rrule, created_at,"
                " updated_at) VALUES (7, 'follow_up', 'Call back', '2026-12-01', 1, 'open',"
                " 'FREQ=WEEKLY', '2026-11-01 09:00:00', '2026-11-01 09:00:00')"
            )
        )
        conn.execute(text("INSERT INTO task_contact (task_id, contact_id) VALUES (7, 1)"))
    _migrate(database, "0007")


def _check_0007(database: Database) -> None:
    with database.engine.connect() as conn:
        # The task table was rebuilt for its new CHECK: rows and links survive it.
        row = conn.execute(
            text("SELECT kind, title, due_on, priority, rrule, uid FROM task WHERE id = 7")
        ).one()
        assert tuple(row)[1:] == ("Call back", row.due_on, 1, "FREQ=WEEKLY", None)
        assert row.kind == "follow_up" and str(row.due_on).startswith("2026-12-01")
        links = conn.execute(text("SELECT task_id, contact_id FROM task_contact")).all()
        assert links == [(7, 1)]
        assert conn.execute(text("SELECT count(*) FROM event")).scalar() == 0
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO task (kind, title, priority, status, uid, created_at, updated_at)"
                " VALUES ('deadline', 'Appeal', 0, 'open', 'u-1', '2026-11-01 09:00:00',"
                " '2026-11-01 09:00:00')"
            )
        )
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO task (kind, title, priority, status, created_at, updated_at)"
                " VALUES ('errand', 'x', 0, 'open', '2026-11-01 09:00:00',"
                " '2026-11-01 09:00:00')"
            )
        )


def test_0007_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgrade_from_0006(profile, database)
        _check_0007(database)
        with database.engine.begin() as conn:
            conn.execute(text("DELETE FROM task WHERE kind = 'deadline'"))
        _migrate(database, "0006", down=True)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM task_contact")).scalar() == 1
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0007_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgrade_from_0006(profile, database)
        _check_0007(database)
    finally:
        database.dispose()
