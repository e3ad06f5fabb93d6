"""Decode the text of mail and HTML: charsets, RFC 2047 words, hostile MIME headers, markup."""

from __future__ import annotations

import base64
import binascii
import codecs
import email.utils
import html
import re
import unicodedata
from collections.abc import Iterator
from email.message import Message
from html.parser import HTMLParser

__all__ = [
    "HEADER_NAME",
    "MAX_MAIL_DEPTH",
    "MAX_MAIL_INPUT",
    "MAX_MAIL_PARTS",
    "MAX_TEXT",
    "clean",
    "decode",
    "decode_header",
    "decode_html",
    "filename",
    "html_to_text",
    "is_utf8",
    "tame",
]

MAX_TEXT = 2_000_000  # characters kept per document; an index needs no more
MAX_MAIL_INPUT = 128 * 1024 * 1024  # attachments make mails large; the text comes first
MAX_MAIL_PARTS = 2000
MAX_MAIL_DEPTH = 20
_MAX_HTML_INPUT = 16 * 1024 * 1024  # characters of HTML given to the parser
HEADER_NAME = re.compile(rb"([!-9;-~]{1,76}):")


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean(text: str, limit: int = MAX_TEXT) -> str:
    """NFC, no control characters, no lone surrogates, at most one blank line in a row; at
    most `limit` characters."""
    text = text[: limit + limit // 2]  # the passes below may shrink it a little
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    # Line by line: a regex for trailing blanks is quadratic on a long run of spaces.
    text = "\n".join(line.rstrip(" \t\xa0") for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    text = unicodedata.normalize("NFC", text).strip()
    return text[:limit]


# --------------------------------------------------------------------------- encodings

_CYRILLIC_COMMON = set("оаеинтісрвлкпмудяызьгбчйхжшюцщєїґ")
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "gb2312": "gb18030",  # mail clients label GBK/GB18030 text as GB2312
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ce": "mac_latin2",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
    "unicode": "utf-16",
    "unicodebig": "utf-16-be",
    "unicodelittle": "utf-16-le",
    "x-user-defined": "windows-1252",
    "ansi_x3.4-1968": "ascii",
    "us-ascii": "ascii",
    "iso-8859-9": "windows-1254",
    "tis-620": "cp874",
}
# Codecs whose output is not simply the text (they interpret escapes or are not text codecs).
_NOT_CHARSETS = {"unicode_escape", "raw_unicode_escape", "undefined", "idna", "punycode", "mbcs"}
_CHARSET_PREFIX = re.compile(
    r"(windows-\d{3,4}|cp-?\d{3,4}|iso-?8859-\d{1,2}|koi8-[ru]|utf-?8|utf-?16(?:-?[lb]e)?)",
    re.IGNORECASE,
)


def _codec(name: str | None, salvage: bool = True) -> str | None:
    """A Python codec for a charset label as found in mail and HTML; with `salvage`, a known
    name at the start of a garbled label counts."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
        b"".decode(codec)  # LookupError for bytes-to-bytes codecs ("base64", "zlib")
    except (LookupError, ValueError):
        # "windows-1252http-equivContent-Type": an HTML meta glued into the label by a mailer.
        m = _CHARSET_PREFIX.match(label) if salvage else None
        return _codec(m.group(1)) if m and m.group(1) != label else None
    if codec in _NOT_CHARSETS:
        return None
    return "cp1252" if codec == "iso8859-1" else codec  # what "Latin-1" senders write (WHATWG)


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess_encoding(data: bytes) -> str:
    """The encoding of text without a label: BOM, UTF-8, or the most plausible legacy page."""
    from smallcrm.core.interop.csv_contacts import _detect_encoding

    sample = data[: 4 * 1024 * 1024]
    if len(sample) < len(data):
        cut = sample.rfind(b"\n")
        sample = sample[: cut + 1] if cut > 0 else sample
    encoding = _detect_encoding(sample)
    if codecs.lookup(encoding).name in ("cp1251", "cp1250", "iso8859-2", "cp1252"):
        # The CSV detector does not know KOI8, whose Cyrillic reads as valid windows-1251
        # with the cases swapped (or as Latin-2 letter soup).
        text = sample.decode(encoding, errors="replace")
        koi = sample.decode("koi8-u", errors="replace")
        if _cyrillic_score(koi) > max(0, _cyrillic_score(text)):
            return "koi8-u"
    return encoding


def _cyrillic_score(text: str) -> int:
    """How much `text` looks like Cyrillic prose: common lower-case letters inside Cyrillic
    words count for it; capitals after small letters and Cyrillic glued to Latin against it."""
    score = 0
    prev = " "
    for ch in text[:262144]:
        if "\u0400" <= ch <= "\u04ff":
            if prev.isascii() and prev.isalpha():
                score -= 3
            elif ch.isupper() and "\u0400" <= prev <= "\u04ff" and prev.islower():
                score -= 2
            elif ch in _CYRILLIC_COMMON:
                score += 1
        elif ch.isascii() and ch.isalpha() and "\u0400" <= prev <= "\u04ff":
            score -= 3
        prev = ch
    return score


def _single_byte(codec: str) -> bool:
    return codec == "ascii" or codec.startswith(("cp12", "iso8859-", "koi8", "mac-", "cp8"))


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", errors="ignore"))  # at C speed


def decode(data: bytes, *declared: str | None) -> str:
    """Bytes of text to str: a BOM wins, then the first declared charset that fits, then a
    guess. Never raises: a label that does not fit the bytes is passed over."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for label in declared:
        codec = _codec(label)
        if codec is None:
            continue
        if _single_byte(codec) and is_utf8(data):
            # Three or more multi-byte UTF-8 characters are never an accident in legacy text:
            # the label is wrong. One or two may be ("STÓŁ" in windows-1250 is valid UTF-8).
            text = data.decode("utf-8")
            if _non_ascii(text) >= 3:
                return text
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError):
            continue
    if data.isascii() or is_utf8(data):
        return data.decode("utf-8")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if _non_ascii(text) - bad >= 4 * bad:
        # A few broken sequences in much valid UTF-8 (a cut, a stray byte): still UTF-8.
        # Legacy 8-bit text decodes as UTF-8 into almost nothing but replacement characters.
        return text
    guess = _guess_encoding(data)
    try:
        return data.decode(guess, errors="replace")
    except LookupError:
        return data.decode("windows-1250", errors="replace")


