"""The duplicate finder: likely duplicate pairs over the whole book, ranked, with reasons."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.duplicates import (
    DuplicatePair,
    dismiss_pair,
    find_duplicates,
    undismiss_pair,
)
from smallcrm.core.validation import format_phone
from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.dialogs.merge_dialog import MergeDialog, undo_merge_from_gui
from smallcrm.gui.tasks import DB, IO, TaskContext, TaskHandle, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState

# More pairs than anyone works through in one sitting; the best ones come first anyway.
MAX_PAIRS = 2000


def _rank(pair: DuplicatePair) -> tuple[int, bool, int, int]:
    # The finder's order: best first, people before organisations, then oldest first.
    return (-pair.score, pair.kind != "person", pair.first_id, pair.second_id)


class ReasonWords(QObject):
    """Turns the finder's reasons (English, from core) into the user's language."""

    def __init__(self, country: str = "CZ", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._country = country
        self._patterns: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
            (
                re.compile(r"same e-mail (.+)"),
                lambda m: self.tr("same e-mail {email}").format(email=m[1]),
            ),
            (re.compile(r"but different e-mails"), lambda m: self.tr("but different e-mails")),
            (
                re.compile(r"same phone (.+)"),
                lambda m: self.tr("same phone {phone}").format(
                    phone=format_phone(m[1], self._country)
                ),
            ),
            (re.compile(r"but different phones"), lambda m: self.tr("but different phones")),
            # The names are in their own columns: the reason need not repeat them.
            (re.compile(r"same name.*"), lambda m: self.tr("same name")),
            (
                re.compile(r"names alike \((\d+)\).*"),
                lambda m: self.tr("similar names ({percent} %)").format(percent=m[1]),
            ),
            (re.compile(r"but different names.*"), lambda m: self.tr("but different names")),
            (
                re.compile(r"same organisation (.+)"),
                lambda m: self.tr("same organisation {name}").format(name=m[1]),
            ),
            (
                re.compile(r"same birthday (.+)"),
                lambda m: self.tr("same birthday {date}").format(date=m[1]),
            ),
            (
                re.compile(r"but different birthdays (.+)"),
                lambda m: self.tr("but different birthdays {dates}").format(dates=m[1]),
            ),
            (
                re.compile(r"same registry number (.+)"),
                lambda m: self.tr("same registry number {number}").format(number=m[1]),
            ),
            (
                re.compile(r"but different registry numbers (.+)"),
                lambda m: self.tr("but different registry numbers {numbers}").format(numbers=m[1]),
            ),
            (
                re.compile(r"but different countries (.+)"),
                lambda m: self.tr("but different countries {countries}").format(countries=m[1]),
            ),
        ]

    def text(self, reason: str) -> str:
        for pattern, words in self._patterns:
            match = pattern.fullmatch(reason)
            if match:
                return words(match)
        return reason  # a reason added to the finder later: English beats nothing


class DuplicatePairsModel(QAbstractTableModel):
    """The pairs in rank order; rows go when merged or dismissed and come back on undo."""

    SCORE, FIRST, SECOND, REASONS = range(4)
    PairRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, words: ReasonWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self.pairs: list[DuplicatePair] = []
        self._reasons: dict[tuple[str, int, int], list[str]] = {}

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = sorted(pairs, key=_rank)
        self._reasons = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Score"),
            self.tr("Contact"),
            self.tr("Possible duplicate"),
            self.tr("Why"),
        )[section]

    def reasons(self, pair: DuplicatePair) -> list[str]:
        """The pair's reasons in the user's words (made once per pair, when first shown)."""
        key = (pair.kind, pair.first_id, pair.second_id)
        found = self._reasons.get(key)
        if found is None:
            # What speaks for the pair first, then what speaks against it ("but ...").
            ordered = sorted(pair.reasons, key=lambda r: r.startswith("but "))
            found = self._reasons[key] = [self._words.text(r) for r in ordered]
        return found

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role == self.PairRole:
            return pair
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SCORE:
                return pair.score
            if column == self.FIRST:
                return pair.first_name
            if column == self.SECOND:
                return pair.second_name
            if pair.dismissed:  # listed only when the user asked to see these too
                return ", ".join([self.tr("marked as not duplicates"), *self.reasons(pair)])
            return ", ".join(self.reasons(pair))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.REASONS:
                return "\n".join(self.reasons(pair))
            if column == self.SCORE:
                return self.tr("{score} of 100: how sure the finder is").format(score=pair.score)
            if pair.kind == "organization":
                return self.tr("Organisation")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.SCORE:
                return self.tr("Score {score}").format(score=pair.score)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and pair.dismissed:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and pair.kind == "organization" and column in (1, 2):
            font = QFont()
            font.setItalic(True)  # organisations look apart from people at a glance
            return font
        return None

    def pair(self, row: int) -> DuplicatePair:
        return self.pairs[row]

    def row_of(self, first_id: int, second_id: int) -> int:
        for row, pair in enumerate(self.pairs):
            if (pair.first_id, pair.second_id) == (first_id, second_id):
                return row
        return -1

    def find(self, pair: DuplicatePair) -> int:
        """The row of the same pair (kind and ids), or -1."""
        key = (pair.kind, pair.first_id, pair.second_id)
        for row, listed in enumerate(self.pairs):
            if (listed.kind, listed.first_id, listed.second_id) == key:
                return row
        return -1

    def replace_pair(self, row: int, pair: DuplicatePair) -> None:
        """Show a changed pair (marked "not duplicates" or no longer) in its row."""
        self.pairs[row] = pair
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove_where(self, drop: Callable[[DuplicatePair], bool]) -> list[DuplicatePair]:
        """Remove the pairs ``drop`` picks; returns them (to bring back on undo)."""
        removed = []
        row = len(self.pairs) - 1
        while row >= 0:  # backwards: the rows above keep their numbers
            pair = self.pairs[row]
            if drop(pair):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.pairs[row]
                self.endRemoveRows()
                removed.append(pair)
            row -= 1
        removed.reverse()
        return removed

    def rename(self, contact_id: int, kind: str, name: str) -> None:
        """Show a record's new name in the pairs that still hold it (after a merge)."""
        for row, pair in enumerate(self.pairs):
            if pair.kind != kind:
                continue
            if pair.first_id == contact_id:
                self.pairs[row] = replace(pair, first_name=name)
            elif pair.second_id == contact_id:
                self.pairs[row] = replace(pair, second_name=name)
            else:
                continue
            self.dataChanged.emit(self.index(row, 1), self.index(row, 2))

    def restore(self, pairs: list[DuplicatePair]) -> None:
        """Put pairs back at their place in the ranking."""
        if not pairs:
            return
        self.beginResetModel()
        self.pairs = sorted([*self.pairs, *pairs], key=_rank)
        self.endResetModel()


