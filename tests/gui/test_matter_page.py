"""The matter page: header, parties, tasks and follow-ups, the timeline, empty tabs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.matters import MatterInput
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.views.matter_page import MatterPage, PartyDialog
from smallcrm.gui.widgets.timeline_view import TimelineView


@pytest.fixture
def matter(database):
    """A litigation matter with Jan Novák as client; Ana Horvat and a court in the book."""
    with database.session_scope() as s:
        novak = book.save_record(s, ContactRecord(given_name="Jan", family_name="Novák"))
        horvat = book.save_record(s, ContactRecord(given_name="Ana", family_name="Horvat"))
        court = book.save_record(
            s, ContactRecord(kind="organization", organization="Krajský soud v Brně")
        )
        types = {t.key: t.id for t in matters.matter_types(s)}
        matter_id = matters.create_matter(
            s,
            MatterInput(
                "Novák v. Horvat",
                type_id=types["litigation"],
                responsible="JUDr. Eva Malá",
                opened_on=date(2026, 3, 1),
                notes="Claim for damages after the flood.",
            ),
            [(novak, "client")],
        )
    return {"id": matter_id, "novak": novak, "horvat": horvat, "court": court}


def open_page(qtbot, database, matter_id: int, tasks: TaskRunner | None = None) -> MatterPage:
    page = MatterPage(database, tasks)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    assert page.show_matter(matter_id)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


def test_header_and_tabs(qtbot, database, matter):
    page = open_page(qtbot, database, matter["id"])
    assert page.number_label.text() == f"{date.today().year}/0001 · Litigation"
    assert page.title_label.text() == "Novák v. Horvat"
    facts = page.facts_label.text()
    assert "Stage: Inquiry (today)" in facts
    assert "Responsible: JUDr. Eva Malá" in facts and "Opened 1. 3. 2026" in facts
    assert page.notes_label.text() == "Claim for damages after the flood."
    assert page.tab_titles() == [
        "Parties (1)",
        "Conflict check",
        "Timeline",
        "Tasks",
        "Calendar",
        "Documents",
        "Mail",
    ]
    assert page.shown_parties() == [("Jan Novák", "Client")]


def test_mail_tab_lists_the_matters_mail(qtbot, database, matter):
    """Mail filed on the matter (here by the bracketed number in its subject) is listed on
    its Mail tab; another matter's page lists its own."""
    from smallcrm.core.connectors.imap import Batch, Checkpoint, RawMessage
    from smallcrm.core.services import mail_accounts, mail_store

    with database.session_scope() as s:
        number = matters.matter_detail(s, matter["id"]).number
        other = matters.create_matter(s, matters.MatterInput(title="Jiná věc"))
        account = mail_accounts.add_account(
            s, mail_accounts.AccountInput(name="Kancelář", host="imap.example.cz", user_name="o")
        )
    raw = (
        f"From: Soud <podatelna@soud.example>\r\nSubject: [{number}] Usnesení\r\n"
        "Message-ID: <u1@soud.example>\r\n\r\nText usnesení.\r\n"
    ).encode()
    when = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with database.session_scope() as s:
        mail_store.store_batch(
            s,
            account,
            Batch(
                [RawMessage(1, frozenset(), when, len(raw), raw)], Checkpoint("INBOX", 1, 1, None)
            ),
            privacy="contacts",
        )
    page = open_page(qtbot, database, matter["id"])
    page.tabs.setCurrentWidget(page.mail_tab)
    view = page.mail_view
    assert view is not None and view.model.rowCount() == 1
    assert view.model.message(0).subject == f"[{number}] Usnesení"
    page.show_matter(other)
    page.tabs.setCurrentWidget(page.mail_tab)
    assert page.mail_view is view and view.model.rowCount() == 0


def test_timeline_tab_shows_the_matters_timeline(qtbot, database, matter):
    stages = None
    with database.session_scope() as s:
        stages = {st.key: st.id for st in matters.stages(s)}
        matters.move_stage(s, matter["id"], stages["engaged"])
    page = open_page(qtbot, database, matter["id"])
    assert isinstance(page.timeline, TimelineView)
    assert page.timeline.owner == matter["id"]
    page.tabs.setCurrentWidget(page.timeline_tab)
    qtbot.waitUntil(page.timeline.is_ready)
    assert page.timeline.model.rowCount() == 1


def test_a_conflict_check_tab_goes_beside_the_parties(qtbot, database, matter):
    page = open_page(qtbot, database, matter["id"])
    index = page.add_conflict_tab(QLabel("check"), "Conflict check")
    assert index == 1
    assert page.tab_titles()[:3] == ["Parties (1)", "Conflict check", "Timeline"]
    page.add_conflict_tab(QLabel("again"), "Conflicts")
    assert page.tab_titles().count("Conflict check") == 0
    assert page.tab_titles()[1] == "Conflicts"


