"""Exchange mail through the same sync engine, against the loopback EWS server: batches with
their SyncState, item-id identity, deletions and read flags, a refused SyncState, status."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from email.utils import format_datetime

import exchangelib
import pytest
from sqlalchemy import func, select

from smallcrm.core.connectors.imap import AuthenticationFailed
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import MailMessage
from smallcrm.core.services import mail_accounts, mail_messages
from smallcrm.core.services.address_book import save_record
from smallcrm.core.services.mail_store import count_pending_bodies, folder_token
from smallcrm.core.sync.engine import sync_ews_account
from tests.servers.ews import USERS

USER = "alice"
CLIENT = "eva.kralova@klient.cz"


def _mail(subject: str, sender: str = CLIENT, body: str = "Dobrý den.") -> bytes:
    return (
        f"From: Eva Králová <{sender}>\r\nTo: office@firma.cz\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))}\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@klient.cz>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@pytest.fixture
def server(ews_server):
    ews_server.reset()
    yield ews_server
    exchangelib.close_connections()


@pytest.fixture
def account(server, database):
    with database.session_scope() as s:
        person = save_record(
            s,
            ContactRecord(given_name="Eva", family_name="Králová", emails=[Labeled(CLIENT)]),
        ).id
        account_id = mail_accounts.add_account(
            s,
            mail_accounts.AccountInput(
                name="Exchange", kind="ews", host="", url=server.url, auth="basic",
                user_name=USER, email=server.email(USER), folders=("INBOX", "Sent"),
                since_months=None,
            ),
        )  # fmt: skip
    return account_id, person


def _sync(database, account_id, **kw):
    return sync_ews_account(database, account_id, USERS[USER], **kw)


def _count(database, account_id) -> int:
    with database.session_scope() as s:
        return s.scalar(
            select(func.count())
            .select_from(MailMessage)
            .where(MailMessage.account_id == account_id)
        )


def test_first_and_incremental_sync_with_deletions_and_read_flags(server, database, account):
    account_id, person = account
    ids = [server.add_message(USER, "inbox", _mail(f"Smlouva {n}")) for n in range(120)]
    server.add_message(USER, "inbox", _mail("Reklama", "spam@elsewhere.example"))
    server.add_message(USER, "sentitems", _mail("Odpověď", "office@firma.cz"))
    server.reset_counters()
    report = _sync(database, account_id, batch=50)
    inbox = report.folders["inbox"]
    assert (inbox.added, inbox.skipped_privacy) == (120, 1)  # the stranger's mail stays out
    assert report.folders["sentitems"].added == 0  # to no contact: not kept either
    # One GetItem per SyncFolderItems page with new mail, never one per message.
    assert server.requests["GetItem"] <= server.requests["SyncFolderItems"]
    assert report.indexed == 120 and report.errors == []
    with database.session_scope() as s:
        assert folder_token(s, account_id, "inbox")
        assert count_pending_bodies(s, account_id) == 0
        rows = mail_messages.list_messages(s, contact_id=person, limit=500)
        assert len(rows) == 120 and {r.folder for r in rows} == {"inbox"}
        detail = mail_messages.get_message(s, rows[0].id)
        assert detail.text == "Dobrý den."
    server.delete_item(USER, ids[0])
    server.set_read(USER, ids[1])
    server.add_message(USER, "inbox", _mail("Nová"))
    again = _sync(database, account_id, batch=50).folders["inbox"]
    assert (again.added, again.deleted, again.updated) == (1, 1, 1)
    assert _count(database, account_id) == 121  # the deleted one is kept, marked
    with database.session_scope() as s:
        flags = {
            r.source_id: (json.loads(r.flags_json), r.expunged_at is not None)
            for r in s.execute(
                select(MailMessage.source_id, MailMessage.flags_json, MailMessage.expunged_at)
            )
        }
    assert flags[ids[0]][1] is True and flags[ids[1]] == (["\\Seen"], False)


def test_a_refused_sync_state_reads_the_folder_again_without_doubles(server, database, account):
    account_id, _person = account
    for n in range(30):
        server.add_message(USER, "inbox", _mail(f"Spis {n}"))
    _sync(database, account_id, batch=10)
    server.invalidate_sync_states(USER)
    server.add_message(USER, "inbox", _mail("Po obnovení"))
    report = _sync(database, account_id, batch=10).folders["inbox"]
    assert report.resynced and report.added == 1 and report.duplicates == 30
    assert _count(database, account_id) == 31


def test_first_sync_passes_over_mail_before_the_first_day(server, database, account):
    account_id, _person = account
    old = datetime(2024, 1, 10, tzinfo=UTC)
    server.add_message(USER, "inbox", _mail("Stará"), received=old)
    server.add_message(USER, "inbox", _mail("Nová"))
    with database.session_scope() as s:
        from smallcrm.core.models import MailAccount

        s.get(MailAccount, account_id).since_date = date(2026, 1, 1)
    report = _sync(database, account_id).folders["inbox"]
    assert report.added == 1
    assert report.to_json("inbox")["skipped"] == [
        {"reason": "received before the first-sync day", "count": 1}
    ]


def test_a_refused_password_is_the_status_and_names_no_secret(server, database, account):
    account_id, _person = account
    with pytest.raises(AuthenticationFailed) as info:
        sync_ews_account(database, account_id, "špatné-heslo")
    assert "špatné-heslo" not in str(info.value)
    with database.session_scope() as s:
        assert mail_accounts.find_account(s, account_id).last_error


def test_exchange_from_the_command_line(server, tmp_path, capsys, monkeypatch, vault):
    import io

    from smallcrm.cli import main

    def call(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main([*argv, "--json"])
        out = capsys.readouterr().out
        return code, json.loads(out)

    home = str(tmp_path / "firm")
    for n in range(3):
        server.add_message(USER, "inbox", _mail(f"Věc {n}"))
    code, account = call(
        "--home", home, "accounts", "add", "ews", "--name", "Exchange", "--url", server.url,
        "--user", USER, "--email", server.email(USER), "--auth", "basic", "--password-stdin",
        "--since", "all", "--privacy", "all", stdin=USERS[USER] + "\n",
    )  # fmt: skip
    assert code == 0 and (account["kind"], account["url"]) == ("ews", server.url)
    assert list(vault.store.values()) == [USERS[USER]]
    code, report = call("--home", home, "sync", "Exchange")
    assert code == 0, report
    assert [(f["name"], f["added"]) for f in report["folders"]] == [("inbox", 3), ("sentitems", 0)]
    code, listed = call("--home", home, "messages", "list")
    assert sorted(m["subject"] for m in listed["messages"]) == ["Věc 0", "Věc 1", "Věc 2"]


def test_an_account_synced_on_another_computer_is_not_synced_twice(server, database, account):
    """Two computers of a shared database, or the app beside the command line: the second
    is told who syncs the account; the lease goes with the run that held it."""
    from smallcrm.core.models import MailAccount
    from smallcrm.core.sync.engine import sync_account
    from smallcrm.core.sync.lease import SyncedElsewhere, account_lease

    account_id, _person = account
    server.add_message(USER, "inbox", _mail("Smlouva"))
    with account_lease(database, account_id, owner="pc-recepce:4242:a1"):
        with pytest.raises(SyncedElsewhere, match="synced by pc-recepce"):
            sync_account(database, account_id, USERS[USER], offload_parsing=False)
        assert _count(database, account_id) == 0
    report = sync_account(database, account_id, USERS[USER], offload_parsing=False)
    assert report.errors == [] and _count(database, account_id) == 1
    with database.session_scope() as s:
        assert s.get(MailAccount, account_id).sync_owner is None