# --------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:+-]{1,40})""", re.I)
_BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "title",
    "tr",
    "ul",
}
_DROPPED = {"script", "style", "template", "noframes"}
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


class _HtmlText(HTMLParser):
    """Visible text: blocks become lines, cells tabs, script/style/head vanish (but the
    <title> stays: it is the page's name)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropped = 0  # depth inside script/style
        self.in_head = False
        self.in_title = False
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "head":
            self.in_head = True
        elif tag == "title":
            self.in_title = True
        elif tag in _DROPPED:
            self.dropped += 1
        elif tag == "body" or tag in _BLOCKS:
            self.in_head = False  # a missing </head> must not swallow the page
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCKS:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:  # <br/>, <hr/>
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag in _DROPPED and self.dropped:
            self.dropped -= 1
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        if self.in_head and not self.in_title:
            if not data.strip():
                return
            self.in_head = False  # text in <head> opens the body, as in a browser
        self.out.append(data if self.pre else _SPACES.sub(" ", data))


def html_to_text(markup: str) -> str:
    markup = markup[:_MAX_HTML_INPUT]
    # html.parser (3.11) rescans an unterminated tag, comment or quote at the end of the input
    # once per '<' in it: 400 KB of "<a" took minutes. Nothing after the last '>' can be
    # markup anyway, so it is made text before the parser sees it.
    last = markup.rfind(">")
    if markup.find("<", last + 1) >= 0:
        markup = markup[: last + 1] + markup[last + 1 :].replace("<", "&lt;")
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
        text = "".join(parser.out)
    except Exception:  # html.parser still asserts on a few malformed declarations
        text = html.unescape(re.sub(r"<[^<>]*>", " ", markup))
    # Blocks open and close with a line break; between two blocks one is enough.
    lines = (line.strip(" ") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _html_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    label = m.group(1).decode("ascii", errors="replace")
    codec = _codec(label)
    if codec and codec.startswith("utf-16") and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-8"  # the meta could be read, so the bytes are not UTF-16 (HTML spec)
    return codec


def decode_html(data: bytes, declared: str | None = None) -> str:
    # A mail's label may be garbage ("utf-8-prunus") where the page's own meta is right: a
    # valid label first, then the meta, and only then what can be salvaged from the label.
    valid = declared if _codec(declared, salvage=False) else None
    return decode(data, valid, _html_charset(data), declared)


# --------------------------------------------------------------------------- mail

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([QqBb])\?([^?\s]*)\?=")
_FOLDING = re.compile(r"\r?\n[ \t]+")
_PART_HEADER = re.compile(rb"^content-(?:type|disposition)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_MAX_PART_HEADER = 8192
_MAX_DEFAULT_POLICY_PARTS = 500


def tame(data: bytes) -> tuple[bytes, bool]:
    """Cut Content-Type/-Disposition headers longer than 8 KB, and say whether the mail has
    so many parts that compat32 should read it.

    The stdlib's parameter parsing is quadratic in the parameters of one header (compat32
    and policy.default alike: 200,000 took 8 s, and the parser itself reads the boundary
    parameter), and policy.default is slow per part (20,000 parts: 5 s, compat32: 0.35 s).
    Real mail has a few parts and Content-* headers well under a kilobyte.
    """
    pieces: list[bytes] = []
    pos = 0
    count = 0
    for start, name_end in _part_headers(data):
        if start < pos:
            continue
        count += 1
        end = name_end
        while True:  # the header goes on while the next line is folded
            newline = data.find(b"\n", end)
            end = len(data) if newline < 0 else newline
            if newline < 0 or data[end + 1 : end + 2] not in (b" ", b"\t"):
                break
            end += 1
        if end - start > _MAX_PART_HEADER:
            pieces.append(data[pos : start + _MAX_PART_HEADER])
            pos = end
    if pieces:
        pieces.append(data[pos:])
        data = b"".join(pieces)
    return data, count > _MAX_DEFAULT_POLICY_PARTS


def _part_headers(data: bytes) -> Iterator[tuple[int, int]]:
    """(start, end of the name and colon) of each line that starts a Content-Type or
    Content-Disposition header, as _PART_HEADER finds them.

    bytes.find on a lower-cased copy runs at memchr speed; the case-insensitive multiline
    regex over a whole message with its base64 attachments cost a tenth of parsing it.
    """
    low = data.lower()
    at = low.find(b"content-")
    while at >= 0:
        if at == 0 or low[at - 1 : at] == b"\n":
            m = _PART_HEADER.match(data, at)
            if m is not None:
                yield at, m.end()
        at = low.find(b"content-", at + 8)


def decode_header(value: object) -> str:
    if not isinstance(value, str):
        value = str(value)
    if len(value) > 65536:
        value = value[:65536]
    if value.isascii() and "=?" not in value:
        return " ".join(value.split())  # what the steps below make of plain ASCII
    # The bytes parser smuggles raw 8-bit header bytes through as surrogate escapes.
    text = decode(value.encode("utf-8", errors="surrogateescape"))
    text = _FOLDING.sub(" ", text)
    return " ".join(_decode_words(text).split())


def _decode_words(text: str) -> str:
    """RFC 2047 encoded words; adjacent words of one charset are joined as bytes first, since
    mailers split multi-byte characters between them."""
    out: list[str] = []
    pending = b""
    pending_charset = ""
    pos = 0
    for m in _ENCODED_WORD.finditer(text):
        between = text[pos : m.start()]
        if between.strip() or not pending:
            if pending:
                out.append(decode(pending, pending_charset))
                pending = b""
            out.append(between)
        charset = m.group(1).split("*", 1)[0]  # RFC 2231 language suffix
        word = _word_bytes(m.group(2), m.group(3))
        if pending and charset.lower() != pending_charset.lower():
            out.append(decode(pending, pending_charset))
            pending = b""
        pending += word
        pending_charset = charset
        pos = m.end()
    if pending:
        out.append(decode(pending, pending_charset))
    out.append(text[pos:])
    return "".join(out)


_QP_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")


def _qp_byte(m: re.Match[bytes]) -> bytes:
    return bytes((int(m.group(1), 16),))


def _word_bytes(encoding: str, payload: str) -> bytes:
    if encoding in "Bb":
        clean = re.sub(r"[^A-Za-z0-9+/]", "", payload)
        try:
            return base64.b64decode(clean + "=" * (-len(clean) % 4))
        except (binascii.Error, ValueError):
            return b""
    raw = payload.replace("_", " ")
    if raw.isascii():  # the loop below, at C speed
        return _QP_BYTE.sub(_qp_byte, raw.encode("ascii"))
    out = bytearray()
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "=" and re.fullmatch(r"[0-9A-Fa-f]{2}", raw[i + 1 : i + 3]):
            out.append(int(raw[i + 1 : i + 3], 16))
            i += 3
        else:
            out.extend(ch.encode("utf-8", errors="replace"))
            i += 1
    return bytes(out)


def filename(part: Message) -> str:
    try:
        name = part.get_filename()  # Content-Disposition filename, else Content-Type name
    except Exception:  # a parameter policy.default cannot parse: the name is lost, not the mail
        return ""
    if isinstance(name, tuple):  # an undecoded RFC 2231 value (compat32)
        name = email.utils.collapse_rfc2231_value(name)
    if not isinstance(name, str):
        return ""
    return decode_header(name) if "=?" in name or not name.isascii() else name.strip()
