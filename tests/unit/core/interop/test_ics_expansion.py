"""Real .ics files expanded by core.recurrence: stated occurrences, and recurring-ical-events
as an independent oracle for every corpus file it can read."""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from smallcrm.core.interop.ics import EventRecord, IcsFile, parse_ics
from smallcrm.core.recurrence import Series, localize, occurrence_key, starts_between

DATA = Path(__file__).resolve().parents[3] / "data" / "ics"
CORPUS = sorted(p.name for p in DATA.glob("*.ics"))
USER = "Europe/Prague"  # the default zone; floating times are shown in it
MARGIN = timedelta(days=3)

Start = datetime | date


def parse(name: str) -> IcsFile:
    return parse_ics((DATA / name).read_bytes(), default_zone=USER, name=name)


def _key_instant(key: str, tz: str | None) -> datetime:
    wall = datetime.strptime(key[:15], "%Y%m%dT%H%M%S")
    return wall.replace(tzinfo=UTC) if key.endswith("Z") else localize(wall, tz, USER)


def occurrences(result: IcsFile, lo: datetime, hi: datetime) -> list[tuple[Start, EventRecord]]:
    """Occurrence starts near [lo, hi) (wall clock of each series): aware for zoned times,
    naive for floating ones, dates for all-day. An override replaces the master's
    occurrence with its key; a THISANDFUTURE one also moves every later occurrence by its
    own shift, as RFC 5545 says."""
    by_uid: dict[str, list[EventRecord]] = {}
    for event in result.events:
        by_uid.setdefault(event.uid, []).append(event)
    out: list[tuple[Start, EventRecord]] = []

    def add(value: Start, tz: str | None, event: EventRecord) -> None:
        if isinstance(value, datetime) and value.tzinfo is None and tz:
            value = localize(value, tz)
        out.append((value, event))

    for events in by_uid.values():
        overrides = {e.recurrence_id: e for e in events if e.recurrence_id}
        for master in [e for e in events if not e.recurrence_id][:1]:
            series = Series(
                master.start,
                master.end,
                master.tz,
                master.rrule,
                tuple(master.rdates),
                tuple(master.exdates),
            )
            a, b = lo - MARGIN, hi + MARGIN
            window = (a.date(), b.date()) if master.all_day else (a, b)
            futures = sorted(
                (_key_instant(k, master.tz), o)
                for k, o in overrides.items()
                if o.thisandfuture and len(k) > 8
            )
            for start in starts_between(series, *window):
                if occurrence_key(start, master.tz) in overrides:
                    continue
                if isinstance(start, datetime) and futures:
                    instant = localize(start, master.tz, USER)
                    moved = [(k, o) for k, o in futures if k < instant]
                    if moved:
                        k, o = moved[-1]
                        add(instant + (localize(o.start, o.tz, USER) - k), None, master)
                        continue
                add(start, master.tz, master)
        for override in overrides.values():
            add(override.start, override.tz, override)
    return out


def expand(name: str, lo: str, hi: str, show: str) -> list[str]:
    """Starts in [lo, hi) of ``show``'s wall clock, as "YYYY-MM-DD HH:MM" in ``show`` (dates
    for all-day events); cancelled occurrences are left out."""
    zi = ZoneInfo(show)
    lo_w, hi_w = datetime.fromisoformat(lo), datetime.fromisoformat(hi)
    shown = []
    for start, event in occurrences(parse(name), lo_w, hi_w):
        if event.status == "cancelled":
            continue
        if not isinstance(start, datetime):
            if lo_w.date() <= start < hi_w.date():
                shown.append(start.isoformat())
            continue
        aware = start if start.tzinfo else localize(start, None, USER)
        if lo_w.replace(tzinfo=zi) <= aware < hi_w.replace(tzinfo=zi):
            shown.append(aware.astimezone(zi).strftime("%Y-%m-%d %H:%M"))
    return sorted(shown)


