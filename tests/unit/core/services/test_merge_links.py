"""A merge moves activities, tasks, matter parties and "not duplicates" marks; undo puts
each back exactly."""

import pytest
from sqlalchemy import select

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import (
    DismissedPersonPair,
    LinkMove,
    MatterParty,
    activity_contact,
    activity_organization,
    task_contact,
)
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.duplicates import dismiss_pair
from smallcrm.core.services.matters import MatterInput
from smallcrm.core.services.merge import merge_contacts, merge_organizations
from smallcrm.core.services.timeline import ActivityInput


def links(s) -> dict[str, list[tuple]]:
    party = MatterParty.__table__
    return {
        "activity_contact": sorted(tuple(r) for r in s.execute(select(activity_contact))),
        "activity_organization": sorted(tuple(r) for r in s.execute(select(activity_organization))),
        "task_contact": sorted(tuple(r) for r in s.execute(select(task_contact))),
        "parties": sorted(
            tuple(r)
            for r in s.execute(
                select(
                    party.c.id,
                    party.c.matter_id,
                    party.c.contact_id,
                    party.c.organization_id,
                    party.c.role,
                    party.c.note,
                )
            )
        ),  # fmt: skip
        "dismissed": sorted(
            tuple(r)
            for r in s.execute(select(DismissedPersonPair.first_id, DismissedPersonPair.second_id))
        ),
    }


def _people_scenario(database: Database) -> tuple[int, int, int]:
    with database.session_scope() as s:
        keep = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková")).id
        gone = book.save_record(s, ContactRecord(given_name="Jana", family_name="Novakova")).id
        third = book.save_record(s, ContactRecord(given_name="Petr", family_name="Dvořák")).id
        both = timeline.log_activity(s, ActivityInput(kind="call", people=[keep, gone, third]))
        timeline.log_activity(s, ActivityInput(kind="note", subject="only gone", people=[gone]))
        tasks.follow_up(s, 3, ref=Ref("person", gone))
        lease = matters.create_matter(s, MatterInput("Lease"))
        matters.add_party(s, lease, Ref("person", keep), "client")
        matters.add_party(s, lease, Ref("person", gone), "client", note="duplicate role")
        matters.add_party(s, lease, Ref("person", gone), "witness")
        other = matters.create_matter(s, MatterInput("Other"))
        matters.add_party(s, other, Ref("person", gone), "opposing_party")
        dismiss_pair(s, "person", gone, third)
        assert both
    return keep, gone, third


def _check_people(database: Database) -> None:
    keep, gone, third = _people_scenario(database)
    with database.session_scope() as s:
        before = links(s)
        change = merge_contacts(s, keep, gone)
    with database.session_scope() as s:
        after = links(s)
        assert {c for _a, c in after["activity_contact"]} == {keep, third}
        assert len(after["activity_contact"]) == 3  # the shared call once per person
        assert after["task_contact"][0][1] == keep
        roles = sorted((m, c, r) for _i, m, c, _o, r, _n in after["parties"])
        assert [(c, r) for _m, c, r in roles] == [
            (keep, "client"), (keep, "witness"), (keep, "opposing_party")
        ]  # fmt: skip
        assert after["dismissed"] == []  # the mark went with the removed record
        assert timeline.kind_counts(s, Ref("person", keep)) == {"call": 1, "note": 1}
    with database.session_scope() as s:
        book.undo(s, change)
    with database.session_scope() as s:
        assert links(s) == before
        assert s.execute(select(LinkMove.id)).first() is None


def test_person_merge_moves_links_and_undo_restores_them(database):
    _check_people(database)


def test_organisation_merge_moves_activities_and_parties(database):
    with database.session_scope() as s:
        keep = book.save_record(s, ContactRecord(kind="organization", display_name="AKN s.r.o.")).id
        gone = book.save_record(s, ContactRecord(kind="organization", display_name="AKN sro")).id
        timeline.log_activity(s, ActivityInput(kind="meeting", organizations=[keep, gone]))
        timeline.log_activity(s, ActivityInput(kind="note", organizations=[gone]))
        lease = matters.create_matter(s, MatterInput("Lease"))
        matters.add_party(s, lease, Ref("organization", gone), "client")
    with database.session_scope() as s:
        before = links(s)
        change = merge_organizations(s, keep, gone)
    with database.session_scope() as s:
        after = links(s)
        assert {o for _a, o in after["activity_organization"]} == {keep}
        assert len(after["activity_organization"]) == 2
        assert [p[3] for p in after["parties"]] == [keep]
    with database.session_scope() as s:
        book.undo(s, change)
    with database.session_scope() as s:
        assert links(s) == before


@pytest.mark.postgres
def test_merge_links_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        _check_people(database)
    finally:
        database.dispose()
