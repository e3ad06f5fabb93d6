"""Events and series: wall-clock truth across DST, editing one, following or all occurrences."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from smallcrm.core.services import calendar as cal
from smallcrm.core.services.calendar import EventInput, InvalidEvent

PRAGUE = "Europe/Prague"
P = ZoneInfo(PRAGUE)


def _window(s, first: date, last: date, zone: str = PRAGUE):
    zi = ZoneInfo(zone)
    return cal.occurrences(
        s,
        datetime.combine(first, datetime.min.time(), zi),
        datetime.combine(last, datetime.min.time(), zi),
        user_zone=zone,
    )


def _local(occs, zone: str = PRAGUE) -> list[str]:
    zi = ZoneInfo(zone)
    return [
        o.start.isoformat() if o.all_day else o.start.astimezone(zi).strftime("%Y-%m-%d %H:%M")
        for o in occs
    ]


def test_a_series_dragged_later_keeps_its_last_occurrence(database):
    """An UNTIL at the old start time would leave the last day out once the series starts
    later: it moves with the series."""
    with database.session_scope() as s:
        sid = cal.create_event(
            s,
            EventInput(
                "Porada", datetime(2026, 11, 2, 9), datetime(2026, 11, 2, 10), tz=PRAGUE,
                rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20261123T090000",
            ),
            user_zone=PRAGUE,
        )  # fmt: skip
        occs = _window(s, date(2026, 11, 1), date(2026, 11, 30))
        assert len(occs) == 4
        cal.move_occurrence(
            s,
            occs[1],
            datetime(2026, 11, 9, 10, 30, tzinfo=P),
            datetime(2026, 11, 9, 11, 30, tzinfo=P),
            user_zone=PRAGUE,
            scope="all",
        )
        assert _local(_window(s, date(2026, 11, 1), date(2026, 11, 30))) == [
            "2026-11-02 10:30", "2026-11-09 10:30", "2026-11-16 10:30", "2026-11-23 10:30"
        ]  # fmt: skip
        assert cal.get_event(s, sid).data.rrule == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261123T103000"


def test_an_until_date_moves_by_the_days_the_series_moved():
    from smallcrm.core.recurrence import until_moved

    nine = datetime(2026, 4, 1, 9)
    rule = "FREQ=DAILY;UNTIL=20260406"
    assert until_moved(rule, nine, timedelta(hours=-2)) == rule  # the same days
    assert until_moved(rule, nine, timedelta(hours=16)) == "FREQ=DAILY;UNTIL=20260407"
    assert until_moved(rule, date(2026, 4, 1), timedelta(days=-1)) == "FREQ=DAILY;UNTIL=20260405"
    assert until_moved("FREQ=DAILY;COUNT=3", nine, timedelta(hours=1)) == "FREQ=DAILY;COUNT=3"


def test_weekly_series_stays_at_nine_prague_across_both_dst_changes(database):
    with database.session_scope() as s:
        cal.create_event(
            s,
            EventInput(
                "Partners' meeting",
                datetime(2026, 3, 16, 9),
                datetime(2026, 3, 16, 10),
                tz=PRAGUE,
                rrule="FREQ=WEEKLY;BYDAY=MO",
            ),
            user_zone=PRAGUE,
        )
        spring = _window(s, date(2026, 3, 16), date(2026, 4, 7))
        assert _local(spring) == [
            "2026-03-16 09:00",
            "2026-03-23 09:00",
            "2026-03-30 09:00",  # after the change on 29 March: still nine
            "2026-04-06 09:00",
        ]
        assert [o.start.utcoffset() for o in spring] == [timedelta(hours=h) for h in (1, 1, 2, 2)]
        autumn = _window(s, date(2026, 10, 19), date(2026, 11, 3))
        assert _local(autumn) == ["2026-10-19 09:00", "2026-10-26 09:00", "2026-11-02 09:00"]
        # Seen from London the same meetings move by the hour London and Prague differ.
        london = _window(s, date(2026, 3, 23), date(2026, 3, 31), "Europe/London")
        assert _local(london, "Europe/London") == ["2026-03-23 08:00", "2026-03-30 08:00"]


def test_this_occurrence_following_and_all(database):
    with database.session_scope() as s:
        sid = cal.create_event(
            s,
            EventInput(
                "Stand-up",
                datetime(2026, 11, 2, 8, 30),
                datetime(2026, 11, 2, 8, 45),
                tz=PRAGUE,
                rrule="FREQ=DAILY;COUNT=10",
                reminders=[10],
            ),
            user_zone=PRAGUE,
        )
        occs = _window(s, date(2026, 11, 1), date(2026, 11, 20))
        assert len(occs) == 10
        third = occs[2]
        # This occurrence only: moved to 10:00.
        oid = cal.move_occurrence(
            s,
            third,
            datetime(2026, 11, 4, 10, tzinfo=P),
            datetime(2026, 11, 4, 10, 30, tzinfo=P),
            user_zone=PRAGUE,
            scope="this",
        )
        assert oid != sid
        occs = _window(s, date(2026, 11, 1), date(2026, 11, 20))
        assert _local(occs)[2] == "2026-11-04 10:00" and len(occs) == 10
        assert occs[2].event_id == oid and occs[2].key == third.key
        # Moving it again updates the same changed occurrence, not a second one.
        again = cal.move_occurrence(
            s,
            occs[2],
            datetime(2026, 11, 4, 11, tzinfo=P),
            datetime(2026, 11, 4, 11, 30, tzinfo=P),
            user_zone=PRAGUE,
        )
        assert again == oid
        # This and following from the 6th: the series splits, counts add up to ten.
        sixth = _window(s, date(2026, 11, 7), date(2026, 11, 8))[0]
        detail = cal.get_event(s, sixth.event_id)
        edited = detail.data
        edited.start, edited.end = datetime(2026, 11, 7, 9), datetime(2026, 11, 7, 9, 15)
        edited.summary = "Stand-up (new time)"
        tail = cal.update_event(
            s, sixth.event_id, edited, user_zone=PRAGUE, scope="following", key=sixth.key
        )
        occs = _window(s, date(2026, 11, 1), date(2026, 11, 20))
        assert _local(occs) == [
            "2026-11-02 08:30",
            "2026-11-03 08:30",
            "2026-11-04 11:00",
            "2026-11-05 08:30",
            "2026-11-06 08:30",
            "2026-11-07 09:00",
            "2026-11-08 09:00",
            "2026-11-09 09:00",
            "2026-11-10 09:00",
            "2026-11-11 09:00",
        ]
        assert {o.event_id for o in occs[5:]} == {tail}
        # All: the first series moves to 08:00; its changed occurrence named by the old
        # time no longer names anything and goes.
        first = cal.get_event(s, sid).data
        first.start, first.end = datetime(2026, 11, 2, 8), datetime(2026, 11, 2, 8, 15)
        cal.update_event(s, sid, first, user_zone=PRAGUE, scope="all")
        occs = _window(s, date(2026, 11, 1), date(2026, 11, 7))
        assert _local(occs) == [f"2026-11-0{d} 08:00" for d in range(2, 7)]


def test_delete_one_following_and_undo(database):
    with database.session_scope() as s:
        sid = cal.create_event(
            s,
            EventInput(
                "Office day",
                date(2026, 12, 1),
                date(2026, 12, 2),
                all_day=True,
                rrule="FREQ=WEEKLY;BYDAY=TU,TH",
            ),
            user_zone=PRAGUE,
        )
        occs = _window(s, date(2026, 12, 1), date(2026, 12, 31))
        assert [o.start for o in occs][:3] == [
            date(2026, 12, 1),
            date(2026, 12, 3),
            date(2026, 12, 8),
        ]
        cal.delete_event(s, sid, scope="this", key=occs[1].key)
        cal.delete_event(s, sid, scope="following", key=occs[4].key)  # from 15 Dec
        left = [o.start for o in _window(s, date(2026, 12, 1), date(2027, 2, 1))]
        assert left == [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 10)]
        gone = cal.delete_event(s, sid)
        assert _window(s, date(2026, 12, 1), date(2027, 2, 1)) == []
        cal.restore_events(s, gone)
        assert len(_window(s, date(2026, 12, 1), date(2027, 2, 1))) == 3


def test_bad_input_is_refused_with_the_reason(database):
    with database.session_scope() as s:
        with pytest.raises(InvalidEvent, match="ends .* before it starts"):
            cal.create_event(
                s,
                EventInput("Hearing", datetime(2026, 5, 1, 10), datetime(2026, 5, 1, 9), tz=PRAGUE),
                user_zone=PRAGUE,
            )
        with pytest.raises(InvalidEvent, match="Unknown time zone"):
            cal.create_event(
                s,
                EventInput(
                    "Hearing", datetime(2026, 5, 1, 10), datetime(2026, 5, 1, 11), tz="Mars/Olympus"
                ),
                user_zone=PRAGUE,
            )
        with pytest.raises(InvalidEvent, match="cannot be read"):
            cal.create_event(
                s,
                EventInput(
                    "Hearing",
                    datetime(2026, 5, 1, 10),
                    datetime(2026, 5, 1, 11),
                    tz=PRAGUE,
                    rrule="FREQ=SOMETIMES",
                ),
                user_zone=PRAGUE,
            )


def test_floating_and_gap_times(database):
    with database.session_scope() as s:
        # A floating 09:00 is 09:00 wherever the user is.
        cal.create_event(
            s,
            EventInput("Floating", datetime(2026, 6, 1, 9), datetime(2026, 6, 1, 10)),
            user_zone=PRAGUE,
        )
        # 02:30 on 29 March 2026 does not exist in Prague: it shows at 03:30 like a clock.
        cal.create_event(
            s,
            EventInput(
                "Gap", datetime(2026, 3, 29, 2, 30), datetime(2026, 3, 29, 3, 30), tz=PRAGUE
            ),
            user_zone=PRAGUE,
        )
        assert _local(_window(s, date(2026, 6, 1), date(2026, 6, 2))) == ["2026-06-01 09:00"]
        ny = _window(s, date(2026, 6, 1), date(2026, 6, 2), "America/New_York")
        assert _local(ny, "America/New_York") == ["2026-06-01 09:00"]
        assert _local(_window(s, date(2026, 3, 29), date(2026, 3, 30))) == ["2026-03-29 03:30"]


@pytest.mark.postgres
def test_series_changes_and_reminders_on_postgres(pg_url, tmp_path):
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile
    from smallcrm.core.services import reminders

    profile = Profile.open(tmp_path / "pg", pg_url)
    database = Database(profile.url)
    try:
        migrate.upgrade(profile, database)
        with database.session_scope() as s:
            sid = cal.create_event(
                s,
                EventInput(
                    "Partners' meeting",
                    datetime(2026, 10, 19, 9),
                    datetime(2026, 10, 19, 10),
                    tz=PRAGUE,
                    rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=4",
                    reminders=[15],
                ),
                user_zone=PRAGUE,
            )
            cal.create_event(
                s,
                EventInput("Office closed", date(2026, 10, 28), date(2026, 10, 29), all_day=True),
                user_zone=PRAGUE,
            )
        with database.session_scope() as s:
            occs = _window(s, date(2026, 10, 19), date(2026, 11, 16))
            assert _local(occs) == [
                "2026-10-19 09:00",
                "2026-10-26 09:00",  # the first Monday of winter time
                "2026-10-28",
                "2026-11-02 09:00",
                "2026-11-09 09:00",
            ]
            cal.move_occurrence(
                s,
                occs[1],
                datetime(2026, 10, 26, 11, tzinfo=P),
                datetime(2026, 10, 26, 12, tzinfo=P),
                user_zone=PRAGUE,
            )
            cal.delete_event(s, sid, scope="this", key=occs[3].key)
        with database.session_scope() as s:
            occs = _window(s, date(2026, 10, 19), date(2026, 11, 16))
            assert _local(occs) == [
                "2026-10-19 09:00",
                "2026-10-26 11:00",
                "2026-10-28",
                "2026-11-09 09:00",
            ]
            due = reminders.due_reminders(
                s, datetime(2026, 11, 9, 8, 50, tzinfo=P), user_zone=PRAGUE
            )
            # The first was due more than two weeks ago: too old to show.
            assert [r.due_at.astimezone(P).strftime("%m-%d %H:%M") for r in due] == [
                "10-26 10:45",
                "11-09 08:45",
            ]
            reminders.mark_shown(s, due)
        with database.session_scope() as s:
            assert (
                reminders.due_reminders(s, datetime(2026, 11, 9, 8, 50, tzinfo=P), user_zone=PRAGUE)
                == []
            )
    finally:
        database.dispose()
