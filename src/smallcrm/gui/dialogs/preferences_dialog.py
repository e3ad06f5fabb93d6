"""Preferences: the default country for phone numbers and the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.paths import Profile
from smallcrm.gui.i18n import system_language
from smallcrm.gui.settings import Settings, derive_default_country

# Each language in its own name, so a user who cannot read the current one finds theirs.
_NATIVE = {
    "en": "English",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "pl": "Polski",
    "hr": "Hrvatski",
    "uk": "Українська",
}


class PreferencesDialog(QDialog):
    """Edits the profile's preferences; OK stores them, Cancel leaves them as they were."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = Settings(profile)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        layout.addLayout(form)

        self.country_combo = QComboBox()
        self.country_combo.setObjectName("defaultCountry")
        for code, name in self._countries():
            self.country_combo.addItem(f"{name} ({code})", code)
        caption = QLabel(self.tr("Default &country:"))
        caption.setBuddy(self.country_combo)
        form.addRow(caption, self.country_combo)
        form.addRow("", self._note(self.tr(
            "Phone numbers written without a country code are read as this country's,"
            " and its numbers are shown in the national format."
        )))  # fmt: skip
        form.addRow(_spacer())

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for code, name in self._languages():
            self.language_combo.addItem(name, code)
        caption = QLabel(self.tr("Interface &language:"))
        caption.setBuddy(self.language_combo)
        form.addRow(caption, self.language_combo)
        form.addRow("", self._note(self.tr("Takes effect at the next start.")))
        form.addRow(_spacer())

        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("timeZone")
        self.zone_combo.addItem(self.tr("System ({zone})").format(zone=_machine_zone()), "")
        for name in _zones():
            self.zone_combo.addItem(name.replace("_", " "), name)
        caption = QLabel(self.tr("Calendar time &zone:"))
        caption.setBuddy(self.zone_combo)
        form.addRow(caption, self.zone_combo)
        form.addRow("", self._note(self.tr(
            "Events are shown in this zone; each keeps its own. Takes effect at the next start."
        )))  # fmt: skip

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._select(self.country_combo, self.settings.default_country)
        self._select(self.language_combo, self.settings.language)
        chosen_zone = self.settings.time_zone if self.settings.is_set("time_zone") else ""
        self._select(self.zone_combo, chosen_zone)
        # Until the user picks a country, it follows the language picked here, as it would
        # at the next start.
        self._country_chosen = self.settings.is_set("default_country")
        self.country_combo.activated.connect(self._on_country_picked)
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.setMinimumWidth(460)
        self.country_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return note

    def _countries(self) -> list[tuple[str, str]]:
        # The users' own countries first, then their neighbours and usual partners.
        return [
            ("CZ", self.tr("Czechia")),
            ("SK", self.tr("Slovakia")),
            ("PL", self.tr("Poland")),
            ("HR", self.tr("Croatia")),
            ("UA", self.tr("Ukraine")),
            ("AT", self.tr("Austria")),
            ("DE", self.tr("Germany")),
            ("HU", self.tr("Hungary")),
            ("SI", self.tr("Slovenia")),
            ("RO", self.tr("Romania")),
            ("GB", self.tr("United Kingdom")),
            ("IE", self.tr("Ireland")),
        ]

    def _languages(self) -> list[tuple[str, str]]:
        return [
            (
                "",
                self.tr("System default ({language})").format(language=_NATIVE[system_language()]),
            ),
            *_NATIVE.items(),
        ]

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        found = combo.findData(code)
        if found < 0 and code:
            # A country set elsewhere (an older version, a hand-edited file) stays selectable.
            combo.addItem(code, code)
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))

    def _on_country_picked(self, _index: int) -> None:
        self._country_chosen = True

    def _on_language(self, _index: int) -> None:
        if not self._country_chosen:
            self._select(self.country_combo, derive_default_country(self.language()))

    def default_country(self) -> str:
        return str(self.country_combo.currentData() or derive_default_country())

    def language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def accept(self) -> None:
        self.settings.language = self.language()
        self.settings.time_zone = str(self.zone_combo.currentData() or "") or None
        # A country the user picked is stored even when it equals the derived one, so a
        # later language change does not move it; one never picked keeps following.
        if self._country_chosen:
            self.settings.default_country = self.default_country()
        self.settings.sync()
        super().accept()


def _machine_zone() -> str:
    from smallcrm.core.recurrence import machine_zone

    return machine_zone()


def _zones() -> list[str]:
    """The users' own zones first, then every IANA Area/City zone."""
    import zoneinfo

    own = ["Europe/Prague", "Europe/Bratislava", "Europe/Warsaw", "Europe/Zagreb", "Europe/Kyiv"]
    rest = sorted(
        z
        for z in zoneinfo.available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/")) and z not in own
    )
    return own + rest


def _spacer() -> QWidget:
    spacer = QWidget()
    spacer.setFixedHeight(8)
    return spacer


def run_preferences(parent_window: QWidget) -> None:
    """Edit > Preferences: the dialog for the window's profile (``parent_window.profile``)."""
    profile: Profile = parent_window.profile  # type: ignore[attr-defined]
    dialog = PreferencesDialog(profile, parent_window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


__all__ = ["PreferencesDialog", "run_preferences"]
