"""Read one raw RFC 822 / MIME message into a plain, never-failing mail record."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser

from smallcrm.core.interop import mail_decode

__all__ = [
    "Address",
    "Attachment",
    "CalendarPart",
    "ParsedMessage",
    "attachment_bytes",
    "parse_message",
]

_MAX_HEADER = 65536  # characters of one header value read; real ones are far shorter
_MAX_BODY = 32 * 1024 * 1024  # decoded bytes of one text part; beyond that it is only listed
_MAX_CALENDAR = 4 * 1024 * 1024  # an iCalendar part larger than this is no invitation
_MAX_PROBLEMS = 200  # a hostile message must not grow an unbounded list of complaints
_MSG_ID = re.compile(r"<([^<>]*)>")
_ICS_METHOD = re.compile(rb"^METHOD[^:\r\n]{0,100}:[ \t]*([A-Za-z-]{1,40})", re.I | re.M)
_BAD_EMAIL = re.compile(r"[\s<>(),;:\\\"\[\]]")
_Q_WORD = re.compile(r"=\?[^?\s]{1,60}\?[Qq]\?[^?\s]*\?=")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_MAX_HEAD = 1024 * 1024  # bytes searched for the end of the top header block
_CALENDAR_TYPES = ("text/calendar", "application/ics")
_AUTO_PRECEDENCE = {"bulk", "junk", "auto_reply"}


@dataclass(frozen=True)
class Address:
    name: str  # display name, decoded; "" when there is none
    email: str  # local part as written, domain lower-cased


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int  # decoded bytes (base64 is measured, not decoded)
    content_id: str | None
    is_inline: bool
    part_path: tuple[int, ...]  # child indexes from the root; see attachment_bytes()


@dataclass(frozen=True)
class CalendarPart:
    method: str | None  # "REQUEST", "CANCEL", "REPLY", ... upper-cased
    ics_bytes: bytes


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    subject: str
    date: dt.datetime | None
    sender: Address | None
    to: list[Address]
    cc: list[Address]
    bcc: list[Address]
    reply_to: list[Address]
    text: str
    html: str | None
    attachments: list[Attachment]
    calendar: list[CalendarPart]
    is_auto_reply: bool
    problems: list[str] = field(default_factory=list)
    # False when only the body was read (``body_only``): the header fields are left empty.
    headers_read: bool = True


# --------------------------------------------------------------------------- parsing


def _parse(raw: bytes, problems: list[str], headers_only: bool = False) -> Message:
    """The message tree, built the same way every time so that part paths stay valid.

    compat32 keeps headers and parameters as strings: policy.default parses them lazily and
    raises on broken ones, and is slow on thousands of parts. mail_decode.tame cuts Content-*
    headers whose parameters would make the stdlib parser quadratic.
    """
    if len(raw) > mail_decode.MAX_MAIL_INPUT:
        problems.append(f"message cut at {mail_decode.MAX_MAIL_INPUT} bytes")
        raw = raw[: mail_decode.MAX_MAIL_INPUT]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a BOM saved by an editor hides the first header from the parser
    if headers_only:
        end = _BLANK_LINE.search(raw, 0, _MAX_HEAD)
        raw = raw[: end.end()] if end else raw[:_MAX_HEAD]
    data, _many = mail_decode.tame(_repair_headers(raw, problems))
    if headers_only:
        try:
            return BytesHeaderParser(policy=policy.compat32).parsebytes(data)
        except Exception as exc:
            problems.append(f"headers not readable ({type(exc).__name__})")
            return Message(policy=policy.compat32)
    try:
        return _parse_tree(data)
    except (RecursionError, Exception) as exc:  # deep nesting overflows the feed parser
        problems.append(f"body not readable ({type(exc).__name__}); headers only")
    try:
        return BytesHeaderParser(policy=policy.compat32).parsebytes(data)
    except Exception as exc:
        problems.append(f"headers not readable ({type(exc).__name__})")
        return Message(policy=policy.compat32)


# Base64 bodies: the feed parser matches each of their lines against its header and
# boundary patterns, though such a line can be neither (no colon, space or "-").
_BASE64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_TOKEN = b"\x00smallcrm-run"
_TOKENS = re.compile(r"\x00smallcrm-run(\d+)\x00")


def _base64_runs(data: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of runs of two or more lines of base64 characters, each line ending in
    LF or CRLF; end is before the last line's newline. Looked for after each "base64" (a
    Content-Transfer-Encoding), from the blank line that ends its header block to the next
    line that starts with "-" (a boundary) or is blank; each run is checked whole, so a
    candidate that is no such run costs time, never a wrong tree."""
    eol = b"\r\n" if data.find(b"\r\n", 0, 4096) >= 0 else b"\n"
    blank = eol + eol
    pos = 0
    # "base64", "Base64" or "BASE64": where each spelling is next (-1: nowhere further).
    ahead = {b"ase64": 0, b"ASE64": 0}
    while True:
        for word, at in ahead.items():
            if 0 <= at < pos or at == 0:
                ahead[word] = data.find(word, pos)
        found = [at for at in ahead.values() if at >= 0]
        if not found:
            return
        at = min(found)
        start = data.find(blank, at)
        if start < 0:
            return
        start += len(blank)
        # The blank line first, then a dash only before it: each stretch of the data is
        # looked through once, however many "base64" words it holds.
        stop = data.find(b"\n" + eol, start)
        dash = data.find(b"\n-", start, stop if stop >= 0 else len(data))
        end = dash if dash >= 0 else stop
        if end < 0:
            return
        pos = end  # the run's last newline
        run = data[start : end + 1]
        ends = run.translate(None, _BASE64)  # the line ends alone, if base64 it is
        if (
            run[0] in b"\r\n"
            or ends.translate(None, b"\r\n")
            or ends.count(b"\n") < 2  # one line: nothing to save
            or (b"\r" in ends and ends.count(b"\r") != run.count(b"\r\n"))  # no lone CR
            or b"\n\n" in run  # no blank line (ends a delivery-status block), LF
            or b"\n\r\n" in run  # or CRLF, whichever the message mostly uses
        ):
            continue
        yield start, end - 1 if data[end - 1] == 13 else end


