"""Writes synced mail batches with their folder checkpoint, idempotently, in one transaction."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Insert, and_, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from smallcrm.core.connectors.imap import Batch, Checkpoint, RawMessage
from smallcrm.core.documents.store import display_name
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.mime import Address, ParsedMessage, parse_message
from smallcrm.core.models import (
    MAIL_PRIVACY,
    Activity,
    Contact,
    ContactMethod,
    Correspondent,
    MailFolderState,
    MailMessage,
    Matter,
    activity_contact,
    mail_message_activity,
    mail_message_contact,
    mail_message_raw,
    utcnow,
)
from smallcrm.core.search import index_written_here, query_words
from smallcrm.core.text import fold
from smallcrm.core.validation import normalize_email

log = logging.getLogger(__name__)

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
# A matter number in square brackets in a subject ("Re: [2026/0042] Lease"): the mail
# client keeps it in every reply, so replies file themselves.
_MATTER_TAG = re.compile(r"\[\s*([^\[\]\s]{1,50})\s*\]")
# Invitations become events of this source whichever account brought them: the same
# meeting in two mailboxes is one event.
INVITATION_SOURCE = "mail"
_TIMELINE_BODY = 4000  # characters of the text an "email" timeline entry shows


@dataclass(frozen=True)
class BatchReport:
    added: int
    skipped_privacy: int
    duplicates: int  # already stored: same source identity, or same Message-ID after a reset
    problems: tuple[tuple[int, str], ...]  # (UID, what the parser complained of); still stored
    filed: int = 0  # stored with a matter, by the tag in the subject or the thread
    invitations: int = 0  # events made or changed from invitations
    invitation_problems: tuple[tuple[int, str], ...] = field(default=())


@dataclass(frozen=True)
class SourceMessage:
    """A message from a source that names it by an item id (Exchange, Graph), not by UID."""

    source_id: str
    flags: frozenset[str]
    internal_date: datetime | None
    raw: bytes = field(repr=False)
    uid: None = None  # IMAP's number; none here


@dataclass(frozen=True)
class SourceCheckpoint:
    """Where such a folder goes on from: the server's opaque token (SyncState, deltaLink)."""

    folder: str
    token: str
    uidvalidity: None = None


@dataclass(frozen=True)
class SourceBatch:
    messages: list[SourceMessage]
    checkpoint: SourceCheckpoint


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


def _update_rows(session: Session, table: Any, rows: Iterable[dict[str, object]]) -> None:
    """``UPDATE table SET ... WHERE id = row["id"]`` for each row: one executemany per set
    of columns, as each row names the columns it changes."""
    groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for row in rows:
        columns = tuple(sorted(key for key in row if key != "id"))
        groups.setdefault(columns, []).append({f"b_{key}": value for key, value in row.items()})
    for columns, params in groups.items():
        session.execute(
            table.update()
            .where(table.c.id == bindparam("b_id"))
            .values({column: bindparam(f"b_{column}") for column in columns}),
            params,
        )


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


def _attachments(parsed: ParsedMessage) -> str:
    return json.dumps(
        [
            {
                # As shown: no path parts, control or bidi-override characters.
                "filename": display_name(_clean(a.filename) or "") or None,
                "content_type": a.content_type,
                "size": a.size,
                "content_id": _clean(a.content_id),
                "inline": a.is_inline,
                "part": ".".join(map(str, a.part_path)),
            }
            for a in parsed.attachments
        ],
        ensure_ascii=False,
    )


