"""Calendar figures on 5,000 events (500 of them series): a year's expansion and each view."""

from __future__ import annotations

import sys
from pathlib import Path

# This file is called calendar.py: run as a script, its folder comes first on sys.path and
# would shadow the standard library's `calendar` (dateutil imports it). Drop the folder first.
HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]

import argparse  # noqa: E402
import compileall  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = HERE.parent
CACHE = ROOT / "bench" / ".cache"
# Change the version whenever the generated data changes: a new folder is built.
VERSION = "calendar-5k-v2"
PROFILE_DIR = CACHE / VERSION
COMPLETE = ".bench-complete"  # written when the build finished, so a killed build is redone
META = "meta.json"
USER_ZONE = "Europe/Prague"
GOAL_MS = 50.0
SIZE = (1280, 800)
SINGLES = 4_500
SERIES = 500
SEED = 20260101
YEAR = (
    datetime(2026, 1, 1, tzinfo=ZoneInfo(USER_ZONE)),
    datetime(2027, 1, 1, tzinfo=ZoneInfo(USER_ZONE)),
)
AWAY = date(2025, 3, 3)  # a page visited between timed runs, so each run fetches anew

PEOPLE = ("Novák", "Dvořáková", "Kowalski", "Horváth", "Шевченко", "Svoboda", "Nowak", "Kovač")
MEETINGS = ("Client meeting", "Call with", "Hearing:", "Consultation", "Review with", "Lunch:")
TIMED_SERIES = ("Team stand-up", "Partners' meeting", "Billing review", "1:1", "Court day")
ALL_DAY_SERIES = ("VAT return", "Payroll", "Birthday:", "Licence renewal", "Month-end close")
LOCATIONS = ("", "", "", "Office, room 2", "Teams", "Městský soud v Praze", "Client's office")


# --- the profile ---------------------------------------------------------------------------


def _zone(rng: random.Random, prague: float) -> str | None:
    """Mostly Prague; some Warsaw, Kyiv, UTC and floating."""
    if rng.random() < prague:
        return USER_ZONE
    return rng.choice(("Europe/Warsaw", "Europe/Kyiv", "UTC", None))


def _single_inputs(rng: random.Random, count: int) -> tuple[list[Any], Counter[str]]:
    """One-off events over 2026-2027: working hours, some all-day and multi-day ones."""
    from smallcrm.core.services.calendar import EventInput

    kinds: Counter[str] = Counter()
    out = []
    for n in range(count):
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(730))
        if day.weekday() >= 5 and rng.random() < 0.9:  # few things happen at weekends
            day -= timedelta(days=day.weekday() - 4)
        summary = f"{rng.choice(MEETINGS)} {rng.choice(PEOPLE)} #{n}"
        location = rng.choice(LOCATIONS)
        r = rng.random()
        if r < 0.08:  # all-day, one day
            data = EventInput(summary, day, day + timedelta(days=1), all_day=True)
            kinds["all-day"] += 1
        elif r < 0.11:  # all-day over several days: a trip, a holiday
            days = rng.randint(2, 10)
            data = EventInput(summary, day, day + timedelta(days=days), all_day=True)
            kinds["multi-day all-day"] += 1
        elif r < 0.125:  # timed over several days: a conference
            start = datetime.combine(day, datetime.min.time()).replace(hour=9)
            end = start + timedelta(days=rng.randint(1, 3), hours=8)
            data = EventInput(summary, start, end, tz=_zone(rng, 0.75))
            kinds["multi-day timed"] += 1
        else:
            start = datetime.combine(day, datetime.min.time()).replace(
                hour=rng.randint(8, 17), minute=rng.choice((0, 0, 15, 30, 30, 45))
            )
            minutes = rng.choice((15, 30, 30, 45, 60, 60, 60, 90, 120, 180))
            data = EventInput(summary, start, start + timedelta(minutes=minutes))
            data.tz = _zone(rng, 0.75)
            kinds["timed"] += 1
        data.location = location
        data.status = "tentative" if rng.random() < 0.05 else "confirmed"
        out.append(data)
    return out, kinds


