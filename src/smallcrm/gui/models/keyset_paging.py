"""Keyset paging for list models: newest first, the next older page read when the view asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

if TYPE_CHECKING:
    from smallcrm.gui.tasks import TaskContext, TaskRunner

T = TypeVar("T")

# Reads the page of rows older than a keyset (None: the newest), at most ``limit`` of them;
# it captures what the model shows when it is made, so it can run on any thread.
PageReader = Callable[[Any, int], list[Any]]

_Index = QModelIndex | QPersistentModelIndex


class KeysetPaging(Generic[T]):
    """The rows read so far and the paging of a Qt list or table model; mixed in before it.

    The first page is read at once (one indexed query), so a model never shows the previous
    record's rows while loading; later pages and reloads go to the runner's read lane when
    there is a runner. Answers to an older request are dropped. The model defines the
    ``pageLoaded`` and ``loadFailed`` signals, ``_reader()`` and ``_cursor()``.
    """

    runner: TaskRunner | None
    page_size: int
    _what = "rows"  # in task descriptions

    def _init_paging(self, page_size: int) -> None:
        self._rows: list[T] = []
        self._more = False
        self._loading = False
        self._generation = 0
        self.runner = None
        self.page_loads = 0  # how many page queries ran; tests read it
        self.page_size = page_size
        # Inside a reset or an insertion (and the signals that end it): a fetchMore from
        # a slot of those signals waits for the view's next ask instead of nesting a change.
        self._changing = False

    # --- what the model says -------------------------------------------------------------

    def _reader(self) -> PageReader | None:
        """A reader of what is shown now; None when nothing is."""
        raise NotImplementedError

    def _cursor(self, row: T) -> Any:
        """The keyset after ``row``: the next page starts below it. None ends the list."""
        raise NotImplementedError

    # --- state ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def has_more(self) -> bool:
        return self._more

    def _first_page(self) -> list[T]:
        """Start over with what is shown: the first page, read here and now."""
        self._generation += 1
        self._loading = False
        read = self._reader()
        if read is None:
            return []
        self.page_loads += 1
        return read(None, self.page_size)

    def reload(self) -> None:
        """Read again what is shown (after a change), keeping as many rows as were loaded.

        The list on screen stays until the new one is ready, so it does not blink.
        """
        read = self._reader()
        if read is None:
            return
        self._generation += 1
        generation = self._generation
        limit = max(self.page_size, len(self._rows))
        self.page_loads += 1
        self._run(
            lambda: read(None, limit),
            lambda page: self._replace(generation, limit, page),
            generation,
            f"reload {self._what}",
        )

    def _run(
        self,
        read: Callable[[], list[T]],
        done: Callable[[list[T]], None],
        generation: int,
        description: str,
    ) -> None:
        if self.runner is None:
            done(read())
            return
        self._loading = True

        def work(_context: TaskContext) -> list[T]:
            return read()

        self.runner.run(
            work,
            lane="io",
            on_success=done,
            on_failure=lambda exc: self._failed(generation, exc),
            description=description,
        )

    def _reset(self, rows: list[T], more: bool) -> None:
        self._changing = True
        try:
            self.beginResetModel()  # type: ignore[attr-defined]
            self._rows = rows
            self._more = more
            self._on_reset()
            self.endResetModel()  # type: ignore[attr-defined]
        finally:
            self._changing = False

    def _on_reset(self) -> None:
        """Inside a reset, for a model that holds more than the rows."""

    def _insert(self, rows: list[T]) -> None:
        if not rows:
            return
        self._changing = True
        try:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)  # type: ignore[attr-defined]
            self._rows.extend(rows)
            self.endInsertRows()  # type: ignore[attr-defined]
        finally:
            self._changing = False

    def _replace(self, generation: int, limit: int, page: list[T]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._reset(page, len(page) == limit)
        self.pageLoaded.emit()  # type: ignore[attr-defined]

    def _append(self, generation: int, page: list[T]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(page) == self.page_size
        self._insert(page)
        self.pageLoaded.emit()  # type: ignore[attr-defined]

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False  # no endless retries from the scroll bar; a reload tries again
        self.loadFailed.emit(str(exc))  # type: ignore[attr-defined]

    # --- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid():
            return False
        return self._more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self._changing or not self.canFetchMore(parent) or not self._rows:
            return
        read = self._reader()
        before = self._cursor(self._rows[-1])
        if read is None or before is None:  # no keyset to go on from
            self._more = False
            return
        generation = self._generation
        limit = self.page_size
        self.page_loads += 1
        self._run(
            lambda: read(before, limit),
            lambda page: self._append(generation, page),
            generation,
            f"load {self._what} page",
        )
