"""Each revision upgrades a database that holds data written by the revision before it."""

import pytest
from alembic import command
from sqlalchemy import text

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.paths import Profile


def _at_revision(database: Database, revision: str) -> None:
    config = migrate.alembic_config()
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _fill_0001(database: Database) -> None:
    now = "2026-01-01 10:00:00"
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organization (id, name, sort_key, created_at, updated_at) "
                "VALUES (1, 'Dvořák & partneři s.r.o.', 'dvorak', :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO contact (id, given_name, family_name, display_name, sort_key, "
                "created_at, updated_at) VALUES "
                "(1, 'Jiří', 'Šťastný', 'Jiří Šťastný', 'stastny jiri', :now, :now), "
                "(2, 'Олена', 'Шевченко', 'Олена Шевченко', 'шевченко олена', :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO contact_method (contact_id, kind, label, value, city, is_primary, "
                "position) VALUES "
                "(1, 'phone', 'mobile', '602 123 456', NULL, true, 0), "
                "(1, 'email', 'work', 'jiri@dvorak.cz', NULL, true, 1), "
                "(1, 'address', 'work', 'Náměstí 1, Brno', 'Brno', true, 2), "
                "(2, 'phone', 'work', '+380 44 123 4567', NULL, true, 0), "
                "(2, 'phone', 'home', 'ask the reception', NULL, false, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO relation (contact_id, organization_id, kind, role) "
                "VALUES (1, 1, 'employment', 'partner')"
            )
        )


def _check_0002(database: Database) -> None:
    with database.engine.connect() as conn:
        phones = conn.execute(
            text("SELECT value, raw FROM contact_method WHERE kind = 'phone' ORDER BY id")
        ).all()
        assert phones == [
            ("+420602123456", "602 123 456"),
            ("+380441234567", "+380 44 123 4567"),
            ("ask the reception", "ask the reception"),  # unreadable: kept as it was
        ]
        texts = dict(conn.execute(text("SELECT id, search_text FROM contact")).all())
        # Words as the search index splits them (revision 0004): "jiri@dvorak.cz" is three.
        assert sorted(texts[1].split()) == sorted([
            "jiri", "stastny", "dvorak", "partneri", "s", "r", "o", "cz", "420602123456",
            "602123456", "brno",
        ])  # fmt: skip
        assert "шевченко" in texts[2].split()
        assert conn.execute(text("SELECT search_text FROM organization")).scalar() == (
            "dvorak partneri s r o"
        )
        flags = conn.execute(text("SELECT birthday_year_known FROM contact")).scalars().all()
        assert all(flags)


def test_0002_fills_phones_and_search_text_on_sqlite(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _at_revision(database, "0001")
        _fill_0001(database)
        result = migrate.upgrade(profile, database)
        assert result.before == "0001" and result.backup is not None
        _check_0002(database)
        with database.engine.connect() as conn:  # the search index was built from the data
            hits = conn.execute(
                text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH '\"stast\"*'")
            ).scalars()
            assert list(hits) == [1]
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0002_fills_phones_and_search_text_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _at_revision(database, "0001")
        _fill_0001(database)
        migrate.upgrade(profile, database)
        _check_0002(database)
    finally:
        database.dispose()


def _fill_0003(database: Database) -> None:
    """Search texts as revisions 0002 and 0003 wrote them: words split at spaces only."""
    now = "2026-01-01 10:00:00"
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organization (id, name, sort_key, search_text, created_at, "
                "updated_at) VALUES (1, 'Novák & syn, s.r.o.', 'novak & syn, s.r.o.', "
                "'novak & syn, s.r.o. info@novak-syn.cz', :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO contact (id, given_name, family_name, display_name, sort_key, "
                "search_text, created_at, updated_at) VALUES "
                "(1, 'Eva', 'Malá', 'Eva Malá', 'mala eva', "
                "'eva mala eva.mala@kancelar.cz eva.mala@kancelar.cz', :now, :now), "
                "(2, 'Олена', 'Шевченко', 'Олена Шевченко', 'шевченко олена', "
                "'олена шевченко', :now, :now)"
            ),
            {"now": now},
        )


def _check_0004(database: Database) -> None:
    from smallcrm.core.services.contacts import ListQuery, first_keys, list_keys

    with database.engine.connect() as conn:
        texts = dict(conn.execute(text("SELECT id, search_text FROM contact")).all())
        organization = conn.execute(text("SELECT search_text FROM organization")).scalar()
    assert texts == {1: "eva mala kancelar cz", 2: "олена шевченко"}
    assert organization == "novak syn s r o info cz"
    with database.session_scope() as s:
        for typed, found in (("kancelar", [1]), ("mala@kanc", [1]), ("syn", [-1]), ("ше", [2])):
            assert list_keys(s, ListQuery(text=typed)) == found, typed
            assert first_keys(s, ListQuery(text=typed), 40) == found, typed


def test_0004_splits_search_words_like_the_index_on_sqlite(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _at_revision(database, "0003")
        _fill_0003(database)
        result = migrate.upgrade(profile, database)
        assert result.before == "0003"
        _check_0004(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0004_splits_search_words_like_the_index_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _at_revision(database, "0003")
        _fill_0003(database)
        migrate.upgrade(profile, database)
        _check_0004(database)
    finally:
        database.dispose()