class ScoreDelegate(QStyledItemDelegate):
    """The score as a short bar with its number: the ranking is readable at a glance."""

    BAR_WIDTH = 56

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        score = int(index.data() or 0)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = opt.rect.adjusted(8, 0, -8, 0)
        bar_height = 6
        bar = QRectF(
            rect.left(), rect.center().y() - bar_height / 2 + 1, self.BAR_WIDTH, bar_height
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(text_color)
        track.setAlphaF(0.15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        fill = QColor(text_color if selected else palette.color(QPalette.ColorRole.Highlight))
        painter.setBrush(fill)
        painter.drawRoundedRect(
            QRectF(bar.left(), bar.top(), bar.width() * max(0, min(score, 100)) / 100, bar_height),
            3,
            3,
        )
        painter.setPen(text_color)
        painter.setFont(opt.font)
        text_rect = rect.adjusted(self.BAR_WIDTH + 8, 0, 0, 0)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(score)
        )
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        digits = option.fontMetrics.horizontalAdvance("100")
        return QSize(8 + self.BAR_WIDTH + 8 + digits + 10, hint.height())


class PairsTable(QTableView):
    """The pairs list: Enter merges the current pair, Delete dismisses it."""

    mergePressed = Signal()
    dismissPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.mergePressed.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.dismissPressed.emit()
            return
        super().keyPressEvent(event)


class DuplicatesDialog(BackgroundDialog):
    """Scans the whole book for duplicates on the io lane, lists them, merges a chosen pair."""

    merged = Signal(int)
    """A pair was merged: the change set id (the contacts page puts it on its undo stack)."""
    undone = Signal(int)
    """A merge made here was undone here: the change set id (lists should reload)."""

    PAGE_SCANNING, PAGE_PAIRS, PAGE_EMPTY, PAGE_STOPPED = range(4)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        user_country: str = "CZ",
        scan: bool = True,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._user_country = user_country
        self._handle: TaskHandle | None = None
        self._undo_handle: TaskHandle | None = None
        self._delete_when_idle = False
        self.merge_dialog: MergeDialog | None = None
        # The newest merge made here, and the pairs it took off the list (back on undo).
        self._last_merge: tuple[int, list[DuplicatePair]] | None = None
        # "Not duplicates" marked or taken back here: (kind, first, second) -> dismissed.
        # It wins over a scan that read the database before the write was done.
        self._marks: dict[tuple[str, int, int], bool] = {}
        self._marks_pending = 0
        # The pair the notice's Undo button takes "not duplicates" back from.
        self._undo_dismissal: DuplicatePair | None = None
        self.truncated = False
        self._generation = 0

        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setSizeGripEnabled(True)
        self.resize(980, 620)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(10)
        self.title_label = QLabel(self.tr("Possible duplicates"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        outer.addWidget(self.title_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("duplicatesSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.summary_label)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_scanning_page())
        self.pages.addWidget(self._build_pairs_page())
        self.empty_state = EmptyState(
            "contacts",
            self.tr("No likely duplicates"),
            self.tr(
                "No two contacts share an e-mail or a phone, or have names alike enough to "
                "be the same person."
            ),
        )
        self.pages.addWidget(self.empty_state)
        self.stopped_state = EmptyState("search", self.tr("The search was stopped"), "")
        self.pages.addWidget(self.stopped_state)
        outer.addWidget(self.pages, 1)

        # What just happened, with a way back: a merge is undone right here.
        notice = QHBoxLayout()
        notice.setSpacing(8)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("mergeNotice")
        self.notice_label.setWordWrap(True)
        notice.addWidget(self.notice_label, 1)
        self.undo_button = QPushButton(self.tr("&Undo merge"))
        self.undo_button.setObjectName("undoMerge")
        self.undo_button.clicked.connect(self._undo_from_notice)
        notice.addWidget(self.undo_button)
        outer.addLayout(notice)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.rescan_button = QPushButton(self.tr("&Search again"))
        self.rescan_button.clicked.connect(self.scan)
        buttons.addWidget(self.rescan_button)
        self.show_dismissed_box = QCheckBox(self.tr("S&how pairs marked as not duplicates"))
        self.show_dismissed_box.setObjectName("showDismissed")
        self.show_dismissed_box.toggled.connect(lambda *_: self.scan())
        buttons.addWidget(self.show_dismissed_box)
        buttons.addStretch(1)
        self.dismiss_button = QPushButton(self.tr("&Not duplicates"))
        self.dismiss_button.setObjectName("dismissPair")
        # Pressed while the current pair is marked: pressing it again takes that back.
        self.dismiss_button.setCheckable(True)
        self.dismiss_button.clicked.connect(lambda *_: self.dismiss_current())
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("mergePair")
        self.merge_button.setToolTip(self.tr("Compare the two and merge them (Enter)"))
        self.merge_button.clicked.connect(self.merge_current)
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.clicked.connect(self.stop_scan)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.dismiss_button, self.merge_button, self.stop_button, self.close_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self._set_notice("")
        self._show_page(self.PAGE_SCANNING)
        if scan:
            self.scan()

    # --- pages ---------------------------------------------------------------------------

    def _build_scanning_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 60, 0, 0)
        layout.setSpacing(10)
        label = QLabel(self.tr("Comparing every contact with the others…"))
        self.scan_bar = QProgressBar()
        self.scan_bar.setRange(0, 0)
        self.scan_bar.setTextVisible(False)
        self.scan_bar.setFixedWidth(420)
        self.scan_bar.setAccessibleName(self.tr("Searching for duplicates"))
        note = QLabel(self.tr("This takes a few seconds in a large address book."))
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for widget in (label, self.scan_bar, note):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_pairs_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.words = ReasonWords(self._user_country, self)
        self.model = DuplicatePairsModel(self.words, self)
        self.table = PairsTable()
        self.table.setObjectName("duplicatePairs")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DuplicatePairsModel.SCORE, ScoreDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(DuplicatePairsModel.SCORE, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(DuplicatePairsModel.SCORE, 8 + ScoreDelegate.BAR_WIDTH + 44)
        self.table.setColumnWidth(DuplicatePairsModel.FIRST, 200)
        self.table.setColumnWidth(DuplicatePairsModel.SECOND, 200)
        self.table.doubleClicked.connect(lambda _index: self.merge_current())
        self.table.mergePressed.connect(self.merge_current)
        self.table.dismissPressed.connect(self.dismiss_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        # The Why column is cut in a narrow window; the current pair's reasons in full here.
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("pairReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reasons_label)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        scanning = page == self.PAGE_SCANNING
        self.stop_button.setVisible(scanning)
        self.rescan_button.setVisible(not scanning)
        self.merge_button.setVisible(page == self.PAGE_PAIRS)
        self.dismiss_button.setVisible(page == self.PAGE_PAIRS)
        self._update_buttons()

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def scanning(self) -> bool:
        return self._handle is not None and not self._handle.finished

    # --- scanning ------------------------------------------------------------------------

    def scan(self) -> None:
        """Look for duplicates over the whole book on the io lane (reads only)."""
        if self.scanning:
            return
        database = self._database

        def work(_context: TaskContext) -> list[DuplicatePair]:
            with database.session_scope() as session:
                found = find_duplicates(session, include_dismissed=True)
            # Pairs marked "not duplicates" come too: a mark made here meanwhile may
            # have been taken back. The cap counts the others only.
            kept, others = [], 0
            for pair in found:
                others += not pair.dismissed
                if pair.dismissed or others <= MAX_PAIRS + 1:
                    kept.append(pair)
            return kept

        self.summary_label.setText("")
        self._show_page(self.PAGE_SCANNING)
        self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)
        # The finder cannot stop half way: a result arriving after Stop is dropped by
        # its generation number.
        self._generation += 1
        generation = self._generation
        self._handle = self._tasks.run(
            work,
            lane=IO,
            on_success=lambda pairs: self._on_scanned(generation, pairs),
            on_failure=self._on_scan_failed,
            on_cancelled=self._on_scan_cancelled,
            description="find duplicates",
        )

    def stop_scan(self) -> None:
        """Stop waiting for the scan: the list keeps what it showed before (or nothing)."""
        if self._handle is not None and not self._handle.finished:
            self._handle.cancel()
            self._generation += 1
            self._show_stopped()

    def _show_stopped(self) -> None:
        self.stopped_state.set_text(
            self.tr("The search was stopped"),
            self.tr("Nothing was changed. Search again when you have a moment."),
        )
        self._show_page(self.PAGE_STOPPED)
        self.rescan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_scanned(self, generation: int, pairs: list[DuplicatePair]) -> None:
        if self._delete_when_idle:
            self.deleteLater()
            return
        if generation != self._generation:
            return
        shown, others = [], 0
        for pair in pairs:
            mark = self._marks.get((pair.kind, pair.first_id, pair.second_id))
            if mark is not None and mark != pair.dismissed:
                pair = replace(pair, dismissed=mark)
            if not pair.dismissed:
                others += 1
                if others <= MAX_PAIRS:
                    shown.append(pair)
            elif self.show_dismissed_box.isChecked():
                shown.append(pair)
        self.truncated = others > MAX_PAIRS
        pairs = shown
        self.model.set_pairs(pairs)
        self._after_change()
        if pairs:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.select_row(0)

    def _on_scan_cancelled(self) -> None:
        if self._delete_when_idle:
            self.deleteLater()

    def _on_scan_failed(self, exc: BaseException) -> None:
        if self._delete_when_idle:
            self.deleteLater()
            return
        reason = str(exc) if isinstance(exc, KnownError) else self.tr("an unexpected error")
        self.stopped_state.set_text(
            self.tr("The search did not finish"),
            self.tr("{reason}. Nothing was changed; you can search again.").format(
                reason=reason.rstrip(".")
            ),
        )
        self._show_page(self.PAGE_STOPPED)

    def _after_change(self) -> None:
        """Page and summary for the pairs now listed."""
        count = self.model.rowCount()
        if count == 0:
            self._show_page(self.PAGE_EMPTY)
            self.summary_label.setText("")
            return
        self._show_page(self.PAGE_PAIRS)
        text = self.tr(
            "%n pair(s) that may be the same person or organisation, best first.", "", count
        )
        dismissed = sum(pair.dismissed for pair in self.model.pairs)
        if dismissed:
            text += " " + self.tr("%n of them marked as not duplicates.", "", dismissed)
        if self.truncated:
            text += " " + self.tr(
                "Only the {count} likeliest are listed; merge some and search again."
            ).format(count=self.locale().toString(MAX_PAIRS))
        self.summary_label.setText(text)

    # --- the list ------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, DuplicatePairsModel.FIRST)
        flags = self.table.selectionModel().SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def current_pair(self) -> DuplicatePair | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.page != self.PAGE_PAIRS:
            return None
        return self.model.pair(index.row())

    def select_pair(self, first_id: int, second_id: int) -> bool:
        row = self.model.row_of(min(first_id, second_id), max(first_id, second_id))
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _update_buttons(self) -> None:
        pair = self.current_pair()
        if pair is None:
            self.reasons_label.clear()
        else:
            self.reasons_label.setText(
                self.tr("{first} and {second}: {reasons}").format(
                    first=pair.first_name,
                    second=pair.second_name,
                    reasons=", ".join(self.model.reasons(pair)),
                )
            )
        self.dismiss_button.setEnabled(pair is not None)
        marked = pair is not None and pair.dismissed
        self.dismiss_button.setChecked(marked)
        self.dismiss_button.setToolTip(
            self.tr("Marked as not duplicates: press to take that back (Delete)")
            if marked
            else self.tr(
                "Remember that these two are different: the pair is no longer listed (Delete)"
            )
        )
        self.merge_button.setEnabled(pair is not None and self.merge_dialog is None)

    def dismiss_current(self) -> None:
        """Mark the current pair as not duplicates (Delete), or take back that mark."""
        pair = self.current_pair()
        if pair is not None:
            self._mark(pair, not pair.dismissed)

    def _mark(self, pair: DuplicatePair, dismissed: bool) -> None:
        """Show the pair as (not) dismissed at once; the database lane writes it."""
        key = (pair.kind, pair.first_id, pair.second_id)
        was = replace(pair, dismissed=not dismissed)
        self._marks[key] = dismissed
        self._place(replace(pair, dismissed=dismissed))
        if dismissed:
            self._set_notice(
                self.tr("“{first}” and “{second}” are marked as not duplicates.").format(
                    first=pair.first_name, second=pair.second_name
                ),
                undo_dismissal=pair,
            )
        else:
            self._set_notice(
                self.tr("“{first}” and “{second}” are listed as possible duplicates again.").format(
                    first=pair.first_name, second=pair.second_name
                )
            )
        database, kind, first, second = self._database, pair.kind, pair.first_id, pair.second_id

        def work(_context: TaskContext) -> bool:
            with database.session_scope() as session:
                write = dismiss_pair if dismissed else undismiss_pair
                return write(session, kind, first, second)

        self._marks_pending += 1
        self._tasks.run(
            work,
            lane=DB,
            on_success=lambda _changed: self._on_marked(),
            on_failure=lambda exc: self._on_mark_failed(was, exc),
            description="not duplicates" if dismissed else "undo not duplicates",
        )

    def _place(self, pair: DuplicatePair) -> None:
        """Put the pair where its mark says: listed, listed as dismissed, or not listed."""
        key = (pair.kind, pair.first_id, pair.second_id)
        row = self.model.find(pair)
        current = self.table.currentIndex().row()
        listed = not pair.dismissed or self.show_dismissed_box.isChecked()
        if row >= 0 and listed:
            self.model.replace_pair(row, pair)
        elif row >= 0:
            self.model.remove_where(lambda p: (p.kind, p.first_id, p.second_id) == key)
        elif listed:
            self.model.restore([pair])
        self._after_change()
        if listed:
            self.select_row(self.model.find(pair))
        elif self.model.rowCount():
            self.select_row(min(max(current, 0), self.model.rowCount() - 1))
        self._update_buttons()

    def _mark_callback_closed(self) -> bool:
        """In a mark's callback: True if the dialog was closed (then deleted once idle)."""
        self._marks_pending -= 1
        if not self._delete_when_idle:
            return False
        # Another task's callback may have deleted the closed dialog already.
        undoing = self._undo_handle is not None and not self._undo_handle.finished
        if shiboken6.isValid(self) and not (self._marks_pending or self.scanning or undoing):
            self.deleteLater()
        return True

    def _on_marked(self) -> None:
        self._mark_callback_closed()

    def _on_mark_failed(self, was: DuplicatePair, exc: BaseException) -> None:
        if self._mark_callback_closed():
            return
        # Nothing was written: the pair goes back to how it was.
        self._marks[(was.kind, was.first_id, was.second_id)] = was.dismissed
        self._place(was)
        reason = str(exc) if isinstance(exc, KnownError) else self.tr("an unexpected error")
        self._set_notice(
            self.tr("“Not duplicates” could not be saved: {reason}").format(reason=reason)
        )

    def _undo_from_notice(self) -> None:
        if self._undo_dismissal is not None:
            pair, self._undo_dismissal = self._undo_dismissal, None
            self._mark(replace(pair, dismissed=True), False)
        else:
            self.undo_last_merge()

    # --- merging -------------------------------------------------------------------------

    def merge_current(self) -> MergeDialog | None:
        """Open the merge dialog for the current pair (people or organisations); returns it."""
        pair = self.current_pair()
        if pair is None or self.merge_dialog is not None:
            return None
        dialog = MergeDialog(
            self._database,
            self._tasks,
            pair.first_id,
            pair.second_id,
            self,
            user_country=self._user_country,
            kind=pair.kind,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda change_set_id: self._on_merged(dialog, change_set_id))
        dialog.finished.connect(lambda _result: self._forget_merge_dialog(dialog))
        self.merge_dialog = dialog
        self._update_buttons()
        dialog.open()
        return dialog

    def _forget_merge_dialog(self, dialog: MergeDialog) -> None:
        if self.merge_dialog is dialog:
            self.merge_dialog = None
        self._update_buttons()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_merged(self, dialog: MergeDialog, change_set_id: int) -> None:
        survivor, removed = dialog.survivor_id, dialog.removed_id
        if survivor is None or removed is None:
            return
        row = max(self.table.currentIndex().row(), 0)
        # The merged pair and every pair holding the removed record go: it no longer exists.
        gone = self.model.remove_where(
            lambda p: p.kind == dialog.kind and removed in (p.first_id, p.second_id)
        )
        self.model.rename(survivor, dialog.kind, dialog.result_name)
        self._last_merge = (change_set_id, gone)
        self._set_notice(
            self.tr("Merged into “{name}”.").format(name=dialog.result_name), undo=True
        )
        self._after_change()
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self.merged.emit(change_set_id)

    def undo_last_merge(self) -> None:
        """Take back the newest merge made in this window; its pairs come back."""
        if self._last_merge is None or (
            self._undo_handle is not None and not self._undo_handle.finished
        ):
            return
        change_set_id, gone = self._last_merge
        self.undo_button.setEnabled(False)
        self._undo_handle = undo_merge_from_gui(
            self._database,
            self._tasks,
            change_set_id,
            on_done=lambda _count: self._on_undone(change_set_id, gone),
            on_failure=self._on_undo_failed,
        )

    def _on_undone(self, change_set_id: int, gone: list[DuplicatePair]) -> None:
        if self._delete_when_idle:
            self.deleteLater()
            return
        self._last_merge = None
        # Names as they were before the merge: the pairs kept their original text.
        self.model.restore(gone)
        for pair in gone:
            self.model.rename(pair.first_id, pair.kind, pair.first_name)
            self.model.rename(pair.second_id, pair.kind, pair.second_name)
        self._set_notice(self.tr("The merge was undone."))
        self._after_change()
        if gone:
            self.select_pair(gone[0].first_id, gone[0].second_id)
        self.undone.emit(change_set_id)

    def _on_undo_failed(self, exc: BaseException) -> None:
        if self._delete_when_idle:
            self.deleteLater()
            return
        reason = str(exc) if isinstance(exc, KnownError) else self.tr("an unexpected error")
        self._set_notice(self.tr("The merge could not be undone: {reason}").format(reason=reason))

    def _set_notice(
        self, text: str, undo: bool = False, undo_dismissal: DuplicatePair | None = None
    ) -> None:
        """``undo``: the Undo button takes the merge back; ``undo_dismissal``: that mark."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        self._undo_dismissal = undo_dismissal
        undo = undo or undo_dismissal is not None
        self.undo_button.setText(
            self.tr("&Undo") if undo_dismissal is not None else self.tr("&Undo merge")
        )
        self.undo_button.setVisible(undo)
        self.undo_button.setEnabled(undo)

    # --- closing -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        undoing = self._undo_handle is not None and not self._undo_handle.finished
        return self.scanning or undoing or self._marks_pending > 0

    def _merge_running(self) -> bool:
        return self.merge_dialog is not None and self.merge_dialog.writing

    def writing_now(self) -> bool:
        return self._merge_running()  # the merge finishes whole and reports here

    def cancel_work(self) -> None:
        if self.scanning and self._handle is not None:
            self._handle.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.writing_now() and self.merge_dialog is not None:
            self.merge_dialog.close()
        super().closeEvent(event)


def run_find_duplicates(
    parent_window: QWidget,
    on_merged: Callable[[int], object] | None = None,
    *,
    on_undone: Callable[[int], object] | None = None,
) -> DuplicatesDialog:
    """Contacts > Find duplicates: scan, list, merge (non-modal; deletes itself when closed).

    ``parent_window`` is the main window (its ``database`` and ``tasks`` are used).
    ``on_merged(change_set_id)`` runs after each merge, so the contacts page can put it on
    its undo stack and reload; ``on_undone(change_set_id)`` after a merge undone here.
    """
    from smallcrm.gui.settings import country_of

    dialog = DuplicatesDialog(
        parent_window.database,  # type: ignore[attr-defined]
        parent_window.tasks,  # type: ignore[attr-defined]
        parent_window,
        user_country=country_of(parent_window),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_merged is not None:
        dialog.merged.connect(on_merged)
    if on_undone is not None:
        dialog.undone.connect(on_undone)
    dialog.show()
    return dialog


__all__ = [
    "MAX_PAIRS",
    "DuplicatePairsModel",
    "DuplicatesDialog",
    "ReasonWords",
    "run_find_duplicates",
]
