"""Stored mail as the user meets it: lists per account, person and matter, one message, filing."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.documents.store import DocumentStore, display_name
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.mime import attachment_bytes, parse_message
from smallcrm.core.models import (
    Activity,
    MailMessage,
    Matter,
    mail_attachment_document,
    mail_message_activity,
    mail_message_contact,
    mail_message_raw,
    utcnow,
)
from smallcrm.core.services import documents
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.services.mail_store import TimelineEntry, add_timeline_entries

__all__ = [
    "AttachmentInfo",
    "MessageDetail",
    "MessageNotFound",
    "MessageRow",
    "attachment_content",
    "count_messages",
    "file_attachments",
    "file_message",
    "get_message",
    "list_messages",
    "message_json",
    "message_of_activity",
    "raw_message",
    "thread_of",
]

PAGE = 100
_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")
_INLINE_MAX = 5 * 1024 * 1024  # bytes of one inline image shown in the pane


class MessageNotFound(RecordNotFound):
    """No stored message has that id."""


@dataclass(frozen=True)
class AttachmentInfo:
    filename: str  # as shown: no path parts, no control or bidi-override characters
    content_type: str
    size: int
    content_id: str | None
    inline: bool
    part: str  # "0.2": child indexes from the root (mime.attachment_bytes)
    document_id: int | None = None  # filed as this document


@dataclass(frozen=True)
class MessageRow:
    id: int
    account_id: int
    folder: str
    message_id: str | None
    subject: str
    sent_at: datetime | None
    from_name: str | None
    from_email: str | None
    to: list[tuple[str, str]]
    cc: list[tuple[str, str]]
    attachments: list[AttachmentInfo]
    contacts: list[int]
    matter_id: int | None
    matter_number: str | None
    invitation_uid: str | None
    thread_key: str | None
    flags: list[str]
    expunged: bool

    @property
    def seen(self) -> bool:
        return "\\Seen" in self.flags


@dataclass(frozen=True)
class MessageDetail:
    row: MessageRow
    text: str
    html: str | None
    # Content-ID (no angle brackets) -> (media type, bytes) of the images the HTML shows.
    inline_images: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _people(text: str | None) -> list[tuple[str, str]]:
    try:
        return [(str(n or ""), str(e or "")) for n, e in json.loads(text or "[]")]
    except (ValueError, TypeError):
        return []


def _attachments(text: str | None, filed: dict[str, int]) -> list[AttachmentInfo]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    out = []
    for item in items:
        name = display_name(str(item.get("filename") or ""))
        out.append(
            AttachmentInfo(
                filename=name or "attachment",
                content_type=str(item.get("content_type") or "application/octet-stream"),
                size=int(item.get("size") or 0),
                content_id=item.get("content_id"),
                inline=bool(item.get("inline")),
                part=str(item.get("part") or ""),
                document_id=filed.get(str(item.get("part") or "")),
            )
        )
    return out


_COLUMNS = (
    MailMessage.id,
    MailMessage.account_id,
    MailMessage.folder,
    MailMessage.message_id,
    MailMessage.subject,
    MailMessage.sent_at,
    MailMessage.from_name,
    MailMessage.from_email,
    MailMessage.to_json,
    MailMessage.cc_json,
    MailMessage.attachments_json,
    MailMessage.matter_id,
    Matter.number,
    MailMessage.invitation_uid,
    MailMessage.thread_key,
    MailMessage.flags_json,
    MailMessage.expunged_at,
)


def _rows(session: Session, stmt: Select) -> list[MessageRow]:
    found = session.execute(stmt).all()
    ids = [r.id for r in found]
    contacts: dict[int, list[int]] = {}
    filed: dict[int, dict[str, int]] = {}
    if ids:
        for message_id, contact_id in session.execute(
            select(mail_message_contact.c.message_id, mail_message_contact.c.contact_id)
            .where(mail_message_contact.c.message_id.in_(ids))
            .distinct()
            .order_by(mail_message_contact.c.message_id, mail_message_contact.c.contact_id)
        ):
            contacts.setdefault(message_id, []).append(contact_id)
        for message_id, part, document_id in session.execute(
            select(
                mail_attachment_document.c.message_id,
                mail_attachment_document.c.part,
                mail_attachment_document.c.document_id,
            ).where(mail_attachment_document.c.message_id.in_(ids))
        ):
            filed.setdefault(message_id, {})[part] = document_id
    return [
        MessageRow(
            id=r.id,
            account_id=r.account_id,
            folder=r.folder,
            message_id=r.message_id,
            subject=r.subject,
            sent_at=r.sent_at,
            from_name=r.from_name,
            from_email=r.from_email,
            to=_people(r.to_json),
            cc=_people(r.cc_json),
            attachments=_attachments(r.attachments_json, filed.get(r.id, {})),
            contacts=contacts.get(r.id, []),
            matter_id=r.matter_id,
            matter_number=r.number,
            invitation_uid=r.invitation_uid,
            thread_key=r.thread_key,
            flags=json.loads(r.flags_json or "[]"),
            expunged=r.expunged_at is not None,
        )
        for r in found
    ]


def _filtered(
    stmt: Select,
    account_id: int | None,
    contact_id: int | None,
    matter_id: int | None,
    folder: str | None,
) -> Select:
    if account_id is not None:
        stmt = stmt.where(MailMessage.account_id == account_id)
    if folder is not None:
        stmt = stmt.where(MailMessage.folder == folder)
    if matter_id is not None:
        stmt = stmt.where(MailMessage.matter_id == matter_id)
    if contact_id is not None:
        stmt = stmt.where(
            MailMessage.id.in_(
                select(mail_message_contact.c.message_id).where(
                    mail_message_contact.c.contact_id == contact_id
                )
            )
        )
    return stmt


# Newest first. Every stored message has a sent_at (its Date:, else its arrival on the
# server), so the keyset needs no NULL case.
_sent = MailMessage.sent_at


def list_messages(
    session: Session,
    *,
    account_id: int | None = None,
    contact_id: int | None = None,
    matter_id: int | None = None,
    folder: str | None = None,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE,
) -> list[MessageRow]:
    """A page of stored messages, newest first; ``before`` is the last row's
    (sent_at, id): keyset paging, so a mailbox of 100,000 pages like one of 100."""
    stmt = _filtered(
        select(*_COLUMNS).outerjoin(Matter, Matter.id == MailMessage.matter_id),
        account_id,
        contact_id,
        matter_id,
        folder,
    )
    if before is not None:
        when, last_id = before
        stmt = stmt.where((_sent < when) | ((_sent == when) & (MailMessage.id < last_id)))
    return _rows(session, stmt.order_by(_sent.desc(), MailMessage.id.desc()).limit(limit))


def count_messages(
    session: Session,
    *,
    account_id: int | None = None,
    contact_id: int | None = None,
    matter_id: int | None = None,
    folder: str | None = None,
) -> int:
    stmt = _filtered(
        select(func.count()).select_from(MailMessage), account_id, contact_id, matter_id, folder
    )
    return int(session.scalar(stmt) or 0)


def _row(session: Session, message_id: int) -> MessageRow:
    found = _rows(
        session,
        select(*_COLUMNS)
        .outerjoin(Matter, Matter.id == MailMessage.matter_id)
        .where(MailMessage.id == message_id),
    )
    if not found:
        raise MessageNotFound(f"There is no stored message {message_id}.")
    return found[0]


def message_of_activity(session: Session, activity_id: int) -> int | None:
    """The stored message an "email" timeline entry stands for, if any."""
    return session.scalar(
        select(mail_message_activity.c.message_id).where(
            mail_message_activity.c.activity_id == activity_id
        )
    )


def raw_message(session: Session, message_id: int) -> bytes:
    """The RFC 822 bytes exactly as the server gave them."""
    raw = session.scalar(
        select(mail_message_raw.c.raw).where(mail_message_raw.c.message_id == message_id)
    )
    if raw is None:
        raise MessageNotFound(f"There is no stored message {message_id}.")
    return bytes(raw)


def get_message(session: Session, message_id: int) -> MessageDetail:
    """One message to read: its row, text, HTML and the inline images the HTML refers to."""
    row = _row(session, message_id)
    raw = raw_message(session, message_id)
    parsed = parse_message(raw)
    images: dict[str, tuple[str, bytes]] = {}
    for a in parsed.attachments:
        if not a.content_id or a.content_type.lower() not in _IMAGE_TYPES:
            continue
        if a.size > _INLINE_MAX:
            continue
        try:
            images[a.content_id.strip("<> ")] = (
                a.content_type.lower(),
                attachment_bytes(raw, a.part_path),
            )
        except (KeyError, ValueError):
            continue
    return MessageDetail(row, parsed.text, parsed.html, images, list(parsed.problems))


def thread_of(session: Session, message_id: int, limit: int = 200) -> list[MessageRow]:
    """The message's conversation, oldest first."""
    key = session.scalar(select(MailMessage.thread_key).where(MailMessage.id == message_id))
    if key is None:
        return [_row(session, message_id)]
    stmt = (
        select(*_COLUMNS)
        .outerjoin(Matter, Matter.id == MailMessage.matter_id)
        .where(MailMessage.thread_key == key)
        .order_by(_sent, MailMessage.id)
        .limit(limit)
    )
    return _rows(session, stmt)


