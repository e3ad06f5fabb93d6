"""Series expansion in wall-clock time: the restart near the window changes nothing."""

from datetime import date, datetime, timedelta

from dateutil.rrule import rruleset, rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.core.recurrence import Series, last_end, localize, occurrence_key, starts_between

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 4))}")
    if freq in ("WEEKLY", "MONTHLY") and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=5, unique=True))
        parts.append("BYDAY=" + ",".join(days))
        if freq == "MONTHLY" and draw(st.booleans()):
            parts.append(f"BYSETPOS={draw(st.sampled_from([1, 2, -1]))}")
    elif freq == "MONTHLY" and draw(st.booleans()):
        parts.append(f"BYMONTHDAY={draw(st.sampled_from([1, 15, 28, 31, -1]))}")
    elif freq == "YEARLY" and draw(st.booleans()):
        parts.append(f"BYMONTH={draw(st.integers(1, 12))}")
    if draw(st.booleans()):
        parts.append(
            "UNTIL=" + draw(st.dates(date(2021, 1, 1), date(2030, 1, 1))).strftime("%Y%m%dT235959")
        )
    return ";".join(parts)


def _walked(text: str, first: datetime, lo: datetime, hi: datetime) -> list[datetime]:
    """The slow truth: walk the rule from its first start."""
    rules = rruleset()
    rules.rrule(rrulestr(text, dtstart=first))
    rules.rdate(first)
    return [d for d in rules.between(lo, hi, inc=True) if d < hi]


@settings(max_examples=300, deadline=None)
@given(
    rules(),
    st.datetimes(datetime(2018, 1, 1), datetime(2026, 1, 1)),
    st.datetimes(datetime(2018, 1, 1), datetime(2029, 1, 1)),
    st.integers(1, 120),
)
def test_restarting_near_the_window_gives_what_walking_gives(text, first, lo, days):
    first = first.replace(second=0, microsecond=0)
    hi = lo + timedelta(days=days)
    series = Series(first, first + timedelta(hours=1), "Europe/Prague", text)
    assert list(starts_between(series, lo, hi)) == _walked(text, first, lo, hi)


def test_dtstart_counts_even_off_the_rule_and_exdates_remove():
    # Starts on a Wednesday; the rule says Mondays: RFC 5545 keeps the Wednesday.
    series = Series(
        datetime(2026, 11, 4, 9),
        datetime(2026, 11, 4, 10),
        "Europe/Prague",
        "FREQ=WEEKLY;BYDAY=MO;COUNT=3",
        exdates=(datetime(2026, 11, 16, 9),),
        rdates=(datetime(2026, 11, 20, 14),),
    )
    assert list(starts_between(series, datetime(2026, 11, 1), datetime(2026, 12, 31))) == [
        datetime(2026, 11, 4, 9),
        datetime(2026, 11, 9, 9),
        datetime(2026, 11, 20, 14),
    ]
    assert last_end(series) == datetime(2026, 11, 20, 15)


def test_last_working_day_of_month_and_an_unbounded_series():
    series = Series(
        datetime(2026, 1, 30, 16),
        datetime(2026, 1, 30, 17),
        "Europe/Prague",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    )
    got = list(starts_between(series, datetime(2026, 1, 1), datetime(2026, 7, 1)))
    assert [d.date() for d in got] == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 29),
        date(2026, 6, 30),
    ]
    assert last_end(series) is None


def test_occurrence_keys_name_one_instant_however_written():
    prague = localize(datetime(2026, 7, 1, 9), "Europe/Prague")
    assert occurrence_key(datetime(2026, 7, 1, 9), "Europe/Prague") == "20260701T070000Z"
    assert occurrence_key(prague, None) == "20260701T070000Z"
    assert occurrence_key(datetime(2026, 7, 1, 9), None) == "20260701T090000"
    assert occurrence_key(date(2026, 7, 1), None) == "20260701"
    # The autumn hour that happens twice: the first (summer) one is meant.
    assert localize(datetime(2026, 10, 25, 2, 30), "Europe/Prague").utcoffset() == timedelta(
        hours=2
    )


def test_rules_dateutil_reads_but_could_not_expand_in_time_are_refused():
    import pytest

    from smallcrm.core.recurrence import InvalidRecurrence, validate_rrule

    start = datetime(2026, 1, 5, 9)
    for rule, why in (
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0"),  # dateutil loops for ever
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "no date matches"),  # scanned to 9999
        ("FREQ=MONTHLY;BYDAY=6MO", "no month or year has"),
        ("FREQ=HOURLY;BYSETPOS=-7", "no date matches"),
        ("FREQ=MINUTELY;BYHOUR=9", "more often than hourly"),
        ("FREQ=YEARLY;BYMONTH=13", "out of range"),
    ):
        with pytest.raises(InvalidRecurrence, match=why):
            validate_rrule(rule, start)
    validate_rrule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", start)  # leap years only: fine
