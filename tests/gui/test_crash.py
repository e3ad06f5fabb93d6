"""The crash handler: uncaught exceptions are logged and shown, once, on the main thread."""

import logging
import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from smallcrm.core.errors import KnownError
from smallcrm.core.logs import forget_all_secrets, register_secret, setup_logging, teardown_logging
from smallcrm.gui import crash
from smallcrm.gui.crash import install_excepthook
from smallcrm.gui.tasks import TaskRunner


@pytest.fixture
def logs_dir(tmp_path):
    setup_logging(tmp_path)
    yield tmp_path
    teardown_logging()
    forget_all_secrets()


@pytest.fixture
def handler(qtbot, logs_dir):
    window = QMainWindow()
    qtbot.addWidget(window)
    handler = install_excepthook(logs_dir, parent_getter=lambda: window)
    shown = []
    handler.dialogShown.connect(lambda dialog: shown.append(snapshot(dialog)))
    handler.shown = shown
    yield handler
    handler.uninstall()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def snapshot(dialog):
    return {
        "dialog": dialog,
        "title": dialog.windowTitle(),
        "text": dialog.text(),
        "informative": dialog.informativeText(),
        "details": dialog.detailedText(),
        "icon": dialog.icon(),
        "thread": threading.current_thread(),
    }


def log_text(logs_dir):
    for h in logging.getLogger().handlers:
        h.flush()
    return (logs_dir / "smallcrm.log").read_text(encoding="utf-8")


def crash_dialogs():
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "CrashDialog" and w.isVisible()
    ]


def raise_through_hook(exc):
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_bug_before_the_event_loop_is_logged_and_shown_modally(handler, logs_dir):
    register_secret("hunter2")
    # No event loop runs yet, so the hook blocks in exec(); close the dialog from inside it.
    handler.dialogShown.connect(lambda dialog: QTimer.singleShot(0, dialog.accept))
    raise_through_hook(RuntimeError("database said no to hunter2"))

    [report] = handler.shown
    assert "did not expect" in report["text"]
    assert str(logs_dir / "smallcrm.log") in report["text"]
    assert "RuntimeError: database said no to ***" in report["details"]
    assert "hunter2" not in report["details"]
    assert not handler.dialog_open
    text = log_text(logs_dir)
    assert "ERROR" in text and "Traceback (most recent call last)" in text
    assert "RuntimeError: database said no to ***" in text
    assert "hunter2" not in text


def test_bug_in_a_slot_shows_one_dialog_for_a_storm(qtbot, handler, logs_dir):
    def boom():
        raise ValueError("unexpected value")

    with qtbot.waitSignal(handler.dialogShown, timeout=5000):
        QTimer.singleShot(0, boom)  # raised inside the event loop, like any slot
    [dialog] = crash_dialogs()
    assert dialog.isVisible() and handler.dialog_open
    assert dialog.parent() is not None  # parented to the main window

    for n in range(5):
        QTimer.singleShot(0, lambda n=n: raise_through_hook(KeyError(n)))
    qtbot.waitUntil(lambda: log_text(logs_dir).count("KeyError: 4") == 1, timeout=5000)
    assert len(handler.shown) == 1  # the storm was logged, not shown
    assert len(crash_dialogs()) == 1

    dialog.accept()
    qtbot.waitUntil(lambda: not handler.dialog_open, timeout=5000)
    with qtbot.waitSignal(handler.dialogShown, timeout=5000):
        QTimer.singleShot(0, boom)  # the next error gets a dialog again
    assert len(handler.shown) == 2


def test_known_error_shows_message_and_hint(qtbot, handler, logs_dir):
    error = KnownError("The database is locked by another program.", hint="Close it and retry.")
    with qtbot.waitSignal(handler.dialogShown, timeout=5000):
        QTimer.singleShot(0, lambda: raise_through_hook(error))
    [report] = handler.shown
    assert report["text"] == "The database is locked by another program."
    assert report["informative"] == "Close it and retry."
    assert report["icon"] == QMessageBox.Icon.Warning
    assert report["details"] == ""
    text = log_text(logs_dir)
    assert "WARNING" in text and "locked by another program" in text
    assert "Traceback" not in text  # the user's problem, not a bug


def test_known_error_in_a_worker_thread_is_marshalled(qtbot, handler):
    def worker():
        raise KnownError("Server unreachable.", hint="Check the network.")

    with qtbot.waitSignal(handler.dialogShown, timeout=5000):
        thread = threading.Thread(target=worker, name="sync-worker")
        thread.start()
        thread.join()
    [report] = handler.shown
    assert report["thread"] is threading.main_thread()
    assert report["text"] == "Server unreachable."


def test_unhandled_task_failure_reaches_the_crash_dialog(qtbot, handler, logs_dir):
    runner = TaskRunner()
    try:
        with qtbot.waitSignal(handler.dialogShown, timeout=5000):
            runner.run(lambda ctx: [][1], description="broken task")
    finally:
        assert runner.shutdown(5000)
    assert "IndexError" in handler.shown[0]["details"]
    assert log_text(logs_dir).count("IndexError: list index out of range") == 1


def test_a_failing_dialog_does_not_recurse(qtbot, handler, logs_dir, monkeypatch):
    def broken_dialog(report):
        raise RuntimeError("dialog machinery broken")

    monkeypatch.setattr(handler, "_build_dialog", broken_dialog)
    raise_through_hook(ValueError("first"))  # must return, not raise or loop
    assert not handler.dialog_open
    text = log_text(logs_dir)
    assert "ValueError: first" in text
    assert "Could not show the error dialog" in text
    assert "RuntimeError: dialog machinery broken" in text


def test_failure_inside_the_hook_falls_back_to_stderr(handler, monkeypatch, capsys):
    def broken_describe(*args):
        raise OSError("disk full while logging")

    monkeypatch.setattr(handler, "_log_and_describe", broken_describe)
    raise_through_hook(ValueError("original"))
    assert "ValueError: original" in capsys.readouterr().err


def test_uninstall_restores_previous_hooks(qtbot, logs_dir):
    before = (sys.excepthook, threading.excepthook)
    handler = install_excepthook(logs_dir)
    assert sys.excepthook == handler.handle_exception
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_user_strings_go_through_the_translator(handler, logs_dir, monkeypatch):
    class MarkingTranslator:
        @staticmethod
        def translate(context, text, *args):
            return f"<{context}>{text}"

    monkeypatch.setattr(crash, "QCoreApplication", MarkingTranslator)
    handler.dialogShown.connect(lambda dialog: QTimer.singleShot(0, dialog.accept))
    raise_through_hook(RuntimeError("x"))
    [report] = handler.shown
    assert report["text"].startswith("<CrashDialog>SmallCRM ran into a problem")
    assert report["title"].startswith("<CrashDialog>")
