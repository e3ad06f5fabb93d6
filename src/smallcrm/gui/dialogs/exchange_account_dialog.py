"""Add or edit an Exchange (EWS) account: the server's EWS address or autodiscover, the
Windows login, how the server wants it sent, folders, calendar, and the shared settings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.mail_accounts import AccountInfo, AccountInput
from smallcrm.gui.dialogs.account_dialog import (
    FOLDER_KEY_ROLE,
    TEST_TIMEOUT_S,
    MailAccountDialogBase,
    muted,
    password_for_test,
)
from smallcrm.gui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from smallcrm.core.connectors.ews import EwsFolder

AUTO = "auto"
"""The authentication choice "as the server asks": resolved to ntlm or basic before saving."""


@dataclass(frozen=True)
class ExchangeRequest:
    """What a test, a folder load or a Save asks of the server: plain data for a worker."""

    url: str
    """The EWS address typed; ignored when ``discover`` is set."""
    discover: bool
    user: str
    email: str
    auth: str
    """"auto", "ntlm" or "basic"."""
    pinned_sha256: str | None


@dataclass(frozen=True)
class ExchangeFound:
    """Where and how the mailbox answered; ``folders`` is None when only resolved."""

    url: str
    auth: str
    email: str
    discovered: bool
    folders: list[EwsFolder] | None


def reach_exchange(
    database: Database,
    account_id: int | None,
    request: ExchangeRequest,
    password: str,
    *,
    connect: bool,
) -> ExchangeFound:
    """Find the address (autodiscover) and the authentication when asked to, then, with
    ``connect``, log in and list the mail folders. Runs on a network lane, never the GUI
    thread; raises KnownErrors the form shows next to the field they concern."""
    # Imported here, on the worker: the dialog opens without the network libraries.
    from smallcrm.core.connectors import ews_discovery

    url, auth, email = request.url.strip(), request.auth, request.email.strip()
    if request.discover or connect:
        password = password_for_test(database, account_id, password)
    if request.discover:
        found = ews_discovery.discover(
            email or request.user,
            request.user,
            password,
            pinned_sha256=request.pinned_sha256,
            timeout=TEST_TIMEOUT_S,
        )
        url = found.url
        # An explicit choice wins over what autodiscover suggests.
        auth = found.auth if auth == AUTO else auth
        # The primary address autodiscover gives is the mailbox's; the typed one may be an
        # alias that merely found it.
        email = found.email or email
    elif auth == AUTO:
        # Asks without a password: a probe costs no failed login (and no lockout).
        auth = ews_discovery.probe_auth(
            url, pinned_sha256=request.pinned_sha256, timeout=TEST_TIMEOUT_S
        )
    folders = None
    if connect:
        from smallcrm.core.connectors.ews import EwsSettings
        from smallcrm.core.connectors.ews import connect as ews_connect

        settings = EwsSettings(
            url=url,
            user=request.user,
            auth=auth,  # type: ignore[arg-type]
            pinned_sha256=request.pinned_sha256,
            email=email,
        )
        with ews_connect(settings, password, timeout=TEST_TIMEOUT_S) as conn:
            folders = conn.folders()
    return ExchangeFound(
        url=url, auth=auth, email=email, discovered=request.discover, folders=folders
    )


# Outlook's order of the well-known folders; the others follow by name.
_WELL_KNOWN_ORDER = ("inbox", "drafts", "sentitems", "deleteditems", "junkemail", "outbox")


def _sibling_order(folder: EwsFolder) -> tuple[int, str]:
    rank = (
        _WELL_KNOWN_ORDER.index(folder.distinguished)
        if folder.distinguished in _WELL_KNOWN_ORDER
        else len(_WELL_KNOWN_ORDER)
    )
    return rank, folder.name.casefold()


def folder_tree(folders: list[EwsFolder]) -> list[tuple[EwsFolder, int]]:
    """The folders in tree order with their depth: each parent before its children, and
    among siblings the well-known folders first, as Outlook shows them."""
    ids = {f.id for f in folders}
    children: dict[str | None, list[EwsFolder]] = defaultdict(list)
    for folder in folders:
        children[folder.parent_id if folder.parent_id in ids else None].append(folder)
    for siblings in children.values():
        siblings.sort(key=_sibling_order)
    out: list[tuple[EwsFolder, int]] = []
    stack = [(f, 0) for f in reversed(children[None])]
    while stack:
        folder, depth = stack.pop()
        out.append((folder, depth))
        stack.extend((child, depth + 1) for child in reversed(children[folder.id]))
    return out


def folder_key(folder: EwsFolder) -> str:
    """What the account stores: a well-known folder by name (it survives a renamed or
    translated folder), any other by its id."""
    return folder.distinguished or folder.id


class ExchangeAccountDialog(MailAccountDialogBase):
    """The settings of one Exchange (EWS) account."""

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        account_id: int | None = None,
    ) -> None:
        # The server's answer to "as the server asks", for the address it was asked at.
        self._resolved_auth: tuple[str, str] | None = None
        self._resolving_for_save = False
        self._applying = False  # the form shows the server's answer: not a user's change
        super().__init__(database, tasks, parent, account_id)
        self.setObjectName("exchangeAccountDialog")
        self.setWindowTitle(
            self.tr("New Exchange Account") if account_id is None else self.tr("Exchange Account")
        )
        self.resize(640, 800)

    # --- construction ------------------------------------------------------------------

    def _known_folder_names(self) -> dict[str, str]:
        return {
            "inbox": self.tr("Inbox"),
            "sentitems": self.tr("Sent Items"),
            "drafts": self.tr("Drafts"),
            "deleteditems": self.tr("Deleted Items"),
            "junkemail": self.tr("Junk Email"),
            "outbox": self.tr("Outbox"),
        }

    def _build_fields(self) -> None:
        self._build_name(self.tr("e.g. Office Exchange"))
        self.name_error = self._field_error("nameError")
        self.form.addRow("", self.name_error)
        self._build_server()
        self._build_login()
        self.auth_combo = QComboBox()
        self.auth_combo.setObjectName("auth")
        self.auth_combo.addItem(self.tr("As the server asks (recommended)"), AUTO)
        self.auth_combo.addItem(self.tr("NTLM (Windows login)"), "ntlm")
        self.auth_combo.addItem(self.tr("Basic"), "basic")
        self.auth_combo.currentIndexChanged.connect(lambda _i: self._forget_resolved())
        self._row(self.tr("Aut&hentication:"), self.auth_combo)
        self._build_test_row()
        names = self._known_folder_names()
        self._build_folder_list([(names[key], key) for key in ("inbox", "sentitems")])
        self.folders_error = self._field_error("foldersError")
        self.form.addRow("", self.folders_error)
        self.folder_list.itemChanged.connect(
            lambda _item: self._set_field_error(self.folders_error, "")
        )
        self._build_calendar()
        self._build_since()
        self._build_privacy()
        self._build_schedule()

    def _build_server(self) -> None:
        self.server_group = QButtonGroup(self)
        self.address_radio = QRadioButton(self.tr("EWS &address:"))
        self.address_radio.setObjectName("byAddress")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("url")
        self.url_edit.setPlaceholderText(self.tr("https://mail.firm.cz/EWS/Exchange.asmx"))
        self.url_error = self._field_error("urlError")
        self._plain_warning(
            self.tr(
                "This address is not encrypted (http://): the password and every message "
                "cross the network as plain text. Use it only for a server on this computer "
                "or a network you trust."
            )
        )
        self.discover_radio = QRadioButton(self.tr("Find it from the &e-mail address"))
        self.discover_radio.setObjectName("byDiscovery")
        self.discover_note = muted(
            QLabel(
                self.tr(
                    "SmallCRM asks the firm's server (autodiscover) with the mailbox e-mail "
                    "and password below when you test the connection or save."
                )
            )
        )
        for radio in (self.address_radio, self.discover_radio):
            self.server_group.addButton(radio)
        self.address_radio.setChecked(True)

        holder, column = self._column()
        column.addWidget(self.address_radio)
        # Indented under their radio button: they belong to that choice.
        indented, inner = self._column()
        inner.setContentsMargins(22, 0, 0, 0)
        for widget in (self.url_edit, self.url_error, self.plain_warning, self.plain_confirm):
            inner.addWidget(widget)
        column.addWidget(indented)
        column.addWidget(self.discover_radio)
        self.discover_note.setContentsMargins(22, 0, 0, 0)
        column.addWidget(self.discover_note)
        self._row(self.tr("Server:"), holder, self.address_radio)

        # Shown for any text; forgotten only for the user's own edits, not for the address
        # autodiscover filled in (that answer came with the certificate just trusted).
        self.url_edit.textChanged.connect(self._show_plain_warning)
        self.url_edit.textEdited.connect(self._on_url_edited)
        self.server_group.buttonToggled.connect(lambda *_: self._on_mode_changed())

    def _build_login(self) -> None:
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userName")
        self.user_edit.setPlaceholderText(self.tr("e.g. FIRMA\\novakova"))
        self.user_hint = muted(
            QLabel(self.tr("As you sign in to Windows at the office: DOMAIN\\user or user@firm.cz"))
        )
        self.user_error = self._field_error("userError")
        holder, column = self._column()
        for widget in (self.user_edit, self.user_hint, self.user_error):
            column.addWidget(widget)
        self._row(self.tr("&User name:"), holder, self.user_edit)

        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self.email_edit.setPlaceholderText(self.tr("optional, e.g. jana.novakova@firm.cz"))
        self.email_hint = muted(
            QLabel(
                self.tr("Needed when the user name is DOMAIN\\user; else the user name is used.")
            )
        )
        self.email_error = self._field_error("emailError")
        holder, column = self._column()
        for widget in (self.email_edit, self.email_hint, self.email_error):
            column.addWidget(widget)
        self._row(self.tr("&Mailbox e-mail:"), holder, self.email_edit)

        column = self._build_password()
        self.password_error = self._field_error("passwordError")
        column.insertWidget(1, self.password_error)  # right under the field it is about

        self.user_edit.textEdited.connect(self._on_login_edited)
        self.email_edit.textEdited.connect(self._on_login_edited)
        self.password_edit.textEdited.connect(
            lambda _t: self._set_field_error(self.password_error, "")
        )
        self.name_edit.textEdited.connect(lambda _t: self._set_field_error(self.name_error, ""))

    def _build_calendar(self) -> None:
        self.calendar_check = QCheckBox(self.tr("Sync the &calendar both ways"))
        self.calendar_check.setObjectName("calendar")
        note = muted(
            QLabel(
                self.tr(
                    "Appointments of this mailbox appear in SmallCRM's calendar, and those "
                    "made or changed here go back to Exchange."
                )
            )
        )
        note.setContentsMargins(22, 0, 0, 0)
        holder, column = self._column(2)
        column.addWidget(self.calendar_check)
        column.addWidget(note)
        self._row(self.tr("Calendar:"), holder, self.calendar_check)

    def _after_build(self) -> None:
        self._on_mode_changed()

    # --- reactions -----------------------------------------------------------------------

    @property
    def discovering(self) -> bool:
        return self.discover_radio.isChecked()

    @property
    def auth_choice(self) -> str:
        return str(self.auth_combo.currentData())

    def _is_plain(self) -> bool:
        return not self.discovering and self.url_edit.text().strip().lower().startswith("http:")

    def _show_plain_warning(self, *_args: object) -> None:
        plain = self._is_plain()
        self.plain_warning.setVisible(plain)
        self.plain_confirm.setVisible(plain)

    def _on_url_edited(self, _text: str) -> None:
        self.address_radio.setChecked(True)
        self._set_field_error(self.url_error, "")
        self._forget_offered_certificate()
        self._forget_resolved()

    def _on_mode_changed(self) -> None:
        self.url_edit.setEnabled(not self.discovering)
        self._show_plain_warning()
        if self._applying:
            return
        self._set_field_error(self.url_error, "")
        self._set_field_error(self.email_error, "")
        self._forget_offered_certificate()
        self._forget_resolved()

    def _on_login_edited(self, _text: str) -> None:
        self._set_field_error(self.user_error, "")
        self._set_field_error(self.email_error, "")

    def _forget_resolved(self) -> None:
        """Another address or choice: what the server answered before no longer applies."""
        self._resolved_auth = None

    def _effective_auth(self) -> str | None:
        """What Save stores: the explicit choice, or the server's answer for this address."""
        if self.auth_choice != AUTO:
            return self.auth_choice
        url = self.url_edit.text().strip()
        if self._resolved_auth and self._resolved_auth[0] == url:
            return self._resolved_auth[1]
        return None

    # --- checks next to the fields -----------------------------------------------------

    def _check_fields(self, *, for_save: bool) -> bool:
        """Show what is missing or wrong next to its field; focus the first such field."""
        problems: list[tuple[QLabel, str, QWidget]] = []
        user = self.user_edit.text().strip()
        email = self.email_edit.text().strip()
        if for_save and not self.name_edit.text().strip():
            problems.append((self.name_error, self.tr("Give the account a name."), self.name_edit))
        if not self.discovering:
            url = self.url_edit.text().strip()
            parts = urlsplit(url)
            if not url:
                problems.append(
                    (
                        self.url_error,
                        self.tr("Type the EWS address, or let SmallCRM find it."),
                        self.url_edit,
                    )
                )
            elif parts.scheme.lower() not in ("https", "http") or not parts.hostname:
                problems.append(
                    (
                        self.url_error,
                        self.tr(
                            "This is not a web address: it looks like "
                            "https://mail.firm.cz/EWS/Exchange.asmx"
                        ),
                        self.url_edit,
                    )
                )
            elif self._is_plain() and not self.plain_confirm.isChecked():
                problems.append(
                    (
                        self.url_error,
                        self.tr("Confirm the unencrypted connection below, or use https://."),
                        self.plain_confirm,
                    )
                )
        if not user:
            problems.append((self.user_error, self.tr("Type the user name."), self.user_edit))
        if email and "@" not in email:
            problems.append(
                (self.email_error, self.tr("This is not an e-mail address."), self.email_edit)
            )
        elif not email and user and "@" not in user:
            problems.append(
                (
                    self.email_error,
                    self.tr(
                        "Type the mailbox's e-mail address: a DOMAIN\\user name does not say it."
                    ),
                    self.email_edit,
                )
            )
        password = self.password_edit.text()
        if for_save:
            problem = self._password_problem(password)
            if problem:
                problems.append((self.password_error, problem, self.password_edit))
            if not self.checked_folders():
                problems.append(
                    (
                        self.folders_error,
                        self.tr("Tick at least one folder to sync."),
                        self.folder_list,
                    )
                )
        elif self.account_id is None and not password:
            problems.append(
                (
                    self.password_error,
                    self.tr("Type the password to test the connection."),
                    self.password_edit,
                )
            )
        for label in (
            self.name_error,
            self.url_error,
            self.user_error,
            self.email_error,
            self.password_error,
            self.folders_error,
        ):
            self._set_field_error(label, "")
        for label, text, _field in problems:
            if not label.text():  # the first problem of a field is the one to fix first
                self._set_field_error(label, text)
        if problems:
            problems[0][2].setFocus()
        return not problems

    # --- loading and testing ---------------------------------------------------------------

    def _fill(self, info: AccountInfo) -> None:
        self._fill_common(info)
        if info.kind != "ews":
            # This form edits Exchange settings; saving would turn the account into one.
            self.error_label.setText(
                self.tr("“{name}” is an IMAP account: it opens in the IMAP form.").format(
                    name=info.name
                )
            )
            self.error_label.setVisible(True)
            self.save_button.setEnabled(False)
            self.test_button.setEnabled(False)
            return
        self.address_radio.setChecked(True)
        self.url_edit.setText(info.url or "")
        if self._is_plain():
            # Confirmed when the account was saved; asking again on each edit is noise.
            self.plain_confirm.setChecked(True)
        self.user_edit.setText(info.user_name)
        self.email_edit.setText(info.email or "")
        index = self.auth_combo.findData(info.auth)
        self.auth_combo.setCurrentIndex(max(0, index))
        self.calendar_check.setChecked(info.calendar)
        names = self._known_folder_names()
        self.folder_list.clear()
        for key in info.folders:
            text = names.get(key) or self.tr("A folder chosen earlier (Load folders names it)")
            self._add_folder_item(text, checked=True, key=key)

    def _request(self) -> ExchangeRequest:
        return ExchangeRequest(
            url=self.url_edit.text().strip(),
            discover=self.discovering,
            user=self.user_edit.text().strip(),
            email=self.email_edit.text().strip(),
            auth=self.auth_choice,
            pinned_sha256=self.pinned_sha256,
        )

    def _start_probe(self, fill_folders: bool) -> None:
        if not self._check_fields(for_save=False):
            self._show_test_result("", None)
            return
        self._reach(connect=True, then=lambda found: self._probe_done(found, fill_folders))

    def _reach(self, *, connect: bool, then: Any) -> None:
        database = self._database
        account_id = self.account_id
        request = self._request()
        password = self.password_edit.text()

        def work(_context: TaskContext) -> ExchangeFound:
            return reach_exchange(database, account_id, request, password, connect=connect)

        self._start_network(work, then, "test Exchange connection")

    def _apply_found(self, found: ExchangeFound) -> None:
        """Show what the server told: the address it was found at, its authentication."""
        if found.discovered:
            # Stored as the account's address; the user sees (and may correct) it.
            self._applying = True
            try:
                self.address_radio.setChecked(True)
                self.url_edit.setText(found.url)
            finally:
                self._applying = False
            if found.email:
                self.email_edit.setText(found.email)
        self._resolved_auth = (found.url, found.auth)

    def _probe_done(self, found: ExchangeFound, fill_folders: bool) -> None:
        self._apply_found(found)
        folders = found.folders or []
        text = self.tr("Connected: %n mail folder(s) on the server.", "", len(folders))
        if self.auth_choice == AUTO:
            text += " " + self.tr("The server asks for %1.").replace(
                "%1", "NTLM" if found.auth == "ntlm" else "Basic"
            )
        if found.discovered:
            text += "\n" + self.tr("Found at %1").replace("%1", found.url)
        self._show_test_result(text, True)
        if fill_folders:
            self._show_folders(folders)

    def _show_folders(self, folders: list[EwsFolder]) -> None:
        """The server's folders as a tree; ticked ones stay ticked, and one ticked but not
        on the server stays (unticking it is the user's call)."""
        ticked = self.checked_folders()
        items = [self.folder_list.item(i) for i in range(self.folder_list.count())]
        previous = {str(item.data(FOLDER_KEY_ROLE)): item.text() for item in items}
        self.folder_list.clear()
        seen = set()
        for folder, depth in folder_tree(folders):
            key = folder_key(folder)
            seen.add(key)
            item = self._add_folder_item(
                "    " * depth + folder.name, checked=key in ticked, key=key
            )
            if folder.total is not None:
                item.setToolTip(self.tr("%n message(s)", "", folder.total))
        for key in ticked:
            if key not in seen:
                self._add_folder_item(previous.get(key, key), checked=True, key=key)

    def _show_known_probe_error(self, exc: KnownError) -> None:
        from smallcrm.core.connectors.imap import (
            AuthenticationFailed,
            SecureConnectionFailed,
            ServerUnreachable,
        )

        text = f"{exc.message}\n{exc.hint}".strip()
        if isinstance(exc, AuthenticationFailed):
            # Next to the field to fix; the test line only says the test did not pass.
            self._set_field_error(self.password_error, text)
            self._show_test_result(self.tr("Not connected."), False)
            self.password_edit.setFocus()
            self.password_edit.selectAll()
        elif isinstance(exc, (ServerUnreachable, SecureConnectionFailed)) and not self.discovering:
            self._set_field_error(self.url_error, text)
            self._show_test_result(self.tr("Not connected."), False)
        else:
            self._show_test_result(text, False)

    def _probe_failed(self, exc: BaseException) -> None:
        super()._probe_failed(exc)
        if self._resolving_for_save:
            self._resolving_for_save = False
            self.save_button.setEnabled(True)

    # --- saving --------------------------------------------------------------------------

    def account_input(self) -> AccountInput:
        """The form as the service takes it (checked there again)."""
        since_months, since_date = self._since()
        url = self.url_edit.text().strip()
        return AccountInput(
            name=self.name_edit.text(),
            host=urlsplit(url).hostname or "",
            kind="ews",
            url=url,
            auth=self._effective_auth(),
            email=self.email_edit.text().strip() or None,
            user_name=self.user_edit.text(),
            folders=tuple(self.checked_folders()),
            since_months=since_months,
            since_date=since_date,
            privacy=self._privacy(),
            pinned_sha256=self.pinned_sha256,
            sync_minutes=self._sync_minutes(),
            calendar=self.calendar_check.isChecked(),
        )

    def save(self) -> None:
        """Check the fields; find the address or the authentication first when the server
        is to say them (on the network lane), then write as every account form does."""
        if self._saving or self._resolving_for_save:
            return
        self._show_error("")
        if not self._check_fields(for_save=True):
            return
        password = self.password_edit.text()
        if not self.discovering and self._effective_auth() is not None:
            self._write(self.account_input(), password)
            return

        def resolved(found: ExchangeFound) -> None:
            self._resolving_for_save = False
            self._apply_found(found)
            self._show_test_result(self.tr("Found what the server asks; saving…"), None)
            self._write(self.account_input(), password)

        self._resolving_for_save = True
        self.save_button.setEnabled(False)
        self._reach(connect=False, then=resolved)
