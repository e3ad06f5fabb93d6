"""Importing real .ics files into the calendar: nothing unhandled, nothing doubled on re-import."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from smallcrm.core.services import calendar as cal
from smallcrm.core.services.calendar_files import export_ics, import_ics

DATA = Path(__file__).resolve().parents[3] / "data" / "ics"
PRAGUE = "Europe/Prague"
P = ZoneInfo(PRAGUE)


def _corpus() -> list[tuple[str, bytes]]:
    files = sorted(DATA.glob("*.ics"))
    assert len(files) >= 100, f"the corpus copy in {DATA} is missing"
    return [(f.name, f.read_bytes()) for f in files]


def _count(database) -> tuple[int, int]:
    from sqlalchemy import text

    with database.engine.connect() as conn:
        events = conn.execute(text("SELECT count(*) FROM event")).scalar()
        tasks = conn.execute(text("SELECT count(*) FROM task")).scalar()
    return events, tasks


def test_every_corpus_file_imports_and_a_second_import_doubles_nothing(database):
    files = _corpus()
    with database.session_scope() as s:
        first = import_ics(s, files, user_zone=PRAGUE)
    assert first.files == len(files)
    assert first.added > 400 and first.tasks_added > 0
    # Broken input is reported per event with file, line and reason; never a crash.
    for problem in first.problems:
        assert problem.file.endswith(".ics") and problem.line >= 1 and problem.reason
    empty = [p for p in first.problems if p.file == "icalendar_many_empty_vevents.ics"]
    assert len(empty) == 20 and empty[0].line == 2 and "no start" in empty[0].reason
    latin1 = [w for w in first.warnings if w.file == "thunderbird_latin1_encoded_ics.ics"]
    assert any("cp1252" in w.reason for w in latin1), latin1
    rows = _count(database)
    with database.session_scope() as s:
        again = import_ics(s, files, user_zone=PRAGUE)
    assert again.added == 0 and again.tasks_added == 0
    assert _count(database) == rows
    # Every stored event can be listed: a year around the corpus's dates expands cleanly.
    with database.session_scope() as s:
        listed = cal.occurrences(
            s,
            datetime(2006, 1, 1, tzinfo=P),
            datetime(2027, 1, 1, tzinfo=P),
            user_zone=PRAGUE,
        )
    assert len(listed) > first.added


def test_invitation_then_cancellation_by_uid(database, tmp_path):
    request = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:hearing-42@court.cz\r\nSEQUENCE:0\r\nDTSTAMP:20261101T080000Z\r\n"
        "DTSTART;TZID=Europe/Prague:20261202T090000\r\n"
        "DTEND;TZID=Europe/Prague:20261202T100000\r\nSUMMARY:Hearing\r\n"
        "ORGANIZER;CN=Soud:mailto:podatelna@soud.cz\r\n"
        "ATTENDEE;CN=Jana Nováková;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:"
        "mailto:jana@example.cz\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    moved = (
        request.replace("SEQUENCE:0", "SEQUENCE:1")
        .replace("T090000", "T130000")
        .replace("T100000", "T140000")
    )
    cancel = request.replace("METHOD:REQUEST", "METHOD:CANCEL").replace("SEQUENCE:0", "SEQUENCE:2")
    day = (datetime(2026, 12, 2, tzinfo=P), datetime(2026, 12, 3, tzinfo=P))
    with database.session_scope() as s:
        assert import_ics(s, [("invite.ics", request.encode())], user_zone=PRAGUE).added == 1
        assert import_ics(s, [("update.ics", moved.encode())], user_zone=PRAGUE).updated == 1
        # An older copy of the invitation arriving late changes nothing.
        assert import_ics(s, [("late.ics", request.encode())], user_zone=PRAGUE).unchanged == 1
        [occ] = cal.occurrences(s, *day, user_zone=PRAGUE)
        assert occ.start == datetime(2026, 12, 2, 13, tzinfo=P)
        detail = cal.get_event(s, occ.event_id)
        assert detail.data.attendees[0].email == "jana@example.cz"
        assert import_ics(s, [("cancel.ics", cancel.encode())], user_zone=PRAGUE).cancelled == 1
        [occ] = cal.occurrences(s, *day, user_zone=PRAGUE)
        assert occ.status == "cancelled"
        assert cal.occurrences(s, *day, user_zone=PRAGUE, include_cancelled=False) == []


def test_this_and_future_splits_the_series_once_however_often_imported(database):
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:weekly@firm.cz\r\nDTSTAMP:20260101T000000Z\r\n"
        b"DTSTART;TZID=Europe/Prague:20260105T100000\r\nDTEND;TZID=Europe/Prague:20260105T110000\r\n"
        b"RRULE:FREQ=WEEKLY;COUNT=6\r\nSUMMARY:Team\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:weekly@firm.cz\r\nDTSTAMP:20260101T000000Z\r\n"
        b"RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Prague:20260119T100000\r\n"
        b"DTSTART;TZID=Europe/Prague:20260119T150000\r\nDTEND;TZID=Europe/Prague:20260119T160000\r\n"
        b"SUMMARY:Team (afternoons)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    for _ in range(2):
        with database.session_scope() as s:
            import_ics(s, [("team.ics", ics)], user_zone=PRAGUE)
    with database.session_scope() as s:
        occs = cal.occurrences(
            s, datetime(2026, 1, 1, tzinfo=P), datetime(2026, 3, 1, tzinfo=P), user_zone=PRAGUE
        )
    assert [(o.start.strftime("%m-%d %H:%M"), o.summary) for o in occs] == [
        ("01-05 10:00", "Team"),
        ("01-12 10:00", "Team"),
        ("01-19 15:00", "Team (afternoons)"),
        ("01-26 15:00", "Team (afternoons)"),
        ("02-02 15:00", "Team (afternoons)"),
        ("02-09 15:00", "Team (afternoons)"),
    ]


def test_export_keeps_zones_and_series(database):
    with database.session_scope() as s:
        cal.create_event(
            s,
            cal.EventInput(
                "Board",
                datetime(2026, 3, 16, 9),
                datetime(2026, 3, 16, 10),
                tz=PRAGUE,
                rrule="FREQ=WEEKLY;UNTIL=20260406T090000",
                exdates=[datetime(2026, 3, 23, 9)],
            ),
            user_zone=PRAGUE,
        )
        cal.create_event(
            s,
            cal.EventInput("Holiday", date(2026, 5, 1), date(2026, 5, 2), all_day=True),
            user_zone=PRAGUE,
        )
        data = export_ics(s)
    text = data.decode()
    assert "DTSTART;TZID=Europe/Prague:20260316T090000" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Prague" in text
    # UNTIL of a zoned series is UTC in the file (RFC 5545): 09:00 CEST is 07:00Z.
    assert "UNTIL=20260406T070000Z" in text
    assert "DTSTART;VALUE=DATE:20260501" in text
