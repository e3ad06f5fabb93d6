"""Documents: add files and versions, links and tags, trash, extracted text, editing copies."""

from __future__ import annotations

import contextlib
import json
import logging
import mimetypes
import os
import shutil
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.documents.store import (
    DamagedFileError,
    DocumentStore,
    display_name,
    hash_file,
    safe_path_in,
    source_error,
)
from smallcrm.core.errors import KnownError
from smallcrm.core.files import write_atomically
from smallcrm.core.models import (
    TEXT_STATUSES,
    ChangeItem,
    ChangeSet,
    Contact,
    Document,
    DocumentText,
    DocumentVersion,
    FirmSetting,
    Matter,
    Tag,
    document_contact,
    document_tag,
    utcnow,
)
from smallcrm.core.search import query_words
from smallcrm.core.services.address_book import RecordNotFound, tag_name

if TYPE_CHECKING:
    from smallcrm.core.db import Database

log = logging.getLogger(__name__)

_document = Document.__table__
_version = DocumentVersion.__table__
_text = DocumentText.__table__
_contact = Contact.__table__
_matter = Matter.__table__

TITLE_MAX = 400
FILE_NAME_MAX = 255
REASON_MAX = 1000
PAGE = 100
# The entity name of a document in ChangeItem rows (the trash's undo).
ENTITY = "document"

# Media types that must not depend on the machine's registry (Windows) or mime.types.
MEDIA_TYPES = {
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".rtf": "application/rtf",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".zip": "application/zip",
}
OCTET_STREAM = "application/octet-stream"
# Extraction results that hold for any copy of the same bytes.
FINAL_TEXT = ("ok", "no_text", "unsupported")
# How much of an .eml is read for its Subject when it titles a document: headers only.
EML_HEAD = 256 * 1024


class DocumentNotFound(RecordNotFound):
    """The document is gone (in the trash, or a wrong id)."""


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


# ``update_document(..., matter_id=KEEP)`` leaves the matter as it is; None unlinks it.
KEEP: Any = _Keep()


class ExtractedLike(Protocol):
    """What core.documents.extract.extract_text returns (``Extracted``)."""

    text: str
    status: str
    reason: str
    pages: int | None


@dataclass(frozen=True)
class _Extracted:
    text: str
    status: str
    reason: str = ""
    pages: int | None = None


# --- results -------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class AddResult:
    """A file stored as a document or as a new version of one."""

    document_id: int
    version_id: int
    version: int
    title: str
    sha256: str
    size: int
    file_name: str
    media_type: str
    # The content was in the store already (another document or version has it).
    deduplicated: bool
    # False when the file equals the current version: no version was added.
    new_version: bool = True
    # Other documents (not in the trash) that hold the same content in some version.
    same_content_as: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["same_content_as"] = list(self.same_content_as)
        return data


@dataclass(frozen=True)
class VersionInfo:
    id: int
    number: int
    sha256: str
    size: int
    file_name: str
    media_type: str
    added_at: datetime
    source_path: str | None
    text_status: str
    text_reason: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["added_at"] = _iso(self.added_at)
        return data


@dataclass(frozen=True)
class DocumentRow:
    """A document as a list shows it, with its current (newest) version."""

    id: int
    title: str
    matter_id: int | None
    tags: list[str]
    contact_ids: list[int]
    version: int
    version_id: int
    sha256: str
    size: int
    file_name: str
    media_type: str
    text_status: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("created_at", "updated_at", "deleted_at"):
            data[key] = _iso(data[key])
        return data


@dataclass(frozen=True)
class DocumentDetail:
    document: DocumentRow
    versions: list[VersionInfo]  # newest first

    def to_json(self) -> dict[str, Any]:
        return {**self.document.to_json(), "versions": [v.to_json() for v in self.versions]}


@dataclass(frozen=True)
class PendingText:
    """A version whose text is still to be extracted."""

    version_id: int
    document_id: int
    sha256: str
    file_name: str


@dataclass
class ExtractReport:
    done: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"done": self.done, "by_status": dict(self.by_status)}


@dataclass(frozen=True)
class Use:
    """A version that refers to a blob."""

    document_id: int
    title: str
    version: int
    file_name: str
    trashed: bool


@dataclass(frozen=True)
class Damage:
    sha256: str
    problem: str  # "damaged" | "missing"
    reason: str
    uses: list[Use]


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    bytes: int
    damaged: list[Damage]
    missing: list[Damage]
    orphans: list[str]  # blobs no version refers to (a crashed add, for instance)
    stray: list[str]

    @property
    def ok(self) -> bool:
        return not self.damaged and not self.missing

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "bytes": self.bytes,
            "damaged": [asdict(d) for d in self.damaged],
            "missing": [asdict(d) for d in self.missing],
            "orphans": list(self.orphans),
            "stray": list(self.stray),
        }


