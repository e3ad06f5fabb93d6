"""Read iCalendar (.ics) files into plain event and task records and write records back."""

from __future__ import annotations

import bisect
import codecs
import hashlib
import logging
import quopri
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal

from dateutil.rrule import rrulestr
from icalendar import Alarm, Calendar, Event, Timezone, Todo, vCalAddress, vRecur
from icalendar.cal import Component
from icalendar.prop.inline import vInline
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from smallcrm.core.recurrence import (
    InvalidRecurrence,
    is_zone,
    localize,
    occurrence_key,
    rule_fault,
    validate_rrule,
    zone,
)

__all__ = [
    "Attendee",
    "EventRecord",
    "IcsFile",
    "IcsProblem",
    "TodoRecord",
    "emit_ics",
    "parse_ics",
]

log = logging.getLogger(__name__)

Moment = datetime | date

# ----------------------------------------------------------------------------------------------
# Records
# ----------------------------------------------------------------------------------------------


@dataclass
class Attendee:
    email: str
    name: str = ""
    role: str = ""  # as in the file: REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR, ...
    partstat: str = ""  # as in the file: NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE, ...


@dataclass
class EventRecord:
    """One VEVENT: a single event, a series master, or one overridden occurrence.

    Times are wall-clock in ``tz`` (naive), or dates when ``all_day``; ``tz`` is an IANA
    name, "UTC", or None for floating times. ``rrule`` has its UNTIL in that same wall
    clock (a date for all-day series) and ``rdates``/``exdates`` are in it too, which is
    what core.recurrence expands; a DTSTART the rule itself skips is listed in ``rdates``
    (RFC 5545 counts it as the first occurrence). ``recurrence_id`` is the occurrence key
    (core.recurrence.occurrence_key) of the original start an override replaces; an
    override never recurs unless it is THISANDFUTURE. ``reminders`` are minutes before the
    start (negative: after it).
    """

    uid: str
    recurrence_id: str = ""
    thisandfuture: bool = False
    summary: str = ""
    description: str = ""
    location: str = ""
    all_day: bool = False
    start: Moment = date(1970, 1, 1)
    end: Moment = date(1970, 1, 2)  # exclusive
    tz: str | None = None
    end_tz: str | None = None  # DTEND's own zone when it differed (information only)
    rrule: str | None = None
    rdates: list[Moment] = field(default_factory=list)
    exdates: list[Moment] = field(default_factory=list)
    status: str = "confirmed"  # confirmed | tentative | cancelled
    sequence: int = 0
    organizer: Attendee | None = None
    attendees: list[Attendee] = field(default_factory=list)
    reminders: list[int] = field(default_factory=list)  # minutes before start
    categories: list[str] = field(default_factory=list)
    url: str = ""
    source_line: int = 0  # 1-based line of BEGIN:VEVENT
    warnings: list[str] = field(default_factory=list)


@dataclass
class TodoRecord:
    """One VTODO. ``due``/``start`` are wall-clock in ``tz`` or dates; ``reminders`` are
    minutes before the due time (before the start when there is no due time)."""

    uid: str
    summary: str = ""
    description: str = ""
    due: Moment | None = None
    tz: str | None = None
    start: Moment | None = None
    priority: int = 0  # -1 low, 0 normal, 1 high
    status: str = "open"  # open | done | cancelled
    completed: datetime | None = None  # aware, UTC
    rrule: str | None = None
    reminders: list[int] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    source_line: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class IcsProblem:
    """A component that could not be imported: ``line`` is the 1-based line of the faulty
    property (or of its BEGIN line), ``reason`` says what is wrong in plain English."""

    line: int
    uid: str
    reason: str


