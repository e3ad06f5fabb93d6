"""Read an mbox file message by message, in flat memory, reporting what is wrong, never raising."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import BinaryIO

__all__ = ["MAX_MESSAGE_BYTES", "MboxMessage", "MboxProblem", "read_mbox"]

# One message is held in memory whole (its raw bytes are the result); this bounds it. Larger
# mails exist only as mistakes or attacks, and what parses them cuts far earlier.
MAX_MESSAGE_BYTES = 256 * 1024 * 1024
_CHUNK = 1024 * 1024  # the longest piece of a line read at once: memory stays flat on any line
_MAX_PROBLEMS = 1000  # a hostile file must not grow an unbounded list of complaints
_MAX_ENVELOPE = 1000  # characters of a From line kept; real ones are under a hundred
# A From line without the blank line the format puts before it is a separator only if it looks
# like one ("From sender Www Mmm dd hh:mm..."): Roundcube and other writers leave the blank line
# out, while a stray unquoted "From me" in a body must not split the message.
_ENVELOPE = re.compile(
    rb"From \S*[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b[^\r\n]*?\d{1,2}:\d\d", re.IGNORECASE
)
_BLANK = (b"\n", b"\r\n")


@dataclass(frozen=True)
class MboxMessage:
    index: int  # 1-based position in the file
    line: int  # 1-based line number of its "From " separator
    raw: bytes  # the RFC 822 message: From line removed, ">From " quoting undone
    envelope: str  # the From line after "From ", e.g. "joe@example.com Mon Jan  1 00:00:00 2024"


@dataclass(frozen=True)
class MboxProblem:
    line: int  # 1-based line number where it was seen (0: the file as a whole)
    reason: str


def read_mbox(
    path_or_stream: str | os.PathLike[str] | BinaryIO,
    problems: list[MboxProblem] | None = None,
    *,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
) -> Iterator[MboxMessage]:
    """The messages of an mbox file, one at a time, read line by line (a 4 GB file needs no more
    memory than its largest message). Problems of the content go to `problems`, never raised;
    only opening or reading the file can raise OSError. A stream is read from where it stands
    and not closed; a path is opened and closed here.

    The quoting is undone the mboxrd way: one '>' comes off every line matching ^>+From ,
    which restores exactly what an mboxrd writer quoted. An mboxo file quotes only "From "
    lines and leaves ">From " lines alone, so nobody can undo its quoting exactly; read as
    mboxrd, every quoted "From " line comes back, and only a body line that began with ">From "
    already loses a '>'. That is the rarer case: the other choice would leave a stray '>' on
    every quoted "From " line of every mboxrd file.

    A "From " line starts a message at the top of the file, after a blank line (which then
    belongs to the separator, not to the message before), or where it looks like an envelope
    (a sender and a date), since some writers leave the blank line out.
    """
    sink: list[MboxProblem] = problems if problems is not None else []
    with ExitStack() as stack:
        if isinstance(path_or_stream, (str, os.PathLike)):
            stream: BinaryIO = stack.enter_context(open(path_or_stream, "rb"))
        else:
            stream = path_or_stream
        yield from _Reader(stream, sink, max_message_bytes).messages()


class _Reader:
    def __init__(self, stream: BinaryIO, problems: list[MboxProblem], limit: int) -> None:
        self.stream = stream
        self.problems = problems
        self.reported = 0
        self.limit = max(0, limit)

    def report(self, line: int, reason: str) -> None:
        self.reported += 1
        if self.reported <= _MAX_PROBLEMS:
            self.problems.append(MboxProblem(line, reason))
        elif self.reported == _MAX_PROBLEMS + 1:
            self.problems.append(MboxProblem(line, "more problems: not listed"))

    def messages(self) -> Iterator[MboxMessage]:
        lineno = 0  # number of the line the current piece belongs to
        at_start = True  # the piece begins a line (a long line comes in several pieces)
        after_blank = False  # the previous line was blank
        skipped = 0  # non-blank lines before the first From line
        current: _Message | None = None
        while piece := self.stream.readline(_CHUNK):
            ends = piece.endswith(b"\n")
            cut_line = not ends and len(piece) == _CHUNK  # else the file ends without a newline
            if at_start:
                lineno += 1
                if piece.startswith(b"From "):
                    if current is None or after_blank or _ENVELOPE.match(piece):
                        if current is not None:
                            yield self.finish(current, after_blank)
                        elif skipped:
                            self.report(1, f"no From line at the top: {skipped} lines skipped")
                        current = _Message(current.index + 1 if current else 1, lineno)
                        current.envelope = self.envelope(piece, lineno)
                        if cut_line:
                            self.report(lineno, "From line longer than 1 MB: its rest ignored")
                            self.skip_rest_of_line()
                        after_blank = False
                        continue
                    self.report(lineno, f"unquoted From line in message {current.index}: text")
                elif piece.startswith(b">") and piece.lstrip(b">").startswith(b"From "):
                    piece = piece[1:]
            after_blank = at_start and piece in _BLANK
            if current is not None:
                current.add(piece, self, lineno, long=at_start and cut_line)
            elif at_start and piece not in _BLANK:
                skipped += 1
            at_start = ends
        if current is not None:
            if not at_start:
                self.report(lineno, f"message {current.index} ends without a line break: cut?")
            yield self.finish(current, after_blank)
        elif skipped:
            self.report(0, "no From line: not an mbox file")

    def skip_rest_of_line(self) -> None:
        while True:
            piece = self.stream.readline(_CHUNK)
            if not piece or piece.endswith(b"\n"):
                return

    def envelope(self, line: bytes, lineno: int) -> str:
        text = line[5 : 5 + 4 * _MAX_ENVELOPE].rstrip(b"\r\n").decode("utf-8", errors="replace")
        if "\x00" in text:
            self.report(lineno, "NUL bytes in the From line: removed")
            text = text.replace("\x00", "")
        return text.strip()[:_MAX_ENVELOPE]

    def finish(self, message: _Message, after_blank: bool) -> MboxMessage:
        if after_blank:
            message.drop_last_blank()
        raw = b"".join(message.pieces)
        if not raw.strip():
            self.report(message.line, f"message {message.index} is empty")
        return MboxMessage(message.index, message.line, raw, message.envelope)


class _Message:
    """The message being read: its pieces, and what was already said about it."""

    def __init__(self, index: int, line: int) -> None:
        self.index = index
        self.line = line
        self.envelope = ""
        self.pieces: list[bytes] = []
        self.size = 0
        self.cut = False
        self.nul = False
        self.long = False

    def add(self, piece: bytes, reader: _Reader, lineno: int, long: bool) -> None:
        if long and not self.long:
            self.long = True
            reader.report(lineno, f"message {self.index} has a line longer than 1 MB")
        if self.cut:
            return
        if not self.nul and b"\x00" in piece:
            self.nul = True
            reader.report(lineno, f"message {self.index} contains NUL bytes: kept as they are")
        if self.size + len(piece) > reader.limit:
            self.cut = True
            piece = piece[: reader.limit - self.size]
            reader.report(lineno, f"message {self.index} larger than {reader.limit} bytes: cut")
        self.pieces.append(piece)
        self.size += len(piece)

    def drop_last_blank(self) -> None:
        # The blank line before a From line is the separator's; a cut message may not hold it.
        if not self.cut and self.pieces and self.pieces[-1] in _BLANK:
            self.size -= len(self.pieces.pop())
