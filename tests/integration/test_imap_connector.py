"""The IMAP connector's read side against a real Dovecot over real TLS, plus its UTF-7 codec."""

from __future__ import annotations

import datetime
import socket
import threading
import traceback
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.core.connectors.imap import (
    AuthenticationFailed,
    ImapProtocolError,
    ImapSettings,
    ServerUnreachable,
    StartTlsUnavailable,
    UidValidityChanged,
    UntrustedCertificate,
    _parse_list_line,
    _uid_set,
    connect,
    decode_mutf7,
    encode_mutf7,
)
from smallcrm.core.errors import KnownError

USER = "alice"

# --------------------------------------------------------------------------- modified UTF-7


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("INBOX", "INBOX"),
        ("Odeslaná pošta", "Odeslan&AOE- po&AWE-ta"),
        ("Koš", "Ko&AWE-"),
        ("Účetnictví & daně", "&ANoBDQ-etnictv&AO0- &- dan&ARs-"),
        ("Tom & Jerry", "Tom &- Jerry"),
        # RFC 3501 §5.1.3's own example.
        ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),
        ("😀", "&2D3eAA-"),  # outside the BMP: a UTF-16 surrogate pair
        ("", ""),
    ],
)
def test_mutf7_known_names(text, encoded):
    assert encode_mutf7(text) == encoded
    assert decode_mutf7(encoded) == text


@given(st.text())
def test_mutf7_round_trips_any_text_through_printable_ascii(text):
    encoded = encode_mutf7(text)
    assert all(0x20 <= ord(c) <= 0x7E for c in encoded)
    assert decode_mutf7(encoded) == text


@pytest.mark.parametrize("bad", ["Ko&AWE", "&Zm9v!-", "&AW-", "a&"])
def test_mutf7_rejects_malformed_input(bad):
    with pytest.raises(ValueError):
        decode_mutf7(bad)


def test_list_lines_give_special_use_from_list_and_xlist():
    sent = _parse_list_line(b'(\\HasNoChildren \\Sent) "." "Odeslan&AOE- po&AWE-ta"')
    assert (sent.name, sent.delimiter, sent.special_use) == ("Odeslaná pošta", ".", "\\Sent")
    trash = _parse_list_line(b'(\\HasNoChildren \\Trash) "/" "[Gmail]/Ko&AWE-"')
    assert (trash.name, trash.special_use) == ("[Gmail]/Koš", "\\Trash")
    gmail_all = _parse_list_line(b'(\\HasNoChildren \\AllMail) "/" "[Gmail]/All Mail"')
    assert gmail_all.special_use == "\\All"
    literal = _parse_list_line((b'(\\Noselect) "/" {6}', b'a "b"c'))
    assert (literal.name, literal.selectable) == ('a "b"c', False)
    assert _parse_list_line(b"(\\HasNoChildren) NIL INBOX").delimiter is None


def test_uid_sets_are_compressed_into_ranges():
    assert _uid_set([7, 1, 2, 3, 9, 10]) == "1:3,7,9:10"
    assert _uid_set([5]) == "5"


# --------------------------------------------------------------------------- helpers


def _settings(server, security="starttls", pin=True, user=USER) -> ImapSettings:
    return ImapSettings(
        host=server.host,
        port=server.imaps_port if security == "tls" else server.imap_port,
        security=security,
        user=user,
        pinned_sha256=server.cert_sha256 if pin else None,
    )


def _connect(server, security="starttls"):
    return connect(_settings(server, security), server.users[USER], timeout=10)


def _message(n: int, tag: str) -> bytes:
    # CRLF throughout (as IMAP stores it) and some 8-bit text, so "byte-exact" means something.
    return (
        f"From: Jana Nováková <jana@example.cz>\r\n"
        f"To: alice@example.test\r\n"
        f"Subject: Zpráva {n} ({tag})\r\n"
        f"Message-ID: <{tag}-{n}@example.cz>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"Příliš žluťoučký kůň č. {n}.\r\n" + "x" * (n % 97) + "\r\n"
    ).encode()


