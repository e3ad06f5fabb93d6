"""0003 ("not duplicates") upgrades a database that holds data written under 0002."""

import pytest
from alembic import command
from sqlalchemy import inspect, text

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from smallcrm.core.services.duplicates import dismiss_pair, find_duplicates
from tests.unit.core.test_migration_data import _at_revision, _fill_0001

NEW_TABLES = {"dismissed_person_pair", "dismissed_organization_pair"}


def _migrate(database: Database, revision: str, *, down: bool = False) -> None:
    """Up (or down) to ``revision`` as smallcrm.core.migrate does it: on SQLite with foreign
    keys off, or batch mode's table rebuilds would cascade-delete the child rows."""
    config = migrate.alembic_config()
    with database.engine.connect() as conn:
        raw = conn.connection.driver_connection if database.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                (command.downgrade if down else command.upgrade)(config, revision)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _fill_0002(database: Database) -> None:
    """0001's rows upgraded to 0002, plus what 0002 added: a change set, a second Jiří."""
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0002")
    now = "2026-02-01 10:00:00"
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact (id, given_name, family_name, display_name, sort_key, "
                "search_text, birthday_year_known, uid, created_at, updated_at) VALUES "
                "(3, 'Jiri', 'Stastny', 'Jiri Stastny', 'stastny jiri', 'jiri stastny', true, "
                "'urn:uuid:3', :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO change_set (id, kind, label, source, created_at) "
                "VALUES (1, 'import', 'Import of old.vcf', 'old.vcf', :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO change_item (change_set_id, seq, entity, entity_id, action) "
                "VALUES (1, 0, 'contact', 3, 'create')"
            )
        )


def _check_0003(database: Database) -> None:
    with database.engine.connect() as conn:  # 0002's data is as it was
        phones = conn.execute(
            text("SELECT value, raw FROM contact_method WHERE kind = 'phone' ORDER BY id")
        ).all()
        assert phones == [
            ("+420602123456", "602 123 456"),
            ("+380441234567", "+380 44 123 4567"),
            ("ask the reception", "ask the reception"),
        ]
        people = conn.execute(text("SELECT id, display_name, uid FROM contact ORDER BY id"))
        assert people.all() == [
            (1, "Jiří Šťastný", None),
            (2, "Олена Шевченко", None),
            (3, "Jiri Stastny", "urn:uuid:3"),
        ]
        assert conn.execute(text("SELECT search_text FROM contact WHERE id = 3")).scalar() == (
            "jiri stastny"
        )
        assert conn.execute(text("SELECT label FROM change_set")).scalar() == "Import of old.vcf"
        assert conn.execute(text("SELECT count(*) FROM change_item")).scalar() == 1
        assert set(inspect(conn).get_table_names()) >= NEW_TABLES
        for table in NEW_TABLES:
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    # The old rows work with the new tables: the two Jiřís pair, then not.
    with database.session_scope() as s:
        pairs = find_duplicates(s)
        assert [(p.first_id, p.second_id) for p in pairs] == [(1, 3)]
        assert dismiss_pair(s, "person", 3, 1)
    with database.session_scope() as s:
        assert find_duplicates(s) == []
    with database.engine.begin() as conn:  # the foreign keys cascade
        conn.execute(text("DELETE FROM contact WHERE id = 3"))
        assert conn.execute(text("SELECT count(*) FROM dismissed_person_pair")).scalar() == 0


def test_0003_upgrades_a_0002_database_on_sqlite_and_downgrades(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _fill_0002(database)
        result = migrate.upgrade(profile, database)
        assert result.before == "0002" and result.backup is not None
        _check_0003(database)
        _migrate(database, "0002", down=True)
        with database.engine.connect() as conn:
            assert not NEW_TABLES & set(inspect(conn).get_table_names())
            assert conn.execute(text("SELECT count(*) FROM contact")).scalar() == 2
            assert conn.execute(text("SELECT count(*) FROM contact_method")).scalar() == 5
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0003_upgrades_a_0002_database_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _fill_0002(database)
        result = migrate.upgrade(profile, database)
        assert result.before == "0002"
        _check_0003(database)
    finally:
        database.dispose()
