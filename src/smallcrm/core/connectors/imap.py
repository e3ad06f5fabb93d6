"""IMAP connector, read side: folders, new messages in checkpointed batches, flag changes."""

from __future__ import annotations

import base64
import contextlib
import datetime
import hashlib
import imaplib
import re
import ssl
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from smallcrm.core.errors import KnownError

__all__ = [
    "AuthenticationFailed",
    "Batch",
    "Changes",
    "Checkpoint",
    "Folder",
    "FolderState",
    "ImapConnection",
    "ImapProtocolError",
    "ImapSettings",
    "RawMessage",
    "SecureConnectionFailed",
    "ServerUnreachable",
    "StartTlsUnavailable",
    "UidValidityChanged",
    "UntrustedCertificate",
    "connect",
    "decode_mutf7",
    "encode_mutf7",
]

Security = Literal["tls", "starttls", "plain"]

# RFC 6154 special-use attributes, plus the names Gmail's older XLIST gives the same roles.
SPECIAL_USE = {
    "\\all": "\\All",
    "\\allmail": "\\All",
    "\\archive": "\\Archive",
    "\\drafts": "\\Drafts",
    "\\flagged": "\\Flagged",
    "\\starred": "\\Flagged",
    "\\junk": "\\Junk",
    "\\spam": "\\Junk",
    "\\sent": "\\Sent",
    "\\trash": "\\Trash",
    "\\inbox": "\\Inbox",
}

# --------------------------------------------------------------------------- errors


class AuthenticationFailed(KnownError):
    """The server said no to the user name and password."""

    def __init__(self, message: str = "The server refused the user name or password.") -> None:
        super().__init__(message, hint="Check the user name and password of the mail account.")


class ServerUnreachable(KnownError):
    """No connection: refused, timed out, reset, or the name does not resolve."""

    def __init__(self, host: str, port: int, what: str = "Cannot reach the mail server") -> None:
        super().__init__(
            f"{what} {host}:{port}.",
            hint="Check the server name, the port and the network connection, then try again.",
        )
        self.host = host
        self.port = port


class SecureConnectionFailed(KnownError):
    """The TLS handshake itself failed (wrong port for the security mode, old protocol...)."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            f"Could not set up an encrypted connection to {host}:{port}.",
            hint="Check that the port matches the security setting (TLS, STARTTLS).",
        )
        self.host = host
        self.port = port


class StartTlsUnavailable(KnownError):
    """STARTTLS was asked for but the server does not offer it; we never fall back to plain."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            f"The mail server {host}:{port} does not offer STARTTLS.",
            hint="Use TLS on the server's TLS port (usually 993); plain text stays off.",
        )
        self.host = host
        self.port = port


class UntrustedCertificate(KnownError):
    """The certificate does not verify; ``sha256`` is what the user may choose to pin."""

    def __init__(self, host: str, port: int, sha256: str) -> None:
        super().__init__(
            f"The certificate of the mail server {host}:{port} is not trusted.",
            # As openssl and certificate dialogs show it, so the user can compare.
            hint="Trust it only if its SHA-256 fingerprint is "
            + ":".join(sha256[i : i + 2].upper() for i in range(0, len(sha256), 2))
            + ".",
        )
        self.host = host
        self.port = port
        self.sha256 = sha256


class UidValidityChanged(Exception):
    """The folder's UIDVALIDITY differs from the stored one: its UIDs mean other messages now.

    Not a KnownError: the sync engine catches it and resyncs that folder from scratch.
    """

    def __init__(self, folder: str, stored: int, current: int) -> None:
        super().__init__(f"UIDVALIDITY of {folder!r} changed from {stored} to {current}")
        self.folder = folder
        self.stored = stored
        self.current = current


class ImapProtocolError(Exception):
    """The server answered NO/BAD or something we cannot parse: a bug or an odd server."""


# --------------------------------------------------------------------------- plain records


@dataclass(frozen=True)
class ImapSettings:
    """Where and how to connect; the password is deliberately not a field (rule 7)."""

    host: str
    port: int
    security: Security
    user: str
    pinned_sha256: str | None = None