@dataclass
class IcsFile:
    method: str = ""
    events: list[EventRecord] = field(default_factory=list)
    todos: list[TodoRecord] = field(default_factory=list)
    problems: list[IcsProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the file as a whole


# ----------------------------------------------------------------------------------------------
# Decoding bytes to text
# ----------------------------------------------------------------------------------------------

# One well-formed UTF-8 multibyte sequence.
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# 8-bit code pages a calendar file of unknown origin is likely to be in, most likely first.
_LEGACY = ("cp1252", "cp1250", "cp1251", "iso8859_2", "iso8859_15", "koi8_u")


def _decode(data: bytes) -> tuple[str, str]:
    """The file's text and, when the bytes were not clean UTF-8, a warning saying so."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), ""
            except UnicodeDecodeError:
                return data.decode(codec, "replace"), "Some bytes were not valid " + codec + "."
    head = data[:4096]
    if len(head) >= 4 and head.count(0) > len(head) // 4:
        # UTF-16 without a byte order mark: ASCII text has a NUL in every other byte.
        codec = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return data.decode(codec, "replace"), ""
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in data if b >= 0x80)
    good = sum(len(m) for m in _UTF8_SEQ.findall(data))
    if good * 2 >= high:
        # Mostly UTF-8 with a few damaged sequences (mojibake, a truncated character).
        text = data.decode("utf-8", "replace")
        return text, "Some bytes are not valid UTF-8; they were replaced with “\ufffd”."
    encoding = _guess_legacy(data)
    return (
        data.decode(encoding, "replace"),
        f"The file is not UTF-8; it was read as {codecs.lookup(encoding).name}.",
    )


def _guess_legacy(data: bytes) -> str:
    # The detector needs words around the high bytes to judge the language (a lone "Två"
    # reads as well in windows-1250); past the head, only lines with high bytes matter.
    head, tail = data[:131072], data[131072:]
    sample = head + b"\n".join(ln for ln in tail.splitlines() if any(b >= 0x80 for b in ln))
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample[:262144], cp_isolation=list(_LEGACY)).best()
    except Exception:  # a detector failure must not stop the import
        best = None
    return best.encoding if best is not None else _LEGACY[0]


# ----------------------------------------------------------------------------------------------
# Content lines and components
# ----------------------------------------------------------------------------------------------


@dataclass
class _Prop:
    name: str
    params: dict[str, str]
    value: str  # raw: not unescaped
    line: int


@dataclass
class _Comp:
    name: str
    line: int
    props: list[_Prop] = field(default_factory=list)
    subs: list[_Comp] = field(default_factory=list)
    closed: bool = False
    notes: list[str] = field(default_factory=list)

    def first(self, name: str) -> _Prop | None:
        for prop in self.props:
            if prop.name == name:
                return prop
        return None

    def all(self, name: str) -> list[_Prop]:
        return [p for p in self.props if p.name == name]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TOKEN = re.compile(r"^[A-Za-z0-9-]+$")


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the number of their first physical line. A line starting with a
    space or a TAB continues the one before (blank lines in between, as some writers leave,
    do not break the fold); lone CRs end lines too."""
    out: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(_LINE_BREAK.split(text), 1):
        if raw[:1] in (" ", "\t") and out:
            out[-1][1].append(raw[1:])  # joined once below: a 10 MB fold stays linear
        elif raw.strip():
            out.append((number, [raw]))
    return [(number, "".join(pieces)) for number, pieces in out]


_CARET = re.compile(r"\^([n^'])")


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _param_value(text: str) -> str:
    """One parameter value: unquoted, RFC 6868 carets decoded (^n newline, ^' quote)."""
    values = [v.strip() for v in _split_outside_quotes(text, ",")]
    values = [v[1:-1] if len(v) >= 2 and v[0] == v[-1] == '"' else v for v in values]
    caret = {"n": "\n", "^": "^", "'": '"'}
    return ",".join(_CARET.sub(lambda m: caret[m.group(1)], v) for v in values)


def _split_line(text: str) -> tuple[str, dict[str, str], str] | None:
    """Name, parameters and raw value of a content line. A colon inside a quoted parameter
    is not the separator; a backslash means nothing in parameters (RFC 5545 3.2); spaces
    around names, ";" and "=" are tolerated ("REFRESH - INTERVAL; VALUE = DURATION")."""
    colon, quoted = -1, False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = i
            break
    if colon < 0:
        colon = text.find(":")  # an unclosed quote: the first colon is the best guess
    if colon < 0:
        # "UID" or "DTSTART" on its own (seen in the wild): an empty value.
        head, value = text, ""
    else:
        head, value = text[:colon], text[colon + 1 :]
    pieces = _split_outside_quotes(head, ";")
    name = re.sub(r"\s+", "", pieces[0]).upper()
    if not _TOKEN.match(name):
        return None
    params: dict[str, str] = {}
    for piece in pieces[1:]:
        key, _, val = piece.partition("=")
        key = re.sub(r"\s+", "", key).upper()
        if key and key not in params:
            params[key] = _param_value(val)
    return name, params, value


def _components(text: str) -> tuple[_Comp, list[str]]:
    """The component tree under a root; stray properties outside components are dropped."""
    root = _Comp("", 0, closed=True)
    stack = [root]
    notes: list[str] = []
    for number, line in _logical_lines(text):
        parts = _split_line(line)
        if parts is None:
            stack[-1].notes.append(f"Line {number} could not be read and was skipped.")
            continue
        name, params, value = parts
        if name == "BEGIN":
            comp = _Comp(value.strip().upper(), number)
            stack[-1].subs.append(comp)
            stack.append(comp)
        elif name == "END":
            which = value.strip().upper()
            names = [c.name for c in stack[1:]]
            if which in names:
                while stack[-1].name != which:
                    stack.pop()
                stack.pop().closed = True
            else:
                notes.append(f"Line {number}: END:{which} has no matching BEGIN.")
        elif len(stack) > 1:
            stack[-1].props.append(_Prop(name, params, value, number))
    return root, notes


# ----------------------------------------------------------------------------------------------
# Values
# ----------------------------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        c = m.group(1)
        if c in "nN":
            return "\n"
        if c.isalnum():  # not an escape ("C:\temp"): keep the backslash
            return "\\" + c
        return c

    return _ESCAPE.sub(one, text) if "\\" in text else text


def _raw(prop: _Prop) -> str:
    """The value after any vCalendar-1.0 style ENCODING=QUOTED-PRINTABLE some writers use."""
    if prop.params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
        charset = prop.params.get("CHARSET", "utf-8")
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = "utf-8"
        return quopri.decodestring(prop.value.encode("utf-8", "replace")).decode(charset, "replace")
    return prop.value


def _text(comp: _Comp, name: str) -> str:
    prop = comp.first(name)
    return _unescape(_raw(prop)).strip() if prop is not None else ""


def _split_list(raw: str) -> list[str]:
    """Split on commas that are not escaped."""
    items, current, escaped = [], [], False
    for ch in raw:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ",":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return items


_DATE_TIME = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$")


def _parse_moment(text: str) -> tuple[Moment, bool]:
    """A DATE or DATE-TIME value (naive) and whether it was UTC ("Z"). Raises ValueError."""
    m = _DATE_TIME.match(text.strip().upper())
    if not m:
        raise ValueError(text)
    y, mo, d, hh, mm, ss, z = m.groups()
    if hh is None:
        return date(int(y), int(mo), int(d)), False
    second = min(int(ss or 0), 59)  # a leap second becomes the second before it
    return datetime(int(y), int(mo), int(d), int(hh), int(mm), second), bool(z)


_DURATION = re.compile(
    r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$", re.IGNORECASE
)


def _parse_duration(text: str) -> tuple[int, int] | None:
    """(days, seconds) of an RFC 5545 duration, both carrying its sign; days are nominal."""
    text = text.strip()
    if "-" in text[1:]:  # "PT-2H" (seen in the wild) for "-PT2H"
        text = "-" + text.replace("-", "").replace("+", "")
    m = _DURATION.match(text)
    if not m or text.upper().rstrip("T").endswith("P"):
        return None
    sign, w, d, h, mi, s = m.groups()
    k = -1 if sign == "-" else 1
    days = int(w or 0) * 7 + int(d or 0)
    seconds = int(h or 0) * 3600 + int(mi or 0) * 60 + int(s or 0)
    return k * days, k * seconds


_OFFSET = re.compile(r"^([+-])?(\d{2})(\d{2})(\d{2})?$")


def _parse_offset(text: str) -> timedelta | None:
    m = _OFFSET.match(text.strip())
    if not m:
        return None
    sign, h, mi, s = m.groups()
    if int(h) > 23 or int(mi) > 59 or int(s or 0) > 59:
        return None  # "+5328" (LMT +0:53:28 written without its hours)
    delta = timedelta(hours=int(h), minutes=int(mi), seconds=int(s or 0))
    return -delta if sign == "-" else delta


def _as_datetime(value: Moment) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


# ----------------------------------------------------------------------------------------------
# Time zones
# ----------------------------------------------------------------------------------------------

_AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Every IANA name this machine knows, by its lower-case form."""
    names = {}
    for name in zoneinfo.available_timezones():
        if name.startswith(("posix/", "right/")) or name in ("localtime", "Factory"):
            continue
        names[name.lower()] = name
    return names


@lru_cache(maxsize=1)
def _windows_names() -> dict[str, str]:
    return {k.lower(): v for k, v in WINDOWS_TO_OLSON.items()}


@lru_cache(maxsize=1)
def _golden_zones() -> frozenset[str]:
    """CLDR's one representative zone per Windows zone: the best-known zone of each rule set."""
    return frozenset(v for v in _windows_names().values() if v in _zone_names().values())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Zones by their city ("sydney" → Australia/Sydney), for Outlook display names."""
    out: dict[str, str] = {}
    for name in sorted(_zone_names().values()):
        area, _, city = name.rpartition("/")
        if area.split("/")[0] in _AREAS:
            out.setdefault(_fold(city.replace("_", " ")), name)
    return out


def _clean_tzid(tzid: str) -> str:
    return _unescape(tzid).strip().strip("\"'").strip()


def _iana(name: str) -> str | None:
    """The IANA zone a TZID names outright: "Europe/Prague", "/Europe/Prague",
    "/mozilla.org/20050126_1/Europe/Prague", "posix/Europe/Vaduz", "Europe_Amsterdam"."""
    names = _zone_names()
    parts = [p for p in name.strip("/").split("/") if p]
    for i in range(len(parts)):
        candidate = names.get("/".join(parts[i:]).lower())
        if candidate and (i == 0 or "/" in candidate) and is_zone(candidate):
            return candidate
    m = re.match(r"^(" + "|".join(_AREAS) + r")[_-](.+)$", name, re.IGNORECASE)
    if m:
        candidate = names.get(f"{m.group(1)}/{m.group(2)}".lower())
        if candidate and is_zone(candidate):
            return candidate
    return None


def _windows(name: str) -> str | None:
    candidate = _windows_names().get(name.lower())
    if candidate and is_zone(candidate):
        return candidate
    return None


def _by_city(name: str, default_zone: str) -> str | None:
    """Outlook display names: "(UTC+01:00) Amsterdam, Berlin, Bern", "Canberra, Melbourne,
    Sydney", "Eastern": the best-known zone the name points at."""
    hints = _hints(re.sub(r"\((?:UTC|GMT)[^)]*\)", "", name))
    for candidate in sorted(hints, key=lambda n: _rank(n, default_zone, hints)):
        if is_zone(candidate):
            return candidate
    return None


class _VTimezone:
    """The UTC offsets a VTIMEZONE defines, evaluated for instants in a few years."""

    def __init__(self, comp: _Comp, year: int) -> None:
        lo = datetime(year - 1, 1, 1)
        hi = datetime(year + 2, 1, 1)
        transitions: list[tuple[datetime, timedelta, timedelta]] = []
        for sub in comp.subs:
            if sub.name not in ("STANDARD", "DAYLIGHT"):
                continue
            to_prop, from_prop = sub.first("TZOFFSETTO"), sub.first("TZOFFSETFROM")
            offset_to = _parse_offset(to_prop.value) if to_prop else None
            offset_from = _parse_offset(from_prop.value) if from_prop else None
            start_prop = sub.first("DTSTART")
            if offset_to is None or start_prop is None:
                continue
            if offset_from is None:
                offset_from = offset_to
            try:
                first = _as_datetime(_parse_moment(start_prop.value)[0])
            except ValueError:
                continue
            onsets = [first]
            for rule_prop in sub.all("RRULE"):
                text = re.sub(r"(UNTIL=\d{8}(?:T\d{6})?)Z", r"\1", rule_prop.value.upper())
                if not re.search(r"FREQ=(YEARLY|MONTHLY)", text) or re.search(
                    r"INTERVAL=[^1-9]", text
                ):
                    continue  # zones change a few times a year; anything else is garbage
                try:
                    rule = rrulestr(text, dtstart=first, ignoretz=True)
                    onsets.extend(rule.between(lo, hi, inc=True))
                    before = rule.before(lo)
                except Exception:  # an unreadable observance rule: skip it
                    continue
                if before is not None:
                    onsets.append(before)
            for rdate in sub.all("RDATE"):
                for item in rdate.value.split(","):
                    try:
                        onsets.append(_as_datetime(_parse_moment(item.split("/")[0])[0]))
                    except ValueError:
                        continue
            for onset in onsets:
                transitions.append((onset - offset_from, offset_from, offset_to))
        transitions.sort(key=lambda t: t[0])
        self._utc = [t[0] for t in transitions]
        self._transitions = transitions

    @property
    def usable(self) -> bool:
        return bool(self._transitions)

    def offset(self, utc: datetime) -> timedelta:
        i = bisect.bisect_right(self._utc, utc)
        if i == 0:
            return self._transitions[0][1]
        return self._transitions[i - 1][2]


_SAMPLE_HOURS = 12


@lru_cache(maxsize=64)
def _samples(year: int) -> tuple[datetime, ...]:
    start = datetime(year, 1, 1, _SAMPLE_HOURS, tzinfo=UTC)
    return tuple(start + timedelta(days=d) for d in range(366))


@lru_cache(maxsize=64)
def _monthly_offsets(year: int) -> dict[str, tuple[timedelta | None, ...]]:
    """Each candidate zone's offsets on the 1st of each month: a cheap first sieve."""
    instants = _samples(year)[::31]
    out = {}
    for name in _zone_names().values():
        if "/" not in name and name != "UTC":
            continue  # "EST5EDT", "Cuba", "Zulu": links or legacy names, never the best answer
        zi = zoneinfo.ZoneInfo(name)
        out[name] = tuple(t.astimezone(zi).utcoffset() for t in instants)
    return out


@lru_cache(maxsize=256)
def _hints(tzid: str) -> dict[str, int]:
    """Zones a TZID's words point at, with a strength: "Eastern" is Windows' "Eastern
    Standard Time" (2), "Canberra, Melbourne, Sydney" names cities (1)."""
    folded = _fold(re.sub(r"([a-z])([A-Z])", r"\1 \2", tzid))  # IndianReunion: two words
    hints: dict[str, int] = {}
    if len(folded) < 3:
        return hints
    for key, zone_name in _windows_names().items():
        if key in (folded, f"{folded} standard time"):
            hints[zone_name] = 2
        elif key.startswith(folded):
            hints.setdefault(zone_name, 1)
    for city, zone_name in _cities().items():
        if re.search(r"(?<![a-z])" + re.escape(city) + r"(?![a-z])", folded):
            hints.setdefault(zone_name, 1)
    return hints


# When several zones share a VTIMEZONE's offsets (New York and Havana did in 2010), the
# one most people mean.
_MAJOR = frozenset(
    {
        "Africa/Cairo",
        "Africa/Johannesburg",
        "America/Anchorage",
        "America/Chicago",
        "America/Denver",
        "America/Halifax",
        "America/Los_Angeles",
        "America/Mexico_City",
        "America/New_York",
        "America/Phoenix",
        "America/Sao_Paulo",
        "Asia/Dubai",
        "Asia/Kolkata",
        "Asia/Shanghai",
        "Asia/Singapore",
        "Asia/Tokyo",
        "Australia/Sydney",
        "Europe/Berlin",
        "Europe/London",
        "Europe/Moscow",
        "Europe/Paris",
        "Pacific/Auckland",
    }
)


def _rank(name: str, default_zone: str, hints: dict[str, int]) -> tuple[int, int, int, int, str]:
    """Which of several zones with the same offsets to show: the user's own, one the TZID
    names, a major city's, CLDR's representative zone of its rule set (Europe first), any
    other."""
    golden = name in _golden_zones()
    europe = name.startswith("Europe/")
    if golden and europe:
        group = 0
    elif golden:
        group = 1
    elif europe:
        group = 2
    elif name.split("/")[0] in _AREAS:
        group = 3
    else:
        group = 4  # Etc/GMT-11 and friends: faithful, but nobody's zone
    return (name != default_zone, -hints.get(name, 0), name not in _MAJOR, group, name)


# A VTIMEZONE with outdated daylight-saving dates (Outlook 2003's pre-2007 US rules) still
# names its zone when at most this many days a year disagree.
_NEAR_DAYS = 60


def _match_vtimezone(
    comp: _Comp, tzid: str, year: int, default_zone: str
) -> tuple[str, bool] | None:
    """The IANA zone whose offsets equal the VTIMEZONE's every day of ``year`` (True), or
    failing that one that differs on a few days only (False)."""
    year = min(max(year, 1971), 2037)
    vtz = _VTimezone(comp, year)
    if not vtz.usable:
        return None
    instants = _samples(year)
    wanted = [vtz.offset(t.replace(tzinfo=None)) for t in instants]
    if not any(wanted):
        return "UTC", True
    hints = _hints(tzid)
    monthly = tuple(wanted[::31])
    offsets = _monthly_offsets(year)
    ranked = sorted(offsets, key=lambda n: _rank(n, default_zone, hints))
    for name in ranked:
        if offsets[name] != monthly:
            continue
        zi = zoneinfo.ZoneInfo(name)
        if all(t.astimezone(zi).utcoffset() == w for t, w in zip(instants, wanted, strict=True)):
            return name, True
    # Near matches go by rank, not by the fewest wrong days: Havana beats New York on days
    # against pre-2007 US rules in 2010, but "Eastern" means New York.
    for name in ranked:
        zi = zoneinfo.ZoneInfo(name)
        wrong = 0
        for t, w in zip(instants, wanted, strict=True):
            if t.astimezone(zi).utcoffset() != w:
                wrong += 1
                if wrong > _NEAR_DAYS:
                    break
        else:
            return name, False
    return None


class _Calendar:
    """What the components of one VCALENDAR share: its time zones and METHOD."""

    def __init__(
        self, comp: _Comp, everywhere: dict[str, _Comp], default_zone: str, warnings: list[str]
    ) -> None:
        self.default_zone = default_zone
        self.method = _text(comp, "METHOD").upper() if comp.name else ""
        self.vtimezones = dict(everywhere)
        for sub in comp.subs:
            tzid = sub.first("TZID") if sub.name == "VTIMEZONE" else None
            if tzid is not None:
                self.vtimezones[_fold(_clean_tzid(tzid.value))] = sub
        self.x_wr: str | None = None
        x_wr = _text(comp, "X-WR-TIMEZONE") if comp.name else ""
        if x_wr:
            self.x_wr = _iana(_clean_tzid(x_wr)) or _windows(_clean_tzid(x_wr))
            if self.x_wr is None:
                warnings.append(f"X-WR-TIMEZONE “{x_wr}” is not a known time zone; ignored.")
        self._cache: dict[tuple[str, int], tuple[str, str]] = {}

    def resolve(self, tzid: str, year: int) -> tuple[str, str]:
        """The IANA zone a TZID stands for and, when it had to be worked out, a warning."""
        key = (tzid, year)
        if key not in self._cache:
            self._cache[key] = self._resolve(tzid, year)
        return self._cache[key]

    def _resolve(self, tzid: str, year: int) -> tuple[str, str]:
        name = _clean_tzid(tzid)
        label = f"The time zone “{name}”" if name else "The empty time zone name"
        found = _iana(name) or _windows(name)
        if found:
            return found, ""
        vtz = self.vtimezones.get(_fold(name))
        near = None
        if vtz is not None:
            # libical's X-LIC-LOCATION and tzurl.org's TZURL name the IANA zone outright.
            for prop in ("X-LIC-LOCATION", "TZURL"):
                location = _text(vtz, prop)
                found = _iana(location) if location else None
                if found:
                    return found, ""
            near = _match_vtimezone(vtz, name, year, self.default_zone)
            if near is not None and near[1]:
                return near[0], (
                    f"{label} is not a standard name; its definition in the file matches {near[0]}."
                )
        found = _by_city(name, self.default_zone) if name else None
        if found:
            return found, f"{label} was taken as {found}."
        if near is not None:
            return near[0], (
                f"{label} is not a standard name; its definition in the file "
                f"is closest to {near[0]} (its daylight-saving dates are outdated)."
            )
        if self.x_wr:
            return self.x_wr, f"{label} is unknown; the calendar's zone {self.x_wr} was used."
        return self.default_zone, f"{label} is unknown; {self.default_zone} was used."


# ----------------------------------------------------------------------------------------------
# Reading times
# ----------------------------------------------------------------------------------------------

Kind = Literal["date", "floating", "zoned"]


@dataclass(frozen=True)
class _When:
    """One DATE or DATE-TIME value: a date, a floating wall-clock time, or a wall-clock
    time in ``tz`` (an IANA name or "UTC")."""

    value: Moment
    kind: Kind
    tz: str | None = None

    def instant(self, floating_zone: str) -> datetime:
        return localize(_as_datetime(self.value), self.tz, floating_zone)


class _BadValue(ValueError):
    pass


_FIRST_YEAR, _LAST_YEAR = 1000, 9000


def _read_when(prop: _Prop, cal: _Calendar, warnings: list[str], text: str | None = None) -> _When:
    """One value of a date/time property (``text`` overrides the property's own value)."""
    raw = (prop.value if text is None else text).strip()
    if not raw:
        raise _BadValue(f"{prop.name} is empty")
    try:
        value, utc = _parse_moment(raw)
    except ValueError:
        raise _BadValue(f"{prop.name} “{raw}” is not a date or a date-time") from None
    if not _FIRST_YEAR <= value.year <= _LAST_YEAR:
        # Year 1 or 9999 overflows time zone arithmetic; no calendar entry lives there.
        raise _BadValue(f"{prop.name} “{raw}” is not a plausible date")
    if not isinstance(value, datetime):
        if prop.params.get("VALUE", "").upper() != "DATE-TIME":
            return _When(value, "date")
        # Evolution's "VALUE=DATE-TIME;TZID=…:20061007": the label says midnight.
        value = _as_datetime(value)
    if utc:
        when = _When(value, "zoned", "UTC")
    elif "TZID" in prop.params:
        tz, warning = cal.resolve(prop.params["TZID"], value.year)
        if warning and warning not in warnings:
            warnings.append(warning)
        when = _When(value, "zoned", tz)
    else:
        when = _When(value, "floating")
    if cal.x_wr and (when.kind == "floating" or when.tz == "UTC"):
        # Google's exports: UTC (or floating) times meant in the calendar's zone. Keep the
        # instant, express it in that zone, so a series expands in its wall clock.
        if when.kind == "floating":
            return _When(value, "zoned", cal.x_wr)
        wall = when.instant("UTC").astimezone(zone(cal.x_wr)).replace(tzinfo=None)
        return _When(wall, "zoned", cal.x_wr)
    return when


def _read_list(prop: _Prop, cal: _Calendar, warnings: list[str]) -> list[_When]:
    """The values of an RDATE/EXDATE line; a PERIOD counts by its start."""
    out = []
    for item in prop.value.split(","):
        if not item.strip():
            continue
        try:
            out.append(_read_when(prop, cal, warnings, item.split("/")[0]))
        except _BadValue as exc:
            warnings.append(f"Line {prop.line}: {exc}; ignored.")
    return out


def _wall(when: _When, tz: str | None, all_day: bool, cal: _Calendar) -> Moment:
    """``when`` in the wall clock of a series in ``tz`` (dates for all-day series)."""
    if when.kind == "date" or (when.kind == "floating" and all_day):
        return when.value if not isinstance(when.value, datetime) else when.value.date()
    if all_day:
        return when.value.date() if isinstance(when.value, datetime) else when.value
    if when.kind == "floating" or when.tz == tz:
        return when.value
    # An instant, shown in the series' zone; a floating series shows it in the user's zone.
    target = zone(tz or cal.default_zone)
    return when.instant(cal.default_zone).astimezone(target).replace(tzinfo=None)


# ----------------------------------------------------------------------------------------------
# RRULE
# ----------------------------------------------------------------------------------------------

_RULE_ORDER = (
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
)


def _rule_parts(text: str) -> dict[str, str]:
    """An RRULE's parts, cleaned of what real writers add: "\\;" escapes, spaces in BYDAY
    lists, trailing commas, X- extensions."""
    text = re.sub(r"\s+", "", text.replace("\\", "")).upper()
    if text.startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        key, sep, value = piece.partition("=")
        value = ",".join(v for v in value.split(",") if v)
        if sep and value and key in _RULE_ORDER and key not in parts:
            parts[key] = value
    return parts


def _join_rule(parts: dict[str, str]) -> str:
    return ";".join(f"{k}={parts[k]}" for k in _RULE_ORDER if k in parts)


def _read_rrule(
    comp: _Comp, start: Moment, tz: str | None, cal: _Calendar, warnings: list[str]
) -> str | None:
    props = [p for p in comp.all("RRULE") if p.value.strip()]
    if not props:
        if comp.all("RRULE"):
            warnings.append("An empty RRULE was ignored.")
        return None
    if len(props) > 1:
        same = all(_rule_parts(p.value) == _rule_parts(props[0].value) for p in props)
        warnings.append(
            "The RRULE is given twice; the copy was ignored."
            if same
            else "There is more than one RRULE; only the first is used."
        )
    prop = props[0]
    parts = _rule_parts(prop.value)
    if "FREQ" not in parts:
        warnings.append(f"The recurrence rule “{prop.value}” has no FREQ; ignored.")
        return None
    all_day = not isinstance(start, datetime)
    for key in ("INTERVAL", "COUNT"):
        # dateutil loops forever on INTERVAL=0; a COUNT below 1 means nothing (RIE drops it).
        if key in parts and not (parts[key].isdigit() and int(parts[key]) > 0):
            warnings.append(f"The RRULE's {key}={parts[key]} makes no sense; it was ignored.")
            del parts[key]
    if "UNTIL" in parts and "COUNT" in parts:
        warnings.append("The RRULE has both COUNT and UNTIL; UNTIL was ignored.")
        del parts["UNTIL"]
    if "UNTIL" in parts and parts["UNTIL"][:4].isdigit() and int(parts["UNTIL"][:4]) > _LAST_YEAR:
        del parts["UNTIL"]  # "UNTIL=99991231": forever, and beyond zone arithmetic
    if "UNTIL" in parts:
        until = _read_until(parts["UNTIL"], prop, start, tz, cal)
        if until is None:
            warnings.append(f"The RRULE's UNTIL “{parts['UNTIL']}” cannot be read; ignored.")
            del parts["UNTIL"]
        else:
            parts["UNTIL"] = until.strftime("%Y%m%d" if all_day else "%Y%m%dT%H%M%S")
    text = _join_rule(parts)
    try:
        validate_rrule(text, start)  # also refuses what dateutil could not expand in time
        fault = ""
    except InvalidRecurrence:
        try:
            rrulestr(text, dtstart=_as_datetime(start), ignoretz=True)
        except (ValueError, TypeError, OverflowError):
            fault = "it cannot be read"
        else:
            fault = rule_fault(text, start)
    if fault:
        warnings.append(
            f"The recurrence rule “{prop.value.strip()}” was ignored ({fault}); only the "
            "first occurrence was imported."
        )
        return None
    return text


def _read_until(
    raw: str, prop: _Prop, start: Moment, tz: str | None, cal: _Calendar
) -> Moment | None:
    """UNTIL in the wall clock of the series: a date for all-day series."""
    try:
        value, utc = _parse_moment(raw)
    except ValueError:
        return None
    if value.year < _FIRST_YEAR:
        return None
    if not isinstance(start, datetime):
        if not isinstance(value, datetime):
            return value
        if not utc:
            return value.date()
        # A UTC time on a date series. Exchange writes the local midnight that starts the
        # last day (in the calendar's zone); Google writes 23:59:59Z of the last day.
        local_zone = cal.x_wr or _only_zone(cal, value.year) or "UTC"
        local = value.replace(tzinfo=UTC).astimezone(zone(local_zone))
        return local.date() if local.time() == time(0) else value.date()
    if not isinstance(value, datetime):
        # A date ends a timed series at the end of that day (the day is included).
        return datetime.combine(value, time(23, 59, 59))
    if utc:
        aware = value.replace(tzinfo=UTC)
    elif "TZID" in prop.params:  # Lotus Notes: "RRULE;TZID=Eastern:…"
        rule_tz, _ = cal.resolve(prop.params["TZID"], value.year)
        aware = localize(value, rule_tz)
    else:
        return value  # already wall-clock in the series' zone
    if tz is None:
        return aware.astimezone(zone(cal.default_zone)).replace(tzinfo=None)
    return aware.astimezone(zone(tz)).replace(tzinfo=None)


def _only_zone(cal: _Calendar, year: int) -> str | None:
    """The zone of the calendar's VTIMEZONE when it has exactly one (Exchange exports)."""
    comps = {id(c): c for c in cal.vtimezones.values()}
    if len(comps) != 1:
        return None
    tzid = next(iter(comps.values())).first("TZID")
    if tzid is None:
        return None
    return cal.resolve(tzid.value, year)[0]


def _starts_within(rule: str, start: Moment, lo: datetime, hi: datetime) -> list[datetime]:
    """The rule's wall-clock starts in [lo, hi], COUNT aside (callers ask about the first
    occurrence, or about one a RECURRENCE-ID says exists). UNTIL is capped at ``hi``:
    dateutil scans to the year 9999 for a rule that never matches
    (BYMONTH=2;BYMONTHDAY=30), which the cap cuts to the window."""
    parts = _rule_parts(rule)
    parts.pop("COUNT", None)
    until = parts.get("UNTIL")
    if until is None or _as_datetime(_parse_moment(until)[0]) > hi:
        parts["UNTIL"] = hi.strftime("%Y%m%dT%H%M%S")
    elif len(until) == 8:
        parts["UNTIL"] = until + "T235959"
    try:
        parsed = rrulestr(_join_rule(parts), dtstart=_as_datetime(start), ignoretz=True)
        return list(parsed.between(lo, hi, inc=True))
    except (ValueError, TypeError, OverflowError):
        return []


def _first_start_matches(rule: str, start: Moment) -> bool:
    first = _as_datetime(start)
    return first in _starts_within(rule, start, first, first)


# ----------------------------------------------------------------------------------------------
# Components to records
# ----------------------------------------------------------------------------------------------


class _Broken(Exception):
    """A component that cannot become a record; ``line`` is where the fault is."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason
        self.uid = ""


_STATUS = {"CONFIRMED": "confirmed", "TENTATIVE": "tentative", "CANCELLED": "cancelled"}
_APPLE_NO_ALARM = "19760401T005545Z"  # Apple's "no alarm" placeholder trigger


def _required_when(comp: _Comp, name: str, cal: _Calendar, warnings: list[str]) -> _When:
    prop = comp.first(name)
    if prop is None:
        raise _Broken(comp.line, f"The {_kind(comp)} has no start (DTSTART).")
    try:
        return _read_when(prop, cal, warnings)
    except _BadValue as exc:
        raise _Broken(prop.line, f"{exc}.") from None


def _optional_when(
    comp: _Comp, name: str, cal: _Calendar, warnings: list[str], fatal: bool
) -> _When | None:
    prop = comp.first(name)
    if prop is None:
        return None
    try:
        return _read_when(prop, cal, warnings)
    except _BadValue as exc:
        if fatal:
            raise _Broken(prop.line, f"{exc}.") from None
        warnings.append(f"Line {prop.line}: {exc}; ignored.")
        return None


def _kind(comp: _Comp) -> str:
    return "task" if comp.name == "VTODO" else "event"


def _uid(comp: _Comp, warnings: list[str], seen: dict[str, int]) -> str:
    uid = _text(comp, "UID")
    if uid:
        return uid
    # A stable identity from what the event says, so importing the file again finds it.
    basis = "\x1f".join(
        [comp.name]
        + [
            f"{p.name};{p.params.get('TZID', '')}:{p.value}"
            for p in comp.props
            if p.name in ("DTSTART", "DTEND", "DUE", "DURATION", "RECURRENCE-ID")
        ]
        + [_text(comp, "SUMMARY"), _text(comp, "LOCATION")]
    )
    uid = "smallcrm-" + hashlib.sha1(basis.encode("utf-8", "replace")).hexdigest()
    seen[uid] = seen.get(uid, 0) + 1
    if seen[uid] > 1:
        uid = f"{uid}-{seen[uid]}"
    warnings.append(f"The {_kind(comp)} has no UID; one was made from its content.")
    return uid


def _address(prop: _Prop) -> Attendee:
    email = prop.value.strip()
    if email.lower().startswith("mailto:"):
        email = email[7:].strip()
    return Attendee(
        email=email,
        name=prop.params.get("CN", "").strip(),
        role=prop.params.get("ROLE", "").strip().upper(),
        partstat=prop.params.get("PARTSTAT", "").strip().upper(),
    )


def _categories(comp: _Comp) -> list[str]:
    out: list[str] = []
    for prop in comp.all("CATEGORIES"):
        for item in _split_list(_raw(prop)):
            text = _unescape(item).strip()
            if text and text not in out:
                out.append(text)
    return out


def _reminders(
    comp: _Comp,
    anchor: Moment,
    start: Moment | None,
    end: Moment | None,
    tz: str | None,
    cal: _Calendar,
    warnings: list[str],
) -> list[int]:
    """Minutes before ``anchor`` (wall clock in ``tz``) of each VALARM; ``start`` and
    ``end`` are what RELATED=START and RELATED=END triggers count from.

    A relative trigger is taken as a plain length of time ("-P1D" is 1440 minutes): the
    minutes apply to every occurrence of a series, and a day that crosses a DST change
    for the first occurrence must not make the reminder 23 hours for all of them."""
    out: list[int] = []
    for alarm in comp.subs:
        if alarm.name != "VALARM" or _text(alarm, "ACTION").upper() == "NONE":
            continue
        trigger = alarm.first("TRIGGER")
        if trigger is None or not trigger.value.strip():
            continue
        raw = trigger.value.strip()
        if raw.upper() == _APPLE_NO_ALARM:
            continue
        duration = _parse_duration(raw)
        if duration is not None:
            related = end if trigger.params.get("RELATED", "").upper() == "END" else start
            base = _as_datetime(anchor) - _as_datetime(related if related is not None else anchor)
            offset = timedelta(days=duration[0], seconds=duration[1])
            seconds = (base - offset).total_seconds()
        else:
            try:
                value, utc = _parse_moment(raw)
            except ValueError:
                warnings.append(f"Line {trigger.line}: the alarm “{raw}” cannot be read.")
                continue
            when = localize(_as_datetime(value), "UTC" if utc else None, cal.default_zone)
            seconds = (_aware(anchor, tz, cal) - when).total_seconds()
        minutes = round(seconds / 60)
        if minutes not in out:
            out.append(minutes)
    return out


def _event(comp: _Comp, cal: _Calendar, seen: dict[str, int]) -> tuple[EventRecord, _When | None]:
    warnings: list[str] = list(comp.notes)
    if not comp.closed:
        warnings.append("The event is not closed (END:VEVENT is missing); the file may be cut.")
    uid = _uid(comp, warnings, seen)
    try:
        return _event_body(comp, cal, uid, warnings)
    except _Broken as exc:
        exc.uid = uid
        raise


def _event_body(
    comp: _Comp, cal: _Calendar, uid: str, warnings: list[str]
) -> tuple[EventRecord, _When | None]:
    start_when = _required_when(comp, "DTSTART", cal, warnings)
    end_when = _optional_when(comp, "DTEND", cal, warnings, fatal=False)
    all_day = start_when.kind == "date"
    start: Moment = start_when.value
    tz = start_when.tz
    if start_when.kind == "floating" and end_when is not None and end_when.kind == "zoned":
        tz = end_when.tz
        warnings.append(f"DTSTART has no time zone but DTEND has; both were taken as {tz}.")
    end, end_tz = _event_end(comp, start, tz, all_day, end_when, cal, warnings)

    rrule = _read_rrule(comp, start, tz, cal, warnings)
    rdates = _dedupe(
        _wall(w, tz, all_day, cal) for p in comp.all("RDATE") for w in _read_list(p, cal, warnings)
    )
    exdates = _dedupe(
        _fit(_wall(w, tz, all_day, cal), start)
        for p in comp.all("EXDATE")
        for w in _read_list(p, cal, warnings)
    )
    rdates = [_fit(r, start) for r in rdates]
    recurrence_id = _optional_when(comp, "RECURRENCE-ID", cal, warnings, fatal=True)
    rid_prop = comp.first("RECURRENCE-ID")
    thisandfuture = bool(rid_prop and rid_prop.params.get("RANGE", "").upper() == "THISANDFUTURE")
    if recurrence_id is not None and not thisandfuture:
        # One moved occurrence does not recur (khal's files give overrides RRULEs).
        if rrule or [r for r in rdates if r != start] or exdates:
            warnings.append("The moved occurrence had its own recurrence; it was ignored.")
        rrule, rdates, exdates = None, [], []
    if rrule and not _first_start_matches(rrule, start) and start not in rdates:
        # RFC 5545: DTSTART is always the first occurrence, even when the rule skips it.
        rdates.insert(0, start)

    status = _STATUS.get(_text(comp, "STATUS").upper(), "confirmed")
    if cal.method == "CANCEL":
        status = "cancelled"
    organizer_prop = comp.first("ORGANIZER")
    organizer = _address(organizer_prop) if organizer_prop is not None else None
    if organizer is not None and not organizer.email and not organizer.name:
        organizer = None
    attendees = [_address(p) for p in comp.all("ATTENDEE")]

    reminders = _reminders(comp, start, start, end, tz, cal, warnings)
    record = EventRecord(
        uid=uid,
        thisandfuture=thisandfuture,
        summary=_text(comp, "SUMMARY"),
        description=_text(comp, "DESCRIPTION"),
        location=_text(comp, "LOCATION"),
        all_day=all_day,
        start=start,
        end=end,
        tz=None if all_day else tz,
        end_tz=end_tz,
        rrule=rrule,
        rdates=rdates,
        exdates=exdates,
        status=status,
        sequence=_int(_text(comp, "SEQUENCE")),
        organizer=organizer,
        attendees=[a for a in attendees if a.email or a.name],
        reminders=reminders,
        categories=_categories(comp),
        url=_raw(comp.first("URL")).strip() if comp.first("URL") else "",
        source_line=comp.line,
        warnings=warnings,
    )
    return record, recurrence_id


def _fit(value: Moment, start: Moment) -> Moment:
    """A date in a timed series' list means that day's occurrence, at the series' time."""
    if isinstance(start, datetime) and not isinstance(value, datetime):
        return datetime.combine(value, start.time())
    return value


def _dedupe(values: Iterable[Moment]) -> list[Moment]:
    return list(dict.fromkeys(values))  # first-seen order


def _aware(value: Moment, tz: str | None, cal: _Calendar) -> datetime:
    return localize(_as_datetime(value), tz, cal.default_zone)


def _int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        return 0


def _event_end(
    comp: _Comp,
    start: Moment,
    tz: str | None,
    all_day: bool,
    end_when: _When | None,
    cal: _Calendar,
    warnings: list[str],
) -> tuple[Moment, str | None]:
    duration_prop = comp.first("DURATION")
    if end_when is not None and duration_prop is not None:
        warnings.append("Both DTEND and DURATION are given; DURATION was ignored.")
    end_tz = None
    if end_when is not None:
        if end_when.kind == "zoned" and end_when.tz != tz and not all_day:
            end_tz = end_when.tz
        end = _wall(end_when, tz, all_day, cal)
        if not all_day and not isinstance(end, datetime):
            end = _as_datetime(end)
        elif all_day and isinstance(end_when.value, datetime) and end_when.value.time() != time(0):
            end += timedelta(days=1)  # an all-day event ending at 23:59 ends after that day
    elif duration_prop is not None and duration_prop.value.strip():
        parsed = _parse_duration(duration_prop.value)
        if parsed is None or parsed < (0, 0):
            warnings.append(f"DURATION “{duration_prop.value.strip()}” cannot be read; ignored.")
            end = _default_end(start)
        elif all_day:
            end = start + timedelta(days=max(parsed[0], 1))
        else:
            # Days are nominal (same wall time next day), hours are exact (DST counts).
            wall = _as_datetime(start) + timedelta(days=parsed[0])
            exact = _aware(wall, tz, cal).astimezone(UTC) + timedelta(seconds=parsed[1])
            end = exact.astimezone(zone(tz or cal.default_zone)).replace(tzinfo=None)
    else:
        end = _default_end(start)
    if _as_datetime(end) < _as_datetime(start) or (all_day and end == start):
        if end_when is not None and end != start:
            warnings.append("The event ends before it starts; its end was reset.")
        end = _default_end(start)
    return end, end_tz


def _default_end(start: Moment) -> Moment:
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _todo(comp: _Comp, cal: _Calendar, seen: dict[str, int]) -> TodoRecord:
    warnings: list[str] = list(comp.notes)
    uid = _uid(comp, warnings, seen)
    try:
        due_when = _optional_when(comp, "DUE", cal, warnings, fatal=True)
        start_when = _optional_when(comp, "DTSTART", cal, warnings, fatal=True)
    except _Broken as exc:
        exc.uid = uid
        raise
    tz = next((w.tz for w in (due_when, start_when) if w and w.kind == "zoned"), None)
    due = _wall(due_when, tz, due_when.kind == "date", cal) if due_when else None
    start = _wall(start_when, tz, start_when.kind == "date", cal) if start_when else None
    anchor_value = start if start is not None else due
    rrule = None
    if anchor_value is not None:
        rrule = _read_rrule(comp, anchor_value, tz, cal, warnings)
    elif comp.all("RRULE"):
        warnings.append("A task without a start or due date cannot recur; RRULE ignored.")

    priority = _int(_text(comp, "PRIORITY"))
    status_text = _text(comp, "STATUS").upper()
    completed_when = _optional_when(comp, "COMPLETED", cal, warnings, fatal=False)
    percent = _int(_text(comp, "PERCENT-COMPLETE"))
    if status_text == "CANCELLED":
        status = "cancelled"
    elif status_text == "COMPLETED" or (
        not status_text and (completed_when is not None or percent >= 100)
    ):
        status = "done"
    else:
        status = "open"
    completed = completed_when.instant(cal.default_zone).astimezone(UTC) if completed_when else None

    anchor = due if due is not None else start
    reminders = (
        _reminders(comp, anchor, start, due, tz, cal, warnings) if anchor is not None else []
    )
    return TodoRecord(
        uid=uid,
        summary=_text(comp, "SUMMARY"),
        description=_text(comp, "DESCRIPTION"),
        due=due,
        tz=tz,
        start=start,
        priority=1 if 1 <= priority <= 4 else -1 if 6 <= priority <= 9 else 0,
        status=status,
        completed=completed,
        rrule=rrule,
        reminders=reminders,
        categories=_categories(comp),
        source_line=comp.line,
        warnings=warnings,
    )


# ----------------------------------------------------------------------------------------------
# Overrides: RECURRENCE-ID → occurrence key
# ----------------------------------------------------------------------------------------------


def _override_key(
    rid: _When, event: EventRecord, master: EventRecord | None, cal: _Calendar
) -> str:
    """The occurrence key the master gives the occurrence an override replaces."""
    series = master or event
    if series.all_day:
        value = rid.value
        return (value.date() if isinstance(value, datetime) else value).strftime("%Y%m%d")
    if rid.kind == "date":
        assert not isinstance(rid.value, datetime)
        if master is None:
            return rid.value.strftime("%Y%m%d")
        # A date names the master's occurrence on that day (Radicale's mixed types).
        day = datetime.combine(rid.value, time(0))
        end = day + timedelta(days=1) - timedelta(seconds=1)
        hits = [master.start] if master.start.date() == rid.value else []
        if master.rrule:
            hits += _starts_within(master.rrule, master.start, day, end)
        hits += [r for r in master.rdates if r.date() == rid.value]
        first = min(hits, key=_as_datetime, default=None)
        if not isinstance(first, datetime):
            first = datetime.combine(rid.value, _as_datetime(master.start).time())
        return occurrence_key(first, master.tz)
    if rid.kind == "floating":
        return occurrence_key(rid.value, series.tz)
    if series.tz is None:
        # A zoned RECURRENCE-ID of a floating series: its wall clock in the user's zone.
        wall = rid.instant(cal.default_zone).astimezone(zone(cal.default_zone))
        return occurrence_key(wall.replace(tzinfo=None), None)
    return occurrence_key(rid.instant(cal.default_zone), series.tz)


# ----------------------------------------------------------------------------------------------
# parse_ics
# ----------------------------------------------------------------------------------------------


def parse_ics(data: bytes, *, default_zone: str, name: str = "") -> IcsFile:
    """Read an .ics file. Never raises: what cannot be read becomes an IcsProblem (per
    event, with its line), what was repaired a warning on the record.

    ``default_zone`` (the user's IANA zone) is used only where a zone must be guessed: a
    TZID nothing resolves. Floating times stay floating (tz None).
    """
    result = IcsFile()
    try:
        _parse(bytes(data), default_zone, result)
    except Exception as exc:  # pragma: no cover - the bug net: keep what was read
        log.exception("cannot read %s", name or "an .ics file")
        result.problems.append(IcsProblem(1, "", f"The file cannot be read: {exc}"))
    return result


def _parse(data: bytes, default_zone: str, result: IcsFile) -> None:
    if not is_zone(default_zone):
        result.warnings.append(f"The default time zone “{default_zone}” is unknown; UTC was used.")
        default_zone = "UTC"
    text, warning = _decode(data)
    if warning:
        result.warnings.append(warning)
    root, tree_notes = _components(text)
    result.warnings.extend(tree_notes)
    calendars = [c for c in root.subs if c.name == "VCALENDAR"]
    # VTIMEZONEs anywhere in the file: an event may point at one in another VCALENDAR.
    everywhere: dict[str, _Comp] = {}
    for comp in [root, *calendars]:
        for sub in comp.subs:
            tzid = sub.first("TZID") if sub.name == "VTIMEZONE" else None
            if tzid is not None:
                everywhere.setdefault(_fold(_clean_tzid(tzid.value)), sub)
    seen: dict[str, int] = {}
    overrides: list[tuple[EventRecord, _When, _Calendar]] = []
    found_component = False
    for holder in [root, *calendars]:
        cal = _Calendar(holder, everywhere, default_zone, result.warnings)
        if cal.method and not result.method:
            result.method = cal.method
        for comp in holder.subs:
            if comp.name not in ("VEVENT", "VTODO"):
                found_component = found_component or comp.name in ("VCALENDAR", "VTIMEZONE")
                continue
            found_component = True
            try:
                if comp.name == "VEVENT":
                    record, rid = _event(comp, cal, seen)
                    result.events.append(record)
                    if rid is not None:
                        overrides.append((record, rid, cal))
                else:
                    result.todos.append(_todo(comp, cal, seen))
            except _Broken as exc:
                result.problems.append(IcsProblem(exc.line, exc.uid, exc.reason))
            except Exception as exc:  # the bug net: one event never costs the others
                log.exception("cannot read the component at line %d", comp.line)
                result.problems.append(
                    IcsProblem(
                        comp.line,
                        _text(comp, "UID"),
                        f"The {_kind(comp)} cannot be read: {type(exc).__name__}: {exc}",
                    )
                )
    masters: dict[str, EventRecord] = {}
    override_ids = {id(o[0]) for o in overrides}
    for event in result.events:
        if id(event) not in override_ids:
            masters.setdefault(event.uid, event)
    for event, rid, cal in overrides:
        try:
            event.recurrence_id = _override_key(rid, event, masters.get(event.uid), cal)
        except Exception as exc:  # pragma: no cover - the bug net
            log.exception("cannot key the override at line %d", event.source_line)
            event.recurrence_id = rid.value.strftime(
                "%Y%m%dT%H%M%S" if isinstance(rid.value, datetime) else "%Y%m%d"
            )
            event.warnings.append(f"RECURRENCE-ID could not be matched: {exc}")
    if not found_component:
        result.problems.append(IcsProblem(1, "", "The file holds no calendar data."))


# ----------------------------------------------------------------------------------------------
# emit_ics
# ----------------------------------------------------------------------------------------------

_PRODID = "-//SmallCRM//SmallCRM//EN"


def emit_ics(
    events: Iterable[EventRecord],
    todos: Iterable[TodoRecord] = (),
    *,
    method: str = "",
    stamp: datetime | None = None,
) -> bytes:
    """An RFC 5545 calendar of ``events`` and ``todos``, with a VTIMEZONE for every zone
    used. ``stamp`` is the DTSTAMP (now when not given)."""
    events, todos = list(events), list(todos)
    now = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("PRODID", _PRODID)
    calendar.add("VERSION", "2.0")
    if method:
        calendar.add("METHOD", method.upper())
    years: dict[str, list[int]] = {}
    for event in events:
        if event.tz and event.tz != "UTC" and not event.all_day:
            _note_years(years, event.tz, event.start, event.end, event.rrule)
            years[event.tz] += [v.year for v in event.rdates + event.exdates]
    for todo in todos:
        if todo.tz and todo.tz != "UTC":
            for value in (todo.start, todo.due):
                if isinstance(value, datetime):
                    _note_years(years, todo.tz, value, value, todo.rrule)
    for tz, span in sorted(years.items()):
        calendar.add_component(_vtimezone(tz, min(span), max(span)))
    for event in events:
        calendar.add_component(_emit_event(event, now))
    for todo in todos:
        calendar.add_component(_emit_todo(todo, now))
    return calendar.to_ical()


def _note_years(
    years: dict[str, list[int]], tz: str, start: Moment, end: Moment, rrule: str | None
) -> None:
    span = years.setdefault(tz, [])
    span += [start.year, end.year]
    if rrule:
        until = _rule_parts(rrule).get("UNTIL")
        last = int(until[:4]) if until else max(start.year, datetime.now().year) + 10
        span.append(last)


@lru_cache(maxsize=64)
def _vtimezone(tz: str, first_year: int, last_year: int) -> Timezone:
    return Timezone.from_tzid(
        tz, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1)
    )


