"""0013 (whole addresses) upgrades a database holding 0012's addresses, and goes back."""

import pytest
from sqlalchemy import text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001


def _round_trip(database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0012")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact_method (contact_id, kind, label, value, street, city,"
                " postal_code, country, is_primary, position) VALUES (1, 'address', 'work',"
                " 'Na Příkopě 12, 110 00 Praha', 'Na Příkopě 12', 'Praha', '110 00', 'CZ',"
                " :t, 5)"
            ),
            {"t": True},
        )
    _migrate(database, "0013")
    with database.engine.begin() as conn:
        row = conn.execute(
            text("SELECT street, country, extended, po_box FROM contact_method WHERE position = 5")
        ).one()
        assert tuple(row) == ("Na Příkopě 12", "CZ", None, None)
        ids = conn.execute(text("SELECT registry_id, tax_id FROM contact WHERE id = 1")).one()
        assert tuple(ids) == (None, None)  # the person is there, with room for an IČO
        conn.execute(
            text(
                "UPDATE contact_method SET country = 'Česká republika', extended = '2. patro'"
                " WHERE position = 5"
            )
        )
        assert (
            conn.execute(text("SELECT country FROM contact_method WHERE position = 5")).scalar()
            == "Česká republika"
        )
    _migrate(database, "0012", down=True)
    with database.engine.connect() as conn:
        row = conn.execute(
            text("SELECT street, city, country FROM contact_method WHERE position = 5")
        ).one()
        assert tuple(row) == ("Na Příkopě 12", "Praha", None)  # a name does not fit 2 letters


def test_0013_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0013_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()
