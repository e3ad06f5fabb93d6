"""One search over every kind of record: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL.

Every searchable table has a ``search_text`` column of folded words that the services
compute in Python on every write (core.services.search_text), in the write's transaction.
The full-text indexes over it are derived data, like any index: ``ensure_index`` (run after
every schema upgrade, in the same transaction) creates them when missing, with the SQLite
triggers that keep them in step, and fills them from the tables. Table rebuilds in later
migrations drop triggers, and this puts them back, so no revision has to remember the
search index. A table named in INDEXED that this schema lacks (a feature's table arriving
in a later revision) is skipped until it exists.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import re
import unicodedata
import weakref
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from smallcrm.core.text import fold

# table -> its FTS5 table; each indexes the table's `search_text` column by rowid = id.
INDEXED = {
    "contact": "contact_fts",
    "organization": "organization_fts",
    "matter": "matter_fts",
    "activity": "activity_fts",
    "task": "task_fts",
    "event": "event_fts",
    "document": "document_fts",
    "mail_message": "mail_message_fts",
}
# table -> a covering index of live rows in name order (name_order, the firm's alphabet)
# with their search text: the first screen of a search walks it without touching the table
# (``contacts.first_keys``).
NAME_SCANS = {"contact": "contact_order_scan", "organization": "organization_order_scan"}
# The same indexes over sort_key before revision 0012, dropped where they are left over.
_OLD_NAME_SCANS = ("contact_name_scan", "organization_name_scan")

# Letters and digits, as FTS5's unicode61 tokenizer splits them (it also splits at "_").
# The stored search text is made of such words too, so "novak" starts a word in
# "jan.novak@firma.cz" for FTS5 and for a plain LIKE on " " || search_text alike.
# The apostrophes Unicode counts as letters (ʼ U+02BC, the one Ukrainian orthography asks
# for; ʻ; ʹ) split words as ' and ’ do: "Мар'яна" and "Марʼяна" are the same two words
# whichever one the user's keyboard (or the imported card) had.
_WORD = re.compile(r"[^\W_\u02b9\u02bb\u02bc]+")
# Longer words are kept as their first MAX_WORD letters on both sides (stored and typed):
# nobody types more of a word before it is unique, and PostgreSQL refuses index words
# over 2 KB (a base64 blob pasted into a note would otherwise fail the write).
MAX_WORD = 64


def _pg_index(table: str) -> str:
    return f"{table}_search_words"


def is_search_object(name: str | None) -> bool:
    """FTS tables, their shadow tables and the PostgreSQL word indexes, which Alembic's
    model comparison must ignore."""
    if not name:
        return False
    return (
        name in NAME_SCANS.values()
        or name in _OLD_NAME_SCANS
        or any(name.startswith(fts) for fts in INDEXED.values())
        or name in {_pg_index(table) for table in INDEXED}
    )


# PostgreSQL: the stored words, as they are, are the index's words (a GIN index over
# _PG_VECTOR; a query word "nov" is the prefix query 'nov':*). No text search parser runs
# over them, not even the 'simple' configuration's: what it counts as a letter, and how
# it lower-cases, depends on the database's locale, while the words are already folded and
# split as FTS5 splits them, so PostgreSQL matches exactly what FTS5 matches. The cap keeps
# a document's extracted text under tsvector's 1 MB limit (words past it are not found
# there; SQLite has no such limit).
# The expression is a function of ours, in PL/pgSQL so the planner does not inline it, with
# the cost it really has: left to the built-ins' nominal costs, the planner reckons a scan
# evaluating it on every row cheaper than the index, and takes 20 ms over 17,000 notes for
# what the index answers in 0.1.
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION smallcrm_search_words(words text) RETURNS tsvector "
    "LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 100 AS $$ BEGIN "
    "RETURN array_to_tsvector(array_remove(string_to_array(left(words, 200000), ' '), '')); "
    "END $$"
)
_PG_VECTOR = "smallcrm_search_words({col})"
# Engine -> the tables with a search_text column (the kinds this schema can search).
_SEARCHABLE: weakref.WeakKeyDictionary[Engine, frozenset[str]] = weakref.WeakKeyDictionary()


def _tables_with_search_text(conn: Connection) -> frozenset[str]:
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
            "WHERE m.type = 'table' AND c.name = 'search_text'"
        )
    else:
        rows = conn.exec_driver_sql(
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND column_name = 'search_text'"
        )
    return frozenset(name for (name,) in rows)


def searchable_tables(conn: Connection) -> frozenset[str]:
    """The tables of INDEXED this database has (remembered per engine until an upgrade)."""
    found = _SEARCHABLE.get(conn.engine)
    if found is None:
        found = _SEARCHABLE[conn.engine] = _tables_with_search_text(conn) & set(INDEXED)
    return found


def ensure_index(conn: Connection) -> list[str]:
    """Create missing FTS5 tables, triggers and name scan indexes (SQLite), or the GIN word
    indexes (PostgreSQL); returns the FTS tables rebuilt."""
    _SEARCHABLE.pop(conn.engine, None)  # the schema may have just changed
    present = _tables_with_search_text(conn)
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql(_PG_FUNCTION)
        for table in INDEXED:
            if table in present:
                conn.exec_driver_sql(
                    f"CREATE INDEX IF NOT EXISTS {_pg_index(table)} ON {table} "
                    f"USING gin (({_PG_VECTOR.format(col='search_text')}))"
                )
        return []
    rebuilt = []
    for table, fts in INDEXED.items():
        if table not in present:
            continue
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (fts,)
        ).first()
        if not exists:
            # The text is folded before it is stored, so the tokenizer only splits words.
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', "
                f"content_rowid='id', tokenize='unicode61 remove_diacritics 0', "
                f"prefix='{PREFIXES}')"
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
    for (table, scan), old in zip(NAME_SCANS.items(), _OLD_NAME_SCANS, strict=True):
        ordered = conn.exec_driver_sql(
            f"SELECT 1 FROM pragma_table_info('{table}') WHERE name = 'name_order'"
        ).first()
        if ordered is None:  # a schema older than 0012 (tests of old revisions)
            continue
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {old}")
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {scan} ON {table} (name_order, id, search_text) "
            "WHERE deleted_at IS NULL"
        )
    return rebuilt


def query_words(text: str | None) -> list[str]:
    """The folded words of a text; punctuation, quotes and operators dropped."""
    return [word[:MAX_WORD] for word in _WORD.findall(fold(text))]


def fts_match(words: list[str]) -> str:
    """An FTS5 MATCH expression: every word must start a word of the text ("nov ja")."""
    # Each word is a quoted string (so AND, NEAR, *, - are plain text) with a prefix star.
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


# Rows from which dropping per-row triggers for a bulk insert pays: dropping and making
# them again is a schema change, after which the connection prepares its statements anew.
# Measured on importing people with an e-mail and a phone each: 100 take as long either
# way, 200 a quarter less in one go, 20 half as long again. Used by core.key_triggers too.
ONE_GO_ROWS = 200


class IndexWriter:
    """Writes rows of a table's full-text index by statements of its own, while the table's
    trigger is dropped (``index_written_here``)."""

    def __init__(self, conn: Connection, fts: str) -> None:
        self._conn = conn
        self._fts = fts

    def delete(self, rows: Sequence[tuple[int, str]]) -> None:
        """(id, search_text as indexed) of rows whose words go."""
        if rows:
            self._conn.exec_driver_sql(
                f"INSERT INTO {self._fts}({self._fts}, rowid, search_text) VALUES ('delete', ?, ?)",
                list(rows),
            )

    def insert(self, rows: Sequence[tuple[int, str]]) -> None:
        """(id, search_text) of rows whose words come."""
        if rows:
            self._conn.exec_driver_sql(
                f"INSERT INTO {self._fts}(rowid, search_text) VALUES (?, ?)", list(rows)
            )


@contextmanager
def index_written_here(
    conn: Connection, table: str, trigger: str, rows: int, least: int = ONE_GO_ROWS
) -> Iterator[IndexWriter | None]:
    """``table``'s index ``trigger`` ("ai": insert, "au": update of search_text) dropped for
    a block that writes ``rows`` rows; the block writes the index itself through the
    IndexWriter it is given. None: the trigger stays and does it (PostgreSQL, a table
    without the index, or fewer than ``least`` rows, for which dropping it and making it
    again costs more than it saves).

    Inside a trigger each FTS5 write is a statement of its own, and FTS5 flushes its
    pending words at every statement: written in one statement, the words of thousands of
    rows take a third of the time. All of it is in the caller's transaction: the trigger
    is made again (``ensure_index``) before the commit, and a rollback takes the drop back
    with the rows.
    """
    fts = INDEXED.get(table)
    if (
        fts is None
        or rows < least
        or conn.dialect.name != "sqlite"
        or conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (fts,)
        ).first()
        is None
    ):
        yield None
        return
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
    try:
        yield IndexWriter(conn, fts)
    finally:
        ensure_index(conn)  # the trigger back, as it is made everywhere else


@contextmanager
def indexed_in_one_go(
    conn: Connection, table: str, rows: Sequence[tuple[int, str]]
) -> Iterator[None]:
    """Index rows of ``table`` that the block inserts in one statement, not row by row.

    ``rows`` are the (id, search_text) the block writes; see ``index_written_here``.
    """
    with index_written_here(conn, table, "ai", len(rows)) as index:
        yield
        if index is not None:
            index.insert(rows)


# --- one search over every kind --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """One record found: ``kind`` and ``id`` open it; ``snippet`` is a piece of its own
    text (diacritics as written) around the first word that matched."""

    kind: str
    id: int
    title: str
    snippet: str
    score: float  # higher is better; comparable within a kind only


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of record the search finds. SQL pieces read the row as ``t``; ``{agg}`` is the
    string aggregate of the dialect (group_concat / string_agg, same arguments)."""

    name: str
    table: str
    title: str  # SQL: what the hit is called
    text: tuple[str, ...]  # SQL: the original text the snippet is cut from, in parts
    open_id: str = "t.id"  # SQL: the id that opens the record
    live: str = "t.deleted_at IS NULL"  # SQL: not in the trash
    # Turns the fetched parts into plain text (e.g. attendees stored as JSON); None joins
    # the non-empty parts with " · ".
    prepare: Callable[[Sequence[Any]], list[str]] | None = None


