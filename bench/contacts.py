"""Address book figures on 100,000 demo contacts: list, search, import, duplicates, memory."""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
PROFILE = CACHE / "profile-100k"
VCARDS = CACHE / "people-10k.vcf"
COMPLETE = ".bench-complete"  # written when `demo` finished, so a killed build is redone

# What users type into the filter: names with and without diacritics, Cyrillic, e-mail,
# phone digits, a firm's legal form, a city. Each is typed one letter at a time.
QUERIES = ("novak", "Nováková", "dvorak j", "łódź", "шевченко", "jan.", "602", "s.r.o", "praha")

GOALS = {
    "open": ("first rows painted", 0.100),
    "search_p95": ("search p95", 0.025),
    "import_ratio": ("import / bare parse", 1.5),
    "dedupe": ("duplicate scan", 5.0),
    "memory": ("peak memory MB", 300.0),
}


def ensure_profile(contacts: int) -> Path:
    if (PROFILE / COMPLETE).is_file():
        return PROFILE
    shutil.rmtree(PROFILE, ignore_errors=True)
    print(f"building a {contacts:,}-contact demo profile in {PROFILE} (once) ...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "smallcrm", "--home", str(PROFILE), "demo",
         "--contacts", str(contacts), "--seed", "1"],
        check=True,
    )  # fmt: skip
    (PROFILE / COMPLETE).write_text("ok")
    return PROFILE


def ensure_vcards(count: int) -> Path:
    """10,000 people as vCard 4.0, exported by SmallCRM from a demo profile of their own."""
    if VCARDS.is_file():
        return VCARDS
    with tempfile.TemporaryDirectory() as home:
        subprocess.run(
            [sys.executable, "-m", "smallcrm", "--home", home, "demo",
             "--contacts", str(count), "--seed", "7"],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [sys.executable, "-m", "smallcrm", "--home", home, "export", "vcard", str(VCARDS)],
            check=True,
            capture_output=True,
        )
    return VCARDS


def _settle(app: object, condition: object, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not finish loading")
        time.sleep(0.0005)


def measure_view(profile_dir: Path) -> dict[str, Any]:
    """Open the contacts page of the real main window, scroll it to the end, search it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from smallcrm.gui.app import create_application, prepare_profile
    from smallcrm.gui.main_window import MainWindow

    app = create_application(["bench"], "en")
    profile, database = prepare_profile(str(profile_dir), None)
    window = MainWindow(profile, database, remember=False)
    window.resize(1280, 800)
    window.show()
    dashboard = window.page("dashboard")
    _settle(app, dashboard.is_ready)  # the user clicks Contacts once the window is up

    started = time.perf_counter()
    window.show_section("contacts")
    page = window.page("contacts")
    # What the user sees first: the top rows drawn (the full key list may still be loading).
    _settle(app, lambda: page.model.rowCount() > 0 and bool(page.model.cached_blocks))
    page.table.viewport().repaint()
    opened = time.perf_counter() - started
    _settle(app, page.is_ready)
    complete = time.perf_counter() - started

    started = time.perf_counter()
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    scrolled = time.perf_counter() - started
    rows = page.model.rowCount()
    last = page.model.data(page.model.index(rows - 1, 0))
    typed, listed = measure_search(app, page)
    window.close()
    database.dispose()
    return {
        "open": opened,
        "complete": complete,
        "scroll": scrolled,
        "rows": rows,
        "last_row_loaded": bool(last),
        "typed": typed,
        "listed": listed,
    }


def measure_search(app: object, page: Any) -> tuple[list[float], list[float]]:
    """Type each query into the real list, a letter at a time.

    Per keystroke: until the list shows the first screen of matches, painted (what the
    user waits for), and until the full ordered list of matches has arrived from the
    background (what the scroll bar and the count wait for).
    """
    model, viewport = page.model, page.table.viewport()
    typed, listed = [], []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            model.set_filter(query[:end])
            viewport.repaint()
            typed.append(time.perf_counter() - started)
            _settle(app, lambda: not model.loading)
            listed.append(time.perf_counter() - started)
        model.set_filter("")
        _settle(app, lambda: not model.loading)
    return typed, listed


def measure_import(vcards: Path, runs: int) -> tuple[float, float, int]:
    """Median seconds for parsing alone and for parse + import into a fresh profile."""
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.interop.vcard import parse_vcards
    from smallcrm.core.paths import Profile
    from smallcrm.core.services.importer import import_records

    data = vcards.read_bytes()
    parse_times, import_times, imported = [], [], 0
    for _ in range(runs):
        started = time.perf_counter()
        parse_vcards(data, vcards.name)
        parse_times.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory() as home:
            profile = Profile.open(home)
            database = Database(profile.url)
            migrate.upgrade(profile, database)
            started = time.perf_counter()
            result = parse_vcards(data, vcards.name)
            with database.session_scope() as session:
                report = import_records(session, result.records, source=vcards.name)
            import_times.append(time.perf_counter() - started)
            imported = report.imported
            database.dispose()
    return statistics.median(parse_times), statistics.median(import_times), imported


def measure_dedupe(profile_dir: Path) -> tuple[float, int]:
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile
    from smallcrm.core.services.duplicates import find_duplicates

    database = Database(Profile.open(profile_dir).url)
    started = time.perf_counter()
    with database.session_scope() as session:
        pairs = find_duplicates(session)
    elapsed = time.perf_counter() - started
    database.dispose()
    return elapsed, len(pairs)


def _pct(values: list[float], percent: int) -> float:
    return values[max(0, int(round(percent / 100 * len(values))) - 1)]


def _line(name: str, value: float, unit: str, goal_key: str | None = None) -> str:
    text = f"{name:<34} {value:>10.3f} {unit:<3}"
    if goal_key:
        label, goal = GOALS[goal_key]
        verdict = "met" if value <= goal else "NOT met"
        text += f"   goal {label} <= {goal:g} ({verdict})"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--import-runs", type=int, default=3)
    args = parser.parse_args()

    # The installed app runs from bytecode; where PYTHONDONTWRITEBYTECODE is set, every
    # run would otherwise compile the modules the contacts page imports as it opens.
    compileall.compile_dir(str(ROOT / "src" / "smallcrm"), quiet=1)
    profile = ensure_profile(args.contacts)
    vcards = ensure_vcards(10_000)

    view = measure_view(profile)
    typed, listed = sorted(view["typed"]), sorted(view["listed"])
    parse_s, import_s, imported = measure_import(vcards, args.import_runs)
    dedupe_s, pairs = measure_dedupe(profile)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"\nSmallCRM address book, {view['rows']:,} rows (people and organisations)\n")
    print(_line("open contacts, first rows painted", view["open"], "s", "open"))
    print(_line("whole list ordered and ready", view["complete"], "s"))
    print(_line("scroll to the end, painted", view["scroll"], "s"))
    print(_line(f"search p50, first screen ({len(typed)} keys)", _pct(typed, 50), "s"))
    print(_line("search p95, first screen painted", _pct(typed, 95), "s", "search_p95"))
    print(_line("search p95, whole list of matches", _pct(listed, 95), "s"))
    print(_line("parse 10,000 vCards (bare)", parse_s, "s"))
    print(_line(f"parse + import them ({imported:,} new)", import_s, "s"))
    print(_line("import / bare parse", import_s / parse_s, "x", "import_ratio"))
    print(_line(f"duplicate scan ({pairs:,} pairs)", dedupe_s, "s", "dedupe"))
    print(_line("peak memory (whole run)", peak_mb, "MB", "memory"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