def _series_rule(rng: random.Random) -> tuple[str, str, float]:
    """(kind, RRULE without bounds, share of all-day) with a realistic mix."""
    days = ("MO", "TU", "WE", "TH", "FR")
    kind = rng.choices(
        ("daily", "weekdays", "weekly", "biweekly", "monthly", "monthly nth", "last workday",
         "yearly"),
        weights=(4, 8, 26, 14, 15, 7, 10, 16),
    )[0]  # fmt: skip
    if kind == "daily":
        return kind, "FREQ=DAILY", 0.0
    if kind == "weekdays":
        return kind, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 0.0
    if kind == "weekly":
        chosen = sorted(rng.sample(range(5), rng.choice((1, 1, 1, 2, 3))))
        return kind, "FREQ=WEEKLY;BYDAY=" + ",".join(days[d] for d in chosen), 0.03
    if kind == "biweekly":
        return kind, f"FREQ=WEEKLY;INTERVAL=2;BYDAY={rng.choice(days)}", 0.03
    if kind == "monthly":
        if rng.random() < 0.5:
            return kind, "FREQ=MONTHLY", 0.25  # the day of the month of its first start
        return kind, f"FREQ=MONTHLY;BYMONTHDAY={rng.randint(1, 28)}", 0.25
    if kind == "monthly nth":
        nth = rng.choice(("1", "2", "3", "-1"))
        return kind, f"FREQ=MONTHLY;BYDAY={nth}{rng.choice(days)}", 0.1
    if kind == "last workday":
        return kind, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 0.4
    return kind, "FREQ=YEARLY", 0.7


def _build_series(session: Any, rng: random.Random, count: int) -> tuple[Counter[str], int, int]:
    """Series begun 2020-2026, some bounded, some with EXDATEs and changed occurrences."""
    from dateutil.rrule import rrulestr

    from smallcrm.core.recurrence import Series, occurrence_key, starts_between
    from smallcrm.core.services.calendar import EventInput, create_event, update_event

    kinds: Counter[str] = Counter()
    exdates_total = overrides_total = 0
    for n in range(count):
        kind, rule, all_day_share = _series_rule(rng)
        all_day = rng.random() < all_day_share
        begun = date(2020, 1, 1) + timedelta(
            days=rng.randrange((date(2026, 10, 31) - date(2020, 1, 1)).days)
        )
        if all_day:
            tz = None
            candidate = datetime.combine(begun, datetime.min.time())
        else:
            tz = _zone(rng, 0.8)
            hour = 8 if kind in ("daily", "weekdays") else rng.randint(8, 17)
            candidate = datetime.combine(begun, datetime.min.time()).replace(
                hour=hour, minute=rng.choice((0, 30))
            )
        # The first start is the rule's first occurrence on or after the chosen day.
        first = next(iter(rrulestr(rule, dtstart=candidate, ignoretz=True)))
        bound = rng.random()
        if bound < 0.15:
            rule += f";COUNT={rng.randint(6, 80)}"
            kinds["bounded by COUNT"] += 1
        elif bound < 0.30:
            until = first + timedelta(days=rng.randint(90, 2400))
            rule += ";UNTIL=" + (
                until.strftime("%Y%m%d") if all_day else until.strftime("%Y%m%dT235959")
            )
            kinds["bounded by UNTIL"] += 1
        if all_day:
            start: datetime | date = first.date()
            end: datetime | date = first.date() + timedelta(days=1)
            summary = f"{rng.choice(ALL_DAY_SERIES)} {rng.choice(PEOPLE)}"
        else:
            minutes = (
                rng.choice((15, 15, 30))
                if kind in ("daily", "weekdays")
                else rng.choice((30, 45, 60, 60, 90))
            )
            start, end = first, first + timedelta(minutes=minutes)
            summary = rng.choice(TIMED_SERIES)
        summary = f"{summary} ({kind}) #{n}"
        # Occurrences around now to skip (EXDATE) or change on their own.
        near = list(
            starts_between(
                Series(start, end, tz, rule),
                date(2025, 9, 1) if all_day else datetime(2025, 9, 1),
                date(2027, 3, 1) if all_day else datetime(2027, 3, 1),
            )
        )
        exdates: list[datetime | date] = []
        if near and rng.random() < 0.2:
            exdates = rng.sample(near, min(len(near), rng.randint(1, 4)))
            exdates_total += len(exdates)
        data = EventInput(
            summary, start, end, tz=tz, all_day=all_day, rrule=rule, exdates=exdates,
            location=rng.choice(LOCATIONS),
        )  # fmt: skip
        event_id = create_event(session, data, user_zone=USER_ZONE)
        kinds[kind] += 1
        if all_day:
            kinds["all-day series"] += 1
        left = [wall for wall in near if wall not in exdates]
        if left and rng.random() < 0.12:
            for wall in rng.sample(left, min(len(left), rng.randint(1, 3))):
                shift = (
                    timedelta(days=1) if all_day else timedelta(minutes=rng.choice((30, 60, 120)))
                )
                changed = EventInput(
                    f"{summary} (moved)", wall + shift, wall + shift + (end - start), tz=tz,
                    all_day=all_day, status="cancelled" if rng.random() < 0.2 else "confirmed",
                )  # fmt: skip
                update_event(
                    session, event_id, changed, user_zone=USER_ZONE, scope="this",
                    key=occurrence_key(wall, tz),
                )  # fmt: skip
                overrides_total += 1
    return kinds, exdates_total, overrides_total


