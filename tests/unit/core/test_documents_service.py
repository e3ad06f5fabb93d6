"""Documents on a real database and a real store (SQLite; PostgreSQL at the end)."""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.documents.store import CHUNK, DamagedFileError, DocumentStore
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Document, DocumentText, DocumentVersion
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import documents as docs
from smallcrm.core.services import matters
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.services.documents import DocumentNotFound
from smallcrm.core.services.matters import MatterInput

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def store(profile):
    return DocumentStore.at(profile.documents_dir)


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def blob_files(store: DocumentStore) -> list[Path]:
    return [p for p in (store.root / "sha256").rglob("*") if p.is_file()]


def counts(database: Database) -> tuple[int, int, int]:
    with database.session_scope() as s:
        return (
            s.scalar(select(func.count()).select_from(Document)),
            s.scalar(select(func.count()).select_from(DocumentVersion)),
            s.scalar(select(func.count()).select_from(DocumentText)),
        )


# --- dedup and versions --------------------------------------------------------------------


def test_the_same_file_twice_is_two_documents_and_one_blob(database, store, tmp_path):
    first = write(tmp_path / "in", "Smlouva – Novák.docx", b"PK\x03\x04 contract v1")
    copy = write(tmp_path / "elsewhere", "smlouva-kopie.docx", b"PK\x03\x04 contract v1")
    with database.session_scope() as s:
        a = docs.add_document(s, store, first)
    with database.session_scope() as s:
        b = docs.add_document(s, store, copy, title="  Kopie\tsmlouvy 1/2026\n")
    assert (a.deduplicated, b.deduplicated) == (False, True)
    assert a.sha256 == b.sha256 and a.document_id != b.document_id
    assert (a.title, a.file_name, a.version) == ("Smlouva – Novák", "Smlouva – Novák.docx", 1)
    assert b.title == "Kopie smlouvy 1/2026"
    assert b.same_content_as == (a.document_id,)
    assert a.media_type.endswith("wordprocessingml.document")
    assert len(blob_files(store)) == 1
    with database.session_scope() as s:
        detail = docs.get_document(s, a.document_id)
    assert detail.versions[0].source_path == str(first.absolute())
    assert detail.document.file_name == "Smlouva – Novák.docx"


def test_versions_keep_the_old_ones_and_equal_content_adds_none(database, store, tmp_path):
    v1 = write(tmp_path / "in", "Plná moc.pdf", b"%PDF power of attorney v1")
    v2 = write(tmp_path / "in2", "Plná moc (final).pdf", b"%PDF power of attorney v2")
    with database.session_scope() as s:
        added = docs.add_document(s, store, v1)
    doc = added.document_id
    with database.session_scope() as s:
        second = docs.add_version(s, store, doc, v2)
    assert (second.version, second.new_version, second.deduplicated) == (2, True, False)
    with database.session_scope() as s:
        same = docs.add_version(s, store, doc, v2)
    assert (same.new_version, same.version, same.version_id) == (False, 2, second.version_id)
    # Going back to the first content is a new version; the blob is shared.
    with database.session_scope() as s:
        back = docs.add_version(s, store, doc, v1)
    assert (back.version, back.new_version, back.deduplicated) == (3, True, True)
    with database.session_scope() as s:
        detail = docs.get_document(s, doc)
        row = docs.list_documents(s)[0]
    assert [v.number for v in detail.versions] == [3, 2, 1]
    assert [v.file_name for v in detail.versions] == [
        "Plná moc.pdf",
        "Plná moc (final).pdf",
        "Plná moc.pdf",
    ]
    assert (row.version, row.sha256) == (3, added.sha256)
    assert detail.document.title == "Plná moc"  # a version does not retitle the document
    assert len(blob_files(store)) == 2
    assert store.read(second.sha256) == b"%PDF power of attorney v2"
    with database.session_scope() as s:
        texts = s.scalar(
            select(func.count())
            .select_from(DocumentText)
            .join(DocumentVersion, DocumentVersion.id == DocumentText.version_id)
            .where(DocumentVersion.document_id == doc)
        )
    assert texts == 3


