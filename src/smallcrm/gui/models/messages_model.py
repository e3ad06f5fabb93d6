"""Message list model: stored mail newest first, read a keyset page at a time."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from smallcrm.core.db import Database
from smallcrm.core.services.mail_messages import PAGE, MessageRow
from smallcrm.gui.dates import short_date
from smallcrm.gui.models.keyset_paging import KeysetPaging, PageReader

log = logging.getLogger(__name__)

# Dragged message rows carry their ids as a JSON list; the matters list takes the drop.
MESSAGE_IDS_MIME = "application/x-smallcrm-message-ids"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the MessageRow (plain, frozen data)

FROM, SUBJECT, DATE, MATTER = range(4)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MessageFilter:
    """Which messages the list shows; all None is every stored message."""

    account_id: int | None = None
    contact_id: int | None = None
    matter_id: int | None = None


def read_page(
    database: Database,
    where: MessageFilter,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE,
) -> list[MessageRow]:
    """One page of messages older than ``before``; runs on any thread."""
    from smallcrm.core.services.mail_messages import list_messages

    with database.session_scope() as session:
        return list_messages(
            session,
            account_id=where.account_id,
            contact_id=where.contact_id,
            matter_id=where.matter_id,
            before=before,
            limit=limit,
        )


def ids_from_mime(mime: QMimeData) -> list[int]:
    """The message ids a drag carries; [] for anything else or a malformed payload."""
    if not mime.hasFormat(MESSAGE_IDS_MIME):
        return []
    try:
        values = json.loads(bytes(mime.data(MESSAGE_IDS_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def sender_of(row: MessageRow) -> str:
    return (row.from_name or "").strip() or (row.from_email or "").strip()


def local_time(value: datetime) -> datetime:
    # Stored times are UTC; a naive one (an old row) is read as UTC too.
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def short_when(locale: QLocale, value: datetime | None, today: date | None = None) -> str:
    """Today's mail by its time, older mail by its date, as mail clients show a list."""
    if value is None:
        return ""
    when = local_time(value)
    if when.date() == (today or date.today()):
        return locale.toString(
            QTime(when.hour, when.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
        )
    return short_date(locale, when.date(), today)


class MessagesModel(KeysetPaging[MessageRow], QAbstractTableModel):
    """Holds the pages read so far; ``fetchMore`` reads the next, older one.

    The first page is read at once (one indexed query), so switching accounts never shows
    the previous account's mail while loading; later pages and reloads go to the runner's
    read lane when there is a runner. Answers to an older request are dropped.
    """

    pageLoaded = Signal()
    loadFailed = Signal(str)
    _what = "messages"

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._init_paging(PAGE)
        self._database = database
        self._filter: MessageFilter | None = None
        self._locale = QLocale()

    # --- what is shown -------------------------------------------------------------------

    @property
    def filter(self) -> MessageFilter | None:
        return self._filter

    def set_filter(self, where: MessageFilter | None) -> None:
        """Show the messages ``where`` picks (None: nothing), the first page read at once."""
        self._filter = where
        page = self._first_page()
        self._reset(page, len(page) == self.page_size)
        self.pageLoaded.emit()

    def _reader(self) -> PageReader | None:
        where, database = self._filter, self._database
        if where is None:
            return None
        return lambda before, limit: read_page(database, where, before, limit)

    def _cursor(self, row: MessageRow) -> tuple[datetime, int] | None:
        # The core promises a date; without one there is no keyset.
        return None if row.sent_at is None else (row.sent_at, row.id)

    # --- access --------------------------------------------------------------------------

    def message(self, row: int) -> MessageRow:
        return self._rows[row]

    def messages(self) -> list[MessageRow]:
        return list(self._rows)

    def row_of(self, message_id: int) -> int:
        for row, message in enumerate(self._rows):
            if message.id == message_id:
                return row
        return -1

    def update_rows(self, rows: list[MessageRow]) -> None:
        """Put fresh copies of loaded messages in place (after filing one, say)."""
        by_id = {r.id: r for r in rows}
        for row, message in enumerate(self._rows):
            fresh = by_id.get(message.id)
            if fresh is not None:
                self._rows[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, MATTER))

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        titles = (
            translate("MessagesModel", "From"),
            translate("MessagesModel", "Subject"),
            translate("MessagesModel", "Date"),
            translate("MessagesModel", "Matter"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        message = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return message.id
        if role == ROW_ROLE:
            return message
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(message, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FROM:
                return message.from_email or None
            if column == DATE and message.sent_at is not None:
                return self._locale.toString(
                    local_time(message.sent_at), QLocale.FormatType.LongFormat
                )
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(message, column)
        if role == Qt.ItemDataRole.DecorationRole and column == SUBJECT:
            return self._clip() if _has_files(message) else None
        if role == Qt.ItemDataRole.FontRole and not message.seen:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and message.expunged:
            from PySide6.QtGui import QGuiApplication, QPalette

            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, message: MessageRow, column: int) -> str:
        if column == FROM:
            return sender_of(message) or QCoreApplication.translate("MessagesModel", "(unknown)")
        if column == SUBJECT:
            return message.subject or QCoreApplication.translate("MessagesModel", "(no subject)")
        if column == DATE:
            return short_when(self._locale, message.sent_at)
        if column == MATTER:
            return message.matter_number or ""
        return ""

    def _accessible(self, message: MessageRow, column: int) -> str:
        text = self._text(message, column)
        translate = QCoreApplication.translate
        if column == SUBJECT:
            extras = []
            if not message.seen:
                extras.append(translate("MessagesModel", "unread"))
            if _has_files(message):
                extras.append(translate("MessagesModel", "with attachments"))
            if extras:
                text = f"{text} ({', '.join(extras)})"
        return text

    def _clip(self) -> Any:
        from smallcrm.gui.widgets.icons import icon

        return icon("attachment")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- dragging ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MESSAGE_IDS_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802
        ids: list[int] = []
        for index in indexes:
            if index.isValid() and 0 <= index.row() < len(self._rows):
                message_id = self._rows[index.row()].id
                if message_id not in ids:
                    ids.append(message_id)
        mime = QMimeData()
        mime.setData(MESSAGE_IDS_MIME, json.dumps(ids).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction


def _has_files(message: MessageRow) -> bool:
    # Inline images of an HTML mail are part of its body, not files the reader would save.
    return any(not (a.inline and a.content_id) for a in message.attachments)
