"""Turn a hostile HTML or plain-text mail body into HTML that is safe to show offline."""

from __future__ import annotations

import html as _html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote

import nh3

__all__ = ["SafeHtml", "safe_html", "text_to_html"]

# nh3 handles several MB in well under a second, but the Qt text engine that shows the result
# does not; beyond this a mail is shown as its text, which is what a reader needs anyway.
_MAX_HTML = 4 * 1024 * 1024
_MAX_TEXT = 2 * 1024 * 1024
_MAX_CSS = 256 * 1024  # of all <style> blocks together; real newsletters use a few KB

# A light grey 1x1 GIF stretched over a blocked image's box, so the layout does not jump and
# the reader sees where an image was. Qt draws a "broken file" icon for an <img> it cannot load.
_PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAPDw8AAAACwAAAAAAQABAAACAkQBADs="

# Formatting newsletters and Outlook rely on. Unknown tags are unwrapped (their text stays).
_TAGS = (nh3.ALLOWED_TAGS - {"area", "map", "data", "time"}) | {
    "font",
    "big",
    "section",
    "main",
    "label",
}
# Dropped together with their content: code, embedded documents, and text never meant to be
# read in the body (<title> and <svg> text would otherwise appear at the top of the mail).
_DROP_WITH_CONTENT = {
    "script",
    "style",
    "title",
    "iframe",
    "frame",
    "frameset",
    "noframes",
    "object",
    "embed",
    "applet",
    "noscript",
    "svg",
    "math",
    "template",
    "xml",
    "select",
    "textarea",
}
_LAYOUT = {"align", "valign", "width", "height", "bgcolor", "background", "border"}
_ATTRIBUTES = {
    "*": {"style", "class", "dir", "lang", "title", "align", "valign", "id"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "border", "hspace", "vspace"},
    "font": {"color", "face", "size"},
    "table": _LAYOUT | {"cellpadding", "cellspacing", "frame", "rules", "summary"},
    "td": _LAYOUT | {"colspan", "rowspan", "nowrap", "headers", "scope"},
    "th": _LAYOUT | {"colspan", "rowspan", "nowrap", "headers", "scope"},
    "tr": _LAYOUT,
    "thead": _LAYOUT,
    "tbody": _LAYOUT,
    "tfoot": _LAYOUT,
    "col": {"span", "width", "align", "valign"},
    "colgroup": {"span", "width", "align", "valign"},
    "div": {"bgcolor"},
    "p": {"bgcolor"},
    "hr": {"width", "size", "noshade", "color"},
    "ol": {"start", "type", "reversed"},
    "ul": {"type"},
    "li": {"value", "type"},
}
# Whatever else a style attribute says (position, behavior, -moz-binding, ...) is dropped by
# nh3's CSS parser before our own check sees the value.
_STYLE_PROPERTIES = {
    *(
        f"{side}{part}"
        for side in ("margin", "padding")
        for part in ("", "-top", "-right", "-bottom", "-left")
    ),
    *(
        f"border{side}{part}"
        for side in ("", "-top", "-right", "-bottom", "-left")
        for part in ("", "-width", "-style", "-color")
    ),
    "border-collapse",
    "border-spacing",
    "border-radius",
    "color",
    "background",
    "background-color",
    "background-image",
    "background-repeat",
    "background-position",
    "background-size",
    "font",
    "font-family",
    "font-size",
    "font-style",
    "font-weight",
    "font-variant",
    "line-height",
    "letter-spacing",
    "word-spacing",
    "text-align",
    "text-decoration",
    "text-indent",
    "text-transform",
    "vertical-align",
    "white-space",
    "word-wrap",
    "word-break",
    "overflow-wrap",
    "width",
    "height",
    "min-width",
    "max-width",
    "min-height",
    "max-height",
    "display",
    "visibility",
    "list-style",
    "list-style-type",
    "list-style-position",
    "table-layout",
    "direction",
    "float",
    "clear",
}
# The schemes nh3 lets through to the filter; the filter then decides per attribute.
_URL_SCHEMES = {"http", "https", "ftp", "mailto", "cid", "data"}
_LINK_SCHEMES = ("http", "https", "mailto")
_REMOTE_SCHEMES = ("http", "https", "ftp")
_IMAGE_DATA = re.compile(r"data:image/(?:png|gif|jpe?g|webp|bmp)[;,]", re.I)
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# Browsers drop tabs and newlines anywhere in a URL ("java\tscript:") and treat a backslash
# like a slash, so "\\host" is protocol-relative too.
_URL_NOISE = re.compile(r"[\t\n\r]")

