"""The interaction timeline of a person, an organisation or a matter: newest first, paged.

One ``QListView`` over a ``TimelineModel`` and a delegate that paints each activity, so a
history of 5,000 calls and notes costs what its first screen does: pages of 100 are read
as the user scrolls (a keyset cursor, never the whole history).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
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
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.timeline import ACTIVITY_KINDS, LOGGABLE, TimelineItem
from smallcrm.gui.dates import short_date
from smallcrm.gui.models.timeline_model import ITEM_ROLE, TimelineModel
from smallcrm.gui.tasks import TaskContext, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon, pixmap

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

# How long "Moved to the trash — Undo" stays under the list.
NOTICE_MS = 15_000
# A note shows this many lines in the list; the whole of it opens with Edit.
BODY_LINES = 5
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | (
    # Notes come from people and imports: Markdown only, never raw HTML.
    QTextDocument.MarkdownFeature.MarkdownNoHTML
)
KIND_ICONS = {
    "call": "call",
    "meeting": "calendar",
    "note": "note",
    "email": "mail",
    "document": "documents",
    "task": "tasks",
    "stage": "matters",
}
# The round badge behind each kind's icon: calm colours that read on light and dark.
KIND_COLORS = {
    "call": "#3b6ea5",
    "meeting": "#7a5c99",
    "note": "#a8743a",
    "email": "#3c8d93",
    "document": "#62707d",
    "task": "#5b8c5a",
    "stage": "#a34e67",
}


def markdown_document(text: str, font: QFont, width: float) -> QTextDocument:
    """A note's Markdown as a compact document: body-size headings, tight paragraphs."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setIndentWidth(QFontMetrics(font).horizontalAdvance("M") * 1.5)
    doc.setDefaultFont(font)
    doc.setMarkdown(text, MARKDOWN_FEATURES)
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        fmt = QTextBlockFormat(block.blockFormat())
        heading = fmt.headingLevel() > 0
        fmt.setTopMargin(0)
        fmt.setBottomMargin(2)
        fmt.setHeadingLevel(0)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        if heading:
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            chars = QTextCharFormat()
            chars.setFontPointSize(font.pointSizeF())
            chars.setFontWeight(QFont.Weight.DemiBold)
            cursor.mergeCharFormat(chars)
        block = block.next()
    doc.setTextWidth(width)
    return doc


def whole_lines_height(doc: QTextDocument, limit: float) -> float:
    """The height of the document's lines that fit whole within ``limit`` pixels."""
    layout = doc.documentLayout()
    fitted = 0.0
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for n in range(lines.lineCount()):
            bottom = top + lines.lineAt(n).rect().bottom()
            if bottom > limit:
                return fitted
            fitted = bottom
        block = block.next()
    return fitted


def local_datetime(when: datetime) -> QDateTime:
    """An aware instant as the user's wall-clock time."""
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


