"""Text extraction for the document store: every type, every code page, every broken file."""

from __future__ import annotations

import codecs
import email
import email.policy
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.core.documents import extract
from smallcrm.core.documents.extract import MAX_TEXT, Extracted, extract_text, kind_of
from smallcrm.core.interop import mail_decode

DATA = Path(__file__).resolve().parents[2] / "data" / "documents"
STATUSES = {"ok", "no_text", "unsupported", "failed"}

CS = "Příliš žluťoučký kůň úpěl ďábelské ódy."
PL = "Zażółć gęślą jaźń. Łódź, Gdańsk"
UK = "Шановний пане Коваленко! Повідомляємо, що засідання відбудеться в Києві. Їжак, ґанок."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def attachment(eml: str, suffix: str) -> bytes:
    """The first attachment of a real mail whose file name ends with `suffix`."""
    msg = email.message_from_bytes((DATA / eml).read_bytes(), policy=email.policy.compat32)
    for part in msg.walk():
        if (part.get_filename() or "").lower().endswith(suffix):
            return part.get_payload(decode=True)
    raise AssertionError(f"no {suffix} in {eml}")


# --------------------------------------------------------------------------- builders: PDF


def make_pdf(pages: list[str | None], compress: bool = False) -> bytes:
    """A PDF whose text is drawn with a Type0 font and mapped back by its ToUnicode CMap (as
    generators that subset fonts do); a None page holds only an image (a scan)."""
    chars = sorted({ch for text in pages if text for ch in text if ch != "\n"})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}

    def stream(body: bytes, extra: bytes = b"") -> bytes:
        if compress:
            body = zlib.compress(body)
            extra += b" /Filter /FlateDecode"
        return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), extra, body)

    bfchar = b""
    for start in range(0, len(chars), 100):
        block = chars[start : start + 100]
        bfchar += b"%d beginbfchar\n" % len(block)
        for ch in block:
            bfchar += b"<%04X> <%s>\n" % (cid[ch], ch.encode("utf-16-be").hex().upper().encode())
        bfchar += b"endbfchar\n"
    cmap = (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + bfchar
        + b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        4: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 6 0 R /DW 500 /CIDToGIDMap /Identity >>",
        5: stream(cmap),
        6: b"<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        7: stream(
            b"\x80",
            b" /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8",
        ),
    }
    kids = []
    number = 8
    for text in pages:
        if text is None:
            content = b"q 500 0 0 700 50 80 cm /Im0 Do Q"
        else:
            shown = [
                b"<%s> Tj 0 -16 Td" % b"".join(b"%04X" % cid[ch] for ch in line)
                for line in text.split("\n")
            ]
            content = b"BT /F1 12 Tf 72 760 Td " + b" ".join(shown) + b" ET"
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> /XObject << /Im0 7 0 R >> >> >>" % (number + 1)
        )
        objects[number + 1] = stream(content)
        kids.append(b"%d 0 R" % number)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (n, objects[n])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def encrypt_pdf(data: bytes, user: str, owner: str, algorithm: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------- builders: ZIP


W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def make_zip(parts: dict[str, bytes | str], stored: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in parts.items():
            raw = body.encode("utf-8") if isinstance(body, str) else body
            kind = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zf.writestr(name, raw, compress_type=kind)
    return buf.getvalue()


def word_part(root: str, body: str) -> str:
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return f"{declaration}<w:{root} {W_NS}>{body}</w:{root}>"


def make_docx(body: str, **parts: str) -> bytes:
    files: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "word/document.xml": word_part("document", f"<w:body>{body}</w:body>"),
    }
    for name, xml in parts.items():
        root = {"header": "hdr", "footer": "ftr"}.get(name.rstrip("0123456789"), name)
        files[f"word/{name}.xml"] = word_part(root, xml)
    return make_zip(files)


def para(*runs: str) -> str:
    return (
        "<w:p>"
        + "".join(f"<w:r><w:t xml:space='preserve'>{r}</w:t></w:r>" for r in runs)
        + "</w:p>"
    )


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def make_odt(text_body: str, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document-content {ODF_NS}><office:body><office:text>{text_body}"
        "</office:text></office:body></office:document-content>"
    )
    return make_zip({"mimetype": mimetype, "content.xml": content}, stored=("mimetype",))


# --------------------------------------------------------------------------- builders: CFB


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: dict[str, _Entry] = field(default_factory=dict)
    sid: int = 0
    right: int = 0xFFFFFFFF
    start: int = 0xFFFFFFFE


def make_cfb(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file, the container Outlook writes .msg files in; streams under
    4096 bytes live in the mini stream, as the format requires of a writer."""
    end, free, fatsect, none = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    root = _Entry("Root Entry", 5)
    for path, data in streams.items():
        node = root
        *storages, leaf = path.split("/")
        for name in storages:
            node = node.children.setdefault(name, _Entry(name, 1))
        node.children[leaf] = _Entry(leaf, 2, data)
    entries: list[_Entry] = []

    def number(node: _Entry) -> None:
        node.sid = len(entries)
        entries.append(node)
        for child in node.children.values():
            number(child)

    number(root)

    def siblings(node: _Entry) -> list[_Entry]:  # the order CFB readers search by
        return sorted(node.children.values(), key=lambda e: (len(e.name), e.name.upper()))

    for node in entries:
        kids = siblings(node)
        for left, right in zip(kids, kids[1:], strict=False):
            left.right = right.sid
    mini, minifat, big = bytearray(), [], []
    for node in entries:
        if node.kind != 2:
            continue
        if len(node.data) >= 4096:
            big.append(node)
        elif node.data:
            count = -(-len(node.data) // 64)
            node.start = len(mini) // 64
            minifat += [node.start + i + 1 for i in range(count - 1)] + [end]
            mini += node.data.ljust(count * 64, b"\0")

    def sectors(size: int) -> int:
        return -(-size // 512)

    counts = [sectors(len(entries) * 128), sectors(len(minifat) * 4), sectors(len(mini))]
    counts += [sectors(len(node.data)) for node in big]
    fat_count = 1
    while fat_count * 128 < sum(counts) + fat_count:
        fat_count += 1
    fat = [fatsect] * fat_count
    starts = []
    for count in counts:
        starts.append(len(fat) if count else end)
        fat += [len(fat) + i + 1 for i in range(count - 1)] + ([end] if count else [])
    fat += [free] * (fat_count * 128 - len(fat))
    for node, start in zip(big, starts[3:], strict=True):
        node.start = start
    directory = bytearray()
    for node in entries:
        name = node.name.encode("utf-16-le") + b"\0\0"
        kids = siblings(node)
        start, size = (starts[2], len(mini)) if node.kind == 5 else (node.start, len(node.data))
        if node.kind == 1:
            start, size = 0, 0
        directory += name.ljust(64, b"\0")
        directory += struct.pack(
            "<HBBIII", len(name), node.kind, 1, none, node.right, kids[0].sid if kids else none
        )
        directory += b"\0" * 36 + struct.pack("<IQ", start, size)
    while len(directory) % 512:
        directory += b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, none, none, none) + b"\0" * 48
    difat = list(range(fat_count)) + [free] * (109 - fat_count)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<9I", 0, fat_count, starts[0], 0, 4096, starts[1], counts[1], end, 0)
    header += struct.pack("<109I", *difat)

    def pad(raw: bytes) -> bytes:
        return bytes(raw) + b"\0" * (-len(raw) % 512)

    out = header + pad(struct.pack(f"<{len(fat)}I", *fat)) + pad(directory)
    out += pad(struct.pack(f"<{len(minifat)}I", *minifat)) + pad(mini)
    return out + b"".join(pad(node.data) for node in big)


def properties(fixed: dict[int, bytes], header: int = 32) -> bytes:
    """A __properties_version1.0 stream: a header, then 16-byte fixed-size property entries."""
    out = b"\0" * header
    for tag, value in fixed.items():
        out += struct.pack("<II", tag, 6) + value.ljust(8, b"\0")
    return out


def unicode(text: str) -> bytes:
    return text.encode("utf-16-le") + b"\0\0"


def filetime(year: int, month: int, day: int, hour: int = 0) -> bytes:
    import datetime as dt

    when = dt.datetime(year, month, day, hour, tzinfo=dt.UTC)
    delta = when - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
    return struct.pack("<Q", (delta.days * 86400 + delta.seconds) * 10_000_000)


# --------------------------------------------------------------------------- kind_of


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (make_pdf(["Faktura"]), "smlouva.txt", "pdf"),  # a PDF named .txt is a PDF
        (b"garbage from a scanner\r\n%PDF-1.4\n", "scan.bin", "pdf"),  # junk before the header
        (b"{\\rtf1\\ansi\\ansicpg1250 Dopis\\par}", "dopis.doc", "rtf"),  # Word's "save as .doc"
        (make_docx(para("x")), "smlouva.odt", "docx"),
        (make_odt("<text:p>x</text:p>"), "smlouva.docx", "odt"),
        (b"From: a@b.cz\r\nTo: c@d.cz\r\nSubject: Ahoj\r\n\r\nText", "poznamka.txt", "eml"),
        (b"<!DOCTYPE html>\n<html><body>Ahoj</body></html>", "stranka.txt", "html"),
        (b"  <HTML><BODY>Ahoj</BODY></HTML>", "", "html"),
        (b"plain words", "noname", "txt"),  # unknown extension, text content
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "invite.ics", "txt"),
        (b"no magic at all", "smlouva.pdf", "pdf"),  # the extension decides when nothing else does
        (b"", "prazdny.txt", "txt"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "obrazek.txt", None),
        (make_zip({"xl/workbook.xml": "<x/>"}), "tabulka.docx", None),
        (make_zip({"a.txt": "ahoj"}), "archiv.zip", None),
        (b"\x00\x01\x02\x03binary", "data.bin", None),
    ],
)
def test_kind_is_decided_by_content_first_and_the_name_second(tmp_path, data, name, kind):
    path = write(tmp_path, "file", data)
    assert kind_of(path, name) == kind


def test_the_file_name_defaults_to_the_paths_name(tmp_path):
    assert kind_of(write(tmp_path, "poznamka.md", b"# Zapis")) == "txt"
    assert kind_of(write(tmp_path, "x.msg", b"no OLE here")) == "msg"


def test_outlook_message_and_word_97_file_are_told_apart_by_their_streams(tmp_path):
    msg = make_cfb(
        {"__properties_version1.0": properties({}), "__substg1.0_0037001F": unicode("x")}
    )
    doc = make_cfb({"WordDocument": b"\0" * 600, "1Table": b"\0" * 100})
    assert kind_of(write(tmp_path, "a.eml", msg)) == "msg"
    assert kind_of(write(tmp_path, "b.doc", doc)) is None
    result = extract_text(write(tmp_path, "c.msg", doc))
    assert result.status == "unsupported"
    assert ".doc" in result.reason


def test_unsupported_files_say_what_they_are(tmp_path):
    png = extract_text(write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"))
    xlsx = extract_text(write(tmp_path, "b.docx", make_zip({"xl/workbook.xml": "<x/>"})))
    assert (png.status, png.reason) == ("unsupported", "a PNG image, not a document with text")
    assert xlsx.status == "unsupported"
    assert "Excel" in xlsx.reason


def test_a_presentation_named_odt_is_not_read_as_text():
    result = extract_text(DATA / "odfpy_encrypted_presentation_named_odt.odt")
    assert result.status == "unsupported"
    assert "not a text document" in result.reason


# --------------------------------------------------------------------------- PDF


def test_pdf_text_of_every_page_in_czech_polish_and_ukrainian(tmp_path):
    data = make_pdf([f"{CS}\n{PL}", UK], compress=True)
    result = extract_text(write(tmp_path, "smlouva.pdf", data))
    assert result.status == "ok"
    assert result.pages == 2
    assert CS in result.text and PL in result.text and UK in result.text
    assert result.text.index(PL) < result.text.index("\f") < result.text.index(UK)


def test_a_real_pdf_with_a_text_layer(tmp_path):
    path = write(
        tmp_path, "offer.pdf", attachment("mailparser_ibm_notes9_italian_related.eml", ".pdf")
    )
    result = extract_text(path)
    assert (result.status, result.pages) == ("ok", 10)
    assert "Move to Eight" in result.text
    assert result.text.count("\f") == 9


def test_a_real_scanned_pdf_has_no_text_layer(tmp_path):
    scan = attachment("mailparser_mdaemon_outlook_connector_att_htm.eml", ".pdf")
    result = extract_text(write(tmp_path, "20170609091403417.pdf", scan))
    assert result == Extracted("", "no_text", "no text layer (scanned?)", 1)


def test_a_pdf_whose_only_page_is_an_image_is_no_text(tmp_path):
    result = extract_text(write(tmp_path, "scan.pdf", make_pdf([None])))
    assert (result.status, result.reason, result.pages) == (
        "no_text",
        "no text layer (scanned?)",
        1,
    )


def test_page_numbers_alone_do_not_make_a_scan_a_text(tmp_path):
    result = extract_text(write(tmp_path, "scan.pdf", make_pdf(["1", "2", "3"])))
    assert result.status == "no_text"
    assert result.pages == 3


def test_a_scan_with_one_typed_page_is_text(tmp_path):
    result = extract_text(write(tmp_path, "mixed.pdf", make_pdf([None, CS, None])))
    assert (result.status, result.pages) == ("ok", 3)
    assert CS in result.text


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_an_encrypted_pdf_fails_with_that_reason(tmp_path, algorithm):
    locked = encrypt_pdf(make_pdf([CS]), user="heslo", owner="vlastnik", algorithm=algorithm)
    result = extract_text(write(tmp_path, "tajne.pdf", locked))
    assert (result.status, result.reason) == ("failed", "encrypted PDF")


def test_a_pdf_that_only_forbids_printing_is_read(tmp_path):
    secured = encrypt_pdf(make_pdf([CS]), user="", owner="vlastnik", algorithm="AES-128")
    result = extract_text(write(tmp_path, "secured.pdf", secured))
    assert result.status == "ok"
    assert CS in result.text


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n",
        make_pdf([CS])[:60],
        b"%PDF-1.4\n" + bytes(range(256)) * 20,
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>",
    ],
    ids=["header-only", "truncated", "random-body", "self-referencing-pages"],
)
def test_damaged_pdfs_fail_with_a_reason(tmp_path, data):
    result = extract_text(write(tmp_path, "x.pdf", data))
    assert result.status == "failed"
    assert "PDF" in result.reason


def test_a_truncated_pdf_from_a_real_mail(tmp_path):
    stub = attachment("kopano_lufthansa_booking_q_subject_semicolon.eml", ".pdf")
    assert stub == b"%PD"
    result = extract_text(write(tmp_path, "x.pdf", stub))
    assert result.status == "failed"
    assert result.reason.startswith("damaged PDF")


def test_pdf_pages_beyond_the_limit_are_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "_MAX_PDF_PAGES", 2)
    result = extract_text(write(tmp_path, "long.pdf", make_pdf(["jedna", "dva", "tři"])))
    assert result.pages == 3
    assert "dva" in result.text and "tři" not in result.text


def test_pdf_reading_stops_after_its_time_budget_but_keeps_the_first_page(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "_PDF_SECONDS", -1.0)
    result = extract_text(write(tmp_path, "slow.pdf", make_pdf([CS, PL])))
    assert (result.status, result.pages) == ("ok", 2)
    assert CS in result.text and PL not in result.text


# --------------------------------------------------------------------------- DOCX


def test_docx_paragraphs_tabs_breaks_headers_footers_and_footnotes(tmp_path):
    body = (
        "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"
        "<w:r><w:t>Smlouva o d</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ílo</w:t></w:r>"
        "<w:r><w:tab/><w:t>č. 12/2024</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>{CS}</w:t><w:br/><w:t>{PL}</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>{UK}</w:t></w:r><w:r><w:footnoteReference w:id='1'/></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Jméno</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Nowak</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    data = make_docx(
        body,
        header1=para("Advokátní kancelář Dvořák"),
        footer1=para("Strana ", "1"),
        footnotes="<w:footnote w:id='1'>" + para("Przypis: Sąd Okręgowy w Łodzi") + "</w:footnote>",
    )
    result = extract_text(write(tmp_path, "smlouva.docx", data))
    assert result.status == "ok"
    lines = result.text.split("\n")
    assert lines[0] == "Smlouva o dílo\tč. 12/2024"  # the pPr tab stop adds no tab
    assert lines[1:4] == [CS, PL, UK]
    assert "Jméno\tNowak" in result.text.replace("\n", "")
    assert "Przypis: Sąd Okręgowy w Łodzi" in result.text
    assert "Advokátní kancelář Dvořák" in result.text
    assert "Strana 1" in result.text
    assert result.text.index(UK) < result.text.index("Przypis") < result.text.index("Advokátní")


def test_docx_leaves_out_deleted_text_field_codes_and_the_fallback_copy_of_text_boxes(tmp_path):
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Cena je </w:t></w:r>"
        "<w:del w:id='1' w:author='JN'><w:r><w:delText>100 Kč</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='JN'><w:r><w:t>120 Kč</w:t></w:r></w:ins></w:p>"
        "<w:p><w:moveFrom w:id='3'><w:r><w:t>PŘESUNUTO</w:t></w:r></w:moveFrom>"
        "<w:moveTo w:id='4'><w:r><w:t>Přesunutý odstavec</w:t></w:r></w:moveTo></w:p>"
        "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        '<w:r><w:instrText> HYPERLINK "https://example.cz" </w:instrText></w:r>'
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>odkaz</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx>"
        "<w:txbxContent>" + para("Textové pole") + "</w:txbxContent></wps:txbx></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + para("Textové pole")
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    result = extract_text(write(tmp_path, "zmeny.docx", make_docx(body)))
    assert result.status == "ok"
    assert "Cena je 120 Kč" in result.text
    assert "100" not in result.text and "PŘESUNUTO" not in result.text
    assert "odkaz" in result.text and "HYPERLINK" not in result.text
    assert result.text.count("Textové pole") == 1


def test_real_word_documents_with_headers_footers_and_footnotes():
    headers = extract_text(DATA / "pythondocx_headers_footers.docx")
    assert headers.status == "ok"
    assert headers.text.startswith("section with header\n")
    assert "Header for section-1" in headers.text and "Footer for section 1" in headers.text
    notes = extract_text(DATA / "pythondocx_footnotes.docx")
    assert "And this paragraph contains two footnotes, here and here." in notes.text
    assert "This is footnote text for the third footnote." in notes.text


def test_docx_without_the_main_part_and_damaged_zips_fail(tmp_path):
    no_document = make_zip({"[Content_Types].xml": CONTENT_TYPES, "word/styles.xml": "<x/>"})
    broken = make_docx(para(CS))
    cases = {
        "no-document.docx": no_document,
        "truncated.docx": broken[: len(broken) // 2],
        "random.docx": bytes(range(256)) * 8,
    }
    results = {name: extract_text(write(tmp_path, name, data)) for name, data in cases.items()}
    # A ZIP that is not a Word document is not one; a broken ZIP named .docx is a damaged one.
    assert results["no-document.docx"].status == "unsupported"
    assert results["truncated.docx"].status == "failed"
    assert results["truncated.docx"].reason.startswith("damaged ZIP")
    assert results["random.docx"].reason.startswith("damaged ZIP")


def test_a_password_protected_docx_says_so(tmp_path):
    # Word stores a protected .docx as an OLE file holding the encrypted ZIP.
    data = make_cfb(
        {"EncryptionInfo": b"\x04\0\x04\0" + b"\0" * 200, "EncryptedPackage": b"\0" * 5000}
    )
    result = extract_text(write(tmp_path, "tajne.docx", data))
    assert (result.status, result.reason) == ("failed", "encrypted (password-protected) document")


def declare_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size the central directory gives for `member`."""
    out = bytearray(data)
    entry = out.index(b"PK\x01\x02")
    while out[entry + 46 : entry + 46 + len(member)] != member.encode():
        entry = out.index(b"PK\x01\x02", entry + 4)
    out[entry + 24 : entry + 28] = struct.pack("<I", size)
    return bytes(out)


def test_a_zip_bomb_is_refused_by_its_declared_size(tmp_path):
    # Claim 4 GB for word/document.xml: nothing has to be unpacked to refuse it.
    data = declare_size(make_docx(para(CS)), "word/document.xml", 0xFFFF_FFF0)
    result = extract_text(write(tmp_path, "bomb.docx", data))
    assert result.status == "failed"
    assert "zip bomb" in result.reason


def test_a_zip_bomb_is_refused_by_what_it_really_unpacks_to(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "_MAX_XML_PART", 1024 * 1024)
    huge = make_docx(para("A" * (3 * 1024 * 1024)))
    assert len(huge) < 20_000
    result = extract_text(write(tmp_path, "bomb.docx", huge))
    assert result.status == "failed"
    assert "zip bomb" in result.reason


def test_a_part_that_lies_about_its_size_is_damaged(tmp_path):
    data = declare_size(make_docx(para(CS * 50)), "word/document.xml", 100)  # far more inside
    result = extract_text(write(tmp_path, "lies.docx", data))
    assert result.status == "failed"
    assert result.reason.startswith("damaged")


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    f"<w:document {W_NS}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
)


def test_xml_with_entity_declarations_is_refused(tmp_path):
    data = make_zip({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": BILLION_LAUGHS})
    result = extract_text(write(tmp_path, "lol.docx", data))
    assert result.status == "failed"
    assert "DTD" in result.reason
    # The same attack in UTF-16, where a byte search for "<!DOCTYPE" would see nothing.
    utf16 = BILLION_LAUGHS.replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>')
    data = make_zip({"word/document.xml": codecs.BOM_UTF16_LE + utf16.encode("utf-16-le")})
    assert "DTD" in extract_text(write(tmp_path, "lol16.docx", data)).reason


def test_a_real_external_entity_attack_in_an_odt_is_refused():
    result = extract_text(DATA / "odfpy_nasty_external_entity.odt")
    assert result.status == "failed"
    assert "DTD" in result.reason


# --------------------------------------------------------------------------- ODT


def test_odt_paragraphs_headings_spaces_tabs_and_line_breaks(tmp_path):
    body = (
        "<text:h text:outline-level='1'>Smlouva o dílo</text:h>"
        f"<text:p>{CS}<text:line-break/>{PL}</text:p>"
        "<text:p>Cena:<text:s text:c='3'/>120<text:tab/>Kč</text:p>"
        f"<text:list><text:list-item><text:p><text:span>{UK}</text:span></text:p>"
        "</text:list-item></text:list>"
        "<text:p>Viz poznámku<text:note text:note-class='footnote'><text:note-citation>1"
        "</text:note-citation><text:note-body><text:p>Poznámka pod čarou</text:p>"
        "</text:note-body></text:note>.</text:p>"
        "<text:p>source\n   indentation    collapses</text:p>"
    )
    result = extract_text(write(tmp_path, "smlouva.odt", make_odt(body)))
    assert result.status == "ok"
    lines = result.text.split("\n")
    assert lines[:5] == ["Smlouva o dílo", CS, PL, "Cena:   120\tKč", UK]
    assert "Poznámka pod čarou" in result.text
    assert "Viz poznámku1" not in result.text  # the citation number is not text
    assert "source indentation collapses" in result.text


def test_odt_tracked_deletions_are_not_text(tmp_path):
    body = (
        "<text:tracked-changes><text:changed-region text:id='ct1'><text:deletion>"
        "<office:change-info><dc:creator>JN</dc:creator></office:change-info>"
        "<text:p>SMAZANÝ TEXT</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p>Platný text<text:change text:change-id='ct1'/></text:p>"
    )
    result = extract_text(write(tmp_path, "zmeny.odt", make_odt(body)))
    assert result.text == "Platný text"


def test_a_real_odt_keeps_its_runs_of_spaces_and_tabs():
    result = extract_text(DATA / "odfpy_serious_poem.odt")
    assert result.status == "ok"
    assert "The boy stood    on the burning deck," in result.text
    assert "\tWhence all\tbut\t\thim had fled." in result.text


def test_a_real_password_protected_odt_fails_with_that_reason():
    result = extract_text(DATA / "odfpy_aes_encrypted.odt")
    assert (result.status, result.reason) == ("failed", "encrypted (password-protected) document")


def test_odt_without_content_and_odt_with_broken_xml_fail(tmp_path):
    empty = make_zip({"mimetype": "application/vnd.oasis.opendocument.text"})
    broken = make_odt("<text:p>nedokončený")
    assert extract_text(write(tmp_path, "a.odt", empty)).status == "failed"
    result = extract_text(write(tmp_path, "b.odt", broken))
    assert result.status == "failed"
    assert result.reason.startswith("damaged OpenDocument text")


# --------------------------------------------------------------------------- RTF

# As Word writes them: \ansicpgNNNN, fonts with \fcharset, \'xx bytes, \uN with a \'3f
# fallback for what the code page lacks, and destinations (fonts, colours, styles, info).
RTF_CZECH = (
    rb"{\rtf1\adeflang1025\ansi\ansicpg1250\uc1\adeff31507\deff0\stshfdbch31505\stshfloch31506"
    rb"\stshfhich31506\stshfbi31507\deflang1029\deflangfe1029\themelang1029\themelangfe0"
    rb"\themelangcs0{\fonttbl{\f0\fbidi \froman\fcharset238\fprq2{\*\panose 02020603050405020304}"
    rb"Times New Roman;}{\f34\fbidi \froman\fcharset238\fprq2{\*\panose 02040503050406030204}"
    rb"Cambria Math;}" + b"\r\n" + rb"{\fhiminor\f31506\fbidi \fswiss\fcharset238\fprq2"
    rb"{\*\panose 020f0502020204030204}Calibri;}{\f43\fbidi \froman\fcharset204\fprq2 "
    rb"Times New Roman Cyr;}}{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}" + b"\r\n"
    rb"{\*\defchp \f31506\fs22\lang1029\langfe1033\langfenp1033 }{\stylesheet{\ql \li0\ri0\sa160"
    rb"\sl259\slmult1\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 "
    rb"\rtlch\fcs1 \af31507\afs22\alang1025 \ltrch\fcs0 \f31506\fs22\lang1029\langfe1033\cgrid"
    rb"\langnp1029\langfenp1033 \snext0 \sqformat \spriority0 Normal;}}" + b"\r\n"
    rb"{\*\rsidtbl \rsid1051407\rsid4667301}{\mmathPr\mmathFont34\mbrkBin0}{\info{\author Jan Nov"
    rb"\'e1k}{\operator Jan Nov\'e1k}{\creatim\yr2024\mo3\dy5\hr10\min2}{\company Kancel\'e1"
    rb"\'f8}}{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}" + b"\r\n"
    rb"\pard\plain \ltrpar\ql \li0\ri0\sa160\sl259\slmult1\widctlpar\wrapdefault\aspalpha"
    rb"\aspnum\faauto\adjustright\rin0\lin0\itap0\pararsid4667301 \rtlch\fcs1 \af31507\afs22"
    rb"\alang1025 \ltrch\fcs0 \f31506\fs22\lang1029\langfe1033\cgrid\langnp1029\langfenp1033 "
    rb"{\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid4667301 P\'f8\'edli\'9a \'9elu\'9dou\'e8k\'fd "
    rb"k\'f9\'f2 \'fap\'ecl \'ef\'e1belsk\'e9 \'f3dy.}{\rtlch\fcs1 \af31507 \ltrch\fcs0 "
    rb"\insrsid4667301 \par }{\*\bkmkstart _Hlk1}{\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid4667301 "
    rb"Smlouva o d\'edlo \'e8. 12/2024\tab Brno\line Jednatel: Jan Nov\'e1k}{\*\bkmkend _Hlk1}"
    rb"{\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid4667301 \par }{\rtlch\fcs1 \af31507 \ltrch"
    rb"\fcs0 \f43\lang1058\langfe1033\langnp1058\insrsid4667301 \'cf\'f0\'e8\'e2\'b3\'f2}"
    rb"{\rtlch\fcs1 \af31507 \ltrch\fcs0 \insrsid4667301  \u8222\'84z\u225\'e1vorky\u8220\'93 "
    rb"\u-10179\'3f\u-8704\'3f\par }{\field{\*\fldinst {HYPERLINK \"https://example.cz\" }}"
    rb"{\fldrslt {odkaz}}}\par {\pict\wmetafile8\picw100\pich100\bin6 {}\\'x}"
    rb"Konec\par }" + b"\r\n"
)
RTF_POLISH = (
    rb"{\rtf1\ansi\ansicpg1250\deff0\nouicompat\deflang1045{\fonttbl{\f0\fnil\fcharset238 "
    rb"Calibri;}}" + b"\r\n"
    rb"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 " + b"\r\n"
    rb"\pard\sa200\sl276\slmult1\f0\fs22\lang21 Za\'bf\'f3\'b3\'e6 g\'ea\'9cl\'b9 ja\'9f\'f1. "
    rb"\'a3\'f3d\'9f, Gda\'f1sk\par" + b"\r\n"
    rb"Umowa zlecenia nr 5\par" + b"\r\n}\r\n\x00"
)
RTF_UKRAINIAN = (
    rb"{\rtf1\adeflang1025\ansi\ansicpg1251\uc1\adeff31507\deff0\deflang1058\deflangfe1058"
    rb"{\fonttbl{\f0\fbidi \froman\fcharset204\fprq2{\*\panose 02020603050405020304}Times New "
    rb"Roman;}}{\colortbl;\red0\green0\blue0;}{\info{\author \'ce\'eb\'e5\'ed\'e0 \'d8\'e5\'e2"
    rb"\'f7\'e5\'ed\'ea\'ee}}" + b"\r\n"
    rb"\pard\plain \ltrpar\ql \f0\fs24\lang1058 {\insrsid1 \'d8\'e0\'ed\'ee\'e2\'ed\'e8\'e9 "
    rb"\'ef\'e0\'ed\'e5 \'ca\'ee\'e2\'e0\'eb\'e5\'ed\'ea\'ee! \'cf\'ee\'e2\'b3\'e4\'ee\'ec\'eb"
    rb"\'ff\'ba\'ec\'ee, \'f9\'ee \'e7\'e0\'f1\'b3\'e4\'e0\'ed\'ed\'ff \'e2\'b3\'e4\'e1\'f3\'e4"
    rb"\'e5\'f2\'fc\'f1\'ff \'e2 \'ca\'e8\'ba\'e2\'b3. \'af\'e6\'e0\'ea, \'b4\'e0\'ed\'ee\'ea."
    rb"\par }}" + b"\r\n"
)


def test_rtf_from_word_in_czech(tmp_path):
    result = extract_text(write(tmp_path, "dopis.rtf", RTF_CZECH))
    assert result.status == "ok"
    lines = result.text.split("\n")
    assert lines[0] == CS
    assert lines[1] == "Smlouva o dílo č. 12/2024\tBrno"
    assert lines[2] == "Jednatel: Jan Novák"
    assert lines[3] == "Привіт „závorky“ \U0001f600"  # a Cyrillic font run, \uN, a surrogate pair
    assert lines[4:] == ["odkaz", "Konec"]
    for metadata in ("Times New Roman", "Calibri", "Normal", "Kancelář", "HYPERLINK", "wordml"):
        assert metadata not in result.text


def test_rtf_in_polish_and_ukrainian(tmp_path):
    polish = extract_text(write(tmp_path, "umowa.rtf", RTF_POLISH))
    ukrainian = extract_text(write(tmp_path, "lyst.rtf", RTF_UKRAINIAN))
    assert polish.text == f"{PL}\nUmowa zlecenia nr 5"
    assert ukrainian.text == UK
    assert "Олена" not in ukrainian.text  # the author in \info


def test_a_real_polish_rtf_from_word():
    expected = (
        "Proszę o zapoznanie się z poniższą klauzulą informacyjną.\n"
        "Zgodnie z rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia\n"
        "27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych"
    )
    result = extract_text(DATA / "striprtf_word_polish_ansicpg1250.rtf")
    assert result.status == "ok"
    assert result.text.startswith(expected)
    assert result.text.endswith("(Dz. Urz. UE L 119 z 04.05.2016 r., str. 1) informuję.")


def test_rtf_unicode_fallbacks_are_skipped_by_uc_count(tmp_path):
    data = rb"{\rtf1\ansi\ansicpg1252{\uc2\u269\'63\'68 a}{\uc0\u381 b}\u268\'43 c}"
    assert extract_text(write(tmp_path, "u.rtf", data)).text == "č aŽbČ c"


def test_rtf_unicode_out_of_range_is_a_replacement_character(tmp_path):
    data = rb"{\rtf1 a\u9999999999?b\u-10179\'3f c}"  # a lone high surrogate is dropped
    assert extract_text(write(tmp_path, "u.rtf", data)).text == "a\ufffdb c"


def test_truncated_and_unbalanced_rtf_keeps_what_it_has(tmp_path):
    half = RTF_CZECH[: RTF_CZECH.index(b"Smlouva o d") + 20]
    result = extract_text(write(tmp_path, "half.rtf", half))
    assert result.status == "ok"
    assert CS in result.text
    extra = extract_text(write(tmp_path, "extra.rtf", b"{\\rtf1 }}} text\\"))
    assert extra.status == "ok"
    assert extra.text == "text"


def test_a_file_named_rtf_that_is_not_rtf_fails(tmp_path):
    result = extract_text(write(tmp_path, "x.rtf", b"\x00\x01 binary data \xff" * 50))
    assert result.status == "failed"
    assert result.reason == "not an RTF file"


# --------------------------------------------------------------------------- TXT


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CS, "windows-1250"),
        (PL, "iso-8859-2"),
        ("Umowa zlecenia. " + PL, "windows-1250"),
        (UK, "windows-1251"),
        (UK, "koi8-u"),
        ("Київ, Харків, Львів. Шановні колеги, надсилаємо рахунок і договір.", "koi8-u"),
        (CS + PL + UK, "utf-8"),
        (CS + PL + UK, "utf-8-sig"),
        (CS + UK, "utf-16"),  # with a BOM, as Notepad writes "Unicode"
        (CS + UK, "utf-32"),
    ],
)
def test_text_files_in_the_code_pages_of_our_users(tmp_path, text, encoding):
    body = f"{text}\r\nDruhý řádek / другий рядок\r\n" if encoding.startswith("utf") else text
    result = extract_text(write(tmp_path, "poznamka.txt", body.encode(encoding)))
    assert result.status == "ok"
    assert result.text.split("\n")[0] == text


