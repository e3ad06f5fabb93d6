"""The calendar event form, and the question which occurrences of a series a change covers."""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo, available_timezones

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QSettings,
    QSignalBlocker,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.recurrence import (
    InvalidRecurrence,
    is_zone,
    last_day,
    localize,
    normal_rule,
    rule_parts,
    split_end,
    validate_rrule,
    with_end,
)
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.calendar import (
    SUMMARY_MAX,
    Attendee,
    EventDetail,
    EventInput,
    Occurrence,
    Scope,
    occurrences_before,
)
from smallcrm.core.services.mail_accounts import AccountInfo, account_of_source
from smallcrm.gui.dates import without_year
from smallcrm.gui.dialogs.activity_dialog import _REF_ROLE, PeoplePicker
from smallcrm.gui.dialogs.form_frame import (
    FieldRule,
    RecordForm,
    add_field_row,
    add_save_row,
    field_grid,
)
from smallcrm.gui.tasks import DB, IO, TaskContext, TaskRunner
from smallcrm.gui.widgets.contact_form import Check, FieldMessage

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)
# Module-level texts name their context; lupdate reads it from these calls.
translate = QCoreApplication.translate

STATUSES = ("confirmed", "tentative", "cancelled")
# The repetitions offered by name. Weekly and monthly follow the start (its weekday, its
# day of the month), so moving the start moves the series with it.
REPEAT_RULES: dict[str, str | None] = {
    "none": None,
    "daily": "FREQ=DAILY",
    "weekdays": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "weekly": "FREQ=WEEKLY",
    "biweekly": "FREQ=WEEKLY;INTERVAL=2",
    "monthly": "FREQ=MONTHLY",
    "last_working_day": "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "yearly": "FREQ=YEARLY",
}
CUSTOM = "custom"
# How a series ends: never, on a day (UNTIL), after a number of times (COUNT).
SERIES_ENDS = ("never", "until", "count")
# Minutes before the start; a stored value not among these is kept as an extra choice.
REMINDER_MINUTES = (0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080)
DEFAULT_REMINDER = 15
# The regions of the IANA database; the old aliases ("Poland", "US/Eastern", "Etc/GMT-1")
# still work when typed, they only stay out of the list.
_REGIONS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Arctic/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Where the calendar a new event was last put in is remembered (the profile's settings.ini):
# someone who keeps everything in Exchange should not have to pick it every time.
CALENDAR_SETTING = "EventDialog/calendar"
_EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+")
_ANGLE = re.compile(r"^(.*?)<([^<>]*)>\s*$", re.DOTALL)


# --- plain helpers (tests call them directly) --------------------------------------------


def zone_names(user_zone: str) -> list[str]:
    """The zones the form offers: the user's first, then every region's zone by name."""
    names = sorted(z for z in available_timezones() if z.startswith(_REGIONS))
    return [user_zone, *(z for z in [*names, "UTC"] if z != user_zone)]


def _parts(rule: str) -> dict[str, str]:
    return rule_parts(normal_rule(rule))


def preset_of(rule: str | None, start: date) -> str:
    """The preset key ``rule`` is when the series starts on ``start``, else CUSTOM.

    A server often spells "weekly" as FREQ=WEEKLY;BYDAY=MO for a Monday start; with the
    same start that is the same series, so it reads as the preset."""
    if not rule:
        return "none"
    parts = _parts(rule)
    if parts.get("INTERVAL") == "1":
        del parts["INTERVAL"]
    if parts.get("WKST") == "MO":
        del parts["WKST"]
    # The week's first day only matters to weeks counted (every other week, week numbers).
    if "WKST" in parts and not ({"INTERVAL", "BYWEEKNO"} & parts.keys()):
        del parts["WKST"]
    if parts.get("FREQ") == "WEEKLY" and parts.get("BYDAY") == _WEEKDAYS[start.weekday()]:
        del parts["BYDAY"]
    if parts.get("FREQ") == "MONTHLY" and parts.get("BYMONTHDAY") == str(start.day):
        del parts["BYMONTHDAY"]
    if parts.get("FREQ") == "YEARLY" and parts.get("BYMONTH") == str(start.month):
        del parts["BYMONTH"]
        if parts.get("BYMONTHDAY") == str(start.day):
            del parts["BYMONTHDAY"]
    for key, preset in REPEAT_RULES.items():
        if preset is not None and _parts(preset) == parts:
            return key
    return CUSTOM


def repeat_names(start: date, locale: QLocale) -> dict[str, str]:
    """The presets as a series starting on ``start`` names them, e.g. "Weekly on Monday"."""
    day = _qdate(start)
    weekday = locale.dayName(day.dayOfWeek(), QLocale.FormatType.LongFormat)
    return {
        "none": translate("EventDialog", "Does not repeat"),
        "daily": translate("EventDialog", "Every day"),
        "weekdays": translate("EventDialog", "Every working day (Mon–Fri)"),
        "weekly": translate("EventDialog", "Weekly on {weekday}").format(weekday=weekday),
        "biweekly": translate("EventDialog", "Every 2 weeks on {weekday}").format(weekday=weekday),
        "monthly": translate("EventDialog", "Monthly on day {day}").format(day=day.day()),
        "last_working_day": translate("EventDialog", "Monthly on the last working day"),
        "yearly": translate("EventDialog", "Yearly on {date}").format(
            date=locale.toString(
                day, without_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
            )
        ),
    }


def repeat_text(rule: str | None, start: datetime | date, locale: QLocale) -> str:
    """A series' repetition as the form names it, with its end, e.g. "Weekly on Monday,
    until 29.06.2026" or "Every day, 3×"; a rule no preset names shows as written."""
    base, until, count = split_end(rule)
    first = start.date() if isinstance(start, datetime) else start
    key = preset_of(base, first)
    if key == CUSTOM:
        return normal_rule(rule or "")
    text = repeat_names(first, locale)[key]
    if until is not None:
        day = _qdate(last_day(until, start))
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:  # "6/12/26" could be any century's; a series' end is read
            pattern = pattern.replace("yy", "yyyy")
        shown = locale.toString(day, pattern)
        return translate("EventDialog", "{repeat}, until {date}").format(repeat=text, date=shown)
    if count is not None:
        return translate("EventDialog", "{repeat}, {count}×").format(repeat=text, count=count)
    return text


def check_custom_rule(text: str, start: date | datetime) -> str | None:
    """What is wrong with a typed RRULE for a series starting at ``start``; None when fine."""
    rule = normal_rule(text)
    if not rule:
        return translate("EventDialog", "Enter a rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.")
    if any(c in text.strip() for c in "\r\n") or "DTSTART" in rule:
        return translate("EventDialog", "Give the rule as one RRULE line, without DTSTART.")
    if "FREQ" not in _parts(rule):
        return translate("EventDialog", "A rule starts with FREQ=, e.g. FREQ=WEEKLY;BYDAY=MO,WE.")
    if {"COUNT", "UNTIL"} <= _parts(rule).keys():
        return translate("EventDialog", "A rule ends by COUNT or by UNTIL, not by both.")
    try:
        validate_rrule(rule, start)
    except InvalidRecurrence as exc:
        return str(exc)
    return None


def _split_addresses(text: str) -> list[str]:
    """``text`` cut at commas, semicolons and line ends outside quotes and angle brackets."""
    pieces: list[str] = []
    current: list[str] = []
    quoted = angled = False
    for char in text:
        if char == '"' and not angled:
            quoted = not quoted
        elif char == "<" and not quoted:
            angled = True
        elif char == ">" and not quoted:
            angled = False
        if char in ",;\n" and not quoted and not angled:
            pieces.append("".join(current))
            current = []
            continue
        current.append(char)
    pieces.append("".join(current))
    return [p.strip() for p in pieces if p.strip()]


def parse_attendees(
    text: str, known: list[Attendee] | None = None
) -> tuple[list[Attendee], list[str]]:
    """ "Name <email>, email2" as attendees, and the pieces that are no address.

    Attendees already on the event keep their role and answer (``known``), matched by
    address; the same address twice is one attendee."""
    previous = {a.email.casefold(): a for a in known or []}
    found: dict[str, Attendee] = {}
    bad: list[str] = []
    for piece in _split_addresses(text):
        match = _ANGLE.match(piece)
        if match:
            name, email = match.group(1).strip(), match.group(2).strip()
        else:
            name, email = "", piece
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = name[1:-1].replace('\\"', '"')
        email = email.removeprefix("mailto:").removeprefix("MAILTO:")
        if not _EMAIL.fullmatch(email):
            bad.append(piece)
            continue
        key = email.casefold()
        if key in found:
            continue
        old = previous.get(key)
        if old is not None:
            found[key] = replace(old, email=email, name=name or old.name)
        else:
            found[key] = Attendee(email=email, name=name)
    return list(found.values()), bad


def format_attendees(attendees: list[Attendee]) -> str:
    """Attendees as the field shows them; names with commas or brackets are quoted."""
    out = []
    for a in attendees:
        name = a.name.strip()
        if not name:
            out.append(a.email)
            continue
        if any(c in name for c in ',;<>"@'):
            name = '"' + name.replace('"', '\\"') + '"'
        out.append(f"{name} <{a.email}>")
    return ", ".join(out)


def reminder_label(minutes: tuple[int, ...]) -> str:
    """How the reminder list names a set of reminders (minutes before the start)."""
    if not minutes:
        return translate("EventDialog", "No reminder")
    return ", ".join(_one_reminder(m) for m in sorted(minutes))


def _one_reminder(m: int) -> str:
    if m == 0:
        return translate("EventDialog", "At the start")
    if m % 10080 == 0:
        n = m // 10080
        return (
            translate("EventDialog", "1 week before")
            if n == 1
            else translate("EventDialog", "{n} weeks before").format(n=n)
        )
    if m % 1440 == 0:
        n = m // 1440
        return (
            translate("EventDialog", "1 day before")
            if n == 1
            else translate("EventDialog", "{n} days before").format(n=n)
        )
    if m % 60 == 0:
        n = m // 60
        return (
            translate("EventDialog", "1 hour before")
            if n == 1
            else translate("EventDialog", "{n} hours before").format(n=n)
        )
    return (
        translate("EventDialog", "1 minute before")
        if m == 1
        else translate("EventDialog", "{n} minutes before").format(n=m)
    )


def _minutes_key(minutes: tuple[int, ...]) -> str:
    return ",".join(str(m) for m in sorted(set(minutes)))


def next_full_hour(now: datetime) -> datetime:
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def _wall_in(value: datetime, zone_name: str) -> datetime:
    """An aware (or naive wall-clock) time as the naive wall clock of ``zone_name``."""
    if value.tzinfo is None:
        return value.replace(second=0, microsecond=0)
    return value.astimezone(ZoneInfo(zone_name)).replace(tzinfo=None, second=0, microsecond=0)


def _day_in(value: datetime | date, zone_name: str) -> date:
    if isinstance(value, datetime):
        return _wall_in(value, zone_name).date()
    return value


def _exclusive_day(value: datetime | date, zone_name: str) -> date:
    """The first day an all-day span no longer covers (a midnight is that day itself)."""
    if not isinstance(value, datetime):
        return value
    wall = _wall_in(value, zone_name)
    return wall.date() if wall.time() == time() else wall.date() + timedelta(days=1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# --- the "which occurrences?" question ---------------------------------------------------


def scope_box(parent: QWidget | None, action: str = "edit") -> QMessageBox:
    """The question for a change to a repeating event; each answer button carries its
    scope in the "scope" property (Cancel carries none)."""
    box = QMessageBox(parent)
    box.setObjectName("scopeBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("EventDialog", "Repeating event"))
    if action == "delete":
        box.setText(
            translate(
                "EventDialog",
                "This is a repeating event. Delete only this event, this and the following "
                "events, or all events in the series?",
            )
        )
    else:
        box.setText(
            translate(
                "EventDialog",
                "This is a repeating event. Change only this event, this and the following "
                "events, or all events in the series?",
            )
        )
    for text, scope, name in (
        (translate("EventDialog", "This event"), "this", "scopeThis"),
        (translate("EventDialog", "This and following"), "following", "scopeFollowing"),
        (translate("EventDialog", "All events"), "all", "scopeAll"),
    ):
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(name)
        button.setProperty("scope", scope)
        if scope == "this":
            box.setDefaultButton(button)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("scopeCancel")
    box.setEscapeButton(cancel)
    return box


def ask_scope(parent: QWidget | None, action: str = "edit") -> str | None:
    """Ask which occurrences a change ("edit") or a "delete" covers: "this", "following",
    "all", or None when the user cancels."""
    box = scope_box(parent, action)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    scope = clicked.property("scope") if clicked is not None else None
    box.deleteLater()
    return str(scope) if scope else None


# --- the first deletion in an Exchange calendar -------------------------------------------


def mirror_delete_box(parent: QWidget | None, summary: str, account_name: str) -> QMessageBox:
    """The question before the first deletion of an event that is also in an account's
    Exchange calendar: the answer holds for every later deletion, so it is asked once."""
    box = QMessageBox(parent)
    box.setObjectName("mirrorDeleteBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("EventDialog", "Delete event"))
    box.setText(
        translate(
            "EventDialog",
            "“{title}” is also in the Exchange calendar “{account}”. Deleting it here "
            "deletes it there too, from now on without asking.",
        ).format(title=summary, account=account_name)
    )
    yes = box.addButton(
        translate("EventDialog", "Delete in both"), QMessageBox.ButtonRole.DestructiveRole
    )
    yes.setObjectName("mirrorDeleteBoth")
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    no.setObjectName("mirrorDeleteCancel")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box


def ask_mirror_delete(parent: QWidget | None, summary: str, account_name: str) -> bool:
    """True when the user agrees that deletions cross over to Exchange."""
    box = mirror_delete_box(parent, summary, account_name)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is not None and clicked.objectName() == "mirrorDeleteBoth"


def needs_mirror_question(info: AccountInfo | None) -> bool:
    """Whether deleting an event of ``info``'s calendar first asks (see mirror_delete_box):
    only while its calendar syncs and the user has not said yes yet."""
    return info is not None and info.calendar and info.mirror_deletes is not True


def calendar_name(info: AccountInfo) -> str:
    """How the calendar chooser names an account's calendar."""
    return translate("EventDialog", "{account} (Exchange)").format(account=info.name)


# --- the form ------------------------------------------------------------------------------


class _PersonPicker(PeoplePicker):
    """The people picker offering persons only: an event links contacts, not organisations."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, None, parent)
        self.search_edit.setPlaceholderText(self.tr("Type a name to add a person"))
        self.search_edit.setAccessibleName(self.tr("Add a person"))

    def search(self) -> None:
        super().search()
        for row in reversed(range(self.matches.rowCount())):
            ref = self.matches.item(row).data(_REF_ROLE)
            if not isinstance(ref, Ref) or ref.kind != "person":
                self.matches.removeRow(row)
        if not self.matches.rowCount():
            self.completer.popup().hide()


class EventDialog(RecordForm):
    """A new event (``event_id`` None) or an existing one, a whole series or one occurrence.

    Times are edited as the event's own wall clock in its zone. ``scope`` says what an edit
    of a series covers ("this", "following", "all"); "this" and "following" need the
    ``occurrence`` the user opened, whose times the form then shows. The save runs on the
    runner's write lane (at once without a runner) and ``saved`` carries the id of the row
    that holds the edit.

    Delete is done here, not by the caller: for a repeating event it asks which occurrences
    (``ask_scope(..., "delete")``), else it asks to confirm; ``deleted`` carries the ids put
    in the trash (for an undo by ``restore_events``). The first deletion of an event in an
    account's Exchange calendar asks whether deletions cross over (``ask_mirror_delete``).

    With an Exchange account whose calendar syncs, a new event is put in the calendar chosen
    under "Calendar:" (``settings`` remembers the last choice); an existing event stays in
    its own. The accounts are read on the runner's read lane (at once without a runner).
    """

    saved = Signal(int)
    deleted = Signal(object)  # list[int]

    def __init__(
        self,
        database: Database,
        *,
        user_zone: str,
        tasks: TaskRunner | None = None,
        event_id: int | None = None,
        occurrence: Occurrence | None = None,
        scope: str = "all",
        start: datetime | date | None = None,
        end: datetime | date | None = None,
        all_day: bool = False,
        matter_id: int | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self._database = database
        self._tasks = tasks
        self._settings = settings
        # Every mail account by id, once read; None while the read lane is still at it.
        self._accounts: dict[int, AccountInfo] | None = None
        self._delete_waiting = False
        self._choosing_calendar = False
        self.user_zone = user_zone
        self.occurrence = occurrence
        self._captions: dict[str, QLabel] = {}
        self._order: list[QWidget] = []
        self._zones = zone_names(user_zone)
        self._zone_set = {z.casefold(): z for z in self._zones}
        self.detail: EventDetail | None = None
        self.load_error = ""
        self.target_id: int | None = None
        self.scope: Scope = "all"
        self.key: str | None = occurrence.key if occurrence is not None else None
        self._load(event_id, scope)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        self.scope_note = QLabel()
        self.scope_note.setObjectName("eventScopeNote")
        self.scope_note.setWordWrap(True)
        self.scope_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.scope_note.setVisible(False)
        outer.addWidget(self.scope_note)
        self.form = field_grid()
        outer.addLayout(self.form)
        self._build()
        outer.addStretch(1)

        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("eventDelete")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        self.delete_button.setVisible(self.target_id is not None)
        row = add_save_row(self, outer, "event", self.save, leading=self.delete_button)
        self.banner, self.cancel_button, self.save_button = (
            row.banner,
            row.cancel_button,
            row.save_button,
        )

        if self.detail is not None:
            self._fill(self.detail)
        else:
            self._fill_new(start, end, all_day, matter_id)
        if self.load_error:
            self.banner.show_check(Check(self.load_error))
            self.save_button.setEnabled(False)
            self.delete_button.setEnabled(False)
        self.setWindowTitle(self._title())
        chain = [*self._order, self.delete_button, self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(600, self.sizeHint().height())
        self._load_accounts()

    # --- loading -------------------------------------------------------------------------

    def _load(self, event_id: int | None, scope: str) -> None:
        """Read the event (a small indexed read, done at once) and settle the scope."""
        if event_id is None:
            return
        from smallcrm.core.services.calendar import find_by_identity, get_event

        try:
            with self._database.session_scope() as session:
                detail = get_event(session, event_id)
                if detail.recurrence_id and scope in ("following", "all"):
                    # A changed occurrence stands for one date; the series is its master.
                    master = find_by_identity(session, detail.data.source, detail.uid, "")
                    if master is not None:
                        # When the series is gone, this occurrence is all there is.
                        with contextlib.suppress(KnownError):
                            detail = get_event(session, master)
        except KnownError as exc:
            self.load_error = str(exc)
            return
        self.detail = detail
        self.target_id = detail.id
        repeats = bool(detail.data.rrule or detail.data.rdates) and not detail.recurrence_id
        if detail.recurrence_id:
            self.scope = "this"
            self.key = detail.recurrence_id
        elif repeats and self.occurrence is not None and scope in ("this", "following"):
            self.scope = "this" if scope == "this" else "following"
        else:
            self.scope = "all"

    def _load_accounts(self) -> None:
        """Read the mail accounts off the GUI thread; the calendar rows follow them."""
        database = self._database

        def work(_context: TaskContext | None) -> list[AccountInfo]:
            from smallcrm.core.services.mail_accounts import list_accounts

            with database.session_scope() as session:
                return list_accounts(session)

        if self._tasks is None:
            try:
                infos = work(None)
            except KnownError as exc:
                log.warning("Reading the mail accounts failed: %s", exc)
                infos = []
            self._accounts_read(infos)
            return

        def failed(exc: BaseException) -> None:
            log.warning("Reading the mail accounts failed: %s", exc)
            self._accounts_read([])

        self._tasks.run(
            work,
            lane=IO,
            on_success=self._accounts_read,
            on_failure=failed,
            description="list mail accounts",
        )

    def _accounts_read(self, infos: list[AccountInfo]) -> None:
        if not shiboken6.isValid(self):
            return  # closed before the read came back
        self._accounts = {info.id: info for info in infos}
        self._show_accounts(infos)
        if self._delete_waiting:
            # Delete was pressed before we knew whether the event is in Exchange too.
            self._delete_waiting = False
            self.delete()

    def _show_accounts(self, infos: list[AccountInfo]) -> None:
        if self.load_error:
            return  # nothing to save, nothing to choose
        combo = self.calendar_combo
        blocker = QSignalBlocker(combo)
        combo.clear()
        synced = [info for info in infos if info.calendar]
        if self.detail is None:
            if synced:
                combo.addItem(self.tr("This computer"), "")
                for info in synced:
                    combo.addItem(calendar_name(info), info.source)
                remembered = self._settings.value(CALENDAR_SETTING) if self._settings else None
                found = combo.findData(str(remembered)) if remembered else -1
                combo.setCurrentIndex(max(found, 0))
                combo.setToolTip(self.tr("Where the event is kept and synced"))
            self._choosing_calendar = bool(synced)
            self.form.setRowVisible(self._calendar_row, bool(synced))
        else:
            source = self.detail.data.source
            account_id = account_of_source(source)
            info = self._accounts.get(account_id) if self._accounts and account_id else None
            if info is not None:
                combo.addItem(calendar_name(info), source)
                # The chooser names the calendar; the source line would only repeat it.
                self.source_label.setText(info.name)
                self.form.setRowVisible(self._source_row, False)
            elif account_id is not None:
                # Its account was removed: the event stays here, where nothing syncs it.
                self.source_label.setText(self.tr("A removed Exchange account"))
                self.form.setRowVisible(self._source_row, True)
            else:
                combo.addItem(self.tr("This computer"), "")
            combo.setEnabled(False)
            combo.setToolTip(self.tr("An event stays in the calendar it was made in."))
            self.form.setRowVisible(self._calendar_row, info is not None or bool(synced))
        del blocker
        self._fit_height()

    def _mirror_account(self) -> AccountInfo | None:
        """The account to ask about before this event's deletion crosses over; None when
        no question is due (not an Exchange event, or the user already said yes)."""
        if self.detail is None or not self._accounts:
            return None
        account_id = account_of_source(self.detail.data.source)
        info = self._accounts.get(account_id) if account_id is not None else None
        return info if needs_mirror_question(info) else None

    @property
    def repeating(self) -> bool:
        """The event edited is (part of) a series."""
        if self.detail is None:
            return False
        data = self.detail.data
        return bool(self.detail.recurrence_id or data.rrule or data.rdates)

    def _title(self) -> str:
        if self.detail is None and not self.load_error:
            return self.tr("New event")
        if self.repeating and self.scope == "this":
            return self.tr("Edit this event")
        if self.repeating and self.scope == "following":
            return self.tr("Edit this and the following events")
        if self.repeating:
            return self.tr("Edit all events in the series")
        return self.tr("Edit event")

    # --- building ------------------------------------------------------------------------

    def _row(
        self,
        label: str,
        field: QWidget,
        name: str,
        check: Callable[[], Check | None] | None = None,
        focus: QWidget | None = None,
        extra: QWidget | None = None,
    ) -> FieldMessage:
        """``field`` beside ``label``, an optional note and its message line below it."""
        caption, message = add_field_row(self.form, label, field, name, focus=focus, extra=extra)
        self._captions[name] = caption
        if focus is not None or field.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self._order.append(focus or field)
        if check is not None:
            self.add_rule(focus or field, check, message)
        return message

    def _rule_of(self, field: QWidget) -> FieldRule:
        return next(r for r in self._rules if r.field is field)

    def _rerun(self, field: QWidget) -> None:
        """Recheck a field whose message is showing (a fixed mistake clears at once)."""
        rule = self._rule_of(field)
        if rule.message.text():
            self._run(rule)

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(SUMMARY_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Hearing at the regional court"))
        self._row(self.tr("&Title:"), self.title_edit, "eventTitle", self._check_title)

        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(self.tr("Optional"))
        self._row(self.tr("&Location:"), self.location_edit, "eventLocation")

        date_format = self._date_format()
        time_format = self.locale().timeFormat(QLocale.FormatType.ShortFormat)
        self.start_date = QDateEdit()
        self.start_date.setObjectName("eventStartDate")
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("eventStartTime")
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_date = QDateEdit()
        self.end_date.setObjectName("eventEndDate")
        self.end_date.setAccessibleName(self.tr("End date"))
        self.end_time = QTimeEdit()
        self.end_time.setObjectName("eventEndTime")
        self.end_time.setAccessibleName(self.tr("End time"))
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format)
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat(time_format)
        self.all_day_check = QCheckBox(self.tr("A&ll day"))
        self.all_day_check.setObjectName("eventAllDay")

        starts = QWidget()
        row = QHBoxLayout(starts)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.start_date)
        row.addWidget(self.start_time)
        row.addSpacing(10)
        row.addWidget(self.all_day_check)
        row.addStretch(1)
        self._row(self.tr("&Starts:"), starts, "eventStarts", focus=self.start_date)
        self._order += [self.start_time, self.all_day_check]

        ends = QWidget()
        row = QHBoxLayout(ends)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.end_date)
        row.addWidget(self.end_time)
        row.addStretch(1)
        self._row(self.tr("&Ends:"), ends, "eventEnds", self._check_end, focus=self.end_date)
        self._order.append(self.end_time)

        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(self._zones)
        self.zone_combo.setMaxVisibleItems(15)
        self.zone_combo.lineEdit().setPlaceholderText(
            self.tr("None: the same clock time in every zone")
        )
        zone_completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        zone_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        zone_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zone_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_combo.setCompleter(zone_completer)
        self.zone_note = QLabel()
        self.zone_note.setObjectName("eventZoneNote")
        self.zone_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.zone_note.setVisible(False)
        self._row(
            self.tr("Time &zone:"),
            self.zone_combo,
            "eventZone",
            self._check_zone,
            extra=self.zone_note,
        )
        self._zone_row = self.form.rowCount() - 1

        self.repeat_combo = QComboBox()
        for key in REPEAT_RULES:
            self.repeat_combo.addItem("", key)
        self.repeat_combo.addItem(self.tr("Custom rule…"), CUSTOM)
        self.rule_edit = QLineEdit()
        self.rule_edit.setObjectName("eventRule")
        self.rule_edit.setPlaceholderText(self.tr("RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE"))
        self.rule_edit.setAccessibleName(self.tr("Repetition rule"))
        self.rule_edit.setVisible(False)
        self._row(
            self.tr("&Repeat:"),
            self.repeat_combo,
            "eventRepeat",
            self._check_rule,
            extra=self.rule_edit,
        )
        self._order.append(self.rule_edit)
        self._repeat_row = self.form.rowCount() - 1
        rule_check = self._rules[-1]
        self.rule_edit.editingFinished.connect(lambda: self._run(rule_check))
        self.rule_edit.textChanged.connect(
            lambda _t: self._run(rule_check) if rule_check.message.text() else None
        )
        self.repeat_combo.currentIndexChanged.connect(self._on_repeat_changed)

        self.series_end_combo = QComboBox()
        self.series_end_combo.setObjectName("eventSeriesEndCombo")
        for key, text in zip(
            SERIES_ENDS, (self.tr("Never"), self.tr("On"), self.tr("After")), strict=True
        ):
            self.series_end_combo.addItem(text, key)
        self.until_date = QDateEdit()
        self.until_date.setObjectName("eventUntilDate")
        self.until_date.setAccessibleName(self.tr("Last day of the series"))
        self.until_date.setCalendarPopup(True)
        self.until_date.setDisplayFormat(date_format)
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("eventCount")
        self.count_spin.setAccessibleName(self.tr("Number of times"))
        self.count_spin.setRange(1, 999)
        self.count_label = QLabel(self.tr("times"))
        self.count_label.setBuddy(self.count_spin)
        series_end = QWidget()
        row = QHBoxLayout(series_end)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in (self.series_end_combo, self.until_date, self.count_spin, self.count_label):
            row.addWidget(widget)
        row.addStretch(1)
        self._row(
            self.tr("Ser&ies ends:"),
            series_end,
            "eventSeriesEnd",
            self._check_series_end,
            focus=self.series_end_combo,
        )
        self._order += [self.until_date, self.count_spin]
        self._series_end_row = self.form.rowCount() - 1
        self.series_end_combo.currentIndexChanged.connect(self._on_series_end_changed)
        self.until_date.dateChanged.connect(lambda _d: self._rerun(self.series_end_combo))

        self.reminder_combo = QComboBox()
        # Item data are texts ("10", "10,60"): QComboBox.findData cannot compare tuples.
        for minutes in ((), *((m,) for m in REMINDER_MINUTES)):
            self.reminder_combo.addItem(reminder_label(minutes), _minutes_key(minutes))
        self._row(self.tr("Re&minder:"), self.reminder_combo, "eventReminder")

        self.status_combo = QComboBox()
        for status, text in zip(
            STATUSES,
            (self.tr("Confirmed"), self.tr("Tentative"), self.tr("Cancelled")),
            strict=True,
        ):
            self.status_combo.addItem(text, status)
        self._row(self.tr("Stat&us:"), self.status_combo, "eventStatus")

        self.attendees_edit = QPlainTextEdit()
        self.attendees_edit.setTabChangesFocus(True)
        self.attendees_edit.setPlaceholderText(
            self.tr("Jana Nováková <jana@example.cz>, petr@example.cz")
        )
        self.attendees_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self._row(
            self.tr("&Attendees:"), self.attendees_edit, "eventAttendees", self._check_attendees
        )
        self.attendees_edit.textChanged.connect(lambda: self._rerun(self.attendees_edit))

        self.people = _PersonPicker(self._database)
        self._row(self.tr("&People:"), self.people, "eventPeople", focus=self.people.search_edit)

        self.matter_combo = QComboBox()
        self.matter_combo.setEditable(True)
        self.matter_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.matter_combo.addItem("", None)
        self.matter_combo.lineEdit().setPlaceholderText(self.tr("No matter"))
        matter_completer = QCompleter(self.matter_combo.model(), self.matter_combo)
        matter_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        matter_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        matter_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.matter_combo.setCompleter(matter_completer)
        for matter_id, text in self._open_matters():
            self.matter_combo.addItem(text, matter_id)
        self._row(self.tr("&Matter:"), self.matter_combo, "eventMatter", self._check_matter)
        self._matter_row = self.form.rowCount() - 1
        # With no open matter there is nothing to choose; a linked one shows it again.
        self.form.setRowVisible(self._matter_row, self.matter_combo.count() > 1)
        self.matter_combo.editTextChanged.connect(lambda _t: self._rerun(self.matter_combo))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self._row(self.tr("&Notes:"), self.notes_edit, "eventNotes")

        self.calendar_combo = QComboBox()
        self.calendar_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as the longest calendar's name, like the form's other short choices.
        self.calendar_combo.setSizePolicy(
            QSizePolicy.Policy.Fixed, self.calendar_combo.sizePolicy().verticalPolicy()
        )
        self._row(self.tr("&Calendar:"), self.calendar_combo, "eventCalendar")
        self._calendar_row = self.form.rowCount() - 1
        # Shown once the accounts are read, and only when an Exchange calendar syncs.
        self.form.setRowVisible(self._calendar_row, False)

        self.source_label = QLabel()
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.source_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._row(self.tr("Source:"), self.source_label, "eventSource")
        self._source_row = self.form.rowCount() - 1
        self.form.setRowVisible(self._source_row, False)

        self.start_date.dateChanged.connect(lambda _d: self._on_start_changed())
        self.start_time.timeChanged.connect(lambda _t: self._on_start_changed())
        self.end_date.dateChanged.connect(lambda _d: self._on_end_changed())
        self.end_time.timeChanged.connect(lambda _t: self._on_end_changed())
        self.all_day_check.toggled.connect(self._on_all_day)
        # Short choices keep their own width; only free text and long names span the form.
        for combo in (self.zone_combo, self.repeat_combo, self.reminder_combo, self.status_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, combo.sizePolicy().verticalPolicy())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zone_combo.editTextChanged.connect(lambda _t: self._on_zone_changed())

    def _date_format(self) -> str:
        pattern = self.locale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")  # 12.11.25 reads like a time
        # The weekday helps more than anything when planning ("is the 16th a Monday?").
        return f"ddd {pattern}"

    def _open_matters(self) -> list[tuple[int, str]]:
        from smallcrm.core.services.matters import MatterQuery, list_matter_ids, matter_rows

        with self._database.session_scope() as session:
            ids = list_matter_ids(session, MatterQuery(open_only=True))
            rows = matter_rows(session, ids)
        return [(r.id, f"{r.number} {r.title}") for r in rows]

    # --- filling ---------------------------------------------------------------------------

    def _fill_new(
        self,
        start: datetime | date | None,
        end: datetime | date | None,
        all_day: bool,
        matter_id: int | None,
    ) -> None:
        zone_name = self.user_zone
        if all_day:
            first = _day_in(start, zone_name) if start is not None else date.today()
            after = _exclusive_day(end, zone_name) if end is not None else first
            last = max(first, after - timedelta(days=1))
            hour = next_full_hour(datetime.now(ZoneInfo(zone_name)).replace(tzinfo=None))
            self._set_times(
                datetime.combine(first, hour.time()),
                datetime.combine(first, hour.time()) + timedelta(hours=1),
                all_day=True,
                last_day=last,
            )
        else:
            if isinstance(start, datetime):
                s = _wall_in(start, zone_name)
            else:
                now = datetime.now(ZoneInfo(zone_name)).replace(tzinfo=None)
                s = next_full_hour(now)
                if isinstance(start, date):
                    s = datetime.combine(start, s.time())
            e = _wall_in(end, zone_name) if isinstance(end, datetime) else s + timedelta(hours=1)
            self._set_times(s, max(e, s), all_day=False)
        self.zone_combo.setEditText(zone_name)
        self._select_repeat(None)
        # A reminder a quarter of an hour ahead is what people expect of a meeting; a day
        # out of office or a deadline day needs none by default.
        self._select_reminders(() if all_day else (DEFAULT_REMINDER,))
        if matter_id is not None:
            self._select_matter(matter_id, None)
        self._loaded_repeat = self.repeat_combo.currentIndex()
        self._update_zone_note()

    def _fill(self, detail: EventDetail) -> None:
        data = detail.data
        self.title_edit.setText(data.summary)
        self.location_edit.setText(data.location)
        zone_name = data.tz or ""
        start, end = data.start, data.end
        occ = self.occurrence
        if occ is not None and self.scope in ("this", "following"):
            # The occurrence opened, in the event's own wall clock (a floating event's
            # wall clock is the user's).
            if occ.all_day or not isinstance(occ.start, datetime):
                start, end = _day_in(occ.start, self.user_zone), _day_in(occ.end, self.user_zone)
            elif isinstance(occ.end, datetime):
                own = zone_name or self.user_zone
                start, end = _wall_in(occ.start, own), _wall_in(occ.end, own)
        if data.all_day:
            first = start if not isinstance(start, datetime) else start.date()
            after = end if not isinstance(end, datetime) else end.date()
            hour = time(9, 0)
            self._set_times(
                datetime.combine(first, hour),
                datetime.combine(first, hour) + timedelta(hours=1),
                all_day=True,
                last_day=max(first, after - timedelta(days=1)),
            )
        else:
            s = start if isinstance(start, datetime) else datetime.combine(start, time())
            e = end if isinstance(end, datetime) else datetime.combine(end, time())
            self._set_times(s, e, all_day=False)
        self.zone_combo.setEditText(zone_name)
        repeat_visible = not (detail.recurrence_id or self.scope == "this")
        self.form.setRowVisible(self._repeat_row, repeat_visible)
        done = 0
        if repeat_visible and self.scope == "following" and "COUNT=" in (data.rrule or ""):
            done = occurrences_before(data, start)  # the count shown is what is left
        self._select_repeat(data.rrule if repeat_visible else None, done)
        self._loaded_repeat = self.repeat_combo.currentIndex()
        self._select_reminders(tuple(sorted(set(data.reminders))))
        found = self.status_combo.findData(data.status)
        self.status_combo.setCurrentIndex(max(found, 0))
        self.attendees_edit.setPlainText(format_attendees(data.attendees))
        for contact_id, name in detail.people:
            self.people.add(Ref("person", contact_id), name)
        if data.matter_id is not None:
            self._select_matter(data.matter_id, detail.matter_label)
        self.notes_edit.setPlainText(data.description or "")
        if data.source and account_of_source(data.source) is None:
            self.source_label.setText(data.source)
            self.form.setRowVisible(self._source_row, True)
        # An account's calendar is named once the accounts are read (_show_accounts).
        self._show_scope_note()
        self._update_zone_note()

    def _show_scope_note(self) -> None:
        if not self.repeating:
            return
        day = self._start_wall().date()
        when = self.locale().toString(_qdate(day), QLocale.FormatType.LongFormat)
        if self.scope == "this":
            text = self.tr("Changes apply to the event on {day} only.").format(day=when)
        elif self.scope == "following":
            text = self.tr("Changes apply to the event on {day} and the following ones.").format(
                day=when
            )
        else:
            text = self.tr("Changes apply to every event in the series.")
        self.scope_note.setText(text)
        self.scope_note.setVisible(True)

    def _set_times(
        self, start: datetime, end: datetime, *, all_day: bool, last_day: date | None = None
    ) -> None:
        """Put the times in the edits without the edits' own reactions (duration, checks)."""
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.start_date,
                self.start_time,
                self.end_date,
                self.end_time,
                self.all_day_check,
            )
        ]
        self.start_date.setDate(_qdate(start.date()))
        self.start_time.setTime(QTime(start.hour, start.minute))
        self.end_date.setDate(_qdate(last_day if all_day and last_day else end.date()))
        self.end_time.setTime(QTime(end.hour, end.minute))
        self.all_day_check.setChecked(all_day)
        del blockers
        self._show_all_day(all_day)
        self._span = self._end_wall() - self._start_wall()

    def _select_repeat(self, rule: str | None, done: int = 0) -> None:
        """Show ``rule``; ``done``: occurrences before the one opened, for "this and
        following", whose count is what is left of the series' count."""
        base, until, count = split_end(rule)
        key = preset_of(base, self.start_date.date().toPython())
        self.rule_edit.setText(base or "" if key == CUSTOM else "")
        blocker = QSignalBlocker(self.repeat_combo)
        self.repeat_combo.setCurrentIndex(self.repeat_combo.findData(key))
        del blocker
        self._label_repeats()
        self.rule_edit.setVisible(key == CUSTOM)
        end = "until" if until is not None else "count" if count is not None else "never"
        blockers = [QSignalBlocker(self.series_end_combo), QSignalBlocker(self.until_date)]
        self.series_end_combo.setCurrentIndex(self.series_end_combo.findData(end))
        # What "On" and "After" offer when picked: a quarter of a year, ten times.
        start = self.start_date.date()
        self.until_date.setDate(
            _qdate(last_day(until, self._start_value()))
            if until is not None
            else start.addMonths(3)
        )
        self.count_spin.setValue(max(count - done, 1) if count is not None else 10)
        del blockers
        self._show_series_end()
        # Saved unchanged, the rule stays as it came (a server's spelling, its UNTIL time):
        # rewritten, a synced series would go back to the server as a new rule.
        self._loaded_rule = rule
        self._loaded_repeat_state = self._repeat_state()

    def _repeat_state(self) -> tuple[Any, ...]:
        key = self.repeat_combo.currentData()
        end = self.series_end_combo.currentData()
        return (
            key,
            normal_rule(self.rule_edit.text()) if key == CUSTOM else None,
            self.all_day,  # an all-day series ends on a date, a timed one at a time
            end,
            self.until_date.date().toPython() if end == "until" else None,
            self.count_spin.value() if end == "count" else None,
        )

    def _show_series_end(self) -> None:
        repeating = (
            self.form.isRowVisible(self._repeat_row) and self.repeat_combo.currentData() != "none"
        )
        self.form.setRowVisible(self._series_end_row, repeating)
        end = self.series_end_combo.currentData()
        self.until_date.setVisible(end == "until")
        self.count_spin.setVisible(end == "count")
        self.count_label.setVisible(end == "count")

    def _on_series_end_changed(self, _index: int) -> None:
        self._show_series_end()
        self._rerun(self.series_end_combo)

    def _select_reminders(self, minutes: tuple[int, ...]) -> None:
        found = self.reminder_combo.findData(_minutes_key(minutes))
        if found < 0:
            # A value set elsewhere (a server, an import) stays as it is.
            self.reminder_combo.addItem(reminder_label(minutes), _minutes_key(minutes))
            found = self.reminder_combo.count() - 1
        self.reminder_combo.setCurrentIndex(found)

    def _select_matter(self, matter_id: int, label: str | None) -> None:
        found = self.matter_combo.findData(matter_id)
        if found < 0:  # a closed matter, still the one the event is filed on
            if label is None:
                from smallcrm.core.services.matters import matter_rows

                with self._database.session_scope() as session:
                    rows = matter_rows(session, [matter_id])
                label = f"{rows[0].number} {rows[0].title}" if rows else f"#{matter_id}"
            self.matter_combo.addItem(label, matter_id)
            found = self.matter_combo.count() - 1
        self.matter_combo.setCurrentIndex(found)
        self.form.setRowVisible(self._matter_row, True)

    # --- reacting ------------------------------------------------------------------------

    @property
    def all_day(self) -> bool:
        return self.all_day_check.isChecked()

    def _start_wall(self) -> datetime:
        day = self.start_date.date().toPython()
        clock = time() if self.all_day else self.start_time.time().toPython()
        return datetime.combine(day, clock.replace(second=0, microsecond=0))

    def _end_wall(self) -> datetime:
        """The end as the form shows it: for all-day events the last day (inclusive)."""
        day = self.end_date.date().toPython()
        clock = time() if self.all_day else self.end_time.time().toPython()
        return datetime.combine(day, clock.replace(second=0, microsecond=0))

    def _on_start_changed(self) -> None:
        # The end follows the start, keeping the length the event had.
        end = self._start_wall() + self._span
        blockers = [QSignalBlocker(self.end_date), QSignalBlocker(self.end_time)]
        self.end_date.setDate(_qdate(end.date()))
        if not self.all_day:
            self.end_time.setTime(QTime(end.hour, end.minute))
        del blockers
        self._rerun(self.end_date)
        self._label_repeats()
        self._rerun(self.repeat_combo)
        self._update_zone_note()

    def _on_end_changed(self) -> None:
        span = self._end_wall() - self._start_wall()
        if span >= timedelta(0):
            self._span = span
        self._run(self._rule_of(self.end_date))
        self._update_zone_note()

    def _on_all_day(self, checked: bool) -> None:
        end = self._end_wall()
        if checked and end.time() == time() and end.date() > self._start_wall().date():
            # 09:00 to midnight is that one day, not two.
            blocker = QSignalBlocker(self.end_date)
            self.end_date.setDate(_qdate(end.date() - timedelta(days=1)))
            del blocker
        if not checked and not self.zone_combo.currentText().strip():
            self.zone_combo.setEditText(self.user_zone)
        self._show_all_day(checked)
        self._span = max(self._end_wall() - self._start_wall(), timedelta(0))
        if not checked and self._span == timedelta(0):
            # A one-day event made timed becomes an hour at the time shown.
            self._span = timedelta(hours=1)
            self._on_start_changed()
        self._rerun(self.end_date)
        self._update_zone_note()

    def _show_all_day(self, all_day: bool) -> None:
        self.start_time.setVisible(not all_day)
        self.end_time.setVisible(not all_day)
        # An all-day event is a run of dates, the same in every zone.
        self.form.setRowVisible(self._zone_row, not all_day)
        caption = self._captions["eventEnds"]
        caption.setText(self.tr("&Ends on:") if all_day else self.tr("&Ends:"))

    def _on_zone_changed(self) -> None:
        self._rerun(self.zone_combo)
        self._update_zone_note()

    def _on_repeat_changed(self, _index: int) -> None:
        custom = self.repeat_combo.currentData() == CUSTOM
        self.rule_edit.setVisible(custom)
        self._show_series_end()
        if custom:
            if not self.rule_edit.text().strip():
                self.rule_edit.setText(self._preset_text() or "FREQ=WEEKLY")
            self.rule_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._run(self._rule_of(self.repeat_combo))

    def _preset_text(self) -> str | None:
        key = self.repeat_combo.currentData()
        return REPEAT_RULES.get(key) if key != CUSTOM else None

    def _label_repeats(self) -> None:
        """Name the presets after the start, e.g. "Weekly on Monday"."""
        names = repeat_names(self.start_date.date().toPython(), self.locale())
        for index in range(self.repeat_combo.count()):
            key = self.repeat_combo.itemData(index)
            if key in names:
                self.repeat_combo.setItemText(index, names[key])

    def _zone_name(self) -> str | None:
        """The zone typed, as the zone database spells it; "" for none; None if unknown."""
        text = self.zone_combo.currentText().strip()
        if not text:
            return ""
        known = self._zone_set.get(text.casefold())
        if known is not None:
            return known
        return text if is_zone(text) else None

    def _update_zone_note(self) -> None:
        zone_name = self._zone_name()
        if self.all_day or zone_name is None:
            self.zone_note.setVisible(False)
            return
        if not zone_name:
            self.zone_note.setText(self.tr("The same clock time wherever you are."))
            self.zone_note.setVisible(True)
            return
        if zone_name == self.user_zone:
            self.zone_note.setVisible(False)
            return
        mine = ZoneInfo(self.user_zone)
        start = localize(self._start_wall(), zone_name).astimezone(mine)
        end = localize(self._end_wall(), zone_name).astimezone(mine)
        locale = self.locale()
        clock = locale.timeFormat(QLocale.FormatType.ShortFormat)

        def shown(moment: datetime, with_day: bool) -> str:
            text = locale.toString(QTime(moment.hour, moment.minute), clock)
            if with_day:
                day = locale.toString(_qdate(moment.date()), self._date_format())
                text = f"{day} {text}"
            return text

        other_day = start.date() != self._start_wall().date()
        when = f"{shown(start, other_day)} – {shown(end, end.date() != start.date())}"
        self.zone_note.setText(
            self.tr("Shown in your zone ({zone}): {when}").format(zone=self.user_zone, when=when)
        )
        self.zone_note.setVisible(True)

    # --- checks --------------------------------------------------------------------------

    def _check_title(self) -> Check | None:
        if not self.title_edit.text().strip():
            return Check(self.tr("Give the event a title."))
        return None

    def _check_end(self) -> Check | None:
        if self._end_wall() < self._start_wall():
            if self.all_day:
                return Check(self.tr("The last day is before the first."))
            return Check(self.tr("The event ends before it starts."))
        return None

    def _check_zone(self) -> Check | None:
        if not self.all_day and self._zone_name() is None:
            return Check(self.tr("Unknown time zone; pick one from the list, e.g. Europe/Prague."))
        return None

    def _check_rule(self) -> Check | None:
        if not self.form.isRowVisible(self._repeat_row):
            return None
        if self.repeat_combo.currentData() != CUSTOM:
            return None
        problem = check_custom_rule(self.rule_edit.text(), self._start_value())
        return Check(problem) if problem else None

    def _check_series_end(self) -> Check | None:
        if not self.form.isRowVisible(self._series_end_row):
            return None
        if self.series_end_combo.currentData() != "until":
            return None
        if self.until_date.date() < self.start_date.date():
            return Check(self.tr("The series cannot end before its first day."))
        return None

    def _check_attendees(self) -> Check | None:
        known = self.detail.data.attendees if self.detail is not None else []
        _found, bad = parse_attendees(self.attendees_edit.toPlainText(), known)
        if bad:
            return Check(self.tr("Not an e-mail address: {items}").format(items=", ".join(bad)))
        return None

    def _check_matter(self) -> Check | None:
        if self.form.isRowVisible(self._matter_row) and self._matter_id() is False:
            return Check(self.tr("Pick a matter from the list, or leave it empty."))
        return None

    def _matter_id(self) -> int | None | bool:
        """The matter chosen; None for none; False when the text names none of the list."""
        text = self.matter_combo.currentText().strip()
        if not text:
            return None
        index = self.matter_combo.currentIndex()
        if index >= 0 and self.matter_combo.itemText(index).strip() == text:
            return self.matter_combo.itemData(index)
        found = self.matter_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.matter_combo.itemData(found) if found > 0 else False

    def _run(self, rule: FieldRule) -> Check | None:
        result = rule.check()
        rule.message.show_check(result)
        self._fit_height()
        return result

    def _fit_height(self) -> None:
        """Grow to show every message: a wrapped message's height depends on its width,
        which the dialog's minimum size does not account for."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def message_of(self, name: str) -> str:
        """The message shown under a field (tests read it)."""
        label = self.findChild(FieldMessage, f"{name}Message")
        return label.text() if label is not None and not label.isHidden() else ""

    # --- saving --------------------------------------------------------------------------

    def _start_value(self) -> datetime | date:
        wall = self._start_wall()
        return wall.date() if self.all_day else wall

    def _rrule(self) -> str | None:
        if not self.form.isRowVisible(self._repeat_row):
            return None
        key = self.repeat_combo.currentData()
        rule = normal_rule(self.rule_edit.text()) if key == CUSTOM else self._preset_text()
        if not rule:
            return None
        loaded = self._loaded_rule
        if loaded and self._repeat_state() == self._loaded_repeat_state:
            base, until, _count = split_end(loaded)
            start = self._start_value()
            first = start.date() if isinstance(start, datetime) else start
            same_end = until is None or _qdate(last_day(until, start)) == self.until_date.date()
            if preset_of(base, first) == key and same_end:
                return loaded  # the same series, as it came
        end = self.series_end_combo.currentData()
        if end == "never":
            return rule  # a typed rule's own end stays
        return with_end(
            rule,
            self.until_date.date().toPython() if end == "until" else None,
            self.count_spin.value() if end == "count" else None,
            self.all_day,
        )

    def data(self) -> EventInput:
        """What the fields describe; what the form does not show is kept as loaded."""
        base = self.detail.data if self.detail is not None else EventInput("", date.min, date.min)
        if self.all_day:
            start: datetime | date = self._start_wall().date()
            end: datetime | date = self._end_wall().date() + timedelta(days=1)
            zone_name = None
        else:
            start, end = self._start_wall(), self._end_wall()
            zone_name = self._zone_name() or None
        rrule = self._rrule()
        rdates, exdates = list(base.rdates), list(base.exdates)
        if rrule is None and self.repeat_combo.currentIndex() != self._loaded_repeat:
            rdates, exdates = [], []  # "Does not repeat" chosen: no extra dates either
        attendees, _bad = parse_attendees(self.attendees_edit.toPlainText(), base.attendees)
        matter_id = self._matter_id()
        notes = self.notes_edit.toPlainText().strip()
        source = base.source
        if self.detail is None and self._choosing_calendar:
            source = str(self.calendar_combo.currentData() or "")
        return replace(
            base,
            source=source,
            summary=self.title_edit.text().strip(),
            start=start,
            end=end,
            tz=zone_name,
            all_day=self.all_day,
            location=self.location_edit.text().strip(),
            description=notes or None,
            rrule=rrule,
            rdates=rdates,
            exdates=exdates,
            reminders=[int(m) for m in str(self.reminder_combo.currentData()).split(",") if m],
            attendees=attendees,
            status=str(self.status_combo.currentData()),
            matter_id=matter_id if isinstance(matter_id, int) else None,
            people=[r.id for r in self.people.refs if r.kind == "person"],
        )

    def save(self) -> None:
        """Check everything; save if nothing blocks, else put the cursor on the first problem."""
        if self.load_error or self.held_back():
            return
        data = self.data()
        database = self._database
        target, scope, key, zone_name = self.target_id, self.scope, self.key, self.user_zone

        def work(_context: TaskContext | None) -> int:
            from smallcrm.core.services.calendar import create_event, update_event

            with database.session_scope() as session:
                if target is None:
                    return create_event(session, data, user_zone=zone_name)
                return update_event(
                    session,
                    target,
                    data,
                    user_zone=zone_name,
                    scope=scope,
                    key=key if scope != "all" else None,
                )

        self._start_write(work, self._saved, "save event")

    def delete(self) -> None:
        """Ask what goes (which occurrences, or a confirmation), then trash it on the lane.

        An event of an Exchange calendar whose account was never asked gets the question
        whether deletions cross over instead of the plain confirmation; the yes is stored
        in the same transaction as the deletion."""
        if self._saving or self.target_id is None or self.detail is None:
            return
        if self._accounts is None and account_of_source(self.detail.data.source) is not None:
            self._delete_waiting = True  # asked as soon as the accounts are read
            return
        account = self._mirror_account()
        summary = self.detail.data.summary
        if self.repeating and self.key is not None:
            answer = ask_scope(self, "delete")
            if answer is None:
                return
            if account is not None and not ask_mirror_delete(self, summary, account.name):
                return
            scope = cast("Scope", answer)
        else:
            if account is not None:
                if not ask_mirror_delete(self, summary, account.name):
                    return
            elif not self._confirm_delete():
                return
            scope = "all"
        database = self._database
        target, key = self.target_id, self.key
        agreed = account.id if account is not None else None

        def work(_context: TaskContext | None) -> list[int]:
            from smallcrm.core.services.calendar import delete_event
            from smallcrm.core.services.mail_accounts import set_mirror_deletes

            with database.session_scope() as session:
                if agreed is not None:
                    set_mirror_deletes(session, agreed, True)
                return delete_event(
                    session,
                    target,
                    scope=scope,
                    key=key if scope != "all" else None,
                )

        self._start_write(work, self._deleted, "delete event")

    def confirm_box(self) -> QMessageBox:
        """The question before a single event (or a whole series) goes to the trash."""
        box = QMessageBox(self)
        box.setObjectName("deleteEventBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete event"))
        summary = self.detail.data.summary if self.detail is not None else ""
        if self.repeating:
            text = self.tr("Delete every event in the series “{title}”?")
        else:
            text = self.tr("Delete “{title}”?")
        box.setText(text.format(title=summary))
        box.setInformativeText(self.tr("It goes to the trash, where it can be restored."))
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("deleteConfirm")
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        no.setObjectName("deleteCancel")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        return box

    def _confirm_delete(self) -> bool:
        box = self.confirm_box()
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is not None and clicked.objectName() == "deleteConfirm"

    def _start_write(
        self,
        work: Callable[[TaskContext | None], Any],
        done: Callable[[Any], None],
        description: str,
    ) -> None:
        self._saving = True
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        if self._tasks is None:
            try:
                result = work(None)
            except Exception as exc:  # noqa: BLE001 - shown or logged by _failed
                self._failed(exc)
                return
            done(result)
            return
        self._tasks.run(
            work, lane=DB, on_success=done, on_failure=self._failed, description=description
        )

    def _idle(self) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(True)

    def _saved(self, event_id: int) -> None:
        self._idle()
        if self.detail is None and self._choosing_calendar and self._settings is not None:
            self._settings.setValue(CALENDAR_SETTING, str(self.calendar_combo.currentData()))
        self.saved.emit(event_id)
        self.accept()

    def _deleted(self, ids: list[int]) -> None:
        self._idle()
        self.deleted.emit(ids)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, KnownError):
            self.banner.show_check(Check(str(exc)))
        else:
            log.error("Saving an event failed", exc_info=exc)
            self.banner.show_check(Check(self.tr("It could not be saved; see the log.")))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = [
    "CALENDAR_SETTING",
    "REPEAT_RULES",
    "EventDialog",
    "ask_mirror_delete",
    "ask_scope",
    "calendar_name",
    "format_attendees",
    "mirror_delete_box",
    "needs_mirror_question",
    "parse_attendees",
    "preset_of",
    "scope_box",
]
