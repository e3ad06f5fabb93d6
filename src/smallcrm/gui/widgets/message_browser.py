"""A read-only view of one mail body that never loads anything from outside the message."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from smallcrm.core.interop.mail_html import SafeHtml, text_to_html

# Inline (cid:) parts are served under this scheme from bytes the caller hands over, so the
# HTML stays small instead of carrying every image as a data: URI.
CID_SCHEME = "smallcrm-cid"
_MAX_IMAGE = 32 * 1024 * 1024  # encoded bytes of one image; no mail image is near this
_OPENABLE = ("http", "https", "mailto")


def inline_url(content_id: str) -> str:
    """The URL to pass to safe_html(inline_images=...) for the part with this Content-ID."""
    return f"{CID_SCHEME}:{quote(_cid_key(content_id), safe='')}"


def remote_key(url: QUrl) -> str:
    """How a remote image's URL is matched: the same text in the HTML and in the fetch."""
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def _cid_key(content_id: str) -> str:
    return content_id.strip().strip("<>").strip().lower()


class MessageBrowser(QTextBrowser):
    """Shows a sanitized mail; links open in the user's browser only when clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, bytes] = {}
        self._remote: dict[str, bytes] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)

    def show_message(
        self,
        safe: SafeHtml,
        images: Mapping[str, bytes] | None = None,
        remote: Mapping[str, bytes] | None = None,
    ) -> None:
        """Shows ``safe``; ``images`` maps Content-IDs to the bytes of the inline parts,
        ``remote`` maps http(s) URLs to bytes the caller fetched when the user allowed it:
        the browser itself still loads nothing."""
        self._images = {_cid_key(cid): data for cid, data in (images or {}).items()}
        self._remote = {remote_key(QUrl(url)): data for url, data in (remote or {}).items()}
        # clear() also empties the resource cache, which would otherwise serve the previous
        # mail's images for a Content-ID this one reuses.
        self.document().clear()
        self.setHtml(safe.html)

    def show_text(self, text: str) -> None:
        """Shows a text/plain body."""
        self.show_message(SafeHtml(text_to_html(text), 0, False))

    def loadResource(self, type: int, name: QUrl) -> Any:
        # Never None or a null image: on a null answer QTextDocument reads local files itself,
        # and Qt's image handler then loads the <img> name straight from disk or qrc.
        if type != QTextDocument.ResourceType.ImageResource.value:
            return QByteArray()
        try:
            image = self._image(name)
        except Exception:
            image = None  # a broken image must cost the picture, not the whole message
        return image if image is not None and not image.isNull() else _nothing()

    def _image(self, url: QUrl) -> QImage | None:
        scheme = url.scheme().lower()
        if scheme == CID_SCHEME:
            data = self._images.get(
                _cid_key(unquote_to_bytes(url.path()).decode("utf-8", "replace"))
            )
        elif scheme == "data":
            data = _data_image(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        elif scheme in ("http", "https"):
            data = self._remote.get(remote_key(url))
        else:
            return None
        if not data or len(data) > _MAX_IMAGE:
            return None
        return QImage.fromData(data)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in _OPENABLE:
            QDesktopServices.openUrl(url)
        elif not url.scheme() and url.fragment():
            self.scrollToAnchor(url.fragment())


def _nothing() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)  # transparent: a refused image takes no visible space
    return image


def _data_image(url: str) -> bytes | None:
    """The bytes of a data:image/... URI; anything else (HTML, text) is not served."""
    head, sep, payload = url.partition(",")
    if not sep or len(payload) > _MAX_IMAGE * 2:
        return None
    params = [p.strip().lower() for p in head[5:].split(";")]
    if not params or not params[0].startswith("image/"):
        return None
    raw = unquote_to_bytes(payload)
    if "base64" in params[1:]:
        try:
            return base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=False)
        except (binascii.Error, ValueError):
            return None
    return raw