def test_text_cut_in_the_middle_of_a_utf8_character_is_still_utf8(tmp_path):
    data = (CS * 20).encode("utf-8")[:-1]
    result = extract_text(write(tmp_path, "cut.txt", data))
    assert result.text.startswith(CS)


def test_binary_data_named_txt_fails(tmp_path):
    result = extract_text(write(tmp_path, "x.txt", bytes(range(256)) * 40))
    assert (result.status, result.reason) == ("failed", "not a text file (binary data)")


def test_an_empty_file_has_no_text(tmp_path):
    result = extract_text(write(tmp_path, "prazdny.txt", b"   \r\n"))
    assert (result.status, result.text) == ("no_text", "")


def test_text_longer_than_the_limit_is_cut(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "MAX_TEXT", 1000)
    result = extract_text(write(tmp_path, "dlouhy.txt", (CS + "\n").encode("utf-8") * 200))
    assert result.status == "ok"
    assert len(result.text) == 1000
    assert MAX_TEXT == 2_000_000


def test_text_is_nfc_and_free_of_control_characters(tmp_path):
    decomposed = f"Nova\u0301k\x00\x07 \x1b[0m z\u030civnost\r\n{CS} {PL}"
    result = extract_text(write(tmp_path, "x.txt", decomposed.encode("utf-8")))
    assert result.text == f"Novák [0m živnost\n{CS} {PL}"


