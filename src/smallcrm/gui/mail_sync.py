"""Mail sync while the window is open: a timer per account, a network lane per account,
retries with backoff, and one line for the status bar that tells what really happened."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database, writing
from smallcrm.core.errors import KnownError
from smallcrm.core.services import mail_accounts
from smallcrm.core.services.mail_accounts import AccountInfo
from smallcrm.core.sync import credentials
from smallcrm.gui.tasks import IO, NET, TaskContext, TaskHandle, TaskRunner

log = logging.getLogger(__name__)

# Minutes to wait after the 1st, 2nd, ... failure in a row; the last one repeats.
BACKOFF_MINUTES = (1, 2, 5, 10, 30, 60)
# The shortest wait after a busy server's own "try again in" (it may ask for milliseconds).
MIN_RETRY_SECONDS = 5
# The first automatic sync waits until start-up work (reminders, documents) has settled.
FIRST_SYNC_DELAY_MS = 10_000


@dataclass(frozen=True)
class NeedPassword:
    """The worker found no password for the account: the main thread asks the user."""

    keyring_usable: bool


@dataclass
class AccountState:
    """One account as the status bar tells it: stored status plus what runs right now."""

    info: AccountInfo
    running: bool = False
    folder: str = ""
    done: int = 0
    error: str | None = None  # the last run's failure, short; None after a success
    failures: int = 0  # in a row, for the backoff
    next_try: datetime | None = None  # local time of the automatic retry
    handle: TaskHandle | None = field(default=None, repr=False)
    # Calendar conflicts counted since the last run (the conflicts dialog's count after a
    # decision): newer than the report's. None: the last report tells.
    conflicts_now: int | None = None


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _report_counts(report: dict[str, Any] | None) -> tuple[int, int]:
    """New messages and those the privacy setting did not keep, in one run's report."""
    if not report:
        return 0, 0
    added = skipped = 0
    for folder in report.get("folders", []):
        added += int(folder.get("added", 0))
        skipped += sum(int(s.get("count", 0)) for s in folder.get("skipped", []))
    return added, skipped


def _report_waiting(report: dict[str, Any] | None) -> int:
    """Calendar conflicts and deletions waiting for the user after one run."""
    calendar = (report or {}).get("calendar") or {}
    try:
        return int(calendar.get("waiting_for_user") or 0)
    except (TypeError, ValueError):
        return 0


