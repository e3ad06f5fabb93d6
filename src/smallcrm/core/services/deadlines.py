"""Procedural deadlines: N days, weeks, months or years from an event, off non-working days."""

# The rule is the same in the five countries' procedure codes:
#   CZ  § 57 of the Civil Procedure Code (Act No. 99/1963 Coll.)
#   SK  § 121 of the Civil Dispute Code (Act No. 160/2015 Coll.)
#   PL  Art. 111-115 of the Civil Code, applied by Art. 165 § 1 of the Civil Procedure Code
#   HR  Art. 112 of the Civil Procedure Act (Zakon o parničnom postupku)
#   UA  Art. 123-124 of the Civil Procedure Code
# The day of the event is not counted; a period in weeks, months or years ends on the day
# with the same weekday or number (the month's last day when it has no such number); a last
# day on a Saturday, Sunday or public holiday moves to the next working day.

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Literal

import holidays

from smallcrm.core.errors import KnownError

Unit = Literal["d", "w", "m", "y"]

COUNTRIES: dict[str, str] = {
    "CZ": "the Czech Republic",
    "SK": "Slovakia",
    "PL": "Poland",
    "HR": "Croatia",
    "UA": "Ukraine",
}

# Martial law began on 24 February 2022; Law No. 2136-IX, which stops public holidays being
# days off while it lasts (Art. 73 of the Labour Code is suspended), came into force on
# 24 March 2022. The holidays package follows this: 8 March 2022 is still a day off.
UA_HOLIDAYS_WORKING_SINCE = date(2022, 3, 24)

# Generous bounds: a long limitation period fits, a typing slip (15000d) does not.
MAX_AMOUNT: dict[str, int] = {"d": 9999, "w": 999, "m": 600, "y": 50}

_UNIT_WORDS: dict[str, Unit] = {
    "d": "d",
    "day": "d",
    "days": "d",
    "w": "w",
    "week": "w",
    "weeks": "w",
    "m": "m",
    "month": "m",
    "months": "m",
    "y": "y",
    "year": "y",
    "years": "y",
}
_PERIOD = re.compile(r"^\s*(\d+)\s*([a-z]+)\s*$", re.IGNORECASE)
_NAMES = {
    "d": ("day", "days"),
    "w": ("week", "weeks"),
    "m": ("month", "months"),
    "y": ("year", "years"),
}

# English on purpose, whatever the process locale: %A and %B follow setlocale().
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class InvalidDeadline(KnownError):
    """A deadline that cannot be computed: an unknown country, a date out of range."""


class InvalidPeriod(InvalidDeadline):
    """What was typed as a period is none: "15d", "2w", "3m" or "1y" are."""


@dataclass(frozen=True, slots=True)
class Period:
    """``amount`` days ("d"), weeks ("w"), months ("m") or years ("y")."""

    amount: int
    unit: Unit

    def __post_init__(self) -> None:
        if self.unit not in MAX_AMOUNT:
            raise InvalidPeriod(f"“{self.unit}” is not a unit of time.", hint="Use d, w, m or y.")
        if self.amount < 1:
            raise InvalidPeriod("A period is at least 1 day, week, month or year.")
        if self.amount > MAX_AMOUNT[self.unit]:
            raise InvalidPeriod(
                f"{self.amount} {_NAMES[self.unit][1]} is too long for a deadline.",
                hint=f"At most {MAX_AMOUNT[self.unit]} {_NAMES[self.unit][1]}.",
            )

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"

    def describe(self) -> str:
        """ "15 days", "1 month"."""
        singular, plural = _NAMES[self.unit]
        return f"{self.amount} {singular if self.amount == 1 else plural}"


