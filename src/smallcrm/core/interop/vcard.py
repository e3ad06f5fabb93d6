"""Read vCard 2.1/3.0/4.0 files into ContactRecords and write records back as vCard 3.0/4.0."""

from __future__ import annotations

import base64
import binascii
import codecs
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from urllib.parse import unquote_to_bytes

from smallcrm.core.interop.records import (
    Address,
    ContactRecord,
    Labeled,
    ParseResult,
    PartialDate,
    Problem,
)

__all__ = ["emit_vcards", "parse_vcards"]

log = logging.getLogger(__name__)

# ----------------------------------------------------------------------------------------------
# Parsing
# ----------------------------------------------------------------------------------------------

_ENCODING_TOKENS = frozenset({"QUOTED-PRINTABLE", "QP", "BASE64", "B", "8BIT", "7BIT"})
_QP = frozenset({"QUOTED-PRINTABLE", "QP"})
_B64 = frozenset({"BASE64", "B"})

# TYPE values that name a label, and what we call it.
_LABEL_ALIASES = {
    "work": "work",
    "home": "home",
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "fax": "fax",
    "other": "other",
}
# When a TYPE list names several labels, the most specific one wins ("WORK;FAX" is a fax).
_LABEL_PRIORITY = ("fax", "mobile", "work", "home", "other")
# TYPE values that say something about the value, not where it belongs: never a label.
_NOT_LABELS = frozenset(
    {
        "pref",
        "voice",
        "internet",
        "x400",
        "msg",
        "video",
        "text",
        "textphone",
        "postal",
        "parcel",
        "dom",
        "intl",
        "bbs",
        "modem",
        "isdn",
        "pcs",
        "aol",
        "applelink",
        "attmail",
        "cis",
        "eworld",
        "ibmmail",
        "mcimail",
        "powershare",
        "prodigy",
        "tlx",
    }
)
_KNOWN_TYPES = frozenset(_LABEL_ALIASES) | _NOT_LABELS | {"pager", "car", "main"}

# Apple's built-in X-ABLabel names ("_$!<HomeFAX>!$_") that mean one of our labels.
_APPLE_LABELS = {
    "homefax": "fax",
    "workfax": "fax",
    "otherfax": "fax",
    "iphone": "mobile",
    "mobile": "mobile",
}

_IMAGE_TYPES = {
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "pjpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tiff": "image/tiff",
    "tif": "image/tiff",
    "webp": "image/webp",
    "heic": "image/heic",
    "heif": "image/heif",
}

# Apple writes a birthday without a year as year 1604 (a leap year before any living person).
_NO_YEAR = 1604

_SCHEME_RE = re.compile(rb"[A-Za-z][A-Za-z0-9+.-]{1,20}:")
_BDAY_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})|--(\d{2})-?(\d{2})")
_UNESCAPE_RE = re.compile(r"\\(.)", re.S)
_SPLIT_RES = {sep: re.compile(r"\\(.)|" + re.escape(sep), re.S) for sep in ";,"}
_CARET_RE = re.compile(r"\^([n'^])")
_WORD_RE = re.compile(rb"[A-Za-z\x80-\xff]+")
_ASCII_LETTERS = re.compile(rb"[A-Za-z]")


class _Prop:
    """One content line: NAME, its group (item1.), parameters, and the still-encoded value."""

    __slots__ = ("group", "line", "name", "params", "raw", "types")

    def __init__(
        self,
        name: str,
        group: str,
        params: dict[str, str],
        types: tuple[str, ...],
        raw: bytes,
        line: int,
    ) -> None:
        self.name = name
        self.group = group
        self.params = params
        self.types = types
        self.raw = raw
        self.line = line


class _Card:
    __slots__ = ("line", "problems", "props")

    def __init__(self, line: int) -> None:
        self.line = line
        self.props: list[_Prop] = []
        self.problems: list[tuple[int, str]] = []


def parse_vcards(data: bytes, source: str = "") -> ParseResult:
    """Read every card of a vCard file (2.1, 3.0 or 4.0); never raises on bad input.

    File encoding: a BOM wins (UTF-8, UTF-16, UTF-32; UTF-16 without a BOM is recognised by
    its NUL bytes). Lines are then split and unfolded as bytes, so a fold inside a UTF-8
    sequence heals. Each value is decoded on its own: its CHARSET parameter if it has one,
    else strict UTF-8, else one legacy code page guessed once per file from all such values
    by a small heuristic restricted to what our users meet (windows-1250, ISO-8859-2,
    windows-1251, KOI8-U). Broken cards and dropped fields become Problems with a line.
    """
    if isinstance(data, str):  # be forgiving to callers that already decoded
        data = data.encode("utf-8")
    result = ParseResult()
    try:
        _parse(data, source, result)
    except Exception as exc:
        # A bug, not bad input (the fuzz tests never get here): log it with its traceback,
        # and keep the cards already read instead of failing the user's whole import.
        log.exception("vCard parser failed on %s", source or "<data>")
        result.problems.append(Problem(source, 1, f"could not read the file: {exc!r}"))
    return result