@dataclass(frozen=True)
class Folder:
    name: str
    """Decoded from modified UTF-7, e.g. "Odeslaná pošta"."""
    delimiter: str | None
    flags: frozenset[str]
    special_use: str | None = None
    """One of \\Sent \\Trash \\Drafts \\Junk \\Archive \\All \\Flagged \\Inbox, or None."""

    @property
    def selectable(self) -> bool:
        lowered = {f.lower() for f in self.flags}
        return not ({"\\noselect", "\\nonexistent"} & lowered)


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    uidnext: int | None
    highestmodseq: int | None
    """None when the server (or this folder) has no CONDSTORE mod-sequences."""
    exists: int


@dataclass(frozen=True)
class Checkpoint:
    """Safe to store once the batch it came with is written (same transaction)."""

    folder: str
    uidvalidity: int
    last_uid: int
    highestmodseq: int | None
    """Where changes_since() goes on from. On a first sync, the folder's HIGHESTMODSEQ when
    the fetch began: a lower bound, so it may repeat a flag change but never miss one. On a
    resume, the stored value passed in, unchanged (see ImapConnection.fetch_new)."""


@dataclass(frozen=True)
class RawMessage:
    uid: int
    flags: frozenset[str]
    internal_date: datetime.datetime
    size: int
    raw: bytes = field(repr=False)


@dataclass(frozen=True)
class Batch:
    messages: list[RawMessage]
    checkpoint: Checkpoint


@dataclass(frozen=True)
class Changes:
    flags: dict[int, frozenset[str]]
    """UID -> the message's current flags, for every message changed since the modseq."""
    vanished: list[int]
    """UIDs expunged since the modseq (only when ``vanished_known``)."""
    vanished_known: bool
    """False without QRESYNC: then expunges are not reported and need a UID list compare."""
    highestmodseq: int | None
    """Store this as the new modseq once the changes are written."""


# --------------------------------------------------------------------------- modified UTF-7