# How much of a record's text a snippet is looked for in: the first match past it is not
# worth reading megabytes of a document's text for (the snippet then shows the start).
SNIPPET_SCAN = 20_000
SNIPPET_CHARS = 120
_SNIPPET_LEAD = 40


def _methods_sql(owner: str) -> str:
    # An e-mail, a phone as written, a city: what tells two people of one name apart.
    return (
        "(SELECT {agg}(v, ' · ') FROM (SELECT CASE m.kind "
        "WHEN 'phone' THEN coalesce(nullif(m.raw, ''), m.value) "
        "WHEN 'address' THEN coalesce(nullif(m.city, ''), m.value) ELSE m.value END AS v "
        f"FROM contact_method AS m WHERE m.{owner} = t.id AND m.kind <> 'web' "
        "ORDER BY m.kind, m.is_primary DESC, m.position, m.id) AS s)"
    )


def _event_text(parts: Sequence[Any]) -> list[str]:
    location, description, organizer, attendees = parts
    people: list[Any] = []
    # Stored by core.services.calendar as JSON; anything else only loses the names here.
    with contextlib.suppress(ValueError, TypeError):
        people = ([json.loads(organizer)] if organizer else []) + (
            json.loads(attendees) if attendees else []
        )
    names = ", ".join(
        str(p.get("name") or p.get("email") or "") for p in people if isinstance(p, dict)
    )
    return [location or "", description or "", names]