# --------------------------------------------------------------------------- HTML


def test_html_blocks_entities_and_dropped_script_style_head(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><meta charset='windows-1250'><title>Smlouva</title>"
        "<style>p { color: red }</style><script>var x = '<p>skript</p>';</script></head>"
        f"<body><h1>Nadpis</h1><p>{CS}</p><div>{PL}<br>řádek&nbsp;2 &amp; &#381;&scaron;</div>"
        "<table><tr><td>Jméno</td><td>Nowak</td></tr></table><ul><li>a</li><li>b</li></ul>"
        "<!-- komentář --><pre>  dva\n  řádky</pre></body></html>"
    )
    result = extract_text(write(tmp_path, "stranka.html", page.encode("windows-1250")))
    assert result.status == "ok"
    lines = [line for line in result.text.split("\n") if line]
    assert lines[:5] == ["Smlouva", "Nadpis", CS, PL, "řádek 2 & Žš"]
    assert "Jméno\tNowak" in result.text
    assert "a\nb" in result.text and "dva\nřádky" in result.text
    for hidden in ("color", "skript", "komentář", "charset"):
        assert hidden not in result.text


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        ('<meta charset="koi8-u">', "koi8-u"),
        ('<meta charset="utf-8">', "utf-8"),
        ("", "utf-8"),
        ('<meta charset="utf-8">', "windows-1250"),  # a wrong meta: the bytes are not UTF-8
    ],
)
def test_html_bytes_are_decoded_by_their_meta_charset(tmp_path, meta, encoding):
    text = CS if encoding == "windows-1250" else UK
    page = f"<html><head>{meta}</head><body><p>{text}</p></body></html>".encode(encoding)
    assert extract_text(write(tmp_path, "a.htm", page)).text == text


