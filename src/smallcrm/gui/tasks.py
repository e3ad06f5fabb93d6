"""Background work for the GUI: a serial lane for database writes, one per account, a read pool."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

from smallcrm.core.db import writing
from smallcrm.core.errors import KnownError

log = logging.getLogger(__name__)

DB = "db"
"""The one serial lane for database writes: tasks on it never overlap and run in order."""
IO = "io"
"""A small pool for read-only work (queries on the WAL database, files, text extraction)."""
NET = "net"
"""``(NET, account_id)``: one serial lane per account, so accounts sync in parallel."""

Lane = str | tuple[str, Hashable]
SuccessCallback = Callable[[Any], object]
FailureCallback = Callable[[BaseException], object]
ProgressCallback = Callable[[int, int | None, str], object]
CancelledCallback = Callable[[], object]
TaskFunction = Callable[["TaskContext"], Any]

_IO_THREADS = 4


class TaskCancelled(Exception):
    """Raised inside a task by ``TaskContext.check_cancelled()``; reported as cancelled."""


class TaskHandle:
    """The caller's grip on a submitted task: ask it to stop, see whether it has ended."""

    def __init__(self, description: str, lane: Lane) -> None:
        self.description = description
        self.lane = lane
        self._cancel_event = threading.Event()
        # Written only on the main thread, when the outcome has been delivered.
        self._finished = False

    def cancel(self) -> None:
        """Ask the task to stop. Cooperative: the task notices at its next check.

        A task that has not started yet never runs. A task that completes anyway still
        reports success, because its work (a committed write, say) really happened.
        """
        self._cancel_event.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    @property
    def finished(self) -> bool:
        """True once the outcome has reached the main thread and the callbacks have run."""
        return self._finished

    def __repr__(self) -> str:
        return f"<TaskHandle {self.description!r} lane={_lane_name(self.lane)}>"


class TaskContext:
    """What a task function receives: progress reporting and the cancellation flag."""

    def __init__(self, handle: TaskHandle, report: Callable[[int, int | None, str], None]) -> None:
        self._handle = handle
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._handle.cancel_requested

    def check_cancelled(self) -> None:
        """Raise ``TaskCancelled`` if the task was asked to stop; call it between steps."""
        if self._handle.cancel_requested:
            raise TaskCancelled(self._handle.description)

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        """Report progress; ``total`` None means unknown. Cheap enough for every item.

        Reports are coalesced: if the main thread has not caught up, only the newest one
        is delivered, so a fast loop cannot flood the event queue.
        """
        self._report(done, total, text)


class _Kind(Enum):
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class _Outcome:
    kind: _Kind
    value: Any = None


@dataclass(eq=False)
class _Task:
    fn: TaskFunction
    handle: TaskHandle
    on_success: SuccessCallback | None
    on_failure: FailureCallback | None
    on_progress: ProgressCallback | None
    on_cancelled: CancelledCallback | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    latest_progress: tuple[int, int | None, str] | None = None
    progress_posted: bool = False


def _lane_key(lane: Lane) -> Lane:
    if lane in (DB, IO):
        return lane
    if isinstance(lane, tuple) and len(lane) == 2 and lane[0] == NET:
        hash(lane)  # the key must be usable as a dict key; fail here, not in a worker
        return lane
    raise ValueError(f"unknown lane {lane!r}: use 'db', 'io' or ('net', key)")


def _lane_name(lane: Lane) -> str:
    return lane if isinstance(lane, str) else f"{lane[0]}:{lane[1]}"


def _execute(task: _Task, context: TaskContext) -> _Outcome:
    """Run the task function and turn whatever happens into an outcome; never raises.
    On the write lane its sessions begin as writers (see core.db.writing)."""
    if task.handle.cancel_requested:
        return _Outcome(_Kind.CANCELLED)
    try:
        if task.handle.lane == DB:
            with writing():
                return _Outcome(_Kind.SUCCEEDED, task.fn(context))
        return _Outcome(_Kind.SUCCEEDED, task.fn(context))
    except TaskCancelled:
        return _Outcome(_Kind.CANCELLED)
    except Exception as exc:
        return _Outcome(_Kind.FAILED, exc)


