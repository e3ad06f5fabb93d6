"""Matters figures on 100,000 demo contacts and 20,000 matters: a 5,000-activity timeline
(the core's first page and the real widget's first paint) and the conflict check's latency."""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
PROFILE = CACHE / "profile-100k-matters"
COMPLETE = ".bench-complete"  # written when `demo` finished, so a killed build is redone
DEMO_JSON = "demo.json"  # what `smallcrm demo --json` said (which contact is the busy one)

GOALS = {
    "timeline_core": ("first page read", 0.100),
    "timeline_paint": ("first paint", 0.100),
    "conflict_p95": ("conflict check p95", 0.200),
}


def ensure_profile(contacts: int, matters: int) -> dict[str, Any]:
    if (PROFILE / COMPLETE).is_file():
        return json.loads((PROFILE / DEMO_JSON).read_text(encoding="utf-8"))
    if PROFILE.exists():
        import shutil

        shutil.rmtree(PROFILE)  # left over from an interrupted build
    print(
        f"building a demo profile with {contacts:,} contacts and {matters:,} matters"
        f" in {PROFILE} (once) ...",
        flush=True,
    )
    done = subprocess.run(
        [sys.executable, "-m", "smallcrm", "--home", str(PROFILE), "demo",
         "--contacts", str(contacts), "--matters", str(matters), "--seed", "1", "--json"],
        check=True, capture_output=True, text=True, cwd=ROOT,
        env={key: value for key, value in os.environ.items() if key != "SMALLCRM_DB"},
    )  # fmt: skip
    result = json.loads(done.stdout)
    (PROFILE / DEMO_JSON).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    (PROFILE / COMPLETE).write_text("ok")
    print(f"  built in {result['seconds']:.1f} s", flush=True)
    return result


def _database(profile_dir: Path) -> Any:
    """The profile's database at this checkout's schema (a cached profile may be older)."""
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile

    profile = Profile.open(profile_dir)
    database = Database(profile.url)
    migrate.upgrade(profile, database)
    return database


# --- the timeline --------------------------------------------------------------------------


def measure_timeline_core(database: Any, contact_id: int, runs: int) -> dict[str, Any]:
    """services.timeline.timeline(first page of 100): the first call, then warm runs."""
    from smallcrm.core.services.address_book import Ref
    from smallcrm.core.services.timeline import kind_counts, timeline

    ref = Ref("person", contact_id)
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        with database.session_scope() as session:
            page = timeline(session, ref, limit=100)
        times.append(time.perf_counter() - started)
    with database.session_scope() as session:
        total = sum(kind_counts(session, ref).values())
    return {"first": times[0], "warm": statistics.median(times[1:]), "rows": len(page),
            "total": total}  # fmt: skip


