"""Contacts table model: holds only the ordered keys and loads visible rows in cached blocks."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from smallcrm.core.db import Database
from smallcrm.core.services.contacts import ListQuery
from smallcrm.core.validation import format_phone

if TYPE_CHECKING:
    from smallcrm.core.services.contacts import ContactRow
    from smallcrm.gui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

# 50 rows fill a full-height window: one indexed query of about a millisecond per block
# keeps scrolling smooth, and a search's first screen (one block, its keys found by
# walking the names until the block is full) is painted as the user types; a larger
# block costs each keystroke in proportion. 48 cached blocks bound memory whatever the
# table size.
BLOCK_SIZE = 50
MAX_CACHED_BLOCKS = 48

COLUMNS = ("name", "kind", "organization", "email", "phone", "city")
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's key: person id, or organisation id negated
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole.value

_Index = QModelIndex | QPersistentModelIndex


def load_keys(database: Database, query: ListQuery) -> tuple[list[int], int]:
    """The ordered keys for ``query`` and the unfiltered total; runs on a worker thread."""
    from smallcrm.core.services import contacts

    with database.session_scope() as session:
        keys = contacts.list_keys(session, query)
        if query.text.strip() or query.tag_id is not None or query.kind != "all":
            total = contacts.count_contacts(session) + contacts.count_organizations(session)
        else:
            total = len(keys)
    return keys, total


class ContactsTableModel(QAbstractTableModel):
    """People and organisations in one list; only ``BLOCK_SIZE``-row blocks on screen load.

    With a ``TaskRunner`` the keys load on its read lane and arrive by ``keysLoaded``; a
    newer request makes older answers stale, and they are dropped. Without one (unit tests)
    ``reload()`` reads them at once.
    """

    keysLoaded = Signal()
    loadFailed = Signal(str)

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, list[ContactRow]] = OrderedDict()
        self._query = ListQuery()
        self._total = 0
        self._generation = 0
        self.runner: TaskRunner | None = None
        self.user_country = "CZ"  # phones of this country show in national format
        self.block_loads = 0  # how many block queries ran; tests and benchmarks read it
        self.loaded = False
        self.loading = False
        # How many rows the view shows at once (it says so when resized): a search's first
        # screen fills them all, however tall the window.
        self.first_screen_rows = BLOCK_SIZE
        # The full list is asked for once the first screen is painted: a worker started
        # at once would hold the interpreter while the screen is drawn. A zero timer fires
        # after the window's pending events, its repaint among them, and then asks for the
        # query of the moment: fast typing asks only for the last word.
        self._titles: list[str] | None = None
        self._kinds: dict[str, str] | None = None
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(0)
        self._start_timer.timeout.connect(lambda: self._start(self._generation, self._query))

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the ordered keys for the current query and forget every cached row.

        The list on screen stays until the new one is ready (an edit elsewhere must not
        make the list jump); a first list shows its first screen at once.
        """
        self._load(first_screen=not self._ids)

    def _load(self, first_screen: bool) -> None:
        self._generation += 1
        generation = self._generation
        query = self._query
        # A start still waiting would ask for this query a second time.
        self._start_timer.stop()
        if self.runner is None:
            self._apply(generation, load_keys(self._database, query))
            return
        self.loading = True
        if first_screen and self._show_first_screen(query):
            self._start_timer.start()
            return
        self._start(generation, query)

    def _start(self, generation: int, query: ListQuery) -> None:
        """Load the keys for ``query`` on the runner's read lane."""
        assert self.runner is not None
        database = self._database

        def work(_context: TaskContext) -> tuple[list[int], int]:
            return load_keys(database, query)

        self.runner.run(
            work,
            lane="io",
            on_success=lambda result: self._apply(generation, result),
            on_failure=lambda exc: self._failed(generation, exc),
            description="load contact list",
        )

    def _show_first_screen(self, query: ListQuery) -> bool:
        """Show the first rows at once while the full key list loads in the background.

        The unfiltered list of 100,000 people takes a few hundred milliseconds to order,
        and a search for one letter a hundred; their first screen comes from the name
        indexes in a few (``contacts.first_keys``), so typing never waits for the list.
        False when the query's order has no such quick first screen.
        """
        from smallcrm.core.services import contacts

        blocks = max(1, -(-self.first_screen_rows // BLOCK_SIZE))
        with self._database.session_scope() as session:
            first = contacts.first_keys(session, query, blocks * BLOCK_SIZE)
        if first is None:
            return False  # another sort order: the list on screen stays until it is ready
        self.beginResetModel()
        self._ids = first
        self._blocks.clear()
        self.endResetModel()
        for number in range(-(-len(first) // BLOCK_SIZE)):
            self._block(number)
        return True

    def _apply(self, generation: int, result: tuple[list[int], int]) -> None:
        if generation != self._generation:
            return  # a newer filter or sort was asked for meanwhile
        keys, total = result
        self.beginResetModel()
        self._ids = keys
        self._total = total
        self._blocks.clear()
        self.loaded = True
        self.loading = False
        self.endResetModel()
        if keys:
            # The first screen is what the user looks at next: have it ready to paint.
            self._block(0)
        self.keysLoaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.loadFailed.emit(str(exc))

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self._load(first_screen=True)

    def forget_rows(self) -> None:
        """Drop the cached rows (they are read again when shown), e.g. after a setting change."""
        self._blocks.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_filter(self, text: str) -> None:
        self.set_query(replace(self._query, text=text))

    @property
    def filter_text(self) -> str:
        return self._query.text

    def is_filtered(self) -> bool:
        q = self._query
        return bool(q.text.strip()) or q.kind != "all" or q.tag_id is not None

    def total_count(self) -> int:
        """All people and organisations, ignoring the filters (empty state, count label)."""
        return self._total

    def _block(self, number: int) -> list[ContactRow]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        from smallcrm.core.services import contacts

        start = number * BLOCK_SIZE
        with self._database.session_scope() as session:
            # Phones are formatted when drawn: a block is read for a screen's third of it.
            block = contacts.list_rows(session, self._ids[start : start + BLOCK_SIZE], None)
        self.block_loads += 1
        self._blocks[number] = block
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def phone_text(self, row: ContactRow) -> str:
        """The row's phone as the user reads it (national format at home)."""
        if row.phone.startswith("+"):
            return format_phone(row.phone, self.user_country)
        return row.phone

    def row(self, row: int) -> ContactRow:
        return self._block(row // BLOCK_SIZE)[row % BLOCK_SIZE]

    @property
    def cached_blocks(self) -> list[int]:
        return list(self._blocks)

    def key(self, row: int) -> int:
        """The row's key: a person's id, or an organisation's id negated."""
        return self._ids[row]

    def contact_id(self, row: int) -> int:
        """Kept for callers that list people only: the key of the row."""
        return self._ids[row]

    def row_of(self, key: int) -> int:
        """The row showing ``key``, or -1 when the filters hide it."""
        try:
            return self._ids.index(key)
        except ValueError:
            return -1

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Painting a screen asks ~2,000 times, mostly for roles this model leaves to the
        # view (font, colours, alignment, check state): those are answered first, cheaply.
        if role != _DISPLAY and role != ID_ROLE and role != KIND_ROLE:
            return None
        number = index.row()
        if not 0 <= number < len(self._ids):
            return None  # also an invalid index (row -1)
        if role == ID_ROLE:
            return self._ids[number]
        if role == KIND_ROLE:
            return "person" if self._ids[number] > 0 else "organization"
        block = self._blocks.get(number // BLOCK_SIZE)
        row = block[number % BLOCK_SIZE] if block is not None else self.row(number)
        column = COLUMNS[index.column()]
        if column == "kind":
            if self._kinds is None:
                self._kinds = self.kind_titles()
            return self._kinds[row.kind]
        if column == "phone":
            return self.phone_text(row)
        return getattr(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        if self._titles is None:  # asked ~60 times a paint; the language is set at start
            self._titles = self.column_titles()
        return self._titles[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: the keys are re-read in the new order, off the main thread."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=COLUMNS[column], descending=descending)
        if not self.loaded and not self.loading:
            # Restored header state before the first load: that load will use it.
            self._query = query
            return
        self.set_query(query)

    def column_titles(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("City"),
        ]

    def kind_titles(self) -> dict[str, str]:
        return {"person": self.tr("Person"), "organization": self.tr("Organisation")}
