"""Mail accounts: their settings, their password's place in the keyring, and their sync status."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, null, select
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.models import MAIL_PRIVACY, FirmSetting, MailAccount, MailMessage, utcnow
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.sync.credentials import account_key

__all__ = [
    "DEFAULT_FOLDERS",
    "EWS_DEFAULT_FOLDERS",
    "DEFAULT_SINCE_MONTHS",
    "SECURITIES",
    "AccountInfo",
    "AccountInput",
    "AccountNotFound",
    "account_of_source",
    "add_account",
    "calendar_source",
    "database_key",
    "discard_new_account",
    "find_account",
    "format_fingerprint",
    "list_accounts",
    "parse_fingerprint",
    "password_key",
    "record_failure",
    "record_start",
    "record_success",
    "remove_account",
    "set_mirror_deletes",
    "update_account",
]

DEFAULT_FOLDERS = ("INBOX", "Sent")
DEFAULT_SINCE_MONTHS = 12
SECURITIES = ("tls", "starttls", "plain")
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
NAME_MAX = 200
_HEX = re.compile(r"[0-9a-f]{64}")
# The firm setting naming this database in keyring keys: two profiles (or a profile and
# the shared server) may both have an account 1, and each needs its own password.
_DATABASE_KEY = "database_key"


class AccountNotFound(RecordNotFound):
    """No mail account has that id or name."""


@dataclass(frozen=True)
class AccountInput:
    """What the account dialog and ``smallcrm accounts add`` set. No password: it goes to
    the keyring (``password_key``), never through here."""

    name: str
    host: str
    user_name: str
    kind: str = "imap"
    port: int | None = None  # None: the usual port of ``security``
    security: str = "tls"
    folders: tuple[str, ...] = DEFAULT_FOLDERS
    since_months: int | None = DEFAULT_SINCE_MONTHS  # with since_date None: this far back
    since_date: date | None = None  # a fixed first day; both None: the whole mailbox
    privacy: str = "contacts"
    pinned_sha256: str | None = None
    sync_minutes: int | None = 15
    url: str | None = None  # Exchange: the EWS endpoint
    auth: str | None = None  # Exchange: "ntlm" or "basic"
    email: str | None = None  # Exchange: the mailbox's SMTP address (default: the user)
    calendar: bool = False  # Exchange: sync the calendar both ways


EWS_DEFAULT_FOLDERS = ("inbox", "sentitems")
AUTHS = ("ntlm", "basic")


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    kind: str
    host: str
    port: int
    security: str
    user_name: str
    folders: tuple[str, ...]
    since_months: int | None
    since_date: date | None
    privacy: str
    pinned_sha256: str | None
    sync_minutes: int | None
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_report: dict[str, Any] | None = field(default=None, compare=False)
    messages: int = 0
    url: str | None = None
    auth: str | None = None
    email: str | None = None
    calendar: bool = False
    mirror_deletes: bool | None = None
    """Whether a deletion on one side deletes on the other; None: not asked yet."""

    @property
    def source(self) -> str:
        """The ``source`` of the events of this account's calendar."""
        return calendar_source(self.id)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "url": self.url,
            "auth": self.auth,
            "email": self.email,
            "calendar": self.calendar,
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "user": self.user_name,
            "folders": list(self.folders),
            "since": (
                self.since_date.isoformat()
                if self.since_date
                else (f"{self.since_months} months" if self.since_months else "all")
            ),
            "privacy": self.privacy,
            "trusted_fingerprint": format_fingerprint(self.pinned_sha256)
            if self.pinned_sha256
            else None,
            "sync_minutes": self.sync_minutes,
            "last_attempt": self.last_attempt_at.isoformat() if self.last_attempt_at else None,
            "last_success": self.last_success_at.isoformat() if self.last_success_at else None,
            "last_error": self.last_error,
            "last_report": self.last_report,
            "messages": self.messages,
        }


