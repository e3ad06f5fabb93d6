"""Plain text of stored files for the search index: PDF, DOCX, ODT, RTF, text, HTML, mail."""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import io
import logging
import re
import struct
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import TYPE_CHECKING
from xml.parsers import expat

from smallcrm.core.interop import mail_decode
from smallcrm.core.interop.mail_decode import MAX_TEXT

if TYPE_CHECKING:
    import olefile

__all__ = ["MAX_TEXT", "Extracted", "extract_text", "kind_of"]

# Bounds on the work one file may cause. Each is far above what real office files need.
_HEAD = 8192  # bytes read to decide the kind
_MAX_TEXT_INPUT = 64 * 1024 * 1024  # text, HTML, RTF: only this prefix is read
_MAX_BINARY_INPUT = 512 * 1024 * 1024  # PDF, ZIP and OLE files are read whole, or not at all
_MAX_XML_PART = 64 * 1024 * 1024  # one unpacked XML part of a DOCX/ODT (zip bombs)
_MAX_XML_TOTAL = 160 * 1024 * 1024  # all parts of one document together
_MAX_PDF_PAGES = 3000
_PDF_SECONDS = 120.0  # checked between pages: pypdf cannot be interrupted inside one

# pypdf logs every robustness fix it applies to a non-conforming PDF as a WARNING; scanners
# and old generators make that the normal case, and the log file is no place for it.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extract_text found in one file."""

    text: str  # plain text, NFC, at most MAX_TEXT characters
    status: str  # "ok" | "no_text" | "unsupported" | "failed"
    reason: str = ""  # why not "ok", in words a user can read
    pages: int | None = None  # PDFs: page count


class _Refused(Exception):
    """Content this module will not process; its message is the user-facing reason."""


def _failed(reason: str, pages: int | None = None) -> Extracted:
    return Extracted("", "failed", reason, pages)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]


# --------------------------------------------------------------------------- kind

_EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".dotm": "docx",
    ".odt": "odt",
    ".ott": "odt",
    ".rtf": "rtf",
    ".txt": "txt",
    ".text": "txt",
    ".log": "txt",
    ".md": "txt",
    ".csv": "txt",
    ".tsv": "txt",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".eml": "eml",
    ".msg": "msg",
}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF_TEXT_TYPES = {
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
}
# Files people attach that are certainly not text; naming them beats "binary data".
_OTHER_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_MAIL_HEADERS = set(
    b"from to cc subject date received message-id mime-version return-path delivered-to "
    b"reply-to content-type".split()
)


def kind_of(path: Path, filename: str | None = None) -> str | None:
    """'pdf','docx','odt','rtf','txt','html','eml','msg' or None, decided by the file's magic
    bytes first and its name's extension second (a .doc that is really RTF is RTF; a PDF named
    .txt is a PDF)."""
    return _sniff(path, filename)[0]


def _sniff(path: Path, filename: str | None) -> tuple[str | None, str]:
    """The kind, or None and the reason it is not supported."""
    suffix = Path(filename if filename is not None else path.name).suffix.lower()
    with path.open("rb") as f:
        head = f.read(_HEAD)
        if head.startswith(b"%PDF-"):
            return "pdf", ""
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
            return "rtf", ""
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            kind, reason = _sniff_zip(f)
            if kind or reason:
                return kind, reason
        elif head.startswith(_OLE_MAGIC):
            kind, reason = _sniff_ole(f)
            if kind or reason:
                return kind, reason
    at = head.find(b"%PDF-", 0, 1024)
    if at >= 0 and head[at + 5 : at + 6].isdigit():
        return "pdf", ""  # readers accept junk before the header; some generators add it
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            return None, f"{what}, not a document with text"
    text_head = _bom_decoded(head)
    if text_head is not None:
        if _looks_like_mail(text_head):
            return "eml", ""
        if _looks_like_html(text_head):
            return "html", ""
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix], ""
    if not head:
        return None, "empty file of unknown type"
    if text_head is not None and _looks_like_text(text_head):
        return "txt", ""  # a text file under a name we don't know (.xml, .ics, none at all)
    if suffix in (".doc", ".dot"):
        return None, "Word 97-2003 document (.doc): not supported, save it as .docx"
    return None, f"unsupported file type{' ' + suffix if suffix else ''}"


