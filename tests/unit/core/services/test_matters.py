"""Matters, the timeline and follow-ups, on a real database (SQLite; PostgreSQL at the end)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Activity, Matter
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.matters import InvalidMatter, MatterInput, MatterQuery
from smallcrm.core.services.timeline import ActivityInput


def person(s, given: str, family: str, organization: str = "") -> Ref:
    return book.save_record(
        s, ContactRecord(given_name=given, family_name=family, organization=organization)
    )


def stage_id(s, key: str) -> int:
    return next(st.id for st in matters.stages(s) if st.key == key)


def test_numbers_follow_the_pattern_and_restart_each_year(database):
    with database.session_scope() as s:
        first = matters.create_matter(s, MatterInput("Novák v. Dvořák", opened_on=date(2026, 3, 1)))
        second = matters.create_matter(
            s, MatterInput("Tax return 2025", opened_on=date(2026, 3, 2))
        )
        next_year = matters.create_matter(s, MatterInput("Audit", opened_on=date(2027, 1, 5)))
        numbers = [matters.matter_detail(s, m).number for m in (first, second, next_year)]
    assert numbers == ["2026/0001", "2026/0002", "2027/0001"]
    with database.session_scope() as s:
        matters.set_number_pattern(s, "M-{yy}-{seq:03}")
        third = matters.create_matter(s, MatterInput("Payroll", opened_on=date(2026, 4, 1)))
        assert matters.matter_detail(s, third).number == "M-26-003"
        with pytest.raises(InvalidMatter, match="needs \\{seq\\}"):
            matters.set_number_pattern(s, "{year}/x")
        with pytest.raises(InvalidMatter, match="placeholder"):
            matters.set_number_pattern(s, "{year}/{seq}/{client}")


def test_a_number_is_never_handed_out_twice(database):
    with database.session_scope() as s:
        matters.create_matter(s, MatterInput("Taken by hand", number="2026/0001"))
        auto = matters.create_matter(s, MatterInput("Next", opened_on=date(2026, 5, 1)))
        assert matters.matter_detail(s, auto).number == "2026/0002"
        with pytest.raises(InvalidMatter, match="already used"):
            matters.create_matter(s, MatterInput("Clash", number="2026/0002"))


def test_bad_input_names_the_reason_and_stores_nothing(database):
    with database.session_scope() as s:
        with pytest.raises(InvalidMatter, match="needs a title"):
            matters.create_matter(s, MatterInput("   "))
        with pytest.raises(InvalidMatter, match="close before it opens"):
            matters.create_matter(
                s, MatterInput("X", opened_on=date(2026, 5, 2), closed_on=date(2026, 5, 1))
            )
        matter = matters.create_matter(s, MatterInput("Real"))
        with pytest.raises(InvalidMatter, match="Unknown party role"):
            matters.add_party(s, matter, Ref("person", 1), "friend")
        with pytest.raises(RecordNotFound):
            matters.add_party(s, matter, Ref("person", 999), "client")
    with database.session_scope() as s:
        assert matters.count_matters(s) == 1


def test_stage_moves_land_on_the_timeline_and_close_the_matter(database):
    with database.session_scope() as s:
        client = person(s, "Jana", "Nováková")
        matter = matters.create_matter(s, MatterInput("Lease"), [(client, "client")])
        assert matters.stage_phase(s, matter) == "intake"
        matters.move_stage(s, matter, stage_id(s, "engaged"))
        matters.move_stage(s, matter, stage_id(s, "closed"))
        detail = matters.matter_detail(s, matter)
        assert detail.closed_on == date.today()
        items = timeline.timeline(s, matter)
        assert [i.subject for i in items] == ["Engaged → Closed", "Inquiry → Engaged"]
        # The client's own timeline shows the matter moving too.
        assert [i.kind for i in timeline.timeline(s, client)] == ["stage", "stage"]
        matters.move_stage(s, matter, stage_id(s, "active"))  # reopened
        assert matters.matter_detail(s, matter).closed_on is None
        assert matters.move_stage(s, matter, stage_id(s, "active")) is None  # no move


def test_list_filters_and_board(database):
    with database.session_scope() as s:
        client = person(s, "Petr", "Dvořák")
        other = person(s, "Eva", "Malá")
        litigation = next(t.id for t in matters.matter_types(s) if t.key == "litigation")
        a = matters.create_matter(
            s, MatterInput("Dvořák v. Stát", type_id=litigation, responsible="JUDr. Nová"),
            [(client, "client"), (other, "opposing_party")],
        )  # fmt: skip
        b = matters.create_matter(s, MatterInput("Daňové přiznání", responsible="Ing. Malý"))
        matters.move_stage(s, b, stage_id(s, "declined"))
    with database.session_scope() as s:
        assert matters.list_matter_ids(s, MatterQuery(text="dvorak")) == [a]  # party or title
        assert matters.list_matter_ids(s, MatterQuery(text="danove")) == [b]  # diacritics folded
        assert matters.list_matter_ids(s, MatterQuery(open_only=True)) == [a]
        assert matters.list_matter_ids(s, MatterQuery(type_id=litigation)) == [a]
        assert matters.list_matter_ids(s, MatterQuery(party=other)) == [a]
        assert matters.list_matter_ids(s, MatterQuery(responsible="jUDr. nová")) == [a]
        rows = matters.matter_rows(s, [a])
        assert rows[0].clients == "Petr Dvořák"
        board = matters.board(s)
        assert board[stage_id(s, "inquiry")][0] == 1
        assert [r.id for r in board[stage_id(s, "declined")][1]] == [b]
        roles = {p.name: p.role for p in matters.parties(s, a)}
        assert roles == {"Petr Dvořák": "client", "Eva Malá": "opposing_party"}
        assert [(m.id, role) for m, role in matters.matters_of(s, other)] == [(a, "opposing_party")]


def test_stages_and_types_are_editable(database):
    with database.session_scope() as s:
        new = matters.save_stage(s, "Waiting for court", "engaged")
        assert matters.stages(s)[-1].name == "Waiting for court"
        order = [st.id for st in matters.stages(s)]
        matters.reorder_stages(s, [new, *[i for i in order if i != new]])
        assert matters.stages(s)[0].id == new
        with pytest.raises(InvalidMatter, match="already a stage"):
            matters.save_stage(s, "inquiry", "intake")
        matter = matters.create_matter(s, MatterInput("X", stage_id=new))
        with pytest.raises(InvalidMatter, match="in this stage"):
            matters.archive_stage(s, new)
        matters.move_stage(s, matter, stage_id(s, "active"))
        matters.archive_stage(s, new)
        assert new not in [st.id for st in matters.stages(s)]
        kind = matters.save_matter_type(s, "Insolvency")
        assert "Insolvency" in [t.name for t in matters.matter_types(s)]
        matters.archive_matter_type(s, kind)
        assert "Insolvency" not in [t.name for t in matters.matter_types(s)]


def test_timeline_is_newest_first_filtered_and_paged(database):
    base = datetime(2026, 1, 1, 9, tzinfo=UTC)
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        petr = person(s, "Petr", "Dvořák")
        matter = matters.create_matter(s, MatterInput("Lease"))
        for n in range(250):
            timeline.log_activity(
                s,
                ActivityInput(
                    kind=("call", "meeting", "note")[n % 3],
                    subject=f"#{n}",
                    occurred_at=base + timedelta(hours=n),
                    direction="out" if n % 3 == 0 else None,
                    duration_minutes=5 if n % 3 == 0 else None,
                    people=[jana.id] + ([petr.id] if n % 10 == 0 else []),
                    matter_id=matter if n % 2 == 0 else None,
                ),
            )
    with database.session_scope() as s:
        pages, before = [], None
        while page := timeline.timeline(s, jana, before=before, limit=100):
            pages.append(page)
            before = page[-1].cursor
        subjects = [i.subject for page in pages for i in page]
        assert subjects == [f"#{n}" for n in reversed(range(250))]
        assert [len(p) for p in pages] == [100, 100, 50]
        calls = timeline.timeline(s, jana, kinds=("call",), limit=1000)
        assert len(calls) == 84 and all(i.kind == "call" and i.direction == "out" for i in calls)
        assert len(timeline.timeline(s, petr, limit=1000)) == 25
        assert len(timeline.timeline(s, matter, limit=1000)) == 125
        shared = timeline.timeline(s, petr, limit=1)[0]
        assert {name for _id, name in shared.people} == {"Jana Nováková", "Petr Dvořák"}
        assert timeline.kind_counts(s, jana) == {"call": 84, "meeting": 83, "note": 83}
        with pytest.raises(timeline.InvalidActivity, match="belongs to"):
            timeline.log_activity(s, ActivityInput(kind="note", subject="orphan"))
        with pytest.raises(timeline.InvalidActivity, match="negative"):
            timeline.log_activity(
                s, ActivityInput(kind="call", duration_minutes=-1, people=[jana.id])
            )
        assert s.scalar(select(Activity.id).where(Activity.subject == "orphan")) is None


def test_follow_ups_come_due_and_done_lands_on_the_timeline(database):
    today = date(2026, 11, 23)
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        matter = matters.create_matter(s, MatterInput("Lease"))
        soon = tasks.follow_up(s, 3, ref=jana, today=today)
        later = tasks.follow_up(s, 10, matter_id=matter, today=today)
    with database.session_scope() as s:
        assert tasks.due_follow_ups(s, today) == []
        due = tasks.due_follow_ups(s, today + timedelta(days=3))
        assert [t.id for t in due] == [soon] and due[0].title == "Follow up: Jana Nováková"
        assert due[0].remind_at == tasks.morning_of(today + timedelta(days=3))
        assert [t.id for t in tasks.due_follow_ups(s, today + timedelta(days=30))] == [soon, later]
        assert due[0].overdue(today + timedelta(days=4))
        activity = tasks.complete_task(s, soon)
        item = timeline.timeline(s, jana)[0]
        assert (item.id, item.kind, item.subject) == (activity, "task", "Follow up: Jana Nováková")
        assert [t.id for t in tasks.due_follow_ups(s, today + timedelta(days=30))] == [later]
        with pytest.raises(tasks.InvalidTask, match="already done"):
            tasks.complete_task(s, soon)
        with pytest.raises(tasks.InvalidTask):
            tasks.follow_up(s, -1, ref=jana, today=today)


def test_stay_in_touch_surfaces_overdue_people(database):
    now = datetime.now(UTC)
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        petr = person(s, "Petr", "Dvořák")
        eva = person(s, "Eva", "Malá")
        tasks.set_stay_in_touch(s, jana.id, 4)
        tasks.set_stay_in_touch(s, petr.id, 4)
        timeline.log_activity(
            s, ActivityInput(kind="call", occurred_at=now - timedelta(weeks=6), people=[jana.id])
        )
        timeline.log_activity(
            s, ActivityInput(kind="call", occurred_at=now - timedelta(weeks=1), people=[petr.id])
        )
        timeline.log_activity(
            s, ActivityInput(kind="call", occurred_at=now - timedelta(weeks=50), people=[eva.id])
        )  # no rhythm set: never listed
        with pytest.raises(tasks.InvalidTask):
            tasks.set_stay_in_touch(s, eva.id, 0)
    with database.session_scope() as s:
        late = tasks.out_of_touch(s)
        assert [o.contact_id for o in late] == [jana.id]
        assert late[0].due == (now - timedelta(weeks=2)).date()


@pytest.mark.postgres
def test_matters_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        test_numbers_follow_the_pattern_and_restart_each_year(database)
        test_stage_moves_land_on_the_timeline_and_close_the_matter(database)
        test_follow_ups_come_due_and_done_lands_on_the_timeline(database)
        with database.session_scope() as s:
            assert s.scalar(select(Matter.id).where(Matter.number == "2027/0001")) is not None
    finally:
        database.dispose()
