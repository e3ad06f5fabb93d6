"""Name lists in the firm's alphabet: the setting, the keys written, the lists that read them."""

import json

import pytest
from sqlalchemy import select

from smallcrm.cli import main
from smallcrm.core import migrate
from smallcrm.core.collation import collation_key
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Contact, Organization
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services.contacts import ListQuery, first_keys, list_keys, list_rows, search_refs
from smallcrm.core.services.importer import import_records
from smallcrm.core.services.name_order import (
    firm_language,
    recompute_name_order,
    set_firm_language,
)
from smallcrm.core.text import fold

# Each firm's people, as its list must show them.
FIRMS = {
    "cs": ["Cermak", "Cibulka", "Čermák", "Hruška", "Chalupa", "Ivan"],
    "pl": ["Lis", "Ludwik", "Lukas", "Łukasz", "Zenon", "Źrebak", "Żak"],
    "uk": ["Гнат", "Ґудзь", "Дмитро", "Єва", "Іван", "Їжак", "Йосип"],
    "hr": ["Cvitan", "Čolić", "Ćosić", "Dubravka", "Džaja", "Đurić", "Lovrić", "Ljubić"],
}


def _names(session, query: ListQuery = ListQuery()) -> list[str]:  # noqa: B008
    keys = list_keys(session, query)
    assert first_keys(session, query, 4) == keys[:4]  # the fast first screen agrees
    return [row.name for row in list_rows(session, keys)]


def _fill(database: Database, language: str) -> None:
    with database.session_scope() as s:
        set_firm_language(s, language)
    shuffled = sorted(FIRMS[language], key=lambda n: n[::-1])  # any order but the right one
    # The importer writes its rows its own way; it would take "Cermak" for "Čermák" (the
    # same folded name), so those two are saved one by one.
    folded = [fold(n) for n in shuffled]
    imported = [n for n in shuffled[::2] if folded.count(fold(n)) == 1]
    with database.session_scope() as s:
        for name in shuffled:
            if name not in imported:
                book.save_record(s, ContactRecord(kind="person", family_name=name))
    with database.session_scope() as s:
        records = [ContactRecord(kind="person", family_name=n) for n in imported]
        assert import_records(s, records, source="test").imported == len(imported) > 0


def _check_firms(database: Database) -> None:
    for language, expected in FIRMS.items():
        with database.session_scope() as s:
            s.execute(Contact.__table__.delete())
        _fill(database, language)
        with database.session_scope() as s:
            assert _names(s) == expected, language
            assert _names(s, ListQuery(kind="person")) == expected
            refs = search_refs(s)
            assert [r.id for r in refs] == [r.id for r in refs if r.kind == "person"]


def test_each_firm_lists_its_alphabet_on_sqlite(database):
    _check_firms(database)


@pytest.mark.postgres
def test_each_firm_lists_its_alphabet_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        _check_firms(database)
    finally:
        database.dispose()


def test_changing_the_alphabet_sorts_every_name_again(database):
    with database.session_scope() as s:
        assert firm_language(s) == "en"  # nothing chosen yet
        for name in ("Chalupa", "Cibulka"):
            book.save_record(s, ContactRecord(kind="person", family_name=name))
        book.save_record(s, ContactRecord(kind="organization", display_name="Čedok"))
        book.save_record(s, ContactRecord(kind="organization", display_name="Dvořák"))
        assert _names(s) == ["Čedok", "Chalupa", "Cibulka", "Dvořák"]
    with database.session_scope() as s:
        assert set_firm_language(s, "cs") == 4
    with database.session_scope() as s:
        assert firm_language(s) == "cs"
        assert _names(s) == ["Cibulka", "Čedok", "Dvořák", "Chalupa"]
        # sort_key keeps meaning the folded name (duplicates and matching read it).
        assert s.scalar(select(Organization.sort_key).where(Organization.name == "Čedok")) == (
            "cedok"
        )
        assert recompute_name_order(s, "cs") == 0  # nothing left to change
        orders = s.scalars(select(Contact.name_order).order_by(Contact.id)).all()
        assert orders == [collation_key("Chalupa", "cs"), collation_key("Cibulka", "cs")]


def test_cli_sets_the_alphabet_and_lists_in_it(tmp_path, capsys):
    home = str(tmp_path / "firm")

    def run(*argv):
        code = main(["--home", home, *argv, "--json"])
        out = capsys.readouterr().out
        assert code == 0, out
        return json.loads(out)

    profile = Profile.open(home)
    database = Database(profile.url)
    try:
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            for name in reversed(FIRMS["cs"]):
                book.save_record(s, ContactRecord(kind="person", family_name=name))
    finally:
        database.dispose()
    assert run("db", "collation") == {"language": "en", "changed": 0}
    assert run("db", "collation", "cs") == {"language": "cs", "changed": 6}
    listed = run("contacts", "list", "--limit", "0")
    assert [item["display_name"] for item in listed] == FIRMS["cs"]
    assert main(["--home", home, "db", "collation", "xx"]) == 2
