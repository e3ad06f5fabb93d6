"""A loopback Exchange autodiscover service (SOAP, TLS, port 443) and DNS responder for tests."""

# exchangelib's autodiscover only tries https on port 443 (https://DOMAIN/, then
# https://autodiscover.DOMAIN/, an http redirect, a DNS SRV record) and first checks each host
# name with dnspython. So the tests' e-mail domain is ``localhost`` (alice@localhost: the HTTP
# connection goes to 127.0.0.1 without touching /etc/hosts), and ``exchangelib_dns()`` points
# exchangelib's resolver at ``DnsResponder`` through the class attributes exchangelib offers
# for that (Autodiscovery.DNS_RESOLVER_KWARGS / DNS_RESOLVER_ATTRS). Port 443 needs root.
#
# The XML follows Microsoft's published GetUserSettings examples ("Get user settings from
# Exchange by using Autodiscover", "Handling Autodiscover error messages"): the a:Action and
# h:ServerVersionInfo headers, Response/UserResponses with an ErrorCode at both levels,
# UserSetting i:type="StringSetting" with Name and Value, UserSettingErrors for settings this
# server lacks, InvalidUser for an unknown mailbox. What it answers for a found user is what
# the POX recording ../shared/corpus/ews/phpews_autodiscover_responses.json carries: the EWS
# URL (here External and Internal) and the mailbox's primary SMTP address.

from __future__ import annotations

import contextlib
import hashlib
import socket
import ssl
import tempfile
import threading
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from tests.servers.ews import DOMAIN, HOST, HTML_ERROR, USERS, HttpAuth

ANS = "http://schemas.microsoft.com/exchange/2010/Autodiscover"
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
PATH = "/autodiscover/autodiscover.svc"

# Exchange Server 2016 CU23, as the EWS test server.
SCHEMAS = (
    "Exchange2007, Exchange2007_SP1, Exchange2010, Exchange2010_SP1, Exchange2010_SP2, "
    "Exchange2013, Exchange2013_SP1, Exchange2015, Exchange2016"
)

ENVELOPE = (
    '<?xml version="1.0" encoding="utf-8"?>'
    f'<s:Envelope xmlns:s="{SOAP}" xmlns:a="http://www.w3.org/2005/08/addressing">'
    "<s:Header>"
    '<a:Action s:mustUnderstand="1">'
    "http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/GetUserSettingsResponse"
    "</a:Action>"
    f'<h:ServerVersionInfo xmlns:h="{ANS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
    "<h:MajorVersion>15</h:MajorVersion><h:MinorVersion>1</h:MinorVersion>"
    "<h:MajorBuildNumber>2507</h:MajorBuildNumber><h:MinorBuildNumber>6</h:MinorBuildNumber>"
    "<h:Version>Exchange2015</h:Version></h:ServerVersionInfo>"
    "</s:Header><s:Body>"
    f'<GetUserSettingsResponseMessage xmlns="{ANS}">'
    '<Response xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
    "<ErrorCode>NoError</ErrorCode><ErrorMessage />"
    "<UserResponses>{responses}</UserResponses>"
    "</Response></GetUserSettingsResponseMessage></s:Body></s:Envelope>"
)


class AutodiscoverServer:
    """Answers GetUserSettings for ``{user}@{domain}`` of each of ``domains`` with ``ews_url``.

    ``url`` is its https://localhost/autodiscover/autodiscover.svc; ``cert_sha256`` the
    SHA-256 of its self-signed certificate; ``requests`` counts the GetUserSettings it answered.
    """

    def __init__(
        self,
        ews_url: str,
        *,
        users: dict[str, str] | None = None,
        auth: Sequence[str] = ("ntlm", "basic"),
        domains: Sequence[str] = ("localhost",),
        port: int = 443,
    ) -> None:
        self.ews_url = ews_url
        self.users = dict(users or USERS)
        self.http_auth = HttpAuth(self.users, auth)
        self.domains = tuple(d.lower() for d in domains)
        self.requests = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((HOST, port), _make_handler(self))
        self._httpd.daemon_threads = True
        self.cert_sha256 = self._wrap_tls()
        self.port = self._httpd.server_address[1]
        self.url = f"https://localhost{'' if self.port == 443 else f':{self.port}'}{PATH}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="autodiscover-server", daemon=True
        )
        self._thread.start()

    def _wrap_tls(self) -> str:
        from tests.servers.dovecot import _self_signed_certificate

        cert_pem, key_pem = _self_signed_certificate()
        folder = Path(tempfile.mkdtemp(prefix="smallcrm-autodiscover-tls-"))
        (folder / "cert.pem").write_bytes(cert_pem)
        (folder / "key.pem").write_bytes(key_pem)
        (folder / "key.pem").chmod(0o600)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        return hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert_pem.decode())).hexdigest()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(10)
        self.http_auth.close()

    # ------------------------------------------------------------------ GetUserSettings

    def primary_address(self, mailbox: str) -> str | None:
        """The mailbox's primary SMTP address (as the EWS test server has it), or None."""
        user, _, domain = mailbox.lower().partition("@")
        if domain in self.domains and user in self.users:
            return f"{user}@{DOMAIN}"
        return None

    def user_response(self, mailbox: str, wanted: list[str]) -> str:
        primary = self.primary_address(mailbox)
        if primary is None:
            return (
                "<UserResponse><ErrorCode>InvalidUser</ErrorCode>"
                f"<ErrorMessage>Invalid user: '{escape(mailbox)}'</ErrorMessage>"
                '<RedirectTarget i:nil="true" /><UserSettingErrors /><UserSettings />'
                "</UserResponse>"
            )
        user = primary.partition("@")[0]
        have = {
            "UserDisplayName": user.capitalize(),
            "UserDN": f"/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)"
            f"/cn=Recipients/cn={user}",
            "AutoDiscoverSMTPAddress": primary,
            "InternalEwsUrl": self.ews_url,
            "ExternalEwsUrl": self.ews_url,
            "EwsSupportedSchemas": SCHEMAS,
            "CasVersion": "15.01.2507.006",
        }
        settings = "".join(
            '<UserSetting i:type="StringSetting">'
            f"<Name>{name}</Name><Value>{escape(have[name])}</Value></UserSetting>"
            for name in wanted
            if name in have
        )
        errors = "".join(
            "<UserSettingError><ErrorCode>SettingIsNotAvailable</ErrorCode>"
            f"<ErrorMessage>User setting '{escape(name)}' is not available. </ErrorMessage>"
            f"<SettingName>{escape(name)}</SettingName></UserSettingError>"
            for name in wanted
            if name not in have
        )
        return (
            "<UserResponse><ErrorCode>NoError</ErrorCode><ErrorMessage>No error.</ErrorMessage>"
            '<RedirectTarget i:nil="true" />'
            f"<UserSettingErrors>{errors}</UserSettingErrors>"
            f"<UserSettings>{settings}</UserSettings></UserResponse>"
        )

    def answer(self, body: bytes) -> bytes | None:
        """The response to a GetUserSettings request, or None if it is not one."""
        try:
            request = etree.fromstring(body).find(
                f"{{{SOAP}}}Body/{{{ANS}}}GetUserSettingsRequestMessage/{{{ANS}}}Request"
            )
        except etree.XMLSyntaxError:
            return None
        if request is None:
            return None
        mailboxes = [m.text or "" for m in request.iter(f"{{{ANS}}}Mailbox")]
        wanted = [s.text or "" for s in request.iter(f"{{{ANS}}}Setting")]
        with self._lock:
            self.requests += 1
        responses = "".join(self.user_response(m, wanted) for m in mailboxes)
        return ENVELOPE.replace("{responses}", responses).encode("utf-8")


