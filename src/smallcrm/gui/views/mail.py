"""The Mail section (and a contact's or matter's mail): accounts, the message list, one message."""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import logging
import os
import socket
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QDateTime, QLocale, QModelIndex, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.mail_html import SafeHtml, safe_html, text_to_html
from smallcrm.core.services.mail_messages import MessageDetail, MessageRow
from smallcrm.gui.models.messages_model import (
    DATE,
    FROM,
    MATTER,
    SUBJECT,
    MessageFilter,
    MessagesModel,
    local_time,
    sender_of,
    short_when,
)
from smallcrm.gui.tasks import DB, IO, NET, TaskContext, TaskHandle, TaskRunner
from smallcrm.gui.widgets.empty_state import EmptyState
from smallcrm.gui.widgets.icons import icon
from smallcrm.gui.widgets.message_browser import MessageBrowser, inline_url

log = logging.getLogger(__name__)

# What "Show for this message" may fetch: enough for any real newsletter, bounded so a
# hostile mail cannot make the program download without end.
MAX_REMOTE_IMAGES = 30
MAX_REMOTE_BYTES = 5 * 1024 * 1024
REMOTE_TIMEOUT_S = 10
_REMOTE_LANE = (NET, "remote-images")
_PART_ROLE = Qt.ItemDataRole.UserRole + 1
_MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 2


# --- plain work, run on the lanes ----------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """A message ready to show: built off the main thread, plain data only."""

    detail: MessageDetail
    safe: SafeHtml
    images: dict[str, bytes]
    thread: list[MessageRow] = field(default_factory=list)
    matter_title: str = ""


def render_body(detail: MessageDetail, allow_remote: bool = False) -> SafeHtml:
    """The message's body as safe HTML: its HTML part when it has one, else its text."""
    if detail.html:
        urls = {cid: inline_url(cid) for cid in detail.inline_images}
        return safe_html(detail.html, inline_images=urls, allow_remote=allow_remote)
    return SafeHtml(text_to_html(detail.text or ""), 0, False)


def load_message(database: Database, message_id: int, allow_remote: bool = False) -> Prepared:
    """Read, parse and sanitize one message with its conversation; runs on the read lane."""
    from smallcrm.core.services.mail_messages import get_message, thread_of
    from smallcrm.core.services.matters import matter_rows

    with database.session_scope() as session:
        detail = get_message(session, message_id)
        thread = thread_of(session, message_id) if detail.row.thread_key else []
        title = ""
        if detail.row.matter_id is not None:
            found = matter_rows(session, [detail.row.matter_id])
            title = found[0].title if found else ""
    images = {cid: data for cid, (_mime, data) in detail.inline_images.items()}
    return Prepared(
        detail,
        render_body(detail, allow_remote),
        images,
        thread if len(thread) > 1 else [],
        title,
    )


