"""A loopback Exchange Web Services (EWS) server for the Exchange connector tests.

No Exchange server can run here, so this one answers real EWS SOAP 1.1 over HTTP(S) on
127.0.0.1, as Exchange 2016 does, for what exchangelib's normal code path asks of a mailbox:
GetFolder and FindFolder (distinguished folders and the tree under msgfolderroot),
SyncFolderItems with opaque sync states and paging, and GetItem of many messages with their
MIME content in one request; and for the calendar folder, appointments both ways: GetItem by
ItemId, OccurrenceItemId and RecurringMasterItemId (recurrence, modified and deleted
occurrences, time zones), CreateItem, UpdateItem (with ConflictResolution) and DeleteItem.
Faults come on demand (``fail_next``).

The XML is shaped on recorded Exchange responses in ../shared/corpus/ews/ (phpews_ex2019_*,
viewpoint_*_ex2016, evolutionews_*): the ``s:``/``m:``/``t:`` prefixes, the ServerVersionInfo
header, one ``...ResponseMessage`` per requested id with ResponseClass and ResponseCode,
``IncludesLastItemInRange`` after ``SyncState``, SOAP faults with ``e:ResponseCode`` and
``t:MessageXml`` for ErrorServerBusy, and HTTP 500 for a SOAP fault.

The calendar XML follows phpews_ex2019_calendar_getitem.json (a single item, CreateItem and
DeleteItem answers), phpews_ex2019_calendar_recurring_emoji.json (a RecurringMaster with
FirstOccurrence/LastOccurrence, occurrences with RecurrenceId) and
phpews_ex2019_getservertimezones.json (time zone Ids and display names; it records no
Periods, so the StartTimeZone/EndTimeZone definitions follow the EWS schema with each zone's
current rule only); the CalendarItem children come in the order of the EWS schema
(types.xsd, CalendarItemType).

Only what the mail and calendar connectors need is here: no FindItem (CalendarView), no
meeting requests or responses, no attachments; CreateItem and UpdateItem take calendar
items only.
"""

from __future__ import annotations

import base64
import calendar
import collections
import contextlib
import dataclasses
import datetime
import hashlib
import ssl
import tempfile
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

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
    ("calendar", "Calendar", "msgfolderroot", "IPF.Appointment"),
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


# Windows time zone Id -> (IANA zone, display name, DST rule). The IANA zone is the CLDR
# windowsZones mapping for territory "001"; the display name is what GetServerTimeZones
# gives (phpews_ex2019_getservertimezones.json). The rule is the current one in the shape of
# EWS RecurringDayTransition: ((month, week, local hour) into daylight time, (...) back to
# standard time), week -1 = the last in the month; None = no daylight saving time.
_EU_CET = ((3, -1, 2), (10, -1, 3))
_EU_EET = ((3, -1, 3), (10, -1, 4))
_US = ((3, 2, 2), (11, 1, 2))
ZONES: dict[str, tuple[str, str, tuple | None]] = {
    "Central Europe Standard Time": (
        "Europe/Budapest",
        "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
        _EU_CET,
    ),
    "Central European Standard Time": (
        "Europe/Warsaw",
        "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
        _EU_CET,
    ),
    "W. Europe Standard Time": (
        "Europe/Berlin",
        "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        _EU_CET,
    ),
    "Romance Standard Time": (
        "Europe/Paris",
        "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
        _EU_CET,
    ),
    "FLE Standard Time": (
        "Europe/Kiev",
        "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
        _EU_EET,
    ),
    "GTB Standard Time": ("Europe/Bucharest", "(UTC+02:00) Athens, Bucharest", _EU_EET),
    "E. Europe Standard Time": ("Europe/Chisinau", "(UTC+02:00) Chisinau", _EU_CET),
    "GMT Standard Time": (
        "Europe/London",
        "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        ((3, -1, 1), (10, -1, 2)),
    ),
    "Eastern Standard Time": ("America/New_York", "(UTC-05:00) Eastern Time (US & Canada)", _US),
    "Pacific Standard Time": (
        "America/Los_Angeles",
        "(UTC-08:00) Pacific Time (US & Canada)",
        _US,
    ),
    "UTC": ("Etc/UTC", "(UTC) Coordinated Universal Time", None),
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = tuple(calendar.month_name[1:])
DAY_SETS = {"Day": WEEKDAYS, "Weekday": WEEKDAYS[:5], "WeekendDay": WEEKDAYS[5:]}
WEEK_INDEX = {"First": 1, "Second": 2, "Third": 3, "Fourth": 4, "Last": -1}
RESPONSE_TYPES = ("Unknown", "Organizer", "Tentative", "Accept", "Decline", "NoResponseReceived")
PATTERNS = {
    # our name -> EWS pattern element
    "daily": "DailyRecurrence",
    "weekly": "WeeklyRecurrence",
    "absolute_monthly": "AbsoluteMonthlyRecurrence",
    "relative_monthly": "RelativeMonthlyRecurrence",
    "absolute_yearly": "AbsoluteYearlyRecurrence",
    "relative_yearly": "RelativeYearlyRecurrence",
}


class UnknownZone(KeyError):
    """A Windows time zone Id this server has no rules for."""


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(ZONES[tz][0])
    except KeyError:
        raise UnknownZone(tz) from None


def _wall_to_utc(wall: datetime.datetime, tz: str) -> datetime.datetime:
    """A naive wall-clock time in Windows zone ``tz`` as an aware UTC datetime (DST-correct)."""
    return wall.replace(tzinfo=_zone(tz)).astimezone(datetime.UTC)


def _iso_duration(delta: datetime.timedelta) -> str:
    """xs:duration as Exchange writes it: PT1H, PT1H30M, P1D, -PT1H."""
    sign = "-" if delta < datetime.timedelta(0) else ""
    seconds = int(abs(delta).total_seconds())
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    time = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    out = sign + "P" + (f"{days}D" if days else "") + (f"T{time}" if time else "")
    return out if out.strip("-") != "P" else "PT0M"


def _date_with_offset(day: datetime.date, at: datetime.time, tz: str) -> str:
    """A recurrence StartDate/EndDate: the date with the zone's offset that day, e.g.
    2026-03-02+01:00."""
    offset = datetime.datetime.combine(day, at, _zone(tz)).utcoffset() or datetime.timedelta(0)
    if not offset:
        return f"{day.isoformat()}Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{day.isoformat()}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _timezone_xml(tag: str, tz: str) -> str:
    """StartTimeZone/EndTimeZone as Exchange 2010+ sends it: Id, Name and the definition."""
    iana, name, rule = ZONES[tz]
    zone = ZoneInfo(iana)
    # All supported zones are northern: January is standard time.
    standard = datetime.datetime(2025, 1, 15, tzinfo=zone).utcoffset() or datetime.timedelta(0)
    trule = f"trule:Microsoft/Registry/{escape(tz)}/1"
    periods = f'<t:Period Bias="{_iso_duration(-standard)}" Name="Standard" Id="{trule}-Standard"/>'
    if rule is None:
        group = f'<t:Transition><t:To Kind="Period">{trule}-Standard</t:To></t:Transition>'
    else:
        daylight = standard + datetime.timedelta(hours=1)
        periods += (
            f'<t:Period Bias="{_iso_duration(-daylight)}" Name="Daylight" Id="{trule}-Daylight"/>'
        )
        group = "".join(
            "<t:RecurringDayTransition>"
            f'<t:To Kind="Period">{trule}-{period}</t:To>'
            f"<t:TimeOffset>PT{hour}H</t:TimeOffset><t:Month>{month}</t:Month>"
            f"<t:DayOfWeek>Sunday</t:DayOfWeek><t:Occurrence>{week}</t:Occurrence>"
            "</t:RecurringDayTransition>"
            for period, (month, week, hour) in zip(("Daylight", "Standard"), rule, strict=True)
        )
    return (
        f"<t:{tag} Id={quoteattr(tz)} Name={quoteattr(name)}>"
        f"<t:Periods>{periods}</t:Periods>"
        f'<t:TransitionsGroups><t:TransitionsGroup Id="0">{group}</t:TransitionsGroup>'
        "</t:TransitionsGroups>"
        '<t:Transitions><t:Transition><t:To Kind="Group">0</t:To></t:Transition></t:Transitions>'
        f"</t:{tag}>"
    )


def _nth_weekday(year: int, month: int, weekday: int, week: int) -> datetime.date:
    if week > 0:
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)


