"""Exchange mail and calendar through the sync engine against the loopback EWS server: a
first sync and a no-change re-sync of N messages and M appointments (one in six a weekly
series with a moved and a deleted occurrence), the HTTP requests they took, peak memory.
Prints figures; asserts nothing."""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# http.cookiejar imports `calendar`, which bench/calendar.py would shadow when this file runs
# as a script (its folder comes first on sys.path): drop the folder; add the repository
# instead, for tests.servers.
HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

USER = "alice"
GOAL_GETITEM_PER = 100  # the issue: at most one GetItem per 100 items, plus a constant
NAMES = ["Jana Nováková", "Petr Dvořák", "Łukasz Wiśniewski", "Ivana Horvat", "Олена Шевченко"]


def _message(rng: random.Random, n: int, when: datetime) -> bytes:
    name = rng.choice(NAMES)
    address = f"client{rng.randrange(300)}@klient.example"
    body = " ".join(rng.choice(["smlouva", "nájem", "faktura", "termín", "jednání", "spis"])
                    for _ in range(rng.randrange(80, 600)))  # fmt: skip
    return (
        f"From: {name} <{address}>\r\nTo: office@firma.example\r\nSubject: Věc {n}\r\n"
        f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
        f"Message-ID: <b{n}@klient.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def _appointments(server: Any, rng: random.Random, count: int) -> int:
    """``count`` appointments over two years around now; returns how many are series."""
    series = 0
    first = datetime(2026, 1, 5, 8, 0)
    for n in range(count):
        start = first + timedelta(days=rng.randrange(730), hours=rng.randrange(10))
        end = start + timedelta(minutes=rng.choice([30, 60, 90]))
        subject = f"{rng.choice(['Jednání', 'Porada', 'Soud', 'Klient'])} {n}"
        if n % 6 == 0:
            series += 1
            master = server.add_appointment(
                USER, subject=subject, start=start, end=end, location="Zasedačka",
                recurrence={"pattern": "weekly", "interval": 1,
                            "weekdays": [start.strftime("%A")], "start": start.date(),
                            "count": 10},
            )  # fmt: skip
            server.modify_occurrence(
                USER, master, start + timedelta(days=7),
                start=start + timedelta(days=8), end=end + timedelta(days=8),
            )  # fmt: skip
            server.delete_occurrence(USER, master, start + timedelta(days=14))
        else:
            server.add_appointment(
                USER, subject=subject, start=start, end=end,
                attendees=[("jana@klient.example", "Jana Nováková", "required", "Accept")],
            )  # fmt: skip
    return series


def main() -> None:
    # Here, not at the top: the parser processes import this file again when they start,
    # and should not carry the test server and exchangelib.
    import exchangelib

    from bench.imap import _ChildWatch, _peak_mb
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile
    from smallcrm.core.services import mail_accounts
    from smallcrm.core.sync.engine import sync_ews_account
    from tests.servers.ews import USERS, start_ews_server

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--appointments", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    server = start_ews_server()
    work = Path(tempfile.mkdtemp(prefix="smallcrm-bench-ews-"))
    try:
        rng = random.Random(args.seed)
        start = datetime(2025, 6, 1, tzinfo=UTC)
        sent = 0
        for n in range(args.messages):
            raw = _message(rng, n, start + timedelta(minutes=47 * n))
            server.add_message(USER, "inbox", raw)
            sent += len(raw)
        print(f"mailbox: {args.messages:,} messages in the inbox, {sent / 1e6:.1f} MB of MIME")
        series = _appointments(server, rng, args.appointments)
        print(
            f"calendar: {args.appointments:,} appointments, {series:,} of them weekly series "
            "with a moved and a deleted occurrence"
        )

        profile = Profile.open(work / "profile")
        database = Database(profile.url)
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            account_id = mail_accounts.add_account(
                s,
                mail_accounts.AccountInput(
                    name="Bench", kind="ews", host="", url=server.url, auth="basic",
                    user_name=USER, email=server.email(USER), folders=("inbox",),
                    since_months=None, privacy="all", calendar=True,
                ),
            )  # fmt: skip

        rows = []
        with _ChildWatch() as children:
            for label in ("first sync", "no-change re-sync"):
                server.reset_counters()
                began = time.perf_counter()
                report = sync_ews_account(database, account_id, USERS[USER], zone="Europe/Prague")
                took = time.perf_counter() - began
                rows.append((label, took, report, dict(server.requests), server.http_requests))
                exchangelib.close_connections()
        helper = max(children.peak.values(), default=0.0)
        database.dispose()

        print()
        print(
            f"{'run':<20} {'time':>8} {'stored':>8} {'calendar':>9} {'bodies':>8} "
            f"{'mail':>7} {'events':>7} {'HTTP':>6} {'GetItem':>8} {'SyncFolderItems':>16}"
        )
        for label, took, report, ops, http in rows:
            print(
                f"{label:<20} {took:>6.2f} s {report.stored_seconds:>6.2f} s "
                f"{report.calendar_seconds:>7.2f} s {report.indexed_seconds:>6.2f} s "
                f"{report.added:>7,} {report.calendar.added:>7,} {http:>6,} "
                f"{ops.get('GetItem', 0):>8,} {ops.get('SyncFolderItems', 0):>16,}"
            )
        first = rows[0]
        items = first[2].added + first[2].calendar.added
        allowed = items // GOAL_GETITEM_PER + 5
        getitems = first[3].get("GetItem", 0)
        print()
        print(
            f"GetItem requests in the first sync: {getitems} for {items:,} items (messages, "
            f"appointments and changed occurrences; goal: at most one per {GOAL_GETITEM_PER} "
            f"plus a constant, here {allowed}: {'met' if getitems <= allowed else 'missed'})"
        )
        print(
            f"peak memory: the sync's process {_peak_mb():.0f} MB, each parser process at most "
            f"{helper:.0f} MB (the sync's process also holds the test server and its mailbox,"
            " which answers in the same Python: the times include the server's work)"
        )
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