def _row(
    account_id: int,
    checkpoint: Checkpoint | SourceCheckpoint,
    message: RawMessage | SourceMessage,
    parsed: ParsedMessage,
    bodies: bool = True,
) -> dict[str, object]:
    sender = parsed.sender
    now = utcnow()
    return {
        "account_id": account_id,
        "folder": checkpoint.folder,
        "uidvalidity": checkpoint.uidvalidity,
        "uid": message.uid,
        "source_id": getattr(message, "source_id", None),
        "message_id": _clean(parsed.message_id, _ID_LENGTH),
        "in_reply_to": _clean(parsed.in_reply_to, _ID_LENGTH),
        "references_json": json.dumps([_clean(r) for r in parsed.references], ensure_ascii=False),
        "subject": _clean(parsed.subject) or "",
        # A message without a readable Date: header is dated by its arrival on the server.
        "sent_at": parsed.date or message.internal_date or now,
        "from_name": _clean(sender.name, 400) if sender else None,
        "from_email": _clean(sender.email, 320) if sender else None,
        "to_json": _people(parsed.to),
        "cc_json": _people(parsed.cc),
        "text": _clean(parsed.text) or "",
        "has_attachments": bool(parsed.attachments),
        "size": len(message.raw),
        "flags_json": json.dumps(sorted(message.flags)),
        "search_text": _clean(_search_text(parsed)) or "",
        "attachments_json": _attachments(parsed) if bodies else None,
        "indexed_at": now if bodies else None,
        "created_at": now,
    }


def _key(message: Any) -> int | str:
    """A fetched message's source identity within its folder: its UID, or its item id."""
    return message.uid if message.uid is not None else message.source_id


def _existing(session: Session, account_id: int, checkpoint: Any, keys: list[Any]) -> set[Any]:
    """Which of ``keys`` (UIDs in this UIDVALIDITY, or item ids) are stored already."""
    found: set[Any] = set()
    by_source = isinstance(checkpoint, SourceCheckpoint)
    column = MailMessage.source_id if by_source else MailMessage.uid
    for chunk in _chunks(keys):
        where = [MailMessage.account_id == account_id, column.in_(chunk)]
        if not by_source:
            where += [
                MailMessage.folder == checkpoint.folder,
                MailMessage.uidvalidity == checkpoint.uidvalidity,
            ]
        found.update(session.scalars(select(column).where(*where)))
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


def _write_checkpoint(
    session: Session, account_id: int, checkpoint: Checkpoint | SourceCheckpoint
) -> None:
    """The folder's checkpoint: IMAP's numbers, or a server's token (then the numbers 0)."""
    if isinstance(checkpoint, SourceCheckpoint):
        values: dict[str, object] = {
            "uidvalidity": 0,
            "last_uid": 0,
            "sync_token": checkpoint.token,
        }
    else:
        values = {
            "uidvalidity": checkpoint.uidvalidity,
            "last_uid": checkpoint.last_uid,
            "highestmodseq": checkpoint.highestmodseq,
        }
    values["synced_at"] = utcnow()
    stmt = _insert(session, MailFolderState).values(
        account_id=account_id, folder=checkpoint.folder, **values
    )
    session.execute(
        stmt.on_conflict_do_update(index_elements=["account_id", "folder"], set_=values)
    )


def _matters_by_tag(session: Session, parsed: list[ParsedMessage]) -> dict[str, int]:
    """Live matters whose number is in square brackets in one of the subjects."""
    tags = {t for p in parsed for t in _MATTER_TAG.findall(p.subject or "")}
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(tags)):
        rows = session.execute(
            select(Matter.number, Matter.id).where(
                Matter.number.in_(chunk), Matter.deleted_at.is_(None)
            )
        )
        found.update({number: matter_id for number, matter_id in rows})
    return found


def _tagged_matter(subject: str, matters: dict[str, int]) -> int | None:
    for tag in _MATTER_TAG.findall(subject or ""):
        if tag in matters:
            return matters[tag]
    return None


@dataclass
class _Threads:
    """Thread keys and the matters of threads: stored ones, and this batch's as it goes."""

    keys: dict[str, str]  # Message-ID -> its thread key
    matters: dict[str, int]  # thread key -> the matter its newest filed message is on


def _threads(session: Session, parsed: list[ParsedMessage]) -> _Threads:
    parents = sorted(
        {p.in_reply_to[:_ID_LENGTH] for p in parsed if p.in_reply_to and not p.references}
    )
    keys: dict[str, str] = {}
    for chunk in _chunks(parents):
        rows = session.execute(
            select(MailMessage.message_id, MailMessage.thread_key).where(
                MailMessage.message_id.in_(chunk), MailMessage.thread_key.is_not(None)
            )
        )
        keys.update({message_id: key for message_id, key in rows})
    wanted = {_thread_key(p, keys) for p in parsed} - {None}
    matters: dict[str, int] = {}
    for chunk in _chunks(sorted(wanted)):  # type: ignore[arg-type]
        rows = session.execute(
            select(MailMessage.thread_key, MailMessage.matter_id)
            .where(MailMessage.thread_key.in_(chunk), MailMessage.matter_id.is_not(None))
            .order_by(MailMessage.id)
        )
        matters.update({key: matter_id for key, matter_id in rows})
    return _Threads(keys, matters)


