"""The PyInstaller bundle stands alone: finds its migrations, migrates, renders, lacks dev tools."""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from smallcrm import __version__
from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.paths import Profile

pytestmark = pytest.mark.installer

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_DIR = ROOT / "dist" / "smallcrm"
BUNDLE = BUNDLE_DIR / ("smallcrm.exe" if sys.platform == "win32" else "smallcrm")

# Top-level modules that must never ship: demo data is an optional extra, the rest is dev-only.
NOT_SHIPPED = ("faker", "pytest", "_pytest", "pytestqt", "hypothesis", "pygments")

# Variables through which the dev checkout could leak into the bundle and hide a packaging bug
# (SMALLCRM_MIGRATIONS would point it at the checkout's migrations instead of its own).
LEAKY_ENV = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "SMALLCRM_MIGRATIONS", "SMALLCRM_DB")


def _newest_source() -> tuple[float, Path]:
    files = [
        path
        for folder in ("src", "migrations", "resources", "packaging")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and ".egg-info" not in str(path)
    ]
    newest = max(files, key=lambda p: p.stat().st_mtime)
    return newest.stat().st_mtime, newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    message = ""
    if not BUNDLE.is_file():
        message = f"No installer bundle at {BUNDLE}; run `make installer` first."
    else:
        newest, path = _newest_source()
        if newest > BUNDLE.stat().st_mtime:
            message = f"The bundle is older than {path.relative_to(ROOT)}; run `make installer`."
    if message:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            # In CI a missing or stale bundle means the build step broke: never a skip.
            pytest.fail(message)
        pytest.skip(message)
    return BUNDLE


def _standalone_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in LEAKY_ENV}
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(
        part for part in env.get("PATH", "").split(os.pathsep) if part and part != venv_bin
    )
    env["SMALLCRM_HOME"] = str(home)
    return env


def run_bundle(bundle: Path, tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    # Run from an unrelated folder so nothing can be found relative to the checkout.
    return subprocess.run(
        [str(bundle), *argv],
        capture_output=True,
        text=True,
        env=_standalone_env(tmp_path / "default-home"),
        cwd=tmp_path,
        timeout=180,
    )


def run_json(bundle: Path, tmp_path: Path, *argv: str) -> dict:
    result = run_bundle(bundle, tmp_path, *argv, "--json")
    assert result.returncode == 0, f"stdout: {result.stdout}\nstderr: {result.stderr}"
    return json.loads(result.stdout)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", "not a PNG file"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_version_names_the_schema_head_of_the_checkout(bundle, tmp_path):
    # The head is read from the bundled migrations: equal heads prove they shipped and are found.
    data = run_json(bundle, tmp_path, "version")
    assert data["schema"] == migrate.head_revision()
    assert data["version"] == __version__


def test_db_upgrade_creates_a_database_at_head(bundle, tmp_path):
    home = tmp_path / "firm"
    data = run_json(bundle, tmp_path, "--home", str(home), "db", "upgrade")
    head = migrate.head_revision()
    assert data["before"] is None and data["after"] == head and data["changed"] is True

    connection = sqlite3.connect(home / "smallcrm.db")
    try:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert version == head
    assert "contact" in tables

    again = run_json(bundle, tmp_path, "--home", str(home), "db", "current")
    assert again["current"] == head and again["pending"] is False


@pytest.fixture
def profile_with_contacts(tmp_path: Path) -> Path:
    """A small firm profile filled by the checkout (Faker is in the dev venv, not the bundle)."""
    from smallcrm.core.demo import fill_demo

    profile = Profile.open(tmp_path / "firm")
    database = Database(profile.url)
    try:
        migrate.upgrade(profile, database)
        fill_demo(database, contacts=60, seed=3)
    finally:
        database.dispose()
    return profile.home


def test_screenshot_of_contacts_has_the_requested_size(bundle, tmp_path, profile_with_contacts):
    out = tmp_path / "contacts.png"
    data = run_json(
        bundle,
        tmp_path,
        "--home",
        str(profile_with_contacts),
        "screenshot",
        "contacts",
        str(out),
        "--size",
        "1024x700",
    )
    assert data["size"] == [1024, 700]
    assert png_size(out) == (1024, 700)

    # A blank or font-less render has a handful of flat colours; text and icons bring many
    # anti-aliased shades.
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert not image.isNull()
    colours = {image.pixel(x, y) for y in range(0, image.height(), 7) for x in range(image.width())}
    assert len(colours) > 30, f"only {len(colours)} colours: the window looks empty"


def test_bundle_ships_no_faker_or_test_tools(bundle):
    from PyInstaller.archive.readers import CArchiveReader

    # Pure-Python modules live in the PYZ archive embedded in the executable...
    archive = CArchiveReader(str(bundle))
    pyz_name = next(name for name in archive.toc if name.endswith(".pyz"))
    modules = set(archive.open_embedded_archive(pyz_name).toc)
    assert "smallcrm.gui.app" in modules and "smallcrm.core.demo" in modules  # reader works
    shipped = sorted(m for m in modules if m.split(".")[0] in NOT_SHIPPED)
    assert not shipped, f"the bundle ships {shipped[:10]}"

    # ...data files and compiled extensions beside it, in _internal/.
    folders = {path.name.lower() for path in BUNDLE_DIR.rglob("*") if path.is_dir()}
    assert not folders & set(NOT_SHIPPED), f"bundle folders: {sorted(folders & set(NOT_SHIPPED))}"
    assert not [p for p in BUNDLE_DIR.rglob("*") if p.name.lower().startswith("faker")]


def test_demo_in_the_installed_app_is_a_clear_error(bundle, tmp_path):
    result = run_bundle(
        bundle, tmp_path, "--home", str(tmp_path / "firm"), "demo", "--contacts", "5"
    )
    assert result.returncode == 2
    assert "Demo data is not part of the installed SmallCRM" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "firm" / "smallcrm.db").exists()  # refused before touching it


