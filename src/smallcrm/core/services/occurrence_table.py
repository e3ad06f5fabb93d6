"""Series expanded ahead of time into ``event_occurrence``: writing a series' rows, reading a span.

Stepping hundreds of recurrence rules to a window is most of what a calendar view costs,
and a fresh process has nothing expanded yet. So every series is expanded once, when it is
written, over a span around today (the horizon), and views read rows. The rows are derived
data: each set carries a signature of the rule it was made from and is only read while the
series still has that signature and the span covers the window; otherwise the caller
expands on the fly, as it would without the table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from smallcrm.core import recurrence
from smallcrm.core.models import EventExpansion, EventOccurrence
from smallcrm.core.recurrence import Series

_occ = EventOccurrence.__table__
_exp = EventExpansion.__table__

# A floating or all-day occurrence is stored by its wall clock as if it were UTC; where it
# really falls depends on the user's zone, at most this far either way.
FLOAT_S = 14 * 3600


def horizon(now: datetime) -> tuple[datetime, datetime]:
    """The span expanded ahead: from the start of last year to the start of the year three
    years on, so the past year and at least the next two are always read from rows."""
    return datetime(now.year - 1, 1, 1, tzinfo=UTC), datetime(now.year + 3, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Span:
    """What ``event_expansion`` says about one series."""

    signature: str | None
    from_s: int | None
    until_s: int | None
    longest_s: int | None

    def covers(self, signature: str, lo_s: int, hi_s: int) -> bool:
        """The rows are of this rule and hold every occurrence that can overlap
        [lo_s, hi_s)."""
        if self.signature != signature:
            return False
        assert self.from_s is not None and self.until_s is not None
        reach = (self.longest_s or 0) + FLOAT_S
        return self.from_s <= lo_s - reach and self.until_s >= hi_s + FLOAT_S


def _seconds(wall: datetime, zone: Any) -> int:
    # The same arithmetic as recurrence.localize (fold 0; a gap time takes the offset
    # before the gap), so a stored start and an expanded one never differ.
    return int(wall.replace(tzinfo=zone).timestamp())


def signature(row: Any) -> str:
    """A digest of what expansion reads of an event row."""
    parts = (row.start_local, row.end_local, row.tz, bool(row.all_day), row.rrule, row.rdates,
             row.exdates)  # fmt: skip
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def write(session: Session, event_id: int, series: Series, sig: str, now: datetime) -> int:
    """Replace the series' rows with its occurrences over the horizon; returns how many."""
    session.execute(delete(_occ).where(_occ.c.event_id == event_id))
    session.execute(delete(_exp).where(_exp.c.event_id == event_id))
    first, last = horizon(now)
    from_s, until_s = int(first.timestamp()), int(last.timestamp())
    all_day = not isinstance(series.start, datetime)
    zone = recurrence.zone(series.tz) if not all_day else None
    as_utc = zone or UTC  # floating and all-day: the wall clock read as UTC
    length = _wall(series.end) - _wall(series.start)
    rows: list[dict[str, int]] = []
    # An hour more than the wall-clock length: a DST change lengthens an occurrence's span.
    longest = int(length.total_seconds()) + 3600
    # Year by year, in the series' wall clock, a day wider than the span either way; what
    # lands outside the span in stored seconds is left out, so the span is exact.
    for year in range(first.year, last.year):
        lo = datetime(year, 1, 1) - timedelta(days=1)
        hi = datetime(year + 1, 1, 1) + timedelta(days=1)
        chunk = list(
            recurrence.starts_between(
                series, lo.date() if all_day else lo, hi.date() if all_day else hi
            )
        )
        for start in chunk:
            wall = _wall(start)
            s = _seconds(wall, as_utc)
            if rows and s <= rows[-1]["start_s"]:
                continue  # the day either side of a year is read twice
            if not from_s <= s < until_s:
                continue
            e = _seconds(wall + length, as_utc)
            longest = max(longest, e - s)
            rows.append({"event_id": event_id, "start_s": s, "end_s": e})
        if len(chunk) >= recurrence.MAX_OCCURRENCES:
            # The rule makes more in a year than expansion allows: the span ends where
            # the rows do, and later windows are expanded on the fly (and cut the same).
            until_s = rows[-1]["start_s"] if rows else from_s
            rows = [r for r in rows if r["start_s"] < until_s]
            break
    if rows:
        session.execute(insert(_occ), rows)
    session.execute(
        insert(_exp).values(
            event_id=event_id, signature=sig, from_s=from_s, until_s=until_s, longest_s=longest
        )
    )
    return len(rows)


def forget(session: Session, event_ids: Iterable[int]) -> None:
    """Drop the rows of events that are no longer series."""
    ids = list(event_ids)
    if ids:
        session.execute(delete(_occ).where(_occ.c.event_id.in_(ids)))
        session.execute(delete(_exp).where(_exp.c.event_id.in_(ids)))


def read_span(session: Session, from_s: int, until_s: int) -> list[Any]:
    """(event_id, start_s, end_s) of every row starting in [from_s, until_s).

    Thousands of rows of three integers: read through the driver's own cursor, as plain
    tuples (building SQLAlchemy rows for them cost more than the query).
    """
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    cursor = connection.connection.cursor()
    try:
        cursor.execute(
            "SELECT event_id, start_s, end_s FROM event_occurrence"
            f" WHERE start_s >= {mark} AND start_s < {mark}",
            (from_s, until_s),
        )
        return cursor.fetchall()
    finally:
        cursor.close()


def _wall(value: datetime | date) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
