"""`smallcrm accounts / sync / messages` against a real Dovecot, passwords in a test keyring."""

from __future__ import annotations

import io
import json
import uuid
from datetime import UTC, datetime
from email.utils import format_datetime

import keyring
import pytest
from keyring.backends import fail

from smallcrm.cli import main
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import MailAccount
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters

USER = "alice"
CLIENT = "petr.dvorak@klient.cz"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _mail(subject: str, sender: str = CLIENT, attachment: bool = False) -> bytes:
    head = (
        f"From: Petr Dvořák <{sender}>\r\nTo: Kancelář <office@firma.cz>\r\n"
        f"Subject: {subject}\r\nDate: {format_datetime(datetime(2026, 11, 3, 10, tzinfo=UTC))}\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@klient.cz>\r\nMIME-Version: 1.0\r\n"
    )
    if not attachment:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\nDobrý den.\r\n").encode()
    import base64

    return (
        head + 'Content-Type: multipart/mixed; boundary="x"\r\n\r\n'
        "--x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nV příloze smlouva.\r\n"
        "--x\r\nContent-Type: application/pdf\r\n"
        # A name that tries to climb out of a folder and hide its extension (U+202E).
        "Content-Disposition: attachment; filename*=utf-8''..%2F..%2Fsmlouva%E2%80%AEfdp.exe\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(PDF).decode()
        + "\r\n--x--\r\n"
    ).encode()


def call(capsys, monkeypatch, *argv, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*argv, "--json"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out) if captured.out.strip() else None


@pytest.fixture
def firm(tmp_path, capsys, monkeypatch, dovecot_server):
    home = tmp_path / "firm"
    assert call(capsys, monkeypatch, "--home", str(home), "version")[0] == 0
    database = Database(Profile.open(home).url)
    from smallcrm.core import migrate

    migrate.upgrade(Profile.open(home), database)
    with database.session_scope() as s:
        person = book.save_record(
            s,
            ContactRecord(
                given_name="Petr", family_name="Dvořák", emails=[Labeled(CLIENT, "work")]
            ),
        ).id
        matter = matters.create_matter(s, matters.MatterInput(title="Spor", number="2026/0077"))
    database.dispose()
    folder = f"Cli{uuid.uuid4().hex[:8]}"
    dovecot_server.create_folder(USER, folder)
    return home, folder, person, matter


def _add(capsys, monkeypatch, home, server, folder, *extra, password=None):
    return call(
        capsys, monkeypatch,
        "--home", str(home), "accounts", "add", "imap", "--name", "Kancelář",
        "--host", server.host, "--port", str(server.imaps_port), "--security", "tls",
        "--user", USER, "--password-stdin", "--folders", folder, "--since", "all",
        *extra,
        stdin=(password or server.users[USER]) + "\n",
    )  # fmt: skip


def test_add_sync_list_and_file_from_the_command_line(
    capsys, monkeypatch, vault, firm, dovecot_server
):
    home, folder, person, matter = firm
    server = dovecot_server
    server.append(USER, _mail("Smlouva", attachment=True), folder)
    server.append(USER, _mail("Reklama", "spam@elsewhere.example"), folder)
    openssl = ":".join(server.cert_sha256[i : i + 2].upper() for i in range(0, 64, 2))

    # Without trusting the self-signed certificate the account is saved, the sync refused.
    code, account = _add(capsys, monkeypatch, home, server, folder)
    assert code == 0 and account["trusted_fingerprint"] is None
    code, report = call(capsys, monkeypatch, "--home", str(home), "sync", "Kancelář")
    assert code == 1 and "not trusted" in report["errors"][0]
    assert server.cert_sha256.upper()[:8] in report["errors"][0].replace(":", "")

    # The password is in the keyring only, under ids; not in the database, not in the log.
    password = server.users[USER]
    assert list(vault.store.values()) == [password]
    assert all(USER not in key for _service, key in vault.store)
    raw_db = (home / "smallcrm.db").read_bytes()
    assert password.encode() not in raw_db
    assert not any(password in p.read_text("utf-8", "replace") for p in (home / "logs").iterdir())

    code, data = _add(capsys, monkeypatch, home, server, folder, "--trust-fingerprint", openssl)
    assert code == 2 and "already a mail account" in data["error"]
    database = Database(Profile.open(home).url)
    with database.session_scope() as s:
        s.query(MailAccount).update({"pinned_sha256": server.cert_sha256})
    database.dispose()

    code, report = call(capsys, monkeypatch, "--home", str(home), "sync", "Kancelář")
    assert code == 0, report
    [result] = report["folders"]
    assert (result["name"], result["added"], result["updated"], result["deleted"]) == (
        folder, 1, 0, 0,
    )  # fmt: skip
    assert result["skipped"] == [
        {"reason": "not kept by the account's privacy setting", "count": 1}
    ]
    assert report["errors"] == []

    code, listed = call(capsys, monkeypatch, "--home", str(home), "accounts", "list")
    [info] = listed["accounts"]
    assert info["messages"] == 1 and info["last_success"] and info["last_error"] is None

    code, listed = call(
        capsys, monkeypatch, "--home", str(home), "messages", "list", "--contact", str(person)
    )
    [message] = listed["messages"]
    assert message["subject"] == "Smlouva"
    assert message["from"] == {"name": "Petr Dvořák", "email": CLIENT}
    assert message["to"] == [{"name": "Kancelář", "email": "office@firma.cz"}]
    assert message["contacts"] == [person] and message["matter_id"] is None
    # The name as shown: no path parts, no bidi override.
    assert message["attachments"] == [
        {"filename": "smlouvafdp.exe", "size": len(PDF), "content_type": "application/pdf"}
    ]
    assert message["date"].startswith("2026-11-03T10:00")

    code, filed = call(
        capsys, monkeypatch, "--home", str(home), "messages", "file", str(message["id"]),
        "--matter", str(matter), "--attachments",
    )  # fmt: skip
    assert code == 0 and filed["changed"] == 1 and len(filed["documents"]) == 1
    code, listed = call(
        capsys, monkeypatch, "--home", str(home), "messages", "list", "--matter", str(matter)
    )
    assert [m["id"] for m in listed["messages"]] == [message["id"]]
    code, docs = call(
        capsys, monkeypatch, "--home", str(home), "documents", "list", "--matter", str(matter)
    )
    assert [d["file_name"] for d in docs["documents"]] == ["smlouvafdp.exe"]
    # Filing again stores no second document.
    code, again = call(
        capsys, monkeypatch, "--home", str(home), "messages", "file", str(message["id"]),
        "--matter", str(matter), "--attachments",
    )  # fmt: skip
    assert again["documents"] == filed["documents"] and again["changed"] == 0

    # A sync with nothing new is quick and adds nothing.
    code, report = call(capsys, monkeypatch, "--home", str(home), "sync")
    assert code == 0 and report[0]["folders"][0]["added"] == 0


