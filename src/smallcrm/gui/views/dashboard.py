"""The Dashboard page: a greeting, a few cheap counts, and what the page will hold later."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.gui.tasks import IO, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import pixmap


class _CountCard(QPushButton):
    """A big number with a caption; a button so it is reachable and clickable."""

    def __init__(self, icon_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(220, 92)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(14)
        glyph = QLabel()
        glyph.setPixmap(pixmap(icon_name, 32))
        glyph.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(glyph)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(font.Weight.DemiBold)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            texts.addWidget(label)
        layout.addLayout(texts)
        layout.addStretch(1)
        self.setAccessibleName(caption)

    def set_count(self, count: int) -> None:
        self.number.setText(self.locale().toString(count))
        self.setAccessibleName(f"{self.caption.text()}: {count}")


class DashboardView(QWidget):
    """The start page; shows counts now, today's work once tasks and calendar exist."""

    openSection = Signal(str)

    def __init__(
        self, database: Database, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self.loaded = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 24)
        outer.setSpacing(6)

        self.greeting = QLabel(self._greeting())
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(font.Weight.DemiBold)
        self.greeting.setFont(font)
        outer.addWidget(self.greeting)

        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.date_label = QLabel(today)
        self.date_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.date_label)
        outer.addSpacing(20)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        self.contacts_card = _CountCard("contacts", self.tr("Contacts"))
        self.organizations_card = _CountCard("matters", self.tr("Organisations"))
        self.contacts_card.clicked.connect(lambda: self.openSection.emit("contacts"))
        self.organizations_card.clicked.connect(lambda: self.openSection.emit("contacts"))
        cards.addWidget(self.contacts_card)
        cards.addWidget(self.organizations_card)
        cards.addStretch(1)
        outer.addLayout(cards)
        outer.addSpacing(20)

        panel = QFrame()
        panel.setObjectName("todayPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState(
            "tasks",
            self.tr("Today"),
            self.tr("Today's tasks, deadlines and recent activity will appear here."),
        )
        panel_layout.addWidget(self.empty)
        outer.addWidget(panel, 1)

        self.setStyleSheet(self._style())

        # Counting starts once the page has been painted: the window appears first, and the
        # database layer loads in the background instead of competing with that paint.
        self._refresh_pending = True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._refresh_pending:
            self._refresh_pending = False
            QTimer.singleShot(0, self, self.refresh)

    def _style(self) -> str:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
        highlight = palette.color(QPalette.ColorRole.Highlight).name()
        return f"""
            QPushButton#countCard, QFrame#todayPanel {{
                background: {base}; border: 1px solid {border}; border-radius: 8px;
            }}
            QPushButton#countCard:hover, QPushButton#countCard:focus {{
                border: 1px solid {highlight};
            }}
        """

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 5 or hour >= 18:
            return self.tr("Good evening")
        if hour < 12:
            return self.tr("Good morning")
        return self.tr("Good afternoon")

    def refresh(self) -> None:
        """Count in the background: the first import of the database layer is not cheap."""
        database = self._database

        def count(_context: object) -> tuple[int, int]:
            from smallcrm.core.services import contacts

            with database.session_scope() as session:
                return contacts.count_contacts(session), contacts.count_organizations(session)

        self._tasks.run(count, lane=IO, on_success=self._show_counts, description="count")

    def _show_counts(self, counts: tuple[int, int]) -> None:
        self.contacts_card.set_count(counts[0])
        self.organizations_card.set_count(counts[1])
        self.loaded = True

    def is_ready(self) -> bool:
        return self.loaded