def test_a_missing_head_end_does_not_swallow_the_page(tmp_path):
    page = f"<html><head><title>T</title><body><p>{CS}</p>".encode()
    result = extract_text(write(tmp_path, "a.html", page))
    assert result.text == f"T\n{CS}"


def test_unterminated_markup_at_the_end_is_text_not_a_hang(tmp_path, monkeypatch):
    # html.parser in Python 3.11 rescans an unterminated tag at the end once per '<': 400 KB
    # of this took minutes. The parser must never be fed one.
    fed = []
    feed = mail_decode._HtmlText.feed
    monkeypatch.setattr(
        mail_decode._HtmlText, "feed", lambda self, data: fed.append(data) or feed(self, data)
    )
    hostile = b"<html><body><p>Ahoj</p>" + b'<a b="' * 5000
    result = extract_text(write(tmp_path, "hostile.html", hostile))
    assert "<" not in fed[0][fed[0].rfind(">") + 1 :]
    assert result.status == "ok"
    assert result.text.startswith("Ahoj\n")
    assert result.text.count('<a b="') == 5000


def test_random_bytes_named_html_fail(tmp_path):
    result = extract_text(write(tmp_path, "x.html", bytes(range(256)) * 40))
    assert result.status == "failed"


# --------------------------------------------------------------------------- EML