def ensure_profile(rebuild: bool) -> tuple[Any, Any, dict[str, Any]]:
    """The cached profile (built once through the real services), migrated to this checkout."""
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile

    if rebuild or not (PROFILE_DIR / COMPLETE).is_file():
        shutil.rmtree(PROFILE_DIR, ignore_errors=True)  # also one left by a killed build
        print(f"building {SINGLES:,} events and {SERIES} series in {PROFILE_DIR} (once) ...",
              flush=True)  # fmt: skip
        started = time.perf_counter()
        profile = Profile(PROFILE_DIR.resolve())  # the file, never a SMALLCRM_DB server
        profile.ensure()
        database = Database(profile.url)
        migrate.upgrade(profile, database)
        from smallcrm.core.services.calendar import create_event

        rng = random.Random(SEED)
        singles, single_kinds = _single_inputs(rng, SINGLES)
        with database.session_scope() as session:
            for data in singles:
                create_event(session, data, user_zone=USER_ZONE)
            series_kinds, exdates, overrides = _build_series(session, rng, SERIES)
        database.dispose()
        meta = {
            "singles": dict(single_kinds),
            "series": dict(series_kinds),
            "exdates": exdates,
            "overrides": overrides,
            "seconds": time.perf_counter() - started,
        }
        (PROFILE_DIR / META).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        (PROFILE_DIR / COMPLETE).write_text(VERSION)
        print(f"  built in {meta['seconds']:.1f} s", flush=True)
    profile = Profile(PROFILE_DIR.resolve())
    database = Database(profile.url)
    migrate.upgrade(profile, database)  # a profile made by an older build (backs up first)
    meta = json.loads((PROFILE_DIR / META).read_text(encoding="utf-8"))
    expand_ahead_as_at_start(database)
    return profile, database, meta


def expand_ahead_as_at_start(database: Any) -> None:
    """What the app's start does in the background: series without rows for today's
    horizon (a profile from an older build, or a new year) are expanded ahead."""
    from sqlalchemy import func, select

    from smallcrm.core.models import EventOccurrence
    from smallcrm.core.services.calendar import expand_ahead, stale_series

    started, written = time.perf_counter(), 0
    while True:
        with database.session_scope() as session:
            batch = expand_ahead(session, stale_series(session, limit=50))
        if not batch:
            break
        written += batch
    with database.session_scope() as session:
        rows = session.execute(select(func.count()).select_from(EventOccurrence)).scalar_one()
    if written:
        print(f"expanded {written} series ahead in {time.perf_counter() - started:.1f} s"
              f" ({rows:,} occurrence rows)", flush=True)  # fmt: skip
    else:
        print(f"series already expanded ahead ({rows:,} occurrence rows)", flush=True)


