"""mail_decode.tame finds the part headers the plain regex finds, only faster."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.core.interop import mail_decode

PIECES = st.sampled_from(
    [b"Content-Type: text/plain\r\n", b"content-disposition:\tattachment\n", b"CONTENT-TYPE :",
     b"X-Content-Type: a\n", b" Content-Type: folded\n", b"\n", b"\r\n", b"content-", b"a" * 30,
     b"Content-Type: multipart/mixed; boundary=" + b"x" * 9000 + b"\n", b"\tcontinued\n"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(PIECES, st.binary(max_size=20)), max_size=30).map(b"".join))
def test_part_headers_are_where_the_regex_finds_them(data):
    expected = [(m.start(), m.end()) for m in mail_decode._PART_HEADER.finditer(data)]  # noqa: SLF001
    assert list(mail_decode._part_headers(data)) == expected  # noqa: SLF001


def test_long_part_headers_are_cut():
    data = b"Content-Type: text/plain; x=" + b"y" * 20000 + b"\r\n\r\nbody"
    tamed, many = mail_decode.tame(data)
    assert len(tamed) < 9000 and tamed.endswith(b"\r\nbody") and not many
