"""The calendar widget: drags that create, move and resize, DST days, layout, keys, painting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest

from smallcrm.core.services.calendar import Occurrence
from smallcrm.gui.widgets.calendar_layout import (
    overlap_columns,
    pack_lanes,
    skipped_minutes,
    slot_time,
    visible_days,
)
from smallcrm.gui.widgets.calendar_view import CalendarView

PRAGUE = ZoneInfo("Europe/Prague")
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
WEDNESDAY = date(2026, 3, 18)  # in the week of Monday 16 March 2026
NOW = datetime(2026, 3, 18, 14, 37, tzinfo=PRAGUE)
_ids = iter(range(1, 10_000))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=PRAGUE)


def event(summary: str, start: datetime | date, end: datetime | date, **extra) -> Occurrence:
    number = next(_ids)
    return Occurrence(
        event_id=number,
        key=f"occ-{number}",
        summary=summary,
        start=start,
        end=end,
        all_day=not isinstance(start, datetime),
        **extra,
    )


class Source:
    """A fetch callable over a fixed list that records what it was asked for."""

    def __init__(self, occurrences: list[Occurrence]) -> None:
        self.occurrences = occurrences
        self.calls: list[tuple[datetime, datetime]] = []

    def __call__(self, start: datetime, end: datetime) -> list[Occurrence]:
        self.calls.append((start, end))
        return list(self.occurrences)


def open_view(qtbot, occurrences=(), mode="week", day=WEDNESDAY, size=(1200, 800)):
    source = Source(list(occurrences))
    view = CalendarView(PRAGUE, source, mode=mode, day=day)
    view.set_now_provider(lambda: NOW)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view, source


def drag(view, start: QPoint, end: QPoint, release: bool = True) -> None:
    """A real drag through the widget's handlers: press, two moves, release."""
    QTest.mousePress(view, LEFT, NO_MOD, start)
    QTest.mouseMove(view, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2 + 1))
    QTest.mouseMove(view, end)
    if release:
        QTest.mouseRelease(view, LEFT, NO_MOD, end)


def record(signal) -> list[tuple]:
    calls: list[tuple] = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


# ------------------------------------------------------------------------- layout maths


def test_three_overlapping_events_get_three_columns_and_a_fourth_reuses_one():
    spans = [(540, 660), (570, 630), (600, 720), (660, 720)]  # 9-11, 9:30-10:30, 10-12, 11-12
    assert overlap_columns(spans) == [(0, 1, 3), (1, 1, 3), (2, 1, 3), (0, 2, 3)]
    # Events that touch do not overlap; a later event opens a new cluster of full width.
    assert overlap_columns([(0, 60), (60, 120), (30, 90), (200, 260)]) == [
        (0, 1, 2),
        (0, 1, 2),
        (1, 1, 2),
        (0, 1, 1),
    ]


def test_lanes_take_the_lowest_free_row_and_give_up_past_the_limit():
    assert pack_lanes([(0, 2), (1, 1), (3, 4), (0, 0), (1, 3)], max_lanes=2) == [0, 1, 0, 1, None]


def test_visible_days_of_each_mode():
    assert visible_days("week", WEDNESDAY, 1)[0] == date(2026, 3, 16)
    assert visible_days("week", WEDNESDAY, 7)[0] == date(2026, 3, 15)  # Sunday first
    assert [d.isoweekday() for d in visible_days("workweek", WEDNESDAY, 7)] == [1, 2, 3, 4, 5]
    month = visible_days("month", WEDNESDAY, 1)
    assert (month[0], month[-1], len(month)) == (date(2026, 2, 23), date(2026, 4, 5), 42)


def test_dst_days_in_wall_clock():
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)
    assert skipped_minutes(spring, PRAGUE) == [(120, 180)]
    assert skipped_minutes(autumn, PRAGUE) == []
    # 02:30 does not exist on 29 March: it becomes the first time that does.
    assert slot_time(spring, 150, PRAGUE) == at(spring, 3)
    assert slot_time(spring, 150, PRAGUE).utcoffset() == timedelta(hours=2)
    # 02:30 happens twice on 25 October: the first one (summer time) is meant.
    assert slot_time(autumn, 150, PRAGUE).utcoffset() == timedelta(hours=2)


# ---------------------------------------------------------------------------- creating


