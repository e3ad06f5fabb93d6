"""`smallcrm import ics / export ics / events list / tasks list / deadline`: JSON out."""

import json
from pathlib import Path

import pytest

from smallcrm.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"


def run(capsys, *argv):
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def refused(capsys, *argv) -> str:
    code = main([*argv, "--json"])
    captured = capsys.readouterr()
    assert code == 2, captured
    assert "Traceback" not in captured.err
    return json.loads(captured.out)["error"]


SERIES = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Test//EN\r
BEGIN:VEVENT\r
UID:weekly-board@firm.cz\r
DTSTAMP:20260301T000000Z\r
DTSTART;TZID=Europe/Prague:20260316T090000\r
DTEND;TZID=Europe/Prague:20260316T100000\r
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4\r
EXDATE;TZID=Europe/Prague:20260323T090000\r
SUMMARY:Board\r
LOCATION:Room 2\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly-board@firm.cz\r
DTSTAMP:20260301T000000Z\r
RECURRENCE-ID;TZID=Europe/Prague:20260330T090000\r
DTSTART;TZID=Europe/Prague:20260330T140000\r
DTEND;TZID=Europe/Prague:20260330T150000\r
SUMMARY:Board (afternoon)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:broken@firm.cz\r
DTSTART:2026-99-99\r
SUMMARY:Broken\r
END:VEVENT\r
BEGIN:VTODO\r
UID:todo-1@firm.cz\r
DTSTAMP:20260301T000000Z\r
DUE;VALUE=DATE:20260320\r
SUMMARY:File the annual accounts\r
PRIORITY:1\r
END:VTODO\r
END:VCALENDAR\r
"""


@pytest.fixture
def home(tmp_path, capsys):
    home = str(tmp_path / "firm")
    run(capsys, "--home", home, "db", "upgrade")
    return home


def test_import_list_export_and_reimport(home, tmp_path, capsys):
    path = tmp_path / "board.ics"
    path.write_bytes(SERIES)
    report = run(capsys, "--home", home, "import", "ics", str(path))
    assert (report["added"], report["tasks_added"]) == (2, 1)
    [problem] = report["problems"]
    assert problem["file"].endswith("board.ics") and problem["line"] == 24  # the DTSTART line
    assert problem["uid"] == "broken@firm.cz"
    listed = run(
        capsys, "--home", home, "events", "list", "--from", "2026-03-01", "--to", "2026-04-30",
        "--tz", "Europe/Prague",
    )  # fmt: skip
    got = [(e["summary"], e["start"], e["end"], e["recurrence_id"]) for e in listed["events"]]
    assert got == [
        ("Board", "2026-03-16T09:00:00+01:00", "2026-03-16T10:00:00+01:00", "20260316T080000Z"),
        # 23 March is excluded; 30 March (summer time) moved to the afternoon.
        (
            "Board (afternoon)",
            "2026-03-30T14:00:00+02:00",
            "2026-03-30T15:00:00+02:00",
            "20260330T070000Z",
        ),
        ("Board", "2026-04-06T09:00:00+02:00", "2026-04-06T10:00:00+02:00", "20260406T070000Z"),
    ]
    first = listed["events"][0]
    assert first["uid"] == "weekly-board@firm.cz" and first["tz"] == "Europe/Prague"
    assert first["location"] == "Room 2" and first["all_day"] is False
    assert first["matter_id"] is None
    # The same list seen from New York: dates taken in that zone, times in it.
    ny = run(
        capsys, "--home", home, "events", "list", "--from", "2026-03-16", "--to", "2026-03-17",
        "--tz", "America/New_York",
    )  # fmt: skip
    assert [e["start"] for e in ny["events"]] == ["2026-03-16T04:00:00-04:00"]
    tasks = run(capsys, "--home", home, "tasks", "list", "--due-before", "2026-04-01")
    assert [(t["title"], t["due_on"], t["priority"]) for t in tasks["tasks"]] == [
        ("File the annual accounts", "2026-03-20", 1)
    ]
    # Importing the same file again updates; nothing doubles.
    again = run(capsys, "--home", home, "import", "ics", str(path))
    assert (again["added"], again["updated"], again["tasks_updated"]) == (0, 2, 1)
    out = tmp_path / "out.ics"
    exported = run(capsys, "--home", home, "export", "ics", str(out))
    assert (exported["events"], exported["tasks"]) == (2, 1)
    # The export imported into another profile lists the same occurrences.
    other = str(tmp_path / "other")
    run(capsys, "--home", other, "db", "upgrade")
    back = run(capsys, "--home", other, "import", "ics", str(out))
    assert (back["added"], back["tasks_added"], back["problems"]) == (2, 1, [])
    relisted = run(
        capsys, "--home", other, "events", "list", "--from", "2026-03-01", "--to", "2026-04-30",
        "--tz", "Europe/Prague",
    )  # fmt: skip
    assert relisted["events"] == [
        {**e, "event_id": r["event_id"]}
        for e, r in zip(listed["events"], relisted["events"], strict=True)
    ]


def test_deadline_json_and_bad_input(home, capsys):
    got = run(capsys, "deadline", "--from", "2026-12-07", "--add", "15d", "--country", "CZ")
    assert got["deadline"] == "2026-12-22" and got["skipped"] == []
    # 10 days from Monday 14 December 2026 end on Thursday 24 December: Christmas Eve,
    # Christmas, St Stephen's and a Sunday are skipped.
    xmas = run(capsys, "deadline", "--from", "2026-12-14", "--add", "10d", "--country", "cz")
    assert xmas["deadline"] == "2026-12-28"
    assert [d["date"] for d in xmas["skipped"]] == [
        "2026-12-24",
        "2026-12-25",
        "2026-12-26",
        "2026-12-27",
    ]
    assert "period" in refused(capsys, "deadline", "--from", "2026-12-14", "--add", "ten days")
    assert "YYYY-MM-DD" in refused(capsys, "deadline", "--from", "14.12.2026", "--add", "10d")
    assert "--to must be after" in refused(
        capsys, "--home", home, "events", "list", "--from", "2026-03-02", "--to", "2026-03-01"
    )
    assert "Unknown time zone" in refused(
        capsys, "--home", home, "events", "list", "--from", "2026-03-01", "--to", "2026-03-02",
        "--tz", "Mars/Olympus",
    )  # fmt: skip
