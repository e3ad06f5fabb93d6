"""One search over everything: as-you-type latency on a big profile beside the bare FTS5 query.

The profile: 100,000 people (10,000 organisations), 20,000 matters, ~240,000 activities and
10,000 documents with their text, built once into bench/.cache through the real services.
Each query is typed a letter at a time; every keystroke runs the search the Ctrl+K palette
runs (a session of its own, every kind, 40 hits, 6 per kind). Beside it, the bare FTS5
queries underneath, alone on a raw sqlite3 connection: the very statements the search sends
(the ratio's base), and for context a plain MATCH per table in the index's order (the
floor) and ranked by bm25.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
SOURCE = CACHE / "profile-100k-matters"  # made by bench/conflicts.py (and here if missing)
PROFILE = CACHE / "search-100k-v1"
COMPLETE = ".bench-complete"
DOCUMENTS = 10_000
GOAL_P95_MS = 25.0
GOAL_RATIO = 2.0
LIMIT, PER_KIND = 40, 6

# What people type: names with and without diacritics, a matter number, a firm, words
# from notes and contracts, Polish and Ukrainian, an e-mail, odd input.
QUERIES = (
    "novak", "Nováková", "dvorak j", "2026/00", "stavby brno", "smlouv", "rekonstrukce",
    "łódź", "шевченко", "jan.novak@", "exekuce", "daň z nem", "kowalski", "hearing", '"NEAR(',
)  # fmt: skip

WORDS = (
    "smlouva", "dílo", "objednatel", "zhotovitel", "rekonstrukce", "střechy", "plná", "moc",
    "žaloba", "rozsudek", "odvolání", "lhůta", "exekuce", "daň", "nemovitých", "věcí",
    "přiznání", "faktura", "úhrada", "zálohy", "nájemní", "byt", "kupní", "cena", "zástava",
    "umowa", "najmu", "pozew", "wyrok", "odszkodowanie", "ugovor", "presuda", "tužba",
    "договір", "оренди", "рішення", "позов", "суд", "Novák", "Dvořák", "Kowalski", "Horváth",
    "Шевченко", "Stavby", "Brno", "Praha", "Kraków", "Zagreb", "Київ", "s.r.o.", "a.s.",
)  # fmt: skip


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# --- the profile ---------------------------------------------------------------------------


def _document_text(rng: random.Random, n: int) -> tuple[str, str]:
    title = f"{rng.choice(('Smlouva', 'Plná moc', 'Žaloba', 'Faktura', 'Umowa', 'Договір'))}" \
            f" {rng.choice(WORDS)} {n}"  # fmt: skip
    words = [rng.choice(WORDS) for _ in range(rng.randrange(150, 700))]
    lines = [" ".join(words[i : i + 12]) for i in range(0, len(words), 12)]
    return title, "\n".join(lines)


def _add_documents(profile: Any, database: Any, count: int) -> None:
    from sqlalchemy import func, select

    from smallcrm.core.documents.store import DocumentStore
    from smallcrm.core.models import Contact, Matter
    from smallcrm.core.services.documents import add_staged, extract_pending, stage_file

    rng = random.Random(7)
    store = DocumentStore.at(profile.documents_dir)
    with database.session_scope() as session:
        matters = session.scalar(select(func.max(Matter.id))) or 0
        people = session.scalar(select(func.max(Contact.id))) or 0
    with tempfile.TemporaryDirectory() as folder:
        batch = []
        for n in range(count):
            title, text = _document_text(rng, n)
            path = Path(folder) / f"{title}.txt"
            path.write_text(text, encoding="utf-8")
            batch.append((stage_file(store, path), title))
            path.unlink()
            if len(batch) == 500 or n == count - 1:
                with database.session_scope() as session:
                    for staged, doc_title in batch:
                        add_staged(
                            session,
                            staged,
                            title=doc_title,
                            matter_id=rng.randrange(1, matters + 1) if matters else None,
                            contact_ids=[rng.randrange(1, people + 1)] if people else [],
                        )
                batch = []
    while extract_pending(database, store, limit=500).done:
        pass


def ensure_profile() -> Any:
    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.paths import Profile

    if not (PROFILE / COMPLETE).is_file():
        shutil.rmtree(PROFILE, ignore_errors=True)
        started = time.perf_counter()
        if not (SOURCE / "smallcrm.db").is_file():
            print(f"building {SOURCE} (100,000 contacts, 20,000 matters; once) ...", flush=True)
            subprocess.run(
                [sys.executable, "-m", "smallcrm", "--home", str(SOURCE), "demo",
                 "--contacts", "100000", "--matters", "20000", "--seed", "1"],
                check=True,
            )  # fmt: skip
        print(f"copying it to {PROFILE}, upgrading, adding {DOCUMENTS:,} documents ...",
              flush=True)  # fmt: skip
        shutil.copytree(SOURCE, PROFILE, ignore=shutil.ignore_patterns("backups", "logs"))
        profile = Profile(PROFILE.resolve())
        database = Database(profile.url)
        migrate.upgrade(profile, database)
        _add_documents(profile, database, DOCUMENTS)
        database.dispose()
        (PROFILE / COMPLETE).write_text("ok")
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    profile = Profile(PROFILE.resolve())
    database = Database(profile.url)
    migrate.upgrade(profile, database)
    return profile, database


# --- measuring -----------------------------------------------------------------------------


def keystrokes() -> list[str]:
    return [q[:end] for q in QUERIES for end in range(1, len(q) + 1)]


def measure_search(database: Any, typed: list[str]) -> tuple[list[float], dict[str, int]]:
    from smallcrm.core.search import search

    times, kinds = [], {}
    for text in typed:
        started = time.perf_counter()
        with database.session_scope() as session:
            hits = search(session, text, limit=LIMIT, per_kind=PER_KIND)
        times.append(time.perf_counter() - started)
        for hit in hits:
            kinds[hit.kind] = kinds.get(hit.kind, 0) + 1
    return times, kinds


def _fts_tables(conn: sqlite3.Connection) -> list[str]:
    from smallcrm.core.search import INDEXED

    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [fts for fts in INDEXED.values() if fts in names]


def measure_bare(db_file: Path, typed: list[str], ranked: bool) -> list[float]:
    """Plain FTS5 queries for the same words, each table's MATCH with the rows a kind
    shows; ``ranked``: best first by bm25, else in the index's order (no search over
    these tables can ask the index for less)."""
    from smallcrm.core.search import fts_match, search_words

    conn = sqlite3.connect(db_file)
    tables = _fts_tables(conn)
    order = "ORDER BY rank" if ranked else ""
    times = []
    for text in typed:
        words = search_words(text)
        started = time.perf_counter()
        if words:
            match = fts_match(words)
            for fts in tables:
                conn.execute(
                    f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? {order} LIMIT ?",
                    (match, PER_KIND),
                ).fetchall()
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def measure_underneath(db_file: Path, typed: list[str]) -> list[float]:
    """The FTS5 statements the search itself sends, alone on a raw connection: per table
    the probe for more than RANK_MAX matches, then its candidates (bm25, or newest first
    for short or crowded words) for the window the title boost looks at."""
    from smallcrm.core import search as core_search

    conn = sqlite3.connect(db_file)
    tables = _fts_tables(conn)
    window = max(core_search.WINDOW_FACTOR * PER_KIND, core_search.MIN_WINDOW)
    times = []
    for text in typed:
        words = core_search.search_words(text)
        started = time.perf_counter()
        if words:
            match = core_search.fts_match(words)
            short = all(len(w) <= core_search.SHORT for w in words)
            for fts in tables:
                crowded = (
                    short
                    or conn.execute(
                        f"SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT 1 OFFSET ?",
                        (match, core_search.RANK_MAX),
                    ).fetchone()
                    is not None
                )
                sql = core_search._fts_sql(fts, crowded)  # noqa: SLF001 - the same statement
                conn.execute(sql, (match, window)).fetchall()
        times.append(time.perf_counter() - started)
    conn.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="passes over the queries")
    parser.add_argument("--slowest", type=int, default=8, help="list the slowest keystrokes")
    args = parser.parse_args()
    profile, database = ensure_profile()
    typed = keystrokes()
    measure_search(database, typed)  # one pass to warm the OS cache and compiled statements
    search_ms, bare_ms, ranked_ms, under_ms = [], [], [], []
    per_key: dict[str, list[float]] = {}
    kinds: dict[str, int] = {}
    db_file = Path(profile.home) / "smallcrm.db"
    for _ in range(args.runs):
        found, kinds = measure_search(database, typed)
        bare = measure_bare(db_file, typed, ranked=False)
        ranked = measure_bare(db_file, typed, ranked=True)
        under = measure_underneath(db_file, typed)
        for text, s, b, r, u in zip(typed, found, bare, ranked, under, strict=True):
            search_ms.append(s * 1000)
            bare_ms.append(b * 1000)
            ranked_ms.append(r * 1000)
            under_ms.append(u * 1000)
            per_key.setdefault(text, []).append(s * 1000)
    database.dispose()

    counts = _counts(profile)
    print(
        f"\nSmallCRM search: {counts}\n{len(typed)} keystrokes of {len(QUERIES)} queries,"
        f" {args.runs} passes; every kind, {LIMIT} hits, {PER_KIND} per kind.\n"
        f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; Python"
        f" {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}\n"
    )
    s50, s95 = statistics.median(search_ms), _p(search_ms, 0.95)
    b50, b95 = statistics.median(bare_ms), _p(bare_ms, 0.95)
    r50, r95 = statistics.median(ranked_ms), _p(ranked_ms, 0.95)
    u50, u95 = statistics.median(under_ms), _p(under_ms, 0.95)
    ratio50, ratio95 = s50 / max(u50, 1e-6), s95 / max(u95, 1e-6)
    rows = [
        ("search p50", f"{s50:8.1f} ms", ""),
        ("search p95", f"{s95:8.1f} ms", _goal(s95 < GOAL_P95_MS, f"< {GOAL_P95_MS:g} ms")),
        ("its FTS5 statements p50", f"{u50:8.1f} ms", "(bare, the same statements)"),
        ("its FTS5 statements p95", f"{u95:8.1f} ms", ""),
        ("search / its FTS5, p50", f"{ratio50:8.2f} x", _goal(ratio50 <= GOAL_RATIO, "<= 2x")),
        ("search / its FTS5, p95", f"{ratio95:8.2f} x", _goal(ratio95 <= GOAL_RATIO, "<= 2x")),
        ("bare FTS5, unranked p50", f"{b50:8.1f} ms", "(the floor: no ranking)"),
        ("bare FTS5, unranked p95", f"{b95:8.1f} ms", ""),
        ("bare FTS5, bm25-ranked p50", f"{r50:8.1f} ms", ""),
        ("bare FTS5, bm25-ranked p95", f"{r95:8.1f} ms", ""),
        ("search / bm25-ranked, p95", f"{s95 / max(r95, 1e-6):8.2f} x", ""),
    ]
    for name, value, goal in rows:
        print(f"{name:28s}{value:>12s}   {goal}")
    print(f"\nhits by kind (last pass): {dict(sorted(kinds.items()))}")
    slow = sorted(per_key.items(), key=lambda kv: -statistics.median(kv[1]))[: args.slowest]
    print("slowest keystrokes (median ms): " + ", ".join(
        f"{text!r} {statistics.median(v):.1f}" for text, v in slow
    ))  # fmt: skip
    return 0


def _goal(met: bool, text: str) -> str:
    return f"goal {text}: {'met' if met else 'NOT met'}"


def _counts(profile: Any) -> str:
    conn = sqlite3.connect(Path(profile.home) / "smallcrm.db")
    parts = []
    tables = (
        ("contact", "people"), ("organization", "organisations"), ("matter", "matters"),
        ("activity", "activities"), ("task", "tasks"), ("event", "events"),
        ("document", "documents"),
    )  # fmt: skip
    for table, label in tables:
        try:
            n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except sqlite3.Error:
            continue
        parts.append(f"{n:,} {label}")
    conn.close()
    return ", ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