def test_mail_headers_plain_body_forwarded_message_and_attachment_names(tmp_path):
    inner = (
        (
            "From: =?windows-1250?Q?Anna_Kowalczyk?= <anna@kancelaria.pl>\r\n"
            "To: jan@novak.cz\r\nSubject: =?windows-1250?Q?Umowa_=B3=F3dzka?=\r\n"
            "Date: Mon, 4 Mar 2024 09:00:00 +0100\r\n"
            "Content-Type: text/plain; charset=windows-1250\r\nContent-Transfer-Encoding: 8bit\r\n"
            "\r\n"
        ).encode("ascii")
        + PL.encode("windows-1250")
        + b"\r\n"
    )
    mail = (
        b"Return-Path: <jan@novak.cz>\r\n"
        b"From: =?utf-8?Q?Jan_Nov=C3=A1k?= <jan@novak.cz>\r\n"
        b"To: =?iso-8859-2?Q?Petr_Dvo=F8=E1k?= <petr@example.cz>, olena@example.ua\r\n"
        b"Cc: =?koi8-u?B?78zFzsEg+8XX3sXOy88=?= <olena@example.ua>\r\n"
        # One character split over two encoded words (each half is invalid UTF-8 on its own).
        b"Subject: =?utf-8?Q?Smlouva_o_d=C3?= =?utf-8?Q?=ADlo_=C4=8D=2E_12/2024?=\r\n"
        b"Date: Tue, 5 Mar 2024 10:02:00 +0100\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="vnejsi"\r\n\r\n'
        b"--vnejsi\r\n"
        b'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n'
        b"--alt\r\n"
        b"Content-Type: text/plain; charset=iso-8859-2\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Dobr=FD den,=0D=0Ap=F8ikl=E1d=E1m smlouvu.\r\n"
        b"--alt\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>HTML verze</p>\r\n"
        b"--alt--\r\n"
        b"--vnejsi\r\n"
        b'Content-Type: application/pdf; name="smlouva.pdf"\r\n'
        b"Content-Disposition: attachment; filename*=utf-8''smlouva%20%C4%8D.%2012.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
        b"--vnejsi\r\n"
        b'Content-Type: message/rfc822; name="puvodni.eml"\r\n\r\n' + inner + b"--vnejsi--\r\n"
    )
    result = extract_text(write(tmp_path, "zprava.eml", mail))
    assert result.status == "ok"
    text = result.text
    assert text.startswith(
        "Subject: Smlouva o dílo č. 12/2024\n"
        "From: Jan Novák <jan@novak.cz>\n"
        "To: Petr Dvořák <petr@example.cz>, olena@example.ua\n"
        "Cc: Олена Шевченко <olena@example.ua>\n"
        "Date: Tue, 5 Mar 2024 10:02:00 +0100\n\n"
        "Dobrý den,\npřikládám smlouvu."
    )
    assert "HTML verze" not in text  # the plain alternative wins
    assert "Subject: Umowa łódzka\nFrom: Anna Kowalczyk <anna@kancelaria.pl>" in text
    assert PL in text
    assert text.endswith("Attachments:\nsmlouva č. 12.pdf\npuvodni.eml")


