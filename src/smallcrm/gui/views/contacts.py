"""The Contacts page: filter field, paged table of people and a detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.gui.models.contacts_model import ContactsTableModel
from smallcrm.gui.widgets.contact_detail import ContactDetailPane
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon

# Typing pauses shorter than this are one search; it keeps a fast typist from running a
# query (a full scan of sort_key at 100k rows) for every key.
FILTER_DELAY_MS = 150


class _FilterEdit(QLineEdit):
    """Down or Enter moves from the filter into the results, so the keyboard never stalls."""

    leaveDown = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leaveDown.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ContactsView(QWidget):
    """People, ordered by name; 100,000 rows open and scroll like 100."""

    contactSelected = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = ContactsTableModel(database, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        bar = QHBoxLayout()
        bar.setContentsMargins(16, 12, 16, 10)
        bar.setSpacing(12)
        self.title_label = QLabel(self.tr("Contacts"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        bar.addWidget(self.title_label)
        bar.addSpacing(8)
        self.filter_edit = _FilterEdit()
        self.filter_edit.setObjectName("contactsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.setMaximumWidth(360)
        self.filter_edit.setMinimumWidth(220)
        bar.addWidget(self.filter_edit, 1)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("contactsCount")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights let the view compute positions arithmetically; anything else
        # would ask the model for every row's size and defeat the paging.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 160, 200, 125)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.detail = ContactDetailPane()
        self.detail.setObjectName("contactDetail")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([780, 300])

        self.empty = EmptyState(
            "contacts",
            self.tr("No contacts yet"),
            self.tr("No contacts yet. Import a vCard or CSV file, or add a contact."),
        )
        self.no_match = EmptyState(
            "search", self.tr("No matching contacts"), self.tr("Try a shorter or different name.")
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.no_match)
        layout.addWidget(self.pages, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.leaveDown.connect(self._focus_table)

        self.setFocusProxy(self.filter_edit)
        self.refresh()

    # --- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload ids for the current filter, keep the selected person if still shown."""
        keep = self.detail.contact_id
        self.model.reload()
        self._update_chrome()
        row = self.model.row_of(keep) if keep is not None else -1
        if self.model.rowCount() and self.pages.currentWidget() is self.splitter:
            self.select_row(max(row, 0))
        else:
            self.detail.show_detail(None)

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())
        self._update_chrome()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.detail.show_detail(None)

    def _update_chrome(self) -> None:
        shown = self.model.rowCount()
        filtered = bool(self.model.filter_text.strip())
        if filtered:
            total = self.model.total_count()
            self.count_label.setText(
                self.tr("{shown} of {total} contacts").format(
                    shown=self.locale().toString(shown), total=self.locale().toString(total)
                )
            )
        else:
            total = shown
            self.count_label.setText(self.tr("%Ln contacts", "", shown))
        if total == 0:
            self.pages.setCurrentWidget(self.empty)
        elif shown == 0:
            self.pages.setCurrentWidget(self.no_match)
        else:
            self.pages.setCurrentWidget(self.splitter)
        self.filter_edit.setEnabled(total > 0)

    def is_ready(self) -> bool:
        """True once the ids and the first screen of rows are loaded (screenshots wait)."""
        return self.model.loaded and (self.model.rowCount() == 0 or bool(self.model.cached_blocks))

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.select_row(0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        contact_id = self.model.contact_id(rows[0].row())
        if contact_id == self.detail.contact_id:
            return
        from smallcrm.core.services.contacts import contact_detail

        with self._database.session_scope() as session:
            detail = contact_detail(session, contact_id)
        self.detail.show_detail(detail)
        self.contactSelected.emit(contact_id)

    def selected_contact_id(self) -> int | None:
        return self.detail.contact_id

    def selected_text(self) -> str:
        """Tab-separated text of the selected rows, for Edit > Copy."""
        lines = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row(index.row())
            lines.append("\t".join((row.name, row.organization, row.email, row.phone, row.city)))
        return "\n".join(lines)

    # --- settings ------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("ContactsView/splitter", self.splitter.saveState())
        settings.setValue("ContactsView/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("ContactsView/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("ContactsView/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
