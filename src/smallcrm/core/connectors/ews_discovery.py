"""Exchange account set-up: which sign-in an EWS server demands, and where EWS is (autodiscover)."""

from __future__ import annotations

import contextlib
import re
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
import requests.certs
from exchangelib import Credentials
from exchangelib import errors as ews_errors
from exchangelib.autodiscover import Autodiscovery
from exchangelib.autodiscover import close_connections as close_autodiscover_connections
from exchangelib.protocol import Protocol

from smallcrm.core.connectors.ews import (
    AuthenticationFailed,
    ServerBusy,
    ServerUnreachable,
    SmallCrmHttpAdapter,
    UntrustedCertificate,
    _origin,
    _pins,
    _pins_lock,
    _quiet,
    _server_fingerprint,
    normal_pin,
    transport_error,
)
from smallcrm.core.errors import KnownError

# Autodiscover is exchangelib's own (SOAP GetUserSettings at https://DOMAIN/autodiscover/
# autodiscover.svc, then https://autodiscover.DOMAIN/..., an http redirect, a DNS SRV record),
# changed only through what its Autodiscovery class lets a subclass do: note each step for
# the error message, pin a certificate the user chose to trust, keep to the time allowed.
# Like ews.py this never touches the database and never logs a password.

__all__ = [
    "Discovered",
    "MailboxUnknown",
    "NoExchangeFound",
    "NoSupportedSignIn",
    "NotAnEwsAddress",
    "discover",
    "probe_auth",
]

Auth = Literal["ntlm", "basic"]

# A valid EWS request (GetFolder of the inbox, Exchange 2013 schema): some Exchange servers
# answer only a well-formed request with their 401, as exchangelib notes in transport.py.
_PROBE_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
    b'xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" '
    b'xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">'
    b'<s:Header><t:RequestServerVersion Version="Exchange2013"/></s:Header>'
    b"<s:Body><m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
    b'<m:FolderIds><t:DistinguishedFolderId Id="inbox"/></m:FolderIds></m:GetFolder>'
    b"</s:Body></s:Envelope>"
)

# An auth-scheme name where a challenge starts (RFC 9110 token), not an auth-param ("x=").
_SCHEME = re.compile(r"(?:^|,)\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?=[\s,]|$)(?!\s*=)")


# --------------------------------------------------------------------------- errors


class NoSupportedSignIn(KnownError):
    """The server asks for a sign-in SmallCRM cannot do (only Kerberos, OAuth, ...)."""

    def __init__(self, url: str, offered: list[str]) -> None:
        what = ", ".join(offered) if offered else "no sign-in method at all"
        super().__init__(
            f"The Exchange server at {url} offers {what}, but neither NTLM nor basic sign-in.",
            hint="Ask the server's administrator to allow NTLM (Windows) or basic "
            "authentication for EWS.",
        )
        self.url = url
        self.offered = offered


class NotAnEwsAddress(KnownError):
    """Something answered, but not as an Exchange EWS endpoint does."""

    def __init__(self, url: str, answer: str) -> None:
        super().__init__(
            f"{url} does not look like an Exchange EWS address ({answer}).",
            hint="It usually ends in /EWS/Exchange.asmx, e.g. "
            "https://mail.firm.cz/EWS/Exchange.asmx; or use autodiscover with the e-mail address.",
        )
        self.url = url


class NoExchangeFound(KnownError):
    """Autodiscover found no Exchange server for the address; ``tried`` says where it looked."""

    def __init__(self, email: str, tried: list[str], why: str = "") -> None:
        super().__init__(
            f"No Exchange server found for {email}"
            + (f" ({why})" if why else "")
            + (": tried " + "; ".join(tried) if tried else "")
            + ".",
            hint="Enter the EWS address instead (e.g. https://mail.firm.cz/EWS/Exchange.asmx).",
        )
        self.email = email
        self.tried = tried