def _sniff_zip(f: io.BufferedReader) -> tuple[str | None, str]:
    try:
        with zipfile.ZipFile(f) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size <= 200 and zf.read(info).strip() in _ODF_TEXT_TYPES:
                    return "odt", ""
                return None, "an OpenDocument file that is not a text document"
            if "word/document.xml" in names:
                return "docx", ""
            if any(n.startswith(("xl/", "ppt/")) for n in names):
                return None, "an Excel or PowerPoint file, not a Word document"
            return None, "a ZIP archive, not a Word or OpenDocument text document"
    except Exception:
        return None, ""  # damaged: the extension decides, and extraction says what is wrong


def _sniff_ole(f: io.BufferedReader) -> tuple[str | None, str]:
    import olefile

    try:
        f.seek(0)
        with olefile.OleFileIO(f) as ole:
            root = {entry[0] for entry in ole.listdir(streams=True, storages=True)}
    except Exception:
        return None, ""
    if "__properties_version1.0" in root and any(n.startswith("__substg1.0_") for n in root):
        return "msg", ""
    if "EncryptedPackage" in root:
        return None, ""  # a password-protected .docx: the extension decides, extraction says so
    if "WordDocument" in root:
        return None, "Word 97-2003 document (.doc): not supported, save it as .docx"
    if "Workbook" in root or "Book" in root or "PowerPoint Document" in root:
        return None, "an Excel or PowerPoint 97-2003 file, not a text document"
    return None, "an OLE compound file that is not an Outlook message"


def _bom_decoded(head: bytes) -> bytes | None:
    """The head as ASCII-compatible bytes for sniffing, or None if it is not text at all."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            text = head[len(bom) :].decode(encoding, errors="ignore")
            return text.encode("utf-8", errors="replace")
    if b"\x00" in head:
        return None
    return head.removeprefix(codecs.BOM_UTF8)


def _looks_like_html(head: bytes) -> bool:
    """An HTML tag first, after an XML declaration and comments. Written as a loop: the
    regular expression for it backtracked exponentially over a run of "<!---->"."""
    text = head.lstrip()
    if text.startswith(b"<?xml"):
        end = text.find(b"?>")
        text = text[end + 2 :].lstrip() if end >= 0 else b""
    while text.startswith(b"<!--"):
        end = text.find(b"-->", 4)
        text = text[end + 3 :].lstrip() if end >= 0 else b""
    return _HTML_TAG.match(text) is not None


def _looks_like_mail(head: bytes) -> bool:
    """RFC 5322 headers up to a blank line, two or more of them ones mails have (three if
    the head ends before the blank line)."""
    known = 0
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    for i, line in enumerate(lines):
        if not line.strip():
            return i > 0 and known >= 2
        if line[:1] in (b" ", b"\t") and i > 0:
            continue  # folded header
        m = mail_decode.HEADER_NAME.match(line)
        if not m:
            return False
        known += m.group(1).lower() in _MAIL_HEADERS
    return known >= 3 and len(lines) > 3  # the head ended inside a long header block


def _looks_like_text(head: bytes) -> bool:
    text = head.decode("utf-8", errors="replace")
    if len(head) == _HEAD:
        text = text[:-1]  # the read may have cut a character in two
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    if bad == 0:
        return True
    # Not UTF-8: a legacy code page is still text if control characters are rare.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(head) // 200


# --------------------------------------------------------------------------- entry point


def extract_text(path: Path, filename: str | None = None) -> Extracted:
    """Never raises for bad content: broken, truncated, hostile or mislabelled files give status
    "failed" with a reason. OSError reading the file may propagate."""
    kind, reason = _sniff(path, filename)
    if kind is None:
        return Extracted("", "unsupported", reason)
    if kind in ("pdf", "docx", "odt", "msg"):
        size = path.stat().st_size
        if size > _MAX_BINARY_INPUT:
            return _failed(f"file too large to index ({size // (1024 * 1024)} MB)")
        data = path.read_bytes()
    else:
        limit = mail_decode.MAX_MAIL_INPUT if kind == "eml" else _MAX_TEXT_INPUT
        with path.open("rb") as f:
            data = f.read(limit)
    # Everything below works on bytes in memory: any exception now is the content's fault.
    try:
        result = _EXTRACTORS[kind](data)
    except _Refused as exc:
        return _failed(str(exc))
    except ImportError:
        raise  # a library missing from the build is our bug, not a damaged file
    except Exception as exc:  # a parser's bug or a file we did not foresee: never the caller's
        return _failed(f"damaged {_LABELS[kind]}: {_short(exc)}")
    if isinstance(result, Extracted):
        return result
    text = mail_decode.clean(result, MAX_TEXT)
    if not text:
        return Extracted("", "no_text", "the document contains no text")
    return Extracted(text, "ok")


# --------------------------------------------------------------------------- plain text


def _is_junk(text: str) -> bool:
    """Binary data decoded as text: control characters and replacement marks abound."""
    sample = text[:65536]
    junk = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    return junk > len(sample) // 20


def _txt(data: bytes) -> str:
    text = mail_decode.decode(_cut_at_line(data, _MAX_TEXT_INPUT))
    if _is_junk(text):
        raise _Refused("not a text file (binary data)")
    return text


def _cut_at_line(data: bytes, limit: int) -> bytes:
    """A prefix that was cut at `limit` loses its last, maybe split, line."""
    if len(data) < limit:
        return data
    cut = data.rfind(b"\n")
    return data[: cut + 1] if cut > 0 else data


# --------------------------------------------------------------------------- HTML


def _html(data: bytes) -> str:
    markup = mail_decode.decode_html(data)
    if _is_junk(markup):
        raise _Refused("not an HTML file (binary data)")
    return mail_decode.html_to_text(markup)


# --------------------------------------------------------------------------- XML parts


def _refuse_dtd(*_args: object) -> None:
    raise _Refused("the document's XML declares a DTD or entities (refused as unsafe)")


def _parse_xml(
    raw: bytes,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    text: Callable[[str], None],
) -> None:
    """Stream `raw` through expat; a DOCTYPE or ENTITY aborts before any expansion.

    Office files never carry a DTD, and entity declarations are what billion-laughs and
    external-entity attacks are made of; expat itself never fetches external entities.
    Element names arrive as "namespace}local".
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.buffer_text = True
    parser.Parse(raw, True)


