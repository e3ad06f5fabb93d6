"""Two-way calendar sync as the user meets it: which calendar a new event goes to, the
first deletion's question, and the conflicts list, over a real SQLite profile and the real
calendar_sync bookkeeping (no server: the links and conflicts are recorded as a sync would)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from smallcrm.core.db import Database
from smallcrm.core.models import EventRemote
from smallcrm.core.services import calendar as cal
from smallcrm.core.services import calendar_sync, mail_accounts
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.services.calendar import EventInput
from smallcrm.gui.dialogs.calendar_conflicts_dialog import CalendarConflictsDialog
from smallcrm.gui.dialogs.event_dialog import CALENDAR_SETTING, EventDialog
from smallcrm.gui.main_window import MainWindow
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.views.calendar import CalendarPage

PRAGUE = "Europe/Prague"


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5000)


def exchange_account(database: Database, name: str = "Kancelář", *, calendar: bool = True) -> int:
    with database.session_scope() as s:
        return mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name=name,
                host="",
                user_name="alice",
                kind="ews",
                url="https://x/EWS/Exchange.asmx",
                auth="basic",
                calendar=calendar,
                sync_minutes=None,
            ),
        )


def meeting(summary: str = "Partners' meeting", day: int = 1, **extra) -> EventInput:
    return EventInput(
        summary, datetime(2026, 6, day, 9), datetime(2026, 6, day, 10), tz=PRAGUE, **extra
    )


def synced_event(database: Database, account_id: int, data: EventInput, item: str) -> int:
    """An event of the account's calendar as a sync leaves it: linked to its server item."""
    with database.session_scope() as s:
        event_id = cal.create_event(
            s, replace(data, source=mail_accounts.calendar_source(account_id)), user_zone=PRAGUE
        )
        calendar_sync.record_pushed(s, account_id, event_id, item, "CK1")
    return event_id


def mirror_of(database: Database, account_id: int) -> bool | None:
    with database.session_scope() as s:
        return mail_accounts.find_account(s, account_id).mirror_deletes


def is_deleted(database: Database, event_id: int) -> bool:
    with database.session_scope() as s:
        try:
            cal.get_event(s, event_id)
        except RecordNotFound:
            return True
    return False