# The kinds in the order their groups are listed; each kind's table is one in INDEXED.
REGISTRY: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "contact",
            "contact",
            "t.display_name",
            (
                "(SELECT {agg}(o.name, ', ') FROM relation AS r JOIN organization AS o "
                "ON o.id = r.organization_id WHERE r.contact_id = t.id "
                "AND r.kind = 'employment' AND r.until IS NULL AND o.deleted_at IS NULL)",
                "t.position",
                _methods_sql("contact_id"),
            ),
        ),
        Kind("organization", "organization", "t.name", (_methods_sql("organization_id"),)),
        Kind(
            "matter",
            "matter",
            "t.number || ' ' || t.title",
            (f"substr(t.notes, 1, {SNIPPET_SCAN})",),
        ),
        Kind("task", "task", "t.title", (f"substr(t.notes, 1, {SNIPPET_SCAN})",)),
        Kind(
            "event",
            "event",
            "t.summary",
            (
                "t.location",
                f"substr(t.description, 1, {SNIPPET_SCAN})",
                "t.organizer",
                "t.attendees",
            ),
            prepare=_event_text,
        ),
        Kind(
            "activity",
            "activity",
            "t.subject",
            (f"substr(t.body, 1, {SNIPPET_SCAN})", "t.outcome"),
        ),
        # The current (newest) version's file name and extracted text.
        Kind(
            "document",
            "document",
            "t.title",
            (
                "(SELECT v.file_name FROM document_version AS v WHERE v.document_id = t.id "
                "ORDER BY v.number DESC LIMIT 1)",
                f"(SELECT substr(x.text, 1, {SNIPPET_SCAN}) FROM document_version AS v "
                "JOIN document_text AS x ON x.version_id = v.id WHERE v.document_id = t.id "
                "ORDER BY v.number DESC LIMIT 1)",
            ),
        ),
        # Synced mail. A message expunged on the server stays findable: it is evidence.
        Kind(
            "message",
            "mail_message",
            "t.subject",
            ("t.from_name", "t.from_email", f"substr(t.text, 1, {SNIPPET_SCAN})"),
            live="TRUE",
        ),
    )
}
KINDS = tuple(REGISTRY)