def _append_all(server, folder: str, raws, when=None, flags=None) -> list[int]:
    """APPENDs on one connection (the server helper logs in per message: too slow for 450)."""
    server.create_folder(USER, folder)
    uids = []
    with server.connect(USER) as conn:
        for raw in raws:
            typ, data = conn.append(
                f'"{folder}"', flags, when or datetime.datetime.now(datetime.UTC), raw
            )
            assert typ == "OK", data
            uids.append(int(data[0].decode().split("APPENDUID", 1)[1].split("]")[0].split()[1]))
    return uids


def _folder() -> str:
    return f"Sync-{uuid.uuid4().hex[:8]}"


# --------------------------------------------------------------------------- connecting


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_pinned_self_signed_certificate_connects(dovecot_server, security):
    with _connect(dovecot_server, security) as conn:
        assert {"IMAP4REV1", "CONDSTORE", "QRESYNC"} <= conn.capabilities
        assert {"QRESYNC", "CONDSTORE"} <= conn.enabled
        assert conn.select("INBOX").uidvalidity > 0


def test_pin_is_compared_without_colons_or_case(dovecot_server):
    pin = ":".join(dovecot_server.cert_sha256[i : i + 2] for i in range(0, 64, 2)).upper()
    settings = ImapSettings(dovecot_server.host, dovecot_server.imaps_port, "tls", USER, pin)
    connect(settings, dovecot_server.users[USER], timeout=10).close()


@pytest.mark.parametrize("security", ["starttls", "tls"])
@pytest.mark.parametrize("pin", [None, "00" * 32])
def test_unverified_certificate_raises_with_its_fingerprint(dovecot_server, security, pin):
    settings = ImapSettings(
        dovecot_server.host,
        dovecot_server.imaps_port if security == "tls" else dovecot_server.imap_port,
        security,
        USER,
        pin,
    )
    with pytest.raises(UntrustedCertificate) as info:
        connect(settings, dovecot_server.users[USER], timeout=10)
    assert isinstance(info.value, KnownError)
    assert info.value.sha256 == dovecot_server.cert_sha256
    # Shown as openssl prints it, so the user can compare it with the server's.
    assert dovecot_server.cert_sha256.upper() in str(info.value).replace(":", "")


def test_plain_works_only_because_the_settings_say_plain(dovecot_server):
    with connect(_settings(dovecot_server, "plain"), dovecot_server.users[USER]) as conn:
        assert conn.select("INBOX").exists >= 0


def test_wrong_password_is_authentication_failed_without_the_password(dovecot_server):
    password = "Wrong-Passw0rd-č"
    with pytest.raises(AuthenticationFailed) as info:
        connect(_settings(dovecot_server, "tls"), password, timeout=10)
    assert info.value.message == "The server refused the user name or password."
    shown = "".join(traceback.format_exception(info.value)) + repr(info.value)
    assert password not in shown
    assert "Passw0rd" not in shown


def test_unreachable_port_is_server_unreachable(dovecot_server):
    with socket.socket() as sock:  # bound, never listening: the port is refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        settings = ImapSettings("127.0.0.1", port, "tls", USER, None)
        password = "secret-" + "pw-123"  # not one literal: the traceback quotes this file
        with pytest.raises(ServerUnreachable) as info:
            connect(settings, password, timeout=5)
    assert f"127.0.0.1:{port}" in str(info.value)
    assert password not in "".join(traceback.format_exception(info.value))


def test_starttls_is_refused_when_the_server_does_not_offer_it():
    """A fake server without STARTTLS: we must give up, not log in in plain text."""
    received = bytearray()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]

        def serve():
            conn, _ = listener.accept()
            with conn:
                conn.settimeout(5)
                conn.sendall(b"* OK fake IMAP without STARTTLS\r\n")
                buffer = b""
                while chunk := conn.recv(4096):
                    received.extend(chunk)
                    buffer += chunk
                    while b"\r\n" in buffer:
                        line, buffer = buffer.split(b"\r\n", 1)
                        tag, _, command = line.partition(b" ")
                        if command.upper().startswith(b"CAPABILITY"):
                            conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
                        elif command.upper().startswith(b"LOGOUT"):
                            conn.sendall(b"* BYE\r\n")
                        conn.sendall(tag + b" OK done\r\n")

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        settings = ImapSettings("127.0.0.1", port, "starttls", USER, None)
        with pytest.raises(StartTlsUnavailable):
            connect(settings, "secret-pw-123", timeout=5)
        thread.join(5)
    assert b"LOGIN" not in received and b"AUTHENTICATE" not in received


