"""Exchange (on-premises) connector through EWS, read side for mail: folders, new messages,
deletions and read-state changes in checkpointed batches.

Like the IMAP connector it never touches the database: ``fetch_new`` yields plain batches,
each with the EWS SyncState that covers it; the sync engine stores a batch and its
checkpoint in one transaction. One SyncFolderItems page (``batch`` changes) becomes one
batch, and its new messages come in ONE GetItem request with their MIME content.

exchangelib does the SOAP; three things are adjusted here, each through a hook exchangelib
offers (not by editing its code):

* Its HTTP adapter (``BaseProtocol.HTTP_ADAPTER_CLS``): checks a pinned certificate
  fingerprint for a self-signed server, and lets exchangelib read responses in 64 KiB chunks
  instead of one byte at a time (see ``_reads_bytewise``).
* Its retry policy: fail fast (the sync engine decides when to try again), but keep the
  server's Retry-After of an HTTP 503/429, which exchangelib's FailFast drops.
* Its log level: at DEBUG exchangelib logs request headers (a basic-auth header is the
  password in base64) and whole mails; we cap it at INFO.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import logging
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
import requests.adapters
from exchangelib import BASIC, DELEGATE, NTLM, Account, Configuration, Credentials, FailFast
from exchangelib import errors as ews_errors
from exchangelib.folders import Folder, MsgFolderRoot, Root
from exchangelib.items import ID_ONLY
from exchangelib.properties import FolderId
from exchangelib.protocol import BaseProtocol, Protocol
from exchangelib.services import SyncFolderItems
from exchangelib.services.common import EWSService
from exchangelib.version import EXCHANGE_2013, Version

from smallcrm.core.connectors.imap import (
    AuthenticationFailed,
    SecureConnectionFailed,
    ServerUnreachable,
    UntrustedCertificate,
)
from smallcrm.core.errors import KnownError
from smallcrm.core.logs import register_secret

__all__ = [
    "AuthenticationFailed",
    "EwsBatch",
    "EwsCheckpoint",
    "EwsConnection",
    "EwsFolder",
    "EwsMessage",
    "EwsProtocolError",
    "EwsSettings",
    "FolderNotFound",
    "InvalidSyncState",
    "SecureConnectionFailed",
    "ServerBusy",
    "ServerUnreachable",
    "UntrustedCertificate",
    "connect",
]

log = logging.getLogger(__name__)

# Secrets never reach the log (ARCHITECTURE rule 7): exchangelib's DEBUG output carries the
# Authorization header and every SOAP body.
_ews_log = logging.getLogger("exchangelib")
if _ews_log.level < logging.INFO:
    _ews_log.setLevel(logging.INFO)

Auth = Literal["ntlm", "basic"]

READ_CHUNK = 64 * 1024
"""How much of a SOAP response exchangelib gets per read once the byte-wise read is fixed."""

# --------------------------------------------------------------------------- errors


class ServerBusy(KnownError):
    """Exchange asked us to slow down (ErrorServerBusy, HTTP 503 or 429)."""

    def __init__(self, retry_after_seconds: float | None) -> None:
        when = (
            f"in {max(1, round(retry_after_seconds))} seconds"
            if retry_after_seconds
            else "in a few minutes"
        )
        super().__init__(
            "The Exchange server is busy and asked SmallCRM to wait.",
            hint=f"SmallCRM will try again {when}; nothing is lost.",
        )
        self.retry_after_seconds = retry_after_seconds


class FolderNotFound(KnownError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            f"The Exchange folder {folder!r} does not exist (any more).",
            hint="Choose the folders to sync again in the account settings.",
        )
        self.folder = folder


class InvalidSyncState(Exception):
    """The server no longer accepts the stored SyncState (ErrorInvalidSyncStateData).

    Not a KnownError: the sync engine catches it and syncs that folder again from scratch
    (sync_state=None), its upserts keyed by ItemId so nothing is duplicated.
    """

    def __init__(self, folder: str) -> None:
        super().__init__(f"The sync state of EWS folder {folder!r} is no longer valid")
        self.folder = folder


class EwsProtocolError(Exception):
    """The server sent something we cannot use (broken XML, an unexpected response): a bug
    or an odd server, logged with its detail."""


# --------------------------------------------------------------------------- plain records


@dataclass(frozen=True)
class EwsSettings:
    """Where and how to connect; the password is deliberately not a field (rule 7)."""

    url: str
    """The EWS endpoint, e.g. https://mail.firm.cz/EWS/Exchange.asmx."""
    user: str
    """DOMAIN\\user or a UPN (user@firm.cz)."""
    auth: Auth = "ntlm"
    pinned_sha256: str | None = None
    """Lowercase hex SHA-256 of the server certificate (DER) the user chose to trust."""
    email: str = ""
    """The mailbox's primary SMTP address; the user name when that is a UPN and this is empty."""

    @property
    def mailbox(self) -> str:
        if self.email:
            return self.email
        if "@" in self.user:
            return self.user
        raise ValueError("EwsSettings.email is needed when the user name is DOMAIN\\user")


