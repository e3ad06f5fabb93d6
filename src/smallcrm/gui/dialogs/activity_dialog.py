"""Log a call, a meeting or a note (or edit one): small forms with messages beside fields."""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.timeline import SUBJECT_MAX, ActivityInput, TimelineItem
from smallcrm.gui.dialogs.form_frame import (
    FieldRule,
    RecordForm,
    add_field_row,
    add_save_row,
    field_grid,
)
from smallcrm.gui.tasks import TaskContext, TaskRunner
from smallcrm.gui.widgets.contact_form import Check, FieldMessage
from smallcrm.gui.widgets.timeline_view import MARKDOWN_FEATURES

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)

# Longer than this is a typing slip (a week of one call), not a duration.
MAX_MINUTES = 7 * 24 * 60
# A search for people to add waits for a pause in typing this long.
SEARCH_DELAY_MS = 120
_HOURS = re.compile(r"^(\d+)\s*[:.,h]\s*(\d{1,2})\s*(?:m|min)?$", re.IGNORECASE)
_MINUTES = re.compile(r"^(\d+)\s*(?:m|min|mins|minut|minuten)?\.?$", re.IGNORECASE)


class BadDuration(ValueError):
    """What the duration field holds is no duration; ``negative`` says which way."""

    def __init__(self, negative: bool) -> None:
        super().__init__("negative" if negative else "format")
        self.negative = negative


def parse_minutes(text: str) -> int | None:
    """ "15", "15 min", "1:30" or "1h30" as minutes; blank is None."""
    text = text.strip()
    if not text:
        return None
    if text.startswith(("-", "−")):
        raise BadDuration(negative=True)
    match = _HOURS.match(text)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if minutes >= 60:
            raise BadDuration(negative=False)
        return hours * 60 + minutes
    match = _MINUTES.match(text)
    if match:
        return int(match.group(1))
    raise BadDuration(negative=False)


