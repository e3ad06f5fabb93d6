"""Alembic environment: runs on the connection smallcrm.core.migrate hands it (or a URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from smallcrm.core.models import Base

config = context.config
target_metadata = Base.metadata

# No fileConfig() here on purpose: Alembic's logging setup would silence the app's loggers.


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Revisions stay frozen in plain SQLAlchemy types, independent of the app's code.
    from smallcrm.core.models.base import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 search tables are derived data kept by smallcrm.core.search, not models.
    from smallcrm.core.search import is_search_object

    return not (type_ in ("table", "index") and is_search_object(name))


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode recreates the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        compare_server_default=True,
        render_item=_render_item,
        include_object=include_object,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        # smallcrm.core.migrate owns the transaction on this shared connection.
        _configure(connection)
        context.run_migrations()
        return

    # Run from the alembic command line (making revisions against a scratch database).
    # Users' databases are upgraded by `smallcrm db upgrade`, which backs them up first;
    # so here an explicit URL is required, never the user's default profile.
    from smallcrm.core.db import make_engine

    url = config.get_main_option("sqlalchemy.url") or context.get_x_argument(
        as_dictionary=True
    ).get("db")
    if not url:
        raise SystemExit(
            "Name a scratch database: alembic -x db=sqlite:////tmp/scratch.db ... "
            "(to upgrade a firm profile use `smallcrm db upgrade`, which backs it up first)"
        )
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                # As in smallcrm.core.migrate: table rebuilds must not cascade-delete.
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
            with conn.begin():
                _configure(conn)
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
