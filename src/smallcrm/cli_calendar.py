"""`smallcrm events|tasks|deadline` and .ics import/export: the calendar's command-line face."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from smallcrm.core.errors import KnownError


def register(sub: Any, add: Callable[..., Any]) -> None:
    """Add the calendar's subcommands to the top-level parser."""
    from smallcrm.cli import _common

    events = sub.add_parser("events", help="list calendar events")
    _common(events, suppress=True)
    actions = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help="occurrences starting in [FROM, TO), series expanded",
        description="Occurrences that start in [FROM, TO) (dates taken in ZONE), by start.",
    )
    _common(listing, suppress=True)
    listing.set_defaults(func=cmd_events_list)
    listing.add_argument("--from", dest="start", required=True, metavar="DATE")
    listing.add_argument("--to", dest="end", required=True, metavar="DATE")
    listing.add_argument("--tz", metavar="ZONE", help="IANA zone (default: this machine's)")
    listing.add_argument("--matter", type=int, metavar="ID", help="only events of this matter")
    listing.add_argument(
        "--include-cancelled", action="store_true", help="also cancelled occurrences"
    )

    conflicts = actions.add_parser(
        "conflicts",
        help="synced events changed on both sides, or deleted on one, waiting for a decision",
    )
    _common(conflicts, suppress=True)
    conflicts.set_defaults(func=cmd_events_conflicts)
    conflicts.add_argument("--account", metavar="ACCOUNT", help="only this account's")
    resolve = actions.add_parser(
        "resolve",
        help="decide a conflict: keep this side's version (mine) or the server's (theirs)",
    )
    _common(resolve, suppress=True)
    resolve.set_defaults(func=cmd_events_resolve)
    resolve.add_argument("conflict", type=int, metavar="ID")
    resolve.add_argument("choice", choices=("mine", "theirs"))
    resolve.add_argument("--tz", metavar="ZONE", help="IANA zone (default: this machine's)")

    tasks = sub.add_parser("tasks", help="list tasks")
    _common(tasks, suppress=True)
    task_actions = tasks.add_subparsers(dest="tasks_command", metavar="ACTION", required=True)
    tlist = task_actions.add_parser("list", help="open tasks by due date")
    _common(tlist, suppress=True)
    tlist.set_defaults(func=cmd_tasks_list)
    tlist.add_argument("--due-before", metavar="DATE", help="only tasks due before DATE")
    tlist.add_argument(
        "--view",
        choices=("today", "overdue", "upcoming", "all_open", "done"),
        default="all_open",
        help="which list (default: every open task)",
    )
    tlist.add_argument("--matter", type=int, metavar="ID", help="only tasks of this matter")

    dl = add(
        "deadline",
        "compute a deadline: add a period to a date, moving off weekends and public holidays",
        cmd_deadline,
    )
    dl.add_argument("--from", dest="start", required=True, metavar="DATE")
    dl.add_argument("--add", required=True, metavar="PERIOD", help="e.g. 15d, 2w, 3m, 1y")
    dl.add_argument("--country", default="CZ", help="CZ, SK, PL, HR or UA (default CZ)")
    dl.add_argument("--working-days", action="store_true", help="count days as working days")
    dl.add_argument(
        "--no-move",
        action="store_true",
        help="keep a last day on a weekend or holiday (do not move to the next working day)",
    )
    dl.add_argument("--matter", type=int, metavar="ID", help="file it on a matter as a task")
    dl.add_argument("--title", default="Deadline", help="the task's title (with --matter)")
    dl.add_argument("--remind", type=int, default=3, metavar="DAYS", help="reminder N days before")


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise KnownError(f"{option} takes a date as YYYY-MM-DD, not “{text}”.") from exc


def _zone(args: argparse.Namespace) -> str:
    from smallcrm.core import recurrence

    name = getattr(args, "tz", None) or recurrence.machine_zone()
    if not recurrence.is_zone(name):
        raise KnownError(f"Unknown time zone “{name}”.", hint="Use an IANA name: Europe/Prague.")
    return name


