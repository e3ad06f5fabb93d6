"""A document's title, tags, matter and people, saved on the write lane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QVBoxLayout, QWidget

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.gui.dialogs.activity_dialog import PeoplePicker
from smallcrm.gui.dialogs.form_frame import add_field_row, add_save_row, field_grid
from smallcrm.gui.tasks import DB, TaskRunner
from smallcrm.gui.widgets.contact_form import Check


def split_tags(text: str) -> list[str]:
    """Tags as typed: separated by commas or semicolons, blanks dropped, each once."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    return list(seen)


class DocumentDialog(QDialog):
    """Edits what describes a document; its files and versions stay as they are."""

    saved = Signal(int)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        detail: Any,  # services.documents.DocumentDetail
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from smallcrm.core.services.address_book import Ref
        from smallcrm.core.services.contacts import key_of, list_rows
        from smallcrm.core.services.tasks import matter_choices

        self.setObjectName("documentDialog")
        self.setWindowTitle(self.tr("Document"))
        self._database = database
        self._tasks = tasks
        self.document_id = int(detail.document.id)
        document = detail.document
        with database.session_scope() as session:
            matters = matter_choices(session)
            refs = [Ref("person", i) for i in document.contact_ids]
            rows = list_rows(session, [key_of(r) for r in refs], None) if refs else []

        outer = QVBoxLayout(self)
        form = field_grid()
        outer.addLayout(form)
        self.title_edit = QLineEdit(document.title)
        _label, self.title_message = add_field_row(
            form, self.tr("&Title:"), self.title_edit, "documentTitleEdit"
        )
        self.tags_edit = QLineEdit(", ".join(document.tags))
        self.tags_edit.setPlaceholderText(self.tr("e.g. contract, signed"))
        add_field_row(form, self.tr("T&ags:"), self.tags_edit, "documentTags")
        self.matter_combo = QComboBox()
        self.matter_combo.addItem(self.tr("No matter"), None)
        for matter_id, number, title in matters:
            self.matter_combo.addItem(f"{number} {title}", matter_id)
        self.matter_combo.setMinimumContentsLength(28)
        self.matter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        found = self.matter_combo.findData(document.matter_id)
        self.matter_combo.setCurrentIndex(max(found, 0))
        add_field_row(form, self.tr("&Matter:"), self.matter_combo, "documentMatter")
        self.people = PeoplePicker(database, people_only=True)
        for ref, row in zip(refs, rows, strict=True):
            self.people.add(ref, row.name)
        add_field_row(
            form, self.tr("Peop&le:"), self.people, "documentPeople", focus=self.people.search_edit
        )
        buttons = add_save_row(self, outer, "document", self.save)
        self.banner = buttons.banner
        self.save_button = buttons.save_button
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def save(self) -> None:
        title = " ".join(self.title_edit.text().split())
        if not title:
            self.title_message.show_check(Check(self.tr("A document needs a title.")))
            self.title_edit.setFocus()
            return
        self.title_message.show_check(None)
        tags = split_tags(self.tags_edit.text())
        matter_id = self.matter_combo.currentData()
        people = [r.id for r in self.people.refs if r.kind == "person"]
        database, document_id = self._database, self.document_id

        def work(_context: object) -> int:
            from smallcrm.core.services.documents import update_document

            with database.session_scope() as session:
                update_document(
                    session,
                    document_id,
                    title=title,
                    tags=tags,
                    matter_id=matter_id,
                    contact_ids=people,
                )
            return document_id

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            reason = str(exc) if isinstance(exc, KnownError) else self.tr("see the log")
            self.banner.show_check(Check(self.tr("Not saved: {reason}").format(reason=reason)))

        def done(saved: int) -> None:
            self.saved.emit(saved)
            self.accept()

        self.save_button.setEnabled(False)
        self._tasks.run(work, lane=DB, on_success=done, on_failure=failed, description="save")