@pytest.mark.postgres
def test_bundle_upgrades_a_postgres_database(bundle, tmp_path, pg_url):
    # psycopg and its libpq are loaded by name at run time: only a real connection proves them.
    data = run_json(
        bundle, tmp_path, "--home", str(tmp_path / "firm"), "--db", pg_url, "db", "upgrade"
    )
    assert data["after"] == migrate.head_revision() and data["backup"] is None


def test_calendar_works_in_the_installed_app(bundle, tmp_path):
    """The deadline calculator's holiday data, the zone data and the iCalendar code ship."""
    for country, moved in (("CZ", "2026-12-28"), ("SK", "2026-12-28"), ("PL", "2026-12-28")):
        data = run_json(
            bundle, tmp_path, "deadline", "--from", "2026-12-14", "--add", "10d",
            "--country", country,
        )  # fmt: skip
        assert data["deadline"] == moved, country
        assert any("Christmas" in day["reason"] for day in data["skipped"]), data["skipped"]
    for country in ("HR", "UA"):
        assert run_json(
            bundle, tmp_path, "deadline", "--from", "2026-08-01", "--add", "1m",
            "--country", country,
        )["deadline"]  # fmt: skip
    home = str(tmp_path / "firm")
    source = Path(__file__).resolve().parents[1] / "data" / "ics"
    imported = run_json(
        bundle, tmp_path, "--home", home, "import", "ics",
        str(source / "vobject_outlook12_cyrillic_tzid.ics"),
        str(source / "icalendar_exchange2010_unquoted_windows_tzid.ics"),
    )  # fmt: skip
    assert imported["added"] >= 2 and imported["problems"] == []
    listed = run_json(
        bundle, tmp_path, "--home", home, "events", "list", "--from", "1990-01-01",
        "--to", "2040-01-01", "--tz", "Europe/Prague",
    )  # fmt: skip
    assert listed["events"] and all(
        e["start"][-6:] in ("+01:00", "+02:00") for e in listed["events"]
    )
    out = tmp_path / "out.ics"
    exported = run_json(bundle, tmp_path, "--home", home, "export", "ics", str(out))
    assert exported["events"] >= 2 and b"BEGIN:VTIMEZONE" in out.read_bytes()