_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\f\n]?|(\n)|(.))", re.S)
_CSS_URL = re.compile(r"url\s*\(\s*(?:\"([^\"]*)\"|'([^']*)'|([^)]*?))\s*(?:\)|\Z)", re.I | re.S)
# Things in CSS that run code, pull other sheets in, or fetch without url().
_CSS_DANGER = re.compile(
    r"e\s*x\s*p\s*r\s*e\s*s\s*s\s*i\s*o\s*n\s*\(|javascript\s*:|vbscript\s*:"
    r"|behaviou?r\s*:|-moz-binding|(?:-webkit-)?image-set\s*\(|\bimage\s*\(|\bsrc\s*\(",
    re.I,
)
# Pulls in another sheet, also from a bare string that no url() check would see.
_CSS_IMPORT = re.compile(r"@import\b[^;{}]*;?", re.I)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)(?:</style\s*>|\Z)", re.I | re.S)
_IMG_TAG = re.compile(r"<img\b([^>]*)>")
# nh3 serializes every attribute as name="value" with quotes and angle brackets escaped.
_ATTR = re.compile(r'([^\s="]+)="([^"]*)"')
_PX = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$", re.I)
_TAG = re.compile(r"<[^>]*>")
_SCRIPTISH = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)

_URL_TEXT = re.compile(r"\bhttps?://[^\s<>\"'`]{1,2048}", re.I)
_EMAIL_TEXT = re.compile(r"[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}")
_LINKABLE = re.compile(f"(?P<url>{_URL_TEXT.pattern})|(?P<mail>{_EMAIL_TEXT.pattern})", re.I)


@dataclass(frozen=True)
class SafeHtml:
    html: str
    # Remote references removed, tracking pixels included (those are removed even when remote
    # content is allowed).
    blocked_remote: int
    # True when the mail has remote content that allow_remote=True would keep: the GUI offers
    # "Show remote content" only then. Tracking pixels alone do not count.
    has_remote: bool


def safe_html(
    html: str, *, inline_images: Mapping[str, str] | None = None, allow_remote: bool = False
) -> SafeHtml:
    """Sanitized HTML of a mail body: no scripts, no remote content unless allowed.

    ``inline_images`` maps a Content-ID (without angle brackets) to the URL the viewer serves
    that part under (a data: URI or the viewer's own scheme); ``cid:`` references to any other
    id are dropped. Never raises: input it cannot handle comes back as escaped text.
    """
    try:
        text = _scrub(html if isinstance(html, str) else str(html))
        if len(text) > _MAX_HTML:
            return SafeHtml(_text_fallback(text), 0, False)
        return _Sanitizer(inline_images or {}, allow_remote).run(text)
    except Exception:
        # A sanitizer bug must cost the reader formatting, never the mail or the program.
        try:
            return SafeHtml(_text_fallback(_scrub(str(html))), 0, False)
        except Exception:
            return SafeHtml("", 0, False)


def text_to_html(text: str) -> str:
    """A text/plain body as HTML: escaped, line breaks kept, web and mail addresses linked."""
    text = _scrub(text if isinstance(text, str) else str(text))
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT] + "\n\u2026"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    pos = 0
    for m in _LINKABLE.finditer(text):
        out.append(_html.escape(text[pos : m.start()]))
        if m.group("url"):
            url, tail = _trim_url(m.group("url"))
            href = url
        else:
            url, tail = m.group("mail"), ""
            href = "mailto:" + url
        out.append(f'<a href="{_html.escape(href)}">{_html.escape(url)}</a>{_html.escape(tail)}')
        pos = m.end()
    out.append(_html.escape(text[pos:]))
    # pre-wrap keeps runs of spaces (quoted tables, signatures) but still wraps long lines.
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="white-space: pre-wrap">{body}</div>'


