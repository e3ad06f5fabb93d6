"""A message with an Undo button, shown in the window's status bar after a change."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class UndoNotice(QWidget):
    """A message with an Undo button, shown in the window's status bar after a change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("contactsNoticeText")
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("contactsNoticeUndo")
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take the change back (Ctrl+Z)"))
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        self.setVisible(False)