# A query's words: at most this many count (a pasted paragraph is not a search).
MAX_QUERY_WORDS = 12
# Words this short match much of a table while the user is still typing: their hits come
# newest first, straight from the index (ranking tens of thousands of rows by bm25 costs
# more than it tells about a two-letter start). The 1- and 2-letter prefix indexes of the
# FTS5 tables (PREFIXES) answer them without merging thousands of words' lists.
SHORT = 2
PREFIXES = "1 2"
# Likewise a kind with more matches than this (a common start: "kli" in 26,000 notes to
# "Klient ..."): bm25 takes about a microsecond a match, and the newest are the likelier
# ones when the words do not single anything out.
RANK_MAX = 5_000
# Each kind's candidates are the best by bm25 (ts_rank); the title boost reorders the
# first WINDOW_FACTOR times the hits the kind shows (at least MIN_WINDOW) of them.
WINDOW_FACTOR = 3
MIN_WINDOW = 20


def search_words(query: str | None) -> list[str]:
    """The words a search looks for: distinct, a word that starts another one dropped (it
    finds nothing more: "nov novak" is "novak"), at most MAX_QUERY_WORDS."""
    words = list(dict.fromkeys(query_words(query)))[:MAX_QUERY_WORDS]
    return [w for w in words if not any(o != w and o.startswith(w) for o in words)]


def available_kinds(session: Session) -> tuple[str, ...]:
    """The kinds this database can search, in listing order (a feature's table may not
    exist yet in an older schema)."""
    tables = searchable_tables(session.connection())
    return tuple(name for name, kind in REGISTRY.items() if kind.table in tables)