def _thread_key(parsed: ParsedMessage, known: dict[str, str]) -> str | None:
    """The first Message-ID of References is the thread's root (RFC 5322 §3.6.4); without
    References, the parent's thread when the parent is known, else the parent itself."""
    if parsed.references:
        return parsed.references[0][:_ID_LENGTH]
    if parsed.in_reply_to:
        parent = parsed.in_reply_to[:_ID_LENGTH]
        return known.get(parent, parent)
    return parsed.message_id[:_ID_LENGTH] if parsed.message_id else None


def _record_correspondents(session: Session, parsed: list[ParsedMessage]) -> None:
    """Everyone the firm exchanged mail with, stored or not: the conflict check must find
    an opposing party known only from mail the privacy switch kept out."""
    seen: dict[str, tuple[str, datetime | None, int]] = {}
    for p in parsed:
        for person in [p.sender, *p.to, *p.cc]:
            if person is None or not person.email:
                continue
            address = (_clean(fold(normalize_email(person.email)), 320) or "")[:320]
            name, last, count = seen.get(address, ("", None, 0))
            when = p.date
            seen[address] = (
                name or _clean(person.name, 400) or "",
                max(filter(None, (last, when)), default=None),
                count + 1,
            )
    if not seen:
        return
    now = utcnow()
    table = Correspondent.__table__
    # Read, then update or insert: not an upsert, because SQLite lets an upsert's conflict
    # clause override the INSERT OR IGNORE of the party-key triggers on this table.
    for chunk in _chunks(sorted(seen)):
        known = {
            row.address: row
            for row in session.execute(
                select(
                    table.c.id,
                    table.c.address,
                    table.c.name,
                    table.c.first_seen,
                    table.c.last_seen,
                    table.c.messages,
                ).where(table.c.address.in_(chunk))
            )
        }
        new_rows, changed = [], []
        for address in chunk:
            name, when, count = seen[address]
            row = known.get(address)
            if row is None:
                new_rows.append(
                    {
                        "address": address,
                        "name": name or None,
                        "first_seen": when or now,
                        "last_seen": when or now,
                        "messages": count,
                    }
                )
                continue
            changed.append(
                {
                    "id": row.id,
                    "name": row.name or name or None,
                    "first_seen": min(filter(None, (row.first_seen, when))),
                    "last_seen": max(filter(None, (row.last_seen, when))),
                    "messages": row.messages + count,
                }
            )
        if new_rows:
            session.execute(table.insert(), new_rows)
        _update_rows(session, table, changed)


def _invitations(
    session: Session, uid: int, parsed: ParsedMessage, matter_id: int | None, zone: str
) -> tuple[str | None, int, list[str]]:
    """Events made or changed from the message's REQUEST/CANCEL parts: (the invitation's
    UID, events changed, problems). A part the calendar refuses is a problem, not a failure
    of the batch: the message is stored either way."""
    from smallcrm.core.services.calendar_files import import_ics

    uid_found: str | None = None
    changed = 0
    problems: list[str] = []
    for index, part in enumerate(parsed.calendar):
        if (part.method or "").upper() not in {"REQUEST", "CANCEL", "PUBLISH"}:
            continue  # a REPLY answers our own invitation; it changes no event here
        ics_uid = _ics_uid(part.ics_bytes)
        if ics_uid and _in_synced_calendar(session, ics_uid):
            # The meeting is in an account's synced calendar (Exchange put it there): that
            # copy is the event; a second one from the mail would show it twice.
            uid_found = uid_found or ics_uid
            continue
        try:
            with session.begin_nested():
                report = import_ics(
                    session,
                    [(f"message UID {uid}, invitation {index + 1}", part.ics_bytes)],
                    user_zone=zone,
                    matter_id=matter_id,
                    source=INVITATION_SOURCE,
                )
        except KnownError as exc:
            problems.append(str(exc))
            continue
        problems += [f"line {p.line}: {p.reason}" for p in report.problems]
        changed += report.added + report.updated + report.cancelled
        if uid_found is None:
            uid_found = _ics_uid(part.ics_bytes)
    return uid_found, changed, problems