def parse_fingerprint(text: str) -> str:
    """A certificate's SHA-256 as 64 lower-case hex digits, from what a user pastes:
    ``AB:CD:...`` as ``openssl x509 -noout -fingerprint -sha256`` prints it (with or without
    its ``sha256 Fingerprint=`` prefix), or bare hex, spaces allowed."""
    value = text.strip()
    if "=" in value:
        value = value.rsplit("=", 1)[1]
    value = re.sub(r"[\s:]", "", value).lower()
    if not _HEX.fullmatch(value):
        raise KnownError(
            f"“{text.strip()[:120]}” is not a SHA-256 certificate fingerprint.",
            hint="It has 32 pairs of hex digits, e.g. as `openssl x509 -noout -fingerprint "
            "-sha256` prints it.",
        )
    return value


def format_fingerprint(sha256: str) -> str:
    """``AB:CD:...``: how openssl and the certificate dialogs of browsers show it."""
    value = sha256.upper()
    return ":".join(value[i : i + 2] for i in range(0, len(value), 2))


def database_key(session: Session) -> str:
    """This database's own name in keyring keys, made once and kept as a firm setting."""
    setting = session.get(FirmSetting, _DATABASE_KEY)
    if setting is None:
        setting = FirmSetting(key=_DATABASE_KEY, value=uuid.uuid4().hex)
        session.add(setting)
        session.flush()
    return setting.value


def password_key(session: Session, account_id: int) -> str:
    """The keyring entry of the account's password: ids only, never the user name."""
    return account_key(database_key(session), account_id)


def _check(data: AccountInput) -> AccountInput:
    name = " ".join(data.name.split())
    if not name:
        raise KnownError("A mail account needs a name.")
    if len(name) > NAME_MAX:
        raise KnownError(f"The account name is longer than {NAME_MAX} characters.")
    if data.kind not in ("imap", "ews"):
        raise KnownError(f"Unknown kind of account “{data.kind}”: use imap or ews.")
    host = data.host.strip()
    url = (data.url or "").strip() or None
    if data.kind == "imap" and (not host or any(c.isspace() for c in host) or "/" in host):
        raise KnownError(f"“{host}” is not a server name.", hint="e.g. imap.example.cz")
    if data.kind == "ews":
        parts = urlsplit(url or "")
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise KnownError(
                f"“{url or ''}” is not an Exchange Web Services address.",
                hint="e.g. https://mail.example.cz/EWS/Exchange.asmx",
            )
        host = parts.hostname
        if data.auth not in AUTHS:
            raise KnownError(f"Unknown authentication “{data.auth}”: use ntlm or basic.")
    if data.security not in SECURITIES:
        raise KnownError(f"Unknown security “{data.security}”: use tls, starttls or plain.")
    port = data.port or DEFAULT_PORTS[data.security]
    if not 0 < port < 65536:
        raise KnownError(f"{port} is not a port number (1–65535).")
    if not data.user_name.strip():
        raise KnownError("A mail account needs a user name.")
    if data.privacy not in MAIL_PRIVACY:
        raise KnownError(f"Unknown privacy “{data.privacy}”: use all, contacts or filed.")
    folders = tuple(dict.fromkeys(f.strip() for f in data.folders if f.strip()))
    if not folders:
        raise KnownError("Choose at least one folder to sync.")
    if data.since_months is not None and data.since_months < 1:
        raise KnownError("The first sync reaches back at least one month.")
    if data.sync_minutes is not None and data.sync_minutes < 1:
        raise KnownError("Sync at most once a minute.")
    pinned = parse_fingerprint(data.pinned_sha256) if data.pinned_sha256 else None
    return AccountInput(
        name=name,
        host=host,
        user_name=data.user_name.strip(),
        kind=data.kind,
        port=port,
        security=data.security,
        folders=folders,
        since_months=None if data.since_date else data.since_months,
        since_date=data.since_date,
        privacy=data.privacy,
        pinned_sha256=pinned,
        sync_minutes=data.sync_minutes,
        url=url if data.kind == "ews" else None,
        auth=data.auth if data.kind == "ews" else None,
        email=(data.email or "").strip() or None,
        calendar=data.calendar and data.kind == "ews",
    )