# --------------------------------------------------------------------------- helpers


def _scrub(text: str) -> str:
    """NULs and lone surrogates (from surrogateescape decoding) out: nh3 cannot take them."""
    text = text.replace("\x00", "\ufffd")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _trim_url(url: str) -> tuple[str, str]:
    """A URL found in prose without the punctuation that ends its sentence."""
    end = len(url)
    while end:
        ch = url[end - 1]
        unbalanced = ch == ")" and url.count("(", 0, end) < url.count(")", 0, end)
        if ch in ".,;:!?]}>" or unbalanced:
            end -= 1
        else:
            break
    return url[:end], url[end:]


def _text_fallback(html: str) -> str:
    text = _SCRIPTISH.sub(" ", html[:_MAX_HTML])
    text = _html.unescape(_TAG.sub(" ", text))
    return text_to_html(re.sub(r"\n\s*\n\s*\n+", "\n\n", text))


def _url_kind(value: str) -> str:
    """One of remote, cid, image, link, fragment, other."""
    url = _URL_NOISE.sub("", value).strip("".join(chr(c) for c in range(33)) + "\x7f")
    if url[:2] in ("//", "\\\\", "/\\", "\\/"):
        return "remote"
    if url.startswith("#"):
        return "fragment"
    m = _SCHEME.match(url)
    if not m:
        return "other"
    scheme = m.group(1).lower()
    if scheme in _REMOTE_SCHEMES:
        return "remote"
    if scheme == "cid":
        return "cid"
    if scheme == "data" and _IMAGE_DATA.match(url):
        return "image"
    if scheme == "mailto":
        return "link"
    return "other"


def _cid_key(value: str) -> str:
    """The lookup key of a Content-ID as written in a header or in a cid: URL."""
    return unquote(value).strip().strip("<>").strip().lower()


def _decode_css(css: str) -> str:
    """CSS with comments and escapes resolved, so "expr/**/ession" or "\\65 xpression" and
    "u\\72l(" show up as what a CSS parser would read."""

    def unescape(m: re.Match[str]) -> str:
        if m.group(1):
            code = int(m.group(1), 16)
            ok = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
            return chr(code) if ok else "\ufffd"
        if m.group(2):
            return ""
        return m.group(3)

    return _CSS_ESCAPE.sub(unescape, _CSS_COMMENT.sub(" ", css))


