"""The command line, run in-process and once as a real `python -m smallcrm` process."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from smallcrm import __version__
from smallcrm.cli import main
from smallcrm.core import migrate


def run_json(capsys, *argv) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_version(capsys):
    data = run_json(capsys, "version")
    assert data["version"] == __version__
    assert data["schema"] == migrate.head_revision()


def test_db_current_then_upgrade(tmp_path, capsys):
    home = str(tmp_path / "firm")
    assert run_json(capsys, "--home", home, "db", "current") == {
        "current": None,
        "head": migrate.head_revision(),
        "pending": True,
        "database": f"sqlite:///{tmp_path / 'firm' / 'smallcrm.db'}",
    }
    assert not (tmp_path / "firm" / "smallcrm.db").exists()  # asking created nothing
    upgraded = run_json(capsys, "db", "upgrade", "--home", home)  # option after the command
    assert upgraded["after"] == migrate.head_revision() and upgraded["changed"]
    assert run_json(capsys, "db", "current", "--home", home)["pending"] is False
    again = run_json(capsys, "db", "--home", home, "upgrade")  # on the group, too
    assert again["changed"] is False and again["backup"] is None
    log = (tmp_path / "firm" / "logs" / "smallcrm.log").read_text(encoding="utf-8")
    assert "Upgrading the database from empty" in log


def test_home_comes_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SMALLCRM_HOME", str(tmp_path / "env-home"))
    run_json(capsys, "db", "upgrade")
    assert (tmp_path / "env-home" / "smallcrm.db").is_file()


def test_demo_fills_a_profile(tmp_path, capsys):
    home = tmp_path / "demo"
    data = run_json(capsys, "--home", str(home), "demo", "--contacts", "300", "--seed", "7")
    # A tenth as many organisations, and the courts and tax offices the matters go to.
    assert data["contacts"] == 300 and data["organizations"] == 30 + data["authorities"]
    assert data["matters"] == 60 and data["authorities"] > 0
    conn = sqlite3.connect(home / "smallcrm.db")
    assert conn.execute("SELECT count(*) FROM contact").fetchone() == (300,)
    assert conn.execute("SELECT count(*) FROM organization").fetchone() == (data["organizations"],)
    assert conn.execute("SELECT count(*) FROM matter").fetchone() == (60,)


def test_known_errors_are_one_clear_line_not_a_traceback(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "screenshot", "contacts", "x.png", "--size", "big"]) == 2
    err = capsys.readouterr().err
    assert "--size 'big' is not WIDTHxHEIGHT" in err and "Traceback" not in err
    assert main(["--db", "mysql://x/y", "db", "current", "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"].startswith("Unsupported database URL")


def test_unknown_view_is_a_known_error(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "screenshot", "nonsense", str(tmp_path / "x.png")]) == 2
    assert "nonsense" in capsys.readouterr().err


def test_screenshot_writes_a_png(tmp_path, capsys):
    home = str(tmp_path / "firm")
    main(["--home", home, "demo", "--contacts", "50"])
    capsys.readouterr()
    out = tmp_path / "contacts.png"
    data = run_json(capsys, "--home", home, "screenshot", "contacts", str(out), "--size", "900x600")
    assert data["file"] == str(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_python_dash_m_entry_point(tmp_path):
    env = {**os.environ, "SMALLCRM_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "smallcrm", "version", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["version"] == __version__


@pytest.mark.postgres
def test_db_option_points_the_cli_at_postgres(pg_url, tmp_path, capsys):
    data = run_json(capsys, "--home", str(tmp_path), "--db", pg_url, "db", "upgrade")
    assert data["after"] == migrate.head_revision() and data["backup"] is None
    demo = run_json(capsys, "--home", str(tmp_path), "--db", pg_url, "demo", "--contacts", "200")
    assert demo["contacts"] == 200
    current = run_json(capsys, "--home", str(tmp_path), "--db", pg_url, "db", "current")
    assert current["pending"] is False and current["database"].startswith("postgresql+psycopg://")
    # The app keeps adding records after demo data: ids must not collide with demo rows.
    from smallcrm.core.db import Database
    from smallcrm.core.interop.records import ContactRecord
    from smallcrm.core.services.address_book import save_record

    database = Database(pg_url)
    try:
        with database.session_scope() as session:
            ref = save_record(session, ContactRecord(given_name="Nový", family_name="Klient"))
        assert ref.id > 200
    finally:
        database.dispose()
