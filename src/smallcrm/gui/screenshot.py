"""Renders one view of the main window to a PNG off screen, for docs and `smallcrm screenshot`."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from smallcrm.gui.main_window import SECTIONS

VIEWS = (*SECTIONS, "about")

# Generous: a cold SQLite cache over 100,000 contacts still answers in well under a second.
_READY_TIMEOUT_S = 10.0


def _ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        from smallcrm.gui.i18n import install_translator

        install_translator(app)
    assert isinstance(app, QApplication)
    return app


def _settle(app: QApplication, page: QWidget) -> None:
    """Process events until the page says its first rows are loaded (or time runs out)."""
    deadline = time.monotonic() + _READY_TIMEOUT_S
    is_ready = getattr(page, "is_ready", None)
    while True:
        app.processEvents()
        if is_ready is None or is_ready() or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    app.processEvents()


def _exact_size(shot: QPixmap, width: int, height: int) -> QPixmap:
    # HiDPI screens grab at 2x; the caller asked for an exact pixel size.
    if shot.width() != width or shot.height() != height:
        shot = shot.scaled(
            width,
            height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    shot.setDevicePixelRatio(1.0)
    return shot


def render_view(
    profile: Profile,
    database: Database,
    view: str,
    out: Path,
    size: tuple[int, int] = (1280, 800),
) -> Path:
    """Build the main window off screen, show ``view`` and save the window as a PNG."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; valid views: {', '.join(VIEWS)}")
    width, height = size
    if width <= 0 or height <= 0:
        raise ValueError(f"size must be positive, got {width}x{height}")
    app = _ensure_app()

    from smallcrm.gui.main_window import MainWindow

    window = MainWindow(profile, database, remember=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    try:
        window.show_section("dashboard" if view == "about" else view)
        window.resize(width, height)
        window.show()
        page = window.page(window.current_section())
        window.grab()  # pages start loading their data once painted
        _settle(app, page)
        # A first grab paints the table, which loads its visible block; grab again so the
        # picture shows the loaded rows and the selection that follows them.
        window.grab()
        _settle(app, page)
        shot = _exact_size(window.grab(), width, height)
        if view == "about":
            shot = _with_dialog(app, window, shot)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not shot.save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        return out
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _with_dialog(app: QApplication, window: QWidget, background: QPixmap) -> QPixmap:
    """The window dimmed, with the About dialog drawn centred on it, as a user sees it."""
    from smallcrm.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    dialog = window.about_dialog()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    dialog.show()
    dialog.adjustSize()
    app.processEvents()
    picture = dialog.grab()
    dialog.close()
    dialog.deleteLater()

    result = QPixmap(background)
    painter = QPainter(result)
    painter.fillRect(result.rect(), QColor(0, 0, 0, 70))
    target = QRect(QPoint(0, 0), picture.deviceIndependentSize().toSize())
    target.moveCenter(result.rect().center())
    painter.drawPixmap(target, picture)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRect(target.adjusted(-1, -1, 0, 0))
    painter.end()
    return result
