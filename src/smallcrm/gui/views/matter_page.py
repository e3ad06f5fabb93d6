"""The matter page: number, title and facts, then its parties, timeline, tasks and more."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.matters import MatterDetail, PartyInfo
from smallcrm.core.services.tasks import TaskRow
from smallcrm.gui.dialogs.conflict_dialog import ConflictTab
from smallcrm.gui.matter_texts import MatterTexts, days_since, show_date
from smallcrm.gui.tasks import DB, TaskContext, TaskRunner
from smallcrm.gui.widgets.ref_picker import RefPicker
from smallcrm.gui.widgets.tab_bar import roomy_tabs

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_REF_ROLE = Qt.ItemDataRole.UserRole + 2
FOLLOW_UP_DAYS = 7


def _error_color(widget: QWidget) -> str:
    window = widget.palette().color(QPalette.ColorRole.Window)
    return "#c62828" if window.lightness() > 128 else "#ef6c6c"


class PartyDialog(QDialog):
    """Asks for a person or organisation and their role in the matter.

    ``submitted(ref, role, note)`` fires on OK when a name is picked; the page writes it and
    calls ``accept()`` when that worked, or ``show_error()`` when not.
    """

    submitted = Signal(object, str, str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyDialog")
        self.setWindowTitle(self.tr("Add party"))
        texts = MatterTexts(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        layout.addLayout(form)
        self.picker = RefPicker(database)
        self.picker.setObjectName("partyName")
        self.picker.setPlaceholderText(self.tr("Start typing a person's or organisation's name"))
        self.picker.picked.connect(lambda _ref: self._clear_error())
        caption = QLabel(self.tr("&Who:"))
        caption.setBuddy(self.picker)
        form.addRow(caption, self.picker)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("partyRole")
        for role, text in texts.roles().items():
            self.role_combo.addItem(text, role)
        caption = QLabel(self.tr("&Role:"))
        caption.setBuddy(self.role_combo)
        form.addRow(caption, self.role_combo)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("partyNote")
        self.note_edit.setMaxLength(400)
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. represented by"))
        caption = QLabel(self.tr("&Note:"))
        caption.setBuddy(self.note_edit)
        form.addRow(caption, self.note_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("partyError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def set_role(self, role: str) -> None:
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(role), 0))

    def _submit(self) -> None:
        if self.picker.ref is None:
            self.show_error(self.tr("Pick the person or organisation from the list of names."))
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.ok_button.setEnabled(False)
        self.submitted.emit(
            self.picker.ref, str(self.role_combo.currentData()), self.note_edit.text().strip()
        )

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, _error_color(self))
        self.error_label.setPalette(palette)
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)


class _PartiesTree(QTreeWidget):
    """Enter opens the party's contact, Delete removes the party, Insert adds one."""

    openPressed = Signal()
    removePressed = Signal()
    addPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openPressed.emit()
        elif key == Qt.Key.Key_Delete:
            self.removePressed.emit()
        elif key == Qt.Key.Key_Insert:
            self.addPressed.emit()
        else:
            super().keyPressEvent(event)


def _tree(
    columns: list[str], name: str, tree: QTreeWidget | None = None, stretch: int = -1
) -> QTreeWidget:
    tree = tree or QTreeWidget()
    tree.setObjectName(name)
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(stretch < 0)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return tree


def _row_height(item: QTreeWidgetItem, widget: QWidget) -> None:
    """Rows as tall as the contacts list's, so the lists read alike."""
    item.setSizeHint(0, QSize(0, widget.fontMetrics().height() + 12))