def test_drag_over_empty_slots_requests_a_snapped_range(qtbot):
    view, _source = open_view(qtbot)
    created = record(view.createRequested)
    tuesday = date(2026, 3, 17)
    drag(view, view.point_at(tuesday, 9 * 60 + 5), view.point_at(tuesday, 10 * 60 + 20))
    assert created == [(at(tuesday, 9), at(tuesday, 10, 30), False)]
    # Dragging upwards selects the same kind of range, from the pointer to the first slot.
    drag(view, view.point_at(tuesday, 14 * 60 + 5), view.point_at(tuesday, 12 * 60 + 50))
    assert created[-1] == (at(tuesday, 12, 45), at(tuesday, 14, 15), False)
    assert created[0][0].tzinfo is PRAGUE


def test_a_drag_across_days_in_the_week_spans_them(qtbot):
    view, _source = open_view(qtbot)
    created = record(view.createRequested)
    drag(view, view.point_at(date(2026, 3, 16), 16 * 60), view.point_at(WEDNESDAY, 10 * 60 + 5))
    assert created == [(at(date(2026, 3, 16), 16), at(WEDNESDAY, 10, 15), False)]


def test_create_on_the_spring_forward_day(qtbot):
    spring = date(2026, 3, 29)
    view, _source = open_view(qtbot, day=spring)
    view.scroll_to_minute(0)
    created = record(view.createRequested)

    drag(view, view.point_at(spring, 60 + 5), view.point_at(spring, 3 * 60 + 50))
    start, end, all_day = created[-1]
    assert (start, end, all_day) == (at(spring, 1), at(spring, 4), False)
    assert start.utcoffset() == timedelta(hours=1) and end.utcoffset() == timedelta(hours=2)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=2)  # 23-hour day

    # Both ends inside the hour that does not exist: 03:00 summer time, a quarter long.
    drag(view, view.point_at(spring, 2 * 60 + 20), view.point_at(spring, 2 * 60 + 50))
    start, end, _ = created[-1]
    assert (utc(start), utc(end)) == (
        datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 1, 15, tzinfo=UTC),
    )
    # The grid keeps 24 equal rows on this day, so it lines up with the other days.
    rows = [view.point_at(spring, h * 60).y() for h in (1, 2, 3, 4)]
    assert rows[1] - rows[0] == rows[2] - rows[1] == rows[3] - rows[2]


def test_create_on_the_fall_back_day(qtbot):
    autumn = date(2026, 10, 25)
    view, _source = open_view(qtbot, day=autumn)
    view.scroll_to_minute(0)
    created = record(view.createRequested)

    drag(view, view.point_at(autumn, 60 + 10), view.point_at(autumn, 3 * 60 + 50))
    start, end, _ = created[-1]
    assert start.utcoffset() == timedelta(hours=2) and end.utcoffset() == timedelta(hours=1)
    assert (start.hour, end.hour) == (1, 4)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=4)  # 25-hour day

    # Inside the hour that happens twice: its first (summer-time) occurrence.
    drag(view, view.point_at(autumn, 2 * 60 + 5), view.point_at(autumn, 2 * 60 + 40))
    start, end, _ = created[-1]
    assert (utc(start), utc(end)) == (
        datetime(2026, 10, 25, 0, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 0, 45, tzinfo=UTC),
    )


def test_double_click_on_an_empty_slot_asks_for_an_hour(qtbot):
    view, _source = open_view(qtbot)
    created = record(view.createRequested)
    QTest.mouseDClick(view, LEFT, NO_MOD, view.point_at(WEDNESDAY, 10 * 60 + 40))
    assert created == [(at(WEDNESDAY, 10, 30), at(WEDNESDAY, 11, 30), False)]


def test_drag_in_the_all_day_row_asks_for_whole_days(qtbot):
    view, _source = open_view(qtbot)
    created = record(view.createRequested)
    drag(view, view.point_at(date(2026, 3, 19)), view.point_at(date(2026, 3, 17)))
    assert created == [(at(date(2026, 3, 17), 0), at(date(2026, 3, 20), 0), True)]


def test_escape_cancels_a_drag(qtbot):
    view, _source = open_view(qtbot)
    created = record(view.createRequested)
    end = view.point_at(WEDNESDAY, 11 * 60)
    drag(view, view.point_at(WEDNESDAY, 9 * 60), end, release=False)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(view, LEFT, NO_MOD, end)
    assert created == []


