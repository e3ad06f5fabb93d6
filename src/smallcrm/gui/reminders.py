"""Reminders while the app runs: tray notice and a reminders window; missed ones at start."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.services.reminders import Reminder
from smallcrm.gui.tasks import DB, IO, TaskRunner
from smallcrm.gui.widgets.icons import icon

log = logging.getLogger(__name__)

CHECK_MS = 30_000
SNOOZE = timedelta(minutes=10)
_REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1


class ReminderWindow(QDialog):
    """The reminders due now (and those missed while SmallCRM was closed)."""

    openRequested = Signal(object)  # Reminder
    snoozeRequested = Signal(list)  # list[Reminder]

    def __init__(self, zone: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderWindow")
        self.setWindowTitle(self.tr("Reminders"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._zone = zone
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setObjectName("reminderCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.list = QListWidget()
        self.list.setObjectName("reminderList")
        self.list.setAccessibleName(self.tr("Due reminders"))
        self.list.itemActivated.connect(self._open_item)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("reminderOpen")
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.snooze_button = QPushButton(self.tr("&Snooze 10 minutes"))
        self.snooze_button.setObjectName("reminderSnooze")
        self.snooze_button.clicked.connect(self._snooze)
        self.dismiss_button = QPushButton(self.tr("&Dismiss all"))
        self.dismiss_button.setObjectName("reminderDismiss")
        self.dismiss_button.clicked.connect(self.dismiss_all)
        row.addWidget(self.open_button)
        row.addWidget(self.snooze_button)
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        layout.addLayout(row)
        self.resize(460, 320)

    def add(self, reminders: list[Reminder], missed: bool) -> None:
        for r in reminders:
            item = QListWidgetItem(self._text(r, missed))
            item.setData(_REMINDER_ROLE, r)
            self.list.addItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        count = self.list.count()
        self.caption.setText(self.tr("%n reminder(s) due", "", count))

    def reminders(self) -> list[Reminder]:
        return [self.list.item(i).data(_REMINDER_ROLE) for i in range(self.list.count())]

    def _text(self, r: Reminder, missed: bool) -> str:
        when = ""
        if isinstance(r.starts, datetime):
            when = r.starts.astimezone(self._zone).strftime("%d.%m.%Y %H:%M")
        elif isinstance(r.starts, date):
            when = r.starts.strftime("%d.%m.%Y")
        kind = self.tr("Task") if r.item_kind == "task" else self.tr("Event")
        parts = [f"{kind}: {r.title}"]
        if when:
            parts.append(when)
        if r.location:
            parts.append(r.location)
        text = " — ".join(parts)
        if missed:
            text += "  " + self.tr("(missed while SmallCRM was closed)")
        return text

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.openRequested.emit(item.data(_REMINDER_ROLE))

    def _snooze(self) -> None:
        chosen = [i.data(_REMINDER_ROLE) for i in self.list.selectedItems()]
        if not chosen:
            return
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.snoozeRequested.emit(chosen)
        if not self.list.count():
            self.hide()

    def dismiss_all(self) -> None:
        self.list.clear()
        self.hide()


class ReminderCenter(QObject):
    """Looks for due reminders every half minute, shows each once and remembers it shown.

    The first look after start names what fell due while the app was closed. Snoozing a
    task moves its reminder; snoozing an event's reminder brings it back in this session.
    """

    fired = Signal(list)  # list[Reminder] just shown
    openRequested = Signal(object)  # Reminder

    def __init__(
        self,
        database: Database,
        runner: TaskRunner | None,
        user_zone: str,
        *,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        from smallcrm.core.recurrence import zone

        self._database = database
        self._runner = runner
        self._zone_name = user_zone
        self._now = now or (lambda: datetime.now(UTC))
        self._started = self._now()
        self._busy = False
        self._snoozed: list[tuple[datetime, Reminder]] = []
        self.window = ReminderWindow(zone(user_zone), parent)
        self.window.openRequested.connect(self.openRequested)
        self.window.snoozeRequested.connect(self.snooze)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setToolTip("SmallCRM")
            self.tray.messageClicked.connect(self.show_window)
            self.tray.activated.connect(lambda _reason: self.show_window())
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def show_window(self) -> None:
        self.window.show()
        self.window.raise_()

    def check(self) -> None:
        """Read what is due (read lane) and show it; at once without a runner."""
        if self._busy:
            return
        self._busy = True
        now = self._now()
        database, zone_name = self._database, self._zone_name

        def work(_context: object) -> list[Reminder]:
            from smallcrm.core.services.reminders import due_reminders

            with database.session_scope() as session:
                return due_reminders(session, now, user_zone=zone_name)

        def failed(exc: BaseException) -> None:
            self._busy = False
            log.warning("Looking for due reminders failed: %s", exc)

        if self._runner is None:
            try:
                found = work(None)
            except Exception as exc:  # noqa: BLE001 - same path as the lane's failure
                failed(exc)
                return
            self._show(found, now)
            return
        self._runner.run(
            work,
            lane=IO,
            on_success=lambda found: self._show(found, now),
            on_failure=failed,
            description="due reminders",
        )

    def _show(self, found: list[Reminder], now: datetime) -> None:
        self._busy = False
        back = [r for at, r in self._snoozed if at <= now]
        self._snoozed = [(at, r) for at, r in self._snoozed if at > now]
        if not found and not back:
            return
        missed = [r for r in found if r.due_at < self._started]
        fresh = [r for r in found if r.due_at >= self._started] + back
        if missed:
            self.window.add(missed, missed=True)
        if fresh:
            self.window.add(fresh, missed=False)
        self._mark_shown(found)
        if self.tray is not None:
            first = (fresh or missed)[0]
            more = len(found) + len(back) - 1
            text = first.title + (self.tr(" (and %n more)", "", more) if more else "")
            self.tray.showMessage(self.tr("SmallCRM reminder"), text)
        self.show_window()
        self.fired.emit(found + back)

    def _mark_shown(self, found: list[Reminder]) -> None:
        if not found:
            return
        database = self._database

        def work(_context: object) -> None:
            from smallcrm.core.services.reminders import mark_shown

            with database.session_scope() as session:
                mark_shown(session, found)

        if self._runner is None:
            work(None)
            return
        self._runner.run(work, lane=DB, description="reminders shown")

    def snooze(self, reminders: list[Reminder]) -> None:
        until = self._now() + SNOOZE
        tasks = [r.item_id for r in reminders if r.item_kind == "task"]
        self._snoozed.extend((until, r) for r in reminders if r.item_kind != "task")
        if not tasks:
            return
        database = self._database

        def work(_context: object) -> None:
            from smallcrm.core.services.reminders import snooze_task

            with database.session_scope() as session:
                for task_id in tasks:
                    snooze_task(session, task_id, until)

        if self._runner is None:
            work(None)
            return
        self._runner.run(work, lane=DB, description="snooze reminders")