def parse_period(text: str) -> Period:
    """ "15d", "2w", "3m", "1y" (or "15 days", "2 weeks") as a Period."""
    match = _PERIOD.match(text or "")
    unit = _UNIT_WORDS.get(match.group(2).lower()) if match else None
    if match is None or unit is None:
        raise InvalidPeriod(
            f"“{(text or '').strip()}” is not a period.",
            hint="Write a whole number and a unit, e.g. 15d, 2w, 3m or 1y.",
        )
    return Period(int(match.group(1)), unit)


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """How the user wants the period counted.

    The day of the event is never counted (the rule of all five procedure codes).
    ``move_to_working_day``: a last day on a weekend or public holiday moves to the next
    working day. ``working_days``: a period in days counts working days only.
    ``ua_martial_law``: Ukrainian public holidays are working days from 24 March 2022 (Law
    No. 2136-IX, while martial law lasts); turn it off once martial law has ended.
    """

    move_to_working_day: bool = True
    working_days: bool = False
    ua_martial_law: bool = True

    def to_json(self) -> dict[str, bool]:
        return {
            "move_to_working_day": self.move_to_working_day,
            "working_days": self.working_days,
            "ua_martial_law": self.ua_martial_law,
        }


DEFAULT_RULE = DeadlineRule()


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A day that is not a working day; ``reason`` is "Saturday", "Sunday" or a holiday."""

    date: date
    reason: str


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    """A computed deadline and what it took to get there.

    ``end_of_period`` is where the counting ends; ``deadline`` the last day to act. ``skipped``
    are the non-working days passed over: between the two (calendar days) or while counting
    (working days). ``working_holidays`` are holidays on those days that are working days all
    the same (Slovakia's state holidays that are not days off, Ukraine under martial law).
    ``end_day_off`` says why the end of the period is not a working day, moved or not.
    """

    start: date
    period: Period
    country: str
    rule: DeadlineRule
    end_of_period: date
    deadline: date
    skipped: list[SkippedDay] = field(default_factory=list)
    working_holidays: list[SkippedDay] = field(default_factory=list)
    end_day_off: str | None = None

    def explain(self) -> list[str]:
        """The calculation step by step, in English, for a lawyer to check."""
        after = long_date(self.start + timedelta(days=1))
        steps = [
            f"Start: {long_date(self.start)} (the day of the event, e.g. delivery).",
            f"The day of the event is not counted: counting starts on {after}."
            if self.rule.working_days
            else f"The day of the event is not counted: day 1 is {after}.",
        ]
        notes = {w.date: w.reason for w in self.working_holidays}
        if self.rule.working_days:
            steps += self._explain_working_days(notes)
        else:
            steps += self._explain_calendar(notes)
        steps.append(f"Deadline: {long_date(self.deadline)}.")
        steps += self._sources()
        return steps

    def _explain_calendar(self, notes: dict[date, str]) -> list[str]:
        end, period = self.end_of_period, self.period
        if period.unit == "d":
            steps = [f"Day {period.amount}, the end of the period: {long_date(end)}."]
        elif period.unit == "w":
            steps = [
                f"{period.describe()} later, on the same weekday, the period ends: "
                f"{long_date(end)}."
            ]
        elif end.day == self.start.day and period.unit == "y":
            steps = [
                f"{period.describe()} later, on the same day and month, the period ends: "
                f"{long_date(end)}."
            ]
        elif end.day == self.start.day:
            steps = [
                f"{period.describe()} later, on the day with the same number, the period "
                f"ends: {long_date(end)}."
            ]
        else:
            # 31 January + 1 month: February has no 31st, so the last day of February.
            month = f"{_MONTHS[end.month - 1]} {end.year}"
            steps = [
                f"{period.describe()} later: {month} has no day {self.start.day}, so the "
                f"period ends on the last day of the month, {long_date(end)}."
            ]
        if self.end_day_off is not None and not self.rule.move_to_working_day:
            steps.append(
                f"{_not_working(end, self.end_day_off)} The rule keeps the deadline on it."
            )
            return steps
        day = end
        for skipped in self.skipped:
            steps.append(_not_working(skipped.date, skipped.reason))
            day = skipped.date + timedelta(days=1)
        if self.skipped:
            steps.append(f"The deadline moves to the next working day: {long_date(day)}.")
        if day in notes:
            steps.append(self._working_holiday(day, notes[day]))
        elif not self.skipped:
            steps.append(f"{long_date(end)} is a working day.")
        return steps

    def _explain_working_days(self, notes: dict[date, str]) -> list[str]:
        count = self.period.amount
        steps = [
            f"Counting {count} working day{'' if count == 1 else 's'}: Saturdays, Sundays and "
            "public holidays are not counted."
        ]
        skipped = {s.date: s.reason for s in self.skipped}
        day = self.start
        while day < self.end_of_period:
            day += timedelta(days=1)
            if day in skipped:
                reason = skipped[day]
                named = "" if reason == _WEEKDAYS[day.weekday()] else f", {reason}"
                steps.append(f"Not counted: {long_date(day)}{named}.")
            elif day in notes:
                steps.append(self._working_holiday(day, notes[day]) + " It is counted.")
        steps.append(f"Working day {count}, the end of the period: {long_date(day)}.")
        return steps

    def _working_holiday(self, day: date, name: str) -> str:
        if self.country == "UA":
            return (
                f"{long_date(day)} is {name}, a public holiday, but under martial law it is a "
                "working day (Law No. 2136-IX)."
            )
        return (
            f"{long_date(day)} is {name}, a state holiday, but not a day off in "
            f"{COUNTRIES[self.country]} in {day.year}: it is a working day."
        )

    def _sources(self) -> list[str]:
        steps = [
            f"Public holidays of {COUNTRIES[self.country]} as the holidays package "
            f"{holidays.__version__} knows them."
        ]
        if self.country == "UA" and self.deadline >= UA_HOLIDAYS_WORKING_SINCE:
            if self.rule.ua_martial_law:
                steps.append(
                    "Ukraine has been under martial law since 24 February 2022. While it lasts, "
                    "public holidays are working days (Law No. 2136-IX, in force since "
                    "24 March 2022), so from then on only Saturdays and Sundays move a "
                    "deadline. If martial law has ended, count Ukrainian holidays as days off."
                )
            else:
                steps.append(
                    "Ukrainian public holidays are counted as days off, as the rule asks, "
                    "although under martial law (Law No. 2136-IX) they are working days."
                )
        return steps

    def to_json(self) -> dict[str, Any]:
        """What ``smallcrm deadline --json`` prints."""
        return {
            "from": self.start.isoformat(),
            "add": str(self.period),
            "country": self.country,
            "rule": self.rule.to_json(),
            "end_of_period": self.end_of_period.isoformat(),
            "deadline": self.deadline.isoformat(),
            "skipped": [{"date": s.date.isoformat(), "reason": s.reason} for s in self.skipped],
            "steps": self.explain(),
        }


def long_date(day: date) -> str:
    """ "Monday 3 August 2026"."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _not_working(day: date, reason: str) -> str:
    if reason == _WEEKDAYS[day.weekday()]:
        return f"{long_date(day)} is not a working day."
    return f"{long_date(day)} is not a working day: {reason}."


def add_period(start: date, period: Period) -> date:
    """The day the period ends, counted from the day after ``start``.

    Weeks end on the same weekday, months and years on the same day number; a month without
    that number ends the period on its last day (31 January + 1 month = 28/29 February).
    """
    if period.unit == "d":
        return start + timedelta(days=period.amount)
    if period.unit == "w":
        return start + timedelta(weeks=period.amount)
    months = period.amount * (12 if period.unit == "y" else 1)
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def country_code(country: str) -> str:
    code = (country or "").strip().upper()
    if code not in COUNTRIES:
        raise InvalidDeadline(
            f"No deadline rules for “{country}”.", hint="Choose CZ, SK, PL, HR or UA."
        )
    return code


@lru_cache(maxsize=8)
def _year_range(country: str) -> tuple[int, int]:
    kind = type(holidays.country_holidays(country))
    return int(kind.start_year), int(kind.end_year)


@lru_cache(maxsize=512)
def _days_off(country: str, year: int, ua_martial_law: bool) -> MappingProxyType[date, str]:
    """Public holidays that are days off, by date, with English names."""
    table = dict(holidays.country_holidays(country, years=year, language="en_US"))
    if country == "UA" and not ua_martial_law:
        # The package files martial-law holidays under "workday" and gives them no observed
        # day; before the war a holiday on a weekend moved the day off to the next working
        # day (Art. 67 of the Labour Code), so add that back.
        suspended = holidays.country_holidays(
            country, years=year, language="en_US", categories=(holidays.WORKDAY,)
        )
        table.update(suspended)
        for day, name in sorted(suspended.items()):
            if day.weekday() >= 5:
                observed = day + timedelta(days=1)
                while observed.weekday() >= 5 or observed in table:
                    observed += timedelta(days=1)
                table[observed] = f"{name} (observed)"
    return MappingProxyType(table)


@lru_cache(maxsize=512)
def _working_holidays(country: str, year: int, ua_martial_law: bool) -> MappingProxyType[date, str]:
    """Holidays that are working days: Slovakia's state holidays that are not days off, and
    Ukraine's under martial law. Only explained, never skipped."""
    if country not in ("SK", "UA") or (country == "UA" and not ua_martial_law):
        return MappingProxyType({})
    return MappingProxyType(
        dict(
            holidays.country_holidays(
                country, years=year, language="en_US", categories=(holidays.WORKDAY,)
            )
        )
    )


class _Calendar:
    def __init__(self, country: str, rule: DeadlineRule) -> None:
        self.country = country
        self.martial = rule.ua_martial_law
        self.first_year, self.last_year = _year_range(country)

    def check(self, day: date) -> None:
        if not self.first_year <= day.year <= self.last_year:
            raise InvalidDeadline(
                f"Public holidays of {COUNTRIES[self.country]} are known from "
                f"{self.first_year} to {self.last_year}; {long_date(day)} is outside.",
                hint="Choose a date in that range.",
            )

    def day_off(self, day: date) -> str | None:
        """Why ``day`` is not a working day (a holiday's name before its weekday), or None."""
        holiday = _days_off(self.country, day.year, self.martial).get(day)
        if holiday:
            return holiday
        if day.weekday() >= 5:
            return _WEEKDAYS[day.weekday()]
        return None

    def working_holiday(self, day: date) -> str | None:
        return _working_holidays(self.country, day.year, self.martial).get(day)


def compute_deadline(
    start: date, period: Period, country: str, *, rule: DeadlineRule = DEFAULT_RULE
) -> DeadlineResult:
    """The last day of ``period`` after the event on ``start`` under ``country``'s holidays."""
    code = country_code(country)
    days = _Calendar(code, rule)
    days.check(start)
    one = timedelta(days=1)
    skipped: list[SkippedDay] = []
    working_holidays: list[SkippedDay] = []
    end_day_off = None

    def note(day: date) -> None:
        name = days.working_holiday(day)
        if name:
            working_holidays.append(SkippedDay(day, name))

    if rule.working_days:
        if period.unit != "d":
            raise InvalidDeadline(
                "Working days count periods in days only.",
                hint="Choose days, or count calendar days.",
            )
        day, counted = start, 0
        while counted < period.amount:
            day += one
            days.check(day)
            reason = days.day_off(day)
            if reason is None:
                counted += 1
                note(day)
            else:
                skipped.append(SkippedDay(day, reason))
        end = deadline = day
    else:
        end = add_period(start, period)
        days.check(end)
        deadline = end
        end_day_off = days.day_off(end)
        if rule.move_to_working_day:
            reason = end_day_off
            while reason is not None:
                skipped.append(SkippedDay(deadline, reason))
                deadline += one
                days.check(deadline)
                reason = days.day_off(deadline)
        note(deadline)
    return DeadlineResult(
        start=start,
        period=period,
        country=code,
        rule=rule,
        end_of_period=end,
        deadline=deadline,
        skipped=skipped,
        working_holidays=working_holidays,
        end_day_off=end_day_off,
    )
