"""An Exchange calendar both ways against the loopback EWS server: series with moved and
deleted occurrences at the right local times across DST, events made and changed here
reaching the server, conflicts kept, deletions mirrored after the first yes, faults."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import exchangelib
import pytest
from sqlalchemy import func, select

from smallcrm.core.models import Event, EventRemote
from smallcrm.core.services import calendar, calendar_sync, mail_accounts
from smallcrm.core.services.calendar import EventInput
from smallcrm.core.sync.engine import sync_ews_account
from tests.servers.ews import USERS

USER = "alice"
PRAGUE = "Europe/Prague"
CET = "Central Europe Standard Time"


@pytest.fixture
def server(ews_server):
    ews_server.reset()
    yield ews_server
    exchangelib.close_connections()


@pytest.fixture
def account(server, database) -> int:
    with database.session_scope() as s:
        return mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name="Exchange",
                kind="ews",
                host="",
                url=server.url,
                auth="basic",
                user_name=USER,
                email=server.email(USER),
                folders=("inbox",),
                since_months=None,
                calendar=True,
            ),
        )


def _sync(database, account_id, **kw):
    kw.setdefault("zone", PRAGUE)
    kw.setdefault("offload_parsing", False)
    report = sync_ews_account(database, account_id, USERS[USER], **kw)
    assert report.errors == []
    return report.calendar


def _window(database, first: date, days: int):
    start = datetime.combine(first, datetime.min.time(), ZoneInfo(PRAGUE))
    with database.session_scope() as s:
        return calendar.occurrences(s, start, start + timedelta(days=days), user_zone=PRAGUE)


def _source(account_id: int) -> str:
    return mail_accounts.calendar_source(account_id)


def test_series_with_moved_and_deleted_occurrence_keeps_local_times_across_dst(
    server, database, account
):
    # Mondays 09:00 Prague from 16 March 2026: the clocks change on 29 March.
    master = server.add_appointment(
        USER,
        subject="Porada",
        start=datetime(2026, 3, 16, 9, 0),
        end=datetime(2026, 3, 16, 10, 0),
        tz=CET,
        location="Zasedačka",
        reminder_minutes=15,
        attendees=[("jana@klient.cz", "Jana Nováková", "required", "Accept")],
        recurrence={
            "pattern": "weekly",
            "interval": 1,
            "weekdays": ["Monday"],
            "start": date(2026, 3, 16),
            "count": 6,
        },
    )
    server.modify_occurrence(
        USER,
        master,
        datetime(2026, 3, 30, 9, 0),
        start=datetime(2026, 3, 31, 14, 0),
        end=datetime(2026, 3, 31, 15, 30),
        subject="Porada (přesunuto)",
    )
    server.delete_occurrence(USER, master, datetime(2026, 4, 6, 9, 0))
    server.add_appointment(
        USER,
        subject="Státní svátek",
        start=date(2026, 5, 8),
        end=date(2026, 5, 9),
        all_day=True,
        tz=CET,
        reminder_minutes=None,
    )
    server.add_appointment(
        USER,
        subject="Jednání v Kyjevě",
        start=datetime(2026, 4, 2, 11, 0),
        end=datetime(2026, 4, 2, 12, 0),
        tz="FLE Standard Time",
    )

    report = _sync(database, account)
    assert (report.added, report.conflicts) == (4, 0)  # series, its exception, two singles

    seen = [(o.summary, o.start) for o in _window(database, date(2026, 3, 16), 42)]
    tz = ZoneInfo(PRAGUE)
    assert seen == [
        ("Porada", datetime(2026, 3, 16, 9, 0, tzinfo=tz)),
        ("Porada", datetime(2026, 3, 23, 9, 0, tzinfo=tz)),
        ("Porada (přesunuto)", datetime(2026, 3, 31, 14, 0, tzinfo=tz)),  # after the change
        ("Jednání v Kyjevě", datetime(2026, 4, 2, 10, 0, tzinfo=tz)),  # 11:00 Kyiv
        ("Porada", datetime(2026, 4, 13, 9, 0, tzinfo=tz)),  # 6 April deleted
        ("Porada", datetime(2026, 4, 20, 9, 0, tzinfo=tz)),
    ]
    holiday = _window(database, date(2026, 5, 8), 1)
    assert [(o.summary, o.all_day, o.start) for o in holiday] == [
        ("Státní svátek", True, date(2026, 5, 8))
    ]
    with database.session_scope() as s:
        series = s.scalars(
            select(Event).where(Event.source == _source(account), Event.rrule.is_not(None))
        ).one()
        detail = calendar.get_event(s, series.id)
        assert detail.data.tz == PRAGUE  # the user's own zone, same Windows zone
        assert detail.data.reminders == [15]
        assert [a.email for a in detail.data.attendees] == ["jana@klient.cz"]
        assert detail.data.location == "Zasedačka"

    # Nothing changed: a second run adds, changes and sends nothing.
    again = _sync(database, account)
    assert again.to_json()["sent"] == {"created": 0, "updated": 0, "deleted": 0}
    assert (again.added, again.updated, again.deleted) == (0, 0, 0)


def test_server_changes_arrive_incrementally(server, database, account):
    item = server.add_appointment(
        USER,
        subject="Schůzka",
        start=datetime(2026, 12, 1, 10, 0),
        end=datetime(2026, 12, 1, 11, 0),
    )
    _sync(database, account)
    server.update_appointment(USER, item, subject="Schůzka s klientem", location="Brno")
    report = _sync(database, account)
    assert (report.added, report.updated) == (0, 1)
    occ = _window(database, date(2026, 12, 1), 1)
    assert [(o.summary, o.location) for o in occ] == [("Schůzka s klientem", "Brno")]


def test_event_made_here_reaches_the_server_and_edits_follow(server, database, account):
    _sync(database, account)
    with database.session_scope() as s:
        event_id = calendar.create_event(
            s,
            EventInput(
                summary="Podpis smlouvy",
                start=datetime(2026, 12, 3, 13, 30),
                end=datetime(2026, 12, 3, 14, 0),
                tz=PRAGUE,
                location="Kancelář",
                reminders=[30],
                rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=3",
                source=_source(account),
            ),
            user_zone=PRAGUE,
        )
    report = _sync(database, account)
    assert report.created_there == 1
    (stored,) = server.appointments(USER)
    assert stored.subject == "Podpis smlouvy"
    assert stored.location == "Kancelář"
    # 13:30 Prague in December is 12:30 UTC.
    assert _utc(stored.start, stored.tz) == datetime(2026, 12, 3, 12, 30, tzinfo=UTC)
    assert stored.recurrence is not None

    with database.session_scope() as s:
        detail = calendar.get_event(s, event_id)
        calendar.update_event(
            s,
            event_id,
            replace(detail.data, summary="Podpis smlouvy (notář)"),
            user_zone=PRAGUE,
        )
    report = _sync(database, account)
    assert report.updated_there == 1
    assert server.appointment(USER, stored.item_id).subject == "Podpis smlouvy (notář)"
    # Our own changes coming back are not changes here.
    again = _sync(database, account)
    assert (again.updated, again.conflicts) == (0, 0)


def test_both_sides_changed_keeps_both_and_asks(server, database, account):
    item = server.add_appointment(
        USER, subject="Jednání", start=datetime(2026, 12, 7, 9, 0), end=datetime(2026, 12, 7, 10, 0)
    )
    _sync(database, account)
    with database.session_scope() as s:
        event_id = s.scalar(select(EventRemote.event_id).where(EventRemote.item_id == item))
        detail = calendar.get_event(s, event_id)
        calendar.update_event(s, event_id, replace(detail.data, location="U nás"), user_zone=PRAGUE)
    server.update_appointment(USER, item, location="U klienta")
    report = _sync(database, account)
    assert report.conflicts == 1 and report.waiting == 1
    assert server.appointment(USER, item).location == "U klienta"  # not overwritten
    with database.session_scope() as s:
        (conflict,) = calendar_sync.list_conflicts(s, account)
        assert conflict.kind == "changed_both"
        assert "location" in conflict.changed
        assert calendar.get_event(s, event_id).data.location == "U nás"  # ours kept too
        calendar_sync.resolve_conflict(s, conflict.id, "mine", zone=PRAGUE)
    report = _sync(database, account)
    assert report.waiting == 0
    assert server.appointment(USER, item).location == "U nás"


def test_conflict_resolved_for_theirs(server, database, account):
    item = server.add_appointment(
        USER, subject="Jednání", start=datetime(2026, 12, 8, 9, 0), end=datetime(2026, 12, 8, 10, 0)
    )
    _sync(database, account)
    with database.session_scope() as s:
        event_id = s.scalar(select(EventRemote.event_id).where(EventRemote.item_id == item))
        detail = calendar.get_event(s, event_id)
        calendar.update_event(s, event_id, replace(detail.data, summary="Naše"), user_zone=PRAGUE)
    server.update_appointment(USER, item, subject="Jejich")
    _sync(database, account)
    with database.session_scope() as s:
        (conflict,) = calendar_sync.list_conflicts(s, account)
        calendar_sync.resolve_conflict(s, conflict.id, "theirs", zone=PRAGUE)
        assert calendar.get_event(s, event_id).data.summary == "Jejich"
    report = _sync(database, account)
    assert (report.waiting, report.updated_there) == (0, 0)
    assert server.appointment(USER, item).subject == "Jejich"


def test_deletions_wait_for_the_first_yes_then_mirror(server, database, account):
    first = server.add_appointment(
        USER, subject="Zrušeno", start=datetime(2026, 12, 9, 9, 0), end=datetime(2026, 12, 9, 10, 0)
    )
    second = server.add_appointment(
        USER,
        subject="Také zrušeno",
        start=datetime(2026, 12, 10, 9, 0),
        end=datetime(2026, 12, 10, 10, 0),
    )
    mine = server.add_appointment(
        USER,
        subject="Smažu já",
        start=datetime(2026, 12, 11, 9, 0),
        end=datetime(2026, 12, 11, 10, 0),
    )
    _sync(database, account)
    server.delete_item(USER, first)
    report = _sync(database, account)
    assert (report.deleted, report.waiting) == (0, 1)  # asked, not done
    assert len(_window(database, date(2026, 12, 9), 1)) == 1
    with database.session_scope() as s:
        (conflict,) = calendar_sync.list_conflicts(s, account)
        assert conflict.kind == "deleted_remotely"
        calendar_sync.resolve_conflict(s, conflict.id, "theirs", zone=PRAGUE)
    assert _window(database, date(2026, 12, 9), 1) == []
    # From now on without asking, both ways.
    server.delete_item(USER, second)
    with database.session_scope() as s:
        event_id = s.scalar(select(EventRemote.event_id).where(EventRemote.item_id == mine))
        calendar.delete_event(s, event_id)
    report = _sync(database, account)
    assert (report.deleted, report.deleted_there, report.waiting) == (1, 1, 0)
    assert {a.subject for a in server.appointments(USER)} == set()


def test_refused_sync_state_starts_the_calendar_over_without_doubles(server, database, account):
    for n in range(5):
        server.add_appointment(
            USER,
            subject=f"Lhůta {n}",
            start=datetime(2026, 12, 14 + n, 9, 0),
            end=datetime(2026, 12, 14 + n, 9, 30),
        )
    _sync(database, account, batch=2)
    server.invalidate_sync_states(USER)
    server.add_appointment(
        USER, subject="Nová", start=datetime(2026, 12, 21, 9, 0), end=datetime(2026, 12, 21, 9, 30)
    )
    report = _sync(database, account, batch=2)
    assert report.added == 1
    with database.session_scope() as s:
        count = s.scalar(
            select(func.count()).select_from(Event).where(Event.source == _source(account))
        )
    assert count == 6


def test_busy_server_is_a_known_error_with_the_next_try(server, database, account):
    from smallcrm.core.connectors.ews import ServerBusy

    _sync(database, account)
    server.add_appointment(
        USER, subject="A", start=datetime(2026, 12, 1, 9, 0), end=datetime(2026, 12, 1, 10, 0)
    )
    # The calendar's GetItem is the run's only one: nothing new in the inbox.
    server.fail_next("server_busy", operation="GetItem")
    with pytest.raises(ServerBusy) as caught:
        sync_ews_account(database, account, USERS[USER], zone=PRAGUE, offload_parsing=False)
    assert caught.value.retry_after_seconds == pytest.approx(server.back_off_ms / 1000)
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(EventRemote)) == 0
    report = _sync(database, account)
    assert report.added == 1


def _utc(wall: datetime, windows_zone: str) -> datetime:
    from exchangelib import EWSTimeZone

    if wall.tzinfo is not None:
        return wall.astimezone(UTC)
    return wall.replace(tzinfo=ZoneInfo(EWSTimeZone.from_ms_id(windows_zone).key)).astimezone(UTC)


def test_reports_in_json(server, database, account):
    report = _sync(database, account)
    assert json.dumps(report.to_json())


_KILLED_CHILD = """
import sys, time
from smallcrm.core.db import Database
from smallcrm.core.sync.engine import sync_ews_account
url, account_id, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def slow():
    print("step", flush=True)
    time.sleep(0.05)