class _RunnerBase(QObject):
    """What both runners share: the API, the active count, and delivery of outcomes."""

    activeCountChanged = Signal(int)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[_Task] = set()
        self._closed = False

    @property
    def active_count(self) -> int:
        """Tasks submitted whose outcome has not been delivered yet."""
        return len(self._tasks)

    def run(
        self,
        fn: TaskFunction,
        *,
        lane: Lane = DB,
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        on_progress: ProgressCallback | None = None,
        on_cancelled: CancelledCallback | None = None,
        description: str = "",
    ) -> TaskHandle:
        """Run ``fn(context)`` on ``lane``; the callbacks run later on the main thread.

        ``fn`` gets ids and plain data (never widgets or ORM objects) and returns plain
        data, which ``on_success`` receives. ``on_failure`` receives the exception; with
        no ``on_failure`` it goes to ``sys.excepthook`` (the crash handler), so nothing
        is silently lost. Bugs are logged with their traceback exactly once: here when a
        failure callback handles them, by the excepthook otherwise.
        """
        key = _lane_key(lane)
        handle = TaskHandle(description or getattr(fn, "__name__", "task"), key)
        if self._closed:
            # A callback chaining more work during shutdown: drop it quietly, not a crash.
            log.debug("Task %r refused: the runner is shut down", handle.description)
            handle.cancel()
            handle._finished = True
            return handle
        task = _Task(fn, handle, on_success, on_failure, on_progress, on_cancelled)
        self._tasks.add(task)
        if len(self._tasks) == 1:
            self.busyChanged.emit(True)
        self.activeCountChanged.emit(len(self._tasks))
        self._submit(task)
        return handle

    def cancel_all(self) -> None:
        """Ask every task not yet delivered to stop."""
        for task in list(self._tasks):
            task.handle.cancel()

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Block until every task has run and its callbacks have; False on timeout."""
        raise NotImplementedError

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel all tasks and wait; later ``run()`` calls are ignored. False on timeout."""
        self._closed = True
        self.cancel_all()
        return self.wait_idle(timeout_ms)

    def _submit(self, task: _Task) -> None:
        raise NotImplementedError

    def _unhandled_failure(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _deliver(self, task: _Task, outcome: _Outcome) -> None:
        """Call the task's callbacks; runs on the main thread (or inline for SyncRunner)."""
        try:
            if outcome.kind is _Kind.SUCCEEDED:
                if task.on_success is not None:
                    task.on_success(outcome.value)
            elif outcome.kind is _Kind.CANCELLED:
                log.debug("Task %r cancelled", task.handle.description)
                if task.on_cancelled is not None:
                    task.on_cancelled()
            else:
                self._deliver_failure(task, outcome.value)
        finally:
            # After the callbacks, so a callback that chains the next task keeps the count
            # above zero and the status bar does not flicker.
            task.handle._finished = True
            self._tasks.discard(task)
            self.activeCountChanged.emit(len(self._tasks))
            if not self._tasks:
                self.busyChanged.emit(False)

    def _deliver_failure(self, task: _Task, exc: BaseException) -> None:
        if task.on_failure is None:
            self._unhandled_failure(exc)
            return
        if isinstance(exc, KnownError):
            log.info("Task %r failed: %s", task.handle.description, exc)
        else:
            log.error("Task %r failed", task.handle.description, exc_info=exc)
        task.on_failure(exc)


class _Job(QRunnable):
    """Runs one task on a pool thread and posts the outcome back to the runner."""

    def __init__(self, runner: TaskRunner, task: _Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._task = task

    def run(self) -> None:
        # Log lines carry the thread name; make it say which lane did the work.
        threading.current_thread().name = f"task-{_lane_name(self._task.handle.lane)}"
        try:
            outcome = _execute(self._task, self._runner._context_for(self._task))
        except BaseException as exc:  # SystemExit and friends must not strand the count
            outcome = _Outcome(_Kind.FAILED, exc)
        try:
            self._runner._finished.emit(self._task, outcome)
        except RuntimeError:
            # The runner's C++ side is gone (destroyed without shutdown()); nobody to tell.
            log.debug("Task %r ended after its runner was deleted", self._task.handle.description)


class TaskRunner(_RunnerBase):
    """Runs tasks on Qt thread pools and delivers results on the main thread via signals.

    Create it on the main thread, after the QApplication, and call ``shutdown()`` before
    the application quits.
    """

    _finished = Signal(object, object)
    _progressed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, io_threads: int = _IO_THREADS) -> None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("create the TaskRunner on the main thread, after the application")
        super().__init__(parent)
        # Always queued, even if emitted on the main thread: callbacks never run inside run().
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._db_pool = self._make_pool(DB, 1)
        self._io_pool = self._make_pool(IO, io_threads)
        self._net_pools: dict[Hashable, QThreadPool] = {}

    def _make_pool(self, name: str, threads: int) -> QThreadPool:
        pool = QThreadPool(self)
        pool.setObjectName(f"smallcrm-{name}")
        pool.setMaxThreadCount(threads)
        return pool

    def _pool_for(self, lane: Lane) -> QThreadPool:
        if lane == DB:
            return self._db_pool
        if lane == IO:
            return self._io_pool
        key = lane[1]
        pool = self._net_pools.get(key)
        if pool is None:
            pool = self._net_pools[key] = self._make_pool(_lane_name(lane), 1)
        return pool

    def _pools(self) -> list[QThreadPool]:
        return [self._db_pool, self._io_pool, *self._net_pools.values()]

    def _submit(self, task: _Task) -> None:
        self._pool_for(task.handle.lane).start(_Job(self, task))

    def _context_for(self, task: _Task) -> TaskContext:
        def report(done: int, total: int | None, text: str) -> None:
            if task.on_progress is None:
                return
            with task.lock:
                task.latest_progress = (done, total, text)
                if task.progress_posted:
                    return  # the pending delivery will pick up this newer value
                task.progress_posted = True
            self._progressed.emit(task)

        return TaskContext(task.handle, report)

    @Slot(object)
    def _on_progressed(self, task: _Task) -> None:
        with task.lock:
            latest = task.latest_progress
            task.progress_posted = False
        if latest is None or task.on_progress is None or task.handle.cancel_requested:
            return
        task.on_progress(*latest)

    @Slot(object, object)
    def _on_finished(self, task: _Task, outcome: _Outcome) -> None:
        self._deliver(task, outcome)

    def _unhandled_failure(self, exc: BaseException) -> None:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Block the main thread until all tasks ran and their callbacks did; for shutdown/tests.

        Only this runner's own queued deliveries are processed while waiting, not the
        user's input, so no other UI code runs re-entrantly.
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while self._tasks:
            remaining_ms = int((deadline - time.monotonic()) * 1000)
            if remaining_ms <= 0:
                return False
            for pool in self._pools():
                pool.waitForDone(min(remaining_ms, 20))
            # Callbacks may chain new tasks; the loop picks those up too.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return True


class SyncRunner(_RunnerBase):
    """The same API, run inline in the caller's thread: for unit tests of worker code.

    Callbacks run before ``run()`` returns. A failure with no ``on_failure`` is raised
    from ``run()``, so a test sees it at once.
    """

    def _submit(self, task: _Task) -> None:
        def report(done: int, total: int | None, text: str) -> None:
            if task.on_progress is not None and not task.handle.cancel_requested:
                task.on_progress(done, total, text)

        self._deliver(task, _execute(task, TaskContext(task.handle, report)))

    def _unhandled_failure(self, exc: BaseException) -> None:
        raise exc

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        return True