def _emit_time(value: Moment, tz: str | None) -> Moment:
    if not isinstance(value, datetime):
        return value
    if tz == "UTC":
        return value.replace(tzinfo=UTC)
    if tz:
        return value.replace(tzinfo=zoneinfo.ZoneInfo(tz))
    return value


def _emit_rrule(text: str, start: Moment, tz: str | None) -> vRecur:
    parts = _rule_parts(text)
    until = parts.get("UNTIL")
    if until and isinstance(start, datetime) and tz:
        # RFC 5545: a zoned series gives UNTIL in UTC.
        wall = _as_datetime(_parse_moment(until)[0])
        parts["UNTIL"] = localize(wall, tz).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return vRecur.from_ical(_join_rule(parts))


def _key_value(key: str, tz: str | None) -> Moment:
    """An occurrence key as a RECURRENCE-ID value, in the event's own zone where it has one
    (clients match it against the master's DTSTART, which is written that way too)."""
    value, utc = _parse_moment(key)
    if utc and isinstance(value, datetime):
        aware = value.replace(tzinfo=UTC)
        if not tz or tz == "UTC":
            return aware
        local = aware.astimezone(zoneinfo.ZoneInfo(tz))
        # The second 02:30 of a night the clocks go back has no wall-clock name: keep UTC.
        return local if localize(local.replace(tzinfo=None), tz) == aware else aware
    return value