# --- metadata, links, lists ----------------------------------------------------------------


def _people_and_matter(database):
    with database.session_scope() as s:
        jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
        petr = book.save_record(s, ContactRecord(given_name="Petr", family_name="Dvořák"))
        matter = matters.create_matter(
            s, MatterInput("Novák v. Dvořák", opened_on=date(2026, 3, 1))
        )
    return jana.id, petr.id, matter


def test_links_tags_and_paged_lists(database, store, tmp_path):
    jana, petr, matter = _people_and_matter(database)
    ids = []
    for i in range(5):
        path = write(tmp_path / "in", f"doc{i}.txt", f"document {i}".encode())
        with database.session_scope() as s:
            ids.append(
                docs.add_document(
                    s,
                    store,
                    path,
                    matter_id=matter if i % 2 == 0 else None,
                    contact_ids=[jana] if i < 3 else [petr, jana],
                    tags=["smlouvy", " smlouvy ", "2026"] if i == 0 else (),
                ).document_id
            )
    with database.session_scope() as s:
        assert [r.id for r in docs.list_documents(s)] == ids[::-1]
        assert [r.id for r in docs.list_documents(s, offset=1, limit=2)] == [ids[3], ids[2]]
        assert [r.id for r in docs.list_documents(s, matter_id=matter)] == [ids[4], ids[2], ids[0]]
        assert [r.id for r in docs.list_documents(s, contact_id=petr)] == [ids[4], ids[3]]
        assert docs.count_documents(s, contact_id=jana) == 5
        first = docs.get_document(s, ids[0]).document
        assert (first.tags, first.contact_ids, first.matter_id) == (
            ["2026", "smlouvy"],
            [jana],
            matter,
        )
        assert "smlouvy" in docs.search_text_of(s, ids[0]).split()

        docs.update_document(
            s, ids[0], title="Kupní smlouva", tags=["kupní"], matter_id=None, contact_ids=[petr]
        )
        first = docs.get_document(s, ids[0]).document
        assert (first.title, first.tags, first.contact_ids, first.matter_id) == (
            "Kupní smlouva",
            ["kupní"],
            [petr],
            None,
        )
        words = docs.search_text_of(s, ids[0]).split()
        assert {"kupni", "smlouva", "doc0", "txt"} <= set(words) and "smlouvy" not in words
        docs.update_document(s, ids[0], tags=["kupní"])  # the rest stays
        assert docs.get_document(s, ids[0]).document.contact_ids == [petr]
        with pytest.raises(KnownError, match="needs a title"):
            docs.update_document(s, ids[0], title="   ")


def test_wrong_links_and_unreadable_files_store_nothing(database, store, tmp_path):
    path = write(tmp_path / "in", "a.pdf", b"%PDF a")
    with database.session_scope() as s, pytest.raises(RecordNotFound, match="Matter 999"):
        docs.add_document(s, store, path, matter_id=999)
    with database.session_scope() as s, pytest.raises(RecordNotFound, match="Contact 998"):
        docs.add_document(s, store, path, contact_ids=[998])
    with database.session_scope() as s, pytest.raises(KnownError, match="“gone.pdf” does not"):
        docs.add_document(s, store, tmp_path / "gone.pdf")
    with database.session_scope() as s, pytest.raises(DocumentNotFound):
        docs.add_version(s, store, 12345, path)
    assert counts(database) == (0, 0, 0)
    # The file goes into the store before any SQL (no transaction waits on a big copy):
    # a refused row leaves an orphan blob, which collection removes once it is old.
    report = docs.verify_documents(database, store)
    assert report.ok and report.orphans == [hashlib.sha256(b"%PDF a").hexdigest()]