def test_documents_and_search_work_in_the_installed_app(bundle, tmp_path):
    """The store, every text reader (pypdf, olefile and the rest) and the search ship."""
    home = str(tmp_path / "firm")
    source = Path(__file__).resolve().parents[1] / "data" / "documents"
    files = [
        source / name
        for name in (
            "pythondocx_headers_footers.docx",
            "odfpy_serious_poem.odt",
            "striprtf_word_polish_ansicpg1250.rtf",
            "mailparser_outlook_newsletter_german.msg",
            "kopano_lufthansa_booking_q_subject_semicolon.eml",
        )
    ]
    text = tmp_path / "Smlouva – Novák.txt"
    text.write_text("Předmětem smlouvy je rekonstrukce střechy.", encoding="utf-8")
    added = run_json(
        bundle, tmp_path, "--home", home, "documents", "add", str(text), *map(str, files)
    )
    assert len(added["documents"]) == len(files) + 1
    extracted = run_json(bundle, tmp_path, "--home", home, "documents", "extract")
    assert extracted["by_status"] == {"ok": len(files) + 1}, extracted
    hits = run_bundle(bundle, tmp_path, "--home", home, "search", "strechy", "--json")
    assert hits.returncode == 0, hits.stderr
    assert [h["kind"] for h in json.loads(hits.stdout)] == ["document"]
    verified = run_json(bundle, tmp_path, "--home", home, "documents", "verify")
    assert not verified.get("damaged") and not verified.get("missing"), verified


def test_mail_sync_works_in_the_installed_app(bundle, tmp_path, dovecot_server):
    """TLS with a pinned certificate, the parser's helper process (a frozen executable
    started again) and the mail search ship."""
    import uuid

    from smallcrm.core.services import mail_accounts

    folder = f"Bundle{uuid.uuid4().hex[:8]}"
    dovecot_server.create_folder("alice", folder)
    count = 60  # enough for a batch to go to the helper process (parsing.OFFLOAD_FROM)
    for n in range(count):
        dovecot_server.append(
            "alice",
            f"From: Jana Nováková <jana@klient.cz>\r\nTo: office@firma.cz\r\n"
            f"Subject: =?utf-8?q?Smlouva_=C4=8D=2E_{n}?=\r\nMessage-ID: <b{n}@klient.cz>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nŽádost o schůzku.\r\n".encode(),
            folder,
        )
    home = tmp_path / "firm"
    run_json(bundle, tmp_path, "--home", str(home), "db", "upgrade")
    # The account is written here: the bundle's keyring is the machine's, and CI has none;
    # the password goes to the sync on standard input.
    database = Database(Profile.open(home).url)
    with database.session_scope() as session:
        mail_accounts.add_account(
            session,
            mail_accounts.AccountInput(
                name="Kancelář", host=dovecot_server.host, port=dovecot_server.imaps_port,
                user_name="alice", folders=(folder,), since_months=None, privacy="all",
                pinned_sha256=dovecot_server.cert_sha256,
            ),
        )  # fmt: skip
    database.dispose()
    result = subprocess.run(
        [str(bundle), "--home", str(home), "sync", "Kancelář", "--password-stdin", "--json"],
        input=dovecot_server.users["alice"] + "\n",
        capture_output=True,
        text=True,
        env=_standalone_env(tmp_path / "default-home"),
        cwd=tmp_path,
        timeout=180,
    )
    assert result.returncode == 0, f"stdout: {result.stdout}\nstderr: {result.stderr}"
    report = json.loads(result.stdout)
    assert report["folders"][0]["added"] == count and report["errors"] == []
    # The helper process really parsed: had it failed, the sync would have parsed here and
    # said so in the log.
    log_text = "".join(p.read_text("utf-8") for p in (home / "logs").glob("*.log*"))
    assert "parsed in a helper process" in log_text and "parsing here" not in log_text
    listed = run_json(bundle, tmp_path, "--home", str(home), "messages", "list", "--limit", "0")
    assert sorted(m["subject"] for m in listed["messages"]) == sorted(
        f"Smlouva č. {n}" for n in range(count)
    )
    hits = run_bundle(bundle, tmp_path, "--home", str(home), "search", "zadost", "--json")
    assert hits.returncode == 0, hits.stderr
    assert {h["kind"] for h in json.loads(hits.stdout)} == {"message"}
