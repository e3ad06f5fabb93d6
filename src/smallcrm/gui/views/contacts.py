"""The Contacts page: filters, a paged table of people and organisations, detail and forms."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.contacts import ListQuery, ref_of
from smallcrm.gui.models.contacts_model import ContactsTableModel
from smallcrm.gui.settings import country_of
from smallcrm.gui.tasks import TaskContext, TaskRunner
from smallcrm.gui.widgets.contact_detail import ContactDetailPane
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon
from smallcrm.gui.widgets.undo_notice import UndoNotice as _UndoNotice

if TYPE_CHECKING:
    from smallcrm.gui.views.organization import OrganizationView

log = logging.getLogger(__name__)

# Typing pauses shorter than this are one search; it keeps a fast typist from running a
# query (a full scan of sort_key at 100k rows) for every key.
FILTER_DELAY_MS = 150
# How long "Moved N to the trash — Undo" stays in the status bar.
NOTICE_MS = 15_000


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


class _ContactsTable(QTableView):
    """Delete trashes, F2 edits, Enter opens; Ctrl+Z undoes when no window menu took it."""

    deletePressed = Signal()
    editPressed = Signal()
    openPressed = Signal()
    undoPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.deletePressed.emit()
            return
        if event.key() == Qt.Key.Key_F2:
            self.editPressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openPressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoPressed.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        model = self.model()
        if isinstance(model, ContactsTableModel):  # a search's first screen fills the view
            row = max(self.verticalHeader().defaultSectionSize(), 1)
            model.first_screen_rows = self.viewport().height() // row + 1


DOCUMENTS_SHOWN = 5  # a person's newest documents (and messages) listed in the detail pane


class ContactsView(QWidget):
    """People and organisations, ordered by name; 100,000 rows open and scroll like 100.

    The keys load on the main window's task runner (its read lane); without one, as in
    unit tests, they load at once. The first load waits for the event loop, so building
    the page costs nothing.
    """

    contactSelected = Signal(int)  # the list key of the shown record
    matterRequested = Signal(int)  # a matter's id, from a record's list of matters
    documentRequested = Signal(int)  # a document's id, from a person's list of documents
    messageRequested = Signal(int)  # a stored message's id, from a person's mail
    mailOfRequested = Signal(int)  # a person's id: show all their mail
    changed = Signal()  # something was saved, trashed or restored

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._want: tuple[int | None, int] | None = None  # (key, fallback row) after a load
        self._reveal = False  # clear the filters if the wanted key turns out hidden
        # (change set id, keys it touched, what it was) of the user's changes, newest last.
        self._undo_stack: list[tuple[int, list[int], str]] = []
        self.form_dialog: Any = None
        self.model = ContactsTableModel(database, self)
        self.model.keysLoaded.connect(self._on_keys_loaded)
        self.model.loadFailed.connect(self._on_load_failed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack.addWidget(list_page)
        self.list_page = list_page

        layout.addLayout(self._build_bar())
        self._build_table()

        self.detail = ContactDetailPane(database=database, tasks=tasks)
        self.detail.setObjectName("contactDetail")
        self.detail.editRequested.connect(self.edit_current)
        self.detail.deleteRequested.connect(self.delete_selected)
        self.detail.relationsRequested.connect(self.edit_relations)
        self.detail.organizationRequested.connect(self.open_organization)
        self.detail.matterRequested.connect(self.matterRequested)
        self.detail.documentRequested.connect(self.documentRequested)
        self.detail.messageRequested.connect(self.messageRequested)
        self.detail.mailOfRequested.connect(self.mailOfRequested)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([790, 310])

        self.empty = EmptyState(
            "contacts",
            self.tr("No contacts yet"),
            self.tr("No contacts yet. Import a vCard or CSV file, or add a contact."),
        )
        self.no_match = EmptyState(
            "search", self.tr("No matching contacts"), self.tr("Try a shorter or different name.")
        )
        self.loading_label = QLabel(self.tr("Loading contacts…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.loading_label)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.no_match)
        layout.addWidget(self.pages, 1)

        self.notice = _UndoNotice()
        self.notice.undo_button.clicked.connect(self.undo_last)
        layout.addWidget(self.notice)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

        self._organization_view: OrganizationView | None = None  # built when first opened

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.leaveDown.connect(self._focus_table)

        self.setFocusProxy(self.filter_edit)
        self.reload_tags()
        if tasks is not None:
            self.refresh()
        else:
            # Built before it joins a window: look for the window's runner once it has one.
            QTimer.singleShot(0, self.refresh)

    # --- construction --------------------------------------------------------------------

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 12, 16, 10)
        bar.setSpacing(10)
        self.title_label = QLabel(self.tr("Contacts"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        bar.addWidget(self.title_label)
        bar.addSpacing(8)
        self.filter_edit = _FilterEdit()
        self.filter_edit.setObjectName("contactsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, e-mail, phone, city"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.setMaximumWidth(360)
        self.filter_edit.setMinimumWidth(200)
        bar.addWidget(self.filter_edit, 1)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("contactsKind")
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.setToolTip(self.tr("Show people, organisations or both"))
        for key, text in (
            ("all", self.tr("People and organisations")),
            ("person", self.tr("People")),
            ("organization", self.tr("Organisations")),
        ):
            self.kind_combo.addItem(text, key)
        self.kind_combo.currentIndexChanged.connect(self._on_filters)
        bar.addWidget(self.kind_combo)

        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("contactsTag")
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.setToolTip(self.tr("Show only contacts with this tag"))
        self.tag_combo.setMinimumContentsLength(10)
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_combo.currentIndexChanged.connect(self._on_filters)
        bar.addWidget(self.tag_combo)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("contactsCount")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar.addWidget(self.count_label)

        self.new_button = QToolButton()
        self.new_button.setObjectName("contactsNew")
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("Add a person (Ctrl+N) or an organisation"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.new_button)
        self.new_person_action = QAction(self.tr("New &person…"), self)
        self.new_person_action.triggered.connect(lambda: self.open_form("person"))
        self.new_organization_action = QAction(self.tr("New &organisation…"), self)
        self.new_organization_action.triggered.connect(lambda: self.open_form("organization"))
        menu.addAction(self.new_person_action)
        menu.addAction(self.new_organization_action)
        self.new_button.setMenu(menu)
        self.new_button.clicked.connect(lambda: self.open_form("person"))
        bar.addWidget(self.new_button)
        return bar

    def _build_table(self) -> None:
        self.table = _ContactsTable()
        self.table.setObjectName("contactsTable")
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
        # Fixed row heights let the view compute positions arithmetically; anything else
        # would ask the model for every row's size and defeat the paging.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fits a 1280-pixel window beside the detail pane without a horizontal scroll bar.
        for column, width in enumerate((160, 95, 130, 165, 115)):  # "Organisation" fits
            header.resizeSection(column, width)
        # The model sorts in SQL; it already holds name order, so this asks for nothing.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.deletePressed.connect(self.delete_selected)
        self.table.editPressed.connect(self.edit_current)
        self.table.openPressed.connect(self.open_current)
        self.table.undoPressed.connect(self.undo_last)

    # --- loading -------------------------------------------------------------------------

    def _runner(self) -> TaskRunner | None:
        if self._tasks is None:
            tasks = getattr(self.window(), "tasks", None)
            if isinstance(tasks, TaskRunner):
                self._tasks = tasks
        return self._tasks

    def _load(self, want: tuple[int | None, int] | None = None) -> None:
        self._want = want
        country = country_of(self)
        if country != self.model.user_country:  # changed in Preferences: rows show anew
            self.model.user_country = country
            self.model.forget_rows()
        self.model.runner = self._runner()
        self.model.reload()

    def refresh(self) -> None:
        """Reload the keys for the current filters; keep the shown record if it still shows."""
        self._load((self.detail.key, 0))

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self._want = (None, 0)
        self.model.runner = self._runner()
        self.model.set_query(self._query())

    def _on_filters(self) -> None:
        self.apply_filter()

    def _query(self) -> ListQuery:
        tag = self.tag_combo.currentData()
        return replace(
            self.model.query,
            text=self.filter_edit.text(),
            kind=str(self.kind_combo.currentData() or "all"),
            tag_id=int(tag) if tag is not None else None,
        )

    def reload_tags(self) -> None:
        """Re-read the tag list for the filter combo, keeping the chosen tag."""
        from smallcrm.core.services.contacts import tags

        with self._database.session_scope() as session:
            found = tags(session)
        chosen = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in found:
            self.tag_combo.addItem(tag.name, tag.id)
        index = self.tag_combo.findData(chosen) if chosen is not None else 0
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)
        self.tag_combo.setVisible(bool(found))

    def _on_keys_loaded(self) -> None:
        want = self._want if self._want is not None else (self.detail.key, 0)
        self._want = None
        key, fallback = want
        if self._reveal:
            self._reveal = False
            if key is not None and self.model.row_of(key) < 0 and self.model.is_filtered():
                self.clear_filters(select=key)
                return
        self._update_chrome()
        if self.pages.currentWidget() is not self.splitter:
            self.detail.show_detail(None)
            return
        row = self.model.row_of(key) if key is not None else -1
        if row < 0:
            row = min(max(fallback, 0), self.model.rowCount() - 1)
        self.select_row(row)

    def _on_load_failed(self, message: str) -> None:
        log.warning("Loading the contact list failed: %s", message)
        self.count_label.setText(self.tr("Could not load the contacts."))

    def clear_filters(self, select: int | None = None) -> None:
        """Show everything again (to reveal a record the filters hide)."""
        for widget in (self.filter_edit, self.kind_combo, self.tag_combo):
            widget.blockSignals(True)
        self.filter_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.tag_combo.setCurrentIndex(0)
        for widget in (self.filter_edit, self.kind_combo, self.tag_combo):
            widget.blockSignals(False)
        self._filter_timer.stop()
        self.model.runner = self._runner()
        query = self._query()
        self._want = (select, 0)
        if query == self.model.query:
            self.model.reload()
        else:
            self.model.set_query(query)

    def _update_chrome(self) -> None:
        shown = self.model.rowCount()
        total = self.model.total_count()
        if self.model.is_filtered():
            self.count_label.setText(
                self.tr("{shown} of {total} contacts").format(
                    shown=self.locale().toString(shown), total=self.locale().toString(total)
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln contacts", "", shown))
        if total == 0:
            self.pages.setCurrentWidget(self.empty)
        elif shown == 0:
            self.pages.setCurrentWidget(self.no_match)
        else:
            self.pages.setCurrentWidget(self.splitter)
        for widget in (self.filter_edit, self.kind_combo, self.tag_combo):
            widget.setEnabled(total > 0)

    def is_ready(self) -> bool:
        """True once the keys and the first screen of rows are loaded (screenshots wait)."""
        return (
            self.model.loaded
            and not self.model.loading
            and (self.model.rowCount() == 0 or bool(self.model.cached_blocks))
        )

    # --- selection -----------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Make ``row`` the one current and selected row, and scroll it into view."""
        index = self.model.index(row, 0)
        flags = self.table.selectionModel().SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def select_key(self, key: int) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.select_row(0)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.model.key(current.row())
        if key == self.detail.key:
            return
        self.show_key(key)

    def show_key(self, key: int) -> None:
        """Show one record in the detail pane."""
        from smallcrm.core.services.contacts import contact_detail, organization_card

        with self._database.session_scope() as session:
            country = country_of(self)
            detail = (
                contact_detail(session, key, country)
                if key > 0
                else organization_card(session, -key, country)
            )
        self.detail.show_detail(detail)
        self.detail.show_matters(self._matters_text(ref_of(key)))
        if key > 0:  # documents are filed on people, mail is linked to them
            self.detail.show_documents(*self._documents_of(key))
            self.detail.show_mail(*self._mail_of(key))
        self.contactSelected.emit(key)

    def _documents_of(self, contact_id: int) -> tuple[list[tuple[int, str]], int]:
        """The person's newest documents and how many there are (two small queries)."""
        from smallcrm.core.services.documents import count_documents, list_documents

        with self._database.session_scope() as session:
            rows = list_documents(session, contact_id=contact_id, limit=DOCUMENTS_SHOWN)
            total = count_documents(session, contact_id=contact_id) if rows else 0
        return [(r.id, r.title) for r in rows], total

    def _mail_of(self, contact_id: int) -> tuple[list[tuple[int, str, str]], int]:
        """The person's newest messages (id, short date, subject) and how many there are."""
        from smallcrm.core.services.mail_messages import count_messages, list_messages

        with self._database.session_scope() as session:
            rows = list_messages(session, contact_id=contact_id, limit=DOCUMENTS_SHOWN)
            total = count_messages(session, contact_id=contact_id) if rows else 0
        locale = QLocale()
        return [
            (
                r.id,
                locale.toString(
                    QDate(r.sent_at.astimezone().date()), QLocale.FormatType.ShortFormat
                )
                if r.sent_at
                else "",
                r.subject,
            )
            for r in rows
        ], total

    def _matters_text(self, ref: Ref) -> str:
        """The record's matters with its role in each, as links (a small query)."""
        from smallcrm.core.services.matters import matters_of
        from smallcrm.gui.matter_texts import MatterTexts, matters_html

        with self._database.session_scope() as session:
            found = matters_of(session, ref)
        return matters_html(MatterTexts(self), found)

    def selected_contact_id(self) -> int | None:
        """The shown record's list key (a person's id; an organisation's id negated)."""
        return self.detail.key

    def selected_keys(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.key(r) for r in rows]

    def selected_refs(self) -> list[Ref]:
        """The selected people and organisations (for export and the like)."""
        return [ref_of(key) for key in self.selected_keys()]

    def selected_text(self) -> str:
        """Tab-separated text of the selected rows, for Edit > Copy."""
        lines = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row(index.row())
            phone = self.model.phone_text(row)
            lines.append("\t".join((row.name, row.organization, row.email, phone, row.city)))
        return "\n".join(lines)

    # --- organisation page ---------------------------------------------------------------

    def open_current(self) -> None:
        """Enter or a double click: an organisation opens its page, a person the form."""
        key = self.detail.key
        if key is None:
            return
        if key < 0:
            self.open_organization(-key)
        else:
            self.edit_current()

    @property
    def organization_view(self) -> OrganizationView:
        """The organisation page, built the first time one is opened."""
        if self._organization_view is None:
            from smallcrm.gui.views.organization import OrganizationView

            view = OrganizationView(self._database)
            view.setObjectName("organizationPage")
            view.backRequested.connect(self.show_list)
            view.personRequested.connect(self.show_person)
            view.matterRequested.connect(self.matterRequested)
            view.editRequested.connect(
                lambda org_id: self.open_form("organization", Ref("organization", org_id))
            )
            self.stack.addWidget(view)
            self._organization_view = view
        return self._organization_view

    def open_organization(self, organization_id: int) -> None:
        if not self.organization_view.show_organization(organization_id):
            return
        self.stack.setCurrentWidget(self.organization_view)
        target = (
            self.organization_view.people_table
            if self.organization_view.people_table.rowCount()
            else self.organization_view.back_button
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_person(self, contact_id: int) -> None:
        """Back to the list with this person selected (clearing filters that hide them)."""
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.select_key(contact_id):
            self.clear_filters(select=contact_id)
        elif self.model.loading:
            # The whole list is still on its way (a page just built shows its first screen):
            # when it lands it must keep this person chosen, not the first row.
            self._want = (contact_id, 0)

    # --- forms ---------------------------------------------------------------------------

    def open_form(self, kind: str = "person", ref: Ref | None = None) -> Any:
        """Open the form for a new record (``ref`` None) or to edit one; returns the dialog."""
        from smallcrm.gui.widgets.contact_form import ContactFormDialog

        if self.form_dialog is not None:
            self.form_dialog.close()
        dialog = ContactFormDialog(
            self._database,
            kind,
            ref,
            tasks=self._runner(),
            parent=self.window(),
            default_country=country_of(self),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: Any) -> None:
        if self.form_dialog is dialog:
            self.form_dialog = None

    def new_person(self) -> Any:
        return self.open_form("person")

    def edit_current(self) -> Any:
        key = self.detail.key
        if key is None:
            return None
        return self.open_form(ref=ref_of(key))

    def _on_saved(self, key: int, change_set_id: int) -> None:
        self._undo_stack.append((change_set_id, [key], "edit"))
        self.reload_tags()
        self._reveal = True
        self.detail.contact_id = None  # the shown card is stale: reload it after the keys
        self._load((key, 0))
        if (
            self._organization_view is not None
            and self.stack.currentWidget() is self._organization_view
            and self._organization_view.organization_id is not None
        ):
            self.organization_view.show_organization(self.organization_view.organization_id)
        self.changed.emit()

    # --- trash and undo ------------------------------------------------------------------

    def _run_db(self, fn: Any, on_success: Any, description: str) -> None:
        """Run a write on the database lane, or at once without a runner."""
        runner = self._runner()
        if runner is None:
            on_success(fn(None))
            return
        runner.run(
            fn,
            lane="db",
            on_success=on_success,
            on_failure=self._write_failed,
            description=description,
        )

    def _write_failed(self, exc: BaseException) -> None:
        self._show_notice(self.tr("That did not work: {reason}").format(reason=exc), undo=False)

    def delete_selected(self) -> None:
        """Move the selected records to the trash as one change that Undo takes back."""
        keys = self.selected_keys()
        if not keys:
            return
        row = self.table.currentIndex().row()
        database = self._database

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services.address_book import trash

            with database.session_scope() as session:
                return trash(session, [ref_of(k) for k in keys])

        def done(change_set_id: int) -> None:
            self._undo_stack.append((change_set_id, keys, "trash"))
            self._show_notice(self.tr("Moved %n to the trash", "", len(keys)))
            self.detail.contact_id = None
            self._load((None, row))
            self.changed.emit()

        self._run_db(work, done, "move to trash")

    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    def edit_relations(self) -> Any:
        """The shown person's relations in a dialog; each change joins this page's undo."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

        from smallcrm.gui.widgets.relations_editor import RelationsEditor

        key = self.detail.key
        if key is None or key < 0:
            return None
        dialog = QDialog(self.window())
        name = self.detail.name_label.text()
        dialog.setWindowTitle(self.tr("Relations of {name}").format(name=name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        editor = RelationsEditor(self._database, self._runner(), key, dialog)
        layout.addWidget(editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def changed(change_set_id: int) -> None:
            self._undo_stack.append((change_set_id, [key], "edit"))
            self.detail.contact_id = None  # the shown card lists the old employer
            self._load((key, 0))
            self.changed.emit()

        editor.changed.connect(changed)
        dialog.resize(560, dialog.sizeHint().height())  # no empty band under the list
        dialog.open()
        self.relations_dialog = dialog
        self.relations_editor = editor
        return dialog

    def find_duplicates(self) -> Any:
        """Open the duplicate finder; its merges join this page's undo and reload the list."""
        from smallcrm.gui.dialogs.duplicates_dialog import run_find_duplicates

        def merged(change_set_id: int) -> None:
            self._undo_stack.append((change_set_id, [], "merge"))
            self.reload_tags()
            self.refresh()
            self.changed.emit()

        def undone(change_set_id: int) -> None:  # undone inside the finder window
            self._undo_stack = [item for item in self._undo_stack if item[0] != change_set_id]
            self.reload_tags()
            self.refresh()
            self.changed.emit()

        return run_find_duplicates(self.window(), on_merged=merged, on_undone=undone)

    def undo_last(self) -> bool:
        """Take back the newest change made here (trash, new record, edit); False if none."""
        if not self._undo_stack:
            return False
        change_set_id, keys, what = self._undo_stack.pop()
        database = self._database

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services.address_book import undo

            with database.session_scope() as session:
                return undo(session, change_set_id)

        def done(count: int) -> None:
            self.notice.hide()
            text = (
                self.tr("Restored %n from the trash", "", count)
                if what == "trash"
                else self.tr("Change undone")
            )
            self._status(text)
            self.reload_tags()
            self.detail.contact_id = None
            self._reveal = what == "trash"
            self._load((keys[0] if keys else None, self.table.currentIndex().row()))
            self.changed.emit()

        self._run_db(work, done, "undo")
        return True

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
            # The status bar is where people look for "what just happened".
            bar.addWidget(self.notice, 1)
        if bar is not None:
            bar.clearMessage()
        self.notice.label.setText(text)
        self.notice.undo_button.setVisible(undo)
        self.notice.show()
        self._notice_timer.start()

    # --- settings ------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("ContactsView/splitter", self.splitter.saveState())
        # A new key: the header has a column more than the one of earlier versions.
        settings.setValue("ContactsView/columns", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("ContactsView/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("ContactsView/columns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
