"""Calendar layout maths without widgets: visible days, wall-clock slots, overlap columns, lanes.

The time grid is drawn in wall-clock time: every day has 24 rows, as in every desk calendar.
On the spring-forward day the skipped hour is a row that does not exist (a time picked in it
becomes the first time after the gap); on the fall-back day the repeated hour is one row and a
time picked in it means its first occurrence. Durations are measured in elapsed time (UTC), so
moving a one-hour meeting onto a DST day keeps it one hour long.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MODES = ("day", "week", "workweek", "month", "agenda")
MINUTES_PER_DAY = 24 * 60
AGENDA_DAYS = 30
MONTH_WEEKS = 6
SNAP_MINUTES = 15


def week_start(day: date, first_weekday: int) -> date:
    """The first day of ``day``'s week; ``first_weekday`` is ISO (1 Monday ... 7 Sunday)."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def visible_days(mode: str, anchor: date, first_weekday: int) -> list[date]:
    """The days ``mode`` shows around ``anchor``, in order (always consecutive)."""
    if mode == "day":
        return [anchor]
    if mode in ("week", "workweek"):
        first = week_start(anchor, first_weekday)
        days = [first + timedelta(days=n) for n in range(7)]
        # A work week is Monday to Friday whatever day the week starts on.
        return [d for d in days if d.isoweekday() <= 5] if mode == "workweek" else days
    if mode == "month":
        first = week_start(anchor.replace(day=1), first_weekday)
        return [first + timedelta(days=n) for n in range(7 * MONTH_WEEKS)]
    if mode == "agenda":
        return [anchor + timedelta(days=n) for n in range(AGENDA_DAYS)]
    raise ValueError(f"unknown calendar mode {mode!r}")