if __name__ == "__main__":  # the parser processes import this file again
    sync_ews_account(Database(url), account_id, password, batch=10, zone="Europe/Prague",
                     check_cancel=slow)
"""

KILL_MAIL, KILL_THERE, KILL_HERE = 40, 25, 8


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_run_killed_at_any_moment_resumes_without_loss_or_twice(
    server, database, account, tmp_path, seed
):
    """SIGKILL at a random step of mail, the calendar's pull or its push (after a server
    call, before its answer is stored): the next run ends with every message and every
    appointment once on each side."""
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    from smallcrm.core.models import MailAccount, MailMessage
    from tests.integration.test_ews_sync import _mail

    rng = random.Random(seed)
    with database.session_scope() as s:
        s.get(MailAccount, account).privacy = "all"
        for n in range(KILL_HERE):
            calendar.create_event(
                s,
                EventInput(
                    summary=f"Zde {n}",
                    start=datetime(2027, 1, 4 + n, 9, 0),
                    end=datetime(2027, 1, 4 + n, 10, 0),
                    tz=PRAGUE,
                    source=_source(account),
                    rrule="FREQ=DAILY;COUNT=3" if n % 3 == 0 else None,
                ),
                user_zone=PRAGUE,
            )
    for n in range(KILL_MAIL):
        server.add_message(USER, "inbox", _mail(f"Spis {n}"))
    for n in range(KILL_THERE):
        master = server.add_appointment(
            USER,
            subject=f"Tam {n}",
            start=datetime(2026, 12, 1 + n, 9, 0),
            end=datetime(2026, 12, 1 + n, 10, 0),
            recurrence={
                "pattern": "daily",
                "interval": 1,
                "start": date(2026, 12, 1 + n),
                "count": 4,
            }
            if n % 5 == 0
            else None,
        )
        if n % 5 == 0:
            server.modify_occurrence(
                USER, master, datetime(2026, 12, 2 + n, 9, 0), subject=f"Tam {n} (změna)"
            )
    script = tmp_path / "child.py"
    script.write_text(_KILLED_CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), database.url, str(account), USERS[USER]],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    # Steps: 4 mail pages, 3 calendar pages, 8 sends (some with more calls), bodies.
    for _ in range(rng.randint(1, 16)):
        if not child.stdout.readline():
            break  # finished before the kill: fine, the second run has nothing to do
    # Past the step's own 50 ms pause a third of the time: into the server call and its record.
    time.sleep(rng.uniform(0, 0.075))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    child.stdout.close()

    report = _sync(database, account, batch=10)
    assert report.waiting == 0, report.to_json()
    again = _sync(database, account, batch=10)
    assert again.to_json()["sent"] == {"created": 0, "updated": 0, "deleted": 0}
    # The server: each of ours once, each of its own once.
    subjects = sorted(a.subject for a in server.appointments(USER))
    assert subjects == sorted(
        [f"Zde {n}" for n in range(KILL_HERE)] + [f"Tam {n}" for n in range(KILL_THERE)]
    )
    with database.session_scope() as s:
        rows = s.execute(
            select(Event.summary, Event.recurrence_id).where(
                Event.source == _source(account), Event.deleted_at.is_(None)
            )
        ).all()
        masters = sorted(r.summary for r in rows if not r.recurrence_id)
        assert masters == subjects
        assert sorted(r.summary for r in rows if r.recurrence_id) == sorted(
            f"Tam {n} (změna)" for n in range(0, KILL_THERE, 5)
        )
        unlinked = s.scalar(
            select(func.count())
            .select_from(Event)
            .outerjoin(EventRemote, EventRemote.event_id == Event.id)
            .where(Event.source == _source(account), EventRemote.event_id.is_(None))
        )
        assert unlinked == 0
        ids = list(s.scalars(select(MailMessage.source_id)))
        assert len(ids) == len(set(ids)) == KILL_MAIL


def test_one_occurrence_changed_or_deleted_here_reaches_the_server(server, database, account):
    master = server.add_appointment(
        USER, subject="Konzultace", start=datetime(2027, 2, 1, 15, 0),
        end=datetime(2027, 2, 1, 16, 0), tz=CET,
        recurrence={"pattern": "weekly", "interval": 1, "weekdays": ["Monday"],
                    "start": date(2027, 2, 1), "count": 4},
    )  # fmt: skip
    _sync(database, account)
    occ = [o for o in _window(database, date(2027, 2, 1), 28) if o.summary == "Konzultace"]
    assert len(occ) == 4
    with database.session_scope() as s:
        detail = calendar.get_event(s, occ[1].event_id)
        moved = replace(
            detail.data, start=datetime(2027, 2, 9, 10, 0), end=datetime(2027, 2, 9, 11, 0),
            summary="Konzultace (úterý)", rrule=None,
        )  # fmt: skip
        calendar.update_event(s, occ[1].event_id, moved, user_zone=PRAGUE, scope="this",
                              key=occ[1].key)  # fmt: skip
        calendar.delete_event(s, occ[2].event_id, scope="this", key=occ[2].key)
    report = _sync(database, account)
    assert (report.updated_there, report.deleted_there, report.conflicts) == (1, 1, 0)
    stored = server.appointment(USER, master)
    assert [e.subject for e in stored.exceptions.values()] == ["Konzultace (úterý)"]
    assert len(stored.deleted_occurrences) == 1
    # Read back from the server, the calendar shows the same three occurrences.
    again = _sync(database, account)
    assert (again.added, again.updated, again.conflicts) == (0, 0, 0)
    seen = [(o.summary, o.start.day) for o in _window(database, date(2027, 2, 1), 28)]
    assert seen == [("Konzultace", 1), ("Konzultace (úterý)", 9), ("Konzultace", 22)]


def test_all_day_event_made_here_is_a_date_there(server, database, account):
    with database.session_scope() as s:
        calendar.create_event(
            s,
            EventInput(
                summary="Dovolená", start=date(2027, 3, 1), end=date(2027, 3, 6), all_day=True,
                source=_source(account),
            ),
            user_zone=PRAGUE,
        )  # fmt: skip
    report = _sync(database, account)
    assert report.created_there == 1
    (stored,) = server.appointments(USER)
    # The server keeps an all-day item as its local midnights.
    assert stored.all_day
    assert (stored.start.date(), stored.end.date()) == (date(2027, 3, 1), date(2027, 3, 6))
    assert _sync(database, account).updated == 0


def test_calendar_from_the_command_line(server, tmp_path, capsys, monkeypatch, vault):
    import io

    from smallcrm.cli import main

    def call(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main([*argv, "--json"])
        return code, json.loads(capsys.readouterr().out)

    home = str(tmp_path / "firm")
    item = server.add_appointment(
        USER, subject="Jednání u soudu", start=datetime(2026, 12, 15, 9, 0),
        end=datetime(2026, 12, 15, 11, 0), location="Krajský soud",
    )  # fmt: skip
    code, _ = call(
        "--home", home, "accounts", "add", "ews", "--name", "Kancelář", "--url", server.url,
        "--user", USER, "--email", server.email(USER), "--auth", "basic", "--password-stdin",
        "--calendar", stdin=USERS[USER] + "\n",
    )  # fmt: skip
    assert code == 0
    code, report = call("--home", home, "sync", "Kancelář", "--tz", PRAGUE)
    assert code == 0 and report["calendar"]["added"] == 1, report
    code, listed = call(
        "--home", home, "events", "list", "--from", "2026-12-15", "--to", "2026-12-16",
        "--tz", PRAGUE,
    )  # fmt: skip
    (event,) = listed["events"]
    assert (event["summary"], event["start"], event["account"]) == (
        "Jednání u soudu", "2026-12-15T09:00:00+01:00", "Kancelář",
    )  # fmt: skip
    assert event["source"].startswith("account:")
    # Both sides change it: the conflict is listed and decided from the command line.
    server.update_appointment(USER, item, location="Okresní soud")
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile

    database = Database(Profile.open(home).url)
    try:
        with database.session_scope() as s:
            detail = calendar.get_event(s, event["event_id"])
            calendar.update_event(
                s, event["event_id"], replace(detail.data, location="Kancelář"), user_zone=PRAGUE
            )
    finally:
        database.dispose()
    code, report = call("--home", home, "sync", "Kancelář", "--tz", PRAGUE)
    assert report["calendar"]["conflicts"] == 1
    code, conflicts = call("--home", home, "events", "conflicts")
    (conflict,) = conflicts["conflicts"]
    assert (conflict["kind"], conflict["differs_in"]) == ("changed_both", ["location"])
    code, decided = call("--home", home, "events", "resolve", str(conflict["id"]), "theirs")
    assert code == 0 and decided["event_id"] == event["event_id"]
    code, conflicts = call("--home", home, "events", "conflicts")
    assert conflicts["conflicts"] == []


def test_an_invitation_mail_and_its_calendar_copy_are_one_event(server, database, account):
    from smallcrm.core.models import MailAccount

    uid = "040000008200E00074C5B7101A82E00800000000-smlouva"
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261120T080000Z\r\n"
        "DTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\nSUMMARY:Podpis smlouvy\r\n"
        "ORGANIZER:mailto:jana@klient.cz\r\nATTENDEE:mailto:alice@example.test\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    raw = (
        "From: Jana <jana@klient.cz>\r\nTo: alice@example.test\r\nSubject: Podpis smlouvy\r\n"
        "Message-ID: <inv-1@klient.cz>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/calendar; method=REQUEST; charset="utf-8"\r\n\r\n' + ics
    ).encode()
    with database.session_scope() as s:
        s.get(MailAccount, account).privacy = "all"
    server.add_message(USER, "inbox", raw)
    # Exchange puts the meeting in the calendar on its own.
    server.add_appointment(
        USER, subject="Podpis smlouvy", uid=uid, start=datetime(2026, 12, 10, 10, 0),
        end=datetime(2026, 12, 10, 11, 0), organizer=("jana@klient.cz", "Jana"),
    )  # fmt: skip
    _sync(database, account)
    seen = _window(database, date(2026, 12, 10), 1)
    assert [(o.summary, o.source) for o in seen] == [("Podpis smlouvy", _source(account))]
    # Later copies of the invitation change nothing beside the calendar's event.
    server.add_message(USER, "inbox", raw.replace(b"inv-1@", b"inv-2@"))
    _sync(database, account)
    assert len(_window(database, date(2026, 12, 10), 1)) == 1


def test_an_event_made_from_an_invitation_moves_into_the_calendar_once_it_syncs(
    server, database, account
):
    from smallcrm.core.models import MailAccount
    from smallcrm.core.services import matters

    uid = "invitation-before-calendar-sync"
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261120T080000Z\r\n"
        "DTSTART:20261211T090000Z\r\nDTEND:20261211T100000Z\r\nSUMMARY:Jednání\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    raw = (
        "From: Jana <jana@klient.cz>\r\nTo: alice@example.test\r\nSubject: Jednání\r\n"
        "Message-ID: <inv-3@klient.cz>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/calendar; method=REQUEST; charset="utf-8"\r\n\r\n' + ics
    ).encode()
    with database.session_scope() as s:
        row = s.get(MailAccount, account)
        row.privacy, row.calendar = "all", False
    server.add_message(USER, "inbox", raw)
    _sync_mail_only = sync_ews_account(
        database, account, USERS[USER], zone=PRAGUE, offload_parsing=False
    )
    assert _sync_mail_only.invitations == 1
    (made,) = _window(database, date(2026, 12, 11), 1)
    assert made.source == "mail"
    with database.session_scope() as s:
        matter_id = matters.create_matter(s, matters.MatterInput(title="Nájem Brno"))
        s.execute(
            Event.__table__.update().where(Event.id == made.event_id).values(matter_id=matter_id)
        )
        s.get(MailAccount, account).calendar = True
    server.add_appointment(
        USER, subject="Jednání", uid=uid, start=datetime(2026, 12, 11, 10, 0),
        end=datetime(2026, 12, 11, 11, 0),
    )  # fmt: skip
    _sync(database, account)
    (shown,) = _window(database, date(2026, 12, 11), 1)
    assert (shown.source, shown.matter_id) == (_source(account), matter_id)


def test_a_run_stopped_between_create_and_its_record_does_not_create_twice(
    server, database, account
):
    """The exact window a SIGKILL may hit: the server made the item, the database never
    heard its id. The next run finds it by UID; a change made here meanwhile goes out."""
    from smallcrm.core.connectors import ews, ews_calendar
    from smallcrm.core.sync.calendar_engine import appointment

    with database.session_scope() as s:
        event_id = calendar.create_event(
            s,
            EventInput(
                summary="Porada", start=datetime(2027, 1, 11, 9, 0),
                end=datetime(2027, 1, 11, 10, 0), tz=PRAGUE, source=_source(account),
            ),
            user_zone=PRAGUE,
        )  # fmt: skip
        data = calendar.get_event(s, event_id).data
    settings = ews.EwsSettings(url=server.url, user=USER, auth="basic", email=server.email(USER))
    with ews.connect(settings, USERS[USER]) as conn:
        ews_calendar.create_appointment(conn, appointment(data))
    with database.session_scope() as s:
        detail = calendar.get_event(s, event_id)
        calendar.update_event(
            s, event_id, replace(detail.data, location="Zasedačka"), user_zone=PRAGUE
        )
    report = _sync(database, account)
    assert (report.added, report.created_there, report.conflicts) == (0, 0, 0)
    (stored,) = server.appointments(USER)
    assert (stored.subject, stored.location) == ("Porada", "Zasedačka")


def _series_here(database, account, summary):
    with database.session_scope() as s:
        return s.scalar(
            select(Event.id).where(
                Event.source == _source(account), Event.summary == summary,
                Event.recurrence_id == "", Event.deleted_at.is_(None),
            )
        )  # fmt: skip


def test_two_occurrences_changed_here_in_one_run_both_reach_the_server(server, database, account):
    master = server.add_appointment(
        USER, subject="Kurz", start=datetime(2027, 4, 5, 8, 0), end=datetime(2027, 4, 5, 9, 0),
        recurrence={"pattern": "daily", "interval": 1, "start": date(2027, 4, 5), "count": 5},
    )  # fmt: skip
    _sync(database, account)
    occ = _window(database, date(2027, 4, 5), 5)
    with database.session_scope() as s:
        for o, room in ((occ[1], "A"), (occ[3], "B")):
            data = calendar.get_event(s, o.event_id).data
            calendar.update_event(
                s, o.event_id, replace(data, start=o.start.replace(tzinfo=None),
                                       end=o.end.replace(tzinfo=None), rrule=None, location=room),
                user_zone=PRAGUE, scope="this", key=o.key,
            )  # fmt: skip
    report = _sync(database, account)
    assert (report.updated_there, report.conflicts) == (2, 0)
    assert sorted(e.location for e in server.appointment(USER, master).exceptions.values()) == [
        "A", "B",
    ]  # fmt: skip
    # The series renamed there next: no false conflict from the keys our writes changed.
    server.update_appointment(USER, master, subject="Kurz (změna)")
    report = _sync(database, account)
    assert (report.updated, report.conflicts) == (1, 0)


def test_this_and_following_on_a_synced_series_keeps_every_occurrence_once(
    server, database, account
):
    server.add_appointment(
        USER, subject="Výuka", start=datetime(2027, 5, 3, 17, 0), end=datetime(2027, 5, 3, 18, 0),
        recurrence={"pattern": "weekly", "interval": 1, "weekdays": ["Monday"],
                    "start": date(2027, 5, 3), "count": 6},
    )  # fmt: skip
    _sync(database, account)
    occ = _window(database, date(2027, 5, 3), 42)
    with database.session_scope() as s:
        # A changed occurrence later in the series, then "this and following" before it.
        data = calendar.get_event(s, occ[4].event_id).data
        calendar.update_event(
            s, occ[4].event_id, replace(data, start=datetime(2027, 5, 31, 16, 0),
                                        end=datetime(2027, 5, 31, 17, 0), rrule=None,
                                        location="Aula"),
            user_zone=PRAGUE, scope="this", key=occ[4].key,
        )  # fmt: skip
    _sync(database, account)
    occ = _window(database, date(2027, 5, 3), 42)
    with database.session_scope() as s:
        data = calendar.get_event(s, occ[2].event_id).data
        calendar.update_event(
            s, occ[2].event_id, replace(data, start=datetime(2027, 5, 17, 18, 0),
                                        end=datetime(2027, 5, 17, 19, 0)),
            user_zone=PRAGUE, scope="following", key=occ[2].key,
        )  # fmt: skip
    report = _sync(database, account)
    assert report.conflicts == 0 and report.problems == []
    expected = [
        (date(2027, 5, 3), 17), (date(2027, 5, 10), 17), (date(2027, 5, 17), 18),
        (date(2027, 5, 24), 18), (date(2027, 5, 31), 16), (date(2027, 6, 7), 18),
    ]  # fmt: skip
    here = [(o.start.date(), o.start.hour) for o in _window(database, date(2027, 5, 3), 42)]
    assert here == expected
    # Read back from the server into a second, empty profile: the same six, once each.
    again = _sync(database, account)
    assert (again.added, again.updated, again.conflicts) == (0, 0, 0)
    assert [(o.start.date(), o.start.hour) for o in _window(database, date(2027, 5, 3), 42)] == (
        expected
    )
    on_server = server.appointments(USER)
    assert len(on_server) == 2  # the head and the new series


def test_a_new_rule_sent_from_here_keeps_deleted_and_changed_occurrences(server, database, account):
    master = server.add_appointment(
        USER, subject="Porada týmu", start=datetime(2027, 6, 1, 9, 0),
        end=datetime(2027, 6, 1, 10, 0),
        recurrence={"pattern": "daily", "interval": 1, "start": date(2027, 6, 1), "count": 10},
    )  # fmt: skip
    server.delete_occurrence(USER, master, datetime(2027, 6, 3, 9, 0))
    server.modify_occurrence(USER, master, datetime(2027, 6, 4, 9, 0), location="Venku")
    _sync(database, account)
    series = _series_here(database, account, "Porada týmu")
    with database.session_scope() as s:
        data = calendar.get_event(s, series).data
        calendar.update_event(
            s, series, replace(data, rrule="FREQ=DAILY;COUNT=12"), user_zone=PRAGUE
        )
    report = _sync(database, account)
    assert (report.conflicts, report.problems) == (0, [])
    stored = server.appointment(USER, master)
    assert len(stored.deleted_occurrences) == 1
    assert [e.location for e in stored.exceptions.values()] == ["Venku"]
    again = _sync(database, account)
    assert (again.updated, again.conflicts) == (0, 0)
    days = [(o.start.day, o.location) for o in _window(database, date(2027, 6, 1), 14)]
    assert len(days) == 11 and (3, "") not in days and (4, "Venku") in days


def test_an_all_day_series_keeps_its_days_east_of_utc(server, database, account):
    master = server.add_appointment(
        USER, subject="Služba", start=date(2027, 3, 8), end=date(2027, 3, 9), all_day=True,
        tz=CET, reminder_minutes=None,
        recurrence={"pattern": "daily", "interval": 1, "start": date(2027, 3, 8), "count": 5},
    )  # fmt: skip
    server.delete_occurrence(USER, master, datetime(2027, 3, 10, 0, 0))
    server.modify_occurrence(USER, master, datetime(2027, 3, 11, 0, 0), subject="Služba (Eva)")
    _sync(database, account)
    days = [(o.start, o.summary) for o in _window(database, date(2027, 3, 8), 7)]
    assert days == [
        (date(2027, 3, 8), "Služba"), (date(2027, 3, 9), "Služba"),
        (date(2027, 3, 11), "Služba (Eva)"), (date(2027, 3, 12), "Služba"),
    ]  # fmt: skip


def test_deletions_during_a_restarted_read_are_found(server, database, account):
    keep = server.add_appointment(
        USER, subject="Zůstane", start=datetime(2027, 7, 1, 9, 0), end=datetime(2027, 7, 1, 10, 0)
    )
    gone = server.add_appointment(
        USER, subject="Zmizí", start=datetime(2027, 7, 2, 9, 0), end=datetime(2027, 7, 2, 10, 0)
    )
    _sync(database, account)
    with database.session_scope() as s:
        mail_accounts.set_mirror_deletes(s, account, True)
    server.invalidate_sync_states(USER)
    server.delete_item(USER, gone)
    report = _sync(database, account)
    assert report.deleted == 1
    assert [o.summary for o in _window(database, date(2027, 7, 1), 2)] == ["Zůstane"]
    assert keep


def test_a_restarted_read_stopped_halfway_still_finds_the_deletions(server, database, account):
    """The read from the start is numbered in the database: the next run goes on with it
    and, at its end, still removes what the server deleted before it began."""
    from smallcrm.core.services.mail_store import folder_token
    from smallcrm.core.sync.engine import SyncCancelled

    ids = [
        server.add_appointment(
            USER,
            subject=f"Jednání {n}",
            start=datetime(2027, 9, 1 + n, 9, 0),
            end=datetime(2027, 9, 1 + n, 10, 0),
        )
        for n in range(6)
    ]
    _sync(database, account, batch=1)
    with database.session_scope() as s:
        mail_accounts.set_mirror_deletes(s, account, True)
        refused = folder_token(s, account, "calendar")
    server.invalidate_sync_states(USER)
    server.delete_item(USER, ids[4])

    def stop_after_the_first_page() -> None:
        with database.session_scope() as s:
            token = folder_token(s, account, "calendar")
        if token not in (None, refused):  # the read from the start has stored a page
            raise SyncCancelled

    with pytest.raises(SyncCancelled):
        sync_ews_account(
            database, account, USERS[USER], zone=PRAGUE, offload_parsing=False, batch=1,
            check_cancel=stop_after_the_first_page,
        )  # fmt: skip
    with database.session_scope() as s:
        assert calendar_sync.full_read(s, account, "calendar") is not None  # still under way
    report = _sync(database, account, batch=1)
    assert report.deleted == 1
    summaries = [o.summary for o in _window(database, date(2027, 9, 1), 10)]
    assert summaries == ["Jednání 0", "Jednání 1", "Jednání 2", "Jednání 3", "Jednání 5"]
    with database.session_scope() as s:
        assert calendar_sync.full_read(s, account, "calendar") is None  # the read is over
    # The next runs read changes only and delete nothing more.
    assert _sync(database, account).deleted == 0
    assert len(_window(database, date(2027, 9, 1), 10)) == 5


def test_a_series_the_calendar_cannot_read_is_named_and_the_rest_synced(server, database, account):
    """Exchange takes "Weekday" for a weekly series' days; exchangelib reads none there."""
    server.add_appointment(
        USER,
        subject="Ranní porada",
        start=datetime(2027, 10, 4, 8, 30),
        end=datetime(2027, 10, 4, 9, 0),
        recurrence={
            "pattern": "weekly",
            "weekdays": ["Weekday"],
            "count": 7,
            "start": date(2027, 10, 4),
        },  # fmt: skip
    )
    server.add_appointment(
        USER, subject="Jednání", start=datetime(2027, 10, 5, 10), end=datetime(2027, 10, 5, 11)
    )
    report = _sync(database, account)
    assert report.added == 1
    assert report.problems == [
        "“Ranní porada”: The weekly series' days of the week cannot be read."
    ]
    assert [o.summary for o in _window(database, date(2027, 10, 4), 14)] == ["Jednání"]


