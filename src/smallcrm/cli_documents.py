"""`smallcrm documents add|list|verify|extract`: the document store's command-line face."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from smallcrm.core.errors import KnownError


def register(sub: Any, add: Callable[..., Any]) -> None:
    """Add the documents subcommands to the top-level parser."""
    from smallcrm.cli import _common

    documents = sub.add_parser("documents", help="add, list and verify stored documents")
    _common(documents, suppress=True)
    actions = documents.add_subparsers(dest="documents_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> Any:
        p = actions.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(func=func)
        return p

    adding = action("add", "store files as documents (identical content is kept once)", cmd_add)
    adding.add_argument("files", nargs="+", metavar="FILE", help="files to store")
    adding.add_argument("--matter", type=int, metavar="ID", help="file them on a matter")
    adding.add_argument(
        "--contact", type=int, action="append", default=[], metavar="ID", help="link a person"
    )
    adding.add_argument("--title", help="the title (one FILE only; default: from the file)")
    adding.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag")

    listing = action("list", "documents, the newest added first", cmd_list)
    listing.add_argument("--matter", type=int, metavar="ID", help="only this matter's")
    listing.add_argument("--contact", type=int, metavar="ID", help="only those linked to a person")
    listing.add_argument("--limit", type=int, default=100, help="at most N (0: all)")
    listing.add_argument("--offset", type=int, default=0, help="skip the first N")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")

    action(
        "verify",
        "rehash every stored file and report damaged or missing ones (exit status 1 if any)",
        cmd_verify,
    )

    extract = action("extract", "extract the text of documents waiting for it", cmd_extract)
    extract.add_argument("--limit", type=int, default=100, help="at most N versions")

    folder = action(
        "folder",
        "show or set the folder every workstation keeps the firm's files in (a share for a"
        " shared database)",
        cmd_folder,
    )
    folder.add_argument("path", nargs="?", help="a full path; omit to show the current one")
    folder.add_argument("--unset", action="store_true", help="back to each profile's own")


def _store(profile: Any, database: Any) -> Any:
    """The firm's store: its shared folder when one is set, else this profile's."""
    from smallcrm.core.documents.store import DocumentStore
    from smallcrm.core.services.documents import store_folder

    with database.session_scope() as session:
        return DocumentStore.at(store_folder(session, profile.documents_dir))


def _mb(size: int) -> str:
    return f"{size / (1 << 20):.1f} MB"


def cmd_add(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import documents

    paths = [Path(name) for name in args.files]
    if args.title is not None and len(paths) > 1:
        raise KnownError("--title names one document: give one FILE with it.")
    # Every file is looked at before any is stored: a typo does not leave half the batch in.
    for path in paths:
        if not path.is_file():
            what = "is a folder, not a file" if path.is_dir() else "does not exist"
            raise KnownError(f"{path} {what}.", hint="Nothing was stored.")
    profile, database = _open_migrated(args)
    store = _store(profile, database)
    added = []
    try:
        for path in paths:
            # One unit of work per file: a big file does not hold the others' transaction.
            with database.session_scope() as session:
                result = documents.add_document(
                    session,
                    store,
                    path,
                    title=args.title,
                    matter_id=args.matter,
                    contact_ids=args.contact,
                    tags=args.tag,
                )
            added.append(result)
    finally:
        database.dispose()
    data = {
        "documents": [
            {"id": r.document_id, **{k: v for k, v in r.to_json().items() if k != "document_id"}}
            for r in added
        ]
    }
    lines = [
        f"{r.document_id}: {r.title} ({r.file_name}, {_mb(r.size)})"
        + (" — the same content was stored already" if r.deduplicated else "")
        for r in added
    ]
    _emit(args, data, "\n".join(lines))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import documents

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            rows = documents.list_documents(
                session,
                matter_id=args.matter,
                contact_id=args.contact,
                offset=args.offset,
                limit=args.limit,
                trashed=args.trash,
            )
            total = documents.count_documents(
                session, matter_id=args.matter, contact_id=args.contact, trashed=args.trash
            )
    finally:
        database.dispose()
    lines = [
        f"{r.id}: {r.title}  v{r.version}  {r.file_name}  {_mb(r.size)}"
        + (f"  [{', '.join(r.tags)}]" if r.tags else "")
        for r in rows
    ]
    _emit(
        args,
        {"total": total, "documents": [r.to_json() for r in rows]},
        "\n".join(lines) or "No documents.",
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import documents

    profile, database = _open_migrated(args)
    try:
        report = documents.verify_documents(database, _store(profile, database))
    finally:
        database.dispose()
    lines = [f"Checked {report.checked} stored files ({_mb(report.bytes)})."]
    for damage in report.damaged + report.missing:
        used = ", ".join(
            f"document {u.document_id} “{u.title}” version {u.version}"
            + (" (in the trash)" if u.trashed else "")
            for u in damage.uses
        )
        lines.append(f"{damage.problem}: {damage.sha256}: {damage.reason}; used by {used or '—'}")
    if report.ok:
        lines.append("Every file is intact.")
    if report.orphans:
        lines.append(f"{len(report.orphans)} stored files belong to no document.")
    _emit(args, report.to_json(), "\n".join(lines))
    return 0 if report.ok else 1


def cmd_extract(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import documents

    if args.limit < 1:
        raise KnownError("--limit must be 1 or more.")
    profile, database = _open_migrated(args)
    try:
        report = documents.extract_pending(database, _store(profile, database), limit=args.limit)
        with database.session_scope() as session:
            left = documents.count_pending_text(session)
    finally:
        database.dispose()
    data = {**report.to_json(), "pending": left}
    counts = ", ".join(f"{n} {status}" for status, n in sorted(report.by_status.items()))
    _emit(args, data, f"Extracted {report.done} ({counts or 'nothing to do'}); {left} waiting.")
    return 0


def cmd_folder(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import documents

    profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            if args.unset:
                documents.set_shared_folder(session, None)
            elif args.path:
                documents.set_shared_folder(session, Path(args.path).expanduser())
            shared = documents.shared_folder(session)
            folder = documents.store_folder(session, profile.documents_dir)
    finally:
        database.dispose()
    shared_db = not database.is_sqlite
    data = {"folder": str(folder), "shared": shared is not None, "shared_database": shared_db}
    text = f"{folder} ({'shared by the firm' if shared else 'this profile only'})"
    if shared_db and shared is None:
        text += (
            "\nThe database is shared but the files are not: set a folder every workstation"
            " reaches, e.g. `smallcrm documents folder //server/smallcrm-documents`."
        )
    _emit(args, data, text)
    return 0
