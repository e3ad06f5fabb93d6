"""Add or edit a task: due day and time, priority, reminder, repetition, people and a matter."""

from __future__ import annotations

import logging
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.tasks import (
    RECURRENCE_PRESETS,
    TITLE_MAX,
    TaskInput,
    TaskRow,
    check_rrule,
    preset_of,
    reminder_at,
    reminder_minutes,
    upcoming_days,
)
from smallcrm.gui import dates
from smallcrm.gui.dialogs.activity_dialog import PeoplePicker
from smallcrm.gui.dialogs.form_frame import RecordForm, add_field_row, add_save_row, field_grid
from smallcrm.gui.tasks import DB, TaskContext, TaskRunner
from smallcrm.gui.widgets.contact_form import Check, FieldMessage

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)

# The reminder choices: none, at the due time, or a number of units before it.
REMIND_NONE, REMIND_AT_DUE, REMIND_BEFORE = "none", "due", "before"
UNIT_MINUTES = {"minutes": 1, "hours": 60, "days": 24 * 60}
CUSTOM = "custom"


def load_form(database: Database, task_id: int | None) -> dict[str, Any]:
    """What the form offers and, when editing, the task; small reads of indexed rows."""
    from smallcrm.core.services import tasks

    with database.session_scope() as session:
        return {
            "task": tasks.get_task(session, task_id) if task_id is not None else None,
            "matters": tasks.matter_choices(session),
            "assignees": tasks.assignees(session),
        }


def preset_names() -> dict[str, str]:
    """The repetition presets as the form and the task list name them."""
    names = {
        "daily": QCoreApplication.translate("TaskDialog", "Every day"),
        "weekdays": QCoreApplication.translate("TaskDialog", "Every working day (Mon–Fri)"),
        "weekly": QCoreApplication.translate("TaskDialog", "Every week on this weekday"),
        "monthly": QCoreApplication.translate("TaskDialog", "Every month on this day"),
        "last_working_day": QCoreApplication.translate(
            "TaskDialog", "Last working day of every month"
        ),
        "yearly": QCoreApplication.translate("TaskDialog", "Every year on this date"),
    }
    return {key: names[key] for key in RECURRENCE_PRESETS}


def rule_text(rrule: str | None) -> str:
    """A repetition as the user reads it: the preset's name, else the rule itself."""
    if not rrule:
        return ""
    preset = preset_of(rrule)
    return preset_names()[preset] if preset else rrule


def split_minutes(minutes: int) -> tuple[int, str]:
    """A reminder's minutes as the form shows them: 2880 -> (2, "days"), 90 -> (90, ...)."""
    for unit in ("days", "hours"):
        if minutes and minutes % UNIT_MINUTES[unit] == 0:
            return minutes // UNIT_MINUTES[unit], unit
    return minutes, "minutes"


