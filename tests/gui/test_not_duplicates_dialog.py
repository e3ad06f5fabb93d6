""" "Not duplicates" in the duplicate finder is saved on the database lane and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.services.address_book import save_record
from smallcrm.core.services.duplicates import dismissed_pairs
from smallcrm.gui.dialogs import duplicates_dialog
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


def two_pairs(database) -> tuple[tuple[int, int], tuple[int, int]]:
    """Two Janas sharing an e-mail (the best pair), and two Pavels alike only by name."""
    jana = (
        add(database, ContactRecord(given_name="Jana", family_name="Nováková",
                                    emails=[Labeled("jana@akn.cz")])),
        add(database, ContactRecord(given_name="Jana", family_name="Novakova",
                                    emails=[Labeled("jana@akn.cz")])),
    )  # fmt: skip
    pavel = (
        add(database, ContactRecord(given_name="Pavel", family_name="Dvořák")),
        add(database, ContactRecord(given_name="Pavel", family_name="Dvorak")),
    )
    return jana, pavel


def stored(database) -> list[tuple[int, int]]:
    with database.session_scope() as session:
        return [(p.first_id, p.second_id) for p in dismissed_pairs(session)]


def listed(dialog: DuplicatesDialog) -> list[tuple[int, int]]:
    return [(p.first_id, p.second_id) for p in dialog.model.pairs]


def open_dialog(qtbot, database, runner) -> DuplicatesDialog:
    dialog = DuplicatesDialog(database, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=10000)
    return dialog


def test_a_dismissed_pair_stays_away_when_the_dialog_is_opened_again(qtbot, database, runner):
    jana, pavel = two_pairs(database)
    dialog = open_dialog(qtbot, database, runner)
    assert listed(dialog) == [jana, pavel]
    assert dialog.select_pair(*jana)
    assert not dialog.dismiss_button.isChecked()
    dialog.dismiss_button.click()
    # At once: the pair is off the list, the next one is current, the notice offers Undo.
    assert listed(dialog) == [pavel]
    assert dialog.current_pair().first_id == pavel[0]
    assert "marked as not duplicates" in dialog.notice_label.text()
    assert not dialog.undo_button.isHidden() and dialog.undo_button.text() == "&Undo"
    # The database lane writes it.
    assert runner.wait_idle(5000)
    assert stored(database) == [jana]
    dialog.close()

    again = open_dialog(qtbot, database, runner)
    assert listed(again) == [pavel]
    qtbot.keyClick(again.table, Qt.Key.Key_Delete)  # Delete does the same
    assert again.page == again.PAGE_EMPTY
    assert runner.wait_idle(5000)
    assert sorted(stored(database)) == sorted([jana, pavel])
    third = open_dialog(qtbot, database, runner)
    assert third.page == third.PAGE_EMPTY and listed(third) == []


def test_undo_in_the_notice_lists_the_pair_again(qtbot, database, runner):
    jana, pavel = two_pairs(database)
    dialog = open_dialog(qtbot, database, runner)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert listed(dialog) == [pavel]
    dialog.undo_button.click()
    assert listed(dialog) == [jana, pavel]
    assert dialog.current_pair().first_id == jana[0]  # back where it was, and current
    assert dialog.undo_button.isHidden()
    assert runner.wait_idle(5000)
    assert stored(database) == []  # written, then taken back, in order
    dialog.scan()
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=10000)
    assert listed(dialog) == [jana, pavel]


def test_marked_pairs_can_be_shown_and_the_mark_taken_back(qtbot, database, runner):
    jana, pavel = two_pairs(database)
    dialog = open_dialog(qtbot, database, runner)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert runner.wait_idle(5000)

    dialog.show_dismissed_box.setChecked(True)  # scans again, marked pairs included
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=10000)
    assert listed(dialog) == [jana, pavel]
    model = dialog.model
    assert model.pairs[0].dismissed and not model.pairs[1].dismissed
    why = model.data(model.index(0, DuplicatePairsModel.REASONS))
    assert why.startswith("marked as not duplicates, ")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) is None
    summary = dialog.summary_label.text()
    assert "1 of them" in summary and "marked as not duplicates" in summary
    dialog.select_pair(*jana)
    assert dialog.dismiss_button.isChecked()  # pressed: this pair is marked
    assert "take that back" in dialog.dismiss_button.toolTip()

    dialog.dismiss_button.click()  # pressed again: the mark goes, the pair stays listed
    assert listed(dialog) == [jana, pavel]
    assert not model.pairs[0].dismissed and not dialog.dismiss_button.isChecked()
    assert "possible duplicates again" in dialog.notice_label.text()
    assert runner.wait_idle(5000)
    assert stored(database) == []

    dialog.select_pair(*pavel)
    dialog.dismiss_button.click()  # shown marked pairs stay in the list, marked
    assert listed(dialog) == [jana, pavel] and model.pairs[1].dismissed
    assert runner.wait_idle(5000)
    dialog.show_dismissed_box.setChecked(False)
    qtbot.waitUntil(lambda: not dialog.scanning, timeout=10000)
    assert listed(dialog) == [jana]
    assert stored(database) == [pavel]


def test_closing_at_once_still_saves_the_mark(qtbot, database, runner):
    jana, _pavel = two_pairs(database)
    window = QWidget()
    qtbot.addWidget(window)
    window.database = database
    window.tasks = runner
    dialog = run_find_duplicates(window)
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_PAIRS, timeout=10000)
    dialog.dismiss_current()
    dialog.close()  # the write is queued: it is done, and the dialog goes afterwards
    assert runner.wait_idle(5000)
    assert stored(database) == [jana]


def test_a_failed_write_puts_the_pair_back(qtbot, database, runner, monkeypatch):
    jana, pavel = two_pairs(database)

    def locked(*_args):
        raise KnownError("The database is locked.")

    monkeypatch.setattr(duplicates_dialog, "dismiss_pair", locked)
    dialog = open_dialog(qtbot, database, runner)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert listed(dialog) == [pavel]
    assert runner.wait_idle(5000)
    assert listed(dialog) == [jana, pavel]
    assert "could not be saved" in dialog.notice_label.text()
    assert "locked" in dialog.notice_label.text()
    assert stored(database) == []


def test_people_and_organisations_with_the_same_ids_keep_their_own_reasons(qtbot, database, runner):
    people = (
        add(database, ContactRecord(given_name="Jana", family_name="Nováková",
                                    emails=[Labeled("jana@akn.cz")])),
        add(database, ContactRecord(given_name="Jana", family_name="Novakova",
                                    emails=[Labeled("jana@akn.cz")])),
    )  # fmt: skip
    firms = (
        add(database, ContactRecord(kind="organization", display_name="AKN s.r.o.")),
        add(database, ContactRecord(kind="organization", display_name="AKN, s.r.o.")),
    )
    assert people == firms  # ids are per table: the pairs have the same ids
    dialog = open_dialog(qtbot, database, runner)
    model = dialog.model
    why = {p.kind: model.data(model.index(row, DuplicatePairsModel.REASONS))
           for row, p in enumerate(model.pairs)}  # fmt: skip
    assert "e-mail" in why["person"] and "e-mail" not in why["organization"]
    # Marking the organisations leaves the people listed.
    dialog.select_row([p.kind for p in model.pairs].index("organization"))
    dialog.dismiss_current()
    assert [p.kind for p in model.pairs] == ["person"]
    assert runner.wait_idle(5000)
    with database.session_scope() as session:
        assert [p.kind for p in dismissed_pairs(session)] == ["organization"]