def _to_utf8(data: bytes) -> bytes:
    """The file as UTF-8-compatible bytes: UTF-16/32 are transcoded, a UTF-8 BOM dropped."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:]
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", "replace").encode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace").encode("utf-8")
    if len(data) >= 4 and b"\x00" in data[:4]:
        # "B\0E\0G\0" or "\0B\0E\0G": UTF-16 without a BOM.
        if data[0] == 0 and data[1] != 0 and data[2] == 0:
            return data.decode("utf-16-be", "replace").encode("utf-8")
        if data[0] != 0 and data[1] == 0 and data[3] == 0:
            return data.decode("utf-16-le", "replace").encode("utf-8")
    return data


def _parse(data: bytes, source: str, result: ParseResult) -> None:
    data = _to_utf8(data)
    # CR LF, LF, CR CR LF (a DOS file converted twice); bare CR only in old Mac files.
    lines = data.split(b"\n") if b"\n" in data or b"\r" not in data else data.split(b"\r")
    if lines and lines[-1] == b"":
        lines.pop()
    nlines = max(1, len(lines))
    problems: list[tuple[int, str]] = []
    content = _content_lines(lines, problems)
    decoder = _Decoder(content)
    # Each card becomes a record as soon as it is complete, so its properties die young.
    for card in _read_cards(content, problems):
        record = _Builder(card, decoder).build()
        problems.extend(card.problems)
        if record is not None:
            result.records.append(record)
    result.records.sort(key=lambda r: r.source_line)
    if not result.records and not problems:
        problems.append((1, "no vCard found in the file"))
    problems.sort(key=lambda p: p[0])
    result.problems.extend(Problem(source, min(max(1, ln), nlines), why) for ln, why in problems)


# -- content lines -----------------------------------------------------------------------------


def _split_header(line: bytes) -> tuple[bytes, bytes] | None:
    """Split at the first colon that is not inside a quoted parameter value."""
    colon = line.find(b":")
    if colon < 0:
        return None
    if line.find(b'"', 0, colon) < 0:
        return line[:colon], line[colon + 1 :]
    inside = False
    for i, c in enumerate(line):
        if c == 34:  # '"'
            inside = not inside
        elif c == 58 and not inside:  # ':'
            return line[:i], line[i + 1 :]
    return line[:colon], line[colon + 1 :]  # unbalanced quote: fall back to the first colon


def _split_unquoted(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    buf: list[str] = []
    inside = False
    for c in text:
        if c == '"':
            inside = not inside
            buf.append(c)
        elif c == sep and not inside:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(c)
    parts.append("".join(buf))
    return parts


def _caret(value: str) -> str:
    """RFC 6868 escapes in parameter values: ^n newline, ^' double quote, ^^ caret."""
    if "^" not in value:
        return value
    return _CARET_RE.sub(lambda m: {"n": "\n", "'": '"', "^": "^"}[m.group(1)], value)


_NO_PARAMS: dict[str, str] = {}  # shared by the many lines without parameters; never mutated


def _parse_header(header: bytes) -> tuple[str, str, dict[str, str], tuple[str, ...]]:
    if b";" not in header and b"." not in header:
        return header.strip().decode("latin-1").upper(), "", _NO_PARAMS, ()
    text = _decode_header(header)
    segments = _split_unquoted(text, ";")
    name = segments[0].strip()
    group = ""
    if "." in name:
        group, _, name = name.rpartition(".")
    params: dict[str, str] = {}
    types: list[str] = []
    for seg in segments[1:]:
        seg = seg.strip()
        if not seg:
            continue
        key, eq, value = seg.partition("=")
        if not eq:
            # vCard 2.1 bare parameter: an encoding, or a TYPE ("TEL;WORK;VOICE:").
            for token in key.split(","):
                token = token.strip()
                if token.upper() in _ENCODING_TOKENS:
                    params["ENCODING"] = token.upper()
                elif token:
                    types.append(token)
            continue
        key = key.strip().upper()
        if key == "TYPE":
            types.extend(_type_values(value))
        else:
            value = value.strip()
            if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
                value = value[1:-1]
            params[key] = _caret(value)
    return name.upper(), group, params, tuple(types)


