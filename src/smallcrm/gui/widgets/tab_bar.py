"""A tab bar whose tabs leave room for accented capitals (Č, Ú, Ž) above the text."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar, QTabWidget

# Fusion draws the tabs that are not selected lower by two pixels and clips their text
# to the tab: "Časová osa" loses its háček. A few pixels more keep every accent whole.
_EXTRA_HEIGHT = 4


class RoomyTabBar(QTabBar):
    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt API
        size = super().tabSizeHint(index)
        return QSize(size.width(), size.height() + _EXTRA_HEIGHT)


def roomy_tabs(tabs: QTabWidget) -> QTabWidget:
    """Give ``tabs`` the roomier tab bar; call before adding tabs."""
    tabs.setTabBar(RoomyTabBar(tabs))
    return tabs


__all__ = ["RoomyTabBar", "roomy_tabs"]