def _pattern_dates(rec: dict) -> Iterator[datetime.date]:
    """The dates the pattern hits from its StartDate on, unbounded (the caller stops)."""
    start: datetime.date = rec["start"]
    kind = rec["pattern"]
    interval = max(int(rec.get("interval") or 1), 1)
    if kind == "daily":
        day = start
        while True:
            yield day
            day += datetime.timedelta(days=interval)
    if kind == "weekly":
        # Exchange also takes "Day", "Weekday" and "WeekendDay" for the days of a week.
        first = rec.get("first_day_of_week") or "Monday"
        first_dow = WEEKDAYS.index(first) if first in WEEKDAYS else 0
        days = [d for name in rec["weekdays"] for d in DAY_SETS.get(name, (name,))]
        offsets = sorted({(WEEKDAYS.index(d) - first_dow) % 7 for d in days})
        week = start - datetime.timedelta(days=(start.weekday() - first_dow) % 7)
        while True:
            for offset in offsets:
                day = week + datetime.timedelta(days=offset)
                if day >= start:
                    yield day
            week += datetime.timedelta(weeks=interval)
    yearly = kind.endswith("yearly")
    step = 12 if yearly else interval  # EWS yearly patterns have no Interval
    month0 = MONTHS.index(rec["month"]) if yearly else start.month - 1
    months = start.year * 12 + month0
    while True:
        year, month = divmod(months, 12)
        month += 1
        if kind.startswith("absolute"):
            day_of_month = min(int(rec["day_of_month"]), calendar.monthrange(year, month)[1])
            day = datetime.date(year, month, day_of_month)
        else:
            weekday = WEEKDAYS.index(rec["weekdays"][0])
            day = _nth_weekday(year, month, weekday, WEEK_INDEX[rec["week_index"]])
        if day >= start:
            yield day
        months += step


def _normalize_recurrence(rec: dict | None) -> dict | None:
    if rec is None:
        return None
    out = dict(rec)
    if out["pattern"] not in PATTERNS:
        raise ValueError(f"unknown recurrence pattern {out['pattern']!r}")
    weekdays = out.get("weekdays") or out.get("weekday") or []
    out["weekdays"] = [weekdays] if isinstance(weekdays, str) else list(weekdays)
    out.setdefault("interval", 1)
    out.setdefault("end", None)
    out.setdefault("count", None)
    out.setdefault("first_day_of_week", "Monday")
    return out


def _as_wall(value: datetime.datetime | datetime.date) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            raise ValueError(f"{value!r}: give naive wall-clock times in the item's zone")
        return value
    return datetime.datetime.combine(value, datetime.time())


def _new_uid() -> str:
    """A fresh UID in the form of Outlook's Global Object Id, as Exchange makes them."""
    return (
        "040000008200E00074C5B7101A82E00800000000"
        + "0" * 16
        + "10000000"
        + uuid.uuid4().hex.upper()
    )


def _attendee(email: str, name: str, kind: str = "required", response: str = "Unknown") -> tuple:
    if kind not in ("required", "optional") or response not in RESPONSE_TYPES:
        raise ValueError(f"bad attendee {(email, name, kind, response)!r}")
    return (email, name, kind, response)


def _occurrence_id(master_id: str, index: int) -> str:
    """The ItemId of an occurrence (and of its exception): master and index, as Exchange
    encodes both in occurrence ids."""
    return _b64(f"AAMkAD:occurrence:{index}:{master_id}")


def _parse_occurrence_id(item_id: str) -> tuple[str, int] | None:
    try:
        magic, kind, index, master_id = base64.b64decode(item_id).decode().split(":", 3)
        if magic == "AAMkAD" and kind == "occurrence":
            return master_id, int(index)
    except ValueError:
        pass
    return None


def _xs_bool(text: str) -> bool:
    # xs:boolean: exchangelib writes 1/0, other clients true/false.
    return text.strip().lower() in ("true", "1")


def _parse_when(text: str) -> datetime.datetime:
    """An xs:dateTime as a client sends it: with Z, with an offset, or naive (wall clock)."""
    return datetime.datetime.fromisoformat(text.strip())


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
class Appointment:
    """A calendar item: a single appointment, a recurring master, or an exception.

    Times are naive wall-clock datetimes in Windows zone ``tz`` (``end_tz`` for ``end``), as
    Exchange keeps them, so a series keeps its local time across a DST change; for all-day
    items they are local midnights (``end`` exclusive).
    """

    item_id: str
    folder: str
    subject: str
    start: datetime.datetime
    end: datetime.datetime
    tz: str
    end_tz: str
    all_day: bool = False
    location: str = ""
    body: str = ""
    body_type: str = "Text"
    uid: str = ""
    organizer: tuple[str, str] = ("", "")
    attendees: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(email, name, "required" | "optional", ResponseType)."""
    reminder_minutes: int | None = 15
    free_busy: str = "Busy"
    recurrence: dict | None = None
    created: datetime.datetime = field(
        default_factory=lambda: datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    )
    modified: datetime.datetime | None = None
    version: int = 1
    sequence: int = 0
    deleted: bool = False
    master_id: str | None = None
    """Set on exceptions (and on the transient records of plain occurrences)."""
    index: int | None = None
    """1-based InstanceIndex of an occurrence or exception in its series."""
    original_start: datetime.datetime | None = None
    is_exception: bool = False
    exceptions: dict[int, Appointment] = field(default_factory=dict)
    """A master's modified occurrences by InstanceIndex."""
    deleted_occurrences: dict[int, datetime.datetime] = field(default_factory=dict)
    """A master's deleted occurrences: InstanceIndex -> original wall-clock start."""

    @property
    def change_key(self) -> str:
        return _b64(f"DwAAABYA:{self.item_id}:{self.version}")


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
    kind: str  # "create" | "update" | "delete" | "read"
    item_id: str