def test_mail_messages_are_documents_titled_by_their_subject(database, store, tmp_path):
    eml = write(
        tmp_path / "in",
        "message.eml",
        b"From: jana@firma.cz\r\nSubject: =?utf-8?q?Smlouva_=E2=80=93_Nov=C3=A1k?= 1/2026\r\n"
        b"Content-Type: text/plain\r\n\r\nSubject: not this one\r\n",
    )
    msg = write(tmp_path / "in", "RE Faktura 2026-0042.msg", b"\xd0\xcf\x11\xe0 ole file")
    bare = write(tmp_path / "in", "no-subject.eml", b"From: x@y.cz\r\n\r\nbody")
    with database.session_scope() as s:
        a = docs.add_document(s, store, eml)
        b = docs.add_document(s, store, msg)
        c = docs.add_document(s, store, bare)
    assert (a.title, a.media_type) == ("Smlouva – Novák 1/2026", "message/rfc822")
    # An Outlook .msg is titled by its file name (its Subject would need an OLE reader).
    assert (b.title, b.media_type) == ("RE Faktura 2026-0042", "application/vnd.ms-outlook")
    assert c.title == "no-subject"


# --- trash ---------------------------------------------------------------------------------


def test_trash_and_undo(database, store, tmp_path):
    ids = []
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        with database.session_scope() as s:
            path = write(tmp_path / "in", name, name.encode())
            ids.append(docs.add_document(s, store, path).document_id)
    with database.session_scope() as s:
        change = docs.trash_documents(s, [ids[0], ids[1]])
    with database.session_scope() as s:
        assert [r.id for r in docs.list_documents(s)] == [ids[2]]
        assert [r.id for r in docs.list_documents(s, trashed=True)] == [ids[1], ids[0]]
        assert docs.count_documents(s, trashed=True) == 2
        with pytest.raises(DocumentNotFound):
            docs.get_document(s, ids[0])
        assert docs.get_document(s, ids[0], trashed=True).document.deleted_at is not None
        with pytest.raises(DocumentNotFound):
            docs.add_version(s, store, ids[0], tmp_path / "in" / "c.pdf")
        with pytest.raises(DocumentNotFound):
            docs.trash_documents(s, [ids[0]])
    # The files stay while their documents are in the trash.
    assert docs.verify_documents(database, store).orphans == []
    with database.session_scope() as s:
        assert docs.restore_documents(s, change) == 2
    with database.session_scope() as s:
        assert [r.id for r in docs.list_documents(s)] == ids[::-1]
        with pytest.raises(KnownError, match="already undone"):
            docs.restore_documents(s, change)
        jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Malá"))
        contacts_change = book.trash(s, [jana])
        with pytest.raises(KnownError, match="not a move of documents"):
            docs.restore_documents(s, contacts_change)
        # Nor does the address book's undo take a documents' change back (it would bring
        # back the organisation numbered like the document).
        again = docs.trash_documents(s, [ids[0]])
        with pytest.raises(KnownError, match="not a change of the address book"):
            book.undo(s, again)
        one = docs.trash_documents(s, [ids[2]])
        docs.restore_document(s, ids[2])
        with pytest.raises(DocumentNotFound):
            docs.restore_document(s, ids[2])
        assert one > change


# --- extracted text ------------------------------------------------------------------------


