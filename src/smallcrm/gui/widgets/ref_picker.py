"""A line edit that finds a person or an organisation as you type and remembers the pick."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from smallcrm.core.db import Database
from smallcrm.core.services.address_book import Ref

_REF_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_LIMIT = 20
# Typing pauses shorter than this are one search (as the contacts filter).
_DELAY_MS = 150


def find_refs(database: Database, text: str, limit: int = _LIMIT) -> list[tuple[Ref, str, str]]:
    """(ref, name, what it is) of the people and organisations matching ``text``."""
    from smallcrm.core.services.contacts import key_of, list_rows, search_refs

    with database.session_scope() as session:
        refs = search_refs(session, text, limit)
        rows = list_rows(session, [key_of(ref) for ref in refs], None)
    out = []
    for ref, row in zip(refs, rows, strict=True):
        detail = row.organization if ref.kind == "person" else ""
        out.append((ref, row.name, detail or row.email or row.city))
    return out


class RefPicker(QLineEdit):
    """Type part of a name; pick from the list. ``ref`` is the pick (None while typing).

    The search is one indexed query of the address book (diacritics folded), small enough
    for the main thread; it runs when typing pauses.
    """

    picked = Signal(object)  # the Ref, or None when the text no longer names a pick

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.ref: Ref | None = None
        self.found: list[tuple[Ref, str, str]] = []
        self.setPlaceholderText(self.tr("Start typing a name"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self.name_completer = QCompleter(self._model, self)
        # The database already filtered the names (diacritics folded, any word order).
        self.name_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.name_completer.setCompletionRole(_NAME_ROLE)
        self.name_completer.setMaxVisibleItems(10)
        self.name_completer.activated[QModelIndex].connect(self._on_activated)
        self.setCompleter(self.name_completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        if self.ref is not None:
            self.ref = None
            self.picked.emit(None)
        self._timer.start()

    def search(self) -> list[tuple[Ref, str, str]]:
        """Fill the list for the text typed so far; one match by its exact name is picked."""
        self._timer.stop()
        self._model.clear()
        text = self.text().strip()
        self.found = find_refs(self._database, text) if text else []
        kinds = {"person": self.tr("person"), "organization": self.tr("organisation")}
        for ref, name, detail in self.found:
            shown = f"{name} — {detail}" if detail else name
            item = QStandardItem(f"{shown} ({kinds[ref.kind]})")
            item.setData(name, _NAME_ROLE)
            item.setData(ref, _REF_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        exact = [(ref, name) for ref, name, _d in self.found if name.casefold() == text.casefold()]
        if len(exact) == 1:
            self._set(exact[0][0])
        if self.found and self.hasFocus():
            self.name_completer.complete()
        return self.found

    def _on_activated(self, index: QModelIndex) -> None:
        ref = index.data(_REF_ROLE)
        # The line edit fills itself only while it has focus; a pick always shows its name.
        self.setText(str(index.data(_NAME_ROLE)))
        self._set(ref)

    def pick(self, ref: Ref, name: str) -> None:
        """Choose ``ref`` as if the user had picked it from the list."""
        self.setText(name)
        self._set(ref)

    def pick_row(self, row: int) -> None:
        """Choose the ``row``-th entry of the list the last search filled."""
        ref, name, _detail = self.found[row]
        self.pick(ref, name)

    def _set(self, ref: Ref) -> None:
        self.ref = ref
        self.picked.emit(ref)

    def reset(self) -> None:
        self.clear()
        self._model.clear()
        self.found = []
        self.ref = None


__all__ = ["RefPicker", "find_refs"]