@dataclass(frozen=True)
class CheckOut:
    """A copy of a document handed to another application for editing."""

    document_id: int
    version_id: int  # the version the copy was made from (or last stored as)
    version: int
    sha256: str
    size: int
    mtime_ns: int
    path: Path
    changed: bool = False
    # The copy is gone (the user deleted or moved it).
    missing: bool = False


# --- names, titles, media types, search text -----------------------------------------------


def media_type_of(file_name: str) -> str:
    """The media type of a file by its name (.eml and .msg are mail messages)."""
    ext = os.path.splitext(file_name)[1].lower()
    if ext in MEDIA_TYPES:
        return MEDIA_TYPES[ext]
    guessed, _encoding = mimetypes.guess_type("x" + ext, strict=False)
    return guessed or OCTET_STREAM


def _one_line(text: str, limit: int) -> str:
    """A title as stored: composed (NFC), on one line, without control characters."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) != "Cf"
    )
    return " ".join(text.split())[:limit].strip()


def _eml_subject(path: Path) -> str:
    """The Subject of an .eml file, read from its headers only; "" when there is none."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(EML_HEAD)
    except OSError:
        return ""
    for end in (b"\r\n\r\n", b"\n\n"):
        cut = head.find(end)
        if cut >= 0:
            head = head[:cut]
            break
    try:
        message = BytesHeaderParser(policy=default_policy).parsebytes(head)
        subject = str(message.get("subject") or "")
    except Exception:  # a malformed header is no reason to refuse the file
        return ""
    return _one_line(subject, TITLE_MAX)


def default_title(path: Path, file_name: str) -> str:
    """A document's title when the user gives none: an .eml's Subject, else the file name
    without its extension (an Outlook .msg too: reading its Subject needs an OLE parser)."""
    if file_name.lower().endswith(".eml"):
        subject = _eml_subject(path)
        if subject:
            return subject
    return _title_of_name(file_name)


def _title_of_name(file_name: str) -> str:
    stem = os.path.splitext(file_name)[0].strip() or file_name
    return _one_line(stem, TITLE_MAX) or "Document"


def document_search_text(
    title: str, file_names: Iterable[str], tags: Iterable[str], text: str
) -> str:
    """Folded words of the title, file names, tags and text, each once, in first-seen order
    (words as the search index splits them, see core.search.query_words)."""
    seen: dict[str, None] = {}
    for part in (title, *file_names, *tags, text):
        for word in query_words(part):
            seen.setdefault(word, None)
    return " ".join(seen)


def _clean_text(text: str) -> str:
    # PostgreSQL refuses NUL in text, and PDFs hand it out.
    return text.replace("\x00", "")


# --- reading helpers -----------------------------------------------------------------------


def _live_document(session: Session, document_id: int, *, lock: bool = False) -> Any:
    stmt = select(_document).where(_document.c.id == document_id, _document.c.deleted_at.is_(None))
    if lock:
        # Two workstations adding a version at once (PostgreSQL) take turns on the number.
        stmt = stmt.with_for_update()
    row = session.execute(stmt).first()
    if row is None:
        raise DocumentNotFound(f"Document {document_id} does not exist or is in the trash.")
    return row


def _current_version(session: Session, document_id: int) -> Any:
    return session.execute(
        select(_version)
        .where(_version.c.document_id == document_id)
        .order_by(_version.c.number.desc())
        .limit(1)
    ).first()


def _check_links(session: Session, matter_id: int | None, contact_ids: Sequence[int]) -> None:
    if matter_id is not None:
        found = session.scalar(
            select(_matter.c.id).where(_matter.c.id == matter_id, _matter.c.deleted_at.is_(None))
        )
        if found is None:
            raise RecordNotFound(f"Matter {matter_id} does not exist or is in the trash.")
    if contact_ids:
        found_ids = set(
            session.scalars(
                select(_contact.c.id).where(
                    _contact.c.id.in_(list(contact_ids)), _contact.c.deleted_at.is_(None)
                )
            )
        )
        missing = sorted(set(contact_ids) - found_ids)
        if missing:
            raise RecordNotFound(f"Contact {missing[0]} does not exist or is in the trash.")


