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
from smallcrm.gui.models.keyset_paging import KeysetPaging, PageReader

if TYPE_CHECKING:
    from smallcrm.core.services.address_book import Ref

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


class TimelineModel(KeysetPaging[TimelineItem], QAbstractListModel):
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
    _what = "timeline"

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._init_paging(PAGE)
        self._database = database
        self._held: list[TimelineItem] = []  # read, not shown yet (see FIRST_SCREEN)
        self._coming: list[TimelineItem] = []  # held once the reset under way is through
        self._owner: Ref | int | None = None
        self._kinds: tuple[str, ...] | None = None

    # --- what is shown -------------------------------------------------------------------

    @property
    def owner(self) -> Ref | int | None:
        return self._owner

    @property
    def kinds(self) -> tuple[str, ...] | None:
        return self._kinds

    def set_owner(self, owner: Ref | int | None, kinds: tuple[str, ...] | None = None) -> None:
        """Show ``owner``'s timeline (None: nothing), its first page read at once."""
        self._owner = owner
        self._kinds = kinds or None
        page = self._first_page()
        self._coming = page[FIRST_SCREEN:]
        self._reset(page[:FIRST_SCREEN], len(page) == self.page_size)
        self.pageLoaded.emit()

    def _on_reset(self) -> None:
        # What the reset holds back: the rest of a first page, nothing after a reload.
        self._held, self._coming = self._coming, []

    def _reader(self) -> PageReader | None:
        owner, kinds, database = self._owner, self._kinds, self._database
        if owner is None:
            return None
        return lambda before, limit: read_page(database, owner, kinds, before, limit)

    def _cursor(self, row: TimelineItem) -> Any:
        return row.cursor

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
        self.reveal()
        super().reload()

    # --- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid():
            return False
        return bool(self._held) or super().canFetchMore(parent)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self._changing:
            return
        if self._held:
            self.reveal()
            return
        super().fetchMore(parent)

    # --- access --------------------------------------------------------------------------

    def item(self, row: int) -> TimelineItem:
        return self._rows[row]

    def items(self) -> list[TimelineItem]:
        return list(self._rows)

    def row_of(self, activity_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == activity_id:
                return row
        return -1

    # --- QAbstractListModel --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
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
