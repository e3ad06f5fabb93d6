import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from smallcrm.core.db import Database
from smallcrm.core.errors import DatabaseLockedError, DatabaseUnavailableError, KnownError
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation


def _person(name="Jana Nováková", **kw):
    return Contact(display_name=name, sort_key=name.lower(), **kw)


def test_sqlite_runs_in_wal_with_foreign_keys_and_busy_timeout(database):
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_session_scope_commits_and_rolls_back(database):
    with database.session_scope() as s:
        s.add(_person())
    with pytest.raises(RuntimeError), database.session_scope() as s:
        s.add(_person("Petr Svoboda"))
        s.flush()
        raise RuntimeError("boom")
    with database.session_scope() as s:
        assert s.scalars(select(Contact.display_name)).all() == ["Jana Nováková"]


def test_foreign_keys_are_enforced_and_cascade(database):
    with database.session_scope() as s:
        person = _person()
        person.methods.append(ContactMethod(kind="email", value="jana@example.cz"))
        s.add(person)
    with pytest.raises(IntegrityError), database.session_scope() as s:
        s.add(ContactMethod(contact_id=999_999, kind="email", value="x@example.cz"))
    with database.session_scope() as s:
        s.execute(text("DELETE FROM contact"))
    with database.session_scope() as s:
        assert s.scalar(select(ContactMethod.id)) is None


def test_check_constraints_guard_the_rules(database):
    with pytest.raises(IntegrityError), database.session_scope() as s:
        s.add(ContactMethod(kind="email", value="orphan@example.cz"))  # no owner
    with pytest.raises(IntegrityError), database.session_scope() as s:
        person = _person()
        s.add(person)
        s.flush()
        s.add(ContactMethod(contact_id=person.id, kind="fax", value="123"))


def test_relations_person_organisation_and_person_person(database):
    with database.session_scope() as s:
        jana, petr = _person(), _person("Petr Novák")
        firm = Organization(name="Novák a partneři s.r.o.", sort_key="novak a partneri")
        s.add_all([jana, petr, firm])
        s.flush()
        s.add(Relation(contact=jana, organization=firm, kind="employment", role="Partner",
                       since=date(2020, 1, 1)))  # fmt: skip
        s.add(Relation(contact=jana, other_contact=petr, kind="personal", role="spouse"))
    with database.session_scope() as s:
        roles = s.execute(select(Relation.kind, Relation.role).order_by(Relation.id)).all()
        assert roles == [("employment", "Partner"), ("personal", "spouse")]


def test_timestamps_come_back_as_aware_utc(database):
    prague = timezone(timedelta(hours=1))
    with database.session_scope() as s:
        s.add(_person(deleted_at=datetime(2026, 1, 5, 10, 0, tzinfo=prague)))
    with database.session_scope() as s:
        person = s.scalars(select(Contact)).one()
        assert person.deleted_at == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        assert person.created_at.tzinfo is UTC


def test_a_locked_database_is_a_known_error(profile):
    database = Database(profile.url, busy_timeout_ms=200)
    holder = sqlite3.connect(profile.database_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError) as info, database.session_scope() as s:
            s.add(_person())
        assert "busy" in info.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.dispose()


def test_unreachable_database_is_a_known_error(tmp_path):
    database = Database(f"sqlite:///{tmp_path}/no/such/folder/x.db")
    with pytest.raises(DatabaseUnavailableError), database.session_scope() as s:
        s.execute(text("SELECT 1"))


def test_unknown_url_scheme_is_refused():
    with pytest.raises(KnownError, match="Unsupported"):
        Database("mysql://x/y")


def test_repr_hides_the_password():
    database = Database("postgresql+psycopg://firm:s3cr3t-pw@127.0.0.1:1/firm")
    assert "s3cr3t-pw" not in repr(database)


def _hold_write_lock(path, ready, seconds: float) -> None:
    """Another process's writer: takes the write lock, writes, keeps it a while, commits."""
    import time

    other = sqlite3.connect(path, isolation_level=None, timeout=5)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO organization (name, sort_key, search_text, created_at, updated_at)"
        " VALUES ('Stavby Brno', 'stavby brno', '', '2026-01-01', '2026-01-01')"
    )
    ready.set()
    time.sleep(seconds)
    other.execute("COMMIT")
    other.close()


@pytest.mark.parametrize("writer", [False, True])
def test_a_writer_waits_for_another_process_instead_of_failing(profile, database, writer):
    """A session that reads and then writes while another process commits: deferred, its
    snapshot is stale by then and SQLite refuses at once; begun as a writer it waits."""
    import threading
    from contextlib import nullcontext

    from smallcrm.core.db import writing

    ready = threading.Event()
    other = threading.Thread(
        target=_hold_write_lock, args=(profile.database_path, ready, 0.4), daemon=True
    )
    with database.session_scope() as s:
        s.execute(select(Contact.id)).all()  # the connection exists before the race
    with writing() if writer else nullcontext():
        if not writer:
            # Deferred: the snapshot is taken by the first read, before the other commits.
            session = database._sessions()  # noqa: SLF001 - the race needs the session open
            session.execute(select(Contact.id)).all()
            other.start()
            ready.wait(5)
            session.add(_person())
            with pytest.raises(Exception, match="locked"):
                session.commit()
            session.rollback()
            session.close()
        else:
            other.start()
            ready.wait(5)
            with database.session_scope() as s:
                s.execute(select(Contact.id)).all()
                s.add(_person())
    other.join(5)
    with database.session_scope() as s:
        people = s.execute(select(Contact.id)).all()
        assert len(people) == (1 if writer else 0)
        assert s.execute(text("SELECT count(*) FROM organization")).scalar() == 1