def test_add_and_remove_parties(qtbot, database, matter, runner):
    page = open_page(qtbot, database, matter["id"], runner)
    dialog = page.add_party()
    assert isinstance(dialog, PartyDialog)
    assert dialog.role_combo.currentData() == "opposing_party"  # a client is there already
    # Without a pick, OK explains what is missing.
    dialog.ok_button.click()
    assert "Pick the person or organisation" in dialog.error_label.text()
    dialog.picker.setText("horv")
    assert [name for _ref, name, _d in dialog.picker.search()] == ["Ana Horvat"]
    dialog.picker.pick_row(0)
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
    assert page.shown_parties() == [("Jan Novák", "Client"), ("Ana Horvat", "Opposing party")]
    assert page.tab_titles()[0] == "Parties (2)"

    # An organisation, by its name, as the court.
    dialog = page.add_party()
    dialog.picker.setText("krajsky soud")
    assert len(dialog.picker.search()) == 1 and dialog.picker.ref is None
    dialog.picker.setText("Krajský soud v Brně")
    dialog.picker.search()
    assert dialog.picker.ref == matter["court"]  # the whole name typed picks it by itself
    dialog.set_role("authority")
    dialog.note_edit.setText("file 12 C 34/2026")
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
    assert ("Krajský soud v Brně", "Court or authority") in page.shown_parties()
    with database.session_scope() as s:
        parties = matters.parties(s, matter["id"])
    assert {(p.ref, p.role, p.note) for p in parties} == {
        (matter["novak"], "client", None),
        (matter["horvat"], "opposing_party", None),
        (matter["court"], "authority", "file 12 C 34/2026"),
    }

    # Remove Ana Horvat (selected, then Delete).
    tree = page.parties_tree
    row = [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())].index(
        "Ana Horvat"
    )
    tree.setCurrentItem(tree.topLevelItem(row))
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert ("Ana Horvat", "Opposing party") not in page.shown_parties()
    assert len(page.shown_parties()) == 2


def test_open_contact_from_a_party(qtbot, database, matter):
    page = open_page(qtbot, database, matter["id"])
    with qtbot.waitSignal(page.contactRequested) as opened:
        qtbot.keyClick(page.parties_tree, Qt.Key.Key_Return)
    assert opened.args == [matter["novak"].id]


def test_follow_up_and_mark_done(qtbot, database, matter, runner):
    page = open_page(qtbot, database, matter["id"], runner)
    page.today = date(2026, 5, 4)
    page.tabs.setCurrentWidget(page.tasks_tab)
    assert page.tasks_empty.isVisible() and not page.done_button.isEnabled()
    page.remind_spin.setValue(3)
    with qtbot.waitSignal(page.changed):
        page.remind_button.click()
    assert page.shown_tasks() == [f"Follow up: {date.today().year}/0001 Novák v. Horvat"]
    assert page.tasks_tree.topLevelItem(0).text(1) == "7. 5. 2026"
    assert page.tasks_message.text() == "Reminder set for 7. 5. 2026."
    assert page.tab_titles()[3] == "Tasks (1)"
    with database.session_scope() as s:
        (task,) = tasks.tasks_of(s, matter["id"])
    assert task.kind == "follow_up" and task.due_on == date(2026, 5, 7)

    with qtbot.waitSignal(page.changed):
        page.done_button.click()
    assert page.shown_tasks() == []
    assert page.tasks_empty.isVisible()
    with database.session_scope() as s:
        items = timeline.timeline(s, matter["id"])
    assert [i.kind for i in items] == ["task"]  # done lands on the matter's timeline
    qtbot.waitUntil(lambda: page.timeline.model.rowCount() == 1)


def test_overdue_tasks_are_marked(qtbot, database, matter):
    with database.session_scope() as s:
        tasks.follow_up(
            s, 0, matter_id=matter["id"], title="Call", today=date.today() - timedelta(days=2)
        )
    page = open_page(qtbot, database, matter["id"])
    item = page.tasks_tree.topLevelItem(0)
    assert item.toolTip(1) == "Overdue"


def test_a_trashed_matter_does_not_open(qtbot, database, matter):
    with database.session_scope() as s:
        matters.trash_matter(s, matter["id"])
    page = MatterPage(database)
    qtbot.addWidget(page)
    assert not page.show_matter(matter["id"])
    assert not page.show_matter(9999)


def test_seeded_names_translate_until_renamed(qapp):
    from smallcrm.core.services.matters import StageInfo, TypeInfo
    from smallcrm.gui.matter_texts import MatterTexts

    texts = MatterTexts()
    assert texts.stage_name(StageInfo(1, "inquiry", "Inquiry", "intake", 0, False)) == "Inquiry"
    renamed = StageInfo(1, "inquiry", "First call", "intake", 0, False)
    assert texts.stage_name(renamed) == "First call"
    assert texts.type_name(TypeInfo(1, "tax_return", "Tax return", 0, False)) == "Tax return"
    assert texts.role_name("authority") == "Court or authority"
    assert texts.days(0) == "today"


def test_party_refs_for_the_contacts_side(database, matter):
    with database.session_scope() as s:
        found = matters.matters_of(s, Ref("person", matter["novak"].id))
    assert [(row.title, role) for row, role in found] == [("Novák v. Horvat", "client")]


def test_deadline_calculator_files_a_task_and_an_entry_on_the_matter(qtbot, database, matter):
    from PySide6.QtCore import QDate

    from smallcrm.core.services import tasks as task_service

    page = open_page(qtbot, database, matter["id"])
    page.tabs.setCurrentWidget(page.calendar_tab)
    assert page.calendar_page is not None and page.calendar_page.view.mode() == "agenda"
    page.deadline_button.click()
    dialog = page.deadline_dialog
    dialog.from_edit.setDate(QDate(2026, 12, 7))  # delivered on Monday 7 December 2026
    dialog.amount_spin.setValue(15)
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("CZ"))
    dialog.title_edit.setText("Deadline: appeal")
    dialog.accept()
    with database.session_scope() as s:
        [task] = [t for t in task_service.tasks_of(s, matter["id"]) if t.kind == "deadline"]
    assert (task.title, task.due_on.isoformat()) == ("Deadline: appeal", "2026-12-22")
    view = page.calendar_page.view
    view.set_date(date(2026, 12, 20))
    view.reload()
    lo, hi = view.visible_range()
    shown = view._fetch(lo, hi)
    assert [(o.summary, o.start, o.kind) for o in shown] == [
        ("Deadline: appeal", date(2026, 12, 22), "deadline")
    ]
    page.resize(1000, 700)
    page.grab().save("/tmp/matter_calendar_tab.png")
