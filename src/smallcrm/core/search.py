"""Full-text search over folded text: FTS5 on SQLite, a folded LIKE on PostgreSQL.

The FTS5 tables are derived data, like an index: ``ensure_index`` (run after every schema
upgrade, in the same transaction) creates them and their triggers when missing and fills
them from the tables. Table rebuilds in later migrations drop triggers, and this puts
them back, so no revision has to remember the search index.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from smallcrm.core.text import fold

# table -> its FTS5 table; each indexes the table's `search_text` column by rowid = id.
INDEXED = {"contact": "contact_fts", "organization": "organization_fts"}

_WORD = re.compile(r"\w+", re.UNICODE)


def is_search_object(name: str | None) -> bool:
    """FTS tables and their shadow tables, which Alembic's model comparison must ignore."""
    return bool(name) and any(name.startswith(fts) for fts in INDEXED.values())


def ensure_index(conn: Connection) -> list[str]:
    """Create missing FTS5 tables and triggers (SQLite only); returns the tables rebuilt."""
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
    return rebuilt


def query_words(text: str) -> list[str]:
    """The folded words of what the user typed; punctuation, quotes and operators dropped."""
    return _WORD.findall(fold(text))


def fts_match(words: list[str]) -> str:
    """An FTS5 MATCH expression: every word must start a word of the text ("nov ja")."""
    # Each word is a quoted string (so AND, NEAR, *, - are plain text) with a prefix star.
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)
