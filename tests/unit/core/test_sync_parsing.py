"""Batches parsed in a helper process come back as parsing here makes them, in order."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from smallcrm.core.sync.parsing import OFFLOAD_FROM, BatchParser, parse_all

EML = Path(__file__).parents[2] / "data" / "eml"


def _raws(count: int) -> list[bytes]:
    files = sorted(EML.glob("*.eml"))
    return [files[i % len(files)].read_bytes() for i in range(count)]


def test_a_big_batch_is_parsed_in_the_helper_process():
    raws = _raws(OFFLOAD_FROM + 5)
    with BatchParser() as parser:
        future = parser.submit(raws)
        assert parser.result(future, raws) == parse_all(raws)
        assert parser.offloaded == 1
        pid = parser._pool.submit(os.getpid).result()  # noqa: SLF001
        assert pid != os.getpid()


def test_small_batches_and_no_offload_stay_here():
    raws = _raws(3)
    with BatchParser() as parser:
        assert parser.result(parser.submit(raws), raws) == parse_all(raws)
        assert parser.offloaded == 0
    big = _raws(OFFLOAD_FROM)
    with BatchParser(offload=False) as parser:
        assert parser.result(parser.submit(big), big) == parse_all(big)
        assert parser.offloaded == 0


def test_a_killed_helper_process_costs_speed_not_messages():
    raws = _raws(OFFLOAD_FROM)
    with BatchParser() as parser:
        pid = parser.submit(raws) and parser._pool.submit(os.getpid).result()  # noqa: SLF001
        os.kill(pid, signal.SIGKILL)
        future = parser.submit(raws)  # may fail at once or when the result is asked for
        assert parser.result(future, raws) == parse_all(raws)
        # Later batches are parsed here.
        assert parser.result(parser.submit(raws), raws) == parse_all(raws)
