"""The user's preferences, typed and registered in one place, kept in the profile's settings.ini."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

from smallcrm.core.paths import Profile
from smallcrm.gui.i18n import LANGUAGES, system_language

log = logging.getLogger(__name__)

# Every preference lives under this group, apart from window state (MainWindow's own group).
GROUP = "Preferences"
FALLBACK_COUNTRY = "CZ"

# The country a user of each interface language most likely lives in: it decides how a phone
# number typed without "+" is read and which numbers are shown in the national format.
COUNTRY_OF_LANGUAGE = {"cs": "CZ", "sk": "SK", "pl": "PL", "hr": "HR", "uk": "UA"}

# Countries whose users we expect; an English interface on a system set to one of them keeps it.
KNOWN_COUNTRIES = ("CZ", "SK", "PL", "HR", "UA", "AT", "DE", "HU", "SI", "RO", "GB", "IE")


def derive_default_country(language: str = "", locale: QLocale | None = None) -> str:
    """The default country for a UI language ("" = the system's): cs→CZ ... uk→UA.

    English says nothing about where the user is, so the system locale's territory is asked
    (en_GB → GB, de_AT → AT) when it is one of ``KNOWN_COUNTRIES``; otherwise Czechia.
    """
    lang = (language or system_language()).replace("_", "-").split("-")[0].lower()
    if lang in COUNTRY_OF_LANGUAGE:
        return COUNTRY_OF_LANGUAGE[lang]
    system = locale if locale is not None else QLocale.system()
    territory = QLocale.territoryToCode(system.territory()).upper()
    return territory if territory in KNOWN_COUNTRIES else FALLBACK_COUNTRY


def _country(value: Any) -> str | None:
    text = str(value or "").strip().upper()
    return text if len(text) == 2 and text.isascii() and text.isalpha() else None


def _language(value: Any) -> str | None:
    text = str(value if value is not None else "").strip().lower()
    return text if text == "" or text in LANGUAGES else None


@dataclass(frozen=True)
class Option:
    """One preference: its key, how a stored value is checked, and its default.

    ``parse`` returns None for a value it does not accept (hand-edited file, older version);
    the default is used then. ``default`` receives the settings, so one default can depend
    on another preference (the country on the language).
    """

    key: str
    parse: Callable[[Any], Any]
    default: Callable[[Settings], Any]
    doc: str = ""


OPTIONS: dict[str, Option] = {}


def register(option: Option) -> Option:
    if option.key in OPTIONS:
        raise ValueError(f"setting {option.key!r} is registered twice")
    OPTIONS[option.key] = option
    return option


register(
    Option(
        "language",
        _language,
        lambda _settings: "",
        "Interface language code (en, cs, sk, pl, hr, uk); empty follows the system.",
    )
)
register(
    Option(
        "default_country",
        _country,
        lambda settings: derive_default_country(settings.language),
        "ISO 3166 code for phone numbers written without a country code, and for showing"
        " numbers of that country in the national format.",
    )
)


def _zone_name(value: Any) -> str | None:
    from smallcrm.core.recurrence import is_zone

    text = str(value or "").strip()
    return text if text and is_zone(text) else None


register(
    Option(
        "time_zone",
        _zone_name,
        lambda _settings: _machine_zone(),
        "IANA time zone the calendar shows events in (e.g. Europe/Prague); empty follows"
        " the system.",
    )
)


def _machine_zone() -> str:
    from smallcrm.core.recurrence import machine_zone

    return machine_zone()


class _Notifier(QObject):
    changed = Signal(str, object)  # key, new value


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """One object whose ``changed(key, value)`` fires when any Settings stores a new value.

    Views that show phone numbers connect to it and reload when ``default_country`` changes.
    """
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


class Settings:
    """Typed access to the preferences in a profile's settings.ini (or any INI file).

    Cheap to create: QSettings reads the file once and re-reads it when it changed, so
    create one where needed rather than keeping one around. Main thread only.
    """

    def __init__(self, profile: Profile | Path | str) -> None:
        path = profile.settings_path if isinstance(profile, Profile) else Path(profile)
        self.path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def value(self, key: str) -> Any:
        """The stored value of a registered preference, or its default."""
        option = OPTIONS[key]
        raw = self._qsettings.value(f"{GROUP}/{key}")
        if raw is not None:
            parsed = option.parse(raw)
            if parsed is not None:
                return parsed
            log.warning("ignoring the invalid setting %s=%r in %s", key, raw, self.path)
        return option.default(self)

    def is_set(self, key: str) -> bool:
        """Whether the user chose a value (as opposed to getting the default)."""
        OPTIONS[key]  # noqa: B018 - an unknown key is a bug; fail here, not silently
        return self._qsettings.contains(f"{GROUP}/{key}")

    def set_value(self, key: str, value: Any) -> None:
        """Store a preference; ``None`` forgets it, so the default applies again."""
        option = OPTIONS[key]
        before = self.value(key)
        if value is None:
            self._qsettings.remove(f"{GROUP}/{key}")
        else:
            parsed = option.parse(value)
            if parsed is None:
                raise ValueError(f"invalid value for setting {key!r}: {value!r}")
            self._qsettings.setValue(f"{GROUP}/{key}", parsed)
        after = self.value(key)
        if after != before:
            notifier().changed.emit(key, after)

    def sync(self) -> bool:
        """Write to disk now; False (and a log line) when the file cannot be written."""
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            log.warning("could not save the settings to %s", self.path)
            return False
        return True

    # --- typed properties ----------------------------------------------------------------

    @property
    def language(self) -> str:
        """The chosen interface language code, or "" for the system's."""
        return str(self.value("language"))

    @language.setter
    def language(self, value: str) -> None:
        self.set_value("language", value)

    @property
    def default_country(self) -> str:
        """ISO code (e.g. "CZ") for reading and showing phone numbers."""
        return str(self.value("default_country"))

    @default_country.setter
    def default_country(self, value: str | None) -> None:
        self.set_value("default_country", value)

    @property
    def time_zone(self) -> str:
        """The IANA zone events are shown in."""
        return str(self.value("time_zone"))

    @time_zone.setter
    def time_zone(self, value: str | None) -> None:
        self.set_value("time_zone", value)


def time_zone(profile: Profile | None) -> str:
    """The profile's calendar zone (the machine's if unset)."""
    if profile is None:
        return _machine_zone()
    return Settings(profile).time_zone


def default_country(profile: Profile | None) -> str:
    """One-call helper for call sites: the profile's default country (derived if unset)."""
    if profile is None:
        return derive_default_country()
    return Settings(profile).default_country


def country_of(widget: QObject | None) -> str:
    """The default country for a widget inside the main window (which has ``profile``).

    Walks up the parents to the first object with a ``profile``; without one, the
    default derived from the language.
    """
    obj = widget
    while obj is not None:
        profile = getattr(obj, "profile", None)
        if isinstance(profile, Profile):
            return default_country(profile)
        obj = obj.parent()
    return derive_default_country()


def zone_of(widget: QObject | None) -> str:
    """The calendar zone for a widget inside the main window (which has ``profile``)."""
    obj = widget
    while obj is not None:
        profile = getattr(obj, "profile", None)
        if isinstance(profile, Profile):
            return time_zone(profile)
        obj = obj.parent()
    return _machine_zone()


__all__ = [
    "COUNTRY_OF_LANGUAGE",
    "OPTIONS",
    "Option",
    "Settings",
    "country_of",
    "default_country",
    "derive_default_country",
    "notifier",
    "register",
    "time_zone",
    "zone_of",
]
