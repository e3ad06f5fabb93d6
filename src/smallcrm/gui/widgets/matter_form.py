"""The form that opens a new matter or edits one, with its messages beside the fields."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.matters import (
    TITLE_MAX,
    MatterDetail,
    MatterInput,
    StageInfo,
    TypeInfo,
)
from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.matter_texts import MatterTexts
from smallcrm.gui.tasks import DB, TaskContext, TaskRunner
from smallcrm.gui.widgets.contact_form import Check, FieldMessage
from smallcrm.gui.widgets.ref_picker import RefPicker
from smallcrm.gui.widgets.relations_editor import _OptionalDateEdit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FormChoices:
    """What the form's lists offer; read once when the form opens (a few small queries)."""

    stages: list[StageInfo]
    types: list[TypeInfo]
    responsibles: list[str]
    pattern: str
    detail: MatterDetail | None


def load_choices(database: Database, matter_id: int | None) -> FormChoices:
    from smallcrm.core.services import matters

    with database.session_scope() as session:
        return FormChoices(
            matters.stages(session, include_archived=True),
            matters.matter_types(session, include_archived=True),
            matters.responsibles(session),
            matters.number_pattern(session),
            matters.matter_detail(session, matter_id) if matter_id is not None else None,
        )


def save_matter(
    database: Database, matter_id: int | None, data: MatterInput, client: Ref | None
) -> int:
    """Create or change the matter in one transaction; runs on the database lane."""
    from smallcrm.core.services import matters

    with database.session_scope() as session:
        if matter_id is None:
            return matters.create_matter(session, data, [(client, "client")] if client else None)
        matters.update_matter(session, matter_id, data)
        return matter_id


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MatterFormDialog(BackgroundDialog):
    """New matter (``matter_id`` None) or Edit: Ctrl+Enter saves, Esc cancels.

    Saving runs on the database lane; the dialog stays until the write has finished and
    emits ``saved(matter_id)``.
    """

    saved = Signal(int)

    def __init__(
        self,
        database: Database,
        matter_id: int | None = None,
        *,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matterFormDialog")
        self._database = database
        self._tasks = tasks
        self.matter_id = matter_id
        self._saving = False
        self.texts = MatterTexts(self)
        self.choices = load_choices(database, matter_id)
        detail = self.choices.detail
        self.setWindowTitle(
            self.tr("New matter")
            if detail is None
            else self.tr("Edit {number}").format(number=detail.number)
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(20, 16, 20, 16)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        outer.addWidget(body, 1)
        self._form = form
        self._order: list[QWidget] = []

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Novák v. Dvořák, Tax return 2025"))
        self.title_message = self._row(self.tr("&Title:"), self.title_edit, "matterTitle")
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(
            self.tr("Given automatically, like {example}").format(example=self._example())
        )
        self.number_message = self._row(self.tr("N&umber:"), self.number_edit, "matterNumber")

        self.client_picker: RefPicker | None = None
        self.client_message: FieldMessage | None = None
        if detail is None:
            self.client_picker = RefPicker(database)
            self.client_message = self._row(self.tr("&Client:"), self.client_picker, "matterClient")
            self.client_picker.picked.connect(lambda _ref: self._recheck(self.client_message))
            self.client_picker.textChanged.connect(lambda _t: self._recheck(self.client_message))

        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("(none)"), None)
        for matter_type in self.choices.types:
            if not matter_type.archived or (detail and detail.type_id == matter_type.id):
                self.type_combo.addItem(self.texts.type_name(matter_type), matter_type.id)
        self._row(self.tr("T&ype:"), self.type_combo, "matterType")

        self.stage_combo = QComboBox()
        for stage in self.choices.stages:
            if not stage.archived or (detail and detail.stage_id == stage.id):
                self.stage_combo.addItem(self.texts.stage_name(stage), stage.id)
        self._row(self.tr("&Stage:"), self.stage_combo, "matterStage")

        self.responsible_combo = QComboBox()
        self.responsible_combo.setEditable(True)
        self.responsible_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible_combo.addItem("")
        self.responsible_combo.addItems(self.choices.responsibles)
        self.responsible_combo.lineEdit().setPlaceholderText(
            self.tr("Who in the firm answers for it")
        )
        self._row(self.tr("&Responsible:"), self.responsible_combo, "matterResponsible")

        self.opened_edit = QDateEdit()
        self.opened_edit.setCalendarPopup(True)
        self.opened_edit.setDisplayFormat("d. M. yyyy")
        self.opened_edit.setDate(QDate.currentDate())
        self.opened_edit.setMinimumWidth(130)
        self.opened_edit.setObjectName("matterOpenedDate")
        self._row(self.tr("&Opened:"), self._left(self.opened_edit), "matterOpened")
        self._order[-1] = self.opened_edit
        self.closed_edit = _OptionalDateEdit()
        self.closed_edit.setObjectName("matterClosedDate")
        clear = QToolButton()
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Not closed"))
        clear.clicked.connect(lambda: self.closed_edit.set_value(None))
        self.closed_message = self._row(
            self.tr("Cl&osed:"), self._left(self.closed_edit, clear), "matterClosed"
        )
        self._order[-1:] = [self.closed_edit, clear]
        # Dates are picked, not typed: their message shows at once.
        self.opened_edit.dateChanged.connect(lambda _d: self._recheck(self.closed_message, True))
        self.closed_edit.dateChanged.connect(lambda _d: self._recheck(self.closed_message, True))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._row(self.tr("&Notes:"), self.notes_edit, "matterNotes")

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 10, 20, 12)
        buttons.setSpacing(8)
        self.banner = FieldMessage()
        self.banner.setObjectName("matterFormBanner")
        self.banner.setWordWrap(False)  # one short line; wrapped it would squeeze itself
        buttons.addWidget(self.banner, 1)
        buttons.addStretch(1)  # keeps the buttons at their natural size when no banner
        self.hint_label = QLabel(self.tr("Ctrl+Enter saves, Esc cancels"))
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons.addWidget(self.hint_label)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("matterSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.save)

        self.title_edit.editingFinished.connect(lambda: self._recheck(self.title_message, True))
        self.title_edit.textChanged.connect(lambda _t: self._recheck(self.title_message))
        self.number_edit.textChanged.connect(lambda _t: self.number_message.show_check(None))
        chain = [*self._order, self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if detail is not None:
            self._fill(detail)
        self.setMinimumWidth(560)
        self.resize(600, self.sizeHint().height())

    # --- building ------------------------------------------------------------------------

    def _row(self, label: str, field: QWidget, name: str) -> FieldMessage:
        """``field`` under ``label`` (its buddy) with a message line below it."""
        field.setObjectName(name)
        caption = QLabel(label)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        message = FieldMessage()
        message.setObjectName(f"{name}Message")
        # One line: a wrapping label's height-for-width squeezes the rows below it.
        message.setWordWrap(False)
        column.addWidget(message)
        self._form.addRow(caption, holder)
        caption.setBuddy(field.findChild(QDateEdit) or field)
        self._order.append(field)
        return message

    @staticmethod
    def _left(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _example(self) -> str:
        from smallcrm.core.services.matters import format_number

        return format_number(self.choices.pattern, 42, date.today())

    def _fill(self, detail: MatterDetail) -> None:
        self.title_edit.setText(detail.title)
        self.number_edit.setText(detail.number)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(detail.type_id), 0))
        self.stage_combo.setCurrentIndex(max(self.stage_combo.findData(detail.stage_id), 0))
        self.responsible_combo.setEditText(detail.responsible or "")
        self.opened_edit.setDate(_qdate(detail.opened_on))
        self.closed_edit.set_value(detail.closed_on)
        self.notes_edit.setPlainText(detail.notes or "")

    # --- checks --------------------------------------------------------------------------

    def _check_title(self) -> Check | None:
        title = self.title_edit.text().strip()
        if not title:
            return Check(self.tr("Enter a title for the matter."))
        if len(title) > TITLE_MAX:
            return Check(
                self.tr("The title is too long: at most {count} characters.").format(
                    count=TITLE_MAX
                )
            )
        return None

    def _check_closed(self) -> Check | None:
        closed = self.closed_edit.value()
        if closed is not None and closed < self.opened_edit.date().toPython():
            return Check(self.tr("The matter cannot close before it opens."))
        return None

    def _check_client(self) -> Check | None:
        picker = self.client_picker
        if picker is None or not picker.text().strip() or picker.ref is not None:
            return None
        return Check(self.tr("Pick the client from the list of names, or leave it empty."))

    def _checks(self) -> list[tuple[QWidget, FieldMessage, Check | None]]:
        out = [
            (self.title_edit, self.title_message, self._check_title()),
            (self.closed_edit, self.closed_message, self._check_closed()),
        ]
        if self.client_picker is not None and self.client_message is not None:
            out.insert(1, (self.client_picker, self.client_message, self._check_client()))
        return out

    def _recheck(self, message: FieldMessage | None, always: bool = False) -> None:
        """Refresh a field's message once it shows (so it goes away when fixed)."""
        for _field, shown, check in self._checks():
            if shown is message and (always or shown.text() or check is None):
                shown.show_check(check)
        self._update_save_button()

    def validate(self) -> QWidget | None:
        """Show every field's message; the first field that blocks saving, or None."""
        first = None
        for field, message, check in self._checks():
            message.show_check(check)
            if check is not None and check.blocking and first is None:
                first = field
        self._update_save_button()
        self._fit()
        return first

    def _fit(self) -> None:
        """Grow when messages appear, so no field is squeezed (once the layout has them)."""
        self.hint_label.setVisible(not self.banner.isVisibleTo(self))
        QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        layout = self.layout()
        layout.activate()
        wanted = max(layout.totalHeightForWidth(self.width()), self.sizeHint().height())
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def has_errors(self) -> bool:
        return any(message.blocking for _f, message, _c in self._checks())

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(not self._saving and not self.has_errors())

    # --- data ----------------------------------------------------------------------------

    def matter_input(self) -> MatterInput:
        responsible = self.responsible_combo.currentText().strip()
        notes = self.notes_edit.toPlainText().strip()
        return MatterInput(
            title=self.title_edit.text().strip(),
            type_id=self.type_combo.currentData(),
            stage_id=self.stage_combo.currentData(),
            responsible=responsible or None,
            opened_on=self.opened_edit.date().toPython(),
            closed_on=self.closed_edit.value(),
            notes=notes or None,
            number=self.number_edit.text().strip() or None,
        )

    # --- saving --------------------------------------------------------------------------

    def writing_now(self) -> bool:
        return self._saving

    @property
    def busy(self) -> bool:
        return self._saving

    def save(self) -> None:
        if self._saving:
            return
        bad = self.validate()
        if bad is not None:
            self.banner.show_check(Check(self.tr("Please correct the marked fields.")))
            self._fit()
            bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.banner.show_check(None)
        self._fit()
        data = self.matter_input()
        client = self.client_picker.ref if self.client_picker is not None else None
        database, matter_id = self._database, self.matter_id
        self._saving = True
        self._update_save_button()
        if self._tasks is None:
            try:
                result = save_matter(database, matter_id, data, client)
            except Exception as exc:
                self._save_failed(exc)
                return
            self._save_done(result)
            return

        def work(_context: TaskContext) -> int:
            return save_matter(database, matter_id, data, client)

        self._tasks.run(
            work,
            lane=DB,
            on_success=self._save_done,
            on_failure=self._save_failed,
            description="save matter",
        )

    def _save_done(self, matter_id: int) -> None:
        self._saving = False
        self.matter_id = matter_id
        if self._delete_when_idle:
            self.deleteLater()
        self.saved.emit(matter_id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._update_save_button()
        if self._delete_when_idle:
            self.deleteLater()
            return
        if isinstance(exc, KnownError):
            if "already used" in exc.message:
                number = self.number_edit.text().strip()
                self.number_message.show_check(
                    Check(
                        self.tr("The number {number} is already used by another matter.").format(
                            number=number
                        )
                    )
                )
                self.number_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.banner.show_check(Check(self.tr("Please correct the marked fields.")))
                self._fit()
                return
            self.banner.show_check(Check(str(exc)))
            self._fit()
            return
        log.error("Saving a matter failed", exc_info=exc)
        self.banner.show_check(Check(self.tr("The matter could not be saved; see the log.")))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's event type
        super().showEvent(event)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["MatterFormDialog", "load_choices", "save_matter"]
