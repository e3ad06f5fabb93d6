"""The import figure of bench/contacts.py alone, optionally with a profile of where it goes."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contacts import ensure_vcards, measure_import  # noqa: E402


def profile_import(vcards: Path, top: int) -> None:
    """One parse + import into a fresh profile under cProfile (slower than the real thing)."""
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.interop.vcard import parse_vcards
    from smallcrm.core.paths import Profile
    from smallcrm.core.services.importer import import_records

    data = vcards.read_bytes()
    with tempfile.TemporaryDirectory() as home:
        profile = Profile.open(home)
        database = Database(profile.url)
        migrate.upgrade(profile, database)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        result = parse_vcards(data, vcards.name)
        with database.session_scope() as session:
            import_records(session, result.records, source=vcards.name)
        profiler.disable()
        print(f"profiled parse + import: {time.perf_counter() - started:.2f} s")
        database.dispose()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--import-runs", type=int, default=3)
    parser.add_argument("--profile", type=int, metavar="TOP", help="also profile one import")
    args = parser.parse_args()
    vcards = ensure_vcards(10_000)
    parse_s, import_s, imported = measure_import(vcards, args.import_runs)
    print(f"parse 10,000 vCards (bare)         {parse_s:8.3f} s")
    print(f"parse + import them ({imported:,} new) {import_s:8.3f} s")
    print(f"import / bare parse                {import_s / parse_s:8.3f} x")
    if args.profile:
        profile_import(vcards, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
