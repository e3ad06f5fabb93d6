"""TaskRunner and SyncRunner: lanes, callbacks on the main thread, and a UI that stays live."""

import logging
import os
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget

from smallcrm.core.errors import KnownError
from smallcrm.gui.tasks import SyncRunner, TaskCancelled, TaskContext, TaskRunner

MAIN = threading.main_thread()


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


def wait_for(runner):
    assert runner.wait_idle(5000)


def test_success_reaches_main_thread(qtbot, runner):
    seen = {}

    def work(ctx: TaskContext) -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    handle = runner.run(work, on_success=done, description="answer")
    assert not handle.finished  # callbacks never run inside run()
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] is not MAIN
    assert seen["callback"] is MAIN
    assert runner.active_count == 0


def test_bug_goes_to_on_failure_on_main_thread_and_is_logged(qtbot, runner, caplog):
    error = ValueError("broken")
    seen = {}

    def work(ctx):
        seen["worker"] = threading.current_thread()
        raise error

    def failed(exc):
        seen["exc"] = exc
        seen["callback"] = threading.current_thread()

    with caplog.at_level(logging.INFO, logger="smallcrm.gui.tasks"):
        runner.run(work, on_failure=failed, on_success=pytest.fail, description="breaks")
        wait_for(runner)
    assert seen["exc"] is error
    assert seen["worker"] is not MAIN
    assert seen["callback"] is MAIN
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info[1] is error  # a bug is logged with its traceback


def test_known_error_is_delivered_without_a_traceback(qtbot, runner, caplog):
    seen = []

    def work(ctx):
        raise KnownError("Server unreachable", hint="Check the network.")

    with caplog.at_level(logging.INFO, logger="smallcrm.gui.tasks"):
        runner.run(work, on_failure=seen.append)
        wait_for(runner)
    assert isinstance(seen[0], KnownError)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]


def test_unhandled_failure_goes_to_excepthook(qtbot, runner, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args))
    runner.run(lambda ctx: 1 / 0)
    wait_for(runner)
    [(exc_type, exc, tb)] = hooked
    assert exc_type is ZeroDivisionError and tb is not None


def test_progress_arrives_in_order_on_main_thread(qtbot, runner):
    received = []

    def work(ctx):
        for i in range(1, 201):
            ctx.progress(i, 200, f"item {i}")
            if i % 20 == 0:
                time.sleep(0.005)  # let the main thread catch up now and then

    def progress(done, total, text):
        received.append((done, total, text, threading.current_thread()))

    runner.run(work, lane="io", on_progress=progress)
    wait_for(runner)
    dones = [r[0] for r in received]
    assert dones == sorted(set(dones))  # in order, never repeated
    assert received[-1][:3] == (200, 200, "item 200")  # the last report always arrives
    assert all(r[3] is MAIN for r in received)


