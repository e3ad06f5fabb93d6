"""A person's relations (jobs with role and dates, ties to people) with Add, Change and Remove."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.relations import RelationChange, RelationEdit, RelationInfo
from smallcrm.core.text import fold
from smallcrm.gui.tasks import DB, TaskContext, TaskRunner

log = logging.getLogger(__name__)

# The date an empty date field holds; the field shows it as "not set".
_NO_DATE = QDate(1800, 1, 1)
_DATE_FORMAT = "d. M. yyyy"  # day first, as the contact form and detail pane write dates
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_KIND_ROLE = Qt.ItemDataRole.UserRole + 3
_COMPLETIONS = 20


def _to_date(value: QDate) -> date | None:
    if value == _NO_DATE or not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else _NO_DATE


def _show(value: date | None) -> str:
    return f"{value.day}. {value.month}. {value.year}" if value else ""


class _OptionalDateEdit(QDateEdit):
    """A date that may be unknown: shown as "not set"; arrows and the calendar start today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(self.tr("not set"))
        self.setCalendarPopup(True)
        self.setDisplayFormat(_DATE_FORMAT)
        self.setDate(_NO_DATE)
        self.setMinimumWidth(130)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        return _to_date(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(_to_qdate(value))

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        # From "not set", the first arrow press means today, not 2 January 1800.
        if self.date() == _NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self.date() == _NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class RelationDialog(QDialog):
    """Asks for one relation: an organisation or a person, a role, and optional dates.

    ``submitted(RelationEdit)`` fires on OK when the entries are complete; the editor
    writes it and calls ``accept()`` when that worked, or ``show_error()`` when not.
    """

    submitted = Signal(object)

    def __init__(
        self,
        database: Database,
        person_id: int,
        relation: RelationInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationDialog")
        self._database = database
        self._person_id = person_id
        self.relation = relation
        self.picked_id: int | None = None
        self.setWindowTitle(self.tr("Change relation") if relation else self.tr("Add relation"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        layout.addLayout(form)

        kinds = QHBoxLayout()
        kinds.setSpacing(16)
        self.organization_radio = QRadioButton(self.tr("&Work at an organisation"))
        self.organization_radio.setObjectName("relationKindOrganization")
        self.person_radio = QRadioButton(self.tr("Tie to a &person"))
        self.person_radio.setObjectName("relationKindPerson")
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.organization_radio)
        self._kinds.addButton(self.person_radio)
        kinds.addWidget(self.organization_radio)
        kinds.addWidget(self.person_radio)
        kinds.addStretch(1)
        kind_caption = QLabel(self.tr("Kind:"))
        form.addRow(kind_caption, kinds)

        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("relationTarget")
        self.target_caption = QLabel()
        self.target_caption.setBuddy(self.target_edit)
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        # The database already filtered the names (diacritics folded, any word order).
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(_NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[QModelIndex].connect(self._on_picked)
        self.target_edit.setCompleter(self.completer)
        self.target_edit.textEdited.connect(self._on_typed)
        form.addRow(self.target_caption, self.target_edit)
        self.target_note = QLabel()
        self.target_note.setObjectName("relationTargetNote")
        self.target_note.setWordWrap(True)
        self.target_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.target_note.setVisible(False)
        form.addRow("", self.target_note)

        self.role_edit = QLineEdit()
        self.role_edit.setObjectName("relationRole")
        self.role_edit.setMaxLength(200)
        role_caption = QLabel(self.tr("&Role:"))
        role_caption.setBuddy(self.role_edit)
        form.addRow(role_caption, self.role_edit)

        self.since_edit = _OptionalDateEdit()
        self.since_edit.setObjectName("relationSince")
        self.until_edit = _OptionalDateEdit()
        self.until_edit.setObjectName("relationUntil")
        self._clear_buttons: list[QToolButton] = []
        for text, edit in (
            (self.tr("&Since:"), self.since_edit),
            (self.tr("&Until:"), self.until_edit),
        ):
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(edit)
            clear = QToolButton()
            clear.setText(self.tr("Clear"))
            clear.setToolTip(self.tr("Date not known"))
            clear.clicked.connect(lambda _=False, edit=edit: edit.set_value(None))
            self._clear_buttons.append(clear)
            row.addWidget(clear)
            row.addStretch(1)
            caption = QLabel(text)
            caption.setBuddy(edit)
            form.addRow(caption, row)
            edit.dateChanged.connect(self._clear_error)

        self.error_label = QLabel()
        self.error_label.setObjectName("relationError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.organization_radio, self.person_radio)
        chain = [
            self.person_radio,
            self.target_edit,
            self.role_edit,
            self.since_edit,
            self._clear_buttons[0],
            self.until_edit,
            self._clear_buttons[1],
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._kinds.buttonToggled.connect(self._on_kind)
        if relation is not None:
            radio = (
                self.person_radio if relation.target_kind == "person" else self.organization_radio
            )
            radio.setChecked(True)
            self.target_edit.setText(relation.target_name)
            self.picked_id = relation.target_id
            self.role_edit.setText(relation.role)
            self.since_edit.set_value(relation.since)
            self.until_edit.set_value(relation.until)
        else:
            self.organization_radio.setChecked(True)
        self._on_kind()
        self.setMinimumWidth(480)

    # --- the target ----------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """ "person" or "organization": what the target field asks for."""
        return "person" if self.person_radio.isChecked() else "organization"

    def _on_kind(self, *_args: object) -> None:
        person = self.kind == "person"
        self.target_caption.setText(self.tr("&Person:") if person else self.tr("&Organisation:"))
        self.target_edit.setPlaceholderText(
            self.tr("Start typing a name") if person else self.tr("Pick one or type a new name")
        )
        self.role_edit.setPlaceholderText(
            self.tr("e.g. spouse, assistant, colleague")
            if person
            else self.tr("e.g. Partner, Tax advisor")
        )
        if self.relation is None or self.relation.target_kind != self.kind:
            self.picked_id = None
            self.target_edit.clear()
        elif self.picked_id is None:
            self.picked_id = self.relation.target_id
            self.target_edit.setText(self.relation.target_name)
        self.target_note.setVisible(False)
        self._clear_error()

    def _on_typed(self, text: str) -> None:
        self.picked_id = None  # typing changes the choice; picking again sets it
        self._clear_error()
        self._fill_completions(text)

    def _fill_completions(self, text: str) -> None:
        from smallcrm.core.services.relations import relation_candidates

        self._model.clear()
        typed = text.strip()
        if not typed:
            self.target_note.setVisible(False)
            return
        exclude = self._person_id if self.kind == "person" else None
        with self._database.session_scope() as session:
            found = relation_candidates(session, self.kind, typed, _COMPLETIONS, exclude)
        for candidate in found:
            shown = f"{candidate.name} — {candidate.detail}" if candidate.detail else candidate.name
            item = QStandardItem(shown)
            item.setData(candidate.name, _NAME_ROLE)
            item.setData(candidate.id, _ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        exact = [c for c in found if fold(c.name) == fold(typed)]
        if self.kind == "organization":
            if len(exact) == 1:
                self.picked_id = exact[0].id
            self.target_note.setText(
                ""
                if exact
                else self.tr("“{name}” is not in the address book yet; it will be created.").format(
                    name=typed
                )
            )
            self.target_note.setVisible(not exact)
        else:
            if len(exact) == 1:
                self.picked_id = exact[0].id
            self.target_note.setText(self.tr("No person of that name.") if not found else "")
            self.target_note.setVisible(not found)
        if found and self.target_edit.hasFocus():
            self.completer.complete()

    def _on_picked(self, index: QModelIndex) -> None:
        self.picked_id = int(index.data(_ID_ROLE))
        # The line edit fills itself only while it has focus; a pick always shows its name.
        self.target_edit.setText(str(index.data(_NAME_ROLE)))
        self.target_note.setVisible(False)
        self._clear_error()

    # --- result --------------------------------------------------------------------------

    def edit(self) -> RelationEdit | None:
        """The relation as entered, or None (with a message shown) when it is incomplete."""
        name = " ".join(self.target_edit.text().split())
        since, until = self.since_edit.value(), self.until_edit.value()
        if not name:
            self.show_error(
                self.tr("Choose the person.")
                if self.kind == "person"
                else self.tr("Choose or name the organisation.")
            )
            self.target_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if since and until and since > until:
            self.show_error(self.tr("The relation cannot end before it begins."))
            self.until_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        role = self.role_edit.text().strip()
        if self.kind == "person":
            if self.picked_id is None:
                self.show_error(self.tr("Pick the person from the list of names."))
                self.target_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
            return RelationEdit(
                other_contact_id=self.picked_id, role=role, since=since, until=until
            )
        if self.picked_id is not None:
            return RelationEdit(organization_id=self.picked_id, role=role, since=since, until=until)
        return RelationEdit(new_organization=name, role=role, since=since, until=until)

    def _submit(self) -> None:
        edit = self.edit()
        if edit is not None:
            self.set_busy(True)
            self.submitted.emit(edit)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        palette = self.error_label.palette()
        window = self.palette().color(QPalette.ColorRole.Window)
        color = "#c62828" if window.lightness() > 128 else "#ef6c6c"
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.error_label.setPalette(palette)
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _clear_error(self, *_args: object) -> None:
        self.error_label.setVisible(False)
        self.error_label.clear()


class _RelationsTree(QTreeWidget):
    """Enter or F2 changes the current relation, Delete removes it, Insert adds one."""

    editRequested = Signal()
    removeRequested = Signal()
    addRequested = Signal()
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.resized.emit()  # the viewport has its new width by now

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editRequested.emit()
        elif key == Qt.Key.Key_Delete:
            self.removeRequested.emit()
        elif key == Qt.Key.Key_Insert:
            self.addRequested.emit()
        else:
            super().keyPressEvent(event)


class RelationsEditor(QWidget):
    """Lists one person's relations and edits them, each change a change set of its own.

    Embed with ``RelationsEditor(database, tasks, person_id, parent)``; ``set_person()``
    switches to another person (None: a person not saved yet, nothing to edit). Writes run
    on the task runner's database lane (at once without a runner); ``changed`` carries the
    change set of each write, for an Undo offer.
    """

    changed = Signal(int)  # the change set id (address_book.undo takes it back)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None,
        person_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationsEditor")
        self._database = database
        self._tasks = tasks
        self.person_id: int | None = None
        self.relations: list[RelationInfo] = []
        self.dialog: RelationDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.tree = _RelationsTree()
        self.tree.setObjectName("relationsList")
        self.tree.setAccessibleName(self.tr("Relations"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Period")])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Columns always fit the width (long names are elided), so no sideways scrolling.
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # _fit_columns sets them
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.editRequested.connect(self.edit_current)
        self.tree.removeRequested.connect(self.remove_current)
        self.tree.addRequested.connect(self.add)
        self.tree.resized.connect(self._fit_columns)
        layout.addWidget(self.tree)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("relationsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_button = QPushButton(self.tr("Add relat&ion…"))
        self.add_button.setObjectName("relationAdd")
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setObjectName("relationEdit")
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setObjectName("relationRemove")
        for button, slot in (
            (self.add_button, self.add),
            (self.edit_button, self.edit_current),
            (self.remove_button, self.remove_current),
        ):
            button.setAutoDefault(False)  # Enter in the surrounding form saves the form
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.message_label = QLabel()
        self.message_label.setObjectName("relationsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)
        layout.addStretch(1)  # room to spare goes below, not between the list and buttons

        QWidget.setTabOrder(self.tree, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        self.set_person(person_id)

    # --- showing -------------------------------------------------------------------------

    def set_person(self, person_id: int | None) -> None:
        """Show another person's relations; None for a person that is not saved yet."""
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        """Read the relations again (a small query on the calling thread)."""
        from smallcrm.core.services.relations import relations_of

        self.relations = []
        if self.person_id is not None:
            try:
                with self._database.session_scope() as session:
                    self.relations = relations_of(session, self.person_id)
            except KnownError as exc:  # deleted meanwhile, database locked
                self._show_message(exc.message)
        self._fill()

    def _fill(self) -> None:
        current = self.current_relation()
        tree = self.tree
        tree.clear()
        groups = [
            (self.tr("Work"), [r for r in self.relations if r.target_kind == "organization"]),
            (self.tr("People"), [r for r in self.relations if r.target_kind == "person"]),
        ]
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        select: QTreeWidgetItem | None = None
        for title, relations in groups:
            if not relations:
                continue
            group = QTreeWidgetItem([title])
            font = QFont(tree.font())
            font.setWeight(QFont.Weight.DemiBold)
            group.setFont(0, font)
            group.setForeground(0, muted)
            # A caption, not a choice: the keyboard and the mouse pass over it.
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            tree.addTopLevelItem(group)
            for relation in relations:
                item = QTreeWidgetItem(
                    [relation.target_name, relation.role, self._period(relation)]
                )
                item.setData(0, _ID_ROLE, relation.id)
                item.setData(0, _KIND_ROLE, relation.target_kind)
                tips = []
                if relation.inverse:
                    tips.append(
                        self.tr("Recorded on {name}'s card.").format(name=relation.target_name)
                    )
                if relation.target_deleted:
                    tips.append(self.tr("In the trash."))
                if not relation.current:
                    tips.append(self.tr("Ended."))
                if not relation.current or relation.target_deleted:
                    for column in range(3):  # a past tie reads quieter than a current one
                        item.setForeground(column, muted)
                # Narrow panes elide the cells; the tooltip has the whole line.
                whole = " · ".join(t for t in (item.text(0), item.text(1), item.text(2)) if t)
                for column in range(3):
                    item.setToolTip(column, "\n".join([whole, *tips]))
                group.addChild(item)
                if current is not None and relation.id == current.id:
                    select = item
            group.setExpanded(True)
        has = bool(self.relations)
        tree.setVisible(has)
        self.empty_label.setVisible(not has)
        self.empty_label.setText(
            self.tr("No work or personal relations recorded yet.")
            if self.person_id is not None
            else self.tr("Save the person first, then add relations.")
        )
        self._fit_height()
        self._fit_columns()
        if select is None and has:
            first = tree.topLevelItem(0)
            select = first.child(0) if first is not None else None
        if select is not None:
            tree.setCurrentItem(select)
        self._update_buttons()

    def _period(self, relation: RelationInfo) -> str:
        since, until = _show(relation.since), _show(relation.until)
        if since and until:
            return self.tr("{since} – {until}").format(since=since, until=until)
        if since:
            return self.tr("since {date}").format(date=since)
        if until:
            return self.tr("until {date}").format(date=until)
        return ""

    def _fit_height(self) -> None:
        """As tall as its rows (up to ten): in a form, a half-empty list only takes room."""
        rows = sum(
            1 + self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount())
        )
        row_height = self.tree.sizeHintForRow(0)
        if row_height <= 0:  # no rows yet: a plain text line
            row_height = self.fontMetrics().height() + 4
        header = self.tree.header().sizeHint().height()
        frame = self.tree.frameWidth() * 2
        self.tree.setFixedHeight(header + frame + row_height * max(2, min(rows, 10)) + 2)

    def _fit_columns(self) -> None:
        """Role and period as wide as their text, but the name keeps at least half the row.

        In a narrow detail pane the name matters most; the others are elided first.
        """
        width = self.tree.viewport().width()
        if width <= 0:
            return
        wanted = [
            max(self.tree.sizeHintForColumn(c), self.tree.header().sectionSizeHint(c)) + 8
            for c in (1, 2)
        ]
        room = max(width // 2, width - sum(wanted))
        rest = width - room
        if sum(wanted) > rest:  # share what is left by how much each wants
            wanted = [rest * w // max(sum(wanted), 1) for w in wanted]
        header = self.tree.header()
        header.resizeSection(1, wanted[0])
        header.resizeSection(2, wanted[1])
        header.resizeSection(0, width - wanted[0] - wanted[1])

    def _update_buttons(self) -> None:
        has_person = self.person_id is not None
        picked = self.current_relation() is not None
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(has_person)  # the hint says what to do first
        self.add_button.setEnabled(has_person)
        self.edit_button.setEnabled(has_person and picked)
        self.remove_button.setEnabled(has_person and picked)

    def current_relation(self) -> RelationInfo | None:
        item = self.tree.currentItem()
        relation_id = item.data(0, _ID_ROLE) if item is not None else None
        if relation_id is None:
            return None
        return next((r for r in self.relations if r.id == relation_id), None)

    def select_relation(self, relation_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, _ID_ROLE) == relation_id:
                    self.tree.setCurrentItem(group.child(j))
                    return True
        return False

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """The rows as shown (name, role, period); tests and screen readers read them."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                out.append((item.text(0), item.text(1), item.text(2)))
        return out

    # --- editing -------------------------------------------------------------------------

    def add(self) -> RelationDialog | None:
        """Open the dialog for a new relation (window-modal; returns it, for tests)."""
        if self.person_id is None:
            return None
        return self._open_dialog(None)

    def edit_current(self) -> RelationDialog | None:
        relation = self.current_relation()
        if relation is None or self.person_id is None:
            return None
        return self._open_dialog(relation)

    def _open_dialog(self, relation: RelationInfo | None) -> RelationDialog:
        assert self.person_id is not None
        dialog = RelationDialog(self._database, self.person_id, relation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda edit: self._write_edit(dialog, relation, edit))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        self._clear_message()
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: RelationDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _write_edit(
        self, dialog: RelationDialog, relation: RelationInfo | None, edit: RelationEdit
    ) -> None:
        from smallcrm.core.services import relations as service

        database, person_id = self._database, self.person_id
        assert person_id is not None
        relation_id = relation.id if relation is not None else None

        def write(_ctx: TaskContext | None = None) -> RelationChange:
            with database.session_scope() as session:
                if relation_id is None:
                    return service.add_relation(session, person_id, edit)
                return service.update_relation(session, person_id, relation_id, edit)

        def done(change: RelationChange) -> None:
            dialog.accept()
            self._written(change)

        def failed(exc: BaseException) -> None:
            dialog.show_error(self._failure_text(exc))

        self._run(write, done, failed, "save relation")

    def remove_current(self) -> None:
        """Remove the current relation (undo brings it back; ``changed`` has the change set)."""
        from smallcrm.core.services import relations as service

        relation = self.current_relation()
        if relation is None or self.person_id is None:
            return
        database, person_id, relation_id = self._database, self.person_id, relation.id

        def write(_ctx: TaskContext | None = None) -> RelationChange:
            with database.session_scope() as session:
                return service.remove_relation(session, person_id, relation_id)

        self._clear_message()
        self.remove_button.setEnabled(False)
        self._run(
            write,
            self._written,
            lambda exc: (self._show_message(self._failure_text(exc)), self._update_buttons()),
            "remove relation",
        )

    def _run(self, write, on_success, on_failure, description: str) -> None:  # noqa: ANN001
        if self._tasks is None:
            try:
                result = write(None)
            except Exception as exc:
                if not isinstance(exc, KnownError):
                    log.error("%s failed", description, exc_info=exc)
                on_failure(exc)
                return
            on_success(result)
            return
        self._tasks.run(
            write, lane=DB, on_success=on_success, on_failure=on_failure, description=description
        )

    def _written(self, change: RelationChange) -> None:
        if change.contact_id != self.person_id:
            return  # the editor moved on to another person meanwhile
        self.reload()
        self.select_relation(change.relation_id)
        self.changed.emit(change.change_set_id)

    def _failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, KnownError):
            return exc.message
        return self.tr("An unexpected error stopped the change. The details are in the log.")

    def _show_message(self, text: str) -> None:
        window = self.palette().color(QPalette.ColorRole.Window)
        palette = self.message_label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, "#c62828" if window.lightness() > 128 else "#ef6c6c"
        )
        self.message_label.setPalette(palette)
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.setVisible(False)


__all__ = ["RelationDialog", "RelationsEditor"]