# Each case: file, window and zone it is shown in, and the occurrences read off the file by
# hand (and checked against recurring-ical-events where it can read the file).
CASES = [
    pytest.param(
        # Outlook 2003's "Canberra, Melbourne, Sydney" with its own VTIMEZONE; weekdays at
        # 09:30 on both sides of the end of Australian summer time (5 April 2009).
        "ical4j_outlook11_sydney_daily_standup.ics",
        ("2009-03-30", "2009-04-10", "Australia/Sydney"),
        [f"2009-{d} 09:30" for d in ("03-30", "03-31", "04-01", "04-02", "04-03")]
        + [f"2009-04-{d:02d} 09:30" for d in (6, 7, 8, 9)],
        id="windows-display-name-southern-dst",
    ),
    pytest.param(
        # The same meeting in UTC: 22:30 under AEDT (+11), 23:30 under AEST (+10).
        "ical4j_outlook11_sydney_daily_standup.ics",
        ("2009-04-02", "2009-04-08", "UTC"),
        ["2009-04-02 22:30", "2009-04-05 23:30", "2009-04-06 23:30", "2009-04-07 23:30"],
        id="southern-dst-in-utc",
    ),
    pytest.param(
        # Google, Australia/Sydney: Tuesday 15 Aug moved to Monday 14th; all-day Thursday 17
        # moved to Wednesday 16th; UNTIL 20230828T135959Z ends the timed series on the 22nd.
        "rie_google_moved_occurrences_sydney.ics",
        ("2023-08-01", "2023-09-10", "Australia/Sydney"),
        [
            "2023-08-08 14:00",
            "2023-08-10",
            "2023-08-14 14:00",
            "2023-08-16",
            "2023-08-22 14:00",
            "2023-08-24",
        ],
        id="overrides-sydney",
    ),
    pytest.param(
        # Thunderbird, Europe/Paris, Mondays 20:30 through both 2017/18 DST changes; nine
        # EXDATEs in UTC (18:30Z in summer, 19:30Z in winter) and two cancelled overrides
        # (26 March, 30 April).
        "vobject_thunderbird_exdate_europe_paris.ics",
        ("2017-10-01", "2018-07-01", "Europe/Paris"),
        [
            f"{d} 20:30"
            for d in (
                "2017-10-09",
                "2017-10-16",
                "2017-11-06",
                "2017-11-13",
                "2017-11-20",
                "2017-11-27",
                "2017-12-04",
                "2017-12-11",
                "2017-12-18",
                "2018-01-08",
                "2018-01-15",
                "2018-01-22",
                "2018-01-29",
                "2018-02-05",
                "2018-02-26",
                "2018-03-05",
                "2018-03-12",
                "2018-03-19",
                "2018-04-23",
                "2018-05-07",
                "2018-05-14",
                "2018-05-21",
                "2018-05-28",
                "2018-06-04",
                "2018-06-11",
                "2018-06-18",
            )
        ],
        id="utc-exdates-cancelled-both-eu-dst-changes",
    ),
    pytest.param(
        # Every other day at 12:00Z, an RDATE on the 14th at 09:00Z; from the 13th on moved
        # 3 h earlier (THISANDFUTURE), the 15th moved to 17:00, from the 21st on moved by
        # +1 day 2:22 (THISANDFUTURE again).
        "rie_recurrence_id_range_thisandfuture.ics",
        ("2024-09-01", "2024-10-01", "UTC"),
        [
            "2024-09-01 12:00",
            "2024-09-03 12:00",
            "2024-09-05 12:00",
            "2024-09-07 12:00",
            "2024-09-09 12:00",
            "2024-09-11 12:00",
            "2024-09-13 09:00",
            "2024-09-14 06:00",
            "2024-09-15 17:00",
            "2024-09-17 09:00",
            "2024-09-19 09:00",
            "2024-09-22 14:22",
            "2024-09-24 14:22",
            "2024-09-26 14:22",
            "2024-09-28 14:22",
            "2024-09-30 14:22",
        ],
        id="thisandfuture",
    ),
    pytest.param(
        # SabreDAV, Europe/Berlin, Mondays 00:30, COUNT=8, EXDATEs 23:30Z on the 10th and
        # 24th (= 00:30 on the 11th and 25th); still 00:30 after the 31 March change.
        "rie_sabredav_weekly_two_exdates.ics",
        ("2019-03-01", "2019-05-01", "Europe/Berlin"),
        [
            "2019-03-04 00:30",
            "2019-03-18 00:30",
            "2019-04-01 00:30",
            "2019-04-08 00:30",
            "2019-04-15 00:30",
            "2019-04-22 00:30",
        ],
        id="utc-exdates-spring-dst",
    ),
    pytest.param(
        # Exchange 2010, "W. Europe Standard Time", two events without UID.
        "biweekly_exchange2010_events_without_uid.ics",
        ("2023-01-01", "2024-01-01", "Europe/Prague"),
        ["2023-04-22 09:30", "2023-11-22 09:30"],
        id="windows-tzid",
    ),
    pytest.param(
        # Thunderbird's "Mitteleuropäische Zeit " (German name, trailing space): CEST.
        "radicale_thunderbird_german_localized_tzid_trailing_space.ics",
        ("2026-07-01", "2026-07-02", "UTC"),
        ["2026-07-01 15:00"],
        id="localised-tzid-german",
    ),
    pytest.param(
        # Outlook 2007's "Екатеринбург": +05/+06 with DST in 2008, so 15:00 is 09:00Z.
        "vobject_outlook12_cyrillic_tzid.ics",
        ("2008-05-30", "2008-05-31", "UTC"),
        ["2008-05-30 09:00"],
        id="localised-tzid-cyrillic",
    ),
    pytest.param(
        # CDO's "GMT +0100 (Standard) / GMT +0200 (Daylight)", BYDAY "MO, TU, WE, TH, FR"
        # with spaces, UNTIL 20150722T080000Z (10:00 CEST: the 22nd is the last).
        "icalendar_exchange_cdo_weird_tzid_byday_spaces.ics",
        ("2015-07-01", "2015-08-01", "Europe/Prague"),
        [f"2015-07-{d:02d} 10:00" for d in (3, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22)],
        id="custom-vtimezone-byday-spaces-until-utc",
    ),
    pytest.param(
        # Lotus Notes "Eastern" (own VTIMEZONE, 2005 US rules), daily COUNT=5 at 09:00 EDT.
        "ical4j_lotus_notes6_rrule_with_tzid_param.ics",
        ("2005-04-01", "2005-05-01", "UTC"),
        [f"2005-04-{d} 13:00" for d in (11, 12, 13, 14, 15)],
        id="custom-vtimezone-count",
    ),
    pytest.param(
        # Google: UTC times with X-WR-TIMEZONE America/New_York.
        "rie_google_x_wr_timezone_utc_times.ics",
        ("2021-12-01", "2022-01-01", "America/New_York"),
        ["2021-12-22 12:00", "2021-12-22 21:00"],
        id="x-wr-timezone-utc",
    ),
    pytest.param(
        # Floating times with X-WR-TIMEZONE Europe/Brussels: 21:00 CEST is 19:00Z.
        "rie_x_wr_timezone_floating_times.ics",
        ("2021-09-01", "2021-10-01", "UTC"),
        ["2021-09-16 19:00"],
        id="x-wr-timezone-floating",
    ),
    pytest.param(
        # Data::ICal: RDATEs at 19:00Z with X-WR-TIMEZONE Europe/London: 20:00 BST in summer,
        # 19:00 GMT in winter.
        "rie_data_ical_rdate_list.ics",
        ("2013-08-01", "2014-08-01", "Europe/London"),
        [
            "2013-08-03 20:00",
            "2013-08-31 20:00",
            "2013-10-05 20:00",
            "2013-11-02 19:00",
            "2013-11-30 19:00",
            "2014-01-04 19:00",
            "2014-02-01 19:00",
            "2014-03-01 19:00",
            "2014-04-05 20:00",
            "2014-05-03 20:00",
            "2014-05-31 20:00",
            "2014-07-05 20:00",
        ],
        id="rdate-list-x-wr-both-uk-dst-changes",
    ),
    pytest.param(
        # LinkeSOFT: floating 07:00, "FREQ=DAILY\;COUNT=10" (escaped semicolon).
        "vobject_linkesoft_escaped_rrule.ics",
        ("2003-01-01", "2003-02-01", "Europe/Prague"),
        [f"2003-01-{d:02d} 07:00" for d in range(1, 11)],
        id="floating-escaped-rrule",
    ),
    pytest.param(
        # DURATION PT1H, daily COUNT=3 at 12:00Z; RECURRENCE-ID;VALUE=DATE:20060103 names
        # the 3rd's 12:00 occurrence, moved to 14:00.
        "radicale_recurrence_id_date_vs_datetime.ics",
        ("2006-01-01", "2006-01-10", "UTC"),
        ["2006-01-02 12:00", "2006-01-03 14:00", "2006-01-04 12:00"],
        id="duration-date-recurrence-id",
    ),
    pytest.param(
        # Two overrides without their master (floating, one with DURATION): the 14 July
        # occurrence moved to 30 June 07:30, the 7 July one moved to 08:30.
        "khal_recurrence_ids_without_master.ics",
        ("2014-06-01", "2014-08-01", "Europe/Prague"),
        ["2014-06-30 07:30", "2014-07-07 08:30"],
        id="overrides-without-master",
    ),
    pytest.param(
        # Thunderbird's Czech holidays: all-day yearly RRULEs and one-off Easter dates.
        "bedrock_thunderbird_czech_holidays.ics",
        ("2024-01-01", "2025-01-01", "Europe/Prague"),
        [
            "2024-01-01",
            "2024-01-01",
            "2024-05-01",
            "2024-05-08",
            "2024-07-05",
            "2024-07-06",
            "2024-09-28",
            "2024-10-28",
            "2024-11-17",
            "2024-12-24",
            "2024-12-25",
            "2024-12-26",
        ],
        id="all-day-yearly",
    ),
    pytest.param(
        # Exchange 2010, all-day every other Thursday, UNTIL=20200916T230000Z (midnight
        # starting the 17th in London: the 17th is the last); overrides by
        # "RECURRENCE-ID;TZID=GMT Standard Time:…T000000" moved to Fridays.
        "rie_exchange2010_allday_biweekly_until_utc.ics",
        ("2020-08-25", "2020-10-01", "Europe/London"),
        ["2020-08-27", "2020-09-04", "2020-09-10", "2020-09-17", "2020-09-24"],
        id="all-day-until-utc-overrides",
    ),
    pytest.param(
        # Google all-day daily, UNTIL=20080323T235959Z (the 23rd is the last), EXDATE on
        # the 11th, a second copy of the event with an empty EXDATE line.
        "icalendar_google_empty_exdate.ics",
        ("2008-03-01", "2008-04-01", "UTC"),
        sorted(2 * [f"2008-03-{d:02d}" for d in range(3, 24) if d != 11]),
        id="all-day-until-235959z-exdate",
    ),
    pytest.param(
        # Vancouver, third Wednesdays at 12:00 through the November DST change, RDATE
        # PERIOD 13 December, EXDATE 20 December.
        "rie_rdate_value_period.ics",
        ("2023-10-01", "2024-01-01", "UTC"),
        ["2023-10-18 19:00", "2023-11-15 20:00", "2023-12-13 20:00"],
        id="rdate-period-us-dst",
    ),
    pytest.param(
        # Berlin Mondays 07:00, RECURRENCE-IDs in UTC: 7 July moved to 09:00, 14 July
        # cancelled; UNTIL 20140806T060000Z.
        "khal_recuid_utc_cancelled_instance.ics",
        ("2014-06-01", "2014-09-01", "Europe/Berlin"),
        [
            "2014-06-30 07:00",
            "2014-07-07 09:00",
            "2014-07-21 07:00",
            "2014-07-28 07:00",
            "2014-08-04 07:00",
        ],
        id="utc-recurrence-id-cancelled",
    ),
    pytest.param(
        # Thunderbird: daily COUNT=3 at 22:00 Berlin, the middle one cancelled.
        "rie_thunderbird_cancelled_occurrence.ics",
        ("2020-01-01", "2020-02-01", "Europe/Berlin"),
        ["2020-01-28 22:00", "2020-01-30 22:00"],
        id="cancelled-occurrence",
    ),
    pytest.param(
        # Google, America/Chicago, many weekly series with EXDATE;TZID across 1 November
        # 2020 (CDT -5 → CST -6): wall times stay, UTC shifts by an hour.
        "rie_google_chicago_dst_exdates.ics",
        ("2020-10-26", "2020-11-14", "America/Chicago"),
        [
            "2020-10-26 10:15",
            "2020-10-27 10:15",
            "2020-10-29 10:15",
            "2020-10-30 10:15",
            "2020-10-30 14:15",
            "2020-11-02 10:15",
            "2020-11-03 10:15",
            "2020-11-03 12:30",
            "2020-11-03 14:15",
            "2020-11-05 10:15",
            "2020-11-05 12:30",
            "2020-11-06 10:15",
            "2020-11-09 10:15",
            "2020-11-09 12:30",
            "2020-11-10 10:15",
            "2020-11-10 12:30",
            "2020-11-10 14:15",
            "2020-11-13 08:15",
            "2020-11-13 10:15",
            "2020-11-13 12:30",
            "2020-11-13 14:15",
        ],
        id="us-dst-exdates",
    ),
    pytest.param(
        # Weekly Thursdays 14:00 Berlin with a UTC RECURRENCE-ID override, and a weekly
        # all-day series whose overrides use VALUE=DATE and a UTC midnight.
        "rie_recurrence_id_utc_vs_tzid.ics",
        ("2020-09-01", "2020-10-01", "Europe/Berlin"),
        [
            "2020-09-07",
            "2020-09-10 14:00",
            "2020-09-14",
            "2020-09-17 14:00",
            "2020-09-21",
            "2020-09-24 14:00",
            "2020-09-28",
        ],
        id="recurrence-id-utc-vs-tzid",
    ),
    pytest.param(
        # "custom_Pacific/Fiji" with a tzurl VTIMEZONE: 08:00 FJT (+12) is 20:00Z the day
        # before.
        "icalendar_tzurl_pacific_fiji.ics",
        ("2014-08-01", "2014-09-01", "UTC"),
        ["2014-08-28 20:00"],
        id="southern-custom-prefix",
    ),
    pytest.param(
        # KOrganizer yearly all-day birthday.
        "ical4j_korganizer332_yearly_birthday.ics",
        ("2005-01-01", "2008-01-01", "UTC"),
        ["2005-01-16", "2006-01-16", "2007-01-16"],
        id="all-day-yearly-birthday",
    ),
]