def _type_values(value: str) -> list[str]:
    out: list[str] = []
    for piece in _split_unquoted(value, ","):
        piece = piece.strip()
        if len(piece) >= 2 and piece[0] == '"' and piece[-1] == '"':
            inner = _caret(piece[1:-1])
            # RFC 6350 writes TYPE="work,voice"; a quoted value with other text is one label.
            subs = [s.strip() for s in inner.split(",")]
            if len(subs) > 1 and all(s.lower() in _KNOWN_TYPES for s in subs):
                out.extend(subs)
            elif inner.strip():
                out.append(inner.strip())
        elif piece:
            out.append(_caret(piece))
    return out


def _decode_header(header: bytes) -> str:
    if header.isascii():
        return header.decode("ascii")
    try:
        return header.decode("utf-8")
    except UnicodeDecodeError:
        return header.decode("cp1250", "replace")


def _header_encoding(parts: list[bytes]) -> str:
    """ENCODING of a content line still being assembled, or "" (also if its header is open)."""
    joined = b"".join(parts)
    split = _split_header(joined)
    if split is None:
        return ""
    head = split[0].upper()
    if b"QUOTED-PRINTABLE" not in head and b"B" not in head:
        return ""
    return _parse_header(split[0])[2].get("ENCODING", "")


def _is_boundary(line: bytes) -> bool:
    s = line.strip().upper()
    return s in (b"END:VCARD", b"BEGIN:VCARD")


def _content_lines(
    lines: list[bytes], problems: list[tuple[int, str]]
) -> list[tuple[int, bytes, bytes]]:
    """Unfold physical lines into (line number, header, value) content lines.

    Folding (space or TAB), quoted-printable soft breaks ("=" at the end), base64 blocks that
    vCard 2.1 writers continue without indentation, and Android's backslash at the end of a
    line are all joined here, on bytes, before any decoding.
    """
    out: list[tuple[int, bytes, bytes]] = []
    parts: list[bytes] | None = None
    start = 0
    encoding: str | None = None  # of the open content line, computed when first needed

    def flush() -> None:
        if parts is None:
            return
        joined = b"".join(parts)
        split = _split_header(joined)
        if split is None:
            problems.append((start, "line has no ':'; ignored"))
        else:
            out.append((start, split[0], split[1]))

    for index, raw in enumerate(lines):
        line = raw.rstrip(b"\r")
        if parts is not None:
            last = parts[-1]
            if last.endswith(b"=") and not _is_boundary(line):
                if encoding is None or encoding == "":
                    encoding = _header_encoding(parts)
                if encoding in _QP:
                    parts[-1] = last[:-1]  # soft line break: the next line continues the value
                    parts.append(line)
                    continue
            if line and line[0] in (32, 9):
                parts.append(line[1:])
                continue
        if not line.strip():
            flush()
            parts = None
            continue
        if line[0] == 35:  # '#': a comment line some exporters write
            flush()
            parts = None
            continue
        if b":" not in line and parts is not None:
            if not encoding:
                encoding = _header_encoding(parts)
            if encoding in _B64:
                parts.append(line.strip())
                continue
            if parts[-1].endswith(b"\\") and encoding not in _QP:
                # Android 2.1: a backslash at the end of the line continues the value.
                parts[-1] = parts[-1][:-1]
                parts.append(b"\n" + line)
                continue
        # Without a colon, a new content line whose header may still be folded onto the next
        # line ("TEL;TYPE=VOICE,M" + TAB "SG,WORK:..."); flush() reports it if not.
        flush()
        parts = [line]
        start = index + 1
        encoding = None
    flush()
    return out


# -- cards -------------------------------------------------------------------------------------


