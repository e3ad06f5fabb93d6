"""The pipeline board: one column per stage, a card per matter, moved by drag and drop.

The board only shows and asks: a card dropped on another column (or moved with
Ctrl+Left / Ctrl+Right, or the context menu) emits ``moveRequested(matter_id, stage_id)``;
the page that owns the board writes the move on the database lane and gives the board
its new contents with ``set_board``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.services.matters import MatterRow
from smallcrm.gui.matter_texts import MatterTexts, days_since

MIME_TYPE = "application/x-smallcrm-matter"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMN_MIN_WIDTH = 168  # six stages fit a 1280-pixel window
COLUMN_MAX_WIDTH = 320
_CARD_PADDING = 10
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BoardStage:
    """One column: the stage, how many matters it holds, and the cards it shows."""

    id: int
    name: str
    phase: str
    count: int
    cards: list[MatterRow] = field(default_factory=list)


def matter_mime(matter_id: int, stage_id: int) -> QMimeData:
    """What a dragged card carries: the matter and the stage it comes from."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(f"{matter_id}:{stage_id}".encode("ascii")))
    return mime


def matter_from_mime(mime: QMimeData | None) -> tuple[int, int] | None:
    """(matter id, source stage id) from a drag's data, or None when it is not a card."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        matter, stage = bytes(mime.data(MIME_TYPE).data()).decode("ascii").split(":")
        return int(matter), int(stage)
    except ValueError:
        return None


class _CardDelegate(QStyledItemDelegate):
    """Paints a card: number and days in stage, the title on up to two lines, the client."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = MatterTexts(self)
        self.today: date | None = None  # tests pin the day

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        return small, bold

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        small, bold = self._fonts(option.font)
        height = (
            QFontMetrics(small).lineSpacing() * 2
            + QFontMetrics(bold).lineSpacing() * 2
            + _CARD_PADDING * 2
            + 6
        )
        return QSize(max(option.rect.width(), COLUMN_MIN_WIDTH - 20), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row: MatterRow | None = index.data(CARD_ROLE)
        if row is None:
            return
        palette = option.palette
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        border = highlight if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if (selected and focused) else 1))
        painter.drawPath(path)

        small, bold = self._fonts(option.font)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.Text)
        inner = rect.adjusted(_CARD_PADDING, _CARD_PADDING - 2, -_CARD_PADDING, -_CARD_PADDING)
        small_metrics = QFontMetrics(small)
        bold_metrics = QFontMetrics(bold)
        top = inner.top()

        days = self.texts.days(days_since(row.stage_since, self.today))
        painter.setFont(small)
        painter.setPen(muted)
        days_width = small_metrics.horizontalAdvance(days)
        line = QRectF(inner.left(), top, inner.width(), small_metrics.lineSpacing())
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, days)
        number = small_metrics.elidedText(
            row.number, Qt.TextElideMode.ElideRight, int(inner.width() - days_width - 8)
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        top += small_metrics.lineSpacing() + 2

        painter.setFont(bold)
        painter.setPen(text)
        for shown in _two_lines(row.title, bold_metrics, int(inner.width())):
            painter.drawText(
                QRectF(inner.left(), top, inner.width(), bold_metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            top += bold_metrics.lineSpacing()
        top = inner.bottom() - small_metrics.lineSpacing()
        painter.setFont(small)
        painter.setPen(muted)
        client = row.clients or self.tr("No client yet")
        painter.drawText(
            QRectF(inner.left(), top, inner.width(), small_metrics.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(client, Qt.TextElideMode.ElideRight, int(inner.width())),
        )
        painter.restore()

    def card_pixmap(self, option: QStyleOptionViewItem, index: _Index, ratio: float) -> QPixmap:
        """The card as a picture, for the drag cursor."""
        size = self.sizeHint(option, index)
        size.setWidth(option.rect.width())
        out = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
        out.setDevicePixelRatio(ratio)
        out.fill(Qt.GlobalColor.transparent)
        painter = QPainter(out)
        option.rect = QRect(QPoint(0, 0), size)
        painter.setOpacity(0.9)
        self.paint(painter, option, index)
        painter.end()
        return out


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` wrapped at word boundaries into at most two lines, the second elided."""
    words = text.split()
    first = ""
    while words:
        trial = f"{first} {words[0]}".strip()
        if metrics.horizontalAdvance(trial) > width and first:
            break
        first = trial
        words.pop(0)
    if metrics.horizontalAdvance(first) > width:
        return [metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    if not rest:
        return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class _CardList(QListView):
    """The cards of one stage. Drag a card out, drop one in; the keyboard does both too."""

    dropped = Signal(int, int)  # matter id, its stage before the drop
    moveBy = Signal(int)  # -1: to the previous stage, +1: to the next
    focusStep = Signal(int)  # Left / Right: the neighbouring column
    openRequested = Signal(int)
    menuRequested = Signal(QPoint)
    focused = Signal()

    def __init__(self, stage_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.drop_highlight = False
        self.setObjectName("stageCards")
        self.setModel(QStandardItemModel(self))
        self.card_delegate = _CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.viewport().setAutoFillBackground(False)
        self.doubleClicked.connect(self._open_index)

    def cards_model(self) -> QStandardItemModel:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        return model

    def set_cards(self, cards: list[MatterRow]) -> None:
        model = self.cards_model()
        model.clear()
        for card in cards:
            item = QStandardItem(card.title)
            item.setData(card.id, ID_ROLE)
            item.setData(card, CARD_ROLE)
            item.setToolTip(f"{card.number} · {card.title}")
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            model.appendRow(item)

    def matter_ids(self) -> list[int]:
        model = self.cards_model()
        return [int(model.item(r).data(ID_ROLE)) for r in range(model.rowCount())]

    def row_of(self, matter_id: int) -> int:
        try:
            return self.matter_ids().index(matter_id)
        except ValueError:
            return -1

    def current_matter(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(int(index.data(ID_ROLE)))

    # --- dragging out --------------------------------------------------------------------

    def mime_for(self, index: _Index) -> QMimeData:
        return matter_mime(int(index.data(ID_ROLE)), self.stage_id)

    def startDrag(self, _supported: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.mime_for(index))
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        option.state |= QStyle.StateFlag.State_Selected
        picture = self.card_delegate.card_pixmap(option, index, self.devicePixelRatioF())
        drag.setPixmap(picture)
        cursor = self.viewport().mapFromGlobal(self.cursor().pos())
        drag.setHotSpot(cursor - self.visualRect(index).topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    # --- dropping in ---------------------------------------------------------------------

    def _wanted(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> bool:
        found = matter_from_mime(event.mimeData())
        return found is not None and found[1] != self.stage_id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._wanted(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if self._wanted(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self._set_highlight(False)
        found = matter_from_mime(event.mimeData())
        if found is None or found[1] == self.stage_id:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(*found)

    def _set_highlight(self, on: bool) -> None:
        if self.drop_highlight != on:
            self.drop_highlight = on
            column = self.parentWidget()
            if isinstance(column, StageColumn):
                column.set_highlight(on)

    # --- keyboard and menu ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if ctrl:
                if self.currentIndex().isValid():
                    self.moveBy.emit(step)
            else:
                self.focusStep.emit(step)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.focused.emit()
        if not self.currentIndex().isValid() and self.cards_model().rowCount():
            self.setCurrentIndex(self.cards_model().index(0, 0))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        index = self.indexAt(self.viewport().mapFromGlobal(event.globalPos()))
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        rect = self.visualRect(index)
        where = (
            self.viewport().mapToGlobal(rect.center())
            if event.reason() == QContextMenuEvent.Reason.Keyboard
            else event.globalPos()
        )
        self.menuRequested.emit(where)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.cards_model().rowCount():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(8, 12, -8, -8)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.tr("No matters in this stage. Drop a card here to move it."),
        )
        painter.end()


class _ElidedLabel(QLabel):
    """One line that ends in "…" when the column is too narrow; the tooltip has it all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class StageColumn(QFrame):
    """A stage's column: its name and count, then its cards; the whole column takes drops."""

    def __init__(self, stage: BoardStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageColumn")
        self.stage = stage
        self.setAcceptDrops(True)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setProperty("dropTarget", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.setContentsMargins(6, 0, 6, 0)
        header.setSpacing(6)
        self.name_label = _ElidedLabel()
        self.name_label.setObjectName("stageName")
        font = self.name_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("stageCount")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.count_label)
        layout.addLayout(header)
        self.cards = _CardList(stage.id, self)
        self.cards.setAccessibleName(stage.name)
        layout.addWidget(self.cards, 1)
        self.more_label = QLabel()
        self.more_label.setObjectName("stageMore")
        self.more_label.setWordWrap(True)
        self.more_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.more_label.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.more_label)
        self.set_stage(stage)

    def set_stage(self, stage: BoardStage) -> None:
        self.stage = stage
        self.name_label.set_full_text(stage.name)
        self.cards.setAccessibleName(stage.name)
        self.count_label.setText(self.locale().toString(stage.count))
        self.cards.set_cards(stage.cards)
        hidden = stage.count - len(stage.cards)
        self.more_label.setText(
            self.tr("%n more in the list view", "", hidden) if hidden > 0 else ""
        )
        self.more_label.setVisible(hidden > 0)

    def set_highlight(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    # The header and the space around the cards take drops too.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self.cards.dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        self.cards.dragMoveEvent(event)

    def dragLeaveEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.cards.dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self.cards.dropEvent(event)


class PipelineBoard(QScrollArea):
    """The stages side by side; ``set_board`` fills them, the signals ask for changes."""

    moveRequested = Signal(int, int)  # matter id, the stage it should move to
    openRequested = Signal(int)  # matter id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.texts = MatterTexts(self)
        self.columns: list[StageColumn] = []
        self._active: StageColumn | None = None  # the column last focused or selected in
        self._focus_after: int | None = None
        body = QWidget()
        body.setObjectName("boardBody")
        self._row = QHBoxLayout(body)
        self._row.setContentsMargins(12, 4, 12, 12)
        self._row.setSpacing(8)
        self._row.addStretch(1)
        self.setWidget(body)
        self.setStyleSheet(self._style())

    def _style(self) -> str:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        column = window.darker(106) if window.lightness() > 128 else window.lighter(118)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint = QColor(highlight)
        tint.setAlpha(40)
        rgba = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
        return f"""
            QWidget#boardBody {{ background: transparent; }}
            QFrame#stageColumn {{
                background: {column.name()}; border-radius: 8px; border: 1px solid transparent;
            }}
            QFrame#stageColumn[dropTarget="true"] {{
                background: {rgba}; border: 1px dashed {highlight.name()};
            }}
        """

    # --- contents ------------------------------------------------------------------------

    def set_board(self, stages: list[BoardStage]) -> None:
        """Show these stages and cards; the card that had the focus keeps it if it is shown."""
        had_focus = any(c.cards.hasFocus() for c in self.columns)
        keep = self._focus_after if self._focus_after is not None else self.current_matter()
        self._focus_after = None
        if [c.stage.id for c in self.columns] != [s.id for s in stages]:
            for column in self.columns:
                self._row.removeWidget(column)
                column.hide()
                column.deleteLater()
            self.columns = []
            self._active = None
            for position, stage in enumerate(stages):
                column = StageColumn(stage)
                self._wire(column)
                self._row.insertWidget(position, column)
                self.columns.append(column)
        else:
            for column, stage in zip(self.columns, stages, strict=True):
                column.set_stage(stage)
        if keep is not None:
            self.select_matter(keep, focus=had_focus)

    def _wire(self, column: StageColumn) -> None:
        cards = column.cards
        cards.dropped.connect(
            lambda matter_id, _from, column=column: self.request_move(matter_id, column.stage.id)
        )
        cards.moveBy.connect(lambda step, column=column: self.move_current(step, column))
        cards.focusStep.connect(lambda step, column=column: self._focus_step(column, step))
        cards.openRequested.connect(self.openRequested)
        cards.menuRequested.connect(lambda where, column=column: self._menu(column, where))
        cards.focused.connect(lambda column=column: setattr(self, "_active", column))

    def column_of_stage(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def column_of_matter(self, matter_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.cards.row_of(matter_id) >= 0), None)

    def shown(self) -> dict[int, list[int]]:
        """Stage id -> the matter ids its column shows (tests read it)."""
        return {c.stage.id: c.cards.matter_ids() for c in self.columns}

    def focus_column(self) -> StageColumn | None:
        """The column with the keyboard focus, else the one last worked in."""
        focused = next((c for c in self.columns if c.cards.hasFocus()), None)
        return focused or self._active

    def current_matter(self) -> int | None:
        column = self.focus_column()
        if column is not None:
            return column.cards.current_matter()
        return None

    def select_matter(self, matter_id: int, focus: bool = True) -> bool:
        column = self.column_of_matter(matter_id)
        if column is None:
            return False
        for other in self.columns:
            if other is not column:
                other.cards.clearSelection()
        index = column.cards.cards_model().index(column.cards.row_of(matter_id), 0)
        column.cards.setCurrentIndex(index)
        column.cards.scrollTo(index)
        self._active = column
        self.ensureWidgetVisible(column, 0, 0)
        if focus:
            column.cards.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- moving --------------------------------------------------------------------------

    def request_move(self, matter_id: int, stage_id: int) -> None:
        """Ask to move a card to a stage; the card keeps the focus after the board reloads."""
        source = self.column_of_matter(matter_id)
        if source is not None and source.stage.id == stage_id:
            return
        self._focus_after = matter_id
        self.moveRequested.emit(matter_id, stage_id)

    def move_current(self, step: int, column: StageColumn | None = None) -> bool:
        """Move the current card one stage left (-1) or right (+1); False at the ends."""
        column = column or self.focus_column()
        if column is None:
            return False
        matter_id = column.cards.current_matter()
        position = self.columns.index(column) + step
        if matter_id is None or not 0 <= position < len(self.columns):
            return False
        self.request_move(matter_id, self.columns[position].stage.id)
        return True

    def _focus_step(self, column: StageColumn, step: int) -> None:
        position = self.columns.index(column) + step
        if 0 <= position < len(self.columns):
            target = self.columns[position]
            target.cards.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(target, 0, 0)

    def menu_for(self, column: StageColumn) -> QMenu | None:
        """The context menu of the column's current card: open it, or move it to a stage."""
        matter_id = column.cards.current_matter()
        if matter_id is None:
            return None
        menu = QMenu(self)
        open_action = QAction(self.tr("&Open"), menu)
        open_action.triggered.connect(lambda: self.openRequested.emit(matter_id))
        menu.addAction(open_action)
        menu.addSeparator()
        position = self.columns.index(column)
        previous = QAction(self.tr("Move to the &previous stage"), menu)
        previous.setShortcut("Ctrl+Left")
        previous.setEnabled(position > 0)
        previous.triggered.connect(lambda: self.move_current(-1, column))
        following = QAction(self.tr("Move to the &next stage"), menu)
        following.setShortcut("Ctrl+Right")
        following.setEnabled(position < len(self.columns) - 1)
        following.triggered.connect(lambda: self.move_current(1, column))
        menu.addAction(previous)
        menu.addAction(following)
        move_menu = menu.addMenu(self.tr("&Move to stage"))
        move_menu.setObjectName("moveToStage")
        for other in self.columns:
            action = QAction(other.stage.name, move_menu)
            action.setCheckable(True)
            action.setChecked(other is column)
            action.setEnabled(other is not column)
            action.triggered.connect(
                lambda _checked=False, stage_id=other.stage.id: self.request_move(
                    matter_id, stage_id
                )
            )
            move_menu.addAction(action)
        return menu

    def _menu(self, column: StageColumn, where: QPoint) -> None:
        menu = self.menu_for(column)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(where)


__all__ = [
    "MIME_TYPE",
    "BoardStage",
    "PipelineBoard",
    "StageColumn",
    "matter_from_mime",
    "matter_mime",
]
