"""Deadline calculator on a matter: a period from an event, shown step by step, as a task."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.errors import KnownError
from smallcrm.core.services.deadlines import (
    COUNTRIES,
    MAX_AMOUNT,
    DeadlineResult,
    DeadlineRule,
    Period,
    compute_deadline,
)
from smallcrm.gui.widgets.contact_form import error_color

# The holidays package knows these years for all five countries (Slovakia exists from 1993).
FIRST_DAY = date(1993, 1, 1)
LAST_DAY = date(2099, 12, 31)
DEFAULT_REMIND_DAYS = 3


@dataclass(frozen=True, slots=True)
class DeadlineChoice:
    """What the user accepted: the caller makes the task and the all-day event from it."""

    result: DeadlineResult
    title: str
    remind_days_before: int


def _muted(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class DeadlineDialog(QDialog):
    """From a date add days, weeks, months or years under the country's holidays; the steps
    are shown as they change. Nothing is written: ``result_values()`` hands back the choice."""

    def __init__(
        self,
        country: str = "CZ",
        *,
        start: date | None = None,
        purpose: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineDialog")
        self.setWindowTitle(self.tr("Deadline calculator"))
        self.computed: DeadlineResult | None = None
        self._captions: list[QLabel] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        outer.addLayout(form)

        self.from_edit = QDateEdit()
        self.from_edit.setObjectName("deadlineFrom")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat(self._date_format())
        self.from_edit.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self.from_edit.setDate(_qdate(start or date.today()))
        self.from_edit.setAccessibleDescription(
            self.tr("The day of the event, e.g. delivery of a decision; it is not counted.")
        )
        from_row = QWidget()
        row = QHBoxLayout(from_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.from_edit)
        row.addWidget(_muted(QLabel(self.tr("e.g. delivery of a decision; not counted"))), 1)
        self._add_row(form, self.tr("&From:"), from_row, self.from_edit)

        self.amount_spin = QSpinBox()
        self.amount_spin.setObjectName("deadlineAmount")
        self.amount_spin.setRange(1, MAX_AMOUNT["d"])
        self.amount_spin.setValue(15)
        self.amount_spin.setAccessibleName(self.tr("Period"))
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("deadlineUnit")
        self.unit_combo.setAccessibleName(self.tr("Unit of the period"))
        for text, unit in (
            (self.tr("days"), "d"),
            (self.tr("weeks"), "w"),
            (self.tr("months"), "m"),
            (self.tr("years"), "y"),
        ):
            self.unit_combo.addItem(text, unit)
        period_row = QWidget()
        row = QHBoxLayout(period_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.amount_spin)
        row.addWidget(self.unit_combo)
        row.addStretch(1)
        self._add_row(form, self.tr("&Period:"), period_row, self.amount_spin)

        self.country_combo = QComboBox()
        self.country_combo.setObjectName("deadlineCountry")
        names = {
            "CZ": self.tr("Czech Republic"),
            "SK": self.tr("Slovakia"),
            "PL": self.tr("Poland"),
            "HR": self.tr("Croatia"),
            "UA": self.tr("Ukraine"),
        }
        for code in COUNTRIES:
            self.country_combo.addItem(f"{names[code]} ({code})", code)
        found = self.country_combo.findData((country or "").strip().upper())
        self.country_combo.setCurrentIndex(max(found, 0))
        self._add_row(form, self.tr("Public &holidays of:"), self.country_combo)

        self.move_check = QCheckBox(
            self.tr("&Move a last day on a weekend or holiday to the next working day")
        )
        self.move_check.setObjectName("deadlineMove")
        self.move_check.setChecked(True)
        self.working_check = QCheckBox(
            self.tr("Count &working days only (weekends and holidays are not counted)")
        )
        self.working_check.setObjectName("deadlineWorkingDays")
        self.ua_check = QCheckBox(
            self.tr("Count Ukrainian holidays as days &off (only once martial law has ended)")
        )
        self.ua_check.setObjectName("deadlineUaHolidays")
        rules = QWidget()
        column = QVBoxLayout(rules)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for check in (self.move_check, self.working_check, self.ua_check):
            column.addWidget(check)
        caption = QLabel(self.tr("Rules:"))
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setContentsMargins(0, 3, 0, 0)  # level with the first check box's text
        self._captions.append(caption)
        form.addRow(caption, rules)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)

        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlineDate")
        self.deadline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.deadline_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.deadline_label.setFont(font)
        outer.addWidget(self.deadline_label)

        self.steps_caption = QLabel(self.tr("How it was &computed:"))
        outer.addWidget(self.steps_caption)
        self.steps_view = QTextBrowser()
        self.steps_view.setObjectName("deadlineSteps")
        self.steps_view.setTabChangesFocus(True)
        self.steps_view.setOpenLinks(False)
        self.steps_view.setAccessibleName(self.tr("How the deadline was computed"))
        self.steps_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.steps_view.setBackgroundRole(QPalette.ColorRole.Window)
        self.steps_caption.setBuddy(self.steps_view)
        outer.addWidget(self.steps_view, 1)

        task_form = QFormLayout()
        task_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        task_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        task_form.setHorizontalSpacing(12)
        task_form.setVerticalSpacing(8)
        outer.addLayout(task_form)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("deadlineTitle")
        self.title_edit.setText(self._default_title(purpose))
        self.title_edit.setPlaceholderText(self.tr("e.g. Deadline: appeal"))
        self._add_row(task_form, self.tr("Task &title:"), self.title_edit)
        self.remind_spin = QSpinBox()
        self.remind_spin.setObjectName("deadlineRemind")
        self.remind_spin.setRange(0, 365)
        self.remind_spin.setValue(DEFAULT_REMIND_DAYS)
        remind_row = QWidget()
        row = QHBoxLayout(remind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.remind_spin)
        row.addWidget(QLabel(self.tr("days before the deadline")), 1)
        self._add_row(task_form, self.tr("&Remind:"), remind_row, self.remind_spin)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("deadlineOk")
        self.ok_button.setText(self.tr("&Add deadline"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        chain: list[QWidget] = [
            self.from_edit,
            self.amount_spin,
            self.unit_combo,
            self.country_combo,
            self.move_check,
            self.working_check,
            self.ua_check,
            self.steps_view,
            self.title_edit,
            self.remind_spin,
            self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        # The rules form and the task form sit apart: one label width lines their fields up.
        width = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)
            caption.setAlignment(caption.alignment() | Qt.AlignmentFlag.AlignRight)

        self.from_edit.dateChanged.connect(lambda _d: self.recompute())
        self.amount_spin.valueChanged.connect(lambda _v: self.recompute())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.country_combo.currentIndexChanged.connect(lambda _i: self.recompute())
        for check in (self.move_check, self.working_check, self.ua_check):
            check.toggled.connect(lambda _on: self.recompute())
        self.recompute()
        self.resize(620, self.sizeHint().height())

    # --- building ------------------------------------------------------------------------

    def _add_row(
        self, form: QFormLayout, label: str, field: QWidget, buddy: QWidget | None = None
    ) -> None:
        caption = QLabel(label)
        caption.setBuddy(buddy or field)
        self._captions.append(caption)
        form.addRow(caption, field)

    def _date_format(self) -> str:
        pattern = self.locale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")  # "12.11.25" reads like a time
        return pattern

    def _default_title(self, purpose: str) -> str:
        purpose = purpose.strip()
        if purpose:
            return self.tr("Deadline: {purpose}").format(purpose=purpose)
        return self.tr("Deadline")

    # --- computing -----------------------------------------------------------------------

    def rule(self) -> DeadlineRule:
        days = self.unit_combo.currentData() == "d"
        return DeadlineRule(
            move_to_working_day=self.move_check.isChecked(),
            # Working days only count days; for weeks and months the box is off and greyed.
            working_days=days and self.working_check.isChecked(),
            ua_martial_law=not self.ua_check.isChecked(),
        )

    def recompute(self) -> None:
        """Compute again from the fields and show the date and the steps."""
        unit = self.unit_combo.currentData()
        self.working_check.setEnabled(unit == "d")
        # 400 days become 50 years at most; no second round of recompute() from the clamp.
        with QSignalBlocker(self.amount_spin):
            self.amount_spin.setMaximum(MAX_AMOUNT[unit])
        self.ua_check.setVisible(self.country_combo.currentData() == "UA")
        # A last day found by counting working days is a working day: nothing to move.
        self.move_check.setEnabled(not (unit == "d" and self.working_check.isChecked()))
        try:
            result = compute_deadline(
                self.from_edit.date().toPython(),
                Period(self.amount_spin.value(), unit),
                self.country_combo.currentData(),
                rule=self.rule(),
            )
        except KnownError as exc:
            self.computed = None
            self._show_problem(str(exc))
            return
        self.computed = result
        self._set_label_color(None)
        self.deadline_label.setText(
            self.tr("Deadline: {date}").format(date=self._long_date(result.deadline))
        )
        items = "".join(f"<li>{html.escape(step)}</li>" for step in result.explain())
        self.steps_view.setHtml(f"<ol style='margin-left: 0'>{items}</ol>")
        self.ok_button.setEnabled(True)

    def _show_problem(self, message: str) -> None:
        self._set_label_color(error_color(self))
        self.deadline_label.setText(message)
        self.steps_view.clear()
        self.ok_button.setEnabled(False)

    def _set_label_color(self, color: QColor | None) -> None:
        palette = self.palette()
        if color is not None:
            palette.setColor(QPalette.ColorRole.WindowText, color)
        self.deadline_label.setPalette(palette)

    def _long_date(self, day: date) -> str:
        return self.locale().toString(_qdate(day), QLocale.FormatType.LongFormat)

    # --- the answer ----------------------------------------------------------------------

    def result_values(self) -> DeadlineChoice:
        """The computed deadline, the task's title and how many days before to remind."""
        if self.computed is None:
            raise KnownError(self.deadline_label.text() or self.tr("No deadline computed."))
        return DeadlineChoice(
            result=self.computed,
            title=self.title_edit.text().strip() or self.tr("Deadline"),
            remind_days_before=self.remind_spin.value(),
        )

    def accept(self) -> None:
        if self.computed is None:
            return
        super().accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
