"""Task views, recurrence, quick add and edits, on a real (SQLite) database."""

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Task
from smallcrm.core.paths import Profile
from smallcrm.core.recurrence import InvalidRecurrence
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.matters import MatterInput
from smallcrm.core.services.tasks import RECURRENCE_PRESETS, TaskInput

TODAY = date(2026, 5, 13)  # a Wednesday
PRAGUE = ZoneInfo("Europe/Prague")
LAST_WORKING_DAY = RECURRENCE_PRESETS["last_working_day"]


def person(s, given: str, family: str) -> Ref:
    return book.save_record(s, ContactRecord(given_name=given, family_name=family))


def organization(s, name: str) -> Ref:
    return book.save_record(s, ContactRecord(kind="organization", display_name=name))


def seed(database) -> dict[str, int]:
    """A firm's week: tasks overdue, today (timed and not), upcoming, undated and done."""
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        firm = organization(s, "Dvořák a.s.")
        lease = matters.create_matter(s, MatterInput("Lease", number="2026/0042"))
        audit = matters.create_matter(s, MatterInput("Audit", number="2026/0007"))

        def add(title: str, due: date | None, **kw) -> int:
            return tasks.create_task(s, TaskInput(title=title, due_on=due, **kw))

        ids = {
            "old": add("Oldest overdue", TODAY - timedelta(days=9), matter_id=lease),
            "late": add("Overdue", TODAY - timedelta(days=1), people=[jana.id]),
            "untimed": add("Today untimed", TODAY, priority=-1),
            "untimed_high": add("Today urgent", TODAY, priority=1, organizations=[firm.id]),
            "at_nine": add("Today at nine", TODAY, due_time=time(9, 0), matter_id=audit),
            "at_eight": add("Today at eight", TODAY, due_time=time(8, 0), matter_id=lease),
            "soon": add("Next week", TODAY + timedelta(days=7), matter_id=lease),
            "tomorrow": add("Tomorrow", TODAY + timedelta(days=1), people=[jana.id]),
            "someday": add("Someday", None),
            "done": add("Done already", TODAY - timedelta(days=2), people=[jana.id]),
            "binned": add("In the trash", TODAY),
        }
        ids.update(jana=jana.id, firm=firm.id, lease=lease, audit=audit)
        tasks.mark_done(s, ids["done"], datetime(2026, 5, 12, 10, tzinfo=UTC))
        tasks.delete_task(s, ids["binned"])
    return ids


def titles(rows) -> list[str]:
    return [r.title for r in rows]


# --- views -----------------------------------------------------------------------------


def test_views_split_and_order_the_open_tasks(database):
    ids = seed(database)
    with database.session_scope() as s:
        assert titles(tasks.task_list(s, "overdue", today=TODAY)) == ["Oldest overdue", "Overdue"]
        # Timed first by time, then the untimed ones with high priority first.
        assert titles(tasks.task_list(s, "today", today=TODAY)) == [
            "Today at eight",
            "Today at nine",
            "Today urgent",
            "Today untimed",
        ]
        assert titles(tasks.task_list(s, "upcoming", today=TODAY)) == ["Tomorrow", "Next week"]
        every = titles(tasks.task_list(s, "all_open", today=TODAY))
        assert every[:2] == ["Oldest overdue", "Overdue"] and every[-1] == "Someday"
        assert len(every) == 9 and "In the trash" not in every and "Done already" not in every
        assert titles(tasks.task_list(s, "done", today=TODAY)) == ["Done already"]
        assert tasks.task_counts(s, TODAY) == {
            "today": 4,
            "overdue": 2,
            "upcoming": 2,
            "all_open": 9,
            "done": 1,
        }
        # The same tasks seen a day later: today's are overdue now.
        assert tasks.task_counts(s, TODAY + timedelta(days=1))["overdue"] == 6
        with pytest.raises(ValueError, match="unknown task view"):
            tasks.task_list(s, "someday")
    assert ids["old"] != ids["late"]


