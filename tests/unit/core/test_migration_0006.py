"""0006 (the conflict check's keys) upgrades a database holding 0005's data."""

import pytest
from sqlalchemy import text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from smallcrm.core.services import conflicts
from smallcrm.core.services.conflicts import PartyName
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _upgrade_from_0005(profile: Profile, database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0005")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO correspondent (address, name, first_seen, last_seen, messages) "
                "VALUES ('m.horak@stavby.cz', 'Martin Horák', '2026-01-01 10:00:00', "
                "'2026-01-01 10:00:00', 3)"
            )
        )
    _migrate(database, "0006")


def _check_0006(database: Database) -> None:
    with database.engine.connect() as conn:
        marked = conn.execute(
            text("SELECT owner_kind, owner_id FROM party_key_dirty ORDER BY 1, 2")
        ).all()
        assert marked == [("correspondent", 1), ("organization", 1), ("person", 1), ("person", 2)]
        assert conn.execute(text("SELECT count(*) FROM party_key")).scalar() == 0
    with database.session_scope() as s:  # the first check computes the keys
        found = conflicts.run_check(s, [PartyName("Jiri Stastny")])
        assert [h.entity.display_name for h in found] == ["Jiří Šťastný"]
        found = conflicts.run_check(s, [PartyName("Shevchenko Olena")])
        assert [h.entity.display_name for h in found] == ["Олена Шевченко"]
        found = conflicts.run_check(s, [PartyName("Dvořák a partneři spol. s r.o.")])
        assert [h.entity.type for h in found] == ["organization"]
        assert conflicts.run_check(s, [PartyName("Horák Martin")])[0].entity.type == (
            "correspondent"
        )
        assert conflicts.dirty_count(s) == 0
    # The triggers mark what changes from now on.
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET display_name = 'Jiří Veselý' WHERE id = 1"))
        conn.execute(text("DELETE FROM contact_method WHERE contact_id = 1 AND kind = 'email'"))
        conn.execute(text("UPDATE correspondent SET name = 'M. Horák' WHERE id = 1"))
    with database.engine.connect() as conn:
        marked = conn.execute(
            text("SELECT owner_kind, owner_id FROM party_key_dirty ORDER BY 1, 2")
        ).all()
        assert marked == [("correspondent", 1), ("person", 1)]


def test_0006_on_sqlite_and_triggers_survive_a_later_rebuild(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgrade_from_0005(profile, database)
        _check_0006(database)
        # A batch-mode rebuild drops the table's triggers; the upgrade's ensure step
        # (as after every upgrade) puts them back.
        with database.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER contact_party_key_update"))
            from smallcrm.core import key_triggers

            key_triggers.ensure_triggers(conn)
            names = conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE '%party_key%'"
                )
            ).scalars()
            assert set(names) == set(key_triggers.sqlite_triggers())
        _migrate(database, "0005", down=True)
        with database.engine.connect() as conn:
            assert (
                conn.execute(
                    text("SELECT count(*) FROM sqlite_master WHERE name LIKE '%party_key%'")
                ).scalar()
                == 0
            )
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0006_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgrade_from_0005(profile, database)
        _check_0006(database)
        _migrate(database, "0005", down=True)  # and back: the trigger functions go too
        with database.engine.connect() as conn:
            left = conn.execute(
                text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'party_key_mark%'")
            ).scalar()
            assert left == 0
    finally:
        database.dispose()