def test_cancel_stops_a_long_task_early(qtbot, runner):
    started = threading.Event()
    steps = []
    outcome = []

    def work(ctx):
        started.set()
        for i in range(1000):  # 10 s if never cancelled
            ctx.check_cancelled()
            steps.append(i)
            time.sleep(0.01)
        return "finished"

    t0 = time.monotonic()
    handle = runner.run(
        work,
        on_success=outcome.append,
        on_failure=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    handle.cancel()
    assert handle.cancel_requested
    wait_for(runner)
    assert outcome == ["cancelled"]
    assert time.monotonic() - t0 < 3
    assert len(steps) < 300


def test_cancelled_before_start_never_runs(qtbot, runner):
    release = threading.Event()
    ran = []
    runner.run(lambda ctx: release.wait(5))  # occupies the serial db lane
    handle = runner.run(lambda ctx: ran.append(1), on_cancelled=lambda: ran.append("cancelled"))
    handle.cancel()
    release.set()
    wait_for(runner)
    assert ran == ["cancelled"]


def test_db_lane_is_serial_and_ordered(qtbot, runner):
    spans = []

    def write(ctx, n):
        enter = time.perf_counter()
        time.sleep(0.05)
        spans.append((n, enter, time.perf_counter()))

    for n in range(4):
        runner.run(lambda ctx, n=n: write(ctx, n), lane="db")
    wait_for(runner)
    assert [s[0] for s in spans] == [0, 1, 2, 3]
    for (_, _, prev_exit), (_, enter, _) in zip(spans, spans[1:], strict=False):
        assert enter >= prev_exit  # no overlap


def test_one_network_lane_is_serial(qtbot, runner):
    spans = []

    def fetch(ctx):
        enter = time.perf_counter()
        time.sleep(0.05)
        spans.append((enter, time.perf_counter()))

    runner.run(fetch, lane=("net", 7))
    runner.run(fetch, lane=("net", 7))
    wait_for(runner)
    (_, first_exit), (second_enter, _) = sorted(spans)
    assert second_enter >= first_exit


def test_different_network_lanes_run_in_parallel(qtbot, runner):
    # Each task waits for the other: only concurrent lanes can both get through.
    barrier = threading.Barrier(2, timeout=3)
    results = []
    for account in ("office", "home"):
        runner.run(lambda ctx: barrier.wait(), lane=("net", account), on_success=results.append)
    wait_for(runner)
    assert sorted(results) == [0, 1]


def test_busy_signals(qtbot, runner):
    busy = []
    counts = []
    runner.busyChanged.connect(busy.append)
    runner.activeCountChanged.connect(counts.append)
    runner.run(lambda ctx: None)
    runner.run(lambda ctx: None, lane="io")
    wait_for(runner)
    assert busy == [True, False]
    assert counts[:2] == [1, 2] and counts[-1] == 0


def test_callback_can_chain_the_next_task(qtbot, runner):
    order = []

    def first_done(value):
        order.append(value)
        runner.run(lambda ctx: "second", on_success=order.append)

    runner.run(lambda ctx: "first", on_success=first_done)
    wait_for(runner)
    assert order == ["first", "second"]


def test_unknown_lane_is_rejected(runner):
    with pytest.raises(ValueError, match="unknown lane"):
        runner.run(lambda ctx: None, lane="network")


def test_run_after_shutdown_is_ignored(qtbot, runner):
    assert runner.shutdown(1000)
    ran = []
    handle = runner.run(lambda ctx: ran.append(1), on_cancelled=lambda: ran.append(2))
    assert handle.finished and handle.cancel_requested
    assert runner.wait_idle(100)
    assert ran == []


def test_sync_runner_runs_inline():
    runner = SyncRunner()
    calls = []

    def work(ctx):
        calls.append(("work", threading.current_thread()))
        ctx.progress(1, 2, "half")
        return "done"

    handle = runner.run(
        work,
        lane=("net", 1),
        on_progress=lambda *p: calls.append(("progress", p)),
        on_success=lambda v: calls.append(("success", v)),
    )
    assert handle.finished
    assert calls == [("work", MAIN), ("progress", (1, 2, "half")), ("success", "done")]

    failures = []
    runner.run(lambda ctx: 1 / 0, on_failure=failures.append)
    assert isinstance(failures[0], ZeroDivisionError)
    with pytest.raises(ZeroDivisionError):
        runner.run(lambda ctx: 1 / 0)  # unhandled: raised at once, so a test sees it

    def cancels(ctx):
        raise TaskCancelled

    cancelled = []
    runner.run(cancels, on_cancelled=lambda: cancelled.append(True))
    assert cancelled == [True]
    assert runner.active_count == 0
    assert runner.wait_idle(0)


# --- the window stays responsive ---------------------------------------------------------


def burn_cpu(seconds: float) -> None:
    """Pure-Python arithmetic: holds the GIL, the worst case for the UI thread."""
    end = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < end:
        for _ in range(1000):
            n += 1


class Heartbeat:
    """A 10 ms timer on the main thread; gaps between its ticks show event-loop stalls."""

    def __init__(self):
        self.ticks = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def ticks_between(self, start, end):
        return [t for t in self.ticks if start <= t <= end]

    def largest_gap(self, start, end):
        points = [start, *self.ticks_between(start, end), end]
        return max(b - a for a, b in zip(points, points[1:], strict=False))


class Window(QMainWindow):
    def __init__(self):
        super().__init__()
        self.edit = QLineEdit()
        self.button = QPushButton("Save")
        self.typed_at = []
        self.clicked_at = []
        self.edit.textChanged.connect(lambda _: self.typed_at.append(time.perf_counter()))
        self.button.clicked.connect(lambda: self.clicked_at.append(time.perf_counter()))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setCentralWidget(central)

    def post_input(self):
        """Queue a key press and a click; they are handled only when the event loop runs."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
            QCoreApplication.postEvent(self.edit, event)
        centre = QPointF(self.button.rect().center())
        global_centre = QPointF(self.button.mapToGlobal(self.button.rect().center()))
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            event = QMouseEvent(
                kind,
                centre,
                global_centre,
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QCoreApplication.postEvent(self.button, event)


@pytest.fixture
def window(qtbot):
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_stays_responsive_during_a_long_db_task(qtbot, runner, window):
    heartbeat = Heartbeat()
    span = {}
    done = []

    def long_write(ctx):
        span["start"] = time.perf_counter()
        burn_cpu(1.5)
        span["end"] = time.perf_counter()

    heartbeat.timer.start()
    runner.run(long_write, lane="db", on_success=done.append)
    qtbot.waitUntil(lambda: "start" in span, timeout=5000)
    posted_at = time.perf_counter()
    window.post_input()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    heartbeat.timer.stop()

    start, end = span["start"], span["end"]
    assert end - start >= 1.4
    assert len(heartbeat.ticks_between(start, end)) >= 30  # the loop ran during the task
    assert heartbeat.largest_gap(start, end) < 0.25
    # Input posted while the task ran was handled promptly, before the task ended.
    assert window.edit.text() == "a"
    assert window.typed_at[0] - posted_at < 0.25 and window.typed_at[0] < end
    assert len(window.clicked_at) == 1
    assert window.clicked_at[0] - posted_at < 0.25 and window.clicked_at[0] < end


def test_sanity_the_same_work_inline_freezes_the_window(qtbot, window):
    # The counterpart: if this stopped failing the gap bound, the measurement above is void.
    heartbeat = Heartbeat()
    span = {}

    def long_write_on_main_thread():
        window.post_input()
        span["start"] = time.perf_counter()
        burn_cpu(0.6)
        span["end"] = time.perf_counter()

    heartbeat.timer.start()
    QTimer.singleShot(0, long_write_on_main_thread)
    qtbot.waitUntil(lambda: "end" in span and bool(window.clicked_at), timeout=5000)
    heartbeat.timer.stop()

    start, end = span["start"], span["end"]
    assert heartbeat.largest_gap(start, end) >= 0.5
    assert heartbeat.ticks_between(start, end) == []
    assert window.typed_at[0] >= end  # the key waited for the work to finish
    assert window.clicked_at[0] >= end
