"""safe_html and text_to_html on hostile and real HTML mail."""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.core.interop.mail_html import SafeHtml, safe_html, text_to_html
from smallcrm.core.interop.mime import parse_message

EML = Path(__file__).resolve().parents[3] / "data" / "eml"


class _Collect(HTMLParser):
    """Every tag and attribute of an output, as a browser-like parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.style_text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_style = tag == "style"
        for name, value in attrs:
            self.attrs.append((tag, name, value or ""))

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style_text.append(data)


def _parsed(out: str) -> _Collect:
    p = _Collect()
    p.feed(out)
    p.close()
    return p


def _squash(value: str) -> str:
    """An attribute value as a URL parser would read its scheme."""
    return re.sub(r"[\x00-\x20\x7f]", "", html_lib.unescape(value)).lower()


def assert_safe(out: str) -> None:
    assert "<script" not in out.lower()
    p = _parsed(out)
    bad_tags = {"script", "iframe", "object", "embed", "form", "input", "button", "meta"}
    assert not bad_tags & set(p.tags), p.tags
    assert not {"base", "link", "svg", "frame", "applet"} & set(p.tags)
    for tag, name, value in p.attrs:
        assert not name.startswith("on"), (tag, name)
        squashed = _squash(value)
        assert "javascript:" not in squashed, (tag, name, value)
        assert "vbscript:" not in squashed, (tag, name, value)
        assert not squashed.startswith("data:text"), (tag, name, value)
        assert "expression(" not in squashed, (tag, name, value)
    sheet = "".join(p.style_text).lower()
    assert "expression(" not in re.sub(r"\s", "", sheet)
    assert "javascript:" not in sheet


# --------------------------------------------------------------------------- scripts


SCRIPTS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<ScRiPt >alert(1)</sCrIpT >",
    "<script/xss src=//x>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<<script>alert(1);//<</script>",
    "<script\n>alert(1)</script\n>",
    "<svg><script>alert(1)</script></svg>",
    "<svg onload=alert(1)>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<iframe src=javascript:alert(1)></iframe>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<object data=javascript:alert(1)></object>",
    "<embed src=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
    "<form action=javascript:alert(1)><input type=submit><button formaction=x>b</button></form>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="http://evil.example/">',
    '<link rel="stylesheet" href="http://evil.example/x.css">',
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<template><script>alert(1)</script></template>",
]


@pytest.mark.parametrize("sample", SCRIPTS)
def test_no_script_in_any_spelling(sample):
    out = safe_html(f"<p>before</p>{sample}<p>after</p>").html
    assert_safe(out)
    assert "before" in out  # an unclosed <script> rightly swallows what follows


HANDLERS = [
    "<p>x<img src=x onerror=alert(1)></p>",
    '<body onload="alert(1)">x',
    "<p ONCLICK='alert(1)'>x</p>",
    "<div onmouseover\n=alert(1)>x</div>",
    '<a href="https://ok.example/" onfocus=alert(1) autofocus>x</a>',
    "<table background=x onpointerenter=alert(1)><tr><td>x</td></tr></table>",
    '<p/onclick="alert(1)">x</p>',
]


@pytest.mark.parametrize("sample", HANDLERS)
def test_event_handlers_are_removed(sample):
    out = safe_html(sample).html
    assert_safe(out)
    assert "x" in out


JS_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java&#x09;script:alert(1)",
    "java&#10;script:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "&#x6A;avascript&colon;alert(1)",
    "javascript&#0000058alert(1)",
    "\x01javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("url", JS_URLS)
def test_dangerous_urls_are_removed(url):
    out = safe_html(
        f'<a href="{url}">link</a><img src="{url}"><table><tr><td background="{url}">c</td>'
        f"</tr></table>"
    ).html
    assert_safe(out)
    p = _parsed(out)
    assert not [a for a in p.attrs if a[1] in ("href", "src", "background")], out
    assert "link" in out


@pytest.mark.parametrize(
    "style",
    [
        "width: expression(alert(1))",
        "width: expr/**/ession(alert(1))",
        "width: \\65 xpression(alert(1))",
        "background: url(javascript:alert(1))",
        "behavior: url(x.htc)",
        "-moz-binding: url(http://evil.example/x.xml#x)",
    ],
)
def test_css_that_runs_code_is_removed(style):
    out = safe_html(f'<p style="{style}">x</p><style>p {{ {style} }}</style>').html
    assert_safe(out)
    lowered = out.lower()
    assert "javascript" not in lowered
    assert "binding" not in lowered and "behavior" not in lowered


# --------------------------------------------------------------------------- remote content


def test_remote_image_blocked_by_default_keeps_size_and_alt():
    result = safe_html(
        '<p>Hi</p><img src="https://cdn.example/logo.png" width="200" height="50" alt="ACME">'
        '<img src="http://cdn.example/banner.png" alt="Spring sale">'
    )
    assert result.blocked_remote == 2
    assert result.has_remote
    assert "cdn.example" not in result.html
    p = _parsed(result.html)
    img = dict((n, v) for t, n, v in p.attrs if t == "img")
    assert img["width"] == "200" and img["height"] == "50"
    assert img["src"].startswith("data:image/gif;base64,")
    assert "Spring sale" in result.html  # no size: the alt text stands in


def test_remote_image_allowed():
    result = safe_html(
        '<img src="https://cdn.example/logo.png" width="200" height="50">', allow_remote=True
    )
    assert 'src="https://cdn.example/logo.png"' in result.html
    assert result.blocked_remote == 0
    assert result.has_remote


@pytest.mark.parametrize(
    "pixel",
    [
        '<img src="https://t.example/open?id=1" width="1" height="1">',
        '<img src="https://t.example/open?id=1" width="0" height="0" alt="">',
        '<img src="https://t.example/open?id=1" style="width:1px;height:1px">',
        '<img src="https://t.example/open?id=1" height="1" border="0">',
        '<img src="//t.example/open.gif" style="display:none">',
    ],
)
@pytest.mark.parametrize("allow_remote", [False, True])
def test_tracking_pixel_is_always_blocked(pixel, allow_remote):
    result = safe_html(f"<p>Hello</p>{pixel}", allow_remote=allow_remote)
    assert "t.example" not in result.html
    assert "<img" not in result.html
    assert result.blocked_remote == 1
    assert not result.has_remote  # nothing worth a "Show remote content" button


@pytest.mark.parametrize(
    "markup",
    [
        "<img src=//cdn.example/x.png>",
        "<img src='\\\\cdn.example\\x.png'>",
        "<img src=ftp://cdn.example/x.png>",
        "<img src=https://cdn.example/x.png srcset='https://cdn.example/x2.png 2x'>",
        '<table><tr><td background="https://cdn.example/bg.jpg">x</td></tr></table>',
        '<div style="background-image: url(https://cdn.example/bg.jpg)">x</div>',
        "<div style=\"background: url('//cdn.example/bg.jpg') no-repeat\">x</div>",
        '<div style="background: u\\72l(https://cdn.example/bg.jpg)">x</div>',
        "<style>.x { background: url(https://cdn.example/bg.jpg) }</style><div class=x>x</div>",
        "<style>@import url(https://cdn.example/x.css);</style>",
        "<style>@import 'https://cdn.example/x.css';</style>",
        '<style>@font-face { src: url("https://cdn.example/f.woff") }</style>',
        '<video src="https://cdn.example/v.mp4" poster="https://cdn.example/p.jpg"></video>',
        '<audio><source src="https://cdn.example/a.mp3"></audio>',
        '<picture><source srcset="https://cdn.example/a.webp"><img alt="pic"></picture>',
    ],
)
def test_remote_references_are_blocked(markup):
    result = safe_html(markup)
    assert "cdn.example" not in result.html, result.html
    assert_safe(result.html)


def test_remote_css_counted_and_allowed():
    markup = '<div style="background-image: url(https://cdn.example/bg.jpg)">x</div>'
    blocked = safe_html(markup)
    assert blocked.blocked_remote == 1 and blocked.has_remote
    allowed = safe_html(markup, allow_remote=True)
    assert "https://cdn.example/bg.jpg" in allowed.html
    assert allowed.blocked_remote == 0 and allowed.has_remote


# --------------------------------------------------------------------------- cid and links


@pytest.mark.parametrize(
    "src",
    [
        "cid:logo@acme.example",
        "CID:Logo@ACME.example",
        "cid:%3Clogo@acme.example%3E",
        "cid:<logo@acme.example>",
        "cid:logo%40acme.example",
    ],
)
def test_cid_images_are_rewritten(src):
    result = safe_html(
        f'<img src="{src}" width="120" height="40" alt="ACME">',
        inline_images={"logo@acme.example": "smallcrm-cid:logo%40acme.example"},
    )
    assert 'src="smallcrm-cid:logo%40acme.example"' in result.html
    assert result.blocked_remote == 0 and not result.has_remote


def test_cid_mapping_keys_may_carry_angle_brackets():
    result = safe_html(
        '<img src="cid:part1.ABC">', inline_images={"<part1.abc>": "data:image/png;base64,AAAA"}
    )
    assert 'src="data:image/png;base64,AAAA"' in result.html


def test_unknown_cid_is_dropped():
    result = safe_html('<img src="cid:nope@x" alt="Signature">')
    assert "cid:" not in result.html
    assert "src=" not in result.html
    assert "Signature" in result.html


def test_links_are_kept_but_inert():
    out = safe_html(
        '<a href="https://acme.example/offer" target="_blank">offer</a>'
        '<a href="mailto:office@acme.example">mail</a><a href="#top">top</a>'
        '<a href="ftp://files.example/x">ftp</a><a href="/relative">rel</a>'
    ).html
    p = _parsed(out)
    hrefs = [v for t, n, v in p.attrs if n == "href"]
    assert hrefs == ["https://acme.example/offer", "mailto:office@acme.example", "#top"]
    assert "target" not in out
    assert all(v == "noopener noreferrer" for t, n, v in p.attrs if n == "rel")


def test_formatting_is_kept():
    markup = (
        '<table width="600" cellpadding="4" bgcolor="#eeeeee" align="center"><tr>'
        '<td valign="top" style="color:#333333;font-family:Arial,sans-serif;font-size:14px">'
        '<font color="red" face="Verdana" size="3">Red</font><b>B</b><i>I</i><u>U</u>'
        "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quoted</blockquote>"
        '<p class="MsoNormal" style="margin:0cm;text-align:center">centred</p>'
        "<h1>Title</h1><hr><pre>  pre</pre></td></tr></table>"
    )
    out = safe_html(markup).html
    for piece in (
        'bgcolor="#eeeeee"',
        'width="600"',
        'cellpadding="4"',
        'valign="top"',
        "color:#333333",
        "font-size:14px",
        '<font color="red" face="Verdana" size="3">',
        "<ul><li>one</li></ul>",
        "<ol><li>two</li></ol>",
        "<blockquote>quoted</blockquote>",
        'class="MsoNormal"',
        "text-align:center",
        "<h1>Title</h1>",
        "<hr>",
        "<pre>  pre</pre>",
    ):
        assert piece in out, piece


def test_style_blocks_are_kept_sanitized_and_cannot_break_out():
    out = safe_html(
        "<style>p.MsoNormal { margin: 0 } </style><style>a{color:red}</style><script>x()</script>"
        "<style>b{}</style ><p class=MsoNormal>x</p>"
    ).html
    assert out.startswith("<style>")
    assert out.count("<style>") == 1
    assert "p.MsoNormal { margin: 0 }" in out
    assert "x()" not in out


def test_head_and_title_do_not_show():
    out = safe_html(
        "<html><head><title>Newsletter #12</title><meta charset=utf-8></head>"
        "<body bgcolor=white><p>Body</p></body></html>"
    ).html
    assert "Newsletter #12" not in out
    assert "<p>Body</p>" in out


# --------------------------------------------------------------------------- broken input


@pytest.mark.parametrize(
    "markup",
    [
        "<table><tr><td><b>unclosed<i>nested<table><tr><td>x",
        "<p><div><p><span><a href='https://a.example/'>link<p>after",
        "</p></div></table></html>stray",
        "<img src=",
        "<a href='https://a.example/ x",
        '<div style="color:red',
        "<style>p{color:red",
        "<<<>>><!-- never closed",
        "<![if !supportLists]><span>1.</span><![endif]>",
        "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p>x</p>",
        "<o:p>&nbsp;</o:p><v:shape><v:imagedata src='http://x/y.png'/></v:shape>",
        "x" * 10 + "<b>" * 10000 + "deep",
        "\x00<p>nul\x00byte</p>\x00",
        "<p>lone \ud800 surrogate \udfff</p>",
        "&#0; &#xD800; &#x110000; &bogus; &amp",
    ],
)
def test_broken_markup_is_handled(markup):
    result = safe_html(markup)
    assert isinstance(result, SafeHtml)
    assert_safe(result.html)
    assert "\x00" not in result.html
    result.html.encode("utf-8")  # no lone surrogates left


def test_huge_input_falls_back_to_text():
    markup = "<p>" + "<b>hello</b> <script>alert(1)</script>" * 200_000 + "</p>"
    assert len(markup) > 5_000_000
    result = safe_html(markup)
    assert_safe(result.html)
    assert "hello" in result.html
    assert "<b>" not in result.html
    assert "alert" not in result.html


def test_non_string_input_does_not_raise():
    assert isinstance(safe_html(b"<p>x</p>"), SafeHtml)  # type: ignore[arg-type]
    assert isinstance(safe_html(None), SafeHtml)  # type: ignore[arg-type]


_HOSTILE_PIECES = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<scr",
        "ipt>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>",
        "java&#x09;script:",
        "<svg onload=alert(1)>",
        "<style>",
        "</style>",
        "<iframe>",
        "<!--",
        "-->",
        "<p style='width:expression(1)'>",
        "url(http://x)",
        "<img src=cid:x>",
        '"',
        "'",
        "<",
        ">",
        "=",
        " on",
        "onclick=",
        "&#",
        "\x00",
        "\ud800",
        "<table><tr><td>",
        "<textarea>",
        "<noscript>",
        "<math>",
        "<![CDATA[",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_HOSTILE_PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_hostile_soup_never_raises_and_stays_safe(markup):
    result = safe_html(markup, inline_images={"x": "smallcrm-cid:x"})
    assert_safe(result.html)
    assert_safe(safe_html(markup, allow_remote=True).html)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decoded_bytes_never_raise(data):
    for markup in (data.decode("utf-8", "surrogateescape"), data.decode("latin-1")):
        result = safe_html(markup)
        assert_safe(result.html)
        result.html.encode("utf-8")


# --------------------------------------------------------------------------- real mail


def _html_of(name: str) -> str:
    html = parse_message((EML / name).read_bytes()).html
    assert html, name
    return html


# Mails whose HTML body the parser finds (a broken multipart or an enclosed message may
# mention text/html without having one).
WITH_HTML = sorted(
    p.name
    for p in EML.glob("*.eml")
    if b"text/html" in p.read_bytes().lower() and parse_message(p.read_bytes()).html
)


def test_most_real_html_mails_have_a_body_to_sanitize():
    assert len(WITH_HTML) >= 25


@pytest.mark.parametrize("name", WITH_HTML)
def test_real_mails_are_sanitized(name):
    html = _html_of(name)
    result = safe_html(html)
    assert_safe(result.html)
    assert not re.search(r"<img[^>]+src=\"(https?:)?//", result.html)


def test_mailchimp_newsletter():
    result = safe_html(_html_of("mailparser_mailchimp_q_encoded_subject.eml"))
    assert result.has_remote and result.blocked_remote > 0
    assert "mcusercontent" not in result.html and "gallery.mailchimp" not in result.html
    assert "So, You Have a Disaster" in result.html
    assert "<table" in result.html
    allowed = safe_html(_html_of("mailparser_mailchimp_q_encoded_subject.eml"), allow_remote=True)
    assert allowed.blocked_remote < result.blocked_remote
    assert re.search(r'<img[^>]+src="https://', allowed.html)


def test_newsletter_with_inline_images_and_tracking_pixel():
    raw = (EML / "mailparser_french_newsletter_iso8859_q_subject.eml").read_bytes()
    msg = parse_message(raw)
    cids = [a.content_id for a in msg.attachments if a.content_id]
    assert cids
    result = safe_html(msg.html or "", inline_images={c: f"smallcrm-cid:{c}" for c in cids})
    for cid in cids:
        assert f"smallcrm-cid:{cid}" in result.html
    assert "cid:" not in result.html.replace("smallcrm-cid:", "")
    # Its only remote image is a 1x1 pixel: blocked, and no button offered for it.
    assert result.blocked_remote == 1 and not result.has_remote


def test_outlook_mail_keeps_word_classes():
    out = safe_html(_html_of("kopano_outlook2010_dutch_order_related.eml")).html
    assert 'class="MsoNormal"' in out
    assert "Met vriendelijke groet" in out


# --------------------------------------------------------------------------- text/plain


def test_text_to_html_escapes_and_links():
    out = text_to_html(
        "Dear <b>client</b> & co,\n\nsee https://acme.example/a_(b)?x=1&y=2.\n"
        "Write to jan.novak@firma.cz or (http://x.example/path).\r\n  indented\n"
        '"><script>alert(1)</script> javascript:alert(1)'
    )
    assert "&lt;b&gt;client&lt;/b&gt; &amp; co" in out
    assert '<a href="https://acme.example/a_(b)?x=1&amp;y=2">' in out
    assert "</a>." in out
    assert '<a href="mailto:jan.novak@firma.cz">jan.novak@firma.cz</a>' in out
    assert '<a href="http://x.example/path">http://x.example/path</a>)' in out
    assert out.count("<br>") == 5
    assert "<script" not in out
    p = _parsed(out)
    assert [v for t, n, v in p.attrs if n == "href"] == [
        "https://acme.example/a_(b)?x=1&y=2",
        "mailto:jan.novak@firma.cz",
        "http://x.example/path",
    ]


def test_text_to_html_hostile_input():
    assert "\x00" not in text_to_html("a\x00b")
    text_to_html("lone \udc80").encode("utf-8")
    long = "a" * 3_000_000 + "@" + "b" * 100
    out = text_to_html(long)  # bounded regexes: linear, not quadratic
    assert len(out) < 3_000_000


@given(st.text(max_size=300))
def test_text_to_html_never_raises(text):
    out = text_to_html(text)
    assert "<script" not in out.lower()
    for _tag, name, value in _parsed(out).attrs:
        assert name in ("href", "style")
        if name == "href":
            assert _squash(value).startswith(("http://", "https://", "mailto:"))
