import pytest
from sqlalchemy import func, insert, select, text

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import Address, ContactRecord, Labeled, PartialDate
from smallcrm.core.models import Contact, Relation
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import merge as merge_module
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.duplicates import find_duplicates
from smallcrm.core.services.merge import LinkMover, merge_contacts, undo_merge


def two_janas(session) -> tuple[int, int, int]:
    """Two cards of one person, and a colleague tied to the second one."""
    survivor = book.save_record(
        session,
        ContactRecord(
            given_name="Jana",
            family_name="Nováková",
            position="",
            emails=[Labeled("jana@akn.cz", "work")],
            phones=[Labeled("602 123 456", "mobile")],
            tags=["klient"],
            organization="AKN s.r.o.",
        ),
    ).id
    other = book.save_record(
        session,
        ContactRecord(
            title="JUDr.",
            given_name="Jana",
            family_name="Novakova",
            position="Partner",
            birthday=PartialDate(2, 29, None),
            emails=[Labeled("JANA@akn.cz", "home"), Labeled("jana.novakova@gmail.com", "home")],
            phones=[Labeled("+420 602 123 456", "work"), Labeled("+420 777 000 111", "home")],
            addresses=[Address(street="Náměstí Míru 1", city="Praha", postcode="120 00")],
            urls=[Labeled("https://akn.cz")],
            tags=["VIP"],
            notes="Met at the bar exam.",
            organization="Jiná firma a.s.",
        ),
    ).id
    colleague = book.save_record(session, ContactRecord(given_name="Petr", family_name="Malý")).id
    session.execute(
        insert(Relation).values(
            contact_id=colleague, other_contact_id=other, kind="personal", role="brother"
        )
    )
    session.execute(
        insert(Relation).values(
            contact_id=survivor, other_contact_id=other, kind="personal", role="same person"
        )
    )
    return survivor, other, colleague


def state(session, *ids: int) -> list:
    return [(book.record_of(session, Ref("person", i)), book.snapshot(session, Ref("person", i)))
            for i in ids]  # fmt: skip


def test_merge_keeps_everything_once_and_moves_relations(database):
    with database.session_scope() as s:
        survivor, other, colleague = two_janas(s)
        merge_contacts(s, survivor, other, {"family_name": survivor, "title": other})
    with database.session_scope() as s:
        assert s.get(Contact, other) is None
        merged = book.record_of(s, Ref("person", survivor))
        assert (merged.title, merged.family_name, merged.position) == (
            "JUDr.",
            "Nováková",
            "Partner",
        )
        assert merged.birthday == PartialDate(2, 29, None)  # survivor had none: the other's
        assert merged.notes == "Met at the bar exam."
        assert [e.value for e in merged.emails] == ["jana@akn.cz", "jana.novakova@gmail.com"]
        data = book.contact_json(s, Ref("person", survivor))
        assert [p["value"] for p in data["phones"]] == ["+420602123456", "+420777000111"]
        assert [u.value for u in merged.urls] == ["https://akn.cz"]
        assert [a.city for a in merged.addresses] == ["Praha"]
        assert merged.tags == ["VIP", "klient"]
        ties = s.execute(
            select(Relation.contact_id, Relation.organization_id, Relation.other_contact_id)
        ).all()
        employers = {org for who, org, _ in ties if who == survivor and org}
        assert len(employers) == 2  # AKN and the other's firm
        assert (colleague, None, survivor) in ties  # the brother now points at the survivor
        assert not any(other in (who, peer) for who, _, peer in ties)
        assert not any(who == peer for who, _, peer in ties)  # no self-relation
        search = s.scalar(select(Contact.search_text).where(Contact.id == survivor))
        assert "jina" in search.split() and "777000111" in search.split()


def test_choices_pick_field_by_field(database):
    with database.session_scope() as s:
        survivor, other, _ = two_janas(s)
        merge_contacts(s, survivor, other, {"family_name": other, "position": survivor})
        row = s.get(Contact, survivor)
        assert row.family_name == "Novakova" and row.position is None
        assert row.sort_key == "novakova jana"