def test_rows_carry_what_the_list_shows(database):
    ids = seed(database)
    with database.session_scope() as s:
        rows = {r.title: r for r in tasks.task_list(s, "all_open", today=TODAY)}
        old = rows["Oldest overdue"]
        assert (old.matter_id, old.matter_number, old.matter_title) == (
            ids["lease"],
            "2026/0042",
            "Lease",
        )
        assert old.overdue(TODAY) and not rows["Tomorrow"].overdue(TODAY)
        assert rows["Overdue"].people == ((ids["jana"], "Jana Nováková"),)
        assert rows["Today urgent"].organizations == ((ids["firm"], "Dvořák a.s."),)
        [done] = tasks.task_list(s, "done", today=TODAY)
        assert done.status == "done" and done.done_at == datetime(2026, 5, 12, 10, tzinfo=UTC)


def test_by_matter_and_due_before(database):
    ids = seed(database)
    with database.session_scope() as s:
        lease = tasks.task_list(s, "all_open", matter_id=ids["lease"], today=TODAY)
        assert titles(lease) == ["Oldest overdue", "Today at eight", "Next week"]
        groups = tasks.tasks_by_matter(s, today=TODAY)
        # Matters by number; the tasks of no matter last.
        assert [g.number for g in groups] == ["2026/0007", "2026/0042", None]
        assert titles(groups[1].rows) == titles(lease)
        assert groups[0].title == "Audit" and groups[2].matter_id is None
        assert sum(len(g.rows) for g in groups) == 9
        # Strictly before the day; undated tasks are due before nothing.
        before = tasks.task_list(s, "all_open", today=TODAY, due_before=TODAY)
        assert titles(before) == ["Oldest overdue", "Overdue"]
        assert tasks.task_list(s, "all_open", today=TODAY, limit=3)[-1].title == "Today at eight"


def test_json_for_the_cli(database):
    ids = seed(database)
    with database.session_scope() as s:
        rows = tasks.task_list(s, "today", today=TODAY)
        data = tasks.tasks_json(rows)
    json.dumps(data)  # plain JSON types only
    first = data[0]
    assert set(first) >= {
        "id",
        "title",
        "kind",
        "due_on",
        "due_time",
        "priority",
        "status",
        "assignee",
        "matter_id",
        "rrule",
        "people",
        "organizations",
    }
    assert first["title"] == "Today at eight"
    assert (first["due_on"], first["due_time"]) == ("2026-05-13", "08:00")
    assert (first["matter_id"], first["matter_number"]) == (ids["lease"], "2026/0042")
    urgent = next(d for d in data if d["title"] == "Today urgent")
    assert urgent["organizations"] == [{"id": ids["firm"], "name": "Dvořák a.s."}]
    assert urgent["priority"] == 1 and urgent["due_time"] is None and urgent["status"] == "open"


# --- recurrence ------------------------------------------------------------------------


def test_last_working_day_of_the_month_across_months():
    day = date(2026, 1, 30)  # a Friday, the last working day of January 2026
    seen = []
    for _ in range(6):
        day = tasks.next_due(LAST_WORKING_DAY, day)
        seen.append(day)
    # Feb 28 2026 is a Saturday, May 31 a Sunday, Jan 31 2027 a Sunday.
    assert seen == [
        date(2026, 2, 27),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 29),
        date(2026, 6, 30),
        date(2026, 7, 31),
    ]
    assert all(d.weekday() < 5 for d in seen)
    assert tasks.next_due(LAST_WORKING_DAY, date(2026, 12, 31)) == date(2027, 1, 29)
    assert tasks.preset_of("rrule:freq=monthly;byday=mo,tu,we,th,fr;bysetpos=-1") == (
        "last_working_day"
    )
    assert tasks.preset_of("FREQ=MONTHLY;INTERVAL=3") is None