def _escaped(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def _text_prop(text: str) -> vInline:
    """A TEXT value escaped here: icalendar's own escaping turns a literal "\\N" (as in
    "C:\\New folder") into a line break."""
    return vInline(_escaped(text))


def _list_prop(items: list[str]) -> vInline:
    return vInline(",".join(_escaped(item) for item in items))


def _address_prop(person: Attendee) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    if person.name:
        address.params["CN"] = person.name
    if person.role:
        address.params["ROLE"] = person.role
    if person.partstat:
        address.params["PARTSTAT"] = person.partstat
    return address


def _emit_alarms(
    component: Component, reminders: list[int], text: str, related_end: bool = False
) -> None:
    for minutes in reminders:
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", _text_prop(text or "Reminder"))
        # A task's reminders count back from its due time, which RELATED=END names.
        params = {"RELATED": "END"} if related_end else {}
        alarm.add("TRIGGER", timedelta(minutes=-minutes), parameters=params)
        component.add_component(alarm)


def _emit_event(event: EventRecord, now: datetime) -> Event:
    tz = None if event.all_day else event.tz
    out = Event()
    out.add("UID", _text_prop(event.uid))
    out.add("DTSTAMP", now)
    out.add("DTSTART", _emit_time(event.start, tz))
    if event.end != _default_end(event.start):
        out.add("DTEND", _emit_time(event.end, tz))
    if event.recurrence_id:
        params = {"RANGE": "THISANDFUTURE"} if event.thisandfuture else {}
        out.add("RECURRENCE-ID", _key_value(event.recurrence_id, tz), parameters=params)
    if event.rrule:
        out.add("RRULE", _emit_rrule(event.rrule, event.start, tz))
    if event.rdates:
        out.add("RDATE", [_emit_time(v, tz) for v in event.rdates])
    if event.exdates:
        out.add("EXDATE", [_emit_time(v, tz) for v in event.exdates])
    for name, value in (
        ("SUMMARY", event.summary),
        ("DESCRIPTION", event.description),
        ("LOCATION", event.location),
        ("URL", event.url),
    ):
        if value:
            out.add(name, value if name == "URL" else _text_prop(value))
    out.add("STATUS", event.status.upper())
    if event.sequence:
        out.add("SEQUENCE", event.sequence)
    if event.organizer is not None:
        out.add("ORGANIZER", _address_prop(event.organizer))
    for attendee in event.attendees:
        out.add("ATTENDEE", _address_prop(attendee))
    if event.categories:
        out.add("CATEGORIES", _list_prop(event.categories))
    _emit_alarms(out, event.reminders, event.summary)
    return out


_TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "cancelled": "CANCELLED"}


