"""The conflict check tab and dialog on the matter page: run, decide, save, PDF, read-only."""

from __future__ import annotations

import pytest

from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Correspondent
from smallcrm.core.services import address_book as book
from smallcrm.core.services import conflicts, matters
from smallcrm.core.services.matters import MatterInput
from smallcrm.gui.dialogs.conflict_dialog import ConflictCheckDialog
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.views.matter_page import MatterPage


def stage_id(s, key):
    return next(st.id for st in matters.stages(s) if st.key == key)


@pytest.fixture
def firm(database):
    with database.session_scope() as s:
        jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
        petr = book.save_record(s, ContactRecord(given_name="Petr", family_name="Dvořák"))
        old = matters.create_matter(s, MatterInput("Lease 2019"), [(petr, "client")])
        matters.move_stage(s, old, stage_id(s, "closed"))
        s.add(Correspondent(address="m.horak@stavby.cz", name="Martin Horák"))
        new = matters.create_matter(s, MatterInput("Novák v. Dvořák"), [(jana, "client")])
    return {"new": new, "old": old, "jana": jana, "petr": petr}


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def closing():
    """Close the dialogs a test opened; a dialog that deleted itself on close (as the
    check does after a save) is already gone, which qtbot.addWidget cannot tell."""
    from shiboken6 import isValid

    opened = []
    yield opened.append
    for widget in opened:
        if isValid(widget):
            widget.close()


def open_page(qtbot, database, matter_id, tasks=None) -> MatterPage:
    page = MatterPage(database, tasks)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    assert page.show_matter(matter_id)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_run_decide_save_and_read_back(qtbot, database, firm, runner, tmp_path, closing):
    page = open_page(qtbot, database, firm["new"], runner)
    tab = page.conflict_tab
    assert page.tab_titles()[1] == "Conflict check"
    assert "No conflict check" in tab.status_label.text()
    dialog = tab.run_check()
    closing(dialog)
    # Prefilled with the matter's parties; add the other side by hand.
    assert [p.name for p in dialog.parties()] == ["Jana Nováková"]
    dialog._add_row(conflicts.PartyName("Dvorak Petr"))
    dialog._add_row(conflicts.PartyName("Horák Martin"))
    assert not dialog.save_button.isEnabled()
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.hits_tree.topLevelItemCount() > 0, timeout=5000)
    rows = [
        [dialog.hits_tree.topLevelItem(i).text(c) for c in range(5)]
        for i in range(dialog.hits_tree.topLevelItemCount())
    ]
    # Jana is this matter's own party: no hit. Petr was the client of a closed matter.
    assert rows[0][1].startswith("Petr Dvořák") and "Lease 2019 (closed)" in rows[0][2]
    assert rows[0][3] == "Client" and "word order" in rows[0][4]
    assert rows[1][1].startswith("Martin Horák") and "correspondent" in rows[1][1]
    # A waiver needs a reason.
    dialog.set_decision("waived")
    assert not dialog.save_button.isEnabled()
    dialog.reason_edit.setPlainText("Former client consented in writing.")
    assert dialog.save_button.isEnabled()
    pdf = dialog.save_pdf(tmp_path / "check.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    assert tab.tree.topLevelItemCount() == 1
    assert tab.tree.topLevelItem(0).text(2) == "Waived"
    with database.session_scope() as s:
        saved = conflicts.checks_of(s, firm["new"])
    assert saved[0].reason == "Former client consented in writing."
    assert [h.entity.display_name for h in saved[0].hits][:2] == ["Petr Dvořák", "Martin Horák"]

    # A saved check opens read-only.
    shown = tab.open_saved()
    closing(shown)
    assert isinstance(shown, ConflictCheckDialog)
    assert not shown.save_button.isVisible() and not shown.run_button.isVisible()
    assert shown.reason_edit.isReadOnly()
    assert not any(b.isEnabled() for b in shown.decision_buttons.values())
    assert "cannot be changed" in shown.message_label.text()
    assert shown.hits_tree.topLevelItemCount() == len(saved[0].hits)
    shown.close()


def test_declining_moves_the_matter_to_declined(qtbot, database, firm, closing):
    page = open_page(qtbot, database, firm["new"])  # no runner: writes at once
    dialog = page.conflict_tab.run_check()
    closing(dialog)
    dialog.run_button.click()
    dialog.set_decision("declined")
    dialog.save_button.click()
    with database.session_scope() as s:
        assert matters.stage_phase(s, firm["new"]) == "declined"
    assert page.conflict_tab.records[0].decision == "declined"


def test_a_party_added_to_an_engaged_matter_opens_the_check(qtbot, database, firm):
    with database.session_scope() as s:
        matters.move_stage(s, firm["new"], stage_id(s, "engaged"))
        conflicts.save_check(s, firm["new"], [], [], "clear")
    page = open_page(qtbot, database, firm["new"])
    assert page.conflict_tab.dialog is None
    party = page.add_party()
    page._write_party(party, firm["petr"], "opposing_party", "")
    dialog = page.conflict_tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert "Petr Dvořák" in [p.name for p in dialog.parties()]


def test_reasons_are_translated_part_by_part(qapp):
    from smallcrm.gui.dialogs.conflict_dialog import ConflictTexts

    class Marked(ConflictTexts):
        def tr(self, text, *args):  # a translation that shows where each part went
            return f"<{text}>"

    texts = Marked()
    assert texts.reason("same registry ID (27082440); same name, different word order") == (
        "<same registry ID (27082440)>; <same name, different word order>"
    )
    assert texts.reason("same name without the legal form") == (
        "<same name> <without the legal form>"
    )
    assert texts.reason(
        "same name in Cyrillic and Latin, different legal form (s.r.o. / a.s.), "
        "but different registry IDs"
    ) == (
        "<same name in Cyrillic and Latin>, <different legal form (s.r.o. / a.s.)>, "
        "<but different registry IDs>"
    )
    assert texts.reason("a reason not known yet") == "a reason not known yet"