def test_mail_with_only_html_in_koi8_and_a_wrong_charset(tmp_path):
    html_only = (
        b"From: a@b.ua\r\nTo: c@d.ua\r\nSubject: test\r\n"
        b"Content-Type: text/html; charset=koi8-u\r\n\r\n"
        + f"<html><body><p>{UK}</p><script>x()</script></body></html>".encode("koi8-u")
    )
    wrong = (
        b"From: a@b.cz\r\nSubject: test\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + CS.encode("windows-1250")
    )
    garbage_label = (
        b"From: a@b.cz\r\nSubject: test\r\nContent-Type: text/plain; charset=zlib\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + CS.encode("windows-1250")
    )
    assert extract_text(write(tmp_path, "a.eml", html_only)).text.endswith(f"\n\n{UK}")
    assert extract_text(write(tmp_path, "b.eml", wrong)).text.endswith(f"\n\n{CS}")
    assert extract_text(write(tmp_path, "c.eml", garbage_label)).text.endswith(f"\n\n{CS}")


def test_a_wrong_single_byte_label_loses_to_valid_utf8_but_not_to_two_lucky_bytes(tmp_path):
    real = extract_text(DATA / "thunderbird_utf8_body_declared_windows1252.eml")
    assert "メールを簡単に。" in real.text
    head = b"From: a@b.pl\r\nSubject: x\r\nContent-Type: text/plain; charset=windows-1250\r\n\r\n"
    # "STÓŁ" in windows-1250 is D3 A3: valid UTF-8 for one Cyrillic letter, and still Polish.
    lucky = extract_text(write(tmp_path, "a.eml", head + "STÓŁ".encode("windows-1250")))
    assert lucky.text.endswith("\n\nSTÓŁ")
    # Every byte of these names in UTF-8 is also a windows-1250 character ("DvoĹ™Ăˇk").
    names = "Dvořák, Šťastný, Růžička"
    utf8 = extract_text(write(tmp_path, "b.eml", head + names.encode("utf-8")))
    assert utf8.text.endswith(f"\n\n{names}")


