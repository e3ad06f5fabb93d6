"""iCalendar: the real-world corpus, broken files, encodings, time zones, emitting, round trips."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.core.interop.ics import (
    Attendee,
    EventRecord,
    IcsFile,
    TodoRecord,
    emit_ics,
    parse_ics,
)
from smallcrm.core.recurrence import is_zone, occurrence_key, validate_rrule

DATA = Path(__file__).resolve().parents[3] / "data" / "ics"
CORPUS = sorted(p.name for p in DATA.glob("*.ics"))
PRAGUE = "Europe/Prague"

KEY = re.compile(r"^\d{8}$|^\d{8}T\d{6}Z?$")


def parse_file(name: str, zone: str = PRAGUE) -> IcsFile:
    return parse_ics((DATA / name).read_bytes(), default_zone=zone, name=name)


def only(name: str, zone: str = PRAGUE) -> EventRecord:
    result = parse_file(name, zone)
    assert len(result.events) == 1, result
    return result.events[0]


def ics(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def calendar(*body: str) -> bytes:
    return ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *body, "END:VCALENDAR")


def event(*props: str, uid: str = "u1") -> tuple[str, ...]:
    return ("BEGIN:VEVENT", f"UID:{uid}", *props, "END:VEVENT")


def check_record(record: EventRecord | TodoRecord, bound: int) -> None:
    """The shape core.recurrence expects, whatever the file held."""
    assert 1 <= record.source_line <= bound
    assert record.uid
    assert record.tz is None or is_zone(record.tz)
    for w in record.warnings:
        assert isinstance(w, str) and w
    if isinstance(record, EventRecord):
        assert record.all_day == (not isinstance(record.start, datetime))
        assert type(record.start) is type(record.end)
        if record.all_day:
            assert record.tz is None
            assert record.end > record.start
        else:
            assert record.start.tzinfo is None and record.end.tzinfo is None
            assert record.end >= record.start
        for value in record.rdates + record.exdates:
            assert type(value) is type(record.start)
            assert not isinstance(value, datetime) or value.tzinfo is None
        if record.rrule:
            validate_rrule(record.rrule, record.start)
            assert not record.rrule.startswith("RRULE")
        assert record.recurrence_id == "" or KEY.match(record.recurrence_id)
        assert record.status in ("confirmed", "tentative", "cancelled")
        assert all(isinstance(m, int) for m in record.reminders)
    else:
        assert record.status in ("open", "done", "cancelled")
        assert record.priority in (-1, 0, 1)
        assert record.completed is None or record.completed.tzinfo is not None


def check_sane(result: IcsFile, data: bytes) -> None:
    bound = data.count(b"\n") + data.count(b"\r") + 1
    for problem in result.problems:
        assert 1 <= problem.line <= bound, problem
        assert problem.reason
        assert "cannot be read:" not in problem.reason, problem  # the parser's bug net
    for record in [*result.events, *result.todos]:
        check_record(record, bound)


# --------------------------------------------------------------------------- the whole corpus


def test_the_corpus_is_all_here():
    assert len(CORPUS) == 106
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"| {name} |" in sources for name in CORPUS)


@pytest.mark.parametrize("name", CORPUS)
def test_every_corpus_file_parses(name):
    data = (DATA / name).read_bytes()
    for zone in (PRAGUE, "America/New_York"):
        result = parse_ics(data, default_zone=zone, name=name)
        check_sane(result, data)


# Files whose every component is readable: any problem here is a regression.
CLEAN = [
    n
    for n in CORPUS
    if n
    not in {
        "ical4j_mozilla10_vtodo_x_moz.ics",
        "icalendar_binary_attach.ics",
        "icalendar_many_empty_vevents.ics",
        "icalendar_missing_vtimezone.ics",
        "icalendar_rfc6868_caret_params.ics",
    }
]


@pytest.mark.parametrize("name", CLEAN)
def test_good_files_have_no_problems(name):
    assert parse_file(name).problems == []


def test_broken_corpus_components_are_reported_by_line():
    result = parse_file("ical4j_mozilla10_vtodo_x_moz.ics")
    assert [(p.line, p.uid) for p in result.problems] == [
        (108, "4345f85c-4fe3-11d9-b7a3-f9da4aab8015")
    ]
    assert "DUE" in result.problems[0].reason and "-0011130T160000" in result.problems[0].reason
    assert len(result.events) == 7 and len(result.todos) == 2  # the rest survive

    empty = parse_file("icalendar_many_empty_vevents.ics")
    assert empty.events == []
    assert [p.line for p in empty.problems] == list(range(2, 41, 2))
    assert all("no start (DTSTART)" in p.reason for p in empty.problems)

    assert [(p.line, p.uid) for p in parse_file("icalendar_binary_attach.ics").problems] == [
        (4, "binary-attachment-event")
    ]
    missing = parse_file("icalendar_missing_vtimezone.ics")
    assert [p.line for p in missing.problems] == [9, 15]  # VEVENTs without DTSTART
    assert len(missing.events) == 1 and len(missing.todos) == 1


# --------------------------------------------------------------------------- broken events


def test_each_broken_event_is_a_problem_and_the_good_ones_survive():
    data = calendar(
        *event("DTSTART:20240105T090000Z", "SUMMARY:good one", uid="good1"),
        *event("DTSTART:2006717T080000Z", uid="seven-digit"),
        *event("DTSTART;TZID=Europe/Berlin:", "DTEND;TZID=Europe/Berlin:", uid="xlic"),
        *event("DTSTART:20230230T100000", uid="february-30"),
        *event("SUMMARY:no start", uid="nostart"),
        *event("DTSTART:00010101T000000", uid="year-one"),
        *event("DTSTART;VALUE=DATE:20240106", "SUMMARY:good two", uid="good2"),
    )
    result = parse_ics(data, default_zone=PRAGUE)
    assert [e.uid for e in result.events] == ["good1", "good2"]
    problems = [(p.line, p.uid) for p in result.problems]
    assert problems == [
        (11, "seven-digit"),
        (15, "xlic"),
        (20, "february-30"),
        (22, "nostart"),
        (28, "year-one"),
    ]
    reasons = [p.reason for p in result.problems]
    assert "DTSTART “2006717T080000Z” is not a date or a date-time" in reasons[0]
    assert "DTSTART is empty" in reasons[1]
    assert "20230230T100000" in reasons[2]
    assert "no start" in reasons[3]
    assert "not a plausible date" in reasons[4]


def test_bad_optional_values_are_dropped_with_a_warning():
    result = parse_ics(
        calendar(
            *event(
                "DTSTART:20240105T090000Z",
                "DTEND:garbage",
                "EXDATE:20240112T090000Z,nonsense",
                "RRULE:FREQ=WEEKLY;BYDAY=XX",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:soon",
                "END:VALARM",
            )
        ),
        default_zone=PRAGUE,
    )
    (record,) = result.events
    assert result.problems == []
    assert record.end == record.start and record.rrule is None and record.reminders == []
    assert record.exdates == [datetime(2024, 1, 12, 9, 0)]
    text = " ".join(record.warnings)
    assert "DTEND “garbage”" in text and "nonsense" in text
    assert "recurrence rule" in text and "alarm “soon”" in text


def test_an_invalid_tzoffset_only_matters_when_the_zone_needs_it():
    # khal's file: the VTIMEZONE's LMT line says "+5328", but its TZID is an IANA name.
    record = only("khal_invalid_tzoffset_5328.ics")
    assert (record.tz, record.start) == ("Europe/Berlin", datetime(2012, 12, 2, 8, 0))
    # A made-up TZID whose only definition is unreadable falls back to the user's zone.
    data = calendar(
        "BEGIN:VTIMEZONE",
        "TZID:Firm Time",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+5328",
        "TZOFFSETTO:+99",
        "END:STANDARD",
        "END:VTIMEZONE",
        *event("DTSTART;TZID=Firm Time:20240301T100000"),
    )
    (record,) = parse_ics(data, default_zone=PRAGUE).events
    assert record.tz == PRAGUE
    assert "“Firm Time” is unknown; Europe/Prague was used" in record.warnings[0]


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00" * 50, b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"hello\nworld", b"BEGIN"],
)
def test_unreadable_files_give_one_problem_at_line_one(data):
    result = parse_ics(data, default_zone=PRAGUE)
    assert result.events == [] and result.todos == []
    assert [p.line for p in result.problems] == [1]


def test_a_cut_file_keeps_what_it_has_and_says_so():
    data = calendar(*event("DTSTART:20240105T090000Z", "SUMMARY:whole"))
    cut = data[: data.index(b"END:VEVENT")]
    (record,) = parse_ics(cut, default_zone=PRAGUE).events
    assert record.summary == "whole"
    assert any("not closed" in w for w in record.warnings)


# --------------------------------------------------------------------------- text and lines


def test_latin1_file_is_read_as_windows_1252():
    result = parse_file("thunderbird_latin1_encoded_ics.ics")
    assert [e.summary for e in result.events] == [
        "Event One",
        "Event Four",
        "Event Three",
        "Event Två",
    ]
    assert result.warnings == ["The file is not UTF-8; it was read as cp1252."]


def test_invalid_utf8_is_replaced_not_fatal():
    result = parse_file("ical4j_bloc_jp_invalid_utf8_mojibake.ics")
    (record,) = result.events
    assert "\ufffd" in record.location
    assert record.summary.startswith("2005") and "EXPO 2005 AICHI" in record.description
    assert (record.start, record.end) == (date(2005, 3, 25), date(2005, 9, 26))
    assert "not valid UTF-8" in result.warnings[0]


def test_czech_holidays_keep_their_diacritics():
    summaries = {e.summary for e in parse_file("bedrock_thunderbird_czech_holidays.ics").events}
    assert "Štědrý den" in summaries
    assert any("věrozvěst" in s for s in summaries)


def test_byte_order_marks_and_utf16():
    body = calendar(*event("DTSTART:20240105T090000Z", "SUMMARY:Schůzka"))
    for data in (
        b"\xef\xbb\xbf" + body,
        "\ufeff".encode("utf-16-le") + body.decode().encode("utf-16-le"),
    ):
        (record,) = parse_ics(data, default_zone=PRAGUE).events
        assert record.summary == "Schůzka"
    bom_only = parse_file("icalendar_utf8_bom.ics")
    assert bom_only.events == [] and bom_only.problems == []


def test_lone_cr_line_endings_and_tab_folding():
    data = calendar(*event("DTSTART:20240105T090000Z", "SUMMARY:Lone", "\tCR")).replace(
        b"\r\n", b"\r"
    )
    (record,) = parse_ics(data, default_zone=PRAGUE).events
    assert record.summary == "LoneCR"
    assert parse_file("icalendar_fuzz_lone_cr.ics").problems == []
    singapore = only("ical4j_outlook12_singapore_tab_fold.ics")
    assert "\t" not in singapore.summary and "\t" not in singapore.description


def test_blank_lines_whitespace_in_params_and_after_colons():
    assert len(parse_file("ical4j_lastfm_blank_lines_floating.ics").events) == 33
    record = only("icalendar_whitespace_in_params.ics")
    assert (record.start, record.tz, record.summary) == (
        datetime(2026, 3, 19, 9, 0),
        "UTC",
        "Waste Pickup",
    )
    force = parse_file("vobject_forcecom_leading_blank_space_values.ics")
    assert force.method == "REQUEST"
    (record,) = force.events
    assert record.end == datetime(2024, 8, 12, 22, 30)  # "DTEND: 20240812T223000Z"
    assert "Both DTEND and DURATION are given; DURATION was ignored." in record.warnings


def test_rfc6868_caret_parameters():
    data = calendar(
        *event(
            "DTSTART:20240105T090000Z",
            "ATTENDEE;CN=George Herman ^'Babe^' Ruth:mailto:babe@example.com",
        )
    )
    (record,) = parse_ics(data, default_zone=PRAGUE).events
    assert record.attendees == [Attendee("babe@example.com", 'George Herman "Babe" Ruth')]


def test_several_calendars_bare_components_and_lines_without_colons():
    result = parse_file("icalendar_multiple_vcalendars_one_file.ics")
    assert [(e.summary, e.start) for e in result.events] == [
        ("Christmas Day", date(2003, 12, 25)),
        ("Boxing Day", date(2003, 5, 1)),
        ("Christmas again!", date(2003, 12, 25)),
    ]
    assert result.method == "PUBLISH"
    bare = parse_file("vobject_bare_vtimezones_no_vcalendar.ics")
    assert bare.events == [] and bare.problems == []
    french = only("icalendar_exchange2007_french_invalid_line.ics")  # VEVENT without VCALENDAR
    assert french.uid and french.start


def test_text_values_are_unescaped_and_quoted_printable_decoded():
    assert only("icalendar_categories_with_commas.ics").categories == [
        "Meeting, John",
        "Work, Sarah",
        "Project",
    ]
    php = only("ical4j_php_quoted_printable_in_ics.ics")
    assert php.description == (
        "View the status of this ACT ID:\nhttp://xxxx.xxxx.xxxx.com/public/"
        "view_detailed_status.php?act_id=ACTID&stream=STREAM&task_id=TASKID"
    )
    cdo = only("ical4j_exchange_cdo_tzid_ampersand_escaped_comma.ics")
    assert cdo.description == "How about this description?\n\n--meher"  # uppercase \N
    assert only("ical4j_outlook12_long_whitespace_summary.ics").summary.strip() == (
        only("ical4j_outlook12_long_whitespace_summary.ics").summary
    )


# --------------------------------------------------------------------------- time zones

TZIDS = [
    ("biweekly_google_tzid_leading_slash.ics", "America/New_York"),  # "/America/New_York"
    ("ical4j_evolution_softwarestudio_tzid.ics", "America/Chicago"),  # libical prefix
    ("icalendar_vtimezone_rdate_transitions.ics", "Europe/Vaduz"),  # "posix/Europe/Vaduz"
    ("biweekly_outlook2016_w_europe_minimal.ics", "Europe/Berlin"),  # Windows name
    ("icalendar_exchange2010_unquoted_windows_tzid.ics", "America/New_York"),
    ("icalendar_exchange2010_same_start_and_offset.ics", "Asia/Tokyo"),
    ("khal_windows_tzid_inconsistent_offsets.ics", "Pacific/Auckland"),  # name beats VTIMEZONE
    ("radicale_thunderbird_german_localized_tzid_trailing_space.ics", PRAGUE),
    ("vobject_outlook12_cyrillic_tzid.ics", "Asia/Yekaterinburg"),
    ("icalendar_outlook_non_ascii_tzid_brasilia.ics", "America/Sao_Paulo"),
    ("ical4j_outlook11_sydney_daily_standup.ics", "Australia/Sydney"),
    ("vobject_outlook12_tzid_with_commas.ics", "Australia/Sydney"),  # outdated rules: by city
    ("ical4j_outlook12_singapore_tab_fold.ics", "Asia/Singapore"),
    ("icalendar_exchange_cdo_weird_tzid_byday_spaces.ics", PRAGUE),  # "GMT +0100 (Standard)…"
    ("ical4j_exchange_cdo_tzid_ampersand_escaped_comma.ics", "America/Tijuana"),
    ("ical4j_lotus_notes6_rrule_with_tzid_param.ics", "America/New_York"),  # "Eastern"
    ("ical4j_exchange2010_blank_tzid.ics", "UTC"),  # "TZID=:" with a zero-offset VTIMEZONE
    ("icalendar_tzurl_pacific_fiji.ics", "Pacific/Fiji"),  # "custom_Pacific/Fiji"
    ("radicale_apple_macos_moscow_offset_seconds.ics", "Europe/Moscow"),
    ("khal_unknown_tzid_exdate_utc.ics", PRAGUE),  # "LOLOLOL": the user's zone, warned
    ("rie_google_x_wr_timezone_utc_times.ics", "America/New_York"),  # UTC + X-WR-TIMEZONE
    ("rie_x_wr_timezone_floating_times.ics", "Europe/Brussels"),  # floating + X-WR-TIMEZONE
    ("thunderbird_latin1_encoded_ics.ics", None),  # floating stays floating
]


@pytest.mark.parametrize(("name", "zone"), TZIDS)
def test_tzid_resolution(name, zone):
    assert parse_file(name).events[0].tz == zone


US_2005_RULES = (
    "BEGIN:STANDARD",
    "DTSTART:19671029T020000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19870405T020000",
    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "END:DAYLIGHT",
)


@pytest.mark.parametrize(
    ("tzid", "vtimezone", "zone", "warned"),
    [
        ("europe/prague", (), PRAGUE, False),  # case does not matter
        ("Central Europe Standard Time", (), "Europe/Budapest", False),  # CLDR's choice
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", (), "Europe/Berlin", True),
        ("Canberra, Melbourne, Sydney", (), "Australia/Sydney", True),
        ("Eastern", (), "America/New_York", True),
        ("Firm", ("X-LIC-LOCATION:Europe/Vienna",), "Europe/Vienna", False),
        ("Firm", ("TZURL:http://tzurl.org/zoneinfo/Asia/Tokyo",), "Asia/Tokyo", False),
        # Pre-2007 US rules for a 2010 event: no zone matches every day, New York comes
        # closest (its DST starts three weeks earlier and ends a week later).
        ("Firm", US_2005_RULES, "America/New_York", True),
    ],
)
def test_tzid_names_windows_names_and_definitions(tzid, vtimezone, zone, warned):
    data = calendar(
        *(("BEGIN:VTIMEZONE", f"TZID:{tzid}", *vtimezone, "END:VTIMEZONE") if vtimezone else ()),
        *event(f'DTSTART;TZID="{tzid}":20100615T090000'),
    )
    (record,) = parse_ics(data, default_zone="Asia/Kolkata").events
    assert record.tz == zone
    assert bool(record.warnings) == warned, record.warnings
    if tzid == "Firm" and warned:
        assert "closest to America/New_York" in record.warnings[0]


def test_localised_tzid_takes_any_zone_with_the_same_rules():
    # For a New York user the German name still resolves to a CET/CEST zone.
    record = only(
        "radicale_thunderbird_german_localized_tzid_trailing_space.ics", "America/New_York"
    )
    assert record.tz == "Europe/Berlin"
    assert "Mitteleuropäische Zeit" in record.warnings[0] and "matches" in record.warnings[0]
    custom = parse_file("khal_many_custom_vtimezones.ics").events
    assert [e.tz for e in custom] == ["Europe/Berlin", "Europe/London", "Europe/Berlin"]


def test_a_fixed_offset_vtimezone_becomes_a_zone_with_that_offset_all_year():
    record = only("icalendar_bad_tzid.ics")  # "UTC+11"
    zi = ZoneInfo(record.tz)
    assert all(
        datetime(2017, m, 1, tzinfo=UTC).astimezone(zi).utcoffset() == timedelta(hours=11)
        for m in range(1, 13)
    )


def test_unknown_tzid_takes_the_default_zone_and_says_so():
    # The EXDATE is 08:00Z: the 10:00 occurrence for a Prague user, 17:00 for a Tokyo one.
    for zone, exdate in (
        (PRAGUE, datetime(2012, 6, 3, 10)),
        ("Asia/Tokyo", datetime(2012, 6, 3, 17)),
    ):
        record = only("khal_unknown_tzid_exdate_utc.ics", zone)
        assert (record.tz, record.start) == (zone, datetime(2012, 4, 3, 10, 0))
        assert record.exdates == [exdate]
        assert record.warnings == [f"The time zone “LOLOLOL” is unknown; {zone} was used."]


def test_x_wr_timezone_keeps_the_instant_of_utc_times():
    first, second = parse_file("rie_google_x_wr_timezone_utc_times.ics").events
    assert (first.start, first.end) == (datetime(2021, 12, 22, 12), datetime(2021, 12, 22, 13))
    assert second.start == datetime(2021, 12, 22, 21)
    rdates = only("rie_data_ical_rdate_list.ics").rdates  # UTC RDATEs, X-WR Europe/London
    assert rdates[:4] == [
        datetime(2013, 8, 3, 20),
        datetime(2013, 8, 31, 20),
        datetime(2013, 10, 5, 20),
        datetime(2013, 11, 2, 19),  # after the clocks went back
    ]


def test_dtend_in_another_zone_is_converted_into_the_start_zone():
    record = parse_file("khal_many_custom_vtimezones.ics").events[0]
    assert (record.start, record.end, record.end_tz) == (
        datetime(2014, 4, 9, 9, 30),
        datetime(2014, 4, 9, 16, 30),  # 10:30 New York
        "America/New_York",
    )
    assert record.rdates == [
        datetime(2014, 4, 11, 18, 30),  # 11:30 Bogotá
        datetime(2014, 4, 13, 18, 30),
        datetime(2014, 4, 15, 18, 30),
        datetime(2014, 4, 18, 9, 30),  # 11:30 Réunion
    ]
    mixed = only("radicale_open_calendar_floating_start_tz_end.ics")
    assert (mixed.tz, mixed.start, mixed.end) == (
        "Europe/Brussels",
        datetime(2025, 8, 14, 18),
        datetime(2025, 8, 14, 19),
    )
    assert "DTSTART has no time zone but DTEND has" in mixed.warnings[0]


# --------------------------------------------------------------------------- ends and rules


def test_ends_from_dtend_duration_or_the_default():
    radicale = parse_file("radicale_recurrence_id_date_vs_datetime.ics").events[0]
    assert radicale.end - radicale.start == timedelta(hours=1)  # DURATION:PT1H
    discourse = parse_file("rie_discourse_no_dtend_html_entities.ics").events[0]
    assert discourse.end == discourse.start  # timed without DTEND
    labs = parse_file("rie_calendarlabs_holidays.ics").events[0]  # DTEND equal to DTSTART
    assert (labs.start, labs.end) == (date(2019, 1, 1), date(2019, 1, 2))
    gnome = [
        e for e in parse_file("ical4j_evolution_gnome_schedule.ics").events if "Boston" in e.summary
    ]
    # "DTSTART;VALUE=DATE-TIME;TZID=…:20061007" is midnight, as its VALUE says.
    assert (gnome[0].start, gnome[0].tz) == (datetime(2006, 10, 7), "America/New_York")


def test_nominal_days_and_exact_hours_across_a_dst_change():
    data = calendar(
        *event("DTSTART;TZID=Europe/Prague:20240330T120000", "DURATION:P1D", uid="day"),
        *event("DTSTART;TZID=Europe/Prague:20240330T120000", "DURATION:PT24H", uid="hours"),
        *event("DTSTART;VALUE=DATE:20240330", "DURATION:P2D", uid="allday"),
    )
    day, hours, allday = parse_ics(data, default_zone=PRAGUE).events
    assert day.end == datetime(2024, 3, 31, 12, 0)  # the same wall time next day
    assert hours.end == datetime(2024, 3, 31, 13, 0)  # 24 real hours: one lost to DST
    assert allday.end == date(2024, 4, 1)


def test_rrule_cleaning():
    assert only("vobject_linkesoft_escaped_rrule.ics").rrule == "FREQ=DAILY;COUNT=10"
    cdo = only("icalendar_exchange_cdo_weird_tzid_byday_spaces.ics")
    # BYDAY spaces gone; UNTIL 08:00Z is 10:00 in the series' wall clock.
    assert cdo.rrule == "FREQ=DAILY;UNTIL=20150722T100000;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU"
    cyrus = only("rie_cyrus_duplicated_rrule.ics")
    assert cyrus.rrule == "FREQ=WEEKLY;COUNT=20;BYDAY=TH"
    assert "The RRULE is given twice; the copy was ignored." in cyrus.warnings
    labs = parse_file("rie_calendarlabs_holidays.ics").events[0]  # "RRULE:" empty
    assert labs.rrule is None and "An empty RRULE was ignored." in labs.warnings
    slash = only("biweekly_google_tzid_leading_slash.ics")
    assert slash.rrule == "FREQ=DAILY;UNTIL=20161223T090000"  # 14:00Z in New York


def test_until_in_utc_on_an_all_day_series_becomes_a_date():
    exchange = parse_file("rie_exchange2010_allday_biweekly_until_utc.ics").events
    # 23:00Z is the midnight that starts 17 September in the file's London zone.
    assert exchange[0].rrule == "FREQ=WEEKLY;UNTIL=20200917;INTERVAL=2;BYDAY=TH;WKST=MO"
    google = parse_file("icalendar_google_empty_exdate.ics").events
    # Google's 23:59:59Z is the end of the last day itself.
    assert [g.rrule for g in google] == ["FREQ=DAILY;UNTIL=20080323"] * 2
    assert [g.exdates for g in google] == [[date(2008, 3, 11)]] * 2  # the empty EXDATE ignored


def test_until_as_a_date_on_a_timed_series_includes_that_day():
    master = parse_file("rie_recurrence_id_range_thisandfuture.ics").events[0]
    assert master.rrule == "FREQ=DAILY;UNTIL=20250920T235959;INTERVAL=2"


def test_exdates_and_rdates_in_the_series_wall_clock():
    sabre = only("rie_sabredav_weekly_two_exdates.ics")  # EXDATE in UTC, series in Berlin
    assert sabre.exdates == [datetime(2019, 3, 11, 0, 30), datetime(2019, 3, 25, 0, 30)]
    period = only("rie_rdate_value_period.ics")  # RDATE;VALUE=PERIOD counts by its start
    assert period.rdates == [datetime(2023, 12, 13, 12, 0)]
    assert period.exdates == [datetime(2023, 12, 20, 12, 0)]
    paris = parse_file("vobject_thunderbird_exdate_europe_paris.ics").events[0]
    assert paris.exdates[:2] == [datetime(2017, 10, 23, 20, 30), datetime(2017, 10, 30, 20, 30)]


def test_a_start_the_rule_skips_is_kept_as_an_extra_date():
    data = calendar(
        *event("DTSTART;TZID=Europe/Prague:20240105T090000", "RRULE:FREQ=WEEKLY;BYDAY=MO")
    )
    (record,) = parse_ics(data, default_zone=PRAGUE).events  # 5 January 2024 is a Friday
    assert record.rdates == [datetime(2024, 1, 5, 9, 0)]


@pytest.mark.parametrize(
    ("rule", "kept", "why"),
    [
        # dateutil loops forever on INTERVAL=0, and scans to the year 9999 (seconds per
        # expansion) for rules no date satisfies: neither may reach the calendar.
        ("FREQ=DAILY;INTERVAL=0", "FREQ=DAILY", "INTERVAL=0 makes no sense"),
        ("FREQ=DAILY;COUNT=-1", "FREQ=DAILY", "COUNT=-1 makes no sense"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", None, "no date matches it"),
        ("FREQ=DAILY;COUNT=5;BYMONTH=4;BYMONTHDAY=-31", None, "no date matches it"),
        ("FREQ=SECONDLY;COUNT=5", None, "more often than hourly"),
        ("FREQ=YEARLY;BYYEARDAY=366;BYMONTH=11", None, "no date matches it"),
        ("FREQ=DAILY;BYMONTH=13", None, "BYMONTH=13 is out of range"),
        ("FREQ=HOURLY;BYHOUR=24", None, "BYHOUR=24 is out of range"),
        ("FREQ=MONTHLY;BYDAY=6MO", None, "no month or year has"),
        ("FREQ=WEEKLY;BYDAY=XX", None, "cannot be read"),
        ("FREQ=HOURLY;BYSETPOS=-7", None, "no date matches it"),
        ("FREQ=FOO", None, "cannot be read"),
        ("FREQ=DAILY;UNTIL=20200101;COUNT=3", "FREQ=DAILY;COUNT=3", "both COUNT and UNTIL"),
        ("FREQ=DAILY;UNTIL=99991231T235959Z", "FREQ=DAILY", ""),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=YEARLY;BYMONTHDAY=29;BYMONTH=2", ""),
    ],
)
def test_rules_that_would_hang_expansion_are_repaired_or_dropped(rule, kept, why):
    data = calendar(*event("DTSTART;TZID=Europe/Prague:20240105T090000", f"RRULE:{rule}"))
    (record,) = parse_ics(data, default_zone=PRAGUE).events
    assert record.rrule == kept
    assert why in " ".join(record.warnings)
    assert bool(record.warnings) == bool(why)


# --------------------------------------------------------------------------- overrides


def test_recurrence_ids_are_normalised_to_the_masters_occurrence_keys():
    def keys(name):
        return [e.recurrence_id for e in parse_file(name).events if e.recurrence_id]

    assert keys("rie_recurrence_id_utc_vs_tzid.ics") == ["20200917T120000Z", "20200914", "20200921"]
    assert keys("rie_google_apple_valarm_none.ics") == ["20140802T020000Z"]  # TZID=LA 19:00
    # VALUE=DATE on a timed UTC series: that day's occurrence, at 12:00.
    assert keys("radicale_recurrence_id_date_vs_datetime.ics") == ["20060103T120000Z"]
    assert keys("rie_evolution_allday_recurrence_id_date.ics") == ["20200922"]
    # "RECURRENCE-ID;TZID=GMT Standard Time:20200416T000000" on an all-day series: a day.
    assert keys("rie_exchange2010_allday_biweekly_until_utc.ics") == [
        "20200416",
        "20200528",
        "20200903",
    ]
    assert keys("khal_recuid_utc_cancelled_instance.ics") == [
        "20140707T050000Z",
        "20140714T050000Z",
    ]
    master = parse_file("rie_recurrence_id_utc_vs_tzid.ics").events[0]
    assert occurrence_key(datetime(2020, 9, 17, 14), master.tz) == "20200917T120000Z"


def test_overrides_without_a_master_are_kept():
    lone = only("ical4j_mozilla_recurrence_id_only_instance.ics")
    assert (lone.recurrence_id, lone.tz) == ("20081231T220000Z", "Australia/Melbourne")
    khal = parse_file("khal_recurrence_ids_without_master.ics").events
    assert [e.recurrence_id for e in khal] == ["20140714T053000", "20140707T053000"]  # floating
    assert all(e.rrule is None for e in khal)  # an override does not recur
    assert all("had its own recurrence" in e.warnings[0] for e in khal)


def test_thisandfuture_and_cancelled():
    events = parse_file("rie_recurrence_id_range_thisandfuture.ics").events
    assert [(e.recurrence_id, e.thisandfuture) for e in events] == [
        ("", False),
        ("20240913T120000Z", True),
        ("20240915T120000Z", False),
        ("20240921T120000Z", True),
    ]
    khal = parse_file("khal_recuid_utc_cancelled_instance.ics").events
    assert [e.status for e in khal] == ["confirmed", "confirmed", "cancelled"]
    cancel = parse_ics(
        ics(
            "BEGIN:VCALENDAR", "METHOD:CANCEL", *event("DTSTART:20240105T090000Z"), "END:VCALENDAR"
        ),
        default_zone=PRAGUE,
    )
    assert cancel.method == "CANCEL" and cancel.events[0].status == "cancelled"
    assert only("icalendar_bad_tzid.ics").status == "confirmed"  # "STATUS:Confirmed"


def test_events_without_uid_get_a_stable_one():
    first = parse_file("biweekly_exchange2010_events_without_uid.ics").events
    again = parse_file("biweekly_exchange2010_events_without_uid.ics").events
    assert [e.uid for e in first] == [e.uid for e in again]
    assert len({e.uid for e in first}) == 2
    assert all(e.uid.startswith("smallcrm-") for e in first)
    assert all("no UID" in e.warnings[0] for e in first)
    twins = parse_file("icalendar_google_empty_exdate.ics").events  # identical, both without UID
    assert twins[1].uid == twins[0].uid + "-2"


# --------------------------------------------------------------------------- people, alarms


def test_attendees_and_organizers():
    outlook = only("biweekly_outlook2010_meeting_request.ics")
    assert outlook.organizer == Attendee("bobsmith@example.com", "Smith, Bob")
    assert outlook.attendees == [
        Attendee("johndoe@example.com", "Doe, John", "OPT-PARTICIPANT"),
        Attendee("janedoe@example.com", "Doe, Jane", "CHAIR"),
    ]
    zide = only("ical4j_zidestore_quoted_param_values.ics")
    assert zide.attendees == [
        Attendee("matt@mcbridematt.dhs.org", "No Name", "REQ-PARTICIPANT", "NEEDS-ACTION")
    ]
    assert (zide.start, zide.end) == (date(2006, 6, 11), date(2006, 6, 12))  # DATE, no VALUE
    blackberry = only("icalendar_blackberry_allday_quoted_cn.ics")
    assert [a.name for a in blackberry.attendees] == ["RembrandXS", "RembrandDX", "RembrandSB"]
    assert blackberry.organizer == Attendee("rembrand@daxlab.com")  # "MAILTO:" upper case


def test_reminders_in_minutes_before_the_start():
    assert only("ical4j_nextcloud_valarms_relatedto.ics").reminders == [9540, 19620, 900, 0]
    assert only("icalendar_google_multiple_valarms.ics").reminders == [10, 14, 15]
    assert only("ical4j_exchange_cdo_tzid_ampersand_escaped_comma.ics").reminders == [15]
    assert only("ical4j_php_quoted_printable_in_ics.ics").reminders == [2880]
    assert [e.reminders for e in parse_file("khal_ns_railways_brussels_lmt.ics").events] == [
        [120],
        [120],
    ]  # "PT-2H"
    # Apple's "none" alarm (ACTION:NONE, TRIGGER 19760401T005545Z) is no reminder.
    assert [e.reminders for e in parse_file("rie_google_apple_valarm_none.ics").events] == [[], []]
    data = calendar(
        *event(
            "DTSTART:20240105T090000Z",
            "DTEND:20240105T100000Z",
            "BEGIN:VALARM",
            "TRIGGER;RELATED=END:-PT10M",
            "END:VALARM",
            "BEGIN:VALARM",
            "TRIGGER;VALUE=DATE-TIME:20240105T080000Z",
            "END:VALARM",
            "BEGIN:VALARM",
            "TRIGGER:PT5M",
            "END:VALARM",
        )
    )
    assert parse_ics(data, default_zone=PRAGUE).events[0].reminders == [-50, 60, -5]


def test_todos():
    todos = parse_file("ical4j_mozilla10_vtodo_x_moz.ics").todos
    book = next(t for t in todos if t.summary == "Return library book")
    assert (book.priority, book.status, book.reminders) == (1, "open", [1440])
    data = calendar(
        "BEGIN:VTODO",
        "UID:t1",
        "SUMMARY:File the appeal",
        "DTSTART;TZID=Europe/Prague:20240301T090000",
        "DUE;TZID=Europe/Prague:20240305T170000",
        "PRIORITY:7",
        "STATUS:COMPLETED",
        "COMPLETED:20240304T101500Z",
        "CATEGORIES:court,urgent",
        "BEGIN:VALARM",
        "TRIGGER;RELATED=END:-PT1H",
        "END:VALARM",
        "END:VTODO",
        "BEGIN:VTODO",
        "UID:t2",
        "DUE;VALUE=DATE:20240310",
        "PRIORITY:1",
        "STATUS:IN-PROCESS",
        "END:VTODO",
        "BEGIN:VTODO",
        "UID:t3",
        "STATUS:CANCELLED",
        "END:VTODO",
    )
    filed, second, third = parse_ics(data, default_zone=PRAGUE).todos
    assert filed == TodoRecord(
        uid="t1",
        summary="File the appeal",
        due=datetime(2024, 3, 5, 17),
        tz=PRAGUE,
        start=datetime(2024, 3, 1, 9),
        priority=-1,
        status="done",
        completed=datetime(2024, 3, 4, 10, 15, tzinfo=UTC),
        reminders=[60],
        categories=["court", "urgent"],
        source_line=4,
    )
    assert (second.due, second.tz, second.priority, second.status) == (
        date(2024, 3, 10),
        None,
        1,
        "open",
    )
    assert third.status == "cancelled" and third.due is None


# --------------------------------------------------------------------------- emitting


def test_emit_writes_rfc5545_with_zones_rules_alarms_and_people():
    master = EventRecord(
        uid="m1",
        summary="Hearing, room 2; bring files",
        start=datetime(2024, 3, 25, 9, 0),
        end=datetime(2024, 3, 25, 10, 0),
        tz=PRAGUE,
        rrule="FREQ=WEEKLY;UNTIL=20240415T090000;BYDAY=MO",
        exdates=[datetime(2024, 4, 8, 9, 0)],
        rdates=[datetime(2024, 4, 20, 9, 0)],
        sequence=3,
        organizer=Attendee("boss@firm.cz", "Novák, Jan"),
        attendees=[Attendee("client@example.com", "Klient", "REQ-PARTICIPANT", "ACCEPTED")],
        reminders=[15, 1440],
        categories=["court", "Novák, a.s."],
        url="https://firm.cz/m/1",
    )
    moved = EventRecord(
        uid="m1",
        recurrence_id="20240401T070000Z",
        summary="Hearing moved",
        start=datetime(2024, 4, 2, 13, 0),
        end=datetime(2024, 4, 2, 14, 0),
        tz=PRAGUE,
        status="tentative",
    )
    holiday = EventRecord(
        uid="h1", summary="Velikonoce", all_day=True, start=date(2024, 3, 29), end=date(2024, 4, 2)
    )
    todo = TodoRecord(
        uid="t1",
        summary="Podat odvolání",
        due=datetime(2024, 3, 28, 12, 0),
        tz=PRAGUE,
        priority=1,
        status="done",
        completed=datetime(2024, 3, 27, 8, 0, tzinfo=UTC),
    )
    out = emit_ics([master, moved, holiday], [todo], method="request")
    text = out.decode("utf-8").replace("\r\n ", "")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    for line in [
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Prague",
        "DTSTART;TZID=Europe/Prague:20240325T090000",
        "RRULE:FREQ=WEEKLY;UNTIL=20240415T070000Z;BYDAY=MO",
        "EXDATE;TZID=Europe/Prague:20240408T090000",
        "RDATE;TZID=Europe/Prague:20240420T090000",
        "RECURRENCE-ID;TZID=Europe/Prague:20240401T090000",
        "STATUS:TENTATIVE",
        "SEQUENCE:3",
        "DTSTART;VALUE=DATE:20240329",
        "DTEND;VALUE=DATE:20240402",
        "TRIGGER:-PT15M",
        "TRIGGER:-P1D",
        'ORGANIZER;CN="Novák, Jan":mailto:boss@firm.cz',
        "SUMMARY:Hearing\\, room 2\\; bring files",
        "CATEGORIES:court,Novák\\, a.s.",
        "DUE;TZID=Europe/Prague:20240328T120000",
        "PRIORITY:1",
        "STATUS:COMPLETED",
        "COMPLETED:20240327T080000Z",
    ]:
        assert line in text, line
    assert "PARTSTAT=ACCEPTED" in text and "ROLE=REQ-PARTICIPANT" in text
    # icalendar reads it back strictly, and so do we.
    assert len(icalendar.Calendar.from_ical(out).walk("VEVENT")) == 3
    back = parse_ics(out, default_zone="Asia/Tokyo")
    assert back.problems == [] and back.method == "REQUEST"
    assert [strip(e) for e in back.events] == [master, moved, holiday]
    assert [strip(t) for t in back.todos] == [todo]


def strip(record):
    """A parsed record without what only parsing adds (where it was, what was repaired)."""
    extra = {"end_tz": None} if isinstance(record, EventRecord) else {}
    return dataclasses.replace(record, source_line=0, warnings=[], **extra)


@pytest.mark.parametrize("name", CORPUS)
def test_every_corpus_file_round_trips(name):
    first = parse_file(name)
    out = emit_ics(first.events, first.todos, method=first.method)
    again = parse_ics(out, default_zone=PRAGUE)
    assert again.problems == []
    assert [strip(e) for e in again.events] == [strip(e) for e in first.events]
    assert [strip(t) for t in again.todos] == [strip(t) for t in first.todos]
    assert all(not e.warnings for e in [*again.events, *again.todos])


# --------------------------------------------------------------------------- properties

MUTATE = sorted(n for n in CORPUS if (DATA / n).stat().st_size < 20_000)


@st.composite
def mutated(draw):
    data = bytearray((DATA / draw(st.sampled_from(MUTATE))).read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(
                st.sampled_from([b"\r", b"\n", b" ", b"\t", b":", b";", b",", b"\\", b'"', b"Z"])
                | st.binary(max_size=6)
            )
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            del data[at:]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_real_files_never_raise(data):
    result = parse_ics(data, default_zone=PRAGUE)
    check_sane(result, data)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data):
    check_sane(parse_ics(data, default_zone=PRAGUE), data)


ZONES = [None, "UTC", PRAGUE, "America/New_York", "Australia/Sydney", "Asia/Kolkata"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Any text, line breaks and escapes included; not U+FEFF, which icalendar drops from the
# start of a value (it decodes what it wrote as "utf-8-sig").
text = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")
    | st.sampled_from('\n\t\x85\u2028^\\;,:"'),
    max_size=40,
).map(str.strip)
person = st.builds(
    Attendee,
    email=st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.cz", fullmatch=True),
    name=text.filter(lambda s: "\n" not in s),
    role=st.sampled_from(["", "CHAIR", "REQ-PARTICIPANT", "OPT-PARTICIPANT"]),
    partstat=st.sampled_from(["", "ACCEPTED", "DECLINED", "NEEDS-ACTION", "TENTATIVE"]),
)
moments = st.datetimes(datetime(1990, 1, 1), datetime(2040, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)


def rule_for(start: datetime | date, draw) -> str | None:
    """A rule whose first occurrence is the start (as parsed records always have)."""
    kind = draw(st.sampled_from(["none", "daily", "weekly", "monthly", "yearly"]))
    if kind == "none":
        return None
    parts = [f"FREQ={kind.upper()}"]
    end = draw(st.sampled_from(["count", "until", "forever"]))
    if end == "until":
        last = start + timedelta(days=draw(st.integers(0, 800)))
        day = last if not isinstance(last, datetime) else last.date()
        # 23:59:59 never falls into a DST gap, so the UTC round trip of UNTIL is exact.
        parts.append(
            "UNTIL="
            + (
                day.strftime("%Y%m%d")
                if not isinstance(start, datetime)
                else day.strftime("%Y%m%dT235959")
            )
        )
    elif end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 50))}")
    interval = draw(st.integers(1, 3))
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if kind == "weekly":
        days = {WEEKDAYS[start.weekday()]} | set(draw(st.lists(st.sampled_from(WEEKDAYS))))
        parts.append("BYDAY=" + ",".join(d for d in WEEKDAYS if d in days))
    if kind == "monthly" and start.day <= 28:
        parts.append(f"BYMONTHDAY={start.day}")
    return ";".join(parts)


@st.composite
def event_records(draw, uid: str):
    all_day = draw(st.booleans())
    start = draw(moments)
    tz = None if all_day else draw(st.sampled_from(ZONES))
    if all_day:
        start = start.date()
        end = start + timedelta(days=draw(st.integers(1, 5)))
        step = timedelta(days=1)
    else:
        end = start + timedelta(minutes=draw(st.integers(0, 3000)))
        step = timedelta(hours=1)
    override = draw(st.booleans())
    extra = st.lists(st.integers(1, 500).map(lambda k: start + k * step), unique=True, max_size=3)
    rrule = None if override else rule_for(start, draw)
    recurrence_id = ""
    if override:
        original = start - draw(st.integers(0, 30)) * step
        recurrence_id = occurrence_key(original, tz)
    return EventRecord(
        uid=uid,
        recurrence_id=recurrence_id,
        thisandfuture=override and draw(st.booleans()),
        summary=draw(text),
        description=draw(text),
        location=draw(text),
        all_day=all_day,
        start=start,
        end=end,
        tz=tz,
        rrule=rrule,
        rdates=[] if override else draw(extra),
        exdates=[] if override else draw(extra),
        status=draw(st.sampled_from(["confirmed", "tentative", "cancelled"])),
        sequence=draw(st.integers(0, 1000)),
        organizer=draw(st.none() | person),
        attendees=draw(st.lists(person, max_size=3)),
        reminders=draw(st.lists(st.integers(-600, 40000), unique=True, max_size=3)),
        categories=draw(st.lists(text.filter(bool), unique=True, max_size=3)),
        url=draw(st.sampled_from(["", "https://firm.cz/case/7?x=1&y=2"])),
    )


@st.composite
def todo_records(draw, uid: str):
    tz = draw(st.sampled_from(ZONES))
    due = draw(st.none() | moments | moments.map(lambda d: d.date()))
    start = draw(st.none() | moments) if isinstance(due, datetime) or due is None else None
    if start is None and not isinstance(due, datetime):
        tz = None  # nothing timed to have a zone
    anchor = start if start is not None else due
    return TodoRecord(
        uid=uid,
        summary=draw(text),
        description=draw(text),
        due=due,
        tz=tz,
        start=start,
        priority=draw(st.sampled_from([-1, 0, 1])),
        status=draw(st.sampled_from(["open", "done", "cancelled"])),
        completed=draw(st.none() | moments.map(lambda d: d.replace(tzinfo=UTC))),
        rrule=rule_for(anchor, draw) if anchor is not None else None,
        reminders=draw(st.lists(st.integers(-600, 40000), unique=True, max_size=3))
        if anchor is not None
        else [],
        categories=draw(st.lists(text.filter(bool), unique=True, max_size=3)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_parse_of_emit_is_the_records(data):
    events = [
        data.draw(event_records(f"e{i}@firm.cz")) for i in range(data.draw(st.integers(0, 4)))
    ]
    todos = [data.draw(todo_records(f"t{i}@firm.cz")) for i in range(data.draw(st.integers(0, 2)))]
    out = emit_ics(events, todos)
    back = parse_ics(out, default_zone=data.draw(st.sampled_from([PRAGUE, "Pacific/Auckland"])))
    assert back.problems == []
    assert [strip(e) for e in back.events] == events
    assert [strip(t) for t in back.todos] == todos
