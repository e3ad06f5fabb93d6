"""The Dashboard page: a greeting, a few cheap counts, and what the page will hold later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.gui.dates import short_date
from smallcrm.gui.tasks import IO, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon, pixmap

# Each list shows this many; "and N more" counts the rest (the Tasks page will list all).
SHOWN = 8
_TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TodayLists:
    """What the two lists show; plain data read on the read lane."""

    follow_ups: list[Any]  # tasks.TaskRow
    out_of_touch: list[Any]  # tasks.OutOfTouch
    today: date


def load_today(database: Database) -> TodayLists:
    from smallcrm.core.services import tasks

    today = date.today()
    with database.session_scope() as session:
        return TodayLists(
            tasks.due_follow_ups(session, today), tasks.out_of_touch(session, today), today
        )


class _TodayList(QWidget):
    """A caption, a short list whose items open their record, and "and N more"."""

    chosen = Signal(object)  # a Ref, or a matter's id

    def __init__(self, icon_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(pixmap(icon_name, 18))
        head.addWidget(glyph)
        self.caption = QLabel(title)
        font = self.caption.font()
        font.setWeight(font.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.caption.setFont(font)
        head.addWidget(self.caption, 1)
        layout.addLayout(head)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._open)
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list, 1)
        self.none_label = QLabel()
        self.none_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.none_label)
        self.more_label = QLabel()
        self.more_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.more_label)
        layout.addStretch(0)

    def fill(self, rows: list[tuple[str, str, Any, bool]], none_text: str, more: str) -> None:
        """``rows``: (name, detail, what it opens, overdue)."""
        # Imported when the lists fill, after the first paint: the start page stays light.
        from smallcrm.core.services.address_book import Ref
        from smallcrm.gui.widgets.contact_form import error_color

        self.list.clear()
        for name, detail, target, late in rows:
            item = QListWidgetItem(icon("contacts" if isinstance(target, Ref) else "matters"), "")
            item.setText(f"{name}\n{detail}" if detail else name)
            item.setData(_TARGET_ROLE, target)
            item.setToolTip(f"{name} · {detail}" if detail else name)
            if late:
                item.setForeground(error_color(self))
            self.list.addItem(item)
        self.list.setVisible(bool(rows))
        self.none_label.setText(none_text)
        self.none_label.setVisible(not rows)
        self.more_label.setText(more)
        self.more_label.setVisible(bool(more))

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(_TARGET_ROLE)
        if target is not None:
            self.chosen.emit(target)


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
    recordRequested = Signal(object)  # a Ref (person or organisation), or a matter's id

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
        # Follow-ups due and people out of touch, side by side; the empty state while
        # there are none.
        self.lists = QWidget()
        lists_layout = QHBoxLayout(self.lists)
        lists_layout.setContentsMargins(20, 16, 20, 16)
        lists_layout.setSpacing(32)
        self.follow_ups = _TodayList("remind", self.tr("Follow-ups due"))
        self.follow_ups.setObjectName("dashboardFollowUps")
        self.out_of_touch = _TodayList("contacts", self.tr("Time to get in touch"))
        self.out_of_touch.setObjectName("dashboardOutOfTouch")
        for part in (self.follow_ups, self.out_of_touch):
            part.chosen.connect(self.recordRequested)
            lists_layout.addWidget(part, 1)
        self.today_stack = QStackedWidget()
        self.today_stack.addWidget(self.empty)
        self.today_stack.addWidget(self.lists)
        panel_layout.addWidget(self.today_stack)
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

        def today(_context: object) -> TodayLists:
            return load_today(database)

        self._tasks.run(today, lane=IO, on_success=self.show_today, description="today")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.loaded:
            self.refresh()  # back from another page: follow-ups may be done meanwhile

    def show_today(self, lists: TodayLists) -> None:
        from smallcrm.core.services.address_book import Ref

        today = lists.today
        rows = []
        for task in lists.follow_ups[:SHOWN]:
            if task.people:
                target: Any = Ref("person", task.people[0][0])
            elif task.organizations:
                target = Ref("organization", task.organizations[0][0])
            else:
                target = task.matter_id
            if task.due_on is not None and task.due_on < today:
                when = self.tr("overdue since {date}").format(
                    date=short_date(self.locale(), task.due_on, today)
                )
            else:
                when = self.tr("due today")
            rows.append((task.title, when, target, task.overdue(today)))
        extra = len(lists.follow_ups) - SHOWN
        self.follow_ups.fill(
            rows,
            self.tr("No follow-ups due."),
            self.tr("and %n more", "", extra) if extra > 0 else "",
        )
        rows = []
        for person in lists.out_of_touch[:SHOWN]:
            due = short_date(self.locale(), person.due, today)
            detail = self.tr("every %n weeks", "", person.weeks)
            detail += " · " + self.tr("due since {date}").format(date=due)
            rows.append((person.name, detail, Ref("person", person.contact_id), False))
        extra = len(lists.out_of_touch) - SHOWN
        self.out_of_touch.fill(
            rows,
            self.tr("Everyone is in touch."),
            self.tr("and %n more", "", extra) if extra > 0 else "",
        )
        has_any = bool(lists.follow_ups or lists.out_of_touch)
        self.today_stack.setCurrentWidget(self.lists if has_any else self.empty)

    def _show_counts(self, counts: tuple[int, int]) -> None:
        self.contacts_card.set_count(counts[0])
        self.organizations_card.set_count(counts[1])
        self.loaded = True

    def is_ready(self) -> bool:
        return self.loaded
