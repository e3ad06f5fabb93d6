"""Stages, matter types and the number pattern, edited in their dialog."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.core.services import matters
from smallcrm.core.services.matters import MatterInput
from smallcrm.gui.dialogs.matter_settings_dialog import MatterSettingsDialog
from smallcrm.gui.tasks import TaskRunner


def open_dialog(qtbot, database, tasks=None) -> MatterSettingsDialog:
    dialog = MatterSettingsDialog(database, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def stage_names(dialog: MatterSettingsDialog) -> list[str]:
    tree = dialog.stage_list
    return [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]


def select_stage(dialog: MatterSettingsDialog, name: str) -> None:
    dialog.stage_list.setCurrentItem(
        dialog.stage_list.topLevelItem(stage_names(dialog).index(name))
    )


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


def test_add_rename_rephase_reorder_and_archive_stages(qtbot, database):
    dialog = open_dialog(qtbot, database)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    assert stage_names(dialog) == [
        "Inquiry",
        "Conflict check",
        "Engaged",
        "Active",
        "Closed",
        "Declined",
    ]
    dialog.stage_add_button.click()
    assert stage_names(dialog)[-1] == "New stage"
    assert dialog.stage_name_edit.text() == "New stage"
    dialog.stage_name_edit.setText("Waiting for court")
    dialog.stage_phase_combo.setCurrentIndex(dialog.stage_phase_combo.findData("engaged"))
    dialog.stage_save_button.click()
    assert stage_names(dialog)[-1] == "Waiting for court"
    # Up past Declined and Closed: it now sits before the end stages.
    dialog.stage_up_button.click()
    dialog.stage_up_button.click()
    assert stage_names(dialog)[-3:] == ["Waiting for court", "Closed", "Declined"]
    dialog.stage_down_button.click()
    assert stage_names(dialog)[-3:] == ["Closed", "Waiting for court", "Declined"]
    with database.session_scope() as s:
        on_board = [(st.name, st.phase) for st in matters.stages(s)]
    assert on_board[-2] == ("Waiting for court", "engaged")

    # Archiving an empty stage hides it from the board; it can come back.
    dialog.stage_archive_button.click()
    assert dialog.stage_archive_button.text() == "&Restore to the board"
    with database.session_scope() as s:
        assert "Waiting for court" not in [st.name for st in matters.stages(s)]
    dialog.stage_archive_button.click()
    with database.session_scope() as s:
        assert "Waiting for court" in [st.name for st in matters.stages(s)]
    assert len(changes) == 7


def test_refusals_show_in_the_users_words(qtbot, database):
    with database.session_scope() as s:
        matters.create_matter(s, MatterInput("Something"))  # sits in the first stage
    dialog = open_dialog(qtbot, database)
    select_stage(dialog, "Inquiry")
    dialog.stage_archive_button.click()
    assert "Matters are still in this stage" in dialog.message_label.text()
    select_stage(dialog, "Engaged")
    dialog.stage_name_edit.setText("active")
    dialog.stage_save_button.click()
    assert dialog.message_label.text() == "There is already a stage of that name."
    dialog.stage_name_edit.setText("  ")
    dialog.stage_save_button.click()
    assert dialog.message_label.text() == "Enter a name."


def test_a_seeded_name_left_as_shown_stays_seeded(qtbot, database):
    dialog = open_dialog(qtbot, database)
    select_stage(dialog, "Closed")
    dialog.stage_phase_combo.setCurrentIndex(dialog.stage_phase_combo.findData("declined"))
    dialog.stage_save_button.click()
    with database.session_scope() as s:
        closed = next(st for st in matters.stages(s) if st.key == "closed")
    assert (closed.name, closed.phase) == ("Closed", "declined")


def test_matter_types(qtbot, database):
    dialog = open_dialog(qtbot, database)
    dialog.tabs.setCurrentIndex(1)
    dialog.type_add_button.click()
    dialog.type_name_edit.setText("Insolvency")
    dialog.type_save_button.click()
    dialog.type_archive_button.click()
    with database.session_scope() as s:
        offered = [t.name for t in matters.matter_types(s)]
        every = [(t.name, t.archived) for t in matters.matter_types(s, include_archived=True)]
    assert "Insolvency" not in offered and ("Insolvency", True) in every
    assert dialog.type_archive_button.text() == "Rest&ore"


def test_number_pattern_is_checked_and_saved(qtbot, database, runner):
    dialog = open_dialog(qtbot, database, runner)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.pattern_edit.text() == "{year}/{seq:04}"
    assert dialog.preview_label.text() == (
        f"New matters will be numbered like {date.today().year}/0042."
    )
    dialog.pattern_edit.setText("{year}/x")
    assert not dialog.preview_label.isVisibleTo(dialog)
    dialog.pattern_save_button.click()
    qtbot.waitUntil(lambda: dialog.pattern_message.text() != "")
    assert "needs {seq}" in dialog.pattern_message.text()
    dialog.pattern_edit.setText("{year}/{seq}/{client}")
    dialog.pattern_save_button.click()
    qtbot.waitUntil(lambda: "placeholder" in dialog.pattern_message.text())
    dialog.pattern_edit.setText("S-{yy}-{seq:03}")
    assert dialog.preview_label.text().endswith(f"S-{date.today().year % 100:02d}-042.")
    with qtbot.waitSignal(dialog.changed):
        dialog.pattern_save_button.click()
    assert dialog.pattern_message.text() == "Saved."
    with database.session_scope() as s:
        assert matters.number_pattern(s) == "S-{yy}-{seq:03}"


def test_closing_waits_for_a_write(qtbot, database, runner):
    dialog = open_dialog(qtbot, database, runner)
    dialog.stage_add_button.click()
    assert dialog.writing_now()
    dialog.reject()  # refused while the write runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.writing_now())
    dialog.reject()
    assert not dialog.isVisible()


def test_the_matters_page_opens_it_and_reloads_after(qtbot, database):
    from smallcrm.gui.views.matters import MattersView

    view = MattersView(database)
    qtbot.addWidget(view)
    view.refresh()
    dialog = view.edit_stages()
    assert isinstance(dialog, MatterSettingsDialog)
    dialog.stage_add_button.click()
    assert "New stage" in [view.stage_combo.itemText(i) for i in range(view.stage_combo.count())]
    dialog.close()
