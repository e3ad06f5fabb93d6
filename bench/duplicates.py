"""Duplicate scan over a 100,000-contact demo profile: time (median of 3), peak memory, pairs."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
GOAL_S = 5.0
# Same folder and marker as bench/startup.py, so the two benchmarks share one profile.
COMPLETE_MARKER = ".bench-complete"


def ensure_profile(profile: Path, contacts: int) -> None:
    if (profile / COMPLETE_MARKER).is_file():
        return
    if profile.exists():
        shutil.rmtree(profile)  # left over from an interrupted build
    print(f"Creating {profile} with {contacts:,} demo contacts (once)...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "smallcrm", "--home", str(profile), "demo"]
        + ["--contacts", str(contacts), "--seed", "1"],
        check=True,
        cwd=ROOT,
        env={key: value for key, value in os.environ.items() if key != "SMALLCRM_DB"},
    )
    (profile / COMPLETE_MARKER).write_text(f"{contacts}\n", encoding="utf-8")


def max_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux and in bytes on macOS.
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000, metavar="N")
    parser.add_argument("--runs", type=int, default=3, metavar="N")
    args = parser.parse_args(argv)
    label = f"{args.contacts // 1000}k" if args.contacts % 1000 == 0 else str(args.contacts)
    profile_dir = CACHE / f"profile-{label}"
    ensure_profile(profile_dir, args.contacts)

    from sqlalchemy import func, select

    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.models import Contact
    from smallcrm.core.paths import Profile
    from smallcrm.core.services.duplicates import find_duplicates

    profile = Profile(profile_dir.resolve())  # the file, never a SMALLCRM_DB server
    database = Database(profile.url)
    migrate.upgrade(profile, database)  # a profile made by an older build (backs up first)
    rss_before = max_rss_mb()
    times: list[float] = []
    cpu: list[float] = []
    pairs = []
    with database.session_scope() as session:
        contacts = session.scalar(select(func.count()).select_from(Contact))
        for run in range(args.runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            pairs = find_duplicates(session)
            times.append(time.perf_counter() - started)
            # CPU time beside wall time: on a busy machine the wall clock waits for a core.
            cpu.append(time.process_time() - cpu_started)
            print(
                f"  run {run + 1}/{args.runs}: {times[-1]:.2f} s (CPU {cpu[-1]:.2f} s)", flush=True
            )
    database.dispose()

    median = statistics.median(times)
    kinds = Counter(p.kind for p in pairs)
    scores = Counter(p.score // 10 * 10 for p in pairs)
    print(f"\nDuplicate scan, profile {profile_dir.relative_to(ROOT)}: {contacts:,} contacts")
    verdict = "met" if median < GOAL_S else "not met"
    print(f"scan time median of {args.runs}: {median:.2f} s (min {min(times):.2f}, max "
          f"{max(times):.2f})   goal: under {GOAL_S:.0f} s ({verdict})")  # fmt: skip
    print(f"CPU time median: {statistics.median(cpu):.2f} s; load average now"
          f" {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")  # fmt: skip
    print(f"peak memory (ru_maxrss): {max_rss_mb():.0f} MB (before the scans {rss_before:.0f} MB)")
    print(
        f"pairs: {len(pairs):,} ({kinds['person']:,} people, {kinds['organization']:,}"
        f" organisations); by score: "
        + ", ".join(f"{low}+: {n}" for low, n in sorted(scores.items(), reverse=True))
    )
    for pair in pairs[:3]:
        print(
            f"  {pair.score:>3} {pair.first_name} / {pair.second_name}: {'; '.join(pair.reasons)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
