"""Recurring series in their own wall-clock time: occurrence keys and expansion over a window.

A series is kept as its first start in local wall-clock time plus an IANA zone (or none:
floating), an RRULE whose UNTIL is written in that same wall clock, and RDATE/EXDATE lists
in that wall clock. Expanding in wall-clock time and attaching the zone to each occurrence is
what keeps "09:00 Prague" at 09:00 Prague on both sides of a DST change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rruleset, rrulestr

from smallcrm.core.errors import KnownError

# A series without an end is expanded no further than this many occurrences per window;
# a window of a year holds at most ~8,800 hourly ones.
MAX_OCCURRENCES = 10_000


class InvalidRecurrence(KnownError):
    """An RRULE the calendar cannot read."""


@lru_cache(maxsize=512)
def zone(name: str | None) -> ZoneInfo | None:
    """The zone called ``name``; None for floating times. Unknown names raise KnownError."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidRecurrence(f"Unknown time zone “{name}”.") from exc


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except InvalidRecurrence:
        return False
    return True


def localize(wall: datetime, tz: str | None, floating_zone: str | None = None) -> datetime:
    """An aware datetime for a wall-clock time in ``tz``; floating times take
    ``floating_zone`` (the user's). A time in a DST gap moves forward, as clocks do."""
    zi = zone(tz) or zone(floating_zone)
    if zi is None:
        return wall.replace(tzinfo=UTC)
    # fold=0: an ambiguous autumn time is its first (summer) instance; a time skipped by a
    # spring-forward gap takes the offset before the gap, which lands it after the gap
    # (02:30 on a night the clock jumps 02:00 -> 03:00 becomes 03:30).
    return wall.replace(tzinfo=zi, fold=0).astimezone(UTC).astimezone(zi)


def occurrence_key(start: datetime | date, tz: str | None) -> str:
    """The identity of one occurrence, as RECURRENCE-ID names it, in one normal form:
    ``YYYYMMDD`` for a date, ``YYYYMMDDTHHMMSSZ`` (UTC) for a zoned time, and
    ``YYYYMMDDTHHMMSS`` for a floating one. ``start`` is wall-clock in ``tz`` when naive."""
    if not isinstance(start, datetime):
        return start.strftime("%Y%m%d")
    if start.tzinfo is not None:
        return start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    if tz:
        return localize(start, tz).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return start.strftime("%Y%m%dT%H%M%S")


@dataclass(frozen=True, slots=True)
class Series:
    """What expansion needs of a stored event."""

    start: datetime | date  # wall-clock (naive) in tz, or a date when all-day
    end: datetime | date
    tz: str | None
    rrule: str | None = None
    rdates: tuple[datetime | date, ...] = ()
    exdates: tuple[datetime | date, ...] = ()


@lru_cache(maxsize=4096)
def _rule(text: str, start: datetime) -> rrule:
    try:
        parsed = rrulestr(text, dtstart=start, ignoretz=True, forceset=False)
    except (ValueError, TypeError, OverflowError) as exc:
        raise InvalidRecurrence(f"The recurrence rule “{text}” cannot be read: {exc}.") from exc
    if not isinstance(parsed, rrule):  # pragma: no cover - forceset=False gives one rule
        raise InvalidRecurrence(f"The recurrence rule “{text}” is not a single rule.")
    return parsed


def normal_rule(text: str) -> str:
    """An RRULE value as stored: no "RRULE:" prefix, no spaces, upper case."""
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    return text.replace(" ", "").strip(";").upper()


def without_end(rule: str) -> str:
    """``rule`` without its UNTIL and COUNT parts: the series' pattern, endless."""
    return ";".join(
        p for p in normal_rule(rule).split(";") if p and not p.startswith(("UNTIL=", "COUNT="))
    )


def split_end(rule: str | None) -> tuple[str | None, datetime | date | None, int | None]:
    """A rule without its end, and the end: the series' last moment (UNTIL, in the series'
    wall clock; a date for an all-day series) or its number of times (COUNT). A rule with
    both (RFC 5545 forbids it), or an end that cannot be read, stays whole."""
    if not rule:
        return None, None, None
    whole = normal_rule(rule)
    parts = rule_parts(whole)
    until: datetime | date | None = None
    count: int | None = None
    text = parts.get("UNTIL")
    if text is not None:
        match = re.fullmatch(r"(\d{8})(?:T(\d{6})Z?)?", text)
        if match is None:
            return whole, None, None
        try:
            until = (
                datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
                if match[2]
                else datetime.strptime(match[1], "%Y%m%d").date()
            )
        except ValueError:
            return whole, None, None
    if "COUNT" in parts:
        if not parts["COUNT"].isdigit() or int(parts["COUNT"]) < 1 or until is not None:
            return whole, None, None
        count = int(parts["COUNT"])
    return without_end(whole) or None, until, count


