"""The frame every record form shares: the field grid, and the Cancel/Save row with a banner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.widgets.contact_form import Check, FieldMessage


def field_grid() -> QFormLayout:
    """Labels right-aligned to their fields' tops; fields take the width."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(6)
    return form


def add_field_row(
    form: QFormLayout,
    label: str,
    field: QWidget,
    name: str,
    *,
    focus: QWidget | None = None,
    extra: QWidget | None = None,
) -> tuple[QLabel, FieldMessage]:
    """``field`` beside its caption, an optional note under it, then its message line.

    Object names: ``name`` for the field, ``{name}Row`` and ``{name}Message``."""
    field.setObjectName(name)
    caption = QLabel(label)
    caption.setBuddy(focus or field)
    caption.setContentsMargins(0, 4, 0, 0)
    holder = QWidget()
    holder.setObjectName(f"{name}Row")
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    if extra is not None:
        column.addWidget(extra)
    message = FieldMessage()
    message.setObjectName(f"{name}Message")
    column.addWidget(message)
    form.addRow(caption, holder)
    return caption, message


@dataclass
class SaveRow:
    banner: FieldMessage
    cancel_button: QPushButton
    save_button: QPushButton


def add_save_row(
    dialog: QDialog,
    outer: QVBoxLayout,
    prefix: str,
    save: Callable[[], None],
    *,
    leading: QWidget | None = None,
) -> SaveRow:
    """A line, then [leading] banner … Cancel Save; Ctrl+Enter saves from any field.

    Object names are ``{prefix}Banner``, ``{prefix}Cancel`` and ``{prefix}Save``. The banner
    keeps its room when hidden, so the buttons neither jump nor stretch."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    outer.addWidget(line)
    row = QHBoxLayout()
    row.setSpacing(8)
    if leading is not None:
        row.addWidget(leading)
    banner = FieldMessage()
    banner.setObjectName(f"{prefix}Banner")
    policy = banner.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    banner.setSizePolicy(policy)
    row.addWidget(banner, 1)
    cancel = QPushButton(QCoreApplication.translate("FormFrame", "Cancel"))
    cancel.setObjectName(f"{prefix}Cancel")
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(QCoreApplication.translate("FormFrame", "&Save"))
    ok.setObjectName(f"{prefix}Save")
    ok.setDefault(True)
    ok.clicked.connect(save)
    row.addWidget(cancel)
    row.addWidget(ok)
    outer.addLayout(row)
    for sequence in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(sequence), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)
    return SaveRow(banner, cancel, ok)


@dataclass
class FieldRule:
    """A field, the check of its value, and the message shown under it."""

    field: QWidget
    check: Callable[[], Check | None]
    message: FieldMessage


class RecordForm(BackgroundDialog):
    """A record's form saved on the write lane: its field rules, the check before a save,
    and "busy" while the write runs. Subclasses fill ``_rules``, set ``banner`` (from
    ``add_save_row``) and set ``_saving`` around the write."""

    _saving = False
    banner: FieldMessage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules: list[FieldRule] = []

    @property
    def busy(self) -> bool:
        return self._saving

    def writing_now(self) -> bool:
        return self._saving

    def add_rule(
        self, field: QWidget, check: Callable[[], Check | None], message: FieldMessage
    ) -> FieldRule:
        """Check ``field`` before a save; a line edit is checked as it is left, and again
        as it changes while its message shows (a fixed mistake clears at once)."""
        rule = FieldRule(field, check, message)
        self._rules.append(rule)
        if isinstance(field, QLineEdit):
            field.editingFinished.connect(lambda: self._run(rule))
            field.textChanged.connect(lambda _t: self._run(rule) if rule.message.text() else None)
        return rule

    def _run(self, rule: FieldRule) -> Check | None:
        result = rule.check()
        rule.message.show_check(result)
        return result

    def validate(self) -> QWidget | None:
        """Check every field and show the messages; the first field that blocks, or None."""
        first = None
        for rule in self._rules:
            result = self._run(rule)
            if result is not None and result.blocking and first is None:
                first = rule.field
        return first

    def message_of(self, name: str) -> str:
        """The message shown under a field (tests read it)."""
        label = self.findChild(FieldMessage, f"{name}Message")
        return label.text() if label is not None and label.isVisible() else ""

    def held_back(self) -> bool:
        """Before a save: True while a save runs, or when a field blocks it (the cursor goes
        to the first such field and the banner says so)."""
        if self._saving:
            return True
        bad = self.validate()
        if bad is not None:
            self.banner.show_check(
                Check(QCoreApplication.translate("RecordForm", "Please correct the marked fields."))
            )
            bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        self.banner.show_check(None)
        return False