class TimelineDelegate(QStyledItemDelegate):
    """Paints one activity: kind badge, title and time, call facts, note text, who it is with."""

    PAD_X = 12
    PAD_Y = 8
    BADGE = 28

    def __init__(self, view: QListView, model: TimelineModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._docs: OrderedDict[tuple[int, str, int, str], QTextDocument] = OrderedDict()
        self._badges: dict[str, QPixmap] = {}
        self._font_cache: dict[str, tuple[QFont, QFont, QFont, int, int, int]] = {}
        self._layouts: dict[tuple[Any, ...], dict[str, Any]] = {}

    def forget(self) -> None:
        """Drop what was measured and drawn ahead (the font or the colours changed)."""
        self._docs.clear()
        self._badges.clear()
        self._font_cache.clear()
        self._layouts.clear()

    # --- texts ---------------------------------------------------------------------------

    def title(self, item: TimelineItem) -> str:
        if item.subject:
            return item.subject
        if item.kind == "call" and item.direction:
            return self.tr("Incoming call") if item.direction == "in" else self.tr("Outgoing call")
        return self._model.kind_titles().get(item.kind, item.kind)

    def meta(self, item: TimelineItem) -> str:
        parts = []
        if item.kind == "call" and item.direction and item.subject:
            parts.append(self.tr("Incoming") if item.direction == "in" else self.tr("Outgoing"))
        if item.duration_minutes is not None:
            parts.append(self.duration(item.duration_minutes))
        if item.outcome:
            parts.append(item.outcome)
        return " · ".join(parts)

    def duration(self, minutes: int) -> str:
        """ "45 min" or "1 h 30 min", in the user's language."""
        if minutes < 60:
            return self.tr("%n min", "", minutes)
        hours, rest = divmod(minutes, 60)
        if rest == 0:
            return self.tr("%n h", "", hours)
        return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)

    def links(self, item: TimelineItem) -> str:
        """Who and what else the activity is filed on (the shown owner left out)."""
        owner = self._model.owner
        parts = [
            name
            for contact_id, name in item.people
            if not (isinstance(owner, Ref) and owner.kind == "person" and owner.id == contact_id)
        ]
        parts += [
            name
            for org_id, name in item.organizations
            if not (isinstance(owner, Ref) and owner.kind == "organization" and owner.id == org_id)
        ]
        text = ", ".join(parts)
        if item.matter_number and owner != item.matter_id:
            matter = self.tr("matter {number}").format(number=item.matter_number)
            text = f"{text} · {matter}" if text else matter
        return text

    def when(self, item: TimelineItem) -> str:
        moment = local_datetime(item.occurred_at)
        locale = self._view.locale()
        clock = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
        day = moment.date().toPython()
        today = date.today()
        if day == today:
            return self.tr("Today {time}").format(time=clock)
        if day == today - timedelta(days=1):
            return self.tr("Yesterday {time}").format(time=clock)
        return f"{short_date(locale, day)} {clock}"

    # --- geometry ------------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, int, int, int]:
        """The three fonts an item uses and their line heights (cached per view font)."""
        key = option.font.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            base = QFont(option.font)
            bold = QFont(base)
            bold.setWeight(QFont.Weight.DemiBold)
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * 0.92)
            small_metrics = QFontMetrics(small)
            title_h = max(QFontMetrics(bold).lineSpacing(), small_metrics.height())
            line_h = QFontMetrics(base).lineSpacing()
            fonts = (base, bold, small, title_h, small_metrics.lineSpacing(), line_h)
            self._font_cache[key] = fonts
        return fonts

    def _text_width(self) -> int:
        width = self._view.viewport().width()
        return max(120, width - self.PAD_X * 2 - self.BADGE - 10)

    def _document(self, item: TimelineItem, font: QFont, width: int) -> QTextDocument | None:
        if not item.body or not item.body.strip():
            return None
        key = (item.id, item.body, width, font.key())
        doc = self._docs.get(key)
        if doc is None:
            doc = self._docs[key] = markdown_document(item.body, font, width)
            while len(self._docs) > 400:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return doc

    def _layout(self, option: QStyleOptionViewItem, item: TimelineItem) -> dict[str, Any]:
        """Where everything of one item goes at the current width; cached, as the view asks
        for every item's height on each layout and again for the ones it paints."""
        fonts = self._fonts(option)
        width = self._text_width()
        key = (item, width, option.font.key(), self._model.owner)
        cached = self._layouts.get(key)
        if cached is not None:
            return cached
        base, _bold, _small, title_h, small_h, line = fonts
        doc = self._document(item, base, width)
        body_full = doc.size().height() if doc is not None else 0.0
        body_max = line * BODY_LINES
        clipped = body_full > body_max + 1
        body = whole_lines_height(doc, body_max) if clipped and doc is not None else body_full
        meta = self.meta(item)
        links = self.links(item)
        height = self.PAD_Y + title_h
        if meta:
            height += 2 + small_h
        if doc is not None:
            height += 4 + int(body + 0.999)
            if clipped:
                height += small_h
        if links:
            height += 3 + small_h
        height = max(height + self.PAD_Y, self.BADGE + self.PAD_Y * 2)
        layout = {
            "fonts": fonts,
            "width": width,
            "doc": doc,
            "body": body,
            "clipped": clipped,
            "meta": meta,
            "links": links,
            "height": height,
        }
        self._layouts[key] = layout
        if len(self._layouts) > 1000:
            self._layouts.clear()  # widths change on resize: old entries are dead weight
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        item = index.data(ITEM_ROLE)
        if item is None:
            return super().sizeHint(option, index)
        return QSize(self._view.viewport().width(), self._layout(option, item)["height"])

    # --- painting ------------------------------------------------------------------------

    def _badge(self, kind: str) -> QPixmap:
        badge = self._badges.get(kind)
        if badge is None:
            ratio = self._view.devicePixelRatioF()
            size = self.BADGE
            badge = QPixmap(int(size * ratio), int(size * ratio))
            badge.setDevicePixelRatio(ratio)
            badge.fill(Qt.GlobalColor.transparent)
            painter = QPainter(badge)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(KIND_COLORS.get(kind, "#62707d")))
            painter.drawEllipse(QRectF(0, 0, size, size))
            glyph = pixmap(KIND_ICONS.get(kind, "documents"), 16, QColor("white"))
            painter.drawPixmap(QRect((size - 16) // 2, (size - 16) // 2, 16, 16), glyph)
            painter.end()
            self._badges[kind] = badge
        return badge

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = index.data(ITEM_ROLE)
        if item is None:
            return
        layout = self._layout(option, item)
        _base, bold, small, title_h, small_h, _line = layout["fonts"]
        rect = QRect(option.rect)
        painter.save()
        style = option.widget.style() if option.widget else self._view.style()
        panel = QStyleOptionViewItem(option)
        panel.text = ""
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, option.widget
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlphaF(0.62)

        # The thread that makes it a timeline: a line through the badges.
        badge_x = rect.left() + self.PAD_X
        center_x = badge_x + self.BADGE // 2
        line_color = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(line_color)
        badge_top = rect.top() + self.PAD_Y
        if index.row() > 0:
            painter.drawLine(center_x, rect.top(), center_x, badge_top)
        if index.row() < index.model().rowCount() - 1 or self._model.has_more():
            painter.drawLine(center_x, badge_top + self.BADGE, center_x, rect.bottom() + 1)
        painter.drawPixmap(badge_x, badge_top, self._badge(item.kind))

        x = badge_x + self.BADGE + 10
        width = layout["width"]
        y = rect.top() + self.PAD_Y

        when = self.when(item)
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        when_width = small_metrics.horizontalAdvance(when)
        bold_metrics = QFontMetrics(bold)
        painter.setPen(muted)
        painter.drawText(
            QRect(x + width - when_width, y, when_width, title_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            when,
        )
        painter.setFont(bold)
        painter.setPen(text_color)
        title = bold_metrics.elidedText(
            self.title(item), Qt.TextElideMode.ElideRight, max(20, width - when_width - 12)
        )
        painter.drawText(
            QRect(x, y, width - when_width - 8, title_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        y += title_h

        if layout["meta"]:
            y += 2
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRect(x, y, width, small_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(layout["meta"], Qt.TextElideMode.ElideRight, width),
            )
            y += small_h

        doc = layout["doc"]
        if doc is not None:
            y += 4
            painter.save()
            painter.translate(x, y)
            clip = QRectF(0, 0, width, layout["body"])
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = QPalette(palette)
            context.palette.setColor(QPalette.ColorRole.Text, text_color)
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            y += int(layout["body"] + 0.999)
            if layout["clipped"]:
                painter.setFont(small)
                painter.setPen(muted)
                painter.drawText(
                    QRect(x, y, width, small_h),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    "…",
                )
                y += small_h

        if layout["links"]:
            y += 3
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRect(x, y, width, small_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(layout["links"], Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()


class _TimelineList(QListView):
    """Delete moves the current item to the trash; Enter or F2 edits it."""

    deletePressed = Signal()
    editPressed = Signal()
    menuRequested = Signal(QPoint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete:
            self.deletePressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editPressed.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menuRequested.emit(event.globalPos())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # Item heights depend on the width (wrapped notes): lay them out again.
        self.scheduleDelayedItemsLayout()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, TimelineModel) and model.held():
            # The first screen is on it: the rest of the first page joins now.
            QTimer.singleShot(0, model.reveal)


class _Notice(QFrame):
    """A line under the list: what just happened, with Undo where it can be taken back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(6)
        self.label = QLabel()
        self.label.setObjectName("timelineNoticeText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("timelineUndo")
        self.undo_button.setText(self.tr("Undo"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTICE_MS)
        self.timer.timeout.connect(self.hide)
        self.setVisible(False)

    def show_text(self, text: str, undo: bool = False) -> None:
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        self.show()
        self.timer.start()


class TimelineView(QWidget):
    """The timeline of ``set_owner(owner)``: a person or organisation (a ``Ref``) or a matter
    (its id). Quick actions log a call, a meeting or a note, and set a follow-up reminder.

    ``tasks`` is the window's ``TaskRunner``; None runs everything at once (tests). Without
    one given, the widget uses its window's runner once it is in one.
    """

    changed = Signal()  # the user logged, edited or trashed an activity (or set a reminder)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._owner: Ref | int | None = None
        self._counts: dict[str, int] = {}
        self._counts_generation = 0
        self._undo: list[int] = []  # activity ids trashed here, newest last
        self.dialog: Any = None

        self.model = TimelineModel(database, self)
        self.model.pageLoaded.connect(self._update_state)
        self.model.loadFailed.connect(self._on_load_failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._build_bar())

        self.list = _TimelineList()
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setModel(self.model)
        self.delegate = TimelineDelegate(self.list, self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setMouseTracking(True)
        self.list.setMinimumHeight(220)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(lambda _index: self.edit_current())
        self.list.editPressed.connect(self.edit_current)
        self.list.deletePressed.connect(self.trash_current)
        self.list.menuRequested.connect(self._show_menu)

        self.empty = EmptyState(
            "tasks",
            self.tr("No activity yet"),
            self.tr("Log a call or add a note, and it appears here, newest first."),
        )
        self.empty.setObjectName("timelineEmpty")
        self.empty.layout().setContentsMargins(12, 12, 12, 12)
        self.empty.icon_label.setPixmap(pixmap("tasks", 36))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.notice = _Notice()
        self.notice.undo_button.clicked.connect(self.undo_trash)
        layout.addWidget(self.notice)
        self._update_state()

    # --- construction --------------------------------------------------------------------

    def _tool(self, name: str, text: str, tip: str, icon_name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        self.call_button = self._tool(
            "timelineCall", self.tr("Call"), self.tr("Log a call"), "call"
        )
        self.call_button.clicked.connect(lambda: self.log_activity("call"))
        self.note_button = self._tool(
            "timelineNote", self.tr("Note"), self.tr("Add a note"), "note"
        )
        self.note_button.clicked.connect(lambda: self.log_activity("note"))
        self.meeting_button = self._tool(
            "timelineMeeting", self.tr("Meeting"), self.tr("Log a meeting"), "calendar"
        )
        self.meeting_button.clicked.connect(lambda: self.log_activity("meeting"))
        from smallcrm.gui.widgets.follow_ups import remind_menu

        self.remind_button = self._tool(
            "timelineRemind",
            self.tr("Remind me"),
            self.tr("Remind me to follow up in a few days"),
            "remind",
        )
        self.remind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remind_menu = remind_menu(self.remind_button, self.remind)
        self.remind_button.setMenu(self.remind_menu)
        for button in self._bar_buttons():
            bar.addWidget(button)
        bar.addStretch(1)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("timelineKind")
        self.kind_combo.setAccessibleName(self.tr("Show"))
        self.kind_combo.setToolTip(self.tr("Show one kind of activity"))
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        bar.addWidget(self.kind_combo)
        self._fill_kinds()
        # In a narrow pane the buttons drop their texts (the tooltips stay): an explicit
        # minimum lets the layout shrink them that far, and _fit_bar() switches the style.
        self._text_widths = [b.sizeHint().width() for b in self._bar_buttons()]
        for button in self._bar_buttons():
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setMinimumWidth(button.sizeHint().width())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.kind_combo.setMinimumWidth(80)
        return bar

    def _bar_buttons(self) -> tuple[QToolButton, ...]:
        return (self.call_button, self.note_button, self.meeting_button, self.remind_button)

    def _fit_bar(self) -> None:
        wanted = sum(self._text_widths) + self.kind_combo.sizeHint().width() + 4 * 5 + 8
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if self.width() >= wanted
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for button in self._bar_buttons():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_bar()

    def kind_titles(self) -> dict[str, str]:
        """The filter's names for each kind (plural: what the list then shows)."""
        return {
            "all": self.tr("All activity"),
            "call": self.tr("Calls"),
            "meeting": self.tr("Meetings"),
            "note": self.tr("Notes"),
            "email": self.tr("E-mails"),
            "document": self.tr("Documents"),
            "task": self.tr("Tasks done"),
            "stage": self.tr("Stage changes"),
        }

    def _fill_kinds(self) -> None:
        chosen = self.kind_combo.currentData() or "all"
        titles = self.kind_titles()
        locale = self.locale()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        total = sum(self._counts.values())
        for kind in ("all", *ACTIVITY_KINDS):
            count = total if kind == "all" else self._counts.get(kind, 0)
            if kind != "all" and count == 0 and kind != chosen:
                continue
            text = titles[kind]
            if self._counts or kind != "all":
                text = f"{text} ({locale.toString(count)})"
            self.kind_combo.addItem(text, kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(chosen), 0))
        self.kind_combo.blockSignals(False)

    # --- the owner -----------------------------------------------------------------------

    def _runner(self) -> TaskRunner | None:
        if self._tasks is None:
            tasks = getattr(self.window(), "tasks", None)
            if isinstance(tasks, TaskRunner):
                self._tasks = tasks
        return self._tasks

    @property
    def owner(self) -> Ref | int | None:
        return self._owner

    def set_owner(self, owner: Ref | int | None) -> None:
        """Show the timeline of a person or organisation (a Ref), a matter (its id), or none."""
        if owner != self._owner:
            self._undo.clear()
            self.notice.hide()
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(0)
            self.kind_combo.blockSignals(False)
        self._owner = owner
        self._counts = {}
        self._fill_kinds()
        self.model.runner = self._runner()
        self.model.set_owner(owner, self._kinds())
        self.list.scrollToTop()
        self._load_counts()

    def refresh(self) -> None:
        """Read the shown timeline and its counts again (something changed elsewhere)."""
        if self._owner is None:
            return
        self.model.runner = self._runner()
        self.model.reload()
        self._load_counts()

    def _kinds(self) -> tuple[str, ...] | None:
        kind = self.kind_combo.currentData()
        return (kind,) if kind and kind != "all" else None

    def _on_kind(self) -> None:
        self.model.runner = self._runner()
        self.model.set_kinds(self._kinds())
        self.list.scrollToTop()

    def _load_counts(self) -> None:
        self._counts_generation += 1
        generation = self._counts_generation
        owner, database = self._owner, self._database
        if owner is None:
            return

        def work(_context: TaskContext | None) -> dict[str, int]:
            from smallcrm.core.services.timeline import kind_counts

            with database.session_scope() as session:
                return kind_counts(session, owner)

        def done(counts: dict[str, int]) -> None:
            if generation == self._counts_generation:
                self._counts = counts
                self._fill_kinds()
                self._update_state()
                self._fit_bar()

        runner = self._runner()
        if runner is None:
            done(work(None))
        else:
            runner.run(work, lane="io", on_success=done, description="count timeline")

    def _update_state(self) -> None:
        has_owner = self._owner is not None
        for button in self._bar_buttons():
            button.setEnabled(has_owner)
        self.kind_combo.setEnabled(has_owner)
        if self.model.rowCount() or self.model.loading:
            self.stack.setCurrentWidget(self.list)
            return
        if not has_owner:
            self.empty.set_text(self.tr("Nothing selected"), "")
        elif self._kinds():
            self.empty.set_text(
                self.tr("Nothing of this kind"),
                self.tr("Choose “All activity” to see everything."),
            )
        else:
            self.empty.set_text(
                self.tr("No activity yet"),
                self.tr("Log a call or add a note, and it appears here, newest first."),
            )
        self.stack.setCurrentWidget(self.empty)

    def _on_load_failed(self, message: str) -> None:
        log.warning("Loading the timeline failed: %s", message)
        self.notice.show_text(self.tr("Could not load the timeline."))

    def is_ready(self) -> bool:
        return not self.model.loading

    # --- actions -------------------------------------------------------------------------

    def current_item(self) -> TimelineItem | None:
        index = self.list.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _show_menu(self, position: QPoint) -> None:
        item = self.current_item()
        if item is None:
            return
        menu = QMenu(self)
        edit = menu.addAction(self.tr("&Edit…"))
        edit.setEnabled(item.kind in LOGGABLE)
        edit.triggered.connect(self.edit_current)
        trash = menu.addAction(self.tr("Move to the &trash"))
        trash.triggered.connect(self.trash_current)
        menu.exec(position)

    def log_activity(self, kind: str) -> Any:
        """Open the dialog that logs a call, a meeting or a note; returns the dialog."""
        if self._owner is None:
            return None
        return self._open_dialog(kind, None)

    def edit_current(self) -> Any:
        item = self.current_item()
        if item is not None and item.kind == "email":
            self._open_message(item.id)
            return None
        if item is None or item.kind not in LOGGABLE:
            return None
        return self._open_dialog(item.kind, item)

    def _open_message(self, activity_id: int) -> None:
        """An e-mail on the timeline opens the message itself, in the window's mail view."""
        from smallcrm.core.services.mail_messages import message_of_activity

        with self._database.session_scope() as session:
            message_id = message_of_activity(session, activity_id)
        open_hit = getattr(self.window(), "open_hit", None)
        if message_id is not None and open_hit is not None:
            open_hit("message", message_id)

    def _open_dialog(self, kind: str, item: TimelineItem | None) -> Any:
        from smallcrm.gui.dialogs.activity_dialog import ActivityDialog

        assert self._owner is not None
        if self.dialog is not None:
            self.dialog.close()
        dialog = ActivityDialog(
            self._database, kind, self._owner, tasks=self._runner(), item=item, parent=self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _on_saved(self, activity_id: int) -> None:
        self.refresh()
        self.changed.emit()

    def _run_write(self, fn: Any, on_success: Any, description: str) -> None:
        runner = self._runner()
        if runner is None:
            try:
                result = fn(None)
            except Exception as exc:
                self._write_failed(exc)
                return
            on_success(result)
            return
        runner.run(
            fn,
            lane="db",
            on_success=on_success,
            on_failure=self._write_failed,
            description=description,
        )

    def _write_failed(self, exc: BaseException) -> None:
        from smallcrm.core.errors import KnownError

        if not isinstance(exc, KnownError):
            log.error("A timeline change failed", exc_info=exc)
        self.notice.show_text(self.tr("That did not work: {reason}").format(reason=exc))

    def trash_current(self) -> None:
        """Move the current activity to the trash; Undo under the list brings it back."""
        item = self.current_item()
        if item is None:
            return
        row = self.list.currentIndex().row()
        database, activity_id = self._database, item.id

        def work(_context: TaskContext | None) -> None:
            from smallcrm.core.services.timeline import trash_activity

            with database.session_scope() as session:
                trash_activity(session, activity_id)

        def done(_result: None) -> None:
            self._undo.append(activity_id)
            self.notice.show_text(self.tr("Moved to the trash."), undo=True)
            self._after_change(row)

        self._run_write(work, done, "trash activity")

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_trash(self) -> bool:
        """Bring back the activity trashed last here; False when there is none."""
        if not self._undo:
            return False
        activity_id = self._undo.pop()
        database = self._database

        def work(_context: TaskContext | None) -> None:
            from smallcrm.core.services.timeline import trash_activity

            with database.session_scope() as session:
                trash_activity(session, activity_id, restore=True)

        def done(_result: None) -> None:
            self.notice.hide()
            self._status(self.tr("Restored from the trash."))
            self._after_change(None)

        self._run_write(work, done, "restore activity")
        return True

    def _after_change(self, row: int | None) -> None:
        self.refresh()
        if row is not None and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self.changed.emit()

    def remind(self, days: int) -> None:
        """Create a follow-up for the shown owner, due in ``days`` days (on the write lane)."""
        from smallcrm.gui.widgets.follow_ups import create_follow_up

        owner = self._owner
        if owner is None:
            return
        database = self._database
        pattern = self.tr("Follow up: {name}")

        def work(_context: TaskContext | None) -> date:
            return create_follow_up(database, owner, days, pattern)

        def done(due: date) -> None:
            text = self.locale().toString(due, QLocale.FormatType.LongFormat)
            self.notice.show_text(self.tr("I will remind you on {date}.").format(date=text))
            self.changed.emit()

        self._run_write(work, done, "follow up")

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.delegate.forget()
