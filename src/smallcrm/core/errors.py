"""Error kinds: KnownError is something the user can act on; anything else is a bug."""

from __future__ import annotations


class KnownError(Exception):
    """A problem the user can act on: shown as a plain message, nothing lost, retry possible.

    ``message`` is what the user reads (already translated or translatable by the caller);
    ``hint`` says what to do about it. Neither may ever contain a secret.
    """

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class DatabaseLockedError(KnownError):
    """Another program holds the database file longer than we are willing to wait."""


class DiskFullError(KnownError):
    """The disk or the database file system has no room left."""


class DatabaseUnavailableError(KnownError):
    """The database cannot be opened or reached (missing file, server down, bad login)."""


class MigrationError(KnownError):
    """A schema upgrade failed; the user's data is untouched."""