def _values(data: AccountInput) -> dict[str, Any]:
    return {
        "name": data.name,
        "kind": data.kind,
        "host": data.host,
        "port": data.port,
        "security": data.security,
        "user_name": data.user_name,
        "folders": json.dumps(list(data.folders), ensure_ascii=False),
        "since_months": data.since_months,
        "since_date": data.since_date,
        "privacy": data.privacy,
        "pinned_sha256": data.pinned_sha256,
        "sync_minutes": data.sync_minutes,
        "url": data.url,
        "auth": data.auth,
        "email": data.email,
        "calendar": data.calendar,
    }


def _name_taken(session: Session, name: str, other_than: int | None = None) -> bool:
    stmt = select(MailAccount.id).where(func.lower(MailAccount.name) == name.lower())
    if other_than is not None:
        stmt = stmt.where(MailAccount.id != other_than)
    return session.scalar(stmt) is not None


def add_account(session: Session, data: AccountInput) -> int:
    """A new account from checked settings; its id. The password is stored by the caller
    under ``password_key`` (the keyring is not the database's transaction)."""
    data = _check(data)
    if _name_taken(session, data.name):
        raise KnownError(f"There is already a mail account named “{data.name}”.")
    values = _values(data)
    if data.sync_minutes is None:
        # The column's default (15) would replace a plain None: "only on demand" is NULL.
        values["sync_minutes"] = null()
    account = MailAccount(**values)
    session.add(account)
    session.flush()
    database_key(session)  # made now, so the password's key is stable from the start
    return account.id


def discard_new_account(session: Session, account_id: int) -> None:
    """Take back an account just added (its password found no home): only while nothing
    has been synced with it."""
    synced = session.scalar(
        select(func.count()).select_from(MailMessage).where(MailMessage.account_id == account_id)
    )
    if synced:
        raise KnownError("This account already has mail stored; it is kept.")
    account = session.get(MailAccount, account_id)
    if account is not None:
        session.delete(account)


def update_account(session: Session, account_id: int, data: AccountInput) -> None:
    """New settings for an account. A folder, a first-sync day or a server changed later
    applies from the next sync on; what is stored stays."""
    data = _check(data)
    account = session.get(MailAccount, account_id)
    if account is None:
        raise AccountNotFound(f"There is no mail account {account_id}.")
    if _name_taken(session, data.name, account_id):
        raise KnownError(f"There is already a mail account named “{data.name}”.")
    for key, value in _values(data).items():
        setattr(account, key, value)


def _info(row: MailAccount, messages: int) -> AccountInfo:
    report = None
    if row.last_report:
        try:
            report = json.loads(row.last_report)
        except ValueError:
            report = None
    return AccountInfo(
        id=row.id,
        name=row.name,
        kind=row.kind,
        host=row.host,
        port=int(row.port or DEFAULT_PORTS.get(row.security or "tls", 993)),
        security=row.security or "tls",
        user_name=row.user_name,
        folders=tuple(json.loads(row.folders))
        if row.folders
        else (EWS_DEFAULT_FOLDERS if row.kind == "ews" else DEFAULT_FOLDERS),
        since_months=row.since_months,
        since_date=row.since_date,
        privacy=row.privacy,
        pinned_sha256=row.pinned_sha256,
        sync_minutes=row.sync_minutes,
        last_attempt_at=row.last_attempt_at,
        last_success_at=row.last_success_at,
        last_error=row.last_error,
        last_report=report,
        messages=messages,
        url=row.url,
        auth=row.auth,
        email=row.email,
        calendar=bool(row.calendar),
        mirror_deletes=row.mirror_deletes,
    )


def _counts(session: Session) -> dict[int, int]:
    return dict(
        session.execute(
            select(MailMessage.account_id, func.count()).group_by(MailMessage.account_id)
        ).all()
    )


def list_accounts(session: Session) -> list[AccountInfo]:
    """Every account by name, with how many messages it brought in."""
    counts = _counts(session)
    rows = session.scalars(
        select(MailAccount)
        .where(MailAccount.removed_at.is_(None))
        .order_by(func.lower(MailAccount.name))
    )
    return [_info(row, counts.get(row.id, 0)) for row in rows]


