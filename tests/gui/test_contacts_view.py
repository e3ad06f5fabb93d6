"""Contacts model and page over a real SQLite database with a few thousand people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import insert, update

from smallcrm.core.db import Database
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation, utcnow
from smallcrm.core.services.contacts import contact_detail
from smallcrm.core.services.search_text import contact_search_text
from smallcrm.core.text import fold
from smallcrm.gui.models.contacts_model import (
    BLOCK_SIZE,
    MAX_CACHED_BLOCKS,
    ContactsTableModel,
)
from smallcrm.gui.views.contacts import ContactsView

FAMILY = (
    "Novák",
    "Čermák",
    "Cibulka",
    "Dvořák",
    "Bartoš",
    "Černá",
    "Kowalski",
    "Łukasiewicz",
    "Wiśniewska",
    "Horvat",
    "Kovačević",
    "Šťastný",
    "Шевченко",
    "Коваленко",
    "Zieliński",
    "Procházka",
    "Babić",
)
GIVEN = ("Jan", "Petr", "Marie", "Zuzana", "Piotr", "Agnieszka", "Ivan", "Ana", "Jiří", "Олена")
CITIES = ("Praha", "Brno", "Kraków", "Zagreb", "Київ", "Bratislava")


def seed_contacts(database: Database, count: int) -> list[dict]:
    """Insert ``count`` people with e-mail, phone, some addresses and employers."""
    people = []
    methods = []
    relations = []
    for i in range(count):
        family = FAMILY[i % len(FAMILY)]
        given = GIVEN[(i // len(FAMILY)) % len(GIVEN)]
        people.append(
            {
                "id": i + 1,
                "given_name": given,
                "family_name": family,
                "display_name": f"{given} {family}",
                "sort_key": fold(f"{family} {given}"),
                "search_text": contact_search_text((given, family)),
            }
        )
        methods.append(
            {
                "contact_id": i + 1,
                "kind": "email",
                "value": f"person{i + 1}@example.cz",
                "is_primary": True,
                "position": 0,
            }
        )
        methods.append(
            {
                "contact_id": i + 1,
                "kind": "phone",
                "value": f"+420 600 {i:06d}",
                "is_primary": False,
                "position": 1,
            }
        )
        if i % 3 == 0:
            methods.append(
                {
                    "contact_id": i + 1,
                    "kind": "address",
                    "value": f"Hlavní {i}, {CITIES[i % len(CITIES)]}",
                    "street": f"Hlavní {i}",
                    "city": CITIES[i % len(CITIES)],
                    "postal_code": "110 00",
                    "is_primary": True,
                    "position": 2,
                }
            )
        if i % 5 == 0:
            relations.append(
                {"contact_id": i + 1, "organization_id": 1 + i % 4, "kind": "employment"}
            )
    organizations = [
        {"id": n, "name": name, "sort_key": fold(name), "search_text": fold(name)}
        for n, name in enumerate(
            (
                "Advokátní kancelář Dvořák s.r.o.",
                "Kancelaria Nowak sp.k.",
                "Odvjetnik Horvat",
                "ТОВ «Правник»",
            ),
            start=1,
        )
    ]
    with database.session_scope() as session:
        session.execute(insert(Organization), organizations)
        session.execute(insert(Contact), people)
        session.execute(insert(ContactMethod), methods)
        if relations:
            session.execute(insert(Relation), relations)
    return people


def expected_order(people: list[dict]) -> list[int]:
    return [p["id"] for p in sorted(people, key=lambda p: (p["sort_key"], p["id"]))]


def test_row_count_and_folded_order(qapp, database):
    people = seed_contacts(database, 3000)
    model = ContactsTableModel(database)
    model.reload()

    assert model.rowCount() == 3000
    assert model.columnCount() == 5
    order = [model.contact_id(r) for r in range(model.rowCount())]
    assert order == expected_order(people)

    names = [p["family_name"] for p in sorted(people, key=lambda p: (p["sort_key"], p["id"]))]
    # Čermák and Černá sort among the Cs (after Bartoš, before Cibulka and Dvořák).
    first = {family: names.index(family) for family in ("Bartoš", "Čermák", "Cibulka", "Dvořák")}
    assert first["Bartoš"] < first["Čermák"] < first["Cibulka"] < first["Dvořák"]


def test_deleted_contacts_are_left_out(qapp, database):
    seed_contacts(database, 50)
    with database.session_scope() as session:
        session.execute(update(Contact).where(Contact.id.in_([1, 18])).values(deleted_at=utcnow()))
    model = ContactsTableModel(database)
    model.reload()
    assert model.rowCount() == 48
    assert model.row_of(1) == -1 and model.row_of(18) == -1
    model.set_filter("novak")
    assert 1 not in [model.contact_id(r) for r in range(model.rowCount())]
    assert model.total_count() == 48


def test_filter_folds_diacritics(qapp, database):
    people = seed_contacts(database, 2000)
    model = ContactsTableModel(database)
    model.set_filter("novak")

    novak = [p for p in people if p["family_name"] == "Novák"]
    assert model.rowCount() == len(novak) > 0
    for row in range(model.rowCount()):
        assert model.data(model.index(row, 0)).endswith("Novák")

    model.set_filter("NOVÁK jan")
    assert 0 < model.rowCount() < len(novak)
    assert all(model.row(r).name == "Jan Novák" for r in range(model.rowCount()))

    model.set_filter("łukasiewicz")
    assert model.rowCount() > 0
    model.set_filter("lukasiewicz")
    assert model.rowCount() > 0

    model.set_filter("100%_")  # LIKE wildcards are matched literally
    assert model.rowCount() == 0
    assert model.total_count() == 2000

    model.set_filter("")
    assert model.rowCount() == 2000


def test_far_row_loads_one_block_and_cache_stays_bounded(qapp, database):
    people = seed_contacts(database, 3000)
    model = ContactsTableModel(database)
    model.reload()
    assert model.cached_blocks == []

    wanted = expected_order(people)[2500]
    person = next(p for p in people if p["id"] == wanted)
    assert model.data(model.index(2500, 0)) == person["display_name"]
    assert model.data(model.index(2500, 2)) == f"person{wanted}@example.cz"
    assert model.cached_blocks == [2500 // BLOCK_SIZE]
    assert model.block_loads == 1

    # Reading every row walks all 15 blocks (block 12 again: it was evicted meanwhile), but
    # only the most recently used few stay in memory.
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))
    assert model.block_loads == 1 + 3000 // BLOCK_SIZE
    assert len(model.cached_blocks) <= MAX_CACHED_BLOCKS
    assert model.rowCount() > MAX_CACHED_BLOCKS * BLOCK_SIZE


def test_row_shows_employer_phone_and_city(qapp, database):
    seed_contacts(database, 30)
    model = ContactsTableModel(database)
    model.reload()
    row = model.row(model.row_of(1))  # i == 0: employed, with an address
    assert row.organization == "Advokátní kancelář Dvořák s.r.o."
    assert row.phone == "+420 600 000000"
    assert row.city == "Praha"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Organisation"


def test_detail_service_returns_plain_data(database):
    seed_contacts(database, 10)
    with database.session_scope() as session:
        detail = contact_detail(session, 1)
        assert contact_detail(session, 999) is None
    assert detail is not None
    assert detail.name == "Jan Novák"
    assert [m.value for m in detail.emails] == ["person1@example.cz"]
    assert detail.organizations == [("Advokátní kancelář Dvořák s.r.o.", "")]
    assert detail.addresses[0].value == "Hlavní 0\n110 00 Praha"


def test_view_shows_count_and_selected_contact_details(qtbot, database):
    people = seed_contacts(database, 2500)
    view = ContactsView(database)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)

    assert view.pages.currentWidget() is view.splitter
    assert "2,500" in view.count_label.text() or "2500" in view.count_label.text()
    # The first person is selected on open, so the pane is never blank.
    first = expected_order(people)[0]
    assert view.selected_contact_id() == first
    assert f"person{first}@example.cz" in view.detail.shown_text()

    target = expected_order(people)[1234]
    view.select_row(1234)
    assert view.selected_contact_id() == target
    assert f"person{target}@example.cz" in view.detail.shown_text()
    assert len(view.model.cached_blocks) <= MAX_CACHED_BLOCKS


def test_view_filter_field_filters_after_typing(qtbot, database):
    seed_contacts(database, 500)
    view = ContactsView(database)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.filter_edit, "cermak")
    qtbot.waitUntil(lambda: view.model.filter_text == "cermak")
    assert view.model.rowCount() > 0
    assert all("Čermák" in view.model.row(r).name for r in range(view.model.rowCount()))
    assert "Čermák" in view.detail.shown_text()

    view.filter_edit.setText("zzzz")
    view.apply_filter()
    assert view.pages.currentWidget() is view.no_match


def test_empty_database_shows_empty_state(qtbot, database):
    view = ContactsView(database)
    qtbot.addWidget(view)
    assert view.pages.currentWidget() is view.empty
    assert "Import a vCard or CSV file" in view.empty.text_label.text()
    assert not view.filter_edit.isEnabled()
