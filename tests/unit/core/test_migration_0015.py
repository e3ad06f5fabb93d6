"""0015 (mail sync) upgrades a database holding 0014's mail in place, and goes back."""

import pytest
from sqlalchemy import inspect, text

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001

RAW = "From: Jana <jana@example.cz>\r\nSubject: Smlouva\r\n\r\nDobrý den\r\n".encode()
NEW_ACCOUNT = {
    "url",
    "auth",
    "email",
    "since_date",
    "pinned_sha256",
    "sync_minutes",
    "last_attempt_at",
    "last_success_at",
    "last_report",
    "last_error",
}
# raw is no longer a column of mail_message: see below.
NEW_MESSAGE = {"thread_key", "attachments_json", "invitation_uid", "expunged_at", "indexed_at"}


def _columns(database: Database, table: str) -> set[str]:
    with database.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def _round_trip(database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0014")
    now = "2026-11-24 10:00:00"
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mail_account (id, name, kind, host, user_name, created_at,"
                " updated_at) VALUES (1, 'Kancelář', 'imap', 'imap.example.cz', 'jana', :now,"
                " :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO mail_message (id, account_id, folder, uidvalidity, uid, subject,"
                " text, has_attachments, raw, size, search_text, created_at) VALUES (1, 1,"
                " 'INBOX', 4294967295, 7, 'Smlouva', 'Dobrý den', :f, :raw, :size,"
                " 'smlouva dobry den', :now)"
            ),
            {"f": False, "raw": RAW, "size": len(RAW), "now": now},
        )
    _migrate(database, "0015")
    assert _columns(database, "mail_account") >= NEW_ACCOUNT
    assert _columns(database, "mail_message") >= NEW_MESSAGE
    assert "raw" not in _columns(database, "mail_message")
    with database.engine.begin() as conn:
        # Accounts from before sync in the background, like new ones.
        assert conn.execute(text("SELECT sync_minutes FROM mail_account")).scalar() == 15
        # The raw bytes moved to their own table, unchanged.
        row = conn.execute(
            text(
                "SELECT r.raw, m.subject, m.thread_key, m.expunged_at, m.indexed_at"
                " FROM mail_message AS m JOIN mail_message_raw AS r ON r.message_id = m.id"
            )
        ).one()
        assert (bytes(row[0]), row[1], row[2], row[3]) == (RAW, "Smlouva", None, None)
        assert row[4] is not None  # stored by 0014 with its body read
        conn.execute(
            text(
                "INSERT INTO mail_attachment_document (message_id, part, document_id)"
                " VALUES (1, '1', NULL)"
            )
        )
    _migrate(database, "0014", down=True)
    assert not NEW_MESSAGE & _columns(database, "mail_message")
    assert not NEW_ACCOUNT & _columns(database, "mail_account")
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert not {"mail_attachment_document", "mail_message_activity", "mail_message_raw"} & (
            tables
        )
        assert bytes(conn.execute(text("SELECT raw FROM mail_message")).scalar()) == RAW


def test_0015_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0015_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _round_trip(database)
    finally:
        database.dispose()
