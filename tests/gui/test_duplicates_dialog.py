"""The duplicate finder over a real SQLite profile and a real TaskRunner: scan, merge, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.services.address_book import Ref, record_of, save_record
from smallcrm.core.services.contacts import search_refs
from smallcrm.gui.dialogs.duplicates_dialog import (
    DuplicatePairsModel,
    DuplicatesDialog,
    run_find_duplicates,
)
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
            emails=[Labeled("jana@akn.cz")],
            phones=[Labeled("+420602123456")],
        ),
    )
    second = add(
        database,
        ContactRecord(
            given_name="Jana",
            family_name="Novakova",
            emails=[Labeled("jana@akn.cz"), Labeled("jana.private@gmail.com")],
        ),
    )
    return first, second


def records(database, *ids: int) -> list[ContactRecord]:
    with database.session_scope() as session:
        return [record_of(session, Ref("person", i)) for i in ids]


def people(database) -> list[int]:
    with database.session_scope() as session:
        return sorted(ref.id for ref in search_refs(session, "") if ref.kind == "person")


def listed(dialog: DuplicatesDialog) -> list[tuple[int, int]]:
    return [(p.first_id, p.second_id) for p in dialog.model.pairs]


def open_dialog(qtbot, database, runner) -> DuplicatesDialog:
    dialog = DuplicatesDialog(database, runner)
    qtbot.addWidget(dialog)
    # The scan runs on the io lane: the dialog shows its busy page meanwhile.
    assert dialog.page == dialog.PAGE_SCANNING
    assert dialog.scanning
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=10000)
    return dialog


def test_the_pair_is_listed_with_its_score_and_reasons(qtbot, database, runner):
    first, second = jana_pair(database)
    add(database, ContactRecord(given_name="Petr", family_name="Malý"))
    dialog = open_dialog(qtbot, database, runner)
    assert dialog.page == dialog.PAGE_PAIRS
    assert listed(dialog) == [(first, second)]
    model = dialog.model
    assert model.data(model.index(0, DuplicatePairsModel.FIRST)) == "Jana Nováková"
    assert model.data(model.index(0, DuplicatePairsModel.SECOND)) == "Jana Novakova"
    assert model.data(model.index(0, DuplicatePairsModel.SCORE)) == 100
    reasons = model.reasons(dialog.current_pair())
    assert "same e-mail jana@akn.cz" in reasons
    assert "same name" in reasons
    assert "e-mail" in model.data(model.index(0, DuplicatePairsModel.REASONS))
    assert "1 pair" in dialog.summary_label.text()
    # Keyboard: the list has the focus and the first pair is current, ready for Enter.
    assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
    assert dialog.table.currentIndex().row() == 0
    assert dialog.merge_button.isEnabled()


def test_merge_two_duplicates_then_undo(qtbot, database, runner):
    first, second = jana_pair(database)
    # A third record shares the e-mail of the one to go: that pair goes with it.
    third = add(
        database,
        ContactRecord(given_name="Jana", family_name="Nováková", emails=[Labeled("jana@akn.cz")]),
    )
    before = records(database, first, second, third)
    window = QWidget()
    qtbot.addWidget(window)
    window.database = database
    window.tasks = runner
    merged: list[int] = []
    undone: list[int] = []
    dialog = run_find_duplicates(window, merged.append, on_undone=undone.append)
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_PAIRS, timeout=10000)
    assert set(listed(dialog)) == {(first, second), (first, third), (second, third)}

    assert dialog.select_pair(first, second)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter opens the merge dialog
    merge = dialog.merge_dialog
    assert merge is not None
    assert not dialog.merge_button.isEnabled()  # one merge at a time
    qtbot.waitUntil(lambda: merge.page == merge.PAGE_CHOICES, timeout=5000)
    merge.choose("family_name", second)
    merge.merge_button.click()
    qtbot.waitUntil(lambda: bool(merged), timeout=5000)

    # One contact remains with both e-mails and the chosen name.
    assert people(database) == [first, third]
    (kept,) = records(database, first)
    assert kept.family_name == "Novakova"
    assert sorted(e.value for e in kept.emails) == ["jana.private@gmail.com", "jana@akn.cz"]
    # The merged pair is gone, and so is every pair holding the removed record.
    assert listed(dialog) == [(first, third)]
    assert dialog.model.pairs[0].first_name == "Jana Novakova"  # the survivor's new name
    assert dialog.merge_dialog is None
    assert "Jana Novakova" in dialog.notice_label.text()
    assert dialog.undo_button.isVisible()

    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(undone), timeout=5000)
    assert undone == merged
    assert people(database) == [first, second, third]
    assert records(database, first, second, third) == before
    assert set(listed(dialog)) == {(first, second), (first, third), (second, third)}
    assert dialog.model.pairs[listed(dialog).index((first, third))].first_name == "Jana Nováková"
    assert not dialog.undo_button.isVisible()


def test_not_duplicates_hides_the_pair(qtbot, database, runner):
    first, second = jana_pair(database)
    dialog = open_dialog(qtbot, database, runner)
    assert listed(dialog) == [(first, second)]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert listed(dialog) == []
    assert dialog.page == dialog.PAGE_EMPTY
    dialog.scan()
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=10000)
    assert dialog.page == dialog.PAGE_EMPTY
    # A new window over the same book remembers it too (it is in the database: see
    # test_not_duplicates_dialog.py).
    assert runner.wait_idle(5000)
    again = open_dialog(qtbot, database, runner)
    assert listed(again) == []


def test_stop_leaves_the_search_stopped_even_if_the_result_arrives(qtbot, database, runner):
    jana_pair(database)
    dialog = DuplicatesDialog(database, runner)
    qtbot.addWidget(dialog)
    assert not dialog.stop_button.isHidden()
    dialog.stop_scan()
    assert dialog.page == dialog.PAGE_STOPPED
    assert runner.wait_idle(10000)
    assert dialog.page == dialog.PAGE_STOPPED
    assert listed(dialog) == []
    dialog.rescan_button.click()
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_PAIRS, timeout=10000)


def test_organisations_are_listed_and_can_be_merged(qtbot, database, runner):
    # The whole merge of two organisations: tests/gui/test_merge_organizations.py.
    add(database, ContactRecord(kind="organization", display_name="AKN s.r.o."))
    add(database, ContactRecord(kind="organization", display_name="AKN, s.r.o."))
    dialog = open_dialog(qtbot, database, runner)
    assert [p.kind for p in dialog.model.pairs] == ["organization"]
    assert dialog.merge_button.isEnabled()
    merge = dialog.merge_current()
    assert merge is not None and merge.kind == "organization"


def test_an_empty_book_says_there_is_nothing_to_merge(qtbot, database, runner):
    add(database, ContactRecord(given_name="Petr", family_name="Malý"))
    dialog = open_dialog(qtbot, database, runner)
    assert dialog.page == dialog.PAGE_EMPTY
    assert "No likely duplicates" in dialog.empty_state.title_label.text()
