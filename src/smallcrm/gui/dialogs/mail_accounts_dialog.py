"""The list of mail accounts: add, edit, sync now. Each line says how its last sync went."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.gui.dialogs.account_dialog import AccountDialog, MailAccountDialogBase
from smallcrm.gui.dialogs.exchange_account_dialog import ExchangeAccountDialog
from smallcrm.gui.mail_sync import MailSync
from smallcrm.gui.tasks import TaskRunner

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MailAccountsDialog(QDialog):
    removed = Signal(int)  # an account was removed (its id)

    """Removing an account stops its sync and forgets its password; the mail and events it
    brought stay (evidence), so the question says so."""

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        mail_sync: MailSync,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailAccountsDialog")
        self.setWindowTitle(self.tr("Mail Accounts"))
        self._database = database
        self._tasks = tasks
        self._sync = mail_sync
        self.account_dialog: MailAccountDialogBase | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        self.list = QListWidget()
        self.list.setObjectName("accounts")
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_account())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(
            self.tr("No mail accounts yet. Add one to see client mail on contacts and matters.")
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        row = QHBoxLayout()
        # Two buttons, not one with a question after it: the office manager knows whether
        # the firm runs its own Exchange Server or an ordinary mail (IMAP) server.
        self.add_imap_button = QPushButton(self.tr("Add &IMAP Account…"))
        self.add_imap_button.setObjectName("addImap")
        self.add_imap_button.clicked.connect(lambda: self.add_account("imap"))
        self.add_ews_button = QPushButton(self.tr("Add E&xchange Account…"))
        self.add_ews_button.setObjectName("addExchange")
        self.add_ews_button.setToolTip(
            self.tr("A mailbox on the firm's own Microsoft Exchange Server (EWS)")
        )
        self.add_ews_button.clicked.connect(lambda: self.add_account("ews"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_account)
        self.sync_button = QPushButton(self.tr("&Sync Now"))
        self.sync_button.clicked.connect(self._sync_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removeAccount")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (
            self.add_imap_button,
            self.add_ews_button,
            self.edit_button,
            self.sync_button,
            self.remove_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        mail_sync.accountsChanged.connect(self._refill)
        mail_sync.statusChanged.connect(self._refill)
        self.resize(560, 360)
        self._refill()

    def _refill(self) -> None:
        current = self.selected_id()
        self.list.clear()
        for state in self._sync.states.values():
            info = state.info
            if state.running:
                status = self.tr("syncing…")
            elif state.error:
                status = state.error
            elif info.last_success_at is not None:
                status = self.tr("%n message(s) stored", "", info.messages)
            else:
                status = self.tr("not synced yet")
            if info.kind == "ews":
                where = (
                    self.tr("%1 on Exchange %2")
                    .replace("%1", info.email or info.user_name)
                    .replace("%2", info.host)
                )
            else:
                where = f"{info.user_name}@{info.host}"
            item = QListWidgetItem(f"{info.name} — {where}\n{status}")
            item.setData(_ID_ROLE, info.id)
            self.list.addItem(item)
            if info.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_label.setVisible(self.list.count() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        account_id = self.selected_id()
        chosen = account_id is not None
        self.edit_button.setEnabled(chosen)
        self.sync_button.setEnabled(chosen)
        state = self._sync.states.get(account_id) if chosen else None
        # Not while it syncs: the run would write for an account being taken away.
        self.remove_button.setEnabled(chosen and not (state is not None and state.running))

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(_ID_ROLE))

    def _open(self, account_id: int | None, kind: str) -> MailAccountDialogBase:
        form = ExchangeAccountDialog if kind == "ews" else AccountDialog
        dialog = form(self._database, self._tasks, self, account_id=account_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.account_dialog = dialog
        dialog.open()
        return dialog

    def add_account(self, kind: str = "imap") -> MailAccountDialogBase:
        """Open the form of a new account of ``kind`` ("imap" or "ews")."""
        return self._open(None, kind)

    def edit_account(self) -> MailAccountDialogBase | None:
        """Open the selected account in the form of its kind."""
        account_id = self.selected_id()
        if account_id is None:
            return None
        state = self._sync.states.get(account_id)
        return self._open(account_id, state.info.kind if state else "imap")

    def _saved(self, account_id: int) -> None:
        self._sync.forget_asked(account_id)
        self._sync.reload()

    def removal_question(self, account_id: int) -> QMessageBox:
        """The question before removing: what stops, and what stays."""
        info = self._sync.states[account_id].info
        text = self.tr(
            "Stop syncing “%1” and forget its password?\n\n"
            "The messages already stored stay here, listed, searchable and filed as they "
            "are. Nothing is deleted on the server."
        ).replace("%1", info.name)
        if info.calendar:
            text += "\n\n" + self.tr(
                "Its calendar's events stay too, as this computer's events; changes to them "
                "no longer go to Exchange."
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove Account"), text, parent=self)
        box.setObjectName("removeQuestion")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("removeConfirm")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        # Enter must not remove an account by accident.
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    def remove_selected(self) -> None:
        account_id = self.selected_id()
        if account_id is None or account_id not in self._sync.states:
            return
        box = self.removal_question(account_id)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        confirm = box.findChild(QPushButton, "removeConfirm")

        def answered(_result: int) -> None:
            if box.clickedButton() is confirm:
                self._remove(account_id)

        box.finished.connect(answered)
        box.open()

    def _remove(self, account_id: int) -> None:
        database = self._database

        def work(_context: object) -> str:
            from smallcrm.core.sync import account_keys

            return account_keys.remove_account(database, account_id).warning

        def done(warning: str) -> None:
            self._sync.cancel(account_id)
            self._sync.reload()
            self.removed.emit(account_id)
            if warning:
                QMessageBox.warning(self, self.tr("Remove Account"), warning)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, KnownError):
                raise exc
            QMessageBox.warning(self, self.tr("Remove Account"), str(exc))

        self._tasks.run(work, on_success=done, on_failure=failed, description="remove account")

    def _sync_selected(self) -> None:
        account_id = self.selected_id()
        if account_id is not None:
            self._sync.sync_now(account_id)