def cmd_events_list(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core import recurrence
    from smallcrm.core.services.calendar import occurrences
    from smallcrm.core.services.mail_accounts import list_accounts

    zone = _zone(args)
    zi = recurrence.zone(zone)
    lo = datetime.combine(_day(args.start, "--from"), time(), zi)
    hi = datetime.combine(_day(args.end, "--to"), time(), zi)
    if hi <= lo:
        raise KnownError("--to must be after --from.")
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            found = occurrences(
                session,
                lo,
                hi,
                user_zone=zone,
                matter_id=args.matter,
                include_cancelled=args.include_cancelled,
            )
            accounts = {a.source: a.name for a in list_accounts(session)}
    finally:
        database.dispose()

    def _starts_in_window(o: Any) -> bool:
        if isinstance(o.start, datetime):
            return lo <= o.start < hi
        return lo.date() <= o.start < hi.date()

    listed = [o for o in found if _starts_in_window(o)]
    _emit(
        args,
        {
            "tz": zone,
            # Each event's source: "" made here or imported from a file, "mail" from an
            # invitation, "account:N" from that account's calendar (named beside it).
            "events": [{**o.to_json(), "account": accounts.get(o.source)} for o in listed],
        },
        "\n".join(_event_line(o) for o in listed) or "No events.",
    )
    return 0


def _event_line(o: Any) -> str:
    if o.all_day:
        when = f"{o.start.isoformat()} (all day)"
    else:
        when = f"{o.start:%Y-%m-%d %H:%M}–{o.end:%H:%M}"
    extra = f"  @ {o.location}" if o.location else ""
    mark = "  [cancelled]" if o.status == "cancelled" else ""
    return f"{when}  {o.summary}{extra}{mark}"


def cmd_events_conflicts(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import calendar_sync, mail_accounts

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            account_id = (
                mail_accounts.find_account(session, args.account).id if args.account else None
            )
            found = calendar_sync.list_conflicts(session, account_id)
    finally:
        database.dispose()
    lines = [f"{c.id}  {c.kind}  {c.start}  {c.summary}" for c in found]
    _emit(
        args,
        {"conflicts": [c.to_json() for c in found]},
        "\n".join(lines) or "No conflicts.",
    )
    return 0


def cmd_events_resolve(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import calendar_sync

    zone = _zone(args)
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            event_id = calendar_sync.resolve_conflict(
                session, args.conflict, args.choice, zone=zone
            )
    finally:
        database.dispose()
    _emit(
        args,
        {"conflict": args.conflict, "choice": args.choice, "event_id": event_id},
        "Decided; the next sync sends it." if args.choice == "mine" else "Decided.",
    )
    return 0


def cmd_tasks_list(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import tasks

    due_before = _day(args.due_before, "--due-before") if args.due_before else None
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            rows = tasks.task_list(session, args.view, matter_id=args.matter, due_before=due_before)
            data = [r.to_json() for r in rows]
    finally:
        database.dispose()
    lines = [
        f"{r['due_on'] or '—':10}  {r['title']}"
        + (f"  [{r['status']}]" if r["status"] != "open" else "")
        for r in data
    ]
    _emit(args, {"tasks": data}, "\n".join(lines) or "No tasks.")
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit
    from smallcrm.core.services import deadlines

    period = deadlines.parse_period(args.add)
    rule = deadlines.DeadlineRule(
        working_days=args.working_days, move_to_working_day=not args.no_move
    )
    result = deadlines.compute_deadline(
        _day(args.start, "--from"), period, args.country.upper(), rule=rule
    )
    data = result.to_json()
    if args.matter is not None:
        from smallcrm.cli import _open_migrated
        from smallcrm.core import recurrence
        from smallcrm.core.services.deadline_entries import file_deadline

        _profile, database = _open_migrated(args)
        try:
            with database.session_scope() as session:
                filed = file_deadline(
                    session,
                    args.matter,
                    result,
                    title=args.title,
                    remind_days_before=args.remind,
                    user_zone=recurrence.machine_zone(),
                )
        finally:
            database.dispose()
        data["task_id"], data["event_id"] = filed.task_id, filed.event_id
    _emit(args, data, "\n".join(result.explain()))
    return 0


def import_ics_files(args: argparse.Namespace) -> int:
    """`smallcrm import ics FILE...`"""
    from smallcrm.cli import _emit, _open_migrated, _read_file
    from smallcrm.core import recurrence
    from smallcrm.core.services.calendar_files import import_ics

    files = [(name, _read_file(name)) for name in args.files]
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            report = import_ics(
                session, files, user_zone=recurrence.machine_zone(), matter_id=args.matter
            )
    finally:
        database.dispose()
    _emit(
        args,
        report.to_json(),
        f"Events: {report.added} added, {report.updated} updated, {report.cancelled} cancelled,"
        f" {report.unchanged} unchanged; tasks: {report.tasks_added} added,"
        f" {report.tasks_updated} updated; {len(report.problems)} problems."
        + "".join(f"\n  {p.file}:{p.line}: {p.reason}" for p in report.problems),
    )
    return 0


def export_ics_file(args: argparse.Namespace) -> int:
    """`smallcrm export ics OUT`"""
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services.calendar_files import export_ics

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            data = export_ics(session, matter_id=args.matter)
    finally:
        database.dispose()
    from smallcrm.core.files import write_atomically

    write_atomically(args.out, data)
    count = data.count(b"BEGIN:VEVENT")
    todos = data.count(b"BEGIN:VTODO")
    _emit(
        args,
        {"events": count, "tasks": todos, "file": str(args.out)},
        f"Exported {count} events and {todos} tasks to {args.out}",
    )
    return 0