class _RemoteUrls(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if not value:
                continue
            if (tag == "img" and name == "src") or name == "background":
                self.urls.append(value.strip())
            elif name == "style":
                for chunk in value.split("url(")[1:]:
                    self.urls.append(chunk.split(")", 1)[0].strip().strip("'\""))


def remote_image_urls(html: str, limit: int = MAX_REMOTE_IMAGES) -> list[str]:
    """The http(s) images the (sanitized) HTML shows, each once, at most ``limit``."""
    parser = _RemoteUrls()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # the sanitized HTML parses; anything else costs the images only
        log.debug("Could not list the remote images", exc_info=True)
    out: list[str] = []
    for url in parser.urls:
        if urlsplit(url).scheme.lower() in ("http", "https") and url not in out:
            out.append(url)
        if len(out) >= limit:
            break
    return out


def _on_the_internet(url: str) -> bool:
    """Whether every address the URL's host has is a public one. A mail must not make the
    firm's computer ask its router, printer or intranet for something (a GET can change
    settings there), nor the machine itself."""
    host = urlsplit(url).hostname
    if not host:
        return False
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    addresses = {info[4][0].split("%", 1)[0] for info in found}
    return bool(addresses) and all(ipaddress.ip_address(a).is_global for a in addresses)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect may not lead an image fetch to file:, ftp: or anything but the web, nor
    from the internet into the local network."""

    def __init__(self, allow_private: bool = False) -> None:
        super().__init__()
        self._allow_private = allow_private

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            return None
        if not self._allow_private and not _on_the_internet(newurl):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(allow_private: bool = False) -> urllib.request.OpenerDirector:
    # Built by hand, not build_opener(): no file:, ftp: or data: handler, and no cookie jar.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        _HttpOnlyRedirects(allow_private),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def fetch_remote_images(
    urls: Iterable[str], context: TaskContext | None = None, *, allow_private: bool = False
) -> dict[str, bytes]:
    """The bytes of each image the user allowed, by URL; what fails or is no image is left
    out, and so is any address in a private network or on this machine (``allow_private``:
    tests only). Runs on a network lane: blocking, no database, no Qt."""
    opener = _opener(allow_private)
    out: dict[str, bytes] = {}
    for url in list(urls)[:MAX_REMOTE_IMAGES]:
        if context is not None:
            context.check_cancelled()
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            continue
        if not allow_private and not _on_the_internet(url):
            log.info("Remote image not loaded: not a public address")
            continue
        request = urllib.request.Request(
            url, headers={"Accept": "image/*", "User-Agent": "Mozilla/5.0"}
        )
        try:
            with opener.open(request, timeout=REMOTE_TIMEOUT_S) as response:
                if not response.headers.get_content_type().lower().startswith("image/"):
                    continue
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > MAX_REMOTE_BYTES:
                    continue
                data = response.read(MAX_REMOTE_BYTES + 1)
        except (OSError, ValueError, http.client.HTTPException) as exc:
            log.info("Remote image not loaded: %s", type(exc).__name__)
            continue
        if 0 < len(data) <= MAX_REMOTE_BYTES:
            out[url] = data
    return out


def write_attachment(database: Database, message_id: int, part: str, path: Path) -> int:
    """Write one attachment's exact bytes to ``path`` (whole or not at all); its size."""
    from smallcrm.core.services.mail_messages import attachment_content

    with database.session_scope() as session:
        _info, data = attachment_content(session, message_id, part)
    partial = path.with_name(path.name + ".part")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise KnownError(f"“{path}” could not be written: {exc.strerror or exc}.") from exc
    return len(data)


def _people(pairs: Sequence[tuple[str, str]]) -> str:
    return ", ".join(f"{n} <{e}>" if n and e else (n or e) for n, e in pairs)


def _size_text(locale: QLocale, size: int) -> str:
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _long_when(locale: QLocale, row: MessageRow) -> str:
    if row.sent_at is None:
        return ""
    when = local_time(row.sent_at)
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    pattern = (
        f"{locale.dateFormat(QLocale.FormatType.LongFormat)} "
        f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    )
    return locale.toString(moment, pattern)


# --- widgets -------------------------------------------------------------------------------


class _MessageTable(QTableView):
    """Enter opens the message; Delete does nothing: mail is never deleted from here."""

    openPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openPressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            event.accept()
            return
        super().keyPressEvent(event)


class MatterPickDialog(QDialog):
    """Pick the matter to file a message on; optionally its whole conversation."""

    def __init__(
        self,
        database: Database,
        current: int | None,
        thread_size: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from smallcrm.core.services.tasks import matter_choices

        self.setObjectName("matterPickDialog")
        self.setWindowTitle(self.tr("File on matter"))
        with database.session_scope() as session:
            choices = matter_choices(session)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Matter:"))
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setObjectName("matterPickCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for matter_id, number, title in choices:
            self.combo.addItem(f"{number} {title}", matter_id)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setMinimumContentsLength(36)
        found = self.combo.findData(current)
        self.combo.setCurrentIndex(max(found, 0) if choices else -1)
        label.setBuddy(self.combo)
        layout.addWidget(self.combo)
        self.whole_thread = QCheckBox(
            self.tr("The whole &conversation ({count} messages)").format(count=thread_size)
        )
        self.whole_thread.setObjectName("matterPickWholeThread")
        self.whole_thread.setVisible(thread_size > 1)
        layout.addWidget(self.whole_thread)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choices))
        layout.addWidget(self.buttons)

    def select_matter(self, matter_id: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(matter_id))

    def matter_id(self) -> int | None:
        # The typed text must name a listed matter: half a number files nowhere.
        index = self.combo.findText(self.combo.currentText())
        if index < 0:
            return None
        value = self.combo.itemData(index)
        return int(value) if value is not None else None


class MessagePane(QWidget):
    """One message: its header, attachments, the remote-images bar, conversation, body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePane")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.setSpacing(6)

        self.subject_label = self._label("messageSubject")
        font = self.subject_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.subject_label.setFont(font)
        outer.addWidget(self.subject_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.field_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        titles = {
            "from": self.tr("From:"),
            "to": self.tr("To:"),
            "cc": self.tr("Cc:"),
            "date": self.tr("Date:"),
            "folder": self.tr("Folder:"),
            "matter": self.tr("Matter:"),
        }
        for row, (key, title) in enumerate(titles.items()):
            name = QLabel(title)
            name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = self._label(f"message{key.title()}")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.field_labels[key] = name
            self.values[key] = value
        outer.addLayout(grid)

        self.expunged_label = self._label("messageExpunged")
        self.expunged_label.setText(
            self.tr("Deleted on the server: the copy kept here stays until you remove it.")
        )
        outer.addWidget(self.expunged_label)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.file_button = QPushButton(self.tr("File on &matter…"))
        self.file_button.setObjectName("messageFileOnMatter")
        self.unfile_button = QPushButton(self.tr("&Remove from matter"))
        self.unfile_button.setObjectName("messageRemoveFromMatter")
        actions.addWidget(self.file_button)
        actions.addWidget(self.unfile_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        self.attachments_box = QWidget()
        box = QHBoxLayout(self.attachments_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.attachments = QListWidget()
        self.attachments.setObjectName("messageAttachments")
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setFlow(QListView.Flow.LeftToRight)
        self.attachments.setWrapping(True)
        self.attachments.setResizeMode(QListView.ResizeMode.Adjust)
        self.attachments.setSpacing(2)
        self.attachments.setIconSize(QSize(16, 16))
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        box.addWidget(self.attachments, 1)
        buttons = QVBoxLayout()
        self.save_button = QPushButton(self.tr("&Save As…"))
        self.save_button.setObjectName("attachmentSaveAs")
        self.document_button = QPushButton(self.tr("File as &document"))
        self.document_button.setObjectName("attachmentFileAsDocument")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.document_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        outer.addWidget(self.attachments_box)

        self.remote_bar = QFrame()
        self.remote_bar.setObjectName("remoteImagesBar")
        self.remote_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.remote_bar.setAutoFillBackground(True)
        self.remote_bar.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        bar = QHBoxLayout(self.remote_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self.remote_label = QLabel()
        self.remote_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.remote_button = QPushButton(self.tr("Show for this &message"))
        self.remote_button.setObjectName("remoteImagesShow")
        bar.addWidget(self.remote_label, 1)
        bar.addWidget(self.remote_button)
        outer.addWidget(self.remote_bar)

        self.thread_list = QListWidget()
        self.thread_list.setObjectName("messageThread")
        self.thread_list.setAccessibleName(self.tr("Conversation"))
        outer.addWidget(self.thread_list)

        self.notice = self._label("messageNotice")
        self.notice.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.notice)

        self.browser = MessageBrowser()
        self.browser.setObjectName("messageBody")
        self.browser.setAccessibleName(self.tr("Message"))
        self.browser.setTabChangesFocus(True)
        outer.addWidget(self.browser, 1)
        self.clear()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        # Names and subjects come from strangers: never read them as rich text.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def clear(self) -> None:
        self.subject_label.clear()
        for key, value in self.values.items():
            value.clear()
            value.setVisible(False)
            self.field_labels[key].setVisible(False)
        for widget in (
            self.expunged_label,
            self.attachments_box,
            self.remote_bar,
            self.thread_list,
            self.notice,
        ):
            widget.setVisible(False)
        self.file_button.setEnabled(False)
        self.unfile_button.setEnabled(False)
        # Nothing to act on or read until a message is chosen: no empty frame, no dead buttons.
        for widget in (self.file_button, self.unfile_button, self.browser):
            widget.setVisible(False)
        self.attachments.clear()
        self.thread_list.clear()
        self.browser.clear()

    def set_field(self, key: str, text: str) -> None:
        self.values[key].setText(text)
        self.values[key].setVisible(bool(text))
        self.field_labels[key].setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


class MailView(QWidget):
    """Stored mail: for the whole section (accounts on the left) or one contact's or matter's.

    Reads run on the task runner's read lane, filing on its write lane, remote images on a
    network lane; without a runner (unit tests) everything runs at once.
    """

    changed = Signal()  # a message was filed or taken off a matter
    documentsAdded = Signal(list)  # ids of documents made from attachments
    messageShown = Signal(int)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        matter_id: int | None = None,
        store_of: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailView")
        self._database = database
        self._tasks = tasks
        self._store_of = store_of  # () -> DocumentStore; MainWindow.document_work().store
        self.contact_id = contact_id
        self.matter_id = matter_id
        self.section = contact_id is None and matter_id is None
        self.prepared: Prepared | None = None
        self.current_id: int | None = None
        self.allow_remote = False
        self.remote_images: dict[str, bytes] = {}
        self.pick_dialog: MatterPickDialog | None = None
        self._generation = 0
        self._remote_task: TaskHandle | None = None
        self._locale = QLocale()
        self._last_folder = str(Path.home())
        self._pending_notice = ""  # said once the re-read message is shown

        self.model = MessagesModel(database, self)
        self.model.runner = tasks
        self.model.pageLoaded.connect(self._on_page_loaded)
        self.model.loadFailed.connect(lambda text: self.pane.show_notice(text))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self.accounts: QListWidget | None = None
        self._account_names: dict[int, str] = {}
        if self.section:
            self.accounts = QListWidget()
            self.accounts.setObjectName("mailAccounts")
            self.accounts.setAccessibleName(self.tr("Mail accounts"))
            self.accounts.setIconSize(QSize(16, 16))
            self.splitter.addWidget(self.accounts)

        self.table = _MessageTable()
        self._build_table()
        self.empty = EmptyState(
            "mail",
            self.tr("No mail here"),
            self.tr("Mail from the accounts you add appears here after the next sync.")
            if self.section
            else self.tr("Mail with this person or on this matter appears here."),
        )
        self.list_pages = QStackedWidget()
        self.list_pages.addWidget(self.table)
        self.list_pages.addWidget(self.empty)
        self.splitter.addWidget(self.list_pages)

        self.pane = MessagePane()
        self.splitter.addWidget(self.pane)
        self.pane.file_button.clicked.connect(self.choose_matter)
        self.pane.unfile_button.clicked.connect(self.remove_from_matter)
        self.pane.save_button.clicked.connect(self._save_selected)
        self.pane.document_button.clicked.connect(self._file_selected_documents)
        self.pane.attachments.itemActivated.connect(lambda _item: self._save_selected())
        self.pane.attachments.itemSelectionChanged.connect(self._update_attachment_buttons)
        self.pane.remote_button.clicked.connect(self.show_remote_images)
        self.pane.thread_list.itemActivated.connect(
            lambda item: self.open_message(int(item.data(_MESSAGE_ROLE)))
        )

        if self.accounts is not None:
            self.splitter.setSizes([170, 470, 640])
            self.splitter.setStretchFactor(2, 1)
            self.reload_accounts()
            self.accounts.currentItemChanged.connect(self._on_account_changed)
            self.accounts.setCurrentRow(0)
            self._on_account_changed(self.accounts.currentItem(), None)
            self.setFocusProxy(self.accounts)
        else:
            self.reload_accounts()  # only their names, for the header's folder line
            self.splitter.setSizes([420, 600])
            self.splitter.setStretchFactor(1, 1)
            self.model.set_filter(MessageFilter(contact_id=contact_id, matter_id=matter_id))
            self.setFocusProxy(self.table)

    def _build_table(self) -> None:
        table = self.table
        table.setObjectName("mailMessages")
        table.setAccessibleName(self.tr("Messages"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.setCornerButtonEnabled(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setDefaultDropAction(Qt.DropAction.LinkAction)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights keep the paging: the view never asks for every row's size.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # Wide enough for a full date in the locale's short format, in bold (unread).
        sample = short_when(self._locale, datetime(2026, 12, 28, 23, 59), date(2025, 1, 1))
        date_width = int(metrics.horizontalAdvance(sample) * 1.15) + 16
        for column, width in ((FROM, 150), (SUBJECT, 200), (DATE, date_width), (MATTER, 80)):
            header.resizeSection(column, width)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        table.openPressed.connect(self._open_current)
        table.doubleClicked.connect(lambda _index: self._open_current())

    # --- accounts ------------------------------------------------------------------------

    def reload_accounts(self) -> None:
        """Re-read the accounts (a small table) for the list on the left and their names."""
        from smallcrm.core.services.mail_accounts import list_accounts

        with self._database.session_scope() as session:
            found = list_accounts(session)
        self._account_names = {a.id: a.name for a in found}
        if self.accounts is None:
            return
        wanted = self.current_account()
        self.accounts.blockSignals(True)
        self.accounts.clear()
        every = QListWidgetItem(icon("mail"), self.tr("All mail"))
        every.setData(Qt.ItemDataRole.UserRole, None)
        self.accounts.addItem(every)
        for account in found:
            item = QListWidgetItem(account.name)
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            item.setToolTip(
                self.tr("{user} on {host}: {count} messages").format(
                    user=account.user_name, host=account.host, count=account.messages
                )
            )
            self.accounts.addItem(item)
        for row in range(self.accounts.count()):
            if self.accounts.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.accounts.setCurrentRow(row)
                break
        self.accounts.blockSignals(False)

    def current_account(self) -> int | None:
        if self.accounts is None or self.accounts.currentItem() is None:
            return None
        return self.accounts.currentItem().data(Qt.ItemDataRole.UserRole)

    def show_account(self, account_id: int | None) -> None:
        """List one account's mail (None: all mail)."""
        if self.accounts is None:
            return
        for row in range(self.accounts.count()):
            if self.accounts.item(row).data(Qt.ItemDataRole.UserRole) == account_id:
                self.accounts.setCurrentRow(row)
                return

    def _on_account_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        account_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.model.set_filter(MessageFilter(account_id=account_id))

    # --- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again (after a sync), keeping the message shown."""
        self.model.reload()

    def set_scope(self, *, contact_id: int | None = None, matter_id: int | None = None) -> None:
        """Show another person's or matter's mail (a matter page shows one matter at a time)."""
        if (contact_id, matter_id) == (self.contact_id, self.matter_id):
            return
        self.contact_id, self.matter_id = contact_id, matter_id
        self.current_id = None
        self.model.set_filter(MessageFilter(contact_id=contact_id, matter_id=matter_id))

    def _on_page_loaded(self) -> None:
        self.list_pages.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.table)
        if self.current_id is not None:
            row = self.model.row_of(self.current_id)
            if row >= 0 and self.table.currentIndex().row() != row:
                self._select_row(row)

    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        index = self.model.index(row, 0)
        selection.setCurrentIndex(
            index,
            selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        message = self.model.message(current.row())
        if message.id != self.current_id:
            self.show_message(message.id)

    def _open_current(self) -> None:
        if self.current_id is not None:
            self.pane.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.message(r).id for r in rows]

    # --- one message ---------------------------------------------------------------------

    def open_message(self, message_id: int) -> None:
        """Select and show one message (the search palette's "message" results)."""
        row = self.model.row_of(message_id)
        if row >= 0:
            self._select_row(row)
            if self.current_id != message_id:
                self.show_message(message_id)
        else:
            # Not among the rows read so far: show it anyway; the list keeps its place.
            self.table.clearSelection()
            self.show_message(message_id)

    def show_message(self, message_id: int, *, allow_remote: bool = False) -> None:
        """Read and show one message in the pane."""
        self._generation += 1
        generation = self._generation
        self.current_id = message_id
        self.allow_remote = allow_remote
        self.remote_images = {}
        if self._remote_task is not None:
            self._remote_task.cancel()
            self._remote_task = None
        database = self._database
        if self._tasks is None:
            try:
                prepared = load_message(database, message_id, allow_remote)
            except Exception as exc:
                self._failed(generation, exc)
                return
            self._show(generation, prepared)
            return

        def work(_context: TaskContext) -> Prepared:
            return load_message(database, message_id, allow_remote)

        self._tasks.run(
            work,
            lane=IO,
            on_success=lambda prepared: self._show(generation, prepared),
            on_failure=lambda exc: self._failed(generation, exc),
            description="read message",
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.pane.clear()
        reason = str(exc) if isinstance(exc, KnownError) else self.tr("see the log")
        self.pane.show_notice(
            self.tr("The message cannot be shown: {reason}").format(reason=reason)
        )

    def _show(self, generation: int, prepared: Prepared) -> None:
        if generation != self._generation:
            return
        self.prepared = prepared
        row = prepared.detail.row
        pane = self.pane
        pane.subject_label.setText(row.subject or self.tr("(no subject)"))
        sender = sender_of(row)
        if row.from_name and row.from_email:
            sender = f"{row.from_name} <{row.from_email}>"
        pane.set_field("from", sender)
        pane.set_field("to", _people(row.to))
        pane.set_field("cc", _people(row.cc))
        pane.set_field("date", _long_when(self._locale, row))
        folder = row.folder
        account_name = self._account_names.get(row.account_id, "")
        if account_name and self.current_account() is None:
            folder = f"{account_name} / {row.folder}"
        pane.set_field("folder", folder)
        if row.matter_number:
            matter = f"{row.matter_number} {prepared.matter_title}".strip()
        else:
            matter = self.tr("Not filed on a matter")
        pane.set_field("matter", matter)
        pane.expunged_label.setVisible(row.expunged)
        pane.browser.setVisible(True)
        pane.file_button.setVisible(True)
        pane.file_button.setEnabled(True)
        pane.file_button.setText(
            self.tr("Move to &matter…") if row.matter_id else self.tr("File on &matter…")
        )
        pane.unfile_button.setEnabled(row.matter_id is not None)
        pane.unfile_button.setVisible(row.matter_id is not None)
        self._fill_attachments(row)
        self._fill_thread(prepared.thread, row.id)
        notice, self._pending_notice = self._pending_notice, ""
        if not notice and prepared.detail.problems:
            notice = self.tr("Parts of this message could not be read.")
        pane.show_notice(notice)
        self._render()
        self.messageShown.emit(row.id)

    def _render(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        safe = prepared.safe
        self.pane.browser.show_message(safe, prepared.images, self.remote_images)
        blocked = safe.has_remote and not self.allow_remote
        self.pane.remote_bar.setVisible(blocked)
        if blocked:
            self.pane.remote_label.setText(
                self.tr("Remote images were blocked ({count}).").format(count=safe.blocked_remote)
            )

    def _fill_attachments(self, row: MessageRow) -> None:
        pane = self.pane
        pane.attachments.clear()
        shown = [a for a in row.attachments if not (a.inline and a.content_id)]
        for info in shown:
            text = f"{info.filename} ({_size_text(self._locale, info.size)})"
            if info.document_id is not None:
                text += " " + self.tr("— filed")
            item = QListWidgetItem(icon("attachment"), text)
            item.setData(_PART_ROLE, info.part)
            item.setToolTip(info.content_type)
            pane.attachments.addItem(item)
        pane.attachments_box.setVisible(bool(shown))
        if shown:
            pane.attachments.setCurrentRow(0)
            self._fit_attachments()
        self._update_attachment_buttons()

    def _fit_attachments(self) -> None:
        # The chips wrap; give the list the lines they take (at most three, then it scrolls).
        box = self.pane.attachments
        widths = [box.sizeHintForIndex(box.model().index(r, 0)).width() for r in range(box.count())]
        available = max(box.viewport().width(), self.pane.width() - 200, 200)
        lines, used = 1, 0
        for width in widths:
            if used and used + width + 4 > available:
                lines += 1
                used = 0
            used += width + 4
        line = max(box.sizeHintForRow(0), self.fontMetrics().height()) + 4
        box.setFixedHeight(line * min(lines, 3) + box.frameWidth() * 2 + 4)

    def _update_attachment_buttons(self) -> None:
        chosen = bool(self.pane.attachments.selectedItems())
        self.pane.save_button.setEnabled(chosen)
        self.pane.document_button.setEnabled(chosen and self._store_of is not None)
        if self._store_of is None:
            self.pane.document_button.setToolTip(self.tr("Open the Mail section to file documents"))

    def _fill_thread(self, thread: list[MessageRow], current: int) -> None:
        pane = self.pane
        pane.thread_list.clear()
        for message in thread:
            when = short_when(self._locale, message.sent_at)
            item = QListWidgetItem(f"{when}  {sender_of(message)} — {message.subject}")
            item.setData(_MESSAGE_ROLE, message.id)
            if message.id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            pane.thread_list.addItem(item)
        pane.thread_list.setVisible(len(thread) > 1)
        if thread:
            # As tall as the conversation, up to five lines; it scrolls beyond.
            line = max(pane.thread_list.sizeHintForRow(0), self.fontMetrics().height())
            frame = pane.thread_list.frameWidth() * 2
            pane.thread_list.setFixedHeight(line * min(len(thread), 5) + frame + 4)

    # --- remote images -------------------------------------------------------------------

    def show_remote_images(self) -> None:
        """Show this message's remote images: fetched on a network lane, never by the
        browser itself; tracking pixels stay out (safe_html drops them)."""
        if self.prepared is None:
            return
        detail = self.prepared.detail
        self.allow_remote = True
        safe = render_body(detail, allow_remote=True)
        self.prepared = Prepared(
            detail,
            safe,
            self.prepared.images,
            self.prepared.thread,
            self.prepared.matter_title,
        )
        self._render()
        urls = remote_image_urls(safe.html)
        if not urls:
            return
        generation = self._generation

        def work(context: TaskContext) -> dict[str, bytes]:
            return fetch_remote_images(urls, context)

        def done(found: dict[str, bytes]) -> None:
            if generation != self._generation:
                return
            self._remote_task = None
            self.remote_images = found
            self._render()

        if self._tasks is None:
            done(fetch_remote_images(urls))
            return
        self._remote_task = self._tasks.run(
            work,
            lane=_REMOTE_LANE,
            on_success=done,
            on_failure=lambda exc: log.info("Remote images not loaded: %s", exc),
            description="load remote images",
        )

    # --- filing --------------------------------------------------------------------------

    def choose_matter(self) -> None:
        """Ask for a matter (and whether the whole conversation) and file the message."""
        if self.prepared is None:
            return
        row = self.prepared.detail.row
        self.pick_dialog = MatterPickDialog(
            self._database, row.matter_id, max(len(self.prepared.thread), 1), self
        )
        if self.pick_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        matter_id = self.pick_dialog.matter_id()
        if matter_id is None:
            self.pane.show_notice(self.tr("Pick a matter from the list."))
            return
        self.file_on_matter(matter_id, whole_thread=self.pick_dialog.whole_thread.isChecked())

    def remove_from_matter(self) -> None:
        self.file_on_matter(None)

    def file_on_matter(self, matter_id: int | None, *, whole_thread: bool = False) -> None:
        """File the shown message (or its conversation) on ``matter_id``; None takes it off."""
        if self.current_id is None:
            return
        self.file_messages([self.current_id], matter_id, whole_thread=whole_thread)

    def file_messages(
        self, message_ids: Sequence[int], matter_id: int | None, *, whole_thread: bool = False
    ) -> None:
        """File messages on a matter on the write lane, then show the change."""
        database, ids = self._database, list(message_ids)

        def work(_context: TaskContext) -> int:
            from smallcrm.core.services.mail_messages import file_message

            changed = 0
            with database.session_scope() as session:
                for message_id in ids:
                    changed += file_message(
                        session, message_id, matter_id, whole_thread=whole_thread
                    )
            return changed

        def done(_changed: int) -> None:
            self._pending_notice = (
                self.tr("Filed on the matter.")
                if matter_id is not None
                else self.tr("Removed from the matter.")
            )
            self._filed()

        self._write(work, done, self.tr("Not filed: {reason}"), "file message")

    def _filed(self) -> None:
        self.model.reload()
        if self.current_id is not None:
            self.show_message(self.current_id, allow_remote=self.allow_remote)
        self.changed.emit()

    def _write(
        self, work: Callable[[TaskContext], Any], done: Callable[[Any], None], fail: str, what: str
    ) -> None:
        def failed(exc: BaseException) -> None:
            reason = str(exc) if isinstance(exc, KnownError) else self.tr("see the log")
            self.pane.show_notice(fail.format(reason=reason))

        if self._tasks is None:
            from smallcrm.gui.tasks import SyncRunner

            SyncRunner().run(work, lane=DB, on_success=done, on_failure=failed, description=what)
            return
        self._tasks.run(work, lane=DB, on_success=done, on_failure=failed, description=what)

    # --- attachments ---------------------------------------------------------------------

    def _selected_parts(self) -> list[str]:
        return [str(i.data(_PART_ROLE)) for i in self.pane.attachments.selectedItems()]

    def _save_selected(self) -> None:
        for part in self._selected_parts():
            if not self.save_attachment(part):
                break

    def save_attachment(self, part: str) -> bool:
        """Ask where to save one attachment and write its exact bytes there; False when the
        user cancelled."""
        from smallcrm.core.documents.store import safe_file_name

        if self.prepared is None:
            return False
        row = self.prepared.detail.row
        info = next((a for a in row.attachments if a.part == part), None)
        if info is None:
            return False
        proposed = os.path.join(self._last_folder, safe_file_name(info.filename, "attachment"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), proposed)
        if not path:
            return False
        target = Path(path)
        self._last_folder = str(target.parent)
        database, message_id = self._database, row.id

        def work(_context: TaskContext) -> int:
            return write_attachment(database, message_id, part, target)

        def done(_size: int) -> None:
            self.pane.show_notice(self.tr("Saved {name}.").format(name=target.name))

        def failed(exc: BaseException) -> None:
            reason = str(exc) if isinstance(exc, KnownError) else self.tr("see the log")
            self.pane.show_notice(self.tr("Not saved: {reason}").format(reason=reason))

        if self._tasks is None:
            try:
                done(work(None))  # type: ignore[arg-type]
            except Exception as exc:
                failed(exc)
            return True
        self._tasks.run(work, lane=IO, on_success=done, on_failure=failed, description="save")
        return True

    def _file_selected_documents(self) -> None:
        parts = self._selected_parts()
        if parts:
            self.file_attachments(parts)

    def file_attachments(self, parts: Sequence[str] | None = None) -> None:
        """Store attachments as documents of the message's matter and people (write lane)."""
        if self.prepared is None or self._store_of is None:
            return
        database, store_of = self._database, self._store_of
        message_id, wanted = self.prepared.detail.row.id, list(parts) if parts else None

        def work(_context: TaskContext) -> list[int]:
            from smallcrm.core.services.mail_messages import file_attachments

            store = store_of()
            with database.session_scope() as session:
                return file_attachments(session, store, message_id, parts=wanted)

        def done(document_ids: list[int]) -> None:
            self._pending_notice = self.tr("Filed as %n document(s).", "", len(document_ids))
            self.pane.show_notice(self._pending_notice)
            self.documentsAdded.emit(document_ids)
            if self.current_id == message_id:
                self.show_message(message_id, allow_remote=self.allow_remote)
            self.model.reload()

        self._write(work, done, self.tr("Not filed: {reason}"), "file attachments")