def _in_synced_calendar(session: Session, uid: str) -> bool:
    from smallcrm.core.models import Event

    return (
        session.execute(
            select(Event.id).where(
                Event.uid == uid, Event.source.like("account:%"), Event.deleted_at.is_(None)
            )
        ).first()
        is not None
    )


_ICS_UID = re.compile(rb"^UID[^:\r\n]{0,200}:(.{1,500}?)\r?$", re.M)


def _ics_uid(data: bytes) -> str | None:
    m = _ICS_UID.search(data)
    return m.group(1).decode("utf-8", "replace").strip() if m else None


@dataclass
class _Pending:
    """A message the batch keeps, between deciding so and writing it."""

    message: RawMessage
    parsed: ParsedMessage
    row: dict[str, object]
    matter_id: int | None
    people: set[int]
    links: set[tuple[int, str]]


_ROW_KEYS = (
    "account_id", "folder", "uidvalidity", "uid", "source_id", "message_id", "in_reply_to",
    "references_json", "subject", "sent_at", "from_name", "from_email", "to_json", "cc_json",
    "text", "has_attachments", "size", "flags_json", "search_text", "attachments_json",
    "created_at", "thread_key", "matter_id", "indexed_at",
)  # fmt: skip


# Rows of mail_message from which its search index is written in one go rather than by
# its per-row triggers (search.index_written_here): a message's words are many.
_ONE_GO_ROWS = 50


def _insert_messages(session: Session, rows: list[dict[str, object]]) -> list[int | None]:
    """Insert the batch's messages; their ids in order (None: a row another writer stored
    meanwhile under the same source identity, so it is not stored twice).

    One executemany through the table, then one query for the ids: an ORM insert per
    message cost more than parsing it, and RETURNING makes SQLite's driver run the rows
    one by one.
    """
    if not rows:
        return []
    table = MailMessage.__table__
    values = [{key: row.get(key) for key in _ROW_KEYS} for row in rows]
    try:
        with session.begin_nested():
            session.execute(table.insert(), values)
    except IntegrityError:
        # Someone else wrote some of them since the batch looked: one by one, skipping theirs.
        return [
            session.execute(
                _insert(session, table)
                .values(**value)
                .on_conflict_do_nothing()
                .returning(table.c.id)
            ).scalar_one_or_none()
            for value in values
        ]
    first = values[0]
    by_source = first["source_id"] is not None
    key = "source_id" if by_source else "uid"
    found: dict[object, int] = {}
    for chunk in _chunks([v[key] for v in values]):
        where = [table.c.account_id == first["account_id"]]
        if by_source:
            where.append(table.c.source_id.in_(chunk))
        else:
            where += [
                table.c.folder == first["folder"],
                table.c.uidvalidity == first["uidvalidity"],
                table.c.uid.in_(chunk),
            ]
        found.update(session.execute(select(table.c[key], table.c.id).where(*where)).all())
    return [found[v[key]] for v in values]


@dataclass(frozen=True)
class TimelineEntry:
    """What the "email" activity of a stored message shows."""

    message_id: int
    occurred_at: datetime
    subject: str
    text: str
    matter_id: int | None
    people: Sequence[int]


