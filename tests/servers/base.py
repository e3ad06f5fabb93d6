"""What every test server shares: free ports, finding binaries, a managed child process."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def find_binary(name: str, extra_globs: Sequence[str] = ()) -> str | None:
    """PATH first, then the Debian package locations (e.g. /usr/lib/postgresql/*/bin)."""
    found = shutil.which(name)
    if found:
        return found
    for pattern in extra_globs:
        for candidate in sorted(glob.glob(os.path.join(pattern, name)), reverse=True):
            if os.access(candidate, os.X_OK):
                return candidate
    return None


def missing(what: str, how: str) -> None:
    """A server the tests need is not installed: fail under CI, skip on a developer machine."""
    message = f"{what} is not available: {how}"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def service_user(name: str) -> pwd.struct_passwd | None:
    """Servers such as PostgreSQL refuse to run as root; as root we run them as `name`."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(name)
    except KeyError:
        missing(f"the system user {name!r}", "install the server's Debian package (make test does)")
        raise  # unreachable: missing() raises


def private_dir(prefix: str, owner: pwd.struct_passwd | None) -> Path:
    """A fresh folder the server's user can write (pytest's tmp dirs are root-only)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if owner is not None:
        os.chown(path, owner.pw_uid, owner.pw_gid)
    return path


def as_user(cmd: Sequence[str], owner: pwd.struct_passwd | None) -> list[str]:
    if owner is None:
        return list(cmd)
    return ["runuser", "-u", owner.pw_name, "--", *cmd]


class ServerProcess:
    """A child server process with its output in a log file, stopped for sure at the end."""

    def __init__(self, name: str, cmd: Sequence[str], log_path: Path, **popen_kwargs: object):
        self.name = name
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            list(cmd), stdout=self._log, stderr=subprocess.STDOUT, **popen_kwargs
        )

    def log_tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def wait_for_port(self, port: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.name} did not listen on port {port}:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()
