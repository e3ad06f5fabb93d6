"""Dialogs whose work runs on the task lanes: closing them never cuts a write in half."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog


class BackgroundDialog(QDialog):
    """Closing cancels work that can stop, refuses while a write must finish, and keeps the
    dialog alive (instead of deleting it) while callbacks are still to come.

    Subclasses say what they are doing through ``busy``, ``writing_now()`` and
    ``cancel_work()``; when their last callback has run they check ``_delete_when_idle``.
    """

    _delete_when_idle = False

    @property
    def busy(self) -> bool:
        """Work was started whose callbacks have not run yet."""
        return False

    def writing_now(self) -> bool:
        """A write is under way: it finishes whole, and the dialog stays until then."""
        return False

    def cancel_work(self) -> None:
        """Ask the running work to stop (a read, or a write not yet begun)."""

    def callbacks_pending(self) -> bool:
        """Callbacks of any task started here are still to come (default: ``busy``)."""
        return self.busy

    def reject(self) -> None:
        if self.writing_now():
            return
        if self.busy:
            self.cancel_work()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.writing_now():
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose) and self.callbacks_pending():
            # Callbacks still to come touch this dialog: keep it alive until they ran.
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self._delete_when_idle = True
        super().done(result)
