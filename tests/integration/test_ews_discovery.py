"""Exchange account set-up against loopback servers: NTLM/basic sign-in, probing, autodiscover."""

# Real HTTP throughout: NTLM checked by pyspnego's acceptor, exchangelib's own autodiscover
# over TLS on port 443 with a loopback DNS responder, and the CLI on top.

from __future__ import annotations

import io
import json
import os
import uuid

import exchangelib
import pytest
from exchangelib.autodiscover import clear_cache

from smallcrm.core.connectors import ews
from smallcrm.core.connectors.ews_discovery import (
    Discovered,
    MailboxUnknown,
    NoExchangeFound,
    NotAnEwsAddress,
    discover,
    probe_auth,
)
from smallcrm.core.services import mail_accounts
from tests.servers.ews import USERS, start_ews_server

USER = "alice"
PASSWORD = USERS[USER]
EMAIL = "alice@example.test"  # the mailbox's primary address on the test servers


def message(n: int) -> bytes:
    return (
        f"Subject: zprava {n}\r\nFrom: eva@klient.cz\r\nMessage-ID: <{uuid.uuid4().hex}@x>\r\n"
        f"\r\ntext {n}\r\n"
    ).encode()


@pytest.fixture(scope="module")
def ntlm_only():
    server = start_ews_server(auth=("ntlm",))
    yield server
    exchangelib.close_connections()
    server.stop()


@pytest.fixture(scope="module")
def basic_only():
    server = start_ews_server(auth=("basic",))
    yield server
    exchangelib.close_connections()
    server.stop()


@pytest.fixture(autouse=True)
def _fresh_exchangelib():
    # exchangelib keeps protocols (with credentials) per endpoint and autodiscover answers per
    # domain, the latter also in a file: each test starts and ends without them.
    clear_cache()
    yield
    clear_cache()
    exchangelib.close_connections()


# --------------------------------------------------------------------------- sign-in


@pytest.mark.parametrize("user", ["EXAMPLE\\alice", "alice@example.test", "alice"])
def test_ntlm_sync_through_connect(ntlm_only, user):
    ntlm_only.reset()
    raw = message(1)
    ntlm_only.add_message(USER, "inbox", raw)
    settings = ews.EwsSettings(ntlm_only.url, user, auth="ntlm", email=EMAIL)
    with ews.connect(settings, PASSWORD) as conn:
        (batch,) = list(conn.fetch_new("inbox", None))
        assert [m.raw for m in batch.messages] == [raw]
        assert {f.distinguished for f in conn.folders()} >= {"inbox", "sentitems"}


def test_ntlm_wrong_password_and_basic_refused(ntlm_only):
    settings = ews.EwsSettings(ntlm_only.url, "EXAMPLE\\alice", auth="ntlm", email=EMAIL)
    with pytest.raises(ews.AuthenticationFailed) as caught:
        ews.connect(settings, "not-" + PASSWORD)
    assert PASSWORD not in str(caught.value)
    with pytest.raises(ews.AuthenticationFailed):
        ews.connect(ews.EwsSettings(ntlm_only.url, "bob", auth="ntlm", email=EMAIL), PASSWORD)
    # The server offers no Basic: the right password over Basic is refused too.
    basic = ews.EwsSettings(ntlm_only.url, USER, auth="basic", email=EMAIL)
    with pytest.raises(ews.AuthenticationFailed):
        ews.connect(basic, PASSWORD)


def test_basic_still_works(basic_only):
    basic_only.reset()
    raw = message(2)
    basic_only.add_message(USER, "inbox", raw)
    settings = ews.EwsSettings(basic_only.url, "EXAMPLE\\alice", auth="basic", email=EMAIL)
    with ews.connect(settings, PASSWORD) as conn:
        (batch,) = list(conn.fetch_new("inbox", None))
    assert [m.raw for m in batch.messages] == [raw]
    with pytest.raises(ews.AuthenticationFailed):
        ews.connect(ews.EwsSettings(basic_only.url, USER, auth="ntlm", email=EMAIL), PASSWORD)