def test_no_keyring_means_no_account_and_says_why(capsys, monkeypatch, firm, dovecot_server):
    home, folder, _person, _matter = firm
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, data = _add(capsys, monkeypatch, home, dovecot_server, folder)
    finally:
        keyring.set_keyring(previous)
    assert code == 2
    assert "No secure password store" in data["error"] and "--password-stdin" in data["hint"]
    code, listed = call(capsys, monkeypatch, "--home", str(home), "accounts", "list")
    assert listed["accounts"] == []


def test_plain_text_needs_an_explicit_yes(capsys, monkeypatch, vault, firm, dovecot_server):
    home, folder, _person, _matter = firm
    code, data = call(
        capsys, monkeypatch,
        "--home", str(home), "accounts", "add", "imap", "--name", "Plain", "--host", "127.0.0.1",
        "--security", "none", "--user", USER, "--password-stdin",
        stdin="x\n",
    )  # fmt: skip
    assert code == 2 and "unencrypted" in data["error"]


def test_a_wrong_password_is_an_error_naming_no_secret(
    capsys, monkeypatch, vault, firm, dovecot_server
):
    home, folder, _person, _matter = firm
    server = dovecot_server
    code, _ = _add(capsys, monkeypatch, home, server, folder, password="špatné-heslo")
    database = Database(Profile.open(home).url)
    with database.session_scope() as s:
        s.query(MailAccount).update({"pinned_sha256": server.cert_sha256})
    database.dispose()
    code, report = call(capsys, monkeypatch, "--home", str(home), "sync", "Kancelář")
    assert code == 1 and "refused" in report["errors"][0]
    assert "špatné-heslo" not in json.dumps(report, ensure_ascii=False)
    # --password-stdin instead of the keyring, for this run only.
    code, report = call(
        capsys, monkeypatch, "--home", str(home), "sync", "Kancelář", "--password-stdin",
        stdin=server.users[USER] + "\n",
    )  # fmt: skip
    assert code == 0 and report["errors"] == []


def test_ews_without_auth_asks_the_server_and_saves_nothing_when_it_cannot(
    capsys, monkeypatch, tmp_path, vault, ews_server
):
    from tests.servers.ews import USERS, start_ews_server

    home = str(tmp_path / "firm")
    add = ("--home", home, "accounts", "add", "ews", "--user", "EXAMPLE\\alice", "--password-stdin")
    basic_only = start_ews_server(auth=("basic",))
    basic_only.stop()  # nothing listens there any more
    code, out = call(
        capsys, monkeypatch, *add, "--name", "Gone", "--url", basic_only.url,
        stdin=USERS[USER] + "\n",
    )  # fmt: skip
    assert code == 2 and "Cannot reach the Exchange server" in out["error"]
    assert vault.store == {}

    code, account = call(
        capsys, monkeypatch, *add, "--name", "Exchange", "--url", ews_server.url,
        "--email", ews_server.email(USER), "--calendar", stdin=USERS[USER] + "\n",
    )  # fmt: skip
    assert code == 0
    assert (account["url"], account["auth"], account["calendar"]) == (ews_server.url, "ntlm", True)
    assert list(vault.store.values()) == [USERS[USER]]

    code, synced = call(capsys, monkeypatch, "--home", home, "sync", "Exchange")
    assert code == 0, synced  # signed in with NTLM, as the server asked