def page_step(mode: str, anchor: date, direction: int) -> date:
    """The anchor of the next (``direction`` 1) or previous (-1) page."""
    if mode == "day":
        return anchor + timedelta(days=direction)
    if mode in ("week", "workweek"):
        return anchor + timedelta(days=7 * direction)
    if mode == "month":
        month = anchor.year * 12 + anchor.month - 1 + direction
        return date(month // 12, month % 12 + 1, 1)
    return anchor + timedelta(days=AGENDA_DAYS * direction)


def exists(aware: datetime) -> bool:
    """False for a wall-clock time skipped by a spring-forward gap."""
    back = aware.astimezone(UTC).astimezone(aware.tzinfo)
    return back.replace(tzinfo=None) == aware.replace(tzinfo=None)


def to_aware(wall: datetime, zone: ZoneInfo) -> datetime:
    """The wall-clock time ``wall`` in ``zone``.

    A time that does not exist (02:30 on the spring-forward day) becomes the first time that
    does (03:00): the grid shows that hour as missing, so nothing can start inside it. A time
    that happens twice (02:30 on the fall-back day) is its first occurrence (fold 0).
    """
    aware = wall.replace(tzinfo=zone, fold=0)
    if exists(aware):
        return aware
    probe = wall.replace(second=0, microsecond=0)
    for _ in range(MINUTES_PER_DAY):  # gaps are an hour, rarely two; never a day
        probe += timedelta(minutes=1)
        candidate = probe.replace(tzinfo=zone)
        if exists(candidate):
            return candidate
    return aware.astimezone(UTC).astimezone(zone)


def midnight(day: date, zone: ZoneInfo) -> datetime:
    return to_aware(datetime.combine(day, time()), zone)


def slot_time(day: date, minutes: float, zone: ZoneInfo) -> datetime:
    """The aware time ``minutes`` of wall clock after ``day``'s midnight (1440: next day)."""
    return to_aware(datetime.combine(day, time()) + timedelta(minutes=minutes), zone)


def wall_minutes(moment: datetime) -> float:
    """Minutes of wall clock since midnight."""
    return moment.hour * 60 + moment.minute + moment.second / 60


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two aware datetimes; Python subtracts same-zone ones by wall clock."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def add_elapsed(moment: datetime, delta: timedelta) -> datetime:
    """``moment`` plus ``delta`` of real time, in ``moment``'s zone."""
    return (moment.astimezone(UTC) + delta).astimezone(moment.tzinfo)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """``minutes`` rounded to the nearest ``step``."""
    return int((minutes + step / 2) // step * step)


def skipped_minutes(day: date, zone: ZoneInfo) -> list[tuple[int, int]]:
    """Wall-clock ranges of ``day`` that do not exist, as (first minute, end minute)."""
    start = datetime.combine(day, time(), zone)
    end = datetime.combine(day + timedelta(days=1), time(), zone)
    if start.utcoffset() == end.utcoffset():
        return []  # no transition today: the usual case, decided without a scan
    ranges: list[tuple[int, int]] = []
    for quarter in range(0, MINUTES_PER_DAY, SNAP_MINUTES):
        if exists(start + timedelta(minutes=quarter)):
            continue
        if ranges and ranges[-1][1] == quarter:
            ranges[-1] = (ranges[-1][0], quarter + SNAP_MINUTES)
        else:
            ranges.append((quarter, quarter + SNAP_MINUTES))
    return ranges


def overlap_columns(spans: Sequence[tuple[float, float]]) -> list[tuple[int, int, int]]:
    """Side-by-side places of one day's timed events.

    ``spans`` are (start, end) pairs, end > start. Events that overlap one another, directly
    or through others, form a cluster that shares its width; within a cluster each event
    takes the lowest free column, and then widens to the right over columns where nothing
    overlaps it. Returns, per span in the given order, (column, columns spanned, columns in
    its cluster).
    """
    count = len(spans)
    result: list[tuple[int, int, int]] = [(0, 1, 1)] * count
    order = sorted(range(count), key=lambda i: (spans[i][0], -spans[i][1]))
    cluster: list[tuple[int, int]] = []  # (span index, column)
    cluster_end = float("-inf")
    busy: list[tuple[float, int]] = []  # heap of (end, column) still running
    free: list[int] = []  # heap of columns that ended, lowest first
    columns = 0

    def close() -> None:
        # Per column, its events sorted by start; none of them overlap, so ends sort too.
        starts: list[list[float]] = [[] for _ in range(columns)]
        ends: list[list[float]] = [[] for _ in range(columns)]
        for index, column in cluster:
            starts[column].append(spans[index][0])
            ends[column].append(spans[index][1])
        for index, column in cluster:
            start, end = spans[index]
            width = 1
            for other in range(column + 1, columns):
                before = bisect_left(starts[other], end) - 1
                if before >= 0 and ends[other][before] > start:
                    break
                width += 1
            result[index] = (column, width, columns)

    for index in order:
        start, end = spans[index]
        if start >= cluster_end and cluster:
            close()
            cluster, busy, free, columns = [], [], [], 0
            cluster_end = float("-inf")
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            column = heapq.heappop(free)
        else:
            column = columns
            columns += 1
        heapq.heappush(busy, (end, column))
        cluster.append((index, column))
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return result


def pack_lanes(spans: Sequence[tuple[int, int]], max_lanes: int | None = None) -> list[int | None]:
    """Rows of bars over day cells: each (first day, last day) span, in the given order, takes
    the lowest lane free on all its days; None when no lane below ``max_lanes`` is."""
    lanes: list[int] = []  # one bit mask of taken days per lane
    result: list[int | None] = []
    for first, last in spans:
        mask = ((1 << (last - first + 1)) - 1) << first
        for lane, taken in enumerate(lanes):
            if not taken & mask:
                lanes[lane] = taken | mask
                result.append(lane)
                break
        else:
            if max_lanes is not None and len(lanes) >= max_lanes:
                result.append(None)
            else:
                lanes.append(mask)
                result.append(len(lanes) - 1)
    return result