def _make_handler(server: AutodiscoverServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "Microsoft-IIS/10.0"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def _send(self, status: int, body: bytes, content_type: str, extra=()) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "private")
            self.send_header("X-Powered-By", "ASP.NET")
            for name, value in extra:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _html(self, status: int, text: str, extra=()) -> None:
            body = HTML_ERROR.format(status=f"{status} - {text}").encode()
            self._send(status, body, "text/html", extra)

        def do_GET(self) -> None:  # noqa: N802
            self._html(405, "Method not allowed")

        def do_HEAD(self) -> None:  # noqa: N802 - exchangelib checks a redirect target so
            self._html(401, "Unauthorized", server.http_auth.offer())

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.split("?")[0].lower() != PATH:
                self._html(404, "File or directory not found")
                return
            user, offer = server.http_auth.user(self)
            if user is None:
                self._html(401, "Unauthorized: Access is denied due to invalid credentials.", offer)
                return
            payload = server.answer(body)
            if payload is None:
                self._send(400, b"Bad Request", "text/plain")
                return
            self._send(200, payload, "text/xml; charset=utf-8")

    return Handler


# --------------------------------------------------------------------------- DNS


class DnsResponder:
    """Answers DNS queries over UDP on 127.0.0.1 from ``records``:
    {"localhost.": {"A": ["127.0.0.1"]}, "_autodiscover._tcp.firm.test.": {"SRV": [...]}}.
    A name it has no records for is NXDOMAIN; a known name without the type, NOERROR/empty."""

    def __init__(self, records: dict[str, dict[str, list[str]]] | None = None) -> None:
        self.records = {
            name.lower().rstrip(".") + ".": value
            for name, value in (records or {"localhost.": {"A": ["127.0.0.1"]}}).items()
        }
        self.queries: list[tuple[str, str]] = []
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind((HOST, 0))
        self._socket.settimeout(0.2)
        self.port = self._socket.getsockname()[1]
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="dns-responder", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        import dns.flags
        import dns.message
        import dns.rcode
        import dns.rdatatype
        import dns.rrset

        while not self._stopping.is_set():
            try:
                data, peer = self._socket.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                query = dns.message.from_wire(data)
            except Exception:  # noqa: BLE001 - not DNS: ignore, as a server would
                continue
            response = dns.message.make_response(query)
            response.flags |= dns.flags.AA
            for question in query.question:
                name = question.name.to_text().lower()
                kind = dns.rdatatype.to_text(question.rdtype)
                self.queries.append((name, kind))
                if name not in self.records:
                    response.set_rcode(dns.rcode.NXDOMAIN)
                    continue
                values = self.records[name].get(kind)
                if values:
                    response.answer.append(
                        dns.rrset.from_text(question.name, 60, "IN", kind, *values)
                    )
            with contextlib.suppress(OSError):
                self._socket.sendto(response.to_wire(), peer)

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(5)
        self._socket.close()


@contextlib.contextmanager
def exchangelib_dns(responder: DnsResponder) -> Iterator[None]:
    """exchangelib's autodiscover asks ``responder`` (only), for the duration."""
    from exchangelib.autodiscover import Autodiscovery

    before = Autodiscovery.DNS_RESOLVER_KWARGS, Autodiscovery.DNS_RESOLVER_ATTRS
    Autodiscovery.DNS_RESOLVER_KWARGS = {"configure": False}  # not /etc/resolv.conf
    Autodiscovery.DNS_RESOLVER_ATTRS = {
        **before[1],
        "port": responder.port,  # before nameservers: dnspython gives them the port then
        "nameservers": [HOST],
        "timeout": 2,
    }
    try:
        yield
    finally:
        Autodiscovery.DNS_RESOLVER_KWARGS, Autodiscovery.DNS_RESOLVER_ATTRS = before
