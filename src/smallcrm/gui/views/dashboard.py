"""The Dashboard page: today's work, deadlines ahead, recent activity and the pipeline."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.gui.dates import short_date
from smallcrm.gui.tasks import IO, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon, pixmap

if TYPE_CHECKING:
    # Types only: the core's dashboard module (and SQLAlchemy) load on the read lane,
    # after the page's first paint.
    from smallcrm.core.services.dashboard import Dashboard, Target

log = logging.getLogger(__name__)

_ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the _Row an item shows
# Below this width a panel is cramped: the page puts its panels in one column instead.
PANEL_MIN_WIDTH = 330
CARD_MIN_WIDTH = 170


def load_dashboard(database: Database, zone: str, now: datetime | None = None) -> Dashboard:
    """Everything the page shows, read in one session (the read lane runs it)."""
    from smallcrm.core import recurrence
    from smallcrm.core.services import dashboard

    now = now or datetime.now(recurrence.zone(zone))
    with database.session_scope() as session:
        return dashboard.load_dashboard(session, now.date(), now, zone)


@dataclass(frozen=True)
class _Row:
    """One line of a list: what it says and what it opens."""

    title: str
    detail: str
    aside: str  # right of the title: a time, "in 3 days"
    icon: str
    target: Target | None
    occurrence: Any = None  # an event's Occurrence: the calendar's form opens it
    late: bool = False  # red: overdue, or due today


# --- lists -----------------------------------------------------------------------------


class _RowDelegate(QStyledItemDelegate):
    """Paints a row as an icon, the title with an aside on its right, and a muted detail."""

    PAD_X = 8
    PAD_Y = 6
    ICON = 18

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, self.PAD_Y * 2 + height * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(_ROW_ROLE)
        if not isinstance(row, _Row):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        # The selection marks where the keyboard is; without focus it would only linger.
        focused = widget is not None and widget.hasFocus()
        if not focused:
            opt.state &= ~QStyle.StateFlag.State_Selected
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.text = ""
        opt.icon = QIcon()  # drawn below, at the row's size
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        palette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        warn = muted
        if row.late and not selected and widget is not None:
            from smallcrm.gui.widgets.contact_form import error_color

            warn = error_color(widget)
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        metrics = opt.fontMetrics
        line = metrics.height()
        glyph = QRect(rect.left(), rect.top() + (line - self.ICON) // 2, self.ICON, self.ICON)
        icon(row.icon).paint(painter, glyph)
        left = glyph.right() + 10
        painter.save()
        painter.setFont(opt.font)
        aside_width = metrics.horizontalAdvance(row.aside) + 2 if row.aside else 0
        if aside_width:
            painter.setPen(warn if row.late else muted)
            painter.drawText(
                QRect(rect.right() - aside_width, rect.top(), aside_width, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                row.aside,
            )
        title_width = rect.right() - left - (aside_width + 12 if aside_width else 0)
        painter.setPen(text)
        painter.drawText(
            QRect(left, rect.top(), max(title_width, 0), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, max(title_width, 0)),
        )
        painter.setPen(warn if row.late else muted)
        detail_width = rect.right() - left
        painter.drawText(
            QRect(left, rect.top() + line + 2, max(detail_width, 0), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(row.detail, Qt.TextElideMode.ElideRight, max(detail_width, 0)),
        )
        painter.restore()


class _ItemList(QListWidget):
    """A short list as tall as its rows (the page scrolls, not the list); a click, Enter or
    Space opens the row's record."""

    chosen = Signal(object)  # the _Row

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)  # hover shows which row a click opens
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(_RowDelegate(self))
        # No background of its own: the list sits on its panel, not in a box.
        self.viewport().setAutoFillBackground(False)
        # Clicks only: styles that activate on a single click would otherwise open twice.
        self.itemClicked.connect(self._open)
        self.setFixedHeight(0)
        self.setVisible(False)  # until it has rows: an empty list takes no Tab stop

    def set_rows(self, rows: Sequence[_Row]) -> None:
        self.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.title}\n{row.detail}" if row.detail else row.title)
            if row.aside:
                item.setText(f"{item.text()} · {row.aside}")
            item.setData(_ROW_ROLE, row)
            item.setToolTip(" · ".join(part for part in (row.title, row.detail, row.aside) if part))
            self.addItem(item)
        height = sum(self.sizeHintForRow(i) for i in range(self.count()))
        self.setFixedHeight(height + 2 * self.frameWidth())
        self.setVisible(bool(rows))

    def rows(self) -> list[_Row]:
        return [self.item(i).data(_ROW_ROLE) for i in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.currentItem()
            if item is not None:
                self._open(item)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)
        elif self.currentItem() is not None:
            self.currentItem().setSelected(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.viewport().update()  # the selection is drawn only while focused

    def _open(self, item: QListWidgetItem) -> None:
        row = item.data(_ROW_ROLE)
        if isinstance(row, _Row) and row.target is not None:
            self.chosen.emit(row)


class _ListBlock(QWidget):
    """An optional caption, a list, a line for when it is empty, and "and N more"."""

    chosen = Signal(object)  # the _Row

    def __init__(self, name: str, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        font = self.caption.font()
        font.setWeight(font.Weight.DemiBold)
        self.caption.setFont(font)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.caption.setContentsMargins(8, 4, 0, 0)
        self.caption.setVisible(bool(caption))
        layout.addWidget(self.caption)
        self.list = _ItemList(name)
        self.list.chosen.connect(self.chosen)
        layout.addWidget(self.list)
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.none_label.setContentsMargins(8, 2, 8, 2)
        self.none_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.none_label.setVisible(False)
        layout.addWidget(self.none_label)
        self.more_label = QLabel()
        self.more_label.setContentsMargins(36, 0, 8, 0)
        self.more_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.more_label.setVisible(False)
        layout.addWidget(self.more_label)

    def fill(self, rows: Sequence[_Row], none_text: str, more: str) -> None:
        self.list.set_rows(rows)
        self.none_label.setText(none_text)
        self.none_label.setVisible(not rows and bool(none_text))
        self.more_label.setText(more)
        self.more_label.setVisible(bool(more))


class _Panel(QFrame):
    """A titled box on the page: icon, title, a count, and an optional link to a section."""

    def __init__(
        self, icon_name: str, title: str, link: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashPanel")
        self.setMinimumWidth(PANEL_MIN_WIDTH - 40)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(6)
        head = QHBoxLayout()
        head.setContentsMargins(8, 0, 0, 0)
        head.setSpacing(8)
        glyph = QLabel()
        glyph.setPixmap(pixmap(icon_name, 18))
        head.addWidget(glyph)
        self.title = QLabel(title)
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        head.addWidget(self.title)
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head.addWidget(self.count)
        head.addStretch(1)
        self.link = QToolButton()
        self.link.setObjectName("dashLink")
        self.link.setText(link)
        self.link.setAutoRaise(True)
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.setVisible(bool(link))
        head.addWidget(self.link)
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body)
        outer.addStretch(1)

    def set_count(self, count: int | None) -> None:
        self.count.setText(self.locale().toString(count) if count else "")


class _Columns(QWidget):
    """Its widgets in as many columns as fit (at most ``most``), so a narrow window gets
    fewer columns instead of squeezed or clipped ones. Row by row, in order."""

    def __init__(
        self, min_width: int, most: int, spacing: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._min, self._most, self._spacing = min_width, most, spacing
        self._widgets: list[QWidget] = []
        self.columns = 0
        self._build()

    def _build(self) -> None:
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(self._spacing)

    def add(self, widget: QWidget) -> None:
        # A widget without a parent counts as hidden; one hidden on purpose stays hidden.
        widget.setParent(self)
        self._widgets.append(widget)
        self.relayout()

    def fit(self, width: int) -> int:
        return max(1, min(self._most, (width + self._spacing) // (self._min + self._spacing)))

    def relayout(self, columns: int | None = None) -> None:
        """Place the shown widgets again: after one was shown or hidden, a fill (heights
        changed) or a resize."""
        columns = columns or self.fit(self.width())
        self._place([w for w in self._widgets if not w.isHidden()], columns)
        self.columns = columns

    def _place(self, shown: list[QWidget], columns: int) -> None:
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for number, widget in enumerate(shown):
            self._grid.addWidget(widget, number // columns, number % columns)
        for column in range(self._most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # One column's width: with more columns the minimum would hold the page wide enough
        # for them, and a narrower window could never get down to one.
        return QSize(self._min, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        columns = self.fit(event.size().width())
        if columns != self.columns:
            self.relayout(columns)


class _Masonry(_Columns):
    """Columns where each widget goes to the column that is shortest so far: a tall
    "Today" does not leave a hole beside a short list of deadlines."""

    def _build(self) -> None:
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(self._spacing)
        self._stacks: list[QVBoxLayout] = []
        for _ in range(self._most):
            stack = QVBoxLayout()
            stack.setSpacing(self._spacing)
            self._row.addLayout(stack, 1)
            self._stacks.append(stack)

    def column_of(self, widget: QWidget) -> int:
        return next((n for n, c in enumerate(self._stacks) if c.indexOf(widget) >= 0), -1)

    def _place(self, shown: list[QWidget], columns: int) -> None:
        for stack in self._stacks:
            while stack.count():
                stack.takeAt(0)
        heights = [0] * columns
        for widget in shown:
            shortest = heights.index(min(heights))
            self._stacks[shortest].addWidget(widget)
            heights[shortest] += widget.sizeHint().height() + self._spacing
        for number, stack in enumerate(self._stacks):
            stack.addStretch(1)
            self._row.setStretch(number, 1 if number < columns else 0)


# --- the chart -------------------------------------------------------------------------


class StageChart(QWidget):
    """Open matters per stage as horizontal bars, painted here (no charting library).

    Up and Down pick a bar, Enter or Space (or a click) asks for the matters in its stage.
    """

    stageActivated = Signal(int)  # the stage's id

    PAD = 4
    GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Matters by stage"))
        # (stage id, label, phase, count), in pipeline order
        self._bars: list[tuple[int, str, str, int]] = []
        self._phases: dict[str, str] = {}
        self.current = 0
        self._hover = -1
        self.setFixedHeight(self.sizeHint().height())

    def set_bars(self, bars: Sequence[tuple[int, str, str, int]], phases: dict[str, str]) -> None:
        """``bars``: (stage id, label, phase, count); ``phases``: the legend's words."""
        self._bars = list(bars)
        self._phases = phases
        self.current = min(self.current, max(len(self._bars) - 1, 0))
        locale = self.locale()
        self.setAccessibleDescription(
            "; ".join(f"{label}: {locale.toString(count)}" for _i, label, _p, count in self._bars)
        )
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[int, str, str, int]]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 10 if self._bars else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = max(len(self._bars), 1)
        return QSize(320, rows * self._row_height() + self._legend_height() + 2 * self.PAD)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, self.sizeHint().height())

    def geometry_of(self, number: int) -> tuple[QRect, QRect, QRect, QRect]:
        """The row, its label, the bar's full track and the count's box, for bar ``number``."""
        metrics = self.fontMetrics()
        locale = self.locale()
        width = self.width() - 2 * self.PAD
        # Advances are rounded down to whole pixels; two more keep a label from eliding.
        labels = max((metrics.horizontalAdvance(b[1]) + 2 for b in self._bars), default=0)
        label_width = min(labels, int(width * 0.38))
        counts = max(
            (metrics.horizontalAdvance(locale.toString(b[3])) + 2 for b in self._bars), default=0
        )
        row = QRect(self.PAD, self.PAD + number * self._row_height(), width, self._row_height())
        inner = row.adjusted(6, 0, -6, 0)
        label = QRect(inner.left(), inner.top(), label_width, inner.height())
        count = QRect(inner.right() - counts, inner.top(), counts, inner.height())
        bar_height = max(metrics.height() - 2, 8)
        track = QRect(
            label.right() + self.GAP,
            inner.top() + (inner.height() - bar_height) // 2,
            max(count.left() - self.GAP - label.right() - self.GAP, 10),
            bar_height,
        )
        return row, label, track, count

    def bar_at(self, y: int) -> int:
        number = (y - self.PAD) // self._row_height()
        return number if 0 <= number < len(self._bars) and y >= self.PAD else -1

    def bar_width(self, number: int) -> int:
        """How many pixels of its track bar ``number`` fills (2 at least when not empty)."""
        most = max((b[3] for b in self._bars), default=0)
        count = self._bars[number][3]
        if not most or not count:
            return 0
        track = self.geometry_of(number)[2]
        return max(2, round(track.width() * count / most))

    def _colours(self) -> dict[str, QColor]:
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)

        def mix(a: QColor, b: QColor, share: float) -> QColor:
            return QColor(
                round(a.red() * share + b.red() * (1 - share)),
                round(a.green() * share + b.green() * (1 - share)),
                round(a.blue() * share + b.blue() * (1 - share)),
            )

        return {
            "engaged": highlight,
            # Intake stages paler (towards the base colour): matters not yet taken on.
            "intake": mix(highlight, base, 0.45),
            "track": mix(palette.color(QPalette.ColorRole.Mid), base, 0.25),
            "hover": mix(highlight, base, 0.10),
        }

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        colours = self._colours()
        metrics = self.fontMetrics()
        locale = self.locale()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        align_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        align_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for number, (_id, label, phase, count) in enumerate(self._bars):
            row, label_box, track, count_box = self.geometry_of(number)
            if number == self._hover:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours["hover"])
                painter.drawRoundedRect(row, 4, 4)
            painter.setPen(text)
            painter.drawText(
                label_box,
                align_left,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_box.width()),
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours["track"])
            painter.drawRoundedRect(track, 3, 3)
            filled = self.bar_width(number)
            if filled:
                painter.setBrush(colours.get(phase, colours["engaged"]))
                painter.drawRoundedRect(
                    QRect(track.left(), track.top(), filled, track.height()), 3, 3
                )
            painter.setPen(text if count else muted)
            painter.drawText(count_box, align_right, locale.toString(count))
            if number == self.current and self.hasFocus():
                pen = painter.pen()
                pen.setColor(palette.color(QPalette.ColorRole.Highlight))
                pen.setWidthF(1.5)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(row.adjusted(1, 1, -1, -1), 4, 4)
        if self._bars:
            # The legend: which shade is which phase.
            y = self.PAD + len(self._bars) * self._row_height() + 4
            x = self.PAD + 6
            side = metrics.height() - 6
            for phase in ("intake", "engaged"):
                if phase not in self._phases:
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours[phase])
                painter.drawRoundedRect(QRect(x, y + 3, side, side), 2, 2)
                x += side + 6
                words = self._phases[phase]
                painter.setPen(muted)
                box = QRect(x, y, metrics.horizontalAdvance(words) + 2, metrics.height())
                painter.drawText(box, align_left, words)
                x = box.right() + 18
        painter.end()

    def _activate(self, number: int) -> None:
        if 0 <= number < len(self._bars):
            self.current = number
            self.update()
            self.stageActivated.emit(self._bars[number][0])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        last = len(self._bars) - 1
        moves = {
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        if key in moves and last >= 0:
            self.current = max(0, min(last, moves[Qt.Key(key)]))
            _id, label, _phase, count = self._bars[self.current]
            self.setToolTip(f"{label}: {self.locale().toString(count)}")
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and last >= 0:
            self._activate(self.current)
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        hover = self.bar_at(int(event.position().y()))
        if hover != self._hover:
            self._hover = hover
            if hover >= 0:
                _id, label, _phase, count = self._bars[hover]
                self.setToolTip(
                    self.tr("{stage}: %n open matter(s). Click to list them.", "", count).format(
                        stage=label
                    )
                )
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hover >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            number = self.bar_at(int(event.position().y()))
            if number >= 0:
                self._activate(number)
                return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()


# --- the page --------------------------------------------------------------------------


class _CountCard(QPushButton):
    """A big number with a caption and a note; a button so it is reachable and clickable."""

    def __init__(self, icon_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(CARD_MIN_WIDTH, 92)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        glyph = QLabel()
        glyph.setPixmap(pixmap(icon_name, 28))
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
        self.note = QLabel()
        self.note.setVisible(False)
        for label in (self.number, self.caption, self.note):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            texts.addWidget(label)
        layout.addLayout(texts, 1)
        self.setAccessibleName(caption)

    def set_count(self, count: int, note: str = "", warn: QColor | None = None) -> None:
        self.number.setText(self.locale().toString(count))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        # A style sheet, not the palette: the page's style sheet would override a palette.
        colour = warn or self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.note.setStyleSheet(f"color: {colour.name()};")
        name = f"{self.caption.text()}: {count}"
        self.setAccessibleName(f"{name}, {note}" if note else name)


class DashboardView(QWidget):
    """The start page. It paints first and fills after: one read on the read lane brings
    everything, so opening SmallCRM on a big firm's database shows the window at once."""

    openSection = Signal(str)
    recordRequested = Signal(object)  # a Ref (person or organisation), or a matter's id
    taskRequested = Signal(int)  # a task's id: its form
    occurrenceRequested = Signal(object)  # a calendar Occurrence: its form
    stageRequested = Signal(int)  # a stage's id: the matters in it
    filled = Signal()  # the read's result is on the page

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        user_zone: Callable[[], str] | None = None,
    ) -> None:
        """``user_zone`` gives the calendar's zone when the page reads (a preference that
        can change); None: the machine's zone."""
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._zone = user_zone
        self._generation = 0
        self.loaded = False
        self.data: Dashboard | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        content = QWidget()
        content.setObjectName("dashboardContent")
        self.scroll.setWidget(content)
        page = QVBoxLayout(content)
        page.setContentsMargins(32, 24, 32, 24)
        page.setSpacing(6)

        self.greeting = QLabel(self._greeting())
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(font.Weight.DemiBold)
        self.greeting.setFont(font)
        page.addWidget(self.greeting)
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.date_label = QLabel(today)
        self.date_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        page.addWidget(self.date_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        page.addWidget(self.error_label)
        page.addSpacing(14)

        self.cards = _Columns(CARD_MIN_WIDTH, 4, 12)
        self.contacts_card = _CountCard("contacts", self.tr("Contacts"))
        self.organizations_card = _CountCard("matters", self.tr("Organisations"))
        self.matters_card = _CountCard("matters", self.tr("Open matters"))
        self.tasks_card = _CountCard("tasks", self.tr("Open tasks"))
        for card, section in (
            (self.contacts_card, "contacts"),
            (self.organizations_card, "contacts"),
            (self.matters_card, "matters"),
            (self.tasks_card, "tasks"),
        ):
            card.clicked.connect(lambda _c=False, s=section: self.openSection.emit(s))
            self.cards.add(card)
        page.addWidget(self.cards)
        page.addSpacing(14)

        self.today_panel = _Panel("tasks", self.tr("Today"), self.tr("All tasks"))
        self.today_panel.link.clicked.connect(lambda: self.openSection.emit("tasks"))
        self.events = _ListBlock(self.tr("Today's events"), self.tr("Events"))
        self.due_today = _ListBlock(self.tr("Tasks due today"), self.tr("Due today"))
        self.overdue = _ListBlock(self.tr("Overdue tasks"), self.tr("Overdue"))
        for block in (self.events, self.due_today, self.overdue):
            self.today_panel.body.addWidget(block)
        self.today_none = QLabel(self.tr("Nothing due today and no events."))
        self.today_none.setContentsMargins(8, 2, 8, 2)
        self.today_none.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.today_none.setVisible(False)
        self.today_panel.body.addWidget(self.today_none)

        self.deadlines_panel = _Panel("remind", self.tr("Deadlines — next 14 days"))
        self.deadlines = _ListBlock(self.tr("Deadlines in the next 14 days"))
        self.deadlines_panel.body.addWidget(self.deadlines)

        self.follow_ups_panel = _Panel("remind", self.tr("Follow-ups due"))
        self.follow_ups = _ListBlock(self.tr("Follow-ups due"))
        self.follow_ups.setObjectName("dashboardFollowUps")
        self.follow_ups_panel.body.addWidget(self.follow_ups)

        self.out_of_touch_panel = _Panel("contacts", self.tr("Time to get in touch"))
        self.out_of_touch = _ListBlock(self.tr("Time to get in touch"))
        self.out_of_touch.setObjectName("dashboardOutOfTouch")
        self.out_of_touch_panel.body.addWidget(self.out_of_touch)

        self.recent_panel = _Panel("note", self.tr("Recent activity"))
        self.recent = _ListBlock(self.tr("Recent activity"))
        self.recent_panel.body.addWidget(self.recent)

        self.stages_panel = _Panel("matters", self.tr("Matters by stage"), self.tr("All matters"))
        self.stages_panel.link.clicked.connect(lambda: self.openSection.emit("matters"))
        self.chart = StageChart()
        self.chart.stageActivated.connect(self.stageRequested)
        self.stages_panel.body.addWidget(self.chart)
        self.stages_none = QLabel(self.tr("No open matters."))
        self.stages_none.setContentsMargins(8, 2, 8, 2)
        self.stages_none.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stages_none.setVisible(False)
        self.stages_panel.body.addWidget(self.stages_none)

        # Accounts do not exist yet: the block stays hidden until the sync has something
        # to say (core.services.dashboard.Dashboard.sync).
        self.sync_panel = _Panel("sync", self.tr("Sync"))
        self.sync = _ListBlock(self.tr("Sync status"))
        self.sync_panel.body.addWidget(self.sync)
        self.sync_panel.setVisible(False)

        for block in (
            self.events,
            self.due_today,
            self.overdue,
            self.deadlines,
            self.follow_ups,
            self.out_of_touch,
            self.recent,
        ):
            block.chosen.connect(self._open_row)

        # Most pressing first: in two columns, today beside the deadlines; the rest fill
        # whichever column is shorter.
        self.panels = _Masonry(PANEL_MIN_WIDTH, 2, 16)
        for panel in (
            self.today_panel,
            self.deadlines_panel,
            self.follow_ups_panel,
            self.out_of_touch_panel,
            self.recent_panel,
            self.stages_panel,
            self.sync_panel,
        ):
            self.panels.add(panel)
        self.lists = QWidget()
        lists_layout = QVBoxLayout(self.lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.panels)
        lists_layout.addStretch(1)
        self.empty = EmptyState(
            "tasks",
            self.tr("Nothing here yet"),
            self.tr(
                "Today's tasks and events, deadlines, follow-ups and recent activity will "
                "appear here once you add contacts, matters and tasks."
            ),
        )
        self.today_stack = QStackedWidget()
        # The panels show from the first paint (empty until the read is back): the page
        # keeps its shape while it fills.
        self.today_stack.addWidget(self.lists)
        self.today_stack.addWidget(self.empty)
        page.addWidget(self.today_stack, 1)

        # Reading order for Tab, whatever the columns: cards, then the panels row by row.
        chain: list[QWidget] = [
            self.contacts_card,
            self.organizations_card,
            self.matters_card,
            self.tasks_card,
            self.today_panel.link,
            self.events.list,
            self.due_today.list,
            self.overdue.list,
            self.deadlines.list,
            self.follow_ups.list,
            self.out_of_touch.list,
            self.recent.list,
            self.stages_panel.link,
            self.chart,
            self.sync.list,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.setStyleSheet(self._style())
        # Reading starts once the page has been painted: the window appears first, and the
        # database layer loads in the background instead of competing with that paint.
        # The scroll area covers the page, so the page itself is never painted: the
        # scrolled content (its margins at least) is what shows first.
        self._refresh_pending = True
        # Left open overnight, the page moves to the new day by itself.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            self._refresh_pending
            and event.type() == QEvent.Type.Paint
            and watched is self.scroll.widget()
        ):
            self._refresh_pending = False
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.refresh)
        return super().eventFilter(watched, event)

    def _style(self) -> str:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
        highlight = palette.color(QPalette.ColorRole.Highlight).name()
        return f"""
            QPushButton#countCard, QFrame#dashPanel {{
                background: {base}; border: 1px solid {border}; border-radius: 8px;
            }}
            QPushButton#countCard:hover, QPushButton#countCard:focus {{
                border: 1px solid {highlight};
            }}
            QToolButton#dashLink {{ color: {highlight}; border: none; padding: 2px 4px; }}
            QToolButton#dashLink:hover, QToolButton#dashLink:focus {{
                text-decoration: underline;
            }}
            QListWidget {{ background: transparent; }}
        """

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 5 or hour >= 18:
            return self.tr("Good evening")
        if hour < 12:
            return self.tr("Good morning")
        return self.tr("Good afternoon")

    def user_zone(self) -> str:
        if self._zone is not None:
            return self._zone()
        from smallcrm.core.recurrence import machine_zone

        return machine_zone()

    def refresh(self) -> None:
        """Read everything again on the read lane; the newest read wins."""
        self._generation += 1
        generation, database, zone = self._generation, self._database, self.user_zone()

        def work(_context: object) -> Dashboard:
            return load_dashboard(database, zone)

        self._tasks.run(
            work,
            lane=IO,
            on_success=lambda data: self._loaded(generation, data),
            on_failure=lambda exc: self._failed(generation, exc),
            description="load the dashboard",
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.loaded:
            self.refresh()  # back from another page: tasks may be done meanwhile

    def is_ready(self) -> bool:
        return self.loaded

    def check_day(self, now: datetime | None = None) -> bool:
        """Read again when the day shown is no longer today (in the user's zone); returns
        whether it did."""
        data = self.data
        if data is None or not self.isVisible():
            return False
        if now is None:
            from smallcrm.core import recurrence

            now = datetime.now(recurrence.zone(self.user_zone()))
        if now.date() == data.today:
            return False
        self.refresh()
        return True

    def _loaded(self, generation: int, data: Dashboard) -> None:
        if generation == self._generation:
            self.show_dashboard(data)

    def _failed(self, generation: int, exc: BaseException) -> None:
        from smallcrm.core.errors import KnownError

        if generation != self._generation:
            return
        if not isinstance(exc, KnownError):
            log.error("Loading the dashboard failed", exc_info=exc)
        self.error_label.setText(
            self.tr("The dashboard could not be loaded: {reason}").format(reason=exc)
        )
        self.error_label.setVisible(True)
        self.loaded = True  # nothing more is coming; screenshots and tests stop waiting

    # --- filling -----------------------------------------------------------------------

    def show_dashboard(self, data: Dashboard) -> None:
        """Put a read's result on the page (the main thread; plain data only)."""
        self.data = data
        today = data.today
        self.greeting.setText(self._greeting())
        self.date_label.setText(
            self.locale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )
        self.error_label.setVisible(False)
        self._fill_cards(data)
        self._fill_today(data)
        self._fill_deadlines(data)
        self._fill_follow_ups(data)
        self._fill_out_of_touch(data)
        self._fill_recent(data)
        self._fill_stages(data)
        self._fill_sync(data)
        self.panels.relayout()
        has_any = bool(
            data.due_today
            or data.overdue
            or data.events
            or data.follow_ups
            or data.out_of_touch
            or data.deadlines
            or data.recent
            or data.counts.open_matters
            or data.sync
        )
        self.today_stack.setCurrentWidget(self.lists if has_any else self.empty)
        self.loaded = True
        self.filled.emit()

    def _more(self, total: int, shown: int) -> str:
        extra = total - shown
        return self.tr("and %n more", "", extra) if extra > 0 else ""

    def _date(self, day: date, today: date) -> str:
        return short_date(self.locale(), day, today)

    def _clock(self, value: Any) -> str:
        return self.locale().toString(
            QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat
        )

    def _fill_cards(self, data: Dashboard) -> None:
        from smallcrm.gui.widgets.contact_form import error_color

        counts = data.counts
        self.contacts_card.set_count(counts.contacts)
        self.organizations_card.set_count(counts.organizations)
        self.matters_card.set_count(counts.open_matters)
        if counts.overdue:
            note = self.tr("%n overdue", "", counts.overdue)
            self.tasks_card.set_count(counts.open_tasks, note, error_color(self))
        else:
            self.tasks_card.set_count(
                counts.open_tasks, self.tr("%n due today", "", counts.due_today)
            )

    def _task_row(self, task: Any, today: date, late: bool) -> _Row:
        parts = []
        if late:
            parts.append(
                self.tr("overdue since {date}").format(date=self._date(task.due_on, today))
            )
        parts += [p for p in (task.matter_number, task.who) if p]
        if task.kind == "deadline":
            parts.insert(0, self.tr("Deadline"))
        aside = self._clock(task.due_time) if task.due_time and not late else ""
        return _Row(
            task.title,
            " · ".join(parts),
            aside,
            "remind" if task.kind == "deadline" else "tasks",
            task.target,
            late=late,
        )

    def _event_when(self, occurrence: Any, today: date) -> str:
        if occurrence.all_day:
            return self.tr("All day")
        start, end = occurrence.start, occurrence.end
        if start.date() < today and end.date() > today:
            return self.tr("All day")
        if start.date() < today:
            return self.tr("until {time}").format(time=self._clock(end))
        if end.date() > today:
            return self.tr("from {time}").format(time=self._clock(start))
        if start == end:
            return self._clock(start)
        return f"{self._clock(start)}–{self._clock(end)}"

    def _fill_today(self, data: Dashboard) -> None:
        today, counts = data.today, data.counts
        events = [
            _Row(
                e.occurrence.summary or self.tr("(no title)"),
                " · ".join(p for p in (e.occurrence.location, e.matter_number) if p),
                self._event_when(e.occurrence, today),
                "calendar",
                e.target,
                occurrence=e.occurrence,
            )
            for e in data.events
        ]
        self.events.fill(events, "", "")
        self.due_today.fill(
            [self._task_row(t, today, late=False) for t in data.due_today],
            "",
            self._more(counts.due_today, len(data.due_today)),
        )
        self.overdue.fill(
            [self._task_row(t, today, late=True) for t in data.overdue],
            "",
            self._more(counts.overdue, len(data.overdue)),
        )
        for block, rows in (
            (self.events, events),
            (self.due_today, data.due_today),
            (self.overdue, data.overdue),
        ):
            block.setVisible(bool(rows))
        self.today_none.setVisible(not (events or data.due_today or data.overdue))
        self.today_panel.set_count(counts.events_today + counts.due_today + counts.overdue)

    def _fill_deadlines(self, data: Dashboard) -> None:
        today = data.today
        rows = []
        for d in data.deadlines:
            if d.days_left == 0:
                left = self.tr("today")
            elif d.days_left == 1:
                left = self.tr("tomorrow")
            else:
                left = self.tr("in %n days", "", d.days_left)
            day = QDate(d.day.year, d.day.month, d.day.day)
            when = f"{self.locale().toString(day, 'ddd')} {self._date(d.day, today)}"
            matter = " ".join(p for p in (d.matter_number, d.matter_title) if p)
            rows.append(
                _Row(
                    d.title,
                    " · ".join(p for p in (when, matter) if p),
                    left,
                    "remind",
                    d.target,
                    occurrence=d.occurrence,
                    late=d.days_left == 0,
                )
            )
        self.deadlines.fill(
            rows,
            self.tr("No deadlines in the next 14 days."),
            self._more(data.counts.deadlines, len(rows)),
        )
        self.deadlines_panel.set_count(data.counts.deadlines)

    def _fill_follow_ups(self, data: Dashboard) -> None:
        today = data.today
        rows = []
        for task in data.follow_ups:
            late = task.due_on < today
            if late:
                when = self.tr("overdue since {date}").format(date=self._date(task.due_on, today))
            else:
                when = self.tr("due today")
            kind = task.target.kind
            glyph = "contacts" if kind in ("person", "organization") else "matters"
            rows.append(_Row(task.title, when, "", glyph, task.target, late=late))
        self.follow_ups.fill(
            rows, self.tr("No follow-ups due."), self._more(data.counts.follow_ups, len(rows))
        )
        self.follow_ups_panel.set_count(data.counts.follow_ups)

    def _fill_out_of_touch(self, data: Dashboard) -> None:
        today = data.today
        rows = []
        for person in data.out_of_touch:
            detail = self.tr("every %n weeks", "", person.weeks)
            detail += " · " + self.tr("due since {date}").format(date=self._date(person.due, today))
            rows.append(_Row(person.name, detail, "", "contacts", person.target))
        self.out_of_touch.fill(
            rows, self.tr("Everyone is in touch."), self._more(data.counts.out_of_touch, len(rows))
        )
        self.out_of_touch_panel.set_count(data.counts.out_of_touch)

    def _fill_recent(self, data: Dashboard) -> None:
        # Named and drawn as on the timelines; imported after the first paint.
        from smallcrm.gui.models.timeline_model import kind_titles
        from smallcrm.gui.widgets.timeline_view import KIND_ICONS as glyphs

        kinds = kind_titles()
        zone = data.now.tzinfo
        today = data.today
        rows = []
        for a in data.recent:
            what = kinds.get(a.kind, a.kind)
            if a.kind == "call" and a.direction == "in":
                what = self.tr("Incoming call")
            elif a.kind == "call" and a.direction == "out":
                what = self.tr("Outgoing call")
            title = self.tr("{kind}: {subject}").format(kind=what, subject=a.subject)
            if not a.subject:
                title = what
            local = a.occurred_at.astimezone(zone)
            if local.date() == today:
                when = self._clock(local)
            elif (today - local.date()).days == 1:
                when = self.tr("yesterday")
            else:
                when = self._date(local.date(), today)
            who = ", ".join(a.who[:2]) + (" …" if len(a.who) > 2 else "")
            detail = " · ".join(p for p in (who, a.matter_number) if p)
            rows.append(_Row(title, detail, when, glyphs.get(a.kind, "note"), a.target))
        self.recent.fill(rows, self.tr("Nothing logged yet."), "")

    def _fill_stages(self, data: Dashboard) -> None:
        from smallcrm.core.services.matters import StageInfo
        from smallcrm.gui.matter_texts import MatterTexts

        texts = MatterTexts(self)
        bars = [
            (
                s.stage_id,
                texts.stage_name(StageInfo(s.stage_id, s.key, s.name, s.phase, 0, False)),
                s.phase,
                s.count,
            )
            for s in data.stages
        ]
        phases = {s.phase: texts.phase_name(s.phase) for s in data.stages}
        self.chart.set_bars(bars, phases)
        has = bool(data.counts.open_matters)
        self.chart.setVisible(has)
        self.stages_none.setVisible(not has)
        self.stages_panel.set_count(data.counts.open_matters)

    def _fill_sync(self, data: Dashboard) -> None:
        rows = [
            _Row(
                s.account,
                " · ".join(p for p in (s.state, s.message) if p),
                self._date(s.last_synced.date(), data.today) if s.last_synced else "",
                "sync",
                None,
            )
            for s in data.sync
        ]
        self.sync.fill(rows, "", "")
        self.sync_panel.setVisible(bool(rows))

    # --- opening -----------------------------------------------------------------------

    def _open_row(self, row: _Row) -> None:
        self.open_target(row.target, row.occurrence)

    def open_target(self, target: Target | None, occurrence: Any = None) -> None:
        """Ask the window to open what an item stands for."""
        if target is None:
            return
        if target.kind in ("person", "organization"):
            from smallcrm.core.services.address_book import Ref

            self.recordRequested.emit(Ref(target.kind, target.id))
        elif target.kind == "matter":
            self.recordRequested.emit(target.id)
        elif target.kind == "task":
            self.taskRequested.emit(target.id)
        elif target.kind == "event" and occurrence is not None:
            self.occurrenceRequested.emit(occurrence)
