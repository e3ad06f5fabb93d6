"""Full-text search over folded text: FTS5 on SQLite, a folded LIKE on PostgreSQL.

The FTS5 tables are derived data, like an index: ``ensure_index`` (run after every schema
upgrade, in the same transaction) creates them and their triggers when missing and fills
them from the tables. Table rebuilds in later migrations drop triggers, and this puts
them back, so no revision has to remember the search index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

from smallcrm.core.text import fold

# table -> its FTS5 table; each indexes the table's `search_text` column by rowid = id.
INDEXED = {"contact": "contact_fts", "organization": "organization_fts"}
# table -> a covering index of live rows in name order with their search text: the first
# screen of a search walks it without touching the table (``contacts.first_keys``).
NAME_SCANS = {"contact": "contact_name_scan", "organization": "organization_name_scan"}

# Letters and digits, as FTS5's unicode61 tokenizer splits them (it also splits at "_").
# The stored search text is made of such words too, so "novak" starts a word in
# "jan.novak@firma.cz" for FTS5 and for a plain LIKE on " " || search_text alike.
_WORD = re.compile(r"[^\W_]+")


def is_search_object(name: str | None) -> bool:
    """FTS tables and their shadow tables, which Alembic's model comparison must ignore."""
    if not name:
        return False
    return name in NAME_SCANS.values() or any(name.startswith(fts) for fts in INDEXED.values())


def ensure_index(conn: Connection) -> list[str]:
    """Create missing FTS5 tables, triggers and name scan indexes (SQLite only); returns the
    FTS tables rebuilt."""
    if conn.dialect.name != "sqlite":
        return []
    rebuilt = []
    for table, fts in INDEXED.items():
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (fts,)
        ).first()
        if not exists:
            # The text is folded before it is stored, so the tokenizer only splits words.
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
                f"content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
            )
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            rebuilt.append(fts)
        conn.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, search_text) "
            f"VALUES ('delete', old.id, old.search_text); END"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, search_text) "
            f"VALUES ('delete', old.id, old.search_text); "
            f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
    for table, scan in NAME_SCANS.items():
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {scan} ON {table} (sort_key, id, search_text) "
            "WHERE deleted_at IS NULL"
        )
    return rebuilt


def query_words(text: str | None) -> list[str]:
    """The folded words of a text; punctuation, quotes and operators dropped."""
    return _WORD.findall(fold(text))


def fts_match(words: list[str]) -> str:
    """An FTS5 MATCH expression: every word must start a word of the text ("nov ja")."""
    # Each word is a quoted string (so AND, NEAR, *, - are plain text) with a prefix star.
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


@contextmanager
def indexed_in_one_go(
    conn: Connection, table: str, rows: Sequence[tuple[int, str]]
) -> Iterator[None]:
    """Index rows of ``table`` that the block inserts in one statement, not row by row.

    ``rows`` are the (id, search_text) the block writes. The per-row insert trigger costs
    more than the insert itself, so it is dropped for the block, the rows are indexed after
    it and the trigger is created again, all in the caller's transaction: at commit the
    index is whole, and a rollback takes the lot back. Only SQLite has the index.
    """
    fts = INDEXED.get(table)
    if conn.dialect.name != "sqlite" or fts is None:
        yield
        return
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_ai")
    try:
        yield
        if rows:
            conn.exec_driver_sql(f"INSERT INTO {fts}(rowid, search_text) VALUES (?, ?)", list(rows))
    finally:
        ensure_index(conn)  # the trigger back, as it is made everywhere else
