"""Relations of a person: jobs with role and dates, ties to people; validated and undoable."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Organization, Relation
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services.contacts import ListQuery, list_keys, organization_detail
from smallcrm.core.services.relations import (
    InvalidRelation,
    RelationEdit,
    add_relation,
    find_person,
    relation_candidates,
    relations_of,
    remove_relation,
    update_relation,
)


def person(session, given: str, family: str, organization: str = "") -> int:
    record = ContactRecord(given_name=given, family_name=family, organization=organization)
    return book.save_record(session, record).id


def organization(session, name: str) -> int:
    return book.save_record(session, ContactRecord(kind="organization", display_name=name)).id


def seed(session) -> tuple[int, int, int]:
    """Jana (working at AKN), Petr, and the firm Horvat d.o.o."""
    jana = person(session, "Jana", "Nováková", "Advokátní kancelář Nováková")
    petr = person(session, "Petr", "Dvořák")
    horvat = organization(session, "Horvat d.o.o.")
    return jana, petr, horvat


def summary(session, contact_id: int) -> list[tuple]:
    return [
        (r.target_kind, r.target_name, r.role, r.since, r.until, r.inverse)
        for r in relations_of(session, contact_id)
    ]


def test_add_an_employment_with_dates_and_a_personal_tie(database):
    with database.session_scope() as s:
        jana, petr, horvat = seed(s)
    with database.session_scope() as s:
        job = add_relation(
            s,
            jana,
            RelationEdit(
                organization_id=horvat, role=" Tax  advisor ", since=date(2015, 3, 1),
                until=date(2019, 6, 30),
            ),
        )  # fmt: skip
        tie = add_relation(s, jana, RelationEdit(other_contact_id=petr, role="spouse"))
        assert job.change_set_id != tie.change_set_id
    with database.session_scope() as s:
        past = (date(2015, 3, 1), date(2019, 6, 30))
        assert summary(s, jana) == [
            ("organization", "Advokátní kancelář Nováková", "", None, None, False),
            ("organization", "Horvat d.o.o.", "Tax advisor", *past, False),
            ("person", "Petr Dvořák", "spouse", None, None, False),
        ]
        # The other person sees the tie too, marked as recorded on Jana's card.
        assert summary(s, petr) == [("person", "Jana Nováková", "spouse", None, None, True)]
        # The organisation page shows the dates.
        people = organization_detail(s, horvat).people
        assert [(p.name, p.role, p.since, p.until) for p in people] == [
            ("Jana Nováková", "Tax advisor", "2015-03-01", "2019-06-30")
        ]
        # A former employer's name finds the person.
        assert list_keys(s, ListQuery(text="horvat", kind="person")) == [jana]


def test_a_new_organisation_is_created_by_name_and_undo_removes_it(database):
    with database.session_scope() as s:
        jana, _petr, horvat = seed(s)
    with database.session_scope() as s:
        reused = add_relation(s, jana, RelationEdit(new_organization="horvat  D.O.O."))
        created = add_relation(s, jana, RelationEdit(new_organization="Kovač & partneri"))
    with database.session_scope() as s:
        targets = {r.id: r.target_id for r in relations_of(s, jana)}
        assert targets[reused.relation_id] == horvat
        new_org = targets[created.relation_id]
        assert s.get(Organization, new_org).name == "Kovač & partneri"
        book.undo(s, created.change_set_id)
    with database.session_scope() as s:
        assert s.get(Organization, new_org) is None
        assert created.relation_id not in {r.id for r in relations_of(s, jana)}


def test_update_and_remove_and_undo_each(database):
    with database.session_scope() as s:
        jana, petr, horvat = seed(s)
        added = add_relation(s, jana, RelationEdit(organization_id=horvat, role="Clerk"))
    with database.session_scope() as s:
        before = summary(s, jana)
        edit = RelationEdit(organization_id=horvat, role="Partner", since=date(2020, 1, 1))
        updated = update_relation(s, jana, added.relation_id, edit)
    with database.session_scope() as s:
        row = s.get(Relation, added.relation_id)
        assert (row.role, row.since, row.until) == ("Partner", date(2020, 1, 1), None)
        book.undo(s, updated.change_set_id)
    with database.session_scope() as s:
        assert summary(s, jana) == before
        removed = remove_relation(s, jana, added.relation_id)
    with database.session_scope() as s:
        assert [r for r in summary(s, jana) if r[1] == "Horvat d.o.o."] == []
        book.undo(s, removed.change_set_id)
    with database.session_scope() as s:
        assert summary(s, jana) == before
        assert s.get(Relation, added.relation_id) is not None  # the same row, same id


def test_a_tie_edited_from_the_other_side_keeps_its_direction_and_undoes(database):
    with database.session_scope() as s:
        jana, petr, horvat = seed(s)
        eva = person(s, "Eva", "Horvat")
        tie = add_relation(s, jana, RelationEdit(other_contact_id=petr, role="assistant"))
    with database.session_scope() as s:
        # Petr's editor changes the role: still recorded on Jana's card.
        update_relation(s, petr, tie.relation_id, RelationEdit(other_contact_id=jana, role="boss"))
        row = s.get(Relation, tie.relation_id)
        assert (row.contact_id, row.other_contact_id, row.role) == (jana, petr, "boss")
    with database.session_scope() as s:
        before_jana, before_petr = summary(s, jana), summary(s, petr)
        # Petr turns it into his job at Horvat: the row moves to his card.
        moved = update_relation(s, petr, tie.relation_id, RelationEdit(organization_id=horvat))
        row = s.get(Relation, tie.relation_id)
        assert (row.contact_id, row.organization_id, row.kind) == (petr, horvat, "employment")
        # ...and then to a tie with Eva instead of Jana.
        again = update_relation(s, petr, tie.relation_id, RelationEdit(other_contact_id=eva))
    with database.session_scope() as s:
        assert summary(s, jana)[-1:] != before_jana[-1:]
        book.undo(s, again.change_set_id)
        book.undo(s, moved.change_set_id)
    with database.session_scope() as s:
        assert (summary(s, jana), summary(s, petr)) == (before_jana, before_petr)
        assert summary(s, eva) == []


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            RelationEdit(organization_id=0, since=date(2020, 1, 1), until=date(2019, 1, 1)),
            "The end date (2019-01-01) is before the start date (2020-01-01)",
        ),
        (RelationEdit(other_contact_id=-1), "A person cannot be related to themselves."),
        (RelationEdit(other_contact_id=999_999), "The other person no longer exists"),
        (RelationEdit(organization_id=999_999), "The organisation no longer exists"),
        (RelationEdit(), "Choose one organisation or one person"),
        (RelationEdit(organization_id=0, other_contact_id=-2), "Choose one organisation"),
        (RelationEdit(organization_id=0, role="x" * 201), "The role is too long"),
    ],
)
def test_bad_relations_are_refused_with_a_clear_message(database, edit, message):
    with database.session_scope() as s:
        jana, petr, horvat = seed(s)
    # Placeholders: 0 is Horvat, -1 Jana herself, -2 Petr.
    ids = {0: horvat, -1: jana, -2: petr}
    edit = RelationEdit(
        organization_id=ids.get(edit.organization_id, edit.organization_id),
        other_contact_id=ids.get(edit.other_contact_id, edit.other_contact_id),
        role=edit.role,
        since=edit.since,
        until=edit.until,
    )
    with database.session_scope() as s, pytest.raises(KnownError) as caught:
        add_relation(s, jana, edit)
    assert isinstance(caught.value, InvalidRelation)
    assert message in str(caught.value)
    with database.session_scope() as s:
        assert len(relations_of(s, jana)) == 1  # only the employer from the form


def test_a_duplicate_and_a_stranger_are_refused(database):
    with database.session_scope() as s:
        jana, petr, horvat = seed(s)
        eva = person(s, "Eva", "Horvat")
        tie = add_relation(s, jana, RelationEdit(other_contact_id=petr, role="spouse"))
    with database.session_scope() as s, pytest.raises(InvalidRelation, match="already recorded"):
        add_relation(s, jana, RelationEdit(other_contact_id=petr, role="spouse"))
    with database.session_scope() as s, pytest.raises(InvalidRelation, match="someone else"):
        remove_relation(s, eva, tie.relation_id)
    with database.session_scope() as s:
        remove_relation(s, jana, tie.relation_id)
    with database.session_scope() as s, pytest.raises(KnownError, match="no longer exists"):
        remove_relation(s, jana, tie.relation_id)
    with database.session_scope() as s, pytest.raises(KnownError, match="does not exist"):
        relations_of(s, 999_999)


def test_a_trashed_person_cannot_be_picked(database):
    with database.session_scope() as s:
        jana, petr, _horvat = seed(s)
        book.trash(s, [book.Ref("person", petr)])
    with database.session_scope() as s, pytest.raises(InvalidRelation, match="in the trash"):
        add_relation(s, jana, RelationEdit(other_contact_id=petr))


def test_candidates_and_find_person(database):
    with database.session_scope() as s:
        jana, petr, horvat = seed(s)
        person(s, "Jan", "Novák")
        person(s, "Jan", "Novák")
    with database.session_scope() as s:
        found = relation_candidates(s, "person", "nov", exclude_id=jana)
        assert [c.name for c in found] == ["Jan Novák", "Jan Novák"]
        mine = relation_candidates(s, "person", "novakova")
        assert [(c.name, c.detail) for c in mine] == [
            ("Jana Nováková", "Advokátní kancelář Nováková")
        ]
        orgs = relation_candidates(s, "organization", "horv")
        assert [(c.id, c.kind) for c in orgs] == [(horvat, "organization")]
        assert find_person(s, "petr dvorak") == petr
        assert find_person(s, "Jan Novák") is None  # two of them: the user must pick
        assert find_person(s, "Jana Nováková", exclude_id=jana) is None


@pytest.mark.postgres
def test_relations_and_undo_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            jana, petr, horvat = seed(s)
        with database.session_scope() as s:
            before = summary(s, jana)
            job = add_relation(
                s, jana, RelationEdit(organization_id=horvat, since=date(2021, 2, 1))
            )
            add_relation(s, jana, RelationEdit(other_contact_id=petr, role="spouse"))
            update_relation(
                s, jana, job.relation_id, RelationEdit(organization_id=horvat, role="Partner")
            )
        with database.session_scope() as s:
            assert [r[1:3] for r in summary(s, jana)] == [
                ("Advokátní kancelář Nováková", ""),
                ("Horvat d.o.o.", "Partner"),
                ("Petr Dvořák", "spouse"),
            ]
            assert relation_candidates(s, "person", "dvor")[0].id == petr
            with pytest.raises(InvalidRelation, match="themselves"):
                add_relation(s, jana, RelationEdit(other_contact_id=jana))
        with database.session_scope() as s:
            removed = remove_relation(s, jana, job.relation_id)
        with database.session_scope() as s:
            book.undo(s, removed.change_set_id)
        with database.session_scope() as s:
            assert s.scalar(select(Relation.role).where(Relation.id == job.relation_id)) == (
                "Partner"
            )
            assert len(summary(s, jana)) == len(before) + 2
    finally:
        database.dispose()
