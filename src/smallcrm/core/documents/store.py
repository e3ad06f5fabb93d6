"""The blob store under the profile's documents/: content-addressed, atomic, verified on read."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import logging
import os
import re
import shutil
import stat
import tempfile
import time
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from smallcrm.core.errors import DiskFullError, KnownError

log = logging.getLogger(__name__)

# Files are streamed in pieces of this size: a 500 MB scan never sits in memory whole.
CHUNK = 1 << 20
HASH_DIR = "sha256"
TMP_DIR = "tmp"
# Copies handed to other applications for editing (core.services.documents.check_out).
OPEN_DIR = "open"
TEMP_SUFFIX = ".part"
# Room the disk must keep beyond the file itself, so SQLite's journal can still commit.
DISK_RESERVE = 16 << 20
# An unreferenced blob younger than this may belong to a transaction that has not committed
# yet (the blob is written before its row); collecting orphans leaves it alone.
ORPHAN_GRACE_SECONDS = 24 * 3600
# Windows has no lock a crash releases; a temp file untouched this long is stale there.
WINDOWS_TEMP_AGE = 600

_HEX = re.compile(r"[0-9a-f]{64}\Z")


class DamagedFileError(KnownError):
    """A stored file is missing or no longer matches its hash: the disk changed it."""


@dataclass(frozen=True)
class StoredBlob:
    """What ``put`` did: the content's hash and size, and whether it was there already."""

    sha256: str
    size: int
    # The same content was stored before: nothing new was written.
    deduplicated: bool
    # A damaged copy of the same content was replaced by the good one just given.
    repaired: bool = False


@dataclass(frozen=True)
class BlobProblem:
    sha256: str
    problem: str  # "damaged" | "missing"
    reason: str


@dataclass(frozen=True)
class VerifyResult:
    """What ``verify`` found: blobs rehashed, their bytes, and the blobs that are not right."""

    checked: int
    bytes: int
    damaged: list[BlobProblem] = field(default_factory=list)
    missing: list[BlobProblem] = field(default_factory=list)
    # Files in the hash folders that are not blobs (not named by a hash): reported, kept.
    stray: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.damaged and not self.missing


# --- file names ----------------------------------------------------------------------------

# Names Windows gives to devices, with any extension ("CON.txt", "nul.tar.gz").
_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"{dev}{n}" for dev in ("COM", "LPT") for n in ("0123456789¹²³")),
}  # fmt: skip
_FORBIDDEN = set('<>:"/\\|?*')
# A name a check-out copy gets is kept short: file systems allow 255 bytes a name, and
# Windows paths without the long-path setting 260 characters in all.
NAME_MAX_CHARS = 120
NAME_MAX_BYTES = 200
EXT_MAX = 16


def display_name(name: str, limit: int = 255) -> str:
    """A file name as the user sees it: diacritics kept (composed, NFC), control and format
    characters dropped, and only the last part of a path ("..\\..\\x" shows as "x")."""
    name = unicodedata.normalize("NFC", name)
    # Cc: NUL, ESC (terminal colour codes) ...; Cf: bidi overrides that disguise an extension.
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf"))
    name = re.split(r"[/\\]", name)[-1].strip()
    if len(name) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    if dot and len(ext) <= EXT_MAX:  # cut the stem, keep the extension
        return stem[: max(limit - len(ext) - 1, 1)].strip() + "." + ext
    return name[:limit].strip()


def _fits(text: str) -> bool:
    return len(text) <= NAME_MAX_CHARS and len(text.encode("utf-8")) <= NAME_MAX_BYTES


