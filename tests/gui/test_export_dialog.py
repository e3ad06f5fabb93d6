"""The export dialog over a real SQLite profile: vCard and CSV files that read back whole."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from smallcrm.core.interop.csv_contacts import parse_csv
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.interop.vcard import parse_vcards
from smallcrm.core.services.contacts import search_refs
from smallcrm.core.services.importer import import_records
from smallcrm.gui.dialogs.export_dialog import ExportDialog, run_export
from smallcrm.gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


@pytest.fixture
def seeded(database):
    records = [
        ContactRecord(
            given_name="Jan",
            family_name="Novák",
            organization="Novák & partneři s.r.o.",
            emails=[Labeled("jan@example.cz", "work")],
            phones=[Labeled("+420 602 111 222", "mobile")],
        ),
        ContactRecord(given_name="Zuzana", family_name="Černá", emails=[Labeled("z@example.cz")]),
        ContactRecord(given_name="Łukasz", family_name="Wiśniewski", notes="Kraków; ul. Długa"),
        ContactRecord(given_name="Олена", family_name="Шевченко", tags=["Київ"]),
    ]
    with database.session_scope() as session:
        import_records(session, records, source="seed")
    with database.session_scope() as session:
        return search_refs(session, "")


def export(qtbot, dialog: ExportDialog, path: Path) -> None:
    dialog.set_path(path)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_info is not None or not dialog.busy, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def open_dialog(qtbot, database, runner, refs=None) -> ExportDialog:
    dialog = ExportDialog(database, runner, refs)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("fmt", "version", "name"),
    [("vcard4", "4.0", "all.vcf"), ("vcard3", "3.0", "all3.vcf"), ("csv", None, "all.csv")],
)
def test_export_of_all_contacts_reads_back(
    qtbot, database, runner, seeded, tmp_path, fmt, version, name
):
    dialog = open_dialog(qtbot, database, runner)
    assert not dialog.selected_radio.isEnabled()
    assert dialog.all_radio.isChecked()
    qtbot.waitUntil(lambda: dialog.all_count == len(seeded), timeout=5000)
    assert f"({len(seeded)})" in dialog.all_radio.text()
    dialog.set_format(fmt)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / name
    export(qtbot, dialog, out)

    assert dialog.result_info.count == len(seeded)
    assert f"Exported {len(seeded)} contacts" in dialog.status_label.text()
    data = out.read_bytes()
    parsed = parse_csv(data, "x") if fmt == "csv" else parse_vcards(data, "x")
    assert parsed.problems == []
    assert len(parsed.records) == len(seeded)
    names = sorted(r.family_name for r in parsed.records if r.kind == "person")
    assert names == ["Novák", "Wiśniewski", "Černá", "Шевченко"]
    if version:
        assert f"VERSION:{version}" in data.decode("utf-8")
    assert [p.name for p in folder.iterdir()] == [name]  # no temporary file left behind


def test_export_of_the_selection_only(qtbot, database, runner, seeded, tmp_path):
    people = [ref for ref in seeded if ref.kind == "person"][:2]
    dialog = open_dialog(qtbot, database, runner, people)
    assert dialog.selected_radio.isChecked()
    assert dialog.selected_radio.text() == "Selected contacts (2)"
    dialog.set_format("csv")
    assert dialog.path.suffix == ".csv"  # the suggested name follows the format
    export(qtbot, dialog, tmp_path / "two.csv")
    assert len(parse_csv((tmp_path / "two.csv").read_bytes()).records) == 2

    dialog.set_all(True)
    export(qtbot, dialog, tmp_path / "everything.csv")
    assert len(parse_csv((tmp_path / "everything.csv").read_bytes()).records) == len(seeded)


def test_a_write_failure_is_reported_and_leaves_the_old_file(
    qtbot, database, runner, seeded, tmp_path
):
    dialog = open_dialog(qtbot, database, runner)
    export(qtbot, dialog, tmp_path / "missing-folder" / "x.vcf")
    assert dialog.result_info is None
    assert "were not exported" in dialog.status_label.text()
    assert "missing-folder" in dialog.status_label.text()
    assert dialog.export_button.isEnabled()

    target = tmp_path / "kept.vcf"
    target.write_text("old")
    target.parent.chmod(0o500)  # the folder refuses the temporary file
    try:
        export(qtbot, dialog, target)
    finally:
        target.parent.chmod(0o700)
    if dialog.result_info is None:  # root ignores permissions; elsewhere the write fails
        assert target.read_text() == "old"
        assert "were not exported" in dialog.status_label.text()


def test_run_export_opens_a_self_deleting_dialog(qtbot, database, runner, seeded, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.database, window.tasks = database, runner
    dialog = run_export(window, seeded[:1])
    assert dialog.isVisible()
    assert dialog.selected_radio.text() == "Selected contacts (1)"
    export(qtbot, dialog, tmp_path / "one.vcf")
    assert len(parse_vcards((tmp_path / "one.vcf").read_bytes()).records) == 1
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