@pytest.mark.parametrize(("name", "window", "expected"), CASES)
def test_expansion(name, window, expected):
    assert expand(name, *window) == expected


# --------------------------------------------------------------------------- the oracle


def _point(value: Start) -> tuple[str, datetime | date]:
    if not isinstance(value, datetime):
        return ("date", value)
    if value.tzinfo is None:
        return ("floating", value)
    return ("utc", value.astimezone(UTC).replace(tzinfo=None))


def _inside(point: tuple[str, datetime | date], lo: datetime, hi: datetime) -> bool:
    kind, value = point
    if kind == "date":
        return lo.date() <= value < hi.date()
    return lo <= value < hi


def mine(name: str, lo: datetime, hi: datetime) -> set:
    points = {_point(start) for start, _ in occurrences(parse(name), lo, hi)}
    return {p for p in points if _inside(p, lo, hi)}


def theirs(name: str, lo: datetime, hi: datetime) -> set:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar warns about vendor-prefixed TZIDs
        calendars = icalendar.Calendar.from_ical((DATA / name).read_bytes(), multiple=True)
        points = {
            _point(event.start)
            for cal in calendars
            for event in recurring_ical_events.of(cal).between(lo - MARGIN, hi + MARGIN)
        }
    return {p for p in points if _inside(p, lo, hi)}


