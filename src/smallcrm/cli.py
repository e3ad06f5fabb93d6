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
from smallcrm.core.db import writing
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
    help_text = "show or set the alphabet lists sort names in (en, cs, sk, pl, hr, uk)"
    p = db_sub.add_parser("collation", help=help_text, description=help_text)
    _common(p, suppress=True)
    p.add_argument("language", nargs="?", help="the firm's language; names are sorted again")
    p.set_defaults(func=cmd_db_collation)

    demo = add(
        "demo",
        "fill the profile with realistic demo contacts, organisations, matters and timelines",
        cmd_demo,
    )
    demo.add_argument("--contacts", type=int, default=1000, metavar="N", help="people to create")
    demo.add_argument(
        "--matters", type=int, default=None, metavar="N", help="matters (default: contacts / 5)"
    )
    demo.add_argument(
        "--busy-activities",
        type=int,
        default=5000,
        metavar="N",
        help="give one person exactly N activities, for long timelines (0: nobody; default 5000)",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed")

    imp = add(
        "import",
        "import contacts (vCard, CSV) or calendars (.ics), or undo a contacts import",
        cmd_import,
    )
    imp.add_argument("format", choices=("vcard", "csv", "ics", "undo"), help="file format, or undo")
    imp.add_argument("files", nargs="+", metavar="FILE", help="files to import (undo: BATCH)")
    imp.add_argument(
        "--on-match",
        choices=("update", "skip"),
        default="update",
        help="what to do with a record matching an existing contact (default: update)",
    )
    imp.add_argument("--country", default="CZ", help="country of numbers without a prefix")
    imp.add_argument("--matter", type=int, metavar="ID", help="ics: file the events on a matter")

    exp = add("export", "export contacts (vCard, CSV) or the calendar (.ics) to a file", cmd_export)
    exp.add_argument("format", choices=("vcard", "csv", "ics"))
    exp.add_argument("out", type=Path, help="file to write")
    exp.add_argument("--vcard-version", choices=("3.0", "4.0"), default="4.0")
    exp.add_argument("--query", default="", help="only contacts matching this search")
    exp.add_argument("--matter", type=int, metavar="ID", help="ics: only this matter's")

    from smallcrm import cli_calendar, cli_documents, cli_mail, cli_search

    cli_calendar.register(sub, add)
    cli_documents.register(sub, add)
    cli_mail.register(sub, add)
    cli_search.register(sub, add)

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

    _matters_parser(sub)
    _conflicts_parser(sub)

    follow = add(
        "followup", "remind me to contact a person, organisation or matter in N days", cmd_followup
    )
    whom = follow.add_mutually_exclusive_group(required=True)
    whom.add_argument("--contact", type=int, metavar="ID", help="a person")
    whom.add_argument("--organization", type=int, metavar="ID", help="an organisation")
    whom.add_argument("--matter", type=int, metavar="ID", help="a matter")
    follow.add_argument("--days", type=int, required=True, metavar="N", help="due in N days")
    follow.add_argument("--title", default="", help="default: “Follow up: NAME”")

    log = add("log", "log a call, meeting or note on the timeline", cmd_log)
    log.add_argument("kind", choices=("call", "meeting", "note"))
    log.add_argument("--contact", type=int, action="append", default=[], metavar="ID")
    log.add_argument("--organization", type=int, action="append", default=[], metavar="ID")
    log.add_argument("--matter", type=int, metavar="ID")
    log.add_argument("--subject", default="")
    log.add_argument("--body", help="text (Markdown)")
    log.add_argument("--direction", choices=("in", "out"), help="a call: incoming or outgoing")
    log.add_argument("--minutes", type=int, metavar="N", help="how long it took")
    log.add_argument("--outcome")
    log.add_argument("--at", metavar="WHEN", help="when, e.g. 2026-11-23T14:30 (default: now)")

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


def _matters_parser(sub: Any) -> None:
    matters = sub.add_parser("matters", help="add, list, show and move matters")
    _common(matters, suppress=True)
    actions = matters.add_subparsers(dest="matters_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> Any:
        p = actions.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(func=func)
        return p

    add = action("add", "open a matter, numbered from the firm's pattern", cmd_matters_add)
    add.add_argument("--title", required=True)
    add.add_argument("--type", metavar="TYPE", help="matter type by key (litigation) or name")
    add.add_argument(
        "--stage", metavar="STAGE", help="stage by key or name (default: the first intake stage)"
    )
    add.add_argument("--responsible", metavar="NAME", help="who in the firm answers for it")
    add.add_argument("--notes")
    roles = ", ".join(PARTY_ROLE_WORDS)
    add.add_argument(
        "--party",
        action="append",
        default=[],
        metavar="CONTACT_ID:ROLE",
        help=f"a person in the matter (repeatable); roles: {roles}",
    )
    add.add_argument(
        "--party-org",
        action="append",
        default=[],
        metavar="ORG_ID:ROLE",
        help="an organisation in the matter (repeatable)",
    )

    listing = action("list", "matters, the newest opened first", cmd_matters_list)
    listing.add_argument("--query", default="", help="number, title or a party's name")
    listing.add_argument("--stage", metavar="STAGE", help="only this stage (key or name)")
    listing.add_argument("--type", metavar="TYPE", help="only this type (key or name)")
    listing.add_argument("--open", action="store_true", help="only open matters")
    listing.add_argument("--limit", type=int, default=1000, help="at most N (0: all)")

    show = action("show", "one matter: parties, stage and timeline", cmd_matters_show)
    show.add_argument("id", type=int)
    show.add_argument("--limit", type=int, default=20, help="timeline entries, newest first")

    move = action("move", "put a matter in another stage", cmd_matters_move)
    move.add_argument("id", type=int)
    move.add_argument("stage", help="stage by key or name")


# The roles a party has, as the command line takes them (stored with "_").
PARTY_ROLE_WORDS = (
    "client", "opposing_party", "opposing_counsel", "witness", "authority", "related",
)  # fmt: skip


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


def cmd_db_collation(args: argparse.Namespace) -> int:
    from smallcrm.core.collation import LANGUAGES
    from smallcrm.core.services.name_order import firm_language, set_firm_language

    wanted = (args.language or "").strip().lower() or None
    if wanted is not None and wanted not in LANGUAGES:
        raise KnownError(
            f"SmallCRM does not know the alphabet of “{args.language}”.",
            hint=f"Use one of {', '.join(LANGUAGES)}.",
        )
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            changed = 0 if wanted is None else set_firm_language(session, wanted)
            language = firm_language(session)
    finally:
        database.dispose()
    data = {"language": language, "changed": changed}
    text = f"Names are sorted in the {language} alphabet."
    if wanted is not None:
        text += f" {changed} names sorted again."
    _emit(args, data, text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from smallcrm.core.demo import fill_demo, require_faker

    for option, value in (
        ("--contacts", args.contacts),
        ("--matters", args.matters),
        ("--busy-activities", args.busy_activities),
    ):
        if value is not None and value < 0:
            raise KnownError(f"{option} must be zero or more.")
    if args.matters and not args.contacts:
        raise KnownError("Demo matters need people for clients.", hint="Give --contacts too.")
    require_faker()  # before the profile is created or migrated
    profile, database = _open_migrated(args)
    try:
        result = fill_demo(
            database,
            contacts=args.contacts,
            seed=args.seed,
            matters=args.matters,
            busy_activities=args.busy_activities,
            calendar=True,
        )
    finally:
        database.dispose()
    text = (
        f"Created {result.contacts} contacts, {result.organizations} organisations, "
        f"{result.matters} matters ({result.parties} parties), {result.activities} activities, "
        f"{result.correspondents} e-mail correspondents, {result.events} events, "
        f"{result.series} series, {result.tasks} tasks and {result.deadlines} deadlines "
        f"in {result.seconds:.1f} s in {profile.home}"
    )
    if result.busy_contact:
        text += (
            f"\nContact {result.busy_contact} ({result.busy_name}) has "
            f"{result.busy_activities} activities."
        )
    _emit(args, asdict(result), text)
    return 0


def _read_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise KnownError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def cmd_import(args: argparse.Namespace) -> int:
    from smallcrm.core.services.address_book import undo

    if args.format == "ics":
        from smallcrm.cli_calendar import import_ics_files

        return import_ics_files(args)
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
    if args.format == "ics":
        from smallcrm.cli_calendar import export_ics_file

        return export_ics_file(args)
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
    from smallcrm.core.files import write_atomically

    write_atomically(args.out, data)
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


# --- matters, follow-ups, the timeline ---------------------------------------------------


def _pick(kind: str, wanted: str, entries: list[Any]) -> Any:
    """A stage or matter type by key, name (diacritics and case folded) or id."""
    from smallcrm.core.text import fold

    text = fold(wanted.strip())
    for entry in entries:
        if text in (fold(entry.key or ""), fold(entry.name)) or text == str(entry.id):
            return entry
    known = ", ".join(e.key or e.name for e in entries)
    raise KnownError(f"There is no {kind} “{wanted}”.", hint=f"Known: {known}.")


def _party_specs(values: list[str], option: str, kind: str) -> list[tuple[Any, str]]:
    from smallcrm.core.services.address_book import Ref

    out = []
    for value in values:
        record, colon, role = value.partition(":")
        if not colon or not record.strip().isdigit():
            raise KnownError(
                f"{option} {value}: give ID:ROLE, e.g. {option} 12:client.",
                hint=f"Roles: {', '.join(PARTY_ROLE_WORDS)}.",
            )
        role = role.strip().lower().replace("-", "_")
        if role not in PARTY_ROLE_WORDS:
            raise KnownError(
                f"{option} {value}: unknown role “{role}”.",
                hint=f"Roles: {', '.join(PARTY_ROLE_WORDS)}.",
            )
        out.append((Ref(kind, int(record)), role))
    return out


def _stage_json(stage: Any) -> dict[str, Any]:
    return {"id": stage.id, "key": stage.key, "name": stage.name, "phase": stage.phase}


def _type_json(kind: Any) -> dict[str, Any] | None:
    return None if kind is None else {"id": kind.id, "key": kind.key, "name": kind.name}


def _matter_json(session: Any, matter_id: int) -> dict[str, Any]:
    from smallcrm.core.services import matters

    detail = matters.matter_detail(session, matter_id)
    stage = {s.id: s for s in matters.stages(session, include_archived=True)}[detail.stage_id]
    kinds = {t.id: t for t in matters.matter_types(session, include_archived=True)}
    return {
        "id": detail.id,
        "number": detail.number,
        "title": detail.title,
        "type": _type_json(kinds.get(detail.type_id)),
        "stage": _stage_json(stage),
        "open": stage.phase in ("intake", "engaged"),
        "responsible": detail.responsible,
        "opened_on": detail.opened_on.isoformat(),
        "closed_on": detail.closed_on.isoformat() if detail.closed_on else None,
        "stage_since": detail.stage_since.isoformat(),
        "notes": detail.notes,
        "parties": [
            {
                "party_id": p.id,
                "kind": p.ref.kind,
                "id": p.ref.id,
                "name": p.name,
                "role": p.role,
                "note": p.note,
                "deleted": p.deleted,
            }
            for p in detail.parties
        ],
    }


def _timeline_json(item: Any) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind,
        "occurred_at": item.occurred_at.isoformat(),
        "subject": item.subject,
        "body": item.body,
        "direction": item.direction,
        "duration_minutes": item.duration_minutes,
        "outcome": item.outcome,
        "matter_id": item.matter_id,
        "matter_number": item.matter_number,
        "people": [{"id": i, "name": n} for i, n in item.people],
        "organizations": [{"id": i, "name": n} for i, n in item.organizations],
    }


def _matter_text(data: dict[str, Any]) -> str:
    lines = [
        f"{data['number']}  {data['title']}",
        f"stage: {data['stage']['name']}" + ("" if data["open"] else f" ({data['closed_on']})"),
        f"opened: {data['opened_on']}",
    ]
    if data["type"]:
        lines.append(f"type: {data['type']['name']}")
    if data["responsible"]:
        lines.append(f"responsible: {data['responsible']}")
    lines += [f"{p['role']}: {p['name']} ({p['kind']} {p['id']})" for p in data["parties"]]
    for item in data.get("timeline", []):
        lines.append(f"  {item['occurred_at'][:16]}  {item['kind']:<7} {item['subject']}")
    return "\n".join(lines)


def cmd_matters_add(args: argparse.Namespace) -> int:
    from smallcrm.core.services import matters

    parties = _party_specs(args.party, "--party", "person") + _party_specs(
        args.party_org, "--party-org", "organization"
    )
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:  # all of it or, on any error, nothing
            stage = _pick("stage", args.stage, matters.stages(session)) if args.stage else None
            kind = (
                _pick("matter type", args.type, matters.matter_types(session))
                if args.type
                else None
            )
            matter_id = matters.create_matter(
                session,
                matters.MatterInput(
                    title=args.title,
                    type_id=kind.id if kind else None,
                    stage_id=stage.id if stage else None,
                    responsible=args.responsible,
                    notes=args.notes,
                ),
                parties,
            )
            data = _matter_json(session, matter_id)
    finally:
        database.dispose()
    _emit(args, data, _matter_text(data))
    return 0


def cmd_matters_list(args: argparse.Namespace) -> int:
    from smallcrm.core.services import matters

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            all_stages = matters.stages(session, include_archived=True)
            all_types = matters.matter_types(session, include_archived=True)
            stage = _pick("stage", args.stage, all_stages) if args.stage else None
            kind = _pick("matter type", args.type, all_types) if args.type else None
            ids = matters.list_matter_ids(
                session,
                matters.MatterQuery(
                    text=args.query,
                    stage_id=stage.id if stage else None,
                    type_id=kind.id if kind else None,
                    open_only=args.open,
                ),
            )
            rows = matters.matter_rows(session, ids[: args.limit] if args.limit else ids)
    finally:
        database.dispose()
    stages_by_id = {s.id: s for s in all_stages}
    types_by_id = {t.id: t for t in all_types}
    items = [
        {
            "id": r.id,
            "number": r.number,
            "title": r.title,
            "type": _type_json(types_by_id.get(r.type_id)),
            "stage": _stage_json(stages_by_id[r.stage_id]),
            "responsible": r.responsible,
            "opened_on": r.opened_on.isoformat(),
            "closed_on": r.closed_on.isoformat() if r.closed_on else None,
            "clients": r.clients,
        }
        for r in rows
    ]
    if args.json:
        print(json.dumps(items, ensure_ascii=False))
    else:
        for item in items:
            print(
                f"{item['id']:>7}  {item['number']:<12} {item['stage']['name']:<16}"
                f" {item['title']}" + (f"  ({item['clients']})" if item["clients"] else "")
            )
    return 0


def cmd_matters_show(args: argparse.Namespace) -> int:
    from smallcrm.core.services import timeline

    if args.limit < 0:
        raise KnownError("--limit must be zero or more.")
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            data = _matter_json(session, args.id)
            items = timeline.timeline(session, args.id, limit=args.limit) if args.limit else []
            data["timeline"] = [_timeline_json(item) for item in items]
    finally:
        database.dispose()
    _emit(args, data, _matter_text(data))
    return 0


def cmd_matters_move(args: argparse.Namespace) -> int:
    from smallcrm.core.services import matters

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            stage = _pick("stage", args.stage, matters.stages(session))
            activity_id = matters.move_stage(session, args.id, stage.id)
            data = _matter_json(session, args.id)
    finally:
        database.dispose()
    data["moved"] = activity_id is not None
    data["activity_id"] = activity_id
    where = f"{data['number']} is in {stage.name}"
    _emit(args, data, f"{where} now." if activity_id else f"{where} already.")
    return 0


def cmd_followup(args: argparse.Namespace) -> int:
    from smallcrm.core.services import tasks
    from smallcrm.core.services.address_book import Ref

    if args.contact is not None:
        ref: Any = Ref("person", args.contact)
    elif args.organization is not None:
        ref = Ref("organization", args.organization)
    else:
        ref = None
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            task_id = tasks.follow_up(
                session, args.days, ref=ref, matter_id=args.matter, title=args.title.strip()
            )
            owner = ref if ref is not None else args.matter
            row = next(t for t in tasks.tasks_of(session, owner) if t.id == task_id)
    finally:
        database.dispose()
    data = {
        "task_id": row.id,
        "kind": row.kind,
        "title": row.title,
        "due_on": row.due_on.isoformat() if row.due_on else None,
        "remind_at": row.remind_at.isoformat() if row.remind_at else None,
        "matter_id": row.matter_id,
        "people": [{"id": i, "name": n} for i, n in row.people],
        "organizations": [{"id": i, "name": n} for i, n in row.organizations],
    }
    _emit(args, data, f"“{row.title}” is due on {data['due_on']}.")
    return 0


def _when(text: str | None) -> Any:
    from datetime import datetime

    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise KnownError(f"--at {text!r} is not a date and time, e.g. 2026-11-23T14:30.") from None
    return value if value.tzinfo else value.astimezone()  # a wall-clock time here


def cmd_log(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from smallcrm.core.services import timeline
    from smallcrm.core.services.address_book import Ref

    if args.minutes is not None and args.minutes < 0:
        raise KnownError("--minutes must be zero or more.")
    when = _when(args.at) or datetime.now(UTC)
    data_in = timeline.ActivityInput(
        kind=args.kind,
        subject=args.subject,
        body=args.body,
        occurred_at=when,
        direction=args.direction,
        duration_minutes=args.minutes,
        outcome=args.outcome,
        matter_id=args.matter,
        people=args.contact,
        organizations=args.organization,
    )
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            activity_id = timeline.log_activity(session, data_in)
            if args.contact:
                owner: Any = Ref("person", args.contact[0])
            elif args.organization:
                owner = Ref("organization", args.organization[0])
            else:
                owner = args.matter
            # Read back as the timeline shows it: the page that starts with this entry.
            (item,) = timeline.timeline(session, owner, before=(when, activity_id + 1), limit=1)
    finally:
        database.dispose()
    data = _timeline_json(item)
    _emit(args, data, f"Logged {item.kind} {item.id}: {item.subject or '(no subject)'}")
    return 0


# --- conflicts -------------------------------------------------------------------------


def _conflicts_parser(sub: Any) -> None:
    help_text = "conflict check: who among contacts, matters and correspondents may be a party"
    p = sub.add_parser("conflicts", help=help_text, description=help_text)
    _common(p, suppress=True)
    p.add_argument("names", nargs="*", metavar="NAME", help="a party's name (quote it)")
    p.add_argument(
        "--id",
        action="append",
        default=[],
        metavar="REGISTRY_ID",
        help="registry/tax id of the NAME in the same position (repeatable)",
    )
    p.add_argument(
        "--email", action="append", default=[], metavar="E", help="e-mail, paired like --id"
    )
    p.add_argument(
        "--matter", type=int, metavar="ID", help="the matter checked (its own parties are no hits)"
    )
    p.add_argument("--limit", type=int, default=100, help="at most N hits")
    p.set_defaults(func=cmd_conflicts)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from itertools import zip_longest

    from smallcrm.core.services.conflicts import PartyName, run_check

    parties = [
        PartyName(name or "", registry_id=registry_id or None, email=email or None)
        for name, registry_id, email in zip_longest(args.names, args.id, args.email)
    ]
    if not parties:
        raise KnownError("Give at least one NAME, --id or --email.")
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:  # commits the keys it refreshed
            hits = run_check(session, parties, limit=args.limit, matter_id=args.matter)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([hit.to_json() for hit in hits], ensure_ascii=False))
        return 0
    for hit in hits:
        where = ""
        if hit.matter:
            state = "open" if hit.matter.open else hit.matter.phase
            where = f"  {hit.matter.number} {hit.matter.title} ({state}) as {hit.role}"
        print(
            f"{hit.score:.2f}  {hit.entity.type[:4]} {hit.entity.id}: {hit.entity.display_name}"
            f"{where}  ({hit.reason})"
        )
    if not hits:
        print("no hits")
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
        if func is cmd_gui:
            return func(args)
        # A command is one short unit of work beside a window that may be writing: its
        # sessions wait for the write lock instead of failing half-way (core.db.writing).
        with writing():
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
