"""The Documents page: add by dialog path or drop, text read in the background, search inside,
open a copy and keep its edits as a version, trash with undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel

from smallcrm.core.services import documents as docs
from smallcrm.gui.dialogs.edited_copy_dialog import EditedCopyDialog
from smallcrm.gui.main_window import MainWindow
from smallcrm.gui.views.documents import DocumentsView

DATA = Path(__file__).resolve().parents[1] / "data"


class _Opened(QObject):
    """Stands in for the desktop's "open with": records the file instead of launching."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():
    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def window(qtbot, profile, database):
    win = MainWindow(profile, database, remember=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _files(tmp_path: Path) -> list[Path]:
    contract = tmp_path / "Smlouva o dílo – Novák.txt"
    contract.write_text(
        "Smlouva o dílo mezi objednatelem Janem Novákem a zhotovitelem Stavby Brno s.r.o.\n"
        "Předmětem smlouvy je rekonstrukce střechy. Svědek: Олена Коваленко.",
        encoding="utf-8",
    )
    minutes = tmp_path / "Zápis z jednání.html"
    minutes.write_text(
        "<html><head><meta charset='windows-1250'><title>Zápis</title></head>"
        "<body><p>Účastníci: Łukasz Wiśniewski, Žofie Dvořáková</p></body></html>",
        encoding="cp1250",
    )
    return [contract, minutes]


def _page(qtbot, window) -> DocumentsView:
    window.show_section("documents")
    page = window.page("documents")
    qtbot.waitUntil(lambda: page.loaded)
    return page


def _wait_text(qtbot, page: DocumentsView, count: int) -> None:
    def read() -> bool:
        return len(page.model.rows) == count and all(
            r.text_status != "pending" for r in page.model.rows
        )

    qtbot.waitUntil(read, timeout=10_000)


def test_added_files_are_listed_read_and_found_by_their_contents(qtbot, window, database, tmp_path):
    page = _page(qtbot, window)
    assert page.stack.currentWidget() is page.empty
    page.add_paths(_files(tmp_path))
    _wait_text(qtbot, page, 2)
    assert sorted(page.shown_titles()) == ["Smlouva o dílo – Novák", "Zápis z jednání"]
    assert {r.text_status for r in page.model.rows} == {"ok"}
    assert page.last_message.startswith("Added 2 document")
    # Contents, folded: "strechy" finds "střechy"; Cyrillic too.
    page.filter_edit.setText("strechy")
    qtbot.waitUntil(lambda: page.shown_titles() == ["Smlouva o dílo – Novák"])
    page.filter_edit.setText("коваленко")
    qtbot.waitUntil(lambda: page.shown_titles() == ["Smlouva o dílo – Novák"])
    page.filter_edit.setText("wisniewski")  # from a windows-1250 page
    qtbot.waitUntil(lambda: page.shown_titles() == ["Zápis z jednání"])
    page.filter_edit.setText('NEAR("')
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.no_hits)
    window.grab().save(str(tmp_path / "documents.png"))


def test_dropping_files_from_the_file_manager_adds_them_once(qtbot, window, tmp_path):
    page = _page(qtbot, window)
    files = _files(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files] + [QUrl("https://example.com/x")])
    drop = QDropEvent(
        QPointF(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # Qt delivers a drop only inside a real drag, so the page's handler is called as Qt
    # would call it at the end of one.
    enter = QDragEnterEvent(
        QPoint(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    page.dropEvent(drop)
    _wait_text(qtbot, page, 2)
    # The same files again: stored once (same content), listed as documents of their own.
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: len(page.model.rows) == 4)
    assert "same content" in page.last_message
    blobs = [p for p in (window.profile.documents_dir / "sha256").rglob("*") if p.is_file()]
    assert len(blobs) == 2


def test_an_outlook_message_dropped_in_is_a_document_with_its_text(qtbot, window, tmp_path):
    page = _page(qtbot, window)
    source = DATA / "documents" / "mailparser_outlook_newsletter_german.msg"
    message = tmp_path / source.name
    shutil.copyfile(source, message)
    page.add_paths([message])
    _wait_text(qtbot, page, 1)
    row = page.model.rows[0]
    assert row.media_type == "application/vnd.ms-outlook"
    assert row.text_status == "ok"


def test_open_edit_elsewhere_and_keep_the_edits_as_version_two(
    qtbot, window, database, tmp_path, opened
):
    page = _page(qtbot, window)
    page.add_paths(_files(tmp_path)[:1])
    _wait_text(qtbot, page, 1)
    page.table.selectRow(0)
    page.open_current()
    qtbot.waitUntil(lambda: bool(opened.urls))
    copy = Path(opened.urls[0].toLocalFile())
    assert copy.is_file() and copy.name == "Smlouva o dílo – Novák.txt"
    assert window.profile.documents_dir / "open" in copy.parents
    # Saved in the other program; the user comes back to SmallCRM.
    copy.write_text("Smlouva o dílo, druhé znění: rekonstrukce krovu.", encoding="utf-8")
    window.start_document_work()
    qtbot.waitUntil(lambda: isinstance(window.last_copy_dialog, EditedCopyDialog))
    dialog = window.last_copy_dialog
    assert "version 2" in dialog.informativeText()
    dialog.keep_button.click()
    document_id = page.model.rows[0].id

    def two_versions() -> bool:
        with database.session_scope() as s:
            return len(docs.get_document(s, document_id).versions) == 2

    qtbot.waitUntil(two_versions)
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].version == 2)
    page.filter_edit.setText("krovu")
    qtbot.waitUntil(lambda: page.shown_titles() == ["Smlouva o dílo – Novák"])
    # Unchanged since: coming back again asks nothing.
    window.last_copy_dialog = None
    window.document_work.check_returned()
    qtbot.wait(300)
    assert window.last_copy_dialog is None


def test_delete_goes_to_the_trash_and_ctrl_z_brings_it_back(qtbot, window, tmp_path):
    page = _page(qtbot, window)
    page.add_paths(_files(tmp_path))
    _wait_text(qtbot, page, 2)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    assert page.can_undo()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    assert page.last_message.startswith("Restored 1 document")


def test_a_search_hit_opens_the_document(qtbot, window, tmp_path):
    page = _page(qtbot, window)
    page.add_paths(_files(tmp_path))
    _wait_text(qtbot, page, 2)
    window.show_section("dashboard")
    window.focus_search()
    qtbot.keyClicks(window.search_edit, "rekonstrukce")
    palette = window.palette_widget
    qtbot.waitUntil(lambda: palette.isVisible() and bool(palette.hits()))
    assert palette.hits()[0][0] == "document"
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.current_section() == "documents"
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.document.title == "Smlouva o dílo – Novák"
    )
    assert page.current_id() == page.detail.document.id


