"""A private X server (Xvfb) so the app can open a real xcb window in the tests."""

from __future__ import annotations

import os
import select
import time
from dataclasses import dataclass
from pathlib import Path

from tests.servers.base import ServerProcess, find_binary, missing


@dataclass
class XServer:
    display: str
    process: ServerProcess

    def stop(self) -> None:
        self.process.stop()


def start_xvfb(log_dir: Path) -> XServer:
    xvfb = find_binary("Xvfb")
    if not xvfb:
        missing("Xvfb", "apt-get install xvfb (make test does)")
    # -displayfd lets the server pick a free display number and tell us which.
    read_fd, write_fd = os.pipe()
    process = ServerProcess(
        "Xvfb",
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        log_dir / "xvfb.log",
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    number = b""
    deadline = time.monotonic() + 20
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        while not number.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            # select: a server that hangs before answering must not hang the test run.
            if remaining <= 0 or not select.select([pipe], [], [], remaining)[0]:
                break
            chunk = pipe.read(16)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        process.stop()
        raise RuntimeError(f"Xvfb did not report a display:\n{process.log_tail()}")
    return XServer(f":{number.decode().strip()}", process)