def _read_cards(
    content: list[tuple[int, bytes, bytes]], problems: list[tuple[int, str]]
) -> Iterator[_Card]:
    """Group content lines into cards, recovering from missing BEGIN/END and nested cards.

    A BEGIN:VCARD inside a card is either a nested card (vCard 2.1 AGENT) or the start of the
    next card after a missing END. Which one is known only later: if the outer card goes on
    with more properties, the inner cards were nested and are skipped; if the file ends
    first, the outer card lacked its END and the inner ones are real cards.
    """
    outer: _Card | None = None
    inner: _Card | None = None
    inner_depth = 0  # BEGINs seen inside the inner card
    pending: list[_Card] = []  # closed inner cards: nested or not, not known yet
    orphans: list[_Prop] = []

    def drop_orphans() -> None:
        if orphans:
            problems.append((orphans[0].line, "text outside a vCard; ignored"))
            orphans.clear()

    def settle_nested() -> None:
        for card in pending:
            problems.append((card.line, "nested vCard (AGENT) skipped"))
        pending.clear()

    for lineno, header, value in content:
        key = header.strip().upper() if len(header) < 8 and len(value) < 12 else b""
        if (key == b"BEGIN" or key == b"END") and value.strip().upper() == b"VCARD":
            if key == b"BEGIN":
                if outer is None:
                    drop_orphans()
                    outer = _Card(lineno)
                elif inner is None:
                    inner = _Card(lineno)
                else:
                    inner_depth += 1
            elif inner is not None:
                if inner_depth:
                    inner_depth -= 1
                else:
                    pending.append(inner)
                    inner = None
            elif outer is not None:
                settle_nested()
                yield outer
                outer = None
            elif orphans:
                card = _Card(orphans[0].line)
                card.props = orphans[:]
                card.problems.append((card.line, "card has no BEGIN:VCARD; read up to its END"))
                orphans.clear()
                yield card
            else:
                problems.append((lineno, "END:VCARD without BEGIN:VCARD; ignored"))
            continue
        # Skip what we never map (X-MS-OL-DESIGN, LOGO, SOUND, ...) before parsing it.
        semi = header.find(b";")
        bare = header if semi < 0 else header[:semi]
        if bare[bare.rfind(b".") + 1 :].strip().upper() not in _WANTED:
            continue
        name, group, params, types = _parse_header(header)
        prop = _Prop(name, group, params, types, value, lineno)
        if inner is not None:
            if not inner_depth:
                inner.props.append(prop)
        elif outer is not None:
            if pending:
                settle_nested()
            outer.props.append(prop)
        else:
            orphans.append(prop)
    if outer is not None:
        outer.problems.append((outer.line, "card has no END:VCARD"))
        yield outer
        yield from pending  # the outer card lacked its END; these were real cards
        if inner is not None:
            inner.problems.append((inner.line, "card has no END:VCARD"))
            yield inner
    drop_orphans()


# -- values ------------------------------------------------------------------------------------


class _Decoder:
    """Turns raw values into text; knows the file's legacy code page once it is needed."""

    def __init__(self, content: list[tuple[int, bytes, bytes]]) -> None:
        self._content = content
        self._legacy: str | None = None

    def legacy(self) -> str:
        """The code page of undeclared 8-bit text, guessed once from all of it in the file."""
        if self._legacy is None:
            sample: list[bytes] = []
            for _, header, value in self._content:
                head = header.upper()
                if b"CHARSET" in head:
                    continue
                if b"QUOTED-PRINTABLE" in head:
                    value = binascii.a2b_qp(value)
                if not value.isascii() and not _is_utf8(value):
                    sample.append(value)
            self._legacy = _guess_legacy(b"\n".join(sample))
        return self._legacy

    def text(self, prop: _Prop) -> str:
        raw = _transfer_decode(prop)
        charset = _charset(prop)
        if charset is not None:
            text = raw.decode(charset, "replace")
        elif raw.isascii():
            text = raw.decode("ascii")
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode(self.legacy(), "replace")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _charset(prop: _Prop) -> str | None:
    name = prop.params.get("CHARSET")
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip())
    except (LookupError, ValueError):
        return None
    if info.name.startswith(("utf-16", "utf-32")):  # the file itself was transcoded to UTF-8
        return None
    return info.name


def _transfer_decode(prop: _Prop) -> bytes:
    encoding = prop.params.get("ENCODING", "").upper()
    if encoding in _QP:
        return binascii.a2b_qp(prop.raw)
    if encoding in _B64:
        decoded = _b64(prop.raw)
        return decoded if decoded is not None else prop.raw
    return prop.raw


def _guess_legacy(sample: bytes) -> str:
    """Pick the 8-bit code page of text that is not UTF-8, among those our users meet.

    Cyrillic words are all high bytes (windows-1251, or KOI8-U where lower case sits at
    0xC0-0xDF); Latin words mix ASCII and high bytes. windows-1250 and ISO-8859-2 agree on
    0xC0-0xFF; only windows-1250 has letters at 0x80-0x9F, only ISO-8859-2 has Ą ą Ś ś Ź ź
    at 0xA1 0xB1 0xA6 0xB6 0xAC 0xBC.
    """
    pure = mixed = 0
    for word in _WORD_RE.findall(sample):
        if word.isascii():
            continue
        if _ASCII_LETTERS.search(word):
            mixed += 1
        else:
            pure += 1
    high = bytes(b for b in sample if b >= 0x80)
    if pure > mixed and pure >= 2:
        upper_half = sum(1 for b in high if b >= 0xE0)
        lower_half = sum(1 for b in high if 0xC0 <= b < 0xE0)
        return "cp1251" if upper_half >= lower_half else "koi8_u"
    if any(0x80 <= b <= 0x9F for b in high):
        return "cp1250"
    if any(b in (0xA1, 0xA6, 0xAC, 0xB1, 0xB6, 0xBC) for b in high):
        return "iso8859_2"
    return "cp1250"