class TaskDialog(RecordForm):
    """A new task (``task_id`` None) or an existing one; the save runs on the write lane.

    ``saved`` carries the task's id once the write has committed.
    """

    saved = Signal(int)

    def __init__(
        self,
        database: Database,
        task_id: int | None = None,
        *,
        tasks: TaskRunner | None = None,
        matter_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self._database = database
        self._tasks = tasks
        self.task_id = task_id
        self.today = today or date.today()
        form = load_form(database, task_id)
        self.task: TaskRow | None = form["task"]
        self.setWindowTitle(self.tr("New task") if task_id is None else self.tr("Edit task"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        self.form = field_grid()
        outer.addLayout(self.form)
        self._order: list[QWidget] = []
        self._build(form["matters"], form["assignees"])
        outer.addStretch(1)

        row = add_save_row(self, outer, "task", self.save)
        self.banner, self.cancel_button, self.save_button = (
            row.banner,
            row.cancel_button,
            row.save_button,
        )

        if self.task is not None:
            self._fill(self.task)
        elif matter_id is not None:
            self.matter_combo.setCurrentIndex(max(self.matter_combo.findData(matter_id), 0))
        self._update_due()
        chain = [*self._order, self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(600, self.sizeHint().height())

    # --- building ------------------------------------------------------------------------

    def _row(
        self, label: str, field: QWidget, name: str, focus: QWidget | None = None
    ) -> FieldMessage:
        """``field`` beside ``label``, with its message line under it."""
        _caption, message = add_field_row(self.form, label, field, name, focus=focus)
        self._order.append(focus or field)
        return message

    def _line(self, *widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _build(self, matters: list[tuple[int, str, str]], assignees: list[str]) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("What is to be done"))
        self.title_message = self._row(self.tr("&Title:"), self.title_edit, "taskTitle")
        self.title_edit.textChanged.connect(
            lambda _t: self.title_message.show_check(None) if _t.strip() else None
        )

        self.due_check = QCheckBox(self.tr("&Due"))
        self.due_check.setObjectName("taskHasDue")
        self.due_check.setChecked(True)
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("taskDueDate")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(self._date_format())
        self.due_edit.setDate(_qdate(self.today))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.time_check = QCheckBox(self.tr("at"))
        self.time_check.setObjectName("taskHasTime")
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("taskDueTime")
        self.time_edit.setDisplayFormat(
            self.locale().timeFormat(self.locale().FormatType.ShortFormat)
        )
        self.time_edit.setTime(QTime(9, 0))
        self.time_edit.setAccessibleName(self.tr("Due time"))
        self.due_message = self._row(
            self.tr("When:"),
            self._line(self.due_check, self.due_edit, self.time_check, self.time_edit),
            "taskDue",
            self.due_check,
        )
        self._order += [self.due_edit, self.time_check, self.time_edit]
        for box in (self.due_check, self.time_check):
            box.toggled.connect(lambda _on: self._update_due())
        self.due_edit.dateChanged.connect(lambda _d: self._update_due())

        self.priority_combo = QComboBox()
        for text, value in (
            (self.tr("High"), 1),
            (self.tr("Normal"), 0),
            (self.tr("Low"), -1),
        ):
            self.priority_combo.addItem(text, value)
        self.priority_combo.setCurrentIndex(1)
        self.status_combo = QComboBox()
        for text, value in (
            (self.tr("Open"), "open"),
            (self.tr("Done"), "done"),
            (self.tr("Cancelled"), "cancelled"),
        ):
            self.status_combo.addItem(text, value)
        self.status_combo.setObjectName("taskStatus")
        self.status_combo.setAccessibleName(self.tr("Status"))
        status_label = QLabel(self.tr("Stat&us:"))
        status_label.setBuddy(self.status_combo)
        self._row(
            self.tr("&Priority:"),
            self._line(self.priority_combo, status_label, self.status_combo),
            "taskPriority",
            self.priority_combo,
        )
        self.priority_combo.setObjectName("taskPriorityCombo")
        self._order.append(self.status_combo)
        # A new task is open; its status only matters once it exists.
        status_label.setVisible(self.task_id is not None)
        self.status_combo.setVisible(self.task_id is not None)

        self.assignee_edit = QLineEdit()
        self.assignee_edit.setPlaceholderText(self.tr("Who does it (optional)"))
        completer = QCompleter(assignees, self.assignee_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.assignee_edit.setCompleter(completer)
        self._row(self.tr("&Assignee:"), self.assignee_edit, "taskAssignee")

        self.remind_combo = QComboBox()
        self.remind_combo.setObjectName("taskRemindWhen")
        for text, value in (
            (self.tr("No reminder"), REMIND_NONE),
            (self.tr("At the due time"), REMIND_AT_DUE),
            (self.tr("Before the due time"), REMIND_BEFORE),
        ):
            self.remind_combo.addItem(text, value)
        self.remind_spin = QSpinBox()
        self.remind_spin.setObjectName("taskRemindCount")
        self.remind_spin.setRange(1, 999)
        self.remind_spin.setValue(1)
        self.remind_spin.setAccessibleName(self.tr("How long before"))
        self.remind_unit = QComboBox()
        self.remind_unit.setObjectName("taskRemindUnit")
        for text, value in (
            (self.tr("minutes"), "minutes"),
            (self.tr("hours"), "hours"),
            (self.tr("days"), "days"),
        ):
            self.remind_unit.addItem(text, value)
        self.remind_unit.setCurrentIndex(2)
        self.remind_message = self._row(
            self.tr("&Reminder:"),
            self._line(self.remind_combo, self.remind_spin, self.remind_unit),
            "taskReminder",
            self.remind_combo,
        )
        self._order += [self.remind_spin, self.remind_unit]
        self.remind_combo.currentIndexChanged.connect(lambda _i: self._update_due())

        self.repeat_combo = QComboBox()
        self.repeat_combo.setObjectName("taskRepeat")
        self.repeat_combo.addItem(self.tr("Does not repeat"), None)
        for key, text in preset_names().items():
            self.repeat_combo.addItem(text, key)
        self.repeat_combo.addItem(self.tr("Custom rule (RRULE)…"), CUSTOM)
        self.rule_edit = QLineEdit()
        self.rule_edit.setObjectName("taskRule")
        self.rule_edit.setPlaceholderText("FREQ=MONTHLY;BYMONTHDAY=15")
        self.rule_edit.setAccessibleName(self.tr("Repetition rule"))
        repeat = QWidget()
        column = QVBoxLayout(repeat)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.repeat_combo)
        column.addWidget(self.rule_edit)
        self.repeat_message = self._row(
            self.tr("R&epeats:"), repeat, "taskRepeatRow", self.repeat_combo
        )
        self._order.append(self.rule_edit)
        self.repeat_combo.currentIndexChanged.connect(lambda _i: self._update_due())
        self.rule_edit.textChanged.connect(lambda _t: self._update_due())

        self.matter_combo = QComboBox()
        self.matter_combo.addItem(self.tr("No matter"), None)
        for matter_id, number, title in matters:
            self.matter_combo.addItem(f"{number} {title}", matter_id)
        self.matter_combo.setMinimumContentsLength(24)
        self.matter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._row(self.tr("&Matter:"), self.matter_combo, "taskMatter")

        self.people = PeoplePicker(self._database)
        self._row(self.tr("Peop&le:"), self.people, "taskPeople", self.people.search_edit)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.notes_edit.setPlaceholderText(self.tr("Details, links, what was agreed"))
        self._row(self.tr("&Notes:"), self.notes_edit, "taskNotes")

    def _date_format(self) -> str:
        pattern = self.locale().dateFormat(self.locale().FormatType.ShortFormat)
        # "12.11.25" reads like a time; the year in full says it is a day.
        return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")

    # --- filling and reading -------------------------------------------------------------

    def _fill(self, task: TaskRow) -> None:
        self.title_edit.setText(task.title)
        self.notes_edit.setPlainText(task.notes or "")
        self.due_check.setChecked(task.due_on is not None)
        if task.due_on is not None:
            self.due_edit.setDate(_qdate(task.due_on))
        self.time_check.setChecked(task.due_time is not None)
        if task.due_time is not None:
            self.time_edit.setTime(QTime(task.due_time.hour, task.due_time.minute))
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(task.priority))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(task.status), 0))
        self.assignee_edit.setText(task.assignee or "")
        if task.remind_at is not None and task.due_on is not None:
            minutes = reminder_minutes(task.due_on, task.due_time, task.remind_at)
            if minutes <= 0:
                self.remind_combo.setCurrentIndex(self.remind_combo.findData(REMIND_AT_DUE))
            else:
                count, unit = split_minutes(minutes)
                self.remind_combo.setCurrentIndex(self.remind_combo.findData(REMIND_BEFORE))
                self.remind_spin.setValue(min(count, self.remind_spin.maximum()))
                self.remind_unit.setCurrentIndex(self.remind_unit.findData(unit))
        if task.rrule:
            preset = preset_of(task.rrule)
            self.repeat_combo.setCurrentIndex(self.repeat_combo.findData(preset or CUSTOM))
            if preset is None:
                self.rule_edit.setText(task.rrule)
        if task.matter_id is not None:
            found = self.matter_combo.findData(task.matter_id)
            if found < 0:  # a matter in the trash still shows what the task is filed on
                self.matter_combo.addItem(
                    f"{task.matter_number or ''} {task.matter_title or ''}".strip(),
                    task.matter_id,
                )
                found = self.matter_combo.count() - 1
            self.matter_combo.setCurrentIndex(found)
        for contact_id, name in task.people:
            self.people.add(Ref("person", contact_id), name)
        for org_id, name in task.organizations:
            self.people.add(Ref("organization", org_id), name)

    def due_on(self) -> date | None:
        return self.due_edit.date().toPython() if self.due_check.isChecked() else None

    def due_time(self) -> time | None:
        if not (self.due_check.isChecked() and self.time_check.isChecked()):
            return None
        value = self.time_edit.time()
        return time(value.hour(), value.minute())

    def rule(self) -> str | None:
        key = self.repeat_combo.currentData()
        if key is None:
            return None
        if key == CUSTOM:
            return self.rule_edit.text().strip() or None
        return RECURRENCE_PRESETS[str(key)]

    def reminder_minutes(self) -> int | None:
        """Minutes before the due time the reminder comes; None for no reminder."""
        choice = self.remind_combo.currentData()
        if choice == REMIND_NONE or self.due_on() is None:
            return None
        if choice == REMIND_AT_DUE:
            return 0
        return self.remind_spin.value() * UNIT_MINUTES[str(self.remind_unit.currentData())]

    def data(self) -> TaskInput:
        """What the fields describe."""
        due_on, due_time = self.due_on(), self.due_time()
        minutes = self.reminder_minutes()
        remind = None
        if minutes is not None and due_on is not None:
            remind = reminder_at(due_on, due_time, minutes)
        matter_id = self.matter_combo.currentData()
        return TaskInput(
            title=self.title_edit.text().strip(),
            kind=self.task.kind if self.task is not None else "task",
            notes=self.notes_edit.toPlainText().strip() or None,
            due_on=due_on,
            due_time=due_time,
            priority=int(self.priority_combo.currentData()),
            assignee=self.assignee_edit.text().strip() or None,
            remind_at=remind,
            matter_id=int(matter_id) if matter_id is not None else None,
            people=[r.id for r in self.people.refs if r.kind == "person"],
            organizations=[r.id for r in self.people.refs if r.kind == "organization"],
            rrule=self.rule(),
        )

    def status(self) -> str:
        return str(self.status_combo.currentData())

    # --- checks --------------------------------------------------------------------------

    def _update_due(self) -> None:
        """Enable what depends on a due day and check the repetition as it is typed."""
        has_due = self.due_check.isChecked()
        self.due_edit.setEnabled(has_due)
        self.time_check.setEnabled(has_due)
        self.time_edit.setEnabled(has_due and self.time_check.isChecked())
        self.remind_combo.setEnabled(has_due)
        before = has_due and self.remind_combo.currentData() == REMIND_BEFORE
        self.remind_spin.setVisible(before)
        self.remind_unit.setVisible(before)
        reminded = has_due and self.remind_combo.currentData() != REMIND_NONE
        untimed = not self.time_check.isChecked()
        self.remind_message.show_check(
            Check(self.tr("Without a time, the reminder counts from 09:00 of the due day."), False)
            if reminded and untimed
            else None
        )
        self.rule_edit.setVisible(self.repeat_combo.currentData() == CUSTOM)
        self.repeat_message.show_check(self._check_rule())

    def _check_rule(self) -> Check | None:
        text = self.rule()
        if text is None:
            if self.repeat_combo.currentData() == CUSTOM:
                return Check(self.tr("Type a rule, e.g. FREQ=WEEKLY;INTERVAL=2."), False)
            return None
        due_on = self.due_on()
        if due_on is None:
            return Check(self.tr("A repeating task needs a due date to repeat from."))
        try:
            rule = check_rrule(text, due_on)
        except KnownError as exc:
            return Check(str(exc))
        days = upcoming_days(rule, due_on) if rule else []
        if not days:
            return Check(self.tr("The rule has no day after the due date."), False)
        shown = ", ".join(dates.short_date(self.locale(), d, self.today) for d in days)
        return Check(self.tr("Next: {days}").format(days=shown), False)

    def validate(self) -> QWidget | None:
        """Show the messages; the first field that blocks the save, or None."""
        first: QWidget | None = None
        if not self.title_edit.text().strip():
            self.title_message.show_check(Check(self.tr("A task needs a title.")))
            first = self.title_edit
        rule = self._check_rule()
        self.repeat_message.show_check(rule)
        if rule is not None and rule.blocking and first is None:
            first = self.rule_edit if self.rule_edit.isVisible() else self.repeat_combo
        return first

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Check, then save on the write lane; the first problem gets the cursor."""
        if self.held_back():
            return
        data, status = self.data(), self.status()
        database, task_id = self._database, self.task_id

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services import tasks

            with database.session_scope() as session:
                if task_id is None:
                    return tasks.create_task(session, data)
                tasks.update_task(session, task_id, data)
                # Done goes through mark_done: the timeline entry and the next occurrence.
                tasks.set_task_status(session, task_id, status)
                return task_id

        self._saving = True
        self.save_button.setEnabled(False)
        self._run(work, self._done, self._failed)

    def _run(
        self,
        fn: Callable[[TaskContext | None], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        if self._tasks is None:
            try:
                result = fn(None)
            except Exception as exc:
                on_failure(exc)
                return
            on_success(result)
            return
        self._tasks.run(
            fn, lane=DB, on_success=on_success, on_failure=on_failure, description="save task"
        )

    def _done(self, task_id: int) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(task_id)
        self.accept()
        if self._delete_when_idle:
            self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.banner.show_check(Check(str(exc)))
        else:
            log.error("Saving a task failed", exc_info=exc)
            self.banner.show_check(Check(self.tr("It could not be saved; see the log.")))
        if self._delete_when_idle:
            self.deleteLater()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


__all__ = ["TaskDialog", "load_form", "preset_names", "rule_text", "split_minutes"]
