"""0012 (name_order) upgrades a database holding 0011's people in the firm's alphabet."""

import pytest
from sqlalchemy import inspect, text

from smallcrm.core import search
from smallcrm.core.collation import collation_key
from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _upgrade_from_0011(database: Database, language: str | None) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0011")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact (id, given_name, family_name, display_name, sort_key, "
                "created_at, updated_at) VALUES (3, NULL, NULL, 'Chalupa', 'chalupa', "
                "'2026-01-01 10:00:00', '2026-01-01 10:00:00')"
            )
        )
        if language:
            conn.execute(
                text("INSERT INTO firm_setting (key, value) VALUES ('collation', :v)"),
                {"v": language},
            )
    _migrate(database, "0012")


def _check(database: Database, language: str) -> None:
    with database.engine.begin() as conn:
        search.ensure_index(conn)  # as migrate.upgrade does after the revisions
    with database.engine.connect() as conn:
        people = dict(conn.execute(text("SELECT id, name_order FROM contact")).all())
        assert people == {
            1: collation_key("Šťastný Jiří", language),
            2: collation_key("Шевченко Олена", language),
            3: collation_key("Chalupa", language),
        }
        org = conn.execute(text("SELECT name_order FROM organization")).scalar()
        assert org == collation_key("Dvořák & partneři s.r.o.", language)
        ordered = conn.execute(text("SELECT id FROM contact ORDER BY name_order")).scalars()
        # Czech: Šťastný after Chalupa (ch after h, š after s); Cyrillic after Latin.
        assert list(ordered) == [3, 1, 2]
        indexes = {ix["name"] for ix in inspect(conn).get_indexes("contact")}
        assert "ix_contact_name_order" in indexes
        if database.is_sqlite:
            assert "contact_order_scan" in indexes and "contact_name_scan" not in indexes
    _migrate(database, "0011", down=True)
    with database.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("contact")}
        assert "name_order" not in columns
        assert conn.execute(text("SELECT sort_key FROM contact WHERE id = 1")).scalar() == (
            "stastny jiri"
        )
        assert conn.execute(text("SELECT count(*) FROM contact_method")).scalar() == 5


@pytest.mark.parametrize("language", [None, "cs"])
def test_0012_on_sqlite_and_back(tmp_path, language):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgrade_from_0011(database, language)
        _check(database, language or "en")
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0012_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgrade_from_0011(database, "cs")
        with database.engine.connect() as conn:
            collations = conn.execute(
                text(
                    "SELECT table_name, collation_name FROM information_schema.columns "
                    "WHERE column_name = 'name_order' ORDER BY table_name"
                )
            ).all()
        assert collations == [("contact", "C"), ("organization", "C")]
        _check(database, "cs")
    finally:
        database.dispose()
