"""The parser's fast paths give what the stdlib paths they stand for give, input for input."""

from __future__ import annotations

import base64
from email import policy
from email.message import Message
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.core.interop import mail_decode, mime

DATA = Path(__file__).parents[3] / "data" / "eml"
FILES = sorted(DATA.glob("*.eml"))


def _same_tree(a: Message, b: Message, path: str = "root") -> None:
    """The two trees hold the same headers, payloads, preambles, epilogues and defects."""
    assert type(a) is type(b), path
    left, right = dict(vars(a)), dict(vars(b))
    payload_a, payload_b = left.pop("_payload"), right.pop("_payload")
    defects_a, defects_b = left.pop("defects"), right.pop("defects")
    assert [(type(d), d.args) for d in defects_a] == [(type(d), d.args) for d in defects_b], path
    assert left == right, path
    if isinstance(payload_a, list):
        assert isinstance(payload_b, list) and len(payload_a) == len(payload_b), path
        for i, (x, y) in enumerate(zip(payload_a, payload_b, strict=True)):
            _same_tree(x, y, f"{path}.{i}")
    else:
        assert payload_a == payload_b, path


def _stdlib(data: bytes) -> Message:
    return BytesParser(policy=policy.compat32).parsebytes(data)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_tree_of_each_corpus_mail_is_the_stdlib_tree(path):
    data = path.read_bytes()
    _same_tree(mime._parse_tree(data), _stdlib(data))  # noqa: SLF001


def _with_attachment(body: bytes, eol: bytes = b"\r\n", cte: bytes = b"base64") -> bytes:
    head = [
        b"From: a@b.cz",
        b'Content-Type: multipart/mixed; boundary="XX"',
        b"",
        b"preamble",
        b"--XX",
        b"Content-Type: text/plain",
        b"",
        b"Hello",
        b"--XX",
        b"Content-Type: application/pdf; name=a.pdf",
        b"Content-Transfer-Encoding: " + cte,
        b"",
    ]
    return eol.join(head) + eol + body + eol + b"--XX--" + eol + b"epilogue" + eol


B64 = base64.encodebytes(bytes(range(256)) * 8)  # 76-character lines, LF


@pytest.mark.parametrize(
    "data",
    [
        _with_attachment(B64.replace(b"\n", b"\r\n").rstrip()),
        _with_attachment(B64.rstrip(), eol=b"\n"),
        _with_attachment(B64.rstrip(), cte=b"BASE64"),
        # Lines the parser does not only copy, inside what looks like base64.
        _with_attachment(B64.replace(b"\n", b"\r\n", 3).rstrip()),
        _with_attachment(B64.replace(b"\n", b"\n--XX\n", 1).rstrip(), eol=b"\n"),
        _with_attachment(B64.replace(b"\n", b"\n--XX--\n", 1).rstrip(), eol=b"\n"),
        _with_attachment(B64.replace(b"\n", b"\nFrom x\n", 1).rstrip(), eol=b"\n"),
        _with_attachment(B64.replace(b"\n", b"\rab\n", 2).rstrip(), eol=b"\n"),
        _with_attachment(B64.replace(b"\n", b"\n\n", 2).rstrip(), eol=b"\n"),
        _with_attachment(B64.replace(b"A", b"A:", 1).rstrip(), eol=b"\n"),
        _with_attachment(B64.rstrip() + b"\n\x00smallcrm-run0\x00", eol=b"\n"),
        _with_attachment(b"QUJD", eol=b"\n"),
        _with_attachment(B64.rstrip(), eol=b"\n")[:900],  # cut inside the attachment
        b"Content-Transfer-Encoding: base64\n\n" + B64,  # no multipart, no newline at the end
        b"Content-Transfer-Encoding: base64\r\n\r\n" + B64.replace(b"\n", b"\r\n"),
        b"Content-Type: message/delivery-status\n\nbase64\n\n" + B64 + b"\n" + B64,
        # A blank line of the other kind than the message's: it ends a delivery-status block.
        b"Content-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"QUJD\r\nQUJD\n\nQUJD\r\nQUJD\r\n-\r\n",
        b"Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n"
        b"QUJD\nQUJD\n\r\nQUJD\nQUJD\n-\n",
    ],
)
def test_base64_runs_give_the_stdlib_tree(data):
    _same_tree(mime._parse_tree(data), _stdlib(data))  # noqa: SLF001


