import sqlite3

from smallcrm.core import migrate, schema_state
from smallcrm.core.paths import Profile, migrations_dir


def test_shipped_head_matches_alembic():
    assert schema_state.shipped_head() == migrate.head_revision()


def test_sqlite_revision_matches_alembic(profile, database):
    assert schema_state.sqlite_revision(profile.database_path) == migrate.current_revision(
        database.engine
    )
    assert schema_state.is_current(profile)


def test_anything_unusual_falls_back_to_the_full_check(tmp_path, profile):
    assert schema_state.sqlite_revision(tmp_path / "missing.db") is None
    assert not schema_state.is_current(Profile.open(tmp_path / "new"))
    assert not schema_state.is_current(Profile(profile.home, "postgresql+psycopg://x@y/z"))
    conn = sqlite3.connect(profile.database_path)
    conn.execute("UPDATE alembic_version SET version_num = 'older'")
    conn.commit()
    conn.close()
    assert not schema_state.is_current(profile)
    (tmp_path / "junk.db").write_bytes(b"not a database at all")
    assert schema_state.sqlite_revision(tmp_path / "junk.db") is None


def test_a_branching_history_is_left_to_alembic(tmp_path):
    import shutil

    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts)
    head = schema_state.shipped_head(scripts)
    for name in ("a", "b"):
        (scripts / "versions" / f"branch_{name}.py").write_text(
            f'revision = "{name}"\ndown_revision = "{head}"\n'
        )
    assert schema_state.shipped_head(scripts) is None


def test_a_merge_revision_is_left_to_alembic(tmp_path):
    import shutil

    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts)
    (scripts / "versions" / "merge.py").write_text(
        'revision: str = "m"\ndown_revision: tuple[str, str] = ("a", "b")\n'
    )
    assert schema_state.shipped_head(scripts) is None