# ------------------------------------------------------------------- moving, resizing


def test_move_an_event_to_another_day_and_time(qtbot):
    meeting = event("Client call", at(date(2026, 3, 16), 9), at(date(2026, 3, 16), 10))
    view, _source = open_view(qtbot, [meeting])
    moved = record(view.moveRequested)
    (rect,) = view.event_rects(meeting)
    grab = QPoint(rect.center().x(), rect.top() + 10)  # ~9:10
    offset = grab.y() - view.point_at(date(2026, 3, 16), 9 * 60).y()
    target = view.point_at(date(2026, 3, 19), 14 * 60)
    drag(view, grab, QPoint(target.x(), target.y() + offset))
    assert moved == [(meeting, at(date(2026, 3, 19), 14), at(date(2026, 3, 19), 15))]
    assert view.current_occurrence() == meeting


def test_a_move_onto_the_spring_forward_night_keeps_the_real_duration(qtbot):
    saturday, sunday = date(2026, 3, 28), date(2026, 3, 29)
    shift = event("Night shift", at(saturday, 1), at(saturday, 2, 30))
    view, _source = open_view(qtbot, [shift], day=sunday)
    view.scroll_to_minute(0)
    moved = record(view.moveRequested)
    grab = view.point_at(saturday, 60 + 20)
    drag(view, grab, view.point_at(sunday, 60 + 20))
    ((occurrence, start, end),) = moved
    assert occurrence == shift and start == at(sunday, 1)
    assert end == at(sunday, 3, 30) and end.utcoffset() == timedelta(hours=2)


def test_resize_by_the_bottom_and_the_top_edge(qtbot):
    meeting = event("Review", at(WEDNESDAY, 9), at(WEDNESDAY, 10))
    view, _source = open_view(qtbot, [meeting])
    resized = record(view.resizeRequested)
    (rect,) = view.event_rects(meeting)
    drag(view, QPoint(rect.center().x(), rect.bottom() - 1), view.point_at(WEDNESDAY, 11 * 60 + 20))
    assert resized == [(meeting, at(WEDNESDAY, 9), at(WEDNESDAY, 11, 15))]
    drag(view, QPoint(rect.center().x(), rect.top() + 1), view.point_at(WEDNESDAY, 8 * 60 + 10))
    assert resized[-1] == (meeting, at(WEDNESDAY, 8, 15), at(WEDNESDAY, 10))
    # The end can not pass the start: the shortest event is a quarter of an hour.
    drag(view, QPoint(rect.center().x(), rect.bottom() - 1), view.point_at(WEDNESDAY, 6 * 60))
    assert resized[-1] == (meeting, at(WEDNESDAY, 9), at(WEDNESDAY, 9, 15))


def test_a_click_without_a_drag_only_selects(qtbot):
    meeting = event("Review", at(WEDNESDAY, 9), at(WEDNESDAY, 10))
    view, _source = open_view(qtbot, [meeting])
    moved, current = record(view.moveRequested), record(view.currentChanged)
    opened = record(view.openRequested)
    QTest.mouseClick(view, LEFT, NO_MOD, view.event_rects(meeting)[0].center())
    assert moved == [] and current == [(meeting,)]
    QTest.mouseDClick(view, LEFT, NO_MOD, view.event_rects(meeting)[0].center())
    assert opened == [(meeting,)]


def test_month_drag_creates_days_and_moves_by_days(qtbot):
    hearing = event("Hearing", at(date(2026, 3, 10), 9, 30), at(date(2026, 3, 10), 11))
    trip = event("Trip", date(2026, 3, 3), date(2026, 3, 5))
    view, _source = open_view(qtbot, [hearing, trip], mode="month")
    created, moved = record(view.createRequested), record(view.moveRequested)

    drag(view, view.point_at(date(2026, 3, 24)), view.point_at(date(2026, 3, 26)))
    assert created == [(at(date(2026, 3, 24), 0), at(date(2026, 3, 27), 0), True)]

    drag(view, view.event_rects(hearing)[0].center(), view.point_at(date(2026, 3, 13)))
    assert moved == [(hearing, at(date(2026, 3, 13), 9, 30), at(date(2026, 3, 13), 11))]

    # An all-day bar grabbed on its second day and dropped a week later keeps its days.
    (bar,) = view.event_rects(trip)
    grab = QPoint(bar.right() - 20, bar.center().y())
    drag(view, grab, view.point_at(date(2026, 3, 11)))
    assert moved[-1] == (trip, at(date(2026, 3, 10), 0), at(date(2026, 3, 12), 0))


