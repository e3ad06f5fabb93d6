"""The dashboard's read on real databases: today, the calendar's day, deadlines, activity."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import calendar as cal
from smallcrm.core.services import dashboard, matters, tasks, timeline
from smallcrm.core.services.calendar import EventInput
from smallcrm.core.services.dashboard import SHOWN, Target, load_dashboard
from smallcrm.core.services.deadline_entries import file_deadline
from smallcrm.core.services.deadlines import compute_deadline, parse_period
from smallcrm.core.services.matters import MatterInput
from smallcrm.core.services.tasks import TaskInput
from smallcrm.core.services.timeline import ActivityInput

PRAGUE = "Europe/Prague"
P = ZoneInfo(PRAGUE)
TODAY = date(2026, 5, 13)  # a Wednesday
NOW = datetime(2026, 5, 13, 15, 0, tzinfo=P)
# The clocks go back in Prague on 25 October 2026: that day has 25 hours.
AUTUMN = date(2026, 10, 25)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    """The same tests on the embedded SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        yield request.getfixturevalue("database")
        return
    pg_url = request.getfixturevalue("pg_url")
    database = Database(pg_url)
    try:
        migrate.upgrade(Profile.open(tmp_path / "pg", db_url=pg_url), database)
        yield database
    finally:
        database.dispose()


def person(s, given: str, family: str) -> int:
    return book.save_record(s, ContactRecord(given_name=given, family_name=family)).id


def task(s, title: str, due: date | None, **kw) -> int:
    return tasks.create_task(s, TaskInput(title=title, due_on=due, **kw))


def read(db, today: date = TODAY, now: datetime = NOW) -> dashboard.Dashboard:
    with db.session_scope() as s:
        return load_dashboard(s, today, now, PRAGUE)


# --- tasks ------------------------------------------------------------------------------


def test_today_and_overdue_tasks_with_their_counts(db):
    with db.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        lease = matters.create_matter(s, MatterInput("Lease", number="2026/0042"))
        ids = {
            "old": task(s, "Oldest overdue", TODAY - timedelta(days=9), matter_id=lease),
            "late": task(s, "Overdue", TODAY - timedelta(days=1), people=[jana]),
            "untimed": task(s, "Today untimed", TODAY),
            "urgent": task(s, "Today urgent", TODAY, priority=1),
            "at_nine": task(s, "Today at nine", TODAY, due_time=time(9), matter_id=lease),
            "deadline": task(s, "Deadline: appeal", TODAY, kind="deadline"),
            "tomorrow": task(s, "Tomorrow", TODAY + timedelta(days=1)),
            "someday": task(s, "Someday", None),
            "done": task(s, "Done already", TODAY),
            "done_late": task(s, "Done late", TODAY - timedelta(days=3)),
            "binned": task(s, "In the trash", TODAY),
        }
        # A follow-up has its own list, not the "Today" ones.
        tasks.follow_up(s, 0, ref=book.Ref("person", jana), today=TODAY - timedelta(days=2))
        tasks.mark_done(s, ids["done"], datetime(2026, 5, 13, 8, tzinfo=UTC))
        tasks.set_task_status(s, ids["done_late"], "cancelled")
        tasks.delete_task(s, ids["binned"])

    board = read(db)
    assert [t.title for t in board.due_today] == [
        "Today at nine",
        "Today urgent",
        "Today untimed",
        "Deadline: appeal",
    ]
    assert [t.title for t in board.overdue] == ["Oldest overdue", "Overdue"]
    nine = board.due_today[0]
    assert nine.target == Target("task", ids["at_nine"])
    assert (nine.due_time, nine.matter_number) == (time(9), "2026/0042")
    assert board.overdue[1].who == "Jana Nováková"
    counts = board.counts
    assert (counts.due_today, counts.overdue) == (4, 2)
    # Open: the eight above that are neither done, cancelled nor trashed, and the follow-up.
    assert counts.open_tasks == 9
    assert counts.follow_ups == 1


def test_long_lists_are_cut_but_counted(db):
    with db.session_scope() as s:
        for n in range(SHOWN + 3):
            task(s, f"Late {n:02}", TODAY - timedelta(days=20 - n))
    board = read(db)
    assert [t.title for t in board.overdue] == [f"Late {n:02}" for n in range(SHOWN)]
    assert board.counts.overdue == SHOWN + 3


