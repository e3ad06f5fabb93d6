"""Deadline calculator: real holiday cases in CZ, SK, PL, HR and UA, worked out by hand.

Every expected date below was counted on a printed calendar: the day of the event is not
counted, the period's last day moves off Saturdays, Sundays and days-off holidays. Holiday
law per country:
  CZ  Act No. 245/2000 Coll. on public holidays (Good Friday a day off since 2016)
  SK  Act No. 241/1993 Coll.: 1 Sep a working day since 2024 (Act 530/2023), 17 Nov since
      2025 and 8 May / 15 Sep in 2026 (Act 261/2025)
  PL  Act of 18 January 1951 on days off work; 24 Dec a day off since 2025 (amended 2024)
  HR  Act on holidays, memorial days and non-working days (NN 110/2019): from 2020 Statehood
      Day on 30 May (was 25 Jun), Remembrance Day 18 Nov added, 8 Oct no longer a holiday
  UA  Labour Code Art. 73 (Art. 67: a holiday on a weekend gives the next working day off);
      Law No. 2136-IX (in force 24 March 2022): no holidays off while martial law lasts
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.core.errors import KnownError
from smallcrm.core.services.deadlines import (
    DEFAULT_RULE,
    DeadlineRule,
    InvalidDeadline,
    InvalidPeriod,
    Period,
    SkippedDay,
    compute_deadline,
    parse_period,
)

WORKING_DAYS = DeadlineRule(working_days=True)
STAY = DeadlineRule(move_to_working_day=False)
UA_HOLIDAYS_OFF = DeadlineRule(ua_martial_law=False)


def deadline(start: date, add: str, country: str, rule: DeadlineRule = DEFAULT_RULE):
    return compute_deadline(start, parse_period(add), country, rule=rule)


def skipped(*days: tuple[date, str]) -> list[SkippedDay]:
    return [SkippedDay(day, reason) for day, reason in days]


# --- Czech Republic -----------------------------------------------------------------------


def test_cz_working_day_stays_and_the_steps_read_right():
    result = deadline(date(2026, 8, 3), "15d", "CZ")
    assert result.end_of_period == result.deadline == date(2026, 8, 18)
    assert result.skipped == []
    assert result.explain() == [
        "Start: Monday 3 August 2026 (the day of the event, e.g. delivery).",
        "The day of the event is not counted: day 1 is Tuesday 4 August 2026.",
        "Day 15, the end of the period: Tuesday 18 August 2026.",
        "Tuesday 18 August 2026 is a working day.",
        "Deadline: Tuesday 18 August 2026.",
        f"Public holidays of the Czech Republic as the holidays package {holidays.__version__} "
        "knows them.",
    ]


def test_cz_independence_day_28_october():
    # Wed 28 Oct 2026 is Independent Czechoslovak State Day: the deadline is Thursday.
    result = deadline(date(2026, 10, 13), "15d", "CZ")
    assert result.end_of_period == date(2026, 10, 28)
    assert result.deadline == date(2026, 10, 29)
    assert result.skipped == skipped((date(2026, 10, 28), "Independent Czechoslovak State Day"))


def test_cz_christmas_and_a_weekend_in_a_chain():
    # 24 Thu, 25 Fri, 26 Sat (all holidays), 27 Sun: Monday 28 December 2026.
    result = deadline(date(2026, 12, 9), "15d", "CZ")
    assert result.end_of_period == date(2026, 12, 24)
    assert result.deadline == date(2026, 12, 28)
    assert result.skipped == skipped(
        (date(2026, 12, 24), "Christmas Eve"),
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 26), "Second Day of Christmas"),
        (date(2026, 12, 27), "Sunday"),
    )
    assert result.explain()[3:8] == [
        "Thursday 24 December 2026 is not a working day: Christmas Eve.",
        "Friday 25 December 2026 is not a working day: Christmas Day.",
        "Saturday 26 December 2026 is not a working day: Second Day of Christmas.",
        "Sunday 27 December 2026 is not a working day.",
        "The deadline moves to the next working day: Monday 28 December 2026.",
    ]


def test_cz_easter_good_friday_to_easter_monday():
    # Good Friday 3 Apr 2026, the weekend, Easter Monday 6 Apr: Tuesday 7 April.
    result = deadline(date(2026, 3, 19), "15d", "CZ")
    assert result.end_of_period == date(2026, 4, 3)
    assert result.deadline == date(2026, 4, 7)
    assert result.skipped == skipped(
        (date(2026, 4, 3), "Good Friday"),
        (date(2026, 4, 4), "Saturday"),
        (date(2026, 4, 5), "Sunday"),
        (date(2026, 4, 6), "Easter Monday"),
    )


def test_cz_17_november_is_a_holiday_unlike_in_slovakia_since_2025():
    result = deadline(date(2025, 11, 2), "15d", "CZ")
    assert result.end_of_period == date(2025, 11, 17)
    assert result.deadline == date(2025, 11, 18)
    assert result.skipped == skipped(
        (
            date(2025, 11, 17),
            "Struggle for Freedom and Democracy Day and International Students' Day",
        )
    )


def test_cz_the_rule_can_keep_the_deadline_on_a_holiday():
    result = deadline(date(2026, 12, 9), "15d", "CZ", STAY)
    assert result.deadline == result.end_of_period == date(2026, 12, 24)
    assert result.skipped == []
    assert result.end_day_off == "Christmas Eve"
    assert (
        "Thursday 24 December 2026 is not a working day: Christmas Eve. "
        "The rule keeps the deadline on it."
    ) in result.explain()


# --- Slovakia -----------------------------------------------------------------------------


def test_sk_1_september_2023_was_still_a_day_off():
    # Fri 1 Sep 2023 Constitution Day, then the weekend: Monday 4 September.
    result = deadline(date(2023, 8, 17), "15d", "SK")
    assert result.end_of_period == date(2023, 9, 1)
    assert result.deadline == date(2023, 9, 4)
    assert result.skipped == skipped(
        (date(2023, 9, 1), "Constitution Day"),
        (date(2023, 9, 2), "Saturday"),
        (date(2023, 9, 3), "Sunday"),
    )


def test_sk_1_september_2025_is_a_working_day_and_the_steps_say_so():
    result = deadline(date(2025, 8, 17), "15d", "SK")
    assert result.deadline == result.end_of_period == date(2025, 9, 1)
    assert result.skipped == []
    assert result.working_holidays == skipped((date(2025, 9, 1), "Constitution Day"))
    assert (
        "Monday 1 September 2025 is Constitution Day, a state holiday, but not a day off in "
        "Slovakia in 2025: it is a working day."
    ) in result.explain()


def test_sk_uprising_anniversary_and_weekend_land_on_a_working_holiday():
    # Fri 29 Aug 2025 (day off), Sat, Sun, then Mon 1 Sep: a state holiday that is worked.
    result = deadline(date(2025, 8, 14), "15d", "SK")
    assert result.end_of_period == date(2025, 8, 29)
    assert result.deadline == date(2025, 9, 1)
    assert result.skipped == skipped(
        (date(2025, 8, 29), "Slovak National Uprising Anniversary"),
        (date(2025, 8, 30), "Saturday"),
        (date(2025, 8, 31), "Sunday"),
    )
    steps = result.explain()
    moved = steps.index("The deadline moves to the next working day: Monday 1 September 2025.")
    assert steps[moved + 1].startswith("Monday 1 September 2025 is Constitution Day")


def test_sk_15_september_off_in_2025_worked_in_2026():
    result_2025 = deadline(date(2025, 8, 31), "15d", "SK")
    assert result_2025.end_of_period == date(2025, 9, 15)
    assert result_2025.deadline == date(2025, 9, 16)
    assert result_2025.skipped == skipped(
        (date(2025, 9, 15), "Day of Our Lady of the Seven Sorrows")
    )
    # Act 261/2025: in 2026 the day is a state holiday but not a day off.
    result_2026 = deadline(date(2026, 8, 31), "15d", "SK")
    assert result_2026.deadline == result_2026.end_of_period == date(2026, 9, 15)
    assert result_2026.skipped == []
    assert result_2026.working_holidays == skipped(
        (date(2026, 9, 15), "Day of Our Lady of the Seven Sorrows")
    )


def test_sk_17_november_2025_no_longer_moves_the_deadline():
    result = deadline(date(2025, 11, 2), "15d", "SK")
    assert result.deadline == date(2025, 11, 17)
    assert result.skipped == []
    assert result.working_holidays == skipped(
        (date(2025, 11, 17), "Struggle for Freedom and Democracy Day")
    )


# --- Poland -------------------------------------------------------------------------------


def test_pl_independence_day_11_november():
    result = deadline(date(2025, 10, 27), "15d", "PL")
    assert result.end_of_period == date(2025, 11, 11)
    assert result.deadline == date(2025, 11, 12)
    assert result.skipped == skipped((date(2025, 11, 11), "National Independence Day"))


def test_pl_epiphany_6_january_across_the_new_year():
    result = deadline(date(2025, 12, 22), "15d", "PL")
    assert result.end_of_period == date(2026, 1, 6)
    assert result.deadline == date(2026, 1, 7)
    assert result.skipped == skipped((date(2026, 1, 6), "Epiphany"))


def test_pl_corpus_christi_moves_with_easter():
    # Corpus Christi is Thursday 4 June in 2026 (19 June in 2025).
    result = deadline(date(2026, 5, 20), "15d", "PL")
    assert result.end_of_period == date(2026, 6, 4)
    assert result.deadline == date(2026, 6, 5)
    assert result.skipped == skipped((date(2026, 6, 4), "Corpus Christi"))
    in_weeks = deadline(date(2026, 5, 21), "2w", "PL")
    assert in_weeks.end_of_period == date(2026, 6, 4)
    assert in_weeks.deadline == date(2026, 6, 5)


def test_pl_christmas_eve_is_a_day_off_from_2025():
    before = deadline(date(2024, 12, 9), "15d", "PL")
    assert before.deadline == before.end_of_period == date(2024, 12, 24)
    assert before.skipped == []
    after = deadline(date(2025, 12, 9), "15d", "PL")
    assert after.end_of_period == date(2025, 12, 24)
    assert after.deadline == date(2025, 12, 29)
    assert after.skipped == skipped(
        (date(2025, 12, 24), "Christmas Eve"),
        (date(2025, 12, 25), "Christmas Day"),
        (date(2025, 12, 26), "Second Day of Christmas"),
        (date(2025, 12, 27), "Saturday"),
        (date(2025, 12, 28), "Sunday"),
    )


# --- Croatia ------------------------------------------------------------------------------


def test_hr_statehood_day_30_may_since_2020():
    result = deadline(date(2025, 5, 15), "15d", "HR")
    assert result.end_of_period == date(2025, 5, 30)
    assert result.deadline == date(2025, 6, 2)
    assert result.skipped == skipped(
        (date(2025, 5, 30), "Statehood Day"),
        (date(2025, 5, 31), "Saturday"),
        (date(2025, 6, 1), "Sunday"),
    )
    # In 2019 Statehood Day was still 25 June: Thursday 30 May was a working day.
    before = deadline(date(2019, 5, 15), "15d", "HR")
    assert before.deadline == before.end_of_period == date(2019, 5, 30)
    assert before.skipped == []


def test_hr_anti_fascist_struggle_day_22_june():
    result = deadline(date(2026, 6, 7), "15d", "HR")
    assert result.end_of_period == date(2026, 6, 22)
    assert result.deadline == date(2026, 6, 23)
    assert result.skipped == skipped((date(2026, 6, 22), "Anti-Fascist Struggle Day"))


def test_hr_remembrance_day_18_november_since_2020():
    result = deadline(date(2026, 11, 3), "15d", "HR")
    assert result.end_of_period == date(2026, 11, 18)
    assert result.deadline == date(2026, 11, 19)
    assert result.skipped == skipped((date(2026, 11, 18), "Remembrance Day"))
    before = deadline(date(2019, 11, 3), "15d", "HR")
    assert before.deadline == before.end_of_period == date(2019, 11, 18)
    assert before.skipped == []


# --- Ukraine ------------------------------------------------------------------------------


def test_ua_independence_day_2021_before_martial_law():
    result = deadline(date(2021, 8, 9), "15d", "UA")
    assert result.end_of_period == date(2021, 8, 24)
    assert result.deadline == date(2021, 8, 25)
    assert result.skipped == skipped((date(2021, 8, 24), "Independence Day"))
    # Mon 23 Aug 2021 was a day off too, worked on Sat 28 Aug (a Cabinet transfer).
    bridged = deadline(date(2021, 8, 8), "15d", "UA")
    assert bridged.deadline == date(2021, 8, 25)
    assert bridged.skipped == skipped(
        (date(2021, 8, 23), "Day off (substituted from 08/28/2021)"),
        (date(2021, 8, 24), "Independence Day"),
    )
    assert not any("martial law" in step for step in result.explain())


def test_ua_8_march_2022_was_still_off_before_law_2136_ix():
    # Martial law from 24 Feb 2022, but holidays stopped being days off on 24 March.
    result = deadline(date(2022, 2, 20), "15d", "UA")
    assert result.end_of_period == date(2022, 3, 7)
    assert result.deadline == date(2022, 3, 9)
    assert result.skipped == skipped(
        (date(2022, 3, 7), "Day off (substituted from 03/12/2022)"),
        (date(2022, 3, 8), "International Women's Day"),
    )


def test_ua_independence_day_under_martial_law_is_a_working_day():
    result = deadline(date(2026, 8, 9), "15d", "UA")
    assert result.deadline == result.end_of_period == date(2026, 8, 24)
    assert result.skipped == []
    assert result.working_holidays == skipped((date(2026, 8, 24), "Independence Day"))
    steps = result.explain()
    assert (
        "Monday 24 August 2026 is Independence Day, a public holiday, but under martial law it "
        "is a working day (Law No. 2136-IX)."
    ) in steps
    assert any(step.startswith("Ukraine has been under martial law") for step in steps)
    # The user may count holidays as days off (e.g. once martial law has ended).
    off = deadline(date(2026, 8, 9), "15d", "UA", UA_HOLIDAYS_OFF)
    assert off.deadline == date(2026, 8, 25)
    assert off.skipped == skipped((date(2026, 8, 24), "Independence Day"))
    assert any("counted as days off, as the rule asks" in step for step in off.explain())


def test_ua_holiday_on_a_sunday_under_martial_law_and_without():
    # Sun 24 Aug 2025: only the Sunday counts, and there is no day off on Monday.
    result = deadline(date(2025, 8, 9), "15d", "UA")
    assert result.deadline == date(2025, 8, 25)
    assert result.skipped == skipped((date(2025, 8, 24), "Sunday"))
    # Counted as before the war, the day off moves to Monday (Labour Code Art. 67).
    off = deadline(date(2025, 8, 9), "15d", "UA", UA_HOLIDAYS_OFF)
    assert off.deadline == date(2025, 8, 26)
    assert off.skipped == skipped(
        (date(2025, 8, 24), "Independence Day"),
        (date(2025, 8, 25), "Independence Day (observed)"),
    )


def test_ua_christmas_2023_under_martial_law():
    result = deadline(date(2023, 12, 10), "15d", "UA")
    assert result.deadline == date(2023, 12, 25)
    assert result.working_holidays == skipped((date(2023, 12, 25), "Christmas Day"))


# --- months, years, weeks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "add", "end", "final"),
    [
        # 31 Jan + 1 month: February has no 31st, so its last day (a Saturday in 2026).
        (date(2026, 1, 31), "1m", date(2026, 2, 28), date(2026, 3, 2)),
        (date(2024, 1, 31), "1m", date(2024, 2, 29), date(2024, 2, 29)),
        (date(2024, 2, 29), "1y", date(2025, 2, 28), date(2025, 2, 28)),
        # The same number, not "the last day of the month": 28 March, not 31 March.
        (date(2026, 2, 28), "1m", date(2026, 3, 28), date(2026, 3, 30)),
        (date(2026, 8, 31), "3m", date(2026, 11, 30), date(2026, 11, 30)),
        (date(2025, 11, 17), "1y", date(2026, 11, 17), date(2026, 11, 18)),
        (date(2026, 8, 3), "2w", date(2026, 8, 17), date(2026, 8, 17)),
        # Mon 28 Sep 2026 is Statehood Day.
        (date(2026, 9, 14), "2w", date(2026, 9, 28), date(2026, 9, 29)),
    ],
)
def test_months_years_and_weeks_in_cz(start, add, end, final):
    result = deadline(start, add, "CZ")
    assert (result.end_of_period, result.deadline) == (end, final)


def test_the_month_end_is_explained():
    steps = deadline(date(2026, 1, 31), "1m", "CZ").explain()
    assert (
        "1 month later: February 2026 has no day 31, so the period ends on the last day of "
        "the month, Saturday 28 February 2026."
    ) in steps
    weeks = deadline(date(2026, 8, 3), "2w", "CZ").explain()
    assert "2 weeks later, on the same weekday, the period ends: Monday 17 August 2026." in weeks
    months = deadline(date(2026, 8, 31), "3m", "CZ").explain()
    assert any(step.startswith("3 months later: November 2026 has no day 31") for step in months)
    years = deadline(date(2025, 11, 17), "1y", "CZ").explain()
    assert (
        "1 year later, on the same day and month, the period ends: Tuesday 17 November 2026."
        in years
    )
    leap = deadline(date(2024, 2, 29), "1y", "CZ").explain()
    assert (
        "1 year later: February 2025 has no day 29, so the period ends on the last day of the "
        "month, Friday 28 February 2025."
    ) in leap


# --- working days -------------------------------------------------------------------------


def test_working_days_skip_christmas_while_counting():
    # Tue 22 (1), Wed 23 (2), 24-27 not counted, Mon 28 (3), Tue 29 (4), Wed 30 (5).
    result = deadline(date(2026, 12, 21), "5d", "CZ", WORKING_DAYS)
    assert result.deadline == result.end_of_period == date(2026, 12, 30)
    assert result.skipped == skipped(
        (date(2026, 12, 24), "Christmas Eve"),
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 26), "Second Day of Christmas"),
        (date(2026, 12, 27), "Sunday"),
    )
    steps = result.explain()
    assert "Not counted: Thursday 24 December 2026, Christmas Eve." in steps
    assert "Not counted: Sunday 27 December 2026." in steps
    assert "Working day 5, the end of the period: Wednesday 30 December 2026." in steps


def test_working_days_over_two_weekends():
    result = deadline(date(2026, 8, 3), "10d", "CZ", WORKING_DAYS)
    assert result.deadline == date(2026, 8, 17)
    assert [s.date for s in result.skipped] == [
        date(2026, 8, 8),
        date(2026, 8, 9),
        date(2026, 8, 15),
        date(2026, 8, 16),
    ]


def test_working_days_count_a_slovak_working_holiday():
    result = deadline(date(2025, 8, 1), "20d", "SK", WORKING_DAYS)
    assert result.deadline == date(2025, 9, 1)
    assert date(2025, 8, 29) in [s.date for s in result.skipped]
    assert result.working_holidays == skipped((date(2025, 9, 1), "Constitution Day"))


def test_working_days_are_for_periods_in_days_only():
    with pytest.raises(InvalidDeadline, match="in days only"):
        deadline(date(2026, 8, 3), "2w", "CZ", WORKING_DAYS)


# --- parsing, errors, JSON ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("15d", Period(15, "d")),
        ("2w", Period(2, "w")),
        ("3m", Period(3, "m")),
        ("1y", Period(1, "y")),
        (" 15 D ", Period(15, "d")),
        ("8 days", Period(8, "d")),
        ("1 month", Period(1, "m")),
    ],
)
def test_parse_period(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize(
    "text", ["", "15", "d", "-3d", "1.5m", "15x", "15 fortnights", "3m2d", "²d"]
)
def test_bad_periods_are_known_errors_with_an_example(text):
    with pytest.raises(InvalidPeriod) as caught:
        parse_period(text)
    assert isinstance(caught.value, KnownError)
    assert "e.g. 15d, 2w, 3m or 1y" in str(caught.value)


@pytest.mark.parametrize(("text", "words"), [("0d", "at least 1"), ("99999d", "too long")])
def test_zero_and_huge_periods_are_refused(text, words):
    with pytest.raises(InvalidPeriod, match=words):
        parse_period(text)


def test_unknown_country_and_dates_without_holiday_data():
    with pytest.raises(InvalidDeadline, match="Choose CZ, SK, PL, HR or UA"):
        deadline(date(2026, 8, 3), "15d", "DE")
    assert deadline(date(2026, 8, 3), "15d", " cz ").country == "CZ"
    with pytest.raises(InvalidDeadline, match="known from 1993"):
        deadline(date(1990, 1, 1), "15d", "SK")


def test_to_json_for_the_cli():
    result = deadline(date(2026, 12, 9), "15d", "CZ")
    data = result.to_json()
    assert data == {
        "from": "2026-12-09",
        "add": "15d",
        "country": "CZ",
        "rule": {"move_to_working_day": True, "working_days": False, "ua_martial_law": True},
        "end_of_period": "2026-12-24",
        "deadline": "2026-12-28",
        "skipped": [
            {"date": "2026-12-24", "reason": "Christmas Eve"},
            {"date": "2026-12-25", "reason": "Christmas Day"},
            {"date": "2026-12-26", "reason": "Second Day of Christmas"},
            {"date": "2026-12-27", "reason": "Sunday"},
        ],
        "steps": result.explain(),
    }


# --- properties ---------------------------------------------------------------------------

COUNTRIES = ("CZ", "SK", "PL", "HR", "UA")
# The package on its own, without the calculator's tables, as the oracle.
ORACLE = {c: holidays.country_holidays(c, language="en_US") for c in COUNTRIES}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_off(country: str, day: date) -> str | None:
    name = ORACLE[country].get(day)
    if name:
        return name
    return WEEKDAYS[day.weekday()] if day.weekday() >= 5 else None


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days)]


periods = st.one_of(
    st.builds(Period, st.integers(1, 400), st.just("d")),
    st.builds(Period, st.integers(1, 60), st.just("w")),
    st.builds(Period, st.integers(1, 40), st.just("m")),
    st.builds(Period, st.integers(1, 5), st.just("y")),
)
starts = st.dates(date(1995, 1, 1), date(2090, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=starts, period=periods, country=st.sampled_from(COUNTRIES), move=st.booleans())
def test_calendar_days_property(start, period, country, move):
    result = compute_deadline(start, period, country, rule=DeadlineRule(move_to_working_day=move))
    months = {"m": period.amount, "y": 12 * period.amount}.get(period.unit, 0)
    days = {"d": period.amount, "w": 7 * period.amount}.get(period.unit, 0)
    assert result.end_of_period == start + relativedelta(months=months, days=days)
    assert result.deadline >= result.end_of_period
    if not move:
        assert result.deadline == result.end_of_period and result.skipped == []
        return
    assert day_off(country, result.deadline) is None
    between = days_between(result.end_of_period, result.deadline)
    assert result.skipped == [SkippedDay(d, day_off(country, d)) for d in between]
    assert all(s.reason is not None for s in result.skipped)


@settings(max_examples=200, deadline=None)
@given(
    start=starts,
    amount=st.integers(1, 120),
    country=st.sampled_from(COUNTRIES),
)
def test_working_days_property(start, amount, country):
    result = compute_deadline(start, Period(amount, "d"), country, rule=WORKING_DAYS)
    assert result.deadline == result.end_of_period > start
    assert day_off(country, result.deadline) is None
    passed = days_between(start + timedelta(days=1), result.deadline + timedelta(days=1))
    assert sum(day_off(country, d) is None for d in passed) == amount
    assert result.skipped == [
        SkippedDay(d, day_off(country, d)) for d in passed if day_off(country, d) is not None
    ]


@settings(max_examples=100, deadline=None)
@given(start=st.dates(date(2022, 4, 1), date(2090, 12, 31)), period=periods)
def test_ua_holidays_counted_as_days_off_never_end_on_one(start, period):
    result = compute_deadline(start, period, "UA", rule=UA_HOLIDAYS_OFF)
    suspended = holidays.country_holidays("UA", language="en_US", categories=("workday",))
    assert result.deadline >= result.end_of_period
    assert result.deadline.weekday() < 5
    assert result.deadline not in suspended
    assert all(
        d in {s.date for s in result.skipped}
        for d in days_between(result.end_of_period, result.deadline)
    )
