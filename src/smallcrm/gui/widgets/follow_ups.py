"""Follow-ups: "remind me in N days", a record's open follow-ups with Done, and the
stay-in-touch rhythm of a person with its overdue state."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.services.address_book import Ref
from smallcrm.gui import dates
from smallcrm.gui.tasks import TaskContext, TaskRunner
from smallcrm.gui.widgets.contact_form import error_color

if TYPE_CHECKING:
    from smallcrm.core.services.tasks import TaskRow, TouchRhythm

log = logging.getLogger(__name__)

REMIND_DAYS = (1, 3, 7, 14, 30)
RHYTHM_WEEKS = (2, 4, 8, 13, 26, 52)
# A person's panel lists this many open follow-ups; the rest are counted.
SHOWN_TASKS = 5


def owner_name(session: Any, owner: Ref | int) -> str:
    """The name a follow-up's title carries: the person's, the organisation's or the matter's."""
    if isinstance(owner, Ref):
        from smallcrm.core.services.contacts import key_of, list_rows

        return list_rows(session, [key_of(owner)], None)[0].name
    from smallcrm.core.services.matters import matter_rows

    rows = matter_rows(session, [owner])
    return f"{rows[0].number} {rows[0].title}" if rows else ""


def create_follow_up(database: Database, owner: Ref | int, days: int, pattern: str) -> date:
    """A follow-up on ``owner`` due in ``days`` days, titled ``pattern`` with {name}; returns
    the due day. Runs on the write lane."""
    from smallcrm.core.services import tasks

    with database.session_scope() as session:
        title = pattern.format(name=owner_name(session, owner)).strip()
        if isinstance(owner, Ref):
            tasks.follow_up(session, days, ref=owner, title=title)
        else:
            tasks.follow_up(session, days, matter_id=owner, title=title)
    return date.today() + timedelta(days=days)


def short_date(widget: QWidget, day: date) -> str:
    return dates.short_date(widget.locale(), day)


class PickDateDialog(QDialog):
    """A calendar to pick the day of a reminder (today or later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remind me on"))
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("remindCalendar")
        self.calendar.setMinimumDate(QDate.currentDate())
        self.calendar.setSelectedDate(QDate.currentDate().addDays(7))
        self.calendar.setGridVisible(False)
        self.calendar.activated.connect(lambda _d: self.accept())
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def days(self) -> int:
        return max(0, QDate.currentDate().daysTo(self.calendar.selectedDate()))


class RemindMenu(QMenu):
    """Tomorrow, in 3 days, a week, two weeks, 30 days, or a day from a calendar."""

    daysChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindMenu")
        for days in REMIND_DAYS:
            action = self.addAction(self.day_text(days))
            action.setData(days)
            action.triggered.connect(lambda _checked=False, d=days: self.daysChosen.emit(d))
        self.addSeparator()
        pick = self.addAction(self.tr("On a date…"))
        pick.triggered.connect(self._pick)
        self.dialog: PickDateDialog | None = None

    def day_text(self, days: int) -> str:
        if days == 1:
            return self.tr("Tomorrow")
        if days == 7:
            return self.tr("In a week")
        if days == 14:
            return self.tr("In two weeks")
        return self.tr("In %n days", "", days)

    def _pick(self) -> None:
        dialog = PickDateDialog(self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.daysChosen.emit(dialog.days()))
        self.dialog = dialog
        dialog.open()


def remind_menu(parent: QWidget, on_days: Any) -> RemindMenu:
    """The "Remind me…" menu for a button; ``on_days(n)`` is called with the chosen days."""
    menu = RemindMenu(parent)
    menu.daysChosen.connect(on_days)
    return menu


class FollowUpsPanel(QWidget):
    """A record's open follow-ups with Done, and for a person the stay-in-touch rhythm.

    Its reads are a few indexed rows, done at once; writes go to the runner's write lane.
    """

    changed = Signal()  # a follow-up was marked done or the rhythm changed

    def __init__(
        self, database: Database, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._owner: Ref | int | None = None
        self.rows: list[TaskRow] = []
        self.rhythm: TouchRhythm | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.caption = QLabel(self.tr("Follow-ups"))
        font = self.caption.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.caption.setFont(font)
        layout.addWidget(self.caption)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(2)
        layout.addLayout(self._rows_layout)
        self.more_label = QLabel()
        self.more_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.more_label)

        touch = QHBoxLayout()
        touch.setSpacing(6)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.rhythm_label = QLabel()
        self.rhythm_label.setObjectName("stayInTouch")
        self.rhythm_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("stayInTouchStatus")
        self.status_label.setWordWrap(True)
        texts.addWidget(self.rhythm_label)
        texts.addWidget(self.status_label)
        touch.addLayout(texts, 1)
        self.rhythm_button = QToolButton()
        self.rhythm_button.setObjectName("stayInTouchButton")
        self.rhythm_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # "Change…" says a choice follows; the arrow would only crowd the ellipsis.
        self.rhythm_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.rhythm_button.setToolTip(self.tr("Be reminded when it is time to get in touch again"))
        self.rhythm_menu = QMenu(self.rhythm_button)
        for weeks in RHYTHM_WEEKS:
            action = self.rhythm_menu.addAction(self.tr("Every %n weeks", "", weeks))
            action.triggered.connect(lambda _checked=False, w=weeks: self.set_rhythm(w))
        other = self.rhythm_menu.addAction(self.tr("Other…"))
        other.triggered.connect(self._ask_rhythm)
        self.rhythm_menu.addSeparator()
        self.stop_action = self.rhythm_menu.addAction(self.tr("Stop"))
        self.stop_action.triggered.connect(lambda: self.set_rhythm(None))
        self.rhythm_button.setMenu(self.rhythm_menu)
        touch.addWidget(self.rhythm_button, 0, Qt.AlignmentFlag.AlignTop)
        self.touch_row = QWidget()
        self.touch_row.setLayout(touch)
        touch.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.touch_row)
        self.setVisible(False)

    def _runner(self) -> TaskRunner | None:
        if self._tasks is None:
            tasks = getattr(self.window(), "tasks", None)
            if isinstance(tasks, TaskRunner):
                self._tasks = tasks
        return self._tasks

    # --- reading -------------------------------------------------------------------------

    def set_ref(self, owner: Ref | int | None) -> None:
        """Show the follow-ups of a person or organisation (a Ref) or a matter (its id)."""
        self._owner = owner
        self.refresh()

    def refresh(self) -> None:
        owner = self._owner
        if owner is None:
            self.rows, self.rhythm = [], None
            self.setVisible(False)
            return
        from smallcrm.core.services.tasks import tasks_of, touch_rhythm

        with self._database.session_scope() as session:
            self.rows = tasks_of(session, owner)
            self.rhythm = (
                touch_rhythm(session, owner.id)
                if isinstance(owner, Ref) and owner.kind == "person"
                else None
            )
        self._show()

    def _clear_rows(self) -> None:
        while self._rows_layout.count():
            item = self._rows_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show(self) -> None:
        self._clear_rows()
        today = date.today()
        for task in self.rows[:SHOWN_TASKS]:
            self._rows_layout.addWidget(self._task_row(task, today))
        extra = len(self.rows) - SHOWN_TASKS
        self.more_label.setText(self.tr("and %n more", "", extra) if extra > 0 else "")
        self.more_label.setVisible(extra > 0)
        self.caption.setVisible(bool(self.rows))
        person = isinstance(self._owner, Ref) and self._owner.kind == "person"
        self.touch_row.setVisible(person)
        if person:
            self._show_rhythm(today)
        self.setVisible(bool(self.rows) or person)

    def due_text(self, task: TaskRow, today: date) -> str:
        if task.due_on is None:
            return ""
        if task.due_on < today:
            return self.tr("overdue since {date}").format(date=short_date(self, task.due_on))
        if task.due_on == today:
            return self.tr("due today")
        if task.due_on == today + timedelta(days=1):
            return self.tr("due tomorrow")
        return self.tr("due {date}").format(date=short_date(self, task.due_on))

    def _task_row(self, task: TaskRow, today: date) -> QWidget:
        row = QWidget()
        row.setObjectName(f"followUp{task.id}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        done = QToolButton()
        done.setObjectName("followUpDone")
        done.setText(self.tr("Done"))
        done.setToolTip(self.tr("Mark done: it goes on the timeline"))
        done.setAccessibleName(self.tr("Mark “{title}” done").format(title=task.title))
        done.clicked.connect(lambda _checked=False, task_id=task.id: self.mark_done(task_id))
        title = QLabel(task.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        due = QLabel(self.due_text(task, today))
        due.setObjectName("followUpDue")
        if task.overdue(today):
            palette = due.palette()
            palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
            due.setPalette(palette)
        else:
            due.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The title gets the whole width, the due day goes under it: names are long.
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(title)
        texts.addWidget(due)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        return row

    def last_text(self, last: datetime | None, today: date) -> str:
        if last is None:
            return self.tr("No contact yet")
        days = (today - last.astimezone().date()).days
        if days <= 0:
            return self.tr("Last contact today")
        if days == 1:
            return self.tr("Last contact yesterday")
        if days < 14:
            return self.tr("Last contact %n days ago", "", days)
        if days < 70:
            return self.tr("Last contact %n weeks ago", "", days // 7)
        return self.tr("Last contact %n months ago", "", max(2, days // 30))

    def _show_rhythm(self, today: date) -> None:
        rhythm = self.rhythm
        palette = self.status_label.palette()
        if rhythm is None or rhythm.weeks is None:
            self.rhythm_label.setText(self.tr("Stay in touch: not set"))
            self.rhythm_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.status_label.setVisible(False)
            self.rhythm_button.setText(self.tr("Set…"))
            self.stop_action.setEnabled(False)
            return
        self.rhythm_label.setText(self.tr("Stay in touch every %n weeks", "", rhythm.weeks))
        self.rhythm_label.setForegroundRole(QPalette.ColorRole.WindowText)
        self.rhythm_button.setText(self.tr("Change…"))
        self.stop_action.setEnabled(True)
        last = self.last_text(rhythm.last, today)
        assert rhythm.due is not None
        when = short_date(self, rhythm.due)
        if rhythm.overdue(today):
            text = self.tr("{last}, due since {date}").format(last=last, date=when)
            palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
        else:
            text = self.tr("{last}, next due {date}").format(last=last, date=when)
            palette.setColor(
                QPalette.ColorRole.WindowText,
                self.palette().color(QPalette.ColorRole.PlaceholderText),
            )
        self.status_label.setPalette(palette)
        self.status_label.setText(text)
        self.status_label.setVisible(True)

    def overdue(self) -> bool:
        return self.rhythm is not None and self.rhythm.overdue(date.today())

    # --- writing -------------------------------------------------------------------------

    def _run_write(self, fn: Any, description: str) -> None:
        def done(_result: object) -> None:
            self.refresh()
            self.changed.emit()

        runner = self._runner()
        if runner is None:
            try:
                fn(None)
            except Exception as exc:
                self._failed(exc)
                return
            done(None)
            return
        runner.run(fn, lane="db", on_success=done, on_failure=self._failed, description=description)

    def _failed(self, exc: BaseException) -> None:
        from smallcrm.core.errors import KnownError

        if not isinstance(exc, KnownError):
            log.error("A follow-up change failed", exc_info=exc)
        self.more_label.setText(self.tr("That did not work: {reason}").format(reason=exc))
        self.more_label.setVisible(True)

    def mark_done(self, task_id: int) -> None:
        """Mark a follow-up done; it lands on the timeline of its people and matter."""
        database = self._database

        def work(_context: TaskContext | None) -> None:
            from smallcrm.core.services.tasks import complete_task

            with database.session_scope() as session:
                complete_task(session, task_id)

        self._run_write(work, "complete follow-up")

    def set_rhythm(self, weeks: int | None) -> None:
        """Stay in touch with the shown person every ``weeks`` weeks (None stops it)."""
        owner = self._owner
        if not isinstance(owner, Ref) or owner.kind != "person":
            return
        database = self._database

        def work(_context: TaskContext | None) -> None:
            from smallcrm.core.services.tasks import set_stay_in_touch

            with database.session_scope() as session:
                set_stay_in_touch(session, owner.id, weeks)

        self._run_write(work, "stay in touch")

    def _ask_rhythm(self) -> None:
        current = self.rhythm.weeks if self.rhythm and self.rhythm.weeks else 6
        weeks, ok = QInputDialog.getInt(
            self,
            self.tr("Stay in touch"),
            self.tr("Weeks between contacts:"),
            current,
            1,
            520,
        )
        if ok:
            self.set_rhythm(weeks)