def test_follow_ups_open_whom_they_are_for_and_people_out_of_touch(db):
    with db.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        petr = person(s, "Petr", "Dvořák")
        firm = book.save_record(s, ContactRecord(kind="organization", display_name="ACME")).id
        case = matters.create_matter(s, MatterInput("Audit", number="2026/0007"))
        tasks.follow_up(s, 0, ref=book.Ref("person", jana), today=TODAY - timedelta(days=4))
        tasks.follow_up(s, 0, ref=book.Ref("organization", firm), today=TODAY)
        tasks.follow_up(s, 0, matter_id=case, today=TODAY - timedelta(days=1))
        tasks.follow_up(s, 3, ref=book.Ref("person", petr), today=TODAY)  # not due yet
        tasks.set_stay_in_touch(s, petr, 2)
        timeline.log_activity(
            s,
            ActivityInput(kind="call", occurred_at=NOW - timedelta(weeks=3), people=[petr]),
        )
    board = read(db)
    assert [(f.title, f.target) for f in board.follow_ups] == [
        ("Follow up: Jana Nováková", Target("person", jana)),
        ("Follow up: 2026/0007 Audit", Target("matter", case)),
        ("Follow up: ACME", Target("organization", firm)),
    ]
    [late] = board.out_of_touch
    assert (late.target, late.name, late.weeks) == (Target("person", petr), "Petr Dvořák", 2)
    assert late.due == (NOW - timedelta(weeks=1)).date()
    assert board.counts.out_of_touch == 1


# --- the calendar's day -----------------------------------------------------------------


def test_todays_events_follow_the_users_day_on_the_day_the_clocks_go_back(db):
    with db.session_scope() as s:

        def event(summary: str, start: datetime, minutes: int = 30, **kw) -> int:
            end = start + timedelta(minutes=minutes)
            return cal.create_event(
                s, EventInput(summary, start, end, tz=PRAGUE, **kw), user_zone=PRAGUE
            )

        event("Late the evening before", datetime(2026, 10, 24, 23, 30))
        first = event("Just after midnight", datetime(2026, 10, 25, 0, 30))
        # 23:30 on the 25-hour day is 22:30 UTC: a day taken as 24 hours from its midnight
        # (22:00 UTC the day before) would end before it.
        last = event("Last thing", datetime(2026, 10, 25, 23, 30))
        event("Next morning", datetime(2026, 10, 26, 0, 30))
        event(
            "Nightly backup check",
            datetime(2026, 10, 20, 23, 40),
            minutes=10,
            rrule="FREQ=DAILY",
        )
        cal.create_event(
            s,
            EventInput("Office closed", AUTUMN, AUTUMN + timedelta(days=1), all_day=True),
            user_zone=PRAGUE,
        )
        cal.create_event(
            s,
            EventInput(
                "Deadline entry", AUTUMN, AUTUMN + timedelta(days=1), all_day=True, kind="deadline"
            ),
            user_zone=PRAGUE,
        )
        event("Cancelled call", datetime(2026, 10, 25, 10), status="cancelled")

    board = read(db, AUTUMN, datetime(2026, 10, 25, 12, tzinfo=P))
    titles = [e.occurrence.summary for e in board.events]
    assert titles == [
        "Office closed",
        "Just after midnight",
        "Last thing",
        "Nightly backup check",
    ]
    assert board.events[1].target == Target("event", first, board.events[1].occurrence.key)
    assert board.events[2].target.id == last
    nightly = board.events[3].occurrence
    assert nightly.recurring and nightly.start == datetime(2026, 10, 25, 23, 40, tzinfo=P)
    assert board.counts.events_today == 4
    # The deadline entry is a deadline, not an event of the day.
    assert [d.title for d in board.deadlines] == ["Deadline entry"]


# --- deadlines --------------------------------------------------------------------------


def test_deadlines_of_the_next_fourteen_days_each_once(db):
    with db.session_scope() as s:
        case = matters.create_matter(s, MatterInput("Lease", number="2026/0042"))
        other = matters.create_matter(s, MatterInput("Audit", number="2026/0007"))
        # The calculator files a task and an all-day entry linked to it: listed once.
        computed = compute_deadline(date(2026, 5, 4), parse_period("15d"), "CZ")
        filed = file_deadline(
            s, case, computed, title="Deadline: appeal", remind_days_before=3, user_zone=PRAGUE
        )

        def entry(title: str, day: date, matter_id: int | None) -> int:
            return cal.create_event(
                s,
                EventInput(
                    title,
                    day,
                    day + timedelta(days=1),
                    all_day=True,
                    kind="deadline",
                    matter_id=matter_id,
                ),
                user_zone=PRAGUE,
            )

        court = entry("Court: statement", TODAY + timedelta(days=3), other)
        # An entry beside its own task (imported, not linked): the task stands for both.
        task(s, "Objection", TODAY + timedelta(days=5), kind="deadline", matter_id=other)
        entry("Objection", TODAY + timedelta(days=5), other)
        edge = task(s, "Last day in view", TODAY + timedelta(days=14), kind="deadline")
        task(s, "Too far", TODAY + timedelta(days=15), kind="deadline")
        task(s, "Missed", TODAY - timedelta(days=1), kind="deadline")
        task(s, "Plain task", TODAY + timedelta(days=2))
        met = file_deadline(
            s,
            case,
            compute_deadline(date(2026, 5, 8), parse_period("8d"), "CZ"),
            title="Deadline: met",
            remind_days_before=1,
            user_zone=PRAGUE,
        )
        tasks.mark_done(s, met.task_id, datetime(2026, 5, 12, 9, tzinfo=UTC))
        entry("Today's court deadline", TODAY, None)
        entry("Yesterday's", TODAY - timedelta(days=1), None)

    board = read(db)
    found = [(d.title, d.day, d.days_left, d.target.kind) for d in board.deadlines]
    assert computed.deadline == date(2026, 5, 19)
    assert found == [
        ("Today's court deadline", TODAY, 0, "event"),
        ("Court: statement", date(2026, 5, 16), 3, "event"),
        ("Objection", date(2026, 5, 18), 5, "task"),
        ("Deadline: appeal", date(2026, 5, 19), 6, "task"),
        ("Last day in view", date(2026, 5, 27), 14, "task"),
    ]
    appeal = board.deadlines[3]
    assert appeal.target == Target("task", filed.task_id)
    assert (appeal.matter_number, appeal.matter_title) == ("2026/0042", "Lease")
    statement = board.deadlines[1]
    assert statement.target == Target("event", court, statement.occurrence.key)
    assert statement.matter_number == "2026/0007"
    assert board.deadlines[4].target.id == edge
    assert board.counts.deadlines == 5


