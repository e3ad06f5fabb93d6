"""Series expanded ahead into ``event_occurrence`` read exactly as series expanded on the fly."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text, update

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.models import Event, EventExpansion, EventOccurrence
from smallcrm.core.paths import Profile
from smallcrm.core.services import calendar as cal
from smallcrm.core.services import occurrence_table
from smallcrm.core.services.calendar import EventInput, InvalidEvent

PRAGUE = "Europe/Prague"


def _window(s, first: date, last: date, zone: str = PRAGUE):
    zi = ZoneInfo(zone)
    return cal.occurrences(
        s, datetime.combine(first, time(), zi), datetime.combine(last, time(), zi), user_zone=zone
    )


def _on_the_fly(s, first: date, last: date, zone: str = PRAGUE):
    """The same window with no rows to read: every series is expanded from its rule."""
    nested = s.begin_nested()
    try:
        s.execute(delete(EventExpansion))
        return _window(s, first, last, zone)
    finally:
        nested.rollback()


def _shape(occs) -> list[tuple]:
    return [(o.event_id, o.key, o.start, o.end, o.summary, o.status) for o in occs]


def _rows(s, event_id: int) -> int:
    return s.execute(
        select(func.count())
        .select_from(EventOccurrence)
        .where(EventOccurrence.event_id == event_id)
    ).scalar_one()


def _series(s, summary: str, start, end, rule: str, tz: str | None = PRAGUE, **kw) -> int:
    return cal.create_event(
        s,
        EventInput(
            summary, start, end, tz=tz, all_day=not isinstance(start, datetime), rrule=rule, **kw
        ),
        user_zone=PRAGUE,
    )


def _mixed_calendar(s) -> dict[str, int]:
    ids = {
        "standup": _series(
            s, "Stand-up", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 9, 15),
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        ),
        "kyiv": _series(
            s, "Kyiv call", datetime(2026, 1, 5, 18), datetime(2026, 1, 5, 19),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", tz="Europe/Kyiv",
        ),
        "floating": _series(
            s, "Floating lunch", datetime(2026, 1, 7, 12), datetime(2026, 1, 7, 13),
            "FREQ=WEEKLY;BYDAY=WE", tz=None,
        ),
        "vat": _series(
            s, "VAT return", date(2026, 1, 25), date(2026, 1, 26), "FREQ=MONTHLY;BYMONTHDAY=25",
            tz=None,
        ),
        "night": _series(  # across midnight, and at 02:30 on the spring-forward night
            s, "Night batch", datetime(2026, 3, 28, 2, 30), datetime(2026, 3, 28, 4),
            "FREQ=DAILY;COUNT=5",
        ),
        "close": _series(
            s, "Month-end close", datetime(2026, 1, 30, 16), datetime(2026, 1, 30, 18),
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            exdates=[datetime(2026, 4, 30, 16)], rdates=[datetime(2026, 5, 4, 16)],
        ),
        "trip": _series(  # three days long, every four weeks
            s, "Court circuit", date(2026, 2, 3), date(2026, 2, 6), "FREQ=WEEKLY;INTERVAL=4",
            tz=None,
        ),
    }  # fmt: skip
    # One occurrence changed on its own, one moved to another day.
    detail = cal.get_event(s, ids["standup"])
    moved = detail.data
    cal.update_event(
        s,
        ids["standup"],
        EventInput(
            "Stand-up (long)", datetime(2026, 3, 11, 9), datetime(2026, 3, 11, 10), tz=PRAGUE
        ),
        user_zone=PRAGUE,
        scope="this",
        key="20260311T080000Z",
    )
    assert moved.summary == "Stand-up"
    return ids


def test_series_are_expanded_when_written_and_views_read_the_rows(database):
    with database.session_scope() as s:
        ids = _mixed_calendar(s)
        assert all(_rows(s, i) > 0 for i in ids.values())
        assert cal.stale_series(s) == []
        march = _window(s, date(2026, 3, 1), date(2026, 4, 6))
        assert _shape(march) == _shape(_on_the_fly(s, date(2026, 3, 1), date(2026, 4, 6)))
        keys = [o.key for o in march if o.event_id == ids["standup"]]
        assert "20260311T080000Z" not in keys  # replaced by its changed occurrence
        assert any(o.summary == "Stand-up (long)" for o in march)
        # The view reads the rows: one taken away by hand (in a window not read before,
        # so no built week is kept) is missing from the view.
        s.execute(
            delete(EventOccurrence).where(
                EventOccurrence.event_id == ids["kyiv"],
                EventOccurrence.start_s == int(datetime(2026, 5, 11, 15, tzinfo=UTC).timestamp()),
            )
        )
        may = _window(s, date(2026, 5, 1), date(2026, 6, 1))
        assert [o.key for o in may if o.event_id == ids["kyiv"]] == ["20260525T150000Z"]


@pytest.mark.parametrize(
    "zone", ["Europe/Prague", "Europe/London", "America/New_York", "Australia/Sydney"]
)
def test_rows_and_expansion_agree_in_every_user_zone_over_a_year(database, zone):
    with database.session_scope() as s:
        _mixed_calendar(s)
        first = date(2026, 1, 1)
        while first < date(2027, 1, 1):
            last = first + timedelta(days=35)
            assert _shape(_window(s, first, last, zone)) == _shape(
                _on_the_fly(s, first, last, zone)
            ), first
            first = last


def test_a_write_that_bypasses_the_service_is_seen_and_the_rows_refreshed(database):
    with database.session_scope() as s:
        ids = _mixed_calendar(s)
        # An EXDATE added with plain SQL (as an old build or a repair might): the rows no
        # longer match the rule, so the view expands the series instead of reading them.
        s.execute(
            update(Event)
            .where(Event.id == ids["floating"])
            .values(exdates='["2026-03-11T12:00:00"]')
        )
        march = _window(s, date(2026, 3, 1), date(2026, 4, 1))
        floating = [o.key for o in march if o.event_id == ids["floating"]]
        assert "20260311T120000" not in floating and "20260318T120000" in floating
        assert cal.stale_series(s) == [ids["floating"]]
        assert cal.expand_ahead(s, cal.stale_series(s)) == 1
        assert cal.stale_series(s) == []
        assert _shape(_window(s, date(2026, 3, 1), date(2026, 4, 1))) == _shape(march)


def test_windows_beyond_the_horizon_are_expanded_on_the_fly(database):
    with database.session_scope() as s:
        ids = _mixed_calendar(s)
        first, last = occurrence_table.horizon(datetime.now(UTC))
        later = last.date() + timedelta(days=40)
        far = _window(s, later, later + timedelta(days=14))
        assert [o.key for o in far if o.event_id == ids["standup"]]  # still there
        assert _shape(far) == _shape(_on_the_fly(s, later, later + timedelta(days=14)))
        earlier = first.date() - timedelta(days=60)
        s.execute(update(Event).where(Event.id == ids["standup"]).values(
            start_local=datetime(2020, 3, 2, 9), end_local=datetime(2020, 3, 2, 9, 15),
            start_utc=datetime(2020, 3, 2, 8, tzinfo=UTC),
        ))  # fmt: skip
        cal.expand_ahead(s, [ids["standup"]])
        old = _window(s, earlier, earlier + timedelta(days=14))
        assert len([o for o in old if o.event_id == ids["standup"]]) == 10
        assert _shape(old) == _shape(_on_the_fly(s, earlier, earlier + timedelta(days=14)))


def test_deleting_restoring_and_ending_a_series_keep_rows_in_step(database):
    with database.session_scope() as s:
        ids = _mixed_calendar(s)
        cal.delete_event(s, ids["kyiv"], scope="all")
        assert not [
            o for o in _window(s, date(2026, 3, 1), date(2026, 4, 1)) if o.event_id == ids["kyiv"]
        ]
        cal.restore_events(s, [ids["kyiv"]])
        assert cal.stale_series(s) == []
        assert [
            o for o in _window(s, date(2026, 3, 1), date(2026, 4, 1)) if o.event_id == ids["kyiv"]
        ]
        # A series made a single event has no rows left.
        detail = cal.get_event(s, ids["vat"])
        single = detail.data
        single.rrule = None
        cal.update_event(s, ids["vat"], single, user_zone=PRAGUE, scope="all")
        assert _rows(s, ids["vat"]) == 0
        assert cal.stale_series(s) == []


def test_a_rolled_back_write_leaves_no_rows(database):
    with pytest.raises(InvalidEvent), database.session_scope() as s:
        event_id = _series(
            s, "Weekly", datetime(2026, 5, 4, 9), datetime(2026, 5, 4, 10), "FREQ=WEEKLY"
        )
        assert _rows(s, event_id) > 0
        raise InvalidEvent("the user cancelled")
    with database.session_scope() as s:
        assert s.execute(select(func.count()).select_from(EventOccurrence)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(EventExpansion)).scalar_one() == 0


def test_an_hourly_series_is_cut_where_expansion_stops_and_still_read_right(database):
    with database.session_scope() as s:
        event_id = _series(
            s, "Hourly check", datetime(2026, 1, 1, 0), datetime(2026, 1, 1, 0, 5), "FREQ=HOURLY"
        )
        assert 0 < _rows(s, event_id) <= 4 * 366 * 24
        # 25 hours in Prague that night, but the rule counts wall-clock hours (RFC 5545):
        # the repeated 02:00 is one occurrence.
        day = _window(s, date(2026, 10, 25), date(2026, 10, 26))
        assert len(day) == 24
        assert _shape(day) == _shape(_on_the_fly(s, date(2026, 10, 25), date(2026, 10, 26)))


ZONES = st.sampled_from([PRAGUE, "Europe/Kyiv", "America/New_York", "UTC", None])
RULES = st.sampled_from([
    "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY",
    "FREQ=DAILY;COUNT=20", "FREQ=WEEKLY;UNTIL=20270301T000000",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
])  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    zone=ZONES,
    rule=RULES,
    all_day=st.booleans(),
    start=st.datetimes(min_value=datetime(2025, 6, 1), max_value=datetime(2027, 6, 1)),
    minutes=st.integers(min_value=0, max_value=3 * 24 * 60),
    skip=st.integers(min_value=0, max_value=5),
    user_zone=st.sampled_from([PRAGUE, "Europe/London", "Asia/Tokyo", "Australia/Sydney"]),
    window_at=st.integers(min_value=0, max_value=900),
    window_days=st.integers(min_value=1, max_value=45),
)
def test_any_series_reads_the_same_from_rows_and_from_its_rule(
    database, zone, rule, all_day, start, minutes, skip, user_zone, window_at, window_days
):
    start = start.replace(second=0, microsecond=0)
    with database.session_scope() as s:
        s.execute(delete(Event))
        if all_day:
            begin, end = start.date(), start.date() + timedelta(days=1 + minutes // 1440)
            rule = rule.replace("T000000", "")
        else:
            begin, end = start, start + timedelta(minutes=minutes)
        try:
            event_id = _series(s, "Series", begin, end, rule, tz=None if all_day else zone)
        except InvalidEvent:
            assume(False)
        if skip:  # leave out one of the first occurrences
            first_ones = _on_the_fly(
                s,
                begin if all_day else begin.date(),
                (begin if all_day else begin.date()) + timedelta(days=400),
                user_zone,
            )
            if len(first_ones) > skip:
                cal.delete_event(s, event_id, scope="this", key=first_ones[skip].key)
        assert cal.stale_series(s) == []
        first = date(2025, 6, 1) + timedelta(days=window_at)
        last = first + timedelta(days=window_days)
        assert _shape(_window(s, first, last, user_zone)) == _shape(
            _on_the_fly(s, first, last, user_zone)
        )


@pytest.mark.postgres
def test_the_tables_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            _mixed_calendar(s)
            assert cal.stale_series(s) == []
            for first in (date(2026, 3, 1), date(2026, 10, 1), date(2026, 12, 20)):
                last = first + timedelta(days=40)
                assert _shape(_window(s, first, last)) == _shape(_on_the_fly(s, first, last))
        with database.session_scope() as s:
            s.execute(text("DELETE FROM event"))  # rows go with their events
            assert s.execute(select(func.count()).select_from(EventOccurrence)).scalar_one() == 0
    finally:
        database.dispose()
