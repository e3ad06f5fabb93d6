"""Triggers that mark a record's conflict-check keys out of date (``party_key_dirty``).

Like the search index's triggers (core.search), the SQLite ones are made by
``ensure_triggers`` after every schema upgrade: a later batch-mode migration that rebuilds
``contact`` drops its triggers, and this puts them back. PostgreSQL keeps triggers when a
table is altered; its trigger functions are made once, by migration 0006.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from smallcrm.core.search import ONE_GO_ROWS

# table -> (owner kind, the columns whose change changes the keys)
WATCHED = {
    "contact": (
        "person",
        "given_name, middle_name, family_name, display_name, nickname, personal_id, deleted_at",
    ),
    "organization": ("organization", "name, legal_form, registry_id, tax_id, country, deleted_at"),
    "correspondent": ("correspondent", "address, name"),
}
METHOD_COLUMNS = "kind, value, contact_id, organization_id"

_MARK = "INSERT OR IGNORE INTO party_key_dirty (owner_kind, owner_id) "


def _method_marks(row: str) -> str:
    return (
        f"{_MARK}SELECT 'person', {row}.contact_id WHERE {row}.contact_id IS NOT NULL; "
        f"{_MARK}SELECT 'organization', {row}.organization_id "
        f"WHERE {row}.organization_id IS NOT NULL; "
    )


def sqlite_triggers() -> dict[str, str]:
    """name -> CREATE TRIGGER statement, for SQLite."""
    made: dict[str, str] = {}
    for table, (kind, columns) in WATCHED.items():
        for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            name = f"{table}_party_key_{event.lower()}"
            on = f"UPDATE OF {columns}" if event == "UPDATE" else event
            made[name] = (
                f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {on} ON {table} BEGIN "
                f"{_MARK}VALUES ('{kind}', {row}.id); END"
            )
    for event, rows in (("INSERT", ("new",)), ("UPDATE", ("old", "new")), ("DELETE", ("old",))):
        name = f"contact_method_party_key_{event.lower()}"
        on = f"UPDATE OF {METHOD_COLUMNS}" if event == "UPDATE" else event
        body = "".join(_method_marks(row) for row in rows)
        made[name] = (
            f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {on} ON contact_method BEGIN {body}END"
        )
    return made


def ensure_triggers(conn: Connection) -> None:
    """Create the SQLite marking triggers that are missing (PostgreSQL: nothing to do)."""
    if conn.dialect.name != "sqlite":
        return
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'party_key_dirty'"
    ).first()
    if not exists:  # an older revision: the migration that makes the table makes them
        return
    for statement in sqlite_triggers().values():
        conn.exec_driver_sql(statement)


@contextmanager
def marked_in_one_go(
    conn: Connection, inserted: Mapping[str, Sequence[Mapping[str, Any]]]
) -> Iterator[None]:
    """Mark the owners of rows the block inserts in one statement, not a trigger per row.

    ``inserted`` maps a table (one of WATCHED, or ``contact_method``) to the rows the block
    inserts into it, in the order it inserts the tables; WATCHED rows carry their ``id``.
    Like ``search.indexed_in_one_go``: the tables' insert triggers are dropped for the
    block, the owners they would have marked are marked after it, in the order they would
    have been, and the triggers are made again, all in the caller's transaction (a
    rollback takes the lot back). PostgreSQL's triggers stay: dropping one there locks
    the table for every other session until commit.
    """
    unknown = set(inserted) - {*WATCHED, "contact_method"}
    if unknown:
        raise ValueError(f"no party key triggers on {', '.join(sorted(unknown))}")
    if (
        conn.dialect.name != "sqlite"
        or sum(map(len, inserted.values())) < ONE_GO_ROWS
        or not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'party_key_dirty'"
        ).first()
    ):
        yield
        return
    for table in inserted:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_party_key_insert")
    try:
        yield
        marks: dict[tuple[str, int], None] = {}
        for table, rows in inserted.items():
            if table == "contact_method":
                for row in rows:
                    if row.get("contact_id") is not None:
                        marks["person", row["contact_id"]] = None
                    if row.get("organization_id") is not None:
                        marks["organization", row["organization_id"]] = None
            else:
                kind = WATCHED[table][0]
                marks.update(((kind, row["id"]), None) for row in rows)
        if marks:
            conn.exec_driver_sql(f"{_MARK}VALUES (?, ?)", list(marks))
    finally:
        ensure_triggers(conn)  # the triggers back, as they are made everywhere else


def postgresql_statements() -> list[str]:
    """The trigger functions and triggers of PostgreSQL, as migration 0006 makes them."""
    statements = [
        "CREATE FUNCTION party_key_mark() RETURNS trigger AS $$ BEGIN "
        "IF TG_OP = 'DELETE' THEN "
        "INSERT INTO party_key_dirty (owner_kind, owner_id) VALUES (TG_ARGV[0], OLD.id) "
        "ON CONFLICT DO NOTHING; "
        "ELSE "
        "INSERT INTO party_key_dirty (owner_kind, owner_id) VALUES (TG_ARGV[0], NEW.id) "
        "ON CONFLICT DO NOTHING; "
        "END IF; RETURN NULL; END $$ LANGUAGE plpgsql",
        "CREATE FUNCTION party_key_mark_method() RETURNS trigger AS $$ BEGIN "
        "IF TG_OP <> 'INSERT' THEN "
        "IF OLD.contact_id IS NOT NULL THEN INSERT INTO party_key_dirty VALUES "
        "('person', OLD.contact_id) ON CONFLICT DO NOTHING; END IF; "
        "IF OLD.organization_id IS NOT NULL THEN INSERT INTO party_key_dirty VALUES "
        "('organization', OLD.organization_id) ON CONFLICT DO NOTHING; END IF; "
        "END IF; "
        "IF TG_OP <> 'DELETE' THEN "
        "IF NEW.contact_id IS NOT NULL THEN INSERT INTO party_key_dirty VALUES "
        "('person', NEW.contact_id) ON CONFLICT DO NOTHING; END IF; "
        "IF NEW.organization_id IS NOT NULL THEN INSERT INTO party_key_dirty VALUES "
        "('organization', NEW.organization_id) ON CONFLICT DO NOTHING; END IF; "
        "END IF; RETURN NULL; END $$ LANGUAGE plpgsql",
    ]
    for table, (kind, columns) in WATCHED.items():
        for event in ("INSERT", f"UPDATE OF {columns}", "DELETE"):
            name = f"{table}_party_key_{event.split()[0].lower()}"
            statements.append(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION party_key_mark('{kind}')"
            )
    statements.append(
        f"CREATE TRIGGER contact_method_party_key AFTER INSERT OR UPDATE OF {METHOD_COLUMNS} "
        "OR DELETE ON contact_method FOR EACH ROW EXECUTE FUNCTION party_key_mark_method()"
    )
    return statements


def postgresql_drop_statements() -> list[str]:
    statements = ["DROP TRIGGER contact_method_party_key ON contact_method"]
    for table in WATCHED:
        for event in ("insert", "update", "delete"):
            statements.append(f"DROP TRIGGER {table}_party_key_{event} ON {table}")
    return statements + ["DROP FUNCTION party_key_mark_method()", "DROP FUNCTION party_key_mark()"]