def _parse_tree(data: bytes) -> Message:
    """``BytesParser(policy=compat32).parsebytes(data)``, the same tree, at a fraction of
    the cost for mail with attachments.

    The feed parser reads a message line by line, and a 1 MB attachment is 13,000 lines.
    Each run of base64 lines (``_base64_runs``) is given to it as one line of the same kind
    (a token, ending with the run's last newline): it copies either into the same payload,
    preamble or epilogue whatever state it is in, and the run is put back in place of its
    token in the strings of the tree it built.
    """
    if _TOKEN in data:
        return BytesParser(policy=policy.compat32).parsebytes(data)
    runs: list[str] = []
    pieces: list[bytes] = []
    pos = 0
    for start, end in _base64_runs(data):
        pieces += [data[pos:start], _TOKEN, str(len(runs)).encode(), b"\x00"]
        runs.append(data[start:end].decode("ascii"))
        pos = end
    if not runs:
        return BytesParser(policy=policy.compat32).parsebytes(data)
    pieces.append(data[pos:])
    root = BytesParser(policy=policy.compat32).parsebytes(b"".join(pieces))

    def back(m: re.Match[str]) -> str:
        return runs[int(m.group(1))]

    stack = [root]
    while stack:
        part = stack.pop()
        payload = part._payload  # noqa: SLF001  # the parser's own field, as it set it
        if isinstance(payload, list):
            stack.extend(payload)
        elif isinstance(payload, str) and "\x00" in payload:
            part._payload = _TOKENS.sub(back, payload)  # noqa: SLF001
        for name in ("preamble", "epilogue"):
            value = getattr(part, name)
            if value and "\x00" in value:
                setattr(part, name, _TOKENS.sub(back, value))
    return root


