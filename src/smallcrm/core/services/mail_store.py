"""Writes synced mail batches with their folder checkpoint, idempotently, in one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Insert, and_, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from smallcrm.core.connectors.imap import Batch, Checkpoint, RawMessage
from smallcrm.core.interop.mime import Address, ParsedMessage, parse_message
from smallcrm.core.models import (
    MAIL_PRIVACY,
    Contact,
    ContactMethod,
    MailFolderState,
    MailMessage,
    mail_message_contact,
    utcnow,
)
from smallcrm.core.search import query_words

__all__ = [
    "BatchReport",
    "MessageSummary",
    "folder_state",
    "messages_of_contact",
    "reset_folder",
    "store_batch",
]

_CHUNK = 500  # values per IN list: far below SQLite's and PostgreSQL's parameter limits
_ID_LENGTH = 500  # MailMessage.message_id / in_reply_to; real Message-IDs are far shorter


@dataclass(frozen=True)
class BatchReport:
    added: int
    skipped_privacy: int
    duplicates: int  # already stored: same source identity, or same Message-ID after a reset
    problems: tuple[tuple[int, str], ...]  # (UID, what the parser complained of); still stored


@dataclass(frozen=True)
class MessageSummary:
    id: int
    account_id: int
    folder: str
    subject: str
    sent_at: datetime | None
    from_name: str | None
    from_email: str | None
    has_attachments: bool
    matter_id: int | None


def _clean(value: str | None, limit: int | None = None) -> str | None:
    # PostgreSQL refuses NUL in text and lone surrogates in UTF-8; a hostile mail has both.
    if value is None:
        return None
    out = value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    return out[:limit] if limit else out


def _people(addresses: Iterable[Address]) -> str:
    return json.dumps([[_clean(a.name), _clean(a.email)] for a in addresses], ensure_ascii=False)


def _search_text(parsed: ParsedMessage) -> str:
    people = [parsed.sender, *parsed.to, *parsed.cc]
    parts = [parsed.subject]
    for person in people:
        if person is not None:
            parts += [person.name, person.email]
    parts.append(parsed.text)
    return " ".join(dict.fromkeys(query_words(" ".join(p for p in parts if p))))


def _roles(parsed: ParsedMessage) -> list[tuple[str, str]]:
    """(role, lower-cased address) of the sender and the visible recipients."""
    out = [("from", parsed.sender.email.lower())] if parsed.sender else []
    out += [("to", a.email.lower()) for a in parsed.to]
    out += [("cc", a.email.lower()) for a in parsed.cc]
    return out


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _contacts_by_address(session: Session, addresses: set[str]) -> dict[str, set[int]]:
    """Live people with one of ``addresses`` as an e-mail, by the lower-cased address.

    Stored e-mails keep the local part's case (RFC 5321), but people do not mean two
    persons by "Jana.Novakova@" and "jana.novakova@": the match ignores case.
    """
    found: dict[str, set[int]] = {}
    for chunk in _chunks(sorted(addresses)):
        rows = session.execute(
            select(func.lower(ContactMethod.value), ContactMethod.contact_id)
            .join(Contact, Contact.id == ContactMethod.contact_id)
            .where(
                ContactMethod.kind == "email",
                Contact.deleted_at.is_(None),
                func.lower(ContactMethod.value).in_(chunk),
            )
        )
        for address, contact_id in rows:
            found.setdefault(address, set()).add(contact_id)
    return found


def _insert(session: Session, table: object) -> Insert:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)  # type: ignore[arg-type]


def _row(
    account_id: int, checkpoint: Checkpoint, message: RawMessage, parsed: ParsedMessage
) -> dict[str, object]:
    sender = parsed.sender
    return {
        "account_id": account_id,
        "folder": checkpoint.folder,
        "uidvalidity": checkpoint.uidvalidity,
        "uid": message.uid,
        "message_id": _clean(parsed.message_id, _ID_LENGTH),
        "in_reply_to": _clean(parsed.in_reply_to, _ID_LENGTH),
        "references_json": json.dumps([_clean(r) for r in parsed.references], ensure_ascii=False),
        "subject": _clean(parsed.subject) or "",
        # A message without a readable Date: header is dated by its arrival on the server.
        "sent_at": parsed.date or message.internal_date,
        "from_name": _clean(sender.name, 400) if sender else None,
        "from_email": _clean(sender.email, 320) if sender else None,
        "to_json": _people(parsed.to),
        "cc_json": _people(parsed.cc),
        "text": _clean(parsed.text) or "",
        "has_attachments": bool(parsed.attachments),
        "raw": message.raw,
        "size": len(message.raw),
        "flags_json": json.dumps(sorted(message.flags)),
        "search_text": _clean(_search_text(parsed)) or "",
        "created_at": utcnow(),
    }


def _existing_uids(
    session: Session, account_id: int, checkpoint: Checkpoint, uids: list[int]
) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(uids):
        found.update(
            session.scalars(
                select(MailMessage.uid).where(
                    MailMessage.account_id == account_id,
                    MailMessage.folder == checkpoint.folder,
                    MailMessage.uidvalidity == checkpoint.uidvalidity,
                    MailMessage.uid.in_(chunk),
                )
            )
        )
    return found


def _older_by_message_id(
    session: Session, account_id: int, checkpoint: Checkpoint, message_ids: list[str]
) -> dict[str, list[int]]:
    """Rows of this folder stored under an earlier UIDVALIDITY, by Message-ID, oldest first."""
    found: dict[str, list[int]] = {}
    for chunk in _chunks(sorted(set(message_ids))):
        rows = session.execute(
            select(MailMessage.message_id, MailMessage.id)
            .where(
                MailMessage.account_id == account_id,
                MailMessage.folder == checkpoint.folder,
                MailMessage.uidvalidity != checkpoint.uidvalidity,
                MailMessage.message_id.in_(chunk),
            )
            .order_by(MailMessage.id)
        )
        for message_id, row_id in rows:
            found.setdefault(message_id, []).append(row_id)
    return found


def _write_checkpoint(session: Session, account_id: int, checkpoint: Checkpoint) -> None:
    values = {
        "uidvalidity": checkpoint.uidvalidity,
        "last_uid": checkpoint.last_uid,
        "highestmodseq": checkpoint.highestmodseq,
        "synced_at": utcnow(),
    }
    stmt = _insert(session, MailFolderState).values(
        account_id=account_id, folder=checkpoint.folder, **values
    )
    session.execute(
        stmt.on_conflict_do_update(index_elements=["account_id", "folder"], set_=values)
    )


def store_batch(session: Session, account_id: int, batch: Batch, *, privacy: str) -> BatchReport:
    """Store one connector batch and its folder's checkpoint in the caller's transaction.

    Idempotent: a message already stored under its source identity (account, folder,
    UIDVALIDITY, UID), or under the same Message-ID in this folder before a UIDVALIDITY
    change, is not stored again. Because the checkpoint is written in the same transaction,
    a crash before the commit repeats the batch and one after it never does.
    """
    if privacy not in MAIL_PRIVACY:
        raise ValueError(f"unknown privacy {privacy!r}")
    checkpoint = batch.checkpoint
    parsed = [(message, parse_message(message.raw)) for message in batch.messages]
    problems = tuple((message.uid, problem) for message, p in parsed for problem in p.problems)
    wanted = {address for _m, p in parsed for _role, address in _roles(p)}
    contacts = _contacts_by_address(session, wanted) if wanted and privacy != "filed" else {}

    added = skipped = duplicates = 0
    kept: list[tuple[RawMessage, ParsedMessage]] = []
    for message, p in parsed:
        if privacy == "filed" or (
            privacy == "contacts" and not any(a in contacts for _r, a in _roles(p))
        ):
            # Not kept now; the user may file it by hand later (the server still has it).
            skipped += 1
        else:
            kept.append((message, p))

    stored = _existing_uids(session, account_id, checkpoint, [m.uid for m, _p in kept])
    older = _older_by_message_id(
        session,
        account_id,
        checkpoint,
        [p.message_id[:_ID_LENGTH] for m, p in kept if p.message_id and m.uid not in stored],
    )
    for message, p in kept:
        if message.uid in stored:
            duplicates += 1
            continue
        same = older.get((p.message_id or "")[:_ID_LENGTH])
        if same:
            # The folder was renumbered (UIDVALIDITY changed): the stored row takes the new
            # identity. One row per message, so two copies sharing a Message-ID stay two.
            row_id = same.pop(0)
            session.execute(
                update(MailMessage)
                .where(MailMessage.id == row_id)
                .values(uidvalidity=checkpoint.uidvalidity, uid=message.uid)
            )
            duplicates += 1
            continue
        row_id = session.execute(
            _insert(session, MailMessage)
            .values(**_row(account_id, checkpoint, message, p))
            .on_conflict_do_nothing(index_elements=["account_id", "folder", "uidvalidity", "uid"])
            .returning(MailMessage.id)
        ).scalar_one_or_none()
        if row_id is None:  # written meanwhile by another writer: still only once
            duplicates += 1
            continue
        added += 1
        links = {
            (contact_id, role)
            for role, address in _roles(p)
            for contact_id in contacts.get(address, ())
        }
        if links:
            session.execute(
                _insert(session, mail_message_contact)
                .values(
                    [
                        {"message_id": row_id, "contact_id": contact_id, "role": role}
                        for contact_id, role in sorted(links)
                    ]
                )
                .on_conflict_do_nothing()
            )

    _write_checkpoint(session, account_id, checkpoint)
    return BatchReport(added, skipped, duplicates, problems)


def folder_state(session: Session, account_id: int, folder: str) -> Checkpoint | None:
    """The folder's stored checkpoint, or None when it was never synced (or was reset)."""
    row = session.scalars(
        select(MailFolderState).where(
            MailFolderState.account_id == account_id, MailFolderState.folder == folder
        )
    ).one_or_none()
    if row is None:
        return None
    return Checkpoint(row.folder, row.uidvalidity, row.last_uid, row.highestmodseq)


