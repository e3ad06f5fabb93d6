"""The Matters page: filters, a paged list or the pipeline board, and the matter page."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.matters import MatterQuery, StageInfo, TypeInfo
from smallcrm.gui.matter_texts import MatterTexts
from smallcrm.gui.models.matters_model import MattersTableModel
from smallcrm.gui.models.messages_model import MESSAGE_IDS_MIME, ids_from_mime
from smallcrm.gui.tasks import DB, IO, TaskContext, TaskRunner
from smallcrm.gui.views.contacts import FILTER_DELAY_MS, NOTICE_MS, _FilterEdit, _UndoNotice
from smallcrm.gui.views.matter_page import MatterPage
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon
from smallcrm.gui.widgets.pipeline_board import BoardStage, PipelineBoard

log = logging.getLogger(__name__)

# The phase filter: its key, and how it narrows the query.
_PHASES = ("", "open", "intake", "engaged", "closed", "declined")


def load_board(
    database: Database, query: MatterQuery
) -> tuple[list[StageInfo], dict[int, tuple[int, list[Any]]]]:
    """The board's stages and, per stage, its count and cards; runs on the read lane."""
    from smallcrm.core.services import matters

    with database.session_scope() as session:
        return matters.stages(session), matters.board(session, query)


class _MattersTable(QTableView):
    """Delete trashes, Enter opens, F2 edits; Ctrl+Z undoes when no window menu took it."""

    deletePressed = Signal()
    openPressed = Signal()
    editPressed = Signal()
    undoPressed = Signal()
    messagesDropped = Signal(list, int)  # message ids dragged from a mail list, the row

    # Messages dropped on a row are filed on that matter; other drops are not taken.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(MESSAGE_IDS_MIME):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(MESSAGE_IDS_MIME):
            if self.indexAt(event.position().toPoint()).isValid():
                event.setDropAction(Qt.DropAction.LinkAction)
                event.accept()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(MESSAGE_IDS_MIME):
            index = self.indexAt(event.position().toPoint())
            ids = ids_from_mime(event.mimeData())
            if index.isValid() and ids:
                event.setDropAction(Qt.DropAction.LinkAction)
                event.accept()
                self.messagesDropped.emit(ids, index.row())
            else:
                event.ignore()
            return
        super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.deletePressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openPressed.emit()
            return
        if event.key() == Qt.Key.Key_F2:
            self.editPressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoPressed.emit()
            return
        super().keyPressEvent(event)