def _utc(text: str) -> tuple[str, datetime]:
    return ("utc", datetime.fromisoformat(text))


# Where we part from recurring-ical-events on purpose: (only ours, only theirs).
DIVERGES = {
    # Unknown TZID "LOLOLOL": we take the user's zone (10:00 Prague = 08:00Z, the June one
    # excluded by its 08:00Z EXDATE); it takes 10:00 as UTC.
    "khal_unknown_tzid_exdate_utc.ics": (
        {_utc(f"2012-{m:02d}-03 08:00") for m in (4, 5, 7, 8, 9)},
        {_utc(f"2012-{m:02d}-03 10:00") for m in (4, 5, 6, 7, 8, 9)},
    ),
    # Windows "New Zealand Standard Time" whose VTIMEZONE has CET offsets: we trust the
    # name (13:00 NZDT = 00:00Z); it trusts the broken definition.
    "khal_windows_tzid_inconsistent_offsets.ics": (
        {_utc("2019-11-20 00:00")},
        {_utc("2019-11-20 12:00")},
    ),
    # RECURRENCE-ID;VALUE=DATE of a timed series replaces that day's occurrence for us; it
    # keeps the original 12:00 as well.
    "radicale_recurrence_id_date_vs_datetime.ics": (set(), {_utc("2006-01-03 12:00")}),
    # "Mitteleuropäische Zeit": we read its VTIMEZONE (CEST); it falls back to floating.
    "radicale_thunderbird_german_localized_tzid_trailing_space.ics": (
        {_utc("2026-07-01 15:00")},
        {("floating", datetime(2026, 7, 1, 17, 0))},
    ),
    # UNTIL=…T230000Z on an all-day series is the London midnight that starts the last day
    # for us; it cuts the UTC date, losing the last occurrence of both series.
    "rie_exchange2010_allday_biweekly_until_utc.ics": (
        {("date", date(2020, 9, 17)), ("date", date(2020, 9, 24))},
        set(),
    ),
    # UNTIL=20250920 (a date) on a 12:00Z series includes that day for us; the 20 September
    # occurrence then moves +1 day 2:22 with the THISANDFUTURE override.
    "rie_recurrence_id_range_thisandfuture.ics": ({_utc("2025-09-21 14:22")}, set()),
}

