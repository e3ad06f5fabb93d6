"""Writing files whole or not at all: a temporary file beside the target, fsync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from smallcrm.core.errors import KnownError


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename: never half a file."""
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise KnownError(
            f"Cannot write to the folder {path.parent}: {exc.strerror or exc}.",
            hint="Choose another folder.",
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise KnownError(
            f"Cannot write {path}: {exc.strerror or exc}.",
            hint="Check that the disk has room and the file is not open in another program.",
        ) from exc