def test_an_appointment_the_calendar_cannot_read_is_not_taken_for_deleted(
    server, database, account
):
    """A full read that cannot map an item still saw it: it stays, the problem is named."""
    odd = server.add_appointment(
        USER,
        subject="Kolegium",
        start=datetime(2027, 11, 1, 9, 0),
        end=datetime(2027, 11, 1, 10, 0),
        recurrence={
            "pattern": "weekly",
            "weekdays": ["Monday"],
            "count": 4,
            "start": date(2027, 11, 1),
        },  # fmt: skip
    )
    _sync(database, account)
    with database.session_scope() as s:
        mail_accounts.set_mirror_deletes(s, account, True)
    server.update_appointment(
        USER, odd, recurrence={"pattern": "weekly", "weekdays": ["Weekday"], "count": 4,
                               "start": date(2027, 11, 1)},
    )  # fmt: skip
    server.invalidate_sync_states(USER)
    report = _sync(database, account)
    assert report.deleted == 0 and len(report.problems) == 1
    assert "Kolegium" in report.problems[0]
    assert len(_window(database, date(2027, 11, 1), 28)) == 4  # as it was last read


def test_a_change_made_here_while_its_previous_one_was_sent_still_goes(database, account):
    """record_pushed agrees on what was sent, as of when it was read: an edit made in the
    meantime stays a change to send."""
    with database.session_scope() as s:
        event_id = calendar.create_event(
            s,
            EventInput(
                summary="v1", start=datetime(2027, 8, 2, 9, 0), end=datetime(2027, 8, 2, 10, 0),
                tz=PRAGUE, source=_source(account),
            ),
            user_zone=PRAGUE,
        )  # fmt: skip
    with database.session_scope() as s:
        (push,) = calendar_sync.pending_pushes(s, account).pushes
    with database.session_scope() as s:  # the user saves v2 while v1 is on the wire
        data = calendar.get_event(s, event_id).data
        calendar.update_event(s, event_id, replace(data, summary="v2"), user_zone=PRAGUE)
    with database.session_scope() as s:
        calendar_sync.record_pushed(s, account, event_id, "ITEM", "CK", push.data, push.read_at)
    with database.session_scope() as s:
        (again,) = calendar_sync.pending_pushes(s, account).pushes
    assert (again.kind, again.data.summary, again.changed) == ("update", "v2", {"summary"})


