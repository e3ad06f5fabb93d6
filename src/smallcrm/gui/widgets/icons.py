"""Loads the app's line icons from resources/icons, tinted to the current palette."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from smallcrm.core.paths import resources_dir


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


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    svg = _svg_source(name).replace("currentColor", color)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def _render(name: str, color: QColor, width: int, height: int) -> QPixmap:
    out = QPixmap(width, height)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name, color.name()).render(painter, QRectF(0, 0, width, height))
    painter.end()
    return out


def pixmap(name: str, size: int, color: QColor | None = None) -> QPixmap:
    """One icon rendered at ``size`` logical pixels, using the screen's pixel ratio."""
    ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0
    out = _render(name, color or _default_color(), int(size * ratio), int(size * ratio))
    out.setDevicePixelRatio(ratio)
    return out


class _SvgIconEngine(QIconEngine):
    """Renders the SVG at whatever size Qt asks for, when it asks: nothing ahead of time."""

    def __init__(self, name: str, color: QColor | None, selected: QColor | None) -> None:
        super().__init__()
        self._name = name
        self._color = color
        self._selected = selected
        self._cache: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _color_for(self, mode: QIcon.Mode) -> QColor:
        if mode == QIcon.Mode.Selected and self._selected is not None:
            return self._selected
        color = QColor(self._color or _default_color())
        if mode == QIcon.Mode.Disabled:
            color.setAlphaF(0.4)
        return color

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = _render(
                self._name, self._color_for(mode), size.width(), size.height()
            )
        return QPixmap(cached)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        physical = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        image = self.pixmap(physical, mode, state)
        image.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, image)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._color, self._selected)


def icon(name: str, color: QColor | None = None, selected: QColor | None = None) -> QIcon:
    """A QIcon named after a file in resources/icons; ``selected`` tints the selected state."""
    _svg_source(name)  # a missing file fails here, not at first paint
    return QIcon(_SvgIconEngine(name, color, selected))
