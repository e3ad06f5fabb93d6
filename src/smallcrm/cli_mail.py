"""`smallcrm accounts|sync|messages`: mail accounts, a blocking sync, and the stored mail."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from smallcrm.core.errors import KnownError


def register(sub: Any, add: Callable[..., Any]) -> None:
    """Add the mail subcommands to the top-level parser."""
    from smallcrm.cli import _common

    def actions_of(parser: Any, dest: str) -> Any:
        _common(parser, suppress=True)
        return parser.add_subparsers(dest=dest, metavar="ACTION", required=True)

    def action(group: Any, name: str, help_text: str, func: Callable[..., int]) -> Any:
        p = group.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(func=func)
        return p

    accounts = actions_of(sub.add_parser("accounts", help="mail accounts"), "accounts_command")
    adding = accounts.add_parser("add", help="add a mail account", description="add a mail account")
    kinds = adding.add_subparsers(dest="kind", metavar="KIND", required=True)
    imap = action(
        kinds, "imap", "an IMAP mailbox; the password is read from standard input", cmd_add_imap
    )
    imap.add_argument("--name", required=True, help="what the account is called here")
    imap.add_argument("--host", required=True, help="the server's name")
    imap.add_argument("--port", type=int, help="default: 993 for tls, 143 for starttls")
    imap.add_argument("--security", choices=("tls", "starttls", "none"), default="tls")
    imap.add_argument("--user", required=True, help="the user name on the server")
    imap.add_argument(
        "--password-stdin", action="store_true", required=True,
        help="read the password from standard input (it goes to the OS keyring only)",
    )  # fmt: skip
    imap.add_argument(
        "--folders", default="INBOX,Sent", help="comma-separated (default: INBOX,Sent)"
    )
    imap.add_argument(
        "--since", default="12m",
        help="how far back the first sync reaches: YYYY-MM-DD, Nm (months) or all (default 12m)",
    )  # fmt: skip
    imap.add_argument(
        "--privacy", choices=("all", "contacts", "filed"), default="contacts",
        help="keep all mail, only mail of contacts (default), or only mail filed on a matter",
    )  # fmt: skip
    imap.add_argument(
        "--trust-fingerprint", metavar="FP",
        help="trust a self-signed certificate with this SHA-256 (as openssl prints it)",
    )  # fmt: skip
    imap.add_argument(
        "--allow-plain", action="store_true",
        help="with --security none: confirm that the password may cross the network unencrypted",
    )  # fmt: skip
    exchange = action(
        kinds, "ews", "an Exchange mailbox (EWS); the password is read from standard input",
        cmd_add_ews,
    )  # fmt: skip
    exchange.add_argument("--name", required=True, help="what the account is called here")
    where = exchange.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--url", help="the EWS endpoint, e.g. https://mail.firm.cz/EWS/Exchange.asmx"
    )
    where.add_argument(
        "--autodiscover", metavar="EMAIL",
        help="find the EWS endpoint from this e-mail address (Exchange autodiscover)",
    )  # fmt: skip
    exchange.add_argument("--user", required=True, help="DOMAIN\\user or user@firm.cz")
    exchange.add_argument("--email", help="the mailbox's address (default: the user)")
    exchange.add_argument(
        "--auth", choices=("ntlm", "basic"),
        help="how to sign in (default: what the server asks for)",
    )  # fmt: skip
    exchange.add_argument("--password-stdin", action="store_true", required=True)
    exchange.add_argument("--folders", default="inbox,sentitems", help="comma-separated")
    exchange.add_argument("--calendar", action="store_true", help="also sync the calendar")
    exchange.add_argument("--since", default="12m", help="YYYY-MM-DD, Nm (months) or all")
    exchange.add_argument("--privacy", choices=("all", "contacts", "filed"), default="contacts")
    exchange.add_argument(
        "--trust-fingerprint", metavar="FP",
        help="trust a self-signed certificate with this SHA-256 (as openssl prints it)",
    )  # fmt: skip
    action(accounts, "list", "the mail accounts and their last sync", cmd_accounts_list)
    removing = action(
        accounts, "remove",
        "stop syncing an account and forget its password; its stored mail and events stay",
        cmd_accounts_remove,
    )  # fmt: skip
    removing.add_argument("account", help="the account's name or id")

    sync = action(sub, "sync", "sync mail now and wait until it is done", cmd_sync)
    sync.add_argument("account", nargs="?", help="an account's name or id (default: all)")
    sync.add_argument(
        "--tz", metavar="ZONE",
        help="IANA zone appointments and invitations are placed in (default: this machine's)",
    )  # fmt: skip
    sync.add_argument(
        "--password-stdin", action="store_true",
        help="read the password from standard input instead of the keyring (one account)",
    )  # fmt: skip

    messages = actions_of(sub.add_parser("messages", help="stored mail"), "messages_command")
    listing = action(messages, "list", "stored messages, newest first", cmd_messages_list)
    listing.add_argument("--contact", type=int, metavar="ID", help="only this person's")
    listing.add_argument("--matter", type=int, metavar="ID", help="only those filed on a matter")
    listing.add_argument("--account", metavar="ACCOUNT", help="only this account's")
    listing.add_argument("--limit", type=int, default=100, help="at most N (0: all)")
    filing = action(
        messages, "file", "file a message (or its thread) on a matter", cmd_messages_file
    )
    filing.add_argument("id", type=int, metavar="ID")
    filing.add_argument("--matter", type=int, metavar="ID", help="the matter; omit to unfile")
    filing.add_argument("--thread", action="store_true", help="the whole conversation")
    filing.add_argument(
        "--attachments", action="store_true", help="also store its attachments as documents"
    )


def _since(text: str) -> tuple[int | None, date | None]:
    value = text.strip().lower()
    if value == "all":
        return None, None
    if value.endswith("m") and value[:-1].isdigit():
        return int(value[:-1]), None
    try:
        return None, date.fromisoformat(value)
    except ValueError:
        raise KnownError(
            f"--since {text!r} is neither a date (YYYY-MM-DD), months (12m) nor all."
        ) from None


def _read_password() -> str:
    # One line: what `echo "$PW" | smallcrm ...` and a password manager's pipe give.
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise KnownError("No password was given on standard input.")
    from smallcrm.core.logs import register_secret

    register_secret(password)
    return password


def cmd_add_imap(args: argparse.Namespace) -> int:
    from smallcrm.core.services import mail_accounts

    security = "plain" if args.security == "none" else args.security
    if security == "plain" and not args.allow_plain:
        raise KnownError(
            "Without TLS the password and every message cross the network unencrypted.",
            hint="Use --security tls or starttls; add --allow-plain only for a server on this"
            " machine or a trusted network.",
        )
    months, day = _since(args.since)
    data = mail_accounts.AccountInput(
        name=args.name,
        host=args.host,
        user_name=args.user,
        port=args.port,
        security=security,
        folders=tuple(args.folders.split(",")),
        since_months=months,
        since_date=day,
        privacy=args.privacy,
        pinned_sha256=args.trust_fingerprint,
    )
    _save_account(args, data)
    return 0


def cmd_add_ews(args: argparse.Namespace) -> int:
    from smallcrm.core.connectors import ews_discovery
    from smallcrm.core.services import mail_accounts

    months, day = _since(args.since)
    pinned = (
        mail_accounts.parse_fingerprint(args.trust_fingerprint) if args.trust_fingerprint else None
    )
    password = _read_password()
    # Asked before anything is saved: an untrusted certificate, a wrong password or no server
    # found stops here with the reason (and the fingerprint to trust), nothing half-saved.
    url, auth, email = args.url, args.auth, args.email
    if args.autodiscover:
        found = ews_discovery.discover(args.autodiscover, args.user, password, pinned_sha256=pinned)
        url, auth, email = found.url, auth or found.auth, email or found.email
    elif auth is None:
        auth = ews_discovery.probe_auth(url, pinned)
    data = mail_accounts.AccountInput(
        name=args.name,
        host="",
        kind="ews",
        url=url,
        auth=auth,
        email=email,
        calendar=args.calendar,
        user_name=args.user,
        folders=tuple(args.folders.split(",")),
        since_months=months,
        since_date=day,
        privacy=args.privacy,
        pinned_sha256=pinned,
    )
    _save_account(args, data, password)
    return 0


def _save_account(args: argparse.Namespace, data: Any, password: str | None = None) -> None:
    """The account and its password (read from standard input unless given): both, or
    neither."""
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import mail_accounts
    from smallcrm.core.sync import account_keys, credentials

    if password is None:
        password = _read_password()
    status = credentials.keyring_status()
    if not status.usable:
        # Refused before anything is written: an account whose password has no home would
        # fail every sync. The user can still sync with --password-stdin each time.
        raise credentials.KeyringUnavailable(
            status.reason,
            hint="Nothing was saved. Without a keyring, pass the password to each "
            "`smallcrm sync ACCOUNT --password-stdin` and add the account in the app, which can "
            "keep it in memory until it closes.",
        )
    _profile, database = _open_migrated(args)
    try:
        account_id = account_keys.add_account(database, data, account_keys.keeper(password))
        with database.session_scope() as session:
            info = mail_accounts.find_account(session, account_id)
    finally:
        database.dispose()
    _emit(args, info.to_json(), f"{info.id}: {info.name} ({info.user_name}@{info.host})")


def cmd_accounts_remove(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import mail_accounts
    from smallcrm.core.sync import account_keys

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            account_id = mail_accounts.find_account(session, args.account).id
        removal = account_keys.remove_account(database, account_id)
    finally:
        database.dispose()
    removed = removal.account
    result = removed.to_json()
    result["password_forgotten"] = not removal.warning
    if removal.warning:
        result["warning"] = removal.warning
    _emit(
        args,
        result,
        f"Removed “{removed.name}”; its {removed.messages_kept} messages and "
        f"{removed.events_kept} events stay here."
        + ("" if result["password_forgotten"] else f" {result['warning']}"),
    )
    return 0


def cmd_accounts_list(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import mail_accounts

    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            rows = mail_accounts.list_accounts(session)
    finally:
        database.dispose()
    lines = [
        f"{a.id}: {a.name} ({a.user_name}@{a.host}:{a.port}, {a.security}) — {a.messages} messages"
        + (f", last sync {a.last_success_at:%Y-%m-%d %H:%M}" if a.last_success_at else "")
        + (f", last error: {a.last_error}" if a.last_error else "")
        for a in rows
    ]
    _emit(args, {"accounts": [a.to_json() for a in rows]}, "\n".join(lines) or "No accounts.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    import json

    from smallcrm.cli import _open_migrated
    from smallcrm.core.services import mail_accounts
    from smallcrm.core.sync import credentials
    from smallcrm.core.sync.engine import sync_account

    given = _read_password() if args.password_stdin else None
    profile, database = _open_migrated(args)
    reports: list[dict[str, Any]] = []
    failed = False
    try:
        with database.session_scope() as session:
            if args.account:
                targets = [mail_accounts.find_account(session, args.account)]
            else:
                targets = mail_accounts.list_accounts(session)
            keys = {a.id: mail_accounts.password_key(session, a.id) for a in targets}
        if given is not None and len(targets) != 1:
            raise KnownError("--password-stdin gives the password of one account: name it.")
        for account in targets:
            report: dict[str, Any] = {"account": account.name, "folders": [], "errors": []}
            try:
                password = given or credentials.load_password(keys[account.id])
                if password is None:
                    raise KnownError(
                        f"No password is saved for the mail account “{account.name}”.",
                        hint="Pass it with --password-stdin, or set it in the account dialog.",
                    )
                report = sync_account(
                    database, account.id, password, zone=_user_zone(profile, args.tz)
                ).to_json()
                failed = failed or bool(report["errors"])  # e.g. a folder the server lacks
            except KnownError as exc:
                failed = True
                report["errors"].append(str(exc))
            reports.append(report)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps(reports[0] if args.account else reports, ensure_ascii=False))
    else:
        for r in reports:
            parts = [
                f"{f['name']}: {f['added']} added, {f['updated']} updated, {f['deleted']} deleted"
                + "".join(f", {s['count']} skipped ({s['reason']})" for s in f["skipped"])
                for f in r["folders"]
            ]
            print(f"{r['account']}: " + ("; ".join(parts) or "nothing synced"))
            for error in r["errors"]:
                print(f"  {error}", file=sys.stderr)
    return 1 if failed else 0


def _user_zone(profile: Any, wanted: str | None = None) -> str:
    """The zone invitations and appointments are read in: the one asked for, else this
    machine's, as the calendar commands use."""
    from smallcrm.core import recurrence

    if wanted and not recurrence.is_zone(wanted):
        raise KnownError(f"Unknown time zone “{wanted}”.", hint="Use an IANA name: Europe/Prague.")
    return wanted or recurrence.machine_zone()