class MarkdownEdit(QWidget):
    """Plain Markdown with Bold, Italic and list buttons, and a live preview under it."""

    textChanged = Signal()

    def __init__(self, lines: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setSpacing(2)
        self.bold_button = self._button("B", self.tr("Bold (Ctrl+B)"), self.bold)
        font = self.bold_button.font()
        font.setWeight(QFont.Weight.Bold)
        self.bold_button.setFont(font)
        self.italic_button = self._button("I", self.tr("Italic (Ctrl+I)"), self.italic)
        font = self.italic_button.font()
        font.setItalic(True)
        self.italic_button.setFont(font)
        self.bullets_button = self._button("•", self.tr("Bulleted list"), self.bullets)
        self.numbers_button = self._button("1.", self.tr("Numbered list"), self.numbers)
        for button in (
            self.bold_button,
            self.italic_button,
            self.bullets_button,
            self.numbers_button,
        ):
            bar.addWidget(button)
        hint = QLabel(self.tr("Markdown: **bold**, *italic*, - list"))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar.addSpacing(8)
        bar.addWidget(hint)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("markdownText")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        layout.addWidget(self.edit)
        self.preview_caption = QLabel(self.tr("Preview"))
        self.preview_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.preview_caption)
        self.preview = QTextBrowser()
        self.preview.setObjectName("markdownPreview")
        self.preview.setOpenExternalLinks(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setBackgroundRole(QPalette.ColorRole.Window)
        self.preview.document().setIndentWidth(self.fontMetrics().horizontalAdvance("M") * 1.5)
        layout.addWidget(self.preview)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.textChanged.connect(self.textChanged)
        for sequence, slot in (("Ctrl+B", self.bold), ("Ctrl+I", self.italic)):
            shortcut = QShortcut(QKeySequence(sequence), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.update_preview()

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setFixedWidth(28)
        button.clicked.connect(slot)
        return button

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.update_preview()

    def update_preview(self) -> None:
        self._timer.stop()
        text = self.text()
        self.preview.document().setMarkdown(text, MARKDOWN_FEATURES)
        self.preview.setVisible(bool(text.strip()))
        self.preview_caption.setVisible(bool(text.strip()))

    def _wrap(self, marker: str) -> None:
        cursor = self.edit.textCursor()
        selected = cursor.selectedText()
        if selected:
            core = selected.strip()
            lead = selected[: len(selected) - len(selected.lstrip())]
            tail = selected[len(selected.rstrip()) :]
            cursor.insertText(f"{lead}{marker}{core}{marker}{tail}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            self.edit.setTextCursor(cursor)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def bold(self) -> None:
        self._wrap("**")

    def italic(self) -> None:
        self._wrap("*")

    def _prefix_lines(self, numbered: bool) -> None:
        cursor = self.edit.textCursor()
        doc = self.edit.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        block, n = first, 1
        while block.isValid():
            line = QTextCursor(block)
            line.insertText(f"{n}. " if numbered else "- ")
            n += 1
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def bullets(self) -> None:
        self._prefix_lines(numbered=False)

    def numbers(self) -> None:
        self._prefix_lines(numbered=True)


class _SearchEdit(QLineEdit):
    """Enter picks the first match instead of pressing the dialog's default button."""

    enterPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.enterPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


_REF_ROLE = Qt.ItemDataRole.UserRole + 1


class PeoplePicker(QWidget):
    """The people and organisations an activity is also filed on: chips and a search box."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        exclude: Ref | None = None,
        parent: QWidget | None = None,
        *,
        people_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._exclude = exclude
        self._people_only = people_only  # what can be linked only to people (documents)
        self.refs: list[Ref] = []
        self.names: dict[Ref, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._chips = QVBoxLayout()
        self._chips.setSpacing(2)
        layout.addLayout(self._chips)
        self.search_edit = _SearchEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText(self.tr("Type a name to add someone"))
        self.search_edit.setAccessibleName(self.tr("Add a person or organisation"))
        layout.addWidget(self.search_edit)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.search_edit)
        self.completer.activated[QModelIndex].connect(self._on_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        self.search_edit.enterPressed.connect(self._take_first)

    def search(self) -> None:
        """Fill the suggestions for the typed text (a few indexed rows, read at once)."""
        from smallcrm.core.services.contacts import key_of, list_rows, search_refs

        self._timer.stop()
        text = self.search_edit.text().strip()
        self.matches.clear()
        if not text:
            self.completer.popup().hide()
            return
        with self._database.session_scope() as session:
            refs = [
                r
                for r in search_refs(session, text, limit=12)
                if r != self._exclude
                and r not in self.refs
                and (r.kind == "person" or not self._people_only)
            ]
            rows = list_rows(session, [key_of(r) for r in refs], None)
        for ref, row in zip(refs, rows, strict=True):
            shown = f"{row.name} ({row.organization})" if row.organization else row.name
            item = QStandardItem(shown)
            item.setData(ref, _REF_ROLE)
            item.setData(row.name, _REF_ROLE + 1)
            self.matches.appendRow(item)
        if self.matches.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _take_first(self) -> None:
        self.search()
        if self.matches.rowCount():
            self._on_chosen(self.matches.index(0, 0))

    def _on_chosen(self, index: QModelIndex) -> None:
        ref = index.data(_REF_ROLE)
        name = index.data(_REF_ROLE + 1)
        if isinstance(ref, Ref):
            self.add(ref, str(name))
        self.completer.popup().hide()
        # The completer writes the chosen text into the box after this slot: clear it later.
        QTimer.singleShot(0, self.search_edit.clear)

    def add(self, ref: Ref, name: str) -> None:
        if ref in self.refs or ref == self._exclude:
            return
        self.refs.append(ref)
        self.names[ref] = name
        chip = QWidget()
        chip.setObjectName("peopleChip")
        row = QHBoxLayout(chip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        label = QLabel(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove {name}").format(name=name))
        remove.clicked.connect(lambda _checked=False: self.remove(ref, chip))
        row.addWidget(label)
        row.addWidget(remove)
        row.addStretch(1)
        self._chips.addWidget(chip)
        self.changed.emit()

    def remove(self, ref: Ref, chip: QWidget) -> None:
        if ref in self.refs:
            self.refs.remove(ref)
            self.names.pop(ref, None)
        chip.hide()
        chip.deleteLater()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()


class ActivityDialog(RecordForm):
    """Log (``item`` None) or edit a call, a meeting or a note filed on ``owner``.

    ``owner`` is a person or organisation (a Ref) or a matter (its id). The save runs on the
    runner's write lane, or at once without a runner, and ``saved`` carries the activity id.
    """

    saved = Signal(int)

    def __init__(
        self,
        database: Database,
        kind: str,
        owner: Ref | int,
        *,
        tasks: TaskRunner | None = None,
        item: TimelineItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self._database = database
        self._tasks = tasks
        self.kind = kind
        self.owner = owner
        self.item = item
        self._order: list[QWidget] = []
        self.setWindowTitle(self._title())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        self.form = field_grid()
        outer.addLayout(self.form)
        self._build()
        outer.addStretch(1)

        row = add_save_row(self, outer, "activity", self.save)
        self.banner, self.cancel_button, self.save_button = (
            row.banner,
            row.cancel_button,
            row.save_button,
        )

        if item is not None:
            self._fill(item)
        chain = [*self._order, self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(560, self.sizeHint().height())

    def _title(self) -> str:
        if self.item is None:
            return {
                "call": self.tr("Log a call"),
                "meeting": self.tr("Log a meeting"),
                "note": self.tr("Add a note"),
            }[self.kind]
        return {
            "call": self.tr("Edit call"),
            "meeting": self.tr("Edit meeting"),
            "note": self.tr("Edit note"),
        }[self.kind]

    # --- building ------------------------------------------------------------------------

    def _row(
        self,
        label: str,
        field: QWidget,
        name: str,
        check: Callable[[], Check | None] | None = None,
        focus: QWidget | None = None,
    ) -> FieldMessage:
        """``field`` under ``label``, with its message line right below it."""
        _caption, message = add_field_row(self.form, label, field, name, focus=focus)
        self._order.append(focus or field)
        if check is not None:
            self.add_rule(focus or field, check, message)
        return message

    def _build(self) -> None:
        kind = self.kind
        if kind == "call":
            directions = QWidget()
            row = QHBoxLayout(directions)
            row.setContentsMargins(0, 0, 0, 0)
            self.out_radio = QRadioButton(self.tr("&Outgoing"))
            self.out_radio.setObjectName("directionOut")
            self.in_radio = QRadioButton(self.tr("&Incoming"))
            self.in_radio.setObjectName("directionIn")
            self.out_radio.setChecked(True)
            group = QButtonGroup(directions)
            group.addButton(self.out_radio)
            group.addButton(self.in_radio)
            row.addWidget(self.out_radio)
            row.addWidget(self.in_radio)
            row.addStretch(1)
            self._row(self.tr("Direction:"), directions, "direction", focus=self.out_radio)
            self._order.append(self.in_radio)
        if kind == "note":
            self.subject_edit = QLineEdit()
            self.subject_edit.setPlaceholderText(self.tr("Optional"))
            self._row(self.tr("&Title:"), self.subject_edit, "subject", self._check_subject)
            self.body_edit = MarkdownEdit(lines=8)
            self._row(
                self.tr("&Note:"), self.body_edit, "body", self._check_note, self.body_edit.edit
            )
            note_rule = self._rules[-1]
            self.body_edit.textChanged.connect(
                lambda: self._run(note_rule) if note_rule.message.text() else None
            )
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(self._datetime_format())
        now = QDateTime.currentDateTime()
        now.setTime(now.time().addSecs(-now.time().second()))
        self.when_edit.setDateTime(now)
        self._row(self.tr("&When:"), self.when_edit, "when", self._check_when)
        self.when_edit.dateTimeChanged.connect(lambda _d: self._run(self._when_rule()))
        if kind in ("call", "meeting"):
            self.duration_edit = QLineEdit()
            self.duration_edit.setPlaceholderText(self.tr("minutes, e.g. 15 or 1:30"))
            self.duration_edit.setMaximumWidth(220)
            self._row(self.tr("&Duration:"), self.duration_edit, "duration", self._check_duration)
        if kind == "call":
            self.outcome_combo = QComboBox()
            self.outcome_combo.setEditable(True)
            self.outcome_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.outcome_combo.addItems(
                [
                    "",
                    self.tr("Reached"),
                    self.tr("Left a voicemail"),
                    self.tr("No answer"),
                    self.tr("Busy"),
                    self.tr("Call back later"),
                ]
            )
            self.outcome_combo.lineEdit().setPlaceholderText(self.tr("Pick one or type"))
            self._row(self.tr("Out&come:"), self.outcome_combo, "outcome")
        if kind != "note":
            self.subject_edit = QLineEdit()
            self.subject_edit.setPlaceholderText(
                self.tr("What it was about")
                if kind == "call"
                else self.tr("e.g. Signing the lease")
            )
            self._row(self.tr("Su&bject:"), self.subject_edit, "subject", self._check_subject)
            self.body_edit = MarkdownEdit(lines=4)
            self._row(self.tr("&Notes:"), self.body_edit, "body", focus=self.body_edit.edit)
        self.matter_combo = QComboBox()
        self.matter_combo.addItem(self.tr("No matter"), None)
        for matter_id, text in self._matters():
            self.matter_combo.addItem(text, matter_id)
        self._row(self.tr("&Matter:"), self.matter_combo, "matter")
        matter_row = self.form.rowCount() - 1
        # On a matter's own timeline the matter is given; elsewhere only if there are any.
        self.form.setRowVisible(
            matter_row, not isinstance(self.owner, int) and self.matter_combo.count() > 1
        )
        self._matter_row = matter_row
        exclude = self.owner if isinstance(self.owner, Ref) else None
        self.people = PeoplePicker(self._database, exclude)
        self._row(self.tr("Wit&h:"), self.people, "people", focus=self.people.search_edit)

    def _datetime_format(self) -> str:
        locale = self.locale()
        date_format = locale.dateFormat(locale.FormatType.ShortFormat)
        if "yyyy" not in date_format:
            date_format = date_format.replace("yy", "yyyy")  # 12.11.25 reads like a time
        return f"{date_format} {locale.timeFormat(locale.FormatType.ShortFormat)}"

    def _matters(self) -> list[tuple[int, str]]:
        if not isinstance(self.owner, Ref):
            return []
        from smallcrm.core.services.matters import matters_of

        with self._database.session_scope() as session:
            found = matters_of(session, self.owner)
        seen: dict[int, str] = {}
        for row, _role in found:
            seen.setdefault(row.id, f"{row.number} {row.title}")
        return list(seen.items())

    def _fill(self, item: TimelineItem) -> None:
        if self.kind == "call":
            (self.in_radio if item.direction == "in" else self.out_radio).setChecked(True)
            self.outcome_combo.setEditText(item.outcome or "")
        if self.kind in ("call", "meeting") and item.duration_minutes is not None:
            self.duration_edit.setText(str(item.duration_minutes))
        self.subject_edit.setText(item.subject)
        self.body_edit.set_text(item.body or "")
        self.when_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(item.occurred_at.timestamp())))
        if item.matter_id is not None:
            found = self.matter_combo.findData(item.matter_id)
            if found < 0:
                self.matter_combo.addItem(item.matter_number or str(item.matter_id), item.matter_id)
                found = self.matter_combo.count() - 1
            self.matter_combo.setCurrentIndex(found)
            if not isinstance(self.owner, int):
                self.form.setRowVisible(self._matter_row, True)
        for contact_id, name in item.people:
            self.people.add(Ref("person", contact_id), name)
        for org_id, name in item.organizations:
            self.people.add(Ref("organization", org_id), name)

    # --- checks --------------------------------------------------------------------------

    def _check_duration(self) -> Check | None:
        try:
            minutes = parse_minutes(self.duration_edit.text())
        except BadDuration as exc:
            if exc.negative:
                return Check(self.tr("A duration cannot be negative."))
            return Check(self.tr("Enter the minutes as a number, e.g. 15 or 1:30."))
        if minutes is not None and minutes > MAX_MINUTES:
            return Check(self.tr("That is longer than a week; enter the minutes."))
        return None

    def _check_subject(self) -> Check | None:
        if len(self.subject_edit.text().strip()) > SUBJECT_MAX:
            return Check(
                self.tr("Keep it under {count} characters; the rest belongs in the notes.").format(
                    count=SUBJECT_MAX
                )
            )
        return None

    def _check_note(self) -> Check | None:
        if not self.body_edit.text().strip() and not self.subject_edit.text().strip():
            return Check(self.tr("Write the note first."))
        return None

    def _check_when(self) -> Check | None:
        if self.kind == "meeting":
            return None  # a meeting may well be logged ahead
        ahead = self.when_edit.dateTime().toPython() - datetime.now()
        if ahead > timedelta(minutes=5):
            return Check(self.tr("This is in the future."), blocking=False)
        return None

    def _when_rule(self) -> FieldRule:
        return next(r for r in self._rules if r.field is self.when_edit)

    # --- saving --------------------------------------------------------------------------

    def data(self) -> ActivityInput:
        """What the fields describe, filed on the owner and the people added."""
        people = [r.id for r in self.people.refs if r.kind == "person"]
        orgs = [r.id for r in self.people.refs if r.kind == "organization"]
        matter_id = self.matter_combo.currentData()
        if isinstance(self.owner, int):
            matter_id = self.owner
        elif self.owner.kind == "person":
            people.insert(0, self.owner.id)
        else:
            orgs.insert(0, self.owner.id)
        when = self.when_edit.dateTime().toPython().astimezone()
        duration = None
        if self.kind in ("call", "meeting"):
            duration = parse_minutes(self.duration_edit.text())
        body = self.body_edit.text().strip()
        direction = outcome = None
        if self.kind == "call":
            direction = "in" if self.in_radio.isChecked() else "out"
            outcome = self.outcome_combo.currentText().strip() or None
        return ActivityInput(
            kind=self.kind,
            subject=self.subject_edit.text().strip(),
            body=body or None,
            occurred_at=when,
            direction=direction,
            duration_minutes=duration,
            outcome=outcome,
            matter_id=int(matter_id) if matter_id is not None else None,
            people=people,
            organizations=orgs,
        )

    def save(self) -> None:
        """Check everything; save if nothing blocks, else put the cursor on the first problem."""
        if self.held_back():
            return
        data = self.data()
        database = self._database
        activity_id = self.item.id if self.item is not None else None
        self._saving = True
        self.save_button.setEnabled(False)

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services.timeline import log_activity, update_activity

            with database.session_scope() as session:
                if activity_id is None:
                    return log_activity(session, data)
                update_activity(session, activity_id, data)
                return activity_id

        if self._tasks is None:
            try:
                result = work(None)
            except Exception as exc:
                self._failed(exc)
                return
            self._done(result)
            return
        self._tasks.run(
            work,
            lane="db",
            on_success=self._done,
            on_failure=self._failed,
            description=f"save {self.kind}",
        )

    def _done(self, activity_id: int) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(activity_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from smallcrm.core.errors import KnownError

        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.banner.show_check(Check(str(exc)))
            return
        log.error("Saving an activity failed", exc_info=exc)
        self.banner.show_check(Check(self.tr("It could not be saved; see the log.")))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        first = self.body_edit.edit if self.kind == "note" else self.subject_edit
        if self.kind == "call" and self.item is None:
            first = self.out_radio
        first.setFocus(Qt.FocusReason.OtherFocusReason)
