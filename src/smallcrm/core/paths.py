"""Where a firm profile lives on disk, and where the app finds its own shipped files."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "SmallCRM"
HOME_ENV = "SMALLCRM_HOME"
DB_ENV = "SMALLCRM_DB"
DATABASE_FILE = "smallcrm.db"


def default_home() -> Path:
    """The per-user default profile folder (platformdirs), e.g. ~/.local/share/SmallCRM."""
    import platformdirs

    # Not roaming: Windows would copy the database (and its WAL) at every logon and logoff.
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    """``--home`` wins over ``SMALLCRM_HOME``, which wins over the platform default."""
    chosen = home or os.environ.get(HOME_ENV) or default_home()
    return Path(chosen).expanduser().resolve()


@dataclass(frozen=True)
class Profile:
    """One firm profile: a folder with the database, documents, backups and logs.

    ``db_url`` points the profile at a shared PostgreSQL server instead of the embedded
    SQLite file; the folder still holds documents, backups, logs and settings.
    """

    home: Path
    db_url: str | None = None

    @classmethod
    def open(cls, home: str | os.PathLike[str] | None = None, db_url: str | None = None) -> Profile:
        """Resolve the folder and database from arguments and environment, creating folders."""
        profile = cls(resolve_home(home), db_url or os.environ.get(DB_ENV) or None)
        profile.ensure()
        return profile

    @property
    def database_path(self) -> Path:
        return self.home / DATABASE_FILE

    @property
    def documents_dir(self) -> Path:
        return self.home / "documents"

    @property
    def backups_dir(self) -> Path:
        return self.home / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def settings_path(self) -> Path:
        return self.home / "settings.ini"

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the profile's database."""
        if self.db_url:
            return self.db_url
        from urllib.parse import quote

        # Quoted, so a folder name with `?`, `#` or `%` is not read as URL syntax.
        return "sqlite:///" + quote(str(self.database_path), safe="/\\: ")

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def ensure(self) -> None:
        """Create missing profile folders, private to the user (client data lives here).

        Folders that already exist keep their permissions: a firm may share one on purpose.
        """
        for folder in (self.home, self.documents_dir, self.backups_dir, self.logs_dir):
            if not folder.is_dir():
                folder.mkdir(parents=True, exist_ok=True)
                if os.name == "posix":
                    folder.chmod(0o700)


def read_only_uri(database_file: Path) -> str:
    """A SQLite URI opening the file read-only; safe for any path (`?`, `%`, `#`, drives)."""
    return f"{Path(database_file).resolve().as_uri()}?mode=ro"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/``: the bundle or the checkout."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    # src/smallcrm/core/paths.py -> the checkout root
    return Path(__file__).resolve().parents[3]


def migrations_dir() -> Path:
    """Alembic's script location; ``SMALLCRM_MIGRATIONS`` overrides it (tests, odd installs)."""
    override = os.environ.get("SMALLCRM_MIGRATIONS")
    return Path(override) if override else app_root() / "migrations"


def resources_dir() -> Path:
    """Icons and compiled translations shipped with the app."""
    return app_root() / "resources"
