"""The timeline of a person with 5,000 activities in a firm with 200,000: time to the first
painted page, and to each further page as the list scrolls. Prints figures; asserts nothing."""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from smallcrm.core import migrate  # noqa: E402
from smallcrm.core.db import Database  # noqa: E402
from smallcrm.core.models import Activity, Contact, activity_contact  # noqa: E402
from smallcrm.core.paths import Profile  # noqa: E402
from smallcrm.core.services.address_book import Ref  # noqa: E402

NOTE = "**Agreed** the *draft* terms.\n\n- rent 25 000 CZK\n- from 1 March\n- deposit"


def build(database: Database, people: int, per_person: int, heavy: int) -> None:
    base = datetime(2020, 1, 1, tzinfo=UTC)
    with database.session_scope() as s:
        s.execute(
            insert(Contact.__table__),
            [
                {"id": i, "display_name": f"Person {i}", "sort_key": f"p{i:06}", "search_text": ""}
                for i in range(1, people + 1)
            ],
        )
        activities, links, n = [], [], 0
        for person in range(1, people + 1):
            for _ in range(heavy if person == 1 else per_person):
                n += 1
                kind = ("call", "meeting", "note")[n % 3]
                activities.append(
                    {
                        "id": n,
                        "kind": kind,
                        "occurred_at": base + timedelta(minutes=(n * 7919) % 2_000_000),
                        "subject": f"Activity {n}",
                        "body": NOTE if kind == "note" else None,
                        "direction": "out" if kind == "call" else None,
                        "duration_minutes": 10 if kind != "note" else None,
                        "created_at": base,
                        "updated_at": base,
                    }
                )
                links.append({"activity_id": n, "contact_id": person})
        s.execute(insert(Activity.__table__), activities)
        s.execute(insert(activity_contact), links)
    print(f"{n:,} activities, {heavy:,} of them on person 1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=1950)
    parser.add_argument("--per-person", type=int, default=100)
    parser.add_argument("--heavy", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    app = QApplication([])
    home = Path(tempfile.mkdtemp(prefix="smallcrm-bench-timeline-"))
    profile = Profile.open(home)
    database = Database(profile.url)
    migrate.upgrade(profile, database)
    build(database, args.people, args.per_person, args.heavy)

    from smallcrm.gui.widgets.timeline_view import TimelineView

    view = TimelineView(database)
    view.resize(420, 720)
    view.show()
    other, heavy = Ref("person", 2), Ref("person", 1)
    firsts = []
    for _ in range(args.runs):
        view.set_owner(other)
        app.processEvents()
        view.delegate.forget()  # measure the notes' layout too, not a cache
        start = time.perf_counter()
        view.set_owner(heavy)
        view.list.viewport().repaint()
        firsts.append((time.perf_counter() - start) * 1000)
    print(
        f"first page painted: median {statistics.median(firsts):.1f} ms, max {max(firsts):.1f} ms"
    )

    pages = []
    bar = view.list.verticalScrollBar()
    while view.model.canFetchMore() and len(pages) < 10:
        app.processEvents()
        shown = view.model.rowCount()
        start = time.perf_counter()
        bar.setValue(bar.maximum())
        view.list.viewport().repaint()
        if view.model.rowCount() > shown:
            pages.append((time.perf_counter() - start) * 1000)
    if pages:
        print(
            f"next {len(pages)} pages on scroll: median {statistics.median(pages):.1f} ms, "
            f"max {max(pages):.1f} ms; {view.model.rowCount()} rows loaded"
        )
    database.dispose()


if __name__ == "__main__":
    main()
