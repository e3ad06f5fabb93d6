"""Preferences: defaults from the language, kept in the profile's settings.ini, the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from smallcrm.gui import settings as settings_module
from smallcrm.gui.dialogs.preferences_dialog import PreferencesDialog, run_preferences
from smallcrm.gui.settings import (
    OPTIONS,
    Option,
    Settings,
    country_of,
    default_country,
    derive_default_country,
    notifier,
    register,
)


@pytest.mark.parametrize(
    ("language", "country"),
    [("cs", "CZ"), ("sk", "SK"), ("pl", "PL"), ("hr", "HR"), ("uk", "UA"), ("cs-CZ", "CZ")],
)
def test_the_default_country_follows_the_language(language, country):
    assert derive_default_country(language) == country


def test_english_asks_the_system_locale_and_falls_back_to_czechia():
    assert derive_default_country("en", QLocale("en_GB")) == "GB"
    assert derive_default_country("en", QLocale("de_AT")) == "AT"
    assert derive_default_country("en", QLocale("en_US")) == "CZ"


def test_no_language_means_the_systems(monkeypatch):
    monkeypatch.setattr(settings_module, "system_language", lambda: "pl")
    assert derive_default_country("") == "PL"


def test_defaults_without_a_settings_file(profile, monkeypatch):
    monkeypatch.setattr(settings_module, "system_language", lambda: "sk")
    settings = Settings(profile)
    assert (settings.language, settings.default_country) == ("", "SK")
    assert not settings.is_set("default_country")
    assert not profile.settings_path.exists()  # reading writes nothing


def test_values_persist_in_the_profiles_settings_ini(profile):
    settings = Settings(profile)
    settings.language = "hr"
    assert settings.default_country == "HR"  # not chosen: follows the language
    settings.default_country = "at"
    assert settings.sync()
    text = profile.settings_path.read_text(encoding="utf-8")
    assert "[Preferences]" in text
    assert "default_country=AT" in text
    assert "language=hr" in text

    again = Settings(profile)
    assert (again.language, again.default_country) == ("hr", "AT")
    assert again.is_set("default_country")
    assert default_country(profile) == "AT"
    # Forgetting the choice brings the derived default back.
    again.default_country = None
    again.sync()
    assert Settings(profile).default_country == "HR"


def test_other_groups_of_the_file_are_left_alone(profile):
    window = QSettings(str(profile.settings_path), QSettings.Format.IniFormat)
    window.setValue("MainWindow/section", "contacts")
    window.sync()
    settings = Settings(profile)
    settings.default_country = "PL"
    settings.sync()
    reread = QSettings(str(profile.settings_path), QSettings.Format.IniFormat)
    assert reread.value("MainWindow/section") == "contacts"
    assert reread.value("Preferences/default_country") == "PL"


def test_a_hand_edited_bad_value_falls_back_to_the_default(profile, caplog):
    profile.settings_path.write_text(
        "[Preferences]\ndefault_country=Czechia\nlanguage=klingon\n", encoding="utf-8"
    )
    settings = Settings(profile)
    assert settings.language == ""
    assert len(settings.default_country) == 2
    assert "invalid setting" in caplog.text
    with pytest.raises(ValueError, match="invalid value"):
        settings.default_country = "Czechia"
    with pytest.raises(KeyError):
        settings.value("no_such_setting")


def test_options_are_registered_once():
    assert {"language", "default_country"} <= set(OPTIONS)
    with pytest.raises(ValueError, match="registered twice"):
        register(Option("language", str, lambda _s: ""))


def test_a_change_is_announced(qtbot, profile):
    settings = Settings(profile)
    settings.default_country = "CZ"
    with qtbot.waitSignal(notifier().changed, timeout=1000) as signal:
        settings.default_country = "SK"
    assert signal.args == ["default_country", "SK"]
    with qtbot.assertNotEmitted(notifier().changed):
        settings.default_country = "SK"


def test_country_of_finds_the_windows_profile(qtbot, profile):
    Settings(profile).default_country = "UA"
    window = QWidget()
    window.profile = profile
    qtbot.addWidget(window)
    child = QWidget(window)
    assert country_of(child) == "UA"
    assert country_of(None) == derive_default_country()


def open_dialog(qtbot, profile) -> PreferencesDialog:
    dialog = PreferencesDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def pick(qtbot, combo, data: str) -> None:
    """Choose an entry with the keyboard, as a user does: focus, then arrow keys."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_preferences_dialog_round_trip(qtbot, profile, monkeypatch):
    monkeypatch.setattr(settings_module, "system_language", lambda: "cs")
    dialog = open_dialog(qtbot, profile)
    assert dialog.country_combo.hasFocus()
    assert dialog.country_combo.currentData() == "CZ"
    assert dialog.language_combo.currentData() == ""
    # Keyboard reachable: the country, then the language, then the buttons.
    qtbot.keyClick(dialog.country_combo, Qt.Key.Key_Tab)
    assert dialog.language_combo.hasFocus()

    pick(qtbot, dialog.country_combo, "SK")
    pick(qtbot, dialog.language_combo, "pl")
    assert dialog.country_combo.currentData() == "SK"  # picked: no longer follows
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)
    again = Settings(profile)
    assert (again.default_country, again.language) == ("SK", "pl")

    # Reopened, it shows what was stored; Cancel keeps it.
    dialog = open_dialog(qtbot, profile)
    assert (dialog.country_combo.currentData(), dialog.language_combo.currentData()) == (
        "SK",
        "pl",
    )
    pick(qtbot, dialog.country_combo, "GB")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert Settings(profile).default_country == "SK"


