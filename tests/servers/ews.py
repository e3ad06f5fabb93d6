"""A loopback Exchange Web Services (EWS) server for the Exchange connector tests.

No Exchange server can run here, so this one answers real EWS SOAP 1.1 over HTTP(S) on
127.0.0.1, as Exchange 2016 does, for what exchangelib's normal code path asks of a mailbox:
GetFolder and FindFolder (distinguished folders and the tree under msgfolderroot),
SyncFolderItems with opaque sync states and paging, and GetItem of many messages with their
MIME content in one request. Faults come on demand (``fail_next``).

The XML is shaped on recorded Exchange responses in ../shared/corpus/ews/ (phpews_ex2019_*,
viewpoint_*_ex2016, evolutionews_*): the ``s:``/``m:``/``t:`` prefixes, the ServerVersionInfo
header, one ``...ResponseMessage`` per requested id with ResponseClass and ResponseCode,
``IncludesLastItemInRange`` after ``SyncState``, SOAP faults with ``e:ResponseCode`` and
``t:MessageXml`` for ErrorServerBusy, and HTTP 500 for a SOAP fault.

Only what the mail connector needs is here; calendar items, CreateItem, UpdateItem and
DeleteItem come with the calendar part of issue 8.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import datetime
import hashlib
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

HOST = "127.0.0.1"
USERS: dict[str, str] = {"alice": "alice-Ews-Secret-1", "bob": "bob-Ews-Secret-2"}
DOMAIN = "example.test"

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
MNS = "http://schemas.microsoft.com/exchange/services/2006/messages"
TNS = "http://schemas.microsoft.com/exchange/services/2006/types"
ENS = "http://schemas.microsoft.com/exchange/services/2006/errors"

# Exchange Server 2016 CU23 (15.1.2507.6), as its ServerVersionInfo header reads.
SERVER_VERSION = (
    '<h:ServerVersionInfo MajorVersion="15" MinorVersion="1" MajorBuildNumber="2507" '
    f'MinorBuildNumber="6" Version="V2017_07_11" xmlns:h="{TNS}" '
    'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)

ENVELOPE = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<s:Envelope xmlns:s="{s}"><s:Header>{version}</s:Header><s:Body>'
    '<m:{op}Response xmlns:m="{m}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="{t}">'
    "<m:ResponseMessages>{messages}</m:ResponseMessages></m:{op}Response>"
    "</s:Body></s:Envelope>"
)

# As in viewpoint_soap_fault_exceeded_connection_count.xml, plus the MessageXml that
# Exchange 2013+ adds to ErrorServerBusy (exchangelib reads BackOffMilliseconds from it).
FAULT = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<s:Envelope xmlns:s="{s}"><s:Body><s:Fault>'
    '<faultcode xmlns:a="{t}">a:{code}</faultcode>'
    '<faultstring xml:lang="en-US">{text}</faultstring>'
    "<detail>"
    '<e:ResponseCode xmlns:e="{e}">{code}</e:ResponseCode>'
    '<e:Message xmlns:e="{e}">{text}</e:Message>'
    "{xml}"
    "</detail></s:Fault></s:Body></s:Envelope>"
)

# The HTML page IIS sends with a 401 or 503 (cf. the 401 page in the evolution-ews traces).
HTML_ERROR = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{status}</title></head>'
    "<body><h2>{status}</h2></body></html>"
)

# Distinguished folders of a fresh Exchange 2016 mailbox that the mail tests use:
# (distinguished id, display name, parent distinguished id, folder class).
FOLDERS = [
    ("root", "", None, ""),
    ("msgfolderroot", "Top of Information Store", "root", "IPF.Note"),
    ("inbox", "Inbox", "msgfolderroot", "IPF.Note"),
    ("sentitems", "Sent Items", "msgfolderroot", "IPF.Note"),
    ("drafts", "Drafts", "msgfolderroot", "IPF.Note"),
    ("deleteditems", "Deleted Items", "msgfolderroot", "IPF.Note"),
    ("junkemail", "Junk Email", "msgfolderroot", "IPF.Note"),
]

FAULT_KINDS = (
    "server_busy",  # SOAP fault ErrorServerBusy with BackOffMilliseconds, HTTP 500
    "http_503",  # HTTP 503 with Retry-After
    "http_429",  # HTTP 429 with Retry-After
    "http_401",  # HTTP 401 although the password is right
    "invalid_sync_state",  # SyncFolderItems: ErrorInvalidSyncStateData
    "bad_xml",  # GetItem: XML-1.0-illegal character references (&#x0; ...) in the response
    "reset",  # the connection closed with no response at all
)
TRANSPORT_FAULTS = ("server_busy", "http_503", "http_429", "http_401", "reset")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Item:
    item_id: str
    folder: str
    """The folder's Id (not its distinguished name)."""
    raw: bytes
    received: datetime.datetime
    is_read: bool = False
    version: int = 1
    deleted: bool = False

    @property
    def change_key(self) -> str:
        return _b64(f"CQAAABYA:{self.item_id}:{self.version}")

    @property
    def subject(self) -> str:
        for line in self.raw.split(b"\r\n\r\n", 1)[0].splitlines():
            if line.lower().startswith(b"subject:"):
                return line[8:].strip().decode("utf-8", "replace")
        return ""