def test_completing_a_recurring_task_files_it_and_makes_the_next(database):
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        payroll = matters.create_matter(s, MatterInput("Payroll", number="2026/0100"))
        due = date(2026, 3, 31)
        # Reminded at 09:00 Prague time the day before; March 30 is still winter time.
        remind = datetime(2026, 3, 30, 9, 0, tzinfo=PRAGUE)
        task_id = tasks.create_task(
            s,
            TaskInput(
                title="Send payroll",
                due_on=due,
                due_time=time(10, 0),
                priority=1,
                assignee="Eva",
                notes="Use the new template",
                remind_at=remind,
                matter_id=payroll,
                people=[jana.id],
                rrule="RRULE:freq=monthly;byday=mo,tu,we,th,fr;bysetpos=-1",
            ),
        )
        done = tasks.mark_done(s, task_id, datetime(2026, 4, 2, 8, tzinfo=UTC), zone=PRAGUE)
    with database.session_scope() as s:
        [item] = timeline.timeline(s, payroll)
        assert (item.id, item.kind, item.subject) == (done.activity_id, "task", "Send payroll")
        assert item.people == ((jana.id, "Jana Nováková"),)
        assert done.next_task_id is not None
        nxt = tasks.get_task(s, done.next_task_id)
        # The day after the due day of the one done, not after the day it was done.
        assert nxt.due_on == date(2026, 4, 30) and nxt.status == "open"
        assert (nxt.title, nxt.due_time, nxt.priority, nxt.assignee, nxt.notes) == (
            "Send payroll",
            time(10, 0),
            1,
            "Eva",
            "Use the new template",
        )
        assert (nxt.matter_id, nxt.people, nxt.rrule) == (
            payroll,
            ((jana.id, "Jana Nováková"),),
            LAST_WORKING_DAY,
        )
        # Still 09:00 the day before on Prague's wall clock, now in summer time.
        assert nxt.remind_at == datetime(2026, 4, 29, 9, 0, tzinfo=PRAGUE)
        assert tasks.get_task(s, task_id).status == "done"
        left = tasks.task_list(s, "all_open", matter_id=payroll, today=date(2026, 4, 2))
        assert [r.id for r in left] == [done.next_task_id]


def test_count_and_until_end_the_series(database):
    with database.session_scope() as s:
        counted = tasks.create_task(
            s, TaskInput("Twice", due_on=date(2026, 5, 4), rrule="FREQ=WEEKLY;COUNT=2")
        )
        second = tasks.mark_done(s, counted).next_task_id
        assert second is not None
        nxt = tasks.get_task(s, second)
        assert (nxt.due_on, nxt.rrule) == (date(2026, 5, 11), "FREQ=WEEKLY;COUNT=1")
        assert tasks.mark_done(s, second).next_task_id is None
        until = tasks.create_task(
            s, TaskInput("Until", due_on=date(2026, 5, 4), rrule="FREQ=DAILY;UNTIL=20260505")
        )
        last = tasks.mark_done(s, until).next_task_id
        assert last is not None and tasks.get_task(s, last).due_on == date(2026, 5, 5)
        assert tasks.mark_done(s, last).next_task_id is None
        # A plain task of nobody's: done, nothing filed, nothing next.
        plain = tasks.create_task(s, TaskInput("Plain", due_on=date(2026, 5, 4)))
        assert tasks.mark_done(s, plain) == tasks.Completion(plain, 0, None)