def file_message(
    session: Session, message_id: int, matter_id: int | None, *, whole_thread: bool = False
) -> int:
    """File the message (or its whole thread) on a matter, or take it off (None); returns
    how many messages changed. Its timeline entry moves with it."""
    if matter_id is not None:
        live = session.scalar(
            select(Matter.id).where(Matter.id == matter_id, Matter.deleted_at.is_(None))
        )
        if live is None:
            raise KnownError(f"There is no matter {matter_id} (or it is in the trash).")
    row = _row(session, message_id)
    ids = [message_id]
    if whole_thread and row.thread_key:
        ids = list(
            session.scalars(select(MailMessage.id).where(MailMessage.thread_key == row.thread_key))
        )
    changed = session.execute(
        update(MailMessage)
        .where(MailMessage.id.in_(ids), MailMessage.matter_id.is_distinct_from(matter_id))
        .values(matter_id=matter_id)
    ).rowcount
    for mid in ids:
        _retime(session, mid, matter_id)
    return int(changed or 0)


def _retime(session: Session, message_id: int, matter_id: int | None) -> None:
    """Keep the message's timeline entry on its matter; make one when filing is its first
    link (a message of nobody known, filed by hand)."""
    activity_id = session.scalar(
        select(mail_message_activity.c.activity_id).where(
            mail_message_activity.c.message_id == message_id
        )
    )
    if activity_id is not None:
        session.execute(
            update(Activity).where(Activity.id == activity_id).values(matter_id=matter_id)
        )
        return
    if matter_id is None:
        return
    row = session.execute(
        select(MailMessage.subject, MailMessage.text, MailMessage.sent_at).where(
            MailMessage.id == message_id
        )
    ).one()
    people = session.scalars(
        select(mail_message_contact.c.contact_id)
        .where(mail_message_contact.c.message_id == message_id)
        .distinct()
    ).all()
    add_timeline_entries(
        session,
        [
            TimelineEntry(
                message_id, row.sent_at or utcnow(), row.subject, row.text, matter_id, people
            )
        ],
    )