class MattersView(QWidget):
    """Matters as a list (paged, like the contacts) or as the pipeline board.

    The ids and the board load on the main window's task runner (its read lane), writes
    go to its database lane; without a runner, as in unit tests, everything runs at once.
    """

    changed = Signal()  # a matter was created, edited, moved or trashed
    contactRequested = Signal(int)  # a party's list key, to show on the contacts page

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self.texts = MatterTexts(self)
        self.mode = "list"
        self.stages: list[StageInfo] = []
        self.types: list[TypeInfo] = []
        self.form_dialog: Any = None
        self.settings_dialog: Any = None
        self.board_loaded = False
        self._board_generation = 0
        self._want: int | None = None  # the matter to select once the ids are loaded
        self._undo_stack: list[list[int]] = []  # trashed matter ids, newest last

        self.model = MattersTableModel(database, self)
        self.model.keysLoaded.connect(self._on_keys_loaded)
        self.model.loadFailed.connect(self._on_load_failed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack.addWidget(self.list_page)
        layout.addLayout(self._build_bar())
        layout.addLayout(self._build_filters())
        self._build_table()
        self.board = PipelineBoard()
        self.board.moveRequested.connect(self.move_matter)
        self.board.openRequested.connect(self.open_matter)

        self.empty = EmptyState(
            "matters",
            self.tr("No matters yet"),
            self.tr(
                "Open a matter for each case or engagement: its parties, timeline, tasks "
                "and documents stay together."
            ),
            self.tr("New matter: Ctrl+Shift+N"),
        )
        self.no_match = EmptyState(
            "search", self.tr("No matching matters"), self.tr("Try other filters or fewer words.")
        )
        self.loading_label = QLabel(self.tr("Loading matters…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget()
        for page in (self.loading_label, self.table, self.board, self.empty, self.no_match):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)

        self.notice = _UndoNotice()
        self.notice.setObjectName("mattersNotice")
        self.notice.undo_button.clicked.connect(self.undo_last)
        layout.addWidget(self.notice)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

        self.matter_page = MatterPage(database, tasks)
        self.matter_page.setObjectName("matterPage")
        self.matter_page.backRequested.connect(self.show_list)
        self.matter_page.changed.connect(self._on_page_changed)
        self.matter_page.editRequested.connect(self.edit_matter)
        self.matter_page.trashRequested.connect(lambda matter_id: self.trash([matter_id]))
        self.matter_page.contactRequested.connect(self.contactRequested)
        self.stack.addWidget(self.matter_page)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.leaveDown.connect(self._focus_results)

        toggle = QShortcut(QKeySequence("Ctrl+Shift+B"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(lambda: self.set_mode("board" if self.mode == "list" else "list"))
        self.setFocusProxy(self.filter_edit)
        self.reload_choices()
        for box in (self.phase_combo, self.stage_combo, self.type_combo, self.responsible_combo):
            box.currentIndexChanged.connect(self.apply_filter)
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
        self.title_label = QLabel(self.tr("Matters"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        bar.addWidget(self.title_label)
        bar.addSpacing(8)
        self.filter_edit = _FilterEdit()
        self.filter_edit.setObjectName("mattersFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by number, title or party"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.setMaximumWidth(360)
        self.filter_edit.setMinimumWidth(200)
        bar.addWidget(self.filter_edit, 1)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("mattersCount")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar.addWidget(self.count_label)

        self.list_button = QToolButton()
        self.list_button.setObjectName("mattersListMode")
        self.list_button.setText(self.tr("List"))
        self.board_button = QToolButton()
        self.board_button.setObjectName("mattersBoardMode")
        self.board_button.setText(self.tr("Board"))
        self._mode_group = QButtonGroup(self)
        self._mode_group.setExclusive(True)
        for button, mode in ((self.list_button, "list"), (self.board_button, "board")):
            button.setCheckable(True)
            button.setToolTip(self.tr("Switch between the list and the board (Ctrl+Shift+B)"))
            button.clicked.connect(lambda _checked=False, mode=mode: self.set_mode(mode))
            self._mode_group.addButton(button)
            bar.addWidget(button)
        self.list_button.setChecked(True)

        self.stages_button = QToolButton()
        self.stages_button.setObjectName("mattersStages")
        self.stages_button.setText(self.tr("Stages and types…"))
        self.stages_button.setToolTip(
            self.tr("Edit the pipeline's stages, the matter types and the number pattern")
        )
        self.stages_button.clicked.connect(self.edit_stages)
        bar.addWidget(self.stages_button)
        self.new_button = QPushButton(self.tr("New matter"))
        self.new_button.setObjectName("mattersNew")
        self.new_button.setToolTip(self.tr("Open a new matter (Ctrl+Shift+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_matter)
        bar.addWidget(self.new_button)
        return bar

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 16, 10)
        row.setSpacing(8)

        def combo(name: str, accessible: str, tip: str) -> QComboBox:
            box = QComboBox()
            box.setObjectName(name)
            box.setAccessibleName(accessible)
            box.setToolTip(tip)
            box.setMinimumContentsLength(12)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            row.addWidget(box)
            return box

        self.phase_combo = combo(
            "mattersPhase", self.tr("Phase"), self.tr("Open matters, or one phase")
        )
        for key, text in zip(
            _PHASES,
            (
                self.tr("All matters"),
                self.tr("Open matters"),
                self.tr("Intake"),
                self.tr("Engaged"),
                self.tr("Closed"),
                self.tr("Declined"),
            ),
            strict=True,
        ):
            self.phase_combo.addItem(text, key)
        self.stage_combo = combo(
            "mattersStage", self.tr("Stage"), self.tr("Show only matters in this stage")
        )
        self.type_combo = combo(
            "mattersType", self.tr("Type"), self.tr("Show only matters of this type")
        )
        self.responsible_combo = combo(
            "mattersResponsible",
            self.tr("Responsible"),
            self.tr("Show only the matters this person answers for"),
        )
        row.addStretch(1)
        return row

    def _build_table(self) -> None:
        self.table = _MattersTable()
        self.table.setObjectName("mattersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights keep the paging: the view never asks for every row's size.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # number, title (stretches), client, type, stage, responsible, opened
        for column, width in enumerate((95, 260, 190, 110, 115, 130, 95)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.deletePressed.connect(self.delete_selected)
        self.table.openPressed.connect(self.open_current)
        self.table.editPressed.connect(self._edit_current)
        self.table.undoPressed.connect(self.undo_last)
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.messagesDropped.connect(
            lambda ids, row: self.file_messages(ids, self.model.matter_id(row))
        )

    # --- choices for the filters ---------------------------------------------------------

    def reload_choices(self) -> None:
        """Re-read stages, types and responsibles (small tables) for filters and names."""
        from smallcrm.core.services import matters

        with self._database.session_scope() as session:
            self.stages = matters.stages(session, include_archived=True)
            self.types = matters.matter_types(session, include_archived=True)
            people = matters.responsibles(session)
        self.model.set_names(
            {s.id: (self.texts.stage_name(s), s.phase) for s in self.stages},
            {t.id: self.texts.type_name(t) for t in self.types},
        )
        for box, first, entries in (
            (
                self.stage_combo,
                self.tr("All stages"),
                [(self.texts.stage_name(s), s.id) for s in self.stages if not s.archived],
            ),
            (
                self.type_combo,
                self.tr("All types"),
                [(self.texts.type_name(t), t.id) for t in self.types if not t.archived],
            ),
            (self.responsible_combo, self.tr("Anyone responsible"), [(p, p) for p in people]),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(first, None)
            for text, data in entries:
                box.addItem(text, data)
            found = box.findData(chosen) if chosen is not None else 0
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)
        self.responsible_combo.setVisible(bool(people))

    # --- loading -------------------------------------------------------------------------

    def _runner(self) -> TaskRunner | None:
        if self._tasks is None:
            tasks = getattr(self.window(), "tasks", None)
            if isinstance(tasks, TaskRunner):
                self._tasks = tasks
        return self._tasks

    def query(self) -> MatterQuery:
        phase = str(self.phase_combo.currentData() or "")
        return MatterQuery(
            text=self.filter_edit.text(),
            stage_id=self.stage_combo.currentData(),
            type_id=self.type_combo.currentData(),
            phase=phase if phase not in ("", "open") else None,
            open_only=phase == "open",
            responsible=self.responsible_combo.currentData(),
        )

    def refresh(self, select: int | None = None) -> None:
        """Reload the list (and the board when it shows) for the current filters.

        The row of ``select`` (else of the current matter) is selected after the reload.
        """
        self._want = select if select is not None else self.current_matter_id()
        self.model.runner = self._runner()
        query = self.query()
        if query == self.model.query:
            self.model.reload()
        else:
            self.model.set_query(query)
        if self.mode == "board":
            self.load_board()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.runner = self._runner()
        self.model.set_query(self.query())
        if self.mode == "board":
            self.load_board()

    def load_board(self) -> None:
        """Read the board for the current filters on the read lane; ``set_board`` follows."""
        self._board_generation += 1
        generation = self._board_generation
        database, query = self._database, self.query()
        runner = self._runner()
        if runner is None:
            self._show_board(generation, load_board(database, query))
            return

        def work(_context: TaskContext) -> Any:
            return load_board(database, query)

        runner.run(
            work,
            lane=IO,
            on_success=lambda result: self._show_board(generation, result),
            on_failure=lambda exc: self._on_load_failed(str(exc)),
            description="load pipeline board",
        )

    def _show_board(self, generation: int, result: Any) -> None:
        if generation != self._board_generation:
            return
        stages, columns = result
        self.board.set_board(
            [
                BoardStage(
                    s.id,
                    self.texts.stage_name(s),
                    s.phase,
                    columns.get(s.id, (0, []))[0],
                    columns.get(s.id, (0, []))[1],
                )
                for s in stages
            ]
        )
        self.board_loaded = True
        self._update_chrome()

    def _on_keys_loaded(self) -> None:
        want, self._want = self._want, None
        self._update_chrome()
        if self.model.rowCount() == 0:
            return
        row = self.model.row_of(want) if want is not None else -1
        self.select_row(max(row, 0))

    def _on_load_failed(self, message: str) -> None:
        log.warning("Loading the matters failed: %s", message)
        self.count_label.setText(self.tr("Could not load the matters."))

    def _update_chrome(self) -> None:
        if not self.model.loaded:
            self.pages.setCurrentWidget(self.loading_label)
            return
        shown = self.model.rowCount()
        total = self.model.total_count()
        if self.model.is_filtered():
            self.count_label.setText(
                self.tr("{shown} of {total} matters").format(
                    shown=self.locale().toString(shown), total=self.locale().toString(total)
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln matters", "", shown))
        if total == 0:
            self.pages.setCurrentWidget(self.empty)
        elif self.mode == "board":
            self.pages.setCurrentWidget(self.board if self.board_loaded else self.loading_label)
        elif shown == 0:
            self.pages.setCurrentWidget(self.no_match)
        else:
            self.pages.setCurrentWidget(self.table)
        for widget in (
            self.filter_edit,
            self.phase_combo,
            self.stage_combo,
            self.type_combo,
            self.responsible_combo,
        ):
            widget.setEnabled(total > 0)

    def is_ready(self) -> bool:
        """True once the ids (and the board, when it shows) are loaded; screenshots wait."""
        ready = self.model.loaded and not self.model.loading
        if self.mode == "board":
            ready = ready and self.board_loaded
        return ready and (self.model.rowCount() == 0 or bool(self.model.cached_blocks))

    def set_mode(self, mode: str) -> None:
        """Show the list ("list") or the pipeline board ("board")."""
        if mode not in ("list", "board"):
            raise ValueError(f"unknown mode {mode!r}")
        (self.list_button if mode == "list" else self.board_button).setChecked(True)
        if mode == self.mode:
            return
        self.mode = mode
        if mode == "board":
            self.board_loaded = False
            self.load_board()
        self._update_chrome()
        self._focus_results()

    # --- selection -----------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = self.table.selectionModel().SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def current_matter_id(self) -> int | None:
        if self.mode == "board" and self.board.current_matter() is not None:
            return self.board.current_matter()
        index = self.table.currentIndex()
        return self.model.matter_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        if self.mode == "board":
            current = self.board.current_matter()
            return [current] if current is not None else []
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.matter_id(r) for r in rows]

    def _focus_results(self) -> None:
        if self.mode == "board":
            if self.board.columns:
                column = next((c for c in self.board.columns if c.cards.matter_ids()), None)
                (column or self.board.columns[0]).cards.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.select_row(0)

    # --- opening -------------------------------------------------------------------------

    def open_current(self) -> None:
        matter_id = self.current_matter_id()
        if matter_id is not None:
            self.open_matter(matter_id)

    def open_matter(self, matter_id: int) -> bool:
        """Show the matter's page; False if it is gone."""
        if not self.matter_page.show_matter(matter_id):
            self._status(self.tr("That matter is no longer there."))
            self.refresh()
            return False
        self.stack.setCurrentWidget(self.matter_page)
        self.matter_page.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_list(self) -> None:
        shown = self.matter_page.matter_id
        self.stack.setCurrentWidget(self.list_page)
        if shown is not None and self.mode == "list":
            row = self.model.row_of(shown)
            if row >= 0:
                self.select_row(row)
        elif shown is not None:
            self.board.select_matter(shown)
        self._focus_results()

    def _on_page_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # --- forms ---------------------------------------------------------------------------

    def new_matter(self) -> Any:
        """Open the form for a new matter; returns the dialog."""
        return self._open_form(None)

    def edit_matter(self, matter_id: int) -> Any:
        return self._open_form(matter_id)

    def _edit_current(self) -> None:
        matter_id = self.current_matter_id()
        if matter_id is not None:
            self.edit_matter(matter_id)

    def _open_form(self, matter_id: int | None) -> Any:
        from smallcrm.gui.widgets.matter_form import MatterFormDialog

        if self.form_dialog is not None:
            self.form_dialog.close()
        dialog = MatterFormDialog(
            self._database, matter_id, tasks=self._runner(), parent=self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved_id: self._on_saved(saved_id, matter_id is None))
        dialog.destroyed.connect(lambda: self._forget(dialog))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: Any) -> None:
        if self.form_dialog is dialog:
            self.form_dialog = None

    def _on_saved(self, matter_id: int, created: bool) -> None:
        self.reload_choices()
        if created:
            # A new matter shows in full, where its parties and tasks are added next.
            self.clear_filters()
            self.open_matter(matter_id)
        elif self.stack.currentWidget() is self.matter_page:
            self.matter_page.reload()
        self.refresh(matter_id)
        self.changed.emit()

    def clear_filters(self) -> None:
        for widget in (
            self.filter_edit,
            self.phase_combo,
            self.stage_combo,
            self.type_combo,
            self.responsible_combo,
        ):
            widget.blockSignals(True)
        self.filter_edit.clear()
        for box in (self.phase_combo, self.stage_combo, self.type_combo, self.responsible_combo):
            box.setCurrentIndex(0)
        for widget in (
            self.filter_edit,
            self.phase_combo,
            self.stage_combo,
            self.type_combo,
            self.responsible_combo,
        ):
            widget.blockSignals(False)
        self._filter_timer.stop()

    def edit_stages(self) -> Any:
        """The stages, types and number pattern, in a dialog of their own."""
        from smallcrm.gui.dialogs.matter_settings_dialog import MatterSettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.close()
        dialog = MatterSettingsDialog(self._database, tasks=self._runner(), parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._on_settings_changed)
        dialog.destroyed.connect(lambda: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_changed(self) -> None:
        self.reload_choices()  # new names show in the rows at once
        self.refresh()
        if self.mode != "board":
            self.board_loaded = False
        if self.stack.currentWidget() is self.matter_page:
            self.matter_page.reload()

    # --- moving on the board -------------------------------------------------------------

    def move_matter(self, matter_id: int, stage_id: int) -> None:
        """Put the matter in the stage (the move lands on its timeline), then reload."""
        from smallcrm.core.services import matters

        database = self._database

        def work(_context: TaskContext | None) -> int | None:
            with database.session_scope() as session:
                return matters.move_stage(session, matter_id, stage_id)

        def done(_activity: int | None) -> None:
            name = next((self.texts.stage_name(s) for s in self.stages if s.id == stage_id), "")
            self._status(self.tr("Moved to {stage}.").format(stage=name))
            self.refresh(matter_id)  # the board too, when it shows
            if self.stack.currentWidget() is self.matter_page:
                self.matter_page.reload()
            self.changed.emit()

        self._run_db(work, done, "move matter to stage")

    def file_messages(self, message_ids: list[int], matter_id: int) -> None:
        """File mail (dragged from a mail list) on the matter, then say so."""
        from smallcrm.core.services.mail_messages import file_message

        database, ids = self._database, list(message_ids)

        def work(_context: TaskContext | None) -> int:
            with database.session_scope() as session:
                return sum(file_message(session, i, matter_id) for i in ids)

        def done(_changed: int) -> None:
            self._status(self.tr("Filed %n message(s) on the matter.", "", len(ids)))
            if self.stack.currentWidget() is self.matter_page:
                self.matter_page.reload()
            self.changed.emit()

        self._run_db(work, done, "file messages on matter")

    # --- trash and undo ------------------------------------------------------------------

    def delete_selected(self) -> None:
        self.trash(self.selected_ids())

    def trash(self, ids: list[int]) -> None:
        """Move matters to the trash; the notice's Undo (or Ctrl+Z) brings them back."""
        from smallcrm.core.services import matters

        if not ids:
            return
        database = self._database
        row = self.table.currentIndex().row()

        def work(_context: TaskContext | None) -> int:
            with database.session_scope() as session:
                for matter_id in ids:
                    matters.trash_matter(session, matter_id)
            return len(ids)

        def done(count: int) -> None:
            self._undo_stack.append(list(ids))
            self._show_notice(self.tr("Moved %n matter(s) to the trash", "", count))
            if self.stack.currentWidget() is self.matter_page and self.matter_page.matter_id in ids:
                self.stack.setCurrentWidget(self.list_page)
            remaining = [
                self.model.matter_id(r)
                for r in range(max(row, 0), self.model.rowCount())
                if self.model.matter_id(r) not in ids
            ]
            self.refresh(remaining[0] if remaining else None)
            self._focus_results()
            self.changed.emit()

        self._run_db(work, done, "move matters to trash")

    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    def undo_last(self) -> bool:
        """Bring back the matters trashed last; False if there is nothing to undo."""
        from smallcrm.core.services import matters

        if not self._undo_stack:
            return False
        ids = self._undo_stack.pop()
        database = self._database

        def work(_context: TaskContext | None) -> int:
            with database.session_scope() as session:
                for matter_id in ids:
                    matters.restore_matter(session, matter_id)
            return len(ids)

        def done(count: int) -> None:
            self.notice.hide()
            self._status(self.tr("Restored %n matter(s) from the trash", "", count))
            self.refresh(ids[0])
            self.changed.emit()

        self._run_db(work, done, "restore matters")
        return True

    # --- helpers -------------------------------------------------------------------------

    def _run_db(
        self, fn: Callable[[TaskContext | None], Any], on_success: Callable[[Any], None], what: str
    ) -> None:
        """A write on the database lane, or at once without a runner."""
        runner = self._runner()
        if runner is None:
            try:
                result = fn(None)
            except Exception as exc:
                self._write_failed(exc)
                return
            on_success(result)
            return
        runner.run(
            fn, lane=DB, on_success=on_success, on_failure=self._write_failed, description=what
        )

    def _write_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            log.error("A change to the matters failed", exc_info=exc)
            text = self.tr("That did not work; the details are in the log.")
        else:
            text = self.tr("That did not work: {reason}").format(reason=exc)
        self._show_notice(text, undo=False)
        self.refresh()

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

    # --- settings ------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("MattersView/columns", self.table.horizontalHeader().saveState())
        settings.setValue("MattersView/mode", self.mode)

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("MattersView/columns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        mode = str(settings.value("MattersView/mode", "list"))
        if mode in ("list", "board"):
            self.set_mode(mode)
