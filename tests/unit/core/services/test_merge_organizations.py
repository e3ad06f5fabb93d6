"""Merging two organisations: fields, methods, tags, jobs and links move; undo restores all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import Address, ContactRecord, Labeled
from smallcrm.core.models import ChangeSet, Contact, Organization, Relation
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import merge as merge_module
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.contacts import organization_detail, search_refs
from smallcrm.core.services.duplicates import find_duplicates
from smallcrm.core.services.merge import (
    LinkMover,
    merge_organizations,
    merge_records,
    undo_merge,
)
from smallcrm.core.services.relations import RelationEdit, add_relation


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


def org(session, **fields) -> int:
    return book.save_record(session, ContactRecord(kind="organization", **fields)).id


def person(session, given: str, family: str) -> int:
    return book.save_record(session, ContactRecord(given_name=given, family_name=family)).id


def job(session, contact_id: int, organization_id: int, role="", since=None, until=None):
    # As the relations editor records it: the person's search words learn the employer.
    edit = RelationEdit(organization_id=organization_id, role=role, since=since, until=until)
    add_relation(session, contact_id, edit)


def two_akns(session, dup_name: str = "AKN, s.r.o.") -> dict[str, int]:
    """Two cards of one firm, and people working at one, the other, or both."""
    ids = {
        "akn": org(
            session,
            display_name="AKN s.r.o.",
            ids={"registry": "27074358"},
            emails=[Labeled("info@akn.cz", "work")],
            phones=[Labeled("+420 222 333 444", "office")],
            tags=["klient"],
        ),
        "dup": org(
            session,
            display_name=dup_name,
            legal_form="s.r.o.",
            country="CZ",
            ids={"registry": "27074358", "tax": "CZ27074358"},
            emails=[Labeled("INFO@akn.cz", "home"), Labeled("office@akn.cz")],
            phones=[Labeled("222 333 444"), Labeled("+420 777 000 111", "mobile")],
            addresses=[Address(street="Náměstí Míru 1", city="Praha", postcode="120 00")],
            urls=[Labeled("https://akn.cz")],
            tags=["VIP", "klient"],
            notes="Imported from the old address book.",
        ),
        "jana": person(session, "Jana", "Nováková"),
        "petr": person(session, "Petr", "Malý"),
        "eva": person(session, "Eva", "Černá"),
        "other_firm": org(session, display_name="Jiná firma a.s."),
    }
    # Jana's one job is recorded on both cards (the role spelled apart): one job after.
    job(session, ids["jana"], ids["akn"], "Partner", since=date(2019, 1, 1))
    job(session, ids["jana"], ids["dup"], " partner", since=date(2019, 1, 1))
    job(session, ids["petr"], ids["dup"], "Accountant")
    # Eva works at AKN now and worked for it before: two different jobs, both stay.
    job(session, ids["eva"], ids["akn"], "Associate")
    job(session, ids["eva"], ids["dup"], "Trainee", date(2015, 9, 1), date(2017, 6, 30))
    job(session, ids["eva"], ids["other_firm"], "Advisor")
    add_relation(session, ids["petr"], RelationEdit(other_contact_id=ids["jana"], role="brother"))
    return ids


def jobs(session) -> list[tuple]:
    return sorted(
        session.execute(
            select(
                Relation.contact_id, Relation.organization_id, Relation.role, Relation.until
            ).where(Relation.organization_id.is_not(None))
        ).all(),
        key=repr,
    )


def state(session, ids: dict[str, int]) -> dict:
    """Everything a merge can touch, as plain data: records, snapshots, every relation."""
    found = {}
    for name, id_ in ids.items():
        ref = Ref("person" if name in ("jana", "petr", "eva") else "organization", id_)
        snap = book.snapshot(session, ref)
        for part in ("methods", "relations"):  # in no particular order (PostgreSQL: any)
            snap[part].sort(key=lambda row: row["id"])
        found[name] = (book.record_of(session, ref), snap)
    found["relations"] = sorted(
        session.execute(select(Relation.__table__)).all(), key=lambda r: r.id
    )
    found["search"] = {
        word: sorted((r.kind, r.id) for r in search_refs(session, word))
        for word in ("akn", "legal", "partners", "praha", "777000111")
    }
    return found


def test_merge_keeps_everything_once_and_moves_every_job(db):
    with db.session_scope() as s:
        ids = two_akns(s)
    akn, dup = ids["akn"], ids["dup"]
    with db.session_scope() as s:
        merge_organizations(s, akn, dup, {"name": dup})
    with db.session_scope() as s:
        assert s.get(Organization, dup) is None
        merged = book.record_of(s, Ref("organization", akn))
        assert merged.display_name == "AKN, s.r.o."  # chosen
        # The survivor lacked them: the other's legal form, country, tax id and notes.
        assert (merged.legal_form, merged.country) == ("s.r.o.", "CZ")
        assert merged.ids == {"registry": "27074358", "tax": "CZ27074358"}
        assert merged.notes == "Imported from the old address book."
        assert [e.value for e in merged.emails] == ["info@akn.cz", "office@akn.cz"]
        detail = organization_detail(s, akn)
        assert [p.value for p in detail.phones] == ["222 333 444", "777 000 111"]
        assert [u.value for u in merged.urls] == ["https://akn.cz"]
        assert [a.city for a in merged.addresses] == ["Praha"]
        assert merged.tags == ["VIP", "klient"]
        row = s.get(Organization, akn)
        assert row.sort_key == "akn, s.r.o."
        assert {"praha", "777000111"} <= set(row.search_text.split())  # the other's methods
        # Every job now at the survivor, Jana's once; nothing points at the other.
        assert jobs(s) == sorted(
            [
                (ids["eva"], akn, "Associate", None),
                (ids["eva"], akn, "Trainee", date(2017, 6, 30)),
                (ids["eva"], ids["other_firm"], "Advisor", None),
                (ids["jana"], akn, "Partner", None),
                (ids["petr"], akn, "Accountant", None),
            ],
            key=repr,
        )
        assert s.scalar(select(func.count()).where(Relation.kind == "personal")) == 1
        # Current jobs by family name, then Eva's past one.
        people = [p.name for p in detail.people]
        assert people == ["Eva Černá", "Petr Malý", "Jana Nováková", "Eva Černá"]
        found = {(r.kind, r.id) for r in search_refs(s, "akn")}
        assert found == {("organization", akn)} | {
            ("person", ids[name]) for name in ("jana", "petr", "eva")
        }
        # The duplicate finder has nothing left to say about them.
        assert [p for p in find_duplicates(s) if p.kind == "organization"] == []


def test_undo_restores_organisations_jobs_and_people_exactly(db):
    with db.session_scope() as s:
        ids = two_akns(s)
    with db.session_scope() as s:
        before = state(s, ids)
    with db.session_scope() as s:
        change = merge_organizations(s, ids["akn"], ids["dup"], {"notes": ids["akn"]})
    with db.session_scope() as s:
        assert s.get(ChangeSet, change).kind == "merge"
        assert book.undo(s, change) == 2  # the two organisations; no one's name changed
    with db.session_scope() as s:
        assert state(s, ids) == before


def test_a_new_name_reaches_the_people_and_undo_takes_it_back(db):
    with db.session_scope() as s:
        ids = two_akns(s, dup_name="AKN Legal Partners")
        before = state(s, ids)
    assert len(before["search"]["legal"]) == 4  # the firm and its three people
    with db.session_scope() as s:
        change = merge_records(s, "organization", ids["akn"], ids["dup"], {"name": ids["akn"]})
    with db.session_scope() as s:
        # The people are found by the name they work under now, not the one gone.
        assert search_refs(s, "legal") == []
        people = {r.id for r in search_refs(s, "akn") if r.kind == "person"}
        assert people == {ids["jana"], ids["petr"], ids["eva"]}
        eva = s.scalar(select(Contact.search_text).where(Contact.id == ids["eva"]))
        assert {"akn", "jina"} <= set(eva.split())  # her other employer stays
    with db.session_scope() as s:
        assert undo_merge(s, change) == 5  # two organisations, three people
    with db.session_scope() as s:
        assert state(s, ids) == before
    with db.session_scope() as s, pytest.raises(KnownError, match="already undone"):
        undo_merge(s, change)


def test_merge_is_refused_for_self_trashed_missing_or_unknown_fields(db):
    with db.session_scope() as s:
        ids = two_akns(s)
        book.trash(s, [Ref("organization", ids["dup"])])
    akn, dup = ids["akn"], ids["dup"]
    with db.session_scope() as s:
        with pytest.raises(KnownError, match="itself"):
            merge_organizations(s, akn, akn)
        with pytest.raises(KnownError, match="trash"):
            merge_organizations(s, akn, dup)
        with pytest.raises(KnownError, match="does not exist"):
            merge_organizations(s, akn, 99999)
        with pytest.raises(ValueError, match="unknown merge field"):
            merge_organizations(s, akn, ids["other_firm"], {"given_name": akn})
        with pytest.raises(ValueError, match="neither"):
            merge_organizations(s, akn, ids["other_firm"], {"name": dup})
        with pytest.raises(ValueError, match="unknown record kind"):
            merge_records(s, "matter", akn, ids["other_firm"])
    with db.session_scope() as s:
        merges = select(func.count()).select_from(ChangeSet).where(ChangeSet.kind == "merge")
        assert s.scalar(merges) == 0


def test_organisation_link_movers_follow_the_merge_and_its_undo(db, monkeypatch):
    """Later features' links to organisations move with the merge and back with undo."""
    with db.session_scope() as s:
        s.execute(text("CREATE TABLE party (id INTEGER PRIMARY KEY, organization_id INTEGER)"))
        s.execute(text("CREATE TABLE party_moved (change_set_id INTEGER, party_id INTEGER,"
                       " old_id INTEGER)"))  # fmt: skip
        ids = two_akns(s)
        s.execute(
            text("INSERT INTO party VALUES (1, :dup), (2, :akn), (3, :jana)"),
            {"dup": ids["dup"], "akn": ids["akn"], "jana": ids["jana"]},
        )
    calls: list[str] = []

    def move(session, change_set_id, old, new):
        session.execute(
            text("INSERT INTO party_moved SELECT :c, id, organization_id FROM party"
                 " WHERE organization_id = :old"),
            {"c": change_set_id, "old": old},
        )  # fmt: skip
        session.execute(
            text("UPDATE party SET organization_id = :new WHERE organization_id = :old"),
            {"new": new, "old": old},
        )

    def undo(session, change_set_id):
        session.execute(
            text("UPDATE party SET organization_id = (SELECT old_id FROM party_moved m"
                 " WHERE m.party_id = party.id AND m.change_set_id = :c)"
                 " WHERE id IN (SELECT party_id FROM party_moved WHERE change_set_id = :c)"),
            {"c": change_set_id},
        )  # fmt: skip

    def person_move(session, change_set_id, old, new):
        calls.append("person move")  # contact ids: must not run for organisations

    monkeypatch.setattr(
        merge_module,
        "LINKS",
        [
            LinkMover("parties", move, undo, kind="organization"),
            LinkMover("notes", person_move, lambda s, c: calls.append("person undo")),
        ],
    )
    parties = "SELECT id, organization_id FROM party ORDER BY id"
    akn, dup, jana = ids["akn"], ids["dup"], ids["jana"]
    with db.session_scope() as s:
        change = merge_organizations(s, akn, dup)
        assert s.execute(text(parties)).all() == [(1, akn), (2, akn), (3, jana)]
    with db.session_scope() as s:
        book.undo(s, change)
        assert s.execute(text(parties)).all() == [(1, dup), (2, akn), (3, jana)]
    # A person mover is never asked to move organisations; its undo finds nothing to do.
    assert calls == ["person undo"]