def safe_file_name(name: str, default: str = "document") -> str:
    """A name that is safe to create in a folder on Windows, macOS and Linux.

    Diacritics and the extension stay; path separators, characters Windows refuses, a
    leading dot, trailing dots and spaces and control characters go; Windows device names
    ("CON.txt", "nul") get a "_" in front; the name is cut to ``NAME_MAX_CHARS`` /
    ``NAME_MAX_BYTES``.
    """
    shown = "".join(
        "_" if ch in _FORBIDDEN else ch for ch in display_name(name, 4 * NAME_MAX_CHARS)
    )
    # A leading dot hides the file (or makes ".."); Windows drops trailing dots and spaces.
    shown = shown.strip(" .")
    stem, dot, ext = shown.rpartition(".")
    if not dot or not ext or len(ext) > EXT_MAX or " " in ext:
        stem, ext = shown, ""
    suffix = f".{ext}" if ext else ""
    stem = stem.strip(" .")
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    while stem and not _fits(stem + suffix):
        stem = stem[:-1]
    stem = stem.rstrip(" .")
    return (stem or default) + suffix


def safe_path_in(folder: Path, name: str) -> Path:
    """``folder / safe_file_name(name)``, checked to stay inside ``folder`` (a symlink planted
    under that name cannot lead the write elsewhere)."""
    candidate = folder / safe_file_name(name)
    if candidate.resolve().parent != folder.resolve():
        raise KnownError(
            f"“{display_name(name)}” cannot be saved in {folder}: the name leads outside it."
        )
    return candidate


# --- errors --------------------------------------------------------------------------------


def _disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def source_error(exc: OSError, path: Path, name: str | None = None) -> KnownError:
    """The KnownError for a file the user gave that cannot be read."""
    shown = f"“{display_name(name or path.name) or path}”"
    if _disk_full(exc):
        return DiskFullError(
            f"{shown} cannot be stored: the disk is full.",
            hint="Free some space and try again; nothing was lost.",
        )
    if isinstance(exc, FileNotFoundError):
        return KnownError(f"{shown} does not exist (any more).", hint=f"Look in {path.parent}.")
    if isinstance(exc, IsADirectoryError):
        return KnownError(f"{shown} is a folder, not a file.", hint="Choose the files inside it.")
    if isinstance(exc, PermissionError):
        return KnownError(
            f"{shown} cannot be read: access is denied or another program has it locked.",
            hint="Close it in the other program or check its permissions, then try again.",
        )
    return KnownError(f"{shown} cannot be read: {exc.strerror or exc}.")


def store_error(exc: OSError, what: str) -> KnownError:
    """The KnownError for the document folder failing to take a write."""
    if _disk_full(exc):
        return DiskFullError(
            f"{what} cannot be stored: the disk is full.",
            hint="Free some space and try again; nothing was lost.",
        )
    return KnownError(
        f"{what} cannot be stored: {exc.strerror or exc}.",
        hint="Check that the profile's documents folder exists and is writable.",
    )


# --- small file-system helpers -------------------------------------------------------------


def _fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in ``path`` durable. Windows cannot open a folder for
    this; NTFS journals its metadata instead."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _ensure_dir(path: Path, root: Path) -> None:
    """Create ``path`` (below ``root``) and make each new folder's entry durable."""
    missing = []
    while not path.is_dir() and path != root:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except FileExistsError:
            continue  # another process made it meanwhile
        _fsync_dir(folder.parent)


def _make_writable(path: Path) -> None:
    # Blobs are read-only; Windows refuses to delete or replace a read-only file.
    with contextlib.suppress(OSError):
        path.chmod(stat.S_IREAD | stat.S_IWRITE)