def test_our_change_read_back_in_exchanges_terms_is_no_conflict(server, database, account):
    """Killed between an UpdateItem and its record: the server's copy comes back with
    Berlin for Vienna and one reminder of two. That is our own version, not a conflict."""
    from smallcrm.core.connectors import ews, ews_calendar
    from smallcrm.core.sync.calendar_engine import appointment

    with database.session_scope() as s:
        event_id = calendar.create_event(
            s,
            EventInput(
                summary="Schůzka ve Vídni", start=datetime(2027, 9, 6, 10, 0),
                end=datetime(2027, 9, 6, 11, 0), tz="Europe/Vienna", reminders=[15, 60],
                source=_source(account),
            ),
            user_zone=PRAGUE,
        )  # fmt: skip
    assert _sync(database, account).created_there == 1
    with database.session_scope() as s:
        data = replace(calendar.get_event(s, event_id).data, summary="Schůzka ve Vídni (potvrzeno)")
        calendar.update_event(s, event_id, data, user_zone=PRAGUE)
        item_id, change_key = s.execute(
            select(EventRemote.item_id, EventRemote.change_key).where(
                EventRemote.event_id == event_id
            )
        ).one()
    settings = ews.EwsSettings(url=server.url, user=USER, auth="basic", email=server.email(USER))
    with ews.connect(settings, USERS[USER]) as conn:  # sent, never recorded
        ews_calendar.update_appointment(conn, item_id, change_key, appointment(data), {"summary"})
    report = _sync(database, account)
    assert (report.conflicts, report.updated, report.updated_there) == (0, 0, 0)
    with database.session_scope() as s:
        kept = calendar.get_event(s, event_id).data
    assert (kept.tz, kept.reminders) == ("Europe/Vienna", [15, 60])