def encode_mutf7(text: str) -> str:
    """IMAP's modified UTF-7 (RFC 3501 §5.1.3): printable ASCII as is, '&' as '&-',
    the rest as UTF-16BE in base64 with ',' for '/' between '&' and '-'."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            utf16 = "".join(pending).encode("utf-16-be")
            b64 = base64.b64encode(utf16).decode("ascii").rstrip("=").replace("/", ",")
            out.append(f"&{b64}-")
            pending.clear()

    for ch in text:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


_MUTF7_SHIFT = re.compile(r"&([A-Za-z0-9+,]*)-")


def decode_mutf7(text: str) -> str:
    """The inverse of encode_mutf7; ValueError on text that is not valid modified UTF-7."""
    out: list[str] = []
    pos = 0
    while pos < len(text):
        amp = text.find("&", pos)
        if amp < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:amp])
        match = _MUTF7_SHIFT.match(text, amp)
        if match is None:
            raise ValueError(f"not modified UTF-7: {text!r}")
        b64 = match.group(1)
        if not b64:
            out.append("&")
        else:
            padded = b64.replace(",", "/") + "=" * (-len(b64) % 4)
            try:
                out.append(base64.b64decode(padded, validate=True).decode("utf-16-be"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise ValueError(f"not modified UTF-7: {text!r}") from exc
        pos = match.end()
    return "".join(out)


def _quoted(text: str) -> str:
    # imaplib sends arguments verbatim, so mailbox names must arrive already quoted.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _mailbox(folder: str) -> str:
    return _quoted(encode_mutf7(folder))


# --------------------------------------------------------------------------- connecting


def connect(settings: ImapSettings, password: str, timeout: float = 30) -> ImapConnection:
    """Opens, secures and logs in; the password is used for LOGIN and then forgotten."""
    host, port = settings.host, settings.port
    conn = _open_secure(settings, timeout)
    try:
        caps = _capabilities(conn)
        _login(conn, settings, password, caps)
        # Servers announce more (CONDSTORE, QRESYNC, ...) once logged in.
        caps = _capabilities(conn, refresh=True)
        return ImapConnection(conn, host, port, caps)
    except BaseException:
        _shutdown(conn)
        raise


def _open_secure(settings: ImapSettings, timeout: float) -> imaplib.IMAP4:
    host, port = settings.host, settings.port
    if settings.security == "plain":
        return _open(settings, None, timeout)
    try:
        return _open(settings, ssl.create_default_context(), timeout)
    except ssl.SSLCertVerificationError:
        pass
    # It does not verify against the system store. Look at what the server presents: accept
    # it only if it is exactly the certificate the user pinned, else tell them its fingerprint.
    loose = ssl.create_default_context()
    loose.check_hostname = False  # only ever with the pin check right below
    loose.verify_mode = ssl.CERT_NONE
    conn = _open(settings, loose, timeout)
    der = conn.sock.getpeercert(binary_form=True) or b""
    presented = hashlib.sha256(der).hexdigest()
    pinned = (settings.pinned_sha256 or "").replace(":", "").strip().lower()
    if pinned and pinned == presented:
        return conn
    _shutdown(conn)
    raise UntrustedCertificate(host, port, presented)


def _open(settings: ImapSettings, context: ssl.SSLContext | None, timeout: float) -> imaplib.IMAP4:
    host, port = settings.host, settings.port
    conn: imaplib.IMAP4 | None = None
    try:
        if settings.security == "tls":
            assert context is not None
            return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=timeout)
        conn = imaplib.IMAP4(host, port, timeout=timeout)
        if settings.security == "starttls":
            assert context is not None
            if "STARTTLS" not in _capabilities(conn):
                raise StartTlsUnavailable(host, port)
            typ, _ = conn.starttls(ssl_context=context)
            if typ != "OK":
                raise StartTlsUnavailable(host, port)
        return conn
    except BaseException as exc:
        if conn is not None:
            _shutdown(conn)
        if isinstance(exc, ssl.SSLCertVerificationError | KnownError):
            raise
        if isinstance(exc, ssl.SSLError):
            raise SecureConnectionFailed(host, port) from exc
        if isinstance(exc, OSError | imaplib.IMAP4.abort | EOFError):
            raise ServerUnreachable(host, port) from exc
        if isinstance(exc, imaplib.IMAP4.error):
            raise ImapProtocolError(f"{host}:{port}: {exc}") from exc
        raise


def _login(conn: imaplib.IMAP4, settings: ImapSettings, password: str, caps: set[str]) -> None:
    host, port = settings.host, settings.port
    if "LOGINDISABLED" in caps:
        raise AuthenticationFailed("The server refuses to log in without encryption.")
    try:
        if "AUTH=PLAIN" in caps:
            # SASL PLAIN carries UTF-8, so a password with "č" works; LOGIN is ASCII-only.
            secret = f"\0{settings.user}\0{password}".encode()
            conn.authenticate("PLAIN", lambda _challenge: secret)
        else:
            conn.login(settings.user, password)
    except imaplib.IMAP4.abort as exc:
        raise ServerUnreachable(host, port, "The connection was lost while logging in to") from (
            exc
        )
    except OSError as exc:
        raise ServerUnreachable(host, port) from exc
    except (imaplib.IMAP4.error, UnicodeEncodeError):
        # "from None": nothing from the attempt (args, server text) rides along (rule 7).
        raise AuthenticationFailed() from None


def _capabilities(conn: imaplib.IMAP4, refresh: bool = False) -> set[str]:
    if refresh:
        typ, data = conn.capability()
        if typ != "OK":
            raise ImapProtocolError(f"CAPABILITY failed: {data!r}")
        words = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
        # imaplib's own enable() checks this tuple, so keep it current after LOGIN.
        conn.capabilities = tuple(words.upper().split())
    return {c.upper() for c in conn.capabilities}


def _shutdown(conn: imaplib.IMAP4) -> None:
    with contextlib.suppress(Exception):
        conn.shutdown()


# --------------------------------------------------------------------------- the connection


class ImapConnection:
    """A logged-in IMAP session; blocking; use from one thread, one folder walk at a time."""

    def __init__(self, conn: imaplib.IMAP4, host: str, port: int, caps: set[str]) -> None:
        self._conn = conn
        self.host = host
        self.port = port
        self.capabilities: set[str] = set(caps)
        self.enabled: set[str] = set()
        self._selected: str | None = None
        with self._guard():
            if "ENABLE" in caps and "QRESYNC" in caps:
                # QRESYNC implies CONDSTORE and turns EXPUNGE into VANISHED (UIDs, not seqs).
                self._enable("QRESYNC")
            elif "ENABLE" in caps and "CONDSTORE" in caps:
                self._enable("CONDSTORE")

    def _enable(self, what: str) -> None:
        typ, _ = self._conn.enable(what)
        _, data = self._conn.response("ENABLED")
        if typ == "OK" and data and data[0]:
            self.enabled |= set(data[0].decode("ascii", "replace").upper().split())
        if "QRESYNC" in self.enabled:
            self.enabled.add("CONDSTORE")

    @property
    def condstore(self) -> bool:
        return "CONDSTORE" in self.enabled or "CONDSTORE" in self.capabilities

    # -- context manager / closing

    def __enter__(self) -> ImapConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Logs out politely when the connection still works; always frees the socket."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        with contextlib.suppress(Exception):
            conn.logout()
        _shutdown(conn)

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turns a dropped connection into ServerUnreachable, a NO/BAD into ImapProtocolError."""
        if self._conn is None:
            raise ImapProtocolError("the IMAP connection is closed")
        try:
            yield
        except (OSError, imaplib.IMAP4.abort, EOFError) as exc:
            raise ServerUnreachable(
                self.host, self.port, "The connection was lost to the mail server"
            ) from exc
        except imaplib.IMAP4.error as exc:
            raise ImapProtocolError(str(exc)) from exc

    def _ok(self, typ: str, data: object, what: str) -> None:
        if typ != "OK":
            raise ImapProtocolError(f"{what} failed: {data!r}")

    # -- folders

    def folders(self) -> list[Folder]:
        """Every folder, names decoded, special use (\\Sent, \\Trash...) where the server says."""
        conn = self._conn
        with self._guard():
            if "XLIST" in self.capabilities and "SPECIAL-USE" not in self.capabilities:
                # Gmail before RFC 6154: only XLIST names the Sent/Trash/... folders.
                conn.untagged_responses.pop("XLIST", None)
                typ, data = conn.xatom("XLIST", '""', '"*"')
                self._ok(typ, data, "XLIST")
                _, data = conn.response("XLIST")
            elif "SPECIAL-USE" in self.capabilities and "LIST-EXTENDED" in self.capabilities:
                typ, data = conn.list('""', '"*" RETURN (SPECIAL-USE)')
                self._ok(typ, data, "LIST")
            else:
                typ, data = conn.list('""', '"*"')
                self._ok(typ, data, "LIST")
        return [f for f in (_parse_list_line(item) for item in data if item) if f is not None]

    # -- one folder

    def select(self, folder: str) -> FolderState:
        """EXAMINE (read-only, so fetching never sets \\Seen) and the folder's counters."""
        conn = self._conn
        with self._guard():
            mailbox = _mailbox(folder)
            if "CONDSTORE" in self.capabilities and "CONDSTORE" not in self.enabled:
                mailbox += " (CONDSTORE)"  # no ENABLE: ask per EXAMINE (RFC 7162 §3.1.8)
            typ, data = conn.select(mailbox, readonly=True)
            if typ != "OK":
                self._selected = None
                raise ImapProtocolError(f"EXAMINE {folder!r} failed: {data!r}")
            self._selected = folder
            responses = conn.untagged_responses
            uidvalidity = _first_int(responses.get("UIDVALIDITY"))
            if uidvalidity is None:
                raise ImapProtocolError(f"EXAMINE {folder!r} gave no UIDVALIDITY")
            return FolderState(
                uidvalidity=uidvalidity,
                uidnext=_first_int(responses.get("UIDNEXT")),
                highestmodseq=(
                    None if "NOMODSEQ" in responses else _first_int(responses.get("HIGHESTMODSEQ"))
                ),
                exists=_first_int(data) or 0,
            )

    def _select_checked(self, folder: str, uidvalidity: int | None) -> FolderState:
        state = self.select(folder)
        if uidvalidity is not None and state.uidvalidity != uidvalidity:
            raise UidValidityChanged(folder, uidvalidity, state.uidvalidity)
        return state

    def fetch_new(
        self,
        folder: str,
        after_uid: int = 0,
        batch: int = 200,
        since: datetime.date | None = None,
        *,
        uidvalidity: int | None = None,
        modseq: int | None = None,
    ) -> Iterator[Batch]:
        """Messages with UID > after_uid (and INTERNALDATE on/after `since`), `batch` at a time.

        When resuming, pass the stored checkpoint's `uidvalidity` (a different one raises
        UidValidityChanged here, before anything is fetched) and its `highestmodseq` as
        `modseq`. The new checkpoints carry that modseq unchanged: the flags of the messages
        up to after_uid were not fetched again, so only changes_since() may advance it.
        With after_uid=0 every message is fetched, so the folder's current one is used.
        Only one batch is held in memory.
        """
        if batch < 1:
            raise ValueError("batch must be at least 1")
        # Selected here, not in the generator: a changed UIDVALIDITY raises at the call.
        state = self._select_checked(folder, uidvalidity)
        carried = state.highestmodseq if after_uid == 0 else modseq
        return self._batches(folder, state, after_uid, batch, since, carried)

    def _batches(
        self,
        folder: str,
        state: FolderState,
        after_uid: int,
        batch: int,
        since: datetime.date | None,
        modseq: int | None,
    ) -> Iterator[Batch]:
        pending: list[int] = []
        for uids in self._search_new(folder, state, after_uid, since):
            pending += uids
            while len(pending) >= batch:
                chunk, pending = pending[:batch], pending[batch:]
                yield self._fetch_batch(folder, state, chunk, modseq)
        if pending:
            yield self._fetch_batch(folder, state, pending, modseq)

    # The UID search goes in windows so no response line outgrows imaplib's 1 MB line limit
    # on a huge folder (50,000 UIDs of up to 10 digits are about 550 kB).
    _SEARCH_WINDOW = 50_000

    def _search_new(
        self, folder: str, state: FolderState, after_uid: int, since: datetime.date | None
    ) -> Iterator[list[int]]:
        criteria = ["SINCE", _imap_date(since)] if since else []
        first = after_uid + 1
        if state.uidnext is None:
            windows: Iterable[tuple[int, str]] = [(first, f"{first}:*")]
        else:
            windows = (
                (start, f"{start}:{min(start + self._SEARCH_WINDOW, state.uidnext) - 1}")
                for start in range(first, state.uidnext, self._SEARCH_WINDOW)
            )
        for _start, uid_set in windows:
            self._ensure_selected(folder, state)
            with self._guard():
                typ, data = self._conn.uid("SEARCH", "UID", uid_set, *criteria)
                self._ok(typ, data, "UID SEARCH")
            # "n:*" always matches the highest UID, even below n: filter, then sort.
            found = sorted(
                {
                    int(word)
                    for line in data
                    if isinstance(line, bytes)
                    for word in line.split()
                    if word.isdigit() and int(word) > after_uid
                }
            )
            if found:
                yield found

    def _ensure_selected(self, folder: str, state: FolderState) -> None:
        # The caller may have examined another folder between two batches of this generator.
        if self._selected != folder:
            self._select_checked(folder, state.uidvalidity)

    def _fetch_batch(
        self, folder: str, state: FolderState, uids: list[int], modseq: int | None
    ) -> Batch:
        self._ensure_selected(folder, state)
        wanted = set(uids)
        conn = self._conn
        with self._guard():
            conn.untagged_responses.pop("FETCH", None)  # drop stale unsolicited FETCHes
            typ, data = conn.uid(
                "FETCH", _uid_set(uids), "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])"
            )
            self._ok(typ, data, "UID FETCH")
        messages: dict[int, RawMessage] = {}
        for meta, literals in _fetch_responses(data):
            body = _body(meta, literals)
            uid = _item_int(meta, rb"UID")
            if uid is None or uid not in wanted or body is None:
                continue  # an unsolicited flag update, not one of ours
            date_m = re.search(rb'INTERNALDATE "([^"]+)"', meta)
            size = _item_int(meta, rb"RFC822\.SIZE")
            messages[uid] = RawMessage(
                uid=uid,
                flags=_flags(meta),
                internal_date=_parse_internaldate(date_m.group(1)) if date_m else _EPOCH,
                size=size if size is not None else len(body),
                raw=body,
            )
        # The highest UID asked for, even if expunged meanwhile: it is gone, nothing to redo.
        checkpoint = Checkpoint(folder, state.uidvalidity, max(uids), modseq)
        return Batch([messages[u] for u in sorted(messages)], checkpoint)

    def all_uids(self, folder: str, *, uidvalidity: int | None = None) -> set[int]:
        """Every UID the folder has now: what tells expunges apart without QRESYNC."""
        state = self._select_checked(folder, uidvalidity)
        found: set[int] = set()
        for uids in self._search_new(folder, state, 0, None):
            found.update(uids)
        return found

    def all_flags(
        self, folder: str, *, uidvalidity: int | None = None
    ) -> dict[int, frozenset[str]]:
        """UID -> flags of every message: the flag sync of a server without CONDSTORE."""
        if self._select_checked(folder, uidvalidity).exists == 0:
            return {}
        conn = self._conn
        with self._guard():
            conn.untagged_responses.pop("FETCH", None)
            typ, data = conn.uid("FETCH", "1:*", "(UID FLAGS)")
            self._ok(typ, data, "UID FETCH FLAGS")
        flags: dict[int, frozenset[str]] = {}
        for meta, _literals in _fetch_responses(data):
            uid = _item_int(meta, rb"UID")
            if uid is not None:
                flags[uid] = _flags(meta)
        return flags

    def changes_since(self, folder: str, modseq: int, *, uidvalidity: int | None = None) -> Changes:
        """Flag changes (CONDSTORE) and expunged UIDs (QRESYNC) since `modseq`."""
        state = self._select_checked(folder, uidvalidity)
        if state.highestmodseq is None:
            raise ImapProtocolError(f"{folder!r}: the server keeps no mod-sequences (CONDSTORE)")
        qresync = "QRESYNC" in self.enabled
        if state.highestmodseq <= modseq:
            return Changes({}, [], qresync, state.highestmodseq)
        conn = self._conn
        modifier = f"(CHANGEDSINCE {modseq} VANISHED)" if qresync else f"(CHANGEDSINCE {modseq})"
        with self._guard():
            conn.untagged_responses.pop("FETCH", None)
            conn.untagged_responses.pop("VANISHED", None)
            typ, data = conn.uid("FETCH", "1:*", "(UID FLAGS)", modifier)
            self._ok(typ, data, "UID FETCH CHANGEDSINCE")
            _, vanished_data = conn.response("VANISHED")
        flags: dict[int, frozenset[str]] = {}
        for meta, _literals in _fetch_responses(data):
            uid = _item_int(meta, rb"UID")
            if uid is not None:
                flags[uid] = _flags(meta)
        vanished: set[int] = set()
        for line in vanished_data or []:
            if isinstance(line, bytes):
                # "(EARLIER) 41,43:116" -> the UIDs
                vanished.update(_parse_uid_set(line.replace(b"(EARLIER)", b"").strip()))
        for uid in vanished:
            flags.pop(uid, None)
        return Changes(flags, sorted(vanished), qresync, state.highestmodseq)