def _repair_headers(data: bytes, problems: list[str]) -> bytes:
    """Fold a nameless line inside the top header block into the header before it.

    Broken gateways wrap long headers without the leading blank; the parser then ends the
    headers there, and everything after (Subject, Content-Type) becomes body text. Only
    lines followed by more real headers are folded, so a message without headers stays one.
    """
    end = _BLANK_LINE.search(data, 0, _MAX_HEAD)
    if end is None or not mail_decode.HEADER_NAME.match(data):
        return data
    lines = data[: end.start()].split(b"\n")
    last = max(i for i, line in enumerate(lines) if mail_decode.HEADER_NAME.match(line))
    fixed = 0
    for i in range(1, last):
        line = lines[i]
        if line[:1] not in (b" ", b"\t") and not mail_decode.HEADER_NAME.match(line):
            lines[i] = b" " + line
            fixed += 1
    if not fixed:
        return data
    problems.append(f"{fixed} header line(s) without a name folded into the header before")
    return b"\n".join(lines) + data[end.start() :]


def _header_text(value: str, hint: str | None = None) -> str:
    """A header value decoded: raw 8-bit bytes with the message's charset as a hint, then
    RFC 2047 words (the extractor's decoder, which joins characters split between words)."""
    if not value.isascii():
        if "=?" in value:
            # Raw 8-bit bytes inside a Q word (Eudora): escape them, so that they are read in
            # the word's charset instead of being guessed as text first.
            value = _Q_WORD.sub(_escape_8bit, value)
        if hint and not value.isascii():
            raw = value.encode("utf-8", errors="surrogateescape")
            value = mail_decode.decode(raw, hint) if not mail_decode.is_utf8(raw) else value
    return mail_decode.decode_header(value)


def _escape_8bit(m: re.Match[str]) -> str:
    return "".join(
        f"={ord(ch) - 0xDC00:02X}" if "\udc80" <= ch <= "\udcff" else ch for ch in m.group(0)
    )


def _headers(msg: Message) -> dict[str, list[str]]:
    """The message's header values by lower-case name, in order, read once.

    raw_items(): the values as received (8-bit bytes arrive as surrogate escapes)."""
    out: dict[str, list[str]] = {}
    for key, value in msg.raw_items():
        out.setdefault(key.strip().lower(), []).append(str(value)[:_MAX_HEADER])
    return out