def cmd_messages_list(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.core.services import mail_accounts, mail_messages

    _profile, database = _open_migrated(args)
    rows: list[Any] = []
    try:
        with database.session_scope() as session:
            account_id = (
                mail_accounts.find_account(session, args.account).id if args.account else None
            )
            before = None
            while True:
                page = mail_messages.list_messages(
                    session,
                    account_id=account_id,
                    contact_id=args.contact,
                    matter_id=args.matter,
                    before=before,
                )
                rows += page
                if len(page) < mail_messages.PAGE or (args.limit and len(rows) >= args.limit):
                    break
                before = (page[-1].sent_at, page[-1].id)
    finally:
        database.dispose()
    if args.limit:
        rows = rows[: args.limit]
    lines = [
        f"{r.id}: {r.sent_at:%Y-%m-%d %H:%M} {r.from_name or r.from_email or ''} — {r.subject}"
        if r.sent_at
        else f"{r.id}: {r.subject}"
        for r in rows
    ]
    _emit(
        args,
        {"messages": [mail_messages.message_json(r) for r in rows]},
        "\n".join(lines) or "No messages.",
    )
    return 0


def cmd_messages_file(args: argparse.Namespace) -> int:
    from smallcrm.cli import _emit, _open_migrated
    from smallcrm.cli_documents import _store
    from smallcrm.core.services import mail_messages

    profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            changed = mail_messages.file_message(
                session, args.id, args.matter, whole_thread=args.thread
            )
        documents: list[int] = []
        if args.attachments:
            store = _store(profile, database)
            with database.session_scope() as session:
                documents = mail_messages.file_attachments(session, store, args.id)
    finally:
        database.dispose()
    _emit(
        args,
        {"changed": changed, "matter_id": args.matter, "documents": documents},
        f"{changed} message(s) filed" + (f"; documents {documents}" if documents else ""),
    )
    return 0