class _ZipParts:
    """Reads named parts of a ZIP within a budget: declared and real sizes both count."""

    def __init__(self, data: bytes) -> None:
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            if data.startswith(_OLE_MAGIC):
                raise _Refused("encrypted (password-protected) document") from exc
            raise _Refused(f"damaged ZIP: {_short(exc)}") from exc
        self.names = self.zf.namelist()
        self.left = _MAX_XML_TOTAL

    def read(self, name: str) -> bytes:
        info = self.zf.getinfo(name)
        if info.flag_bits & 0x1:
            raise _Refused("encrypted (password-protected) document")
        if info.file_size > min(_MAX_XML_PART, self.left):
            raise _Refused(
                f"damaged ZIP: {name} would unpack to {info.file_size} bytes (zip bomb?)"
            )
        try:
            with self.zf.open(info) as f:
                raw = f.read(min(_MAX_XML_PART, self.left) + 1)
        except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError, OSError) as exc:
            raise _Refused(f"damaged ZIP: {_short(exc)}") from exc
        if len(raw) > min(_MAX_XML_PART, self.left):
            raise _Refused(f"damaged ZIP: {name} unpacks to more than it declares (zip bomb?)")
        self.left -= len(raw)
        return raw


# --------------------------------------------------------------------------- DOCX

_W = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict Open XML" files
}
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Elements whose text is not the document's: deletions and the source side of moves (tracked
# changes), field codes, and the fallback copy of a text box that its mc:Choice already holds.
_W_SKIP = {"del", "moveFrom", "delText", "instrText", "fldData"}
_EXTRA_PART = re.compile(r"word/(footnotes|endnotes|header|footer)(\d*)\.xml")
_PART_RANK = {"footnotes": 0, "endnotes": 1, "header": 2, "footer": 3}


