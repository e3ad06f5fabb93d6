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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.gui.widgets.contact_form import FieldMessage


def field_grid() -> QFormLayout:
    """Labels right-aligned to their fields' tops; fields take the width."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(6)
    return form


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
