"""`smallcrm SUBCOMMAND`: the admin and script face of the core; no subcommand opens the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from smallcrm import __version__
from smallcrm.core.errors import KnownError

# Heavy modules (SQLAlchemy, Alembic, PySide6, Faker) are imported inside the commands that
# need them: `smallcrm version` and the window's first paint should not pay for the rest.


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On subparsers the defaults are suppressed so `smallcrm --home X demo` is not undone
    # by the subparser's own default.
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--home", metavar="DIR", default=default, help="profile folder (or SMALLCRM_HOME)"
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database URL, e.g. postgresql+psycopg://user@server/firm (or SMALLCRM_DB)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print machine-readable JSON",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smallcrm", description="SmallCRM: the desktop CRM for small law and accounting firms."
    )
    _common(parser, suppress=False)
    parser.add_argument("--lang", metavar="CODE", help="interface language: en cs sk pl hr uk")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> Any:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(func=func)
        return p

    add("version", "print the version and the schema revision this build expects", cmd_version)
    add("gui", "open the main window (the default)", cmd_gui)

    db = sub.add_parser("db", help="database maintenance")
    _common(db, suppress=True)
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, help_text, func in (
        ("upgrade", "back up, then migrate the database to this version", cmd_db_upgrade),
        (
            "current",
            "show the database's schema revision and whether an upgrade is due",
            cmd_db_current,
        ),
    ):
        p = db_sub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(func=func)

    demo = add("demo", "fill the profile with realistic demo contacts and organisations", cmd_demo)
    demo.add_argument("--contacts", type=int, default=1000, metavar="N", help="people to create")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed")

    imp = add("import", "import contacts from vCard or CSV files, or undo an import", cmd_import)
    imp.add_argument("format", choices=("vcard", "csv", "undo"), help="file format, or undo")
    imp.add_argument("files", nargs="+", metavar="FILE", help="files to import (undo: BATCH)")
    imp.add_argument(
        "--on-match",
        choices=("update", "skip"),
        default="update",
        help="what to do with a record matching an existing contact (default: update)",
    )
    imp.add_argument("--country", default="CZ", help="country of numbers without a prefix")

    exp = add("export", "export contacts to a vCard or CSV file", cmd_export)
    exp.add_argument("format", choices=("vcard", "csv"))
    exp.add_argument("out", type=Path, help="file to write")
    exp.add_argument("--vcard-version", choices=("3.0", "4.0"), default="4.0")
    exp.add_argument("--query", default="", help="only contacts matching this search")

    contacts = sub.add_parser("contacts", help="list and show contacts")
    _common(contacts, suppress=True)
    contacts_sub = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    listing = contacts_sub.add_parser("list", help="people and organisations, by name")
    _common(listing, suppress=True)
    listing.add_argument("--query", default="", help="search as in the app (diacritics folded)")
    listing.add_argument("--limit", type=int, default=1000, help="at most N (0: all)")
    listing.set_defaults(func=cmd_contacts_list)
    show = contacts_sub.add_parser("show", help="one contact in full")
    _common(show, suppress=True)
    show.add_argument("id", type=int)
    show.add_argument("--organization", action="store_true", help="ID is an organisation")
    show.set_defaults(func=cmd_contacts_show)

    dedupe = add(
        "dedupe",
        "list likely duplicate contacts with scores and reasons (not those marked as not"
        " duplicates), or mark a pair as not duplicates",
        cmd_dedupe,
    )
    dedupe.add_argument("--limit", type=int, default=0, help="at most N pairs (0: all)")
    dedupe.add_argument("--min-score", type=float, default=None, help="lowest score to list")
    dedupe_sub = dedupe.add_subparsers(
        dest="dedupe_command", metavar="ACTION", help="none: list the likely duplicates"
    )
    for name, help_text, func in (
        ("dismiss", "mark two records as not duplicates: the pair is no longer listed",
         cmd_dedupe_dismiss),
        ("undismiss", "take back a `dismiss`: the pair may be listed again",
         cmd_dedupe_undismiss),
    ):  # fmt: skip
        p = dedupe_sub.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.add_argument("first", type=int, metavar="ID_A", help="an id as `dedupe` lists it")
        p.add_argument("second", type=int, metavar="ID_B", help="the other id, in any order")
        p.add_argument("--organization", action="store_true", help="the IDs are organisations")
        p.set_defaults(func=func)
    dismissed = dedupe_sub.add_parser(
        "dismissed", help="list the pairs marked as not duplicates, the newest first"
    )
    _common(dismissed, suppress=True)
    dismissed.set_defaults(func=cmd_dedupe_dismissed)

    shot = add("screenshot", "render a view offscreen to a PNG file", cmd_screenshot)
    shot.add_argument(
        "view", help="dashboard, contacts, matters, tasks, calendar, documents, mail, about"
    )
    shot.add_argument("out", type=Path, help="PNG file to write")
    shot.add_argument("--size", default="1280x800", metavar="WxH", help="window size")
    shot.add_argument(
        "--lang", metavar="CODE", default=argparse.SUPPRESS, help="interface language"
    )
    return parser


def _emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, default=str) if args.json else text)


def _open(args: argparse.Namespace) -> tuple[Any, Any]:
    from smallcrm.core.db import Database
    from smallcrm.core.logs import setup_logging
    from smallcrm.core.paths import Profile

    profile = Profile.open(args.home, args.db)
    # What an admin runs is in the profile's log too: "send the log file" must mean it.
    setup_logging(profile.logs_dir)
    return profile, Database(profile.url)


def _open_migrated(args: argparse.Namespace) -> tuple[Any, Any]:
    from smallcrm.core import migrate

    profile, database = _open(args)
    migrate.upgrade(profile, database)
    return profile, database


def cmd_version(args: argparse.Namespace) -> int:
    from smallcrm.core import migrate

    data = {
        "version": __version__,
        "schema": migrate.head_revision(),
        "python": sys.version.split()[0],
    }
    _emit(args, data, f"SmallCRM {__version__} (schema {data['schema']})")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from smallcrm.core import migrate

    profile, database = _open(args)
    try:
        result = migrate.upgrade(profile, database)
    finally:
        database.dispose()
    data = {
        "before": result.before,
        "after": result.after,
        "changed": result.changed,
        "backup": str(result.backup) if result.backup else None,
    }
    if result.changed:
        text = f"Upgraded from {result.before or 'an empty database'} to {result.after}."
        if result.backup:
            text += f" Backup: {result.backup}"
    else:
        text = f"Already at {result.after}; nothing to do."
    _emit(args, data, text)
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    from smallcrm.core import migrate
    from smallcrm.core.db import redact_url

    profile, database = _open(args)
    try:
        if profile.is_sqlite and not profile.database_path.exists():
            current = None  # asking must not create an empty database file
        else:
            current = migrate.current_revision(database.engine)
    except Exception as exc:
        from smallcrm.core.db import translate_error

        known = translate_error(exc)
        if known is None:
            raise
        raise known from exc
    finally:
        database.dispose()
    head = migrate.head_revision()
    data = {
        "current": current,
        "head": head,
        "pending": current != head,
        "database": redact_url(database.url),
    }
    state = "up to date" if current == head else f"upgrade due to {head}"
    _emit(args, data, f"{current or 'empty'} ({state})")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from smallcrm.core.demo import fill_demo, require_faker

    if args.contacts < 0:
        raise KnownError("--contacts must be zero or more.")
    require_faker()  # before the profile is created or migrated
    profile, database = _open_migrated(args)
    try:
        result = fill_demo(database, contacts=args.contacts, seed=args.seed)
    finally:
        database.dispose()
    _emit(
        args,
        {
            "contacts": result.contacts,
            "organizations": result.organizations,
            "seconds": result.seconds,
        },
        f"Created {result.contacts} contacts and {result.organizations} organisations "
        f"in {result.seconds:.1f} s in {profile.home}",
    )
    return 0


def _read_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise KnownError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def cmd_import(args: argparse.Namespace) -> int:
    from smallcrm.core.services.address_book import undo

    if args.format == "undo":
        if len(args.files) != 1 or not args.files[0].isdigit():
            raise KnownError("Give the batch number to undo, e.g. `smallcrm import undo 12`.")
        _profile, database = _open_migrated(args)
        try:
            with database.session_scope() as session:
                count = undo(session, int(args.files[0]))
        finally:
            database.dispose()
        _emit(args, {"batch": int(args.files[0]), "undone": count}, f"Undid {count} changes.")
        return 0

    from smallcrm.core.interop.csv_contacts import parse_csv
    from smallcrm.core.interop.vcard import parse_vcards
    from smallcrm.core.services.importer import import_records

    parse = parse_vcards if args.format == "vcard" else parse_csv
    records, problems = [], []
    for name in args.files:  # parsed before the database is opened: no session waits on it
        result = parse(_read_file(name), source=name)
        records += result.records
        problems += result.problems
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            report = import_records(
                session,
                records,
                source=", ".join(args.files),
                on_match=args.on_match,
                default_country=args.country.upper(),
                problems=problems,
            )
    finally:
        database.dispose()
    _emit(
        args,
        report.as_json(),
        f"Imported {report.imported}, updated {report.updated}, unchanged {report.unchanged},"
        f" skipped {len(report.skipped)}"
        f" (batch {report.batch}; `smallcrm import undo {report.batch}` takes it back)."
        + "".join(f"\n  {p.file}:{p.line}: {p.reason}" for p in report.skipped),
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from smallcrm.core.services.address_book import record_of
    from smallcrm.core.services.contacts import search_refs

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            records = [record_of(session, ref) for ref in search_refs(session, args.query)]
    finally:
        database.dispose()
    if args.format == "vcard":
        from smallcrm.core.interop.vcard import emit_vcards

        data = emit_vcards(records, version=args.vcard_version).encode("utf-8")
    else:
        from smallcrm.core.interop.csv_contacts import write_csv

        data = write_csv(records)
    tmp = args.out.with_name(args.out.name + ".part")
    try:  # written whole or not at all
        tmp.write_bytes(data)
        tmp.replace(args.out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(f"Cannot write {args.out}: {exc.strerror or exc}.") from exc
    _emit(
        args,
        {"exported": len(records), "file": str(args.out)},
        f"Exported {len(records)} contacts to {args.out}",
    )
    return 0


def cmd_contacts_list(args: argparse.Namespace) -> int:
    from smallcrm.core.services.address_book import contact_json
    from smallcrm.core.services.contacts import search_refs

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            refs = search_refs(session, args.query, args.limit or None)
            items = [contact_json(session, ref) for ref in refs]
    finally:
        database.dispose()
    if args.json:
        print(json.dumps(items, ensure_ascii=False))
    else:
        for item in items:
            email = item["emails"][0]["value"] if item["emails"] else ""
            print(f"{item['id']:>7}  {item['kind'][:3]}  {item['display_name']}  {email}")
    return 0


def cmd_contacts_show(args: argparse.Namespace) -> int:
    from smallcrm.core.services.address_book import Ref, contact_json

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            kind = "organization" if args.organization else "person"
            item = contact_json(session, Ref(kind, args.id))
    finally:
        database.dispose()
    text = "\n".join(f"{key}: {value}" for key, value in item.items() if value)
    _emit(args, item, text)
    return 0


def cmd_dedupe(args: argparse.Namespace) -> int:
    from smallcrm.core.services.duplicates import MIN_SCORE, find_duplicates

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            pairs = find_duplicates(
                session,
                limit=args.limit or None,
                min_score=MIN_SCORE if args.min_score is None else args.min_score,
            )
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([pair.as_json() for pair in pairs], ensure_ascii=False))
    else:
        for pair in pairs:
            print(
                f"{pair.score:>3}  {pair.kind[:3]}  {pair.first_id}:{pair.first_name}"
                f"  ~  {pair.second_id}:{pair.second_name}  ({'; '.join(pair.reasons)})"
            )
    return 0


def _dedupe_mark(args: argparse.Namespace, dismiss: bool) -> int:
    from smallcrm.core.services.duplicates import dismiss_pair, undismiss_pair

    kind = "organization" if args.organization else "person"
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            mark = dismiss_pair if dismiss else undismiss_pair
            changed = mark(session, kind, args.first, args.second)
    finally:
        database.dispose()
    first, second = sorted((args.first, args.second))
    what = "organisations" if args.organization else "contacts"
    if dismiss:
        state = "marked" if changed else "were already marked"
        text = f"{what.capitalize()} {first} and {second} {state} as not duplicates."
    elif changed:
        text = f"{what.capitalize()} {first} and {second} may be listed as duplicates again."
    else:
        text = f"{what.capitalize()} {first} and {second} were not marked as not duplicates."
    data = {
        "kind": kind,
        "first": first,
        "second": second,
        "dismissed": dismiss,
        "changed": changed,
    }
    _emit(args, data, text)
    return 0


def cmd_dedupe_dismiss(args: argparse.Namespace) -> int:
    return _dedupe_mark(args, dismiss=True)


def cmd_dedupe_undismiss(args: argparse.Namespace) -> int:
    return _dedupe_mark(args, dismiss=False)


def cmd_dedupe_dismissed(args: argparse.Namespace) -> int:
    from smallcrm.core.services.duplicates import dismissed_pairs

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            pairs = dismissed_pairs(session)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([pair.as_json() for pair in pairs], ensure_ascii=False))
    else:
        for pair in pairs:
            print(
                f"{pair.dismissed_at:%Y-%m-%d}  {pair.kind[:3]}  {pair.first_id}:{pair.first_name}"
                f"  ~  {pair.second_id}:{pair.second_name}"
            )
    return 0


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise KnownError(f"--size {text!r} is not WIDTHxHEIGHT, e.g. 1280x800.") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise KnownError(f"--size {text!r} is out of range (200 to 8000 pixels each way).")
    return width, height


def cmd_screenshot(args: argparse.Namespace) -> int:
    size = _parse_size(args.size)
    # Screenshots never need a screen; the offscreen platform works on headless machines.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from smallcrm.gui.app import create_application, prepare_profile
    from smallcrm.gui.screenshot import render_view

    app = create_application(["smallcrm"], language=args.lang)
    profile, database = prepare_profile(args.home, args.db)
    try:
        out = render_view(profile, database, args.view, args.out, size)
    except ValueError as exc:
        raise KnownError(str(exc)) from exc
    finally:
        database.dispose()
    del app
    _emit(args, {"view": args.view, "file": str(out), "size": list(size)}, f"Wrote {out}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from smallcrm.gui.app import run

    return run(home=args.home, db_url=args.db, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except KnownError as exc:
        if getattr(args, "json", False):
            print(json.dumps({"error": exc.message, "hint": exc.hint}, ensure_ascii=False))
        else:
            print(f"smallcrm: {exc.message}", file=sys.stderr)
            if exc.hint:
                print(f"  {exc.hint}", file=sys.stderr)
        return 2


def main_gui() -> int:
    """Entry of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:] or ["gui"])