def last_day(until: datetime | date, start: datetime | date) -> date:
    """The last day a series starting at ``start`` and ending at ``until`` can meet on: an
    UNTIL earlier in its day than the series' start time leaves that day out."""
    if isinstance(until, datetime):
        if isinstance(start, datetime) and until.time() < start.time():
            return until.date() - timedelta(days=1)
        return until.date()
    return until


def until_moved(rule: str | None, start: datetime | date, delta: timedelta) -> str | None:
    """``rule`` of a series from ``start`` moved by ``delta``, its UNTIL moved along: the
    last occurrence moves with the others instead of falling past the end."""
    base, until, _count = split_end(rule)
    if until is None or not delta or base is None:
        return rule
    if isinstance(until, datetime):
        return f"{base};UNTIL={until + delta:%Y%m%dT%H%M%S}"
    # A date: by as many days as the first day moved (two hours earlier is the same day).
    first = _as_datetime(start)
    days = ((first + delta).date() - first.date()).days
    return f"{base};UNTIL={until + timedelta(days=days):%Y%m%d}"


def with_end(rule: str, until: date | None, count: int | None, all_day: bool) -> str:
    """``rule`` ending on the day ``until`` (the whole day, in the series' wall clock) or
    after ``count`` times; as it is with neither."""
    if until is not None:
        return f"{without_end(rule)};UNTIL={until:%Y%m%d}" + ("" if all_day else "T235959")
    if count is not None:
        return f"{without_end(rule)};COUNT={count}"
    return rule


def rule_parts(text: str) -> dict[str, str]:
    out = {}
    for part in text.upper().replace(" ", "").split(";"):
        name, _, value = part.partition("=")
        if name:
            out[name] = value
    return out


def _counted(text: str, parts: dict[str, str], first: datetime) -> rrule:
    """A COUNT rule whose count includes DTSTART, as RFC 5545 has it, also when the rule
    itself would not make DTSTART (dateutil counts only what the rule makes)."""
    rule = _rule(text, first)
    made = next(iter(rule), None)
    if made == first:
        return rule
    try:
        count = int(parts["COUNT"])
    except ValueError:
        return rule
    fewer = ";".join(
        f"COUNT={count - 1}" if p.upper().replace(" ", "").startswith("COUNT=") else p
        for p in text.split(";")
    )
    return _rule(fewer, first)