@dataclass(frozen=True)
class EwsFolder:
    id: str
    name: str
    parent_id: str | None
    distinguished: str | None
    """"inbox", "sentitems", ... for Exchange's well-known folders, else None."""
    total: int | None
    unread: int | None


@dataclass(frozen=True)
class EwsMessage:
    item_id: str
    change_key: str
    raw: bytes = field(repr=False)
    """The MIME content as Exchange gives it (RFC 5322), kept like IMAP's raw message."""
    is_read: bool
    received: datetime.datetime | None

    @property
    def size(self) -> int:
        return len(self.raw)


@dataclass(frozen=True)
class EwsCheckpoint:
    """Safe to store once the batch it came with is written (same transaction)."""

    folder: str
    """As passed to fetch_new: a distinguished name ("inbox") or a folder Id."""
    sync_state: str


@dataclass(frozen=True)
class EwsBatch:
    messages: list[EwsMessage]
    deleted: list[str]
    """ItemIds gone from the folder (deleted or moved away)."""
    read_changes: dict[str, bool]
    """ItemId -> is_read now, for messages already known whose read state changed."""
    checkpoint: EwsCheckpoint


# --------------------------------------------------------------------------- HTTP layer


_UNSET = object()


def _reads_bytewise() -> bool:
    """Does the installed exchangelib read SOAP responses with ``iter_content()`` and no size?

    requests then yields ONE byte per iteration and exchangelib's BytesGeneratorIO feeds lxml
    byte by byte (exchangelib 5.6, services/common.py ``_get_soap_parts``): a 10 MB GetItem
    response costs ten million Python-level iterations. Asked by running that very method on
    a stand-in response, which works without source files (frozen builds) and answers False
    once exchangelib passes a size or reads ``.content``; then nothing is changed.
    """
    sizes: list[object] = []

    class Probe:
        def iter_content(
            self, chunk_size: object = _UNSET, decode_unicode: bool = False
        ) -> Iterator[bytes]:
            sizes.append(chunk_size)
            return iter(
                [
                    b'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">'
                    b"<s:Body/></s:Envelope>"
                ]
            )

    try:
        EWSService._get_soap_parts(response=Probe())
    except Exception:  # noqa: BLE001 - renamed or reshaped in a newer exchangelib
        log.debug("exchangelib response reading not probed", exc_info=True)
        return False
    return sizes == [_UNSET]


READS_BYTEWISE = _reads_bytewise()

# Pinned fingerprints by origin ("https://host:port"), for the adapter below. Per origin
# because exchangelib builds its adapters without telling them which server they serve.
_pins: dict[str, str] = {}
_pins_lock = threading.Lock()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


class SmallCrmHttpAdapter(requests.adapters.HTTPAdapter):
    """exchangelib's HTTP adapter (installed as ``BaseProtocol.HTTP_ADAPTER_CLS``)."""

    def _pin(self, url: str) -> str | None:
        with _pins_lock:
            return _pins.get(_origin(url))

    # A pinned server: no CA check, but urllib3 compares the certificate's SHA-256 with the
    # pin on every connection (assert_fingerprint) and refuses any other certificate.
    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn, url, False if self._pin(url) else verify, cert)

    def get_connection_with_tls_context(
        self, request: Any, verify: Any, proxies: Any = None, cert: Any = None
    ) -> Any:
        pin = self._pin(request.url)
        if pin is None or not request.url.lower().startswith("https:"):
            return super().get_connection_with_tls_context(request, verify, proxies, cert)
        host_params, pool_kwargs = self.build_connection_pool_key_attributes(request, False, cert)
        pool_kwargs["assert_fingerprint"] = pin
        return self.poolmanager.connection_from_host(**host_params, pool_kwargs=pool_kwargs)

    def build_response(self, req: Any, resp: Any) -> requests.Response:
        response = super().build_response(req, resp)
        if READS_BYTEWISE:
            # Only calls without a size change (exchangelib's); any explicit size is kept.
            plain = response.iter_content

            def iter_content(
                chunk_size: int | None = READ_CHUNK, decode_unicode: bool = False
            ) -> Iterator[Any]:
                return plain(chunk_size, decode_unicode)

            response.iter_content = iter_content
        return response


