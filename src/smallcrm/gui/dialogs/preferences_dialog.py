"""Preferences: this profile's country, language and zone; the firm's alphabet and file folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
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
    """Edits the profile's preferences; OK stores them, Cancel leaves them as they were.
    With a ``database`` (and the window's ``tasks``) also the firm's settings, which everyone
    using that database shares: the alphabet names are listed in and the documents folder."""

    firmChanged = Signal()  # the firm's settings were saved (lists may need reloading)

    def __init__(
        self,
        profile: Profile,
        parent: QWidget | None = None,
        *,
        database: Database | None = None,
        tasks: Any = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
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

        self.firm_message: QLabel | None = None
        if database is not None:
            self._build_firm(form, database)

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

    def _build_firm(self, form: QFormLayout, database: Database) -> None:
        from smallcrm.core.services.documents import shared_folder
        from smallcrm.core.services.name_order import firm_language

        with database.session_scope() as session:  # two rows, read at once
            self._firm_language = firm_language(session)
            folder = shared_folder(session)
        self._firm_folder = str(folder) if folder else ""
        form.addRow(_spacer())
        heading = QLabel(self.tr("For everyone using this database"))
        font = heading.font()
        font.setWeight(font.Weight.DemiBold)
        heading.setFont(font)
        form.addRow(heading)
        self.order_combo = QComboBox()
        self.order_combo.setObjectName("nameOrder")
        for code, name in _NATIVE.items():
            self.order_combo.addItem(name, code)
        self._select(self.order_combo, self._firm_language)
        caption = QLabel(self.tr("&Alphabet of name lists:"))
        caption.setBuddy(self.order_combo)
        form.addRow(caption, self.order_combo)
        form.addRow("", self._note(self.tr("Č after C, CH after H in Czech; Ł after L in Polish.")))
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(self._firm_folder)
        self.folder_edit.setObjectName("documentsFolder")
        self.folder_edit.setPlaceholderText(self.tr("each workstation's own profile folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Documents folder:"))
        caption.setBuddy(self.folder_edit)
        form.addRow(caption, holder)
        self.firm_message = self._note(self.tr(
            "With a shared database, a folder every workstation reaches by the same path"
            " (a network share). Files stored before stay where they are."
        ))  # fmt: skip
        form.addRow("", self.firm_message)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Documents folder"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _save_firm(self) -> bool:
        """Check the firm's settings and save what changed on the write lane; False (and a
        message under the folder) when the folder cannot be used."""
        from smallcrm.core.services.documents import check_folder

        language = str(self.order_combo.currentData())
        folder_text = self.folder_edit.text().strip()
        folder = None
        if folder_text and folder_text != self._firm_folder:
            try:
                folder = check_folder(Path(folder_text).expanduser())
            except KnownError as exc:
                from smallcrm.gui.widgets.contact_form import error_color

                assert self.firm_message is not None
                self.firm_message.setText(str(exc))
                palette = self.firm_message.palette()
                palette.setColor(QPalette.ColorRole.WindowText, error_color(self))
                self.firm_message.setPalette(palette)
                self.firm_message.setForegroundRole(QPalette.ColorRole.WindowText)
                self.folder_edit.setFocus()
                return False
        change_language = language != self._firm_language
        change_folder = folder_text != self._firm_folder
        if not (change_language or change_folder):
            return True
        database = self._database

        def work(_context: object) -> None:
            from smallcrm.core.services.documents import set_shared_folder
            from smallcrm.core.services.name_order import set_firm_language

            assert database is not None
            with database.session_scope() as session:
                if change_folder:
                    set_shared_folder(session, folder)
                if change_language:
                    set_firm_language(session, language)  # remakes every name's key

        done = self.firmChanged.emit
        if self._tasks is None:
            work(None)
            done()
        else:
            self._tasks.run(work, on_success=lambda _r: done(), description="firm settings")
        return True

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
        if self._database is not None and not self._save_firm():
            return
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
    dialog = PreferencesDialog(
        profile,
        parent_window,
        database=getattr(parent_window, "database", None),
        tasks=getattr(parent_window, "tasks", None),
    )
    firm_changed = getattr(parent_window, "firm_settings_changed", None)
    if firm_changed is not None:
        dialog.firmChanged.connect(firm_changed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


__all__ = ["PreferencesDialog", "run_preferences"]
