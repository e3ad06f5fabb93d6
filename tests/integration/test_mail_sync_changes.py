"""What a sync does beyond new mail, against a real Dovecot: flags, expunges, filing by
matter tag and thread, invitations, timelines, correspondents, the first-sync day, status."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from email.utils import format_datetime

import pytest
from sqlalchemy import event, select

from smallcrm.core.connectors.imap import AuthenticationFailed, ServerUnreachable, encode_mutf7
from smallcrm.core.errors import DiskFullError
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import (
    Activity,
    Correspondent,
    Event,
    MailAccount,
    MailFolderState,
    MailMessage,
    activity_contact,
    mail_message_activity,
)
from smallcrm.core.search import search
from smallcrm.core.services import mail_accounts, mail_messages, matters
from smallcrm.core.services.address_book import save_record
from smallcrm.core.sync.engine import SyncCancelled, sync_imap_account
from tests.servers.cutting_proxy import CuttingProxy

USER = "bob"
CLIENT = "jana.novakova@klient.cz"


def _mail(
    subject: str,
    sender: str = CLIENT,
    *,
    when: datetime | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    body: str = "Dobrý den.",
    extra: str = "",
) -> tuple[bytes, str]:
    message_id = message_id or f"{uuid.uuid4().hex}@klient.cz"
    when = when or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    head = (
        f"From: Jana Nováková <{sender}>\r\nTo: office@firma.cz\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: <{message_id}>\r\n"
    )
    if in_reply_to:
        head += f"In-Reply-To: <{in_reply_to}>\r\n"
    if references:
        head += f"References: {references}\r\n"
    if extra:
        return (head + extra).encode(), message_id
    return (
        head + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n"
    ).encode(), message_id


def _invitation(uid: str, method: str, sequence: int) -> str:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:{sequence}\r\n"
        "DTSTAMP:20261102T090000Z\r\nDTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n"
        "SUMMARY:Jednání o smlouvě\r\nORGANIZER:mailto:jana.novakova@klient.cz\r\n"
        "ATTENDEE:mailto:office@firma.cz\r\n"
        + ("STATUS:CANCELLED\r\n" if method == "CANCEL" else "")
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPozvánka\r\n"
        f"--b1\r\nContent-Type: text/calendar; charset=utf-8; method={method}\r\n\r\n"
        f"{ics}\r\n--b1--\r\n"
    )


@pytest.fixture
def setup(dovecot_server, database):
    folder = f"Changes{uuid.uuid4().hex[:8]}"
    dovecot_server.create_folder(USER, folder)
    with database.session_scope() as s:
        person = save_record(
            s,
            ContactRecord(
                given_name="Jana", family_name="Nováková", emails=[Labeled(CLIENT, "work")]
            ),
        ).id
        account_id = mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name=f"Kancelář {folder}",
                host=dovecot_server.host,
                port=dovecot_server.imaps_port,
                user_name=USER,
                folders=(folder,),
                since_months=None,
                pinned_sha256=dovecot_server.cert_sha256,
            ),
        )
    return dovecot_server, folder, person, account_id


def _sync(database, server, account_id, **kw):
    # The account's own pinned fingerprint is used: none is passed here.
    return sync_imap_account(database, account_id, server.users[USER], **kw)


def _rows(database, account_id):
    with database.session_scope() as s:
        return {
            r.uid: r
            for r in s.execute(
                select(
                    MailMessage.uid,
                    MailMessage.flags_json,
                    MailMessage.expunged_at,
                    MailMessage.matter_id,
                    MailMessage.thread_key,
                    MailMessage.invitation_uid,
                    MailMessage.subject,
                ).where(MailMessage.account_id == account_id)
            )
        }


def test_flag_changes_and_expunges_are_picked_up(database, setup):
    server, folder, _person, account_id = setup
    for n in range(4):
        server.append(USER, _mail(f"Smlouva {n}")[0], folder)
    first = _sync(database, server, account_id).folders[folder]
    assert (first.added, first.updated, first.deleted) == (4, 0, 0)
    uids = sorted(_rows(database, account_id))
    with server.connect(USER) as imap:
        imap.select(f'"{folder}"')
        imap.uid("STORE", str(uids[0]), "+FLAGS", "(\\Seen \\Flagged)")
        imap.uid("STORE", str(uids[1]), "+FLAGS", "(\\Deleted)")
        imap.expunge()
    again = _sync(database, server, account_id).folders[folder]
    assert (again.added, again.updated, again.deleted) == (0, 1, 1)
    rows = _rows(database, account_id)
    assert json.loads(rows[uids[0]].flags_json) == ["\\Flagged", "\\Seen"]
    # The expunged message is marked and kept: the firm's record of what it received.
    assert rows[uids[1]].expunged_at is not None
    assert all(rows[u].expunged_at is None for u in (uids[0], uids[2], uids[3]))
    quiet = _sync(database, server, account_id).folders[folder]
    assert (quiet.added, quiet.updated, quiet.deleted) == (0, 0, 0)


def test_matter_tag_files_the_thread_even_from_strangers(database, setup):
    server, folder, person, account_id = setup
    with database.session_scope() as s:
        matter = matters.create_matter(s, matters.MatterInput(title="Nájem", number="2026/0042"))
    root, root_id = _mail("[2026/0042] Nájemní smlouva", "soud@justice.example")
    reply, reply_id = _mail(
        "Re: Nájemní smlouva", "soud@justice.example", in_reply_to=root_id,
        references=f"<{root_id}>",
    )  # fmt: skip
    # No References, only In-Reply-To: the parent's thread is found in the database.
    late, _ = _mail("Odpověď", "protistrana@example.org", in_reply_to=reply_id)
    stranger, _ = _mail("Nabídka", "spam@elsewhere.example")
    untagged, _ = _mail("[2099/9999] Neznámá věc", "spam@elsewhere.example")
    for raw in (root, reply, stranger, untagged):
        server.append(USER, raw, folder)
    report = _sync(database, server, account_id, batch=2).folders[folder]
    server.append(USER, late, folder)
    later = _sync(database, server, account_id).folders[folder]
    # Strangers' mail stays out ("contacts" privacy) unless it belongs to a filed thread.
    assert (report.added, report.skipped_privacy, report.filed) == (2, 2, 2)
    assert (later.added, later.filed) == (1, 1)
    rows = _rows(database, account_id)
    assert {r.matter_id for r in rows.values()} == {matter}
    assert {r.thread_key for r in rows.values()} == {root_id}
    # Each filed message is on the matter's timeline once.
    with database.session_scope() as s:
        entries = s.scalars(
            select(Activity.subject).where(Activity.matter_id == matter, Activity.kind == "email")
        ).all()
    assert sorted(entries) == sorted(r.subject for r in rows.values())


def test_mail_of_a_contact_is_on_their_timeline(database, setup):
    server, folder, person, account_id = setup
    server.append(USER, _mail("Podklady k žalobě", body="Posílám podklady.")[0], folder)
    _sync(database, server, account_id)
    with database.session_scope() as s:
        rows = s.execute(
            select(
                Activity.kind, Activity.subject, Activity.body, mail_message_activity.c.message_id
            )
            .join(activity_contact, activity_contact.c.activity_id == Activity.id)
            .join(mail_message_activity, mail_message_activity.c.activity_id == Activity.id)
            .where(activity_contact.c.contact_id == person)
        ).all()
    assert [(r.kind, r.subject, r.body) for r in rows] == [
        ("email", "Podklady k žalobě", "Posílám podklady.")
    ]


def test_invitations_make_and_cancel_events_by_uid(database, setup):
    server, folder, _person, account_id = setup
    uid = f"{uuid.uuid4()}@klient.cz"
    server.append(USER, _mail("Pozvánka", extra=_invitation(uid, "REQUEST", 0))[0], folder)
    first = _sync(database, server, account_id)
    assert first.invitations == 1
    with database.session_scope() as s:
        events = s.execute(select(Event.summary, Event.status).where(Event.uid == uid)).all()
    assert [(e.summary, e.status) for e in events] == [("Jednání o smlouvě", "confirmed")]
    # The same invitation in a second copy changes nothing; the cancellation cancels it.
    server.append(USER, _mail("Pozvánka", extra=_invitation(uid, "REQUEST", 0))[0], folder)
    server.append(USER, _mail("Zrušeno", extra=_invitation(uid, "CANCEL", 1))[0], folder)
    _sync(database, server, account_id)
    with database.session_scope() as s:
        events = s.execute(select(Event.status).where(Event.uid == uid)).scalars().all()
    assert events == ["cancelled"]
    assert {r.invitation_uid for r in _rows(database, account_id).values()} == {uid}


def test_everyone_is_a_correspondent_even_when_the_mail_is_not_kept(database, setup):
    server, folder, _person, account_id = setup
    server.append(USER, _mail("Nabídka", "Protistrana.Velka@Example.ORG")[0], folder)
    report = _sync(database, server, account_id).folders[folder]
    assert (report.added, report.skipped_privacy) == (0, 1)
    with database.session_scope() as s:
        found = s.execute(
            select(Correspondent.address, Correspondent.messages).where(
                Correspondent.address.like("protistrana%")
            )
        ).all()
    assert [tuple(r) for r in found] == [("protistrana.velka@example.org", 1)]


def test_the_first_sync_reaches_back_to_the_chosen_day(database, setup):
    server, folder, _person, account_id = setup
    old = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    new = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    server.append(USER, _mail("Stará", when=old)[0], folder, when=old)
    server.append(USER, _mail("Nová", when=new)[0], folder, when=new)
    with database.session_scope() as s:
        account = s.get(MailAccount, account_id)
        account.since_date = date(2026, 1, 1)
    _sync(database, server, account_id)
    assert [r.subject for r in _rows(database, account_id).values()] == ["Nová"]


def test_the_status_tells_the_last_success_and_the_last_error(database, setup):
    server, folder, _person, account_id = setup
    server.append(USER, _mail("Smlouva")[0], folder)
    _sync(database, server, account_id)
    with database.session_scope() as s:
        info = mail_accounts.find_account(s, account_id)
    assert info.last_success_at is not None and info.last_error is None
    assert info.last_report["folders"][0]["added"] == 1
    with pytest.raises(AuthenticationFailed):
        sync_imap_account(database, account_id, "wrong password")
    with database.session_scope() as s:
        info = mail_accounts.find_account(s, account_id)
    assert "refused" in info.last_error and "wrong password" not in info.last_error
    # The last success stays what it was: the status bar says when mail last arrived.
    assert info.last_report["folders"][0]["added"] == 1


def test_batches_parsed_in_a_helper_process_store_the_same(database, setup):
    """Big batches are parsed in another process (core.sync.parsing); what is stored is
    what parsing here stores."""
    server, folder, _person, account_id = setup
    for n in range(130):
        subject = f"=?utf-8?q?Smlouva_=C4=8D=2E_{n}?="
        server.write_maildir_message(USER, _mail(subject, body=f"Příloha č. {n}")[0], folder)
    report = _sync(database, server, account_id, batch=60).folders[folder]
    assert report.added == 130
    with database.session_scope() as s:
        rows = s.execute(
            select(MailMessage.uid, MailMessage.subject, MailMessage.text, MailMessage.search_text)
            .where(MailMessage.account_id == account_id)
            .order_by(MailMessage.uid)
        ).all()
        s.execute(MailMessage.__table__.delete().where(MailMessage.account_id == account_id))
        s.execute(
            MailFolderState.__table__.delete().where(MailFolderState.account_id == account_id)
        )
    assert sorted(r.subject for r in rows) == sorted(f"Smlouva č. {n}" for n in range(130))
    _sync(database, server, account_id, batch=60, offload_parsing=False)
    with database.session_scope() as s:
        again = s.execute(
            select(MailMessage.uid, MailMessage.subject, MailMessage.text, MailMessage.search_text)
            .where(MailMessage.account_id == account_id)
            .order_by(MailMessage.uid)
        ).all()
    assert again == rows


def test_a_connection_dropped_mid_fetch_loses_nothing_and_the_next_sync_completes(database, setup):
    server, folder, _person, account_id = setup
    body = "Text smlouvy, odstavec. " * 200  # about 5 kB a message
    for n in range(240):  # straight into the Maildir: 240 APPENDs take seconds
        server.write_maildir_message(USER, _mail(f"Smlouva {n}", body=body)[0], folder)
    with CuttingProxy(server.host, server.imaps_port) as proxy:
        with database.session_scope() as s:
            s.get(MailAccount, account_id).port = proxy.port
        proxy.cut_after(500_000)  # some batches in, then the server "goes away"
        with pytest.raises(ServerUnreachable):
            _sync(database, server, account_id, batch=40)
        assert proxy.cuts == 1
        before = _rows(database, account_id)
        assert 0 < len(before) < 240 and len(before) % 40 == 0  # whole batches only
        with database.session_scope() as s:
            info = mail_accounts.find_account(s, account_id)
        assert "connection was lost" in info.last_error
        proxy.cut_after(None)
        report = _sync(database, server, account_id, batch=40).folders[folder]
    assert report.added == 240 - len(before)
    after = _rows(database, account_id)
    assert len(after) == 240
    assert sorted(r.subject for r in after.values()) == sorted(f"Smlouva {n}" for n in range(240))


def test_a_full_disk_stops_the_sync_with_whole_batches_and_it_resumes(database, setup):
    server, folder, _person, account_id = setup
    body = "Text smlouvy, odstavec. " * 400  # about 10 kB a message
    for n in range(100):
        server.write_maildir_message(USER, _mail(f"Smlouva {n}", body=body)[0], folder)
    with database.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def small_disk(dbapi_connection, _record):
        # SQLite's own limit on the file's pages: its writes fail exactly as on a full disk.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 150}")

    database.engine.dispose()
    event.listen(database.engine, "connect", small_disk)
    try:
        with pytest.raises(DiskFullError):
            _sync(database, server, account_id, batch=20)
    finally:
        event.remove(database.engine, "connect", small_disk)
        database.engine.dispose()
    before = _rows(database, account_id)
    assert len(before) < 100 and len(before) % 20 == 0  # whole batches only
    report = _sync(database, server, account_id, batch=20).folders[folder]
    assert report.added == 100 - len(before)
    assert len(_rows(database, account_id)) == 100


def test_mail_is_stored_by_its_headers_first_and_its_bodies_read_after(database, setup):
    """A run stopped after storing new mail leaves it listed, linked and found by subject;
    the next run reads the bodies it left (text, attachments, invitations)."""
    server, folder, person, account_id = setup
    uid = f"{uuid.uuid4()}@klient.cz"
    server.append(USER, _mail("Žádost o schůzku", body="Navrhuji úterý.")[0], folder)
    server.append(USER, _mail("Pozvánka", extra=_invitation(uid, "REQUEST", 0))[0], folder)
    phase = {"stored": False}

    def progress(_folder: str, _count: int) -> None:
        phase["stored"] = True  # the one batch of new mail is stored

    def stop_when_indexing() -> None:
        if phase["stored"]:
            raise SyncCancelled()

    # The new mail is stored, then the run is stopped before the first bodies are written.
    with pytest.raises(SyncCancelled):
        _sync(database, server, account_id, progress=progress, check_cancel=stop_when_indexing)
    with database.session_scope() as s:
        rows = s.execute(
            select(MailMessage.subject, MailMessage.text, MailMessage.indexed_at)
        ).all()
        events = s.scalars(select(Event.id).where(Event.uid == uid)).all()
        found = search(s, "schuzku", kinds=["message"])
        linked = mail_messages.list_messages(s, contact_id=person)
    assert sorted(r.subject for r in rows) == ["Pozvánka", "Žádost o schůzku"]
    assert all(r.text == "" and r.indexed_at is None for r in rows) and events == []
    assert [h.title for h in found] == ["Žádost o schůzku"]
    assert len(linked) == 2
    report = _sync(database, server, account_id)
    assert (report.added, report.indexed, report.invitations) == (0, 2, 1)
    with database.session_scope() as s:
        texts = dict(s.execute(select(MailMessage.subject, MailMessage.text)).all())
        assert texts["Žádost o schůzku"] == "Navrhuji úterý."
        assert s.scalars(select(Event.summary).where(Event.uid == uid)).all() == [
            "Jednání o smlouvě"
        ]
        assert [h.title for h in search(s, "navrhuji", kinds=["message"])] == ["Žádost o schůzku"]


def test_sent_is_found_by_its_role_and_a_missing_folder_is_reported(database, setup):
    """ "Sent" is the server's sent folder whatever its language ("Odeslaná pošta" here);
    a folder the server lacks is an error of the run, and the other folders sync."""
    server, folder, _person, account_id = setup
    server.append(USER, _mail("Do složky")[0], folder)
    # IMAP names it in modified UTF-7 on the wire.
    server.append(USER, _mail("Odeslaná odpověď")[0], encode_mutf7("Odeslaná pošta"))
    with database.session_scope() as s:
        s.get(MailAccount, account_id).folders = json.dumps([folder, "Sent", "Nirgendwo"])
    report = _sync(database, server, account_id)
    assert set(report.folders) == {folder, "Odeslaná pošta"}
    assert report.folders[folder].added == 1
    assert report.folders["Odeslaná pošta"].added >= 1
    assert report.errors == ["The folder “Nirgendwo” is not on the server."]
    with database.session_scope() as s:
        info = mail_accounts.find_account(s, account_id)
    # The run counts as done (its mail arrived), and the status says what is missing.
    assert info.last_success_at is not None and "Nirgendwo" in info.last_error
