"""Parses fetched mail in a helper process while the sync fetches and writes the next batch."""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from smallcrm.core.interop.mime import ParsedMessage, parse_message

log = logging.getLogger(__name__)

# Below this many messages a batch is parsed here: starting a process (about a third of
# a second) costs more than it saves, and a re-sync with nothing new never starts one.
OFFLOAD_FROM = 50


def _exit_with_parent() -> None:
    """Runs first in each parser process: it ends when the process that started it ends.

    A pool's workers all hold both ends of its job pipe, so a parent killed outright (or a
    crash) never gives them an end of file: they would wait for jobs for ever. The
    parent's sentinel is readable once it is gone, on every system.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


_BLANK_LINE = re.compile(rb"\r?\n\r?\n")


def parse_all(
    raws: Sequence[bytes], headers_only: bool = False, bodies_of_stored: bool = False
) -> list[ParsedMessage]:
    """The parsed messages of one batch, in order (parse_message never raises).

    ``bodies_of_stored``: messages stored by their headers already; a message whose header
    block is plain ASCII has its body read alone (decoding its headers again would give
    what is stored: encoded words carry their own charset). Raw 8-bit headers are read
    again with the whole message, whose parts may name their charset.
    """
    out = []
    for raw in raws:
        body_only = False
        if bodies_of_stored:
            end = _BLANK_LINE.search(raw)
            body_only = (raw[: end.start()] if end else raw).isascii()
        out.append(parse_message(raw, headers_only=headers_only, body_only=body_only))
    return out


class _Done(Future):  # type: ignore[type-arg]
    def __init__(self, value: list[ParsedMessage]) -> None:
        super().__init__()
        self.set_result(value)


class BatchParser:
    """Parses batches in helper processes (``workers``), so parsing (pure Python, most of
    a first sync's time) runs beside the fetch and the database write instead of after them.

    The process is started on the first big batch only. Should it fail to start or die
    (a frozen build without multiprocessing support, memory), batches are parsed in this
    process: slower, never wrong. Use as a context manager; it stops its process on exit.
    """

    def __init__(self, *, offload: bool = True, workers: int = 1) -> None:
        self._offload = offload
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self.offloaded = 0  # batches handed to the helper process

    def __enter__(self) -> BatchParser:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(
        self, raws: Sequence[bytes], *, headers_only: bool = False, bodies_of_stored: bool = False
    ) -> Future:  # type: ignore[type-arg]
        """A future of ``parse_all(raws, headers_only, bodies_of_stored)``."""
        if self._offload and len(raws) >= OFFLOAD_FROM:
            pool = self._started()
            if pool is not None:
                try:
                    future = pool.submit(parse_all, list(raws), headers_only, bodies_of_stored)
                    self.offloaded += 1
                    if self.offloaded == 1:
                        log.info("Mail is parsed in a helper process")
                    return future
                except (BrokenProcessPool, RuntimeError, OSError) as exc:
                    log.warning("Mail parser process unavailable (%s); parsing here", exc)
                    self._offload = False
        return _Done(parse_all(raws, headers_only, bodies_of_stored))

    def result(
        self,
        future: Future,  # type: ignore[type-arg]
        raws: Sequence[bytes],
        *,
        headers_only: bool = False,
        bodies_of_stored: bool = False,
    ) -> list[ParsedMessage]:
        """The future's messages; parsed here if the helper process died meanwhile."""
        try:
            return future.result()
        except BrokenProcessPool as exc:
            log.warning("Mail parser process stopped (%s); parsing here", exc)
            self._offload = False
            self.close()
            return parse_all(raws, headers_only, bodies_of_stored)

    def _started(self) -> ProcessPoolExecutor | None:
        if self._pool is None:
            try:
                # spawn everywhere: a fork of a process with Qt and database threads is not
                # safe, and spawn is what Windows and macOS do anyway.
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_exit_with_parent,
                )
            except (OSError, ValueError, RuntimeError) as exc:
                log.warning("Cannot start a mail parser process (%s); parsing here", exc)
                self._offload = False
                return None
        return self._pool