# --- activity and matters ---------------------------------------------------------------


def test_recent_activity_newest_first_with_who_and_what(db):
    with db.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        petr = person(s, "Petr", "Dvořák")
        case = matters.create_matter(s, MatterInput("Lease", number="2026/0042"))

        def log(subject: str, hours_ago: float, **kw) -> int:
            kw.setdefault("people", [jana])
            return timeline.log_activity(
                s,
                ActivityInput(
                    kind=kw.pop("kind", "call"),
                    subject=subject,
                    occurred_at=NOW - timedelta(hours=hours_ago),
                    **kw,
                ),
            )

        for n in range(12):
            log(f"Call {n}", 30 + n)
        log("Planned for tomorrow", -20)  # not activity yet
        binned = log("Trashed", 1)
        timeline.trash_activity(s, binned)
        log("Meeting both", 2, kind="meeting", people=[petr, jana], matter_id=case)
        log("Matter note", 3, kind="note", people=[], matter_id=case)
        moved_id = matters.stages(s)[1].id
        matters.move_stage(s, case, moved_id, when=NOW - timedelta(hours=4))

    board = read(db)
    assert [a.subject for a in board.recent][:5] == [
        "Meeting both",
        "Matter note",
        "Inquiry → Conflict check",
        "Call 0",
        "Call 1",
    ]
    assert len(board.recent) == dashboard.RECENT
    meeting, note, stage = board.recent[:3]
    assert meeting.who == ("Petr Dvořák", "Jana Nováková")
    assert (meeting.kind, meeting.matter_number) == ("meeting", "2026/0042")
    assert meeting.target == Target("person", petr)
    assert note.target == Target("matter", case)
    assert (stage.kind, stage.target) == ("stage", Target("matter", case))
    assert board.recent[0].occurred_at == (NOW - timedelta(hours=2)).astimezone(UTC)


def test_matters_by_stage_count_open_matters_in_pipeline_order(db):
    with db.session_scope() as s:
        stages = {st.key: st.id for st in matters.stages(s)}
        made = [matters.create_matter(s, MatterInput(f"Matter {n}")) for n in range(7)]
        keys = ("engaged", "engaged", "active", "closed", "declined", "engaged", "inquiry")
        for matter_id, key in zip(made, keys, strict=True):
            matters.move_stage(s, matter_id, stages[key])
        matters.trash_matter(s, made[5])
        # The firm puts "Active" before "Engaged" in its pipeline.
        order = [st.id for st in matters.stages(s)]
        order.remove(stages["active"])
        order.insert(order.index(stages["engaged"]), stages["active"])
        matters.reorder_stages(s, order)

    board = read(db)
    assert [(st.key, st.phase, st.count) for st in board.stages] == [
        ("inquiry", "intake", 1),
        ("conflict_check", "intake", 0),
        ("active", "engaged", 1),
        ("engaged", "engaged", 2),
    ]
    assert board.counts.open_matters == 4
    assert board.stages[3].stage_id == stages["engaged"]


def test_an_empty_profile_reads_as_nothing_to_do(db):
    board = read(db)
    assert board.due_today == board.overdue == board.events == []
    assert board.follow_ups == board.out_of_touch == board.deadlines == board.recent == []
    assert board.sync == []  # no accounts yet
    assert [st.count for st in board.stages] == [0] * len(board.stages)
    assert board.counts.contacts == board.counts.open_tasks == 0
    assert (board.today, board.now) == (TODAY, NOW)
