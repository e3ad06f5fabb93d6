"""The loopback EWS server, driven by exchangelib's normal code path (real SOAP parsing)."""

from __future__ import annotations

import datetime

import exchangelib
import pytest
from exchangelib import BASIC, DELEGATE, Account, Configuration, Credentials, Version  # noqa: E402
from exchangelib.version import EXCHANGE_2016  # noqa: E402

from tests.servers.ews import USERS  # noqa: E402


@pytest.fixture
def server(ews_server):
    ews_server.reset()
    yield ews_server
    exchangelib.close_connections()


def account(server, user: str = "alice", password: str | None = None) -> Account:
    config = Configuration(
        service_endpoint=server.url,
        credentials=Credentials(user, password or USERS[user]),
        auth_type=BASIC,
        version=Version(build=EXCHANGE_2016),
    )
    return Account(server.email(user), config=config, autodiscover=False, access_type=DELEGATE)


def message(n: int) -> bytes:
    return f"Subject: test {n}\r\nFrom: a@example.test\r\n\r\nbody {n}\r\n".encode()


def test_distinguished_folders_and_tree(server):
    server.add_message("alice", "inbox", message(1))
    server.add_folder("alice", "Klienti")
    acc = account(server)
    assert acc.inbox.name == "Inbox"
    assert acc.inbox.total_count == 1
    assert acc.sent.name == "Sent Items"
    names = {f.name for f in acc.msg_folder_root.walk()}
    assert {"Inbox", "Sent Items", "Drafts", "Deleted Items", "Klienti"} <= names
    assert server.requests["GetFolder"] >= 1
    assert server.requests["FindFolder"] >= 1


def test_mailboxes_are_separate(server):
    server.add_message("bob", "inbox", message(1))
    assert account(server, "alice").inbox.total_count == 0
    assert account(server, "bob").inbox.total_count == 1


def test_sync_items_pages_and_resumes(server):
    ids = [server.add_message("alice", "inbox", message(n)) for n in range(25)]
    inbox = account(server).inbox
    server.reset_counters()
    changes = list(inbox.sync_items(only_fields=["id", "changekey"], max_changes_returned=10))
    assert [c[0] for c in changes] == ["create"] * 25
    assert [c[1].id for c in changes] == ids
    assert server.requests["SyncFolderItems"] == 3  # 10 + 10 + 5, then IncludesLastItemInRange
    state = inbox.item_sync_state
    assert state

    server.delete_item("alice", ids[0])
    server.set_read("alice", ids[1])
    new = server.add_message("alice", "inbox", message(99))
    changes = list(inbox.sync_items(sync_state=state, only_fields=["id", "changekey"]))
    kinds = {(kind, getattr(item, "id", None) or item[0].id) for kind, item in changes}
    assert kinds == {
        ("delete", ids[0]),
        ("read_flag_change", ids[1]),
        ("create", new),
    }
    # Nothing new: an empty page with the same answer.
    assert list(inbox.sync_items(sync_state=inbox.item_sync_state)) == []


def test_getitem_many_in_one_request_with_mime(server):
    ids = [server.add_message("alice", "inbox", message(n)) for n in range(150)]
    server.set_read("alice", ids[3])
    acc = account(server)
    inbox = acc.inbox
    server.reset_counters()
    items = list(
        acc.fetch(
            ids=[(i, None) for i in ids],
            folder=inbox,
            only_fields=["mime_content", "is_read", "datetime_received"],
            chunk_size=150,
        )
    )
    assert server.requests["GetItem"] == 1
    assert [i.mime_content for i in items] == [message(n) for n in range(150)]
    assert [i.is_read for i in items[:5]] == [False, False, False, True, False]
    assert items[0].datetime_received is not None


def test_getitem_missing_item_is_an_error_per_item(server):
    keep = server.add_message("alice", "inbox", message(1))
    gone = server.add_message("alice", "inbox", message(2))
    server.delete_item("alice", gone)
    acc = account(server)
    items = list(acc.fetch(ids=[(keep, None), (gone, None)], folder=acc.inbox))
    assert items[0].mime_content == message(1)
    assert isinstance(items[1], exchangelib.errors.ErrorItemNotFound)


def test_wrong_password_is_401(server):
    with pytest.raises(exchangelib.errors.UnauthorizedError):
        account(server, password="wrong").inbox  # noqa: B018


# ------------------------------------------------------------------ calendar

PRAGUE = "Central Europe Standard Time"


