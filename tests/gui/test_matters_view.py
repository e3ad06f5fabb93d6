"""The Matters page over a real SQLite database: the paged list, filters, the form, the board."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.matters import MatterInput, MatterQuery
from smallcrm.gui.models.matters_model import BLOCK_SIZE, COLUMNS, MattersTableModel
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.views.matters import MattersView
from smallcrm.gui.widgets.matter_form import MatterFormDialog
from smallcrm.gui.widgets.pipeline_board import MIME_TYPE, matter_from_mime, matter_mime


def stage_ids(database: Database) -> dict[str, int]:
    with database.session_scope() as s:
        return {st.key: st.id for st in matters.stages(s)}


def type_ids(database: Database) -> dict[str, int]:
    with database.session_scope() as s:
        return {t.key: t.id for t in matters.matter_types(s)}


def seed_matters(database: Database) -> dict[str, int]:
    """Four matters in different stages, types and hands; two people as clients."""
    stages, types = stage_ids(database), type_ids(database)
    with database.session_scope() as s:
        novak = book.save_record(s, ContactRecord(given_name="Jan", family_name="Novák"))
        horvat = book.save_record(s, ContactRecord(given_name="Ana", family_name="Horvat"))
        out = {}
        for key, title, stage, kind, who, client, opened in (
            ("lawsuit", "Novák v. Dvořák", "active", "litigation", "Eva", novak, 1),
            ("tax", "Tax return 2025", "inquiry", "tax_return", "Pavel", horvat, 2),
            ("audit", "Audit 2025", "engaged", "audit", "Pavel", None, 3),
            ("old", "Old contract", "closed", "contract", "Eva", novak, 4),
        ):
            out[key] = matters.create_matter(
                s,
                MatterInput(
                    title,
                    type_id=types[kind],
                    stage_id=stages[stage],
                    responsible=who,
                    opened_on=date(2026, 1, opened),
                ),
                [(client, "client")] if client else None,
            )
    return out


def open_view(qtbot, database: Database, tasks: TaskRunner | None = None) -> MattersView:
    view = MattersView(database, tasks)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.is_ready)
    return view


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


def shown_titles(view: MattersView) -> list[str]:
    model = view.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


# --- the model -------------------------------------------------------------------------


def test_model_passes_qmodeltester(qtmodeltester, database):
    seed_matters(database)
    model = MattersTableModel(database)
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.set_query(MatterQuery(text="audit"))
    qtmodeltester.check(model)
    model.set_query(MatterQuery(text="nothing like this"))
    qtmodeltester.check(model)


def test_model_shows_columns_and_reads_only_the_blocks_shown(database):
    stages = stage_ids(database)
    with database.session_scope() as s:
        client = book.save_record(s, ContactRecord(given_name="Jan", family_name="Novák"))
        for n in range(BLOCK_SIZE * 3):
            matters.create_matter(
                s,
                MatterInput(f"Matter {n}", stage_id=stages["active"], responsible="Eva"),
                [(client, "client")] if n == 0 else None,
            )
    model = MattersTableModel(database)
    model.set_names({stages["active"]: ("Active", "engaged")}, {})
    model.reload()
    assert model.rowCount() == BLOCK_SIZE * 3
    assert model.columnCount() == len(COLUMNS) == 7
    assert model.cached_blocks == [0]
    last = model.rowCount() - 1
    row = [model.data(model.index(last, c)) for c in range(7)]
    assert row[1] == "Matter 0" and row[2] == "Jan Novák" and row[4] == "Active"
    assert row[5] == "Eva" and row[0].endswith("0001")
    assert model.cached_blocks == [0, 2]  # the middle block was never read
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Number", "Title", "Client", "Type", "Stage", "Responsible", "Opened"]


# --- the list and its filters ----------------------------------------------------------


def test_empty_database_shows_the_empty_state(qtbot, database):
    view = open_view(qtbot, database)
    assert view.pages.currentWidget() is view.empty
    assert "No matters yet" in view.empty.title_label.text()


def test_filters_narrow_the_list(qtbot, database):
    seed_matters(database)
    stages, types = stage_ids(database), type_ids(database)
    view = open_view(qtbot, database)
    assert shown_titles(view) == [
        "Old contract",
        "Audit 2025",
        "Tax return 2025",
        "Novák v. Dvořák",
    ]
    assert view.count_label.text() == "4 matters"
    assert view.pages.currentWidget() is view.table

    # Typing filters after a pause; a party's name finds the matter, diacritics folded.
    qtbot.keyClicks(view.filter_edit, "novak")
    qtbot.waitUntil(lambda: shown_titles(view) == ["Old contract", "Novák v. Dvořák"])
    assert view.count_label.text() == "2 of 4 matters"
    view.filter_edit.clear()
    view.apply_filter()

    view.phase_combo.setCurrentIndex(view.phase_combo.findData("open"))
    assert "Old contract" not in shown_titles(view) and len(shown_titles(view)) == 3
    view.phase_combo.setCurrentIndex(view.phase_combo.findData("closed"))
    assert shown_titles(view) == ["Old contract"]
    view.phase_combo.setCurrentIndex(0)

    view.stage_combo.setCurrentIndex(view.stage_combo.findData(stages["inquiry"]))
    assert shown_titles(view) == ["Tax return 2025"]
    view.stage_combo.setCurrentIndex(0)
    view.type_combo.setCurrentIndex(view.type_combo.findData(types["audit"]))
    assert shown_titles(view) == ["Audit 2025"]
    view.type_combo.setCurrentIndex(0)
    assert view.responsible_combo.isVisible()
    view.responsible_combo.setCurrentIndex(view.responsible_combo.findData("Eva"))
    assert shown_titles(view) == ["Old contract", "Novák v. Dvořák"]

    view.filter_edit.setText("zzz")
    view.apply_filter()
    assert view.pages.currentWidget() is view.no_match


def test_list_loads_on_the_read_lane(qtbot, database, runner):
    seed_matters(database)
    view = open_view(qtbot, database, runner)
    assert view.model.rowCount() == 4
    view.filter_edit.setText("audit")
    qtbot.waitUntil(lambda: shown_titles(view) == ["Audit 2025"])


def test_enter_opens_the_matter_page_and_escape_comes_back(qtbot, database):
    ids = seed_matters(database)
    view = open_view(qtbot, database)
    view.select_row(view.model.row_of(ids["tax"]))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.stack.currentWidget() is view.matter_page
    assert view.matter_page.title_label.text() == "Tax return 2025"
    qtbot.keyClick(view.matter_page, Qt.Key.Key_Escape)
    assert view.stack.currentWidget() is view.list_page
    assert view.current_matter_id() == ids["tax"]


def test_delete_moves_to_the_trash_and_undo_brings_it_back(qtbot, database):
    ids = seed_matters(database)
    view = open_view(qtbot, database)
    view.select_row(view.model.row_of(ids["audit"]))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Audit 2025" not in shown_titles(view)
    assert view.notice.isVisibleTo(view) and "trash" in view.notice.label.text()
    with database.session_scope() as s:
        assert matters.matter_detail(s, ids["audit"]).deleted
    assert view.can_undo()
    view.notice.undo_button.click()
    assert "Audit 2025" in shown_titles(view)
    assert view.current_matter_id() == ids["audit"]
    assert not view.can_undo()


# --- the form --------------------------------------------------------------------------


def test_new_matter_form_creates_a_numbered_matter_with_its_client(qtbot, database):
    seed_matters(database)
    view = open_view(qtbot, database)
    dialog = view.new_matter()
    assert isinstance(dialog, MatterFormDialog)
    assert dialog.windowTitle() == "New matter"
    assert "like " in dialog.number_edit.placeholderText()
    dialog.title_edit.setText("Lease dispute")
    dialog.client_picker.setText("horv")
    found = dialog.client_picker.search()
    assert [name for _ref, name, _d in found] == ["Ana Horvat"]
    dialog.client_picker.pick_row(0)
    dialog.responsible_combo.setEditText("Eva")
    dialog.save_button.click()
    # The new matter opens, with its client as a party; the list has it too.
    assert view.stack.currentWidget() is view.matter_page
    page = view.matter_page
    assert page.title_label.text() == "Lease dispute"
    assert page.shown_parties() == [("Ana Horvat", "Client")]
    assert page.number_label.text() == f"{date.today().year}/0005"
    assert "Lease dispute" in shown_titles(view)


def test_form_shows_messages_beside_the_fields(qtbot, database):
    ids = seed_matters(database)
    view = open_view(qtbot, database)
    dialog = view.new_matter()
    dialog.client_picker.setText("somebody unknown")
    dialog.save()
    assert dialog.title_message.text() == "Enter a title for the matter."
    assert "Pick the client" in dialog.client_message.text()
    assert dialog.banner.text() == "Please correct the marked fields."
    assert not dialog.save_button.isEnabled()
    dialog.title_edit.setText("Fixed")
    assert dialog.title_message.text() == ""
    dialog.client_picker.clear()
    dialog.closed_edit.set_value(date(2000, 1, 1))
    assert "cannot close before it opens" in dialog.closed_message.text()
    dialog.closed_edit.set_value(None)
    assert dialog.save_button.isEnabled()
    dialog.close()

    # A number another matter has: the message goes beside the number, nothing is saved.
    with database.session_scope() as s:
        taken = matters.matter_detail(s, ids["tax"]).number
    edit = view.edit_matter(ids["audit"])
    assert edit.title_edit.text() == "Audit 2025"
    edit.number_edit.setText(taken)
    edit.save()
    assert edit.number_message.text() == f"The number {taken} is already used by another matter."
    assert edit.isVisible()


def test_edit_changes_stage_through_the_timeline(qtbot, database):
    ids = seed_matters(database)
    stages = stage_ids(database)
    view = open_view(qtbot, database)
    assert view.open_matter(ids["tax"])
    dialog = view.edit_matter(ids["tax"])
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(stages["engaged"]))
    dialog.title_edit.setText("Tax return 2025 (amended)")
    dialog.save()
    assert view.matter_page.title_label.text() == "Tax return 2025 (amended)"
    assert "Stage: Engaged" in view.matter_page.facts_label.text()
    with database.session_scope() as s:
        items = timeline.timeline(s, ids["tax"])
    assert [(i.kind, i.subject) for i in items] == [("stage", "Inquiry → Engaged")]


# --- the board -------------------------------------------------------------------------


def drop_on(widget, mime: QMimeData) -> QDropEvent:
    """Deliver a real drag-enter and drop with ``mime`` to ``widget`` (a column's viewport)."""
    point = QPoint(20, 20)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop


def test_board_shows_a_column_per_stage_with_cards(qtbot, database):
    ids = seed_matters(database)
    stages = stage_ids(database)
    view = open_view(qtbot, database)
    view.set_mode("board")
    qtbot.waitUntil(view.is_ready)
    assert view.pages.currentWidget() is view.board
    board = view.board
    names = [c.stage.name for c in board.columns]
    assert names == ["Inquiry", "Conflict check", "Engaged", "Active", "Closed", "Declined"]
    shown = board.shown()
    assert shown[stages["active"]] == [ids["lawsuit"]]
    assert shown[stages["inquiry"]] == [ids["tax"]]
    column = board.column_of_stage(stages["active"])
    assert column.count_label.text() == "1"
    card = column.cards.cards_model().item(0).data(Qt.ItemDataRole.UserRole + 2)
    assert card.title == "Novák v. Dvořák" and card.clients == "Jan Novák"


def test_drag_and_drop_moves_a_card_and_records_the_move(qtbot, database, runner):
    ids = seed_matters(database)
    stages = stage_ids(database)
    view = open_view(qtbot, database, runner)
    view.set_mode("board")
    qtbot.waitUntil(view.is_ready)
    board = view.board
    source = board.column_of_stage(stages["inquiry"]).cards
    index = source.cards_model().index(source.row_of(ids["tax"]), 0)
    mime = source.mime_for(index)
    assert mime.hasFormat(MIME_TYPE)
    assert matter_from_mime(mime) == (ids["tax"], stages["inquiry"])

    target = board.column_of_stage(stages["engaged"]).cards
    with qtbot.waitSignal(board.moveRequested) as moved:
        event = drop_on(target.viewport(), mime)
    assert event.isAccepted()
    assert moved.args == [ids["tax"], stages["engaged"]]
    qtbot.waitUntil(lambda: ids["tax"] in board.shown()[stages["engaged"]])
    assert ids["tax"] not in board.shown()[stages["inquiry"]]
    with database.session_scope() as s:
        assert matters.matter_detail(s, ids["tax"]).stage_id == stages["engaged"]
        items = timeline.timeline(s, ids["tax"])
        client_items = timeline.timeline(s, Ref("person", 2))
    assert [(i.kind, i.subject) for i in items] == [("stage", "Inquiry → Engaged")]
    assert client_items[0].kind == "stage"  # the client's timeline shows it too
    # The list follows: the row now says Engaged.
    row = view.model.row_of(ids["tax"])
    qtbot.waitUntil(lambda: view.model.data(view.model.index(row, 4)) == "Engaged")


def test_dropping_on_the_column_header_or_the_same_stage(qtbot, database):
    ids = seed_matters(database)
    stages = stage_ids(database)
    view = open_view(qtbot, database)
    view.set_mode("board")
    board = view.board
    # The same stage: refused, nothing written.
    same = board.column_of_stage(stages["active"])
    mime = matter_mime(ids["lawsuit"], stages["active"])
    event = drop_on(same.cards.viewport(), mime)
    assert not event.isAccepted()
    # Something that is not a card: refused.
    other = QMimeData()
    other.setText("hello")
    assert not drop_on(board.column_of_stage(stages["closed"]).cards.viewport(), other).isAccepted()
    # The column frame (its header) takes the drop too.
    closed = board.column_of_stage(stages["closed"])
    drop_on(closed, mime)
    assert ids["lawsuit"] in board.shown()[stages["closed"]]
    with database.session_scope() as s:
        detail = matters.matter_detail(s, ids["lawsuit"])
    assert detail.stage_id == stages["closed"] and detail.closed_on is not None


def test_keyboard_moves_a_card_between_stages(qtbot, database):
    ids = seed_matters(database)
    stages = stage_ids(database)
    view = open_view(qtbot, database)
    view.set_mode("board")
    board = view.board
    assert board.select_matter(ids["tax"])
    cards = board.column_of_stage(stages["inquiry"]).cards
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert ids["tax"] in board.shown()[stages["conflict_check"]]
    # The card keeps the selection in its new column; another Ctrl+Right moves it on.
    column = board.column_of_matter(ids["tax"])
    assert column.cards.current_matter() == ids["tax"]
    qtbot.keyClick(column.cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert ids["tax"] in board.shown()[stages["engaged"]]
    column = board.column_of_matter(ids["tax"])
    qtbot.keyClick(column.cards, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert ids["tax"] in board.shown()[stages["conflict_check"]]
    # Enter opens the matter.
    column = board.column_of_matter(ids["tax"])
    qtbot.keyClick(column.cards, Qt.Key.Key_Return)
    assert view.stack.currentWidget() is view.matter_page
    with database.session_scope() as s:
        kinds = [i.subject for i in timeline.timeline(s, ids["tax"])]
    assert kinds == [
        "Engaged → Conflict check",
        "Conflict check → Engaged",
        "Inquiry → Conflict check",
    ]


def test_context_menu_moves_to_any_stage(qtbot, database):
    ids = seed_matters(database)
    stages = stage_ids(database)
    view = open_view(qtbot, database)
    view.set_mode("board")
    board = view.board
    board.select_matter(ids["audit"])
    menu = board.menu_for(board.column_of_matter(ids["audit"]))
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    targets = {a.text(): a for a in move.actions()}
    assert not targets["Engaged"].isEnabled()  # where it is now
    targets["Declined"].trigger()
    assert ids["audit"] in board.shown()[stages["declined"]]
    menu.deleteLater()


def test_days_in_stage_on_the_cards(qtbot, database):
    from smallcrm.gui.matter_texts import MatterTexts, days_since

    ids = seed_matters(database)
    stages = stage_ids(database)
    with database.session_scope() as s:
        matters.move_stage(
            s, ids["tax"], stages["engaged"], when=datetime.now(UTC) - timedelta(days=12)
        )
    view = open_view(qtbot, database)
    view.set_mode("board")
    card = view.board.column_of_stage(stages["engaged"]).cards.cards_model()
    rows = [card.item(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(card.rowCount())]
    tax = next(r for r in rows if r.id == ids["tax"])
    assert days_since(tax.stage_since) == 12
    assert MatterTexts().days(12) in ("12 days",)
    picture = view.board.grab()
    assert not picture.isNull()


def test_board_view_is_kept_and_restored(qtbot, database, tmp_path):
    from PySide6.QtCore import QSettings

    seed_matters(database)
    view = open_view(qtbot, database)
    view.set_mode("board")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    view.save_state(settings)
    again = open_view(qtbot, database)
    again.restore_state(settings)
    assert again.mode == "board" and again.board_button.isChecked()
