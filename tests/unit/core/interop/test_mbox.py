"""mbox reading: Roundcube's import file, broken files, limits, round trips of generated mail."""

from __future__ import annotations

import io
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.core.interop import mbox
from smallcrm.core.interop.mbox import MboxMessage, MboxProblem, read_mbox
from smallcrm.core.interop.mime import Address, parse_message

ROUNDCUBE = Path(__file__).parents[3] / "data" / "eml" / "roundcube_import_from_quoting.mbox"
ENVELOPE = b"From sender@example.com Mon Jan  1 00:00:00 2024"


def read(data: bytes, **kwargs: int) -> tuple[list[MboxMessage], list[MboxProblem]]:
    problems: list[MboxProblem] = []
    return list(read_mbox(io.BytesIO(data), problems, **kwargs)), problems


def write_mboxrd(messages: list[bytes], newline: bytes = b"\n") -> bytes:
    """What an mboxrd writer makes of whole messages: every ^>*From line gets one more '>'."""
    out = io.BytesIO()
    for raw in messages:
        out.write(ENVELOPE + newline)
        out.write(re.sub(rb"^(>*From )", rb">\1", raw, flags=re.M))
        out.write(newline)  # the blank line that belongs to the next separator
    return out.getvalue()


# --------------------------------------------------------------------------- Roundcube's file


def test_roundcube_import_file_has_its_three_messages():
    problems: list[MboxProblem] = []
    messages = list(read_mbox(ROUNDCUBE, problems))
    assert problems == []
    assert [(m.index, m.line) for m in messages] == [(1, 1), (2, 11), (3, 21)]
    assert [m.envelope for m in messages] == [
        f"test{n}@rc.net Sun Jul 16 15:06:25 2023" for n in ("", "1", "2")
    ]
    # What Roundcube's ImportTest asserts of the three messages it saves.
    assert messages[0].raw.startswith(b"From: test@rc.net\r\n")
    assert messages[0].raw.endswith(b"\r\n\r\n1234\r\n")
    assert messages[1].raw.startswith(b"From: test1@rc.net\r\n")
    assert messages[1].raw.endswith(b"\r\n\r\nFrom me\r\n")  # ">From me" unquoted
    assert b">From" not in messages[1].raw
    assert messages[2].raw.startswith(b"From: test2@rc.net\r\n")
    assert messages[2].raw.endswith(b"\r\n\r\nXXXX\r\n")


def test_roundcube_messages_parse():
    parsed = [parse_message(m.raw) for m in read_mbox(ROUNDCUBE)]
    assert [p.subject for p in parsed] == ["Import 1", "Import 2", "Import 3"]
    assert [p.sender for p in parsed] == [
        Address("", "test@rc.net"),
        Address("", "test1@rc.net"),
        Address("", "test2@rc.net"),
    ]
    assert [p.text for p in parsed] == ["1234", "From me", "XXXX"]
    assert all(p.to == [Address("Tom Tester", "tb@tester.local")] for p in parsed)
    assert all(p.message_id == "de75@tester.local" for p in parsed)


def test_a_stream_is_read_from_where_it_stands_and_left_open():
    stream = io.BytesIO(b"junk\n" + ROUNDCUBE.read_bytes())
    stream.readline()
    assert len(list(read_mbox(stream))) == 3
    assert not stream.closed


# --------------------------------------------------------------------------- separators


def test_mboxrd_quoting_loses_one_level_only():
    data = b"From a Mon Jan  1 00:00:00 2024\n\n>From x\n>>From y\n>Fromage\n> From z\n\n"
    [msg], problems = read(data)
    assert msg.raw == b"\nFrom x\n>From y\n>Fromage\n> From z\n"
    assert problems == []


def test_blank_line_before_from_belongs_to_the_separator():
    data = b"From a Mon Jan  1 00:00:00 2024\r\nA: 1\r\n\r\nbody\r\n\r\nFrom b\r\nB: 2\r\n\r\n"
    messages, problems = read(data)
    assert [m.raw for m in messages] == [b"A: 1\r\n\r\nbody\r\n", b"B: 2\r\n"]
    assert [m.envelope for m in messages] == ["a Mon Jan  1 00:00:00 2024", "b"]
    assert [m.line for m in messages] == [1, 6]
    assert problems == []


def test_an_unquoted_from_in_a_body_does_not_split_the_message():
    data = b"From a Mon Jan  1 00:00:00 2024\nS: x\n\nHello,\nFrom the desk of J.\n"
    [msg], problems = read(data)
    assert msg.raw == b"S: x\n\nHello,\nFrom the desk of J.\n"
    assert problems == [MboxProblem(5, "unquoted From line in message 1: text")]


def test_from_line_without_blank_line_but_with_a_date_splits():
    data = b"From a Tue Jun 11 09:46:27 2019\nS: 1\n\nx\nFrom - Wed Jun 12 10:00:00 2019\nS: 2\n"
    messages, _ = read(data)
    assert [m.raw for m in messages] == [b"S: 1\n\nx\n", b"S: 2\n"]


# --------------------------------------------------------------------------- broken files