def _first(headers: dict[str, list[str]], name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values else None


def _all(headers: dict[str, list[str]], name: str) -> list[str]:
    return headers.get(name, [])


def _msg_ids(value: str | None) -> list[str]:
    """Message ids in order, without angle brackets, each once."""
    if not value:
        return []
    found = _MSG_ID.findall(value) or value.split()
    out: list[str] = []
    for item in found:
        item = "".join(item.split())  # folding inside a long id
        if item and item not in out:
            out.append(item)
    return out


def _date(value: str | None, problems: list[str]) -> dt.datetime | None:
    if value is None:
        return None
    text = " ".join(value.split())
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is None:
        problems.append(f"unreadable Date: {text[:80]!r}")
        return None
    # "-0000" means "UTC, but the sender's zone is unknown" (RFC 5322 3.3): the instant holds.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _email(addr: str) -> str | None:
    addr = addr.strip()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain or _BAD_EMAIL.search(domain):
        return None
    if _BAD_EMAIL.search(local) and not (local.startswith('"') and local.endswith('"')):
        return None
    # The local part may be case-sensitive (RFC 5321 2.4); the domain never is.
    return f"{local}@{domain.lower()}"


# Address lists as most mail writes them: mailboxes "Name <local@domain>" (the name atoms
# or quoted strings without backslashes, the address without spaces) or bare
# "local@domain", separated by commas, folded or not; no comments, groups or routes.
# email.utils.getaddresses reads them character by character in Python.
_PHRASE_ATOM = r'[^()<>@,:;"\[\]\\\s]+'
_QUOTED = r'"([^"\\\r\n]*)"'
_ADDR_ATOM = r'[^()<>@,:;."\[\]\\\s]+'
_ADDR = rf"{_ADDR_ATOM}(?:\.{_ADDR_ATOM})*@{_ADDR_ATOM}(?:\.{_ADDR_ATOM})*"
_PHRASE_WORD = re.compile(rf"{_QUOTED}|({_PHRASE_ATOM})")
_MAILBOX = re.compile(
    rf"[ \t\r\n]*(?:(?P<phrase>(?:{_PHRASE_ATOM}|{_QUOTED})"
    rf"(?:[ \t\r\n]+(?:{_PHRASE_ATOM}|{_QUOTED}))*)?[ \t\r\n]*<(?P<angle>{_ADDR})>"
    rf"|(?P<bare>{_ADDR}))[ \t\r\n]*(?:,|\Z)"
)


def _stdlib_getaddresses(value: str) -> list[tuple[str, str]]:
    """email.utils.getaddresses, reading as Python 3.11.9 and older did everywhere.

    Later patch releases read strictly by default, and a list that merely ends in a comma
    then yields no address at all: the same mail would link to no one on one build and to
    its recipients on another. The lenient reading keeps every recipient on every build,
    and it is what the regex path reads too.
    """
    try:
        return email.utils.getaddresses([value], strict=False)  # type: ignore[call-arg]
    except TypeError:  # no ``strict`` before 3.11.10 / 3.12.6: lenient already
        return email.utils.getaddresses([value])


def _getaddresses(value: str) -> list[tuple[str, str]]:
    """``email.utils.getaddresses([value])``: the same pairs, read by one regex when the
    value is a plain list of mailboxes (``_MAILBOX``), else by the stdlib."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(value):
        m = _MAILBOX.match(value, pos)
        if m is None:
            return _stdlib_getaddresses(value)
        pos = m.end()
        if m.group("bare") is not None:
            out.append(("", m.group("bare")))
        else:
            words = _PHRASE_WORD.findall(m.group("phrase") or "")
            out.append((" ".join(quoted or atom for quoted, atom in words), m.group("angle")))
    return out


def _addresses(
    values: list[str], header: str, problems: list[str], hint: str | None
) -> list[Address]:
    out: list[Address] = []
    for value in values:
        pairs = _getaddresses(value)
        if any("=?" in addr for _name, addr in pairs):
            # The address itself inside an encoded word (some bulk mailers): decode first.
            pairs = _getaddresses(_header_text(value, hint))
        for name, addr in pairs:
            if not name and not addr:
                continue  # empty groups ("undisclosed-recipients:;"), stray commas
            decoded = _email(_header_text(addr, hint) if addr else "")
            name = _header_text(name, hint) if name else ""
            if decoded is None:
                problems.append(f"invalid address in {header}: {(addr or name)[:120]!r}")
                continue
            if name.strip("'\" ").lower() == decoded.lower():
                name = ""  # "a@b.cz <a@b.cz>" carries no name
            out.append(Address(name, decoded))
    return out


def _unflow(text: str, delsp: bool) -> str:
    """Join RFC 3676 format=flowed lines: a line ending in a space goes on in the next one
    of the same quote depth."""
    out: list[str] = []
    pending: str | None = None
    pending_depth = 0
    for line in text.split("\n"):
        line = line.rstrip("\r")
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing
        if pending is not None and depth != pending_depth:
            out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
            pending = None
        joined = body if pending is None else pending + body
        if body.endswith(" ") and body != "-- ":
            pending = joined[:-1] if delsp else joined
            pending_depth = depth
            continue
        out.append(">" * depth + (" " if depth and joined else "") + joined)
        pending = None
    if pending is not None:
        out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
    return "\n".join(out)


def _measure(part: Message) -> int:
    """Decoded size without decoding: base64 is counted, other encodings are short text."""
    payload = part.get_payload()
    if isinstance(payload, list):
        try:
            return len(_part_bytes(part))
        except Exception:
            return 0
    if not isinstance(payload, str):
        return 0
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte == "base64":
        # Count at C speed instead of building a decoded copy of a big file.
        chars = len(payload) - sum(payload.count(c) for c in "\r\n\t =")
        return chars * 3 // 4
    if cte == "quoted-printable":
        if len(payload) > _MAX_BODY:
            return len(payload)  # an estimate: decoding would copy a huge part
        return len(part.get_payload(decode=True) or b"")
    return len(payload)  # 7bit/8bit/binary: one character per byte (surrogate escapes)


def _part_bytes(part: Message) -> bytes:
    payload = part.get_payload()
    if isinstance(payload, list):
        # message/rfc822 (one message) or message/delivery-status (blocks of fields).
        return b"\n".join(m.as_bytes() for m in payload if isinstance(m, Message))
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _param(part: Message, name: str) -> str | None:
    header = part.get("content-type")
    if isinstance(header, str) and header.isascii() and name not in header.lower():
        return None  # what get_param finds when the word is not there, without parsing
    value = part.get_param(name)
    if isinstance(value, tuple):
        value = email.utils.collapse_rfc2231_value(value)
    return value if isinstance(value, str) else None


class _Walker:
    """Visits the parts once, depth-first, sorting each into body, attachment or calendar."""

    def __init__(self, problems: list[str], hint: str | None) -> None:
        self.problems = problems
        self.hint = hint
        self.budget = mail_decode.MAX_MAIL_PARTS
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.calendar: list[CalendarPart] = []
        self.fallback: list[tuple[str, Message]] = []  # text parts that carry a file name
        self.defects: set[str] = set()

    def walk(self, part: Message, path: tuple[int, ...], depth: int, related: bool) -> None:
        self.budget -= 1
        if self.budget < 0:
            if self.budget == -1:
                self.problems.append(
                    f"more than {mail_decode.MAX_MAIL_PARTS} parts: the rest not read"
                )
            return
        if depth > mail_decode.MAX_MAIL_DEPTH:
            self.problems.append(f"parts nested deeper than {mail_decode.MAX_MAIL_DEPTH}: not read")
            return
        for defect in getattr(part, "defects", ()):
            self.defects.add(type(defect).__name__)
        try:
            self._visit(part, path, depth, related)
        except RecursionError:
            raise
        except Exception as exc:
            self.problems.append(f"part {path}: not readable ({type(exc).__name__})")

    def _visit(self, part: Message, path: tuple[int, ...], depth: int, related: bool) -> None:
        ctype = part.get_content_type()
        payload = part.get_payload()
        if ctype in ("message/rfc822", "message/global"):
            self._attach(part, ctype, path, related)  # a forwarded mail is a file, not body
            return
        if isinstance(payload, list):
            inside = ctype == "multipart/related"
            for i, child in enumerate(payload):
                if isinstance(child, Message):
                    self.walk(child, (*path, i), depth + 1, inside)
            return
        if ctype in _CALENDAR_TYPES:
            self._calendar(part)
            if _name(part, self.hint) or part.get_content_disposition() == "attachment":
                self._attach(part, ctype, path, related)
            return
        if ctype.startswith("multipart/"):
            # No usable boundary: the parser left the whole body as one string. Its text is
            # still better than nothing.
            self.problems.append(f"{ctype} without a usable boundary: read as text")
            ctype = "text/plain"
        filename = _name(part, self.hint)
        disposition = part.get_content_disposition()
        if ctype in ("text/plain", "text/html"):
            named = bool(filename) and not (related and ctype == "text/html")
            if disposition != "attachment" and not named:
                self._body(part, ctype)
                return
            self.fallback.append((ctype, part))
        if ctype.startswith("message/") and isinstance(payload, list):
            return
        self._attach(part, ctype, path, related)

    def _attach(self, part: Message, ctype: str, path: tuple[int, ...], related: bool) -> None:
        raw_cid = part.get("content-id")
        cid = "".join(str(raw_cid).split()).strip("<>") or None if raw_cid is not None else None
        disposition = part.get_content_disposition()
        name = _name(part, self.hint) or None
        self.attachments.append(
            Attachment(
                filename=name,
                content_type=ctype,
                size=_measure(part),
                content_id=cid,
                is_inline=disposition == "inline" or (disposition is None and related),
                part_path=path,
            )
        )

    def _body(self, part: Message, ctype: str) -> None:
        if _measure(part) > _MAX_BODY:
            self.problems.append(f"{ctype} part larger than {_MAX_BODY} bytes: not read")
            return
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return
        charset = part.get_content_charset()
        if ctype == "text/html":
            self.html.append(mail_decode.decode_html(data, charset))
            return
        text = mail_decode.decode(data, charset)
        if (_param(part, "format") or "").lower() == "flowed":
            text = _unflow(text, (_param(part, "delsp") or "").lower() == "yes")
        self.plain.append(text)

    def _calendar(self, part: Message) -> None:
        if _measure(part) > _MAX_CALENDAR:
            self.problems.append(f"calendar part larger than {_MAX_CALENDAR} bytes: not read")
            return
        ics = _part_bytes(part)
        method = _param(part, "method")
        if not method:
            m = _ICS_METHOD.search(ics)
            method = m.group(1).decode("ascii") if m else None
        method = method.strip().upper() if method and method.strip() else None
        # Outlook and Google send the same invitation twice: inline text/calendar and
        # invite.ics, sometimes differing only in line endings.
        key = b"".join(ics.split())
        if all(b"".join(c.ics_bytes.split()) != key for c in self.calendar):
            self.calendar.append(CalendarPart(method, ics))


def _charset_hint(msg: Message) -> str | None:
    """The first charset the message declares: raw 8-bit headers are most often in it."""
    stack = [msg]
    for _ in range(50):  # without recursion: the tree may be nested thousands deep
        if not stack:
            break
        part = stack.pop(0)
        charset = part.get_param("charset")
        if isinstance(charset, str) and charset.strip():
            return charset.strip()
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend(p for p in payload[:50] if isinstance(p, Message))
    return None


def _name(part: Message, hint: str | None) -> str:
    """The part's file name. Raw 8-bit names are decoded here: the stdlib turns their bytes
    into replacement characters before the extractor's helper could guess them."""
    raw = {
        key.strip().lower(): str(value)[:_MAX_HEADER]
        for key, value in part.raw_items()
        if key.strip().lower() in ("content-type", "content-disposition")
    }
    if all(v.isascii() for v in raw.values()):
        # No parameter can be a (file)name without the word (most parts: no get_param).
        headers = ("content-type", "content-disposition")
        if not any(
            "name" in str(value).lower()
            for key, value in part.raw_items()
            if key.strip().lower() in headers
        ):
            return ""
        return mail_decode.filename(part)
    clean = Message(policy=policy.compat32)
    for key, value in raw.items():
        data = value.encode("utf-8", errors="surrogateescape")
        clean[key] = (
            data.decode("utf-8") if mail_decode.is_utf8(data) else mail_decode.decode(data, hint)
        )
    return mail_decode.filename(clean)


def _is_auto_reply(msg: Message, headers: dict[str, list[str]]) -> bool:
    auto = (_first(headers, "auto-submitted") or "").split(";", 1)[0].strip().lower()
    if auto and auto != "no":
        return True
    if any(_first(headers, h) is not None for h in ("x-autoreply", "x-autorespond")):
        return True
    if (_first(headers, "precedence") or "").strip().lower() in _AUTO_PRECEDENCE:
        return True
    # Delivery reports (DSN, NDR), read receipts (MDN) and feedback reports (ARF).
    return msg.get_content_type() == "multipart/report"


def parse_message(
    raw: bytes, *, headers_only: bool = False, body_only: bool = False
) -> ParsedMessage:
    """The parsed record of one raw message. Never raises: what could not be read is named in
    `problems`, and every field holds what could be read.

    ``headers_only``: the top header block alone (ids, subject, date, addresses), at a
    fraction of the cost; text, HTML, attachments and invitations stay empty. Raw 8-bit
    headers are then read in the charset the top header declares, not a part's.
    ``body_only``: the rest without the header fields (``headers_read`` False), for a
    message whose headers were read before.
    """
    problems: list[str] = []
    out: dict[str, object] = {
        "message_id": None,
        "in_reply_to": None,
        "references": [],
        "subject": "",
        "date": None,
        "sender": None,
        "to": [],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "text": "",
        "html": None,
        "attachments": [],
        "calendar": [],
        "is_auto_reply": False,
    }
    try:
        msg = _parse(bytes(raw), problems, headers_only)
    except Exception as exc:  # not bytes at all, or memory: an empty record that says why
        problems.append(f"not a message ({type(exc).__name__})")
        return ParsedMessage(**out, problems=problems)  # type: ignore[arg-type]

    def step(fn: Callable[[], None], what: str) -> None:
        # Each field on its own: one broken header must not cost the others.
        try:
            fn()
        except Exception as exc:
            problems.append(f"{what} not readable ({type(exc).__name__})")

    headers: dict[str, list[str]] = {}
    if not body_only:
        step(lambda: headers.update(_headers(msg)), "headers")

    def ids() -> None:
        mid = _msg_ids(_first(headers, "message-id"))
        out["message_id"] = mid[0] if mid else None
        reply = _msg_ids(_first(headers, "in-reply-to"))
        out["in_reply_to"] = reply[0] if reply else None
        out["references"] = _msg_ids(" ".join(_all(headers, "references")))

    def subject() -> None:
        value = _first(headers, "subject")
        out["subject"] = mail_decode.clean(_header_text(value, hint)) if value else ""

    def addresses() -> None:
        froms = _all(headers, "from")
        if len(froms) > 1:
            problems.append(f"{len(froms)} From headers: the first is the sender")
        senders = _addresses(froms[:1], "From", problems, hint)
        out["sender"] = senders[0] if senders else None
        for key, header in (("to", "To"), ("cc", "Cc"), ("bcc", "Bcc"), ("reply_to", "Reply-To")):
            out[key] = _addresses(_all(headers, header.lower()), header, problems, hint)

    hint = None
    try:
        hint = _charset_hint(msg)
    except Exception as exc:
        problems.append(f"charsets not readable ({type(exc).__name__})")
    walker = _Walker(problems, hint)

    def body() -> None:
        try:
            walker.walk(msg, (), 0, False)
        except RecursionError:
            problems.append("parts nested too deeply: the rest not read")
        if not walker.plain and not walker.html:
            # Some mailers send the only text as a named part ("ATT00001.htm"): show it.
            for ctype, part in walker.fallback[:1]:
                walker._body(part, ctype)
        html = "\n".join(walker.html) if walker.html else None
        out["html"] = html
        if walker.plain:
            out["text"] = mail_decode.clean("\n".join(walker.plain))
        elif html is not None:
            out["text"] = mail_decode.clean(mail_decode.html_to_text(html))
        out["attachments"] = walker.attachments
        out["calendar"] = walker.calendar
        problems.extend(f"MIME defect: {name}" for name in sorted(walker.defects))

    def auto() -> None:
        out["is_auto_reply"] = _is_auto_reply(msg, headers)

    if not body_only:
        step(ids, "Message-ID/References")
        step(subject, "Subject")
        step(lambda: out.__setitem__("date", _date(_first(headers, "date"), problems)), "Date")
        step(addresses, "addresses")
    if not headers_only:
        step(body, "body")
    if not body_only:
        step(auto, "auto-reply headers")
    if len(problems) > _MAX_PROBLEMS:
        problems[_MAX_PROBLEMS:] = [f"... {len(problems) - _MAX_PROBLEMS} more problems"]
    return ParsedMessage(**out, problems=problems, headers_read=not body_only)  # type: ignore[arg-type]


def attachment_bytes(raw: bytes, part_path: tuple[int, ...]) -> bytes:
    """The decoded bytes of the part at `part_path` (from Attachment.part_path) in the same
    raw message. Raises KeyError when the path names no part of this message."""
    part = _parse(bytes(raw), [])
    for index in part_path:
        children = part.get_payload()
        if not isinstance(children, list) or not 0 <= index < len(children):
            raise KeyError(f"no part {part_path} in this message")
        part = children[index]
    return _part_bytes(part)
