"""Add or edit a mail account. ``MailAccountDialogBase`` holds what every kind of account
shares (name, password and where it is kept, connection test with certificate trust, folder
list, first-sync reach, privacy, schedule, saving); ``AccountDialog`` is the IMAP form, and
``exchange_account_dialog.ExchangeAccountDialog`` the Exchange one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services import mail_accounts
from smallcrm.core.services.mail_accounts import AccountInfo, AccountInput
from smallcrm.core.sync import account_keys, credentials
from smallcrm.core.sync.account_keys import keeper
from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.tasks import DB, IO, NET, TaskContext, TaskHandle, TaskRunner
from smallcrm.gui.widgets.contact_form import error_color

log = logging.getLogger(__name__)

_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
# A connection test has to answer while the user waits; the sync itself may take longer.
TEST_TIMEOUT_S = 20.0
# A new account has no lane of its own yet; its tests share this one, one at a time.
_NEW_ACCOUNT_LANE = (NET, "account-dialog")
# A folder item's key (IMAP: its name; Exchange: a distinguished name or a folder id).
FOLDER_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ProbeResult:
    """What a connection test found: the server's selectable folders."""

    folders: list[str]


def wrapped_fingerprint(sha256: str, pairs: int = 8) -> str:
    """The fingerprint as openssl prints it, in lines of ``pairs`` pairs: 95 characters
    without a space do not fit a dialog, and a label cannot wrap them itself."""
    text = mail_accounts.format_fingerprint(sha256)
    width = pairs * 3
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def muted(label: QLabel) -> QLabel:
    """A quiet explanatory line under a field."""
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def password_for_test(database: Database, account_id: int | None, password: str) -> str:
    """The typed password, else the saved one of an account being edited; runs on a
    worker lane (the keyring may block). Raises a KnownError when there is none."""
    from smallcrm.core.logs import register_secret

    if not password and account_id is not None:
        with database.session_scope() as session:
            key = mail_accounts.password_key(session, account_id)
        password = credentials.load_password(key) or ""
    if not password:
        # translate() is thread-safe; the text reaches the user through the failure callback.
        raise KnownError(
            QCoreApplication.translate("AccountDialog", "Type the password to test the connection.")
        )
    register_secret(password)
    return password


def _probe(
    database: Database,
    account_id: int | None,
    settings: Any,
    password: str,
) -> ProbeResult:
    """Log in and list the folders; runs on a network lane, never the GUI thread."""
    from smallcrm.core.connectors.imap import connect

    password = password_for_test(database, account_id, password)
    with connect(settings, password, timeout=TEST_TIMEOUT_S) as conn:
        folders = [f.name for f in conn.folders() if f.selectable]
    return ProbeResult(folders=folders)