# -------------------------------------------------------------------------- the layout


def test_overlapping_events_stand_side_by_side(qtbot):
    day = date(2026, 3, 17)
    a = event("A", at(day, 9), at(day, 11))
    b = event("B", at(day, 9, 30), at(day, 10, 30))
    c = event("C", at(day, 10), at(day, 12))
    d = event("D", at(day, 11), at(day, 12))
    view, _source = open_view(qtbot, [a, b, c, d])
    (ra,), (rb,), (rc,), (rd,) = (view.event_rects(o) for o in (a, b, c, d))
    assert ra.left() < rb.left() < rc.left()
    assert ra.width() == rb.width() == rc.width()
    assert rd.left() == ra.left()  # D reuses A's column once A is over...
    assert rd.right() > rb.left() and rd.right() < rc.left()  # ...and widens over B's


def test_all_day_and_multi_day_events_are_bars_above_the_grid(qtbot):
    holiday = event("Holiday", date(2026, 3, 17), date(2026, 3, 18))
    conference = event("Conference", date(2026, 3, 18), date(2026, 3, 21))
    retreat = event("Retreat", at(date(2026, 3, 19), 12), at(date(2026, 3, 21), 12))
    view, _source = open_view(qtbot, [holiday, conference, retreat])
    grid_top = view.point_at(date(2026, 3, 16)).y() + 4  # the all-day row ends there
    (h,), (c,), (r,) = (view.event_rects(o) for o in (holiday, conference, retreat))
    assert all(rect.bottom() < grid_top for rect in (h, c, r))
    column = view.point_at(date(2026, 3, 17)).x() - view.point_at(date(2026, 3, 16)).x()
    assert abs(c.width() - 3 * column) < 8 and abs(h.width() - column) < 8
    assert c.top() != r.top()  # overlapping bars take different lanes


def test_a_full_all_day_row_folds_into_more_and_opens(qtbot):
    day = date(2026, 3, 17)
    holidays = [event(f"Leave {n}", day, day + timedelta(days=1)) for n in range(5)]
    view, _source = open_view(qtbot, holidays)
    link = view.more_link(day)
    assert link is not None and link[1] == 3  # two bars and "+3 more" in three lanes
    assert sum(1 for o in holidays if view.event_rects(o)) == 2
    QTest.mouseClick(view, LEFT, NO_MOD, link[0].center())
    assert view.more_link(day) is None
    assert all(view.event_rects(o) for o in holidays)


def test_an_all_day_bar_moves_by_days_in_the_week(qtbot):
    trip = event("Trip", date(2026, 3, 16), date(2026, 3, 18))
    view, _source = open_view(qtbot, [trip])
    moved = record(view.moveRequested)
    (bar,) = view.event_rects(trip)
    grab = QPoint(bar.left() + 20, bar.center().y())
    target = view.point_at(date(2026, 3, 19))
    drag(view, grab, QPoint(target.x(), grab.y()))
    assert moved == [(trip, at(date(2026, 3, 19), 0), at(date(2026, 3, 21), 0))]


def test_an_event_across_midnight_shows_in_both_days(qtbot):
    migration = event("Migration", at(date(2026, 3, 20), 22), at(date(2026, 3, 21), 1, 30))
    view, _source = open_view(qtbot, [migration])
    friday, saturday = view.event_rects(migration)
    assert saturday.left() > friday.left()
    view.scroll_to_minute(0)
    saturday = view.event_rects(migration)[1]
    assert abs(saturday.top() - view.point_at(date(2026, 3, 21), 0).y()) <= 2
    assert abs(saturday.bottom() - view.point_at(date(2026, 3, 21), 90).y()) <= 3