def _lock(fd: int) -> bool:
    """Lock a temp file for as long as its writer lives (POSIX; the OS drops the lock when
    the process dies, however it dies). False if another process holds it."""
    if os.name != "posix":
        return True  # Windows refuses to delete a file that is open: that is our lock there
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def hash_file(path: Path) -> tuple[str, int]:
    """(sha256 hex, size) of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class _VerifyingReader(io.RawIOBase):
    """Reads a blob and hashes what passes; at the end a mismatch raises DamagedFileError."""

    def __init__(self, handle: BinaryIO, sha256: str, what: str) -> None:
        self._handle = handle
        self._digest = hashlib.sha256()
        self._sha256 = sha256
        self._what = what

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._handle.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        if n:
            self._digest.update(data)
        elif self._digest.hexdigest() != self._sha256:
            raise DamagedFileError(
                f"{self._what} is damaged: its content no longer matches what was stored.",
                hint="Restore it from a backup, or add the original file again.",
            )
        return n

    def close(self) -> None:
        self._handle.close()
        super().close()


# --- the store -----------------------------------------------------------------------------


class DocumentStore:
    """Blobs at ``<root>/sha256/ab/cd/<sha256>``: each content once, never half a file.

    A blob is written to ``<root>/tmp`` (same file system, so the rename is atomic),
    fsynced, renamed to its hash name and the folder fsynced: after a crash a blob is
    either whole under its name or a stale temp file that the next ``at`` removes.
    Blobs are written before the database row that refers to them is committed, so a
    crash between leaves an unreferenced blob (an orphan), never a row without its file.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        # Stale temp files ``at`` removed: what a crash left behind.
        self.cleaned = 0

    @classmethod
    def at(cls, root: Path) -> DocumentStore:
        """The store in ``root`` (created if missing), cleaned of stale temp files."""
        store = cls(root)
        try:
            for folder in (store.root, store.root / HASH_DIR, store.tmp_dir, store.open_dir):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise store_error(exc, f"The documents folder {store.root}") from exc
        store.cleaned = store.clean_temp()
        return store

    @property
    def tmp_dir(self) -> Path:
        return self.root / TMP_DIR

    @property
    def open_dir(self) -> Path:
        return self.root / OPEN_DIR

    def blob_path(self, sha256: str) -> Path:
        """Where the blob of ``sha256`` lives (a lower-case hex digest, checked)."""
        if not _HEX.match(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / HASH_DIR / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.blob_path(sha256).is_file()

    # --- writing ---------------------------------------------------------------------------

    def _new_temp(self) -> tuple[int, Path]:
        while True:
            fd, name = tempfile.mkstemp(
                prefix=f"{os.getpid()}-", suffix=TEMP_SUFFIX, dir=self.tmp_dir
            )
            temp = Path(name)
            # ``clean_temp`` in another process may take the file between mkstemp and the
            # lock; once locked and still under its name, nobody removes it.
            try:
                if _lock(fd) and os.path.samestat(os.fstat(fd), os.stat(temp)):
                    return fd, temp
            except FileNotFoundError:
                pass
            os.close(fd)

    def put(self, source: Path | BinaryIO, *, name: str | None = None) -> StoredBlob:
        """Store a file (a path, or an open binary stream) and return its hash.

        Identical content is stored once. ``name`` is what error messages call the file.
        Errors the user can act on (missing or unreadable file, disk full) are KnownErrors.
        """
        what = f"“{display_name(name or (source.name if isinstance(source, Path) else ''))}”"
        if isinstance(source, Path):
            self._check_room(source, what)
            try:
                handle: BinaryIO = open(source, "rb")  # noqa: SIM115 - closed below
            except OSError as exc:
                raise source_error(exc, source, name) from exc
            try:
                return self._put_stream(handle, what, source)
            finally:
                handle.close()
        return self._put_stream(source, what, None)

    def put_bytes(self, data: bytes, *, name: str | None = None) -> StoredBlob:
        return self.put(io.BytesIO(data), name=name or "")

    def _check_room(self, source: Path, what: str) -> None:
        try:
            info = source.stat()
        except OSError:
            return  # opening it says what is wrong
        if not stat.S_ISREG(info.st_mode):
            return
        try:
            free = shutil.disk_usage(self.root).free
        except OSError:
            return
        if free < info.st_size + DISK_RESERVE:
            raise DiskFullError(
                f"{what} cannot be stored: the disk has {free // (1 << 20)} MB free and the"
                f" file needs {info.st_size // (1 << 20) + 1} MB.",
                hint="Free some space and try again; nothing was lost.",
            )

    def _put_stream(self, handle: BinaryIO, what: str, source: Path | None) -> StoredBlob:
        try:
            fd, temp = self._new_temp()
        except OSError as exc:
            raise store_error(exc, what) from exc
        digest = hashlib.sha256()
        size = 0
        out = os.fdopen(fd, "wb")
        try:
            while True:
                try:
                    chunk = handle.read(CHUNK)
                except OSError as exc:
                    raise (source_error(exc, source) if source else store_error(exc, what)) from exc
                if not chunk:
                    break
                digest.update(chunk)
                size += len(chunk)
                try:
                    out.write(chunk)
                except OSError as exc:
                    raise store_error(exc, what) from exc
            try:
                out.flush()
                os.fsync(out.fileno())
            except OSError as exc:
                raise store_error(exc, what) from exc
            if os.name != "posix":
                out.close()  # Windows cannot rename an open file
            # On POSIX the file stays open, so its lock keeps ``clean_temp`` off it until
            # it has its hash name.
            return self._commit_temp(temp, digest.hexdigest(), size, what)
        finally:
            out.close()
            # Gone after a rename; still here after an error, when it must not linger.
            try:
                temp.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove the temp file %s", temp)

    def _commit_temp(self, temp: Path, sha256: str, size: int, what: str) -> StoredBlob:
        final = self.blob_path(sha256)
        repaired = False
        if final.exists():
            if self._intact(final, sha256, size):
                # Orphan collection spares young blobs: this one is in use again.
                with contextlib.suppress(OSError):
                    os.utime(final)
                return StoredBlob(sha256, size, deduplicated=True)
            log.warning("blob %s was damaged; replaced by the same content added again", sha256)
            _make_writable(final)
            repaired = True
        try:
            _ensure_dir(final.parent, self.root)
            temp.chmod(stat.S_IREAD)
            try:
                os.replace(temp, final)
            except PermissionError:
                # Windows: another process has the same blob open, so it was just stored.
                if final.exists() and self._intact(final, sha256, size):
                    return StoredBlob(sha256, size, deduplicated=True)
                raise
            _fsync_dir(final.parent)
        except OSError as exc:
            raise store_error(exc, what) from exc
        return StoredBlob(sha256, size, deduplicated=False, repaired=repaired)

    @staticmethod
    def _intact(path: Path, sha256: str, size: int) -> bool:
        try:
            if path.stat().st_size != size:
                return False
            return hash_file(path)[0] == sha256
        except OSError:
            return False

    # --- reading ---------------------------------------------------------------------------

    def _what(self, sha256: str, what: str | None) -> str:
        return what or f"The stored file {sha256[:12]}"

    def _open_blob(self, sha256: str, what: str) -> BinaryIO:
        path = self.blob_path(sha256)
        try:
            return open(path, "rb")  # noqa: SIM115 - the caller closes it
        except FileNotFoundError as exc:
            raise DamagedFileError(
                f"{what} is missing from the documents folder.",
                hint="Restore the folder from a backup, or add the original file again.",
            ) from exc
        except OSError as exc:
            raise KnownError(f"{what} cannot be read: {exc.strerror or exc}.") from exc

    def open(self, sha256: str, what: str | None = None) -> BinaryIO:  # noqa: A003
        """A binary stream of the blob; reading to its end raises DamagedFileError if the
        content does not match the hash (use ``check`` first when nothing may be used
        before the verdict)."""
        what = self._what(sha256, what)
        raw = _VerifyingReader(self._open_blob(sha256, what), sha256, what)
        return io.BufferedReader(raw, CHUNK)  # type: ignore[return-value]

    def read(self, sha256: str, what: str | None = None) -> bytes:
        """The blob's bytes, verified. For small files; stream big ones with ``open``."""
        with self.open(sha256, what) as handle:
            return handle.read()

    def check(self, sha256: str, what: str | None = None) -> None:
        """Rehash the blob; DamagedFileError (naming ``what``) when it is missing or changed."""
        with self.open(sha256, what) as handle:
            while handle.read(CHUNK):
                pass

    def copy_to(self, sha256: str, dest: Path, what: str | None = None) -> None:
        """Copy the blob to ``dest``, verified on the way, written whole or not at all."""
        what = self._what(sha256, what)
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{dest.name[:40]}.", suffix=TEMP_SUFFIX, dir=dest.parent
            )
        except OSError as exc:
            raise store_error(exc, what) from exc
        temp = Path(name)
        try:
            with os.fdopen(fd, "wb") as out, self.open(sha256, what) as source:
                try:
                    while chunk := source.read(CHUNK):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                except OSError as exc:
                    raise store_error(exc, what) from exc
            try:
                os.replace(temp, dest)
            except PermissionError as exc:
                raise KnownError(
                    f"{dest.name} cannot be replaced: another program has it open.",
                    hint="Close it there and try again.",
                ) from exc
            except OSError as exc:
                raise store_error(exc, what) from exc
        finally:
            temp.unlink(missing_ok=True)

    # --- housekeeping ----------------------------------------------------------------------

    def clean_temp(self) -> int:
        """Remove temp files no living writer holds (what a crash left); returns how many."""
        removed = 0
        try:
            entries = list(self.tmp_dir.iterdir())
        except OSError:
            return 0
        for temp in entries:
            if not temp.name.endswith(TEMP_SUFFIX) or not temp.is_file():
                continue
            try:
                if os.name == "posix":
                    with open(temp, "rb") as handle:
                        if not _lock(handle.fileno()):
                            continue  # a writer is at work on it
                        temp.unlink()
                else:
                    # Refused while the writer has it open; the age covers the moment
                    # between its closing and its rename.
                    if time.time() - temp.stat().st_mtime < WINDOWS_TEMP_AGE:
                        continue
                    temp.unlink()
            except OSError:
                continue
            removed += 1
            log.info("removed the stale temp file %s", temp.name)
        return removed

    def hashes(self) -> Iterator[str]:
        """Every blob in the store, by hash (files in the right place with a hash name)."""
        for path in self._blob_files():
            if self._is_blob(path):
                yield path.name

    def _blob_files(self) -> Iterator[Path]:
        base = self.root / HASH_DIR
        if not base.is_dir():
            return
        for first in sorted(base.iterdir()):
            if not first.is_dir():
                yield first
                continue
            for second in sorted(first.iterdir()):
                if not second.is_dir():
                    yield second
                    continue
                yield from sorted(second.iterdir())

    def _is_blob(self, path: Path) -> bool:
        return bool(_HEX.match(path.name)) and path == self.blob_path(path.name)

    def verify(
        self,
        expected: Iterable[str] = (),
        progress: Callable[[int], None] | None = None,
    ) -> VerifyResult:
        """Rehash every blob; report the damaged ones and the ``expected`` ones not there."""
        checked = total = 0
        damaged: list[BlobProblem] = []
        stray: list[str] = []
        found: set[str] = set()
        for path in self._blob_files():
            if not self._is_blob(path):
                stray.append(str(path.relative_to(self.root)))
                continue
            found.add(path.name)
            try:
                sha256, size = hash_file(path)
            except OSError as exc:
                damaged.append(
                    BlobProblem(path.name, "damaged", f"cannot be read: {exc.strerror or exc}")
                )
            else:
                total += size
                if sha256 != path.name:
                    damaged.append(
                        BlobProblem(path.name, "damaged", "the content does not match its hash")
                    )
            checked += 1
            if progress is not None:
                progress(checked)
        missing = [
            BlobProblem(sha, "missing", "the file is not in the documents folder")
            for sha in sorted(set(expected) - found)
        ]
        return VerifyResult(checked, total, damaged, missing, stray)

    def orphans(self, referenced: Collection[str]) -> list[str]:
        """Blobs no version refers to (crashed adds; purged records)."""
        wanted = set(referenced)
        return [sha for sha in self.hashes() if sha not in wanted]

    def remove_orphans(
        self, referenced: Collection[str], older_than: float = ORPHAN_GRACE_SECONDS
    ) -> list[str]:
        """Delete orphans untouched for ``older_than`` seconds; returns their hashes.

        A younger orphan may be the blob of an add whose row is not committed yet (``put``
        also refreshes the time of a blob it finds already stored), so it stays.
        """
        removed = []
        for sha256 in self.orphans(referenced):
            path = self.blob_path(sha256)
            try:
                if time.time() - path.stat().st_mtime < older_than:
                    continue
                _make_writable(path)
                path.unlink()
            except OSError:
                continue
            removed.append(sha256)
        return removed