class PasswordPrompt(QDialog):
    """Asks for an account's password once, and where to keep it."""

    def __init__(self, account_name: str, keyring_usable: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("mailPasswordPrompt")
        self.setWindowTitle(self.tr("Mail Password"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("SmallCRM needs the password of the mail account “%1” to sync it.").replace(
                "%1", account_name
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password_edit)
        self.keyring_usable = keyring_usable
        self.save_check = QCheckBox(self.tr("Save it in the system password store"))
        self.save_check.setObjectName("saveInKeyring")
        self.save_check.setChecked(keyring_usable)
        self.save_check.setEnabled(keyring_usable)
        layout.addWidget(self.save_check)
        note = QLabel(
            self.tr("Otherwise it is kept in memory only, until SmallCRM closes.")
            if keyring_usable
            else credentials.keyring_status().reason
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sync"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class MailSync(QObject):
    """Owned by the main window; syncs each account on its own network lane.

    The worker gets the account id and plain values only; the engine opens its own sessions
    and, wrapped in ``writing()``, takes SQLite's write lock at the start of each batch, so
    a batch never fails half-way against the window's own writes.
    """

    statusChanged = Signal()
    accountsChanged = Signal()
    syncFinished = Signal(int)  # account id, after success or failure alike

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        *,
        zone: str = "UTC",
        parent: QObject | None = None,
        window: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._zone = zone
        self._window = window
        self.states: dict[int, AccountState] = {}
        self._timers: dict[int, QTimer] = {}
        self._retry_timers: dict[int, QTimer] = {}
        self._asked: set[int] = set()
        self._given: dict[int, tuple[str, bool]] = {}  # typed password, save in keyring?
        self._loaded = False
        self._started = False
        self._closed = False
        self.password_prompt: PasswordPrompt | None = None

    # --- accounts ------------------------------------------------------------------------

    def start(self, *, sync_soon: bool = True) -> None:
        """Read the accounts and start their timers; scheduled accounts sync shortly after."""
        self._started = True

        def first() -> None:
            if sync_soon:
                QTimer.singleShot(FIRST_SYNC_DELAY_MS, self._sync_scheduled)

        self.reload(then=first)

    def reload(self, then: Any = None) -> None:
        """Read the accounts again (after the dialog saved, after a run)."""
        if self._closed:
            return
        database = self._database

        def work(_context: TaskContext) -> list[AccountInfo]:
            with database.session_scope() as session:
                return mail_accounts.list_accounts(session)

        def done(infos: list[AccountInfo]) -> None:
            self._apply(infos)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            log.warning("Reading the mail accounts failed: %s", exc)

        self._tasks.run(
            work, lane=IO, on_success=done, on_failure=failed, description="list mail accounts"
        )

    def _apply(self, infos: list[AccountInfo]) -> None:
        seen = set()
        for info in infos:
            seen.add(info.id)
            state = self.states.get(info.id)
            if state is None:
                state = self.states[info.id] = AccountState(info=info)
                # A failure recorded by an earlier session is still the truth until a run.
                if info.last_error and (
                    info.last_success_at is None
                    or (info.last_attempt_at and info.last_attempt_at > info.last_success_at)
                ):
                    state.error = info.last_error
            else:
                state.info = info
            self._schedule(info)
        for gone in set(self.states) - seen:
            self.states.pop(gone)
            for timers in (self._timers, self._retry_timers):
                timer = timers.pop(gone, None)
                if timer is not None:
                    timer.stop()
        self._loaded = True
        self.accountsChanged.emit()
        self.statusChanged.emit()

    def _schedule(self, info: AccountInfo) -> None:
        timer = self._timers.get(info.id)
        if not info.sync_minutes or not self._started:
            if timer is not None:
                timer.stop()
            return
        if timer is None:
            timer = self._timers[info.id] = QTimer(self)
            timer.timeout.connect(lambda account_id=info.id: self._on_timer(account_id))
        interval = info.sync_minutes * 60_000
        if timer.interval() != interval or not timer.isActive():
            timer.start(interval)

    def _on_timer(self, account_id: int) -> None:
        state = self.states.get(account_id)
        # While failing, the backoff timer decides when to try again.
        if state is not None and not state.failures:
            self._start(account_id)

    def _sync_scheduled(self) -> None:
        for state in list(self.states.values()):
            if state.info.sync_minutes and not state.failures:
                self._start(state.info.id)

    # --- running -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return any(state.running for state in self.states.values())

    def sync_now(self, account_id: int | None = None) -> None:
        """Sync one account, or all of them, now (F9); a run already under way goes on."""
        if account_id is not None:
            if account_id in self.states:
                self._start(account_id, manual=True)
            else:  # saved a moment ago: read the accounts first
                self.reload(then=lambda: self._start(account_id, manual=True))
            return
        if not self._loaded:
            self.reload(then=lambda: self.sync_now())
            return
        for state in list(self.states.values()):
            self._start(state.info.id, manual=True)

    def cancel(self, account_id: int | None = None) -> None:
        """Stop a run between batches; what was written stays."""
        for state in self.states.values():
            if (account_id is None or state.info.id == account_id) and state.handle is not None:
                state.handle.cancel()

    def shutdown(self) -> None:
        """Stop timers and ask every run to stop; the task runner then waits for them."""
        self._closed = True
        for timer in [*self._timers.values(), *self._retry_timers.values()]:
            timer.stop()
        self.cancel()
        if self.password_prompt is not None:
            self.password_prompt.reject()

    def _start(self, account_id: int, *, manual: bool = False) -> None:
        state = self.states.get(account_id)
        if self._closed or state is None or state.running:
            return
        retry = self._retry_timers.get(account_id)
        if retry is not None:
            retry.stop()
        state.running = True
        state.folder = ""
        state.done = 0
        state.next_try = None
        database = self._database
        zone = self._zone
        given = self._given.pop(account_id, None)

        def work(context: TaskContext) -> Any:
            from smallcrm.core.sync.account_keys import keeper
            from smallcrm.core.sync.engine import sync_account

            # The keyring key may be made on first use (a write), so this session writes.
            with writing(), database.session_scope() as session:
                key = mail_accounts.password_key(session, account_id)
            if given is not None:
                password, keep = given
                keeper(password, in_memory=not keep)(key)
            else:
                try:
                    password = credentials.load_password(key)
                except credentials.KeyringUnavailable:
                    return NeedPassword(keyring_usable=False)
                if password is None:
                    return NeedPassword(keyring_usable=True)
            with writing():
                report = sync_account(
                    database,
                    account_id,
                    password,
                    zone=zone,
                    check_cancel=context.check_cancelled,
                    progress=lambda folder, added: context.progress(added, None, folder),
                )
            return report.to_json()

        state.handle = self._tasks.run(
            work,
            lane=(NET, account_id),
            on_success=lambda result: self._succeeded(account_id, result),
            on_failure=lambda exc: self._failed(account_id, exc),
            on_progress=lambda done, _total, folder: self._progressed(account_id, done, folder),
            on_cancelled=lambda: self._cancelled(account_id),
            description=f"sync mail account {account_id}",
        )
        self.statusChanged.emit()

    def _progressed(self, account_id: int, done: int, folder: str) -> None:
        state = self.states.get(account_id)
        if state is None or not state.running:
            return
        state.folder = folder
        state.done = done
        self.statusChanged.emit()

    def _finish(self, account_id: int) -> AccountState | None:
        state = self.states.get(account_id)
        if state is not None:
            state.running = False
            state.handle = None
            state.folder = ""
        return state

    def _succeeded(self, account_id: int, result: Any) -> None:
        state = self._finish(account_id)
        if state is None:
            return
        if isinstance(result, NeedPassword):
            state.error = self.tr("no password")
            self.statusChanged.emit()
            self._ask_password(state, result.keyring_usable)
            return
        state.error = None
        state.failures = 0
        state.next_try = None
        state.conflicts_now = None  # the run's report counted them afresh
        # Told at once from the report; the reload then brings the stored counts.
        state.info = replace(
            state.info,
            last_success_at=datetime.now(UTC),
            last_report=result,
            last_error=None,
            messages=state.info.messages + _report_counts(result)[0],
        )
        self.statusChanged.emit()
        self.syncFinished.emit(account_id)
        self.reload()

    def _failed(self, account_id: int, exc: BaseException) -> None:
        state = self._finish(account_id)
        if state is None:
            return
        if not isinstance(exc, KnownError):
            # A bug: the crash handler logs it and tells the user; the status says so too.
            state.error = self.tr("sync failed unexpectedly")
            self.statusChanged.emit()
            self.syncFinished.emit(account_id)
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        state.error = self._short_error(exc)
        # What the engine just recorded, told before the reload brings it back.
        state.info = replace(state.info, last_error=str(exc))
        state.failures += 1
        delay = timedelta(minutes=BACKOFF_MINUTES[min(state.failures, len(BACKOFF_MINUTES)) - 1])
        asked = getattr(exc, "retry_after_seconds", None)
        if asked:
            # A busy server said when to come back (BackOffMilliseconds, Retry-After): then,
            # not sooner, and not later than our own ladder would.
            delay = min(delay, timedelta(seconds=max(float(asked), MIN_RETRY_SECONDS)))
        state.next_try = datetime.now().astimezone() + delay
        if not self._closed:
            timer = self._retry_timers.get(account_id)
            if timer is None:
                timer = self._retry_timers[account_id] = QTimer(self)
                timer.setSingleShot(True)
                # A coarse timer may fire 5% early: before the time the status line names,
                # and before a busy server's Retry-After.
                timer.setTimerType(Qt.TimerType.PreciseTimer)
                timer.timeout.connect(lambda: self._start(account_id))
            timer.start(int(delay.total_seconds() * 1000))
        self.statusChanged.emit()
        self.syncFinished.emit(account_id)
        self.reload()

    def _cancelled(self, account_id: int) -> None:
        state = self._finish(account_id)
        if state is not None:
            self.statusChanged.emit()
            self.syncFinished.emit(account_id)

    def _short_error(self, exc: KnownError) -> str:
        from smallcrm.core.connectors.imap import (
            AuthenticationFailed,
            ServerUnreachable,
            UntrustedCertificate,
        )
        from smallcrm.core.sync.lease import SyncedElsewhere

        if isinstance(exc, AuthenticationFailed):
            return self.tr("password refused")
        if isinstance(exc, ServerUnreachable):
            return self.tr("server not reachable")
        if isinstance(exc, UntrustedCertificate):
            return self.tr("certificate not trusted")
        if isinstance(exc, SyncedElsewhere):
            return self.tr("being synced elsewhere")
        if hasattr(exc, "retry_after_seconds"):  # the connectors' ServerBusy
            return self.tr("server busy")
        return exc.message

    def _ask_password(self, state: AccountState, keyring_usable: bool) -> None:
        account_id = state.info.id
        if account_id in self._asked or self._closed or self.password_prompt is not None:
            return
        self._asked.add(account_id)
        prompt = PasswordPrompt(state.info.name, keyring_usable, self._window)
        self.password_prompt = prompt

        def answered(result: int) -> None:
            self.password_prompt = None
            prompt.deleteLater()
            password = prompt.password_edit.text()
            if result != QDialog.DialogCode.Accepted or not password:
                return
            self._given[account_id] = (password, prompt.save_check.isChecked())
            self._start(account_id, manual=True)

        prompt.finished.connect(answered)
        prompt.open()

    def forget_asked(self, account_id: int | None = None) -> None:
        """The account dialog saved a password: a missing one may be asked for again."""
        if account_id is None:
            self._asked.clear()
        else:
            self._asked.discard(account_id)

    # --- calendar conflicts -------------------------------------------------------------

    def calendar_conflicts(self, account_id: int | None = None) -> int:
        """Calendar changes waiting for the user's decision, of one account or all."""
        total = 0
        for state in self.states.values():
            if account_id is not None and state.info.id != account_id:
                continue
            if state.conflicts_now is not None:
                total += state.conflicts_now
            else:
                total += _report_waiting(state.info.last_report)
        return total

    def has_calendars(self) -> bool:
        """Whether any account syncs its calendar (the conflicts menu entry shows then)."""
        return any(state.info.calendar for state in self.states.values())

    def note_conflicts(self, counts: dict[int, int]) -> None:
        """The conflicts as counted now (the user decided some since the last run): what
        the status bar tells until the next run's report."""
        changed = False
        for account_id, count in counts.items():
            state = self.states.get(account_id)
            if state is not None and state.conflicts_now != count:
                state.conflicts_now = count
                changed = True
        if changed:
            self.statusChanged.emit()

    def _with_conflicts(self, text: str) -> str:
        waiting = self.calendar_conflicts()
        if not waiting:
            return text
        return text + " — " + self.tr("%n calendar conflict(s)", "", waiting)

    # --- what the status bar says --------------------------------------------------------

    def _time(self, moment: datetime) -> str:
        local = _local(moment)
        locale = QLocale()
        if abs(moment - datetime.now(UTC)) < timedelta(minutes=2):
            # A retry seconds away: "10:42" would look like now or like the past.
            short = locale.timeFormat(QLocale.FormatType.ShortFormat)
            return locale.toString(
                QTime(local.hour, local.minute, local.second), short.replace("mm", "mm:ss", 1)
            )
        return locale.toString(
            QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
        )

    def _date(self, moment: datetime) -> str:
        local = _local(moment).date()
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)

    def _number(self, value: int) -> str:
        return QLocale().toString(value)

    def status_text(self) -> str:
        """One line: what runs now, else the newest failure, else the last runs' counts;
        then how many calendar conflicts wait for the user, if any."""
        text = self._mail_status_text()
        if any(state.running for state in self.states.values()):
            return text  # the count may change with this run: told when it ends
        return self._with_conflicts(text)

    def _mail_status_text(self) -> str:
        states = list(self.states.values())
        if not states:
            return self.tr("No accounts to sync")
        several = len(states) > 1
        for state in states:
            if state.running:
                if not state.folder:
                    return self.tr("Syncing %1…").replace("%1", state.info.name)
                return (
                    self.tr("Syncing %1: %2 %3…")
                    .replace("%1", state.info.name)
                    .replace("%2", state.folder)
                    .replace("%3", self._number(state.done))
                )
        failing = [s for s in states if s.error]
        if failing:
            state = failing[0]
            if several:
                text = self.tr("Mail (%1): %2").replace("%1", state.info.name)
                text = text.replace("%2", state.error or "")
            else:
                text = self.tr("Mail: %1").replace("%1", state.error or "")
            if state.next_try is not None:
                text += self.tr(" — next try %1").replace("%1", self._time(state.next_try))
            return text
        synced = [s for s in states if s.info.last_success_at is not None]
        if not synced:
            return self.tr("Mail not synced yet")
        newest = max(s.info.last_success_at for s in synced if s.info.last_success_at)
        added = skipped = 0
        for state in synced:
            a, s = _report_counts(state.info.last_report)
            added += a
            skipped += s
        text = (
            self.tr("Mail synced %1 — %2 new")
            .replace("%1", self._time(newest))
            .replace("%2", self._number(added))
        )
        if skipped:
            text += self.tr(", %1 not kept (privacy)").replace("%1", self._number(skipped))
        return text

    def status_tooltip(self) -> str:
        """Each account: its last success with the counts, its error and next try."""
        if not self.states:
            return self.tr("Add a mail account in File › Mail Accounts…")
        lines = []
        for state in self.states.values():
            info = state.info
            if info.last_success_at is not None:
                added, skipped = _report_counts(info.last_report)
                line = (
                    self.tr("%1: last synced %2 %3 — %4 new, %5 not kept (privacy); %6 stored")
                    .replace("%1", info.name)
                    .replace("%2", self._date(info.last_success_at))
                    .replace("%3", self._time(info.last_success_at))
                    .replace("%4", self._number(added))
                    .replace("%5", self._number(skipped))
                    .replace("%6", self._number(info.messages))
                )
            else:
                line = self.tr("%1: not synced yet").replace("%1", info.name)
            if state.error:
                line += "\n    " + self.tr("Last error: %1").replace(
                    "%1", info.last_error or state.error
                )
                if state.next_try is not None:
                    line += "\n    " + self.tr("Next try %1").replace(
                        "%1", self._time(state.next_try)
                    )
            waiting = self.calendar_conflicts(info.id)
            if waiting:
                line += "\n    " + self.tr(
                    "%n calendar change(s) wait for your decision", "", waiting
                )
            if not info.sync_minutes:
                line += "\n    " + self.tr("Syncs only when you ask (F9)")
            lines.append(line)
        return "\n".join(lines)
