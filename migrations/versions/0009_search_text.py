"""folded search text for matters, activities, tasks and events (one search)

Revision ID: 0009
Revises: 0008

Matters, activities, tasks and events get the ``search_text`` column contacts and
organisations have, filled here by the same functions the services write it with, so old
and new rows agree. The full-text indexes over it (FTS5 tables on SQLite, GIN word indexes
on PostgreSQL) are made by core.search.ensure_index after the upgrade, as for contacts.

Contacts' and organisations' stored words are split again: the letter-like apostrophe ʼ
now separates words as ' does, and very long words are cut (core.search.query_words).
Their FTS5 tables are dropped, to be made again with prefix indexes.

Create Date: 2026-11-24 01:45:00
"""

import contextlib
import json
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
TABLES = ("matter", "activity", "task", "event")
# pg_trgm and unaccent where the server has them (CREATE EXTENSION needs them installed and
# the right to create them; a server without either still runs SmallCRM). The search folds
# text in Python and matches whole stored words, so neither is required: they are there for
# similarity look-ups and for ad-hoc SQL by a firm's administrator.
EXTENSIONS = ("pg_trgm", "unaccent")


def _people(organizer: str | None, attendees: str | None) -> list[tuple[Any, Any]]:
    try:
        people = ([json.loads(organizer)] if organizer else []) + (
            json.loads(attendees) if attendees else []
        )
    except (ValueError, TypeError):
        return []
    return [(p.get("name"), p.get("email")) for p in people if isinstance(p, dict)]


def _categories(text: str | None) -> list[Any]:
    try:
        found = json.loads(text) if text else []
    except ValueError:
        return []
    return [str(c) for c in found] if isinstance(found, list) else []


def _builders() -> dict[str, tuple[tuple[str, ...], Callable[..., str]]]:
    from smallcrm.core.services.search_text import (
        activity_search_text,
        event_search_text,
        matter_search_text,
        task_search_text,
    )

    def event(*row: Any) -> str:
        summary, location, description, organizer, attendees, categories = row
        people, kinds = _people(organizer, attendees), _categories(categories)
        return event_search_text(summary, location, description, people, kinds)

    return {
        "matter": (("number", "title", "notes"), matter_search_text),
        "activity": (("subject", "body", "outcome"), activity_search_text),
        "task": (("title", "notes"), task_search_text),
        "event": (
            ("summary", "location", "description", "organizer", "attendees", "categories"),
            event,
        ),
    }


def _rewrite(conn: sa.Connection, name: str, columns: Sequence[str], build: Callable) -> int:
    """Set search_text of every row of ``name`` from ``columns``; returns the rows changed."""
    table = sa.table(name, sa.column("id"), sa.column("search_text"), *map(sa.column, columns))
    last, changed = 0, 0
    while True:
        rows = conn.execute(
            sa.select(table.c.id, table.c.search_text, *(table.c[c] for c in columns))
            .where(table.c.id > last)
            .order_by(table.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return changed
        last = rows[-1][0]
        updates = [
            {"b_id": row[0], "b_text": new}
            for row in rows
            if (new := build(*row[2:])) != (row[1] or "")
        ]
        if updates:
            conn.execute(
                table.update()
                .where(table.c.id == sa.bindparam("b_id"))
                .values(search_text=sa.bindparam("b_text")),
                updates,
            )
            changed += len(updates)


def _split_again(text: str | None) -> str:
    from smallcrm.core.search import query_words

    return " ".join(dict.fromkeys(query_words(text or "")))


def _drop_fts(conn: sa.Connection, table: str) -> None:
    for suffix in ("ai", "ad", "au"):
        conn.execute(sa.text(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}"))
    conn.execute(sa.text(f"DROP TABLE IF EXISTS {table}_fts"))


def _create_extensions(conn: sa.Connection) -> None:
    available = set(
        conn.execute(
            sa.text("SELECT name FROM pg_available_extensions WHERE name = ANY(:names)"),
            {"names": list(EXTENSIONS)},
        ).scalars()
    )
    for name in EXTENSIONS:
        if name not in available:
            continue
        # A refusal (no right to create it) rolls back its savepoint alone.
        with contextlib.suppress(sa.exc.DBAPIError), conn.begin_nested():
            conn.execute(sa.text(f"CREATE EXTENSION IF NOT EXISTS {name}"))


def upgrade() -> None:
    conn = op.get_bind()
    for name in TABLES:
        # SQLite adds a column in place (no table rebuild): NOT NULL with a default.
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("search_text", sa.Text(), server_default=sa.text("''"), nullable=False)
            )
    for name, (columns, build) in _builders().items():
        _rewrite(conn, name, columns, build)
    for name in ("contact", "organization"):
        if conn.dialect.name == "sqlite":
            # Made again, with 1- and 2-letter prefix indexes, by core.search.ensure_index
            # after the upgrade, from the words split here.
            _drop_fts(conn, name)
        _rewrite(conn, name, ("search_text",), _split_again)
    if conn.dialect.name == "postgresql":
        _create_extensions(conn)


def downgrade() -> None:
    conn = op.get_bind()
    for name in TABLES:
        if conn.dialect.name == "sqlite":
            # The FTS5 tables and their triggers are core.search's, made after 0009; the
            # previous revision has no use for them (PostgreSQL's indexes go with the column).
            _drop_fts(conn, name)
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("search_text")
    # Extensions stay: another database object may use them by now. The contacts' words
    # split at ʼ are a valid search text for the previous revision too.
