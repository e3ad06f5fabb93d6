"""The contacts list: a search's first screen is the start of its full, ordered list."""

import pytest
from sqlalchemy import insert, select

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.demo import fill_demo
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import Contact, Organization, Tag, contact_tag, organization_tag
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import contacts
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.contacts import ListQuery, first_keys, list_keys

# What people type, letter by letter: dense one-letter prefixes, rare words, Cyrillic,
# e-mail and phone fragments, several words, and text that matches nothing.
TYPED = ("novak", "dvořák j", "шевченко", "jan.", "602", "s.r.o", "praha", "qqq", "a b")


def _prefixes() -> list[str]:
    return sorted({word[:end] for word in TYPED for end in range(1, len(word) + 1)})


def _fill(database: Database) -> None:
    fill_demo(database, contacts=600, seed=4)
    with database.session_scope() as s:
        ids = s.scalars(select(Contact.id).order_by(Contact.sort_key).limit(5)).all()
        book.trash(s, [Ref("person", i) for i in ids[:3]])  # the trash is left out
    with database.session_scope() as s:
        tag = Tag(name="klient")
        s.add(tag)
        s.flush()
        people = s.scalars(select(Contact.id).where(Contact.id % 3 == 0)).all()
        firms = s.scalars(select(Organization.id).where(Organization.id % 2 == 0)).all()
        s.execute(insert(contact_tag), [{"contact_id": i, "tag_id": tag.id} for i in people])
        s.execute(
            insert(organization_tag), [{"organization_id": i, "tag_id": tag.id} for i in firms]
        )


def _check_first_screens(database: Database, monkeypatch: pytest.MonkeyPatch) -> int:
    """Compare first_keys with list_keys for every typed prefix; returns the checks made."""
    checks = 0
    # Short walks over 600 rows take every path: a full screen from the walk, the longer
    # walk, and the full-text index when the walk finds too few.
    for scans in ((10, 40), (50, 200), contacts.FIRST_SCREEN_SCANS):
        monkeypatch.setattr(contacts, "FIRST_SCREEN_SCANS", scans)
        with database.session_scope() as s:
            tag = s.scalar(select(Tag.id).order_by(Tag.id))
            assert tag is not None
            for text in ["", *_prefixes()]:
                for kind in ("all", "person", "organization"):
                    for tag_id in (None, tag):
                        query = ListQuery(text=text, kind=kind, tag_id=tag_id)
                        full = list_keys(s, query)
                        for limit in (5, 40):
                            assert first_keys(s, query, limit) == full[:limit], (query, limit)
                            checks += 1
    return checks


def test_first_screen_is_the_start_of_the_full_list(database, monkeypatch):
    _fill(database)
    assert _check_first_screens(database, monkeypatch) > 1000
    with database.session_scope() as s:
        assert first_keys(s, ListQuery(sort="city"), 40) is None  # other orders: full list
        assert first_keys(s, ListQuery(descending=True), 40) is None


def test_a_search_finds_words_inside_e_mail_addresses(database):
    with database.session_scope() as s:
        book.save_record(
            s,
            ContactRecord(given_name="Eva", family_name="Malá", emails=[
                Labeled("eva.mala@kancelar-ab.cz", "work")]),
        )  # fmt: skip
    with database.session_scope() as s:
        for text in ("kancelar", "mala@kanc", "eva.mala", "ab.cz"):
            assert len(list_keys(s, ListQuery(text=text))) == 1, text
            assert len(first_keys(s, ListQuery(text=text), 40) or []) == 1, text


@pytest.mark.postgres
def test_first_screen_on_postgres(pg_url, tmp_path, monkeypatch):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        _fill(database)
        assert _check_first_screens(database, monkeypatch) > 1000
    finally:
        database.dispose()
