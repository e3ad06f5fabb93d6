"""MessageBrowser shows sanitized mail and never loads anything from outside the message."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument, QTextImageFormat

from smallcrm.core.interop.mail_html import safe_html
from smallcrm.core.interop.mime import attachment_bytes, parse_message
from smallcrm.gui.widgets.message_browser import MessageBrowser, inline_url

EML = Path(__file__).resolve().parents[1] / "data" / "eml"
IMAGE = QTextDocument.ResourceType.ImageResource.value


def _png(width: int, height: int, color: str = "#2a6fb0") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, QImage):
        # What a refused image is answered with: one transparent pixel.
        return value.isNull() or (value.size().toTuple() == (1, 1) and value.pixel(0, 0) == 0)
    return len(bytes(value)) == 0 if isinstance(value, (QByteArray, bytes)) else False


def _image_names(doc: QTextDocument) -> list[str]:
    names = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return names


@pytest.fixture
def browser(qtbot):
    widget = MessageBrowser()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    return widget


def test_load_resource_refuses_network_and_files(browser, tmp_path):
    local = tmp_path / "secret.png"
    local.write_bytes(_png(10, 10))
    (tmp_path / "note.txt").write_text("secret")
    for url in (
        "http://example.com/x.png",
        "https://example.com/x.png",
        "ftp://example.com/x.png",
        "//example.com/x.png",
        QUrl.fromLocalFile(str(local)).toString(),
        QUrl.fromLocalFile(str(tmp_path / "note.txt")).toString(),
        "qrc:/qt-project.org/styles/commonstyle/images/file-16.png",
        ":/qt-project.org/styles/commonstyle/images/file-16.png",
        "secret.png",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ):
        for kind in QTextDocument.ResourceType:
            assert _is_empty(browser.loadResource(kind.value, QUrl(url))), (url, kind)


def test_document_falls_back_to_nothing_for_unsanitized_file_image(browser, tmp_path):
    # Straight setHtml, bypassing the sanitizer: the widget itself must still not read files
    # (QTextDocument reads local files on its own when loadResource answers with nothing).
    local = tmp_path / "secret.png"
    local.write_bytes(_png(37, 23))
    url = QUrl.fromLocalFile(str(local))
    browser.document().setBaseUrl(QUrl.fromLocalFile(str(tmp_path) + "/"))
    sheet = tmp_path / "evil.css"
    sheet.write_text("p { font-size: 40px }")
    sheet_url = QUrl.fromLocalFile(str(sheet))
    browser.setHtml(
        f'<link rel="stylesheet" type="text/css" href="{sheet_url.toString()}">'
        f'<img src="{url.toString()}"><img src="secret.png">'
    )
    browser.grab()
    for name in (url, QUrl("secret.png")):
        assert _is_empty(browser.document().resource(IMAGE, name))
    style = QTextDocument.ResourceType.StyleSheetResource.value
    assert _is_empty(browser.document().resource(style, sheet_url))


def test_cid_image_is_shown(browser):
    html = '<p>Logo:</p><img src="cid:logo@acme.example" alt="ACME">'
    safe = safe_html(html, inline_images={"logo@acme.example": inline_url("logo@acme.example")})
    browser.show_message(safe, {"<logo@acme.example>": _png(120, 40)})
    browser.grab()  # lay out and paint, which loads the resources
    doc = browser.document()
    names = _image_names(doc)
    assert names == [inline_url("logo@acme.example")]
    image = doc.resource(IMAGE, QUrl(names[0]))
    assert isinstance(image, QImage) and (image.width(), image.height()) == (120, 40)


def test_next_message_does_not_reuse_previous_images(browser):
    safe = safe_html('<img src="cid:a">', inline_images={"a": inline_url("a")})
    browser.show_message(safe, {"a": _png(10, 10)})
    browser.grab()
    browser.show_message(safe, {"a": _png(30, 20)})
    browser.grab()
    image = browser.document().resource(IMAGE, QUrl(inline_url("a")))
    assert (image.width(), image.height()) == (30, 20)


def test_data_image_is_shown_and_broken_one_is_not(browser):
    png = base64.b64encode(_png(16, 8)).decode()
    assert browser.loadResource(IMAGE, QUrl(f"data:image/png;base64,{png}")).width() == 16
    assert _is_empty(browser.loadResource(IMAGE, QUrl("data:image/png;base64,!!!notpng")))
    assert _is_empty(browser.loadResource(IMAGE, QUrl("smallcrm-cid:unknown")))


def test_links_open_only_on_click_and_only_web_or_mail(browser, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    assert not browser.openLinks() and not browser.openExternalLinks()
    browser.show_message(safe_html('<a href="https://acme.example/">x</a>'))
    assert opened == []  # showing opens nothing
    for url in (
        "https://acme.example/",
        "mailto:a@acme.example",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "smallcrm-cid:x",
    ):
        browser.anchorClicked.emit(QUrl(url))
    assert opened == ["https://acme.example/", "mailto:a@acme.example"]


def test_plain_text(browser):
    browser.show_text("Hello <b>there</b>\nhttps://acme.example/")
    assert "<b>there</b>" in browser.toPlainText()
    assert "https://acme.example/" in browser.toPlainText()


def test_render_realistic_mail(browser):
    raw = (EML / "mailparser_russian_empty_subject_related.eml").read_bytes()
    msg = parse_message(raw)
    images = {
        a.content_id: attachment_bytes(raw, a.part_path) for a in msg.attachments if a.content_id
    }
    assert images
    safe = safe_html(msg.html or "", inline_images={cid: inline_url(cid) for cid in images})
    browser.resize(900, 700)
    browser.show_message(safe, images)
    browser.show()
    pixmap = browser.grab()
    assert pixmap.save("/tmp/message_browser.png")
    shown = [n for n in _image_names(browser.document()) if n.startswith("smallcrm-cid:")]
    assert shown
    for name in shown:
        image = browser.document().resource(IMAGE, QUrl(name))
        assert isinstance(image, QImage) and not image.isNull(), name