def add_timeline_entries(session: Session, entries: Sequence[TimelineEntry]) -> None:
    """The "email" activities that show messages on their people's and matter's timelines,
    in three statements however many there are."""
    if not entries:
        return
    now = utcnow()
    table = Activity.__table__
    result = session.execute(
        table.insert().returning(table.c.id, sort_by_parameter_order=True),
        [
            {
                "kind": "email",
                "occurred_at": entry.occurred_at,
                "subject": (_clean(entry.subject) or "")[:400],
                "body": (_clean(entry.text) or "")[:_TIMELINE_BODY] or None,
                "matter_id": entry.matter_id,
                # Search finds the message itself (kind "message"), not a second hit for it.
                "search_text": "",
                "created_at": now,
                "updated_at": now,
            }
            for entry in entries
        ],
    )
    activity_ids = [activity_id for (activity_id,) in result]
    people = [
        {"activity_id": activity_id, "contact_id": contact_id}
        for activity_id, entry in zip(activity_ids, entries, strict=True)
        for contact_id in sorted(entry.people)
    ]
    if people:
        session.execute(activity_contact.insert(), people)
    session.execute(
        mail_message_activity.insert(),
        [
            {"message_id": entry.message_id, "activity_id": activity_id}
            for activity_id, entry in zip(activity_ids, entries, strict=True)
        ],
    )


def store_batch(
    session: Session,
    account_id: int,
    batch: Batch | SourceBatch,
    *,
    privacy: str,
    zone: str = "UTC",
    parsed: Sequence[ParsedMessage] | None = None,
    bodies: bool = True,
) -> BatchReport:
    """Store one connector batch and its folder's checkpoint in the caller's transaction.

    Idempotent: a message already stored under its source identity (account, folder,
    UIDVALIDITY, UID), or under the same Message-ID in this folder before a UIDVALIDITY
    change, is not stored again. Because the checkpoint is written in the same transaction,
    a crash before the commit repeats the batch and one after it never does.

    A message is kept as the account's privacy says, and always when its subject carries a
    matter's number in brackets (the user filed the thread) or it answers a filed thread:
    it is then filed on that matter. Kept messages get their thread, a timeline entry for
    their people and matter, and their invitations become events (``zone``: the user's).
    Everyone in every message, kept or not, is recorded as a correspondent. ``parsed``:
    the batch's messages already parsed (core.sync.parsing), in order. ``bodies=False``:
    they were parsed from their headers only; the rows wait for ``index_bodies`` (their
    text, attachments and invitations), and are listed, linked and found by their headers
    meanwhile.
    """
    if privacy not in MAIL_PRIVACY:
        raise ValueError(f"unknown privacy {privacy!r}")
    checkpoint = batch.checkpoint
    if parsed is None:
        parsed = [parse_message(m.raw, headers_only=not bodies) for m in batch.messages]
    elif len(parsed) != len(batch.messages):
        raise ValueError("one parsed message per fetched message")
    pairs = list(zip(batch.messages, parsed, strict=True))
    problems = tuple((_key(m), problem) for m, p in pairs for problem in p.problems)
    stored = _existing(session, account_id, checkpoint, [_key(m) for m, _p in pairs])
    fresh = [(m, p) for m, p in pairs if _key(m) not in stored]
    duplicates = len(pairs) - len(fresh)
    all_parsed = [p for _m, p in fresh]
    wanted = {address for p in all_parsed for _role, address in _roles(p)}
    contacts = _contacts_by_address(session, wanted) if wanted else {}
    matters = _matters_by_tag(session, all_parsed)
    threads = _threads(session, all_parsed)
    _record_correspondents(session, all_parsed)

    skipped = invitations = 0
    invitation_problems: list[tuple[int, str]] = []
    older = (
        {}  # item ids do not change with a folder's numbering
        if isinstance(checkpoint, SourceCheckpoint)
        else _older_by_message_id(
            session,
            account_id,
            checkpoint,
            [p.message_id[:_ID_LENGTH] for _m, p in fresh if p.message_id],
        )
    )
    pending: list[_Pending] = []
    for message, p in fresh:
        key = _thread_key(p, threads.keys)
        matter_id = _tagged_matter(p.subject, matters) or (
            threads.matters.get(key) if key else None
        )
        people = {c for _r, a in _roles(p) for c in contacts.get(a, ())}
        keep = privacy == "all" or matter_id is not None or (privacy == "contacts" and people)
        if not keep:
            # Not kept now; the user may file it by hand later (the server still has it).
            skipped += 1
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
        row = _row(account_id, checkpoint, message, p, bodies)
        row["thread_key"] = key
        row["matter_id"] = matter_id
        # This batch's own replies find their thread and its matter too.
        if p.message_id and key:
            threads.keys[p.message_id[:_ID_LENGTH]] = key
        if matter_id is not None and key:
            threads.matters[key] = matter_id
        links = {
            (contact_id, role)
            for role, address in _roles(p)
            for contact_id in contacts.get(address, ())
        }
        pending.append(_Pending(message, p, row, matter_id, people, links))

    with index_written_here(
        session.connection(), "mail_message", "ai", len(pending), _ONE_GO_ROWS
    ) as index:
        ids = _insert_messages(session, [item.row for item in pending])
        written = [(row_id, item) for row_id, item in zip(ids, pending, strict=True) if row_id]
        if index is not None:
            index.insert([(row_id, str(item.row["search_text"])) for row_id, item in written])
    if written:
        session.execute(
            mail_message_raw.insert(),
            [{"message_id": row_id, "raw": item.message.raw} for row_id, item in written],
        )
    duplicates += len(pending) - len(written)  # written meanwhile by another writer
    added = len(written)
    filed = sum(1 for _id, item in written if item.matter_id is not None)
    links = [
        {"message_id": row_id, "contact_id": contact_id, "role": role}
        for row_id, item in written
        for contact_id, role in sorted(item.links)
    ]
    if links:
        session.execute(mail_message_contact.insert(), links)
    add_timeline_entries(
        session,
        [
            TimelineEntry(
                row_id,
                item.row["sent_at"] or utcnow(),  # type: ignore[arg-type]
                item.parsed.subject,
                item.parsed.text,
                item.matter_id,
                sorted(item.people),
            )
            for row_id, item in written
            if item.people or item.matter_id is not None
        ],
    )
    for row_id, item in written:
        if bodies and item.parsed.calendar:
            invitation_uid, changed, trouble = _invitations(
                session, _key(item.message), item.parsed, item.matter_id, zone
            )
            invitations += changed
            invitation_problems += [(_key(item.message), t) for t in trouble]
            if invitation_uid:
                session.execute(
                    update(MailMessage)
                    .where(MailMessage.id == row_id)
                    .values(invitation_uid=_clean(invitation_uid, _ID_LENGTH))
                )

    _write_checkpoint(session, account_id, checkpoint)
    return BatchReport(
        added,
        skipped,
        duplicates,
        problems,
        filed=filed,
        invitations=invitations,
        invitation_problems=tuple(invitation_problems),
    )


