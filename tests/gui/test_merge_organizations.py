"""Two duplicate organisations merged from the duplicate finder, over a real SQLite profile."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.services.address_book import Ref, record_of, save_record
from smallcrm.core.services.contacts import search_refs
from smallcrm.core.services.merge import jobs_at
from smallcrm.core.services.relations import RelationEdit, add_relation
from smallcrm.gui.dialogs.duplicates_dialog import run_find_duplicates
from smallcrm.gui.dialogs.merge_dialog import MergeDialog
from smallcrm.gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


def add(database, record: ContactRecord) -> int:
    with database.session_scope() as session:
        return save_record(session, record).id


def hire(database, contact_id: int, organization_id: int, role: str, until=None) -> None:
    with database.session_scope() as session:
        edit = RelationEdit(organization_id=organization_id, role=role, until=until)
        add_relation(session, contact_id, edit)


def akn_pair(database) -> dict[str, int]:
    """AKN twice (the second card fuller), Jana working at both, Petr and Eva at the second."""
    ids = {
        "akn": add(
            database,
            ContactRecord(
                kind="organization",
                display_name="AKN s.r.o.",
                ids={"registry": "27074358"},
                emails=[Labeled("info@akn.cz", "work")],
                tags=["klient"],
            ),
        ),
        "dup": add(
            database,
            ContactRecord(
                kind="organization",
                display_name="AKN, advokátní kancelář, s.r.o.",
                legal_form="s.r.o.",
                country="CZ",
                ids={"registry": "27074358", "tax": "CZ27074358"},
                emails=[Labeled("info@akn.cz"), Labeled("office@akn.cz")],
                phones=[Labeled("+420 222 333 444", "office")],
                tags=["VIP"],
                notes="From the old address book.",
            ),
        ),
        "jana": add(database, ContactRecord(given_name="Jana", family_name="Nováková")),
        "petr": add(database, ContactRecord(given_name="Petr", family_name="Malý")),
        "eva": add(database, ContactRecord(given_name="Eva", family_name="Černá")),
    }
    hire(database, ids["jana"], ids["akn"], "Partner")
    hire(database, ids["jana"], ids["dup"], "Partner")
    hire(database, ids["petr"], ids["dup"], "Accountant")
    hire(database, ids["eva"], ids["dup"], "Trainee", until=date(2017, 6, 30))
    return ids


def organizations(database) -> list[int]:
    with database.session_scope() as session:
        return sorted(ref.id for ref in search_refs(session, "") if ref.kind == "organization")


def seen(database, *ids: int) -> list:
    with database.session_scope() as session:
        return [(record_of(session, Ref("organization", i)), jobs_at(session, i)) for i in ids]


def test_merge_two_organisations_from_the_duplicate_finder_then_undo(qtbot, database, runner):
    ids = akn_pair(database)
    akn, dup = ids["akn"], ids["dup"]
    before = seen(database, akn, dup)
    window = QWidget()
    qtbot.addWidget(window)
    window.database = database
    window.tasks = runner
    merged: list[int] = []
    undone: list[int] = []
    dialog = run_find_duplicates(window, merged.append, on_undone=undone.append)
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_PAIRS, timeout=10000)
    pairs = [(p.kind, p.first_id, p.second_id) for p in dialog.model.pairs]
    assert pairs == [("organization", akn, dup)]
    assert dialog.select_pair(akn, dup)
    assert dialog.merge_button.isEnabled()

    dialog.merge_button.click()
    merge = dialog.merge_dialog
    assert isinstance(merge, MergeDialog) and merge.kind == "organization"
    qtbot.waitUntil(lambda: merge.page == merge.PAGE_CHOICES, timeout=5000)
    assert merge.windowTitle() == "Merge organisations"
    assert merge.survivor_id == dup  # the fuller card
    # Only the names differ; the same registry number and one-sided values ask nothing.
    assert set(merge.field_radios) == {"name"}
    assert merge.choices() == {
        "name": dup,  # the longer name is preselected
        "legal_form": dup,
        "country": dup,
        "registry_id": akn,
        "tax_id": dup,
        "notes": dup,
    }
    preview = merge.preview_label.text()
    assert preview.count("info@akn.cz") == 1 and "office@akn.cz" in preview
    assert "Petr Malý, Accountant" in preview
    assert preview.count("Jana Nováková, Partner") == 1  # one job, recorded on both
    assert "Eva Černá, Trainee (until" in preview
    assert "People" in preview

    merge.choose("name", akn)
    merge.merge_button.click()
    qtbot.waitUntil(lambda: bool(merged), timeout=5000)

    assert organizations(database) == [dup]
    ((kept, jobs),) = seen(database, dup)
    assert kept.display_name == "AKN s.r.o."
    assert (kept.legal_form, kept.ids["tax"]) == ("s.r.o.", "CZ27074358")
    assert sorted(e.value for e in kept.emails) == ["info@akn.cz", "office@akn.cz"]
    assert kept.tags == ["VIP", "klient"]
    people = sorted((j.contact_id, j.role, j.until) for j in jobs)
    assert people == sorted(
        [
            (ids["jana"], "Partner", None),
            (ids["petr"], "Accountant", None),
            (ids["eva"], "Trainee", date(2017, 6, 30)),
        ]
    )
    assert dialog.model.rowCount() == 0
    assert "AKN s.r.o." in dialog.notice_label.text()
    assert dialog.undo_button.isVisible()

    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(undone), timeout=5000)
    assert undone == merged
    assert organizations(database) == [akn, dup]
    assert seen(database, akn, dup) == before
    assert [(p.first_id, p.second_id) for p in dialog.model.pairs] == [(akn, dup)]