BaseProtocol.HTTP_ADAPTER_CLS = SmallCrmHttpAdapter


class _FailFastKeepRetryAfter(FailFast):
    """FailFast (the engine schedules the next try), but an HTTP 503 or 429 keeps the
    server's Retry-After, which FailFast would turn into a bare transient error."""

    def raise_response_errors(self, response: requests.Response) -> None:
        if response.status_code in (429, 503):
            retry_after = None
            with contextlib.suppress(TypeError, ValueError):
                retry_after = float(response.headers.get("Retry-After")) or None
            raise ews_errors.ErrorServerBusy(
                f"HTTP {response.status_code} response", back_off=retry_after
            )
        return super().raise_response_errors(response)


# --------------------------------------------------------------------------- connection


def connect(settings: EwsSettings, password: str, timeout: float = 60) -> EwsConnection:
    """Open the mailbox and check the password (one GetFolder); raises KnownErrors."""
    origin = _origin(settings.url)
    with _pins_lock:
        if settings.pinned_sha256:
            _pins[origin] = normal_pin(settings.pinned_sha256)
        else:
            _pins.pop(origin, None)
    if settings.auth == "basic" and not password.isascii():
        # requests sends a Basic password as Latin-1 and fails on anything else ("š"):
        # send UTF-8, as RFC 7617 asks, by handing it the UTF-8 bytes read as Latin-1.
        password = password.encode("utf-8").decode("latin-1")
        register_secret(password)
    config = Configuration(
        service_endpoint=settings.url,
        credentials=Credentials(settings.user, password),
        auth_type=NTLM if settings.auth == "ntlm" else BASIC,
        # No version-guessing round trips: start from the oldest Exchange we support; the
        # ServerVersionInfo header of the first answer raises it to the server's own.
        version=Version(build=EXCHANGE_2013),
        retry_policy=_FailFastKeepRetryAfter(),
        max_connections=1,
    )
    conn = EwsConnection(settings, config)
    try:
        with conn._guard():
            conn._account = Account(
                settings.mailbox, config=config, autodiscover=False, access_type=DELEGATE
            )
            conn._account.protocol.TIMEOUT = timeout  # per request; the class default is 120 s
            conn._account.root  # noqa: B018 - the first request: reachability and password
    except BaseException:
        conn.close()
        raise
    return conn