# --- measuring -----------------------------------------------------------------------------


@dataclass
class Clock:
    """Seconds spent in the source, the layout and the paint since the last reset."""

    fetch: float = 0.0
    layout: float = 0.0
    paint: float = 0.0  # the whole paintEvent, layout included
    paints: int = 0
    fetched: int = 0

    def reset(self) -> None:
        self.fetch = self.layout = self.paint = 0.0
        self.paints = self.fetched = 0


@dataclass
class Figure:
    name: str
    occurrences: int
    total: list[float] = field(default_factory=list)  # ms, wall clock
    cpu: list[float] = field(default_factory=list)  # ms of this process's CPU time
    fetch: list[float] = field(default_factory=list)
    layout: list[float] = field(default_factory=list)
    paint: list[float] = field(default_factory=list)  # without the layout
    other: list[float] = field(default_factory=list)  # entries, sorting, widget work
    goal: bool = True
    paints: set[int] = field(default_factory=set)  # paintEvents per run: 1 each is right


def timed_fetch(database: Any, clock: Clock) -> Callable[[datetime, datetime], list[Any]]:
    """The calendar page's real source, with the time spent in it counted."""
    from smallcrm.gui.views.calendar import read_occurrences

    fetch = read_occurrences(database, USER_ZONE)

    def counted(start: datetime, end: datetime) -> list[Any]:
        started = time.perf_counter()
        result = fetch(start, end)
        clock.fetch += time.perf_counter() - started
        clock.fetched = len(result)
        return result

    return counted


def probe_class() -> type:
    """CalendarView with its layout and paint timed (the same code runs)."""
    from smallcrm.gui.widgets.calendar_view import CalendarView

    class Probe(CalendarView):  # type: ignore[misc]
        clock = Clock()

        def _ensure_layout(self) -> None:
            if not self._dirty:
                return
            started = time.perf_counter()
            super()._ensure_layout()
            self.clock.layout += time.perf_counter() - started

        def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
            started = time.perf_counter()
            super().paintEvent(event)
            self.clock.paint += time.perf_counter() - started
            self.clock.paints += 1

    return Probe


def make_view(app: Any, database: Any, mode: str, day: date, clock: Clock) -> Any:
    probe = probe_class()
    probe.clock = clock
    view = probe(ZoneInfo(USER_ZONE), timed_fetch(database, clock), mode=mode, day=day)
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    return view


def _record(figure: Figure, clock: Clock, total_s: float, cpu_s: float) -> None:
    figure.total.append(total_s * 1000)
    figure.cpu.append(cpu_s * 1000)
    figure.fetch.append(clock.fetch * 1000)
    figure.layout.append(clock.layout * 1000)
    figure.paint.append((clock.paint - clock.layout) * 1000)
    figure.other.append((total_s - clock.fetch - clock.paint) * 1000)
    figure.occurrences = clock.fetched
    figure.paints.add(clock.paints)


def measure_view(
    app: Any, view: Any, clock: Clock, name: str, show: Callable[[], None], runs: int,
    away: Callable[[], None],
) -> Figure:  # fmt: skip
    """``show()`` (a set_date or next_page) then ``repaint()``: the whole synchronous path
    from the user's click to the painted page; the view is moved ``away`` between runs."""
    figure = Figure(name, 0)
    for _ in range(runs):
        away()
        view.repaint()
        app.processEvents()
        clock.reset()
        started, cpu = time.perf_counter(), time.process_time()
        show()
        view.repaint()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        _record(figure, clock, elapsed, cpu)
        app.processEvents()  # nothing may be left to paint after the measured paint
    return figure


def measure_year(database: Any, runs: int) -> Figure:
    from smallcrm.core.services.calendar import occurrences

    figure = Figure("expand 2026 (core occurrences())", 0, goal=False)
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        with database.session_scope() as session:
            found = occurrences(session, *YEAR, user_zone=USER_ZONE)
        figure.total.append((time.perf_counter() - started) * 1000)
        figure.cpu.append((time.process_time() - cpu) * 1000)
        figure.occurrences = len(found)
    return figure


