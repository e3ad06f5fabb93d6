"""0010 (documents, versions, links, extracted text) upgrades a database holding 0009's data."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.documents.store import DocumentStore
from smallcrm.core.paths import Profile
from smallcrm.core.services import documents
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001

NOW = "2026-11-01 09:00:00"
SHA = "ab" * 32


def _upgrade_from_0009(profile: Profile, database: Database) -> None:
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0009")
    with database.engine.begin() as conn:
        stage = conn.execute(text("SELECT id FROM stage WHERE key = 'engaged'")).scalar()
        conn.execute(
            text(
                "INSERT INTO matter (id, number, title, sort_key, stage_id, opened_on,"
                " stage_since, created_at, updated_at) VALUES (5, '2026/0005',"
                " 'Šťastný v. Dvořák', 'stastny v. dvorak', :stage, '2026-11-01', :now, :now,"
                " :now)"
            ),
            {"stage": stage, "now": NOW},
        )
        conn.execute(text("INSERT INTO tag (id, name) VALUES (3, 'smlouvy')"))
        conn.execute(text("INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 3)"))
    result = migrate.upgrade(profile, database)
    assert result.before == "0009" and result.changed


def _check_0010(profile: Profile, database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM matter WHERE id = 5")).scalar() == (
            "Šťastný v. Dvořák"
        )
        assert conn.execute(text("SELECT tag_id FROM contact_tag")).all() == [(3,)]
        assert conn.execute(text("SELECT count(*) FROM document")).scalar() == 0
    with database.engine.begin() as conn:
        # No explicit ids: PostgreSQL's sequences must hand out the next ones to the services.
        conn.execute(
            text(
                "INSERT INTO document (title, matter_id, created_at, updated_at)"
                " VALUES ('Smlouva', 5, :now, :now)"
            ),
            {"now": NOW},
        )
        doc = conn.execute(text("SELECT id FROM document")).scalar()
        conn.execute(
            text(
                "INSERT INTO document_version (document_id, number, sha256, size, file_name,"
                " media_type, added_at) VALUES (:doc, 1, :sha, 10, 'Smlouva – Novák.docx',"
                " 'application/msword', :now)"
            ),
            {"doc": doc, "sha": SHA, "now": NOW},
        )
        version = conn.execute(text("SELECT id FROM document_version")).scalar()
        conn.execute(
            text(
                "INSERT INTO document_text (version_id, status, text, reason)"
                " VALUES (:v, 'pending', '', '')"
            ),
            {"v": version},
        )
        conn.execute(
            text("INSERT INTO document_contact (document_id, contact_id) VALUES (:doc, 1)"),
            {"doc": doc},
        )
        conn.execute(
            text("INSERT INTO document_tag (document_id, tag_id) VALUES (:doc, 3)"), {"doc": doc}
        )
        # search_text has a server default: rows written by SQL alone are valid.
        assert conn.execute(text("SELECT search_text FROM document")).scalar() == ""
    refused = [
        "INSERT INTO document_version (document_id, number, sha256, size, file_name, media_type,"
        " added_at) VALUES (:doc, 1, :sha, 1, 'x', 'x', :now)",  # number 1 twice
        "INSERT INTO document_version (document_id, number, sha256, size, file_name, media_type,"
        " added_at) VALUES (:doc, 0, :sha, 1, 'x', 'x', :now)",  # no version 0
        "INSERT INTO document_version (document_id, number, sha256, size, file_name, media_type,"
        " added_at) VALUES (:doc, 2, 'abc', 1, 'x', 'x', :now)",  # not a sha256
        "INSERT INTO document_version (document_id, number, sha256, size, file_name, media_type,"
        " added_at) VALUES (:doc, 2, :sha, -1, 'x', 'x', :now)",
        "UPDATE document_text SET status = 'later'",
        "INSERT INTO document_contact (document_id, contact_id) VALUES (:doc, 999)",
    ]
    for statement in refused:
        with pytest.raises(IntegrityError), database.engine.begin() as conn:
            conn.execute(text(statement), {"sha": SHA, "now": NOW, "doc": doc})
    # The services work on the upgraded schema.
    store = DocumentStore.at(profile.documents_dir)
    source = profile.home / "Plná moc.pdf"
    source.write_bytes(b"%PDF power of attorney")
    with database.session_scope() as s:
        added = documents.add_document(s, store, source, matter_id=5, contact_ids=[1, 2])
        assert [r.id for r in documents.list_documents(s, matter_id=5)] == [added.document_id, doc]
        assert documents.get_document(s, doc).document.tags == ["smlouvy"]
    # Deleting a document takes its versions, text and links along.
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM document WHERE id = :doc"), {"doc": doc})
        left = {
            table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in ("document_version", "document_text", "document_contact", "document_tag")
        }
    # What is left is the service's document: one version, its text, two people.
    assert left == {
        "document_version": 1,
        "document_text": 1,
        "document_contact": 2,
        "document_tag": 0,
    }


def test_0010_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgrade_from_0009(profile, database)
        _check_0010(profile, database)
        _migrate(database, "0009", down=True)
        with database.engine.connect() as conn:
            tables = conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'document%'"
                )
            ).scalars()
            assert list(tables) == []  # the full-text index too
            assert conn.execute(text("SELECT count(*) FROM matter")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM tag")).scalar() == 1
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0010_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgrade_from_0009(profile, database)
        _check_0010(profile, database)
        _migrate(database, "0009", down=True)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT to_regclass('document')")).scalar() is None
            assert conn.execute(text("SELECT count(*) FROM matter")).scalar() == 1
    finally:
        database.dispose()