def test_undo_restores_both_exactly(database):
    with database.session_scope() as s:
        survivor, other, colleague = two_janas(s)
    with database.session_scope() as s:
        before = state(s, survivor, other, colleague)
        relations = s.scalar(select(func.count()).select_from(Relation))
    with database.session_scope() as s:
        change = merge_contacts(s, survivor, other)
    with database.session_scope() as s:
        book.undo(s, change)
    with database.session_scope() as s:
        assert state(s, survivor, other, colleague) == before
        assert s.scalar(select(func.count()).select_from(Relation)) == relations


def test_merge_is_refused_for_self_trashed_or_missing(database):
    with database.session_scope() as s:
        survivor, other, _ = two_janas(s)
        book.trash(s, [Ref("person", other)])
    with database.session_scope() as s:
        with pytest.raises(KnownError, match="itself"):
            merge_contacts(s, survivor, survivor)
        with pytest.raises(KnownError, match="trash"):
            merge_contacts(s, survivor, other)
        with pytest.raises(KnownError, match="does not exist"):
            merge_contacts(s, survivor, 999)
        with pytest.raises(ValueError, match="unknown merge field"):
            merge_contacts(s, survivor, survivor + 2, {"uid": survivor})


def test_link_movers_follow_the_merge_and_its_undo(database, monkeypatch):
    """The contract later features follow: move and record under the change set, undo."""
    with database.session_scope() as s:
        s.execute(text("CREATE TABLE note_link (id INTEGER PRIMARY KEY, contact_id INTEGER)"))
        s.execute(text("CREATE TABLE note_link_moved (change_set_id INTEGER, link_id INTEGER,"
                       " old_contact_id INTEGER)"))  # fmt: skip
        survivor, other, _ = two_janas(s)
        s.execute(
            text("INSERT INTO note_link VALUES (1, :o), (2, :s)"), {"o": other, "s": survivor}
        )

    def move(session, change_set_id, old, new):
        session.execute(
            text(
                "INSERT INTO note_link_moved SELECT :c, id, contact_id FROM note_link"
                " WHERE contact_id = :old"
            ),  # fmt: skip
            {"c": change_set_id, "old": old},
        )
        session.execute(text("UPDATE note_link SET contact_id = :new WHERE contact_id = :old"),
                        {"new": new, "old": old})  # fmt: skip

    def undo(session, change_set_id):
        session.execute(
            text("UPDATE note_link SET contact_id = (SELECT old_contact_id FROM note_link_moved m"
                 " WHERE m.link_id = note_link.id AND m.change_set_id = :c)"
                 " WHERE id IN (SELECT link_id FROM note_link_moved WHERE change_set_id = :c)"),
            {"c": change_set_id},
        )  # fmt: skip

    monkeypatch.setattr(merge_module, "LINKS", [LinkMover("notes", move, undo)])
    links = "SELECT id, contact_id FROM note_link ORDER BY id"
    with database.session_scope() as s:
        change = merge_contacts(s, survivor, other)
        assert s.execute(text(links)).all() == [(1, survivor), (2, survivor)]
    with database.session_scope() as s:
        undo_merge(s, change)
        assert s.execute(text(links)).all() == [(1, other), (2, survivor)]
        assert s.get(Contact, other) is not None


@pytest.mark.postgres
def test_find_and_merge_and_undo_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            survivor, other, colleague = two_janas(s)
        with database.session_scope() as s:
            pairs = find_duplicates(s)
            assert (pairs[0].first_id, pairs[0].second_id) == (survivor, other)
            assert "same e-mail jana@akn.cz" in pairs[0].reasons
            before = state(s, survivor, other, colleague)
        with database.session_scope() as s:
            change = merge_contacts(s, survivor, other)
        with database.session_scope() as s:
            assert find_duplicates(s) == []
            book.undo(s, change)
        with database.session_scope() as s:
            assert state(s, survivor, other, colleague) == before
    finally:
        database.dispose()
