"""Contacts table model: holds only the ordered ids and loads visible rows in cached blocks."""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from smallcrm.core.db import Database

if TYPE_CHECKING:
    from smallcrm.core.services.contacts import ContactRow

log = logging.getLogger(__name__)

# 200 rows is a few screens of a tall window: one indexed query (~1-3 ms on SQLite) per
# block keeps scrolling smooth, and 12 cached blocks bound memory whatever the table size.
BLOCK_SIZE = 200
MAX_CACHED_BLOCKS = 12

COLUMNS = ("name", "organization", "email", "phone", "city")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    """Contacts ordered by folded name; only ``BLOCK_SIZE``-row blocks on screen are loaded."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, list[ContactRow]] = OrderedDict()
        self._filter = ""
        self.block_loads = 0  # how many block queries ran; tests and benchmarks read it
        self.loaded = False

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the ordered ids for the current filter and forget every cached row."""
        from smallcrm.core.services import contacts

        with self._database.session_scope() as session:
            ids = contacts.contact_ids(session, self._filter)
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self.loaded = True
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._filter = text
        self.reload()

    @property
    def filter_text(self) -> str:
        return self._filter

    def total_count(self) -> int:
        """All contacts, ignoring the filter (for the empty state and the count label)."""
        if not self._filter.strip():
            return len(self._ids)
        from smallcrm.core.services import contacts

        with self._database.session_scope() as session:
            return contacts.count_contacts(session)

    def _block(self, number: int) -> list[ContactRow]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        from smallcrm.core.services import contacts

        start = number * BLOCK_SIZE
        with self._database.session_scope() as session:
            block = contacts.list_rows(session, self._ids[start : start + BLOCK_SIZE])
        self.block_loads += 1
        self._blocks[number] = block
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def row(self, row: int) -> ContactRow:
        return self._block(row // BLOCK_SIZE)[row % BLOCK_SIZE]

    @property
    def cached_blocks(self) -> list[int]:
        return list(self._blocks)

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> int:
        """The row showing ``contact_id``, or -1 when the filter hides it."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(self.row(index.row()), COLUMNS[index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("City"),
        ]