def folder_token(session: Session, account_id: int, folder: str) -> str | None:
    """The stored token of an Exchange or Graph folder; None: sync it from the start."""
    return session.scalar(
        select(MailFolderState.sync_token).where(
            MailFolderState.account_id == account_id, MailFolderState.folder == folder
        )
    )


def save_token(session: Session, account_id: int, folder: str, token: str) -> None:
    """Where an Exchange or Graph folder goes on from, written with the batch it covers."""
    _write_checkpoint(session, account_id, SourceCheckpoint(folder, token))


def reset_token(session: Session, account_id: int, folder: str) -> None:
    """The server refused the token (ErrorInvalidSyncStateData): start the folder over.
    Stored messages stay and are matched again by their item ids."""
    session.execute(
        delete(MailFolderState).where(
            MailFolderState.account_id == account_id, MailFolderState.folder == folder
        )
    )


def apply_source_changes(
    session: Session,
    account_id: int,
    *,
    deleted: Iterable[str] = (),
    read: dict[str, bool] | None = None,
) -> ChangeReport:
    """Items an Exchange or Graph folder reports gone (marked expunged, kept) or read."""
    now = utcnow()
    table = MailMessage.__table__
    deleted_count = 0
    for chunk in _chunks(sorted(set(deleted))):
        deleted_count += session.execute(
            update(MailMessage)
            .where(
                MailMessage.account_id == account_id,
                MailMessage.source_id.in_(chunk),
                MailMessage.expunged_at.is_(None),
            )
            .values(expunged_at=now)
        ).rowcount
    updated = 0
    read = read or {}
    for chunk in _chunks(sorted(read)):
        rows = session.execute(
            select(table.c.id, table.c.source_id, table.c.flags_json).where(
                table.c.account_id == account_id, table.c.source_id.in_(chunk)
            )
        ).all()
        changes = []
        for row_id, source_id, flags_json in rows:
            flags = set(json.loads(flags_json or "[]"))
            new = flags | {"\\Seen"} if read[source_id] else flags - {"\\Seen"}
            if new != flags:
                changes.append({"id": row_id, "flags_json": json.dumps(sorted(new))})
        _update_rows(session, table, changes)
        updated += len(changes)
    return ChangeReport(updated, deleted_count)


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