def test_text_is_pending_then_extracted_and_searchable(database, store, tmp_path):
    extract = pytest.importorskip("smallcrm.core.documents.extract")
    path = write(
        tmp_path / "in",
        "Plná moc – Dvořák.txt",
        "Zmocňuji advokátku Janu Novákovou k zastupování ve věci 2026/0042.\n".encode(),
    )
    with database.session_scope() as s:
        added = docs.add_document(s, store, path, tags=["plné moci"])
    with database.session_scope() as s:
        pending = docs.pending_text(s, 10)
        assert [(p.version_id, p.file_name) for p in pending] == [
            (added.version_id, "Plná moc – Dvořák.txt")
        ]
        words = docs.search_text_of(s, added.document_id).split()
        assert {"plna", "moc", "dvorak", "txt", "plne", "moci"} <= set(words)
        assert "zmocnuji" not in words
    report = docs.extract_pending(database, store, limit=10)
    assert (report.done, report.by_status) == (1, {"ok": 1})
    with database.session_scope() as s:
        assert docs.pending_text(s, 10) == []
        assert docs.count_pending_text(s) == 0
        assert "Zmocňuji advokátku" in docs.version_text(s, added.version_id)
        words = docs.search_text_of(s, added.document_id).split()
        assert {"zmocnuji", "advokatku", "novakovou", "2026", "0042", "plna"} <= set(words)
        assert docs.get_document(s, added.document_id).versions[0].text_status == "ok"

    # A new version's text is pending: search has the current version's text only.
    v2 = write(tmp_path / "in2", "Plná moc – Dvořák.txt", "Odvolávám plnou moc.\n".encode())
    with database.session_scope() as s:
        second = docs.add_version(s, store, added.document_id, v2)
        assert "zmocnuji" not in docs.search_text_of(s, added.document_id).split()
        docs.store_text(
            s, second.version_id, extract.Extracted(text="", status="no_text", reason="empty")
        )
        detail = docs.get_document(s, added.document_id)
        assert (detail.versions[0].text_status, detail.versions[0].text_reason) == (
            "no_text",
            "empty",
        )
    # A copy of content already extracted needs no second extraction.
    with database.session_scope() as s:
        again = docs.add_document(s, store, path)
        assert docs.pending_text(s, 10) == []
        assert "zmocnuji" in docs.search_text_of(s, again.document_id).split()


def test_a_damaged_file_fails_extraction_with_the_reason(database, store, tmp_path):
    pytest.importorskip("smallcrm.core.documents.extract")
    path = write(tmp_path / "in", "Smlouva.txt", b"some words to extract")
    with database.session_scope() as s:
        added = docs.add_document(s, store, path)
    blob = store.blob_path(added.sha256)
    blob.chmod(0o600)
    blob.write_bytes(b"some w0rds to extract")
    report = docs.extract_pending(database, store)
    assert report.by_status == {"failed": 1}
    with database.session_scope() as s:
        version = docs.get_document(s, added.document_id).versions[0]
    assert version.text_status == "failed" and "damaged" in version.text_reason


def test_store_text_refuses_what_is_not_a_result(database, store, tmp_path):
    path = write(tmp_path / "in", "a.txt", b"a")
    with database.session_scope() as s:
        added = docs.add_document(s, store, path)
        with pytest.raises(ValueError):
            docs.store_text(s, added.version_id, docs._Extracted("", "pending"))
        # PostgreSQL refuses NUL in text; a PDF reader may hand it out.
        docs.store_text(s, added.version_id, docs._Extracted("před\x00tím", "ok", pages=1))
        assert docs.version_text(s, added.version_id) == "předtím"
        assert "predtim" in docs.search_text_of(s, added.document_id).split()


# --- verify --------------------------------------------------------------------------------


def test_verify_names_the_documents_of_damaged_and_missing_files(database, store, tmp_path):
    a = write(tmp_path / "in", "Smlouva – Novák.docx", b"contract")
    b = write(tmp_path / "in", "Faktura.pdf", b"invoice")
    with database.session_scope() as s:
        first = docs.add_document(s, store, a)
        second = docs.add_document(s, store, b)
        copy = docs.add_document(s, store, a, title="Copy")
    orphan = store.put_bytes(b"left by a crashed add")
    report = docs.verify_documents(database, store)
    assert report.ok and report.checked == 3 and report.orphans == [orphan.sha256]

    damaged = store.blob_path(first.sha256)
    damaged.chmod(0o600)
    damaged.write_bytes(b"contrakt")
    missing = store.blob_path(second.sha256)
    missing.chmod(0o600)
    missing.unlink()
    report = docs.verify_documents(database, store)
    assert not report.ok
    assert [(d.sha256, d.problem) for d in report.damaged] == [(first.sha256, "damaged")]
    assert [(u.document_id, u.version, u.title) for u in report.damaged[0].uses] == [
        (first.document_id, 1, "Smlouva – Novák"),
        (copy.document_id, 1, "Copy"),
    ]
    assert [(d.sha256, [u.document_id for u in d.uses]) for d in report.missing] == [
        (second.sha256, [second.document_id])
    ]
    with database.session_scope() as s, pytest.raises(DamagedFileError, match="Smlouva"):
        docs.check_out(s, store, first.document_id)
    assert docs.collect_orphans(database, store) == []  # too young to be collected
    assert docs.collect_orphans(database, store, older_than=0) == [orphan.sha256]


