"""search text split into words the way the full-text index splits them

Revision ID: 0004
Revises: 0003

"jan.novak@firma.cz" was one word of a contact's search text and is now "jan novak firma
cz", as FTS5 has always tokenised it; a LIKE on the text then finds what the index finds,
which the first screen of a search relies on and PostgreSQL's search did not get right.
Create Date: 2026-11-23 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000


def _split(text: str) -> str:
    from smallcrm.core.search import query_words

    return " ".join(dict.fromkeys(query_words(text)))


def upgrade() -> None:
    conn = op.get_bind()
    for name in ("contact", "organization"):
        table = sa.table(name, sa.column("id"), sa.column("search_text"))
        last = 0
        while True:
            rows = conn.execute(
                sa.select(table.c.id, table.c.search_text)
                .where(table.c.id > last)
                .order_by(table.c.id)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            last = rows[-1][0]
            changed = [
                {"b_id": row_id, "b_text": new}
                for row_id, old in rows
                if (new := _split(old or "")) != (old or "")
            ]
            if changed:
                conn.execute(
                    table.update()
                    .where(table.c.id == sa.bindparam("b_id"))
                    .values(search_text=sa.bindparam("b_text")),
                    changed,
                )


def downgrade() -> None:
    pass  # the split text is a valid search text for the previous revision too
