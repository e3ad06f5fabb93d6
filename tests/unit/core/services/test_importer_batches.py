"""Importing in batches: matches within the file, the search index, undo, both databases."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from smallcrm.core import key_triggers, migrate, search
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord, Labeled, PartialDate
from smallcrm.core.models import ChangeItem, Contact, Organization, Relation, Tag
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import importer
from smallcrm.core.services.importer import import_records


def person(line: int, given: str, family: str, *, email="", phone="", org="", **kw):
    return ContactRecord(
        given_name=given,
        family_name=family,
        organization=org,
        emails=[Labeled(email, "work")] if email else [],
        phones=[Labeled(phone, "mobile")] if phone else [],
        source_line=line,
        **kw,
    )


def organisation(line: int, name: str, **kw):
    return ContactRecord(kind="organization", display_name=name, source_line=line, **kw)


def everything(database: Database) -> dict:
    """The whole address book as the app reads it, and the raw rows behind it."""
    with database.session_scope() as s:
        conn = s.connection()
        people = s.scalars(select(Contact.id).order_by(Contact.id)).all()
        orgs = s.scalars(select(Organization.id).order_by(Organization.id)).all()
        return {
            "people": [book.record_of(s, book.Ref("person", i)) for i in people],
            "orgs": [book.record_of(s, book.Ref("organization", i)) for i in orgs],
            "rows": [
                sorted(map(tuple, conn.execute(text(f"SELECT * FROM {table}"))), key=repr)
                for table in ("contact_method", "relation", "contact_tag", "organization_tag")
            ],
        }


def test_an_employer_met_before_its_own_card_is_one_organisation(database):
    records = [
        person(1, "Jana", "Nováková", email="jana@akn.cz", org="AKN s.r.o."),
        organisation(
            5, "AKN s.r.o.", phones=[Labeled("224 000 111")], ids={"registry": "25596641"}
        ),
    ]
    with database.session_scope() as s:
        report = import_records(s, records, source="a.vcf")
    assert (report.imported, report.updated) == (1, 1)
    with database.session_scope() as s:
        (org_id,) = s.scalars(select(Organization.id)).all()
        org = book.record_of(s, book.Ref("organization", org_id))
        # Created by this import, so undo deletes it: no snapshot of it is needed.
        actions = s.scalars(
            select(ChangeItem.action).where(ChangeItem.change_set_id == report.batch)
        )
        assert sorted(actions) == ["create", "create"]
    assert [p.value for p in org.phones] == ["224 000 111"] and org.ids == {"registry": "25596641"}
    with database.session_scope() as s:
        book.undo(s, report.batch)
    assert everything(database) == {"people": [], "orgs": [], "rows": [[], [], [], []]}


def test_a_later_card_of_the_same_person_is_merged_as_an_update_would_be(database):
    records = [
        person(1, "Jan", "Svoboda", email="jan@svoboda.cz", org="Firma a.s.", position="CEO",
               tags=["vip"]),
        person(8, "Jan", "Svoboda", email="jan@svoboda.cz", phone="777 888 999",
               position="Chairman", tags=["klient"], birthday=PartialDate(4, 15)),
        person(9, "Jan", "Svoboda", email="jan@svoboda.cz", org="Jiná firma"),
    ]  # fmt: skip
    with database.session_scope() as s:
        report = import_records(s, records, source="d.vcf")
    assert (report.imported, report.updated, report.unchanged) == (1, 2, 0)
    with database.session_scope() as s:
        (jan,) = s.scalars(select(Contact.id)).all()
        record = book.record_of(s, book.Ref("person", jan))
        ties = s.execute(select(Relation.organization_id, Relation.role)).all()
        firms = dict(s.execute(select(Organization.id, Organization.name)).all())
    assert record.organization == "Jiná firma" and record.position == "Chairman"
    assert [p.value for p in record.phones] == ["777 888 999"]
    assert record.tags == ["klient", "vip"] and record.birthday == PartialDate(4, 15)
    # Both firms were created on the way; the tie moved to the new one, with the new role.
    assert sorted(firms.values()) == ["Firma a.s.", "Jiná firma"]
    assert [(firms[org], role) for org, role in ties] == [("Jiná firma", "Chairman")]


# Fewer people than ONE_GO_ROWS are indexed by the triggers, more in one statement.
@pytest.mark.parametrize("people", [50, search.ONE_GO_ROWS + 50])
def test_the_search_index_is_whole_when_the_import_commits(database, people):
    records = [person(i, "Jana", f"Nováková{i}", email=f"jana{i}@akn.cz") for i in range(people)]
    records.append(organisation(people + 10, "Advokátní kancelář Novák"))
    with database.session_scope() as s:
        import_records(s, records, source="a.vcf")
    with database.session_scope() as s:
        conn = s.connection()
        for fts in ("contact_fts", "organization_fts"):
            conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))
        found = conn.execute(
            text("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'novakova*'")
        )
        assert found.scalar() == people
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        assert {"contact_fts_ai", "organization_fts_ai"} <= set(triggers.scalars())
    with database.session_scope() as s:  # and the triggers keep it so afterwards
        book.save_record(s, person(1, "Petr", "Zelenka"))
    with database.session_scope() as s:
        conn = s.connection()
        conn.execute(text("INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')"))
        found = conn.execute(
            text("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'zelenka'")
        )
        assert found.scalar() == 1


def test_a_record_that_fails_does_not_spoil_the_undo_of_a_later_one(database):
    with database.session_scope() as s:
        import_records(s, [person(1, "Jana", "Nováková", email="jana@akn.cz")], source="a.vcf")
    before = everything(database)
    again = [
        person(1, "Jana", "Nováková", email="jana@akn.cz", birthday=PartialDate(2, 30, 1990)),
        person(2, "Jana", "Nováková", email="jana@akn.cz", position="Partner"),
    ]
    with database.session_scope() as s:
        report = import_records(s, again, source="b.vcf")
    assert report.updated == 1 and [p.line for p in report.skipped] == [1]
    with database.session_scope() as s:
        book.undo(s, report.batch)
    assert everything(database) == before


def test_a_tag_made_by_an_update_can_be_given_to_a_new_record(database):
    with database.session_scope() as s:
        import_records(s, [person(1, "Jana", "Nováková", email="jana@akn.cz")], source="a.vcf")
    again = [
        person(1, "Jana", "Nováková", email="jana@akn.cz", tags=["klient"]),
        person(2, "Petr", "Dvořák", email="petr@dvorak.cz", tags=["klient"]),
    ]
    with database.session_scope() as s:
        report = import_records(s, again, source="b.vcf")
    assert (report.imported, report.updated) == (1, 1)
    with database.session_scope() as s:
        assert s.scalars(select(Tag.name)).all() == ["klient"]


@pytest.mark.parametrize("ahead", [1, 1000])
def test_a_renamed_firm_is_read_anew_for_its_people(database, monkeypatch, ahead):
    monkeypatch.setattr(importer._Written, "AHEAD", ahead)
    first = [
        organisation(1, "Dvořák a.s.", ids={"registry": "25596641"}),
        person(2, "Jana", "Nováková", email="jana@akn.cz", org="Dvořák a.s."),
    ]
    with database.session_scope() as s:
        import_records(s, first, source="a.vcf")
    renamed = [
        organisation(1, "Dvořák Holding a.s.", ids={"registry": "25596641"}),
        person(2, "Jana", "Nováková", email="jana@akn.cz", org="Dvořák Holding a.s."),
    ]
    with database.session_scope() as s:
        report = import_records(s, renamed, source="b.vcf")
    # Jana's card names the firm as it is called now: nothing new for her.
    assert (report.updated, report.unchanged) == (1, 1)
    assert everything(database)["people"][0].organization == "Dvořák Holding a.s."


def test_records_of_reads_what_record_of_reads(database):
    from smallcrm.core.demo import fill_demo

    pytest.importorskip("faker")
    fill_demo(database, contacts=300, seed=3)
    with database.session_scope() as s:
        refs = [book.Ref("person", i) for i in s.scalars(select(Contact.id))]
        refs += [book.Ref("organization", i) for i in s.scalars(select(Organization.id))]
        many = book.records_of(s, [*refs, book.Ref("person", 10**9)])
        assert many == {ref: book.record_of(s, ref) for ref in refs}


def _batch_on(database: Database) -> None:
    records = [
        person(1, "Jana", "Nováková", email="jana@akn.cz", phone="602 123 456", org="AKN s.r.o."),
        organisation(2, "AKN s.r.o.", ids={"registry": "25596641"}, tags=["firma"]),
        person(3, "Jana", "Nováková", phone="+420602123456", position="Partner", tags=["vip"]),
        person(4, "Petr", "Dvořák", email="petr@dvorak.cz", org="Nová firma a.s."),
        ContactRecord(source_line=5),  # nothing to name it by
    ]
    with database.session_scope() as s:
        first = import_records(s, records, source="a.vcf")
    assert (first.imported, first.updated, len(first.skipped)) == (2, 2, 1)
    state = everything(database)
    with database.session_scope() as s:
        again = import_records(s, records, source="a.vcf")
    assert (again.imported, again.updated) == (0, 0) and everything(database) == state
    with database.session_scope() as s:  # the app's next row gets a fresh id
        assert book.save_record(s, person(9, "Eva", "Malá")).id == 3
        assert book.save_record(s, organisation(9, "Malá firma")).id == 3
    with database.session_scope() as s:
        book.undo(s, first.batch)
        count = s.scalar(select(func.count()).select_from(Contact))
        assert count == 1  # Eva, saved after the import, stays
        items = s.scalars(select(ChangeItem.before).where(ChangeItem.change_set_id == first.batch))
        assert all(before is None or json.loads(before) for before in items)


def test_a_batch_on_sqlite(database):
    _batch_on(database)


@pytest.mark.postgres
def test_a_batch_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        _batch_on(database)
    finally:
        database.dispose()


def _firm_of_people(count: int) -> list[ContactRecord]:
    """People with e-mails, phones and employers (some met first as a person's employer,
    one also as a card of its own), and a person who appears twice."""
    records = [
        person(i, "Jana", f"Nováková{i}", email=f"jana{i}@akn.cz", phone=f"602 {100000 + i}",
               org=f"Firma {i % 7} s.r.o." if i % 3 else "")
        for i in range(count)
    ]  # fmt: skip
    records.append(organisation(count, "Firma 1 s.r.o.", phones=[Labeled("224 000 111")]))
    records.append(person(count + 1, "Jana", "Nováková1", email="jana1@akn.cz", position="CEO"))
    return records


def _dirty(database: Database) -> list[tuple]:
    """party_key_dirty as it was filled, in the order it was filled."""
    with database.session_scope() as s:
        rows = s.execute(text("SELECT rowid, owner_kind, owner_id FROM party_key_dirty"))
        return [tuple(row) for row in rows]


def _every_record(database: Database) -> set[tuple]:
    with database.session_scope() as s:
        return {("person", i) for i in s.scalars(select(Contact.id))} | {
            ("organization", i) for i in s.scalars(select(Organization.id))
        }


def _party_key_triggers(database: Database) -> set[str]:
    with database.session_scope() as s:
        names = s.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%party_key%'"
            )
        )
        return set(names.scalars())


def test_a_bulk_import_marks_what_the_triggers_mark_row_by_row(
    tmp_path, migrated_db_file, monkeypatch
):
    """Above ONE_GO_ROWS the insert triggers are dropped and their marks made in one go:
    party_key_dirty ends up as the triggers would have filled it, row for row."""
    import shutil

    records = _firm_of_people(search.ONE_GO_ROWS + 20)
    dirty = {}
    for way, one_go in (("one go", search.ONE_GO_ROWS), ("per row", 10**9)):
        monkeypatch.setattr(key_triggers, "ONE_GO_ROWS", one_go)
        profile = Profile.open(tmp_path / way.replace(" ", "-"))
        shutil.copyfile(migrated_db_file, profile.database_path)
        database = Database(profile.url)
        try:
            assert _dirty(database) == []
            with database.session_scope() as s:
                report = import_records(s, records, source="a.vcf")
            assert (report.imported, report.updated) == (len(records) - 2, 2)
            dirty[way] = _dirty(database)
            assert {row[1:] for row in dirty[way]} == _every_record(database)
            assert _party_key_triggers(database) == set(key_triggers.sqlite_triggers())
            with database.session_scope() as s:  # and the triggers mark the next change
                s.execute(text("DELETE FROM party_key_dirty"))
                eva = book.save_record(s, person(1, "Eva", "Malá", email="eva@mala.cz"))
            assert [row[1:] for row in _dirty(database)] == [("person", eva.id)]
        finally:
            database.dispose()
    assert dirty["one go"] == dirty["per row"]


def test_a_rolled_back_bulk_import_leaves_the_triggers_and_no_marks(database):
    records = _firm_of_people(search.ONE_GO_ROWS + 20)
    with pytest.raises(RuntimeError), database.session_scope() as s:
        import_records(s, records, source="a.vcf")
        raise RuntimeError("the user cancelled")
    assert _dirty(database) == [] and _every_record(database) == set()
    assert _party_key_triggers(database) == set(key_triggers.sqlite_triggers())
    with database.session_scope() as s:
        assert {"contact_fts_ai", "organization_fts_ai"} <= set(
            s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )


def test_marking_in_one_go_puts_the_triggers_back_when_the_insert_fails(database):
    with database.session_scope() as s:
        conn = s.connection()
        with (
            pytest.raises(ValueError),
            key_triggers.marked_in_one_go(
                conn, {"contact": [{"id": i} for i in range(search.ONE_GO_ROWS)]}
            ),
        ):
            assert "contact_party_key_insert" not in _names(conn)
            raise ValueError("an insert failed")
        assert _names(conn) >= set(key_triggers.sqlite_triggers())
        assert conn.execute(text("SELECT count(*) FROM party_key_dirty")).scalar() == 0


def _names(conn) -> set[str]:
    return set(
        conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
    )


@pytest.mark.postgres
def test_a_bulk_import_on_postgres_is_marked_by_its_triggers(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            s.execute(text("DELETE FROM party_key_dirty"))
            import_records(s, _firm_of_people(search.ONE_GO_ROWS + 20), source="a.vcf")
        with database.session_scope() as s:
            dirty = set(map(tuple, s.execute(text("SELECT * FROM party_key_dirty"))))
        assert dirty == _every_record(database)
    finally:
        database.dispose()