# --- hostile names -------------------------------------------------------------------------

HOSTILE = {
    "../../x": ("x", "x"),
    "..\\..\\x": ("x", "x"),
    "/etc/passwd": ("passwd", "passwd"),
    "C:\\Windows\\win.ini": ("win.ini", "win.ini"),
    "CON.txt": ("CON.txt", "_CON.txt"),
    "nul": ("nul", "_nul"),
    "a\x00b": ("ab", "ab"),
    "\x1b[31m.pdf": ("[31m.pdf", "[31m.pdf"),
    "..": ("..", "document"),
    "Smlouva – Novák.docx": ("Smlouva – Novák.docx", "Smlouva – Novák.docx"),
}


def all_files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


def test_hostile_names_never_write_outside_the_store(database, store, tmp_path, profile):
    source = write(tmp_path / "in", "plain.bin", b"content of an attachment")
    long_name = "Příloha " + "x" * 300 + ".pdf"
    cases = {**HOSTILE, long_name: (None, None)}
    before = all_files(tmp_path)
    for given, (shown, safe) in cases.items():
        with database.session_scope() as s:
            added = docs.add_document(s, store, source, file_name=given)
        with database.session_scope() as s:
            row = docs.get_document(s, added.document_id).document
            copy = docs.check_out(s, store, added.document_id)
        folder = store.open_dir / str(added.document_id)
        assert copy.parent == folder and copy.resolve().parent == folder.resolve()
        assert [p.name for p in folder.iterdir()] == [copy.name]
        assert copy.read_bytes() == b"content of an attachment"
        if shown is not None:
            assert (row.file_name, copy.name) == (shown, safe), given
        else:
            assert len(row.file_name) == 255 and row.file_name.endswith(".pdf")
            assert row.file_name.startswith("Příloha xxx")
            assert copy.name.endswith(".pdf") and len(copy.name.encode()) <= 200
    # Everything written is inside the store, or is the database itself.
    for path in all_files(tmp_path) - before:
        inside_store = path.resolve().is_relative_to(store.root.resolve())
        database_file = path.parent == profile.home and path.name.startswith("smallcrm.db")
        assert inside_store or database_file, path
    assert not (tmp_path / "x").exists() and not (tmp_path.parent / "x").exists()