def test_month_cell_shows_more_and_the_link_opens_the_day(qtbot):
    day = date(2026, 3, 12)
    busy = [event(f"Call {n}", at(day, 8 + n), at(day, 8 + n, 30)) for n in range(9)]
    view, _source = open_view(qtbot, busy, mode="month")
    link = view.more_link(day)
    assert link is not None
    rect, hidden = link
    shown = sum(1 for o in busy if view.event_rects(o))
    assert shown + hidden == 9 and hidden >= 2
    assert view.more_link(date(2026, 3, 13)) is None
    modes = record(view.modeChanged)
    QTest.mouseClick(view, LEFT, NO_MOD, rect.center())
    assert view.mode() == "day" and view.anchor_date() == day
    assert modes == [("day",)]


def test_current_time_line_is_drawn_at_now_in_todays_column(qtbot):
    view, _source = open_view(qtbot)
    view.scroll_to_minute(12 * 60)  # as far as it goes: the evening at the bottom
    image = view.grab().toImage()
    now = view.point_at(WEDNESDAY, 14 * 60 + 37)

    def red(point: QPoint) -> bool:
        # The line is two pixels thick at a fractional height: look a pixel either side.
        colors = [QColor(image.pixel(point.x(), point.y() + dy)) for dy in (-1, 0, 1)]
        return any(c.red() > 180 and c.green() < 90 and c.blue() < 90 for c in colors)

    assert red(now)
    assert not red(view.point_at(WEDNESDAY, 14 * 60 + 50))  # a few pixels lower
    assert not red(view.point_at(date(2026, 3, 17), 14 * 60 + 37))  # only today has it


# ------------------------------------------------------------------------ the keyboard


def test_keyboard_moves_the_selection_and_pages(qtbot):
    view, source = open_view(qtbot)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_day() == date(2026, 3, 19)
    start, _end = view.selected_slot()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_slot()[0] == start + timedelta(minutes=30)
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.selected_slot()[0] == at(date(2026, 3, 19), 0)
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.selected_slot()[0] == at(date(2026, 3, 19), 23, 30)

    ranges = record(view.rangeChanged)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert ranges == [(at(date(2026, 3, 23), 0), at(date(2026, 3, 30), 0))]
    assert source.calls[-1] == ranges[-1]
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert view.visible_range()[0] == at(date(2026, 3, 9), 0)
    QTest.keyClick(view, Qt.Key.Key_T)
    assert view.visible_range()[0] == at(date(2026, 3, 16), 0)
    assert view.selected_day() == WEDNESDAY
    # Right from Sunday goes to the next week.
    view.set_date(date(2026, 3, 22))
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_range()[0] == at(date(2026, 3, 23), 0)


def test_tab_walks_the_events_enter_opens_delete_asks(qtbot):
    first = event("First", at(date(2026, 3, 16), 9), at(date(2026, 3, 16), 10))
    second = event("Second", at(WEDNESDAY, 9), at(WEDNESDAY, 10))
    all_day = event("Holiday", WEDNESDAY, WEDNESDAY + timedelta(days=1))
    view, _source = open_view(qtbot, [second, all_day, first])
    view.set_date(date(2026, 3, 16))
    opened, deleted = record(view.openRequested), record(view.deleteRequested)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.current_occurrence() == first
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.current_occurrence() == all_day  # all-day before timed on the same day
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.current_occurrence() == second
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.current_occurrence() == first  # round again
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert view.current_occurrence() == second
    QTest.keyClick(view, Qt.Key.Key_Return)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert opened == [(second,)] and deleted == [(second,)]
    assert "Second" in view.accessibleDescription()
    # Arrows leave the event for the day; Enter then asks for an hour there.
    created = record(view.createRequested)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.current_occurrence() is None
    QTest.keyClick(view, Qt.Key.Key_Enter)
    assert len(created) == 1 and created[0][2] is False


def test_month_keys_move_by_days_and_weeks(qtbot):
    view, _source = open_view(qtbot, mode="month")
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_day() == date(2026, 3, 25)
    QTest.keyClick(view, Qt.Key.Key_Down)  # into April: the month follows
    assert view.selected_day() == date(2026, 4, 1) and view.title().startswith("April")
    created = record(view.createRequested)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert created == [(at(date(2026, 4, 1), 0), at(date(2026, 4, 2), 0), True)]


# ----------------------------------------------------------------------- range, modes


