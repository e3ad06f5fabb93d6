"""Calendar changes that wait for the user: an event changed here and in Exchange, or
deleted on one side only. Each row says what happened and offers the two ways out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.services.calendar_sync import ConflictInfo
from smallcrm.gui.dialogs.event_dialog import reminder_label, repeat_text
from smallcrm.gui.tasks import DB, IO, TaskContext, TaskRunner

log = logging.getLogger(__name__)

# Decisions made in a row are sent to Exchange together, a moment after the last one.
SYNC_DELAY_MS = 1500

# The order the fields are named in: the event form's, not the alphabet's.
_FIELD_ORDER = (
    "summary",
    "start",
    "end",
    "all_day",
    "tz",
    "location",
    "rrule",
    "exdates",
    "reminders",
    "status",
    "attendees",
    "description",
)


# A value of a differing field shows on at most this many lines (the rest in its tooltip).
VALUE_LINES = 2


class _ValueLabel(QLabel):
    """A field's value: wrapped, cut with "…" after ``VALUE_LINES`` lines, whole in the
    tooltip when cut."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        shown = self._fitted(max(event.size().width(), 40))
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")

    def _fitted(self, width: int) -> str:
        text = self.full_text
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        starts: list[int] = []
        while len(starts) <= VALUE_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= VALUE_LINES:
            return text
        last = text[starts[VALUE_LINES - 1] :]
        elided = QFontMetrics(self.font()).elidedText(last, Qt.TextElideMode.ElideRight, width)
        return text[: starts[VALUE_LINES - 1]] + elided


