"""The schema revision a database is at and the one this build ships, read without Alembic.

Start-up uses this to skip importing Alembic (a third of a second) when nothing is due;
anything unusual falls through to the full check in ``smallcrm.core.migrate``.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from smallcrm.core.paths import Profile, migrations_dir, read_only_uri

# `revision: str = "0001"` / `down_revision = None` at the start of a line. Anything fancier
# (tuples for merges, computed values) does not match, and the caller falls back to Alembic.
_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(None|\"[^\"]*\"|'[^']*')\s*(?:#.*)?$",
    re.MULTILINE,
)


def _assigned_strings(path: Path) -> dict[str, str | None]:
    """Module-level `revision` / `down_revision` values of one revision script."""
    found: dict[str, str | None] = {}
    for name, value in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
        found.setdefault(name, None if value == "None" else value[1:-1])
    return found


def shipped_head(script_location: Path | None = None) -> str | None:
    """The single head of the shipped revisions, or None when it is not plainly one."""
    versions = (script_location or migrations_dir()) / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        values = _assigned_strings(path)
        if not isinstance(values.get("revision"), str):
            return None  # a merge or an unusual script: let Alembic decide
        revisions.add(values["revision"])  # type: ignore[arg-type]
        if "down_revision" not in values:
            return None
        down = values["down_revision"]
        if down is not None:
            parents.add(down)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def sqlite_revision(database_file: Path) -> str | None:
    """The revision recorded in a SQLite profile; None if the file or the table is absent."""
    if not database_file.is_file():
        return None
    try:
        conn = sqlite3.connect(read_only_uri(database_file), uri=True, timeout=5)
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return rows[0][0] if len(rows) == 1 else None


def is_current(profile: Profile) -> bool:
    """True only when a SQLite profile is certainly at the shipped head (else: full check)."""
    if not profile.is_sqlite:
        return False
    head = shipped_head()
    return head is not None and sqlite_revision(profile.database_path) == head