# --------------------------------------------------------------------------- response parsing

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_INTERNALDATE = re.compile(
    rb"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})"
)
_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) ?(?P<name>.*)$')


def _imap_date(day: datetime.date) -> str:
    # Month names by hand: strftime("%b") follows the locale, IMAP wants English.
    return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"


def _parse_internaldate(value: bytes) -> datetime.datetime:
    m = _INTERNALDATE.match(value)
    if m is None or m.group(2).decode().title() not in _MONTHS:
        raise ImapProtocolError(f"bad INTERNALDATE {value!r}")
    offset = datetime.timedelta(hours=int(m.group(8)), minutes=int(m.group(9)))
    tz = datetime.timezone(-offset if m.group(7) == b"-" else offset)
    return datetime.datetime(
        int(m.group(3)),
        _MONTHS.index(m.group(2).decode().title()) + 1,
        int(m.group(1)),
        int(m.group(4)),
        int(m.group(5)),
        int(m.group(6)),
        tzinfo=tz,
    )


def _uid_set(uids: list[int]) -> str:
    """1,2,3,7,8 -> "1:3,7:8": keeps the command line short for a batch of UIDs."""
    parts: list[str] = []
    ordered = sorted(uids)
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid != prev + 1:
            parts.append(str(start) if start == prev else f"{start}:{prev}")
            start = uid
        prev = uid
    parts.append(str(start) if start == prev else f"{start}:{prev}")
    return ",".join(parts)


