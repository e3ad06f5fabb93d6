""" "Not duplicates" is remembered in the database: the finder leaves the pair out for good."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import (
    Contact,
    DismissedOrganizationPair,
    DismissedPersonPair,
    Organization,
)
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.duplicates import (
    dismiss_pair,
    dismissed_pairs,
    find_duplicates,
    undismiss_pair,
)
from smallcrm.core.services.merge import merge_contacts


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


def save(database, *records: ContactRecord) -> list[int]:
    with database.session_scope() as s:
        return [book.save_record(s, r).id for r in records]


def janas(database) -> tuple[int, int, int]:
    """Three cards with one e-mail: three pairs, people's and not an organisation's."""
    return tuple(
        save(
            database,
            ContactRecord(given_name="Jana", family_name="Nováková", emails=[Labeled("j@akn.cz")]),
            ContactRecord(given_name="Jana", family_name="Novakova", emails=[Labeled("j@akn.cz")]),
            ContactRecord(given_name="Jana", family_name="Nováková", emails=[Labeled("j@akn.cz")]),
        )
    )


def listed(database, **kwargs) -> list[tuple[str, int, int]]:
    with database.session_scope() as s:
        return [(p.kind, p.first_id, p.second_id) for p in find_duplicates(s, **kwargs)]


def stored(database, model=DismissedPersonPair) -> list[tuple[int, int]]:
    with database.session_scope() as s:
        rows = s.execute(select(model.first_id, model.second_id).order_by(model.first_id))
        return [tuple(row) for row in rows]


def test_a_dismissed_pair_is_left_out_in_either_order(db):
    a, b, c = janas(db)
    assert sorted(listed(db)) == [("person", a, b), ("person", a, c), ("person", b, c)]
    with db.session_scope() as s:
        assert dismiss_pair(s, "person", c, a) is True  # the order given does not matter
    assert stored(db) == [(a, c)]  # one row, the smaller id first
    with db.session_scope() as s:
        assert dismiss_pair(s, "person", a, c) is False  # (a, c) is (c, a): known already
    assert stored(db) == [(a, c)]
    assert sorted(listed(db)) == [("person", a, b), ("person", b, c)]
    # Asked for, it is listed with its mark; the others are not marked.
    with db.session_scope() as s:
        marks = {(p.first_id, p.second_id): p.dismissed for p in find_duplicates(
            s, include_dismissed=True)}  # fmt: skip
    assert marks == {(a, b): False, (a, c): True, (b, c): False}


def test_undismiss_lists_the_pair_again(db):
    a, b, c = janas(db)
    with db.session_scope() as s:
        dismiss_pair(s, "person", a, b)
        dismiss_pair(s, "person", b, c)
    assert listed(db) == [("person", a, c)]
    with db.session_scope() as s:
        assert undismiss_pair(s, "person", b, a) is True
        assert undismiss_pair(s, "person", b, a) is False  # nothing left to take back
    assert sorted(listed(db)) == [("person", a, b), ("person", a, c)]
    assert stored(db) == [(b, c)]


def test_limit_counts_only_pairs_still_listed(db):
    a, b, c = janas(db)
    with db.session_scope() as s:
        best = find_duplicates(s, limit=1)[0]
        dismiss_pair(s, "person", best.first_id, best.second_id)
    with db.session_scope() as s:
        (next_best,) = find_duplicates(s, limit=1)
    assert (next_best.first_id, next_best.second_id) != (best.first_id, best.second_id)


def test_organisation_pairs_are_their_own_kind(db):
    with db.session_scope() as s:
        x = book.save_record(s, ContactRecord(kind="organization", display_name="AKN s.r.o.")).id
        y = book.save_record(s, ContactRecord(kind="organization", display_name="AKN, s.r.o.")).id
    assert listed(db) == [("organization", min(x, y), max(x, y))]
    with db.session_scope() as s:
        dismiss_pair(s, "organization", y, x)
    assert listed(db) == []
    assert stored(db, DismissedOrganizationPair) == [(min(x, y), max(x, y))]
    assert stored(db) == []  # the people's table knows nothing of it
    with db.session_scope() as s:
        (pair,) = dismissed_pairs(s)
        assert (pair.kind, pair.first_name, pair.second_name) == (
            "organization", *(("AKN s.r.o.", "AKN, s.r.o.") if x < y else ("AKN, s.r.o.",
                                                                              "AKN s.r.o.")),
        )  # fmt: skip
        assert pair.dismissed_at.utcoffset().total_seconds() == 0
        undismiss_pair(s, "organization", x, y)
    assert listed(db) == [("organization", min(x, y), max(x, y))]


def test_dismissed_pairs_lists_both_kinds_newest_first(db):
    a, b, _c = janas(db)
    with db.session_scope() as s:
        x = book.save_record(s, ContactRecord(kind="organization", display_name="AKN")).id
        y = book.save_record(s, ContactRecord(kind="organization", display_name="AKN")).id
    with db.session_scope() as s:
        dismiss_pair(s, "person", a, b)
    with db.session_scope() as s:
        dismiss_pair(s, "organization", x, y)
    with db.session_scope() as s:
        pairs = dismissed_pairs(s)
        assert [(p.kind, p.first_id, p.second_id) for p in pairs] == [
            ("organization", x, y),
            ("person", a, b),
        ]
        assert pairs[1].as_json()["first"] == {"id": a, "name": "Jana Nováková"}
        assert [p.kind for p in dismissed_pairs(s, "person")] == ["person"]


def test_wrong_pairs_are_clear_errors(db):
    a, b, _c = janas(db)
    with db.session_scope() as s:
        with pytest.raises(KnownError, match="same record"):
            dismiss_pair(s, "person", a, a)
        with pytest.raises(RecordNotFound, match="Contact 999999"):
            dismiss_pair(s, "person", a, 999999)
        with pytest.raises(RecordNotFound, match="Organisation"):
            dismiss_pair(s, "organization", a, b)  # people's ids, not organisations'
        with pytest.raises(ValueError, match="kind"):
            dismiss_pair(s, "company", a, b)
    assert stored(db) == []


def test_the_database_keeps_pairs_ordered(db):
    a, b, _c = janas(db)
    with pytest.raises(IntegrityError), db.session_scope() as s:
        s.execute(insert(DismissedPersonPair).values(first_id=b, second_id=a))


def test_deleting_a_record_deletes_its_pairs_but_the_trash_keeps_them(db):
    a, b, c = janas(db)
    with db.session_scope() as s:
        dismiss_pair(s, "person", a, b)
        dismiss_pair(s, "person", b, c)
    with db.session_scope() as s:
        book.trash(s, [Ref("person", c)])  # restorable: the mark stays with it
    assert stored(db) == [(a, b), (b, c)]
    with db.session_scope() as s:
        merge_contacts(s, a, b)  # b is deleted: its pairs go with it
    assert stored(db) == []
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 2

    with db.session_scope() as s:
        x = book.save_record(s, ContactRecord(kind="organization", display_name="AKN")).id
        y = book.save_record(s, ContactRecord(kind="organization", display_name="AKN")).id
        dismiss_pair(s, "organization", x, y)
    with db.session_scope() as s:
        s.execute(delete(Organization).where(Organization.id == y))
    assert stored(db, DismissedOrganizationPair) == []