class MailboxUnknown(KnownError):
    """Autodiscover answered, but its server knows no such mailbox."""

    def __init__(self, email: str) -> None:
        super().__init__(
            f"The Exchange server does not know the mailbox {email}.",
            hint="Check the e-mail address.",
        )
        self.email = email


# --------------------------------------------------------------------------- probe_auth


class _FixedPinAdapter(SmallCrmHttpAdapter):
    """ews.py's adapter with its own pin instead of the per-origin table: a probe changes no
    state that a running sync relies on."""

    def __init__(self, pin: str | None) -> None:
        super().__init__()
        self._fixed_pin = pin

    def _pin(self, url: str) -> str | None:
        return self._fixed_pin if url.lower().startswith("https:") else None


def probe_auth(url: str, pinned_sha256: str | None = None, timeout: float = 15) -> Auth:
    """How the EWS endpoint ``url`` wants us to sign in: one unauthenticated POST, its 401's
    WWW-Authenticate read; NTLM preferred over basic. Raises KnownErrors: ServerUnreachable,
    UntrustedCertificate (with the SHA-256 to pin), SecureConnectionFailed, NoSupportedSignIn,
    NotAnEwsAddress."""
    host, port = _host_port(url)
    session = requests.Session()
    adapter = _FixedPinAdapter(normal_pin(pinned_sha256))
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    try:
        response = session.post(
            url,
            data=_PROBE_BODY,
            headers={"Content-Type": "text/xml; charset=utf-8"},
            timeout=timeout,
            allow_redirects=False,
        )
        response.close()
    except requests.exceptions.SSLError as exc:
        raise transport_error(host, port, str(exc), tls=True) from None
    except (requests.RequestException, OSError) as exc:
        raise ServerUnreachable(host, port, "Cannot reach the Exchange server") from exc
    finally:
        session.close()
    offered = _offered(response)
    if response.status_code == 401:
        if "ntlm" in offered:
            return "ntlm"
        if "basic" in offered:
            return "basic"
        raise NoSupportedSignIn(url, [_SCHEME_NAMES.get(s, s) for s in offered])
    if response.is_redirect:
        answer = f"it redirects to {response.headers.get('Location', '?')}"
    elif response.status_code == 200:
        answer = "it did not ask for a sign-in"
    else:
        answer = f"HTTP {response.status_code} {response.reason or ''}".strip()
    raise NotAnEwsAddress(url, answer)


_SCHEME_NAMES = {"negotiate": "Negotiate (Kerberos)", "bearer": "OAuth (Bearer)"}


def _offered(response: requests.Response) -> list[str]:
    """The auth schemes of all WWW-Authenticate headers, lower case, in the server's order."""
    raw = getattr(response.raw, "headers", None)
    values = raw.getlist("WWW-Authenticate") if hasattr(raw, "getlist") else []
    if not values and response.headers.get("WWW-Authenticate"):
        values = [response.headers["WWW-Authenticate"]]
    schemes: list[str] = []
    for value in values:
        for name in _SCHEME.findall(value):
            if name.lower() not in schemes:
                schemes.append(name.lower())
    return schemes


# --------------------------------------------------------------------------- autodiscover


@dataclass(frozen=True)
class Discovered:
    url: str
    """The EWS endpoint autodiscover gave (external, else internal)."""
    auth: Auth
    """What that endpoint demands (probe_auth)."""
    email: str
    """The mailbox's primary SMTP address as autodiscover gave it (else the one asked for)."""


