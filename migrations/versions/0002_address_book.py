"""address book: names, ids, search text, change sets

Revision ID: 0002
Revises: 0001

Existing phones get their E.164 form (the text as written is kept in `raw`), and every
contact and organisation its folded search text.
Create Date: 2026-11-23 18:46:53.210148
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=400), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('import', 'merge', 'trash', 'edit')", name=op.f("ck_change_set_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_set")),
    )
    op.create_table(
        "change_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_set_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete', 'trash')", name=op.f("ck_change_item_action")
        ),
        sa.ForeignKeyConstraint(
            ["change_set_id"],
            ["change_set.id"],
            name=op.f("fk_change_item_change_set_id_change_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_item")),
    )
    with op.batch_alter_table("change_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_item_change_set_id"), ["change_set_id"], unique=False
        )
        batch_op.create_index("ix_change_item_entity", ["entity", "entity_id"], unique=False)

    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suffix", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("nickname", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("department", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("birthday_year_known", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(sa.Column("personal_id", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("photo_mime", sa.String(length=50), nullable=True))
        batch_op.add_column(
            sa.Column("search_text", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(sa.Column("uid", sa.String(length=255), nullable=True))
        batch_op.create_index(batch_op.f("ix_contact_uid"), ["uid"], unique=False)

    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.add_column(sa.Column("raw", sa.String(length=500), nullable=True))

    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_text", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
        batch_op.add_column(sa.Column("uid", sa.String(length=255), nullable=True))
        batch_op.create_index(batch_op.f("ix_organization_uid"), ["uid"], unique=False)

    _fill_phones_and_search_text()


def _fill_phones_and_search_text() -> None:
    # Rows written under 0001 (demo data, early users): phones as typed, no search text.
    from smallcrm.core.services.search_text import contact_search_text, organization_search_text
    from smallcrm.core.validation import parse_phone

    conn = op.get_bind()
    method = sa.table(
        "contact_method",
        *(sa.column(name) for name in ("id", "kind", "value", "raw", "city")),
        sa.column("contact_id"),
        sa.column("organization_id"),
    )
    updates = []
    for row in conn.execute(sa.select(method.c.id, method.c.value).where(method.c.kind == "phone")):
        phone = parse_phone(row.value, "CZ")
        updates.append({"b_id": row.id, "b_value": phone.e164 or row.value, "b_raw": row.value})
    if updates:
        conn.execute(
            method.update()
            .where(method.c.id == sa.bindparam("b_id"))
            .values(value=sa.bindparam("b_value"), raw=sa.bindparam("b_raw")),
            updates,
        )

    methods: dict[tuple[str, int], list[tuple[str, str, str]]] = {}
    for row in conn.execute(
        sa.select(method.c.contact_id, method.c.organization_id, method.c.kind, method.c.value,
                  method.c.city)
    ):  # fmt: skip
        key = ("c", row.contact_id) if row.contact_id else ("o", row.organization_id)
        methods.setdefault(key, []).append((row.kind, row.value or "", row.city or ""))

    organization = sa.table("organization", sa.column("id"), sa.column("name"),
                            sa.column("search_text"))  # fmt: skip
    relation = sa.table(
        "relation", sa.column("contact_id"), sa.column("organization_id"), sa.column("kind")
    )
    org_names = dict(conn.execute(sa.select(organization.c.id, organization.c.name)).all())
    employers: dict[int, list[str]] = {}
    for row in conn.execute(
        sa.select(relation.c.contact_id, relation.c.organization_id).where(
            relation.c.kind == "employment"
        )
    ):
        employers.setdefault(row.contact_id, []).append(org_names.get(row.organization_id, ""))

    name_columns = ("title", "given_name", "middle_name", "family_name", "nickname",
                    "display_name")  # fmt: skip
    contact = sa.table(
        "contact", sa.column("id"), sa.column("search_text"), *map(sa.column, name_columns)
    )
    rows = [
        {
            "b_id": row.id,
            "b_text": contact_search_text(
                names=[getattr(row, name) for name in name_columns],
                organizations=employers.get(row.id, ()),
                methods=methods.get(("c", row.id), ()),
            ),
        }
        for row in conn.execute(sa.select(contact.c.id, *(contact.c[n] for n in name_columns)))
    ]
    if rows:
        conn.execute(
            contact.update()
            .where(contact.c.id == sa.bindparam("b_id"))
            .values(search_text=sa.bindparam("b_text")),
            rows,
        )
    rows = [
        {"b_id": org_id, "b_text": organization_search_text(name, methods.get(("o", org_id), ()))}
        for org_id, name in org_names.items()
    ]
    if rows:
        conn.execute(
            organization.update()
            .where(organization.c.id == sa.bindparam("b_id"))
            .values(search_text=sa.bindparam("b_text")),
            rows,
        )


def downgrade() -> None:
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_uid"))
        batch_op.drop_column("uid")
        batch_op.drop_column("search_text")

    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.drop_column("raw")

    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_uid"))
        batch_op.drop_column("uid")
        batch_op.drop_column("search_text")
        batch_op.drop_column("photo_mime")
        batch_op.drop_column("personal_id")
        batch_op.drop_column("birthday_year_known")
        batch_op.drop_column("department")
        batch_op.drop_column("nickname")
        batch_op.drop_column("suffix")

    with op.batch_alter_table("change_item", schema=None) as batch_op:
        batch_op.drop_index("ix_change_item_entity")
        batch_op.drop_index(batch_op.f("ix_change_item_change_set_id"))

    op.drop_table("change_item")
    op.drop_table("change_set")