def test_pictures_of_an_html_body_are_not_attachments(tmp_path):
    mail = (
        b"From: a@b.cz\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n"
        b"--m\r\nContent-Type: multipart/related; boundary=r\r\n\r\n"
        b"--r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Viz logo</p>\r\n"
        b'--r\r\nContent-Type: image/png; name="logo.png"\r\nContent-ID: <logo>\r\n\r\niVBO\r\n'
        b"--r--\r\n"
        b'--m\r\nContent-Type: image/png; name="sken.png"\r\n\r\niVBO\r\n--m--\r\n'
    )
    result = extract_text(write(tmp_path, "a.eml", mail))
    assert result.text.endswith("\n\nViz logo\n\nAttachments:\nsken.png")


def test_real_mails_with_legacy_and_bogus_charsets():
    koi8 = extract_text(DATA / "thunderbird_ukrainian_koi8u_no_charset.eml")
    assert "У меня большая семья из шести человек" in koi8.text
    bogus = extract_text(DATA / "kopano_bogus_charset_html_meta_fallback.eml")
    assert bogus.text == "Subject: not an iconv charset\n\nfooÐ§bar"  # the meta's ISO-8859-1
    forwarded = extract_text(DATA / "flanker_enclosed_rfc822_bad_encoding.eml")
    assert "Subject: Thanks!\nFrom: Kirk Douglas <dan@example.com>" in forwarded.text
    assert "чтобы я без вас делал, дорогие мои!!!" in forwarded.text
    assert forwarded.text.endswith("Attachments:\nthanks.eml")


def test_a_real_mail_lists_its_attachments_but_not_the_pictures_of_its_html():
    result = extract_text(DATA / "mailparser_mdaemon_outlook_connector_att_htm.eml")
    assert result.status == "ok"
    assert "Ciao sere mi puoi dire se il mio cliente deve fare questa dichiarazione?" in result.text
    names = result.text.split("Attachments:\n", 1)[1].split("\n")
    assert "20170609091403417.pdf" in names


def test_a_mail_the_default_policy_cannot_parse_falls_back(tmp_path, monkeypatch):
    calls = []
    original = extract._message_text

    def fail_once(msg):
        calls.append(msg.policy)
        if len(calls) == 1:
            raise ValueError("header the default policy chokes on")
        return original(msg)

    monkeypatch.setattr(extract, "_message_text", fail_once)
    mail = b"From: a@b.cz\r\nSubject: =?utf-8?Q?Dobr=C3=BD?=\r\n\r\n" + "Tělo".encode()
    result = extract_text(write(tmp_path, "a.eml", mail))
    assert calls == [email.policy.default, email.policy.compat32]
    assert result.text == "Subject: Dobrý\nFrom: a@b.cz\n\nTělo"


def test_a_header_with_endless_parameters_is_cut_before_the_parser_sees_it(tmp_path):
    # The stdlib parses parameters in quadratic time: 200,000 of them took 8 s, 100,000 in
    # policy.default 28 s. Cut to 8 KB, the same mail reads in a blink.
    params = b"a=b; " * 200_000
    mail = (
        b"From: a@b.cz\r\nSubject: test\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
        b"--x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + CS.encode() + b"\r\n"
        b"--x\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        + params
        + b'filename="smlouva.pdf"\r\n\r\nJVBERi0=\r\n--x--\r\n'
    )
    tamed, many_parts = mail_decode.tame(mail)
    assert len(tamed) < 10_000 and not many_parts
    assert tamed.endswith(b"a=b;\n\r\nJVBERi0=\r\n--x--\r\n")  # cut, then the same body
    result = extract_text(write(tmp_path, "a.eml", mail))
    assert result.status == "ok"
    assert CS in result.text


def test_a_mail_of_thousands_of_parts_is_read_with_compat32(tmp_path, monkeypatch):
    policies = []
    original = extract._message_text

    def spy(msg):
        policies.append(msg.policy)
        return original(msg)

    monkeypatch.setattr(extract, "_message_text", spy)
    parts = b"".join(b"--x\r\nContent-Type: text/plain\r\n\r\nradek %d\r\n" % i for i in range(600))
    mail = b"From: a@b.cz\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" + parts + b"--x--"
    result = extract_text(write(tmp_path, "parts.eml", mail))
    assert policies == [email.policy.compat32]
    assert "radek 0\n" in result.text and result.text.endswith("radek 599")


def test_random_bytes_named_eml_fail(tmp_path):
    assert extract_text(write(tmp_path, "x.eml", bytes(range(256)) * 40)).status == "failed"


# --------------------------------------------------------------------------- MSG