def test_rules_a_task_cannot_follow_are_refused(database):
    with database.session_scope() as s:
        with pytest.raises(tasks.InvalidTask, match="needs a due date"):
            tasks.create_task(s, TaskInput("No day", rrule="FREQ=DAILY"))
        with pytest.raises(tasks.InvalidTask, match="at most daily"):
            tasks.create_task(s, TaskInput("Hourly", due_on=TODAY, rrule="FREQ=HOURLY"))
        with pytest.raises(InvalidRecurrence):
            tasks.create_task(s, TaskInput("Nonsense", due_on=TODAY, rrule="FREQ=SOMETIMES"))
        with pytest.raises(InvalidRecurrence):
            tasks.create_task(s, TaskInput("Bad day", due_on=TODAY, rrule="FREQ=WEEKLY;BYDAY=XX"))
        with pytest.raises(tasks.InvalidTask, match="one RRULE line"):
            tasks.create_task(
                s, TaskInput("Two", due_on=TODAY, rrule="DTSTART:20260101\nRRULE:FREQ=DAILY")
            )
        with pytest.raises(tasks.InvalidTask, match="needs a title"):
            tasks.create_task(s, TaskInput("  ", due_on=TODAY))
        with pytest.raises(tasks.InvalidTask, match="needs a due date"):
            tasks.create_task(s, TaskInput("Time only", due_time=time(9, 0)))
        # A blank rule is no rule.
        plain = tasks.create_task(s, TaskInput("Blank rule", due_on=TODAY, rrule="  "))
        assert tasks.get_task(s, plain).rrule is None
        assert tasks.task_list(s, "all_open", today=TODAY) == [tasks.get_task(s, plain)]


def test_a_rule_stored_unchecked_stops_the_done_whole(database):
    with database.session_scope() as s:
        task_id = tasks.create_task(s, TaskInput("Imported", due_on=TODAY))
        # As an import or an older version might have written it, past the checks.
        s.execute(update(Task).where(Task.id == task_id).values(rrule="FREQ=SOMETIMES"))
    with pytest.raises(InvalidRecurrence), database.session_scope() as s:
        tasks.mark_done(s, task_id)
    with database.session_scope() as s:
        assert tasks.get_task(s, task_id).status == "open"  # rolled back, nothing half done


# --- edits, trash and undo -------------------------------------------------------------


def test_update_delete_restore_and_undo_done(database):
    ids = seed(database)
    with database.session_scope() as s:
        tasks.update_task(
            s,
            ids["someday"],
            TaskInput(
                "Someday, now dated",
                notes="More",
                due_on=TODAY,
                priority=1,
                assignee="Pavel",
                matter_id=ids["audit"],
                organizations=[ids["firm"]],
                rrule=RECURRENCE_PRESETS["weekly"],
            ),
        )
        row = tasks.get_task(s, ids["someday"])
        assert (row.title, row.due_on, row.priority, row.assignee, row.matter_number) == (
            "Someday, now dated",
            TODAY,
            1,
            "Pavel",
            "2026/0007",
        )
        assert row.organizations == ((ids["firm"], "Dvořák a.s."),) and row.people == ()
        assert row.rrule == "FREQ=WEEKLY"

        tasks.delete_task(s, ids["someday"])
        assert ids["someday"] not in [r.id for r in tasks.task_list(s, "all_open", today=TODAY)]
        with pytest.raises(RecordNotFound):
            tasks.get_task(s, ids["someday"])
        with pytest.raises(RecordNotFound):
            tasks.update_task(s, ids["someday"], TaskInput("Gone"))
        tasks.restore_task(s, ids["someday"])
        assert tasks.get_task(s, ids["someday"]).title == "Someday, now dated"

        done = tasks.mark_done(s, ids["someday"])
        assert done.next_task_id is not None and done.activity_id
        assert [i.id for i in timeline.timeline(s, ids["audit"])] == [done.activity_id]
        tasks.undo_done(s, done)
        assert tasks.get_task(s, ids["someday"]).status == "open"
        assert timeline.timeline(s, ids["audit"]) == []
        with pytest.raises(RecordNotFound):
            tasks.get_task(s, done.next_task_id)

        assert tasks.set_task_status(s, ids["tomorrow"], "cancelled") is None
        assert tasks.get_task(s, ids["tomorrow"]).status == "cancelled"
        assert "Tomorrow" in titles(tasks.task_list(s, "done", today=TODAY))
        assert tasks.set_task_status(s, ids["tomorrow"], "open") is None
        completion = tasks.set_task_status(s, ids["tomorrow"], "done")
        assert completion is not None and completion.activity_id
        with pytest.raises(tasks.InvalidTask, match="already done"):
            tasks.complete_task(s, ids["tomorrow"])
        with pytest.raises(tasks.InvalidTask, match="status"):
            tasks.set_task_status(s, ids["tomorrow"], "someday")