def _parse_uid_set(text: bytes) -> list[int]:
    uids: list[int] = []
    for part in text.split(b","):
        if b":" in part:
            a, b = (int(x) for x in part.split(b":"))
            uids.extend(range(min(a, b), max(a, b) + 1))
        elif part.strip().isdigit():
            uids.append(int(part))
    return uids


def _fetch_responses(data: list) -> Iterator[tuple[bytes, list[tuple[bytes, bytes]]]]:
    """Groups imaplib's flat FETCH data into one (text, literals) per message.

    imaplib stores a response with literals as (line-up-to-{n}, literal) tuples followed by
    the rest of the line as bytes; the text keeps each "{n}" where its literal stood.
    """
    text: list[bytes] = []
    literals: list[tuple[bytes, bytes]] = []
    for item in data:
        if item is None:
            continue
        if isinstance(item, tuple):
            text.append(item[0])
            literals.append((item[0], item[1]))
            continue
        text.append(item)
        yield b"".join(text), literals
        text, literals = [], []
    if text:
        yield b"".join(text), literals


def _body(meta: bytes, literals: list[tuple[bytes, bytes]]) -> bytes | None:
    for head, literal in literals:
        if re.search(rb"BODY\[\](?:<\d+>)? \{\d+\+?\}$", head.rstrip()):
            return literal
    quoted = re.search(rb'BODY\[\](?:<\d+>)? "((?:[^"\\]|\\.)*)"', meta)
    if quoted:
        return re.sub(rb"\\(.)", rb"\1", quoted.group(1))
    return None


