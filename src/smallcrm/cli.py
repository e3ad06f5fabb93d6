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