def find_account(session: Session, wanted: int | str) -> AccountInfo:
    """An account by id, or by name (case ignored): what ``smallcrm sync ACCOUNT`` takes."""
    row = None
    if isinstance(wanted, int) or (isinstance(wanted, str) and wanted.isdigit()):
        row = session.get(MailAccount, int(wanted))
    if row is None and isinstance(wanted, str):
        row = session.scalar(
            select(MailAccount).where(
                func.lower(MailAccount.name) == wanted.strip().lower(),
                MailAccount.removed_at.is_(None),
            )
        )
    if row is None or row.removed_at is not None:
        raise AccountNotFound(f"There is no mail account “{wanted}”.")
    count = session.scalar(
        select(func.count()).select_from(MailMessage).where(MailMessage.account_id == row.id)
    )
    return _info(row, int(count or 0))


def calendar_source(account_id: int) -> str:
    """Events of an account's calendar carry this ``source`` (ids survive a renaming)."""
    return f"account:{account_id}"


def account_of_source(source: str) -> int | None:
    """The account whose calendar an event of ``source`` belongs to, if any."""
    prefix, _, number = source.partition(":")
    return int(number) if prefix == "account" and number.isdigit() else None


def set_mirror_deletes(session: Session, account_id: int, mirror: bool) -> None:
    """The user's answer to "delete on the other side too?", asked the first time."""
    account = session.get(MailAccount, account_id)
    if account is None:
        raise AccountNotFound(f"There is no mail account {account_id}.")
    account.mirror_deletes = mirror


@dataclass(frozen=True)
class RemovedAccount:
    id: int
    name: str
    messages_kept: int
    events_kept: int
    password_key: str
    """Where its password was: the caller deletes it from the keyring (not a transaction)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "messages_kept": self.messages_kept,
            "events_kept": self.events_kept,
        }


def remove_account(session: Session, account_id: int) -> RemovedAccount:
    """Stop syncing an account and let it go from the lists. What it brought stays: its
    messages (evidence; still listed, found and filed) and its calendar's events, which
    become this computer's (no longer sent anywhere). The name is free for a new account."""
    from smallcrm.core.models import Event, EventConflict, EventRemote

    account = session.get(MailAccount, account_id)
    if account is None or account.removed_at is not None:
        raise AccountNotFound(f"There is no mail account {account_id}.")
    name = account.name
    messages = int(
        session.scalar(
            select(func.count())
            .select_from(MailMessage)
            .where(MailMessage.account_id == account_id)
        )
        or 0
    )
    source = calendar_source(account_id)
    events = int(
        session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.source == source, Event.deleted_at.is_(None))
        )
        or 0
    )
    session.execute(EventConflict.__table__.delete().where(EventConflict.account_id == account_id))
    session.execute(EventRemote.__table__.delete().where(EventRemote.account_id == account_id))
    session.execute(Event.__table__.update().where(Event.source == source).values(source=""))
    now = utcnow()
    account.removed_at = now
    account.sync_minutes = None
    # Its stored mail still names it; the plain name goes to whoever is added next.
    account.name = f"{name} ({now:%Y-%m-%d %H:%M}, removed #{account_id})"[:NAME_MAX]
    return RemovedAccount(account_id, name, messages, events, password_key(session, account_id))


def record_start(session: Session, account_id: int) -> None:
    account = session.get(MailAccount, account_id)
    if account is not None:
        account.last_attempt_at = utcnow()


def record_success(session: Session, account_id: int, report: dict[str, Any]) -> None:
    """The run finished: what it did becomes what the status bar tells."""
    account = session.get(MailAccount, account_id)
    if account is not None:
        account.last_success_at = utcnow()
        account.last_report = json.dumps(report, ensure_ascii=False)
        account.last_error = None


def record_failure(session: Session, account_id: int, message: str) -> None:
    """The run failed with ``message`` (a KnownError's text: never a secret)."""
    account = session.get(MailAccount, account_id)
    if account is not None:
        account.last_error = message[:2000]
