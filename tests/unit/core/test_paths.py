from pathlib import Path

from smallcrm.core import paths
from smallcrm.core.paths import Profile


def test_home_argument_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SMALLCRM_HOME", str(tmp_path / "from-env"))
    assert paths.resolve_home(tmp_path / "from-arg") == (tmp_path / "from-arg").resolve()
    assert paths.resolve_home(None) == (tmp_path / "from-env").resolve()


def test_default_home_comes_from_platformdirs(monkeypatch):
    monkeypatch.delenv("SMALLCRM_HOME")
    home = paths.resolve_home(None)
    assert home == paths.default_home().resolve()
    assert "SmallCRM" in home.parts


def test_profile_creates_its_folders_private(tmp_path):
    profile = Profile.open(tmp_path / "firm")
    for folder in (profile.home, profile.documents_dir, profile.backups_dir, profile.logs_dir):
        assert folder.is_dir()
        assert folder.stat().st_mode & 0o077 == 0
    assert profile.url == f"sqlite:///{tmp_path / 'firm' / 'smallcrm.db'}"
    assert profile.is_sqlite


def test_db_url_points_the_profile_at_a_server(tmp_path, monkeypatch):
    url = "postgresql+psycopg://firm@db.local/firm"
    assert Profile.open(tmp_path, url).url == url
    monkeypatch.setenv("SMALLCRM_DB", url)
    profile = Profile.open(tmp_path)
    assert profile.url == url and not profile.is_sqlite


def test_migrations_are_found_in_the_checkout():
    assert (paths.migrations_dir() / "env.py").is_file()
    assert any((paths.migrations_dir() / "versions").glob("0001_*.py"))


def test_frozen_build_looks_in_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(paths.sys, "frozen", True, raising=False)
    monkeypatch.setattr(paths.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.app_root() == Path(tmp_path)
    assert paths.migrations_dir() == Path(tmp_path) / "migrations"
    assert paths.resources_dir() == Path(tmp_path) / "resources"


def test_existing_folders_keep_their_permissions(tmp_path):
    shared = tmp_path / "shared-firm"
    shared.mkdir(mode=0o775)
    shared.chmod(0o775)
    Profile.open(shared)
    assert shared.stat().st_mode & 0o777 == 0o775
    assert (shared / "logs").stat().st_mode & 0o777 == 0o700
