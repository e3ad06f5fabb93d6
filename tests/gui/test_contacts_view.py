"""Contacts model and page over a real SQLite database: people and organisations together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from sqlalchemy import insert, update

from smallcrm.core.collation import name_keys
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation, utcnow
from smallcrm.core.services.address_book import save_record
from smallcrm.core.services.contacts import (
    ListQuery,
    contact_detail,
    list_keys,
    organization_detail,
)
from smallcrm.core.services.search_text import contact_search_text, organization_search_text
from smallcrm.core.text import fold
from smallcrm.gui.models.contacts_model import (
    BLOCK_SIZE,
    MAX_CACHED_BLOCKS,
    ContactsTableModel,
)
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.views.contacts import ContactsView

PEOPLE_ONLY = ListQuery(kind="person")

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
                # A firm with no alphabet chosen sorts in English's: Čermák among the Cs.
                **name_keys(f"{family} {given}", "en"),
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
                "value": f"+420600{i:06d}",  # stored in E.164
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
        {
            "id": n,
            "name": name,
            **name_keys(name, "en"),
            "search_text": organization_search_text(name),
        }
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
    return [p["id"] for p in sorted(people, key=lambda p: (p["name_order"], p["id"]))]


def people_model(database: Database) -> ContactsTableModel:
    model = ContactsTableModel(database)
    model.set_query(PEOPLE_ONLY)
    return model


def open_view(qtbot, database: Database, tasks: TaskRunner | None = None) -> ContactsView:
    view = ContactsView(database, tasks)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.is_ready)
    return view


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


def test_row_count_and_folded_order(qapp, database):
    people = seed_contacts(database, 3000)
    model = people_model(database)

    assert model.rowCount() == 3000
    assert model.columnCount() == 6
    order = [model.key(r) for r in range(model.rowCount())]
    assert order == expected_order(people)

    names = [p["family_name"] for p in sorted(people, key=lambda p: (p["name_order"], p["id"]))]
    # Čermák and Černá sort among the Cs (after Bartoš, before Cibulka and Dvořák).
    first = {family: names.index(family) for family in ("Bartoš", "Čermák", "Cibulka", "Dvořák")}
    assert first["Bartoš"] < first["Čermák"] < first["Cibulka"] < first["Dvořák"]


def test_people_and_organisations_in_one_list(qapp, database):
    seed_contacts(database, 40)
    model = ContactsTableModel(database)
    model.reload()
    assert model.rowCount() == 44
    assert model.total_count() == 44
    kinds = [model.row(r).kind for r in range(model.rowCount())]
    assert kinds.count("organization") == 4
    org_row = model.row_of(-1)  # organisations have negative keys
    assert model.data(model.index(org_row, 0)) == "Advokátní kancelář Dvořák s.r.o."
    assert model.data(model.index(org_row, 1)) == "Organisation"
    assert model.data(model.index(model.row_of(1), 1)) == "Person"
    # One folded-name order across both kinds: the firm sits among the Ds... after "Advok".
    names = [fold(model.row(r).name) for r in range(model.rowCount())]
    sort_keys = sorted(names)
    assert names[:1] == sort_keys[:1]


def test_kind_filter(qapp, database):
    seed_contacts(database, 30)
    model = ContactsTableModel(database)
    model.set_query(ListQuery(kind="organization"))
    assert model.rowCount() == 4
    assert all(model.key(r) < 0 for r in range(4))
    assert model.total_count() == 34
    model.set_query(ListQuery(kind="person"))
    assert model.rowCount() == 30
    model.set_query(ListQuery(kind="organization", text="horvat"))
    assert [model.row(r).name for r in range(model.rowCount())] == ["Odvjetnik Horvat"]


def test_tag_filter_and_tag_list(qapp, database):
    from smallcrm.core.services.contacts import tags

    seed_contacts(database, 10)
    with database.session_scope() as session:
        a = save_record(
            session,
            ContactRecord(given_name="Tagged", family_name="Klient", tags=["klient", "VIP"]),
        )
        b = save_record(
            session,
            ContactRecord(kind="organization", display_name="Tagged s.r.o.", tags=["klient"]),
        )
        found = tags(session)
    assert [t.name for t in found] == ["klient", "VIP"]
    klient = found[0].id
    model = ContactsTableModel(database)
    model.set_query(ListQuery(tag_id=klient))
    assert sorted(model.key(r) for r in range(model.rowCount())) == sorted([a.id, -b.id])
    model.set_query(ListQuery(tag_id=found[1].id))
    assert [model.key(r) for r in range(model.rowCount())] == [a.id]
    model.set_query(ListQuery(tag_id=klient, kind="organization"))
    assert [model.key(r) for r in range(model.rowCount())] == [-b.id]


def test_sorting_happens_in_sql_and_keeps_blank_last(qapp, database):
    seed_contacts(database, 60)
    model = ContactsTableModel(database)
    model.reload()
    ascending = [model.key(r) for r in range(model.rowCount())]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.key(r) for r in range(model.rowCount())] == ascending[::-1]

    model.sort(3, Qt.SortOrder.AscendingOrder)  # e-mail
    emails = [model.row(r).email for r in range(model.rowCount())]
    filled = [e for e in emails if e]
    assert filled == sorted(filled)
    assert emails[len(filled) :] == [""] * (len(emails) - len(filled))  # blanks last

    model.sort(1, Qt.SortOrder.AscendingOrder)  # kind: people first
    kinds = [model.row(r).kind for r in range(model.rowCount())]
    assert kinds == ["person"] * 60 + ["organization"] * 4

    model.sort(5, Qt.SortOrder.DescendingOrder)  # city, blanks still last
    cities = [model.row(r).city for r in range(model.rowCount())]
    filled = [c for c in cities if c]
    assert [c.lower() for c in filled] == sorted((c.lower() for c in filled), reverse=True)
    assert cities[len(filled) :] == [""] * (len(cities) - len(filled))

    with database.session_scope() as session:
        for column in ("organization", "phone"):
            assert len(list_keys(session, ListQuery(sort=column))) == 64


def test_deleted_contacts_are_left_out(qapp, database):
    seed_contacts(database, 50)
    with database.session_scope() as session:
        session.execute(update(Contact).where(Contact.id.in_([1, 18])).values(deleted_at=utcnow()))
    model = people_model(database)
    assert model.rowCount() == 48
    assert model.row_of(1) == -1 and model.row_of(18) == -1
    model.set_query(ListQuery(kind="person", text="novak"))
    assert 1 not in [model.key(r) for r in range(model.rowCount())]
    assert model.total_count() == 48 + 4


def test_filter_folds_diacritics(qapp, database):
    people = seed_contacts(database, 2000)
    model = people_model(database)
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
    model.set_filter("шевченко")
    assert model.rowCount() > 0

    model.set_filter("100%_")  # LIKE wildcards are matched literally
    assert model.rowCount() == 0
    assert model.total_count() == 2004

    model.set_filter("")
    assert model.rowCount() == 2000


def test_a_search_shows_its_first_screen_before_the_full_list(qtbot, database, runner):
    seed_contacts(database, 3000)
    model = ContactsTableModel(database)
    model.runner = runner
    with qtbot.waitSignal(model.keysLoaded):
        model.reload()
    loads: list[int] = []
    model.keysLoaded.connect(lambda: loads.append(model.rowCount()))

    model.set_filter("j")  # Jan and Jiří, a fifth of the book: the full list comes later
    assert model.loading and not loads  # the answer is queued until the event loop runs
    first = [model.key(r) for r in range(model.rowCount())]
    assert len(first) == BLOCK_SIZE and model.cached_blocks == [0]
    qtbot.waitUntil(lambda: bool(loads))
    keys = [model.key(r) for r in range(model.rowCount())]
    assert len(keys) > BLOCK_SIZE and keys[:BLOCK_SIZE] == first

    model.reload()  # a refresh keeps the list on screen until the new one is ready
    assert model.rowCount() == len(keys)
    qtbot.waitUntil(lambda: len(loads) == 2)

    model.set_filter("zzz")  # nothing: the list empties at once
    assert model.rowCount() == 0


def test_far_row_loads_one_block_and_cache_stays_bounded(qapp, database):
    people = seed_contacts(database, 3000)
    model = people_model(database)
    assert model.cached_blocks == [0]  # the first screen is loaded with the keys
    model._blocks.clear()

    wanted = expected_order(people)[2500]
    person = next(p for p in people if p["id"] == wanted)
    assert model.data(model.index(2500, 0)) == person["display_name"]
    assert model.data(model.index(2500, 3)) == f"person{wanted}@example.cz"
    assert model.cached_blocks == [2500 // BLOCK_SIZE]
    loads = model.block_loads

    # Reading every row walks all 15 blocks (block 12 again: it was evicted meanwhile), but
    # only the most recently used few stay in memory.
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))
    assert model.block_loads == loads + 3000 // BLOCK_SIZE
    assert len(model.cached_blocks) <= MAX_CACHED_BLOCKS
    assert model.rowCount() > MAX_CACHED_BLOCKS * BLOCK_SIZE


def test_row_shows_employer_phone_and_city(qapp, database):
    seed_contacts(database, 30)
    model = people_model(database)
    row = model.row(model.row_of(1))  # i == 0: employed, with an address
    assert row.organization == "Advokátní kancelář Dvořák s.r.o."
    assert row.phone == "+420600000000"  # as stored; formatted when drawn:
    assert model.data(model.index(model.row_of(1), 4)) == "600 000 000"
    assert row.city == "Praha"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Organisation"


def test_model_passes_qmodeltester(qtmodeltester, database):
    seed_contacts(database, 300)
    model = ContactsTableModel(database)
    model.reload()
    assert model.rowCount() == 304
    qtmodeltester.check(model)
    model.set_filter("novak")
    qtmodeltester.check(model)


def test_detail_service_returns_plain_data(database):
    seed_contacts(database, 10)
    with database.session_scope() as session:
        detail = contact_detail(session, 1)
        assert contact_detail(session, 999) is None
    assert detail is not None
    assert detail.name == "Jan Novák"
    assert [m.value for m in detail.emails] == ["person1@example.cz"]
    assert detail.organizations == [("Advokátní kancelář Dvořák s.r.o.", "")]
    assert detail.organization_ids == [1]
    assert detail.addresses[0].value == "Hlavní 0\n110 00 Praha"


def test_organisation_service_lists_people_with_roles(database):
    seed_contacts(database, 30)
    with database.session_scope() as session:
        ref = save_record(
            session,
            ContactRecord(
                given_name="Eva",
                family_name="Svobodová",
                position="Partner",
                organization="Odvjetnik Horvat",
                phones=[],
            ),
        )
        detail = organization_detail(session, 3)
    assert detail is not None
    assert detail.name == "Odvjetnik Horvat"
    by_id = {p.contact_id: p for p in detail.people}
    assert by_id[ref.id].role == "Partner"
    assert by_id[ref.id].name == "Eva Svobodová"
    # Seeded employees of organisation 3: i % 5 == 0 and 1 + i % 4 == 3, i.e. i = 10.
    assert 11 in by_id


def test_view_shows_count_and_selected_contact_details(qtbot, database):
    people = seed_contacts(database, 2500)
    view = open_view(qtbot, database)

    assert view.pages.currentWidget() is view.splitter
    assert "2,504" in view.count_label.text() or "2504" in view.count_label.text()
    # The first record is selected on open, so the pane is never blank.
    assert view.selected_contact_id() == view.model.key(0)

    view.kind_combo.setCurrentIndex(view.kind_combo.findData("person"))
    qtbot.waitUntil(lambda: view.model.query.kind == "person" and view.is_ready())
    first = expected_order(people)[0]
    assert view.selected_contact_id() == first
    assert f"person{first}@example.cz" in view.detail.shown_text()

    target = expected_order(people)[1234]
    view.select_row(1234)
    assert view.selected_contact_id() == target
    assert f"person{target}@example.cz" in view.detail.shown_text()
    assert len(view.model.cached_blocks) <= MAX_CACHED_BLOCKS


def test_view_loads_on_the_read_lane_and_drops_stale_answers(qtbot, database, runner):
    seed_contacts(database, 500)
    view = open_view(qtbot, database, runner)
    assert view.model.rowCount() == 504
    # Three searches in a row: only the newest answer may land.
    for text in ("nov", "zzzz", "cermak"):
        view.filter_edit.setText(text)
        view.apply_filter()
    assert view.model.loading
    qtbot.waitUntil(lambda: not view.model.loading)
    runner.wait_idle()
    assert view.model.filter_text == "cermak"
    assert all("Čermák" in view.model.row(r).name for r in range(view.model.rowCount()))
    assert view.pages.currentWidget() is view.splitter


def test_full_list_is_asked_for_after_the_first_screen_is_painted(qtbot, database, runner):
    """A worker started at once would hold the interpreter while the screen is drawn."""
    seed_contacts(database, 500)
    view = open_view(qtbot, database, runner)
    events: list[str] = []

    class PaintSpy(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("painted")
            return False

    spy = PaintSpy()
    view.table.viewport().installEventFilter(spy)
    seen: set[object] = set(runner._tasks)

    def on_count(_count: int) -> None:
        for task in set(runner._tasks) - seen:
            seen.add(task)
            if task.handle.description == "load contact list":
                events.append("load started")

    runner.activeCountChanged.connect(on_count)
    view.filter_edit.setText("nov")
    view.apply_filter()
    assert view.model.loading and events == []  # first screen shown, nothing started yet
    qtbot.waitUntil(lambda: not view.model.loading)
    assert events.index("painted") < events.index("load started")

    # Keystrokes before the event loop runs ask for the last text only.
    events.clear()
    for text in ("c", "cer", "cermak"):
        view.filter_edit.setText(text)
        view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.loading)
    runner.wait_idle()
    assert events.count("load started") == 1
    assert view.model.filter_text == "cermak"
    assert all("Čermák" in view.model.row(r).name for r in range(view.model.rowCount()))


def test_a_tall_window_gets_a_first_screen_as_tall(qtbot, database, runner):
    seed_contacts(database, 500)
    view = open_view(qtbot, database, runner)
    view.resize(1100, 3000)  # a portrait screen's worth of rows
    qtbot.waitUntil(lambda: view.model.first_screen_rows > BLOCK_SIZE)
    shown = view.model.first_screen_rows
    view.filter_edit.setText("a")
    view.apply_filter()
    assert view.model.loading  # the full list is still on its way
    first = view.model.rowCount()
    assert view.model.cached_blocks == list(range(-(-first // BLOCK_SIZE)))
    qtbot.waitUntil(lambda: not view.model.loading)
    # Yet every row the window shows was there at once.
    assert first >= min(shown, view.model.rowCount()) and first > BLOCK_SIZE


@pytest.mark.parametrize(
    ("typed", "found"), [("novak", "Novák"), ("lodz", "Łódź"), ("cermak", "Čermák")]
)
def test_search_as_you_type_folds_diacritics(qtbot, database, typed, found):
    seed_contacts(database, 300)
    with database.session_scope() as session:
        save_record(session, ContactRecord(kind="organization", display_name="Kancelaria Łódź"))
    view = open_view(qtbot, database)
    qtbot.keyClicks(view.filter_edit, typed)
    qtbot.waitUntil(lambda: view.model.filter_text == typed and view.is_ready())
    assert view.model.rowCount() > 0
    assert all(found in view.model.row(r).name for r in range(view.model.rowCount()))
    assert found in view.detail.shown_text()

    view.filter_edit.setText("zzzz")
    view.apply_filter()
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.no_match)


def test_cyrillic_search(qtbot, database):
    seed_contacts(database, 100)
    view = open_view(qtbot, database)
    view.filter_edit.setText("Шевченко")
    view.apply_filter()
    qtbot.waitUntil(view.is_ready)
    assert view.model.rowCount() > 0
    assert all("Шевченко" in view.model.row(r).name for r in range(view.model.rowCount()))


def test_kind_and_tag_combos_filter_the_view(qtbot, database):
    seed_contacts(database, 50)
    with database.session_scope() as session:
        vip = save_record(
            session, ContactRecord(given_name="Vera", family_name="Vip", tags=["VIP"])
        )
    view = open_view(qtbot, database)
    assert view.tag_combo.isVisible()
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("organization"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert view.selected_contact_id() < 0
    assert "Organisation" in view.detail.shown_text()
    view.kind_combo.setCurrentIndex(0)
    view.tag_combo.setCurrentIndex(view.tag_combo.findText("VIP"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.selected_contact_id() == vip.id
    assert "1 of 55" in view.count_label.text()


def test_organisation_row_opens_its_page_and_people_open_back(qtbot, database):
    seed_contacts(database, 40)
    view = open_view(qtbot, database)
    view.select_key(-1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.stack.currentWidget() is view.organization_view
    page = view.organization_view
    assert page.name_label.text() == "Advokátní kancelář Dvořák s.r.o."
    # Seeded: i % 5 == 0 and i % 4 == 0 work for organisation 1: i = 0, 20 -> ids 1, 21.
    assert sorted(page.person_ids()) == [1, 21]
    assert "People (2)" in page.people_label.text()
    row = page.person_ids().index(21)
    page.people_table.setCurrentCell(row, 0)
    qtbot.keyClick(page.people_table, Qt.Key.Key_Return)
    assert view.stack.currentWidget() is view.list_page
    assert view.selected_contact_id() == 21


def test_person_organisation_link_opens_page(qtbot, database):
    seed_contacts(database, 10)
    view = open_view(qtbot, database)
    view.select_key(1)
    assert 'href="org:1"' in view.detail.subtitle_label.text()
    view.detail.subtitle_label.linkActivated.emit("org:1")
    assert view.stack.currentWidget() is view.organization_view
    qtbot.keyClick(view.organization_view, Qt.Key.Key_Escape)
    assert view.stack.currentWidget() is view.list_page


def test_empty_database_shows_empty_state(qtbot, database):
    view = ContactsView(database)
    qtbot.addWidget(view)
    qtbot.waitUntil(view.is_ready)
    assert view.pages.currentWidget() is view.empty
    assert "Import a vCard or CSV file" in view.empty.text_label.text()
    assert not view.filter_edit.isEnabled()