@dataclass(frozen=True)
class ChangeReport:
    updated: int  # stored messages whose flags changed
    deleted: int  # stored messages the server expunged (marked; the rows stay)


def _stored_uids(session: Session, account_id: int, folder: str, uidvalidity: int) -> list[int]:
    return list(
        session.scalars(
            select(MailMessage.uid).where(
                MailMessage.account_id == account_id,
                MailMessage.folder == folder,
                MailMessage.uidvalidity == uidvalidity,
                MailMessage.expunged_at.is_(None),
            )
        )
    )


def apply_changes(
    session: Session,
    account_id: int,
    folder: str,
    uidvalidity: int,
    *,
    flags: dict[int, frozenset[str]],
    expunged: Iterable[int] = (),
    present: set[int] | None = None,
    highestmodseq: int | None = None,
) -> ChangeReport:
    """Flag changes and expunges of a folder's stored messages, with the folder's new
    mod-sequence, in the caller's transaction.

    ``expunged``: UIDs the server reported gone (QRESYNC VANISHED). ``present``: without
    QRESYNC, every UID the folder still has; stored ones missing from it were expunged.
    An expunged message is marked, never deleted: what the firm received stays on record.
    """
    now = utcnow()
    gone = set(expunged)
    if present is not None:
        gone |= set(_stored_uids(session, account_id, folder, uidvalidity)) - present
    where = (
        MailMessage.account_id == account_id,
        MailMessage.folder == folder,
        MailMessage.uidvalidity == uidvalidity,
    )
    deleted = 0
    for chunk in _chunks(sorted(gone)):
        deleted += session.execute(
            update(MailMessage)
            .where(*where, MailMessage.uid.in_(chunk), MailMessage.expunged_at.is_(None))
            .values(expunged_at=now)
        ).rowcount
    updated = 0
    wanted = {uid: json.dumps(sorted(f)) for uid, f in flags.items() if uid not in gone}
    for chunk in _chunks(sorted(wanted)):
        current = session.execute(
            select(MailMessage.id, MailMessage.uid, MailMessage.flags_json).where(
                *where, MailMessage.uid.in_(chunk)
            )
        ).all()
        changed = [
            {"id": row_id, "flags_json": wanted[uid]}
            for row_id, uid, old in current
            if old != wanted[uid]
        ]
        _update_rows(session, MailMessage.__table__, changed)
        updated += len(changed)
    if highestmodseq is not None:
        session.execute(
            update(MailFolderState)
            .where(
                MailFolderState.account_id == account_id,
                MailFolderState.folder == folder,
                MailFolderState.uidvalidity == uidvalidity,
            )
            .values(highestmodseq=highestmodseq, synced_at=now)
        )
    return ChangeReport(updated, deleted)


# --- reading bodies after the headers ---------------------------------------------------


@dataclass(frozen=True)
class IndexReport:
    indexed: int
    invitations: int  # events made or changed from invitations
    problems: tuple[tuple[int, str], ...]  # (row id, what went wrong); the row is indexed


def pending_bodies(
    session: Session, account_id: int, *, after_id: int = 0, limit: int = 200
) -> list[tuple[int, bytes]]:
    """(row id, raw bytes) of the account's messages whose body is not read yet, by id."""
    rows = session.execute(
        select(MailMessage.id, mail_message_raw.c.raw)
        .join(mail_message_raw, mail_message_raw.c.message_id == MailMessage.id)
        .where(
            MailMessage.account_id == account_id,
            MailMessage.indexed_at.is_(None),
            MailMessage.id > after_id,
        )
        .order_by(MailMessage.id)
        .limit(limit)
    )
    return [(row_id, bytes(raw)) for row_id, raw in rows]


