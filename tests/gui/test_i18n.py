"""Translations: the Czech build shows Czech, and every .ts file is complete and current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from smallcrm.core.paths import resources_dir
from smallcrm.gui.i18n import LANGUAGES, install_translator, uninstall_translators
from smallcrm.gui.main_window import MainWindow

TS_DIR = resources_dir() / "i18n"
GUI_SOURCES = Path(__file__).resolve().parents[2] / "src" / "smallcrm" / "gui"
TOOLS = Path(sys.executable).parent


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def translated(qapp):
    """Undo whatever a test installs, so later tests see English again."""
    before = QLocale()
    yield qapp
    uninstall_translators(qapp)
    QLocale.setDefault(before)


def test_czech_translation_shows_in_the_window(translated, qtbot, profile, database, tmp_path):
    lrelease(TS_DIR / "smallcrm_cs.ts", tmp_path / "smallcrm_cs.qm")
    assert install_translator(translated, "cs", directory=tmp_path) == "cs"

    window = MainWindow(profile, database, remember=False)
    qtbot.addWidget(window)
    assert window.nav.item(1).text() == "Kontakty"
    assert window.nav.item(2).text() == "Spisy"
    assert window.search_edit.placeholderText() == "Hledat všude (Ctrl+K)"
    assert window.sync_label.text() == "Žádné účty k synchronizaci"
    window.show_section("contacts")
    assert window.page("contacts").model.headerData(0, Qt.Orientation.Horizontal) == "Jméno"


def test_unknown_or_missing_language_falls_back_to_english(translated, tmp_path):
    assert install_translator(translated, "de", directory=tmp_path) == "en"
    assert install_translator(translated, "pl", directory=tmp_path) == "en"
    assert install_translator(translated, "uk_UA", directory=tmp_path) == "en"


def test_region_tags_pick_the_language(translated, tmp_path):
    lrelease(TS_DIR / "smallcrm_sk.ts", tmp_path / "smallcrm_sk.qm")
    assert install_translator(translated, "sk-SK", directory=tmp_path) == "sk"


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_file_has_no_unfinished_or_empty_translation(lang):
    ts = TS_DIR / f"smallcrm_{lang}.ts"
    assert ts.is_file(), f"{ts} is missing; run pyside6-lupdate (see resources/i18n)"
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            texts = [form.text for form in translation.iter("numerusform")]
        else:
            texts = [translation.text]
        if not texts or not all(t and t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
        elif "{" in (source or ""):
            # Python format fields must survive translation, or .format() raises.
            fields = sorted(set(_fields(source or "")))
            for text in texts:
                if sorted(set(_fields(text))) != fields:
                    problems.append(f"{context}: {source!r} lost a field in {text!r}")
    assert not problems, "\n".join(problems)


def _fields(text: str) -> list[str]:
    return re.findall(r"\{(\w+)\}", text)


def test_ts_files_cover_every_string_in_the_sources(tmp_path):
    """Fails when a new self.tr() string was added without re-running lupdate."""
    fresh = tmp_path / "smallcrm_cs.ts"
    sources = sorted(str(p) for p in GUI_SOURCES.rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    have = {(c, m.findtext("source")) for c, m in _messages(TS_DIR / "smallcrm_cs.ts")}
    missing = sorted(wanted - have)
    assert not missing, f"run pyside6-lupdate and translate: {missing}"


def test_the_system_language_is_used_when_none_is_chosen(tmp_path):
    """A real process with a Czech environment picks Czech by itself (QLocale.system())."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from smallcrm.gui.i18n import install_translator\n"
        "app = QApplication([])\n"
        "print(install_translator(app), app.translate('MainWindow', 'Contacts'))\n"
    )
    env = {**os.environ, "LANG": "cs_CZ.UTF-8", "LANGUAGE": "cs", "LC_ALL": "cs_CZ.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["cs", "Kontakty"]