# Files recurring-ical-events 3.8 cannot expand (we can: see test_ics.py).
RIE_CANNOT_READ = {
    "ical4j_exchange2010_blank_tzid.ics",  # "TZID=:"
    "ical4j_mozilla10_vtodo_x_moz.ics",  # a year -001 DUE
    "icalendar_exchange_cdo_weird_tzid_byday_spaces.ics",  # BYDAY with spaces
    "icalendar_google_empty_exdate.ics",  # "EXDATE;VALUE=DATE:"
    "icalendar_missing_vtimezone.ics",  # VEVENTs without DTSTART
    "icalendar_tzurl_pacific_fiji.ics",  # two DTSTARTs
    "khal_invalid_tzoffset_5328.ics",  # "+5328"
    "khal_ns_railways_brussels_lmt.ics",  # "PT-2H"
    "vobject_forcecom_leading_blank_space_values.ics",  # "DTEND: 2024…"
}


def _window(name: str) -> tuple[datetime, datetime]:
    """Two calendar years from the first event's: every DST change of both."""
    starts = [e.start for e in parse(name).events]
    first = min(s if isinstance(s, datetime) else datetime(s.year, s.month, s.day) for s in starts)
    return datetime(first.year, 1, 1), datetime(first.year + 2, 1, 1)


CROSS = [n for n in CORPUS if parse(n).events]


@pytest.mark.parametrize("name", CROSS)
def test_expansion_agrees_with_recurring_ical_events(name):
    lo, hi = _window(name)
    ours = mine(name, lo, hi)
    try:
        reference = theirs(name, lo, hi)
    except Exception:
        assert name in RIE_CANNOT_READ, "recurring-ical-events failed on a file it used to read"
        return
    only_ours, only_theirs = DIVERGES.get(name, (set(), set()))
    assert (ours - reference, reference - ours) == (only_ours, only_theirs)


def test_the_cross_check_covers_most_of_the_corpus():
    assert len(CROSS) >= 90
    assert len(CROSS) - len(RIE_CANNOT_READ) >= 80
