"""Deadline calculator dialog: the live explanation follows the fields; nothing is written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from smallcrm.core.services.deadlines import SkippedDay
from smallcrm.gui.dialogs.deadline_dialog import DeadlineChoice, DeadlineDialog


def make(qtbot, *args, **kwargs) -> DeadlineDialog:
    dialog = DeadlineDialog(*args, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def steps(dialog: DeadlineDialog) -> str:
    return dialog.steps_view.toPlainText()


def long_date(dialog: DeadlineDialog, day: date) -> str:
    return dialog.locale().toString(QDate(day.year, day.month, day.day), QLocale.LongFormat)


def test_fill_the_dialog_and_take_the_choice(qtbot):
    dialog = make(qtbot, "CZ", start=date(2026, 8, 3), purpose="appeal")
    assert dialog.country_combo.currentData() == "CZ"
    assert dialog.title_edit.text() == "Deadline: appeal"
    assert dialog.remind_spin.value() == 3
    # The default: 15 days, moved off weekends and holidays.
    assert dialog.computed.deadline == date(2026, 8, 18)
    assert "Day 15, the end of the period: Tuesday 18 August 2026." in steps(dialog)

    dialog.from_edit.setDate(QDate(2026, 12, 9))
    assert dialog.deadline_label.text() == f"Deadline: {long_date(dialog, date(2026, 12, 28))}"
    assert dialog.deadline_label.font().bold()
    text = steps(dialog)
    assert "Thursday 24 December 2026 is not a working day: Christmas Eve." in text
    assert "The deadline moves to the next working day: Monday 28 December 2026." in text

    dialog.title_edit.setText("  Deadline: statement of defence ")
    dialog.remind_spin.setValue(5)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == DeadlineDialog.DialogCode.Accepted
    choice = dialog.result_values()
    assert isinstance(choice, DeadlineChoice)
    assert choice.title == "Deadline: statement of defence"
    assert choice.remind_days_before == 5
    assert choice.result.start == date(2026, 12, 9)
    assert str(choice.result.period) == "15d"
    assert choice.result.country == "CZ"
    assert choice.result.deadline == date(2026, 12, 28)
    assert choice.result.skipped[-1] == SkippedDay(date(2026, 12, 27), "Sunday")


def test_units_and_rules_change_the_result_live(qtbot):
    dialog = make(qtbot, "PL", start=date(2026, 5, 21))
    dialog.amount_spin.setValue(2)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("w"))
    # Two weeks end on Corpus Christi, Thursday 4 June 2026: moved to Friday.
    assert dialog.computed.end_of_period == date(2026, 6, 4)
    assert dialog.computed.deadline == date(2026, 6, 5)
    assert not dialog.working_check.isEnabled()  # working days are for periods in days

    dialog.move_check.setChecked(False)
    assert dialog.computed.deadline == date(2026, 6, 4)
    assert "The rule keeps the deadline on it." in steps(dialog)

    dialog.move_check.setChecked(True)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("d"))
    dialog.amount_spin.setValue(10)
    dialog.working_check.setChecked(True)
    assert not dialog.move_check.isEnabled()
    # Fri 22 May (1), Mon 25-Fri 29 (6), Mon 1-Wed 3 June (9), Thu 4 Corpus Christi, Fri 5.
    assert dialog.computed.deadline == date(2026, 6, 5)
    assert "Not counted: Thursday 4 June 2026, Corpus Christi." in steps(dialog)

    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("m"))
    assert dialog.computed.rule.working_days is False  # the greyed box does not count

    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("d"))
    dialog.amount_spin.setValue(400)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("y"))
    assert dialog.amount_spin.value() == 50  # the most years a deadline may take
    assert str(dialog.computed.period) == "50y"


def test_ukraine_under_martial_law_and_the_switch(qtbot):
    dialog = make(qtbot, "ua", start=date(2026, 8, 9))
    dialog.show()
    assert dialog.country_combo.currentData() == "UA"
    assert dialog.ua_check.isVisible()
    assert dialog.computed.deadline == date(2026, 8, 24)
    assert "under martial law it is a working day" in steps(dialog)
    dialog.ua_check.setChecked(True)
    assert dialog.computed.deadline == date(2026, 8, 25)
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("CZ"))
    assert not dialog.ua_check.isVisible()


def test_unknown_country_falls_back_and_an_empty_title_is_deadline(qtbot):
    dialog = make(qtbot, "DE", start=date(2026, 8, 3))
    assert dialog.country_combo.currentData() == "CZ"
    assert dialog.title_edit.text() == "Deadline"
    dialog.title_edit.clear()
    assert dialog.result_values().title == "Deadline"


def test_a_date_beyond_the_holiday_data_disables_ok(qtbot):
    dialog = make(qtbot, "CZ", start=date(2099, 12, 1))
    dialog.amount_spin.setValue(2)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("y"))  # 2101: no data
    assert dialog.computed is None
    assert not dialog.ok_button.isEnabled()
    assert "known from" in dialog.deadline_label.text()
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("d"))
    assert dialog.ok_button.isEnabled()


def test_labels_have_buddies_and_tab_reaches_every_field(qtbot):
    dialog = make(qtbot, "CZ", start=date(2026, 8, 3))
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    dialog.from_edit.setFocus()
    seen: list[QWidget] = []
    widget = dialog.from_edit
    for _ in range(20):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is dialog.from_edit:
            break
    for field in (
        dialog.amount_spin,
        dialog.unit_combo,
        dialog.country_combo,
        dialog.move_check,
        dialog.working_check,
        dialog.title_edit,
        dialog.remind_spin,
        dialog.ok_button,
    ):
        assert field in seen or any(field.isAncestorOf(w) for w in seen), field.objectName()


def test_render(qtbot):
    dialog = make(qtbot, "SK", start=date(2025, 8, 14), purpose="appeal")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save("/tmp/deadline_dialog.png")