def _esc_char(c: str) -> str:
    if c in "nN":
        return "\n"
    if c.isalnum():  # not an escape ("C:\temp"): keep the backslash
        return "\\" + c
    return c


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _UNESCAPE_RE.sub(lambda m: _esc_char(m.group(1)), text)


def _split(text: str, sep: str) -> list[str]:
    """Split at unescaped `sep` and unescape each part."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    buf: list[str] = []
    pos = 0
    for m in _SPLIT_RES[sep].finditer(text):
        buf.append(text[pos : m.start()])
        if m.group(1) is None:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(_esc_char(m.group(1)))
        pos = m.end()
    buf.append(text[pos:])
    parts.append("".join(buf))
    return parts


def _label(types: Iterable[str]) -> str:
    found: set[str] = set()
    unknown = ""
    for t in types:
        t = t.strip().lower()
        if not t or t in _NOT_LABELS:
            continue
        alias = _LABEL_ALIASES.get(t)
        if alias:
            found.add(alias)
        elif not unknown:
            unknown = t
    for label in _LABEL_PRIORITY:
        if label in found:
            return label
    return unknown


def _apple_label(text: str) -> str:
    text = text.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        inner = text[4:-4].strip().lower()
        return _APPLE_LABELS.get(inner, inner)
    return text


def _b64(raw: bytes) -> bytes | None:
    payload = b"".join(raw.split())
    if not payload:
        return None
    payload = payload.rstrip(b"=")
    if len(payload) % 4 == 1:
        return None
    payload += b"=" * (-len(payload) % 4)
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        try:  # some exporters use the URL-safe alphabet
            return base64.b64decode(payload, altchars=b"-_", validate=True)
        except (binascii.Error, ValueError):
            return None


def _sniff_image(data: bytes) -> str:
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"GIF8"):
        return "image/gif"
    if data.startswith(b"BM"):
        return "image/bmp"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


def _parse_bday(text: str, omit_year: str) -> PartialDate | None:
    value = text.strip().split("T", 1)[0].strip()
    m = _BDAY_RE.fullmatch(value)
    if not m:
        return None
    if m.group(1):
        year: int | None = int(m.group(1))
        month, day = int(m.group(2)), int(m.group(3))
    else:
        year, month, day = None, int(m.group(4)), int(m.group(5))
    if year is not None and (year in (0, _NO_YEAR) or m.group(1) == omit_year):
        year = None
    try:
        date(year or 2000, month, day)  # 2000: a leap year, so --02-29 is valid
    except ValueError:
        return None
    return PartialDate(month=month, day=day, year=year)


# -- records -----------------------------------------------------------------------------------


class _Builder:
    """Collects one card's properties into a ContactRecord."""

    def __init__(self, card: _Card, decoder: _Decoder) -> None:
        self.card = card
        self.decoder = decoder
        self.rec = ContactRecord(source_line=card.line)
        self.v21 = False
        self.has_n = False
        self.fn = ""
        self.org_seen = False
        self.role = ""
        self.notes: list[str] = []
        self.labels_21: list[tuple[str, str]] = []  # LABEL values, used when there is no ADR
        self.ab_labels: dict[str, str] = {}

    def problem(self, line: int, reason: str) -> None:
        self.card.problems.append((line, reason))

    def text(self, prop: _Prop) -> str:
        text = self.decoder.text(prop)
        return text if self.v21 else _unescape(text)

    def label(self, prop: _Prop) -> str:
        if prop.group:
            custom = self.ab_labels.get(prop.group.upper())
            if custom:
                return custom
        return _label(prop.types)

    # one method per property we map; everything else is ignored quietly

    def p_fn(self, prop: _Prop) -> None:
        if not self.fn:
            self.fn = self.text(prop).strip()

    def p_n(self, prop: _Prop) -> None:
        if self.has_n:
            return
        self.has_n = True
        parts = [p.strip() for p in _split(self.decoder.text(prop), ";")] + [""] * 5
        rec = self.rec
        rec.family_name, rec.given_name, rec.middle_name, rec.title, rec.suffix = parts[:5]

    def p_nickname(self, prop: _Prop) -> None:
        if not self.rec.nickname:
            self.rec.nickname = self.text(prop).strip()

    def p_org(self, prop: _Prop) -> None:
        if self.org_seen:
            return
        self.org_seen = True
        parts = [p.strip() for p in _split(self.decoder.text(prop), ";")]
        self.rec.organization = parts[0]
        self.rec.department = ", ".join(p for p in parts[1:] if p)

    def p_title(self, prop: _Prop) -> None:
        if not self.rec.position:
            self.rec.position = self.text(prop).strip()

    def p_role(self, prop: _Prop) -> None:
        if not self.role:
            self.role = self.text(prop).strip()

    def p_bday(self, prop: _Prop) -> None:
        if self.rec.birthday is not None:
            return
        text = self.decoder.text(prop).strip()
        if not text:
            return
        bday = _parse_bday(text, prop.params.get("X-APPLE-OMIT-YEAR", "").strip())
        if bday is None:
            self.problem(prop.line, f"BDAY {text[:40]!r} is not a date; birthday skipped")
        else:
            self.rec.birthday = bday

    def p_email(self, prop: _Prop) -> None:
        value = self.text(prop).strip()
        if value:
            self.rec.emails.append(Labeled(value, self.label(prop)))

    def p_tel(self, prop: _Prop) -> None:
        value = self.text(prop).strip()
        if value[:4].lower() == "tel:":  # vCard 4.0 VALUE=uri
            value = value[4:].strip()
        if value:
            self.rec.phones.append(Labeled(value, self.label(prop)))

    def p_url(self, prop: _Prop) -> None:
        value = self.text(prop).strip()
        if value:
            self.rec.urls.append(Labeled(value, self.label(prop)))

    def p_adr(self, prop: _Prop) -> None:
        parts = [p.strip() for p in _split(self.decoder.text(prop), ";")] + [""] * 7
        adr = Address(
            po_box=parts[0],
            extended=parts[1],
            street=parts[2],
            city=parts[3],
            region=parts[4],
            postcode=parts[5],
            country=parts[6],
            label=self.label(prop),
        )
        if not adr.is_empty() or adr.extended:
            self.rec.addresses.append(adr)

    def p_label(self, prop: _Prop) -> None:
        value = self.text(prop).strip()
        if value:
            self.labels_21.append((value, self.label(prop)))

    def p_note(self, prop: _Prop) -> None:
        value = self.text(prop).strip()
        if value:
            self.notes.append(value)

    def p_categories(self, prop: _Prop) -> None:
        for tag in _split(self.decoder.text(prop), ","):
            tag = tag.strip()
            if tag and tag not in self.rec.tags:
                self.rec.tags.append(tag)

    def p_photo(self, prop: _Prop) -> None:
        if self.rec.photo is not None:
            return
        raw = prop.raw.strip()
        if not raw:
            return
        encoding = prop.params.get("ENCODING", "").upper()
        mime = ""
        data: bytes | None
        if encoding in _B64:
            data = _b64(raw)
        elif raw[:5].lower() == b"data:":
            head, comma, payload = raw[5:].partition(b",")
            mime = head.split(b";", 1)[0].decode("ascii", "replace").strip().lower()
            if not comma:
                data = None
            elif b";base64" in head.lower():
                data = _b64(payload)
            else:
                data = unquote_to_bytes(payload.strip()) or None
        elif prop.params.get("VALUE", "").lower() in ("uri", "url") or _SCHEME_RE.match(raw):
            return  # a link to a photo somewhere else: nothing to import
        else:
            data = _b64(raw)  # vCard 3.0 binary value written without ENCODING=b
        if not data:
            self.problem(prop.line, "PHOTO is not valid base64; photo skipped")
            return
        if not mime:
            for t in prop.types:
                t = t.strip().lower()
                if "/" in t:
                    mime = t
                    break
                if t in _IMAGE_TYPES:
                    mime = _IMAGE_TYPES[t]
                    break
        self.rec.photo = data
        self.rec.photo_mime = mime or _sniff_image(data)

    def p_uid(self, prop: _Prop) -> None:
        if not self.rec.uid:
            self.rec.uid = self.text(prop).strip()

    def p_kind(self, prop: _Prop) -> None:
        if self.text(prop).strip().lower() in ("org", "organization"):
            self.rec.kind = "organization"

    def p_showas(self, prop: _Prop) -> None:
        if self.text(prop).strip().upper() == "COMPANY":
            self.rec.kind = "organization"

    def p_id(self, prop: _Prop) -> None:
        key = ",".join(t.strip() for t in prop.types if t.strip())
        value = self.text(prop).strip()
        if key and value:
            self.rec.ids[key] = value

    def p_agent(self, prop: _Prop) -> None:
        if b"BEGIN:VCARD" in prop.raw.upper():
            self.problem(prop.line, "nested vCard (AGENT) skipped")

    def build(self) -> ContactRecord | None:
        props = self.card.props
        for prop in props:
            if prop.name == "VERSION":
                self.v21 = prop.raw.strip() == b"2.1"
                break
        for prop in props:
            if prop.name == "X-ABLABEL" and prop.group:
                label = _apple_label(_unescape(self.decoder.text(prop)))
                if label:
                    self.ab_labels[prop.group.upper()] = label
        for prop in props:
            handler = _HANDLERS.get(prop.name)
            if handler is not None:
                handler(self, prop)
        return self.finish()

    def finish(self) -> ContactRecord | None:
        rec = self.rec
        if not rec.position:
            rec.position = self.role
        if not rec.addresses:
            for value, label in self.labels_21:
                rec.addresses.append(Address(street=value, label=label))
        rec.notes = "\n".join(self.notes)
        if rec.kind == "organization":
            rec.organization = rec.organization or self.fn
            rec.display_name = self.fn or rec.organization
        else:
            if not self.has_n and self.fn and "@" not in self.fn:
                _names_from_display(rec, self.fn)
            rec.display_name = self.fn or _derived_display(rec)
        if not (
            rec.display_name
            or rec.addresses
            or rec.urls
            or rec.notes
            or rec.photo is not None
            or rec.tags
        ):
            self.problem(self.card.line, "card has no name, e-mail, phone or address; skipped")
            return None
        return rec


