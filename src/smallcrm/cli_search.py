"""`smallcrm search QUERY`: the one search over every kind of record, from the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from smallcrm.core.errors import KnownError

# What each kind is called in the readable listing (JSON keeps the kind's name).
HEADINGS = {
    "contact": "People",
    "organization": "Organisations",
    "matter": "Matters",
    "task": "Tasks",
    "event": "Events",
    "activity": "Timeline",
    "document": "Documents",
    "message": "Mail",
}


def register(sub: Any, add: Callable[..., Any]) -> None:
    """Add `search` to the top-level parser."""
    from smallcrm.core.search import KINDS

    found = add(
        "search",
        "find people, organisations, matters, tasks, events, the timeline and documents",
        cmd_search,
    )
    found.add_argument("query", help="words to find; each may be the start of a word")
    found.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        metavar="KIND",
        help=f"only this kind (repeatable): {', '.join(KINDS)}",
    )
    found.add_argument(
        "--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)"
    )


def cmd_search(args: argparse.Namespace) -> int:
    from smallcrm.cli import _open_migrated
    from smallcrm.core.search import search

    if args.limit < 1:
        raise KnownError("--limit takes a number of hits, 1 or more.")
    _profile, database = _open_migrated(args)
    try:
        with database.session_scope() as session:
            hits = search(session, args.query, kinds=args.kind, limit=args.limit)
    finally:
        database.dispose()
    rows = [{**asdict(hit), "score": round(hit.score, 4)} for hit in hits]
    if args.json:
        # A list, as the other listing commands print (contacts, matters, conflicts).
        print(json.dumps(rows, ensure_ascii=False))
    else:
        print(_listing(rows) or "Nothing found.")
    return 0


def _listing(rows: list[dict[str, Any]]) -> str:
    """Hits under a heading per kind, best first: "  #12  Jan Novák — jan@firma.cz"."""
    lines: list[str] = []
    kind = None
    for row in rows:
        if row["kind"] != kind:
            kind = row["kind"]
            if lines:
                lines.append("")
            lines.append(HEADINGS.get(kind, kind))
        snippet = f" — {row['snippet']}" if row["snippet"] else ""
        lines.append(f"  #{row['id']}  {row['title']}{snippet}")
    return "\n".join(lines)