def _item_int(meta: bytes, name: bytes) -> int | None:
    m = re.search(rb"(?:^|[ (])" + name + rb" (\d+)", meta)
    return int(m.group(1)) if m else None


def _flags(meta: bytes) -> frozenset[str]:
    m = re.search(rb"FLAGS \(([^)]*)\)", meta)
    words = m.group(1).decode("utf-8", "replace").split() if m else []
    # \Recent belongs to one session, not to the message: storing it would fake changes.
    return frozenset(w for w in words if w.lower() != "\\recent")


def _first_int(values: list | None) -> int | None:
    for value in values or []:
        if isinstance(value, bytes) and value.strip().isdigit():
            return int(value)
    return None


def _parse_list_line(item: bytes | tuple[bytes, bytes]) -> Folder | None:
    """One LIST/XLIST response: (flags) "delimiter" name, the name maybe as a literal."""
    if isinstance(item, tuple):
        head, name_raw = item[0], item[1]
        m = _LIST_LINE.match(re.sub(rb"\{\d+\+?\}$", b"", head.rstrip()))
    else:
        m = _LIST_LINE.match(item)
        if m is None:
            return None
        name_raw = m.group("name").strip()
        if name_raw.startswith(b'"') and name_raw.endswith(b'"'):
            name_raw = re.sub(rb"\\(.)", rb"\1", name_raw[1:-1])
    if m is None:
        return None
    delim_raw = m.group("delim")
    delimiter = None if delim_raw == b"NIL" else re.sub(rb"\\(.)", rb"\1", delim_raw[1:-1])
    flags = frozenset(m.group("flags").decode("ascii", "replace").split())
    try:
        # Servers with UTF8=ACCEPT may send raw UTF-8; everyone else sends modified UTF-7.
        name = decode_mutf7(name_raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        name = name_raw.decode("utf-8", "replace")
    special = next((SPECIAL_USE[f.lower()] for f in flags if f.lower() in SPECIAL_USE), None)
    if special == "\\Inbox" or name.upper() == "INBOX":
        special = None  # INBOX is known by its name; XLIST's \Inbox adds nothing
    return Folder(
        name=name,
        delimiter=delimiter.decode("utf-8", "replace") if delimiter is not None else None,
        flags=flags,
        special_use=special,
    )