def attachment_content(
    session: Session, message_id: int, part: str
) -> tuple[AttachmentInfo, bytes]:
    """One attachment's shown name and its decoded bytes."""
    row = _row(session, message_id)
    info = next((a for a in row.attachments if a.part == part), None)
    if info is None:
        raise KnownError(f"Message {message_id} has no attachment {part!r}.")
    path = tuple(int(p) for p in part.split(".")) if part else ()
    try:
        data = attachment_bytes(raw_message(session, message_id), path)
    except (KeyError, ValueError) as exc:
        raise KnownError(
            f"The attachment “{info.filename}” of message {message_id} cannot be read."
        ) from exc
    return info, data


def file_attachments(
    session: Session,
    store: DocumentStore,
    message_id: int,
    *,
    parts: Sequence[str] | None = None,
    matter_id: int | None = None,
) -> list[int]:
    """Store the message's attachments (all but inline images, or ``parts``) as documents of
    the message's matter (or ``matter_id``) and people; the document ids. An attachment
    filed before is not filed again: its document id is returned."""
    row = _row(session, message_id)
    matter = matter_id if matter_id is not None else row.matter_id
    wanted = (
        [a for a in row.attachments if a.part in set(parts)]
        if parts is not None
        else [a for a in row.attachments if not (a.inline and a.content_id)]
    )
    out: list[int] = []
    for info in wanted:
        if info.document_id is not None:
            out.append(info.document_id)
            continue
        _info, data = attachment_content(session, message_id, info.part)
        staged = documents.stage_bytes(store, data, info.filename)
        # A forwarded message's title is its subject, as for an .eml added from a file.
        title = parse_message(data).subject if info.filename.lower().endswith(".eml") else None
        added = documents.add_staged(
            session, staged, title, matter_id=matter, contact_ids=row.contacts
        )
        session.execute(
            delete(mail_attachment_document).where(
                mail_attachment_document.c.message_id == message_id,
                mail_attachment_document.c.part == info.part,
            )
        )
        session.execute(
            insert(mail_attachment_document).values(
                message_id=message_id, part=info.part, document_id=added.document_id
            )
        )
        out.append(added.document_id)
    return out


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _address(name: str | None, email: str | None) -> dict[str, Any]:
    return {"name": name or "", "email": email or ""}


def message_json(row: MessageRow) -> dict[str, Any]:
    """A message as ``smallcrm messages list --json`` prints it."""
    return {
        "id": row.id,
        "message_id": row.message_id,
        "subject": row.subject,
        "from": _address(row.from_name, row.from_email),
        "to": [_address(n, e) for n, e in row.to],
        "cc": [_address(n, e) for n, e in row.cc],
        "date": _iso(row.sent_at),
        "account_id": row.account_id,
        "folder": row.folder,
        "attachments": [
            {"filename": a.filename, "size": a.size, "content_type": a.content_type}
            for a in row.attachments
        ],
        "contacts": row.contacts,
        "matter_id": row.matter_id,
        "invitation_uid": row.invitation_uid,
        "thread": row.thread_key,
        "flags": row.flags,
        "deleted_on_server": row.expunged,
    }