@dataclass
class Folder:
    folder_id: str
    name: str
    parent_id: str | None
    folder_class: str
    distinguished: str | None = None


@dataclass
class Change:
    seq: int
    kind: str  # "create" | "delete" | "read"
    item_id: str


@dataclass
class Mailbox:
    user: str
    email: str
    folders: dict[str, Folder] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    log: dict[str, list[Change]] = field(default_factory=lambda: collections.defaultdict(list))
    seq: int = 0
    epoch: int = 1
    """Part of every sync state; bumping it makes all earlier states invalid."""

    def folder(self, key: str) -> Folder:
        """By Id or by distinguished name."""
        if key in self.folders:
            return self.folders[key]
        for folder in self.folders.values():
            if folder.distinguished == key:
                return folder
        raise KeyError(key)


class EwsServer:
    """The server; ``url`` is its EWS endpoint (…/EWS/Exchange.asmx)."""

    def __init__(self, *, tls: bool = False, users: dict[str, str] | None = None) -> None:
        self.users = dict(users or USERS)
        self.mailboxes = {u: self._new_mailbox(u) for u in self.users}
        self.requests: collections.Counter[str] = collections.Counter()
        """Requests per EWS operation ("GetItem", "SyncFolderItems", ...), faults included."""
        self.http_requests = 0
        self.back_off_ms = 1500
        self.retry_after = 7
        self._faults: list[tuple[str, str | None]] = []
        self._lock = threading.RLock()
        self._ids = 0
        self.cert_path: Path | None = None
        self.cert_sha256: str | None = None
        """SHA-256 of the certificate's DER bytes, lowercase hex (with tls=True)."""
        self._httpd = ThreadingHTTPServer((HOST, 0), _make_handler(self))
        self._httpd.daemon_threads = True
        if tls:
            self._wrap_tls()
        scheme = "https" if tls else "http"
        self.port = self._httpd.server_address[1]
        self.url = f"{scheme}://{HOST}:{self.port}/EWS/Exchange.asmx"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="ews-server", daemon=True
        )
        self._thread.start()

    # ------------------------------------------------------------------ set-up

    def _wrap_tls(self) -> None:
        from tests.servers.dovecot import _self_signed_certificate

        cert_pem, key_pem = _self_signed_certificate()
        folder = Path(tempfile.mkdtemp(prefix="smallcrm-ews-tls-"))
        self.cert_path = folder / "cert.pem"
        self.cert_path.write_bytes(cert_pem)
        key_path = folder / "key.pem"
        key_path.write_bytes(key_pem)
        key_path.chmod(0o600)
        self.cert_sha256 = hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert_pem.decode())).hexdigest()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_path, key_path)
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)

    def email(self, user: str) -> str:
        return f"{user}@{DOMAIN}"

    def _new_mailbox(self, user: str) -> Mailbox:
        box = Mailbox(user=user, email=self.email(user))
        ids: dict[str, str] = {}
        for distinguished, name, parent, cls in FOLDERS:
            fid = _b64(f"AQMkAD:{user}:folder:{distinguished}")
            ids[distinguished] = fid
            box.folders[fid] = Folder(fid, name, ids.get(parent or ""), cls, distinguished)
        return box

    def add_folder(self, user: str, name: str, parent: str = "inbox") -> str:
        """A user-made (not distinguished) mail folder; returns its Id."""
        with self._lock:
            box = self.mailboxes[user]
            fid = _b64(f"AQMkAD:{user}:folder:{name}")
            box.folders[fid] = Folder(fid, name, box.folder(parent).folder_id, "IPF.Note")
            return fid

    # ------------------------------------------------------------------ mailbox changes

    def add_message(
        self,
        user: str,
        folder: str,
        raw: bytes,
        *,
        is_read: bool = False,
        received: datetime.datetime | None = None,
    ) -> str:
        """Deliver a message (RFC 5322 bytes) into a folder (distinguished name or Id)."""
        with self._lock:
            box = self.mailboxes[user]
            target = box.folder(folder)
            self._ids += 1
            item_id = _b64(f"AAMkAD:{user}:item:{self._ids:08d}")
            box.items[item_id] = Item(
                item_id,
                target.folder_id,
                raw,
                received or datetime.datetime.now(datetime.UTC).replace(microsecond=0),
                is_read,
            )
            self._record(box, target.folder_id, "create", item_id)
            return item_id

    def delete_item(self, user: str, item_id: str) -> None:
        with self._lock:
            box = self.mailboxes[user]
            item = box.items[item_id]
            item.deleted = True
            self._record(box, item.folder, "delete", item_id)

    def set_read(self, user: str, item_id: str, is_read: bool = True) -> None:
        with self._lock:
            box = self.mailboxes[user]
            item = box.items[item_id]
            item.is_read = is_read
            item.version += 1
            self._record(box, item.folder, "read", item_id)

    def invalidate_sync_states(self, user: str) -> None:
        """Every sync state handed out so far becomes ErrorInvalidSyncStateData."""
        with self._lock:
            self.mailboxes[user].epoch += 1

    def _record(self, box: Mailbox, folder_id: str, kind: str, item_id: str) -> None:
        box.seq += 1
        box.log[folder_id].append(Change(box.seq, kind, item_id))

    # ------------------------------------------------------------------ faults

    def fail_next(self, kind: str, count: int = 1, operation: str | None = None) -> None:
        """The next ``count`` requests (of ``operation`` only, if given) get fault ``kind``.

        ``invalid_sync_state`` applies to SyncFolderItems and ``bad_xml`` to GetItem
        whatever ``operation`` says.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {FAULT_KINDS}")
        if kind == "invalid_sync_state":
            operation = "SyncFolderItems"
        elif kind == "bad_xml":
            operation = "GetItem"
        with self._lock:
            self._faults.extend([(kind, operation)] * count)

    def _take_fault(self, operation: str, kinds: tuple[str, ...] = FAULT_KINDS) -> str | None:
        with self._lock:
            for index, (kind, only) in enumerate(self._faults):
                if kind in kinds and (only is None or only == operation):
                    del self._faults[index]
                    return kind
        return None

    def reset(self) -> None:
        """Empty mailboxes, no queued faults, counters at zero: a fresh server for a test."""
        with self._lock:
            self.mailboxes = {u: self._new_mailbox(u) for u in self.users}
            self._faults.clear()
            self.requests.clear()
            self.http_requests = 0

    def reset_counters(self) -> None:
        with self._lock:
            self.requests.clear()
            self.http_requests = 0

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(10)

    # ------------------------------------------------------------------ operations

    def handle(self, user: str, operation: str, request: etree._Element) -> tuple[int, bytes]:
        handler = getattr(self, f"_op_{operation}", None)
        if handler is None:
            return 500, self._fault(
                "ErrorInvalidRequest", f"The request is invalid: {operation} is not supported."
            )
        with self._lock:
            messages = handler(self.mailboxes[user], request)
        body = ENVELOPE.format(
            s=SOAP, m=MNS, t=TNS, version=SERVER_VERSION, op=operation, messages="".join(messages)
        )
        return 200, body.encode("utf-8")

    @staticmethod
    def _fault(code: str, text: str, xml: str = "") -> bytes:
        return FAULT.format(s=SOAP, t=TNS, e=ENS, code=code, text=escape(text), xml=xml).encode()

    def server_busy_fault(self) -> bytes:
        xml = (
            f'<t:MessageXml xmlns:t="{TNS}">'
            f'<t:Value Name="BackOffMilliseconds">{self.back_off_ms}</t:Value></t:MessageXml>'
        )
        return self._fault(
            "ErrorServerBusy",
            "The server cannot service this request right now. Try again later.",
            xml,
        )

    @staticmethod
    def _error(op: str, code: str, text: str, container: str = "") -> str:
        return (
            f'<m:{op}ResponseMessage ResponseClass="Error">'
            f"<m:MessageText>{escape(text)}</m:MessageText>"
            f"<m:ResponseCode>{code}</m:ResponseCode>"
            f"<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>{container}"
            f"</m:{op}ResponseMessage>"
        )

    def _folder_xml(self, box: Mailbox, folder: Folder) -> str:
        items = [i for i in box.items.values() if i.folder == folder.folder_id and not i.deleted]
        children = [f for f in box.folders.values() if f.parent_id == folder.folder_id]
        parent = (
            f'<t:ParentFolderId Id="{folder.parent_id}" ChangeKey="AQAAAA=="/>'
            if folder.parent_id
            else ""
        )
        cls = f"<t:FolderClass>{folder.folder_class}</t:FolderClass>" if folder.folder_class else ""
        return (
            "<t:Folder>"
            f'<t:FolderId Id="{folder.folder_id}" ChangeKey="AQAAABYAAAC30utV9Qm1Tp6i563HuBDK"/>'
            f"{parent}{cls}<t:DisplayName>{escape(folder.name)}</t:DisplayName>"
            f"<t:TotalCount>{len(items)}</t:TotalCount>"
            f"<t:ChildFolderCount>{len(children)}</t:ChildFolderCount>"
            "<t:EffectiveRights><t:CreateAssociated>true</t:CreateAssociated>"
            "<t:CreateContents>true</t:CreateContents><t:CreateHierarchy>true</t:CreateHierarchy>"
            "<t:Delete>true</t:Delete><t:Modify>true</t:Modify><t:Read>true</t:Read>"
            "</t:EffectiveRights>"
            f"<t:UnreadCount>{sum(not i.is_read for i in items)}</t:UnreadCount>"
            "</t:Folder>"
        )

    def _requested_folders(self, box: Mailbox, container: etree._Element | None) -> list:
        """(Folder or None, what was asked) for each FolderId/DistinguishedFolderId."""
        out = []
        for elem in container if container is not None else []:
            key = elem.get("Id")
            if elem.tag == f"{{{TNS}}}DistinguishedFolderId":
                email = elem.findtext(f"{{{TNS}}}Mailbox/{{{TNS}}}EmailAddress")
                if email and email.lower() != box.email:
                    out.append((None, key))
                    continue
            try:
                out.append((box.folder(key), key))
            except KeyError:
                out.append((None, key))
        return out

    def _op_GetFolder(self, box: Mailbox, request: etree._Element) -> list[str]:
        messages = []
        for folder, _key in self._requested_folders(box, request.find(f"{{{MNS}}}FolderIds")):
            if folder is None:
                messages.append(
                    self._error(
                        "GetFolder",
                        "ErrorFolderNotFound",
                        "The specified folder could not be found in the store.",
                        "<m:Folders/>",
                    )
                )
                continue
            messages.append(
                '<m:GetFolderResponseMessage ResponseClass="Success">'
                "<m:ResponseCode>NoError</m:ResponseCode>"
                f"<m:Folders>{self._folder_xml(box, folder)}</m:Folders>"
                "</m:GetFolderResponseMessage>"
            )
        return messages

    def _op_FindFolder(self, box: Mailbox, request: etree._Element) -> list[str]:
        deep = request.get("Traversal") == "Deep"
        view = request.find(f"{{{MNS}}}IndexedPageFolderView")
        offset = int(view.get("Offset", "0")) if view is not None else 0
        limit = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        messages = []
        for parent, _key in self._requested_folders(box, request.find(f"{{{MNS}}}ParentFolderIds")):
            if parent is None:
                messages.append(
                    self._error(
                        "FindFolder",
                        "ErrorFolderNotFound",
                        "The specified folder could not be found in the store.",
                    )
                )
                continue
            found: list[Folder] = []
            pending = [parent.folder_id]
            while pending:
                folder_id = pending.pop(0)
                for child in box.folders.values():
                    if child.parent_id == folder_id:
                        found.append(child)
                        if deep:
                            pending.append(child.folder_id)
            page = found[offset : offset + limit]
            last = offset + len(page) >= len(found)
            next_offset = f' IndexedPagingOffset="{offset + len(page)}"' if not last else ""
            messages.append(
                '<m:FindFolderResponseMessage ResponseClass="Success">'
                "<m:ResponseCode>NoError</m:ResponseCode>"
                f'<m:RootFolder{next_offset} TotalItemsInView="{len(found)}" '
                f'IncludesLastItemInRange="{str(last).lower()}"><t:Folders>'
                + "".join(self._folder_xml(box, f) for f in page)
                + "</t:Folders></m:RootFolder></m:FindFolderResponseMessage>"
            )
        return messages

    def sync_state(self, box: Mailbox, folder_id: str, seq: int) -> str:
        return _b64(f"H4sIAAAAAAAE:{box.epoch}:{folder_id}:{seq}")

    def _parse_sync_state(self, box: Mailbox, folder_id: str, text: str | None) -> int | None:
        if not text:
            return 0
        try:
            _magic, epoch, fid, seq = base64.b64decode(text, validate=True).decode().split(":")
            if int(epoch) != box.epoch or fid != folder_id or int(seq) > box.seq:
                return None
            return int(seq)
        except ValueError:
            return None

    def _op_SyncFolderItems(self, box: Mailbox, request: etree._Element) -> list[str]:
        (folder, _key), *_ = self._requested_folders(
            box, request.find(f"{{{MNS}}}SyncFolderId")
        ) or [(None, None)]
        if folder is None:
            return [
                self._error(
                    "SyncFolderItems",
                    "ErrorFolderNotFound",
                    "The specified folder could not be found in the store.",
                )
            ]
        forced = self._take_fault("SyncFolderItems", ("invalid_sync_state",)) is not None
        since = self._parse_sync_state(
            box, folder.folder_id, request.findtext(f"{{{MNS}}}SyncState")
        )
        if forced or since is None:
            # Exchange keeps the (empty) SyncState and IncludesLastItemInRange in an error
            # answer; exchangelib reads both before it looks at the ResponseCode.
            return [
                self._error(
                    "SyncFolderItems",
                    "ErrorInvalidSyncStateData",
                    "Synchronization state data is corrupt or otherwise invalid.",
                    "<m:SyncState/><m:IncludesLastItemInRange>true</m:IncludesLastItemInRange>",
                )
            ]
        limit = int(request.findtext(f"{{{MNS}}}MaxChangesReturned") or "512")
        fields = {
            uri.get("FieldURI") for uri in request.iter(f"{{{TNS}}}FieldURI") if uri.get("FieldURI")
        }
        changes: dict[str, str] = {}
        last_seq = since
        entries = [c for c in box.log[folder.folder_id] if c.seq > since]
        consumed = 0
        for change in entries:
            if change.item_id not in changes and len(changes) >= limit:
                break
            current = changes.get(change.item_id)
            if change.kind == "create":
                changes[change.item_id] = "create"
            elif change.kind == "delete":
                if current == "create":
                    del changes[change.item_id]  # created and deleted since: nothing to report
                else:
                    changes[change.item_id] = "delete"
            elif change.kind == "read" and current is None:
                changes[change.item_id] = "read"
            last_seq = change.seq
            consumed += 1
        last = consumed == len(entries)
        parts = []
        for item_id, kind in changes.items():
            item = box.items[item_id]
            ident = f'<t:ItemId Id="{item_id}" ChangeKey="{item.change_key}"/>'
            if kind == "create":
                if item.deleted:
                    continue  # Exchange answers from the current state: gone means not created
                props = self._fields(item, fields)
                parts.append(f"<t:Create><t:Message>{ident}{props}</t:Message></t:Create>")
            elif kind == "delete":
                parts.append(
                    f'<t:Delete><t:ItemId Id="{item_id}" ChangeKey="{item.change_key}"/></t:Delete>'
                )
            elif not item.deleted:
                parts.append(
                    f"<t:ReadFlagChange>{ident}<t:IsRead>{str(item.is_read).lower()}</t:IsRead>"
                    "</t:ReadFlagChange>"
                )
        changes_xml = f"<m:Changes>{''.join(parts)}</m:Changes>" if parts else "<m:Changes/>"
        return [
            '<m:SyncFolderItemsResponseMessage ResponseClass="Success">'
            "<m:ResponseCode>NoError</m:ResponseCode>"
            f"<m:SyncState>{self.sync_state(box, folder.folder_id, last_seq)}</m:SyncState>"
            f"<m:IncludesLastItemInRange>{str(last).lower()}</m:IncludesLastItemInRange>"
            f"{changes_xml}</m:SyncFolderItemsResponseMessage>"
        ]

    def _fields(self, item: Item, fields: set[str], bad_xml: bool = False) -> str:
        """The item's properties in schema order (t:Message's sequence), those asked for."""
        out = []
        if "item:MimeContent" in fields:
            mime = base64.b64encode(item.raw).decode()
            out.append(f'<t:MimeContent CharacterSet="UTF-8">{mime}</t:MimeContent>')
        if "item:ParentFolderId" in fields or not fields:
            out.append(f'<t:ParentFolderId Id="{item.folder}" ChangeKey="AQAAAA=="/>')
        out.append("<t:ItemClass>IPM.Note</t:ItemClass>" if "item:ItemClass" in fields else "")
        if "item:Subject" in fields or bad_xml:
            subject = escape(item.subject)
            if bad_xml:
                # As Exchange 2016 sent it (viewpoint_getitem_invalid_xml_char_refs_ex2016.xml).
                subject += " &#x0; &#x1; &#x8; &#xb; &#x1F;"
            out.append(f"<t:Subject>{subject}</t:Subject>")
        if "item:DateTimeReceived" in fields:
            out.append(f"<t:DateTimeReceived>{_utc(item.received)}</t:DateTimeReceived>")
        if "item:Size" in fields:
            out.append(f"<t:Size>{len(item.raw)}</t:Size>")
        if "message:IsRead" in fields:
            out.append(f"<t:IsRead>{str(item.is_read).lower()}</t:IsRead>")
        return "".join(out)

    def _op_GetItem(self, box: Mailbox, request: etree._Element) -> list[str]:
        bad_xml = self._take_fault("GetItem", ("bad_xml",)) is not None
        fields = {
            uri.get("FieldURI")
            for uri in request.find(f"{{{MNS}}}ItemShape").iter(f"{{{TNS}}}FieldURI")
        }
        messages = []
        for elem in request.find(f"{{{MNS}}}ItemIds"):
            item = box.items.get(elem.get("Id") or "")
            if item is None or item.deleted:
                messages.append(
                    self._error(
                        "GetItem",
                        "ErrorItemNotFound",
                        "The specified object was not found in the store.",
                        "<m:Items/>",
                    )
                )
                continue
            messages.append(
                '<m:GetItemResponseMessage ResponseClass="Success">'
                "<m:ResponseCode>NoError</m:ResponseCode><m:Items><t:Message>"
                f'<t:ItemId Id="{item.item_id}" ChangeKey="{item.change_key}"/>'
                f"{self._fields(item, fields, bad_xml)}</t:Message></m:Items>"
                "</m:GetItemResponseMessage>"
            )
        return messages


def _make_handler(server: EwsServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as IIS; exchangelib reuses its session
        server_version = "Microsoft-IIS/10.0"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet: pytest shows failures, not every request

        def _send(self, status: int, body: bytes, content_type: str, extra=()) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "private")
            self.send_header("X-AspNet-Version", "4.0.30319")
            self.send_header("X-Powered-By", "ASP.NET")
            for name, value in extra:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _html(self, status: int, text: str, extra=()) -> None:
            body = HTML_ERROR.format(status=f"{status} - {text}").encode()
            self._send(status, body, "text/html", extra)

        def _user(self) -> str | None:
            header = self.headers.get("Authorization", "")
            if not header.startswith("Basic "):
                return None
            with contextlib.suppress(ValueError):
                name, _, password = base64.b64decode(header[6:]).decode().partition(":")
                name = name.rpartition("\\")[2].partition("@")[0]  # DOMAIN\user or UPN
                if server.users.get(name) == password:
                    return name
            return None

        def do_GET(self) -> None:  # noqa: N802
            self._html(405, "Method not allowed")

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with server._lock:
                server.http_requests += 1
            if self.path.split("?")[0].lower() != "/ews/exchange.asmx":
                self._html(404, "File or directory not found")
                return
            user = self._user()
            auth = [("WWW-Authenticate", 'Basic realm="127.0.0.1"')]
            if user is None:
                self._html(401, "Unauthorized: Access is denied due to invalid credentials.", auth)
                return
            try:
                envelope = etree.fromstring(body)
                request = envelope.find(f"{{{SOAP}}}Body")[0]
            except (etree.XMLSyntaxError, IndexError, TypeError):
                self._send(400, b"Bad Request", "text/plain")
                return
            operation = etree.QName(request).localname
            with server._lock:
                server.requests[operation] += 1
            # Transport-level faults are taken here; invalid_sync_state and bad_xml by the
            # operation they belong to.
            kind = server._take_fault(operation, TRANSPORT_FAULTS)
            if kind == "reset":
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(2)
                return
            if kind == "server_busy":
                self._send(500, server.server_busy_fault(), "text/xml; charset=utf-8")
                return
            if kind in ("http_503", "http_429"):
                status = 503 if kind == "http_503" else 429
                text = "Service Unavailable" if status == 503 else "Too Many Requests"
                self._html(status, text, [("Retry-After", str(server.retry_after))])
                return
            if kind == "http_401":
                self._html(401, "Unauthorized: Access is denied due to invalid credentials.", auth)
                return
            status, payload = server.handle(user, operation, request)
            self._send(status, payload, "text/xml; charset=utf-8")

    return Handler


def start_ews_server(*, tls: bool = False, users: dict[str, str] | None = None) -> EwsServer:
    return EwsServer(tls=tls, users=users)