# --- quick add -------------------------------------------------------------------------


def test_quick_add_reads_day_time_priority_and_matter(database):
    ids = seed(database)
    with database.session_scope() as s:

        def lookup(number: str) -> int | None:
            return tasks.matter_id_by_number(s, number)

        data = tasks.parse_quick_add("Call Novák tomorrow 14:00 !high #2026/0042", TODAY, lookup)
        assert (data.title, data.due_on, data.due_time, data.priority, data.matter_id) == (
            "Call Novák",
            TODAY + timedelta(days=1),
            time(14, 0),
            1,
            ids["lease"],
        )
        task_id = tasks.create_task(s, data)
        assert tasks.get_task(s, task_id).matter_number == "2026/0042"
        # An unknown number is no matter: it stays in the title for the user to see.
        unknown = tasks.parse_quick_add("Ask about #2099/1", TODAY, lookup)
        assert (unknown.title, unknown.matter_id) == ("Ask about #2099/1", None)
        assert tasks.matter_choices(s)[0] == (ids["audit"], "2026/0007", "Audit")


@pytest.mark.parametrize(
    ("text", "title", "due", "at", "priority"),
    [
        ("Zavolat Novákovi zítra ve 14:00", "Zavolat Novákovi", date(2026, 5, 14), time(14), 0),
        ("Zavolať zajtra", "Zavolať", date(2026, 5, 14), None, 0),
        ("Zadzwonić jutro o 9:30", "Zadzwonić", date(2026, 5, 14), time(9, 30), 0),
        ("Sepsat žalobu dnes !low", "Sepsat žalobu", TODAY, None, -1),
        ("Przegląd dziś", "Przegląd", TODAY, None, 0),
        ("Send the draft on Friday", "Send the draft", date(2026, 5, 15), None, 0),
        ("wednesday standup", "standup", date(2026, 5, 20), None, 0),  # a week on, not today
        ("File it 15.6.", "File it", date(2026, 6, 15), None, 0),
        ("Renew 10.1.", "Renew", date(2027, 1, 10), None, 0),  # January has passed
        ("Hearing 3.9.2026 at 8:15", "Hearing", date(2026, 9, 3), time(8, 15), 0),
        ("Deadline 2026-07-01 !h", "Deadline", date(2026, 7, 1), None, 1),
        ("Lunch at 1pm", "Lunch", TODAY, time(13), 0),  # a time alone is today's
        ("Check back +3d", "Check back", date(2026, 5, 16), None, 0),
        ("Review sun clause on 31.2.", "Review sun clause on 31.2.", None, None, 0),
        ("Call Tom at the office", "Call Tom at the office", None, None, 0),
        ("Today's agenda 25:00", "Today's agenda 25:00", None, None, 0),
    ],
)
def test_quick_add_words(text, title, due, at, priority):
    data = tasks.parse_quick_add(text, TODAY)
    assert (data.title, data.due_on, data.due_time, data.priority) == (title, due, at, priority)
    assert data.matter_id is None and data.rrule is None


@pytest.mark.postgres
def test_views_and_recurrence_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        # One database for the lot: each seeds its own records (matter numbers differ).
        test_views_split_and_order_the_open_tasks(database)
        test_completing_a_recurring_task_files_it_and_makes_the_next(database)
    finally:
        database.dispose()