# --------------------------------------------------------------------------- folders


def test_folders_decode_czech_names_created_through_the_encoder(dovecot_server):
    suffix = uuid.uuid4().hex[:6]
    names = [f"Odeslaná pošta {suffix}", f"Koš {suffix}", f"Účetnictví & daně {suffix}"]
    for name in names:
        dovecot_server.create_folder(USER, encode_mutf7(name))
    with _connect(dovecot_server) as conn:
        folders = {f.name: f for f in conn.folders()}
        assert "INBOX" in folders
        assert set(names) <= set(folders)
        assert all(folders[n].selectable for n in names)
        # And back: the name goes out re-encoded, so the folder opens.
        assert conn.select(names[0]).exists == 0


# --------------------------------------------------------------------------- fetching


@pytest.fixture(scope="module")
def big_folder(dovecot_server):
    folder = _folder()
    raws = [_message(n, folder) for n in range(450)]
    uids = _append_all(dovecot_server, folder, raws)
    return folder, uids, raws


def test_fetch_new_gives_batches_with_increasing_checkpoints(dovecot_server, big_folder):
    folder, uids, raws = big_folder
    by_uid = dict(zip(uids, raws, strict=True))
    with _connect(dovecot_server) as conn:
        state = conn.select(folder)
        batches = conn.fetch_new(folder, after_uid=0, batch=200)
        assert not isinstance(batches, list)  # a generator: one batch in memory at a time
        sizes, last = [], 0
        for batch in batches:
            sizes.append(len(batch.messages))
            cp = batch.checkpoint
            assert (cp.folder, cp.uidvalidity) == (folder, state.uidvalidity)
            assert cp.highestmodseq == state.highestmodseq
            assert cp.last_uid == max(m.uid for m in batch.messages) > last
            last = cp.last_uid
            for m in batch.messages:
                assert m.raw == by_uid[m.uid]
                assert m.size == len(m.raw)
                assert m.internal_date.tzinfo is not None
                assert "\\Recent" not in m.flags
        assert sizes == [200, 200, 50]
        assert last == max(uids)


def test_fetch_new_resumes_after_a_checkpoint(dovecot_server, big_folder):
    folder, uids, raws = big_folder
    with _connect(dovecot_server) as conn:
        first = next(conn.fetch_new(folder, batch=200))
        cp = first.checkpoint
        stored_modseq = cp.highestmodseq - 1  # as if flags changed since that checkpoint
        resumed = list(
            conn.fetch_new(
                folder,
                after_uid=cp.last_uid,
                batch=200,
                uidvalidity=cp.uidvalidity,
                modseq=stored_modseq,
            )
        )
    assert [m.uid for b in resumed for m in b.messages] == sorted(uids)[200:]
    assert [len(b.messages) for b in resumed] == [200, 50]
    # A resume must not move the modseq past flags it did not fetch again.
    assert {b.checkpoint.highestmodseq for b in resumed} == {stored_modseq}
    assert cp.last_uid == sorted(uids)[199]


def test_fetch_new_since_filters_by_internal_date(dovecot_server):
    folder = _folder()
    old = datetime.datetime(2020, 3, 1, 12, 0, tzinfo=datetime.UTC)
    new = datetime.datetime(
        2024, 6, 1, 8, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
    )
    _append_all(dovecot_server, folder, [_message(n, folder) for n in range(3)], when=old)
    new_uids = _append_all(
        dovecot_server, folder, [_message(n, folder) for n in range(3, 5)], when=new, flags="\\Seen"
    )
    with _connect(dovecot_server) as conn:
        got = [
            m for b in conn.fetch_new(folder, since=datetime.date(2024, 1, 1)) for m in b.messages
        ]
        everything = [m for b in conn.fetch_new(folder) for m in b.messages]
    assert [m.uid for m in got] == new_uids
    assert all(m.internal_date == new and "\\Seen" in m.flags for m in got)
    assert len(everything) == 5


