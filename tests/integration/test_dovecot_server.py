"""The Dovecot test server speaks the IMAP the mail sync relies on, over verified TLS."""

from __future__ import annotations

import email
import email.policy
import hashlib
import imaplib
import re
import uuid
from email.header import Header

import pytest

CZECH_SUBJECT = "Žaloba č. 12/2024: schůzka s klientem v úterý"


def _message(subject: str, body: str, message_id: str) -> bytes:
    # CRLF line ends, as IMAP stores them: then FETCH must give back exactly these bytes.
    return (
        "From: Jana Nováková <jana@example.cz>\r\n"
        "To: alice@example.test\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 14 May 2024 09:30:00 +0200\r\n"
        f"Message-ID: <{message_id}@example.cz>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"{body}\r\n"
    ).encode()


def _untagged(conn: imaplib.IMAP4, name: str) -> bytes:
    typ, data = conn.response(name)
    assert typ == name and data and data[0] is not None, (name, data)
    return data[0]


def _peer_sha256(conn: imaplib.IMAP4) -> str:
    return hashlib.sha256(conn.sock.getpeercert(binary_form=True)).hexdigest()


def test_starttls_login_verifies_the_generated_certificate(dovecot_server):
    with imaplib.IMAP4(dovecot_server.host, dovecot_server.imap_port) as conn:
        assert "STARTTLS" in conn.capabilities
        conn.starttls(ssl_context=dovecot_server.ssl_context())
        assert _peer_sha256(conn) == dovecot_server.cert_sha256
        typ, _ = conn.login("alice", dovecot_server.users["alice"])
        assert typ == "OK"


def test_implicit_tls_login_verifies_the_generated_certificate(dovecot_server):
    with imaplib.IMAP4_SSL(
        dovecot_server.host, dovecot_server.imaps_port, ssl_context=dovecot_server.ssl_context()
    ) as conn:
        assert _peer_sha256(conn) == dovecot_server.cert_sha256
        assert conn.login("bob", dovecot_server.users["bob"])[0] == "OK"


def test_capabilities_the_sync_needs_and_qresync_enables(dovecot_server):
    with dovecot_server.connect("alice") as conn:
        typ, data = conn.capability()
        assert typ == "OK"
        caps = set(data[0].decode().upper().split())
        assert {"IMAP4REV1", "CONDSTORE", "QRESYNC", "ENABLE", "IDLE", "UIDPLUS"} <= caps
        assert conn.enable("QRESYNC")[0] == "OK"
        assert b"QRESYNC" in _untagged(conn, "ENABLED").upper()


def test_append_then_uid_fetch_gives_the_same_bytes(dovecot_server):
    folder = f"Test-{uuid.uuid4().hex[:8]}"
    plain = _message("Plain ASCII subject", "Dobrý den, posílám podklady.", uuid.uuid4().hex)
    czech = _message(
        # RFC 2047 (=?utf-8?b?...?=), folded with CRLF like the rest of the message.
        Header(CZECH_SUBJECT, "utf-8").encode(linesep="\r\n"),
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
        uuid.uuid4().hex,
    )
    assert b"=?utf-8?b?" in czech
    uids = [dovecot_server.append("alice", raw, folder) for raw in (plain, czech)]
    assert uids[1] > uids[0]

    with dovecot_server.connect("alice") as conn:
        typ, data = conn.select(f'"{folder}"', readonly=True)
        assert (typ, data) == ("OK", [b"2"])
        uidvalidity = int(_untagged(conn, "UIDVALIDITY"))
        assert uidvalidity > 0
        assert int(_untagged(conn, "UIDNEXT")) == uids[1] + 1
        for uid, raw in zip(uids, (plain, czech), strict=True):
            typ, data = conn.uid("FETCH", str(uid), "(UID BODY.PEEK[])")
            assert typ == "OK"
            meta, fetched = data[0]
            assert re.search(rb"\bUID %d\b" % uid, meta), meta
            assert fetched == raw
        subject = email.message_from_bytes(czech, policy=email.policy.default)["Subject"]
        assert str(subject) == CZECH_SUBJECT


def test_each_user_sees_only_their_own_folders(dovecot_server):
    folder = f"Private-{uuid.uuid4().hex[:8]}"
    dovecot_server.create_folder("alice", folder)
    with dovecot_server.connect("bob") as conn:
        typ, data = conn.list()
        assert typ == "OK"
        assert not any(folder.encode() in line for line in data if line)


def test_a_wrong_password_gets_the_servers_no(dovecot_server):
    with (
        dovecot_server.connect() as conn,
        pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"),
    ):
        conn.login("alice", "not-the-password")


def test_plain_login_without_tls_works_because_the_server_allows_it(dovecot_server):
    # Configured with disable_plaintext_auth = no; Dovecot would allow it on loopback anyway,
    # since it treats a connection whose two ends have the same IP as secure.
    with imaplib.IMAP4(dovecot_server.host, dovecot_server.imap_port) as conn:
        assert "LOGINDISABLED" not in conn.capabilities
        assert conn.login("bob", dovecot_server.users["bob"])[0] == "OK"
