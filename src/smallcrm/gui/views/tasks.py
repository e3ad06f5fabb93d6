"""The Tasks page: quick add, Today / Overdue / Upcoming / By matter / Done, mark done."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.tasks import Completion, MatterTasks, TaskInput, TaskRow
from smallcrm.gui import dates
from smallcrm.gui.tasks import DB, IO, TaskContext, TaskRunner
from smallcrm.gui.views.contacts import NOTICE_MS
from smallcrm.gui.widgets.contact_form import error_color
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon
from smallcrm.gui.widgets.tab_bar import RoomyTabBar
from smallcrm.gui.widgets.undo_notice import UndoNotice

log = logging.getLogger(__name__)

# The tabs, in order; "matter" is every open task grouped by matter.
TABS = ("today", "overdue", "upcoming", "matter", "done")
COLUMNS = ("done", "title", "due", "priority", "matter", "people")
_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the task's id, on every cell of its row
_MATTER_ROLE = Qt.ItemDataRole.UserRole + 2  # a group row's matter id
_CHECK_WIDTH = 34


@dataclass(frozen=True)
class TasksPage:
    """What one tab shows, read on the read lane: plain data only."""

    tab: str
    today: date
    rows: list[TaskRow]
    groups: list[MatterTasks] | None  # the "by matter" tab
    counts: dict[str, int]
    matters: list[tuple[int, str, str]]  # (id, number, title), for quick add's "#number"


def load_page(database: Database, tab: str, today: date) -> TasksPage:
    from smallcrm.core.services import tasks

    with database.session_scope() as session:
        counts = tasks.task_counts(session, today)
        matters = tasks.matter_choices(session)
        if tab == "matter":
            groups = tasks.tasks_by_matter(session, "all_open", today=today)
            rows = [r for g in groups for r in g.rows]
            return TasksPage(tab, today, rows, groups, counts, matters)
        rows = tasks.task_list(session, tab, today=today)
        return TasksPage(tab, today, rows, None, counts, matters)


def tab_step(event: QKeyEvent) -> int:
    """+1 for Ctrl+PgDown, -1 for Ctrl+PgUp (the next and the previous list), else 0."""
    if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
        return 0
    return {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(Qt.Key(event.key()), 0)


class _TasksTree(QTreeView):
    """Space marks done, Enter or F2 edits, Delete trashes, Ctrl+Z undoes."""

    donePressed = Signal()
    editPressed = Signal()
    deletePressed = Signal()
    undoPressed = Signal()
    stepTab = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if step := tab_step(event):
            self.stepTab.emit(step)
            return
        if key == Qt.Key.Key_Space and not event.modifiers():
            self.donePressed.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editPressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Delete:
            self.deletePressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoPressed.emit()
            return
        super().keyPressEvent(event)


class _QuickAddEdit(QLineEdit):
    """Escape clears what was typed; Down moves on to the list."""

    leaveDown = Signal()
    stepTab = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if step := tab_step(event):
            self.stepTab.emit(step)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.leaveDown.emit()
            return
        super().keyPressEvent(event)


class TasksView(QWidget):
    """Every task of the firm by when it is due, with quick add and done from the list.

    Reads run on the runner's read lane, writes on its write lane; without a runner (unit
    tests) both run at once. ``today`` may be set to freeze the day (tests, screenshots).
    """

    changed = Signal()  # a task was added, done, edited or trashed
    openRecord = Signal(str, int)  # "person" | "organization" | "matter", its id
    recordRequested = Signal(object)  # the same as a Ref or a matter id (MainWindow.open_record)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self.today: date | None = None
        self.tab = "today"
        self.page: TasksPage | None = None
        self.counts: dict[str, int] = {}
        self.dialog: Any = None
        self._matters: dict[str, tuple[int, str, str]] = {}
        # Names typed after "@" in the quick-add line, as found: (contact id, name) or None.
        self._people_found: dict[str, tuple[int, str] | None] = {}
        self._generation = 0
        self._loading = False
        self._want: int | None = None  # the task to select once the list is loaded
        self._filling = False
        self._adding = False
        self._undo_stack: list[tuple[str, Any]] = []
        self.setObjectName("tasksView")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._build_bar())
        layout.addLayout(self._build_quick_add())
        self.tab_bar = RoomyTabBar()
        self.tab_bar.setObjectName("tasksTabs")
        self.tab_bar.setDrawBase(False)
        self.tab_bar.setExpanding(False)
        self.tab_bar.setAccessibleName(self.tr("Task lists"))
        for _tab in TABS:
            self.tab_bar.addTab("")
        self.tab_bar.currentChanged.connect(self._on_tab)
        tabs = QHBoxLayout()
        tabs.setContentsMargins(12, 4, 16, 0)
        tabs.addWidget(self.tab_bar)
        tabs.addStretch(1)
        layout.addLayout(tabs)

        self._build_tree()
        self.empty = EmptyState("tasks", "", "", self.tr("Type a task above and press Enter."))
        self.loading_label = QLabel(self.tr("Loading tasks…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget()
        for widget in (self.loading_label, self.tree, self.empty):
            self.pages.addWidget(widget)
        layout.addWidget(self.pages, 1)

        self.notice = UndoNotice()
        self.notice.setObjectName("tasksNotice")
        self.notice.undo_button.clicked.connect(self.undo_last)
        layout.addWidget(self.notice)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

        self.tree.stepTab.connect(self._step_tab)
        self.quick_edit.stepTab.connect(self._step_tab)
        self._update_tabs()
        self.setFocusProxy(self.quick_edit)
        for first, second in (
            (self.quick_edit, self.tab_bar),
            (self.tab_bar, self.tree),
            (self.tree, self.new_button),
        ):
            QWidget.setTabOrder(first, second)
        if tasks is not None:
            self.refresh()
        else:
            # Built before it joins a window: look for the window's runner once it has one.
            QTimer.singleShot(0, self.refresh)

    # --- construction --------------------------------------------------------------------

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 12, 16, 6)
        bar.setSpacing(10)
        self.title_label = QLabel(self.tr("Tasks"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        bar.addWidget(self.title_label)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New task…"))
        self.new_button.setObjectName("tasksNew")
        self.new_button.setToolTip(
            self.tr("A task with every detail: reminder, repetition, people")
        )
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_task())
        bar.addWidget(self.new_button)
        return bar

    def _build_quick_add(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setContentsMargins(16, 0, 16, 6)
        column.setSpacing(3)
        self.quick_edit = _QuickAddEdit()
        self.quick_edit.setObjectName("tasksQuickAdd")
        self.quick_edit.setPlaceholderText(
            self.tr("Add a task: “Call Novák tomorrow 14:00 !high #2026/0042”, then Enter")
        )
        self.quick_edit.setAccessibleName(self.tr("Quick add"))
        self.quick_edit.setClearButtonEnabled(True)
        self.quick_edit.addAction(icon("tasks"), QLineEdit.ActionPosition.LeadingPosition)
        self.quick_edit.textChanged.connect(lambda _t: self._update_preview())
        self.quick_edit.returnPressed.connect(self.quick_add)
        self.quick_edit.leaveDown.connect(self._focus_list)
        column.addWidget(self.quick_edit)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("tasksQuickPreview")
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.preview_label.setContentsMargins(4, 0, 0, 0)
        # A long line wraps rather than widening the whole window (and every language's
        # wording has its own length).
        self.preview_label.setWordWrap(True)
        column.addWidget(self.preview_label)
        self._update_preview()
        return column

    def _build_tree(self) -> None:
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.itemChanged.connect(self._on_item_changed)
        self.tree = _TasksTree()
        self.tree.setObjectName("tasksList")
        self.tree.setAccessibleName(self.tr("Tasks"))
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._on_double_click)
        self.tree.donePressed.connect(self.toggle_selected)
        self.tree.editPressed.connect(self.edit_current)
        self.tree.deletePressed.connect(self.delete_selected)
        self.tree.undoPressed.connect(self.undo_last)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title, matter and people share what is left, so a narrow window still shows
        # each task's title (fixed widths there left the title a few pixels).
        for name in ("title", "matter", "people"):
            header.setSectionResizeMode(COLUMNS.index(name), QHeaderView.ResizeMode.Stretch)
        # Groups stay open: their caption row opens the matter on a double-click instead.
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(14)
        # The branches and their indent go with the title; the done column stays narrow.
        self.tree.setTreePosition(COLUMNS.index("title"))
        for name, width in (("done", _CHECK_WIDTH), ("due", 140), ("priority", 80)):
            header.resizeSection(COLUMNS.index(name), width)
        self._set_headers()

    def _set_headers(self) -> None:
        due = self.tr("Done") if self.tab == "done" else self.tr("Due")
        for column, text in enumerate(
            ("", self.tr("Task"), due, self.tr("Priority"), self.tr("Matter"), self.tr("People"))
        ):
            self.model.setHeaderData(column, Qt.Orientation.Horizontal, text)
        self.model.setHeaderData(
            0, Qt.Orientation.Horizontal, self.tr("Done"), Qt.ItemDataRole.ToolTipRole
        )

    def tab_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "overdue": self.tr("Overdue"),
            "upcoming": self.tr("Upcoming"),
            "matter": self.tr("By matter"),
            "done": self.tr("Done"),
        }

    # --- loading -------------------------------------------------------------------------

    def _runner(self) -> TaskRunner | None:
        if self._tasks is None:
            tasks = getattr(self.window(), "tasks", None)
            if isinstance(tasks, TaskRunner):
                self._tasks = tasks
        return self._tasks

    def current_day(self) -> date:
        return self.today or date.today()

    def refresh(self, select: int | None = None) -> None:
        """Read the current tab and the counts again; ``select``'s row is selected after."""
        self._want = select if select is not None else self.current_task_id()
        self._generation += 1
        generation, tab, today = self._generation, self.tab, self.current_day()
        database = self._database
        self._loading = True
        if self.page is None:
            self.pages.setCurrentWidget(self.loading_label)
        runner = self._runner()
        if runner is None:
            try:
                page = load_page(database, tab, today)
            except Exception as exc:
                self._load_failed(generation, exc)
                return
            self._show_page(generation, page)
            return

        def work(_context: TaskContext) -> TasksPage:
            return load_page(database, tab, today)

        runner.run(
            work,
            lane=IO,
            on_success=lambda page: self._show_page(generation, page),
            on_failure=lambda exc: self._load_failed(generation, exc),
            description="load tasks",
        )

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if not isinstance(exc, KnownError):
            log.error("Loading the tasks failed", exc_info=exc)
        self.preview_label.setText(self.tr("The tasks could not be loaded."))

    def is_ready(self) -> bool:
        """True once the current tab's rows are shown (tests and screenshots wait for it)."""
        return self.page is not None and not self._loading and self.page.tab == self.tab

    def _show_page(self, generation: int, page: TasksPage) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self._loading = False
        self.page = page
        self.counts = page.counts
        self._matters = {number.casefold(): (i, number, title) for i, number, title in page.matters}
        self._update_tabs()
        self._fill(page)
        self._update_preview()
        if not page.rows:
            self.empty.set_text(*self._empty_texts(page.tab))
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.tree)
        want, self._want = self._want, None
        self.select_task(want if want is not None else page.rows[0].id)

    def _empty_texts(self, tab: str) -> tuple[str, str]:
        return {
            "today": (
                self.tr("Nothing due today"),
                self.tr("Tasks due today will be listed here."),
            ),
            "overdue": (
                self.tr("Nothing overdue"),
                self.tr("Every task is on time. Tasks past their due day show here, in red."),
            ),
            "upcoming": (
                self.tr("Nothing coming up"),
                self.tr("Tasks due after today will be listed here."),
            ),
            "matter": (
                self.tr("No open tasks"),
                self.tr("Open tasks will be listed here, grouped by the matter they belong to."),
            ),
            "done": (
                self.tr("Nothing done yet"),
                self.tr("Tasks you mark done are listed here and filed on the timeline."),
            ),
        }[tab]

    # --- the list ------------------------------------------------------------------------

    def _fill(self, page: TasksPage) -> None:
        self._filling = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            self._set_headers()
            root = self.model.invisibleRootItem()
            if page.groups is None:
                for task in page.rows:
                    root.appendRow(self._task_items(task, page.today))
            else:
                for group in page.groups:
                    root.appendRow(self._group_items(group))
                    parent = self.model.item(self.model.rowCount() - 1, 0)
                    for task in group.rows:
                        parent.appendRow(self._task_items(task, page.today))
        finally:
            self._filling = False
        grouped = page.groups is not None
        # Grouped, the group's caption already names the matter.
        header = self.tree.header()
        header.setSectionHidden(COLUMNS.index("matter"), grouped)
        if grouped:
            for row in range(self.model.rowCount()):
                self.tree.setFirstColumnSpanned(row, self.model.invisibleRootItem().index(), True)
            self.tree.expandAll()

    def _group_items(self, group: MatterTasks) -> list[QStandardItem]:
        text = f"{group.number} {group.title}" if group.matter_id else self.tr("No matter")
        count = self.tr("%n task(s)", "", len(group.rows))
        item = QStandardItem(f"{text}  ·  {count}")
        font = item.font()
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        item.setData(group.matter_id, _MATTER_ROLE)
        item.setSizeHint(QSize(-1, self._row_height() + 4))
        item.setEditable(False)
        if group.matter_id is not None:
            item.setToolTip(self.tr("Double-click to open the matter"))
        rest = [QStandardItem() for _ in COLUMNS[1:]]
        for cell in rest:
            cell.setEditable(False)
        return [item, *rest]

    def _row_height(self) -> int:
        # Roomier than the default: a checkbox to hit and accents (Č, Ž) to keep whole.
        return self.fontMetrics().height() + 10

    def due_text(self, task: TaskRow, today: date) -> str:
        if self.tab == "done":
            if task.done_at is None:
                return ""
            return self.day_text(task.done_at.astimezone().date(), today)
        if task.due_on is None:
            return ""
        text = self.day_text(task.due_on, today)
        if task.due_time is not None:
            text = f"{text} {self.clock_text(task.due_time)}"
        return text

    def clock_text(self, value: time) -> str:
        locale = self.locale()
        return locale.toString(
            QTime(value.hour, value.minute), locale.timeFormat(locale.FormatType.ShortFormat)
        )

    def day_text(self, day: date, today: date) -> str:
        if day == today:
            return self.tr("Today")
        if day == today + timedelta(days=1):
            return self.tr("Tomorrow")
        if day == today - timedelta(days=1):
            return self.tr("Yesterday")
        shown = dates.short_date(self.locale(), day, today)
        if abs((day - today).days) < 7:
            # Within a week the weekday is what people go by.
            weekday = self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)
            return f"{weekday} {shown}"
        return shown

    def _task_items(self, task: TaskRow, today: date) -> list[QStandardItem]:
        from smallcrm.gui.dialogs.task_dialog import rule_text

        done = QStandardItem()
        done.setCheckable(True)
        done.setCheckState(
            Qt.CheckState.Checked if task.status != "open" else Qt.CheckState.Unchecked
        )
        done.setToolTip(
            self.tr("Reopen") if task.status != "open" else self.tr("Mark done (Space)")
        )
        done.setAccessibleText(self.tr("Done") if task.status != "open" else self.tr("Open"))
        title = QStandardItem(task.title)
        tip = [task.title]
        if task.notes:
            tip.append(task.notes)
        if task.assignee:
            tip.append(self.tr("Assignee: {name}").format(name=task.assignee))
        if task.status == "cancelled":
            font = title.font()
            font.setStrikeOut(True)
            title.setFont(font)
            tip.append(self.tr("Cancelled"))
        title.setToolTip("\n".join(tip))
        due = QStandardItem(self.due_text(task, today))
        if task.rrule:
            due.setText(f"{due.text()}  ↻")
            due.setToolTip(self.tr("Repeats: {rule}").format(rule=rule_text(task.rrule)))
        if task.overdue(today):
            due.setForeground(error_color(self))
            due.setToolTip("\n".join(t for t in (self.tr("Overdue"), due.toolTip()) if t))
        priority = QStandardItem(
            {1: self.tr("High"), 0: "", -1: self.tr("Low")}.get(task.priority, "")
        )
        if task.priority > 0:
            font = priority.font()
            font.setWeight(QFont.Weight.DemiBold)
            priority.setFont(font)
        elif task.priority < 0:
            priority.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        matter = QStandardItem(
            f"{task.matter_number or ''} {task.matter_title or ''}".strip()
            if task.matter_id is not None
            else ""
        )
        names = [name for _id, name in (*task.people, *task.organizations)]
        people = QStandardItem(", ".join(names))
        people.setToolTip("\n".join(names))
        done.setSizeHint(QSize(-1, self._row_height()))
        items = [done, title, due, priority, matter, people]
        for item in items:
            item.setData(task.id, _ID_ROLE)
            item.setEditable(False)
        return items

    def shown_titles(self) -> list[str]:
        """The task titles in list order (tests read it)."""
        out = []
        for row in range(self.model.rowCount()):
            if self.page is not None and self.page.groups is not None:
                parent = self.model.item(row, 0)
                out += [parent.child(r, 1).text() for r in range(parent.rowCount())]
            else:
                out.append(self.model.item(row, 1).text())
        return out

    def _task_index(self, task_id: int) -> Any:
        found = self.model.match(
            self.model.index(0, 0), _ID_ROLE, task_id, 1, Qt.MatchFlag.MatchRecursive
        )
        return found[0] if found else None

    def select_task(self, task_id: int) -> bool:
        index = self._task_index(task_id)
        if index is None:
            first = self.model.index(0, 0)
            if self.page is not None and self.page.groups is not None:
                first = self.model.index(0, 0, first)
            if not first.isValid():
                return False
            index = first
        flags = self.tree.selectionModel().SelectionFlag
        self.tree.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.tree.scrollTo(index)
        return index.data(_ID_ROLE) == task_id

    def current_task_id(self) -> int | None:
        index = self.tree.currentIndex()
        value = index.data(_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def selected_ids(self) -> list[int]:
        ids = []
        for index in self.tree.selectionModel().selectedRows():
            value = index.data(_ID_ROLE)
            if value is not None and int(value) not in ids:
                ids.append(int(value))
        current = self.current_task_id()
        if not ids and current is not None:
            ids = [current]
        return ids

    def task_row(self, task_id: int) -> TaskRow | None:
        if self.page is None:
            return None
        return next((r for r in self.page.rows if r.id == task_id), None)

    def _focus_list(self) -> None:
        if self.pages.currentWidget() is self.tree:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- tabs ----------------------------------------------------------------------------

    def _update_tabs(self) -> None:
        titles = self.tab_titles()
        counts = dict(self.counts)
        counts["matter"] = counts.get("all_open", 0)
        for number, tab in enumerate(TABS):
            count = counts.get(tab)
            text = titles[tab]
            # Done only grows; a count there says nothing worth the noise.
            if count and tab != "done":
                text = f"{text} ({self.locale().toString(count)})"
            self.tab_bar.setTabText(number, text)
            self.tab_bar.setTabToolTip(number, self.tr("Ctrl+PgUp / Ctrl+PgDown to switch lists"))
        late = counts.get("overdue", 0) > 0
        self.tab_bar.setTabTextColor(
            TABS.index("overdue"),
            error_color(self) if late else self.palette().color(QPalette.ColorRole.WindowText),
        )

    def set_tab(self, tab: str) -> None:
        """Show one list: "today", "overdue", "upcoming", "matter" or "done"."""
        if tab not in TABS:
            raise ValueError(f"unknown tab {tab!r}; valid: {', '.join(TABS)}")
        self.tab_bar.setCurrentIndex(TABS.index(tab))

    def _on_tab(self, index: int) -> None:
        if not 0 <= index < len(TABS) or TABS[index] == self.tab:
            return
        self.tab = TABS[index]
        self._set_headers()
        self.refresh(select=-1)  # no task has id -1: the new list starts at its top

    def _step_tab(self, step: int) -> None:
        self.tab_bar.setCurrentIndex((self.tab_bar.currentIndex() + step) % len(TABS))

    # --- quick add -----------------------------------------------------------------------

    def _lookup_matter(self, number: str) -> int | None:
        found = self._matters.get(number.casefold())
        return found[0] if found else None

    def _lookup_person(self, text: str) -> int | None:
        """The person "@text" names: the first match by folded name (one indexed read)."""
        key = text.casefold()
        if key not in self._people_found:
            from smallcrm.core.services.contacts import key_of, list_rows, search_refs

            with self._database.session_scope() as session:
                refs = [r for r in search_refs(session, text, limit=5) if r.kind == "person"]
                rows = list_rows(session, [key_of(r) for r in refs[:1]], None)
            self._people_found[key] = (refs[0].id, rows[0].name) if refs else None
        found = self._people_found[key]
        return found[0] if found else None

    def parsed(self) -> TaskInput:
        from smallcrm.core.services.tasks import parse_quick_add

        return parse_quick_add(
            self.quick_edit.text(), self.current_day(), self._lookup_matter, self._lookup_person
        )

    def _update_preview(self) -> None:
        text = self.quick_edit.text().strip()
        if not text:
            self.preview_label.setText(
                self.tr(
                    "Understood: today, tomorrow, weekdays, 15.3., 14:00, !high, !low, "
                    "#matter number, @name"
                )
            )
            return
        data = self.parsed()
        today = self.current_day()
        parts = [f"“{data.title}”" if data.title else self.tr("(no title yet)")]
        if data.due_on is not None:
            due = self.day_text(data.due_on, today)
            if data.due_time is not None:
                due += " " + self.clock_text(data.due_time)
            parts.append(due)
        else:
            parts.append(self.tr("No due date"))
        if data.priority:
            parts.append(self.tr("High priority") if data.priority > 0 else self.tr("Low priority"))
        names = {v[0]: v[1] for v in self._people_found.values() if v is not None}
        if data.people:
            parts.append(
                self.tr("with {people}").format(
                    people=", ".join(names.get(p, "?") for p in data.people)
                )
            )
        if data.matter_id is not None:
            number, title = next(
                (n, t) for i, n, t in self._matters.values() if i == data.matter_id
            )
            parts.append(f"{number} {title}")
        else:
            unknown = next((w for w in data.title.split() if len(w) > 1 and w[0] == "#"), None)
            if unknown is not None:
                # Said out loud: a mistyped number would otherwise just sit in the title.
                parts.append(self.tr("no matter numbered {number}").format(number=unknown[1:]))
        self.preview_label.setText(self.tr("Enter adds: {task}").format(task=" · ".join(parts)))

    def quick_add(self) -> None:
        """Add the task typed in the quick-add line (Enter)."""
        if self._adding:
            return  # Enter pressed twice while the first add is still being written
        data = self.parsed()
        if not data.title:
            self.preview_label.setText(self.tr("Type what is to be done first."))
            return
        database = self._database
        self._adding = True

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services import tasks

            with database.session_scope() as session:
                return tasks.create_task(session, data)

        def done(task_id: int) -> None:
            self._adding = False
            self.quick_edit.clear()
            self._undo_stack.append(("add", task_id))
            self._show_notice(self.tr("Added “{title}”.").format(title=data.title))
            self._show_where(task_id, data.due_on)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self._adding = False
            self._write_failed(exc)

        self._run_db(work, done, "quick add task", failed)

    def _show_where(self, task_id: int, due_on: date | None) -> None:
        """Refresh onto a tab that shows the task: the current one if it does."""
        today = self.current_day()
        if due_on is None:
            fits = "matter"
        elif due_on < today:
            fits = "overdue"
        elif due_on == today:
            fits = "today"
        else:
            fits = "upcoming"
        if self.tab not in (fits, "matter"):
            self.tab_bar.blockSignals(True)
            self.set_tab(fits)
            self.tab_bar.blockSignals(False)
            self.tab = fits
        self.refresh(task_id)

    # --- marking done --------------------------------------------------------------------

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._filling or item.column() != 0 or item.data(_ID_ROLE) is None:
            return
        task_id = int(item.data(_ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self.mark_done([task_id])
        else:
            self.reopen([task_id])

    def toggle_selected(self) -> None:
        """Space: mark the selected open tasks done (or reopen done ones)."""
        ids = self.selected_ids()
        rows = [self.task_row(i) for i in ids]
        open_ids = [r.id for r in rows if r is not None and r.status == "open"]
        if open_ids:
            self.mark_done(open_ids)
        elif ids:
            self.reopen(ids)

    def mark_done(self, ids: list[int]) -> None:
        """Mark tasks done: each lands on its timeline, a repeating one gets its next."""
        if not ids:
            return
        database = self._database

        def work(_context: TaskContext | None) -> list[Completion]:
            from smallcrm.core.services import tasks

            with database.session_scope() as session:
                return [tasks.mark_done(session, task_id) for task_id in ids]

        def done(completions: list[Completion]) -> None:
            self._undo_stack.append(("done", completions))
            row = self.task_row(ids[0])
            if len(ids) == 1 and row is not None:
                text = self.tr("Marked “{title}” done.").format(title=row.title)
            else:
                text = self.tr("Marked %n task(s) done.", "", len(ids))
            if any(c.next_task_id for c in completions):
                text += " " + self.tr("The next one is on the list.")
            self._show_notice(text)
            self.refresh(self._neighbour(ids))
            self.changed.emit()

        self._run_db(work, done, "mark tasks done")

    def reopen(self, ids: list[int]) -> None:
        database = self._database

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services import tasks

            with database.session_scope() as session:
                for task_id in ids:
                    tasks.set_task_status(session, task_id, "open")
            return len(ids)

        def done(count: int) -> None:
            self._show_notice(self.tr("Reopened %n task(s).", "", count), undo=False)
            self.refresh(self._neighbour(ids))
            self.changed.emit()

        self._run_db(work, done, "reopen tasks")

    def _neighbour(self, ids: list[int]) -> int | None:
        """The task to select once ``ids`` left the list: the next one, else the one before."""
        if self.page is None:
            return None
        order = [r.id for r in self.page.rows]
        positions = [order.index(i) for i in ids if i in order]
        if not positions:
            return None
        rest = [i for i in order if i not in ids]
        after = [i for i in order[max(positions) + 1 :] if i not in ids]
        if after:
            return after[0]
        return rest[-1] if rest else None

    # --- editing and trash ---------------------------------------------------------------

    def _on_double_click(self, index: Any) -> None:
        matter_id = index.siblingAtColumn(0).data(_MATTER_ROLE)
        if index.data(_ID_ROLE) is None and matter_id is not None:
            self._open_record("matter", int(matter_id))
            return
        if index.data(_ID_ROLE) is not None:
            self.edit_task(int(index.data(_ID_ROLE)))

    def edit_current(self) -> None:
        task_id = self.current_task_id()
        if task_id is not None:
            self.edit_task(task_id)
            return
        matter_id = self.tree.currentIndex().siblingAtColumn(0).data(_MATTER_ROLE)
        if matter_id is not None:
            self._open_record("matter", int(matter_id))

    def new_task(self, matter_id: int | None = None) -> Any:
        """The full task form for a new task; returns the dialog."""
        return self._open_dialog(None, matter_id)

    def edit_task(self, task_id: int) -> Any:
        return self._open_dialog(task_id, None)

    def _open_dialog(self, task_id: int | None, matter_id: int | None) -> Any:
        from smallcrm.gui.dialogs.task_dialog import TaskDialog

        if self.dialog is not None:
            self.dialog.close()
        try:
            dialog = TaskDialog(
                self._database,
                task_id,
                tasks=self._runner(),
                matter_id=matter_id,
                today=self.current_day(),
                parent=self.window(),
            )
        except KnownError as exc:  # the task went meanwhile (done and trashed elsewhere)
            self._show_notice(str(exc), undo=False)
            self.refresh()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.destroyed.connect(lambda: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _on_saved(self, task_id: int) -> None:
        self.refresh(task_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        self.trash(self.selected_ids())

    def trash(self, ids: list[int]) -> None:
        """Move tasks to the trash; Undo (or Ctrl+Z) brings them back."""
        if not ids:
            return
        database = self._database

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services import tasks

            with database.session_scope() as session:
                for task_id in ids:
                    tasks.delete_task(session, task_id)
            return len(ids)

        def done(count: int) -> None:
            self._undo_stack.append(("trash", list(ids)))
            self._show_notice(self.tr("Moved %n task(s) to the trash.", "", count))
            self.refresh(self._neighbour(ids))
            self.changed.emit()

        self._run_db(work, done, "move tasks to trash")

    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    def undo_last(self) -> bool:
        """Take back the last add, done or trash; False if there is nothing to undo."""
        if not self._undo_stack:
            return False
        what, detail = self._undo_stack.pop()
        database = self._database

        def work(_context: TaskContext | None) -> int | None:
            from smallcrm.core.services import tasks

            with database.session_scope() as session:
                if what == "add":
                    tasks.delete_task(session, detail)
                    return None
                if what == "done":
                    for completion in detail:
                        tasks.undo_done(session, completion)
                    return int(detail[0].task_id)
                for task_id in detail:
                    tasks.restore_task(session, task_id)
                return int(detail[0])

        def done(select: int | None) -> None:
            self.notice.hide()
            texts = {
                "add": self.tr("The task was removed again."),
                "done": self.tr("Open again; taken off the timeline."),
                "trash": self.tr("Restored from the trash."),
            }
            self._status(texts[what])
            self.refresh(select)
            self.changed.emit()

        self._run_db(work, done, "undo task change")
        return True

    # --- records -------------------------------------------------------------------------

    def _open_record(self, kind: str, record_id: int) -> None:
        self.openRecord.emit(kind, record_id)
        self.recordRequested.emit(record_id if kind == "matter" else Ref(kind, record_id))

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def context_menu(self, index: Any) -> QMenu | None:
        """The menu for a row: edit, done, trash, and the records it belongs to."""
        task_id = index.data(_ID_ROLE) if index.isValid() else None
        menu = QMenu(self)
        if task_id is None:
            matter_id = index.siblingAtColumn(0).data(_MATTER_ROLE) if index.isValid() else None
            if matter_id is None:
                return None
            menu.addAction(
                self.tr("Open the matter"), lambda: self._open_record("matter", int(matter_id))
            )
            return menu
        row = self.task_row(int(task_id))
        if row is None:
            return None
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_task(row.id))
        if row.status == "open":
            menu.addAction(self.tr("Mark &done"), lambda: self.mark_done([row.id]))
        else:
            menu.addAction(self.tr("&Reopen"), lambda: self.reopen([row.id]))
        menu.addSeparator()
        if row.matter_id is not None:
            menu.addAction(
                self.tr("Open matter {number}").format(number=row.matter_number or ""),
                lambda: self._open_record("matter", int(row.matter_id or 0)),
            )
        for kind, links in (("person", row.people), ("organization", row.organizations)):
            for record_id, name in links:
                menu.addAction(
                    self.tr("Open {name}").format(name=name),
                    lambda kind=kind, record_id=record_id: self._open_record(kind, record_id),
                )
        menu.addSeparator()
        menu.addAction(self.tr("Move to &trash"), lambda: self.trash([row.id]))
        return menu

    # --- helpers -------------------------------------------------------------------------

    def _run_db(
        self,
        fn: Callable[[TaskContext | None], Any],
        on_success: Callable[[Any], None],
        what: str,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A write on the database lane, or at once without a runner."""
        failed = on_failure or self._write_failed
        runner = self._runner()
        if runner is None:
            try:
                result = fn(None)
            except Exception as exc:
                failed(exc)
                return
            on_success(result)
            return
        runner.run(fn, lane=DB, on_success=on_success, on_failure=failed, description=what)

    def _write_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            log.error("A change to the tasks failed", exc_info=exc)
            text = self.tr("That did not work; the details are in the log.")
        else:
            text = self.tr("That did not work: {reason}").format(reason=exc)
        self._show_notice(text, undo=False)
        self.refresh()  # a checkbox ticked in vain shows its real state again

    def _status_bar(self) -> Any:
        window = self.window()
        return window.statusBar() if isinstance(window, QMainWindow) else None

    def _status(self, text: str) -> None:
        bar = self._status_bar()
        if bar is not None:
            bar.showMessage(text, 5000)

    def _show_notice(self, text: str, undo: bool = True) -> None:
        bar = self._status_bar()
        if bar is not None and self.notice.parent() is not bar:
            bar.addWidget(self.notice, 1)
        if bar is not None:
            bar.clearMessage()
        self.notice.label.setText(text)
        self.notice.undo_button.setVisible(undo)
        self.notice.show()
        self._notice_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # What the tab bar and the buttons leave unhandled comes here.
        if step := tab_step(event):
            self._step_tab(step)
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.page is not None:
            self.refresh()  # back from another page: tasks may be done or due meanwhile


__all__ = ["TABS", "TasksPage", "TasksView", "load_page"]