def discover(
    email: str,
    user: str,
    password: str,
    *,
    pinned_sha256: str | None = None,
    timeout: float = 30,
) -> Discovered:
    """Find the EWS endpoint of ``email`` with exchangelib's autodiscover, signing in as
    ``user`` (DOMAIN\\user or a UPN), then ask it which sign-in it wants.

    ``pinned_sha256`` is trusted for every https server autodiscover talks to (and the EWS
    endpoint). Raises KnownErrors: AuthenticationFailed (as connect does), UntrustedCertificate
    (with the SHA-256 to pin and try again), NoExchangeFound (saying where it looked),
    MailboxUnknown, ServerBusy, and those of probe_auth.
    """
    address = email.strip()
    local, at, domain = address.partition("@")
    if not local or not at or not domain or "@" in domain:
        raise KnownError(
            f"“{address[:120]}” is not an e-mail address.", hint="Autodiscover needs one."
        )
    pin = normal_pin(pinned_sha256)
    deadline = time.monotonic() + timeout
    finder = _Discovery(address, Credentials(user, password), pin, deadline)
    found: Any = None
    try:
        try:
            found, protocol = finder.discover()
        finally:
            finder.unpin()
            # The cached protocols hold the password; the shelve file exchangelib keeps holds
            # only domain -> autodiscover endpoint.
            close_autodiscover_connections()
        # exchangelib also caches an EWS Protocol for (url, credentials) built without our
        # retry policy; connect() must build its own.
        with contextlib.suppress(Exception):
            protocol.close()
            del Protocol[protocol.config]
    except ews_errors.UnauthorizedError as exc:
        raise AuthenticationFailed(
            "The Exchange server refused the user name or password."
        ) from _quiet(exc)
    except ews_errors.ErrorNonExistentMailbox:
        raise MailboxUnknown(address) from None
    except ews_errors.AutoDiscoverCircularRedirect:
        raise NoExchangeFound(address, finder.report(), "its redirects go in a circle") from None
    except ews_errors.AutoDiscoverFailed as exc:
        untrusted = finder.untrusted_certificate()
        if untrusted is not None:
            raise untrusted from None
        why = "" if "All steps" in str(exc) else str(exc)
        raise NoExchangeFound(address, finder.report(), why) from None
    except ews_errors.ErrorServerBusy as exc:
        raise ServerBusy(exc.back_off) from exc
    except ews_errors.EWSError as exc:
        raise NoExchangeFound(address, finder.report(), f"{type(exc).__name__}: {exc}") from exc
    url = found.ews_url or found.user_settings.get("internal_ews_url")
    if not url:
        raise NoExchangeFound(address, finder.report(), "autodiscover gave no EWS address")
    remaining = max(5.0, deadline - time.monotonic())
    auth = probe_auth(url, pin, timeout=remaining)
    return Discovered(url=url, auth=auth, email=found.autodiscover_smtp_address or address)