def test_ntlm_over_tls_with_a_pinned_certificate():
    server = start_ews_server(tls=True, auth=("ntlm",))
    try:
        settings = ews.EwsSettings(
            server.url, "EXAMPLE\\alice", auth="ntlm", email=EMAIL, pinned_sha256=server.cert_sha256
        )
        with ews.connect(settings, PASSWORD) as conn:
            assert conn.folders()
    finally:
        exchangelib.close_connections()
        server.stop()


# --------------------------------------------------------------------------- probe_auth


@pytest.mark.parametrize(
    ("offered", "expected"),
    [
        (("ntlm",), "ntlm"),
        (("basic",), "basic"),
        (("ntlm", "basic"), "ntlm"),
        (("basic", "ntlm"), "ntlm"),  # NTLM preferred whatever the order
    ],
)
def test_probe_auth(offered, expected):
    server = start_ews_server(auth=offered)
    try:
        assert probe_auth(server.url) == expected
        assert server.requests == {}  # unauthenticated: no EWS operation ran
    finally:
        server.stop()


def test_probe_auth_of_the_shared_server(ews_server):
    assert probe_auth(ews_server.url) == "ntlm"


def test_probe_auth_errors():
    tls = start_ews_server(tls=True, auth=("basic",))
    try:
        with pytest.raises(ews.UntrustedCertificate) as caught:
            probe_auth(tls.url)
        assert caught.value.sha256 == tls.cert_sha256
        with pytest.raises(ews.UntrustedCertificate):
            probe_auth(tls.url, "ab" * 32)
        fingerprint = mail_accounts.format_fingerprint(tls.cert_sha256)  # as a user pastes it
        assert probe_auth(tls.url, fingerprint) == "basic"
        with pytest.raises(NotAnEwsAddress):
            probe_auth(tls.url.replace("/EWS/Exchange.asmx", "/owa/"), tls.cert_sha256)
    finally:
        tls.stop()
    with pytest.raises(ews.ServerUnreachable):
        probe_auth(tls.url, tls.cert_sha256, timeout=5)


# --------------------------------------------------------------------------- autodiscover


def _needs_port_443() -> None:
    reason = "the autodiscover tests bind port 443 (exchangelib tries no other), which needs root"
    if os.geteuid() != 0:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + "; CI must run them as root")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def dns_responder():
    from tests.servers.autodiscover import DnsResponder

    responder = DnsResponder(
        {
            "localhost.": {"A": ["127.0.0.1"]},
            # firm.test itself has no address: only its SRV record leads to the service.
            "_autodiscover._tcp.firm.test.": {"SRV": ["10 0 443 localhost."]},
        }
    )
    yield responder
    responder.stop()


@pytest.fixture(scope="module")
def autodiscover_server(ews_server, dns_responder):
    _needs_port_443()
    from tests.servers.autodiscover import AutodiscoverServer

    try:
        server = AutodiscoverServer(ews_server.url, domains=("localhost", "firm.test"))
    except OSError as exc:
        message = f"port 443 is not free for the autodiscover test server: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield server
    server.stop()


@pytest.fixture
def autodiscover(autodiscover_server, dns_responder):
    from tests.servers.autodiscover import exchangelib_dns

    with exchangelib_dns(dns_responder):
        yield autodiscover_server


def test_autodiscover_untrusted_first_then_pinned(autodiscover, ews_server):
    before = autodiscover.requests
    with pytest.raises(ews.UntrustedCertificate) as caught:
        discover("alice@localhost", USER, PASSWORD)
    assert (caught.value.host, caught.value.port) == ("localhost", 443)
    assert caught.value.sha256 == autodiscover.cert_sha256
    assert autodiscover.requests == before  # no password went to an untrusted server

    found = discover("alice@localhost", USER, PASSWORD, pinned_sha256=autodiscover.cert_sha256)
    assert found == Discovered(url=ews_server.url, auth="ntlm", email=EMAIL)
    assert autodiscover.requests == before + 1
    # The found settings work as they are.
    settings = ews.EwsSettings(found.url, USER, auth=found.auth, email=found.email)
    with ews.connect(settings, PASSWORD) as conn:
        assert conn.folders()