def test_removing_the_account_keeps_its_mail_and_events(
    server, tmp_path, capsys, monkeypatch, vault
):
    import io

    from smallcrm.cli import main
    from tests.integration.test_ews_sync import _mail

    def call(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main([*argv, "--json"])
        return code, json.loads(capsys.readouterr().out or "null")

    home = str(tmp_path / "firm")
    server.add_message(USER, "inbox", _mail("Smlouva o dílo"))
    server.add_appointment(
        USER, subject="Předání díla", start=datetime(2026, 12, 16, 9, 0),
        end=datetime(2026, 12, 16, 10, 0),
    )  # fmt: skip
    add = (
        "--home", home, "accounts", "add", "ews", "--name", "Kancelář", "--url", server.url,
        "--user", USER, "--email", server.email(USER), "--auth", "basic", "--password-stdin",
        "--calendar", "--privacy", "all", "--since", "all",
    )  # fmt: skip
    assert call(*add, stdin=USERS[USER] + "\n")[0] == 0
    assert call("--home", home, "sync", "Kancelář")[0] == 0
    assert len(vault.store) == 1

    code, removed = call("--home", home, "accounts", "remove", "Kancelář")
    assert code == 0
    assert (removed["messages_kept"], removed["events_kept"]) == (1, 1)
    assert removed["password_forgotten"] and vault.store == {}
    assert call("--home", home, "accounts", "list")[1] == {"accounts": []}
    # What it brought stays: the mail is listed, the event is this computer's now.
    code, listed = call("--home", home, "messages", "list")
    assert [m["subject"] for m in listed["messages"]] == ["Smlouva o dílo"]
    code, events = call(
        "--home", home, "events", "list", "--from", "2026-12-16", "--to", "2026-12-17",
        "--tz", PRAGUE,
    )  # fmt: skip
    assert [(e["summary"], e["source"], e["account"]) for e in events["events"]] == [
        ("Předání díla", "", None)
    ]
    assert call("--home", home, "sync", "Kancelář")[0] != 0  # not an account any more
    # The name is free again.
    assert call(*add, stdin=USERS[USER] + "\n")[0] == 0