def test_files_dropped_on_a_matters_tab_are_filed_on_that_matter(qtbot, window, database, tmp_path):
    from smallcrm.core.services.matters import MatterInput, create_matter

    with database.session_scope() as s:
        matter_id = create_matter(s, MatterInput(title="Novák v. Stavby Brno"))
    window.open_matter(matter_id)
    matters = window.page("matters")
    page = matters.matter_page
    page.tabs.setCurrentWidget(page.documents_tab)
    view = page.documents_view
    assert view is not None and view.matter_id == matter_id
    qtbot.waitUntil(lambda: view.loaded)
    view.add_paths(_files(tmp_path)[:1])
    _wait_text(qtbot, view, 1)
    with database.session_scope() as s:
        rows = docs.list_documents(s, matter_id=matter_id)
    assert [r.title for r in rows] == ["Smlouva o dílo – Novák"]
    # The Documents section lists it too, with its matter.
    section = _page(qtbot, window)
    qtbot.waitUntil(lambda: section.shown_titles() == ["Smlouva o dílo – Novák"])
    assert section.model.matters[matter_id].endswith("Novák v. Stavby Brno")


def test_details_give_a_title_tags_a_matter_and_people(qtbot, window, database, tmp_path):
    from smallcrm.core.interop.records import ContactRecord
    from smallcrm.core.services.address_book import save_record
    from smallcrm.core.services.matters import MatterInput, create_matter

    with database.session_scope() as s:
        matter_id = create_matter(s, MatterInput(title="Novák v. Stavby Brno"))
        person = save_record(s, ContactRecord(given_name="Jan", family_name="Novák")).id
        save_record(s, ContactRecord(kind="organization", display_name="Novák Holding a.s."))
    page = _page(qtbot, window)
    page.add_paths(_files(tmp_path)[:1])
    _wait_text(qtbot, page, 1)
    qtbot.waitUntil(lambda: page.detail is not None)
    dialog = page.edit_details()
    dialog.title_edit.setText("Smlouva o dílo (podepsaná)")
    dialog.tags_edit.setText("smlouva; podepsáno, Smlouva")
    dialog.matter_combo.setCurrentIndex(dialog.matter_combo.findData(matter_id))
    dialog.people.search_edit.setText("novak")
    dialog.people.search()
    # Documents are linked to people only: the organisation is not offered.
    offered = [
        dialog.people.matches.item(r).text() for r in range(dialog.people.matches.rowCount())
    ]
    assert offered == ["Jan Novák"]
    dialog.people._take_first()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.detail.document.title == "Smlouva o dílo (podepsaná)")
    row = page.detail.document
    assert sorted(row.tags) == ["podepsáno", "smlouva"]  # "Smlouva" is "smlouva" again
    assert row.matter_id == matter_id and row.contact_ids == [person]
    assert sorted(page.pane_tags.text().split(", ")) == ["podepsáno", "smlouva"]
    # An empty title is refused next to the field; nothing changes.
    dialog = page.edit_details()
    dialog.grab().save(str(tmp_path / "details.png"))
    dialog.title_edit.clear()
    dialog.save()
    assert dialog.title_message.isVisible() and dialog.isVisible()
    dialog.reject()


def test_a_persons_page_lists_their_documents_and_opens_one(qtbot, window, database, tmp_path):
    from smallcrm.core.documents.store import DocumentStore
    from smallcrm.core.interop.records import ContactRecord
    from smallcrm.core.services.address_book import save_record

    store = DocumentStore.at(window.profile.documents_dir)
    with database.session_scope() as s:
        person = save_record(s, ContactRecord(given_name="Jan", family_name="Novák")).id
        ids = [
            docs.add_document(s, store, path, contact_ids=[person]).document_id
            for path in _files(tmp_path)
        ]
    window.open_contact(person)
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.detail.key == person)
    label = contacts.detail.findChild(QLabel, "detail_documents")
    assert label is not None and "Smlouva o dílo – Novák" in label.text()
    label.linkActivated.emit(f"doc:{ids[0]}")
    assert window.current_section() == "documents"
    page = window.page("documents")
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.document.id == ids[0])