def test_a_real_outlook_message():
    result = extract_text(DATA / "mailparser_outlook_newsletter_german.msg")
    assert result.status == "ok"
    assert result.text.startswith(
        "Subject: Newsletter Prüfung Personalwesen / Prüfung Eröffnungsbilanz\n"
        "From: NueblingV@w-vwa.de\nTo: Gaiser-Schönenborn, Andrea\n"
        "Date: Mon, 18 Sep 2017 10:00:18 +0000\n\n"
        "Wenn Sie diesen Newsletter nicht lesen können"
    )
    names = result.text.split("Attachments:\n", 1)[1].split("\n")
    assert len(names) == 5


def test_msg_with_unicode_properties_in_czech(tmp_path):
    data = make_cfb(
        {
            "__properties_version1.0": properties({0x00390040: filetime(2024, 3, 5, 9)}),
            "__substg1.0_0037001F": unicode("Smlouva o dílo č. 12/2024"),
            "__substg1.0_0C1A001F": unicode("Jan Novák"),
            "__substg1.0_0C1F001F": unicode("/O=KANCELAR/OU=EXCHANGE/CN=RECIPIENTS/CN=NOVAK"),
            "__substg1.0_5D01001F": unicode("jan@novak.cz"),
            "__substg1.0_0E04001F": unicode("Petr Dvořák; Olena Шевченко"),
            "__substg1.0_1000001F": unicode(f"{CS}\r\n{PL}\r\n{UK}"),
            "__attach_version1.0_#00000000/__properties_version1.0": properties({}, 8),
            "__attach_version1.0_#00000000/__substg1.0_3707001F": unicode("smlouva č. 12.pdf"),
            "__attach_version1.0_#00000000/__substg1.0_37010102": b"%PDF-1.4\n" * 600,
            "__recip_version1.0_#00000000/__substg1.0_3001001F": unicode("Petr Dvořák"),
        }
    )
    result = extract_text(write(tmp_path, "zprava.msg", data))
    assert result.status == "ok"
    assert result.text == (
        "Subject: Smlouva o dílo č. 12/2024\nFrom: Jan Novák <jan@novak.cz>\n"
        "To: Petr Dvořák; Olena Шевченко\nDate: Tue, 05 Mar 2024 09:00:00 +0000\n\n"
        f"{CS}\n{PL}\n{UK}\n\nAttachments:\nsmlouva č. 12.pdf"
    )


@pytest.mark.parametrize(("codepage", "text"), [(1250, CS), (1251, UK)])
def test_msg_with_8bit_properties_in_the_message_code_page(tmp_path, codepage, text):
    data = make_cfb(
        {
            "__properties_version1.0": properties({0x3FFD0003: struct.pack("<i", codepage)}),
            "__substg1.0_0037001E": text[:20].encode(f"cp{codepage}") + b"\0",
            "__substg1.0_1000001E": text.encode(f"cp{codepage}") + b"\0",
        }
    )
    result = extract_text(write(tmp_path, "stara.msg", data))
    assert result.text == f"Subject: {text[:20]}\n\n{text}"


def test_msg_without_a_plain_body_uses_its_html(tmp_path):
    page = f"<html><head><style>p{{}}</style></head><body><p>{PL}</p><p>{UK}</p></body></html>"
    data = make_cfb(
        {
            "__properties_version1.0": properties({0x3FDE0003: struct.pack("<i", 65001)}),
            "__substg1.0_0037001F": unicode("HTML"),
            "__substg1.0_10130102": page.encode("utf-8"),
        }
    )
    result = extract_text(write(tmp_path, "html.msg", data))
    assert result.text == f"Subject: HTML\n\n{PL}\n{UK}"


def test_damaged_outlook_messages_fail(tmp_path):
    real = (DATA / "mailparser_outlook_newsletter_german.msg").read_bytes()
    for name, data in {
        "half.msg": real[: len(real) // 3],
        "random.msg": bytes(range(256)) * 8,
    }.items():
        result = extract_text(write(tmp_path, name, data))
        assert result.status == "failed", name
        assert result.reason.startswith("damaged Outlook message"), name


# --------------------------------------------------------------------------- never raises


def _samples() -> dict[str, tuple[str, bytes]]:
    return {
        "pdf-text": ("a.pdf", make_pdf([CS, UK])),
        "pdf-scan": (
            "s.pdf",
            attachment("mailparser_mdaemon_outlook_connector_att_htm.eml", ".pdf"),
        ),
        "docx": ("a.docx", (DATA / "pythondocx_footnotes.docx").read_bytes()),
        "odt": ("a.odt", (DATA / "odfpy_serious_poem.odt").read_bytes()),
        "rtf": ("a.rtf", RTF_CZECH),
        "txt": ("a.txt", (CS + "\r\n" + PL).encode("windows-1250")),
        "html": ("a.html", f"<html><head><meta charset=koi8-u></head><p>{UK}</p>".encode("koi8-u")),
        "eml": ("a.eml", (DATA / "flanker_enclosed_rfc822_bad_encoding.eml").read_bytes()),
        "msg": ("a.msg", (DATA / "mailparser_outlook_newsletter_german.msg").read_bytes()),
    }


SAMPLES = _samples()
MUTATION = st.tuples(
    st.sampled_from(["flip", "truncate", "insert", "delete"]),
    st.floats(min_value=0, max_value=1),
    st.binary(min_size=1, max_size=24),
)


def mutate(data: bytes, mutations: list[tuple[str, float, bytes]]) -> bytes:
    out = bytearray(data)
    for op, where, chunk in mutations:
        at = int(where * len(out))
        if op == "flip" and out:
            at = min(at, len(out) - 1)
            out[at] ^= chunk[0] or 0xFF
        elif op == "truncate":
            del out[at:]
        elif op == "insert":
            out[at:at] = chunk
        else:
            del out[at : at + len(chunk) * 16]
    return bytes(out)


def check(result: Extracted) -> None:
    assert isinstance(result, Extracted)
    assert result.status in STATUSES
    assert isinstance(result.text, str) and len(result.text) <= MAX_TEXT
    if result.status == "ok":
        assert result.text.strip() and not result.reason
    else:
        assert result.reason


@pytest.mark.parametrize("sample", sorted(SAMPLES))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_real_files_never_raise(tmp_path_factory, sample, mutations):
    name, data = SAMPLES[sample]
    path = tmp_path_factory.mktemp("mutated") / name
    path.write_bytes(mutate(data, mutations))
    check(extract_text(path))
    assert kind_of(path) in {None, *extract._EXTRACTORS}


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=2048),
    suffix=st.sampled_from([".pdf", ".docx", ".odt", ".rtf", ".txt", ".html", ".eml", ".msg", ""]),
)
def test_random_bytes_under_any_name_never_raise(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("random") / f"soubor{suffix}"
    path.write_bytes(data)
    check(extract_text(path))


def test_every_sample_reads_before_it_is_mutated(tmp_path):
    for name, data in SAMPLES.values():
        result = extract_text(write(tmp_path, name, data))
        assert result.status in ("ok", "no_text"), name


def test_an_unreadable_file_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        extract_text(tmp_path / "missing.pdf")