class _Card(QFrame):
    """One conflict: what happened, both versions, and the two decisions."""

    def __init__(self, conflict: ConflictInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("conflictCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("conflictMine")
        self.theirs_button = QPushButton()
        self.theirs_button.setObjectName("conflictTheirs")
        for button in (self.mine_button, self.theirs_button):
            # Enter in the list must not pick a side by accident; Space on a button does.
            button.setAutoDefault(False)


class CalendarConflictsDialog(QDialog):
    """The conflicts of every account, oldest first; reads on the read lane, decides on the
    write lane (at once without a runner).

    ``decided(account_id, event_id)`` follows each decision (the calendar shows the result);
    ``syncRequested(account_id)`` asks for a sync that takes the decisions to Exchange, a
    moment after the last one or when the dialog closes; ``conflictsCounted`` carries the
    count per account after every read (``{account_id: n}``), for the status bar.
    """

    decided = Signal(int, int)
    syncRequested = Signal(int)
    conflictsCounted = Signal(object)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None,
        *,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarConflictsDialog")
        self.setWindowTitle(self.tr("Calendar Conflicts"))
        self._database = database
        self._tasks = tasks
        self._zone = zone
        self._names: dict[int, str] = {}
        self._mirrors: dict[int, bool | None] = {}
        self._to_sync: set[int] = set()
        self.conflicts: list[ConflictInfo] = []
        self.cards: list[_Card] = []
        self.loading = False
        self._again = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        title = QLabel(self.tr("Calendar changes waiting for you"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "These events were changed both on this computer and in Exchange, or deleted "
                "on one side only. Choose what stays; the next sync takes your choice to "
                "Exchange."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.status_label = QLabel()
        self.status_label.setObjectName("conflictsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.status_label)

        self.list_widget = QWidget()
        self.list_widget.setObjectName("conflictList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)
        outer.addWidget(self.scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setObjectName("conflictsClose")
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(SYNC_DELAY_MS)
        self._sync_timer.timeout.connect(self._request_syncs)

        self.resize(760, 520)
        self.reload()

    # --- reading ---------------------------------------------------------------------------

    def reload(self, *_args: object) -> None:
        """Read the conflicts again (after a decision, after a sync)."""
        if not shiboken6.isValid(self):
            return
        if self.loading:
            self._again = True  # what the running read saw may be older than the caller's news
            return
        self.loading = True
        if not self.cards:
            self.status_label.setText(self.tr("Reading…"))
        database = self._database

        def work(_context: TaskContext | None) -> Any:
            from smallcrm.core.services.calendar_sync import list_conflicts
            from smallcrm.core.services.mail_accounts import list_accounts

            with database.session_scope() as session:
                accounts = [
                    (a.id, a.name, a.mirror_deletes) for a in list_accounts(session) if a.calendar
                ]
                return list_conflicts(session), accounts

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.loading = False
            log.warning("Reading the calendar conflicts failed", exc_info=exc)
            self.status_label.setText(self.tr("The list could not be read; see the log."))
            self._read_again()

        self._run(work, self._read, failed, IO, "list calendar conflicts")

    def _read(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return  # closed meanwhile
        self.loading = False
        conflicts, accounts = result
        self._names = {account_id: name for account_id, name, _m in accounts}
        self._mirrors = {account_id: mirror for account_id, _n, mirror in accounts}
        self.conflicts = list(conflicts)
        counts = dict.fromkeys(self._names, 0)
        for conflict in self.conflicts:
            counts[conflict.account_id] = counts.get(conflict.account_id, 0) + 1
        self._show()
        self.conflictsCounted.emit(counts)
        self._read_again()

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.reload()

    def _show(self) -> None:
        focused = self.focusWidget()
        had_focus = focused is not None and self.list_widget.isAncestorOf(focused)
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        for conflict in self.conflicts:
            card = self._card(conflict)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        if self.conflicts:
            self.status_label.setText(
                self.tr("%n event(s) wait for your decision.", "", len(self.conflicts))
            )
        else:
            self.status_label.setText(self.tr("Nothing waits for your decision."))
        # The keyboard stays in the list: on the next row's first choice, or on Close.
        if had_focus or focused is None:
            target = self.cards[0].mine_button if self.cards else self.close_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- one row ---------------------------------------------------------------------------

    def headline(self, conflict: ConflictInfo) -> str:
        """What happened, in plain words."""
        if conflict.kind == "deleted_remotely":
            return self.tr("Deleted in Exchange")
        if conflict.kind == "deleted_locally":
            return self.tr("Deleted here")
        if not conflict.changed:
            return self.tr("Changed here and in Exchange")
        return self.tr("Changed here and in Exchange: {fields}").format(
            fields=", ".join(self._field_names(conflict.changed))
        )

    def _field_names(self, fields: tuple[str, ...]) -> list[str]:
        names = {
            "summary": self.tr("title"),
            "description": self.tr("notes"),
            "location": self.tr("location"),
            "all_day": self.tr("all day"),
            "start": self.tr("start"),
            "end": self.tr("end"),
            "tz": self.tr("time zone"),
            "rrule": self.tr("repetition"),
            "exdates": self.tr("skipped dates"),
            "reminders": self.tr("reminder"),
            "attendees": self.tr("attendees"),
            "status": self.tr("status"),
        }
        ordered = sorted(fields, key=lambda f: _FIELD_ORDER.index(f) if f in _FIELD_ORDER else 99)
        return [names.get(f, f) for f in ordered]

    def field_label(self, name: str) -> str:
        """A field's name as a row of the differences shows it."""
        labels = {
            "summary": self.tr("Title"),
            "description": self.tr("Notes"),
            "location": self.tr("Location"),
            "all_day": self.tr("All day"),
            "start": self.tr("Starts"),
            "end": self.tr("Ends"),
            "tz": self.tr("Time zone"),
            "rrule": self.tr("Repeats"),
            "exdates": self.tr("Skipped dates"),
            "reminders": self.tr("Reminders"),
            "attendees": self.tr("Attendees"),
            "status": self.tr("Status"),
        }
        return labels.get(name, name)

    def value_text(self, name: str, value: str, start: str | None = None) -> str:
        """A field's value (as ``list_conflicts`` gives it) as the user reads it; "" for
        none. A repetition is named as the event form names it for a series from
        ``start``."""
        if name in ("start", "end"):
            return self._when(value)
        if name == "exdates":
            return ", ".join(self._when(v) for v in value.split(", ") if v)
        if name == "all_day":
            return self.tr("Yes") if value == "yes" else self.tr("No")
        if name == "status":
            statuses = {
                "confirmed": self.tr("Confirmed"),
                "tentative": self.tr("Tentative"),
                "cancelled": self.tr("Cancelled"),
            }
            return statuses.get(value, value)
        if name == "reminders":
            try:
                minutes = tuple(int(v) for v in value.split(", ") if v)
            except ValueError:
                return value
            return reminder_label(minutes)
        if name == "rrule" and not value:
            return self.tr("Does not repeat")
        if name == "rrule" and start:
            try:
                first = date.fromisoformat(start[:10])
            except ValueError:
                return value
            return repeat_text(value, first, self.locale())
        return value

    def differences(self, conflict: ConflictInfo) -> list[tuple[str, str, str]]:
        """(label, value here, value in Exchange) of each differing field, in the event
        form's order."""
        ordered = sorted(
            conflict.differences,
            key=lambda d: _FIELD_ORDER.index(d[0]) if d[0] in _FIELD_ORDER else 99,
        )
        starts = (conflict.start, conflict.server_start or conflict.start)
        rows = []
        for f, here, there in ordered:
            shown = (self.value_text(f, here, starts[0]), self.value_text(f, there, starts[1]))
            if shown[0] == shown[1]:  # e.g. two spellings of one repetition: the rules tell
                shown = (here, there)
            rows.append((self.field_label(f), *shown))
        return rows

    def choices(self, conflict: ConflictInfo) -> tuple[str, str]:
        """The texts of the "mine" and "theirs" buttons of a row."""
        if conflict.kind == "deleted_remotely":
            # theirs = the server's deletion taken here; mine = ours sent back to Exchange.
            return self.tr("Keep it"), self.tr("Delete here too")
        if conflict.kind == "deleted_locally":
            # mine = our deletion sent to Exchange; theirs = the server's version back here.
            return self.tr("Delete in Exchange too"), self.tr("Restore here")
        return self.tr("Keep this computer's version"), self.tr("Take Exchange's version")

    def _when(self, iso: str | None) -> str:
        if not iso:
            return ""
        locale = self.locale()
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        try:
            if len(iso) <= 10:
                day = date.fromisoformat(iso)
                return locale.toString(QDate(day.year, day.month, day.day), f"ddd {pattern}")
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return iso
        shown = locale.toString(
            QDate(moment.year, moment.month, moment.day), f"ddd {pattern}"
        ) + " " + locale.toString(
            QTime(moment.hour, moment.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
        )  # fmt: skip
        return shown

    def _version(self, summary: str | None, start: str | None) -> str:
        when = self._when(start)
        return f"{summary or ''}  ·  {when}" if when else summary or ""

    def _card(self, conflict: ConflictInfo) -> _Card:
        card = _Card(conflict, self.list_widget)
        grid = QGridLayout(card)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)

        headline = QLabel(self.headline(conflict))
        headline.setObjectName("conflictHeadline")
        headline.setWordWrap(True)
        font = headline.font()
        font.setWeight(QFont.Weight.DemiBold)
        headline.setFont(font)
        grid.addWidget(headline, 0, 0, 1, 2)
        account = self._names.get(conflict.account_id, "")
        if account and len(self._names) > 1:
            where = self._note(self.tr("Exchange calendar “{account}”").format(account=account))
            grid.addWidget(where, 0, 2, Qt.AlignmentFlag.AlignRight)

        here_text = self._version(conflict.summary, conflict.start)
        if conflict.server_summary is not None:
            there_text = self._version(conflict.server_summary, conflict.server_start)
        else:
            there_text = here_text
        deleted = self.tr("(deleted)")
        if conflict.kind == "deleted_remotely":
            there_text = deleted
        elif conflict.kind == "deleted_locally":
            here_text = deleted
        captions: list[QLabel] = []
        for row, (caption, text, name) in enumerate(
            (
                (self.tr("This computer:"), here_text, "conflictHere"),
                (self.tr("Exchange:"), there_text, "conflictThere"),
            ),
            start=1,
        ):
            label = self._note(caption)
            captions.append(label)
            value = QLabel(text)
            value.setObjectName(name)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if text == deleted:
                value.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, 1, 2)
        differences = self.differences(conflict) if conflict.kind == "changed_both" else []
        if differences:
            box = self._differences(differences)
            grid.addWidget(box, 3, 0, 1, 3)
            # The field names line up with the captions above them.
            names = captions + box.findChildren(QLabel, "conflictField")
            width = max(label.sizeHint().width() for label in names)
            grid.setColumnMinimumWidth(0, width)
            box.layout().setColumnMinimumWidth(0, width)

        mine_text, theirs_text = self.choices(conflict)
        card.mine_button.setText(mine_text)
        card.theirs_button.setText(theirs_text)
        # A screen reader hears which event a button decides on, not only "Keep it".
        about = f"{self.headline(conflict)}: {conflict.summary}"
        for button, choice in ((card.mine_button, "mine"), (card.theirs_button, "theirs")):
            button.setAccessibleDescription(about)
            button.clicked.connect(lambda _c=False, c=conflict, ch=choice: self.decide(c, ch))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        deletes = (conflict.kind == "deleted_remotely", conflict.kind == "deleted_locally")
        if any(deletes) and self._mirrors.get(conflict.account_id) is not True:
            # Agreeing to a deletion is the account's first yes (see calendar_sync).
            note = self._note(
                self.tr("If you delete it, later deletions cross over without asking.")
            )
            note.setObjectName("conflictMirrorNote")
            note.setWordWrap(True)  # long in some languages: it wraps beside the buttons
            (card.theirs_button if deletes[0] else card.mine_button).setToolTip(
                self.tr("From then on, an event deleted on one side is deleted on the other.")
            )
            buttons.addWidget(note, 1)
        else:
            buttons.addStretch(1)
        buttons.addWidget(card.mine_button)
        buttons.addWidget(card.theirs_button)
        grid.addLayout(buttons, 4, 0, 1, 3)
        return card

    def _differences(self, differences: list[tuple[str, str, str]]) -> QWidget:
        """The differing fields side by side: a row each, this computer's value beside
        Exchange's."""
        box = QFrame()
        box.setObjectName("conflictDifferences")
        box.setFrameShape(QFrame.Shape.NoFrame)
        table = QGridLayout(box)
        table.setContentsMargins(0, 6, 0, 4)
        table.setHorizontalSpacing(12)  # the card's: the columns line up
        table.setVerticalSpacing(3)
        table.setColumnStretch(1, 1)
        table.setColumnStretch(2, 1)
        heading = QFont(self.font())
        heading.setWeight(QFont.Weight.DemiBold)
        for column, caption in ((1, self.tr("This computer:")), (2, self.tr("Exchange:"))):
            label = self._note(caption)
            label.setFont(heading)
            table.addWidget(label, 0, column)
        none = self.tr("(none)")
        top = Qt.AlignmentFlag.AlignTop
        for row, (name, here, there) in enumerate(differences, start=1):
            label = self._note(name)
            label.setObjectName("conflictField")
            table.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | top)
            for column, text, object_name in (
                (1, here, "conflictValueHere"),
                (2, there, "conflictValueThere"),
            ):
                value = _ValueLabel(text or none)
                value.setObjectName(object_name)
                value.setAccessibleName(f"{name}: {value.full_text}")
                if not text:
                    value.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                table.addWidget(value, row, column)
        return box

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def card_of(self, conflict_id: int) -> _Card | None:
        return next((c for c in self.cards if c.conflict.id == conflict_id), None)

    # --- deciding --------------------------------------------------------------------------

    def decide(self, conflict: ConflictInfo, choice: str) -> None:
        """Resolve one conflict: "mine" keeps this computer's side, "theirs" takes Exchange's."""
        card = self.card_of(conflict.id)
        if card is not None:
            card.mine_button.setEnabled(False)
            card.theirs_button.setEnabled(False)
        database, zone, conflict_id = self._database, self._zone, conflict.id

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services.calendar_sync import resolve_conflict

            with database.session_scope() as session:
                return resolve_conflict(session, conflict_id, choice, zone=zone)

        def done(event_id: int) -> None:
            self.decided.emit(conflict.account_id, event_id)
            if not shiboken6.isValid(self):
                return
            self._to_sync.add(conflict.account_id)
            self._sync_timer.start()
            self.reload()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            if isinstance(exc, RecordNotFound):
                pass  # decided meanwhile (a sync, another window): the list reads it again
            elif isinstance(exc, KnownError):
                self.status_label.setText(str(exc))
            else:
                log.error("Resolving a calendar conflict failed", exc_info=exc)
                self.status_label.setText(self.tr("That could not be saved; see the log."))
            self.reload()

        self._run(work, done, failed, DB, "resolve calendar conflict")

    def _request_syncs(self) -> None:
        accounts, self._to_sync = sorted(self._to_sync), set()
        for account_id in accounts:
            self.syncRequested.emit(account_id)

    def done(self, result: int) -> None:
        # Decisions not sent yet go now, not a second and a half after the window closed.
        self._sync_timer.stop()
        self._request_syncs()
        super().done(result)

    # --- plumbing ----------------------------------------------------------------------------

    def _run(
        self,
        fn: Callable[[TaskContext | None], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        lane: str,
        what: str,
    ) -> None:
        if self._tasks is None:
            try:
                result = fn(None)
            except Exception as exc:  # noqa: BLE001 - the lane's failure path, at once
                on_failure(exc)
                return
            on_success(result)
            return
        self._tasks.run(
            fn, lane=lane, on_success=on_success, on_failure=on_failure, description=what
        )


__all__ = ["CalendarConflictsDialog"]
