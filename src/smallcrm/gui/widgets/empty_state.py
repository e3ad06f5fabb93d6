"""A centred icon, title and explanation shown where a list or section has nothing yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smallcrm.gui.widgets.icons import pixmap


class EmptyState(QWidget):
    """Tells the user what will appear in a place and, where possible, what to do next."""

    def __init__(
        self,
        icon_name: str,
        title: str,
        text: str,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        # A column of readable width, centred: word-wrapped labels need a definite width
        # to compute their height, which alignment flags would take away from them.
        column = QWidget()
        column.setMaximumWidth(540)
        outer.addStretch(1)
        outer.addWidget(column, 3)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addStretch(2)

        self.icon_label = QLabel()
        self.icon_label.setPixmap(pixmap(icon_name, 56))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon_label)

        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)

        self.text_label = QLabel(text)
        self.text_label.setObjectName("emptyText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label)

        self.note_label = QLabel(note)
        self.note_label.setObjectName("emptyNote")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addSpacing(6)
        layout.addWidget(self.note_label)
        layout.addStretch(3)

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