def reset_folder(session: Session, account_id: int, folder: str, new_uidvalidity: int) -> bool:
    """The folder's UIDVALIDITY changed: drop its checkpoint so the next sync starts over.

    Messages stay; store_batch matches them again by Message-ID. A checkpoint already
    under ``new_uidvalidity`` is progress of the resync itself and is kept (True when one
    was dropped), so calling this twice loses nothing.
    """
    result = session.execute(
        delete(MailFolderState).where(
            and_(
                MailFolderState.account_id == account_id,
                MailFolderState.folder == folder,
                MailFolderState.uidvalidity != new_uidvalidity,
            )
        )
    )
    return bool(result.rowcount)


def messages_of_contact(session: Session, contact_id: int, limit: int = 50) -> list[MessageSummary]:
    """The person's stored messages (from, to or cc), newest first."""
    linked = select(mail_message_contact.c.message_id).where(
        mail_message_contact.c.contact_id == contact_id
    )
    rows = session.execute(
        select(
            MailMessage.id,
            MailMessage.account_id,
            MailMessage.folder,
            MailMessage.subject,
            MailMessage.sent_at,
            MailMessage.from_name,
            MailMessage.from_email,
            MailMessage.has_attachments,
            MailMessage.matter_id,
        )
        .where(MailMessage.id.in_(linked))
        .order_by(MailMessage.sent_at.desc().nulls_last(), MailMessage.id.desc())
        .limit(limit)
    )
    return [MessageSummary(*row) for row in rows]