def _tags_of(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {i: [] for i in ids}
    rows = session.execute(
        select(document_tag.c.document_id, Tag.name)
        .join(Tag, Tag.id == document_tag.c.tag_id)
        .where(document_tag.c.document_id.in_(list(ids)))
        .order_by(Tag.name)
    )
    for document_id, name in rows:
        out[document_id].append(name)
    return out


def _contacts_of(session: Session, ids: Sequence[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {i: [] for i in ids}
    rows = session.execute(
        select(document_contact.c.document_id, document_contact.c.contact_id)
        .where(document_contact.c.document_id.in_(list(ids)))
        .order_by(document_contact.c.contact_id)
    )
    for document_id, contact_id in rows:
        out[document_id].append(contact_id)
    return out


def _set_tags(session: Session, document_id: int, names: Iterable[str]) -> None:
    session.execute(delete(document_tag).where(document_tag.c.document_id == document_id))
    wanted = {tag_name(n): None for n in names if tag_name(n)}
    for name in wanted:
        tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
        if tag_id is None:
            tag_id = session.execute(insert(Tag).values(name=name)).inserted_primary_key[0]
        session.execute(insert(document_tag).values(document_id=document_id, tag_id=tag_id))


def _set_contacts(session: Session, document_id: int, contact_ids: Iterable[int]) -> None:
    session.execute(delete(document_contact).where(document_contact.c.document_id == document_id))
    for contact_id in dict.fromkeys(contact_ids):
        session.execute(
            insert(document_contact).values(document_id=document_id, contact_id=contact_id)
        )


def refresh_search_text(session: Session, document_id: int) -> str:
    """Recompute a document's ``search_text`` from its title, file names, tags and the
    current version's text; returns it."""
    title = session.scalar(select(_document.c.title).where(_document.c.id == document_id))
    names = session.scalars(
        select(_version.c.file_name)
        .where(_version.c.document_id == document_id)
        .order_by(_version.c.number.desc())
    ).all()
    current = _current_version(session, document_id)
    text = ""
    if current is not None:
        text = (
            session.scalar(
                select(_text.c.text).where(_text.c.version_id == current.id, _text.c.status == "ok")
            )
            or ""
        )
    tags = _tags_of(session, [document_id])[document_id]
    value = document_search_text(title or "", names, tags, text)
    session.execute(
        update(_document).where(_document.c.id == document_id).values(search_text=value)
    )
    return value


def _text_row_for(session: Session, sha256: str) -> dict[str, Any]:
    """A new version's text row: copied from a version with the same content that was
    extracted already (the same bytes give the same text), else pending."""
    known = (
        session.execute(
            select(
                _text.c.status, _text.c.text, _text.c.reason, _text.c.pages, _text.c.extracted_at
            )
            .join(_version, _version.c.id == _text.c.version_id)
            # Not "failed": a failure may have been the file's (damaged, since repaired).
            .where(_version.c.sha256 == sha256, _text.c.status.in_(FINAL_TEXT))
            .order_by(_text.c.extracted_at.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    if known is not None:
        return dict(known)
    return {"status": "pending", "text": "", "reason": "", "pages": None, "extracted_at": None}


def _same_content(session: Session, sha256: str, document_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(_version.c.document_id)
            .distinct()
            .join(_document, _document.c.id == _version.c.document_id)
            .where(
                _version.c.sha256 == sha256,
                _version.c.document_id != document_id,
                _document.c.deleted_at.is_(None),
            )
            .order_by(_version.c.document_id)
        )
    )


def _insert_version(session: Session, document_id: int, number: int, staged: StagedFile) -> int:
    version_id = session.execute(
        insert(_version).values(
            document_id=document_id,
            number=number,
            sha256=staged.sha256,
            size=staged.size,
            file_name=staged.file_name,
            media_type=staged.media_type,
            added_at=utcnow(),
            source_path=staged.source_path,
        )
    ).inserted_primary_key[0]
    session.execute(
        insert(_text).values(version_id=version_id, **_text_row_for(session, staged.sha256))
    )
    return int(version_id)


def _shown_name(path: Path, file_name: str | None) -> str:
    return display_name(file_name if file_name is not None else path.name, FILE_NAME_MAX) or (
        "document"
    )


def _source_path(path: Path) -> str:
    return _clean_text(str(path.absolute()))


# --- adding --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StagedFile:
    """A file already in the store, waiting for its document row (``stage_file``)."""

    sha256: str
    size: int
    deduplicated: bool
    file_name: str  # as shown, never a path
    media_type: str
    default_title: str
    source_path: str | None


# --- where the files live ------------------------------------------------------------

# A firm setting: the folder every workstation keeps the files in (a network share when
# the database is a shared PostgreSQL server). Unset: the profile's own documents/.
FOLDER_KEY = "documents_folder"


def shared_folder(session: Session) -> Path | None:
    """The firm's documents folder when one is set."""
    setting = session.get(FirmSetting, FOLDER_KEY)
    return Path(setting.value) if setting is not None and setting.value else None


def set_shared_folder(session: Session, folder: Path | None) -> Path | None:
    """Keep the firm's files in ``folder`` (None: each profile's own documents/). The
    folder must be absolute and writable from here; files already stored elsewhere are not
    moved (copy the old folder's sha256/ into the new one)."""
    setting = session.get(FirmSetting, FOLDER_KEY)
    if folder is None:
        if setting is not None:
            session.delete(setting)
            session.flush()  # gone for the rest of this unit of work too
        return None
    folder = check_folder(folder)
    if setting is None:
        session.add(FirmSetting(key=FOLDER_KEY, value=str(folder)))
    else:
        setting.value = str(folder)
    return folder


def check_folder(folder: Path) -> Path:
    """``folder`` if it can be the firm's documents folder: a full path this workstation
    can create and write in; else a KnownError saying why."""
    folder = Path(folder)
    if not folder.is_absolute():
        raise KnownError(
            f"The documents folder must be a full path, not “{folder}”.",
            hint="Every workstation must reach it by the same path, e.g. a mapped share.",
        )
    probe = folder / f".smallcrm-write-test-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise KnownError(
            f"Cannot write to the documents folder {folder}: {exc.strerror or exc}."
        ) from exc
    return folder


def store_folder(session: Session, own: Path) -> Path:
    """Where this workstation finds the firm's files: the shared folder, else ``own`` (the
    profile's documents/)."""
    return shared_folder(session) or own


def stage_file(store: DocumentStore, path: Path, *, file_name: str | None = None) -> StagedFile:
    """Put the file into the store: the slow part of adding, with no session open.

    ``file_name`` is the name to show when it differs from the path's (a mail attachment
    saved to a temporary file); it is only ever shown, never used as a path. A staged file
    that never gets its row is an orphan blob, collected later (``collect_orphans``).
    """
    path = Path(path)
    shown = _shown_name(path, file_name)
    blob = store.put(path, name=shown)
    return StagedFile(
        sha256=blob.sha256,
        size=blob.size,
        deduplicated=blob.deduplicated,
        file_name=shown,
        media_type=media_type_of(shown),
        default_title=default_title(path, shown),
        source_path=_source_path(path),
    )


def stage_bytes(store: DocumentStore, data: bytes, file_name: str) -> StagedFile:
    """``stage_file`` for content already in memory (a mail attachment): named
    ``file_name``, which is only ever shown; its default title is the name's stem."""
    shown = _shown_name(Path(file_name), file_name)
    blob = store.put_bytes(data, name=shown)
    return StagedFile(
        sha256=blob.sha256,
        size=blob.size,
        deduplicated=blob.deduplicated,
        file_name=shown,
        media_type=media_type_of(shown),
        default_title=_title_of_name(shown),
        source_path=None,
    )


def add_staged(
    session: Session,
    staged: StagedFile,
    title: str | None = None,
    matter_id: int | None = None,
    contact_ids: Sequence[int] = (),
    tags: Sequence[str] = (),
) -> AddResult:
    """The document row (version 1) of a staged file: the short write."""
    _check_links(session, matter_id, contact_ids)
    title = _one_line(title or "", TITLE_MAX) or staged.default_title
    now = utcnow()
    document_id = session.execute(
        insert(_document).values(
            title=title, matter_id=matter_id, search_text="", created_at=now, updated_at=now
        )
    ).inserted_primary_key[0]
    version_id = _insert_version(session, document_id, 1, staged)
    _set_contacts(session, document_id, contact_ids)
    _set_tags(session, document_id, tags)
    refresh_search_text(session, document_id)
    return _added(session, document_id, version_id, 1, title, staged)


def _added(
    session: Session,
    document_id: int,
    version_id: int,
    number: int,
    title: str,
    staged: StagedFile,
) -> AddResult:
    """What adding ``staged`` as version ``number`` stored."""
    return AddResult(
        document_id=document_id,
        version_id=version_id,
        version=number,
        title=title,
        sha256=staged.sha256,
        size=staged.size,
        file_name=staged.file_name,
        media_type=staged.media_type,
        deduplicated=staged.deduplicated,
        same_content_as=_same_content(session, staged.sha256, document_id),
    )


def add_document(
    session: Session,
    store: DocumentStore,
    path: Path,
    title: str | None = None,
    matter_id: int | None = None,
    contact_ids: Sequence[int] = (),
    tags: Sequence[str] = (),
    *,
    file_name: str | None = None,
) -> AddResult:
    """Store the file at ``path`` as a new document (version 1).

    The blob is written (and fsynced) before the first SQL statement, so a fresh session
    holds no transaction while a big file is copied, and a crash leaves an orphan blob,
    never a row without its file. Same content as another document: one blob, two
    documents. The window's write lane should rather run ``stage_file`` on a worker and
    only ``add_staged`` on the lane.
    """
    staged = stage_file(store, path, file_name=file_name)
    return add_staged(session, staged, title, matter_id, contact_ids, tags)


def add_staged_version(session: Session, document_id: int, staged: StagedFile) -> AddResult:
    """A staged file as the document's newest version; the older versions stay.

    A file equal to the current version adds nothing: the result says ``new_version``
    False and names the current version.
    """
    document = _live_document(session, document_id, lock=True)
    current = _current_version(session, document_id)
    if current is not None and current.sha256 == staged.sha256:
        return AddResult(
            document_id=document_id,
            version_id=current.id,
            version=current.number,
            title=document.title,
            sha256=staged.sha256,
            size=staged.size,
            file_name=current.file_name,
            media_type=current.media_type,
            deduplicated=True,
            new_version=False,
            same_content_as=_same_content(session, staged.sha256, document_id),
        )
    number = (current.number if current is not None else 0) + 1
    version_id = _insert_version(session, document_id, number, staged)
    session.execute(
        update(_document).where(_document.c.id == document_id).values(updated_at=utcnow())
    )
    refresh_search_text(session, document_id)
    return _added(session, document_id, version_id, number, document.title, staged)


def add_version(
    session: Session,
    store: DocumentStore,
    document_id: int,
    path: Path,
    *,
    file_name: str | None = None,
) -> AddResult:
    """Store the file as the document's newest version (``stage_file`` +
    ``add_staged_version``); the older versions stay."""
    staged = stage_file(store, path, file_name=file_name)
    return add_staged_version(session, document_id, staged)


def update_document(
    session: Session,
    document_id: int,
    *,
    title: str | None = None,
    tags: Sequence[str] | None = None,
    matter_id: int | None = KEEP,
    contact_ids: Sequence[int] | None = None,
) -> None:
    """Change what is given: the title, the tags, the matter (None unlinks it), the people."""
    _live_document(session, document_id)
    values: dict[str, Any] = {"updated_at": utcnow()}
    if title is not None:
        cleaned = _one_line(title, TITLE_MAX)
        if not cleaned:
            raise KnownError("A document needs a title.")
        values["title"] = cleaned
    if matter_id is not KEEP:
        _check_links(session, matter_id, ())
        values["matter_id"] = matter_id
    if contact_ids is not None:
        _check_links(session, None, contact_ids)
        _set_contacts(session, document_id, contact_ids)
    if tags is not None:
        _set_tags(session, document_id, tags)
    session.execute(update(_document).where(_document.c.id == document_id).values(**values))
    refresh_search_text(session, document_id)


# --- reading -------------------------------------------------------------------------------


def _filtered(stmt: Any, matter_id: int | None, contact_id: int | None, trashed: bool) -> Any:
    stmt = stmt.where(
        _document.c.deleted_at.is_not(None) if trashed else _document.c.deleted_at.is_(None)
    )
    if matter_id is not None:
        stmt = stmt.where(_document.c.matter_id == matter_id)
    if contact_id is not None:
        stmt = stmt.where(
            _document.c.id.in_(
                select(document_contact.c.document_id).where(
                    document_contact.c.contact_id == contact_id
                )
            )
        )
    return stmt


def _rows(session: Session, documents: Sequence[Any]) -> list[DocumentRow]:
    ids = [d.id for d in documents]
    if not ids:
        return []
    newest = (
        select(_version.c.document_id, func.max(_version.c.number).label("number"))
        .where(_version.c.document_id.in_(ids))
        .group_by(_version.c.document_id)
        .subquery()
    )
    versions = {
        v.document_id: v
        for v in session.execute(
            select(_version, _text.c.status.label("text_status"))
            .join(
                newest,
                and_(
                    newest.c.document_id == _version.c.document_id,
                    newest.c.number == _version.c.number,
                ),
            )
            .outerjoin(_text, _text.c.version_id == _version.c.id)
        )
    }
    tags = _tags_of(session, ids)
    contacts = _contacts_of(session, ids)
    rows = []
    for d in documents:
        v = versions[d.id]
        rows.append(
            DocumentRow(
                id=d.id,
                title=d.title,
                matter_id=d.matter_id,
                tags=tags[d.id],
                contact_ids=contacts[d.id],
                version=v.number,
                version_id=v.id,
                sha256=v.sha256,
                size=v.size,
                file_name=v.file_name,
                media_type=v.media_type,
                text_status=v.text_status or "pending",
                created_at=d.created_at,
                updated_at=d.updated_at,
                deleted_at=d.deleted_at,
            )
        )
    return rows


def list_documents(
    session: Session,
    *,
    matter_id: int | None = None,
    contact_id: int | None = None,
    offset: int = 0,
    limit: int = PAGE,
    trashed: bool = False,
) -> list[DocumentRow]:
    """A page of documents, the newest added first; ``trashed`` lists the trash instead."""
    stmt = _filtered(select(_document), matter_id, contact_id, trashed)
    stmt = stmt.order_by(_document.c.id.desc()).offset(max(offset, 0))
    if limit > 0:
        stmt = stmt.limit(limit)
    return _rows(session, session.execute(stmt).all())


def count_documents(
    session: Session,
    *,
    matter_id: int | None = None,
    contact_id: int | None = None,
    trashed: bool = False,
) -> int:
    stmt = _filtered(select(func.count()).select_from(_document), matter_id, contact_id, trashed)
    return int(session.scalar(stmt) or 0)


def get_document(session: Session, document_id: int, *, trashed: bool = False) -> DocumentDetail:
    """One document with every version, the newest first (``trashed``: also from the trash)."""
    stmt = select(_document).where(_document.c.id == document_id)
    if not trashed:
        stmt = stmt.where(_document.c.deleted_at.is_(None))
    row = session.execute(stmt).first()
    if row is None:
        raise DocumentNotFound(f"Document {document_id} does not exist or is in the trash.")
    versions = [
        VersionInfo(
            id=v.id,
            number=v.number,
            sha256=v.sha256,
            size=v.size,
            file_name=v.file_name,
            media_type=v.media_type,
            added_at=v.added_at,
            source_path=v.source_path,
            text_status=v.status or "pending",
            text_reason=v.reason or "",
        )
        for v in session.execute(
            select(_version, _text.c.status, _text.c.reason)
            .outerjoin(_text, _text.c.version_id == _version.c.id)
            .where(_version.c.document_id == document_id)
            .order_by(_version.c.number.desc())
        )
    ]
    return DocumentDetail(_rows(session, [row])[0], versions)


def search_text_of(session: Session, document_id: int) -> str:
    """The document's ``search_text`` as stored (what full-text search indexes)."""
    return (
        session.scalar(select(_document.c.search_text).where(_document.c.id == document_id)) or ""
    )


def version_text(session: Session, version_id: int) -> str:
    """The text extracted from a version ("" while pending or when it has none)."""
    return session.scalar(select(_text.c.text).where(_text.c.version_id == version_id)) or ""


def version_label(title: str, number: int, file_name: str) -> str:
    """How messages name a version: “Smlouva” (version 2, Smlouva – Novák.docx)."""
    return f"“{title}” (version {number}, {file_name})"


# --- trash ---------------------------------------------------------------------------------


def trash_documents(
    session: Session, document_ids: Iterable[int], label: str = "Move documents to trash"
) -> int:
    """Move documents to the trash; returns the change set that ``restore_documents`` undoes.

    Their files stay in the store: the trash keeps everything until it is emptied.
    """
    ids = list(dict.fromkeys(document_ids))
    for document_id in ids:
        _live_document(session, document_id)
    change = ChangeSet(kind="trash", label=label[:400])
    session.add(change)
    session.flush()
    now = utcnow()
    for seq, document_id in enumerate(ids, 1):
        session.execute(
            update(_document).where(_document.c.id == document_id).values(deleted_at=now)
        )
        session.add(
            ChangeItem(
                change_set_id=change.id,
                seq=seq,
                entity=ENTITY,
                entity_id=document_id,
                action="trash",
            )
        )
    session.flush()
    return int(change.id)


def restore_documents(session: Session, change_set_id: int) -> int:
    """Undo ``trash_documents``: the documents come back; returns how many."""
    change = session.get(ChangeSet, change_set_id)
    if change is None or change.kind != "trash":
        raise KnownError(f"There is no move to the trash {change_set_id} to undo.")
    if any(item.entity != ENTITY for item in change.items):
        raise KnownError(f"Change {change_set_id} is not a move of documents to the trash.")
    if change.undone_at is not None:
        raise KnownError(f"“{change.label}” was already undone.")
    ids = [item.entity_id for item in change.items if item.action == "trash"]
    if ids:
        session.execute(update(_document).where(_document.c.id.in_(ids)).values(deleted_at=None))
    change.undone_at = utcnow()
    return len(ids)


def restore_document(session: Session, document_id: int) -> None:
    """Bring one document back from the trash (the trash view's Restore)."""
    done = session.execute(
        update(_document)
        .where(_document.c.id == document_id, _document.c.deleted_at.is_not(None))
        .values(deleted_at=None)
    )
    if not done.rowcount:
        raise DocumentNotFound(f"Document {document_id} is not in the trash.")


# --- extracted text ------------------------------------------------------------------------


def pending_text(session: Session, limit: int = 20) -> list[PendingText]:
    """Versions whose text is not extracted yet, the oldest first."""
    rows = session.execute(
        select(_version.c.id, _version.c.document_id, _version.c.sha256, _version.c.file_name)
        .join(_text, _text.c.version_id == _version.c.id)
        .where(_text.c.status == "pending")
        .order_by(_version.c.id)
        .limit(limit)
    )
    return [PendingText(*row) for row in rows]


def count_pending_text(session: Session) -> int:
    return int(
        session.scalar(select(func.count()).select_from(_text).where(_text.c.status == "pending"))
        or 0
    )


def store_text(session: Session, version_id: int, extracted: ExtractedLike) -> None:
    """Keep a version's extracted text and refresh its document's search text with it."""
    if extracted.status not in TEXT_STATUSES or extracted.status == "pending":
        raise ValueError(f"not an extraction result: {extracted.status!r}")
    document_id = session.scalar(select(_version.c.document_id).where(_version.c.id == version_id))
    if document_id is None:
        return  # purged meanwhile: nothing left to describe
    values = {
        "status": extracted.status,
        "text": _clean_text(extracted.text or "") if extracted.status == "ok" else "",
        "reason": _clean_text(extracted.reason or "")[:REASON_MAX],
        "pages": extracted.pages,
        "extracted_at": utcnow(),
    }
    done = session.execute(update(_text).where(_text.c.version_id == version_id).values(values))
    if not done.rowcount:
        session.execute(insert(_text).values(version_id=version_id, **values))
    refresh_search_text(session, document_id)


def _extract_one(store: DocumentStore, item: PendingText) -> ExtractedLike:
    from smallcrm.core.documents.extract import extract_text

    what = f"“{item.file_name}” (document {item.document_id})"
    try:
        store.check(item.sha256, what)
    except DamagedFileError as exc:
        return _Extracted("", "failed", exc.message)
    try:
        return extract_text(store.blob_path(item.sha256), item.file_name)
    except Exception as exc:
        # A bug in a reader must not stop every later file; the traceback goes to the log.
        log.exception("extracting the text of version %s failed", item.version_id)
        return _Extracted("", "failed", f"the text could not be read ({type(exc).__name__})")


def extract_pending(database: Database, store: DocumentStore, limit: int = 20) -> ExtractReport:
    """Extract the text of up to ``limit`` pending versions.

    One short session reads the work, the slow reading of files runs with no session
    open, and each result is written in its own short session (ARCHITECTURE rule 3).
    """
    with database.session_scope() as session:
        work = pending_text(session, limit)
    report = ExtractReport()
    for item in work:
        result = _extract_one(store, item)
        with database.session_scope() as session:
            store_text(session, item.version_id, result)
        report.done += 1
        report.by_status[result.status] = report.by_status.get(result.status, 0) + 1
    return report


# --- verifying the store -------------------------------------------------------------------


def referenced_hashes(session: Session) -> set[str]:
    """Every blob some version refers to (documents in the trash too)."""
    return set(session.scalars(select(_version.c.sha256).distinct()))


def uses_of(session: Session, hashes: Iterable[str]) -> dict[str, list[Use]]:
    """The versions that refer to each of ``hashes``."""
    wanted = list(hashes)
    out: dict[str, list[Use]] = {sha: [] for sha in wanted}
    if not wanted:
        return out
    rows = session.execute(
        select(
            _version.c.sha256,
            _version.c.document_id,
            _document.c.title,
            _version.c.number,
            _version.c.file_name,
            _document.c.deleted_at,
        )
        .join(_document, _document.c.id == _version.c.document_id)
        .where(_version.c.sha256.in_(wanted))
        .order_by(_version.c.document_id, _version.c.number)
    )
    for sha, document_id, title, number, file_name, deleted_at in rows:
        out[sha].append(Use(document_id, title, number, file_name, deleted_at is not None))
    return out


def verify_documents(database: Database, store: DocumentStore) -> VerifyReport:
    """Rehash the whole store (no session open meanwhile); report damaged and missing
    blobs with the documents and versions that use them, and the orphans."""
    with database.session_scope() as session:
        referenced = referenced_hashes(session)
    result = store.verify(referenced)
    orphans = store.orphans(referenced)
    problems = result.damaged + result.missing
    with database.session_scope() as session:
        uses = uses_of(session, [p.sha256 for p in problems])

    def damage(problem: Any) -> Damage:
        return Damage(problem.sha256, problem.problem, problem.reason, uses[problem.sha256])

    return VerifyReport(
        checked=result.checked,
        bytes=result.bytes,
        damaged=[damage(p) for p in result.damaged],
        missing=[damage(p) for p in result.missing],
        orphans=orphans,
        stray=result.stray,
    )


def collect_orphans(
    database: Database, store: DocumentStore, older_than: float | None = None
) -> list[str]:
    """Delete blobs no version refers to and nobody touched for ``older_than`` seconds (a
    day by default: a younger one may belong to an add that has not committed yet)."""
    with database.session_scope() as session:
        referenced = referenced_hashes(session)
    if older_than is None:
        return store.remove_orphans(referenced)
    return store.remove_orphans(referenced, older_than)


# --- editing in another application --------------------------------------------------------


def _meta_path(store: DocumentStore, document_id: int) -> Path:
    return store.open_dir / f"{int(document_id)}.json"


def _read_meta(store: DocumentStore, document_id: int) -> dict[str, Any] | None:
    try:
        data = json.loads(_meta_path(store, document_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_meta(store: DocumentStore, document_id: int, data: dict[str, Any]) -> None:
    write_atomically(
        _meta_path(store, document_id), json.dumps(data, ensure_ascii=False).encode("utf-8")
    )


def _copy_folder(store: DocumentStore, document_id: int) -> Path:
    folder = store.open_dir / str(int(document_id))
    # A folder replaced by a link to elsewhere would take the copy with it.
    if folder.is_symlink() or (
        folder.exists() and folder.resolve().parent != store.open_dir.resolve()
    ):
        raise KnownError(f"{folder} is not a folder of SmallCRM's own; remove it and retry.")
    return folder


def _copy_path(store: DocumentStore, meta: dict[str, Any]) -> Path:
    folder = _copy_folder(store, int(meta["document_id"]))
    # The name was made safe when the copy was made; check again, the file is editable.
    return safe_path_in(folder, str(meta["name"]))


def _check_out_of(store: DocumentStore, meta: dict[str, Any]) -> CheckOut:
    path = _copy_path(store, meta)
    base = CheckOut(
        document_id=int(meta["document_id"]),
        version_id=int(meta["version_id"]),
        version=int(meta["version"]),
        sha256=str(meta["sha256"]),
        size=int(meta["size"]),
        mtime_ns=int(meta["mtime_ns"]),
        path=path,
    )
    try:
        info = path.stat()
    except OSError:
        return replace(base, missing=True)
    if info.st_size == base.size and info.st_mtime_ns == base.mtime_ns:
        return base
    # Touched: only a different content counts (an editor may save the same bytes again).
    try:
        sha256, size = hash_file(path)
    except OSError:
        return replace(base, changed=True)
    if sha256 == base.sha256:
        meta = {**meta, "size": size, "mtime_ns": info.st_mtime_ns}
        with contextlib.suppress(KnownError):
            _write_meta(store, base.document_id, meta)  # no rehash next time
        return replace(base, mtime_ns=info.st_mtime_ns)
    return replace(base, changed=True)


def check_out(session: Session, store: DocumentStore, document_id: int) -> Path:
    """A copy of the current version to open in another application, in
    ``documents/open/<id>/<safe file name>`` (the store's own files are never handed out).

    A copy already there is returned as it is when the user changed it (their edits are
    never overwritten) or when it is still the current version.
    """
    _live_document(session, document_id)
    current = _current_version(session, document_id)
    meta = _read_meta(store, document_id)
    if meta is not None:
        existing = _check_out_of(store, meta)
        if not existing.missing and (existing.changed or existing.version_id == current.id):
            return existing.path
    folder = _copy_folder(store, document_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KnownError(f"Cannot create the folder {folder}: {exc.strerror or exc}.") from exc
    path = safe_path_in(folder, current.file_name)
    if meta is not None:
        old = _copy_path(store, meta)
        if old != path:
            old.unlink(missing_ok=True)
    title = session.scalar(select(_document.c.title).where(_document.c.id == document_id))
    store.copy_to(
        current.sha256, path, version_label(title or "", current.number, current.file_name)
    )
    info = path.stat()
    _write_meta(
        store,
        document_id,
        {
            "document_id": int(document_id),
            "version_id": current.id,
            "version": current.number,
            "sha256": current.sha256,
            "size": info.st_size,
            "mtime_ns": info.st_mtime_ns,
            "name": path.name,
        },
    )
    return path


def check_outs(store: DocumentStore) -> list[CheckOut]:
    """Every copy handed out for editing, with whether it changed or went missing."""
    out = []
    for meta_file in sorted(store.open_dir.glob("*.json")):
        if not meta_file.stem.isdigit():
            continue
        meta = _read_meta(store, int(meta_file.stem))
        if meta is None:
            continue
        try:
            out.append(_check_out_of(store, meta))
        except (KeyError, ValueError, KnownError):
            log.warning("ignoring the unreadable check-out record %s", meta_file.name)
    return out


def changed_check_outs(store: DocumentStore) -> list[CheckOut]:
    """The copies the user changed since they were made (offer to store them as versions)."""
    return [c for c in check_outs(store) if c.changed]


def store_check_out(session: Session, store: DocumentStore, document_id: int) -> AddResult:
    """Add the changed copy as the document's newest version; the copy stays open for
    more edits and counts as unchanged from now on."""
    meta = _read_meta(store, document_id)
    if meta is None:
        raise KnownError(f"Document {document_id} is not open for editing.")
    state = _check_out_of(store, meta)
    if state.missing:
        raise KnownError(
            f"The edited copy of document {document_id} is gone: {state.path}.",
            hint="It may have been moved or deleted; open the document again.",
        )
    base_name = session.scalar(
        select(_version.c.file_name).where(_version.c.id == state.version_id)
    )
    # The time before reading: a save while it is read shows as a change next time.
    try:
        info = state.path.stat()
    except OSError as exc:
        raise source_error(exc, state.path) from exc
    result = add_version(session, store, document_id, state.path, file_name=base_name)
    _write_meta(
        store,
        document_id,
        {
            **meta,
            "version_id": result.version_id,
            "version": result.version,
            "sha256": result.sha256,
            "size": result.size,
            "mtime_ns": info.st_mtime_ns,
        },
    )
    return result


def discard_check_out(store: DocumentStore, document_id: int) -> None:
    """Remove the copy made for editing (its changes are lost unless stored before)."""
    meta = _read_meta(store, document_id)
    folder = store.open_dir / str(int(document_id))
    if meta is not None:
        path = _copy_path(store, meta)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise KnownError(
                f"{path.name} cannot be removed: another program has it open.",
                hint="Close it there and try again.",
            ) from exc
    # Editors leave lock and backup files next to the copy ("~$Smlouva.docx").
    shutil.rmtree(folder, ignore_errors=True)
    _meta_path(store, document_id).unlink(missing_ok=True)
