"""RRULEs and Exchange's recurrence patterns, both ways, and the InstanceIndex EWS names an
occurrence by: checked against the occurrences each side would show."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr

from smallcrm.core.connectors.ews_calendar import (
    UnsupportedRecurrence,
    from_rrule,
    instance_index,
    to_rrule,
)

START = datetime(2027, 3, 1, 9, 0)  # a Monday
PRAGUE = "Europe/Prague"


def _days(rule: str, start: datetime = START, count: int = 40) -> list[date]:
    out = []
    for when in rrulestr(rule, dtstart=start, ignoretz=True):
        out.append(when.date())
        if len(out) == count:
            break
    return out


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;INTERVAL=3;COUNT=10",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270601T090000",
        "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6",
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=6",
        "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6",
        "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=6",
        "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=8;COUNT=3",
        "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=3",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=15",
    ],
)
def test_a_rule_sent_to_exchange_and_read_back_makes_the_same_days(rule):
    back = to_rrule(from_rrule(rule, START, PRAGUE), START)
    assert _days(back) == _days(rule)


def test_until_is_the_day_of_the_last_occurrence_not_the_second_before_the_next():
    # "This and following" ends the first part a second before 09:00 on 15 March: Exchange's
    # EndDate must be 8 March, or 15 March would be on both parts.
    pattern = from_rrule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270315T085959", START, PRAGUE)
    assert date(2027, 3, 8) <= pattern.boundary.end < date(2027, 3, 15)
    # A UTC UNTIL is read in the series' own wall clock (08:00Z is 09:00 in Prague).
    pattern = from_rrule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270315T080000Z", START, PRAGUE)
    assert pattern.boundary.end == date(2027, 3, 15)


@pytest.mark.parametrize(
    "rule", ["FREQ=HOURLY;COUNT=5", "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=MONTHLY;BYMONTHDAY=-2"]
)
def test_rules_exchange_cannot_hold_are_refused_by_name(rule):
    with pytest.raises(UnsupportedRecurrence, match="Exchange cannot repeat"):
        from_rrule(rule, START, PRAGUE)


def test_instance_index_counts_the_patterns_own_occurrences():
    # Tuesdays and Thursdays starting on a Monday: Exchange's first occurrence is Tuesday.
    rule = "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"
    end = START + timedelta(hours=1)
    assert instance_index(START, end, PRAGUE, rule, datetime(2027, 3, 2, 9, 0)) == 1
    assert instance_index(START, end, PRAGUE, rule, datetime(2027, 3, 11, 9, 0)) == 4
    with pytest.raises(UnsupportedRecurrence):
        instance_index(START, end, PRAGUE, rule, datetime(2027, 6, 1, 9, 0))