def _docx(data: bytes) -> str:
    parts = _ZipParts(data)
    if "word/document.xml" not in parts.names:
        raise _Refused("not a Word document (no word/document.xml)")
    # The body first, then its notes, then the headers and footers that repeat on every page.
    extra = sorted(
        (m for m in map(_EXTRA_PART.fullmatch, parts.names) if m),
        key=lambda m: (_PART_RANK[m.group(1)], int(m.group(2) or 0)),
    )
    names = ["word/document.xml", *(m.group(0) for m in extra)]
    chunks = [_wordml_text(parts.read(name)) for name in names]
    return "\n\n".join(c for c in chunks if c.strip())


def _wordml_text(raw: bytes) -> str:
    out: list[str] = []
    stack: list[str] = []  # local names of the open elements
    skip_at = -1  # depth at which a skipped element opened; -1: not skipping
    in_t = False

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal skip_at, in_t
        ns, _, local = name.rpartition("}")
        parent = stack[-1] if stack else ""
        stack.append(local)
        if skip_at >= 0:
            return
        if (ns in _W and local in _W_SKIP) or (ns == _MC and local == "Fallback"):
            skip_at = len(stack)
        elif ns in _W:
            if local == "t":
                in_t = True
            elif local == "tab" and parent == "r":  # w:pPr/w:tabs/w:tab is a tab stop
                out.append("\t")
            elif local in ("br", "cr"):
                out.append("\n")
            elif local == "noBreakHyphen":
                out.append("-")

    def end(name: str) -> None:
        nonlocal skip_at, in_t
        ns, _, local = name.rpartition("}")
        if skip_at == len(stack):
            skip_at = -1
        stack.pop()
        if skip_at >= 0 or ns not in _W:
            return
        if local == "t":
            in_t = False
        elif local == "p":
            out.append("\n")
        elif local == "tc":
            out.append("\t")

    def text(data: str) -> None:
        if in_t and skip_at < 0:
            out.append(data)

    _parse_xml(raw, start, end, text)
    return "".join(out)


# --------------------------------------------------------------------------- ODT

_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_WHITESPACE = re.compile(r"[ \t\r\n]+")


def _odt(data: bytes) -> str:
    parts = _ZipParts(data)
    manifest = "META-INF/manifest.xml"
    if manifest in parts.names and b"encryption-data" in parts.read(manifest):
        raise _Refused("encrypted (password-protected) document")
    if "content.xml" not in parts.names:
        raise _Refused("not an OpenDocument text (no content.xml)")
    raw = parts.read("content.xml")
    out: list[str] = []
    depth = 0  # open element count
    paragraph = 0  # open text:p / text:h
    skip_at = -1

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth, paragraph, skip_at
        depth += 1
        ns, _, local = name.rpartition("}")
        if skip_at >= 0 or ns != _ODF_TEXT:
            return
        # Tracked changes keep the deleted text here; a note citation is just its number.
        if local in ("tracked-changes", "note-citation"):
            skip_at = depth
        elif local in ("p", "h"):
            paragraph += 1
        elif local == "note":
            out.append(" ")  # the note's text follows the word it is attached to
        elif local == "s":
            count = attrs.get(_ODF_TEXT + "}c", "1")
            out.append(" " * min(int(count[:4]) if count[:4].isdigit() else 1, 1000))
        elif local == "tab":
            out.append("\t")
        elif local == "line-break":
            out.append("\n")

    def end(name: str) -> None:
        nonlocal depth, paragraph, skip_at
        ns, _, local = name.rpartition("}")
        if skip_at == depth:
            skip_at = -1
        elif skip_at < 0 and ns == _ODF_TEXT and local in ("p", "h"):
            paragraph -= 1
            out.append("\n")
        depth -= 1

    def text(data: str) -> None:
        if paragraph > 0 and skip_at < 0:
            # ODF collapses white space in text like HTML; text:s carries the real spaces.
            out.append(_ODF_WHITESPACE.sub(" ", data))

    _parse_xml(raw, start, end, text)
    return "".join(out)


# --------------------------------------------------------------------------- RTF

