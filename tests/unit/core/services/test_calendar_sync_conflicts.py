"""What ``list_conflicts`` tells of a change on both sides: the fields and their two values."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from smallcrm.core.services import calendar as cal
from smallcrm.core.services import calendar_sync, mail_accounts
from smallcrm.core.services.calendar import EventInput

PRAGUE = "Europe/Prague"


def account(session) -> int:
    return mail_accounts.add_account(
        session,
        mail_accounts.AccountInput(
            name="Office",
            host="",
            user_name="alice",
            kind="ews",
            url="https://x/EWS/Exchange.asmx",
            auth="basic",
            calendar=True,
            sync_minutes=None,
        ),
    )


def test_differences_hold_both_values_of_each_changed_field(database):
    base = EventInput(
        "Hearing", datetime(2026, 6, 1, 9), datetime(2026, 6, 1, 10), tz=PRAGUE, reminders=[15]
    )
    with database.session_scope() as s:
        office = account(s)
        base = replace(base, source=mail_accounts.calendar_source(office))
        event_id = cal.create_event(s, base, user_zone=PRAGUE)
        calendar_sync.record_pushed(s, office, event_id, "ITEM1", "CK1")
        notes = "Long\nnotes  " + "x" * 300
        cal.update_event(
            s,
            event_id,
            replace(base, location="Room 2", description=notes),
            user_zone=PRAGUE,
            scope="all",
        )
        server = replace(
            base,
            location="Brno office",
            start=datetime(2026, 6, 1, 10),
            end=datetime(2026, 6, 1, 11),
            reminders=[15, 60],
        )
        calendar_sync.record_conflict(s, office, event_id, "changed_both", server, "CK2")
        other = cal.create_event(s, replace(base, summary="Call"), user_zone=PRAGUE)
        calendar_sync.record_pushed(s, office, other, "ITEM2", "CK1")
        calendar_sync.record_conflict(s, office, other, "deleted_remotely", None, None)
        conflict, deleted = calendar_sync.list_conflicts(s)

    here_notes = conflict.differences[0][1]
    assert here_notes.startswith("Long notes xxx") and here_notes.endswith("…")
    assert len(here_notes) == 200
    assert conflict.differences == (
        ("description", here_notes, ""),
        ("end", "2026-06-01T10:00:00", "2026-06-01T11:00:00"),
        ("location", "Room 2", "Brno office"),
        ("reminders", "15", "15, 60"),
        ("start", "2026-06-01T09:00:00", "2026-06-01T10:00:00"),
    )
    assert [d[0] for d in conflict.differences] == list(conflict.changed)
    assert conflict.to_json()["differences"][2] == {
        "field": "location",
        "here": "Room 2",
        "server": "Brno office",
    }
    assert deleted.differences == () and deleted.to_json()["differences"] == []
