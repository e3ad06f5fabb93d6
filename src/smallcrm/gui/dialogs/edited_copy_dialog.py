"""Asks whether a document edited in another program is kept as a new version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class EditedCopyDialog(QMessageBox):
    """“Keep as version N+1”, “Not now” (asked again when the file changes again, or at the
    next start) or “Discard changes”; ``answered`` says which ("keep", "later", "discard")."""

    answered = Signal(str)

    def __init__(self, copy: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editedCopyDialog")
        self.copy = copy
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Changed document"))
        self.setText(
            self.tr("“{name}” was changed in another program.").format(name=copy.path.name)
        )
        self.setInformativeText(
            self.tr(
                "Keep the changes as version {number} of the document? The earlier versions "
                "stay as they are."
            ).format(number=copy.version + 1)
        )
        self.keep_button = self.addButton(
            self.tr("&Keep as new version"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button = self.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        self.discard_button = self.addButton(
            self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.later_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.keep_button:
            self.answered.emit("keep")
        elif button is self.discard_button:
            self.answered.emit("discard")
        else:
            self.answered.emit("later")
