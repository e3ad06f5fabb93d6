"""The import dialog over a real SQLite profile and a real TaskRunner: mapping, import, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from smallcrm.core.services.address_book import record_of
from smallcrm.core.services.contacts import search_refs
from smallcrm.gui.dialogs.import_dialog import ImportDialog, run_import
from smallcrm.gui.tasks import TaskRunner

VCARD_DIR = Path(__file__).resolve().parents[1] / "data" / "vcard"

CZECH_CSV = (
    "Jméno;Příjmení;E-mailová adresa;Mobilní telefon;Narozeniny;Poznámka\r\n"
    "Jan;Novák;jan.novak@example.cz;+420 602 111 222;1.2.1980;Příliš žluťoučký kůň\r\n"
    "Zuzana;Černá;zuzana@example.cz;603 333 444;;úpěl ďábelské ódy\r\n"
    "Petr;Dvořák;petr@example.cz;;31.2.1990;Šťastný\r\n"
    "Jiří;Šťastný;jiri@example.cz;;;\r\n"
)


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


@pytest.fixture
def czech_csv(tmp_path: Path) -> Path:
    path = tmp_path / "kontakty.csv"
    path.write_bytes(CZECH_CSV.encode("windows-1250"))
    return path


def open_dialog(qtbot, database, runner, paths) -> ImportDialog:
    dialog = ImportDialog(database, runner)
    qtbot.addWidget(dialog)
    dialog.load_files(paths)
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_OPTIONS, timeout=5000)
    return dialog


def run_to_result(qtbot, dialog: ImportDialog) -> None:
    dialog.import_button.click()
    # The work runs on the lanes: the dialog shows its busy page and keeps its event loop.
    assert dialog.page == dialog.PAGE_WORKING
    assert dialog.busy
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_RESULT, timeout=10000)


def preview_texts(dialog: ImportDialog) -> list[str]:
    table = dialog.preview
    return [
        table.item(row, column).text()
        for row in range(table.rowCount())
        for column in range(table.columnCount())
    ]


def names(database) -> list[str]:
    with database.session_scope() as session:
        return sorted(record_of(session, ref).display_name for ref in search_refs(session, ""))


def test_detected_encoding_and_delimiter_are_shown_with_a_live_preview(
    qtbot, database, runner, czech_csv
):
    dialog = open_dialog(qtbot, database, runner, [czech_csv])
    assert dialog.csv_box.isVisibleTo(dialog)
    assert dialog.encoding_combo.currentData() == "windows-1250"
    assert "detected" in dialog.encoding_combo.currentText()
    assert dialog.delimiter_combo.currentData() == ";"
    assert dialog.header_check.isChecked()
    assert "Outlook" in dialog.preset_label.text()
    assert "Příliš žluťoučký kůň" in preview_texts(dialog)
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.horizontalHeaderItem(1).text() == "Příjmení"
    # The suggested mapping is preselected in the header combos.
    combos = dialog.header.combos
    assert [c.currentData() for c in combos[:4]] == [
        "given_name",
        "family_name",
        "email",
        "phone_mobile",
    ]
    # The row with 31 February is marked before anything is imported (file line 4).
    assert dialog.preview.verticalHeaderItem(2).text() == "4"
    assert "birthday" in dialog.preview.verticalHeaderItem(2).toolTip()


def test_overriding_the_encoding_changes_the_preview(qtbot, database, runner, czech_csv):
    dialog = open_dialog(qtbot, database, runner, [czech_csv])
    dialog.set_encoding("iso-8859-2")
    assert dialog.csv_file().layout.encoding == "iso-8859-2"
    texts = preview_texts(dialog)
    assert "Příliš žluťoučký kůň" not in texts  # š, ť, ž sit elsewhere in ISO-8859-2
    assert any(t.startswith("P") and "lu" in t for t in texts)
    dialog.set_encoding("windows-1250")
    assert "Příliš žluťoučký kůň" in preview_texts(dialog)


def test_overriding_delimiter_and_header_rerenders(qtbot, database, runner, czech_csv):
    dialog = open_dialog(qtbot, database, runner, [czech_csv])
    dialog.set_delimiter(",")
    assert dialog.preview.columnCount() == 1
    dialog.set_delimiter(";")
    assert dialog.preview.columnCount() == 6
    dialog.header_check.setChecked(False)
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.item(0, 0).text() == "Jméno"
    assert dialog.preview.verticalHeaderItem(0).text() == "1"
    dialog.header_check.setChecked(True)
    assert dialog.preview.rowCount() == 4


def test_import_with_a_remapped_column_reports_the_bad_row_and_undoes(
    qtbot, database, runner, czech_csv
):
    dialog = open_dialog(qtbot, database, runner, [czech_csv])
    # The notes column really holds the position in this file: the user says so.
    dialog.set_mapping(5, "position")
    assert dialog.csv_file().layout.mapping[5] == "position"
    assert dialog.header.combos[5].currentData() == "position"
    seen = []
    dialog.imported.connect(seen.append)

    run_to_result(qtbot, dialog)

    assert seen == [dialog.batch]
    assert "3 new contacts imported, 0 updated" in dialog.result_label.text()
    assert names(database) == ["Jan Novák", "Jiří Šťastný", "Zuzana Černá"]
    with database.session_scope() as session:
        [ref] = search_refs(session, "novak")
        jan = record_of(session, ref)
    assert jan.position == "Příliš žluťoučký kůň"
    assert jan.notes == ""
    assert jan.emails[0].value == "jan.novak@example.cz"

    # The bad row is listed with its file, line and reason, and can be copied.
    table = dialog.problems_table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "kontakty.csv"
    assert table.item(0, 1).text() == "4"
    assert "birthday" in table.item(0, 2).text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text().startswith("kontakty.csv\t4\t")

    undone = []
    dialog.undone.connect(undone.append)
    assert dialog.undo_button.isVisibleTo(dialog)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(undone), timeout=5000)
    assert undone == [dialog.batch]
    assert names(database) == []
    assert not dialog.undo_button.isEnabled()
    assert "undone" in dialog.result_label.text()


def test_a_vcard_file_imports_and_reimport_with_skip_adds_nothing(qtbot, database, runner):
    path = VCARD_DIR / "ezvcard_gmail_list_3.0.vcf"
    dialog = open_dialog(qtbot, database, runner, [path])
    assert dialog.vcard_box.isVisibleTo(dialog)
    assert not dialog.csv_box.isVisibleTo(dialog)
    assert "3 contacts found, 0 problems" in dialog.vcard_label.text()
    run_to_result(qtbot, dialog)
    assert "3 new contacts imported" in dialog.result_label.text()
    assert names(database) == ["Arnold Smith", "Chris Beatle", "Doug White"]

    again = open_dialog(qtbot, database, runner, [path])
    again.skip_radio.click()
    assert again.on_match == "skip"
    run_to_result(qtbot, again)
    assert "0 new contacts imported, 0 updated" in again.result_label.text()
    assert again.problems_table.rowCount() == 3
    assert all("skipped" in p.reason for p in again.report_problems)
    assert names(database) == ["Arnold Smith", "Chris Beatle", "Doug White"]


def test_reimport_with_update_updates(qtbot, database, runner, czech_csv):
    run_to_result(qtbot, open_dialog(qtbot, database, runner, [czech_csv]))
    again = open_dialog(qtbot, database, runner, [czech_csv])
    assert again.on_match == "update"
    run_to_result(qtbot, again)
    assert "0 new contacts imported, 0 updated, 3 already up to date" in again.result_label.text()
    assert len(names(database)) == 3


def test_several_files_of_both_kinds_are_one_batch(qtbot, database, runner, czech_csv, tmp_path):
    other = tmp_path / "second.csv"
    other.write_bytes(b"Name,Email\r\nAlice Example,alice@example.com\r\n")
    vcard = VCARD_DIR / "ezvcard_gmail_list_3.0.vcf"
    missing = tmp_path / "gone.vcf"
    dialog = open_dialog(qtbot, database, runner, [czech_csv, other, vcard, missing])
    assert dialog.file_combo.count() == 2
    assert dialog.file_combo.isVisibleTo(dialog)
    assert "gone.vcf: cannot be read" in dialog.vcard_label.text()
    dialog.file_combo.setCurrentIndex(1)
    assert dialog.csv_file().name == "second.csv"
    assert dialog.delimiter_combo.currentData() == ","
    run_to_result(qtbot, dialog)
    assert "7 new contacts imported" in dialog.result_label.text()
    files = {(p.file, p.line) for p in dialog.report_problems}
    assert ("kontakty.csv", 4) in files
    assert ("gone.vcf", 0) in files
    undone = []
    dialog.undone.connect(undone.append)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(undone), timeout=5000)
    assert names(database) == []


def test_run_import_with_paths_opens_a_self_deleting_dialog(qtbot, database, runner, czech_csv):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.database, window.tasks = database, runner
    changes = []
    dialog = run_import(window, changes.append, paths=[czech_csv])
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.page == dialog.PAGE_OPTIONS, timeout=5000)
    run_to_result(qtbot, dialog)
    assert changes == [dialog.batch]
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)


def test_closing_while_reading_deletes_the_dialog_only_after_the_task(
    qtbot, database, runner, czech_csv
):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.database, window.tasks = database, runner
    dialog = run_import(window, paths=[czech_csv])
    dialog.reject()  # before the files were read: the callback must not hit a dead dialog
    assert runner.wait_idle(5000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
