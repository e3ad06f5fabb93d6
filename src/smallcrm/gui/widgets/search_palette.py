"""The Ctrl+K palette: as-you-type results over every kind of record, grouped by kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.gui.tasks import IO, TaskRunner
from smallcrm.gui.widgets.icons import icon

# Typing pauses this long before a search runs: one search per word typed, not per key.
DEBOUNCE_MS = 60
LIMIT = 40
PER_KIND = 6

_HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2

ICONS = {
    "contact": "contacts",
    "organization": "matters",
    "matter": "matters",
    "activity": "note",
    "task": "tasks",
    "event": "calendar",
    "document": "documents",
    "message": "mail",
}


def kind_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "contact": translate("SearchPalette", "People"),
        "organization": translate("SearchPalette", "Organisations"),
        "matter": translate("SearchPalette", "Matters"),
        "activity": translate("SearchPalette", "Activities and notes"),
        "task": translate("SearchPalette", "Tasks"),
        "event": translate("SearchPalette", "Events"),
        "document": translate("SearchPalette", "Documents"),
        "message": translate("SearchPalette", "Mail"),
    }


@dataclass(frozen=True)
class Found:
    """One search's answer, for the text it was asked for."""

    text: str
    hits: list[Any]  # core.search.Hit


def run_search(database: Database, text: str) -> Found:
    from smallcrm.core.search import search

    with database.session_scope() as session:
        return Found(text, search(session, text, limit=LIMIT, per_kind=PER_KIND))


