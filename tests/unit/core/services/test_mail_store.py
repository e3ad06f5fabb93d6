"""Synced mail batches land once, with their checkpoint, linked to contacts by address."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smallcrm.core import migrate
from smallcrm.core.connectors.imap import Batch, Checkpoint, RawMessage
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import MailAccount, MailFolderState, MailMessage, mail_message_contact
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import mail_messages, mail_store

EML = Path(__file__).parents[3] / "data" / "eml"
ARRIVED = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)

CZECH = (
    "From: =?utf-8?q?Jana_Nov=C3=A1kov=C3=A1?= <jana.novakova@advokati.cz>\r\n"
    "To: =?utf-8?q?Petr_Dvo=C5=99=C3=A1k?= <Petr.Dvorak@Firma.CZ>\r\n"
    "Cc: =?utf-8?q?Eva_Svobodov=C3=A1?= <eva@svoboda.cz>\r\n"
    "Subject: =?utf-8?q?Smlouva_o_d=C3=ADlo?=\r\n"
    "Date: Mon, 23 Nov 2026 10:15:00 +0100\r\n"
    "Message-ID: <smlouva-1@advokati.cz>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Dobrý den, posílám návrh smlouvy o dílo. Příliš žluťoučký kůň.\r\n"
).encode()

STRANGER = (
    b"From: Neznamy <nekdo@jinde.cz>\r\n"
    b"To: info@jinde.cz\r\n"
    b"Subject: Nabidka\r\n"
    b"Date: Tue, 24 Nov 2026 08:00:00 +0000\r\n"
    b"Message-ID: <nabidka-7@jinde.cz>\r\n"
    b"\r\n"
    b"Nic pro nas.\r\n"
)


def _eml(name: str) -> bytes:
    return (EML / name).read_bytes()


def _raw(uid: int, raw: bytes, flags: frozenset[str] = frozenset()) -> RawMessage:
    return RawMessage(uid, flags, ARRIVED, len(raw), raw)


def _batch(pairs: list[tuple[int, bytes]], uidvalidity: int = 1001, modseq: int | None = 77):
    messages = [_raw(uid, raw) for uid, raw in pairs]
    last = max(uid for uid, _raw_bytes in pairs)
    return Batch(messages, Checkpoint("INBOX", uidvalidity, last, modseq))


def _account(database: Database) -> int:
    with database.session_scope() as s:
        account = MailAccount(
            name="Kancelář", kind="imap", host="imap.advokati.cz", port=993, security="tls"
        )
        s.add(account)
        s.flush()
        return account.id


def _person(database: Database, given: str, family: str, email: str) -> int:
    with database.session_scope() as s:
        record = ContactRecord(given_name=given, family_name=family, emails=[Labeled(email)])
        return book.save_record(s, record).id


def _count(database: Database, table=MailMessage) -> int:
    with database.session_scope() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_store_links_people_by_from_to_and_cc(database):
    account = _account(database)
    jana = _person(database, "Jana", "Nováková", "jana.novakova@advokati.cz")
    petr = _person(database, "Petr", "Dvořák", "petr.dvorak@firma.cz")  # case differs
    eva = _person(database, "Eva", "Svobodová", "eva@svoboda.cz")
    with database.session_scope() as s:
        report = mail_store.store_batch(s, account, _batch([(5, CZECH)]), privacy="contacts")
    assert (report.added, report.skipped_privacy, report.duplicates) == (1, 0, 0)
    with database.session_scope() as s:
        links = set(
            s.execute(select(mail_message_contact.c.contact_id, mail_message_contact.c.role))
        )
        assert links == {(jana, "from"), (petr, "to"), (eva, "cc")}
        message = s.scalars(select(MailMessage)).one()
        assert message.subject == "Smlouva o dílo"
        assert message.from_name == "Jana Nováková"
        assert message.message_id == "smlouva-1@advokati.cz"
        assert message.sent_at == dt.datetime(2026, 11, 23, 9, 15, tzinfo=dt.UTC)
        assert "zlutoucky" in message.search_text.split()
        assert "dvorak" in message.search_text.split()
        assert (message.folder, message.uidvalidity, message.uid) == ("INBOX", 1001, 5)
        seen = mail_store.messages_of_contact(s, petr, limit=10)
        assert [m.subject for m in seen] == ["Smlouva o dílo"]
        assert mail_store.messages_of_contact(s, eva, limit=0) == []


def test_the_same_batch_twice_adds_nothing(database):
    account = _account(database)
    batch = _batch([(1, _eml("flanker_iphone_mail_photo.eml")), (2, CZECH), (3, STRANGER)])
    with database.session_scope() as s:
        first = mail_store.store_batch(s, account, batch, privacy="all")
    with database.session_scope() as s:
        again = mail_store.store_batch(s, account, batch, privacy="all")
    assert (first.added, first.duplicates) == (3, 0)
    assert (again.added, again.duplicates) == (0, 3)
    assert _count(database) == 3


def test_privacy_switch(database):
    account = _account(database)
    _person(database, "Jana", "Nováková", "jana.novakova@advokati.cz")
    batch = _batch([(1, CZECH), (2, STRANGER)])
    with database.session_scope() as s:
        filed = mail_store.store_batch(s, account, batch, privacy="filed")
        assert (filed.added, filed.skipped_privacy) == (0, 2)
        contacts = mail_store.store_batch(s, account, batch, privacy="contacts")
        assert (contacts.added, contacts.skipped_privacy) == (1, 1)
        everything = mail_store.store_batch(s, account, batch, privacy="all")
        assert (everything.added, everything.duplicates, everything.skipped_privacy) == (1, 1, 0)
    with database.session_scope() as s:
        subjects = set(s.scalars(select(MailMessage.subject)))
    assert subjects == {"Smlouva o dílo", "Nabidka"}


def test_a_trashed_contact_does_not_open_the_privacy_gate(database):
    account = _account(database)
    jana = _person(database, "Jana", "Nováková", "jana.novakova@advokati.cz")
    with database.session_scope() as s:
        book.trash(s, [book.Ref("person", jana)])
    with database.session_scope() as s:
        report = mail_store.store_batch(s, account, _batch([(1, CZECH)]), privacy="contacts")
    assert (report.added, report.skipped_privacy) == (0, 1)


def test_checkpoint_is_written_with_the_batch_and_rolled_back_with_it(database):
    account = _account(database)
    with database.session_scope() as s:
        assert mail_store.folder_state(s, account, "INBOX") is None
    with pytest.raises(RuntimeError), database.session_scope() as s:
        mail_store.store_batch(s, account, _batch([(1, CZECH), (2, STRANGER)]), privacy="all")
        raise RuntimeError("crash before the commit")
    assert _count(database) == 0
    with database.session_scope() as s:
        assert mail_store.folder_state(s, account, "INBOX") is None

    with database.session_scope() as s:
        mail_store.store_batch(s, account, _batch([(1, CZECH)]), privacy="all")
    with database.session_scope() as s:
        assert mail_store.folder_state(s, account, "INBOX") == Checkpoint("INBOX", 1001, 1, 77)
        mail_store.store_batch(s, account, _batch([(9, STRANGER)], modseq=None), privacy="all")
    with database.session_scope() as s:
        assert mail_store.folder_state(s, account, "INBOX") == Checkpoint("INBOX", 1001, 9, None)
        assert s.scalar(select(func.count()).select_from(MailFolderState)) == 1


def test_uidvalidity_reset_matches_by_message_id(database):
    account = _account(database)
    old = [
        (10, CZECH),
        (11, _eml("flanker_iphone_mail_photo.eml")),
        (12, _eml("cpython_msg47_invalid_hour_27.eml")),  # no Message-ID at all
    ]
    with database.session_scope() as s:
        mail_store.store_batch(s, account, _batch(old, uidvalidity=1001), privacy="all")
    with database.session_scope() as s:
        assert not mail_store.reset_folder(s, account, "INBOX", 1001)  # nothing changed
        assert mail_store.reset_folder(s, account, "INBOX", 2002)
        assert mail_store.folder_state(s, account, "INBOX") is None
    renumbered = [(1, CZECH), (2, _eml("flanker_iphone_mail_photo.eml"))]
    with database.session_scope() as s:
        report = mail_store.store_batch(
            s, account, _batch(renumbered, uidvalidity=2002), privacy="all"
        )
    assert (report.added, report.duplicates) == (0, 2)
    with database.session_scope() as s:
        rows = set(s.execute(select(MailMessage.uidvalidity, MailMessage.uid)))
        assert rows == {(2002, 1), (2002, 2), (1001, 12)}
        assert mail_store.folder_state(s, account, "INBOX") == Checkpoint("INBOX", 2002, 2, 77)
        # The resync's own progress survives a second reset call for the same change.
        assert not mail_store.reset_folder(s, account, "INBOX", 2002)


def test_raw_bytes_kept_byte_for_byte_and_problems_still_stored(database):
    account = _account(database)
    names = [
        "flanker_iphone_mail_photo.eml",
        "cpython_msg47_invalid_hour_27.eml",
        "flanker_invalid_utf8_headers_corrupt_boundary.eml",
        "flanker_multipart_without_body_parts.eml",
    ]
    raws = {uid: _eml(name) for uid, name in enumerate(names, start=1)}
    with database.session_scope() as s:
        report = mail_store.store_batch(s, account, _batch(list(raws.items())), privacy="all")
    assert report.added == len(names)
    assert {uid for uid, _problem in report.problems} >= {2, 3, 4}
    with database.session_scope() as s:
        for message in s.scalars(select(MailMessage)):
            assert mail_messages.raw_message(s, message.id) == raws[message.uid]
            assert message.size == len(raws[message.uid])
        photo = s.scalars(select(MailMessage).where(MailMessage.uid == 1)).one()
        assert photo.has_attachments
        undated = s.scalars(select(MailMessage).where(MailMessage.uid == 2)).one()
        assert undated.sent_at == ARRIVED  # the Date: hour 27 is unreadable


def test_whole_corpus_stores_once(database):
    account = _account(database)
    pairs = [(uid, path.read_bytes()) for uid, path in enumerate(sorted(EML.glob("*.eml")), 1)]
    with database.session_scope() as s:
        report = mail_store.store_batch(s, account, _batch(pairs), privacy="all")
    assert report.added == len(pairs)
    with database.session_scope() as s:
        again = mail_store.store_batch(s, account, _batch(pairs), privacy="all")
    assert again.duplicates == len(pairs)


def _empty_mail(database: Database) -> None:
    with database.session_scope() as s:
        for table in (mail_message_contact, MailMessage.__table__, MailFolderState.__table__):
            s.execute(table.delete())
        s.execute(MailAccount.__table__.delete())


def test_mail_store_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        for case in (
            test_store_links_people_by_from_to_and_cc,
            test_the_same_batch_twice_adds_nothing,
            test_privacy_switch,
            test_checkpoint_is_written_with_the_batch_and_rolled_back_with_it,
            test_uidvalidity_reset_matches_by_message_id,
            test_raw_bytes_kept_byte_for_byte_and_problems_still_stored,
            test_whole_corpus_stores_once,
        ):
            case(database)
            _empty_mail(database)
    finally:
        database.dispose()


def test_headers_first_then_bodies_store_what_one_pass_stores(database):
    """Every corpus mail stored by its headers and then its body (read alone where its
    headers are ASCII, whole where they are raw 8-bit) ends up as when stored in one pass."""
    from smallcrm.core.sync.parsing import parse_all

    names = sorted(p.name for p in EML.glob("*.eml"))
    pairs = [(uid, _eml(name)) for uid, name in enumerate(names, start=1)]
    with database.session_scope() as s:
        one = MailAccount(name="Jednou", kind="imap", host="imap.example.cz")
        two = MailAccount(name="Dvakrát", kind="imap", host="imap.example.cz")
        s.add_all([one, two])
        s.flush()
        accounts = (one.id, two.id)
    with database.session_scope() as s:
        mail_store.store_batch(s, accounts[0], _batch(pairs), privacy="all")
        mail_store.store_batch(s, accounts[1], _batch(pairs), privacy="all", bodies=False)
    with database.session_scope() as s:
        pending = mail_store.pending_bodies(s, accounts[1], limit=1000)
        assert len(pending) == len(pairs)
        parsed = parse_all([raw for _id, raw in pending], bodies_of_stored=True)
        assert any(not p.headers_read for p in parsed) and any(p.headers_read for p in parsed)
        mail_store.index_bodies(
            s, [(row_id, p) for (row_id, _r), p in zip(pending, parsed, strict=True)]
        )
    columns = (
        MailMessage.uid, MailMessage.subject, MailMessage.from_name, MailMessage.to_json,
        MailMessage.cc_json, MailMessage.text, MailMessage.search_text,
        MailMessage.has_attachments, MailMessage.attachments_json,
    )  # fmt: skip
    with database.session_scope() as s:
        stored = [
            s.execute(
                select(*columns).where(MailMessage.account_id == a).order_by(MailMessage.uid)
            ).all()
            for a in accounts
        ]
        assert mail_store.count_pending_bodies(s, accounts[1]) == 0
    assert stored[1] == stored[0]


def _index_by_uid(database: Database, account_id: int) -> dict[int, list[tuple[str, int]]]:
    """What the search index holds of each of the account's messages: (word, position)."""
    with database.session_scope() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.mail_words "
            "USING fts5vocab(main, mail_message_fts, instance)"
        )
        rows = conn.exec_driver_sql(
            "SELECT m.uid, v.term, v.offset FROM temp.mail_words AS v "
            "JOIN mail_message AS m ON m.id = v.doc WHERE m.account_id = ? "
            "ORDER BY m.uid, v.offset, v.term",
            (account_id,),
        ).all()
        conn.exec_driver_sql(
            # rank 1: the index is also checked against the rows' search_text
            "INSERT INTO mail_message_fts(mail_message_fts, rank) VALUES ('integrity-check', 1)"
        )
    out: dict[int, list[tuple[str, int]]] = {}
    for uid, term, offset in rows:
        out.setdefault(uid, []).append((term, offset))
    return out