def search(
    session: Session,
    query: str,
    *,
    kinds: Collection[str] | None = None,
    limit: int = 20,
    per_kind: int | None = None,
) -> list[Hit]:
    """Records of ``kinds`` (default: all) whose text has every word of ``query`` as the
    start of one of its words, grouped by kind in KINDS order, best first within a kind.

    Each kind gives at most ``per_kind`` hits (default ``limit``) and the whole list at most
    ``limit``: when there are more, every kind keeps its best ones in turn (the first of
    each, then the second of each ...), so one crowded kind does not hide the rest. Any
    text is a valid query: what is not a letter or digit only separates words, and a
    query without words finds nothing.

    Per kind: one index query (ids and rank, with a LIMIT), one read of the titles of its
    best candidates, one read of the texts the shown hits' snippets are cut from.
    """
    wanted = KINDS if kinds is None else tuple(kinds)
    unknown = [k for k in wanted if k not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown search kind {unknown[0]!r}")
    words = search_words(query)
    size = min(limit, per_kind if per_kind is not None else limit)
    if not words or size <= 0:
        return []
    session.flush()  # pending ORM changes are searched too; the reads below bypass the ORM
    conn = session.connection()
    reader = _Reader(conn)
    tables = searchable_tables(conn)
    window = max(WINDOW_FACTOR * size, MIN_WINDOW)
    candidates: dict[str, list[tuple[int, float]]] = {}
    for name in KINDS:
        if name in wanted and REGISTRY[name].table in tables:
            found = reader.candidates(REGISTRY[name], words, window)
            if found:
                candidates[name] = found
    # What each kind can show at most, from what its index found (trashed rows may still
    # be among them: a kind that comes up short asks its index for more below).
    shares = _in_turn({n: min(len(c), size) for n, c in candidates.items()}, limit)
    chosen: dict[str, list[tuple[int, Hit]]] = {}
    for name, share in shares.items():
        hits = _best(reader, REGISTRY[name], words, candidates[name], share, window)
        if hits:
            chosen[name] = hits
    out = []
    for name, hits in chosen.items():
        texts = reader.texts(REGISTRY[name], [row_id for row_id, _hit in hits])
        for row_id, hit in hits:
            text = texts.get(row_id, [])
            title = hit.title or _first_line(text)
            out.append(Hit(hit.kind, hit.id, title, snippet(text, words), hit.score))
    return out


def _in_turn(counts: dict[str, int], limit: int) -> dict[str, int]:
    """How many hits each kind shows: the first of each, then the second of each ... until
    ``limit``."""
    taken = dict.fromkeys(counts, 0)
    total = 0
    for depth in range(max(counts.values(), default=0)):
        for name, count in counts.items():
            if depth < count and total < limit:
                taken[name] += 1
                total += 1
    return {name: n for name, n in taken.items() if n}


def _best(
    reader: _Reader,
    kind: Kind,
    words: list[str],
    candidates: list[tuple[int, float]],
    share: int,
    window: int,
) -> list[tuple[int, Hit]]:
    """The kind's ``share`` best live hits with their row ids (no snippet yet), one per
    record they open."""
    look = max(WINDOW_FACTOR * share, MIN_WINDOW)
    while True:
        titles = reader.titles(kind, [row_id for row_id, _ in candidates[:look]])
        scored = []
        for position, (row_id, relevance) in enumerate(candidates[:look]):
            found = titles.get(row_id)
            if found is None:
                continue  # in the trash (SQLite's index holds trashed rows too)
            open_id, title = found
            score = _title_score(title, words) + relevance
            hit = Hit(kind.name, open_id, title, "", score)
            scored.append((-score, position, row_id, hit))
        exhausted = look >= len(candidates) and len(candidates) < window
        if len(scored) >= share or exhausted:
            break
        # The trash crowded the window: look further, asking the index for more if need be.
        look *= 4
        if look > len(candidates) and len(candidates) == window:
            window *= 4
            candidates = reader.candidates(kind, words, window)
    scored.sort(key=lambda item: item[:2])
    best: dict[int, tuple[int, Hit]] = {}
    for _score, _position, row_id, hit in scored:
        best.setdefault(hit.id, (row_id, hit))
    return list(best.values())[:share]


def _title_score(title: str | None, words: list[str]) -> float:
    """How many of the words start a word of the title.

    The title (a name, a subject, a matter's number and title) says what the record is,
    so a match there outranks any number of matches in the body; bm25 (ts_rank) then
    orders records with the same title score. The title is folded here, in Python, with
    the same fold as the stored words: SQL has no such fold, and a second indexed title
    column would have to exist in every searchable table (contacts and documents have one
    search text) to let the index weigh it. Only the few candidates' titles are folded.
    """
    if not title:
        return 0.0
    folded = " " + " ".join(_WORD.findall(_fold(title)))
    return float(sum(1 for w in words if " " + w in folded))


def _first_line(parts: list[str]) -> str:
    for part in parts:
        line = part.strip().split("\n", 1)[0].strip()
        if line:
            return line[:80]
    return ""


class _Reader:
    """The search's reads, as plain SQL through the driver: the statements are fixed text,
    and SQLAlchemy's compiling would cost more than SQLite's answering (the measure is the
    bare FTS5 query)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def _ids(self, ids: list[int]) -> tuple[str, Any]:
        """An ``IN`` over ``ids``: (SQL after the column, parameters)."""
        if self.sqlite:
            return f"IN ({', '.join('?' * len(ids))})", tuple(ids)
        return "= ANY(%s)", (list(ids),)

    def candidates(self, kind: Kind, words: list[str], window: int) -> list[tuple[int, float]]:
        """(id, relevance 0..1) of the best ``window`` rows by the index alone, best first;
        newest first (relevance 0) when the words are short or match too much to rank."""
        if self.sqlite:
            fts, match = INDEXED[kind.table], fts_match(words)
            newest = all(len(w) <= SHORT for w in words) or self._crowded(
                f"SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT 1 OFFSET ?", (match, RANK_MAX)
            )
            sql = _fts_sql(fts, newest)
            rows = self.conn.exec_driver_sql(sql, (match, window)).fetchall()
            # bm25 is negative, more negative is better: mapped into 0..1, higher better.
            return [(i, -r / (1.0 - r) if r else 0.0) for i, r in rows]
        match = _tsquery(words, " & ")
        newest = all(len(w) <= SHORT for w in words) or self._crowded(
            f"SELECT 1 FROM {kind.table} AS t WHERE {_PG_VECTOR.format(col='t.search_text')} "
            f"@@ {match} LIMIT 1 OFFSET %s",
            (RANK_MAX,),
        )
        sql = _pg_sql(kind.table, kind.live, newest).format(
            match=match, rank=_tsquery(words, " | ")
        )
        return [(i, float(r)) for i, r in self.conn.exec_driver_sql(sql, (window,))]

    def _crowded(self, sql: str, params: tuple[Any, ...]) -> bool:
        """Whether the index holds more than RANK_MAX matches (trashed rows count too)."""
        return self.conn.exec_driver_sql(sql, params).first() is not None

    def titles(self, kind: Kind, ids: list[int]) -> dict[int, tuple[int, str]]:
        """id -> (open id, title) of the live ones of ``ids``."""
        if not ids:
            return {}
        where, params = self._ids(ids)
        sql = (
            f"SELECT t.id, {kind.open_id}, {kind.title} FROM {kind.table} AS t "
            f"WHERE t.id {where} AND {kind.live}"
        )
        return {r[0]: (r[1], r[2] or "") for r in self.conn.exec_driver_sql(sql, params)}

    def texts(self, kind: Kind, ids: list[int]) -> dict[int, list[str]]:
        """id -> the text parts the snippet is cut from."""
        where, params = self._ids(ids)
        agg = "group_concat" if self.sqlite else "string_agg"
        parts = ", ".join(p.format(agg=agg) for p in kind.text)
        sql = f"SELECT t.id, {parts} FROM {kind.table} AS t WHERE t.id {where}"
        out = {}
        for row in self.conn.exec_driver_sql(sql, params):
            values = list(row[1:])
            out[row[0]] = kind.prepare(values) if kind.prepare else [v or "" for v in values]
        return out


@functools.cache
def _fts_sql(fts: str, newest: bool) -> str:
    # The bare index query; the table is read only for the few rows kept. SQLite's own
    # sorter with the LIMIT ("rank, rowid") is faster than FTS5's "ORDER BY rank" alone.
    order = "rowid DESC" if newest else "rank, rowid"
    score = "0.0" if newest else "rank"
    return f"SELECT rowid, {score} FROM {fts} WHERE {fts} MATCH ? ORDER BY {order} LIMIT ?"


@functools.cache
def _pg_sql(table: str, live: str, newest: bool) -> str:
    """The index query, with ``{match}`` and ``{rank}`` for _tsquery literals."""
    vector = _PG_VECTOR.format(col="t.search_text")
    # Matching asks for every word (AND) and uses the GIN index; ranking counts the words
    # (OR): the stored words carry no positions, and ts_rank's AND form measures distances
    # between positions. Flags 1|32: divided by 1 + log(length), then scaled into 0..1.
    # No unaccent at query time: the query words are folded by the same Python fold as the
    # stored ones, which keeps what unaccent would strip wrongly (Ukrainian й, ї) and
    # folds what it does not know (ł, đ, ß); a second folding in SQL could only disagree.
    score = "0.0" if newest else f"ts_rank({vector}, {{rank}}, 33)"
    order = "t.id DESC" if newest else "2 DESC, t.id"
    return (
        f"SELECT t.id, {score} FROM {table} AS t "
        f"WHERE {vector} @@ {{match}} AND {live} ORDER BY {order} LIMIT %s"
    )


def _tsquery(words: list[str], operator: str) -> str:
    """A tsquery literal: each word a prefix ("'nov':*"), joined by ``operator``.

    A literal, not a parameter: psycopg prepares a statement run five times, and the
    plan PostgreSQL then keeps for any query word is a table scan. The words are letters
    and digits only (query_words), so no quote can end the literal.
    """
    query = operator.join(f"'{w}':*" for w in words)
    return "CAST('" + query.replace("'", "''") + "' AS tsquery)"


def snippet(text: str | Sequence[str], words: Sequence[str]) -> str:
    """About SNIPPET_CHARS of ``text`` (parts joined by " · "), as written, from shortly
    before the first word that folds to a word starting with one of ``words``; the start
    of the text when none does (the match was in the title)."""
    if not isinstance(text, str):
        text = " · ".join(part.strip() for part in text if part and part.strip())
    # One line: line breaks and runs of blanks (Markdown, a PDF's layout) become a space.
    text = " ".join(text[:SNIPPET_SCAN].split())
    if not text.isascii():
        # Composed, so a letter and its accent are one character to the word pattern.
        text = unicodedata.normalize("NFC", text)
    at = _first_match(text, words)
    start = max(0, at - _SNIPPET_LEAD)
    if start:
        space = text.find(" ", start, at)  # start at a word
        start = space + 1 if space >= 0 else start
    end = start + SNIPPET_CHARS
    if end < len(text):
        space = text.rfind(" ", at, end)
        end = space if space > at else end
    piece = text[start:end].strip(" ·")  # not a part's separator at either end
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _first_match(text: str, words: Sequence[str]) -> int:
    """Where the first word of ``text`` (single-spaced) that folds to a word starting with
    one of ``words`` begins; 0 when none does.

    The text is folded a piece at a time (a fold per word would cost more than the whole
    search on a long text), and only as far as the first match.
    """

    def hit(word: str) -> bool:
        return any(word.startswith(w) for w in words)

    pos = 0
    while pos < len(text):
        cut = text.find(" ", pos + _FOLD_PIECE)
        end = len(text) if cut < 0 else cut
        piece = text[pos:end]
        index = next((i for i, w in enumerate(_WORD.findall(_fold(piece))) if hit(w)), None)
        if index is not None:
            # The folded words are the piece's words in the same order, unless folding
            # split or joined one ("½" is "1⁄2"): then the piece is read word by word.
            match = next(itertools.islice(_WORD.finditer(piece), index, None), None)
            if match is not None and hit(fold(match.group())):
                return pos + match.start()
            for match in _WORD.finditer(piece):
                if hit(fold(match.group())):
                    return pos + match.start()
            return 0
        pos = end
    return 0


_FOLD_PIECE = 2_000
# Typing "n", "no", "nov", "nová" shows the same records again and again: their titles and
# texts are folded once (the fold is the costliest step after the index's own).
_fold = functools.lru_cache(maxsize=4096)(fold)