def test_an_unpicked_country_follows_the_language_chosen(qtbot, profile, monkeypatch):
    monkeypatch.setattr(settings_module, "system_language", lambda: "cs")
    dialog = open_dialog(qtbot, profile)
    pick(qtbot, dialog.language_combo, "uk")
    assert dialog.country_combo.currentData() == "UA"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settings = Settings(profile)
    assert (settings.language, settings.default_country) == ("uk", "UA")
    # Not stored: the user never chose a country, so it keeps following the language.
    assert not settings.is_set("default_country")


def test_run_preferences_opens_the_dialog_for_the_windows_profile(qtbot, profile):
    window = QWidget()
    window.profile = profile
    qtbot.addWidget(window)
    window.show()
    run_preferences(window)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.settings.path == profile.settings_path
    dialog.reject()


def test_calendar_zone_is_chosen_in_preferences_and_follows_the_system_until_then(qtbot, profile):
    from smallcrm.core.recurrence import machine_zone
    from smallcrm.gui.settings import time_zone

    assert time_zone(profile) == machine_zone()
    dialog = open_dialog(qtbot, profile)
    assert dialog.zone_combo.currentData() == ""  # "System (…)"
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("Europe/Kyiv"))
    dialog.accept()
    assert time_zone(profile) == "Europe/Kyiv"
    again = open_dialog(qtbot, profile)
    assert again.zone_combo.currentData() == "Europe/Kyiv"
    again.zone_combo.setCurrentIndex(0)
    again.accept()
    assert time_zone(profile) == machine_zone()
    with pytest.raises(ValueError):
        Settings(profile).time_zone = "Mars/Olympus"


def test_firm_settings_set_the_alphabet_and_the_shared_documents_folder(
    qtbot, profile, database, tmp_path
):
    from smallcrm.core.interop.records import ContactRecord
    from smallcrm.core.services import documents as docs
    from smallcrm.core.services.address_book import save_record
    from smallcrm.core.services.contacts import ListQuery, list_keys
    from smallcrm.core.services.name_order import firm_language, set_firm_language

    with database.session_scope() as s:
        set_firm_language(s, "en")
        ids = {
            name: save_record(s, ContactRecord(given_name="Jan", family_name=name)).id
            for name in ("Chalupa", "Cibulka", "Hruška")
        }
    dialog = PreferencesDialog(profile, database=database)
    qtbot.addWidget(dialog)
    assert dialog.order_combo.currentData() == "en" and dialog.folder_edit.text() == ""
    # A relative folder is refused under the field; nothing is saved, the dialog stays.
    dialog.order_combo.setCurrentIndex(dialog.order_combo.findData("cs"))
    dialog.folder_edit.setText("relative/folder")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "full path" in dialog.firm_message.text()
    shared = tmp_path / "share"
    dialog.folder_edit.setText(str(shared))
    with qtbot.waitSignal(dialog.firmChanged):
        dialog.accept()
    with database.session_scope() as s:
        assert firm_language(s) == "cs"
        assert docs.shared_folder(s) == shared
        order = list_keys(s, ListQuery())
    # Czech: CH is a letter after H.
    assert order == [ids["Cibulka"], ids["Hruška"], ids["Chalupa"]]