class _Discovery(Autodiscovery):
    """exchangelib's autodiscover, noting each step, pinning, and keeping to a deadline.

    DNS_RESOLVER_KWARGS / DNS_RESOLVER_ATTRS are deliberately not overridden: whoever
    configures exchangelib's resolver on ``Autodiscovery`` configures this one too.
    """

    def __init__(self, email: str, credentials: Credentials, pin: str | None, deadline: float):
        super().__init__(email=email, credentials=credentials)
        self.pin = pin
        self.deadline = deadline
        self.steps: list[list[str]] = []
        """[what was tried, what came of it], in order, for the error message."""
        self._no_dns: set[str] = set()
        self._https: list[str] = []
        self._pinned: dict[str, str | None] = {}
        self.DNS_RESOLVER_LIFETIME = max(
            1.0, min(Autodiscovery.DNS_RESOLVER_LIFETIME, deadline - time.monotonic())
        )

    # ------------------------------------------------------------------ pins

    def _pin_origin(self, url: str) -> None:
        if not self.pin or not url.lower().startswith("https:"):
            return
        origin = _origin(url)
        with _pins_lock:
            if origin not in self._pinned:
                self._pinned[origin] = _pins.get(origin)
            _pins[origin] = self.pin

    def unpin(self) -> None:
        """Put the pins table back as it was (connect() sets its own)."""
        with _pins_lock:
            for origin, before in self._pinned.items():
                if before is None:
                    _pins.pop(origin, None)
                else:
                    _pins[origin] = before
        self._pinned.clear()

    # ------------------------------------------------------------------ steps

    def _late(self) -> bool:
        return time.monotonic() > self.deadline

    def _quick(self, protocol: Any) -> Any:  # the cached endpoint of an earlier success
        self._pin_origin(protocol.service_endpoint)
        step = [protocol.service_endpoint, "remembered from before, no answer now"]
        self.steps.append(step)
        answer = super()._quick(protocol)
        step[1] = "answered"
        return answer

    def _ensure_valid_hostname(self, url: str) -> None:
        try:
            super()._ensure_valid_hostname(url)
        except ews_errors.TransportError:
            self._no_dns.add(urlsplit(url).netloc.lower())
            raise

    def _attempt_response(self, url: str) -> Any:
        step = [url, "out of time"]
        self.steps.append(step)
        if self._late():
            return False, None
        self._pin_origin(url)
        if url.lower().startswith("https:"):
            self._https.append(url)
        ok, answer = super()._attempt_response(url)
        if ok:
            step[1] = "answered"
        elif urlsplit(url).netloc.lower() in self._no_dns:
            step[1] = "no such host in DNS"
        else:
            step[1] = "no usable answer"
        return ok, answer

    def _get_unauthenticated_response(self, url: str, method: str = "post") -> Any:
        self._pin_origin(url)
        if method != "get":  # a HEAD checking a redirect target: part of the step before
            return super()._get_unauthenticated_response(url, method=method)
        step = [url, "out of time"]  # step 3: plain http, only for a redirect
        self.steps.append(step)
        if self._late():
            raise ews_errors.TransportError("out of time")
        try:
            answer = super()._get_unauthenticated_response(url, method=method)
        except ews_errors.TransportError:
            no_dns = urlsplit(url).netloc.lower() in self._no_dns
            step[1] = "no such host in DNS" if no_dns else "no answer"
            raise
        response = answer[1]
        location = response.headers.get("location") if response.status_code in (301, 302) else None
        step[1] = f"redirects to {location}" if location else "no redirect"
        return answer

    def _get_srv_records(self, hostname: str) -> Any:
        step = [f"DNS SRV {hostname}", "out of time"]
        self.steps.append(step)
        if self._late():
            return []
        records = super()._get_srv_records(hostname)
        step[1] = ", ".join(f"{r.srv}:{r.port}" for r in records) if records else "no such record"
        return records

    # ------------------------------------------------------------------ diagnosis

    def report(self) -> list[str]:
        return [f"{what} ({outcome})" for what, outcome in self.steps]

    def untrusted_certificate(self) -> UntrustedCertificate | None:
        """The first https server tried whose certificate we do not trust, if any: the likely
        reason nothing answered (exchangelib treats it like no server at all)."""
        seen = set()
        for url in self._https:
            if urlsplit(url).netloc.lower() in self._no_dns:
                continue
            host, port = _host_port(url)
            if (host, port) in seen:
                continue
            seen.add((host, port))
            sha256 = _untrusted_fingerprint(host, port, self.pin)
            if sha256:
                for step in self.steps:
                    if step[0] == url:
                        step[1] = "certificate not trusted"
                return UntrustedCertificate(host, port, sha256)
        return None


# --------------------------------------------------------------------------- helpers


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise NotAnEwsAddress(url, "not an http or https address")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise NotAnEwsAddress(url, "its port is not a number") from None
    return parts.hostname, port


def _untrusted_fingerprint(
    host: str, port: int, pin: str | None, timeout: float = 10
) -> str | None:
    """The SHA-256 of the server's certificate when requests would refuse it (not valid for
    the CA bundle requests uses, and not the pinned one); None when it is trusted or the
    server does not answer TLS at all."""
    context = ssl.create_default_context(cafile=requests.certs.where())
    try:
        with (
            socket.create_connection((host, port), timeout) as raw,
            context.wrap_socket(raw, server_hostname=host),
        ):
            return None
    except ssl.SSLCertVerificationError:
        pass
    except OSError:
        return None
    sha256 = _server_fingerprint(host, port, timeout)
    return None if sha256 is None or sha256 == pin else sha256