def _emit_todo(todo: TodoRecord, now: datetime) -> Todo:
    out = Todo()
    out.add("UID", _text_prop(todo.uid))
    out.add("DTSTAMP", now)
    if todo.start is not None:
        out.add("DTSTART", _emit_time(todo.start, todo.tz))
    if todo.due is not None:
        out.add("DUE", _emit_time(todo.due, todo.tz))
    if todo.rrule and (todo.start or todo.due) is not None:
        anchor = todo.start if todo.start is not None else todo.due
        assert anchor is not None
        out.add("RRULE", _emit_rrule(todo.rrule, anchor, todo.tz))
    for name, value in (("SUMMARY", todo.summary), ("DESCRIPTION", todo.description)):
        if value:
            out.add(name, value if name == "URL" else _text_prop(value))
    if todo.priority:
        out.add("PRIORITY", 1 if todo.priority > 0 else 9)
    out.add("STATUS", _TODO_STATUS.get(todo.status, "NEEDS-ACTION"))
    if todo.completed is not None:
        out.add("COMPLETED", todo.completed.astimezone(UTC))
    if todo.categories:
        out.add("CATEGORIES", _list_prop(todo.categories))
    if todo.due is not None or todo.start is not None:
        _emit_alarms(out, todo.reminders, todo.summary, related_end=todo.due is not None)
    return out
