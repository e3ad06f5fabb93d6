"""Matters table model: holds only the ordered ids and loads visible rows in cached blocks."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from smallcrm.core.db import Database
from smallcrm.core.services.matters import MatterQuery
from smallcrm.gui.matter_texts import show_date

if TYPE_CHECKING:
    from smallcrm.core.services.matters import MatterRow
    from smallcrm.gui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

# As the contacts list: a block is one small indexed query, 24 blocks bound the memory.
BLOCK_SIZE = 100
MAX_CACHED_BLOCKS = 24

COLUMNS = ("number", "title", "clients", "type", "stage", "responsible", "opened")
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the matter's id

_Index = QModelIndex | QPersistentModelIndex


def load_ids(database: Database, query: MatterQuery) -> tuple[list[int], int]:
    """The ordered matter ids for ``query`` and how many matters there are; a worker runs it."""
    from smallcrm.core.services import matters

    with database.session_scope() as session:
        ids = matters.list_matter_ids(session, query)
        total = matters.count_matters(session) if is_filtered(query) else len(ids)
    return ids, total


def is_filtered(query: MatterQuery) -> bool:
    """Whether ``query`` hides any matter (text that only has spaces hides none)."""
    return replace(query, text=query.text.strip()) != MatterQuery()


class MattersTableModel(QAbstractTableModel):
    """Matters, newest opened first; only ``BLOCK_SIZE``-row blocks on screen are read.

    With a ``TaskRunner`` the ids load on its read lane and arrive by ``keysLoaded``; an
    answer to an older request is dropped. Without one (unit tests) they load at once.
    Stage and type names come from ``set_names`` (the view reads them once, translated).
    """

    keysLoaded = Signal()
    loadFailed = Signal(str)

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, list[MatterRow]] = OrderedDict()
        self._query = MatterQuery()
        self._total = 0
        self._generation = 0
        self._stage_names: dict[int, str] = {}
        self._stage_phases: dict[int, str] = {}
        self._type_names: dict[int, str] = {}
        self.runner: TaskRunner | None = None
        self.block_loads = 0
        self.loaded = False
        self.loading = False

    # --- loading -------------------------------------------------------------------------

    def set_names(self, stages: dict[int, tuple[str, str]], types: dict[int, str]) -> None:
        """``stages``: id -> (shown name, phase); ``types``: id -> shown name."""
        self._stage_names = {k: name for k, (name, _phase) in stages.items()}
        self._stage_phases = {k: phase for k, (_name, phase) in stages.items()}
        self._type_names = dict(types)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def reload(self) -> None:
        """Read the ids again for the current query; the rows on screen stay until then."""
        self._generation += 1
        generation = self._generation
        query = self._query
        if self.runner is None:
            self._apply(generation, load_ids(self._database, query))
            return
        self.loading = True
        database = self._database

        def work(_context: TaskContext) -> tuple[list[int], int]:
            return load_ids(database, query)

        self.runner.run(
            work,
            lane="io",
            on_success=lambda result: self._apply(generation, result),
            on_failure=lambda exc: self._failed(generation, exc),
            description="load matter list",
        )

    def _apply(self, generation: int, result: tuple[list[int], int]) -> None:
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        ids, total = result
        self.beginResetModel()
        self._ids = ids
        self._total = total
        self._blocks.clear()
        self.loaded = True
        self.loading = False
        self.endResetModel()
        if ids:
            self._block(0)
        self.keysLoaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.loadFailed.emit(str(exc))

    @property
    def query(self) -> MatterQuery:
        return self._query

    def set_query(self, query: MatterQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def is_filtered(self) -> bool:
        return is_filtered(self._query)

    def total_count(self) -> int:
        """All matters not in the trash, ignoring the filters."""
        return self._total

    def _block(self, number: int) -> list[MatterRow]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        from smallcrm.core.services import matters

        start = number * BLOCK_SIZE
        with self._database.session_scope() as session:
            block = matters.matter_rows(session, self._ids[start : start + BLOCK_SIZE])
        if len(block) < len(self._ids[start : start + BLOCK_SIZE]):
            # A matter trashed meanwhile: keep the rows in step with the ids.
            found = {row.id: row for row in block}
            block = [found.get(i) or _gone(i) for i in self._ids[start : start + BLOCK_SIZE]]
        self.block_loads += 1
        self._blocks[number] = block
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def row(self, row: int) -> MatterRow:
        return self._block(row // BLOCK_SIZE)[row % BLOCK_SIZE]

    @property
    def cached_blocks(self) -> list[int]:
        return list(self._blocks)

    def matter_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, matter_id: int) -> int:
        """The row showing the matter, or -1 when the filters hide it."""
        try:
            return self._ids.index(matter_id)
        except ValueError:
            return -1

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self.row(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            # Closed and declined matters read quieter than the open ones.
            if self._stage_phases.get(row.stage_id) in ("closed", "declined"):
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if column == "title" else None
        if column == "number":
            return row.number
        if column == "title":
            return row.title
        if column == "clients":
            return row.clients
        if column == "type":
            return self._type_names.get(row.type_id, "") if row.type_id is not None else ""
        if column == "stage":
            return self._stage_names.get(row.stage_id, "")
        if column == "responsible":
            return row.responsible or ""
        return show_date(row.opened_on)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Title"),
            self.tr("Client"),
            self.tr("Type"),
            self.tr("Stage"),
            self.tr("Responsible"),
            self.tr("Opened"),
        ]


def _gone(matter_id: int) -> MatterRow:
    from datetime import UTC, date, datetime

    from smallcrm.core.services.matters import MatterRow

    return MatterRow(matter_id, "", "", None, 0, None, date.min, None, datetime.now(UTC), "")