def _triggers(database: Database) -> set[str]:
    with database.session_scope() as s:
        return {
            name
            for (name,) in s.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'trigger' AND tbl_name = 'mail_message'"
            )
        }


def test_the_search_index_written_in_one_go_is_what_the_triggers_write(database, monkeypatch):
    """A batch stored (and its bodies read) with the index written in one statement indexes
    every message as the per-row triggers do, and leaves the triggers in place."""
    from smallcrm.core.sync.parsing import parse_all

    names = sorted(p.name for p in EML.glob("*.eml"))
    pairs = [(uid, _eml(name)) for uid, name in enumerate(names, start=1)]
    assert len(pairs) >= mail_store._ONE_GO_ROWS  # noqa: SLF001
    before = _triggers(database)
    assert {"mail_message_fts_ai", "mail_message_fts_au"} <= before
    indexes = {}
    for name, one_go in (("in one go", mail_store._ONE_GO_ROWS), ("by trigger", 10**9)):  # noqa: SLF001
        monkeypatch.setattr(mail_store, "_ONE_GO_ROWS", one_go)
        with database.session_scope() as s:
            account = MailAccount(name=name, kind="imap", host="imap.example.cz")
            s.add(account)
            s.flush()
            account_id = account.id
        with database.session_scope() as s:
            mail_store.store_batch(s, account_id, _batch(pairs), privacy="all", bodies=False)
        headers = _index_by_uid(database, account_id)
        with database.session_scope() as s:
            pending = mail_store.pending_bodies(s, account_id, limit=1000)
            parsed = parse_all([raw for _id, raw in pending], bodies_of_stored=True)
            mail_store.index_bodies(
                s, [(row_id, p) for (row_id, _r), p in zip(pending, parsed, strict=True)]
            )
        indexes[name] = (headers, _index_by_uid(database, account_id))
        assert _triggers(database) == before
    assert indexes["in one go"] == indexes["by trigger"]
    headers, bodies = indexes["in one go"]
    assert len(bodies) == len(pairs) and headers != bodies
    word = bodies[1][-1][0]
    with database.session_scope() as s:
        found = (
            s.connection()
            .exec_driver_sql(
                "SELECT count(*) FROM mail_message_fts WHERE mail_message_fts MATCH ?",
                (f'"{word}"',),
            )
            .scalar()
        )
    assert found and found % 2 == 0  # the same messages of both accounts


def test_a_batch_rolled_back_leaves_the_search_triggers(database):
    account = _account(database)
    pairs = [(uid, path.read_bytes()) for uid, path in enumerate(sorted(EML.glob("*.eml")), 1)]
    before = _triggers(database)
    with pytest.raises(RuntimeError), database.session_scope() as s:
        mail_store.store_batch(s, account, _batch(pairs), privacy="all")
        raise RuntimeError("killed")
    assert _triggers(database) == before
    assert _count(database) == 0
    with database.session_scope() as s:
        mail_store.store_batch(s, account, _batch([(1, CZECH)]), privacy="all")  # by trigger
    with database.session_scope() as s:
        found = (
            s.connection()
            .exec_driver_sql(
                "SELECT count(*) FROM mail_message_fts WHERE mail_message_fts MATCH 'zlutouck*'"
            )
            .scalar()
        )
    assert found == 1