PIECES = st.sampled_from(
    [b"\n", b"\r\n", b"\r", b"--XX", b"--XX--", b"From x", b"a: b", b" folded", b"base64",
     b"Content-Type: multipart/mixed; boundary=XX", b"Content-Transfer-Encoding: base64",
     b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=", b"QUJD", b"-", b":", b"\x00"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=60).map(b"".join))
def test_any_mix_of_base64_lines_and_structure_gives_the_stdlib_tree(data):
    _same_tree(mime._parse_tree(data), _stdlib(data))  # noqa: SLF001


ADDRESSES = [
    "Jan <a@b>",
    '"Novák, Jan" <a@b.cz>',
    "a@b",
    "a@b, c@d",
    "J. Novak Jr. <a@b>",
    '"" <a@b>',
    "<a@b>",
    "Jan<a@b>",
    "a@b c",
    "a@b,",
    ", a@b",
    "a@b@c",
    '"a\\"b" <a@b>',
    '"a" "b" <x@y>',
    '"a""b" <x@y>',
    'Jan "x" <a@b>',
    "x (comment) <a@b>",
    "=?utf-8?q?J=C3=A1n?= <j@x.cz>",
    "a.b.c@d.e.f",
    ".a@b",
    "a..b@c",
    "a@b..c",
    "a@b.",
    "jan@x.cz <jan@x.cz>",
    "Jan\r\n <a@b>",
    "<a@b >",
    "< a@b>",
    "a@b\r\n , c@d",
    "undisclosed-recipients:;",
    "a:b@c",
    "\udcc3\udca1 <a@b>",
    "x\x0b <a@b>",
    "",
    "   ",
    '"Novák\r\nJan" <a@b>',
    "Jan <a@[1.2.3.4]>",
    "Jan <@route:a@b>",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_address_lists_read_as_the_stdlib_reads_them(value):
    assert mime._getaddresses(value) == mime._stdlib_getaddresses(value)  # noqa: SLF001


def test_every_address_header_of_the_corpus_reads_as_the_stdlib_reads_it():
    checked = 0
    for path in FILES:
        msg = mime._parse(path.read_bytes(), [], headers_only=True)  # noqa: SLF001
        for key, value in msg.raw_items():
            if key.strip().lower() in ("from", "to", "cc", "bcc", "reply-to"):
                assert mime._getaddresses(str(value)) == mime._stdlib_getaddresses(str(value))  # noqa: SLF001
                checked += 1
    assert checked > 100


ADDRESS_PIECES = st.sampled_from(
    ['"', "<", ">", ",", "@", ".", " ", "\r\n ", "(", ")", "\\", ":", ";", "[", "]", "x",
     "\t", "\x0b", "é", "Jan", "a@b.cz", "<a@b.cz>", '"Nov, J"', "=?utf-8?q?x?="]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(ADDRESS_PIECES, max_size=16).map("".join))
def test_any_address_list_reads_as_the_stdlib_reads_it(value):
    assert mime._getaddresses(value) == mime._stdlib_getaddresses(value)  # noqa: SLF001


def _slow_header(value: str) -> str:
    """mail_decode.decode_header without its plain-ASCII shortcut."""
    text = mail_decode.decode(value.encode("utf-8", errors="surrogateescape"))
    text = mail_decode._FOLDING.sub(" ", text)  # noqa: SLF001
    return " ".join(mail_decode._decode_words(text).split())  # noqa: SLF001


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\r\n\x0b\x1cab=?:_\"'"), max_size=40))
def test_a_plain_ascii_header_decodes_as_before(value):
    assert mail_decode.decode_header(value) == _slow_header(value)


def _slow_q(payload: str) -> bytes:
    """The Q-encoded word's bytes, character by character (the path non-ASCII words take)."""
    out = bytearray()
    raw = payload.replace("_", " ")
    i = 0
    while i < len(raw):
        if (
            raw[i] == "="
            and len(raw[i + 1 : i + 3]) == 2
            and all(c in "0123456789abcdefABCDEF" for c in raw[i + 1 : i + 3])
        ):
            out.append(int(raw[i + 1 : i + 3], 16))
            i += 3
        else:
            out.extend(raw[i].encode("utf-8", errors="replace"))
            i += 1
    return bytes(out)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("=_aF9gG0 ?é"), max_size=30))
def test_q_words_decode_as_before(payload):
    assert mail_decode._word_bytes("Q", payload) == _slow_q(payload)  # noqa: SLF001


class _Counted(bytes):
    """Bytes that count how far their find() calls look."""

    looked = 0

    def find(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else end
        found = super().find(sub, start, end)
        _Counted.looked += max((found + len(sub) if found >= 0 else end) - start, 0)
        return found


@pytest.mark.parametrize(
    "body",
    [
        b"base64\n\n" * 20_000,  # a word and a blank line, again and again, no dash
        b"base64\n\nQUJD\nREVG\n\n" * 5_000,  # short runs, each ended by a blank line
        b"Content-Transfer-Encoding: base64\n\n" + b"QUJDREVG\n" * 50_000,  # one long run
    ],
)
def test_looking_for_base64_runs_reads_the_message_a_few_times_at_most(body):
    """However many "base64" words a message holds: a message that made the look go to its
    end from each of them took minutes, at a few megabytes, to be read."""
    data = _Counted(b"Subject: x\nContent-Type: text/plain\n\n" + body)
    _Counted.looked = 0
    list(mime._base64_runs(data))
    assert _Counted.looked <= 4 * len(data)


@pytest.mark.parametrize("value", ["jana@akn.cz, petr@akn.cz,", "Jana <jana@akn.cz>,"])
def test_a_list_ending_in_a_comma_keeps_its_recipients_on_every_python(value):
    """Newer Python patch releases read addresses strictly by default and find no one in
    such a list; the mail would then link to no contact on one build and to both on another."""
    expected = [a for a in ("jana@akn.cz", "petr@akn.cz") if a.split("@")[0] in value]
    assert [addr for _name, addr in mime._getaddresses(value) if addr] == expected  # noqa: SLF001
    # The stdlib's reading, which the fast path falls back to, is pinned to the same.
    assert [addr for _name, addr in mime._stdlib_getaddresses(value) if addr] == expected  # noqa: SLF001
