"""The Documents page: the firm's files with their versions, added by dialog or by dropping."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.gui.dates import short_date
from smallcrm.gui.document_work import AddOutcome, AddRequest, DocumentWork
from smallcrm.gui.tasks import IO, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon

log = logging.getLogger(__name__)

PAGE = 200  # rows read per page as the list scrolls
SEARCH_LIMIT = 200
COLUMNS = ("title", "file", "version", "size", "changed", "text")
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class Listing:
    """Rows for the list, read on the read lane."""

    rows: list[Any]  # services.documents.DocumentRow
    total: int
    matters: dict[int, str] = field(default_factory=dict)  # id -> "2026/0042 Title"
    query: str = ""


def read_listing(database: Database, query: str, matter_id: int | None, offset: int = 0) -> Listing:
    """A page of documents, newest first, or the documents a search finds (contents too)."""
    from smallcrm.core.services import documents, matters

    with database.session_scope() as session:
        if query.strip():
            from smallcrm.core.search import search

            hits = search(session, query, kinds=["document"], limit=SEARCH_LIMIT)
            rows = []
            for hit in hits:
                try:
                    row = documents.get_document(session, hit.id).document
                except documents.DocumentNotFound:
                    continue
                if matter_id is None or row.matter_id == matter_id:
                    rows.append(row)
            total = len(rows)
        else:
            rows = documents.list_documents(session, matter_id=matter_id, offset=offset, limit=PAGE)
            total = documents.count_documents(session, matter_id=matter_id)
        ids = sorted({r.matter_id for r in rows if r.matter_id is not None})
        labels = {m.id: f"{m.number} {m.title}" for m in matters.matter_rows(session, ids)}
    return Listing(rows, total, labels, query)


def size_text(locale: QLocale, size: int) -> str:
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class DocumentsModel(QAbstractTableModel):
    """Documents as the list shows them; more pages are read as the list scrolls."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.total = 0
        self.matters: dict[int, str] = {}
        self.fetch_more: Any = None  # set by the view: reads the next page

    def reset(self, listing: Listing) -> None:
        self.beginResetModel()
        self.rows = list(listing.rows)
        self.total = listing.total
        self.matters = dict(listing.matters)
        self.endResetModel()

    def append(self, listing: Listing) -> None:
        if not listing.rows:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(listing.rows) - 1)
        self.rows.extend(listing.rows)
        self.matters.update(listing.matters)
        self.endInsertRows()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.fetch_more is not None and not parent.isValid():
            self.fetch_more(len(self.rows))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def document_id(self, row: int) -> int:
        return int(self.rows[row].id)

    def row_of(self, document_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == document_id:
                return number
        return -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if column == "title":
                return row.title
            if column == "file":
                return row.file_name
            if column == "version":
                return locale.toString(row.version)
            if column == "size":
                return size_text(locale, row.size)
            if column == "changed":
                return short_date(locale, row.updated_at.astimezone().date())
            return text_status(row.text_status)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            matter = self.matters.get(row.matter_id) if row.matter_id else None
            return f"{row.title}\n{matter}" if matter else row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("version", "size"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == "title":
            return icon("mail" if row.media_type in MAIL_TYPES else "documents")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[COLUMNS[section]]
        return None


MAIL_TYPES = ("message/rfc822", "application/vnd.ms-outlook")


def column_titles() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "title": translate("DocumentsView", "Title"),
        "file": translate("DocumentsView", "File"),
        "version": translate("DocumentsView", "Version"),
        "size": translate("DocumentsView", "Size"),
        "changed": translate("DocumentsView", "Changed"),
        "text": translate("DocumentsView", "Text"),
    }


def text_status(status: str, reason: str = "") -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    texts = {
        "pending": translate("DocumentsView", "being read…"),
        "ok": translate("DocumentsView", "searchable"),
        "no_text": translate("DocumentsView", "no text (a scan?)"),
        "unsupported": translate("DocumentsView", "not searchable"),
        "failed": translate("DocumentsView", "unreadable"),
    }
    text = texts.get(status, status)
    return f"{text}: {reason}" if reason and status in ("failed", "unsupported") else text


class DocumentsView(QWidget):
    """A list of documents (newest first, or what a search finds, contents included) with
    the chosen one's versions beside it. Files dropped anywhere on the page are added; with
    ``matter_id`` the page lists one matter's documents and files new ones on it."""

    matterRequested = Signal(int)
    changed = Signal()

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        work: DocumentWork,
        parent: QWidget | None = None,
        *,
        matter_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsView")
        self.setAcceptDrops(True)
        self._database = database
        self._tasks = tasks
        self.work = work
        self.matter_id = matter_id
        self._generation = 0
        self._undo_change: int | None = None
        self.detail: Any = None  # services.documents.DocumentDetail of the chosen one
        self.last_message = ""
        self.last_opened: Path | None = None
        self.details_dialog: Any = None
        self.loaded = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12 if matter_id is None else 0, 8, 12, 8)
        layout.setSpacing(8)
        bar = QHBoxLayout()
        if matter_id is None:
            title = QLabel(self.tr("Documents"))
            font = title.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setWeight(font.Weight.DemiBold)
            title.setFont(font)
            bar.addWidget(title)
            bar.addSpacing(16)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("documentsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Search titles and contents"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.setAccessibleName(self.tr("Search documents"))
        bar.addWidget(self.filter_edit, 1)
        self.add_button = QPushButton(icon("documents"), self.tr("&Add files…"))
        self.add_button.setObjectName("documentsAdd")
        self.add_button.clicked.connect(self.choose_files)
        bar.addWidget(self.add_button)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        bar.addWidget(self.open_button)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)

        self.model = DocumentsModel(self)
        self.model.fetch_more = self._fetch_more
        self.table = QTableView()
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 180)
        for column in (2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = EmptyState(
            "documents",
            self.tr("No documents yet"),
            self.tr(
                "Drop files here from your file manager (Outlook messages and .eml files too) "
                "or use the Add files button. SmallCRM keeps its own copy and reads their text "
                "for search."
            ),
        )
        self.no_hits = EmptyState("search", self.tr("Nothing found"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_hits)

        self.pane = self._build_pane()
        split = QSplitter()
        split.addWidget(self.stack)
        split.addWidget(self.pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([640, 360])
        self.pane.setMinimumWidth(260)
        layout.addWidget(split, 1)
        self.status = QLabel()
        self.status.setObjectName("documentsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_files)

        work.added.connect(self._added)
        work.textStored.connect(lambda _count: self._refresh_soon())
        work.failed.connect(self._show_message)
        self._update_buttons()
        self.reload()

    def _build_pane(self) -> QWidget:
        pane = QFrame()
        pane.setObjectName("documentPane")
        pane.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(pane)
        box.setContentsMargins(14, 12, 14, 12)
        self.pane_title = QLabel()
        self.pane_title.setObjectName("documentTitle")
        self.pane_title.setWordWrap(True)
        font = self.pane_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(font.Weight.DemiBold)
        self.pane_title.setFont(font)
        box.addWidget(self.pane_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pane_file = QLabel()
        self.pane_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pane_file.setWordWrap(True)
        self.pane_matter = QLabel()
        self.pane_matter.setWordWrap(True)
        self.pane_matter.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.pane_matter.linkActivated.connect(lambda link: self.matterRequested.emit(int(link)))
        self.pane_text = QLabel()
        self.pane_text.setWordWrap(True)
        self.pane_tags = QLabel()
        self.pane_tags.setWordWrap(True)
        form.addRow(self.tr("File:"), self.pane_file)
        form.addRow(self.tr("Matter:"), self.pane_matter)
        form.addRow(self.tr("Tags:"), self.pane_tags)
        form.addRow(self.tr("Text:"), self.pane_text)
        box.addLayout(form)
        caption = QLabel(self.tr("Versions"))
        caption.setObjectName("versionsCaption")
        box.addWidget(caption)
        self.versions = QListWidget()
        self.versions.setObjectName("documentVersions")
        self.versions.setAccessibleName(self.tr("Versions"))
        self.versions.setWordWrap(True)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.addWidget(self.versions, 1)
        buttons = QHBoxLayout()
        self.details_button = QPushButton(self.tr("De&tails…"))
        self.details_button.setObjectName("documentDetails")
        self.details_button.clicked.connect(self.edit_details)
        buttons.addWidget(self.details_button)
        self.version_button = QPushButton(self.tr("Add a &new version…"))
        self.version_button.clicked.connect(self.choose_version)
        buttons.addWidget(self.version_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.pane_empty = QLabel(self.tr("Choose a document to see its versions."))
        self.pane_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pane_empty.setWordWrap(True)
        box.addWidget(self.pane_empty)
        self._show_detail(None)
        return pane

    # --- reading -------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        database, query, matter_id = self._database, self.filter_edit.text(), self.matter_id
        if select is None:
            select = self.current_id()

        def work(_context: object) -> Listing:
            return read_listing(database, query, matter_id)

        def done(listing: Listing) -> None:
            if generation != self._generation:
                return
            self.model.reset(listing)
            self.loaded = True
            if listing.rows:
                self.stack.setCurrentWidget(self.table)
            elif listing.query.strip():
                self.no_hits.title_label.setText(
                    self.tr("No document contains “{text}”.").format(text=listing.query.strip())
                )
                self.stack.setCurrentWidget(self.no_hits)
            else:
                self.stack.setCurrentWidget(self.empty)
            row = self.model.row_of(select) if select is not None else -1
            if row < 0 and self.model.rowCount():
                row = 0
            if row >= 0:
                self.table.selectRow(row)
                self._load_detail(self.model.document_id(row))  # also when the row stayed
            else:
                self._show_detail(None)
            self._update_buttons()

        self._tasks.run(
            work, lane=IO, on_success=done, on_failure=self.work._fail, description="documents"
        )

    def set_matter(self, matter_id: int | None) -> None:
        """List another matter's documents (the matter page's tab); new files go there."""
        if matter_id != self.matter_id:
            self.matter_id = matter_id
            self.model.reset(Listing([], 0))
        self.reload()

    def _fetch_more(self, offset: int) -> None:
        if self.filter_edit.text().strip():
            return  # a search lists all its hits at once
        listing = read_listing(self._database, "", self.matter_id, offset)
        self.model.append(listing)

    def _refresh_soon(self) -> None:
        QTimer.singleShot(0, self, lambda: self.reload(self.current_id()))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.document_id(index.row())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.document_id(r) for r in rows]

    def shown_titles(self) -> list[str]:
        return [row.title for row in self.model.rows]

    def open_document(self, document_id: int) -> None:
        """Show one document (a search result): clear the filter and choose it."""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.reload(select=document_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._show_detail(None)
            return
        self._load_detail(self.model.document_id(current.row()))
        self._update_buttons()

    def _load_detail(self, document_id: int) -> None:
        database = self._database

        def work(_context: object) -> Any:
            from smallcrm.core.services.documents import get_document

            with database.session_scope() as session:
                return get_document(session, document_id)

        def done(detail: Any) -> None:
            if self.current_id() == detail.document.id:
                self._show_detail(detail)

        self._tasks.run(work, lane=IO, on_success=done, on_failure=lambda _exc: None)

    def _show_detail(self, detail: Any) -> None:
        self.detail = detail
        shown = detail is not None
        for widget in (self.pane_title, self.pane_file, self.pane_matter, self.pane_text,
                       self.pane_tags, self.versions, self.version_button,
                       self.details_button):  # fmt: skip
            widget.setVisible(shown)
        self.pane_empty.setVisible(not shown)
        if detail is None:
            return
        locale = self.locale()
        doc = detail.document
        self.pane_title.setText(doc.title)
        self.pane_file.setText(f"{doc.file_name} · {size_text(locale, doc.size)}")
        label = self.model.matters.get(doc.matter_id) if doc.matter_id else None
        if doc.matter_id is None:
            self.pane_matter.setText(self.tr("not filed on a matter"))
        else:
            self.pane_matter.setText(f'<a href="{doc.matter_id}">{label or doc.matter_id}</a>')
        self.pane_tags.setText(", ".join(doc.tags) or "—")
        current = detail.versions[0] if detail.versions else None
        reason = current.text_reason if current is not None else ""
        self.pane_text.setText(text_status(doc.text_status, reason))
        self.versions.clear()
        for version in detail.versions:
            when = short_date(locale, version.added_at.astimezone().date())
            self.versions.addItem(
                self.tr("Version {number} · {date} · {size}\n{name}").format(
                    number=version.number,
                    date=when,
                    name=version.file_name,
                    size=size_text(locale, version.size),
                )
            )

    def edit_details(self) -> Any:
        """The form for the chosen document's title, tags, matter and people."""
        if self.detail is None:
            return None
        from smallcrm.gui.dialogs.document_dialog import DocumentDialog

        dialog = DocumentDialog(self._database, self._tasks, self.detail, self.window())
        dialog.saved.connect(lambda document_id: (self.reload(document_id), self.changed.emit()))
        dialog.open()
        self.details_dialog = dialog
        return dialog

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- adding --------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add documents"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        files = [p for p in paths if p.is_file()]
        skipped = len(paths) - len(files)
        if skipped:
            self._show_message(self.tr("Folders are not added; choose the files in them."))
        if files:
            self._show_message(self.tr("Adding %n file(s)…", "", len(files)))
            self.work.add_files(AddRequest(tuple(files), matter_id=self.matter_id))

    def choose_version(self) -> None:
        if self.detail is None:
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a new version"))
        if name:
            self.add_version(self.detail.document.id, Path(name))

    def add_version(self, document_id: int, path: Path) -> None:
        database, store_of = self._database, self.work.store

        def stage(_context: object) -> Any:
            from smallcrm.core.services.documents import stage_file

            return stage_file(store_of(), path)

        def write(staged: Any) -> None:
            def work(_context: object) -> Any:
                from smallcrm.core.services.documents import add_staged_version

                with database.session_scope() as session:
                    return add_staged_version(session, document_id, staged)

            def done(result: Any) -> None:
                if result.new_version:
                    self._show_message(
                        self.tr("Stored as version {number}.").format(number=result.version)
                    )
                    self.work.extract_pending()
                else:
                    self._show_message(self.tr("That file is the same as the current version."))
                self.reload(document_id)
                self.changed.emit()

            self._tasks.run(work, on_success=done, on_failure=self.work._fail)

        self._tasks.run(stage, lane=IO, on_success=write, on_failure=self.work._fail)

    def _added(self, outcome: AddOutcome) -> None:
        parts = []
        if outcome.added:
            same = sum(1 for a in outcome.added if a.same_content_as)
            parts.append(self.tr("Added %n document(s).", "", len(outcome.added)))
            if same:
                parts.append(
                    self.tr("%n of them has the same content as a stored document.", "", same)
                )
        for name, reason in outcome.problems:
            parts.append(
                self.tr("“{name}” was not added: {reason}").format(name=name, reason=reason)
            )
        self._show_message(" ".join(parts))
        select = outcome.added[-1].document_id if outcome.added else None
        self.reload(select)
        self.changed.emit()

    # --- drag and drop from the file manager ---------------------------------------------

    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- opening, deleting ---------------------------------------------------------------

    def open_current(self) -> None:
        document_id = self.current_id()
        if document_id is None:
            return

        def opened(path: Path) -> None:
            self._show_message(
                self.tr(
                    "Opened a copy of “{name}”. When you save changes in the other program, "
                    "SmallCRM offers to keep them as a new version."
                ).format(name=path.name)
            )
            self.last_opened = path
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._show_message(
                    self.tr("No program is set to open “{name}”.").format(name=path.name)
                )

        self.work.open_copy(document_id, opened)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def done(change_set_id: int) -> None:
            self._undo_change = change_set_id
            self._show_message(self.tr("Moved %n document(s) to the trash.", "", len(ids)))
            self.reload()
            self.changed.emit()

        self.work.trash(ids, done)

    def can_undo(self) -> bool:
        return self._undo_change is not None

    def undo_last(self) -> bool:
        change = self._undo_change
        if change is None:
            return False
        self._undo_change = None

        def done(count: int) -> None:
            self._show_message(self.tr("Restored %n document(s) from the trash.", "", count))
            self.reload()
            self.changed.emit()

        self.work.restore(change, done)
        return True

    def _show_message(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)
