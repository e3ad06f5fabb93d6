"""Timeline list model: one owner's activities, newest first, read a keyset page at a time."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from smallcrm.core.db import Database
from smallcrm.core.services.timeline import PAGE, TimelineItem

if TYPE_CHECKING:
    from smallcrm.core.services.address_book import Ref
    from smallcrm.gui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

# A first screen: the rest of the first page joins right after it is painted, so the view
# measures 20 items (wrapped notes) before the first paint instead of 100.
FIRST_SCREEN = 20

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the TimelineItem (plain, frozen data)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def read_page(
    database: Database,
    owner: Ref | int,
    kinds: tuple[str, ...] | None,
    before: Any = None,
    limit: int = PAGE,
) -> list[TimelineItem]:
    """One page of ``owner``'s timeline older than ``before``; runs on any thread."""
    from smallcrm.core.services import timeline

    with database.session_scope() as session:
        return timeline.timeline(session, owner, kinds, before, limit)


def kind_titles() -> dict[str, str]:
    """What an activity of each kind is called (an item without a subject, the dashboard)."""
    translate = QCoreApplication.translate
    return {
        "call": translate("TimelineModel", "Call"),
        "meeting": translate("TimelineModel", "Meeting"),
        "note": translate("TimelineModel", "Note"),
        "email": translate("TimelineModel", "E-mail"),
        "document": translate("TimelineModel", "Document"),
        "task": translate("TimelineModel", "Task done"),
        "stage": translate("TimelineModel", "Stage changed"),
    }


class TimelineModel(QAbstractListModel):
    """Holds the pages read so far; ``fetchMore`` reads the next, older one.

    The first page of an owner is read at once (one indexed query of a few milliseconds),
    so the list never shows another record's history while it loads; its first
    ``FIRST_SCREEN`` items show at once and the rest join on ``reveal()`` (the view calls it
    after its first paint) or the next ``fetchMore``. Later pages and
    reloads after a change run on the runner's read lane when there is a runner; answers
    to an older request (another owner, another filter) are dropped.
    """

    pageLoaded = Signal()
    loadFailed = Signal(str)

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._items: list[TimelineItem] = []
        self._held: list[TimelineItem] = []  # read, not shown yet (see FIRST_SCREEN)
        self._owner: Ref | int | None = None
        self._kinds: tuple[str, ...] | None = None
        self._more = False
        self._loading = False
        self._generation = 0
        self.runner: TaskRunner | None = None
        self.page_loads = 0  # how many page queries ran; tests read it
        # Inside a reset or an insertion (and the signals that end it): a fetchMore from
        # a slot of those signals waits for the view's next ask instead of nesting a change.
        self._changing = False

    # --- what is shown -------------------------------------------------------------------

    @property
    def owner(self) -> Ref | int | None:
        return self._owner

    @property
    def kinds(self) -> tuple[str, ...] | None:
        return self._kinds

    @property
    def loading(self) -> bool:
        return self._loading

    def has_more(self) -> bool:
        return self._more

    def set_owner(self, owner: Ref | int | None, kinds: tuple[str, ...] | None = None) -> None:
        """Show ``owner``'s timeline (None: nothing), its first page read at once."""
        self._owner = owner
        self._kinds = kinds or None
        self._generation += 1
        self._loading = False
        page = self._read(None, PAGE) if owner is not None else []
        self._reset(page[:FIRST_SCREEN], len(page) == PAGE, page[FIRST_SCREEN:])
        self.pageLoaded.emit()

    def _reset(
        self, items: list[TimelineItem], more: bool, held: list[TimelineItem] | None = None
    ) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self._items = items
            self._held = held or []
            self._more = more
            self.endResetModel()
        finally:
            self._changing = False

    def _insert(self, items: list[TimelineItem]) -> None:
        if not items:
            return
        self._changing = True
        try:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._items.extend(items)
            self.endInsertRows()
        finally:
            self._changing = False

    def held(self) -> bool:
        """Items of the first page wait to join the list."""
        return bool(self._held)

    def reveal(self) -> None:
        """Let the rest of the first page join the list."""
        held, self._held = self._held, []
        self._insert(held)

    def set_kinds(self, kinds: tuple[str, ...] | None) -> None:
        if (kinds or None) != self._kinds:
            self.set_owner(self._owner, kinds)

    def reload(self) -> None:
        """Read again what is shown (after a change), keeping as many items as were loaded.

        The list on screen stays until the new one is ready, so it does not blink.
        """
        if self._owner is None:
            return
        self._generation += 1
        generation = self._generation
        self.reveal()
        limit = max(PAGE, len(self._items))
        owner, kinds, database = self._owner, self._kinds, self._database
        if self.runner is None:
            self._replace(generation, limit, self._read(None, limit))
            return
        self._loading = True

        def work(_context: TaskContext) -> list[TimelineItem]:
            return read_page(database, owner, kinds, None, limit)

        self.runner.run(
            work,
            lane="io",
            on_success=lambda page: self._replace(generation, limit, page),
            on_failure=lambda exc: self._failed(generation, exc),
            description="reload timeline",
        )

    def _read(self, before: Any, limit: int) -> list[TimelineItem]:
        assert self._owner is not None
        self.page_loads += 1
        return read_page(self._database, self._owner, self._kinds, before, limit)

    def _replace(self, generation: int, limit: int, page: list[TimelineItem]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._reset(page, len(page) == limit)
        self.pageLoaded.emit()

    def _append(self, generation: int, page: list[TimelineItem]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(page) == PAGE
        self._insert(page)
        self.pageLoaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False  # no endless retries from the scroll bar; a reload tries again
        self.loadFailed.emit(str(exc))

    # --- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid():
            return False
        return bool(self._held) or (self._more and not self._loading)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self._changing:
            return
        if self._held:
            self.reveal()
            return
        if not self.canFetchMore(parent) or not self._items:
            return
        generation = self._generation
        before = self._items[-1].cursor
        if self.runner is None:
            self._append(generation, self._read(before, PAGE))
            return
        self._loading = True
        self.page_loads += 1
        owner, kinds, database = self._owner, self._kinds, self._database
        assert owner is not None

        def work(_context: TaskContext) -> list[TimelineItem]:
            return read_page(database, owner, kinds, before, PAGE)

        self.runner.run(
            work,
            lane="io",
            on_success=lambda page: self._append(generation, page),
            on_failure=lambda exc: self._failed(generation, exc),
            description="load timeline page",
        )

    # --- access --------------------------------------------------------------------------

    def item(self, row: int) -> TimelineItem:
        return self._items[row]

    def items(self) -> list[TimelineItem]:
        return list(self._items)

    def row_of(self, activity_id: int) -> int:
        for row, item in enumerate(self._items):
            if item.id == activity_id:
                return row
        return -1

    # --- QAbstractListModel --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return item.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.subject or self.kind_titles().get(item.kind, item.kind)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def kind_titles(self) -> dict[str, str]:
        """What an item without a subject is called, by kind."""
        return kind_titles()