def test_autodiscover_signs_in_with_basic_too(autodiscover, ews_server):
    from tests.servers.ews import HttpAuth

    both = autodiscover.http_auth
    autodiscover.http_auth = HttpAuth(autodiscover.users, ("basic",))
    try:
        found = discover(
            "alice@localhost", "EXAMPLE\\alice", PASSWORD, pinned_sha256=autodiscover.cert_sha256
        )
    finally:
        autodiscover.http_auth.close()
        autodiscover.http_auth = both
    assert found == Discovered(url=ews_server.url, auth="ntlm", email=EMAIL)


def test_autodiscover_through_a_dns_srv_record(autodiscover, dns_responder, ews_server):
    found = discover("alice@firm.test", USER, PASSWORD, pinned_sha256=autodiscover.cert_sha256)
    assert found.url == ews_server.url and found.email == EMAIL
    assert ("_autodiscover._tcp.firm.test.", "SRV") in dns_responder.queries


def test_autodiscover_wrong_password(autodiscover):
    with pytest.raises(ews.AuthenticationFailed) as caught:
        discover("alice@localhost", USER, "not-" + PASSWORD, pinned_sha256=autodiscover.cert_sha256)
    assert PASSWORD not in str(caught.value)


def test_autodiscover_unknown_mailbox(autodiscover):
    with pytest.raises(MailboxUnknown):
        discover("carol@localhost", USER, PASSWORD, pinned_sha256=autodiscover.cert_sha256)


def test_autodiscover_for_a_domain_with_nothing(autodiscover):
    with pytest.raises(NoExchangeFound) as caught:
        discover("alice@nothing.test", USER, PASSWORD, pinned_sha256=autodiscover.cert_sha256)
    text = str(caught.value)
    assert text.startswith("No Exchange server found for alice@nothing.test: tried ")
    for tried in (
        "https://nothing.test/autodiscover/autodiscover.svc (no such host in DNS)",
        "https://autodiscover.nothing.test/autodiscover/autodiscover.svc (no such host in DNS)",
        "http://autodiscover.nothing.test/autodiscover/autodiscover.svc (no such host in DNS)",
        "DNS SRV _autodiscover._tcp.nothing.test (no such record)",
    ):
        assert tried in text
    assert "Enter the EWS address instead" in text
    assert PASSWORD not in text


# --------------------------------------------------------------------------- CLI


def _cli(capsys, monkeypatch, *argv, stdin=""):
    from smallcrm.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*argv, "--json"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out) if captured.out.strip() else None, captured.err


def test_cli_adds_an_account_by_autodiscover(
    capsys, monkeypatch, tmp_path, vault, autodiscover, ews_server
):
    home = str(tmp_path / "firm")
    add = (
        "--home", home, "accounts", "add", "ews", "--name", "Kancelář",
        "--autodiscover", "alice@localhost", "--user", USER, "--password-stdin",
        "--calendar", "--since", "all",
    )  # fmt: skip
    code, out, err = _cli(capsys, monkeypatch, *add, stdin=PASSWORD + "\n")
    assert code == 2
    assert "localhost:443 is not trusted" in out["error"]
    assert mail_accounts.format_fingerprint(autodiscover.cert_sha256) in out["hint"]
    assert PASSWORD not in json.dumps(out) + err
    assert vault.store == {}  # nothing saved

    fingerprint = mail_accounts.format_fingerprint(autodiscover.cert_sha256)
    code, account, err = _cli(
        capsys, monkeypatch, *add, "--trust-fingerprint", fingerprint, stdin=PASSWORD + "\n"
    )
    assert code == 0, err
    assert (account["kind"], account["url"], account["auth"], account["email"]) == (
        "ews",
        ews_server.url,
        "ntlm",
        EMAIL,
    )
    assert account["calendar"] is True and account["user"] == USER
    assert account["trusted_fingerprint"] == fingerprint
    assert list(vault.store.values()) == [PASSWORD]


def test_cli_url_and_autodiscover_exclude_each_other(capsys, monkeypatch, tmp_path):
    home = str(tmp_path / "firm")
    base = ("--home", home, "accounts", "add", "ews", "--name", "X", "--user", USER)
    with pytest.raises(SystemExit):
        _cli(capsys, monkeypatch, *base, "--password-stdin", "--url", "http://a/EWS/Exchange.asmx",
             "--autodiscover", "alice@localhost")  # fmt: skip
    with pytest.raises(SystemExit):
        _cli(capsys, monkeypatch, *base, "--password-stdin")
