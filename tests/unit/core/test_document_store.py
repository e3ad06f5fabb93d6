"""The blob store: content-addressed, streamed, atomic, verified on read; safe file names."""

import errno
import hashlib
import io
import os
import stat
import time

import pytest

from smallcrm.core.documents import store as store_module
from smallcrm.core.documents.store import (
    CHUNK,
    DamagedFileError,
    DocumentStore,
    display_name,
    safe_file_name,
    safe_path_in,
    store_error,
)
from smallcrm.core.errors import DiskFullError, KnownError


@pytest.fixture
def store(tmp_path):
    return DocumentStore.at(tmp_path / "documents")


def files_under(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def flip_a_byte(path, at=0):
    path.chmod(stat.S_IREAD | stat.S_IWRITE)
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def test_identical_content_is_stored_once_under_its_hash(store, tmp_path):
    a = tmp_path / "a.pdf"
    b = tmp_path / "Kopie – b.pdf"
    a.write_bytes(b"%PDF-1.4 the same content")
    b.write_bytes(b"%PDF-1.4 the same content")
    first = store.put(a)
    second = store.put(b)
    digest = hashlib.sha256(b"%PDF-1.4 the same content").hexdigest()
    assert (first.sha256, first.size, first.deduplicated) == (digest, 25, False)
    assert (second.sha256, second.deduplicated) == (digest, True)
    assert files_under(store.root) == [f"sha256/{digest[:2]}/{digest[2:4]}/{digest}"]
    assert store.read(digest) == b"%PDF-1.4 the same content"
    # Nobody edits a blob by accident: it is read-only.
    assert not os.access(store.blob_path(digest), os.W_OK) or os.geteuid() == 0
    assert list(store.hashes()) == [digest]


def test_a_big_file_is_streamed_in_chunks(store):
    class Source(io.RawIOBase):
        """12.5 chunks of data that refuses to be read whole."""

        def __init__(self):
            self.left = CHUNK * 12 + CHUNK // 2
            self.largest = 0

        def readable(self):
            return True

        def read(self, size=-1):
            assert 0 < size <= CHUNK, "the store asked for the whole file at once"
            self.largest = max(self.largest, size)
            n = min(size, self.left)
            self.left -= n
            return b"x" * n

    source = Source()
    blob = store.put(source, name="scan.tif")
    assert blob.size == CHUNK * 12 + CHUNK // 2
    assert blob.sha256 == hashlib.sha256(b"x" * blob.size).hexdigest()
    assert source.largest == CHUNK
    copy = store.root.parent / "copy.tif"
    store.copy_to(blob.sha256, copy)
    assert copy.stat().st_size == blob.size
    assert files_under(store.tmp_dir) == []


def test_a_damaged_blob_is_refused_on_read_naming_the_document(store, tmp_path):
    blob = store.put_bytes(b"Smlouva o dilo " * 1000)
    flip_a_byte(store.blob_path(blob.sha256), at=5000)
    what = "“Smlouva – Novák.docx” (document 7, version 2)"
    with pytest.raises(DamagedFileError, match="Smlouva – Novák.docx.*damaged"):
        store.read(blob.sha256, what)
    with pytest.raises(DamagedFileError, match="document 7"), store.open(blob.sha256, what) as f:
        while f.read(100):
            pass
    with pytest.raises(DamagedFileError):
        store.check(blob.sha256, what)
    # A copy for the user is never made from damaged content.
    dest = tmp_path / "out.docx"
    with pytest.raises(DamagedFileError):
        store.copy_to(blob.sha256, dest, what)
    assert not dest.exists() and list(tmp_path.glob("*.part")) == []


def test_a_missing_blob_is_a_known_error(store):
    blob = store.put_bytes(b"gone soon")
    store.blob_path(blob.sha256).chmod(stat.S_IREAD | stat.S_IWRITE)
    store.blob_path(blob.sha256).unlink()
    with pytest.raises(DamagedFileError, match="“x.pdf” is missing"):
        store.read(blob.sha256, "“x.pdf”")


def test_verify_finds_damaged_missing_and_stray_files(store):
    good = store.put_bytes(b"good")
    bad = store.put_bytes(b"will be damaged")
    truncated = store.put_bytes(b"will be cut short")
    assert store.verify([good.sha256, bad.sha256]).ok
    flip_a_byte(store.blob_path(bad.sha256))
    path = store.blob_path(truncated.sha256)
    path.chmod(stat.S_IREAD | stat.S_IWRITE)
    path.write_bytes(b"will")
    (store.root / "sha256" / "notes.txt").write_text("not a blob")
    lost = hashlib.sha256(b"never stored").hexdigest()

    result = store.verify([good.sha256, bad.sha256, lost])
    assert not result.ok
    assert result.checked == 3
    assert sorted(p.sha256 for p in result.damaged) == sorted([bad.sha256, truncated.sha256])
    assert {p.reason for p in result.damaged} == {"the content does not match its hash"}
    assert [(p.sha256, p.problem) for p in result.missing] == [(lost, "missing")]
    assert result.stray == ["sha256/notes.txt"]


def test_adding_the_content_again_repairs_a_damaged_blob(store, tmp_path):
    original = tmp_path / "Faktura.pdf"
    original.write_bytes(b"%PDF invoice 2026/0042")
    blob = store.put(original)
    flip_a_byte(store.blob_path(blob.sha256))
    again = store.put(original)
    assert (again.deduplicated, again.repaired) == (False, True)
    assert store.read(blob.sha256) == b"%PDF invoice 2026/0042"
    assert store.verify().ok


def test_stale_temp_files_are_removed_when_the_store_opens(store):
    stale = store.tmp_dir / "4242-abc.part"
    stale.write_bytes(b"half a file")
    busy = store.tmp_dir / "4343-def.part"
    busy.write_bytes(b"a writer is at it")
    other = store.tmp_dir / "readme.txt"
    other.write_text("not ours")
    old = time.time() - 2 * store_module.WINDOWS_TEMP_AGE  # Windows goes by age, too
    for path in (stale, busy):
        os.utime(path, (old, old))
    if os.name == "posix":
        import fcntl

        holder = open(busy, "rb")  # noqa: SIM115 - held across the reopen
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
    else:
        holder = open(busy, "rb")  # noqa: SIM115 - Windows: an open file cannot be deleted
    try:
        reopened = DocumentStore.at(store.root)
        assert reopened.cleaned == 1
        assert not stale.exists() and busy.exists() and other.exists()
    finally:
        holder.close()
    assert DocumentStore.at(store.root).cleaned == 1
    assert not busy.exists()


def test_orphans_are_listed_and_only_old_ones_collected(store):
    used = store.put_bytes(b"used by a version")
    orphan = store.put_bytes(b"left by a crash")
    young = store.put_bytes(b"an add still in its transaction")
    assert sorted(store.orphans([used.sha256])) == sorted([orphan.sha256, young.sha256])
    old = time.time() - 2 * store_module.ORPHAN_GRACE_SECONDS
    os.utime(store.blob_path(orphan.sha256), (old, old))
    assert store.remove_orphans([used.sha256]) == [orphan.sha256]
    assert sorted(store.hashes()) == sorted([used.sha256, young.sha256])
    # Storing an old orphan's content again makes it young: it is in use again.
    os.utime(store.blob_path(young.sha256), (old, old))
    assert store.put_bytes(b"an add still in its transaction").deduplicated
    assert store.remove_orphans([used.sha256]) == []


def test_unreadable_sources_are_known_errors_naming_the_file(store, tmp_path):
    with pytest.raises(KnownError, match="“Smlouva – Novák.docx” does not exist"):
        store.put(tmp_path / "Smlouva – Novák.docx")
    (tmp_path / "folder").mkdir()
    with pytest.raises(KnownError, match="is a folder"):
        store.put(tmp_path / "folder")
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked.pdf"
        locked.write_bytes(b"secret")
        locked.chmod(0)
        with pytest.raises(KnownError, match="“locked.pdf” cannot be read"):
            store.put(locked)
    assert files_under(store.root) == []


def test_a_full_disk_is_a_disk_full_error():
    error = store_error(OSError(errno.ENOSPC, "No space left on device"), "“scan.pdf”")
    assert isinstance(error, DiskFullError)
    assert "“scan.pdf” cannot be stored: the disk is full" in error.message


def test_blob_paths_accept_only_hashes(store):
    for bad in ("../../etc/passwd", "ABC", "a" * 63, "g" * 64):
        with pytest.raises(ValueError):
            store.blob_path(bad)


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("Smlouva – Novák.docx", "Smlouva – Novák.docx"),
        ("../../x", "x"),
        ("..\\..\\x", "x"),
        ("..", "document"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("LPT9 .pdf", "_LPT9.pdf"),
        ("CONTRACT.pdf", "CONTRACT.pdf"),
        ("a\x00b", "ab"),
        ("\x1b[31m.pdf", "[31m.pdf"),
        ("evil\u202etxt.exe", "eviltxt.exe"),
        ("report. . .", "report"),
        ("  .hidden", "hidden"),
        ('what?<>:"|*.pdf', "what_______.pdf"),
        ("Łódź – faktura č. 7.pdf", "Łódź – faktura č. 7.pdf"),
        ("", "document"),
    ],
)
def test_safe_file_names(given, safe):
    assert safe_file_name(given) == safe