def pick_targets(database: Any) -> dict[str, date]:
    """The busiest and a typical (median) month, week and day of 2026, by occurrences."""
    from smallcrm.core.services.calendar import occurrences

    with database.session_scope() as session:
        found = occurrences(session, *YEAR, user_zone=USER_ZONE)
    months: Counter[date] = Counter()
    weeks: Counter[date] = Counter()
    days: Counter[date] = Counter()
    for occ in found:
        day = occ.start if not isinstance(occ.start, datetime) else occ.start.date()
        if day.year != 2026:
            continue
        months[day.replace(day=1)] += 1
        weeks[day - timedelta(days=day.weekday())] += 1
        days[day] += 1

    def typical(counter: Counter[date]) -> date:
        ranked = sorted(counter, key=lambda key: (counter[key], key))
        return ranked[len(ranked) // 2]

    # Weeks wholly in 2026 (the first and last are counted in part).
    full_weeks = Counter(
        {w: n for w, n in weeks.items() if date(2026, 1, 1) <= w <= date(2026, 12, 25)}
    )
    return {
        "busy month": months.most_common(1)[0][0],
        "typical month": typical(months),
        "busy week": full_weeks.most_common(1)[0][0],
        "typical week": typical(full_weeks),
        "busy day": days.most_common(1)[0][0],
    }


def measure_views(app: Any, database: Any, targets: dict[str, date], runs: int) -> list[Figure]:
    from smallcrm.gui.widgets.calendar_layout import page_step

    clock = Clock()
    figures: list[Figure] = []

    def go(view: Any, day: date) -> Callable[[], None]:
        return lambda: view.set_date(day)

    view = make_view(app, database, "month", AWAY, clock)
    for label in ("busy month", "typical month"):
        day = targets[label]
        name = f"month view, {label[:-6]} ({day:%b %Y})"
        figures.append(measure_view(app, view, clock, name, go(view, day), runs, go(view, AWAY)))
    day = targets["typical month"]
    following = page_step("month", day, 1)
    figures.append(
        measure_view(
            app,
            view,
            clock,
            f"month view, paging {day:%b} -> {following:%b %Y}",
            view.next_page,
            runs,
            go(view, day),
        )  # fmt: skip
    )
    view.close()

    view = make_view(app, database, "week", AWAY, clock)
    for label in ("busy week", "typical week"):
        day = targets[label]
        name = f"week view, {label[:-5]} (week of {day:%d %b})"
        figures.append(measure_view(app, view, clock, name, go(view, day), runs, go(view, AWAY)))
    day = targets["typical week"]
    figures.append(
        measure_view(
            app,
            view,
            clock,
            f"week view, paging from week of {day:%d %b}",
            view.next_page,
            runs,
            go(view, day),
        )  # fmt: skip
    )
    view.close()

    quick = max(3, runs // 2)
    for mode, label, name in (
        ("workweek", "busy week", "work week, busy"),
        ("day", "busy day", "day view, busiest day"),
        ("agenda", "busy week", "agenda (30 days), from busy week"),
    ):
        view = make_view(app, database, mode, AWAY, clock)
        day = targets[label]
        figures.append(
            measure_view(
                app, view, clock, f"{name} ({day:%d %b})", go(view, day), quick, go(view, AWAY)
            )  # fmt: skip
        )
        view.close()
    return figures


def child(kind: str, anchor: str) -> None:
    """One cold first view in a fresh process: a new engine, empty caches (the OS still has
    the file cached). Prints its figures as JSON.

    As in the app, the window is already up when the user opens the calendar: the view is
    made, given its day, shown in a window on screen and repainted.
    """
    from PySide6.QtWidgets import QWidget

    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile
    from smallcrm.core.services.calendar import occurrences
    from smallcrm.gui.app import create_application

    app = create_application(["bench"], "en")
    probe = probe_class()  # imports the widget, as the main window has done at start
    database = Database(Profile(PROFILE_DIR.resolve()).url)
    clock = Clock()
    if kind == "year":
        started, cpu = time.perf_counter(), time.process_time()
        with database.session_scope() as session:
            found = occurrences(session, *YEAR, user_zone=USER_ZONE)
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
        clock.fetch, clock.fetched = total, len(found)
    else:
        window = QWidget()
        window.resize(*SIZE)
        window.show()
        deadline = time.perf_counter() + 10
        while not window.windowHandle().isExposed() and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()
        prepared = kind.endswith("-prepared")
        kind = kind.removesuffix("-prepared")
        if prepared:
            # What MainWindow does on the read lane a moment after start (_warm_calendar):
            # read the season around "today" (here the anchor) once.
            around = datetime.combine(date.fromisoformat(anchor), datetime.min.time(),
                                      ZoneInfo(USER_ZONE))  # fmt: skip
            with database.session_scope() as session:
                occurrences(session, around - timedelta(days=45), around + timedelta(days=75),
                            user_zone=USER_ZONE)  # fmt: skip
            import smallcrm.gui.views.calendar  # noqa: F401 - as the window does after it
        started, cpu = time.perf_counter(), time.process_time()
        probe.clock = clock
        view = probe(
            ZoneInfo(USER_ZONE), timed_fetch(database, clock), window, mode=kind,
            day=date.fromisoformat(anchor),
        )  # fmt: skip
        view.setGeometry(0, 0, *SIZE)
        view.show()
        view.repaint()
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
        snapshot = Clock(clock.fetch, clock.layout, clock.paint, clock.paints, clock.fetched)
        app.processEvents()  # after the figures: a paint posted by show() is not the view's
        clock = snapshot
    database.dispose()
    figures = {"total": total, "cpu": cpu, "fetch": clock.fetch, "layout": clock.layout,
               "paint": clock.paint, "paints": clock.paints, "occ": clock.fetched}  # fmt: skip
    print(json.dumps(figures))


def measure_cold(targets: dict[str, date], runs: int) -> list[Figure]:
    figures = []
    for kind, label, name in (
        ("year", "busy month", "cold: expand 2026 (core), new process"),
        ("month", "busy month", "cold: first month view, busy"),
        ("week", "busy week", "cold: first week view, busy"),
        ("month-prepared", "busy month", "new process, after start-up's read: month"),
        ("week-prepared", "busy week", "new process, after start-up's read: week"),
    ):
        figure = Figure(name, 0, goal=kind != "year")
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", kind,
                 targets[label].isoformat()],
                check=True, capture_output=True, text=True, cwd=ROOT,
            )  # fmt: skip
            result = json.loads(done.stdout.strip().splitlines()[-1])
            clock = Clock(result["fetch"], result["layout"], result["paint"], result["paints"],
                          result["occ"])  # fmt: skip
            if kind == "year":
                figure.total.append(result["total"] * 1000)
                figure.cpu.append(result["cpu"] * 1000)
                figure.occurrences = result["occ"]
            else:
                _record(figure, clock, result["total"], result["cpu"])
        figures.append(figure)
    return figures


