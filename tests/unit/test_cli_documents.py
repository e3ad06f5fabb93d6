"""`smallcrm documents add / list / verify / extract`: the store from the command line."""

import json
import stat
from datetime import date

import pytest

from smallcrm.cli import main
from smallcrm.core.db import Database
from smallcrm.core.documents.store import DocumentStore
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters
from smallcrm.core.services.matters import MatterInput


def call(capsys, *argv):
    code = main([*argv, "--json"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out)


def run(capsys, *argv):
    code, data = call(capsys, *argv)
    assert code == 0, data
    return data


def refused(capsys, *argv) -> str:
    code, data = call(capsys, *argv)
    assert code == 2, data
    return data["error"]


@pytest.fixture
def firm(tmp_path, capsys):
    """A migrated profile with a person and a matter: (home, contact id, matter id)."""
    home = str(tmp_path / "firm")
    run(capsys, "--home", home, "db", "upgrade")
    database = Database(Profile.open(home).url)
    try:
        with database.session_scope() as s:
            jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
            matter = matters.create_matter(
                s, MatterInput("Novák v. Dvořák", opened_on=date.today())
            )
    finally:
        database.dispose()
    return home, jana.id, matter


def test_add_list_and_dedup(firm, capsys, tmp_path):
    home, jana, matter = firm
    contract = tmp_path / "Smlouva – Novák.docx"
    contract.write_bytes(b"PK contract")
    mail = tmp_path / "reply.eml"
    mail.write_bytes(b"Subject: Re: Smlouva\r\n\r\nOK")
    added = run(
        capsys, "--home", home, "documents", "add", str(contract), str(mail),
        "--matter", str(matter), "--contact", str(jana), "--tag", "smlouvy",
    )["documents"]  # fmt: skip
    assert [(d["title"], d["file_name"], d["version"], d["deduplicated"]) for d in added] == [
        ("Smlouva – Novák", "Smlouva – Novák.docx", 1, False),
        ("Re: Smlouva", "reply.eml", 1, False),
    ]
    assert added[1]["media_type"] == "message/rfc822" and added[0]["size"] == 11
    again = run(capsys, "--home", home, "documents", "add", str(contract), "--title", "Kopie")
    (copy,) = again["documents"]
    assert copy["deduplicated"] and copy["sha256"] == added[0]["sha256"]
    assert copy["same_content_as"] == [added[0]["id"]]

    listed = run(capsys, "--home", home, "documents", "list")
    assert listed["total"] == 3
    assert [d["id"] for d in listed["documents"]] == [copy["id"], added[1]["id"], added[0]["id"]]
    on_matter = run(capsys, "--home", home, "documents", "list", "--matter", str(matter))
    assert [d["id"] for d in on_matter["documents"]] == [added[1]["id"], added[0]["id"]]
    assert on_matter["documents"][0]["tags"] == ["smlouvy"]
    assert on_matter["documents"][0]["contact_ids"] == [jana]
    page = run(capsys, "--home", home, "documents", "list", "--limit", "1", "--offset", "1")
    assert [d["id"] for d in page["documents"]] == [added[1]["id"]] and page["total"] == 3
    store = DocumentStore.at(Profile.open(home).documents_dir)
    assert len(list(store.hashes())) == 2


def test_verify_reports_damage_with_exit_status_one(firm, capsys, tmp_path):
    home, _jana, _matter = firm
    files = []
    for name, data in (("a.pdf", b"%PDF a"), ("b.pdf", b"%PDF b")):
        (tmp_path / name).write_bytes(data)
        files.append(str(tmp_path / name))
    added = run(capsys, "--home", home, "documents", "add", *files)["documents"]
    clean = run(capsys, "--home", home, "documents", "verify")
    assert clean["ok"] and clean["checked"] == 2 and clean["damaged"] == []

    store = DocumentStore.at(Profile.open(home).documents_dir)
    damaged = store.blob_path(added[0]["sha256"])
    damaged.chmod(stat.S_IREAD | stat.S_IWRITE)
    damaged.write_bytes(b"%PDF A")
    missing = store.blob_path(added[1]["sha256"])
    missing.chmod(stat.S_IREAD | stat.S_IWRITE)
    missing.unlink()
    code, report = call(capsys, "--home", home, "documents", "verify")
    assert code == 1 and not report["ok"]
    (bad,) = report["damaged"]
    assert bad["sha256"] == added[0]["sha256"] and bad["problem"] == "damaged"
    assert [(u["document_id"], u["version"], u["title"]) for u in bad["uses"]] == [
        (added[0]["id"], 1, "a")
    ]
    (gone,) = report["missing"]
    assert gone["uses"][0]["document_id"] == added[1]["id"]
    # The plain-text report says the same, and exits 1 too.
    assert main(["--home", home, "documents", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"damaged: {added[0]['sha256']}" in out and "“a” version 1" in out


def test_errors_are_plain_and_store_nothing(firm, capsys, tmp_path):
    home, _jana, _matter = firm
    real = tmp_path / "real.pdf"
    real.write_bytes(b"%PDF")
    error = refused(
        capsys, "--home", home, "documents", "add", str(real), str(tmp_path / "nic.pdf")
    )
    assert "nic.pdf does not exist" in error
    assert "is a folder" in refused(capsys, "--home", home, "documents", "add", str(tmp_path))
    assert "--title" in refused(
        capsys, "--home", home, "documents", "add", str(real), str(real), "--title", "x"
    )
    assert "Matter 999" in refused(
        capsys, "--home", home, "documents", "add", str(real), "--matter", "999"
    )
    assert run(capsys, "--home", home, "documents", "list")["total"] == 0
    assert "--limit" in refused(capsys, "--home", home, "documents", "extract", "--limit", "0")


def test_extract_runs_the_pending_work(firm, capsys, tmp_path):
    pytest.importorskip("smallcrm.core.documents.extract")
    home, _jana, _matter = firm
    note = tmp_path / "Poznámka.txt"
    note.write_text("Lhůta k odvolání běží do pátku.", encoding="utf-8")
    run(capsys, "--home", home, "documents", "add", str(note))
    report = run(capsys, "--home", home, "documents", "extract")
    assert report == {"done": 1, "by_status": {"ok": 1}, "pending": 0}
    assert run(capsys, "--home", home, "documents", "extract") == {
        "done": 0,
        "by_status": {},
        "pending": 0,
    }
    (row,) = run(capsys, "--home", home, "documents", "list")["documents"]
    assert row["text_status"] == "ok"


def test_a_shared_folder_serves_every_workstation_of_one_database(tmp_path, capsys):
    """Two profiles on one database (two workstations on a shared server, here one SQLite
    file): with the firm's folder set, a file one adds the other opens and verifies."""
    from smallcrm.core.services import documents as docs

    shared = tmp_path / "share"
    first = tmp_path / "first"
    run(capsys, "--home", str(first), "db", "upgrade")
    url = f"sqlite:///{first / 'smallcrm.db'}"
    second = tmp_path / "second"
    shown = run(capsys, "--home", str(second), "--db", url, "documents", "folder")
    assert shown["shared"] is False and shown["folder"] == str(second / "documents")
    assert refused(
        capsys, "--home", str(second), "--db", url, "documents", "folder", "relative/x"
    ).startswith("The documents folder must be")
    set_ = run(capsys, "--home", str(first), "documents", "folder", str(shared))
    assert set_ == {"folder": str(shared), "shared": True, "shared_database": False}
    source = tmp_path / "Plná moc – Novák.txt"
    source.write_text("Plná moc pro Jana Nováka.", encoding="utf-8")
    added = run(capsys, "--home", str(first), "documents", "add", str(source))
    sha = added["documents"][0]["sha256"]
    assert (shared / "sha256" / sha[:2] / sha[2:4] / sha).is_file()
    assert not (first / "documents" / "sha256" / sha[:2]).exists()
    # The other workstation finds the file through the same setting.
    verified = run(capsys, "--home", str(second), "--db", url, "documents", "verify")
    assert verified["checked"] == 1 and verified["missing"] == []
    database = Database(url)
    try:
        with database.session_scope() as s:
            folder = docs.store_folder(s, Profile.open(second).documents_dir)
            path = docs.check_out(s, DocumentStore.at(folder), added["documents"][0]["id"])
        assert path.read_text(encoding="utf-8") == "Plná moc pro Jana Nováka."
    finally:
        database.dispose()
    unset = run(capsys, "--home", str(first), "documents", "folder", "--unset")
    assert unset["shared"] is False