# \fcharsetN -> code page (Windows character set ids).
_RTF_CHARSETS = {
    77: "mac_roman",
    128: "cp932",
    129: "cp949",
    130: "johab",
    134: "gb18030",
    136: "big5",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
    254: "cp437",
    255: "cp850",
}
# Groups that hold no document text (tables of fonts, colours and styles, metadata, pictures,
# embedded objects, list numbering, field instructions). Groups opened by \* are skipped too.
_RTF_SKIP = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "objdata",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "revtbl",
    "filetbl",
    "generator",
    "xmlnstbl",
    "fldinst",
    "nonshppict",
    "pntext",
    "listtext",
    "pgdsctbl",
    "mmathPr",
}
_RTF_SYMBOLS = {
    "par": "\n",
    "line": "\n",
    "sect": "\n\n",
    "page": "\n\n",
    "row": "\n",
    "tab": "\t",
    "cell": "\t",
    "nestcell": "\t",
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
}
_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with its optional number
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\([^a-zA-Z'])"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends in the source are not text
    rb"|([^\\{}\r\n]+)",
    re.DOTALL,
)


def _rtf(data: bytes) -> str:
    """An RTF reader for text only: code pages per document and per font, \\uN with its \\ucN
    fallback skipped, destinations skipped, \\binN data jumped over."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise _Refused("not an RTF file")
    out: list[str] = []
    length = 0
    pending = bytearray()  # bytes awaiting decoding in `pending_cp`
    pending_cp = "cp1252"
    doc_cp = "cp1252"
    fonts: dict[int, str | None] = {}
    default_font: int | None = None
    # Group state: (skipping, uc, font, in_fonttbl)
    skipping, uc, font, in_fonttbl = False, 1, None, False
    stack: list[tuple[bool, int, int | None, bool]] = []
    to_skip = 0  # fallback characters after \uN still to drop
    high_surrogate = 0
    table_font: int | None = None  # the font being defined inside \fonttbl
    pos = 0
    n = len(data)

    def flush() -> None:
        nonlocal length
        if pending:
            s = bytes(pending).decode(pending_cp, errors="replace")
            out.append(s)
            length += len(s)
            pending.clear()

    def emit(s: str) -> None:
        nonlocal length
        flush()
        out.append(s)
        length += len(s)

    def code_page() -> str:
        cp = fonts.get(font if font is not None else default_font) if fonts else None
        return cp or doc_cp

    while pos < n and length < MAX_TEXT:
        m = _RTF_TOKEN.match(data, pos)
        if m is None:  # a lone backslash at the very end
            break
        pos = m.end()
        word, arg, hexbyte, symbol, brace, chunk = m.groups()
        if brace is not None:
            to_skip = 0
            if brace == b"{":
                stack.append((skipping, uc, font, in_fonttbl))
            elif stack:
                skipping, uc, font, in_fonttbl = stack.pop()
            continue
        if word is not None:
            name = word.decode("ascii")
            if name == "bin" and arg is not None:
                pos += max(int(arg), 0)  # raw binary data follows: never text, never tokens
                continue
            if to_skip and name != "u":
                to_skip -= 1
                continue
            if in_fonttbl:
                if name == "f" and arg is not None:
                    table_font = int(arg)
                elif name == "fcharset" and arg is not None and table_font is not None:
                    # ANSI (0), default (1), symbol (2): the document's \ansicpg. Writers put
                    # \fcharset0 on every font of a Czech \ansicpg1250 file.
                    fonts[table_font] = _RTF_CHARSETS.get(int(arg))
                elif name == "cpg" and arg is not None and table_font is not None:
                    fonts[table_font] = _codepage(int(arg)) or fonts.get(table_font)
                continue
            if name == "fonttbl":
                in_fonttbl = True
                skipping = True
            elif name in _RTF_SKIP:
                skipping = True
            elif name == "ansicpg" and arg is not None:
                doc_cp = _codepage(int(arg)) or doc_cp
            elif name == "mac":
                doc_cp = "mac_roman"
            elif name == "pc":
                doc_cp = "cp437"
            elif name == "pca":
                doc_cp = "cp850"
            elif name == "deff" and arg is not None:
                default_font = int(arg)
            elif name == "f" and arg is not None:
                font = int(arg)
            elif name == "uc" and arg is not None:
                uc = max(int(arg), 0)
            elif skipping:
                continue
            elif name == "u" and arg is not None:
                code = int(arg)
                if code < 0:
                    code += 65536  # RTF writes code points above 32767 as signed 16-bit
                if 0xD800 <= code <= 0xDBFF:
                    flush()
                    high_surrogate = code
                elif 0xDC00 <= code <= 0xDFFF and high_surrogate:
                    emit(chr(0x10000 + ((high_surrogate - 0xD800) << 10) + (code - 0xDC00)))
                    high_surrogate = 0
                else:
                    emit(chr(code) if code <= 0x10FFFF else "\ufffd")
                    high_surrogate = 0
                to_skip = uc
            elif name in _RTF_SYMBOLS:
                emit(_RTF_SYMBOLS[name])
            continue
        if symbol is not None:
            if to_skip:
                to_skip -= 1
                continue
            if symbol == b"*":
                skipping = True
            elif skipping:
                continue
            elif symbol in (b"\\", b"{", b"}"):
                emit(symbol.decode("ascii"))
            elif symbol == b"~":
                emit("\xa0")
            elif symbol == b"_":
                emit("-")
            elif symbol in (b"\n", b"\r"):
                emit("\n")
            elif symbol == b"\t":
                emit("\t")
            continue  # \- (optional hyphen), \| and the rest carry no text
        if hexbyte is not None:
            if to_skip:
                to_skip -= 1
            elif not skipping:
                cp = code_page()
                if cp != pending_cp:
                    flush()
                    pending_cp = cp
                pending.append(int(hexbyte, 16))
            continue
        if chunk is not None:
            if to_skip:
                dropped = min(to_skip, len(chunk))
                chunk = chunk[dropped:]
                to_skip -= dropped
            if chunk and not skipping:
                cp = code_page()
                if cp != pending_cp:
                    flush()
                    pending_cp = cp
                pending.extend(chunk)
    flush()
    return "".join(out)


_CODEPAGE_NAMES = {
    65001: "utf-8",
    1200: "utf-16-le",
    1201: "utf-16-be",
    20127: "ascii",
    20866: "koi8-r",
    21866: "koi8-u",
    10000: "mac_roman",
    10007: "mac_cyrillic",
    10029: "mac_latin2",
    50220: "iso2022_jp",
    51932: "euc_jp",
    936: "gb18030",
    950: "big5",
    **{28590 + i: f"iso-8859-{i}" for i in range(1, 16)},
}


def _codepage(number: int) -> str | None:
    """A Windows code page number as a Python codec name, None if Python has no such codec."""
    name = _CODEPAGE_NAMES.get(number, f"cp{number}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# --------------------------------------------------------------------------- PDF


def _pdf(data: bytes) -> Extracted:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")  # many "secured" PDFs only forbid printing
            except DependencyError:
                return _failed("encrypted PDF (AES support is not installed)")
            except Exception:
                return _failed("encrypted PDF")
            if decrypted == PasswordType.NOT_DECRYPTED:
                return _failed("encrypted PDF")
        pages = len(reader.pages)
    except Exception as exc:
        return _failed(f"damaged PDF: {_short(exc)}")
    if pages == 0:
        return _failed("damaged PDF: it has no pages", pages=0)
    texts: list[str] = []
    length = 0
    errors: list[Exception] = []
    deadline = time.monotonic() + _PDF_SECONDS
    for number in range(min(pages, _MAX_PDF_PAGES)):
        if number and (length >= MAX_TEXT or time.monotonic() > deadline):
            break
        try:
            page_text = reader.pages[number].extract_text() or ""
        except Exception as exc:  # one broken page must not lose the others
            errors.append(exc)
            page_text = ""
        texts.append(page_text)
        length += len(page_text)
    if errors and len(errors) == len(texts):
        return _failed(f"damaged PDF: {_short(errors[0])}", pages=pages)
    text = mail_decode.clean("\f".join(texts), MAX_TEXT)
    letters = sum(1 for ch in text if ch.isalnum())
    # A scan often carries a page number or a stamp; real text has hundreds per page.
    if letters < 5 * len(texts):
        return Extracted(text, "no_text", "no text layer (scanned?)", pages)
    return Extracted(text, "ok", pages=pages)


# --------------------------------------------------------------------------- EML

_MAIL_HEADER_LINES = ("Subject", "From", "To", "Cc", "Date")


def _eml(data: bytes) -> str:
    data, many_parts = mail_decode.tame(data)
    try:
        if many_parts:
            raise ValueError("too many parts for policy.default")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        return _message_text(msg)
    except _Refused:
        raise
    except Exception:
        # policy.default parses structured headers and parameters lazily and can raise on
        # broken ones; compat32 keeps them as strings.
        msg = BytesParser(policy=policy.compat32).parsebytes(data)
        return _message_text(msg)


def _message_text(msg: Message) -> str:
    out: list[str] = []
    attachments: list[str] = []
    budget = [mail_decode.MAX_MAIL_PARTS]
    _message_into(msg, out, attachments, 0, budget)
    if not msg.keys() and _is_junk("\n".join(out)):
        raise _Refused("not an e-mail message (binary data)")
    if attachments:
        out.append("\nAttachments:\n" + "\n".join(attachments))
    return "\n".join(out)


def _message_into(
    msg: Message, out: list[str], attachments: list[str], depth: int, budget: list[int]
) -> None:
    headers = _header_lines(msg)
    if headers:
        out.append(headers + "\n")
    _part_into(msg, out, attachments, depth, budget)


def _part_into(
    part: Message,
    out: list[str],
    attachments: list[str],
    depth: int,
    budget: list[int],
    related: bool = False,
) -> None:
    budget[0] -= 1
    if budget[0] < 0 or depth > mail_decode.MAX_MAIL_DEPTH:
        return
    ctype = part.get_content_type()
    filename = mail_decode.filename(part)
    if ctype == "message/rfc822":
        if filename:
            attachments.append(filename)
        inner = part.get_payload()
        if isinstance(inner, list) and inner:
            out.append("")
            _message_into(inner[0], out, attachments, depth + 1, budget)
        return
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            return
        if ctype == "multipart/alternative" and children:
            chosen = _alternative(children)
            for child in children:
                if child is not chosen and mail_decode.filename(child):
                    attachments.append(mail_decode.filename(child))
            children = [chosen]
        inside = ctype == "multipart/related"
        for child in children:
            _part_into(child, out, attachments, depth + 1, budget, inside)
        return
    disposition = part.get_content_disposition()
    # A text part is body text when it says "inline", or says nothing and has no file name
    # (or sits in a multipart/related body, as MMS gateways write). Pictures of a related
    # HTML body belong to the text too, so they are not listed as attachments.
    body = disposition == "inline" or (disposition is None and (not filename or related))
    if not body or ctype not in ("text/plain", "text/html"):
        if filename and not (related and disposition != "attachment"):
            attachments.append(filename)
        return
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return
    charset = part.get_content_charset()
    if ctype == "text/html":
        out.append(mail_decode.html_to_text(mail_decode.decode_html(payload, charset)))
    else:
        out.append(mail_decode.decode(payload, charset))


def _alternative(children: list[Message]) -> Message:
    """The plain text if there is one, else the richest (last) version."""
    for child in children:
        if child.get_content_type() == "text/plain":
            return child
    return children[-1]


def _header_lines(msg: Message) -> str:
    found: dict[str, str] = {}
    # raw_items(): the headers as received, so the structured parser of policy.default (slow
    # and strict on hostile values) never runs; encoded words are decoded below.
    for name, value in msg.raw_items():
        key = name.strip().title()
        if key in _MAIL_HEADER_LINES and key not in found:
            found[key] = mail_decode.decode_header(value)
    lines = [f"{key}: {found[key]}" for key in _MAIL_HEADER_LINES if found.get(key)]
    return "\n".join(lines)


# --------------------------------------------------------------------------- MSG


def _msg(data: bytes) -> str:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:
        raise _Refused(f"damaged Outlook message: {_short(exc)}") from exc
    with ole:
        return _MsgReader(ole).text()


class _MsgReader:
    """An Outlook .msg (MS-OXMSG): MAPI properties stored as streams of an OLE file."""

    def __init__(self, ole: olefile.OleFileIO) -> None:
        self.ole = ole
        self.props = self._fixed_properties((), header=32)
        codepage = self._long(0x3FFD) or self._long(0x3FDE)  # message, then internet code page
        self.codepage = _codepage(codepage) if codepage else None

    def _stream(self, name: str, storage: tuple[str, ...] = ()) -> bytes | None:
        path = [*storage, name]
        if not self.ole.exists(path):
            return None
        with self.ole.openstream(path) as f:
            return f.read(_MAX_TEXT_INPUT)

    def _fixed_properties(self, storage: tuple[str, ...], header: int) -> dict[int, bytes]:
        """Property tag -> 8 value bytes of the fixed-size properties (numbers, dates)."""
        raw = self._stream("__properties_version1.0", storage) or b""
        props: dict[int, bytes] = {}
        for offset in range(header, len(raw) - 15, 16):
            tag = struct.unpack_from("<I", raw, offset)[0]
            props[tag] = raw[offset + 8 : offset + 16]
        return props

    def _long(self, prop: int) -> int | None:
        value = self.props.get((prop << 16) | 0x0003)
        return struct.unpack("<i", value[:4])[0] if value else None

    def string(self, prop: int, storage: tuple[str, ...] = ()) -> str:
        unicode = self._stream(f"__substg1.0_{prop:04X}001F", storage)
        if unicode is not None:
            return unicode.decode("utf-16-le", errors="replace").rstrip("\x00")
        eight_bit = self._stream(f"__substg1.0_{prop:04X}001E", storage)
        if eight_bit is not None:
            return mail_decode.decode(eight_bit.rstrip(b"\x00"), self.codepage)
        return ""

    def _date(self) -> str:
        value = self.props.get((0x0039 << 16) | 0x0040)  # client submit time, a FILETIME
        if not value:
            return ""
        ticks = struct.unpack("<Q", value)[0]
        try:
            when = dt.datetime(1601, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=ticks // 10)
        except OverflowError:
            return ""
        return email.utils.format_datetime(when)

    def text(self) -> str:
        sender = self.string(0x0C1A) or self.string(0x0042)
        # The SMTP address; 0x0C1F is an Exchange X.500 path ("/o=...") for internal senders.
        candidates = (self.string(0x5D01), self.string(0x0C1F), self.string(0x0065))
        address = next((a for a in candidates if "@" in a), "")
        if address and address not in sender:
            sender = f"{sender} <{address}>" if sender else address
        fields = (
            ("Subject", self.string(0x0037)),
            ("From", sender),
            ("To", self.string(0x0E04)),
            ("Cc", self.string(0x0E03)),
            ("Date", self._date()),
        )
        lines = [f"{key}: {' '.join(value.split())}" for key, value in fields if value.strip()]
        body = self.string(0x1000)
        if not body.strip():
            body = self._html_body()
        out = ["\n".join(lines), body]
        names = self._attachment_names()
        if names:
            out.append("Attachments:\n" + "\n".join(names))
        return "\n\n".join(part for part in out if part)

    def _html_body(self) -> str:
        binary = self._stream("__substg1.0_10130102")
        if binary is not None:
            return mail_decode.html_to_text(
                mail_decode.decode_html(binary.rstrip(b"\x00"), self.codepage)
            )
        html_text = self.string(0x1013)
        return mail_decode.html_to_text(html_text) if html_text else ""

    def _attachment_names(self) -> list[str]:
        names = []
        storages = sorted({e[0] for e in self.ole.listdir(streams=True, storages=True)})
        for storage in storages:
            if not storage.startswith("__attach_version1.0_#"):
                continue
            where = (storage,)
            name = self.string(0x3707, where) or self.string(0x3704, where)
            name = name or self.string(0x3001, where)
            if name.strip():
                names.append(name.strip())
        return names


_EXTRACTORS: dict[str, Callable[[bytes], str | Extracted]] = {
    "pdf": _pdf,
    "docx": _docx,
    "odt": _odt,
    "rtf": _rtf,
    "txt": _txt,
    "html": _html,
    "eml": _eml,
    "msg": _msg,
}
_LABELS = {
    "pdf": "PDF",
    "docx": "Word document",
    "odt": "OpenDocument text",
    "rtf": "RTF",
    "txt": "text file",
    "html": "HTML",
    "eml": "e-mail",
    "msg": "Outlook message",
}