_HANDLERS: dict[str, Callable[[_Builder, _Prop], None]] = {
    "FN": _Builder.p_fn,
    "N": _Builder.p_n,
    "NICKNAME": _Builder.p_nickname,
    "ORG": _Builder.p_org,
    "TITLE": _Builder.p_title,
    "ROLE": _Builder.p_role,
    "BDAY": _Builder.p_bday,
    "EMAIL": _Builder.p_email,
    "TEL": _Builder.p_tel,
    "URL": _Builder.p_url,
    "ADR": _Builder.p_adr,
    "LABEL": _Builder.p_label,
    "NOTE": _Builder.p_note,
    "CATEGORIES": _Builder.p_categories,
    "PHOTO": _Builder.p_photo,
    "UID": _Builder.p_uid,
    "KIND": _Builder.p_kind,
    "X-ABSHOWAS": _Builder.p_showas,
    "X-SMALLCRM-ID": _Builder.p_id,
    "AGENT": _Builder.p_agent,
}


_WANTED = frozenset(name.encode("ascii") for name in (*_HANDLERS, "VERSION", "X-ABLABEL"))


def _names_from_display(rec: ContactRecord, display: str) -> None:
    """A card without N: take the names from FN ("Family, Given" or "Given ... Family")."""
    if display.count(",") == 1:
        family, given = (p.strip() for p in display.split(","))
        rec.family_name, rec.given_name = family, given
        return
    words = display.split()
    if len(words) == 1:
        rec.given_name = words[0]
    elif words:
        rec.given_name, rec.family_name = " ".join(words[:-1]), words[-1]