def test_fetch_new_on_a_czech_folder(dovecot_server):
    name = f"Došlá pošta {uuid.uuid4().hex[:6]}"
    raw = _message(1, "czech")
    [uid] = _append_all(dovecot_server, encode_mutf7(name), [raw])
    with _connect(dovecot_server) as conn:
        [batch] = list(conn.fetch_new(name))
    assert [(m.uid, m.raw) for m in batch.messages] == [(uid, raw)]
    assert batch.checkpoint.folder == name


def test_changes_since_reports_flags_and_vanished(dovecot_server):
    folder = _folder()
    seen_uid, gone_uid, same_uid = _append_all(
        dovecot_server, folder, [_message(n, folder) for n in range(3)]
    )
    with _connect(dovecot_server) as conn:
        before = conn.select(folder)
        with dovecot_server.connect(USER) as other:
            assert other.select(f'"{folder}"')[0] == "OK"
            assert other.uid("STORE", str(seen_uid), "+FLAGS", "(\\Seen)")[0] == "OK"
            assert other.uid("STORE", str(gone_uid), "+FLAGS", "(\\Deleted)")[0] == "OK"
            assert other.expunge()[0] == "OK"
        changes = conn.changes_since(folder, before.highestmodseq, uidvalidity=before.uidvalidity)
        assert changes.vanished_known
        assert changes.vanished == [gone_uid]
        assert "\\Seen" in changes.flags[seen_uid]
        assert same_uid not in changes.flags
        assert changes.highestmodseq > before.highestmodseq
        again = conn.changes_since(folder, changes.highestmodseq)
        assert (again.flags, again.vanished) == ({}, [])


def test_a_different_uidvalidity_raises(dovecot_server, big_folder):
    folder = big_folder[0]
    with _connect(dovecot_server) as conn:
        state = conn.select(folder)
        with pytest.raises(UidValidityChanged) as info:
            conn.fetch_new(folder, after_uid=10, uidvalidity=state.uidvalidity + 1)
        assert (info.value.stored, info.value.current) == (state.uidvalidity + 1, state.uidvalidity)
        with pytest.raises(UidValidityChanged):
            conn.changes_since(folder, 1, uidvalidity=state.uidvalidity + 1)


def test_settings_and_connection_hold_no_password(dovecot_server):
    password = dovecot_server.users[USER]
    settings = _settings(dovecot_server)
    with connect(settings, password, timeout=10) as conn:
        assert password not in repr(settings)
        held = {**vars(conn), **vars(conn._conn)}
        assert all(password not in repr(v) for v in held.values())
    with pytest.raises(ImapProtocolError, match="closed"):
        conn.select("INBOX")


def test_condstore_without_qresync_gives_flags_and_says_vanished_is_unknown(dovecot_server):
    folder = _folder()
    seen_uid, gone_uid = _append_all(dovecot_server, folder, [_message(n, folder) for n in (1, 2)])
    with _connect(dovecot_server) as conn:
        # Stands in for a CONDSTORE-only server: without ENABLE the connector asks for
        # mod-sequences per EXAMINE and cannot use VANISHED.
        conn.enabled = set()
        before = conn.select(folder)
        assert before.highestmodseq is not None
        with dovecot_server.connect(USER) as other:
            assert other.select(f'"{folder}"')[0] == "OK"
            assert other.uid("STORE", str(seen_uid), "+FLAGS", "(\\Seen)")[0] == "OK"
            assert other.uid("STORE", str(gone_uid), "+FLAGS", "(\\Deleted)")[0] == "OK"
            assert other.expunge()[0] == "OK"
        changes = conn.changes_since(folder, before.highestmodseq)
    assert not changes.vanished_known
    assert changes.vanished == []
    assert set(changes.flags) == {seen_uid}
    assert "\\Seen" in changes.flags[seen_uid]


def test_special_use_listing_is_accepted_by_a_real_server(dovecot_server):
    with _connect(dovecot_server) as conn:
        # This Dovecot has no special-use folders configured; pretend it announced them so
        # the LIST ... RETURN (SPECIAL-USE) form goes over the wire once.
        conn.capabilities.add("SPECIAL-USE")
        assert "INBOX" in {f.name for f in conn.folders()}