class EwsConnection:
    """An open mailbox; use it as a context manager. Not thread-safe: one lane per account."""

    def __init__(self, settings: EwsSettings, config: Configuration) -> None:
        self.settings = settings
        self._config = config
        self._account: Account | None = None
        self._folders: dict[str, Folder] = {}
        parts = urlsplit(settings.url)
        self._host = parts.hostname or settings.url
        self._port = parts.port or (443 if parts.scheme == "https" else 80)

    def __enter__(self) -> EwsConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close this account's HTTP sessions and forget them: exchangelib caches one
        protocol per endpoint and credentials across Configuration objects."""
        with contextlib.suppress(Exception):
            protocol = Protocol[self._config]
            if not isinstance(protocol, Exception):
                protocol.close()
        with contextlib.suppress(KeyError):
            del Protocol[self._config]
        self._account = None

    # ------------------------------------------------------------------ errors

    @contextlib.contextmanager
    def _guard(self, folder: str | None = None) -> Iterator[None]:
        try:
            yield
        except (KnownError, InvalidSyncState, EwsProtocolError):
            raise
        except ews_errors.UnauthorizedError as exc:
            raise AuthenticationFailed(
                "The Exchange server refused the user name or password."
            ) from _quiet(exc)
        except ews_errors.ErrorServerBusy as exc:
            raise ServerBusy(exc.back_off) from exc
        except (ews_errors.ErrorInternalServerTransientError, ews_errors.RateLimitError) as exc:
            raise ServerBusy(getattr(exc, "wait", None)) from exc
        except ews_errors.ErrorInvalidSyncStateData as exc:
            raise InvalidSyncState(folder or "") from exc
        except (ews_errors.ErrorFolderNotFound, ews_errors.ErrorInvalidIdMalformed) as exc:
            raise FolderNotFound(folder or "") from exc
        except ews_errors.ErrorTimeoutExpired as exc:
            raise ServerUnreachable(
                self._host, self._port, "Cannot reach the Exchange server"
            ) from exc
        except ews_errors.SOAPError as exc:
            # e.g. "Bad SOAP response": XML that even lxml's recovering parser gave up on.
            raise EwsProtocolError(f"Unusable answer from the Exchange server: {exc}") from exc
        except ews_errors.TransportError as exc:
            raise self._transport_error(exc) from exc
        except ews_errors.EWSError as exc:
            raise EwsProtocolError(f"{type(exc).__name__}: {exc}") from exc

    def _transport_error(self, exc: Exception) -> Exception:
        return transport_error(self._host, self._port, str(exc))

    # ------------------------------------------------------------------ folders

    @property
    def account(self) -> Account:
        if self._account is None:
            raise RuntimeError("the EWS connection is closed")
        return self._account

    def folders(self) -> list[EwsFolder]:
        """The mail folders under "Top of Information Store" (one FindFolder, deep)."""
        with self._guard():
            top = self.account.msg_folder_root
            found = [f for f in top.walk() if not isinstance(f, Exception)]
        out = []
        for f in found:
            if f.folder_class and not f.folder_class.startswith("IPF.Note"):
                continue  # calendar, contacts, tasks...: not mail
            out.append(
                EwsFolder(
                    id=f.id,
                    name=f.name,
                    parent_id=f.parent_folder_id.id if f.parent_folder_id else None,
                    distinguished=_distinguished_name(f),
                    total=f.total_count,
                    unread=f.unread_count,
                )
            )
        return out

    def _folder(self, folder: str) -> Folder:
        """A folder by distinguished name ("inbox", "sentitems") or by Id."""
        if folder in self._folders:
            return self._folders[folder]
        with self._guard(folder):
            root = self.account.root
            classes = {
                cls.DISTINGUISHED_FOLDER_ID: cls
                for cls in (*Root.WELLKNOWN_FOLDERS, MsgFolderRoot)
                if cls.DISTINGUISHED_FOLDER_ID
            }
            if folder in classes:
                found = root.get_default_folder(classes[folder])
            else:
                found = root.get_folder(FolderId(id=folder)) or _missing(folder)
        self._folders[folder] = found
        return found

    # ------------------------------------------------------------------ mail

    def fetch_new(
        self, folder: str, sync_state: str | None, batch: int = 100
    ) -> Iterator[EwsBatch]:
        """Changes in ``folder`` since ``sync_state`` (None: everything), one batch per
        SyncFolderItems page of at most ``batch`` changes, the new messages of a page in one
        GetItem. Store each batch's checkpoint with the batch; pass the last one stored next
        time. Raises InvalidSyncState when the server rejects ``sync_state``."""
        if batch < 1:
            raise ValueError("batch must be positive")
        target = self._folder(folder)
        with self._guard(folder):
            # Sync only ids, change keys and the read flag; MIME comes with GetItem.
            fields = {
                f for f in target.normalize_fields(fields=["is_read"]) if not f.field.is_attribute
            }
        for changes, new_state in self.sync_pages(folder, fields, sync_state, batch):
            created: list[tuple[str, str]] = []
            deleted: list[str] = []
            read_changes: dict[str, bool] = {}
            for kind, item in changes:
                if kind == SyncFolderItems.CREATE:
                    created.append((item.id, item.changekey))
                elif kind == SyncFolderItems.UPDATE:
                    read_changes[item.id] = bool(item.is_read)
                elif kind == SyncFolderItems.DELETE:
                    deleted.append(item.id)
                elif kind == SyncFolderItems.READ_FLAG_CHANGE:
                    item_id, is_read = item
                    read_changes[item_id.id] = bool(is_read)
            messages = self._get_messages(folder, target, created)
            yield EwsBatch(messages, deleted, read_changes, EwsCheckpoint(folder, new_state))

    def sync_pages(
        self, folder: str, fields: set[Any], sync_state: str | None, batch: int
    ) -> Iterator[tuple[list[tuple[str, Any]], str]]:
        """SyncFolderItems of ``folder`` page by page: each page's (kind, item) changes
        (ids, change keys and ``fields``) and the SyncState after it, until the last page.

        The service exchangelib's Folder.sync_items() runs: sync_items() only hands out the
        SyncState after the last page, and a checkpoint per batch needs the state after
        each page."""
        target = self._folder(folder)
        service = SyncFolderItems(account=self.account)
        state = sync_state
        while True:
            with self._guard(folder):
                changes = list(
                    service.call(
                        folder=target,
                        shape=ID_ONLY,
                        additional_fields=fields,
                        sync_state=state,
                        ignore=None,
                        max_changes_returned=batch,
                        sync_scope=None,
                    )
                )
                for change in changes:
                    if isinstance(change, Exception):
                        raise change
            new_state = service.sync_state
            yield changes, new_state
            # exchangelib's own loop stops on an unchanged state too (seen on real servers).
            if service.includes_last_item_in_range or new_state == state:
                return
            state = new_state

    def _get_messages(
        self, folder: str, target: Folder, ids: list[tuple[str, str]]
    ) -> list[EwsMessage]:
        """One GetItem for all ``ids``; items deleted meanwhile are skipped (their Delete
        comes with a later page)."""
        if not ids:
            return []
        out = []
        with self._guard(folder):
            fetched = self.account.fetch(
                ids=ids,
                folder=target,
                only_fields=["mime_content", "is_read", "datetime_received"],
                chunk_size=len(ids),  # exchangelib would split at 100
            )
            for item in fetched:
                if isinstance(item, ews_errors.ErrorItemNotFound):
                    continue
                if isinstance(item, Exception):
                    raise item
                out.append(
                    EwsMessage(
                        item_id=item.id,
                        change_key=item.changekey,
                        raw=item.mime_content or b"",
                        is_read=bool(item.is_read),
                        received=_plain_utc(item.datetime_received),
                    )
                )
        return out


# --------------------------------------------------------------------------- helpers


def _missing(folder: str) -> Folder:
    raise ews_errors.ErrorFolderNotFound(f"No folder with id {folder!r}")


def _distinguished_name(folder: Folder) -> str | None:
    if getattr(folder, "is_distinguished", False) or folder.has_distinguished_name:
        return folder.DISTINGUISHED_FOLDER_ID
    return None


def _plain_utc(value: datetime.datetime | None) -> datetime.datetime | None:
    if value is None:
        return None
    # exchangelib's EWSDateTime refuses a stdlib tzinfo; the sync engine wants plain datetimes.
    return datetime.datetime.fromtimestamp(value.timestamp(), datetime.UTC)


def transport_error(host: str, port: int, text: str, *, tls: bool = False) -> KnownError:
    """What a failed HTTP(S) exchange with an Exchange server means to the user, from the
    error's text (``tls``: known to be a TLS failure): a certificate to trust (with its
    SHA-256), a TLS failure, or an unreachable server."""
    if "CERTIFICATE_VERIFY_FAILED" in text or "Fingerprints did not match" in text:
        sha256 = _server_fingerprint(host, port)
        if sha256:
            return UntrustedCertificate(host, port, sha256)
    if tls or "SSL" in text or "TLS" in text:
        return SecureConnectionFailed(host, port)
    return ServerUnreachable(host, port, "Cannot reach the Exchange server")


def normal_pin(pinned_sha256: str | None) -> str | None:
    """A stored or typed fingerprint as the HTTP adapter compares it: bare lower-case hex."""
    return pinned_sha256.replace(":", "").strip().lower() if pinned_sha256 else None


def _quiet(exc: BaseException) -> BaseException:
    """The cause kept for the log, without the URL+credentials repr some messages carry."""
    return ews_errors.UnauthorizedError(type(exc).__name__)


def _server_fingerprint(host: str, port: int, timeout: float = 10) -> str | None:
    """SHA-256 of the certificate the server presents, whatever its trust: what to pin."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except OSError:
        return None
    return hashlib.sha256(der).hexdigest() if der else None
