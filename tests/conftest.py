"""Shared fixtures: offscreen Qt, a migrated profile per test, real servers per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("SMALLCRM_DB", None)

import pytest  # noqa: E402

from smallcrm.core import migrate  # noqa: E402
from smallcrm.core.db import Database  # noqa: E402
from smallcrm.core.paths import DATABASE_FILE, Profile  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    # Nothing a test does may land in the real user's profile.
    monkeypatch.setenv("SMALLCRM_HOME", str(tmp_path_factory.mktemp("default-home")))
    monkeypatch.delenv("SMALLCRM_DB", raising=False)
    yield
    # Start-up code run in-process (CLI, app) points logging at its profile; undo that.
    from smallcrm.core.logs import teardown_logging

    teardown_logging()


@pytest.fixture(scope="session")
def migrated_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head, copied by every test that wants a profile."""
    home = tmp_path_factory.mktemp("template-profile")
    profile = Profile.open(home)
    database = Database(profile.url)
    migrate.upgrade(profile, database)
    database.dispose()  # last connection closed: the WAL is checkpointed into the file
    return profile.database_path


@pytest.fixture
def profile(tmp_path: Path, migrated_db_file: Path) -> Profile:
    """A fresh firm profile in its own folder, its database already at head."""
    prof = Profile.open(tmp_path / "profile")
    shutil.copyfile(migrated_db_file, prof.home / DATABASE_FILE)
    return prof


@pytest.fixture
def database(profile: Profile) -> Iterator[Database]:
    db = Database(profile.url)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory):
    from tests.servers.postgres import start_postgres

    server = start_postgres(tmp_path_factory.mktemp("server-logs"))
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the session's server."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def dovecot_server(tmp_path_factory: pytest.TempPathFactory):
    """A private Dovecot IMAP server (STARTTLS and implicit TLS) with two test users."""
    from tests.servers.dovecot import start_dovecot

    server = start_dovecot(tmp_path_factory.mktemp("dovecot"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def x_display(tmp_path_factory: pytest.TempPathFactory):
    """DISPLAY of a private Xvfb server, for tests that need a real (xcb) window."""
    from tests.servers.xvfb import start_xvfb

    server = start_xvfb(tmp_path_factory.mktemp("xvfb-logs"))
    yield server.display
    server.stop()


@pytest.fixture
def vault():
    """A real, recommended keyring backend over a dict, in place of the machine's for one
    test: account passwords go there and nowhere else."""
    import keyring

    from smallcrm.core import logs
    from smallcrm.core.sync import credentials
    from tests.unit.core.test_credentials import DictKeyring

    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    credentials.session_vault.clear()
    logs.forget_all_secrets()


@pytest.fixture(scope="session")
def ews_server():
    """A loopback EWS server (Exchange 2016 SOAP over plain HTTP) with two test users."""
    try:
        import exchangelib
    except ImportError:
        from tests.servers.base import missing

        missing("exchangelib", "install the project's dependencies (pip install -e .)")
    from tests.servers.ews import start_ews_server

    server = start_ews_server()
    yield server
    # exchangelib caches one protocol (and its HTTP sessions) per endpoint and credentials
    # across Configuration objects: close them so nothing talks to a stopped server.
    exchangelib.close_connections()
    server.stop()