def _derived_display(rec: ContactRecord) -> str:
    name = " ".join(
        p for p in (rec.title, rec.given_name, rec.middle_name, rec.family_name, rec.suffix) if p
    )
    if name:
        return name
    if rec.organization:
        return rec.organization
    if rec.emails:
        return rec.emails[0].value
    if rec.phones:
        return rec.phones[0].value
    return ""


# ----------------------------------------------------------------------------------------------
# Emitting
# ----------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[a-z0-9][a-z0-9-]*")
_PARAM_TOKEN_RE = re.compile(r"[A-Za-z0-9-]+")


def _esc(text: str) -> str:
    """Escape a text value (RFC 6350 3.4): backslash, newline, comma, semicolon."""
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _esc_uri(text: str) -> str:
    """URIs are written as they are, except what would break the line or read as an escape."""
    return text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _param(value: str) -> str:
    if _PARAM_TOKEN_RE.fullmatch(value):
        return value
    escaped = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    return f'"{escaped}"'


def _fold(line: str) -> str:
    """Fold at 75 octets (RFC 6350 3.2), never inside a UTF-8 sequence."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line + "\r\n"
    chunks: list[bytes] = []
    start = 0
    limit = 75
    while start < len(raw):
        end = min(start + limit, len(raw))
        while start < end < len(raw) and (raw[end] & 0xC0) == 0x80:
            end -= 1
        chunks.append(raw[start:end])
        start = end
        limit = 74  # the continuation line's leading space counts
    return "\r\n ".join(c.decode("utf-8") for c in chunks) + "\r\n"


def _labeled_line(name: str, label: str, value: str, phone: bool, items: list[int]) -> list[str]:
    """The content line(s) for a labelled value: TYPE when the label reads back the same,
    else an Apple-style item group with X-ABLabel (free-text labels survive the round trip)."""
    if not label:
        return [f"{name}:{value}"]
    if _TOKEN_RE.fullmatch(label) and _label([label]) == label:
        type_value = "cell" if label == "mobile" and phone else label
        return [f"{name};TYPE={type_value}:{value}"]
    items[0] += 1
    group = f"item{items[0]}"
    return [f"{group}.{name}:{value}", f"{group}.X-ABLabel:{_esc(label)}"]


def emit_vcards(records: Iterable[ContactRecord], version: str = "4.0") -> str:
    """Write records as one vCard file ("3.0" or "4.0"), CRLF line endings, folded lines."""
    if version not in ("3.0", "4.0"):
        raise ValueError(f"vCard version must be 3.0 or 4.0, not {version!r}")
    out: list[str] = []
    for rec in records:
        out.append(_emit_one(rec, version))
    return "".join(out)


def _emit_one(rec: ContactRecord, version: str) -> str:
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    org = rec.kind == "organization"
    if org:
        lines.append("KIND:org" if v4 else "X-ABShowAs:COMPANY")
    display = rec.display_name or _derived_display(rec) or (rec.organization if org else "")
    lines.append(f"FN:{_esc(display)}")
    names = (rec.family_name, rec.given_name, rec.middle_name, rec.title, rec.suffix)
    lines.append("N:" + ";".join(_esc(p) for p in names))
    if rec.nickname:
        lines.append(f"NICKNAME:{_esc(rec.nickname)}")
    if rec.organization or rec.department:
        value = _esc(rec.organization)
        if rec.department:
            value += ";" + _esc(rec.department)
        lines.append(f"ORG:{value}")
    if rec.position:
        lines.append(f"TITLE:{_esc(rec.position)}")
    if rec.birthday is not None:
        b = rec.birthday
        if b.year is None:
            if v4:
                lines.append(f"BDAY:--{b.month:02d}{b.day:02d}")
            else:
                lines.append(
                    f"BDAY;X-APPLE-OMIT-YEAR={_NO_YEAR}:{_NO_YEAR}-{b.month:02d}-{b.day:02d}"
                )
        elif v4:
            lines.append(f"BDAY:{b.year:04d}{b.month:02d}{b.day:02d}")
        else:
            lines.append(f"BDAY:{b.year:04d}-{b.month:02d}-{b.day:02d}")
    items = [0]
    for e in rec.emails:
        lines += _labeled_line("EMAIL", e.label, _esc(e.value), False, items)
    for p in rec.phones:
        lines += _labeled_line("TEL", p.label, _esc(p.value), True, items)
    for a in rec.addresses:
        parts = (a.po_box, a.extended, a.street, a.city, a.region, a.postcode, a.country)
        lines += _labeled_line("ADR", a.label, ";".join(_esc(x) for x in parts), False, items)
    for u in rec.urls:
        lines += _labeled_line("URL", u.label, _esc_uri(u.value), False, items)
    if rec.notes:
        lines.append(f"NOTE:{_esc(rec.notes)}")
    if rec.tags:
        lines.append("CATEGORIES:" + ",".join(_esc(t) for t in rec.tags))
    if rec.photo:
        data = base64.b64encode(rec.photo).decode("ascii")
        mime = rec.photo_mime or _sniff_image(rec.photo) or "application/octet-stream"
        if v4:
            lines.append(f"PHOTO:data:{mime};base64,{data}")
        else:
            kind = mime[6:].upper() if mime.startswith("image/") else mime
            lines.append(f"PHOTO;ENCODING=b;TYPE={_param(kind)}:{data}")
    if rec.uid:
        lines.append(f"UID:{_esc(rec.uid)}")
    for key, value in rec.ids.items():
        if key and value:
            lines.append(f"X-SMALLCRM-ID;TYPE={_param(key)}:{_esc(value)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)
