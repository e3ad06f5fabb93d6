"""The Calendar section: the drawn calendar, its toolbar, and what a drag or a click does."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.recurrence import zone as zone_of
from smallcrm.core.services.calendar import Occurrence
from smallcrm.core.services.mail_accounts import AccountInfo, account_of_source
from smallcrm.gui.tasks import DB, IO, Lane, TaskContext, TaskRunner
from smallcrm.gui.widgets.calendar_view import CalendarView

log = logging.getLogger(__name__)

MODES = ("day", "workweek", "week", "month", "agenda")


def read_occurrences(
    database: Database, zone: str, matter_id: int | None = None
) -> Callable[[datetime, datetime], list[Occurrence]]:
    """The calendar widget's source: one indexed read per visible range, fast enough for
    the main thread (a month of 500 series and 4,500 events: ~25 ms once expanded)."""

    def fetch(start: datetime, end: datetime) -> list[Occurrence]:
        from smallcrm.core.services.calendar import occurrences

        with database.session_scope() as session:
            return occurrences(session, start, end, user_zone=zone, matter_id=matter_id)

    return fetch


class CalendarPage(QWidget):
    """Day, work week, week, month and agenda; create by dragging, move and resize by
    dragging, double-click or Enter to edit, Delete to delete. Writes go to the write lane."""

    matterRequested = Signal(int)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None,
        user_zone: str,
        parent: QWidget | None = None,
        *,
        matter_id: int | None = None,
        mode: str = "week",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self._database = database
        self._tasks = tasks
        self.user_zone = user_zone
        self.matter_id = matter_id
        self._undo: Callable[[], None] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setObjectName("calendarToday")
        self.prev_button = QToolButton()
        self.prev_button.setObjectName("calendarPrevious")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous (Page Up)"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("calendarNext")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.title_label = QLabel()
        self.title_label.setObjectName("calendarTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        bar.addWidget(self.today_button)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        bar.addWidget(self.title_label, 1)
        self.mode_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        labels = {
            "day": self.tr("&Day"),
            "workweek": self.tr("W&ork week"),
            "week": self.tr("&Week"),
            "month": self.tr("&Month"),
            "agenda": self.tr("&Agenda"),
        }
        for name in MODES:
            button = QPushButton(labels[name])
            button.setObjectName(f"calendarMode_{name}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            group.addButton(button)
            button.clicked.connect(lambda _c=False, n=name: self.set_mode(n))
            self.mode_buttons[name] = button
            bar.addWidget(button)
        bar.addSpacing(8)
        self.new_button = QPushButton(self.tr("&New event"))
        self.new_button.setObjectName("calendarNew")
        self.new_button.setToolTip(self.tr("New event (Ctrl+N)"))
        bar.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("calendarImport")
        self.import_button.setToolTip(self.tr("Import events and tasks from .ics files"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("calendarExport")
        self.export_button.setToolTip(self.tr("Export the calendar and tasks to an .ics file"))
        if matter_id is None:
            bar.addWidget(self.import_button)
            bar.addWidget(self.export_button)
        layout.addLayout(bar)

        zi = zone_of(user_zone)
        assert zi is not None  # a saved preference is always a known zone
        self.view = CalendarView(
            zi, read_occurrences(database, user_zone, matter_id), self, mode=mode
        )
        layout.addWidget(self.view, 1)

        self.today_button.clicked.connect(self.view.today)
        self.prev_button.clicked.connect(self.view.previous_page)
        self.next_button.clicked.connect(self.view.next_page)
        self.new_button.clicked.connect(self.new_event)
        self.import_button.clicked.connect(self.import_files)
        self.export_button.clicked.connect(self.export_file)
        self.view.rangeChanged.connect(lambda _s, _e: self._update_title())
        # The view switches itself to a day ("+3 more", a day's heading double-clicked).
        self.view.modeChanged.connect(self._on_mode_changed)
        self.view.createRequested.connect(self.create_range)
        self.view.moveRequested.connect(self.move)
        self.view.resizeRequested.connect(self.move)
        self.view.openRequested.connect(self.open_occurrence)
        self.view.deleteRequested.connect(self.delete)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_event)
        self.mode_buttons[self.view.mode()].setChecked(True)
        self._update_title()
        self.setFocusProxy(self.view)

        from smallcrm.gui.widgets.undo_notice import UndoNotice

        self.notice = UndoNotice(self)
        self.notice.undo_button.clicked.connect(self.undo)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(10_000)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.notice.hide()

    # --- navigation ----------------------------------------------------------------------

    def set_matter(self, matter_id: int | None) -> None:
        """Show another matter's events (the matter page's tab)."""
        self.matter_id = matter_id
        self.view.set_source(read_occurrences(self._database, self.user_zone, matter_id))
        self.refresh()

    def set_mode(self, mode: str) -> None:
        self.view.set_mode(mode)
        self.mode_buttons[mode].setChecked(True)
        self._update_title()
        self.view.setFocus()

    def _on_mode_changed(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)
        self._update_title()

    def _update_title(self) -> None:
        self.title_label.setText(self.view.title())

    def refresh(self) -> None:
        self.view.reload()
        self._update_title()

    # --- editing -------------------------------------------------------------------------

    def _dialog(self, **kwargs: Any) -> Any:
        from smallcrm.gui.dialogs.event_dialog import EventDialog

        dialog = EventDialog(
            self._database,
            user_zone=self.user_zone,
            tasks=self._tasks,
            settings=self._profile_settings(),
            parent=self,
            **kwargs,
        )
        dialog.saved.connect(lambda _id: self.refresh())
        return dialog

    def _profile_settings(self) -> QSettings | None:
        """The profile's settings.ini (the main window's ``profile``), where the event
        dialog remembers the calendar last chosen; None outside a main window."""
        window = self.window()
        profile = getattr(window, "profile", None)
        path = getattr(profile, "settings_path", None)
        if path is None:
            return None
        # Owned by the dialog that keeps it (no Qt parent: one per dialog opened).
        return QSettings(str(path), QSettings.Format.IniFormat)

    def new_event(self) -> None:
        start, end = self.view.selected_slot()
        self.create_range(start, end, False)

    def create_range(self, start: datetime, end: datetime, all_day: bool) -> None:
        dialog = self._dialog(start=start, end=end, all_day=all_day, matter_id=self.matter_id)
        dialog.open()
        self.last_dialog = dialog

    def open_occurrence(self, occurrence: Occurrence) -> None:
        scope = "all"
        if occurrence.recurring and not occurrence.recurrence_id:
            from smallcrm.gui.dialogs.event_dialog import ask_scope

            answer = ask_scope(self, "edit")
            if answer is None:
                return
            scope = answer
        dialog = self._dialog(
            event_id=occurrence.event_id,
            occurrence=occurrence if scope != "all" else None,
            scope=scope,
        )
        dialog.open()
        self.last_dialog = dialog

    def open_event(self, event_id: int) -> None:
        """Show an event's day (a series: its next occurrence) and open it, as a search
        result does; a series opens whole."""
        database, zone = self._database, self.user_zone

        def work(_context: TaskContext | None) -> date:
            from smallcrm.core.services.record_homes import event_day

            with database.session_scope() as session:
                return event_day(session, event_id, zone, date.today())

        def done(day: date) -> None:
            self.view.set_date(day)
            self._update_title()
            dialog = self._dialog(event_id=event_id, scope="all")
            dialog.open()
            self.last_dialog = dialog

        self._run(work, done, "open event")

    def move(self, occurrence: Occurrence, start: datetime, end: datetime) -> None:
        """A drag ended: move or resize the occurrence (asking which, for a series)."""
        scope = "this"
        if occurrence.recurring and not occurrence.recurrence_id:
            from smallcrm.gui.dialogs.event_dialog import ask_scope

            answer = ask_scope(self, "edit")
            if answer is None:
                self.refresh()
                return
            scope = answer
        database, zone = self._database, self.user_zone

        def work(_context: TaskContext | None) -> Any:
            from smallcrm.core.services.calendar import get_event, move_occurrence

            with database.session_scope() as session:
                before = get_event(session, occurrence.event_id)
                moved = move_occurrence(
                    session, occurrence, start, end, user_zone=zone, scope=scope
                )
            return before, moved

        def done(result: Any) -> None:
            before, moved = result
            self.refresh()
            if scope == "all" or not occurrence.recurring or moved == occurrence.event_id:
                self._offer_undo(
                    self.tr("“{title}” moved.").format(title=occurrence.summary),
                    lambda: self._put_back(before),
                )
            else:
                self._notify(self.tr("“{title}” moved.").format(title=occurrence.summary))

        self._run(work, done, "move event")

    def _put_back(self, before: Any) -> None:
        database, zone = self._database, self.user_zone

        def work(_context: TaskContext | None) -> None:
            from smallcrm.core.services.calendar import update_event

            with database.session_scope() as session:
                update_event(session, before.id, before.data, user_zone=zone, scope="all")

        self._run(work, lambda _r: self.refresh(), "undo move")

    def delete(self, occurrence: Occurrence) -> None:
        scope = "all"
        if occurrence.recurring and not occurrence.recurrence_id:
            from smallcrm.gui.dialogs.event_dialog import ask_scope

            answer = ask_scope(self, "delete")
            if answer is None:
                return
            scope = answer
        elif occurrence.recurrence_id:
            scope = "this"
        account_id = account_of_source(occurrence.source)
        if account_id is None:
            self._delete(occurrence, scope, None)
            return
        # An event of an Exchange calendar: the first deletion asks whether deletions cross
        # over, so the account's answer so far is read first (off the GUI thread).
        database = self._database

        def read(_context: TaskContext | None) -> AccountInfo | None:
            from smallcrm.core.services.mail_accounts import AccountNotFound, find_account

            with database.session_scope() as session:
                try:
                    return find_account(session, account_id)
                except AccountNotFound:
                    return None

        def known(info: AccountInfo | None) -> None:
            from smallcrm.gui.dialogs.event_dialog import ask_mirror_delete, needs_mirror_question

            agreed = None
            if info is not None and needs_mirror_question(info):
                if not ask_mirror_delete(self, occurrence.summary, info.name):
                    return
                agreed = info.id
            self._delete(occurrence, scope, agreed)

        self._run(read, known, "read mail account", lane=IO)

    def _delete(self, occurrence: Occurrence, scope: str, agreed: int | None) -> None:
        """Trash the occurrence(s); ``agreed``: the account whose deletions cross over from
        now on, recorded in the same transaction."""
        database = self._database

        def work(_context: TaskContext | None) -> list[int]:
            from smallcrm.core.services.calendar import delete_event
            from smallcrm.core.services.mail_accounts import set_mirror_deletes

            with database.session_scope() as session:
                if agreed is not None:
                    set_mirror_deletes(session, agreed, True)
                return delete_event(
                    session,
                    occurrence.event_id,
                    scope=scope,
                    key=occurrence.key,
                )

        def done(ids: list[int]) -> None:
            self.refresh()
            text = self.tr("“{title}” deleted.").format(title=occurrence.summary)
            if scope == "all" and ids:
                self._offer_undo(text, lambda: self._restore(ids))
            else:
                self._notify(text)

        self._run(work, done, "delete event")

    def _restore(self, ids: list[int]) -> None:
        database = self._database

        def work(_context: TaskContext | None) -> None:
            from smallcrm.core.services.calendar import restore_events

            with database.session_scope() as session:
                restore_events(session, ids)

        self._run(work, lambda _r: self.refresh(), "restore events")

    # --- files ---------------------------------------------------------------------------

    def import_files(self, names: list[str] | None = None) -> None:
        if names is None:
            names, _filter = QFileDialog.getOpenFileNames(
                self,
                self.tr("Import calendar files"),
                "",
                self.tr("iCalendar files (*.ics *.ical *.ifb *.vcs);;All files (*)"),
            )
        if not names:
            return
        database, zone = self._database, self.user_zone

        def work(_context: TaskContext | None) -> Any:
            from smallcrm.core.services.calendar_files import import_ics

            files = []
            for name in names:
                try:
                    files.append((Path(name).name, Path(name).read_bytes()))
                except OSError as exc:
                    raise KnownError(f"Cannot read {name}: {exc.strerror or exc}.") from exc
            with database.session_scope() as session:
                return import_ics(session, files, user_zone=zone)

        self._run(work, self._imported, "import ics")

    def _imported(self, report: Any) -> None:
        self.refresh()
        self.last_import = report
        text = self.tr(
            "Events: {added} added, {updated} updated, {cancelled} cancelled.\n"
            "Tasks: {tasks_added} added, {tasks_updated} updated."
        ).format(
            added=report.added,
            updated=report.updated,
            cancelled=report.cancelled,
            tasks_added=report.tasks_added,
            tasks_updated=report.tasks_updated,
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning if report.problems else QMessageBox.Icon.Information,
            self.tr("Calendar import"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("icsImportReport")
        if report.problems:
            box.setInformativeText(
                self.tr("%n record(s) could not be imported:", "", len(report.problems))
            )
            box.setDetailedText(
                "\n".join(f"{p.file}:{p.line}: {p.reason}" for p in report.problems)
            )
        box.open()
        self.last_box = box

    def export_file(self, name: str | None = None) -> None:
        if name is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export calendar"), "calendar.ics", self.tr("iCalendar (*.ics)")
            )
        if not name:
            return
        database, out, matter_id = self._database, Path(name), self.matter_id

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.files import write_atomically
            from smallcrm.core.services.calendar_files import export_ics

            with database.session_scope() as session:
                data = export_ics(session, matter_id=matter_id)
            write_atomically(out, data)
            return data.count(b"BEGIN:VEVENT")

        self._run(
            work,
            lambda count: self._notify(
                self.tr("Exported %n event(s) to {file}.", "", count).format(file=out.name)
            ),
            "export ics",
        )

    # --- plumbing ------------------------------------------------------------------------

    def _run(
        self,
        fn: Callable[[TaskContext | None], Any],
        on_success: Callable[[Any], None],
        what: str,
        *,
        lane: Lane = DB,
    ) -> None:
        if self._tasks is None:
            try:
                result = fn(None)
            except Exception as exc:  # noqa: BLE001 - the lane's failure path, at once
                self._failed(exc)
                return
            on_success(result)
            return
        self._tasks.run(
            fn, lane=lane, on_success=on_success, on_failure=self._failed, description=what
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            text = self.tr("That did not work: {reason}").format(reason=exc)
        else:
            log.error("A calendar change failed", exc_info=exc)
            text = self.tr("That did not work; the details are in the log.")
        self._notify(text)
        self.refresh()

    def _status_bar(self) -> Any:
        window = self.window()
        return window.statusBar() if isinstance(window, QMainWindow) else None

    def _notify(self, text: str) -> None:
        self._show_notice(text, None)

    def _offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self._show_notice(text, undo)

    def _show_notice(self, text: str, undo: Callable[[], None] | None) -> None:
        self._undo = undo
        bar = self._status_bar()
        if bar is not None and self.notice.parent() is not bar:
            bar.addWidget(self.notice, 1)
        if bar is not None:
            bar.clearMessage()
        self.notice.label.setText(text)
        self.notice.undo_button.setVisible(undo is not None)
        self.notice.show()
        self._notice_timer.start()

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.notice.hide()
        if action is not None:
            action()