def test_modes_ask_for_their_ranges(qtbot):
    view, source = open_view(qtbot)
    assert source.calls == [(at(date(2026, 3, 16), 0), at(date(2026, 3, 23), 0))]
    view.set_mode("workweek")
    assert view.visible_range() == (at(date(2026, 3, 16), 0), at(date(2026, 3, 21), 0))
    view.set_mode("month")
    assert view.visible_range() == (at(date(2026, 2, 23), 0), at(date(2026, 4, 6), 0))
    view.set_mode("agenda")
    assert view.visible_range() == (at(WEDNESDAY, 0), at(date(2026, 4, 17), 0))
    view.set_mode("day")
    assert view.visible_range() == (at(WEDNESDAY, 0), at(date(2026, 3, 19), 0))
    assert source.calls[-1] == view.visible_range()
    view.set_first_weekday(7)
    view.set_mode("week")
    assert view.visible_range()[0] == at(date(2026, 3, 15), 0)
    with pytest.raises(ValueError):
        view.set_mode("year")


def test_reload_keeps_the_current_event_or_clears_it(qtbot):
    meeting = event("Review", at(WEDNESDAY, 9), at(WEDNESDAY, 10))
    view, source = open_view(qtbot, [meeting])
    QTest.mouseClick(view, LEFT, NO_MOD, view.event_rects(meeting)[0].center())
    changes = record(view.currentChanged)
    view.reload()
    assert view.current_occurrence() == meeting and changes == []
    source.occurrences = []
    view.reload()
    assert view.current_occurrence() is None and changes == [(None,)]


def test_agenda_lists_days_with_events_only(qtbot):
    early = event("Early", at(date(2026, 3, 20), 8), at(date(2026, 3, 20), 9))
    late = event("Late", at(date(2026, 3, 25), 17), at(date(2026, 3, 25), 18))
    view, source = open_view(qtbot, [late, early], mode="agenda")
    (e,), (lt,) = view.event_rects(early), view.event_rects(late)
    assert e.top() < lt.top()
    assert view.point_at(date(2026, 3, 22)).isNull()  # no events: no heading
    assert not view.point_at(date(2026, 3, 20)).isNull()
    source.occurrences = []
    view.reload()
    assert view.event_rects(early) == []


# --------------------------------------------------------------------------- painting


def sample() -> list[Occurrence]:
    monday = date(2026, 3, 16)
    return [
        event("Client call", at(monday, 9), at(monday, 10), location="Phone"),
        event("Contract review", at(monday, 9, 30), at(monday, 11), location="Room 2"),
        event("Stand-up", at(monday, 10), at(monday, 10, 30)),
        event("Conference", WEDNESDAY, date(2026, 3, 21), location="Brno"),
        event("Holiday", date(2026, 3, 17), date(2026, 3, 18)),
        event("Filing deadline", date(2026, 3, 19), date(2026, 3, 20), kind="deadline"),
        event("VAT due", at(date(2026, 3, 20), 12), at(date(2026, 3, 20), 12), kind="deadline"),
        event("Partner meeting", at(date(2026, 3, 19), 10), at(date(2026, 3, 19), 11),
              status="cancelled"),
        event("Prep", at(WEDNESDAY, 15), at(WEDNESDAY, 16), status="tentative"),
        event("Migration", at(date(2026, 3, 20), 22), at(date(2026, 3, 21), 1, 30)),
    ]  # fmt: skip


@pytest.mark.parametrize("mode", ["day", "week", "workweek", "month", "agenda"])
@pytest.mark.parametrize("dark", [False, True])
def test_every_mode_paints_light_and_dark(qtbot, mode, dark):
    view, _source = open_view(qtbot, sample(), mode=mode)
    if dark:
        palette = view.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
        view.setPalette(palette)
    QTest.keyClick(view, Qt.Key.Key_Tab)  # a selected event is painted too
    image = view.grab().toImage()
    assert not image.isNull()
    corner = QColor(image.pixel(view.width() - 30, view.height() - 5))
    assert (corner.lightness() < 100) == dark
    view.resize(500, 400)
    assert not view.grab().toImage().isNull()


def test_no_events_in_the_agenda_paints_a_note(qtbot):
    view, _source = open_view(qtbot, [], mode="agenda")
    image = view.grab().toImage()
    centre = image.copy(view.width() // 2 - 60, view.height() // 2 - 10, 120, 20)
    base = view.palette().color(QPalette.ColorRole.Base).rgb()
    assert any(
        centre.pixel(x, y) != base for x in range(centre.width()) for y in range(centre.height())
    )