@dataclass
class Mailbox:
    user: str
    email: str
    folders: dict[str, Folder] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    appointments: dict[str, Appointment] = field(default_factory=dict)
    """Masters and single appointments by ItemId (deleted ones stay, flagged, for the log)."""
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

    def __init__(
        self,
        *,
        tls: bool = False,
        users: dict[str, str] | None = None,
        auth: Sequence[str] = ("ntlm", "basic"),
    ) -> None:
        self.users = dict(users or USERS)
        self.http_auth = HttpAuth(self.users, auth)
        """The sign-in schemes offered (``auth``, NTLM first as IIS) and their checks."""
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
        """Delete a message or an appointment (a whole series, given its master's ItemId)."""
        with self._lock:
            box = self.mailboxes[user]
            item = box.items.get(item_id) or box.appointments[item_id]
            item.deleted = True
            self._record(box, item.folder, "delete", item_id)

    def set_read(self, user: str, item_id: str, is_read: bool = True) -> None:
        with self._lock:
            box = self.mailboxes[user]
            item = box.items[item_id]
            item.is_read = is_read
            item.version += 1
            self._record(box, item.folder, "read", item_id)

    # ------------------------------------------------------------------ calendar

    def add_appointment(
        self,
        user: str,
        *,
        subject: str,
        start: datetime.datetime | datetime.date,
        end: datetime.datetime | datetime.date,
        tz: str = "Central Europe Standard Time",
        all_day: bool = False,
        location: str = "",
        body: str = "",
        uid: str | None = None,
        organizer: tuple[str, str] | None = None,
        attendees: Sequence[tuple[str, str, str, str]] = (),
        reminder_minutes: int | None = 15,
        recurrence: dict | None = None,
        folder: str = "calendar",
        free_busy: str = "Busy",
    ) -> str:
        """Put an appointment in the calendar (a series if ``recurrence``); returns its ItemId.

        ``start``/``end`` are naive wall-clock times in Windows zone ``tz``, or dates for
        ``all_day`` (end exclusive).
        """
        _zone(tz)  # unknown zones fail here, not in the middle of a SOAP answer
        with self._lock:
            box = self.mailboxes[user]
            appt = Appointment(
                item_id=self._new_item_id(user),
                folder=box.folder(folder).folder_id,
                subject=subject,
                start=_as_wall(start),
                end=_as_wall(end),
                tz=tz,
                end_tz=tz,
                all_day=all_day,
                location=location,
                body=body,
                uid=uid or _new_uid(),
                organizer=organizer or self._owner(user),
                attendees=[_attendee(*a) for a in attendees],
                reminder_minutes=reminder_minutes,
                free_busy=free_busy,
                recurrence=_normalize_recurrence(recurrence),
            )
            appt.modified = appt.created
            box.appointments[appt.item_id] = appt
            self._record(box, appt.folder, "create", appt.item_id)
            return appt.item_id

    def update_appointment(self, user: str, item_id: str, **changes: object) -> None:
        """A server-side edit (as from Outlook): any Appointment field, e.g. subject, start,
        end (naive wall clock), tz, location, body, reminder_minutes, attendees, recurrence.
        """
        with self._lock:
            box = self.mailboxes[user]
            master, index = self._lookup_appointment(box, item_id)
            if master is None:
                raise KeyError(item_id)
            if index is not None:
                self._modify_occurrence(box, master, index, changes)
                return
            self._apply(master, changes)
            self._touch(box, master)

    def modify_occurrence(
        self, user: str, master_id: str, original_start: datetime.datetime, **changes: object
    ) -> str:
        """Make one occurrence of a series an exception (start, end, subject, location, body);
        ``original_start`` is its naive wall-clock start. Returns the exception's ItemId.
        """
        with self._lock:
            box = self.mailboxes[user]
            master = box.appointments[master_id]
            index = self._index_of(master, original_start)
            return self._modify_occurrence(box, master, index, changes)

    def delete_occurrence(
        self, user: str, master_id: str, original_start: datetime.datetime
    ) -> None:
        with self._lock:
            box = self.mailboxes[user]
            master = box.appointments[master_id]
            self._delete_occurrence(box, master, self._index_of(master, original_start))

    def appointment(self, user: str, item_id: str) -> Appointment:
        """The stored record of a master, single item or exception (by its ItemId)."""
        with self._lock:
            box = self.mailboxes[user]
            master, index = self._lookup_appointment(box, item_id)
            if master is None:
                raise KeyError(item_id)
            if index is None:
                return master
            return master.exceptions.get(index) or self._occurrence(master, index)

    def appointments(self, user: str) -> list[Appointment]:
        """The live masters and single appointments, in creation order."""
        with self._lock:
            return [a for a in self.mailboxes[user].appointments.values() if not a.deleted]

    def _owner(self, user: str) -> tuple[str, str]:
        return (self.email(user), user.capitalize())

    def _new_item_id(self, user: str) -> str:
        self._ids += 1
        return _b64(f"AAMkAD:{user}:item:{self._ids:08d}")

    def _touch(self, box: Mailbox, appt: Appointment) -> None:
        """A master or single item changed: new ChangeKey, an Update in SyncFolderItems."""
        appt.version += 1
        appt.modified = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        self._record(box, appt.folder, "update", appt.item_id)

    @staticmethod
    def _apply(appt: Appointment, changes: dict) -> None:
        for name, value in changes.items():
            if name in ("start", "end"):
                value = _as_wall(value)  # noqa: PLW2901
            elif name == "attendees":
                value = [_attendee(*a) for a in value]  # noqa: PLW2901
            elif name == "recurrence":
                value = _normalize_recurrence(value)  # noqa: PLW2901
                # As Exchange: a new pattern drops the old exceptions and deletions.
                appt.exceptions.clear()
                appt.deleted_occurrences.clear()
            elif name == "tz":
                _zone(value)
                if "end_tz" not in changes:
                    appt.end_tz = value
            elif name not in {f.name for f in dataclasses.fields(Appointment)}:
                raise TypeError(f"unknown appointment field {name!r}")
            setattr(appt, name, value)

    def _occurrences(self, master: Appointment) -> Iterator[tuple[int, datetime.datetime]]:
        """(InstanceIndex, original wall-clock start) over the series; unbounded if no end."""
        rec = master.recurrence
        if rec is None:
            return
        at = master.start.time()
        for index, day in enumerate(_pattern_dates(rec), 1):
            if (rec["count"] and index > rec["count"]) or (rec["end"] and day > rec["end"]):
                return
            yield index, datetime.datetime.combine(day, at)

    def _occurrence_start(self, master: Appointment, index: int) -> datetime.datetime | None:
        if index < 1:
            return None
        for i, start in self._occurrences(master):
            if i == index:
                return start
        return None

    def _index_of(self, master: Appointment, original_start: datetime.datetime) -> int:
        for index, start in self._occurrences(master):
            if start == original_start:
                return index
            if start > original_start:
                break
        raise KeyError(f"no occurrence of {master.item_id} starts at {original_start}")

    def _occurrence(self, master: Appointment, index: int) -> Appointment:
        """The (transient) record of an occurrence, or its exception if it has one."""
        if index in master.exceptions:
            return master.exceptions[index]
        start = self._occurrence_start(master, index)
        if start is None:
            raise KeyError(index)
        return dataclasses.replace(
            master,
            item_id=_occurrence_id(master.item_id, index),
            start=start,
            end=start + (master.end - master.start),
            recurrence=None,
            master_id=master.item_id,
            index=index,
            original_start=start,
            exceptions={},
            deleted_occurrences={},
        )

    def _modify_occurrence(
        self, box: Mailbox, master: Appointment, index: int, changes: dict
    ) -> str:
        exception = master.exceptions.get(index)
        if exception is None:
            exception = self._occurrence(master, index)
            exception.is_exception = True
            exception.attendees = list(master.attendees)
            master.exceptions[index] = exception
            master.deleted_occurrences.pop(index, None)
        self._apply(exception, changes)
        self._touch(box, master)
        return exception.item_id

    def _delete_occurrence(self, box: Mailbox, master: Appointment, index: int) -> None:
        start = self._occurrence_start(master, index)
        if start is None:
            raise KeyError(index)
        master.exceptions.pop(index, None)
        master.deleted_occurrences[index] = start
        self._touch(box, master)

    def _lookup_appointment(
        self, box: Mailbox, item_id: str
    ) -> tuple[Appointment | None, int | None]:
        """(master or single item, InstanceIndex or None) for an item or occurrence ItemId."""
        parsed = _parse_occurrence_id(item_id)
        if parsed is not None:
            master_id, index = parsed
            master = box.appointments.get(master_id)
            if master is None or master.deleted or master.recurrence is None:
                return None, None
            return master, index
        appt = box.appointments.get(item_id)
        if appt is None or appt.deleted:
            return None, None
        return appt, None

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
        self.http_auth.close()

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
        appts = [
            a for a in box.appointments.values() if a.folder == folder.folder_id and not a.deleted
        ]
        children = [f for f in box.folders.values() if f.parent_id == folder.folder_id]
        parent = (
            f'<t:ParentFolderId Id="{folder.parent_id}" ChangeKey="AQAAAA=="/>'
            if folder.parent_id
            else ""
        )
        cls = f"<t:FolderClass>{folder.folder_class}</t:FolderClass>" if folder.folder_class else ""
        # As recorded (phpews_ex2019_calendar_getitem.json): a calendar is a t:CalendarFolder,
        # which has no UnreadCount.
        tag = "CalendarFolder" if folder.folder_class.startswith("IPF.Appointment") else "Folder"
        unread = (
            f"<t:UnreadCount>{sum(not i.is_read for i in items)}</t:UnreadCount>"
            if tag == "Folder"
            else ""
        )
        return (
            f"<t:{tag}>"
            f'<t:FolderId Id="{folder.folder_id}" ChangeKey="AQAAABYAAAC30utV9Qm1Tp6i563HuBDK"/>'
            f"{parent}{cls}<t:DisplayName>{escape(folder.name)}</t:DisplayName>"
            f"<t:TotalCount>{len(items) + len(appts)}</t:TotalCount>"
            f"<t:ChildFolderCount>{len(children)}</t:ChildFolderCount>"
            "<t:EffectiveRights><t:CreateAssociated>true</t:CreateAssociated>"
            "<t:CreateContents>true</t:CreateContents><t:CreateHierarchy>true</t:CreateHierarchy>"
            "<t:Delete>true</t:Delete><t:Modify>true</t:Modify><t:Read>true</t:Read>"
            "</t:EffectiveRights>"
            f"{unread}</t:{tag}>"
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
        fields = _shape_fields(request.find(f"{{{MNS}}}ItemShape"))
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
            elif change.kind == "update" and current in (None, "read"):
                changes[change.item_id] = "update"
            last_seq = change.seq
            consumed += 1
        last = consumed == len(entries)
        parts = []
        for item_id, kind in changes.items():
            item = box.items.get(item_id) or box.appointments[item_id]
            ident = f'<t:ItemId Id="{item_id}" ChangeKey="{item.change_key}"/>'
            if isinstance(item, Appointment) and kind in ("create", "update"):
                # Only masters and single items are in the log, never occurrences or
                # exceptions: as Exchange, a change to those is an Update of the master.
                if not item.deleted:
                    tag = "Create" if kind == "create" else "Update"
                    xml = self._calendar_item_xml(box, item, fields)
                    parts.append(f"<t:{tag}>{xml}</t:{tag}>")
            elif kind == "create":
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
        shape = request.find(f"{{{MNS}}}ItemShape")
        fields = {uri.get("FieldURI") for uri in shape.iter(f"{{{TNS}}}FieldURI")}
        calendar_fields = _shape_fields(shape)
        messages = []
        for elem in request.find(f"{{{MNS}}}ItemIds"):
            kind, found = self._resolve_id(box, elem)
            if kind == "calendar":
                master, index = found  # type: ignore[misc]
                appt = master if index is None else self._occurrence(master, index)
                messages.append(
                    '<m:GetItemResponseMessage ResponseClass="Success">'
                    "<m:ResponseCode>NoError</m:ResponseCode><m:Items>"
                    f"{self._calendar_item_xml(box, appt, calendar_fields)}</m:Items>"
                    "</m:GetItemResponseMessage>"
                )
                continue
            if kind != "mail":
                messages.append(self._error("GetItem", kind, str(found), "<m:Items/>"))
                continue
            item = found  # type: ignore[assignment]
            messages.append(
                '<m:GetItemResponseMessage ResponseClass="Success">'
                "<m:ResponseCode>NoError</m:ResponseCode><m:Items><t:Message>"
                f'<t:ItemId Id="{item.item_id}" ChangeKey="{item.change_key}"/>'
                f"{self._fields(item, fields, bad_xml)}</t:Message></m:Items>"
                "</m:GetItemResponseMessage>"
            )
        return messages

    # ------------------------------------------------------------------ calendar XML

    def _calendar_item_xml(self, box: Mailbox, appt: Appointment, fields: set[str]) -> str:
        """A t:CalendarItem with the properties asked for, in CalendarItemType's order."""
        master = box.appointments[appt.master_id] if appt.master_id else appt
        ident = f'<t:ItemId Id="{appt.item_id}" ChangeKey="{master.change_key}"/>'
        return f"<t:CalendarItem>{ident}{self._calendar_fields(box, appt, fields)}</t:CalendarItem>"

    def _calendar_fields(self, box: Mailbox, appt: Appointment, fields: set[str]) -> str:
        master = box.appointments[appt.master_id] if appt.master_id else appt
        start = _wall_to_utc(appt.start, appt.tz)
        end = _wall_to_utc(appt.end, appt.end_tz)
        original = _wall_to_utc(appt.original_start, master.tz) if appt.original_start else None
        if appt.master_id is None:
            kind = "RecurringMaster" if appt.recurrence else "Single"
        else:
            kind = "Exception" if appt.is_exception else "Occurrence"
        owner = box.email
        organizer_is_me = appt.organizer[0].lower() == owner
        if organizer_is_me:
            my_response = "Organizer"
        else:
            mine = [a[3] for a in appt.attendees if a[0].lower() == owner]
            my_response = mine[0] if mine else "NoResponseReceived"
        required = [a for a in appt.attendees if a[2] == "required"]
        optional = [a for a in appt.attendees if a[2] == "optional"]
        created = _utc(appt.created)
        modified = _utc(appt.modified or appt.created)
        false = "false"

        def boolean(value: bool) -> str:
            return "true" if value else "false"

        # (FieldURI, XML) in the schema's order; built lazily so only what is asked is computed.
        out: list[str] = []

        def add(uri: str, make) -> None:  # noqa: ANN001
            if uri in fields:
                out.append(make())

        add(
            "item:ParentFolderId",
            lambda: f'<t:ParentFolderId Id="{master.folder}" ChangeKey="AQAAAA=="/>',
        )
        add(
            "item:ItemClass",
            lambda: (
                "<t:ItemClass>IPM.Appointment"
                + (".Occurrence" if appt.master_id else "")
                + "</t:ItemClass>"
            ),
        )
        add("item:Subject", lambda: f"<t:Subject>{escape(appt.subject)}</t:Subject>")
        add("item:Sensitivity", lambda: "<t:Sensitivity>Normal</t:Sensitivity>")
        add(
            "item:Body",
            lambda: (
                f'<t:Body BodyType="{appt.body_type}">{escape(appt.body)}</t:Body>'
                if appt.body
                else f'<t:Body BodyType="{appt.body_type}"/>'
            ),
        )
        add("item:DateTimeReceived", lambda: f"<t:DateTimeReceived>{created}</t:DateTimeReceived>")
        add("item:Size", lambda: f"<t:Size>{4096 + len(appt.body) + len(appt.subject)}</t:Size>")
        add("item:Importance", lambda: "<t:Importance>Normal</t:Importance>")
        for name in ("IsSubmitted", "IsDraft", "IsFromMe", "IsResend", "IsUnmodified"):
            add(f"item:{name}", lambda name=name: f"<t:{name}>{false}</t:{name}>")
        add("item:DateTimeSent", lambda: f"<t:DateTimeSent>{created}</t:DateTimeSent>")
        add("item:DateTimeCreated", lambda: f"<t:DateTimeCreated>{created}</t:DateTimeCreated>")
        add("item:ReminderDueBy", lambda: f"<t:ReminderDueBy>{_utc(start)}</t:ReminderDueBy>")
        add(
            "item:ReminderIsSet",
            lambda: (
                f"<t:ReminderIsSet>{boolean(appt.reminder_minutes is not None)}</t:ReminderIsSet>"
            ),
        )
        # Exchange keeps (and sends) the minutes when the reminder is off; 15 by default.
        add(
            "item:ReminderMinutesBeforeStart",
            lambda: (
                "<t:ReminderMinutesBeforeStart>"
                f"{15 if appt.reminder_minutes is None else appt.reminder_minutes}"
                "</t:ReminderMinutesBeforeStart>"
            ),
        )
        add(
            "item:DisplayCc",
            lambda: (
                f"<t:DisplayCc>{escape('; '.join(a[1] or a[0] for a in optional))}</t:DisplayCc>"
            ),
        )
        add(
            "item:DisplayTo",
            lambda: (
                f"<t:DisplayTo>{escape('; '.join(a[1] or a[0] for a in required))}</t:DisplayTo>"
            ),
        )
        add("item:HasAttachments", lambda: "<t:HasAttachments>false</t:HasAttachments>")
        add("item:Culture", lambda: "<t:Culture>en-US</t:Culture>")
        add(
            "item:LastModifiedName",
            lambda: f"<t:LastModifiedName>{escape(self._owner(box.user)[1])}</t:LastModifiedName>",
        )
        add("item:LastModifiedTime", lambda: f"<t:LastModifiedTime>{modified}</t:LastModifiedTime>")
        add("item:IsAssociated", lambda: "<t:IsAssociated>false</t:IsAssociated>")
        add("calendar:UID", lambda: f"<t:UID>{escape(appt.uid)}</t:UID>")
        if original is not None:
            add(
                "calendar:RecurrenceId",
                lambda: f"<t:RecurrenceId>{_utc(original)}</t:RecurrenceId>",
            )
        add("calendar:DateTimeStamp", lambda: f"<t:DateTimeStamp>{modified}</t:DateTimeStamp>")
        add("calendar:Start", lambda: f"<t:Start>{_utc(start)}</t:Start>")
        add("calendar:End", lambda: f"<t:End>{_utc(end)}</t:End>")
        if original is not None:
            add(
                "calendar:OriginalStart",
                lambda: f"<t:OriginalStart>{_utc(original)}</t:OriginalStart>",
            )
        add(
            "calendar:IsAllDayEvent",
            lambda: f"<t:IsAllDayEvent>{boolean(appt.all_day)}</t:IsAllDayEvent>",
        )
        add(
            "calendar:LegacyFreeBusyStatus",
            lambda: f"<t:LegacyFreeBusyStatus>{appt.free_busy}</t:LegacyFreeBusyStatus>",
        )
        if appt.location:  # Exchange leaves an empty Location out
            add("calendar:Location", lambda: f"<t:Location>{escape(appt.location)}</t:Location>")
        add(
            "calendar:IsMeeting",
            lambda: f"<t:IsMeeting>{boolean(bool(appt.attendees))}</t:IsMeeting>",
        )
        add("calendar:IsCancelled", lambda: "<t:IsCancelled>false</t:IsCancelled>")
        # As recorded: IsRecurring is false on a RecurringMaster, true on its occurrences.
        add(
            "calendar:IsRecurring",
            lambda: f"<t:IsRecurring>{boolean(appt.master_id is not None)}</t:IsRecurring>",
        )
        add(
            "calendar:MeetingRequestWasSent",
            lambda: "<t:MeetingRequestWasSent>false</t:MeetingRequestWasSent>",
        )
        add(
            "calendar:IsResponseRequested",
            lambda: "<t:IsResponseRequested>true</t:IsResponseRequested>",
        )
        add("calendar:CalendarItemType", lambda: f"<t:CalendarItemType>{kind}</t:CalendarItemType>")
        add(
            "calendar:MyResponseType", lambda: f"<t:MyResponseType>{my_response}</t:MyResponseType>"
        )
        add(
            "calendar:Organizer",
            lambda: f"<t:Organizer>{_mailbox_xml(*appt.organizer)}</t:Organizer>",
        )
        if required:
            add(
                "calendar:RequiredAttendees",
                lambda: f"<t:RequiredAttendees>{_attendees_xml(required)}</t:RequiredAttendees>",
            )
        if optional:
            add(
                "calendar:OptionalAttendees",
                lambda: f"<t:OptionalAttendees>{_attendees_xml(optional)}</t:OptionalAttendees>",
            )
        add("calendar:Duration", lambda: f"<t:Duration>{_iso_duration(end - start)}</t:Duration>")
        add("calendar:TimeZone", lambda: f"<t:TimeZone>{escape(ZONES[appt.tz][1])}</t:TimeZone>")
        add(
            "calendar:AppointmentSequenceNumber",
            lambda: f"<t:AppointmentSequenceNumber>{appt.sequence}</t:AppointmentSequenceNumber>",
        )
        # Flags: 1 = meeting, 2 = received (someone else organizes it).
        state = (1 if appt.attendees else 0) | (0 if organizer_is_me else 3)
        add(
            "calendar:AppointmentState", lambda: f"<t:AppointmentState>{state}</t:AppointmentState>"
        )
        if appt.recurrence and appt.master_id is None:
            add("calendar:Recurrence", lambda: self._recurrence_xml(appt))
            add("calendar:FirstOccurrence", lambda: self._edge_occurrence_xml(appt, first=True))
            add("calendar:LastOccurrence", lambda: self._edge_occurrence_xml(appt, first=False))
            if appt.exceptions:
                add("calendar:ModifiedOccurrences", lambda: self._modified_xml(appt))
            if appt.deleted_occurrences:
                add(
                    "calendar:DeletedOccurrences",
                    lambda: (
                        "<t:DeletedOccurrences>"
                        + "".join(
                            f"<t:DeletedOccurrence><t:Start>{_utc(_wall_to_utc(s, appt.tz))}"
                            "</t:Start></t:DeletedOccurrence>"
                            for _i, s in sorted(appt.deleted_occurrences.items())
                        )
                        + "</t:DeletedOccurrences>"
                    ),
                )
        # Exchange 2007's form; exchangelib asks for it only from servers older than 2010.
        add(
            "calendar:MeetingTimeZone",
            lambda: f"<t:MeetingTimeZone TimeZoneName={quoteattr(appt.tz)}/>",
        )
        add("calendar:StartTimeZone", lambda: _timezone_xml("StartTimeZone", appt.tz))
        add("calendar:EndTimeZone", lambda: _timezone_xml("EndTimeZone", appt.end_tz))
        add("calendar:ConferenceType", lambda: "<t:ConferenceType>0</t:ConferenceType>")
        add(
            "calendar:AllowNewTimeProposal",
            lambda: "<t:AllowNewTimeProposal>true</t:AllowNewTimeProposal>",
        )
        add("calendar:IsOnlineMeeting", lambda: "<t:IsOnlineMeeting>false</t:IsOnlineMeeting>")
        return "".join(out)

    def _recurrence_xml(self, appt: Appointment) -> str:
        rec = appt.recurrence or {}
        kind = rec["pattern"]
        parts = []
        if kind not in ("absolute_yearly", "relative_yearly"):
            parts.append(f"<t:Interval>{rec['interval']}</t:Interval>")
        if kind == "weekly":
            parts.append(f"<t:DaysOfWeek>{' '.join(rec['weekdays'])}</t:DaysOfWeek>")
            parts.append(f"<t:FirstDayOfWeek>{rec['first_day_of_week']}</t:FirstDayOfWeek>")
        elif kind.startswith("absolute"):
            parts.append(f"<t:DayOfMonth>{rec['day_of_month']}</t:DayOfMonth>")
        elif kind.startswith("relative"):
            parts.append(f"<t:DaysOfWeek>{rec['weekdays'][0]}</t:DaysOfWeek>")
            parts.append(f"<t:DayOfWeekIndex>{rec['week_index']}</t:DayOfWeekIndex>")
        if kind.endswith("yearly"):
            parts.append(f"<t:Month>{rec['month']}</t:Month>")
        pattern = f"<t:{PATTERNS[kind]}>{''.join(parts)}</t:{PATTERNS[kind]}>"
        at = appt.start.time()
        start = f"<t:StartDate>{_date_with_offset(rec['start'], at, appt.tz)}</t:StartDate>"
        if rec["count"]:
            boundary = (
                f"<t:NumberedRecurrence>{start}"
                f"<t:NumberOfOccurrences>{rec['count']}</t:NumberOfOccurrences>"
                "</t:NumberedRecurrence>"
            )
        elif rec["end"]:
            boundary = (
                f"<t:EndDateRecurrence>{start}"
                f"<t:EndDate>{_date_with_offset(rec['end'], at, appt.tz)}</t:EndDate>"
                "</t:EndDateRecurrence>"
            )
        else:
            boundary = f"<t:NoEndRecurrence>{start}</t:NoEndRecurrence>"
        return f"<t:Recurrence>{pattern}{boundary}</t:Recurrence>"

    def _occurrence_xml(self, tag: str, master: Appointment, index: int) -> str:
        occ = self._occurrence(master, index)
        return (
            f"<t:{tag}>"
            f'<t:ItemId Id="{occ.item_id}" ChangeKey="{master.change_key}"/>'
            f"<t:Start>{_utc(_wall_to_utc(occ.start, occ.tz))}</t:Start>"
            f"<t:End>{_utc(_wall_to_utc(occ.end, occ.end_tz))}</t:End>"
            f"<t:OriginalStart>{_utc(_wall_to_utc(occ.original_start, master.tz))}"
            f"</t:OriginalStart></t:{tag}>"
        )

    def _edge_occurrence_xml(self, master: Appointment, *, first: bool) -> str:
        """FirstOccurrence/LastOccurrence: the first/last not deleted; none for an endless
        series' last."""
        rec = master.recurrence or {}
        if not first and not rec["count"] and not rec["end"]:
            return ""
        if first:
            limit = len(master.deleted_occurrences) + 1
            found = [i for i, _s in _take(self._occurrences(master), limit)]
        else:
            found = [i for i, _s in self._occurrences(master)][::-1]
        for index in found:
            if index not in master.deleted_occurrences:
                tag = "FirstOccurrence" if first else "LastOccurrence"
                return self._occurrence_xml(tag, master, index)
        return ""

    def _modified_xml(self, master: Appointment) -> str:
        return (
            "<t:ModifiedOccurrences>"
            + "".join(
                self._occurrence_xml("Occurrence", master, index)
                for index in sorted(master.exceptions)
            )
            + "</t:ModifiedOccurrences>"
        )

    # ------------------------------------------------------------------ calendar operations

    def _resolve_id(self, box: Mailbox, elem: etree._Element) -> tuple[str, object]:
        """What an ItemId/OccurrenceItemId/RecurringMasterItemId names: ("mail", Item),
        ("calendar", (master, index or None)), or (error code, message)."""
        tag = etree.QName(elem).localname
        if tag == "OccurrenceItemId":
            master = box.appointments.get(elem.get("RecurringMasterId") or "")
            if master is None or master.deleted or master.recurrence is None:
                return "ErrorItemNotFound", "The specified object was not found in the store."
            index = int(elem.get("InstanceIndex") or "0")
            return self._check_occurrence(master, index)
        if tag == "RecurringMasterItemId":
            master, _index = self._lookup_appointment(box, elem.get("OccurrenceId") or "")
            if master is None:
                return "ErrorItemNotFound", "The specified object was not found in the store."
            return "calendar", (master, None)
        item_id = elem.get("Id") or ""
        item = box.items.get(item_id)
        if item is not None and not item.deleted:
            return "mail", item
        master, index = self._lookup_appointment(box, item_id)
        if master is None:
            return "ErrorItemNotFound", "The specified object was not found in the store."
        if index is None:
            return "calendar", (master, None)
        return self._check_occurrence(master, index)

    def _check_occurrence(self, master: Appointment, index: int) -> tuple[str, object]:
        if index in master.deleted_occurrences:
            return (
                "ErrorCalendarOccurrenceIsDeletedFromRecurrence",
                "Occurrence with this index was previously deleted from the recurrence.",
            )
        if self._occurrence_start(master, index) is None:
            return (
                "ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange",
                "Occurrence index is out of recurrence range.",
            )
        return "calendar", (master, index)

    def _read_calendar_item(self, elems: Sequence[etree._Element]) -> dict:
        """The changes t:CalendarItem children (as a client sends them) describe, as
        Appointment fields; times stay as sent until ``_settle_times`` knows the zone."""
        out: dict = {}
        for elem in elems:
            name = etree.QName(elem).localname
            text = (elem.text or "").strip()
            if name == "Subject":
                out["subject"] = elem.text or ""
            elif name == "Body":
                out["body"] = elem.text or ""
                out["body_type"] = elem.get("BodyType") or "Text"
            elif name == "ReminderIsSet":
                out["_reminder_set"] = _xs_bool(text)
            elif name == "ReminderMinutesBeforeStart":
                out["_reminder_minutes"] = int(text)
            elif name == "UID":
                out["uid"] = text
            elif name in ("Start", "End"):
                out[name.lower()] = _parse_when(text)
            elif name == "IsAllDayEvent":
                out["all_day"] = _xs_bool(text)
            elif name == "LegacyFreeBusyStatus":
                out["free_busy"] = text
            elif name == "Location":
                out["location"] = elem.text or ""
            elif name in ("RequiredAttendees", "OptionalAttendees"):
                kind = "required" if name == "RequiredAttendees" else "optional"
                out[f"_{kind}"] = [
                    (
                        att.findtext(f"{{{TNS}}}Mailbox/{{{TNS}}}EmailAddress") or "",
                        att.findtext(f"{{{TNS}}}Mailbox/{{{TNS}}}Name") or "",
                        kind,
                        att.findtext(f"{{{TNS}}}ResponseType") or "Unknown",
                    )
                    for att in elem.iter(f"{{{TNS}}}Attendee")
                ]
            elif name == "Recurrence":
                out["recurrence"] = _read_recurrence(elem)
            elif name == "StartTimeZone":
                out["tz"] = elem.get("Id") or elem.get("Name") or ""
            elif name == "EndTimeZone":
                out["end_tz"] = elem.get("Id") or elem.get("Name") or ""
            elif name == "MeetingTimeZone":
                out.setdefault("tz", elem.get("TimeZoneName") or elem.get("Id") or "")
        return out

    @staticmethod
    def _settle(appt: Appointment, changes: dict) -> dict:
        """Resolve what needs the item's state: aware times into its zone's wall clock,
        reminder and attendee halves into whole fields."""
        changes = dict(changes)
        tz = changes.get("tz") or appt.tz
        end_tz = changes.get("end_tz") or (tz if "tz" in changes else appt.end_tz)
        if "tz" in changes and "end_tz" not in changes:
            changes["end_tz"] = end_tz
        for key, zone in (("start", tz), ("end", end_tz)):
            when = changes.get(key)
            if isinstance(when, datetime.datetime) and when.tzinfo is not None:
                changes[key] = when.astimezone(_zone(zone)).replace(tzinfo=None)
        if "_reminder_set" in changes or "_reminder_minutes" in changes:
            is_set = changes.pop("_reminder_set", appt.reminder_minutes is not None)
            minutes = changes.pop("_reminder_minutes", appt.reminder_minutes or 15)
            changes["reminder_minutes"] = minutes if is_set else None
        if "_required" in changes or "_optional" in changes:
            keep = {
                kind: [a for a in appt.attendees if a[2] == kind]
                for kind in ("required", "optional")
            }
            changes["attendees"] = changes.pop("_required", keep["required"]) + changes.pop(
                "_optional", keep["optional"]
            )
        if "recurrence" in changes and changes["recurrence"] == appt.recurrence:
            del changes["recurrence"]  # the same pattern again (a full save) keeps exceptions
        return changes

    def _op_CreateItem(self, box: Mailbox, request: etree._Element) -> list[str]:
        target = request.find(f"{{{MNS}}}SavedItemFolderId")
        folder = None
        if target is not None and len(target):
            folder, _key = self._requested_folders(box, target)[0]
            if folder is None:
                return [
                    self._error(
                        "CreateItem",
                        "ErrorFolderNotFound",
                        "The specified folder could not be found in the store.",
                    )
                ]
        folder = folder or box.folder("calendar")
        messages = []
        for elem in request.find(f"{{{MNS}}}Items"):
            if etree.QName(elem).localname != "CalendarItem":
                messages.append(
                    self._error(
                        "CreateItem",
                        "ErrorInvalidRequest",
                        "The request is invalid: this server creates calendar items only.",
                    )
                )
                continue
            draft = Appointment(
                item_id="",
                folder=folder.folder_id,
                subject="",
                start=datetime.datetime(2000, 1, 1),
                end=datetime.datetime(2000, 1, 1),
                tz="UTC",
                end_tz="UTC",
                organizer=self._owner(box.user),
                reminder_minutes=15,
            )
            try:
                changes = self._settle(draft, self._read_calendar_item(list(elem)))
                if "start" not in changes or "end" not in changes:
                    raise ValueError("Start and End are required")
                self._apply(draft, changes)
            except UnknownZone as exc:
                messages.append(
                    self._error("CreateItem", "ErrorTimeZone", f"Unknown time zone {exc}.")
                )
                continue
            except (ValueError, KeyError, TypeError) as exc:
                messages.append(
                    self._error(
                        "CreateItem", "ErrorInvalidRequest", f"The request is invalid: {exc}"
                    )
                )
                continue
            draft.item_id = self._new_item_id(box.user)
            draft.uid = draft.uid or _new_uid()
            draft.modified = draft.created
            box.appointments[draft.item_id] = draft
            self._record(box, draft.folder, "create", draft.item_id)
            messages.append(
                '<m:CreateItemResponseMessage ResponseClass="Success">'
                "<m:ResponseCode>NoError</m:ResponseCode><m:Items><t:CalendarItem>"
                f'<t:ItemId Id="{draft.item_id}" ChangeKey="{draft.change_key}"/>'
                "</t:CalendarItem></m:Items></m:CreateItemResponseMessage>"
            )
        return messages

    # DeleteItemField: FieldURI -> the Appointment field's empty value.
    _CLEARABLE = {
        "calendar:Location": ("location", ""),
        "item:Body": ("body", ""),
        "calendar:RequiredAttendees": ("_required", []),
        "calendar:OptionalAttendees": ("_optional", []),
        "calendar:Recurrence": ("recurrence", None),
        "item:ReminderIsSet": ("_reminder_set", False),
    }

    def _op_UpdateItem(self, box: Mailbox, request: etree._Element) -> list[str]:
        resolution = request.get("ConflictResolution") or "AutoResolve"
        messages = []
        for change in request.find(f"{{{MNS}}}ItemChanges"):
            id_elem = next(c for c in change if etree.QName(c).localname.endswith("Id"))
            kind, found = self._resolve_id(box, id_elem)
            if kind != "calendar":
                text = found if isinstance(found, str) else "The request is invalid."
                code = kind if kind != "mail" else "ErrorInvalidRequest"
                messages.append(self._error("UpdateItem", code, text, "<m:Items/>"))
                continue
            master, index = found  # type: ignore[misc]
            sent_key = id_elem.get("ChangeKey")
            if resolution == "NeverOverwrite" and sent_key and sent_key != master.change_key:
                messages.append(
                    self._error(
                        "UpdateItem",
                        "ErrorIrresolvableConflict",
                        "The send or update operation could not be performed because the "
                        "change key passed in the request does not match the current change "
                        "key for the item.",
                        "<m:Items/>",
                    )
                )
                continue
            updates = change.find(f"{{{TNS}}}Updates")
            elems: list[etree._Element] = []
            cleared: dict = {}
            for update in updates if updates is not None else []:
                name = etree.QName(update).localname
                if name == "SetItemField":
                    holder = update.find(f"{{{TNS}}}CalendarItem")
                    elems.extend(holder if holder is not None else [])
                elif name == "DeleteItemField":
                    uri = update.find(f"{{{TNS}}}FieldURI")
                    key = self._CLEARABLE.get(uri.get("FieldURI") if uri is not None else "")
                    if key:
                        cleared[key[0]] = key[1]
            target = master if index is None else self._occurrence(master, index)
            try:
                changes = self._settle(target, {**cleared, **self._read_calendar_item(elems)})
                if index is not None:
                    # An occurrence's pattern and UID are the series'; exchangelib sends none.
                    changes.pop("recurrence", None)
                    changes.pop("uid", None)
                    result_id = self._modify_occurrence(box, master, index, changes)
                else:
                    self._apply(master, changes)
                    self._touch(box, master)
                    result_id = master.item_id
            except UnknownZone as exc:
                messages.append(
                    self._error(
                        "UpdateItem", "ErrorTimeZone", f"Unknown time zone {exc}.", "<m:Items/>"
                    )
                )
                continue
            messages.append(
                '<m:UpdateItemResponseMessage ResponseClass="Success">'
                "<m:ResponseCode>NoError</m:ResponseCode><m:Items><t:CalendarItem>"
                f'<t:ItemId Id="{result_id}" ChangeKey="{master.change_key}"/>'
                "</t:CalendarItem></m:Items>"
                "<m:ConflictResults><t:Count>0</t:Count></m:ConflictResults>"
                "</m:UpdateItemResponseMessage>"
            )
        return messages

    def _op_DeleteItem(self, box: Mailbox, request: etree._Element) -> list[str]:
        messages = []
        for elem in request.find(f"{{{MNS}}}ItemIds"):
            kind, found = self._resolve_id(box, elem)
            if kind == "mail":
                found.deleted = True  # type: ignore[attr-defined]
                self._record(box, found.folder, "delete", found.item_id)  # type: ignore[attr-defined]
            elif kind == "calendar":
                master, index = found  # type: ignore[misc]
                if index is None:
                    master.deleted = True
                    self._record(box, master.folder, "delete", master.item_id)
                else:
                    self._delete_occurrence(box, master, index)
            else:
                messages.append(self._error("DeleteItem", kind, str(found)))
                continue
            messages.append(
                '<m:DeleteItemResponseMessage ResponseClass="Success">'
                "<m:ResponseCode>NoError</m:ResponseCode></m:DeleteItemResponseMessage>"
            )
        return messages


# --------------------------------------------------------------------------- calendar XML


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What BaseShape AllProperties and Default give of a calendar item (AllProperties leaves
# out MimeContent and the time zone definitions; Default is the short list).
CALENDAR_ALL = _words(
    "item:ParentFolderId item:ItemClass item:Subject item:Sensitivity item:Body "
    "item:DateTimeReceived item:Size item:Importance item:IsSubmitted item:IsDraft "
    "item:IsFromMe item:IsResend item:IsUnmodified item:DateTimeSent item:DateTimeCreated "
    "item:ReminderDueBy item:ReminderIsSet item:ReminderMinutesBeforeStart item:DisplayCc "
    "item:DisplayTo item:HasAttachments item:Culture item:LastModifiedName "
    "item:LastModifiedTime item:IsAssociated calendar:UID calendar:RecurrenceId "
    "calendar:DateTimeStamp calendar:Start calendar:End calendar:OriginalStart "
    "calendar:IsAllDayEvent calendar:LegacyFreeBusyStatus calendar:Location "
    "calendar:IsMeeting calendar:IsCancelled calendar:IsRecurring "
    "calendar:MeetingRequestWasSent calendar:IsResponseRequested calendar:CalendarItemType "
    "calendar:MyResponseType calendar:Organizer calendar:RequiredAttendees "
    "calendar:OptionalAttendees calendar:Duration calendar:TimeZone "
    "calendar:AppointmentSequenceNumber calendar:AppointmentState calendar:Recurrence "
    "calendar:FirstOccurrence calendar:LastOccurrence calendar:ModifiedOccurrences "
    "calendar:DeletedOccurrences calendar:IsOnlineMeeting"
)
CALENDAR_DEFAULT = _words(
    "item:Subject item:HasAttachments calendar:Start calendar:End calendar:Location "
    "calendar:LegacyFreeBusyStatus calendar:CalendarItemType calendar:Organizer"
)


def _shape_fields(shape: etree._Element | None) -> set[str]:
    """The FieldURIs an ItemShape asks for, BaseShape included."""
    if shape is None:
        return set()
    fields = {uri.get("FieldURI") or "" for uri in shape.iter(f"{{{TNS}}}FieldURI")}
    base = shape.findtext(f"{{{TNS}}}BaseShape")
    if base == "AllProperties":
        fields |= CALENDAR_ALL
    elif base == "Default":
        fields |= CALENDAR_DEFAULT
    return fields


def _take(iterable: Iterator, count: int) -> list:
    return [x for _, x in zip(range(count), iterable, strict=False)]


def _mailbox_xml(email: str, name: str) -> str:
    # Exchange marks its own users Mailbox and anyone else OneOff.
    kind = "Mailbox" if email.lower().endswith(f"@{DOMAIN}") else "OneOff"
    return (
        f"<t:Mailbox><t:Name>{escape(name or email)}</t:Name>"
        f"<t:EmailAddress>{escape(email)}</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType>"
        f"<t:MailboxType>{kind}</t:MailboxType></t:Mailbox>"
    )


def _attendees_xml(attendees: Sequence[tuple[str, str, str, str]]) -> str:
    return "".join(
        f"<t:Attendee>{_mailbox_xml(email, name)}<t:ResponseType>{response}</t:ResponseType>"
        "</t:Attendee>"
        for email, name, _kind, response in attendees
    )


def _read_recurrence(elem: etree._Element) -> dict:
    """A t:Recurrence from a client as our recurrence dict."""
    pattern_elem, boundary = elem[0], elem[1]
    names = {v: k for k, v in PATTERNS.items()}
    rec: dict = {"pattern": names[etree.QName(pattern_elem).localname]}

    def text(parent: etree._Element, name: str) -> str | None:
        return parent.findtext(f"{{{TNS}}}{name}")

    if text(pattern_elem, "Interval"):
        rec["interval"] = int(text(pattern_elem, "Interval") or 1)
    if text(pattern_elem, "DaysOfWeek"):
        rec["weekdays"] = (text(pattern_elem, "DaysOfWeek") or "").split()
    if text(pattern_elem, "FirstDayOfWeek"):
        rec["first_day_of_week"] = text(pattern_elem, "FirstDayOfWeek")
    if text(pattern_elem, "DayOfMonth"):
        rec["day_of_month"] = int(text(pattern_elem, "DayOfMonth") or 1)
    if text(pattern_elem, "DayOfWeekIndex"):
        rec["week_index"] = text(pattern_elem, "DayOfWeekIndex")
    if text(pattern_elem, "Month"):
        rec["month"] = text(pattern_elem, "Month")
    # Dates come as 2026-03-02, 2026-03-02+01:00 or 2026-03-02Z: the date is what counts.
    rec["start"] = datetime.date.fromisoformat((text(boundary, "StartDate") or "")[:10])
    if text(boundary, "EndDate"):
        rec["end"] = datetime.date.fromisoformat((text(boundary, "EndDate") or "")[:10])
    if text(boundary, "NumberOfOccurrences"):
        rec["count"] = int(text(boundary, "NumberOfOccurrences") or 0)
    return _normalize_recurrence(rec) or {}


# --------------------------------------------------------------------------- sign-in

NTLM_DOMAIN = "EXAMPLE"
"""The NetBIOS domain of the test users: EXAMPLE\\alice, or alice@example.test as a UPN."""

# pyspnego's NTLM acceptor reads its accounts from the file named by NTLM_USER_FILE, a
# process-wide variable: each server's file is set only while its acceptor runs.
_NTLM_ENV_LOCK = threading.Lock()


class HttpAuth:
    """HTTP sign-in as IIS does it for Exchange, shared by the test servers.

    A 401 offers ``schemes`` (NTLM before Basic, as IIS lists them). Basic is checked per
    request. NTLM is per TCP connection: negotiate -> 401 with the challenge -> authenticate
    on the same keep-alive connection, which then stays signed in; pyspnego's real NTLM
    acceptor (NTLMv2) checks the answer against the users, as a domain controller would.
    """

    def __init__(self, users: dict[str, str], schemes: Sequence[str] = ("ntlm", "basic")) -> None:
        schemes = tuple(s.lower() for s in schemes)
        if not schemes or set(schemes) - {"ntlm", "basic"}:
            raise ValueError(f"auth schemes are 'ntlm' and/or 'basic', not {schemes}")
        self.users = users
        self.schemes = schemes
        self._user_file: Path | None = None
        if "ntlm" in schemes:
            self._user_file = Path(tempfile.mkdtemp(prefix="smallcrm-ntlm-")) / "users"
            lines = []
            for name, password in users.items():
                if ":" in name + password or "\n" in name + password:
                    raise ValueError("NTLM test users cannot have ':' or newlines")
                # NTLMv2 hashes the user and domain as the client sent them: one line per
                # spelling a client may send (DOMAIN\user, a UPN, a bare user name).
                lines += [
                    f"{NTLM_DOMAIN}:{name}:{password}",
                    f":{name}@{DOMAIN}:{password}",
                    f":{name}:{password}",
                ]
            self._user_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
            self._user_file.chmod(0o600)

    def close(self) -> None:
        if self._user_file is not None:
            with contextlib.suppress(OSError):
                self._user_file.unlink()
                self._user_file.parent.rmdir()

    def offer(self) -> list[tuple[str, str]]:
        """The WWW-Authenticate headers of a 401."""
        return [
            ("WWW-Authenticate", "NTLM" if scheme == "ntlm" else f'Basic realm="{HOST}"')
            for scheme in self.schemes
        ]

    def user(self, handler: BaseHTTPRequestHandler) -> tuple[str | None, list[tuple[str, str]]]:
        """(user, []) when the request is signed in, else (None, the 401's headers)."""
        scheme, _, token = handler.headers.get("Authorization", "").strip().partition(" ")
        scheme = scheme.lower()
        if scheme == "ntlm" and "ntlm" in self.schemes:
            return self._ntlm(handler, token.strip())
        if scheme == "basic" and "basic" in self.schemes:
            user = self._basic(token.strip())
            return (user, []) if user else (None, self.offer())
        if not scheme and getattr(handler, "ntlm_user", None):
            return handler.ntlm_user, []  # the connection signed in with NTLM earlier
        return None, self.offer()

    def _known(self, name: str) -> str | None:
        name = name.rpartition("\\")[2].partition("@")[0].lower()  # DOMAIN\user or UPN
        return next((user for user in self.users if user.lower() == name), None)

    def _basic(self, token: str) -> str | None:
        with contextlib.suppress(ValueError):
            name, _, password = base64.b64decode(token).decode().partition(":")
            user = self._known(name)
            if user is not None and self.users[user] == password:
                return user
        return None

    @contextlib.contextmanager
    def _ntlm_users(self) -> Iterator[None]:
        import os

        with _NTLM_ENV_LOCK:
            before = os.environ.get("NTLM_USER_FILE")
            os.environ["NTLM_USER_FILE"] = str(self._user_file)
            try:
                yield
            finally:
                if before is None:
                    del os.environ["NTLM_USER_FILE"]
                else:
                    os.environ["NTLM_USER_FILE"] = before

    def _ntlm(self, handler: object, token: str) -> tuple[str | None, list[tuple[str, str]]]:
        import spnego
        from spnego.exceptions import SpnegoError

        handler.ntlm_user = None  # type: ignore[attr-defined]
        try:
            message = base64.b64decode(token, validate=True)
        except ValueError:
            message = b""
        kind = message[8:12] if message.startswith(b"NTLMSSP\0") else b""
        context = getattr(handler, "ntlm_context", None)
        handler.ntlm_context = None  # type: ignore[attr-defined]
        try:
            with self._ntlm_users():
                if kind == b"\x01\0\0\0":  # NEGOTIATE: start over on this connection
                    context = spnego.server(
                        protocol="ntlm", options=spnego.NegotiateOptions.use_ntlm
                    )
                    challenge = context.step(message) or b""
                    handler.ntlm_context = context  # type: ignore[attr-defined]
                    header = "NTLM " + base64.b64encode(challenge).decode()
                    return None, [("WWW-Authenticate", header)]
                if kind == b"\x03\0\0\0" and context is not None:  # AUTHENTICATE
                    context.step(message)
                    user = self._known(context.client_principal or "")
                    if context.complete and user is not None:
                        handler.ntlm_user = user  # type: ignore[attr-defined]
                        return user, []
        except SpnegoError:
            pass  # a wrong password, an unknown user, a broken message: all a plain 401
        return None, self.offer()


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

        def _user(self) -> tuple[str | None, list[tuple[str, str]]]:
            """(user, []) when signed in, else (None, the 401's WWW-Authenticate headers)."""
            return server.http_auth.user(self)

        def do_GET(self) -> None:  # noqa: N802
            self._html(405, "Method not allowed")

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with server._lock:
                server.http_requests += 1
            if self.path.split("?")[0].lower() != "/ews/exchange.asmx":
                self._html(404, "File or directory not found")
                return
            user, auth = self._user()
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
                offer = server.http_auth.offer()
                self._html(401, "Unauthorized: Access is denied due to invalid credentials.", offer)
                return
            status, payload = server.handle(user, operation, request)
            self._send(status, payload, "text/xml; charset=utf-8")

    return Handler


def start_ews_server(
    *,
    tls: bool = False,
    users: dict[str, str] | None = None,
    auth: Sequence[str] = ("ntlm", "basic"),
) -> EwsServer:
    return EwsServer(tls=tls, users=users, auth=auth)
