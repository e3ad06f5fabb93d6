"""Loads the app's line icons from resources/icons, tinted to the current palette."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from smallcrm.core.paths import resources_dir

# Rendered ahead of time so icons stay crisp at the sizes we use (and at 2x on HiDPI).
_SIZES = (16, 20, 24, 32, 40, 48, 64, 96)


def icons_dir() -> str:
    return str(resources_dir() / "icons")


@cache
def _svg_source(name: str) -> str:
    with open(f"{icons_dir()}/{name}.svg", encoding="utf-8") as handle:
        return handle.read()


def _default_color() -> QColor:
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    # Icons a little softer than text read calmer next to the labels they decorate.
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() * 3 + window.red()) // 4,
        (text.green() * 3 + window.green()) // 4,
        (text.blue() * 3 + window.blue()) // 4,
    )


def pixmap(name: str, size: int, color: QColor | None = None) -> QPixmap:
    """One icon rendered at ``size`` logical pixels, using the screen's pixel ratio."""
    svg = _svg_source(name).replace("currentColor", (color or _default_color()).name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    out = QPixmap(int(size * ratio), int(size * ratio))
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, out.width(), out.height()))
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


def icon(name: str, color: QColor | None = None, selected: QColor | None = None) -> QIcon:
    """A QIcon named after a file in resources/icons; ``selected`` tints the selected state."""
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(pixmap(name, size, color), QIcon.Mode.Normal)
        if selected is not None:
            result.addPixmap(pixmap(name, size, selected), QIcon.Mode.Selected)
    return result