class answer:  # noqa: N801 - used like a function: answer("mirrorDeleteBoth")
    """Click the button named ``name`` in the message box ``box`` when it shows; ``asked``
    says whether it showed. Gives up after a second, so nothing outlives the test."""

    def __init__(self, box: str, name: str) -> None:
        self.box, self.name = box, name
        self.asked = False
        self.tries = 0
        QTimer.singleShot(0, self.click)

    def click(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != self.box:
            self.tries += 1
            if self.tries < 50:
                QTimer.singleShot(20, self.click)
            return
        self.asked = True
        next(b for b in box.buttons() if b.objectName() == self.name).click()


def new_dialog(qtbot, database, **kwargs) -> EventDialog:
    dialog = EventDialog(database, user_zone=PRAGUE, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- which calendar ----------------------------------------------------------------------


def test_no_chooser_without_an_exchange_calendar(qtbot, database):
    exchange_account(database, "Mail only", calendar=False)
    dialog = new_dialog(
        qtbot, database, start=datetime(2026, 6, 1, 9), end=datetime(2026, 6, 1, 10)
    )
    assert not dialog.form.isRowVisible(dialog._calendar_row)
    dialog.title_edit.setText("Lunch")
    assert dialog.data().source == ""


def test_the_chooser_sets_the_calendar_of_a_new_event_and_remembers_it(
    qtbot, database, runner, tmp_path
):
    office = exchange_account(database)
    exchange_account(database, "Mail only", calendar=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = new_dialog(
        qtbot,
        database,
        tasks=runner,
        settings=settings,
        start=datetime(2026, 6, 1, 9),
        end=datetime(2026, 6, 1, 10),
    )
    # The accounts come from the read lane: the row shows when they are there.
    qtbot.waitUntil(lambda: dialog.form.isRowVisible(dialog._calendar_row))
    combo = dialog.calendar_combo
    assert combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "This computer",
        "Kancelář (Exchange)",
    ]
    assert combo.currentText() == "This computer"  # nothing remembered yet
    dialog.title_edit.setText("Hearing")
    combo.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    with database.session_scope() as s:
        assert cal.get_event(s, saved.args[0]).data.source == f"account:{office}"
    assert settings.value(CALENDAR_SETTING) == f"account:{office}"

    # The next new event starts in the calendar chosen last.
    again = new_dialog(qtbot, database, settings=settings)
    assert again.calendar_combo.currentData() == f"account:{office}"
    again.calendar_combo.setCurrentIndex(0)
    again.title_edit.setText("Filing")
    assert again.data().source == ""


def test_an_existing_event_shows_its_calendar_read_only(qtbot, database):
    office = exchange_account(database)
    event_id = synced_event(database, office, meeting(), "ITEM1")
    dialog = new_dialog(qtbot, database, event_id=event_id)
    assert dialog.form.isRowVisible(dialog._calendar_row)
    assert not dialog.calendar_combo.isEnabled()
    assert dialog.calendar_combo.currentText() == "Kancelář (Exchange)"
    # The account's name, never "account:N"; the chooser already tells it, so no second line.
    assert dialog.source_label.text() == "Kancelář"
    assert not dialog.form.isRowVisible(dialog._source_row)
    assert dialog.data().source == f"account:{office}"

    with database.session_scope() as s:
        local = cal.create_event(s, meeting("Lunch", 2), user_zone=PRAGUE)
    here = new_dialog(qtbot, database, event_id=local)
    assert here.calendar_combo.currentText() == "This computer"
    assert not here.calendar_combo.isEnabled()


# --- the first deletion asks -------------------------------------------------------------


def test_the_first_delete_in_the_dialog_asks_and_cancel_keeps_the_event(qtbot, database):
    office = exchange_account(database)
    event_id = synced_event(database, office, meeting(), "ITEM1")
    dialog = new_dialog(qtbot, database, event_id=event_id)
    asked = answer("mirrorDeleteBox", "mirrorDeleteCancel")
    dialog.delete()
    assert asked.asked and dialog.isVisible()
    assert not is_deleted(database, event_id)
    assert mirror_of(database, office) is None

    gone = []
    dialog.deleted.connect(gone.append)
    asked = answer("mirrorDeleteBox", "mirrorDeleteBoth")
    dialog.delete()
    assert asked.asked and gone == [[event_id]]
    assert is_deleted(database, event_id)
    assert mirror_of(database, office) is True

    # The yes holds: the next one gets the plain confirmation only.
    second = synced_event(database, office, meeting("Call", 3), "ITEM2")
    dialog = new_dialog(qtbot, database, event_id=second)
    asked = answer("deleteEventBox", "deleteConfirm")
    dialog.delete()
    assert asked.asked
    assert is_deleted(database, second)


def test_the_first_delete_in_the_calendar_asks_then_never_again(qtbot, database, runner):
    office = exchange_account(database)
    first = synced_event(database, office, meeting("Hearing", 2), "ITEM1")
    second = synced_event(database, office, meeting("Call", 3), "ITEM2")
    page = CalendarPage(database, runner, PRAGUE)
    qtbot.addWidget(page)
    page.view.set_date(datetime(2026, 6, 1).date())
    page.show()
    occurrences = {o.event_id: o for o in page.view._occurrences}
    assert occurrences[first].source == f"account:{office}"

    asked = answer("mirrorDeleteBox", "mirrorDeleteCancel")
    page.delete(occurrences[first])
    qtbot.waitUntil(lambda: asked.asked, timeout=5000)
    runner.wait_idle(5000)
    assert not is_deleted(database, first) and mirror_of(database, office) is None

    asked = answer("mirrorDeleteBox", "mirrorDeleteBoth")
    page.delete(occurrences[first])
    qtbot.waitUntil(lambda: is_deleted(database, first), timeout=5000)
    assert asked.asked and mirror_of(database, office) is True

    asked = answer("mirrorDeleteBox", "mirrorDeleteCancel")
    page.delete(occurrences[second])
    qtbot.waitUntil(lambda: is_deleted(database, second), timeout=5000)
    assert not asked.asked  # no question the second time
    page.undo()  # the usual undo still brings it back
    qtbot.waitUntil(lambda: not is_deleted(database, second), timeout=5000)


# --- the conflicts list ------------------------------------------------------------------


def conflicts_fixture(database: Database) -> dict[str, int]:
    """One conflict of each kind, recorded through the real bookkeeping."""
    office = exchange_account(database)
    both = synced_event(database, office, meeting("Partners' meeting", 1), "ITEM1")
    gone_there = synced_event(database, office, meeting("Site visit", 2), "ITEM2")
    gone_here = synced_event(database, office, meeting("Call with Novák", 3), "ITEM3")
    with database.session_scope() as s:
        cal.update_event(
            s, both, replace(meeting(), location="Room 2"), user_zone=PRAGUE, scope="all"
        )
        server = replace(
            meeting(),
            start=datetime(2026, 6, 1, 10),
            end=datetime(2026, 6, 1, 11),
            location="Brno office",
            source=mail_accounts.calendar_source(office),
        )
        calendar_sync.record_conflict(s, office, both, "changed_both", server, "CK2")
        calendar_sync.record_conflict(s, office, gone_there, "deleted_remotely", None, None)
        cal.delete_event(s, gone_here)
        calendar_sync.record_conflict(s, office, gone_here, "deleted_locally", None, None)
    return {"account": office, "both": both, "there": gone_there, "here": gone_here}


def open_conflicts(qtbot, database, tasks=None) -> CalendarConflictsDialog:
    dialog = CalendarConflictsDialog(database, tasks, zone=PRAGUE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    return dialog


def card_for(dialog: CalendarConflictsDialog, event_id: int):
    return next(c for c in dialog.cards if c.conflict.event_id == event_id)


def waiting(database: Database) -> dict[int, str]:
    with database.session_scope() as s:
        return {c.event_id: c.kind for c in calendar_sync.list_conflicts(s)}


def test_the_list_says_what_happened_in_plain_words(qtbot, database):
    ids = conflicts_fixture(database)
    dialog = open_conflicts(qtbot, database)
    counted = []
    dialog.conflictsCounted.connect(counted.append)
    texts = {
        c.conflict.event_id: (
            dialog.headline(c.conflict),
            c.mine_button.text(),
            c.theirs_button.text(),
        )
        for c in dialog.cards
    }
    assert texts == {
        ids["both"]: (
            "Changed here and in Exchange: start, end, location",
            "Keep this computer's version",
            "Take Exchange's version",
        ),
        ids["there"]: ("Deleted in Exchange", "Keep it", "Delete here too"),
        ids["here"]: ("Deleted here", "Delete in Exchange too", "Restore here"),
    }
    from PySide6.QtWidgets import QLabel

    both = card_for(dialog, ids["both"])
    here = both.findChild(QLabel, "conflictHere").text()
    there = both.findChild(QLabel, "conflictThere").text()
    assert here.startswith("Partners' meeting") and "9:00" in here
    assert there.startswith("Partners' meeting") and "10:00" in there
    assert card_for(dialog, ids["there"]).findChild(QLabel, "conflictThere").text() == "(deleted)"
    assert dialog.status_label.text().startswith("3 ")
    dialog.reload()
    assert counted == [{ids["account"]: 3}]


def test_keep_mine_and_take_theirs_of_a_change_on_both_sides(qtbot, database, runner):
    ids = conflicts_fixture(database)
    dialog = open_conflicts(qtbot, database, runner)
    decided = []
    dialog.decided.connect(lambda account, event: decided.append((account, event)))
    with qtbot.waitSignal(dialog.syncRequested, timeout=5000) as sync:
        card_for(dialog, ids["both"]).mine_button.click()
        qtbot.waitUntil(lambda: ids["both"] not in waiting(database), timeout=5000)
    assert sync.args == [ids["account"]]
    assert decided == [(ids["account"], ids["both"])]
    qtbot.waitUntil(lambda: len(dialog.cards) == 2 and not dialog.loading, timeout=5000)
    with database.session_scope() as s:
        assert cal.get_event(s, ids["both"]).data.location == "Room 2"  # ours stays
        # ... and goes to Exchange against the server's current version.
        [push] = [
            p
            for p in calendar_sync.pending_pushes(s, ids["account"]).pushes
            if p.event_id == ids["both"]
        ]
        assert (push.kind, push.change_key) == ("update", "CK2")


def test_take_theirs_of_a_change_on_both_sides(qtbot, database):
    ids = conflicts_fixture(database)
    dialog = open_conflicts(qtbot, database)
    card_for(dialog, ids["both"]).theirs_button.click()
    assert ids["both"] not in waiting(database)
    with database.session_scope() as s:
        data = cal.get_event(s, ids["both"]).data
        link = s.get(EventRemote, ids["both"])
    assert (data.location, data.start) == ("Brno office", datetime(2026, 6, 1, 10))
    assert link.change_key == "CK2"
    assert ids["both"] not in [c.conflict.event_id for c in dialog.cards]


def test_a_deletion_in_exchange_delete_here_too_or_keep_it(qtbot, database):
    ids = conflicts_fixture(database)
    dialog = open_conflicts(qtbot, database)
    card_for(dialog, ids["there"]).mine_button.click()  # Keep it
    assert not is_deleted(database, ids["there"])
    with database.session_scope() as s:
        assert s.get(EventRemote, ids["there"]) is None  # sent to Exchange again as new
    assert mirror_of(database, ids["account"]) is None  # keeping is about this event only

    ids2 = conflicts_fixture_more(database, ids["account"])
    dialog.reload()
    card_for(dialog, ids2).theirs_button.click()  # Delete here too
    assert is_deleted(database, ids2)
    assert mirror_of(database, ids["account"]) is True


def conflicts_fixture_more(database: Database, account_id: int) -> int:
    event_id = synced_event(database, account_id, meeting("Audit", 4), "ITEM4")
    with database.session_scope() as s:
        calendar_sync.record_conflict(s, account_id, event_id, "deleted_remotely", None, None)
    return event_id


def test_a_deletion_here_delete_in_exchange_too_or_restore_here(qtbot, database):
    ids = conflicts_fixture(database)
    dialog = open_conflicts(qtbot, database)
    card_for(dialog, ids["here"]).theirs_button.click()  # Restore here
    assert not is_deleted(database, ids["here"])
    assert ids["here"] not in waiting(database)
    assert mirror_of(database, ids["account"]) is None

    with database.session_scope() as s:
        cal.delete_event(s, ids["here"])
        calendar_sync.record_conflict(s, ids["account"], ids["here"], "deleted_locally", None, None)
    dialog.reload()
    card_for(dialog, ids["here"]).mine_button.click()  # Delete in Exchange too
    assert is_deleted(database, ids["here"])
    assert mirror_of(database, ids["account"]) is True
    with database.session_scope() as s:
        pushes = calendar_sync.pending_pushes(s, ids["account"]).pushes
    assert [(p.kind, p.event_id) for p in pushes if p.event_id == ids["here"]] == [
        ("delete", ids["here"])
    ]


def test_the_last_decision_empties_the_list(qtbot, database):
    ids = conflicts_fixture(database)
    dialog = open_conflicts(qtbot, database)
    for event_id in (ids["both"], ids["there"], ids["here"]):
        card_for(dialog, event_id).mine_button.click()
    assert dialog.cards == []
    assert dialog.status_label.text() == "Nothing waits for your decision."
    assert waiting(database) == {}


# --- the status bar and the menu ---------------------------------------------------------


@pytest.fixture
def window(qtbot, profile, database):
    win = MainWindow(profile, database, remember=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_status_bar_and_menu_tell_the_conflicts_and_open_the_list(qtbot, window, database, vault):
    ids = conflicts_fixture(database)
    with database.session_scope() as s:
        report = {"folders": [], "calendar": {"waiting_for_user": 3, "conflicts": 3}}
        mail_accounts.record_success(s, ids["account"], report)
    sync = window.mail_sync
    sync.reload()
    qtbot.waitUntil(lambda: "calendar conflict" in window.sync_label.text(), timeout=5000)
    assert window.sync_label.text().split(" — ")[-1].startswith("3 calendar conflict")
    assert window.conflicts_button.isVisibleTo(window)
    action = window.calendar_conflicts_action
    assert action.isVisible() and action.isEnabled() and "(3)" in action.text()

    window.conflicts_button.click()
    dialog = window.calendar_conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: len(dialog.cards) == 3, timeout=5000)
    assert window.open_calendar_conflicts() is dialog  # one window, raised again

    for event_id in (ids["both"], ids["there"], ids["here"]):
        card_for(dialog, event_id).mine_button.click()
        qtbot.waitUntil(lambda e=event_id: e not in waiting(database), timeout=5000)
    # The status bar follows the decisions before the next sync's report.
    qtbot.waitUntil(lambda: "calendar conflict" not in window.sync_label.text(), timeout=5000)
    assert not window.conflicts_button.isVisibleTo(window)
    assert not action.isEnabled()
    assert action.isVisible()  # the account syncs its calendar: the entry stays, greyed
    dialog.close()
    # The decisions go to Exchange with a sync of the account, started by now: it finds no
    # password in the (test) keyring and asks for one.
    qtbot.waitUntil(lambda: sync.password_prompt is not None, timeout=10000)
    sync.password_prompt.reject()


def test_a_change_on_both_sides_shows_both_values_of_each_field(qtbot, database):
    from PySide6.QtWidgets import QLabel

    office = exchange_account(database)
    event_id = synced_event(database, office, meeting("Hearing", 5), "ITEM5")
    long_notes = "Bring the signed power of attorney and the original contract. " * 5
    with database.session_scope() as s:
        cal.update_event(
            s,
            event_id,
            replace(meeting("Hearing", 5), location="Room 2", description=long_notes),
            user_zone=PRAGUE,
            scope="all",
        )
        server = replace(
            meeting("Hearing", 5),
            location="Brno office",
            description="Client brings the documents.",
            source=mail_accounts.calendar_source(office),
        )
        calendar_sync.record_conflict(s, office, event_id, "changed_both", server, "CK2")
    dialog = open_conflicts(qtbot, database)
    dialog.resize(760, 520)
    card = card_for(dialog, event_id)
    assert dialog.headline(card.conflict) == "Changed here and in Exchange: location, notes"
    fields = [label.text() for label in card.findChildren(QLabel, "conflictField")]
    here = [label.full_text for label in card.findChildren(QLabel, "conflictValueHere")]
    there = [label.full_text for label in card.findChildren(QLabel, "conflictValueThere")]
    assert fields == ["Location", "Notes"]  # the event form's order
    assert here[0] == "Room 2" and there == ["Brno office", "Client brings the documents."]
    assert here[1].startswith("Bring the signed power of attorney") and here[1].endswith("…")
    # Long notes take two lines at most, the whole text in the tooltip.
    notes = card.findChildren(QLabel, "conflictValueHere")[1]
    qtbot.waitUntil(lambda: notes.text() != notes.full_text)
    assert notes.text().endswith("…") and notes.toolTip() == here[1]
    line = notes.fontMetrics().lineSpacing()
    assert notes.heightForWidth(notes.width()) <= 2 * line + 2
    # Deletions show no field rows.
    assert not dialog.differences(replace(card.conflict, kind="deleted_remotely", differences=()))


def test_field_values_read_as_the_user_reads_them(qtbot, database):
    dialog = open_conflicts(qtbot, database)
    assert dialog.value_text("start", "2026-06-01T09:00:00").endswith("9:00")
    assert "2026" in dialog.value_text("exdates", "2026-06-08, 2026-06-15")
    assert dialog.value_text("all_day", "yes") == "Yes"
    assert dialog.value_text("status", "tentative") == "Tentative"
    assert dialog.value_text("reminders", "15, 60") == "15 minutes before, 1 hour before"
    assert dialog.value_text("rrule", "") == "Does not repeat"
    # A repetition as the event form names it, with its end; one no preset names as written.
    monday = "2026-06-01T09:00:00"
    assert dialog.value_text("rrule", "FREQ=WEEKLY", monday) == "Weekly on Monday"
    locale = dialog.locale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    last = locale.toString(QDate(2026, 6, 29), pattern.replace("yyyy", "yy").replace("yy", "yyyy"))
    assert "2026" in last
    assert (
        dialog.value_text("rrule", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T090000", monday)
        == f"Weekly on Monday, until {last}"
    )
    assert dialog.value_text("rrule", "FREQ=DAILY;COUNT=3", "2026-06-01") == "Every day, 3×"
    assert dialog.value_text("rrule", "FREQ=WEEKLY;BYDAY=TU", monday) == "FREQ=WEEKLY;BYDAY=TU"
    assert dialog.value_text("rrule", "FREQ=WEEKLY") == "FREQ=WEEKLY"  # no start known
    # Two spellings that read the same show as written, so the difference is seen.
    conflict = calendar_sync.ConflictInfo(
        1, 1, 1, "changed_both", "Porada", monday, "Porada", monday, ("rrule",),
        datetime(2026, 6, 1, tzinfo=UTC),
        (("rrule", "FREQ=WEEKLY;UNTIL=20260629T235959", "FREQ=WEEKLY;UNTIL=20260629T090000"),),
    )  # fmt: skip
    assert dialog.differences(conflict) == [
        ("Repeats", "FREQ=WEEKLY;UNTIL=20260629T235959", "FREQ=WEEKLY;UNTIL=20260629T090000")
    ]
    changed = replace(conflict, differences=(("rrule", "FREQ=WEEKLY", "FREQ=DAILY"),))
    assert dialog.differences(changed) == [("Repeats", "Weekly on Monday", "Every day")]
