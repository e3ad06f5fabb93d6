"""0014 (mail) upgrades a database holding 0013's people, stores mail for them, and goes back."""

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001

MAIL_TABLES = {"mail_account", "mail_folder_state", "mail_message", "mail_message_contact"}
RAW = "From: Jana <jana@example.cz>\r\nSubject: Smlouva\r\n\r\nDobrý den\r\n".encode()


def _round_trip(database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0013")
    with database.engine.connect() as conn:
        people = conn.execute(text("SELECT count(*) FROM contact")).scalar()
    _migrate(database, "0014")
    now = "2026-11-24 10:00:00"
    with database.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM contact")).scalar() == people
        conn.execute(
            text(
                "INSERT INTO mail_account (id, name, kind, host, user_name, created_at,"
                " updated_at) VALUES (1, 'Kancelář', 'imap', 'imap.example.cz', 'jana', :now,"
                " :now)"
            ),
            {"now": now},
        )
        # The privacy default holds for rows the ORM did not write.
        assert conn.execute(text("SELECT privacy FROM mail_account")).scalar() == "contacts"
        conn.execute(
            text(
                "INSERT INTO mail_folder_state (account_id, folder, uidvalidity, last_uid,"
                " synced_at) VALUES (1, 'INBOX', 4294967295, 4294967295, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO mail_message (id, account_id, folder, uidvalidity, uid, subject,"
                " text, has_attachments, raw, size, created_at) VALUES (1, 1, 'INBOX',"
                " 4294967295, 7, 'Smlouva', 'Dobrý den', :f, :raw, :size, :now)"
            ),
            {"f": False, "raw": RAW, "size": len(RAW), "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO mail_message_contact (message_id, contact_id, role)"
                " VALUES (1, 1, 'from')"
            )
        )
        row = conn.execute(text("SELECT raw, uidvalidity, search_text FROM mail_message")).one()
        assert (bytes(row[0]), row[1], row[2]) == (RAW, 4294967295, "")
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        # The source identity is unique: the same UID in the same folder cannot land twice.
        conn.execute(
            text(
                "INSERT INTO mail_message (account_id, folder, uidvalidity, uid, subject, text,"
                " has_attachments, raw, size, created_at) VALUES (1, 'INBOX', 4294967295, 7,"
                " '', '', :f, :raw, 0, :now)"
            ),
            {"f": False, "raw": b"", "now": now},
        )
    _migrate(database, "0013", down=True)
    with database.engine.connect() as conn:
        assert not MAIL_TABLES & set(inspect(conn).get_table_names())
        assert conn.execute(text("SELECT count(*) FROM contact")).scalar() == people


def test_0014_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0014_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()