def _rule_near(text: str, first: datetime, lo: datetime) -> rrule:
    """The rule, restarted at a period boundary shortly before ``lo``.

    dateutil walks a rule from its DTSTART, so a daily series begun years ago would be
    walked day by day to reach this month. A rule without COUNT gives the same occurrences
    from any later start on its period grid, once the parts it would take from DTSTART
    (weekday, day of month, month) are written out."""
    parts = rule_parts(text)
    if "COUNT" in parts:
        return _counted(text, parts, first)
    if lo <= first:
        return _rule(text, first)
    freq = parts.get("FREQ", "")
    try:
        interval = max(int(parts.get("INTERVAL", "1")), 1)
    except ValueError:
        return _rule(text, first)
    extra = []
    if freq == "DAILY":
        steps = (lo - first).days // interval - 1
        if steps < 1:
            return _rule(text, first)
        base = first + timedelta(days=steps * interval)
    elif freq == "WEEKLY":
        steps = (lo - first).days // (7 * interval) - 1
        if steps < 1:
            return _rule(text, first)
        base = first + timedelta(weeks=steps * interval)
        if "BYDAY" not in parts:
            extra.append("BYDAY=" + ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[first.weekday()])
    elif freq == "MONTHLY":
        months = (lo.year - first.year) * 12 + lo.month - first.month
        steps = months // interval - 1
        if steps < 1:
            return _rule(text, first)
        index = first.month - 1 + steps * interval
        base = first.replace(year=first.year + index // 12, month=index % 12 + 1, day=1)
        if not {"BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO"} & parts.keys():
            extra.append(f"BYMONTHDAY={first.day}")
    elif freq == "YEARLY":
        steps = (lo.year - first.year) // interval - 1
        if steps < 1:
            return _rule(text, first)
        base = first.replace(year=first.year + steps * interval, month=1, day=1)
        if not {"BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY"} & parts.keys():
            extra.append(f"BYMONTH={first.month};BYMONTHDAY={first.day}")
        elif "BYMONTH" in parts and not {"BYMONTHDAY", "BYDAY"} & parts.keys():
            extra.append(f"BYMONTHDAY={first.day}")
    else:
        return _rule(text, first)
    return _rule(";".join([text, *extra]), base)


def _as_datetime(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


def validate_rrule(text: str, start: datetime | date) -> None:
    """Raise InvalidRecurrence when ``text`` is not an RRULE value the calendar can expand
    in good time: dateutil reads some rules it then cannot expand (INTERVAL=0 loops for
    ever; a rule no date matches is scanned up to the year 9999)."""
    _rule(text, _as_datetime(start))
    fault = rule_fault(text, start)
    if fault:
        raise InvalidRecurrence(f"The recurrence rule “{text}” cannot be used: {fault}.")


_BY_RANGES = {
    "BYSECOND": (0, 60),
    "BYMINUTE": (0, 59),
    "BYHOUR": (0, 23),
    "BYMONTH": (1, 12),
    "BYMONTHDAY": (-31, 31),
    "BYYEARDAY": (-366, 366),
    "BYWEEKNO": (-53, 53),
    "BYSETPOS": (-366, 366),
}
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
# A rule no date matches is found out by expanding it near the end of dateutil's calendar,
# where the scan stops within a dozen years (every month length and leap day) instead of
# running from DTSTART to the year 9999.
_PROBE_YEAR = 9988


def rule_fault(text: str, start: datetime | date) -> str:
    """Why a rule dateutil reads is still unusable ("" when it is fine): a zero interval or
    count, a value out of range, repeats by the minute, or a date no calendar has."""
    parts = rule_parts(text)
    for key in ("INTERVAL", "COUNT"):
        if key in parts and not (parts[key].isdigit() and int(parts[key]) > 0):
            return f"{key}={parts[key]} is not a positive number"
    for key, (lo, hi) in _BY_RANGES.items():
        for item in parts[key].split(",") if key in parts else ():
            if (
                not re.fullmatch(r"[+-]?\d+", item)
                or not lo <= int(item) <= hi
                or (int(item) == 0 and lo < 0)
            ):
                return f"{key}={parts[key]} is out of range"
    if parts.get("FREQ") in ("SECONDLY", "MINUTELY"):
        # No appointment repeats by the minute, and dateutil crawls through such a rule's
        # gaps second by second.
        return "it repeats more often than hourly"
    most = 5 if parts.get("FREQ") == "MONTHLY" or "BYMONTH" in parts else 53
    for item in parts["BYDAY"].split(",") if "BYDAY" in parts else ():
        m = _BYDAY.match(item)
        if not m:
            return f"BYDAY={parts['BYDAY']} is not a list of weekdays"
        if m.group(1) and not 1 <= abs(int(m.group(1))) <= most:
            return f"BYDAY={parts['BYDAY']} names a weekday no month or year has"
    probe = ";".join(f"{k}={v}" for k, v in parts.items() if k not in ("COUNT", "UNTIL"))
    first = _as_datetime(start)
    try:
        rule = rrulestr(probe, dtstart=first.replace(year=_PROBE_YEAR), ignoretz=True)
        if next(iter(rule), None) is None:
            return "no date matches it"
    except (ValueError, TypeError, OverflowError):
        return "no date matches it"
    return ""


def starts_between(
    series: Series, window_start: datetime | date, window_end: datetime | date
) -> Iterator[datetime | date]:
    """Wall-clock starts of the series' occurrences in [window_start, window_end), which are
    wall-clock (naive) or dates like the series. Single events yield their one start when
    it lies in the window; duration is the caller's to add (occurrences overlapping the
    window from before it are found by widening the window by the duration)."""
    all_day = not isinstance(series.start, datetime)
    first = _as_datetime(series.start)
    lo = _as_datetime(window_start)
    hi = _as_datetime(window_end)
    if not series.rrule and not series.rdates:
        if lo <= first < hi:
            yield series.start
        return
    rules = rruleset()
    if series.rrule:
        rules.rrule(_rule_near(series.rrule, first, lo))
    # RFC 5545 counts DTSTART as the first occurrence even when the rule would not make it
    # (dateutil does not); the set drops the duplicate when the rule does make it.
    rules.rdate(first)
    for extra in series.rdates:
        rules.rdate(_as_datetime(extra))
    for skipped in series.exdates:
        rules.exdate(_as_datetime(skipped))
    for count, when in enumerate(rules.xafter(lo, inc=True)):
        if when >= hi or count >= MAX_OCCURRENCES:
            break
        yield when.date() if all_day else when


def duration(series: Series) -> timedelta:
    return _as_datetime(series.end) - _as_datetime(series.start)


def last_end(series: Series) -> datetime | date | None:
    """The wall-clock end of the series' last occurrence; None when it never ends."""
    if not series.rrule:
        ends = [series.end] + [r + duration(series) for r in series.rdates]
        return max(ends, key=_as_datetime)
    rule = _rule_near(series.rrule, _as_datetime(series.start), _as_datetime(series.start))
    if rule._count is None and rule._until is None:  # noqa: SLF001 - dateutil has no getter
        return None
    last = rule.before(datetime.max, inc=True)  # bounded by COUNT or UNTIL
    candidates = [_as_datetime(series.start)]
    if last is not None:
        candidates.append(last)
    candidates.extend(_as_datetime(r) for r in series.rdates)
    end = max(candidates) + duration(series)
    return end.date() if not isinstance(series.start, datetime) else end


def machine_zone() -> str:
    """The IANA name of this machine's zone; "UTC" when the system does not say."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - a machine without a zone setting is still usable
        return "UTC"
    return name if name and is_zone(name) else "UTC"