def count_pending_bodies(session: Session, account_id: int | None = None) -> int:
    stmt = select(func.count()).select_from(MailMessage).where(MailMessage.indexed_at.is_(None))
    if account_id is not None:
        stmt = stmt.where(MailMessage.account_id == account_id)
    return int(session.scalar(stmt) or 0)


def index_bodies(
    session: Session, items: Sequence[tuple[int, ParsedMessage]], *, zone: str = "UTC"
) -> IndexReport:
    """What the bodies of stored messages hold, in the caller's transaction: their text and
    search words, attachments, their timeline entry's text, and their invitations as
    events. Rows already indexed (by another run meanwhile) are left alone."""
    wanted = {row_id: parsed for row_id, parsed in items}
    if not wanted:
        return IndexReport(0, 0, ())
    info: dict[int, tuple[int, int | None]] = {}
    activities: dict[int, int] = {}
    for chunk in _chunks(sorted(wanted)):
        for row_id, uid, matter_id in session.execute(
            select(MailMessage.id, MailMessage.uid, MailMessage.matter_id).where(
                MailMessage.id.in_(chunk), MailMessage.indexed_at.is_(None)
            )
        ):
            info[row_id] = (uid, matter_id)
        activities.update(
            session.execute(
                select(
                    mail_message_activity.c.message_id, mail_message_activity.c.activity_id
                ).where(mail_message_activity.c.message_id.in_(chunk))
            ).all()
        )
    if not info:
        return IndexReport(0, 0, ())
    now = utcnow()
    table = MailMessage.__table__
    # The words stored with the headers: a body read alone adds its words to them, and the
    # search index drops them for the new ones.
    header_words: dict[int, str] = {}
    for chunk in _chunks(sorted(info)):
        header_words.update(
            session.execute(
                select(table.c.id, table.c.search_text).where(table.c.id.in_(chunk))
            ).all()
        )
    rows: list[dict[str, object]] = []
    entries: list[dict[str, object]] = []
    new_words: list[tuple[int, str]] = []  # (id, search_text) as the rows get them
    for row_id in sorted(info):
        p = wanted[row_id]
        text = _clean(p.text) or ""
        if p.headers_read:
            words = _search_text(p)
        else:
            head = (header_words.get(row_id) or "").split()
            words = " ".join(dict.fromkeys([*head, *query_words(text)]))
        new_words.append((row_id, _clean(words) or ""))
        row: dict[str, object] = {
            "id": row_id,
            "text": text,
            "has_attachments": bool(p.attachments),
            "attachments_json": _attachments(p),
            "search_text": new_words[-1][1],
            "indexed_at": now,
        }
        entry: dict[str, object] = {"body": text[:_TIMELINE_BODY] or None}
        if p.headers_read:  # read again with the whole message: its parts' charsets
            sender = p.sender
            row.update(
                subject=_clean(p.subject) or "",
                from_name=_clean(sender.name, 400) if sender else None,
                to_json=_people(p.to),
                cc_json=_people(p.cc),
            )
            entry["subject"] = (_clean(p.subject) or "")[:400]
        rows.append(row)
        if row_id in activities:
            entries.append({"id": activities[row_id], **entry})
    with index_written_here(
        session.connection(), "mail_message", "au", len(rows), _ONE_GO_ROWS
    ) as index:
        if index is not None:
            index.delete([(row_id, header_words[row_id]) for row_id, _words in new_words])
        _update_rows(session, table, rows)
        if index is not None:
            index.insert(new_words)
    _update_rows(session, Activity.__table__, entries)
    invitations = 0
    problems: list[tuple[int, str]] = []
    for row_id in sorted(info):
        p = wanted[row_id]
        if not p.calendar:
            continue
        uid, matter_id = info[row_id]
        invitation_uid, changed, trouble = _invitations(session, uid, p, matter_id, zone)
        invitations += changed
        problems += [(row_id, t) for t in trouble]
        if invitation_uid:
            session.execute(
                update(MailMessage)
                .where(MailMessage.id == row_id)
                .values(invitation_uid=_clean(invitation_uid, _ID_LENGTH))
            )
    return IndexReport(len(info), invitations, tuple(problems))