class _HitDelegate(QStyledItemDelegate):
    """A hit as a title with its snippet below in the placeholder colour; kind captions as
    small bold headings."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        lines = 2 if index.data(_SNIPPET_ROLE) else 1
        height = option.fontMetrics.height() * lines + 10
        if index.data(_HIT_ROLE) is None:
            height = option.fontMetrics.height() + 12
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit = index.data(_HIT_ROLE)
        palette: QPalette = option.palette
        painter.save()
        rect = option.rect
        if hit is None:  # a kind's caption
            font = QFont(option.font)
            font.setWeight(QFont.Weight.DemiBold)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect.adjusted(10, 6, -10, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                index.data(Qt.ItemDataRole.DisplayRole),
            )
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        glyph = index.data(Qt.ItemDataRole.DecorationRole)
        left = rect.left() + 10
        if glyph is not None:
            size = 18
            glyph.paint(painter, QRect(left, rect.top() + 5, size, size))
            left += size + 10
        metrics = option.fontMetrics
        line = metrics.height()
        width = rect.right() - left - 10
        painter.setPen(palette.color(text_role))
        title = metrics.elidedText(
            index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QPoint(left, rect.top() + 4 + metrics.ascent()), title)
        snippet = index.data(_SNIPPET_ROLE)
        if snippet:
            grey = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(palette.color(grey))
            text = metrics.elidedText(snippet, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPoint(left, rect.top() + 4 + line + metrics.ascent()), text)
        painter.restore()


class SearchPalette(QFrame):
    """Results under the toolbar's search box while the user types in it. The box keeps the
    focus: Up and Down choose, Enter opens, Esc closes. Searches run on the read lane; an
    answer to an older text is dropped."""

    openRequested = Signal(str, int)  # kind, id

    def __init__(
        self, database: Database, tasks: TaskRunner, edit: QLineEdit, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPalette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._database = database
        self._tasks = tasks
        self.edit = edit
        self._asked = ""  # the text of the search running or last run
        self._open_when_found = False  # Enter was pressed before the answer came
        self.shown_text = ""  # the text the list shows hits for

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.list = QListWidget()
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(False)
        self.list.itemClicked.connect(self._open_item)
        layout.addWidget(self.list)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setContentsMargins(10, 6, 10, 6)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.status)
        self.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        edit.textEdited.connect(self._typed)
        edit.installEventFilter(self)
        parent.installEventFilter(self)

    # --- typing and searching ------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._open_when_found = False
        if not text.strip():
            self._asked = ""
            self._timer.stop()
            self.close_palette()
            return
        self._timer.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        if not text or text == self._asked:
            return
        self._asked = text
        database = self._database

        def work(_context: object) -> Found:
            return run_search(database, text)

        self._tasks.run(
            work,
            lane=IO,
            on_success=self.show_found,
            on_failure=self._failed,
            description="search",
        )

    def search_now(self) -> None:
        """Search for the box's text at once (Enter before the pause ran out, tests)."""
        self._timer.stop()
        self._search()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Search failed: {reason}").format(reason=exc))
        self.status.show()

    def show_found(self, found: Found) -> None:
        if found.text != self.edit.text().strip():
            return  # the user typed on; a newer search is coming
        self.shown_text = found.text
        titles = kind_titles()
        self.list.clear()
        kind = None
        first = None
        for hit in found.hits:
            if hit.kind != kind:
                kind = hit.kind
                caption = QListWidgetItem(titles.get(kind, kind))
                caption.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(caption)
            item = QListWidgetItem(icon(ICONS.get(hit.kind, "search")), hit.title or "—")
            item.setData(_HIT_ROLE, (hit.kind, hit.id))
            if hit.snippet and hit.snippet != hit.title:
                item.setData(_SNIPPET_ROLE, hit.snippet)
            item.setToolTip(f"{hit.title}\n{hit.snippet}" if hit.snippet else hit.title)
            self.list.addItem(item)
            first = first or item
        if first is not None:
            self.list.setCurrentItem(first)
            self.status.setText(self.tr("↑↓ to choose, Enter to open, Esc to close"))
        else:
            self.status.setText(self.tr("Nothing found for “{text}”.").format(text=found.text))
        self.list.setVisible(first is not None)
        self.status.show()
        self._place()
        self.show()
        self.raise_()
        if self._open_when_found:
            self._open_when_found = False
            self.open_current()

    # --- choosing ------------------------------------------------------------------------

    def hits(self) -> list[tuple[str, int]]:
        """(kind, id) of the listed hits, in order."""
        out = []
        for row in range(self.list.count()):
            data = self.list.item(row).data(_HIT_ROLE)
            if data is not None:
                out.append(data)
        return out

    def current_hit(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        return item.data(_HIT_ROLE) if item is not None else None

    def _step(self, delta: int) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        while 0 <= row + delta < count:
            row += delta
            if self.list.item(row).data(_HIT_ROLE) is not None:
                self.list.setCurrentRow(row)
                return

    def _open_item(self, item: QListWidgetItem) -> None:
        data = item.data(_HIT_ROLE)
        if data is not None:
            self.close_palette()
            self.openRequested.emit(*data)

    def open_current(self) -> bool:
        item = self.list.currentItem()
        if item is None or not self.isVisible():
            return False
        self._open_item(item)
        return True

    def close_palette(self) -> None:
        self.hide()

    # --- placing and keys ----------------------------------------------------------------

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        below = self.edit.mapTo(parent, QPoint(0, self.edit.height() + 2))
        width = max(self.edit.width(), 420)
        left = min(below.x(), max(0, parent.width() - width - 8))
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.list.count()))
        chrome = self.status.sizeHint().height() + 4
        height = min(rows + chrome + 4, max(160, parent.height() - below.y() - 24))
        self.setGeometry(left, below.y(), width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down and self.isVisible():
                self._step(1)
                return True
            if key == Qt.Key.Key_Up and self.isVisible():
                self._step(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.edit.text().strip() and self.shown_text != self.edit.text().strip():
                    self._open_when_found = True  # Enter before the answer: open its first
                    self.search_now()
                    return True
                return self.open_current()
            if key == Qt.Key.Key_Escape and self.isVisible():
                self.close_palette()
                return True
        elif watched is self.edit and event.type() == QEvent.Type.FocusOut:
            # A click elsewhere closes the list, but not the click on the list itself.
            QTimer.singleShot(150, self._close_unless_focused)
        elif (
            watched is self.parentWidget()
            and event.type() == QEvent.Type.Resize
            and self.isVisible()
        ):
            self._place()
        return super().eventFilter(watched, event)

    def _close_unless_focused(self) -> None:
        if not self.edit.hasFocus():
            self.close_palette()
