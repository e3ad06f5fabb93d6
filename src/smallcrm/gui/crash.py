"""Last resort for uncaught exceptions: log them, then tell the user calmly in a dialog."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from smallcrm.core.errors import KnownError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox
from smallcrm.core.logs import log_file_path, redact

log = logging.getLogger(__name__)

ParentGetter = Callable[[], QWidget | None]


@dataclass(frozen=True)
class CrashReport:
    """Plain, already-redacted text for the dialog; safe to send across threads."""

    known: bool
    title: str
    text: str
    informative: str = ""
    details: str = ""


class CrashHandler(QObject):
    """The ``sys.excepthook`` / ``threading.excepthook`` pair; lives on the main thread."""

    # Emits the QMessageBox; tests and the app can watch for the dialog. QMessageBox itself
    # is imported when a dialog is needed, not at start-up.
    dialogShown = Signal(object)
    _report_requested = Signal(object)

    def __init__(self, logs_dir: Path, parent_getter: ParentGetter | None = None) -> None:
        super().__init__()
        self._log_file = log_file_path(logs_dir)
        self._parent_getter = parent_getter or (lambda: None)
        # Only touched on the main thread: one dialog at a time, however many errors arrive.
        self._dialog: QMessageBox | None = None
        self._reporting = threading.local()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        # Queued even on the main thread: a report from a worker waits for the event loop.
        self._report_requested.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @property
    def dialog_open(self) -> bool:
        return self._dialog is not None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle_exception
        threading.excepthook = self._handle_thread_exception
        self._installed = True

    def uninstall(self) -> None:
        """Put back the hooks found at install time, unless someone replaced ours since."""
        if not self._installed:
            return
        if sys.excepthook == self.handle_exception:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread_exception:
            threading.excepthook = self._previous_thread_hook
        self._installed = False

    def handle_exception(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log the exception and show (or queue) the dialog; never raises."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        if getattr(self._reporting, "active", False):
            # Reporting itself failed and came back here: print, don't loop.
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._reporting.active = True
        try:
            report = self._log_and_describe(exc_type, exc, tb)
            if threading.current_thread() is threading.main_thread():
                self._show(report)
            else:
                self._report_requested.emit(report)
        except BaseException:
            # stderr itself may be gone at exit; nothing more can be done then.
            with contextlib.suppress(BaseException):
                sys.__excepthook__(exc_type, exc, tb)
        finally:
            self._reporting.active = False

    def _handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # what threading's own hook does: a thread may end itself quietly
        self.handle_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _log_and_describe(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> CrashReport:
        if isinstance(exc, KnownError):
            log.warning("%s: %s", exc_type.__name__, exc)
            return CrashReport(
                known=True,
                title=QCoreApplication.translate("CrashDialog", "SmallCRM"),
                text=redact(exc.message),
                informative=redact(exc.hint),
            )
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        details = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        text = QCoreApplication.translate(
            "CrashDialog",
            "SmallCRM ran into a problem it did not expect. Your data is safe: every saved "
            "change is kept. Details were written to {log_file}.",
        ).format(log_file=self._log_file)
        return CrashReport(
            known=False,
            title=QCoreApplication.translate("CrashDialog", "SmallCRM: unexpected problem"),
            text=text,
            informative=QCoreApplication.translate(
                "CrashDialog", "You can keep working. If it happens again, restart SmallCRM."
            ),
            details=details,
        )

    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        """Show the dialog for ``report``; main thread only, never raises."""
        if self._dialog is not None:
            log.info("Error dialog already open; not showing another")
            return
        if not isinstance(QApplication.instance(), QApplication):
            return  # no widgets possible (CLI, shutdown): the log has it
        try:
            dialog = self._build_dialog(report)
            self._dialog = dialog
            dialog.finished.connect(self._dialog_finished)
            self.dialogShown.emit(dialog)
            if QThread.currentThread().loopLevel() > 0:
                dialog.show()  # inside the event loop: don't nest another one
            else:
                dialog.exec()  # before or after the loop: block, or the user never sees it
        except Exception:
            self._dialog = None
            log.exception("Could not show the error dialog")

    def _build_dialog(self, report: CrashReport) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        try:
            parent = self._parent_getter()
        except Exception:  # the window may be half destroyed; a parentless dialog will do
            parent = None
        dialog = QMessageBox(parent)
        dialog.setObjectName("CrashDialog")
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(report.title)
        dialog.setText(report.text)
        if report.informative:
            dialog.setInformativeText(report.informative)
        if report.details:
            dialog.setDetailedText(report.details)
        dialog.setStandardButtons(QMessageBox.StandardButton.Ok)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    @Slot()
    def _dialog_finished(self) -> None:
        self._dialog = None


def install_excepthook(logs_dir: Path, parent_getter: ParentGetter | None = None) -> CrashHandler:
    """Route uncaught exceptions (main and other threads) to the log and a dialog.

    Call on the main thread. Keep the returned handler; ``uninstall()`` restores the
    previous hooks (tests).
    """
    handler = CrashHandler(logs_dir, parent_getter)
    handler.install()
    return handler