class _Sanitizer:
    def __init__(self, inline_images: Mapping[str, str], allow_remote: bool) -> None:
        self.inline = {_cid_key(k): v for k, v in inline_images.items() if isinstance(v, str)}
        self.allow_remote = allow_remote
        self.blocked = 0
        self.has_remote = False

    def run(self, html: str) -> SafeHtml:
        css = [m.group(1) for m in _STYLE_BLOCK.finditer(html)]
        sheet = self._css("\n".join(css)[:_MAX_CSS]) if css else ""
        body = nh3.clean(
            html,
            tags=_TAGS,
            clean_content_tags=_DROP_WITH_CONTENT,
            attributes=_ATTRIBUTES,
            attribute_filter=self._attribute,
            strip_comments=True,
            link_rel="noopener noreferrer",
            url_schemes=_URL_SCHEMES,
            filter_style_properties=_STYLE_PROPERTIES,
        )
        body = _IMG_TAG.sub(self._img, body)
        if sheet.strip():
            # Angle brackets were removed from the sheet, so it cannot close its element.
            body = f"<style>{sheet}</style>{body}"
        return SafeHtml(body, self.blocked, self.has_remote)

    # nh3 calls this from Rust for every kept attribute; an exception there would surface as
    # a failed clean(), so everything is caught and the attribute dropped.
    def _attribute(self, tag: str, attr: str, value: str) -> str | None:
        try:
            return self._attribute_value(tag, attr, value)
        except Exception:
            return None

    def _attribute_value(self, tag: str, attr: str, value: str) -> str | None:
        if attr == "style":
            return self._css(value) or None
        if attr == "href":
            kind = _url_kind(value)
            if kind in ("fragment", "link") or (kind == "remote" and _is_web(value)):
                return value
            return None
        if attr == "src":
            kind = _url_kind(value)
            if kind == "cid":
                return self.inline.get(_cid_key(value.split(":", 1)[1]))
            if kind in ("image", "remote"):
                return value  # remote images are judged in _img, where the size is known
            return None
        if attr == "background":
            return self._resource(value)
        return value

    def _resource(self, url: str) -> str | None:
        """A URL a page loads by itself (background, CSS url()): kept, rewritten or dropped."""
        kind = _url_kind(url)
        if kind == "cid":
            return self.inline.get(_cid_key(url.split(":", 1)[1]))
        if kind == "image":
            return url
        if kind == "remote":
            self.has_remote = True
            if self.allow_remote:
                return url
            self.blocked += 1
        return None

    def _css(self, css: str) -> str:
        css = _decode_css(css)
        css = _CSS_DANGER.sub("invalid(", _CSS_IMPORT.sub("", css))

        def url(m: re.Match[str]) -> str:
            raw = next((g for g in m.groups() if g is not None), "")
            kept = self._resource(raw)
            if kept is None:
                return "none"
            return 'url("' + kept.replace("\\", "\\\\").replace('"', "%22") + '")'

        css = _CSS_URL.sub(url, css)
        # Angle brackets have no use in CSS a mail needs, and without them a sheet can never
        # end its <style> element early or smuggle markup.
        return css.replace("<", " ").replace(">", " ")

    def _img(self, m: re.Match[str]) -> str:
        attrs = {k.lower(): _html.unescape(v) for k, v in _ATTR.findall(m.group(1))}
        src = attrs.get("src")
        if src is not None and _url_kind(src) == "remote" and src not in self.inline.values():
            if _is_tracker(attrs):
                self.blocked += 1
                return ""
            self.has_remote = True
            if self.allow_remote:
                return m.group(0)
            self.blocked += 1
            return _placeholder(attrs)
        if src is None:
            return _placeholder(attrs)
        return m.group(0)


def _is_web(url: str) -> bool:
    scheme = _SCHEME.match(_URL_NOISE.sub("", url).strip())
    return bool(scheme) and scheme.group(1).lower() in _LINK_SCHEMES


def _pixels(value: str | None) -> float | None:
    m = _PX.match(value or "")
    return float(m.group(1)) if m else None


def _style_map(style: str) -> dict[str, str]:
    out = {}
    for decl in style.split(";"):
        name, _, val = decl.partition(":")
        out[name.strip().lower()] = val.strip().lower()
    return out


def _is_tracker(attrs: Mapping[str, str]) -> bool:
    """An image nobody is meant to see: its only job is to report that the mail was read."""
    style = _style_map(attrs.get("style", ""))
    if style.get("display") == "none" or style.get("visibility") == "hidden":
        return True
    for dim in ("width", "height"):
        for value in (attrs.get(dim), style.get(dim), style.get(f"max-{dim}")):
            px = _pixels(value)
            if px is not None and px <= 1:
                return True
    return False


def _placeholder(attrs: Mapping[str, str]) -> str:
    """What stands in for a blocked image: an empty box of its size, else its alt text."""
    width, height = _pixels(attrs.get("width")), _pixels(attrs.get("height"))
    alt = attrs.get("alt", "").strip()
    if width and height:
        title = f' title="{_html.escape(alt)}"' if alt else ""
        return (
            f'<img src="{_PLACEHOLDER}" width="{int(width)}" height="{int(height)}"'
            f' alt="{_html.escape(alt)}"{title}>'
        )
    return f"<span>[{_html.escape(alt)}]</span>" if alt else ""