def test_long_names_are_cut_keeping_the_extension():
    name = safe_file_name("Ž" * 300 + ".docx")
    assert name.endswith("Ž.docx")
    assert len(name.encode("utf-8")) <= store_module.NAME_MAX_BYTES
    assert len(safe_file_name("a" * 300 + ".pdf")) == store_module.NAME_MAX_CHARS


def test_display_names_keep_diacritics_and_drop_what_cannot_be_shown():
    assert display_name("Smlouva – Novák.docx") == "Smlouva – Novák.docx"
    # macOS hands out decomposed names; shown composed.
    assert display_name("Nova\u0301k.pdf") == "Novák.pdf"
    assert display_name("\x1b[31mred.pdf") == "[31mred.pdf"
    assert display_name("C:\\Users\\jana\\Plná moc.pdf") == "Plná moc.pdf"
    long = display_name("Ř" * 300 + ".pdf")
    assert len(long) == 255 and long.endswith("Ř.pdf")


def test_a_planted_symlink_cannot_lead_a_copy_outside_its_folder(tmp_path):
    folder = tmp_path / "open" / "7"
    folder.mkdir(parents=True)
    outside = tmp_path / "outside.docx"
    try:
        (folder / "x.docx").symlink_to(outside)
    except OSError:
        pytest.skip("no symlinks here")
    with pytest.raises(KnownError, match="leads outside"):
        safe_path_in(folder, "x.docx")
    assert safe_path_in(folder, "../../y.docx") == folder / "y.docx"
