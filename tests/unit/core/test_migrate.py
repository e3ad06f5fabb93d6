"""Migrations: found, applied once, backed up first, rolled back whole on failure."""

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from smallcrm.core import migrate, search
from smallcrm.core.db import Database
from smallcrm.core.errors import MigrationError
from smallcrm.core.models import Base, Contact, ContactMethod
from smallcrm.core.paths import Profile, migrations_dir


def model_differences(database: Database) -> list:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_object": lambda obj, name, type_, *_: (
                    not (type_ in ("table", "index") and search.is_search_object(name))
                ),
            },
        )
        return compare_metadata(context, Base.metadata)


def _add_people(database: Database, n: int = 3) -> None:
    with database.session_scope() as s:
        for i in range(n):
            person = Contact(display_name=f"Klient {i} Šťastný", sort_key=f"stastny {i}")
            person.methods.append(ContactMethod(kind="email", value=f"k{i}@example.cz"))
            s.add(person)


def _scripts_with(tmp_path: Path, name: str, body: str) -> Path:
    """A copy of the shipped migrations plus one extra revision after head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / f"{name}.py").write_text(
        textwrap.dedent(
            f'''
            import sqlalchemy as sa
            from alembic import op

            revision = "{name}"
            down_revision = "{head}"
            branch_labels = None
            depends_on = None


            def upgrade():
            '''
        )
        + textwrap.indent(textwrap.dedent(body), "    ")
    )
    return scripts


@pytest.fixture
def fresh(tmp_path):
    profile = Profile.open(tmp_path / "fresh")
    database = Database(profile.url)
    yield profile, database
    database.dispose()


def test_fresh_database_is_upgraded_to_head_without_a_backup(fresh):
    profile, database = fresh
    result = migrate.upgrade(profile, database)
    assert (result.before, result.after) == (None, migrate.head_revision())
    assert result.changed and result.backup is None
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert not migrate.is_pending(database.engine)


def test_upgrade_at_head_does_nothing(profile, database):
    result = migrate.upgrade(profile, database)
    assert not result.changed and result.backup is None
    assert list(profile.backups_dir.iterdir()) == []


def test_models_and_migrations_agree_on_sqlite(database):
    assert model_differences(database) == []


def test_pending_upgrade_backs_up_first_and_keeps_data(profile, database, tmp_path):
    _add_people(database)
    scripts = _scripts_with(
        tmp_path, "9001", 'op.add_column("contact", sa.Column("scratch_col", sa.String(50)))\n'
    )
    result = migrate.upgrade(profile, database, scripts)
    assert (result.before, result.after) == (migrate.head_revision(), "9001")
    assert result.backup is not None and result.backup.parent == profile.backups_dir
    backup = sqlite3.connect(result.backup)
    assert backup.execute("SELECT count(*) FROM contact").fetchone() == (3,)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
        migrate.head_revision(),
    )
    backup.close()
    with database.session_scope() as s:
        assert len(s.scalars(select(Contact.id)).all()) == 3


def test_failed_migration_leaves_data_and_schema_untouched(profile, database, tmp_path):
    _add_people(database)
    scripts = _scripts_with(
        tmp_path,
        "9002",
        """
        op.add_column("contact", sa.Column("scratch_col", sa.String(50)))
        op.execute("UPDATE contact SET display_name = 'overwritten'")
        op.execute("DELETE FROM contact_method")
        raise RuntimeError("simulated failure half-way")
        """,
    )
    with pytest.raises(MigrationError) as info:
        migrate.upgrade(profile, database, scripts)
    assert "unchanged" in info.value.message
    assert str(profile.backups_dir) in info.value.message
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    with database.session_scope() as s:
        names = s.scalars(select(Contact.display_name)).all()
        assert names and all("Šťastný" in name for name in names)
        assert len(s.scalars(select(ContactMethod.id)).all()) == 3
    columns = [row[1] for row in sqlite3.connect(profile.database_path).execute(
        "PRAGMA table_info(contact)")]  # fmt: skip
    assert "scratch_col" not in columns


def test_table_rebuild_does_not_cascade_delete_children(profile, database, tmp_path):
    # Batch mode drops and recreates `contact`; with foreign keys on during the upgrade, the
    # DROP would delete every contact_method row through ON DELETE CASCADE.
    _add_people(database)
    scripts = _scripts_with(
        tmp_path,
        "9003",
        """
        with op.batch_alter_table("contact", recreate="always") as batch:
            batch.add_column(sa.Column("scratch_col", sa.String(50)))
        """,
    )
    migrate.upgrade(profile, database, scripts)
    with database.session_scope() as s:
        assert len(s.scalars(select(ContactMethod.id)).all()) == 3
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_missing_scripts_are_a_clear_error(fresh, tmp_path):
    profile, database = fresh
    with pytest.raises(MigrationError, match="missing"):
        migrate.upgrade(profile, database, tmp_path / "nowhere")


def test_every_revision_applies_in_turn(fresh):
    """Step through the history one revision at a time, as an old profile would."""
    from alembic import command
    from alembic.script import ScriptDirectory

    profile, database = fresh
    config = migrate.alembic_config()
    revisions = [r.revision for r in ScriptDirectory.from_config(config).walk_revisions()]
    for revision in reversed(revisions):
        with database.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        assert migrate.current_revision(database.engine) == revision


@pytest.mark.postgres
def test_migrations_run_and_agree_with_models_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", pg_url)
    database = Database(profile.url)
    try:
        result = migrate.upgrade(profile, database)
        assert result.after == migrate.head_revision() and result.backup is None
        assert model_differences(database) == []
        _add_people(database)
        with database.session_scope() as s:
            person = s.scalars(select(Contact).order_by(Contact.id)).first()
            assert person.display_name == "Klient 0 Šťastný"
            assert person.created_at.utcoffset().total_seconds() == 0
    finally:
        database.dispose()


@pytest.mark.postgres
def test_failed_migration_rolls_back_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", pg_url)
    database = Database(profile.url)
    try:
        migrate.upgrade(profile, database)
        _add_people(database)
        scripts = _scripts_with(
            tmp_path,
            "9004",
            """
            op.add_column("contact", sa.Column("scratch_col", sa.String(50)))
            op.execute("DELETE FROM contact_method")
            raise RuntimeError("simulated failure half-way")
            """,
        )
        with pytest.raises(MigrationError):
            migrate.upgrade(profile, database, scripts)
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.session_scope() as s:
            assert len(s.scalars(select(ContactMethod.id)).all()) == 3
    finally:
        database.dispose()


@pytest.mark.parametrize("folder", ["with ? question", "with %25 percent", "with # hash"])
def test_backup_works_in_folders_with_uri_characters(tmp_path, folder):
    profile = Profile.open(tmp_path / folder)
    database = Database(profile.url)
    try:
        migrate.upgrade(profile, database)
        _add_people(database)
        backup = migrate.backup_sqlite(profile.database_path, profile.backups_dir, "test")
        assert sqlite3.connect(backup).execute("SELECT count(*) FROM contact").fetchone() == (3,)
        from smallcrm.core import schema_state

        assert schema_state.sqlite_revision(profile.database_path) == migrate.head_revision()
    finally:
        database.dispose()
    assert not (tmp_path / "with ").exists()  # no stray file from a misread URI


def test_a_failed_backup_stops_the_upgrade(profile, database, tmp_path):
    _add_people(database)
    scripts = _scripts_with(tmp_path, "9005", 'op.execute("DELETE FROM contact_method")\n')
    profile.backups_dir.rmdir()
    profile.backups_dir.write_text("a file where the backups folder should be")
    with pytest.raises(MigrationError, match="could not be backed up"):
        migrate.upgrade(profile, database, scripts)
    with database.session_scope() as s:
        assert len(s.scalars(select(ContactMethod.id)).all()) == 3