class MailAccountDialogBase(BackgroundDialog):
    """The frame and the shared parts of an account form. A subclass builds its own rows in
    ``_build_fields`` (using the ``_build_*`` helpers here), fills them in ``_fill`` and
    gives the service's input in ``account_input``. Save writes the settings and puts the
    password in the keyring (or, with no keyring, in memory until SmallCRM closes);
    ``saved`` gives the account's id."""

    saved = Signal(int)
    loaded = Signal()
    tested = Signal()

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        account_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self.account_id = account_id
        self._handles: list[TaskHandle] = []
        self._saving = False
        self._probe_generation = 0
        self._stored_pinned: str | None = None  # the fingerprint the account already trusts
        self._offered_sha256: str | None = None  # an untrusted certificate's, to be ticked
        self.keyring = credentials.keyring_status()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 12)
        outer.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        column.addLayout(self.form)
        # Room to spare goes below the form, not into the gaps around the folder list.
        column.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        outer.addWidget(scroll, 1)

        self._build_fields()

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self._paint_red(self.error_label)
        self.error_label.setVisible(False)
        outer.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self._after_build()
        if account_id is not None:
            self.save_button.setEnabled(False)  # until the stored settings are shown
            self._load(account_id)
        self.name_edit.setFocus()

    # --- what a subclass provides --------------------------------------------------------

    def _build_fields(self) -> None:
        raise NotImplementedError

    def _after_build(self) -> None:
        """Called once every widget exists, before the stored settings are loaded."""

    def _fill(self, info: AccountInfo) -> None:
        raise NotImplementedError

    def account_input(self) -> AccountInput:
        raise NotImplementedError

    # --- construction helpers ----------------------------------------------------------

    def _paint_red(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
        label.setPalette(palette)

    def _row(self, text: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy or field)
        caption.setContentsMargins(0, 4, 0, 0)
        self.form.addRow(caption, field)
        return caption

    @staticmethod
    def _column(spacing: int = 4) -> tuple[QWidget, QVBoxLayout]:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(spacing)
        return holder, column

    def _plain_warning(self, text: str) -> None:
        """The red warning and the confirming tick an unencrypted connection needs
        (``plain_warning``, ``plain_confirm``); the form places them."""
        self.plain_warning = QLabel(text)
        self.plain_warning.setObjectName("plainWarning")
        self.plain_warning.setWordWrap(True)
        self._paint_red(self.plain_warning)
        self.plain_confirm = QCheckBox(self.tr("I understand; connect without encryption"))
        self.plain_confirm.setObjectName("plainConfirm")

    def _field_error(self, name: str) -> QLabel:
        """A red line under a field, hidden until ``_set_field_error`` gives it a text."""
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._paint_red(label)
        label.setVisible(False)
        return label

    @staticmethod
    def _set_field_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _build_name(self, placeholder: str) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(placeholder)
        self._row(self.tr("&Name:"), self.name_edit)

    def _build_password(self) -> QVBoxLayout:
        """The password, where it will be kept, and the keep-in-memory choice when no
        keyring works; the column is returned so a form can add its own lines under it."""
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if self.account_id is not None:
            self.password_edit.setPlaceholderText(self.tr("leave empty to keep the saved one"))
        holder, column = self._column()
        column.addWidget(self.password_edit)
        self.keyring_label = muted(QLabel(self.keyring.reason))
        self.keyring_label.setObjectName("keyringStatus")
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.keyring_label)
        self.memory_check = QCheckBox(self.tr("Keep the password in memory until SmallCRM closes"))
        self.memory_check.setObjectName("keepInMemory")
        self.memory_check.setVisible(not self.keyring.usable)
        column.addWidget(self.memory_check)
        self._row(self.tr("Pass&word:"), holder, self.password_edit)
        return column

    def _build_test_row(self) -> None:
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.test_result, 1)
        holder, column = self._column()
        column.addLayout(line)
        self.trust_check = QCheckBox()
        self.trust_check.setObjectName("trustCertificate")
        self.trust_check.setVisible(False)
        column.addWidget(self.trust_check)
        self.form.addRow("", holder)

    def _build_folder_list(self, defaults: list[tuple[str, str]]) -> None:
        """The checkable folder list with ``defaults`` (text, key) ticked, and Load folders."""
        self.folder_list = QListWidget()
        self.folder_list.setObjectName("folders")
        self.folder_list.setMaximumHeight(130)
        for text, key in defaults:
            self._add_folder_item(text, checked=True, key=key)
        self.load_folders_button = QPushButton(self.tr("&Load folders"))
        self.load_folders_button.setObjectName("loadFolders")
        self.load_folders_button.setToolTip(self.tr("List the folders on the server"))
        self.load_folders_button.clicked.connect(self.load_folders)
        holder, column = self._column()
        column.addWidget(self.folder_list)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.load_folders_button)
        line.addStretch(1)
        column.addLayout(line)
        self._row(self.tr("&Folders:"), holder, self.folder_list)

    def _build_since(self) -> None:
        self.since_group = QButtonGroup(self)
        self.since_months_radio = QRadioButton(self.tr("The last"))
        self.since_months_radio.setObjectName("sinceMonths")
        self.since_months_spin = QSpinBox()
        self.since_months_spin.setObjectName("sinceMonthsCount")
        self.since_months_spin.setRange(1, 600)
        self.since_months_spin.setValue(mail_accounts.DEFAULT_SINCE_MONTHS)
        self.since_months_spin.setSuffix(self.tr(" months"))
        self.since_date_radio = QRadioButton(self.tr("Since"))
        self.since_date_radio.setObjectName("sinceDate")
        self.since_date_edit = QDateEdit()
        self.since_date_edit.setObjectName("sinceDateValue")
        self.since_date_edit.setCalendarPopup(True)
        self.since_date_edit.setDate(QDate.currentDate().addYears(-1))
        self.since_all_radio = QRadioButton(self.tr("Everything in the mailbox"))
        self.since_all_radio.setObjectName("sinceAll")
        for button in (self.since_months_radio, self.since_date_radio, self.since_all_radio):
            self.since_group.addButton(button)
        self.since_months_radio.setChecked(True)
        self.since_months_spin.valueChanged.connect(
            lambda _v: self.since_months_radio.setChecked(True)
        )
        self.since_date_edit.dateChanged.connect(lambda _d: self.since_date_radio.setChecked(True))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for radio, field in (
            (self.since_months_radio, self.since_months_spin),
            (self.since_date_radio, self.since_date_edit),
            (self.since_all_radio, None),
        ):
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(radio)
            if field is not None:
                line.addWidget(field)
            line.addStretch(1)
            column.addLayout(line)
        self._row(self.tr("First sync reaches back:"), holder, self.since_months_radio)

    def _build_privacy(self) -> None:
        self.privacy_group = QButtonGroup(self)
        self.privacy_radios: dict[str, QRadioButton] = {}
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for value, text, note in (
            (
                "all",
                self.tr("All mail"),
                self.tr("Every message in the chosen folders is kept and searchable here."),
            ),
            (
                "contacts",
                self.tr("Only mail of contacts"),
                self.tr(
                    "A message is kept only when a sender or recipient is in the address "
                    "book; private and marketing mail stays on the server."
                ),
            ),
            (
                "filed",
                self.tr("Only mail filed on a matter"),
                self.tr(
                    "Only messages in a conversation already filed on a matter are kept; "
                    "the rest is not stored."
                ),
            ),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"privacy_{value}")
            self.privacy_group.addButton(radio)
            self.privacy_radios[value] = radio
            explanation = muted(QLabel(note))
            explanation.setContentsMargins(22, 0, 0, 4)
            column.addWidget(radio)
            column.addWidget(explanation)
        self.privacy_radios["contacts"].setChecked(True)
        self._row(self.tr("Keep:"), holder, self.privacy_radios["contacts"])

    def _build_schedule(self) -> None:
        self.schedule_group = QButtonGroup(self)
        self.every_radio = QRadioButton(self.tr("Every"))
        self.every_radio.setObjectName("syncEvery")
        self.every_spin = QSpinBox()
        self.every_spin.setObjectName("syncMinutes")
        self.every_spin.setRange(1, 24 * 60)
        self.every_spin.setValue(15)
        self.every_spin.setSuffix(self.tr(" minutes"))
        self.every_spin.valueChanged.connect(lambda _v: self.every_radio.setChecked(True))
        self.on_demand_radio = QRadioButton(self.tr("Only when I ask (Sync Mail Now)"))
        self.on_demand_radio.setObjectName("syncOnDemand")
        self.schedule_group.addButton(self.every_radio)
        self.schedule_group.addButton(self.on_demand_radio)
        self.every_radio.setChecked(True)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.every_radio)
        line.addWidget(self.every_spin)
        line.addStretch(1)
        column.addLayout(line)
        column.addWidget(self.on_demand_radio)
        self._row(self.tr("Sync:"), holder, self.every_radio)

    def _add_folder_item(
        self, text: str, *, checked: bool, key: str | None = None
    ) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(FOLDER_KEY_ROLE, text if key is None else key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.folder_list.addItem(item)
        return item

    # --- shared state --------------------------------------------------------------------

    def _forget_offered_certificate(self, *_args: object) -> None:
        """Another server or port: a fingerprint offered for the old one means nothing."""
        if self._offered_sha256 is None:
            return
        self._offered_sha256 = None
        self.trust_check.setChecked(False)
        self.trust_check.setVisible(False)

    @property
    def pinned_sha256(self) -> str | None:
        """The fingerprint the next test and Save use: a ticked offer, else the stored one."""
        if self._offered_sha256 and self.trust_check.isChecked():
            return self._offered_sha256
        return self._stored_pinned

    def checked_folders(self) -> list[str]:
        """The keys of the ticked folders, in the list's order."""
        return [
            str(self.folder_list.item(i).data(FOLDER_KEY_ROLE))
            for i in range(self.folder_list.count())
            if self.folder_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _since(self) -> tuple[int | None, date | None]:
        """The first sync's reach as the service takes it: months, a day, or neither (all)."""
        if self.since_months_radio.isChecked():
            return self.since_months_spin.value(), None
        if self.since_date_radio.isChecked():
            return None, self.since_date_edit.date().toPython()
        return None, None

    def _privacy(self) -> str:
        return next(v for v, r in self.privacy_radios.items() if r.isChecked())

    def _sync_minutes(self) -> int | None:
        return self.every_spin.value() if self.every_radio.isChecked() else None

    def _fill_common(self, info: AccountInfo) -> None:
        """The name, reach, privacy, schedule and trusted certificate every kind shares."""
        self.name_edit.setText(info.name)
        if info.since_date is not None:
            self.since_date_edit.setDate(QDate(info.since_date))
            self.since_date_radio.setChecked(True)
        elif info.since_months:
            self.since_months_spin.setValue(info.since_months)
            self.since_months_radio.setChecked(True)
        else:
            self.since_all_radio.setChecked(True)
        self.privacy_radios.get(info.privacy, self.privacy_radios["contacts"]).setChecked(True)
        if info.sync_minutes:
            self.every_spin.setValue(info.sync_minutes)
            self.every_radio.setChecked(True)
        else:
            self.on_demand_radio.setChecked(True)
        self._stored_pinned = info.pinned_sha256

    # --- background work -----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(not handle.finished for handle in self._handles)

    def writing_now(self) -> bool:
        return self._saving

    def cancel_work(self) -> None:
        for handle in self._handles:
            handle.cancel()

    def _run(self, fn: Any, lane: Any, **callbacks: Any) -> TaskHandle:
        self._handles = [h for h in self._handles if not h.finished]
        handle = self._tasks.run(fn, lane=lane, **callbacks)
        self._handles.append(handle)
        return handle

    def _after_callback(self) -> None:
        if self._delete_when_idle and not self.busy:
            self.deleteLater()

    def _load(self, account_id: int) -> None:
        database = self._database

        def work(_context: TaskContext) -> AccountInfo:
            with database.session_scope() as session:
                return mail_accounts.find_account(session, account_id)

        def filled(info: AccountInfo) -> None:
            self.save_button.setEnabled(True)  # a form may disable it again in _fill
            self._fill(info)
            self.loaded.emit()
            self._after_callback()

        def failed(exc: BaseException) -> None:
            self._show_error(exc)
            self._after_callback()

        self._run(
            work,
            IO,
            on_success=filled,
            on_failure=failed,
            description="load mail account",
        )

    def _probe_lane(self) -> Any:
        return (NET, self.account_id) if self.account_id is not None else _NEW_ACCOUNT_LANE

    def _set_probing(self, probing: bool) -> None:
        """Test and Load folders wait while one of them runs."""
        self.test_button.setEnabled(not probing)
        self.load_folders_button.setEnabled(not probing)

    def _start_network(
        self,
        work: Callable[[TaskContext], Any],
        done: Callable[[Any], None],
        description: str,
    ) -> None:
        """Run ``work`` on the account's network lane; only the newest run's answer counts
        (an older one may still arrive after the user changed the form and tried again)."""
        self._probe_generation += 1
        generation = self._probe_generation
        self._set_probing(True)
        self._show_test_result(self.tr("Connecting…"), None)

        def succeeded(result: Any) -> None:
            if generation == self._probe_generation:
                self._set_probing(False)
                done(result)
                self.tested.emit()
            self._after_callback()

        def failed(exc: BaseException) -> None:
            if generation == self._probe_generation:
                self._set_probing(False)
                self._probe_failed(exc)
                self.tested.emit()
            self._after_callback()

        self._run(
            work,
            self._probe_lane(),
            on_success=succeeded,
            on_failure=failed,
            description=description,
        )

    def test_connection(self) -> None:
        """Log in off the GUI thread; the answer appears next to the button."""
        self._start_probe(fill_folders=False)

    def load_folders(self) -> None:
        """List the server's folders in the checkable list; the ticked ones stay ticked."""
        self._start_probe(fill_folders=True)

    def _start_probe(self, fill_folders: bool) -> None:
        raise NotImplementedError

    def _offer_certificate(self, sha256: str) -> None:
        """Show an untrusted certificate's fingerprint and the tick box that pins it."""
        self._offered_sha256 = sha256
        fingerprint = wrapped_fingerprint(sha256)
        self.trust_check.setChecked(False)
        self.trust_check.setText(
            self.tr("I trust this certificate (fingerprint %1)").replace(
                "%1", "\n" + wrapped_fingerprint(sha256, 16)
            )
        )
        self.trust_check.setVisible(True)
        self._show_test_result(
            self.tr(
                "The server's certificate is not trusted. Compare its SHA-256 fingerprint "
                "with the one your mail provider or administrator gives you:\n%1"
            ).replace("%1", fingerprint),
            False,
        )

    def _probe_failed(self, exc: BaseException) -> None:
        from smallcrm.core.connectors.imap import UntrustedCertificate

        if isinstance(exc, UntrustedCertificate):
            self._offer_certificate(exc.sha256)
        elif isinstance(exc, KnownError):
            self._show_known_probe_error(exc)
        else:
            self._show_test_result(
                self.tr("The test failed unexpectedly; the log file has the details."), False
            )

    def _show_known_probe_error(self, exc: KnownError) -> None:
        """A KnownError of a test, next to the test button (a form may place some nearer)."""
        self._show_test_result(f"{exc.message}\n{exc.hint}".strip(), False)

    def _show_test_result(self, text: str, ok: bool | None) -> None:
        palette = self.test_result.palette()
        if ok is None:
            color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        elif ok:
            color = self.palette().color(QPalette.ColorRole.WindowText)
        else:
            color = error_color(self)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.test_result.setPalette(palette)
        self.test_result.setText(("✓ " if ok else "") + text)

    # --- saving --------------------------------------------------------------------------

    def _show_error(self, exc: BaseException | str) -> None:
        if isinstance(exc, KnownError):
            text = f"{exc.message}\n{exc.hint}".strip()
        elif isinstance(exc, str):
            text = exc
        else:
            text = self.tr("Saving failed unexpectedly; the log file has the details.")
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _password_problem(self, password: str) -> str | None:
        """Why the password cannot be saved as it stands, or None."""
        if self.account_id is None and not password:
            return self.tr("Type the account's password.")
        if password and not self.keyring.usable and not self.memory_check.isChecked():
            return self.tr(
                "No secure password store works on this computer: tick “Keep the password in "
                "memory until SmallCRM closes”, or install a password store."
            )
        return None

    def _blocking_problem(self, password: str) -> str | None:
        """A problem shown under the form that stops Save before anything is written."""
        return self._password_problem(password)

    def save(self) -> None:
        """Write the settings on the database lane, then keep the password where it belongs."""
        if self._saving:
            return
        password = self.password_edit.text()
        problem = self._blocking_problem(password)
        if problem:
            self._show_error(problem)
            return
        self._show_error("")
        self._write(self.account_input(), password)

    def _write(self, data: AccountInput, password: str) -> None:
        database = self._database
        account_id = self.account_id
        keep = keeper(password, in_memory=not self.keyring.usable) if password else None

        def work(_context: TaskContext) -> int:
            if account_id is None:
                return account_keys.add_account(database, data, keep)
            account_keys.update_account(database, account_id, data, keep)
            return account_id

        def done(saved_id: int) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.account_id = saved_id
            self.password_edit.clear()
            self.saved.emit(saved_id)
            self.accept()
            self._after_callback()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self._show_save_error(exc)
            self._after_callback()

        self._saving = True
        self.save_button.setEnabled(False)
        self._run(work, DB, on_success=done, on_failure=failed, description="save mail account")

    def _show_save_error(self, exc: BaseException) -> None:
        self._show_error(exc)


class AccountDialog(MailAccountDialogBase):
    """The settings of one IMAP account."""

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        account_id: int | None = None,
    ) -> None:
        self._port_edited = False
        self._setting_port = False
        super().__init__(database, tasks, parent, account_id)
        self.setObjectName("accountDialog")
        self.setWindowTitle(
            self.tr("New Mail Account") if account_id is None else self.tr("Mail Account")
        )
        self.resize(620, 760)

    def _build_fields(self) -> None:
        self._build_server()
        self._build_login()
        self._build_folder_list([(name, name) for name in mail_accounts.DEFAULT_FOLDERS])
        self._build_since()
        self._build_privacy()
        self._build_schedule()

    def _after_build(self) -> None:
        self._on_security_changed()

    def _build_server(self) -> None:
        self._build_name(self.tr("e.g. Office mail"))

        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("host")
        self.host_edit.setPlaceholderText(self.tr("e.g. imap.example.cz"))
        self._row(self.tr("&Server:"), self.host_edit)

        self.security_combo = QComboBox()
        self.security_combo.setObjectName("security")
        self.security_combo.addItem(self.tr("TLS (recommended)"), "tls")
        self.security_combo.addItem(self.tr("STARTTLS"), "starttls")
        self.security_combo.addItem(self.tr("None (unencrypted)"), "plain")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("port")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(993)
        self.port_spin.valueChanged.connect(self._on_port_edited)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.security_combo, 1)
        port_caption = QLabel(self.tr("&Port:"))
        port_caption.setBuddy(self.port_spin)
        line.addWidget(port_caption)
        line.addWidget(self.port_spin)
        holder, column = self._column()
        column.addLayout(line)
        self._plain_warning(
            self.tr(
                "Without encryption the password and every message cross the network as "
                "plain text: anyone on the way can read them. Use this only for a server on "
                "this computer or a network you trust."
            )
        )
        column.addWidget(self.plain_warning)
        column.addWidget(self.plain_confirm)
        self.security_combo.currentIndexChanged.connect(self._on_security_changed)
        self._row(self.tr("S&ecurity:"), holder, self.security_combo)

        self.host_edit.textEdited.connect(self._forget_offered_certificate)

    def _build_login(self) -> None:
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userName")
        self.user_edit.setPlaceholderText(self.tr("usually your e-mail address"))
        self._row(self.tr("&User name:"), self.user_edit)
        self._build_password()
        self._build_test_row()

    # --- reactions -----------------------------------------------------------------------

    def _on_security_changed(self, _index: int = 0) -> None:
        security = self.security
        plain = security == "plain"
        self.plain_warning.setVisible(plain)
        self.plain_confirm.setVisible(plain)
        if not plain:
            self.plain_confirm.setChecked(False)
        if not self._port_edited:
            self._set_port(_PORTS[security])
        self._forget_offered_certificate()

    def _set_port(self, port: int) -> None:
        self._setting_port = True
        try:
            self.port_spin.setValue(port)
        finally:
            self._setting_port = False

    def _on_port_edited(self, value: int) -> None:
        if self._setting_port:
            return
        # A port the user typed stays; the usual one again follows the security choice.
        self._port_edited = value != _PORTS[self.security]
        self._forget_offered_certificate()

    @property
    def security(self) -> str:
        return str(self.security_combo.currentData())

    # --- loading and testing ---------------------------------------------------------------

    def _fill(self, info: AccountInfo) -> None:
        self._fill_common(info)
        self.host_edit.setText(info.host)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(info.security)))
        self._port_edited = info.port != _PORTS[info.security]
        self._set_port(info.port)
        if info.security == "plain":
            # Confirmed when the account was saved; asking again on each edit is noise.
            self.plain_confirm.setChecked(True)
        self.user_edit.setText(info.user_name)
        self.folder_list.clear()
        for name in info.folders:
            self._add_folder_item(name, checked=True)
        if info.kind != "imap":
            # This form edits IMAP settings; saving would turn the account into one.
            self.error_label.setText(
                self.tr("“{name}” is an Exchange account: it opens in the Exchange form.").format(
                    name=info.name
                )
            )
            self.error_label.setVisible(True)
            self.save_button.setEnabled(False)
            self.test_button.setEnabled(False)

    def _settings(self) -> Any:
        from smallcrm.core.connectors.imap import ImapSettings

        return ImapSettings(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            security=self.security,  # type: ignore[arg-type]
            user=self.user_edit.text().strip(),
            pinned_sha256=self.pinned_sha256,
        )

    def _start_probe(self, fill_folders: bool) -> None:
        if not self.host_edit.text().strip() or not self.user_edit.text().strip():
            self._show_test_result(self.tr("Fill in the server and the user name first."), False)
            return
        if self.security == "plain" and not self.plain_confirm.isChecked():
            self._show_test_result(
                self.tr("Confirm the unencrypted connection above, or choose TLS."), False
            )
            return
        database = self._database
        account_id = self.account_id
        settings = self._settings()
        password = self.password_edit.text()

        def work(_context: TaskContext) -> ProbeResult:
            return _probe(database, account_id, settings, password)

        self._start_network(
            work, lambda result: self._probe_done(result, fill_folders), "test mail connection"
        )

    def _probe_done(self, result: ProbeResult, fill_folders: bool) -> None:
        count = len(result.folders)
        self._show_test_result(self.tr("Connected: %n folder(s) on the server.", "", count), True)
        if fill_folders:
            ticked = set(self.checked_folders())
            present = {self.folder_list.item(i).text() for i in range(self.folder_list.count())}
            for name in result.folders:
                if name not in present:
                    self._add_folder_item(name, checked=name in ticked)

    # --- saving --------------------------------------------------------------------------

    def account_input(self) -> AccountInput:
        """The form as the service takes it (checked there, not here)."""
        since_months, since_date = self._since()
        return AccountInput(
            name=self.name_edit.text(),
            host=self.host_edit.text(),
            user_name=self.user_edit.text(),
            port=self.port_spin.value(),
            security=self.security,
            folders=tuple(self.checked_folders()),
            since_months=since_months,
            since_date=since_date,
            privacy=self._privacy(),
            pinned_sha256=self.pinned_sha256,
            sync_minutes=self._sync_minutes(),
        )

    def _blocking_problem(self, password: str) -> str | None:
        if self.security == "plain" and not self.plain_confirm.isChecked():
            return self.tr(
                "Confirm that this account may connect without encryption, or choose TLS."
            )
        return self._password_problem(password)