def test_a_copy_folder_linked_elsewhere_is_refused(database, store, tmp_path):
    source = write(tmp_path / "in", "a.pdf", b"a")
    with database.session_scope() as s:
        added = docs.add_document(s, store, source)
    outside = tmp_path / "outside"
    outside.mkdir()
    try:
        (store.open_dir / str(added.document_id)).symlink_to(outside, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    with database.session_scope() as s, pytest.raises(KnownError, match="not a folder of"):
        docs.check_out(s, store, added.document_id)
    assert list(outside.iterdir()) == []


# --- editing in another application --------------------------------------------------------


def _touch_later(path: Path, seconds: int = 5) -> None:
    info = path.stat()
    later = info.st_mtime_ns + seconds * 1_000_000_000
    os.utime(path, ns=(later, later))


def test_an_edited_copy_becomes_a_new_version(database, store, tmp_path):
    source = write(tmp_path / "in", "Smlouva – Novák.docx", b"version one")
    with database.session_scope() as s:
        added = docs.add_document(s, store, source)
        copy = docs.check_out(s, store, added.document_id)
    doc = added.document_id
    assert copy == store.open_dir / str(doc) / "Smlouva – Novák.docx"
    assert copy.read_bytes() == b"version one" and os.access(copy, os.W_OK)
    assert docs.changed_check_outs(store) == []

    copy.write_bytes(b"version one")  # saved without a change
    _touch_later(copy)
    assert docs.changed_check_outs(store) == []
    copy.write_bytes(b"version two, edited")
    _touch_later(copy, 10)
    (changed,) = docs.changed_check_outs(store)
    assert (changed.document_id, changed.version, changed.path) == (doc, 1, copy)

    with database.session_scope() as s:
        result = docs.store_check_out(s, store, doc)
    assert (result.version, result.new_version, result.file_name) == (
        2,
        True,
        "Smlouva – Novák.docx",
    )
    assert docs.changed_check_outs(store) == []
    assert store.read(added.sha256) == b"version one"  # the old version is kept
    with database.session_scope() as s:
        assert docs.check_out(s, store, doc) == copy  # current and unchanged: the same copy

    # Someone adds a version meanwhile: an unchanged copy is brought up to date ...
    v3 = write(tmp_path / "in3", "Smlouva – Novák (3).docx", b"version three")
    with database.session_scope() as s:
        docs.add_version(s, store, doc, v3)
        newer = docs.check_out(s, store, doc)
    assert newer.name == "Smlouva – Novák (3).docx" and newer.read_bytes() == b"version three"
    assert not copy.exists()
    # ... but the user's edits are never overwritten.
    newer.write_bytes(b"my edits")
    _touch_later(newer)
    v4 = write(tmp_path / "in4", "Smlouva.docx", b"version four")
    with database.session_scope() as s:
        docs.add_version(s, store, doc, v4)
        assert docs.check_out(s, store, doc) == newer
    assert newer.read_bytes() == b"my edits"
    assert [c.version for c in docs.changed_check_outs(store)] == [3]

    docs.discard_check_out(store, doc)
    assert docs.check_outs(store) == [] and not (store.open_dir / str(doc)).exists()
    with database.session_scope() as s, pytest.raises(KnownError, match="not open for editing"):
        docs.store_check_out(s, store, doc)


def test_a_copy_that_went_missing_is_reported(database, store, tmp_path):
    source = write(tmp_path / "in", "a.pdf", b"a")
    with database.session_scope() as s:
        added = docs.add_document(s, store, source)
        copy = docs.check_out(s, store, added.document_id)
    copy.unlink()
    (state,) = docs.check_outs(store)
    assert state.missing and not state.changed
    with database.session_scope() as s, pytest.raises(KnownError, match="is gone"):
        docs.store_check_out(s, store, added.document_id)
    with database.session_scope() as s:
        assert docs.check_out(s, store, added.document_id).read_bytes() == b"a"


# --- crashes -------------------------------------------------------------------------------

WRITER = """
import sys, time
from pathlib import Path
from smallcrm.core.db import Database
from smallcrm.core.documents.store import DocumentStore
from smallcrm.core.paths import Profile
from smallcrm.core.services.documents import add_document

profile = Profile.open(sys.argv[1])
store = DocumentStore.at(profile.documents_dir)
database = Database(profile.url)
with database.session_scope() as session:
    add_document(session, store, Path(sys.argv[2]), title="Big scan")
print("committed", flush=True)
time.sleep(120)
"""


def _writer(profile: Profile, source: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(profile.home), str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


def _wait_for(condition, child: subprocess.Popen, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if child.poll() is not None:
            raise AssertionError(f"the writer ended before {what}: {child.stderr.read()!r}")
        if time.monotonic() > deadline:
            child.kill()
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def _kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL


def _temp_size(store: DocumentStore) -> int:
    return sum(p.stat().st_size for p in store.tmp_dir.glob("*.part"))


def _assert_consistent_after_restart(profile: Profile, database: Database) -> DocumentStore:
    restarted = DocumentStore.at(profile.documents_dir)
    assert list(restarted.tmp_dir.iterdir()) == []
    report = docs.verify_documents(database, restarted)
    assert report.ok and report.damaged == [] and report.missing == []
    return restarted


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and FIFOs")
@pytest.mark.parametrize("chunks", [1, 7])
def test_killed_while_writing_the_blob(profile, database, tmp_path, chunks):
    # The writer reads from a FIFO the test feeds, so it is killed at a known point: with
    # ``chunks`` chunks in its temp file and waiting for the next.
    source = tmp_path / "scan.pdf"
    os.mkfifo(source)
    store = DocumentStore.at(profile.documents_dir)
    child = _writer(profile, source)
    deadline = time.monotonic() + 60
    while True:
        try:
            fd = os.open(source, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:  # ENXIO: the writer has not opened it yet
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
    os.set_blocking(fd, True)
    try:
        for _ in range(chunks):
            os.write(fd, b"\x42" * CHUNK)
        # Each chunk read is written before the next read, which now waits for more.
        _wait_for(lambda: _temp_size(store) >= chunks * CHUNK, child, "the half-written blob")
        _kill(child)
    finally:
        os.close(fd)
    assert blob_files(store) == []  # nothing under a hash name
    assert len(list(store.tmp_dir.glob("*.part"))) == 1  # the half file, until the next start
    assert counts(database) == (0, 0, 0)
    restarted = _assert_consistent_after_restart(profile, database)
    assert restarted.cleaned == 1


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_after_the_blob_before_the_commit(profile, database, tmp_path):
    data = os.urandom(3 * CHUNK + 12345)
    source = write(tmp_path / "in", "scan.pdf", data)
    store = DocumentStore.at(profile.documents_dir)
    sha256 = hashlib.sha256(data).hexdigest()
    # Hold the database whole: the writer stores the blob, then waits to insert its row.
    # (An exclusive lock, because a plain write lock makes the insert fail at once rather
    # than wait: the full-text trigger on ``document`` reads before it writes.)
    lock = sqlite3.connect(profile.database_path, isolation_level=None)
    lock.execute("PRAGMA locking_mode = EXCLUSIVE")
    lock.execute("BEGIN EXCLUSIVE")
    try:
        child = _writer(profile, source)
        _wait_for(lambda: store.has(sha256), child, "the blob")
        time.sleep(0.5)  # the writer is now waiting for the lock to insert the row
        assert child.poll() is None, child.stderr.read()
        _kill(child)
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert counts(database) == (0, 0, 0)
    assert store.read(sha256) == data  # whole under its name
    restarted = _assert_consistent_after_restart(profile, database)
    assert docs.verify_documents(database, restarted).orphans == [sha256]
    # Adding the file again uses the blob already there.
    with database.session_scope() as s:
        assert docs.add_document(s, restarted, source).deduplicated
    assert docs.verify_documents(database, restarted).orphans == []


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_after_the_commit_keeps_the_whole_document(profile, database, tmp_path):
    data = os.urandom(2 * CHUNK)
    source = write(tmp_path / "in", "scan.pdf", data)
    child = _writer(profile, source)
    assert child.stdout.readline() == b"committed\n"
    _kill(child)
    assert counts(database) == (1, 1, 1)
    restarted = _assert_consistent_after_restart(profile, database)
    with database.session_scope() as s:
        (row,) = docs.list_documents(s)
    assert (row.title, row.size) == ("Big scan", len(data))
    assert restarted.read(row.sha256) == data


# --- PostgreSQL ----------------------------------------------------------------------------


PG_SCENARIOS = {
    "dedup": test_the_same_file_twice_is_two_documents_and_one_blob,
    "versions": test_versions_keep_the_old_ones_and_equal_content_adds_none,
    "links": test_links_tags_and_paged_lists,
    "nothing_stored": test_wrong_links_and_unreadable_files_store_nothing,
    "trash": test_trash_and_undo,
    "text": test_store_text_refuses_what_is_not_a_result,
    "extraction": test_text_is_pending_then_extracted_and_searchable,
    "verify": test_verify_names_the_documents_of_damaged_and_missing_files,
    "hostile_names": test_hostile_names_never_write_outside_the_store,
    "edited_copy": test_an_edited_copy_becomes_a_new_version,
}


@pytest.mark.postgres
@pytest.mark.parametrize("scenario", list(PG_SCENARIOS))
def test_documents_on_postgres(pg_url, tmp_path, scenario):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        store = DocumentStore.at(profile.documents_dir)
        test = PG_SCENARIOS[scenario]
        if test is test_hostile_names_never_write_outside_the_store:
            test(database, store, tmp_path, profile)
        else:
            test(database, store, tmp_path)
    finally:
        database.dispose()
