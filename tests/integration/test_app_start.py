"""`smallcrm` with no subcommand starts the real app and paints its main window."""

import os
import sqlite3
import subprocess
import sys

from smallcrm.core import migrate


def start_app(home, **env_overrides) -> subprocess.CompletedProcess:
    env = {**os.environ, "SMALLCRM_EXIT_AFTER_FIRST_PAINT": "1", **env_overrides}
    return subprocess.run(
        [sys.executable, "-m", "smallcrm", "--home", str(home), "--lang", "cs"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def check_started(result: subprocess.CompletedProcess, home) -> None:
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout
    conn = sqlite3.connect(home / "smallcrm.db")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
        migrate.head_revision(),
    )
    log = (home / "logs" / "smallcrm.log").read_text(encoding="utf-8")
    assert "SmallCRM" in log and "starting" in log


def test_app_starts_offscreen_on_a_new_profile(tmp_path):
    home = tmp_path / "firm"
    check_started(start_app(home, QT_QPA_PLATFORM="offscreen"), home)
    for folder in ("documents", "backups", "logs"):
        assert (home / folder).is_dir()


def test_app_opens_a_real_window_under_xvfb(tmp_path, x_display):
    # The xcb platform plugin needs the Debian libraries `make run` installs.
    home = tmp_path / "firm"
    check_started(start_app(home, QT_QPA_PLATFORM="xcb", DISPLAY=x_display), home)


def test_a_database_from_a_newer_version_is_refused_without_touching_it(tmp_path, capsys):
    from smallcrm.cli import main

    home = tmp_path / "firm"
    assert main(["--home", str(home), "db", "upgrade"]) == 0
    conn = sqlite3.connect(home / "smallcrm.db")
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    before = (home / "smallcrm.db").read_bytes()
    assert main(["--home", str(home), "db", "upgrade"]) == 2
    assert "newer version of SmallCRM" in capsys.readouterr().err
    assert (home / "smallcrm.db").read_bytes() == before
