"""The merge dialog over a real SQLite profile and a real TaskRunner: choices, merge, undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton

from smallcrm.core.interop.records import ContactRecord, Labeled, PartialDate
from smallcrm.core.models import Relation
from smallcrm.core.services.address_book import Ref, record_of, save_record, undo
from smallcrm.core.services.contacts import search_refs
from smallcrm.gui.dialogs.merge_dialog import MergeDialog, undo_merge_from_gui
from smallcrm.gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


def add(database, record: ContactRecord) -> int:
    with database.session_scope() as session:
        return save_record(session, record).id


def jana_pair(database) -> tuple[int, int]:
    first = add(
        database,
        ContactRecord(
            given_name="Jana",
            family_name="Nováková",
            emails=[Labeled("jana@akn.cz", "work")],
            phones=[Labeled("+420602123456", "mobile")],
        ),
    )
    second = add(
        database,
        ContactRecord(
            given_name="Jana",
            family_name="Novakova",
            emails=[Labeled("jana@akn.cz"), Labeled("jana.private@gmail.com", "home")],
        ),
    )
    return first, second


def records(database, *ids: int) -> list[ContactRecord]:
    with database.session_scope() as session:
        return [record_of(session, Ref("person", i)) for i in ids]


def people(database) -> list[int]:
    with database.session_scope() as session:
        return [ref.id for ref in search_refs(session, "") if ref.kind == "person"]


def open_dialog(qtbot, database, runner, first: int, second: int) -> MergeDialog:
    dialog = MergeDialog(database, runner, first, second)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_CHOICES, timeout=5000)
    return dialog


def test_only_differing_fields_ask_and_the_fuller_value_is_preselected(qtbot, database, runner):
    first, second = jana_pair(database)
    dialog = open_dialog(qtbot, database, runner, first, second)
    # Equal data, so the older record stays by default.
    assert dialog.survivor_id == first
    assert dialog.keep_radios[first].isChecked()
    # The given name is the same in both: nothing to choose. The family name differs.
    assert "given_name" not in dialog.field_radios
    radios = dialog.field_radios["family_name"]
    assert radios[first].text() == "Nováková" and radios[second].text() == "Novakova"
    assert radios[first].isChecked()  # diacritics: the fuller spelling
    assert dialog.choices()["family_name"] == first
    assert dialog.choices()["given_name"] == first
    # Every e-mail and phone of both is shown once, with what the survivor gains marked.
    preview = dialog.preview_label.text()
    assert preview.count("jana@akn.cz") == 1
    assert "jana.private@gmail.com" in preview
    assert "602 123 456" in preview
    assert "from the other record" in preview
    # Keyboard: every choice is a focusable radio.
    assert all(r.focusPolicy() != 0 for r in dialog.findChildren(QRadioButton))


def test_the_fuller_record_is_the_default_survivor(qtbot, database, runner):
    first = add(database, ContactRecord(given_name="Petr", family_name="Dvořák"))
    second = add(
        database,
        ContactRecord(
            given_name="Petr",
            family_name="Dvořák",
            position="partner",
            birthday=PartialDate(4, 15, 1975),
            emails=[Labeled("petr@akn.cz")],
        ),
    )
    dialog = open_dialog(qtbot, database, runner, first, second)
    assert dialog.survivor_id == second
    # One side empty: no radios, the value is simply kept.
    assert "position" not in dialog.field_radios
    assert dialog.choices()["position"] == second
    assert dialog.choices()["birthday"] == second


def test_merge_keeps_the_chosen_name_and_every_email_and_undo_restores_both(
    qtbot, database, runner
):
    first, second = jana_pair(database)
    before = records(database, first, second)
    dialog = open_dialog(qtbot, database, runner, first, second)
    dialog.choose("family_name", second)
    # Both differing name parts now come from the second: its display name follows.
    assert dialog.chosen("display_name") == second
    with qtbot.waitSignal(dialog.merged, timeout=5000) as merged:
        dialog.merge_button.click()
        assert dialog.writing
    change_set_id = merged.args[0]
    assert dialog.change_set_id == change_set_id
    assert (dialog.survivor_id, dialog.removed_id) == (first, second)
    assert dialog.result_name == "Jana Novakova"

    assert people(database) == [first]
    (after,) = records(database, first)
    assert after.family_name == "Novakova"
    assert after.display_name == "Jana Novakova"
    assert sorted(e.value for e in after.emails) == ["jana.private@gmail.com", "jana@akn.cz"]
    assert [p.value for p in after.phones] == ["+420602123456"]

    with database.session_scope() as session:
        assert undo(session, change_set_id) == 2  # the one undo every caller uses
    assert sorted(people(database)) == [first, second]
    assert records(database, first, second) == before


def test_undo_merge_from_gui_runs_on_the_database_lane(qtbot, database, runner):
    first, second = jana_pair(database)
    before = records(database, first, second)
    dialog = open_dialog(qtbot, database, runner, first, second)
    with qtbot.waitSignal(dialog.merged, timeout=5000) as merged:
        dialog.merge()
    done: list[int] = []
    handle = undo_merge_from_gui(database, runner, merged.args[0], on_done=done.append)
    assert handle.lane == "db"
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == [2]
    assert records(database, first, second) == before


def test_relations_move_and_a_tie_between_the_two_is_not_shown(qtbot, database, runner):
    first, second = jana_pair(database)
    colleague = add(database, ContactRecord(given_name="Petr", family_name="Malý"))
    employer = add(database, ContactRecord(given_name="Eva", family_name="Černá"))
    with database.session_scope() as session:
        session.add(Relation(contact_id=second, other_contact_id=colleague, kind="personal"))
        session.add(Relation(contact_id=second, other_contact_id=first, kind="personal"))
        session.add(
            Relation(contact_id=employer, other_contact_id=second, kind="personal", role="boss")
        )
    dialog = open_dialog(qtbot, database, runner, first, second)
    preview = dialog.preview_label.text()
    assert "Petr Malý" in preview
    assert "boss: Eva Černá" in preview
    assert "Jana Nováková" not in preview  # the two are about to be one


def test_a_failed_merge_says_so_and_changes_nothing(qtbot, database, runner):
    first, second = jana_pair(database)
    dialog = open_dialog(qtbot, database, runner, first, second)
    with database.session_scope() as session:
        from smallcrm.core.services.address_book import trash

        trash(session, [Ref("person", second)])
    dialog.merge()
    qtbot.waitUntil(lambda: not dialog.writing, timeout=5000)
    assert "trash" in dialog.status_label.text()
    assert dialog.merge_button.isEnabled()
    assert dialog.change_set_id is None