def measure_timeline_paint(database: Any, contact_id: int, runs: int) -> dict[str, Any]:
    """The real TimelineView, offscreen: made, given the person, shown and repainted.

    Two moments: when ``repaint()`` returns (as the widget was asked to be measured), and
    when its rows are drawn (a QListView lays its items out on a posted event, so the
    event loop runs until the delegate has painted them: what the user waits for).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from smallcrm.core.services.address_book import Ref
    from smallcrm.gui.app import create_application
    from smallcrm.gui.widgets import timeline_view
    from smallcrm.gui.widgets.timeline_view import TimelineView

    app = create_application(["bench"], "en")
    painted = [0]
    original = timeline_view.TimelineDelegate.paint

    def counting_paint(self: Any, *args: Any) -> None:
        painted[0] += 1
        original(self, *args)

    timeline_view.TimelineDelegate.paint = counting_paint  # type: ignore[method-assign]
    repainted, drawn, facts = [], [], []
    try:
        for _ in range(runs + 1):
            painted[0] = 0
            started = time.perf_counter()
            view = TimelineView(database, None)
            view.resize(720, 900)
            view.set_owner(Ref("person", contact_id))
            view.show()
            view.repaint()
            repainted.append(time.perf_counter() - started)
            at_repaint = painted[0]
            deadline = started + 10.0
            while not painted[0] and time.perf_counter() < deadline:
                app.processEvents()
            drawn.append(time.perf_counter() - started)
            facts.append((view.model.rowCount(), at_repaint, painted[0]))
            view.close()
            view.deleteLater()
            app.processEvents()
    finally:
        timeline_view.TimelineDelegate.paint = original  # type: ignore[method-assign]
    rows, at_repaint, rows_drawn = facts[0]
    return {
        "first": repainted[0],
        "warm": statistics.median(repainted[1:]),
        "drawn_first": drawn[0],
        "drawn_warm": statistics.median(drawn[1:]),
        "rows": rows,
        "at_repaint": at_repaint,
        "drawn": rows_drawn,
    }


# --- the conflict check --------------------------------------------------------------------


def _latin(text: str) -> str:
    """Ukrainian Cyrillic in the national Latin transliteration, as people write it abroad."""
    from smallcrm.core.demo import _UK_LATIN as table

    out = []
    for word in text.split():
        latin = word.lower().translate(table)
        out.append(latin[:1].upper() + latin[1:])
    return " ".join(out)


def _plain(text: str) -> str:
    """Without diacritics, as typed on a keyboard without them (case kept)."""
    special = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})
    decomposed = unicodedata.normalize("NFD", text.translate(special))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def conflict_queries(database: Any) -> list[tuple[str, str, str | None]]:
    """About 30 (label, name, registry id) queries, most of them with hits in the profile."""
    from sqlalchemy import select

    from smallcrm.core.models import Contact, Correspondent, Organization

    queries: list[tuple[str, str, str | None]] = []
    with database.session_scope() as s:

        def person_with(mark: str) -> tuple[str, str]:
            row = s.execute(
                select(Contact.given_name, Contact.family_name)
                .where(Contact.display_name.contains(mark))
                .order_by(Contact.id)
                .limit(1)
            ).one()
            return row.given_name, row.family_name

        for country, mark in (("CZ", "ř"), ("SK", "ľ"), ("PL", "ł"), ("HR", "ć")):
            given, family = person_with(mark)
            queries += [
                (f"{country} person", f"{given} {family}", None),
                (f"{country} without diacritics", _plain(f"{given} {family}"), None),
                (f"{country} reversed", f"{family} {given}", None),
            ]
        given, family = person_with("ї") if _has(s, "ї") else person_with("і")
        queries += [
            ("UA person, Cyrillic", f"{given} {family}", None),
            ("UA person, Latin", _latin(f"{given} {family}"), None),
            ("UA reversed, Latin", _latin(f"{family} {given}"), None),
        ]

        def organization_with(form: str) -> Any:
            return s.execute(
                select(Organization.name, Organization.registry_id)
                .where(Organization.legal_form == form)
                .order_by(Organization.id)
                .limit(1)
            ).one()

        cz = organization_with("s.r.o.")
        queries += [
            ("CZ company", cz.name, None),
            ("CZ company, other legal form", cz.name.replace("s.r.o.", "spol. s r.o."), None),
            ("CZ company, no legal form", cz.name.replace(" s.r.o.", ""), None),
            ("CZ company by registry id", cz.name, cz.registry_id),
        ]
        pl = organization_with("sp. z o.o.")
        plain = _plain(pl.name).replace("sp. z o.o.", "Sp. z o. o.")
        queries += [("PL company", pl.name, None), ("PL company, no diacritics", plain, None)]
        ua = organization_with("ТОВ")
        base = ua.name.removeprefix("ТОВ ").strip("«»")
        queries += [
            ("UA company", ua.name, None),
            ("UA company, Latin", f"TOV {_latin(base)}", None),
        ]
        hr = organization_with("d.o.o.")
        queries.append(("HR company", hr.name, None))
        known = select(Contact.display_name)
        for name in s.scalars(
            select(Correspondent.name)
            .where(Correspondent.name.not_in(known))
            .order_by(Correspondent.id)
            .limit(2)
        ):
            queries.append(("known only by e-mail", name, None))
    queries += [
        ("nobody (person)", "Zdeněk Nepoznaný", None),
        ("nobody (company)", "Acme Trading GmbH", None),
    ]
    return queries


def _has(session: Any, mark: str) -> bool:
    from sqlalchemy import select

    from smallcrm.core.models import Contact

    found = session.execute(select(Contact.id).where(Contact.display_name.contains(mark)).limit(1))
    return found.first() is not None


def measure_conflicts(database: Any, rounds: int) -> dict[str, Any] | str:
    """run_check over the queries, each alone (as the intake form runs it); never saved."""
    try:
        from smallcrm.core.services.conflicts import PartyName, refresh_keys, run_check
    except ImportError as exc:
        return f"smallcrm.core.services.conflicts is not there yet ({exc})"
    from sqlalchemy.orm import Session

    # The look-up keys are derived data, computed for new records by the first check and
    # kept in the profile: once per profile (and after a rebuild), as the app would.
    started = time.perf_counter()
    with database.session_scope() as session:
        refreshed = refresh_keys(session)
    refresh_s = time.perf_counter() - started

    queries = conflict_queries(database)
    times: list[float] = []
    hits: dict[str, int] = {}
    for round_ in range(rounds + 1):
        for label, name, registry_id in queries:
            with Session(database.engine) as session:  # rolled back: nothing is recorded
                started = time.perf_counter()
                result = run_check(session, [PartyName(name=name, registry_id=registry_id)])
                elapsed = time.perf_counter() - started
                session.rollback()
            if round_:  # the first round warms the caches, as a running app has them
                times.append(elapsed)
            else:
                hits[f"{label}: {name}" + (f" [{registry_id}]" if registry_id else "")] = _count(
                    result
                )
    return {
        "times": sorted(times),
        "queries": len(queries),
        "hits": hits,
        "refreshed": refreshed,
        "refresh_s": refresh_s,
    }


def _count(result: Any) -> int:
    for attribute in ("hits", "matches"):
        value = getattr(result, attribute, None)
        if value is not None:
            return len(value)
    try:
        return len(result)
    except TypeError:
        return -1


# --- the report ----------------------------------------------------------------------------


def _pct(values: list[float], percent: int) -> float:
    return values[max(0, int(round(percent / 100 * len(values))) - 1)]


def _line(name: str, value: float, unit: str, goal_key: str | None = None) -> str:
    text = f"{name:<50} {value:>8.3f} {unit:<3}"
    if goal_key:
        label, goal = GOALS[goal_key]
        verdict = "met" if value <= goal else "NOT met"
        text += f"   goal {label} <= {goal:g} ({verdict})"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--matters", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=10, help="warm repetitions per figure")
    parser.add_argument("--show-hits", action="store_true", help="hits per conflict query")
    args = parser.parse_args()
    # The installed app runs from bytecode; where PYTHONDONTWRITEBYTECODE is set, the
    # widget's first paint would otherwise include compiling the modules it imports.
    compileall.compile_dir(str(ROOT / "src" / "smallcrm"), quiet=1)

    demo = ensure_profile(args.contacts, args.matters)
    busy = demo["busy_contact"]
    database = _database(PROFILE)
    core = measure_timeline_core(database, busy, args.runs)
    paint = measure_timeline_paint(database, busy, args.runs)
    conflicts = measure_conflicts(database, max(1, args.runs // 5))
    database.dispose()

    print(
        f"\nSmallCRM matters: {demo['contacts']:,} contacts, {demo['organizations']:,}"
        f" organisations, {demo['matters']:,} matters, {demo['activities']:,} activities\n"
    )
    who = f"contact {busy}, {demo['busy_name']}, {core['total']:,} activities"
    print(f"timeline of {who}")
    print(_line(f"  core first page ({core['rows']} rows), first call", core["first"], "s",
                "timeline_core"))  # fmt: skip
    print(_line("  core first page, warm median", core["warm"], "s"))
    print(
        _line(
            f"  widget made, shown, repaint() ({paint['at_repaint']} rows drawn)",
            paint["first"],
            "s",
            "timeline_paint",
        )
    )
    print(_line("  the same, warm median", paint["warm"], "s", "timeline_paint"))
    print(
        _line(
            f"  widget first rows drawn ({paint['drawn']} of {paint['rows']} loaded)",
            paint["drawn_first"],
            "s",
            "timeline_paint",
        )
    )
    print(_line("  the same, warm median", paint["drawn_warm"], "s", "timeline_paint"))
    if isinstance(conflicts, str):
        print(f"conflict check: not measured: {conflicts}")
    else:
        times = conflicts["times"]
        rounds = len(times) // conflicts["queries"]
        if conflicts["refreshed"]:
            print(
                _line(
                    f"conflict keys of {conflicts['refreshed']:,} records (once)",
                    conflicts["refresh_s"],
                    "s",
                )
            )
        print(f"conflict check, {conflicts['queries']} queries x {rounds} (after a warm-up round)")
        print(_line("  p50", _pct(times, 50), "s"))
        print(_line("  p95", _pct(times, 95), "s", "conflict_p95"))
        print(_line("  slowest", times[-1], "s"))
        if args.show_hits:
            for query, count in conflicts["hits"].items():
                print(f"    {count:>4} hits  {query}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