def test_empty_file_has_no_messages_and_no_problem():
    assert read(b"") == ([], [])


def test_file_not_starting_with_from_is_reported_and_the_rest_read():
    data = b"Subject: stray\n\nbody\nFrom a Mon Jan  1 00:00:00 2024\nS: 1\n"
    [msg], problems = read(data)
    assert (msg.index, msg.line, msg.raw) == (1, 4, b"S: 1\n")
    assert problems == [MboxProblem(1, "no From line at the top: 2 lines skipped")]


def test_a_single_eml_is_no_mbox():
    messages, problems = read(b"Subject: x\r\n\r\nbody\r\n")
    assert messages == []
    assert problems == [MboxProblem(0, "no From line: not an mbox file")]


def test_truncated_last_message_is_kept_and_reported():
    data = b"From a\nS: 1\n\nok\n\nFrom b\nS: 2\n\nhalf a li"
    messages, problems = read(data)
    assert messages[1].raw == b"S: 2\n\nhalf a li"
    assert problems == [MboxProblem(9, "message 2 ends without a line break: cut?")]


def test_nul_bytes_are_kept_and_reported_once():
    data = b"From a\x00b\nS: \x00\n\nx\x00y\n"
    [msg], problems = read(data)
    assert msg.raw == b"S: \x00\n\nx\x00y\n"
    assert msg.envelope == "ab"
    assert [p.reason for p in problems] == [
        "NUL bytes in the From line: removed",
        "message 1 contains NUL bytes: kept as they are",
    ]


def test_lines_longer_than_a_megabyte_are_read_whole():
    long_line = b"x" * (3 * 1024 * 1024 + 17) + b"\n"
    data = b"From a\nS: 1\n\n" + long_line + b">From q\n\nFrom b\nS: 2\n"
    messages, problems = read(data)
    assert messages[0].raw == b"S: 1\n\n" + long_line + b"From q\n"
    assert messages[1].raw == b"S: 2\n"
    assert messages[1].line == 7
    assert problems == [MboxProblem(4, "message 1 has a line longer than 1 MB")]


def test_from_inside_a_long_line_is_no_separator():
    piece = b"y" * 1024 * 1024  # the next piece read starts with "From ", mid-line
    data = b"From a\nS: 1\n\n" + piece + b"From x Mon Jan  1 00:00:00 2024\n"
    [msg], _ = read(data)
    assert msg.raw.endswith(piece + b"From x Mon Jan  1 00:00:00 2024\n")


def test_a_message_larger_than_the_limit_is_cut_and_the_next_one_read():
    data = b"From a\nS: 1\n\n" + b"0123456789\n" * 10 + b"\nFrom b\nS: 2\n"
    messages, problems = read(data, max_message_bytes=30)
    assert [len(m.raw) for m in messages] == [30, 5]
    assert problems == [MboxProblem(6, "message 1 larger than 30 bytes: cut")]


def test_problems_are_bounded(monkeypatch):
    monkeypatch.setattr(mbox, "_MAX_PROBLEMS", 3)
    data = b"".join(b"From x\n\n" for _ in range(10))
    messages, problems = read(data)
    assert len(messages) == 10
    assert len(problems) == 4
    assert problems[-1].reason == "more problems: not listed"


def test_a_path_is_read_as_well_as_a_stream(tmp_path):
    path = tmp_path / "a.mbox"
    path.write_bytes(write_mboxrd([b"S: 1\n\nx\n", b"S: 2\n\ny\n"]))
    assert [m.raw for m in read_mbox(path)] == [b"S: 1\n\nx\n", b"S: 2\n\ny\n"]
    assert [m.raw for m in read_mbox(str(path))][1] == b"S: 2\n\ny\n"


# --------------------------------------------------------------------------- generated input

LINE = st.one_of(
    st.sampled_from([b"", b"From ", b">From ", b">>From x", b"From", b"Subject: a", b"\r", b" "]),
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")),
)
PREFIX = st.sampled_from([b"", b"From ", b">", b">>From ", b"\x00"])
MESSAGE = st.lists(st.tuples(PREFIX, LINE), max_size=12).map(
    lambda lines: b"".join(prefix + line + b"\n" for prefix, line in lines)
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MESSAGE, max_size=6), st.sampled_from([b"\n", b"\r\n"]))
def test_mboxrd_round_trip_gives_the_same_bytes(messages, newline):
    if newline == b"\r\n":
        messages = [m.replace(b"\n", b"\r\n") for m in messages]
    read_back, _ = read(write_mboxrd(messages, newline))
    assert [m.raw for m in read_back] == messages
    assert [m.index for m in read_back] == list(range(1, len(messages) + 1))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.binary(max_size=60), st.sampled_from([b"From ", b"\n", b"\r\n", b">From "])),
        max_size=30,
    ).map(b"".join)
)
def test_arbitrary_bytes_never_raise(data):
    messages, problems = read(data, max_message_bytes=50)
    assert all(isinstance(p, MboxProblem) for p in problems)
    for msg in messages:
        assert len(msg.raw) <= 50
        parse_message(msg.raw)