class MatterPage(QWidget):
    """One matter; ``show_matter(id)`` loads it (a few small queries on the calling thread).

    Writes (parties, tasks) run on the task runner's database lane; without a runner, as
    in unit tests, at once. ``changed`` tells the list and the board to reload.
    """

    backRequested = Signal()
    changed = Signal()
    editRequested = Signal(int)  # matter id
    trashRequested = Signal(int)  # matter id
    contactRequested = Signal(int)  # a party's list key: person id, or organisation id negated

    def __init__(
        self, database: Database, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self.texts = MatterTexts(self)
        self.matter_id: int | None = None
        self.detail: MatterDetail | None = None
        self.open_tasks: list[TaskRow] = []
        self.party_dialog: PartyDialog | None = None
        self.today: date | None = None  # tests pin the day
        self._conflict_tab: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back to matters"))
        self.back_button.setObjectName("matterBack")
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("matterEdit")
        self.edit_button.setToolTip(self.tr("Change the title, number, stage, dates (F2)"))
        self.edit_button.clicked.connect(self._edit)
        self.trash_button = QPushButton(self.tr("Move to &trash"))
        self.trash_button.setObjectName("matterTrash")
        self.trash_button.clicked.connect(self._trash)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.trash_button)
        layout.addLayout(bar)

        self.number_label = QLabel()
        self.number_label.setObjectName("matterNumberLabel")
        self.number_label.setTextFormat(Qt.TextFormat.PlainText)
        self.number_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label = QLabel()
        self.title_label.setObjectName("matterTitleLabel")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("matterFacts")
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("matterNotesLabel")
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setWordWrap(True)
        self.notes_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header = QVBoxLayout()
        header.setSpacing(3)
        for label in (self.number_label, self.title_label, self.facts_label, self.notes_label):
            header.addWidget(label)
        layout.addLayout(header)

        self.tabs = roomy_tabs(QTabWidget())
        self.tabs.setObjectName("matterTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.parties_tab = self._build_parties()
        self.tabs.addTab(self.parties_tab, self.tr("Parties"))
        self.timeline_tab = self._build_timeline()
        self.tabs.addTab(self.timeline_tab, self.tr("Timeline"))
        self.tasks_tab = self._build_tasks()
        self.tabs.addTab(self.tasks_tab, self.tr("Tasks"))
        self.calendar_tab = self._build_calendar()
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName("matterDocuments")
        self._documents_layout = QVBoxLayout(self.documents_tab)
        self._documents_layout.setContentsMargins(0, 6, 0, 0)
        self.documents_view: Any = None  # built on first use, with the window's document work
        self.mail_tab = QWidget()
        self.mail_tab.setObjectName("matterMail")
        self._mail_layout = QVBoxLayout(self.mail_tab)
        self._mail_layout.setContentsMargins(0, 6, 0, 0)
        self.mail_view: Any = None  # built on first use
        self.tabs.addTab(self.calendar_tab, self.tr("Calendar"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.tabs.addTab(self.documents_tab, self.tr("Documents"))
        self.tabs.addTab(self.mail_tab, self.tr("Mail"))
        self.conflict_tab = ConflictTab(database, self._run)
        self.add_conflict_tab(self.conflict_tab, self.tr("Conflict check"))

    # --- building ------------------------------------------------------------------------

    def _build_parties(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        self.parties_tree = _PartiesTree()
        _tree(
            [self.tr("Name"), self.tr("Role"), self.tr("Note")], "matterParties", self.parties_tree
        )
        self.parties_tree.setAccessibleName(self.tr("Parties"))
        self.parties_tree.header().resizeSection(0, 280)
        self.parties_tree.header().resizeSection(1, 180)
        self.parties_tree.itemDoubleClicked.connect(lambda *_: self.open_party())
        self.parties_tree.currentItemChanged.connect(lambda *_: self._update_party_buttons())
        self.parties_tree.openPressed.connect(self.open_party)
        self.parties_tree.removePressed.connect(self.remove_party)
        self.parties_tree.addPressed.connect(self.add_party)
        layout.addWidget(self.parties_tree, 1)
        self.parties_empty = QLabel(
            self.tr("No parties yet. Add the client, the other side and anyone else involved.")
        )
        self.parties_empty.setObjectName("partiesEmpty")
        self.parties_empty.setWordWrap(True)
        self.parties_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.parties_empty)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_party_button = QPushButton(self.tr("&Add party…"))
        self.add_party_button.setObjectName("partyAdd")
        self.add_party_button.clicked.connect(self.add_party)
        self.open_party_button = QPushButton(self.tr("Open &contact"))
        self.open_party_button.setObjectName("partyOpen")
        self.open_party_button.clicked.connect(self.open_party)
        self.remove_party_button = QPushButton(self.tr("Re&move"))
        self.remove_party_button.setObjectName("partyRemove")
        self.remove_party_button.clicked.connect(self.remove_party)
        for button in (self.add_party_button, self.open_party_button, self.remove_party_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.parties_message = QLabel()
        self.parties_message.setObjectName("partiesMessage")
        self.parties_message.setWordWrap(True)
        self.parties_message.setVisible(False)
        layout.addWidget(self.parties_message)
        return page

    def _build_timeline(self) -> QWidget:
        from smallcrm.gui.widgets.timeline_view import TimelineView

        self.timeline = TimelineView(self._database, self._tasks)
        self.timeline.setObjectName("matterTimeline")
        # A reminder set from the timeline is a task of this matter.
        self.timeline.changed.connect(self._on_timeline_changed)
        return self.timeline

    def _on_timeline_changed(self) -> None:
        from smallcrm.core.services.tasks import tasks_of

        if self.matter_id is None:
            return
        with self._database.session_scope() as session:
            self.open_tasks = tasks_of(session, self.matter_id)
        self._fill_tasks(self.open_tasks)

    def _build_tasks(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        self.tasks_tree = _tree(
            [self.tr("Task"), self.tr("Due"), self.tr("Kind")], "matterTasks", stretch=0
        )
        self.tasks_tree.setAccessibleName(self.tr("Tasks"))
        self.tasks_tree.header().resizeSection(1, 120)
        self.tasks_tree.header().resizeSection(2, 140)
        self.tasks_tree.currentItemChanged.connect(lambda *_: self._update_task_buttons())
        layout.addWidget(self.tasks_tree, 1)
        self.tasks_empty = QLabel(
            self.tr("No open tasks for this matter. Set a reminder below to follow it up.")
        )
        self.tasks_empty.setObjectName("tasksEmpty")
        self.tasks_empty.setWordWrap(True)
        self.tasks_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.tasks_empty)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setObjectName("taskDone")
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.complete_current_task)
        row.addWidget(self.done_button)
        row.addSpacing(18)
        remind = QLabel(self.tr("Remind me in"))
        self.remind_spin = QSpinBox()
        self.remind_spin.setObjectName("followUpDays")
        self.remind_spin.setRange(0, 365)
        self.remind_spin.setValue(FOLLOW_UP_DAYS)
        self.remind_spin.setSuffix(self.tr(" days"))
        self.remind_spin.setAccessibleName(self.tr("Days until the reminder"))
        remind.setBuddy(self.remind_spin)
        self.remind_button = QPushButton(self.tr("Set &reminder"))
        self.remind_button.setObjectName("followUpAdd")
        self.remind_button.setAutoDefault(False)
        self.remind_button.clicked.connect(lambda: self.follow_up(self.remind_spin.value()))
        row.addWidget(remind)
        row.addWidget(self.remind_spin)
        row.addWidget(self.remind_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tasks_message = QLabel()
        self.tasks_message.setObjectName("tasksMessage")
        self.tasks_message.setWordWrap(True)
        self.tasks_message.setVisible(False)
        layout.addWidget(self.tasks_message)
        return page

    def add_conflict_tab(self, widget: QWidget, title: str) -> int:
        """Place the conflict check beside the parties (it is built by its own feature).

        Returns the tab's index; a second call replaces the first tab.
        """
        if self._conflict_tab is not None:
            self.tabs.removeTab(self.tabs.indexOf(self._conflict_tab))
        self._conflict_tab = widget
        return self.tabs.insertTab(self.tabs.indexOf(self.parties_tab) + 1, widget, title)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    # --- loading -------------------------------------------------------------------------

    def _runner(self) -> TaskRunner | None:
        if self._tasks is None:
            tasks = getattr(self.window(), "tasks", None)
            if isinstance(tasks, TaskRunner):
                self._tasks = tasks
        return self._tasks

    def _build_calendar(self) -> QWidget:
        tab = QWidget()
        tab.setObjectName("matterCalendarTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.deadline_button = QPushButton(self.tr("&Deadline calculator…"))
        self.deadline_button.setObjectName("matterDeadline")
        self.deadline_button.setToolTip(
            self.tr("Count a deadline from a date, skipping weekends and public holidays")
        )
        self.deadline_button.clicked.connect(self.open_deadline_calculator)
        row.addWidget(self.deadline_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.calendar_page: Any = None  # built on first use, inside the window (its zone)
        self._calendar_layout = layout
        return tab

    def _ensure_calendar(self) -> None:
        if self.calendar_page is not None or self.matter_id is None:
            return
        from smallcrm.gui.settings import zone_of
        from smallcrm.gui.views.calendar import CalendarPage

        self.calendar_page = CalendarPage(
            self._database, self._tasks, zone_of(self), matter_id=self.matter_id, mode="agenda"
        )
        self._calendar_layout.addWidget(self.calendar_page, 1)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.calendar_tab:
            self._ensure_calendar()
            if self.calendar_page is not None:
                self.calendar_page.set_matter(self.matter_id)
        elif self.tabs.widget(index) is self.documents_tab:
            self._ensure_documents()
            if self.documents_view is not None:
                self.documents_view.set_matter(self.matter_id)
        elif self.tabs.widget(index) is self.mail_tab:
            self._ensure_mail()
            if self.mail_view is not None:
                self.mail_view.set_scope(matter_id=self.matter_id)

    def _ensure_mail(self) -> None:
        if self.mail_view is not None or self.matter_id is None:
            return
        from smallcrm.gui.views.mail import MailView

        work = getattr(self.window(), "document_work", None)
        self.mail_view = MailView(
            self._database,
            self._tasks,
            matter_id=self.matter_id,
            store_of=work.store if work is not None else None,
        )
        # Mail filed on or off the matter moves its timeline entry.
        self.mail_view.changed.connect(self.timeline.refresh)
        self._mail_layout.addWidget(self.mail_view, 1)

    def _ensure_documents(self) -> None:
        work = getattr(self.window(), "document_work", None)
        if self.documents_view is not None or self.matter_id is None:
            return
        if work is None or self._tasks is None:
            return  # outside the main window (a lone page): nothing to file with
        from smallcrm.gui.views.documents import DocumentsView

        self.documents_view = DocumentsView(
            self._database, self._tasks, work, matter_id=self.matter_id
        )
        self._documents_layout.addWidget(self.documents_view, 1)

    def open_deadline_calculator(self) -> None:
        """The deadline calculator; its result becomes a task and an all-day entry."""
        from smallcrm.gui.dialogs.deadline_dialog import DeadlineDialog
        from smallcrm.gui.settings import country_of

        if self.matter_id is None:
            return
        dialog = DeadlineDialog(country_of(self), parent=self)
        dialog.accepted.connect(lambda: self._file_deadline(dialog.result_values()))
        dialog.open()
        self.deadline_dialog = dialog

    def _file_deadline(self, choice: Any) -> None:
        from smallcrm.gui.settings import zone_of

        database, matter_id, zone = self._database, self.matter_id, zone_of(self)
        if matter_id is None:
            return

        def work(_context: TaskContext | None) -> Any:
            from smallcrm.core.services.deadline_entries import file_deadline

            with database.session_scope() as session:
                return file_deadline(
                    session,
                    matter_id,
                    choice.result,
                    title=choice.title,
                    remind_days_before=choice.remind_days_before,
                    user_zone=zone,
                )

        def done(_filed: Any) -> None:
            self._ensure_calendar()
            self.tabs.setCurrentWidget(self.calendar_tab)
            if self.calendar_page is not None:
                self.calendar_page.set_matter(matter_id)
            if matter_id == self.matter_id:
                self.show_matter(matter_id)  # the new task in the Tasks tab

        def failed(exc: BaseException) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Deadline"),
                self._failure(exc),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.open()
            self.deadline_error = box

        self._run(work, done, failed, "file deadline")

    def show_matter(self, matter_id: int) -> bool:
        """Load and show one matter; False if it is gone (or in the trash)."""
        from smallcrm.core.services import matters
        from smallcrm.core.services.tasks import tasks_of

        try:
            with self._database.session_scope() as session:
                detail = matters.matter_detail(session, matter_id)
                stages = {s.id: s for s in matters.stages(session, include_archived=True)}
                types = {t.id: t for t in matters.matter_types(session, include_archived=True)}
                open_tasks = tasks_of(session, matter_id)
        except KnownError:
            return False
        if detail.deleted:
            return False
        changed_matter = matter_id != self.matter_id
        self.matter_id = matter_id
        self.detail = detail
        self.open_tasks = open_tasks
        self._fill_header(detail, stages, types)
        self._fill_parties(detail.parties)
        self._fill_tasks(open_tasks)
        if isinstance(self._conflict_tab, ConflictTab):
            self._conflict_tab.set_matter(matter_id, f"{detail.number} {detail.title}")
        if changed_matter:
            self.tabs.setCurrentWidget(self.parties_tab)
            self._clear(self.parties_message)
            self._clear(self.tasks_message)
        # Stage moves, tasks done and calls logged elsewhere land there: read it again.
        if self.timeline.owner != matter_id:
            self.timeline.set_owner(matter_id)
        else:
            self.timeline.refresh()
        return True

    def reload(self) -> None:
        if self.matter_id is not None:
            self.show_matter(self.matter_id)

    def _fill_header(self, detail: MatterDetail, stages: dict, types: dict) -> None:
        stage = stages.get(detail.stage_id)
        matter_type = types.get(detail.type_id) if detail.type_id is not None else None
        number = detail.number
        if matter_type is not None:
            number = f"{number} · {self.texts.type_name(matter_type)}"
        self.number_label.setText(number)
        self.title_label.setText(detail.title)
        facts = []
        if stage is not None:
            days = days_since(detail.stage_since, self.today)
            facts.append(
                self.tr("Stage: {stage} ({days})").format(
                    stage=self.texts.stage_name(stage), days=self.texts.days(days)
                )
            )
        if detail.responsible:
            facts.append(self.tr("Responsible: {name}").format(name=detail.responsible))
        facts.append(self.tr("Opened {date}").format(date=show_date(detail.opened_on)))
        if detail.closed_on:
            facts.append(self.tr("Closed {date}").format(date=show_date(detail.closed_on)))
        self.facts_label.setText("  ·  ".join(facts))
        notes = (detail.notes or "").strip()
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))

    def _fill_parties(self, parties: list[PartyInfo]) -> None:
        current = self.current_party()
        tree = self.parties_tree
        tree.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for party in parties:
            name = party.name
            if party.deleted:
                name = self.tr("{name} (in the trash)").format(name=name)
            item = QTreeWidgetItem([name, self.texts.role_name(party.role), party.note or ""])
            item.setData(0, _ID_ROLE, party.id)
            item.setData(0, _REF_ROLE, party.ref)
            _row_height(item, tree)
            if party.deleted:
                for column in range(3):
                    item.setForeground(column, muted)
            tree.addTopLevelItem(item)
        index = self.tabs.indexOf(self.parties_tab)
        self.tabs.setTabText(
            index, self.tr("Parties ({count})").format(count=len(parties))
            if parties else self.tr("Parties")
        )  # fmt: skip
        tree.setVisible(bool(parties))
        self.parties_empty.setVisible(not parties)
        if parties:
            ids = [p.id for p in parties]
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            tree.setCurrentItem(tree.topLevelItem(row))
        self._update_party_buttons()

    def _fill_tasks(self, rows: list[TaskRow]) -> None:
        tree = self.tasks_tree
        tree.clear()
        today = self.today or date.today()
        kinds = {"task": self.tr("Task"), "follow_up": self.tr("Follow-up")}
        for task in rows:
            item = QTreeWidgetItem(
                [task.title, show_date(task.due_on), kinds.get(task.kind, task.kind)]
            )
            item.setData(0, _ID_ROLE, task.id)
            _row_height(item, tree)
            if task.overdue(today):
                item.setForeground(1, Qt.GlobalColor.red)
                item.setToolTip(1, self.tr("Overdue"))
            tree.addTopLevelItem(item)
        index = self.tabs.indexOf(self.tasks_tab)
        self.tabs.setTabText(
            index, self.tr("Tasks ({count})").format(count=len(rows)) if rows else self.tr("Tasks")
        )
        tree.setVisible(bool(rows))
        self.tasks_empty.setVisible(not rows)
        if rows:
            tree.setCurrentItem(tree.topLevelItem(0))
        self._update_task_buttons()

    # --- parties -------------------------------------------------------------------------

    def current_party(self) -> PartyInfo | None:
        item = self.parties_tree.currentItem()
        if item is None or self.detail is None:
            return None
        party_id = item.data(0, _ID_ROLE)
        return next((p for p in self.detail.parties if p.id == party_id), None)

    def shown_parties(self) -> list[tuple[str, str]]:
        """(name, role) as the list shows them; tests read it."""
        tree = self.parties_tree
        return [
            (tree.topLevelItem(r).text(0), tree.topLevelItem(r).text(1))
            for r in range(tree.topLevelItemCount())
        ]

    def _update_party_buttons(self) -> None:
        party = self.current_party()
        self.remove_party_button.setEnabled(party is not None)
        self.open_party_button.setEnabled(party is not None and not party.deleted)

    def add_party(self) -> PartyDialog | None:
        """Open the dialog that adds a party; returns it (tests drive it)."""
        if self.matter_id is None:
            return None
        if self.party_dialog is not None:
            self.party_dialog.close()
        dialog = PartyDialog(self._database, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.detail is not None and not any(p.role == "client" for p in self.detail.parties):
            dialog.set_role("client")
        else:
            dialog.set_role("opposing_party")
        dialog.submitted.connect(lambda ref, role, note: self._write_party(dialog, ref, role, note))
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))
        self.party_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: PartyDialog) -> None:
        if self.party_dialog is dialog:
            self.party_dialog = None

    def _write_party(self, dialog: PartyDialog, ref: Ref, role: str, note: str) -> None:
        from smallcrm.core.services import matters

        database, matter_id = self._database, self.matter_id
        assert matter_id is not None

        def write(_context: TaskContext | None) -> int:
            with database.session_scope() as session:
                return matters.add_party(session, matter_id, ref, role, note or None)

        def done(_party_id: int) -> None:
            dialog.accept()
            self._party_changed(matter_id, _party_id)
            # A party joining an engaged matter is checked at once.
            if matter_id == self.matter_id and isinstance(self._conflict_tab, ConflictTab):
                self._conflict_tab.offer_after_new_party()

        self._run(write, done, lambda exc: dialog.show_error(self._failure(exc)), "add party")

    def remove_party(self) -> None:
        from smallcrm.core.services import matters

        party = self.current_party()
        if party is None or self.matter_id is None:
            return
        database, matter_id, party_id = self._database, self.matter_id, party.id

        def write(_context: TaskContext | None) -> None:
            with database.session_scope() as session:
                matters.remove_party(session, party_id)

        self.remove_party_button.setEnabled(False)
        self._run(
            write,
            lambda _none: self._party_changed(matter_id, None),
            lambda exc: self._show(self.parties_message, self._failure(exc)),
            "remove party",
        )

    def _party_changed(self, matter_id: int, select: int | None) -> None:
        self._clear(self.parties_message)
        if matter_id != self.matter_id:
            return  # the page moved on to another matter meanwhile
        self.reload()
        if select is not None:
            for row in range(self.parties_tree.topLevelItemCount()):
                item = self.parties_tree.topLevelItem(row)
                if item.data(0, _ID_ROLE) == select:
                    self.parties_tree.setCurrentItem(item)
        self.parties_tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def open_party(self) -> None:
        party = self.current_party()
        if party is None or party.deleted:
            return
        ref = party.ref
        self.contactRequested.emit(ref.id if ref.kind == "person" else -ref.id)

    # --- tasks ---------------------------------------------------------------------------

    def current_task_id(self) -> int | None:
        item = self.tasks_tree.currentItem()
        return int(item.data(0, _ID_ROLE)) if item is not None else None

    def _update_task_buttons(self) -> None:
        self.done_button.setEnabled(self.current_task_id() is not None)

    def shown_tasks(self) -> list[str]:
        tree = self.tasks_tree
        return [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]

    def complete_current_task(self) -> None:
        """Mark the current task done: it lands on the matter's timeline."""
        from smallcrm.core.services.tasks import complete_task

        task_id = self.current_task_id()
        if task_id is None or self.matter_id is None:
            return
        database, matter_id = self._database, self.matter_id

        def write(_context: TaskContext | None) -> int:
            with database.session_scope() as session:
                return complete_task(session, task_id)

        self.done_button.setEnabled(False)
        self._run(
            write,
            lambda _activity: self._tasks_changed(matter_id, self.tr("Marked done.")),
            lambda exc: self._show(self.tasks_message, self._failure(exc)),
            "complete task",
        )

    def follow_up(self, days: int) -> None:
        """ "Remind me in N days": a follow-up task for this matter, due then."""
        from smallcrm.core.services.tasks import follow_up

        if self.matter_id is None:
            return
        database, matter_id = self._database, self.matter_id
        today = self.today or date.today()
        due = today + timedelta(days=days)
        title = ""
        if self.detail is not None:
            title = self.tr("Follow up: {matter}").format(
                matter=f"{self.detail.number} {self.detail.title}"
            )

        def write(_context: TaskContext | None) -> int:
            with database.session_scope() as session:
                return follow_up(session, days, matter_id=matter_id, title=title, today=today)

        self.remind_button.setEnabled(False)
        self._run(
            write,
            lambda _task: self._tasks_changed(
                matter_id, self.tr("Reminder set for {date}.").format(date=show_date(due))
            ),
            lambda exc: (
                self.remind_button.setEnabled(True),
                self._show(self.tasks_message, self._failure(exc)),
            ),
            "follow up",
        )

    def _tasks_changed(self, matter_id: int, text: str) -> None:
        self.remind_button.setEnabled(True)
        if matter_id != self.matter_id:
            return
        self.reload()  # a task done lands on the timeline, which reloads with the page
        self._show(self.tasks_message, text, error=False)
        self.changed.emit()

    # --- header actions ------------------------------------------------------------------

    def _edit(self) -> None:
        if self.matter_id is not None:
            self.editRequested.emit(self.matter_id)

    def _trash(self) -> None:
        if self.matter_id is not None:
            self.trashRequested.emit(self.matter_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.backRequested.emit()
            return
        if event.key() == Qt.Key.Key_F2:
            self._edit()
            return
        super().keyPressEvent(event)

    # --- helpers -------------------------------------------------------------------------

    def _run(
        self,
        write: Callable[[TaskContext | None], Any],
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object],
        description: str,
    ) -> None:
        """A write on the database lane, or at once without a runner."""
        runner = self._runner()
        if runner is None:
            try:
                result = write(None)
            except Exception as exc:
                if not isinstance(exc, KnownError):
                    log.error("%s failed", description, exc_info=exc)
                on_failure(exc)
                return
            on_success(result)
            return
        runner.run(
            write, lane=DB, on_success=on_success, on_failure=on_failure, description=description
        )

    def _failure(self, exc: BaseException) -> str:
        if isinstance(exc, KnownError):
            return str(exc)
        return self.tr("An unexpected error stopped the change. The details are in the log.")

    def _show(self, label: QLabel, text: str, error: bool = True) -> None:
        palette = label.palette()
        color = (
            _error_color(self)
            if error
            else self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        )
        palette.setColor(QPalette.ColorRole.WindowText, color)
        label.setPalette(palette)
        label.setText(text)
        label.setVisible(True)
        bar = self.window().statusBar() if isinstance(self.window(), QMainWindow) else None
        if bar is not None and not error:
            bar.showMessage(text, 5000)

    @staticmethod
    def _clear(label: QLabel) -> None:
        label.clear()
        label.setVisible(False)


__all__ = ["MatterPage", "PartyDialog"]