def utc(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def test_calendar_folder_is_listed(server):
    acc = account(server)
    assert acc.calendar.name == "Calendar"
    assert isinstance(acc.calendar, exchangelib.folders.Calendar)
    assert "Calendar" in {f.name for f in acc.msg_folder_root.walk()}


def test_single_appointment_has_utc_times_and_zone(server):
    item_id = server.add_appointment(
        "alice",
        subject="Schůzka s klientem",
        start=datetime.datetime(2026, 7, 1, 10, 0),
        end=datetime.datetime(2026, 7, 1, 11, 30),
        location="Praha",
        body="Agenda",
        attendees=[
            ("bob@example.test", "Bob", "required", "Accept"),
            ("eve@other.test", "Eve", "optional", "Tentative"),
        ],
        reminder_minutes=None,
    )
    acc = account(server)
    (item,) = acc.fetch(ids=[(item_id, None)])
    assert item.subject == "Schůzka s klientem"
    assert item.start == utc(2026, 7, 1, 8, 0)  # CEST, UTC+2
    assert item.end == utc(2026, 7, 1, 9, 30)
    assert item._start_timezone.ms_id == PRAGUE
    assert item.type == "Single"
    assert item.location == "Praha"
    assert item.body == "Agenda"
    assert item.reminder_is_set is False
    assert item.organizer.email_address == "alice@example.test"
    assert [(a.mailbox.email_address, a.response_type) for a in item.required_attendees] == [
        ("bob@example.test", "Accept")
    ]
    assert [a.mailbox.name for a in item.optional_attendees] == ["Eve"]
    assert item.is_meeting is True
    assert item.uid.startswith("040000008200E00074C5B7101A82E008")


def test_weekly_series_over_dst_with_moved_and_deleted_occurrences(server):
    master = server.add_appointment(
        "alice",
        subject="Porada",
        start=datetime.datetime(2026, 3, 16, 9, 0),
        end=datetime.datetime(2026, 3, 16, 10, 0),
        recurrence={
            "pattern": "weekly",
            "interval": 1,
            "weekdays": ["Monday"],
            "start": datetime.date(2026, 3, 16),
            "count": 5,
        },
    )
    before = server.appointment("alice", master).change_key
    moved = server.modify_occurrence(
        "alice",
        master,
        datetime.datetime(2026, 3, 30, 9, 0),
        start=datetime.datetime(2026, 3, 31, 14, 0),
        end=datetime.datetime(2026, 3, 31, 15, 0),
        subject="Porada (přesunuto)",
    )
    server.delete_occurrence("alice", master, datetime.datetime(2026, 3, 16, 9, 0))
    assert server.appointment("alice", master).change_key != before

    acc = account(server)
    (item,) = acc.fetch(ids=[(master, None)])
    assert item.type == "RecurringMaster"
    assert item.recurrence.pattern.weekdays == [1]  # Monday
    assert item.recurrence.boundary.number == 5
    assert item.recurrence.boundary.start == datetime.date(2026, 3, 16)
    # The first one is deleted: FirstOccurrence is the second, still in winter time.
    assert item.first_occurrence.start == utc(2026, 3, 23, 8, 0)
    assert item.last_occurrence.start == utc(2026, 4, 13, 7, 0)  # summer time: 09:00 CEST
    (modified,) = item.modified_occurrences
    assert modified.id == moved
    assert modified.start == utc(2026, 3, 31, 12, 0)
    assert modified.original_start == utc(2026, 3, 30, 7, 0)
    assert [d.start for d in item.deleted_occurrences] == [utc(2026, 3, 16, 8, 0)]

    fourth = item.occurrence(4)
    fourth.refresh()
    assert fourth.type == "Occurrence"
    assert fourth.start == utc(2026, 4, 6, 7, 0)
    assert fourth.original_start == utc(2026, 4, 6, 7, 0)
    assert fourth.subject == "Porada"

    (exception,) = acc.fetch(ids=[(moved, None)])
    assert exception.type == "Exception"
    assert exception.subject == "Porada (přesunuto)"
    assert exception.start == utc(2026, 3, 31, 12, 0)
    assert exception.recurrence_id == utc(2026, 3, 30, 7, 0)

    gone = item.occurrence(1)
    with pytest.raises(exchangelib.errors.ErrorCalendarOccurrenceIsDeletedFromRecurrence):
        gone.refresh()
    master_again = fourth.recurring_master()
    master_again.refresh()
    assert master_again.id == master


def test_all_day_item_comes_back_as_dates(server):
    item_id = server.add_appointment(
        "alice",
        subject="Dovolená",
        start=datetime.date(2026, 8, 3),
        end=datetime.date(2026, 8, 8),
        all_day=True,
        tz="UTC",
    )
    (item,) = account(server).fetch(ids=[(item_id, None)])
    assert item.is_all_day is True
    assert item.start == datetime.date(2026, 8, 3)
    assert item.end == datetime.date(2026, 8, 7)  # exchangelib makes the end inclusive


def test_create_update_and_conflict(server):
    acc = account(server)
    prague = exchangelib.EWSTimeZone("Europe/Prague")
    item = exchangelib.CalendarItem(
        account=acc,
        folder=acc.calendar,
        subject="Nová schůzka",
        body="Poznámky",
        start=exchangelib.EWSDateTime(2026, 3, 27, 15, 0, tzinfo=prague),
        end=exchangelib.EWSDateTime(2026, 3, 27, 16, 0, tzinfo=prague),
        location="Brno",
        reminder_is_set=True,  # exchangelib's default is False, sent as such
        reminder_minutes_before_start=30,
        required_attendees=[
            exchangelib.Attendee(
                mailbox=exchangelib.Mailbox(email_address="bob@example.test", name="Bob")
            )
        ],
        recurrence=exchangelib.recurrence.Recurrence(
            pattern=exchangelib.recurrence.WeeklyPattern(interval=1, weekdays=[5]),
            start=datetime.date(2026, 3, 27),
            number=3,
        ),
    )
    item.save()
    stored = server.appointment("alice", item.id)
    assert stored.subject == "Nová schůzka"
    assert stored.tz == PRAGUE
    assert stored.start == datetime.datetime(2026, 3, 27, 15, 0)
    assert stored.end == datetime.datetime(2026, 3, 27, 16, 0)
    assert stored.location == "Brno"
    assert stored.body == "Poznámky"
    assert stored.reminder_minutes == 30
    assert stored.attendees == [("bob@example.test", "Bob", "required", "Unknown")]
    assert stored.recurrence["pattern"] == "weekly"
    assert stored.recurrence["weekdays"] == ["Friday"]
    assert stored.recurrence["count"] == 3
    assert stored.uid
    assert item.changekey == stored.change_key

    stale = item.changekey
    item.subject = "Přejmenováno"
    item.start = exchangelib.EWSDateTime(2026, 3, 27, 16, 0, tzinfo=prague)
    item.end = exchangelib.EWSDateTime(2026, 3, 27, 17, 0, tzinfo=prague)
    item.save(update_fields=["subject", "start", "end"])
    stored = server.appointment("alice", item.id)
    assert stored.subject == "Přejmenováno"
    assert stored.start == datetime.datetime(2026, 3, 27, 16, 0)
    assert item.changekey == stored.change_key != stale
    # Occurrences follow the master's new time across the DST change (3rd is on 10 April).
    (fresh,) = acc.fetch(ids=[(item.id, None)])
    assert fresh.last_occurrence.start == utc(2026, 4, 10, 14, 0)

    old = exchangelib.CalendarItem(account=acc, folder=acc.calendar, id=item.id, changekey=stale)
    old.location = "Ostrava"
    with pytest.raises(exchangelib.errors.ErrorIrresolvableConflict):
        old.save(update_fields=["location"], conflict_resolution="NeverOverwrite")
    assert server.appointment("alice", item.id).location == "Brno"
    old.save(update_fields=["location"], conflict_resolution="AlwaysOverwrite")
    assert server.appointment("alice", item.id).location == "Ostrava"

    # Changing one occurrence through its OccurrenceItemId makes an exception.
    second = fresh.occurrence(2)
    second.refresh()
    second.subject = "Jen tentokrát"
    second.save(update_fields=["subject"])
    master = server.appointment("alice", item.id)
    (exception,) = master.exceptions.values()
    assert exception.subject == "Jen tentokrát"
    assert server.appointment("alice", second.id).is_exception


def test_delete_item_and_occurrence(server):
    acc = account(server)
    single = server.add_appointment(
        "alice",
        subject="Smazat",
        start=datetime.datetime(2026, 5, 4, 9, 0),
        end=datetime.datetime(2026, 5, 4, 10, 0),
    )
    series = server.add_appointment(
        "alice",
        subject="Denně",
        start=datetime.datetime(2026, 5, 4, 8, 0),
        end=datetime.datetime(2026, 5, 4, 8, 15),
        tz="W. Europe Standard Time",
        recurrence={"pattern": "daily", "interval": 1, "start": datetime.date(2026, 5, 4)},
    )
    one, master = acc.fetch(ids=[(single, None), (series, None)])
    one.delete()
    assert [a.item_id for a in server.appointments("alice")] == [series]
    master.occurrence(3).delete()
    stored = server.appointment("alice", series)
    assert list(stored.deleted_occurrences.values()) == [datetime.datetime(2026, 5, 6, 8, 0)]
    (master,) = acc.fetch(ids=[(series, None)])
    assert [d.start for d in master.deleted_occurrences] == [utc(2026, 5, 6, 6, 0)]
    assert master.last_occurrence is None  # no end
    (missing,) = acc.fetch(ids=[(single, None)])
    assert isinstance(missing, exchangelib.errors.ErrorItemNotFound)


def test_calendar_sync_reports_create_update_delete(server):
    acc = account(server)
    first = server.add_appointment(
        "alice",
        subject="A",
        start=datetime.datetime(2026, 6, 1, 9, 0),
        end=datetime.datetime(2026, 6, 1, 10, 0),
    )
    server.add_message("alice", "inbox", message(1))  # another folder: not in this sync
    calendar = acc.calendar
    changes = list(calendar.sync_items(only_fields=["subject", "start", "end"]))
    assert [(kind, item.id, item.subject) for kind, item in changes] == [("create", first, "A")]
    assert changes[0][1].start == utc(2026, 6, 1, 7, 0)
    state = calendar.item_sync_state

    second = server.add_appointment(
        "alice",
        subject="B",
        start=datetime.datetime(2026, 6, 2, 9, 0),
        end=datetime.datetime(2026, 6, 2, 10, 0),
        recurrence={
            "pattern": "relative_monthly",
            "interval": 1,
            "weekdays": ["Tuesday"],
            "week_index": "First",
            "start": datetime.date(2026, 6, 2),
            "end": datetime.date(2026, 12, 31),
        },
    )
    server.update_appointment("alice", first, subject="A2")
    server.modify_occurrence("alice", second, datetime.datetime(2026, 7, 7, 9, 0), location="Jinde")
    changes = list(calendar.sync_items(sync_state=state, only_fields=["subject"]))
    # Only masters and single items: the exception shows as the master's own Create.
    assert sorted((kind, item.id) for kind, item in changes) == sorted(
        [("update", first), ("create", second)]
    )
    state = calendar.item_sync_state
    server.delete_item("alice", first)
    server.delete_occurrence("alice", second, datetime.datetime(2026, 8, 4, 9, 0))
    changes = list(calendar.sync_items(sync_state=state, only_fields=["subject"]))
    assert sorted((kind, getattr(item, "id", None)) for kind, item in changes) == sorted(
        [("delete", first), ("update", second)]
    )


def test_calendar_operations_take_faults_and_reset_clears(server):
    acc = account(server)
    server.add_appointment(
        "alice",
        subject="X",
        start=datetime.datetime(2026, 6, 1, 9, 0),
        end=datetime.datetime(2026, 6, 1, 10, 0),
    )
    server.fail_next("server_busy", operation="CreateItem")
    item = exchangelib.CalendarItem(
        account=acc,
        folder=acc.calendar,
        subject="Y",
        start=exchangelib.EWSDateTime(2026, 6, 2, 9, 0, tzinfo=exchangelib.UTC),
        end=exchangelib.EWSDateTime(2026, 6, 2, 10, 0, tzinfo=exchangelib.UTC),
    )
    # exchangelib's default retry policy is FailFast: the fault reaches the caller.
    with pytest.raises(exchangelib.errors.ErrorServerBusy):
        item.save()
    assert len(server.appointments("alice")) == 1
    item.save()
    assert server.requests["CreateItem"] == 2
    assert len(server.appointments("alice")) == 2
    server.reset()
    assert server.appointments("alice") == []


def test_adding_many_appointments_is_fast(server):
    import time

    began = time.perf_counter()
    for n in range(2000):
        server.add_appointment(
            "alice",
            subject=f"Item {n}",
            start=datetime.datetime(2026, 1, 1, 9, 0) + datetime.timedelta(hours=n),
            end=datetime.datetime(2026, 1, 1, 10, 0) + datetime.timedelta(hours=n),
        )
    assert time.perf_counter() - began < 1.0
