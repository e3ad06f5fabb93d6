"""names in the firm's alphabet: contact.name_order and organization.name_order

Lists ordered by ``sort_key``, the folded name, put "Čermák" among the C's and "Chalupa"
before "Cibulka". ``name_order`` holds core.collation's key of the same text, whose code
point order is the firm's alphabet (Czech, Slovak, Polish, Croatian, Ukrainian, English);
lists order by it. PostgreSQL compares it with the "C" collation, as SQLite's BINARY does.

Existing rows get the key in the firm's language (the ``collation`` firm setting, English
when none is set yet: the app sets it to its interface language at start and computes the
keys again then). The SQLite covering index of the list's first screen moves from sort_key
to name_order; core.search.ensure_index makes it after the upgrade.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-25 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
TABLES = ("contact", "organization")
COLUMN_TYPE = sa.String(length=400).with_variant(sa.String(length=400, collation="C"), "postgresql")


def _language(conn: sa.Connection) -> str:
    from smallcrm.core.collation import language_of

    setting = sa.table("firm_setting", sa.column("key"), sa.column("value"))
    found = conn.execute(sa.select(setting.c.value).where(setting.c.key == "collation")).scalar()
    return language_of(found)


def _fill(conn: sa.Connection, name: str, language: str) -> None:
    from smallcrm.core.collation import collation_key, name_text

    columns = ("family_name", "given_name", "display_name") if name == "contact" else ("name",)
    table = sa.table(name, sa.column("id"), sa.column("name_order"), *map(sa.column, columns))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(table.c.id, *(table.c[c] for c in columns))
            .where(table.c.id > last)
            .order_by(table.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        text = (lambda r: name_text(*r[1:])) if name == "contact" else (lambda r: r[1] or "")
        conn.execute(
            table.update()
            .where(table.c.id == sa.bindparam("b_id"))
            .values(name_order=sa.bindparam("b_order")),
            [{"b_id": row[0], "b_order": collation_key(text(row), language)} for row in rows],
        )


def upgrade() -> None:
    conn = op.get_bind()
    for name in TABLES:
        # SQLite adds a column in place (no table rebuild): NOT NULL with a default.
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("name_order", COLUMN_TYPE, server_default=sa.text("''"), nullable=False)
            )
    language = _language(conn)
    for name in TABLES:
        _fill(conn, name, language)
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{name}_name_order"), ["name_order"], unique=False)
        if conn.dialect.name == "sqlite":
            # core.search's first-screen index over sort_key; it is made over name_order now.
            conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}_name_scan"))


def downgrade() -> None:
    conn = op.get_bind()
    for name in TABLES:
        if conn.dialect.name == "sqlite":
            # core.search's index over the column goes first (a table rebuild would carry
            # it over to a table without the column); 0011's ensure_index makes its own.
            conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}_order_scan"))
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_name_order"))
            batch_op.drop_column("name_order")