def profile_view(app: Any, database: Any, day: date, top: int) -> None:
    """cProfile over three month views of ``day`` (set_date + repaint): where the time goes."""
    import cProfile
    import pstats

    view = make_view(app, database, "month", AWAY, Clock())
    profiler = cProfile.Profile()
    for _ in range(3):
        view.set_date(AWAY)
        view.repaint()
        app.processEvents()
        profiler.enable()
        view.set_date(day)
        view.repaint()
        profiler.disable()
        app.processEvents()
    view.close()
    print(f"\ncProfile: month view of {day:%b %Y}, 3 times (set_date + repaint), by own time")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    print("the same, SmallCRM's functions by cumulative time")
    stats.sort_stats("cumulative").print_stats("smallcrm", top)


# --- the report ----------------------------------------------------------------------------


def _p50(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f}" if values else f"{'-':>7}"


def print_table(figures: list[Figure]) -> None:
    header = (
        f"{'figure':<46} {'occ':>6} {'runs':>4} {'fetch':>7} {'layout':>7} {'paint':>7}"
        f" {'other':>7} {'p50':>7} {'max':>7} {'cpu p50':>7}   goal (p50)"
    )
    print(header)
    print("-" * (len(header) + 16))
    for f in figures:
        p50, top = statistics.median(f.total), max(f.total)
        if f.goal:
            verdict = "met" if p50 <= GOAL_MS else "NOT met"
            if p50 <= GOAL_MS < top:
                verdict += " (max over)"
            goal = f"< {GOAL_MS:g} ms {verdict}"
        else:
            goal = "- (not a view)"
        print(
            f"{f.name:<46} {f.occurrences:>6,} {len(f.total):>4} {_p50(f.fetch)} {_p50(f.layout)}"
            f" {_p50(f.paint)} {_p50(f.other)} {p50:7.1f} {top:7.1f} {_p50(f.cpu)}   {goal}"
        )
    odd = [f.name for f in figures if f.goal and f.paints != {1}]
    if odd:
        print("not one paintEvent per run in: " + "; ".join(odd))
    print(
        "\nms. p50/max: wall clock from set_date() or next_page() (the source read included)"
        " until\nrepaint() returned with the page laid out and painted (one paintEvent);"
        " fetch, layout, paint\nand other are its parts' medians (other: entries built from"
        " the occurrences, sorting, the\nwidget's own work); cpu p50: this process's CPU"
        " time over the same span (below the wall\nclock when other programs held the cores)."
        " cold: a new process, a new engine, empty caches;\nthe OS has the file cached."
        " after start-up's read: a new process that has read the season once, as the"
        "\nwindow does on its read lane two seconds after it shows (the view itself is new)."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, metavar="N", help="warm runs per figure")
    parser.add_argument("--cold-runs", type=int, default=3, metavar="N",
                        help="fresh processes per cold figure")  # fmt: skip
    parser.add_argument("--rebuild", action="store_true", help="build the profile anew")
    parser.add_argument("--profile", action="store_true",
                        help="after the figures, cProfile the busiest month view")  # fmt: skip
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DAY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    if args.runs < 1:
        parser.error("--runs must be 1 or more")

    # The installed app runs from bytecode; where PYTHONDONTWRITEBYTECODE is set, the first
    # view would otherwise include compiling the modules it imports.
    compileall.compile_dir(str(ROOT / "src" / "smallcrm"), quiet=1)
    from smallcrm.gui.app import create_application

    app = create_application(["bench"], "en")
    _profile, database, meta = ensure_profile(args.rebuild)
    targets = pick_targets(database)
    year = measure_year(database, args.runs)
    views = measure_views(app, database, targets, args.runs)
    cold = measure_cold(targets, args.cold_runs) if args.cold_runs > 0 else []

    import PySide6

    singles, series = Counter(meta["singles"]), Counter(meta["series"])
    bounds = {k: series.pop(k, 0) for k in ("bounded by COUNT", "bounded by UNTIL")}
    all_day = series.pop("all-day series", 0)
    print(
        f"\nSmallCRM calendar: {singles.total():,} single events"
        f" ({', '.join(f'{k} {v:,}' for k, v in singles.most_common())})"
        f"\nand {series.total()} series ({', '.join(f'{k} {v}' for k, v in series.most_common())};"
        f" {all_day} all-day; {bounds['bounded by COUNT']} with COUNT,"
        f" {bounds['bounded by UNTIL']} with UNTIL),"
        f"\n{meta['exdates']} EXDATEs, {meta['overrides']} changed occurrences."
        f"\nViews {SIZE[0]}x{SIZE[1]} offscreen in {USER_ZONE}; profile {VERSION} in bench/.cache."
    )
    print(
        f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; Python"
        f" {sys.version.split()[0]}, PySide6 {PySide6.__version__}, SQLite"
        f" {sqlite3.sqlite_version}\n"
    )
    print_table([year, *views, *cold])
    if args.profile:
        profile_view(app, database, targets["busy month"], 25)
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
