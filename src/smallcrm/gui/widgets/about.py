"""The About SmallCRM dialog: version, profile folder and the libraries underneath."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

import smallcrm
from smallcrm.core.db import Database, sqlalchemy_version
from smallcrm.core.paths import Profile
from smallcrm.gui.widgets.icons import pixmap


def database_description(database: Database) -> str:
    """Where the data lives, without the password a PostgreSQL URL may carry."""
    url = database.engine.url
    if database.is_sqlite:
        return url.database or ""
    return url.render_as_string(hide_password=True)


class AboutDialog(QDialog):
    def __init__(self, profile: Profile, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SmallCRM"))
        self.setObjectName("aboutDialog")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 18)
        outer.setSpacing(16)

        head = QHBoxLayout()
        head.setSpacing(18)
        logo = QLabel()
        logo.setPixmap(pixmap("app", 72))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        name = QLabel("SmallCRM")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(font.Weight.DemiBold)
        name.setFont(font)
        self.version_label = QLabel(
            self.tr("Version {version}").format(version=smallcrm.__version__)
        )
        tagline = QLabel(
            self.tr("Offline-first contacts, matters and mail for small law and accounting firms.")
        )
        tagline.setWordWrap(True)
        tagline.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        titles.addWidget(name)
        titles.addWidget(self.version_label)
        titles.addSpacing(4)
        titles.addWidget(tagline)
        head.addLayout(titles, 1)
        outer.addLayout(head)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        rows = [
            (self.tr("Profile folder"), str(profile.home)),
            (self.tr("Database"), database_description(database)),
            (
                self.tr("Built with"),
                f"Python {platform.python_version()} · Qt {qVersion()} · "
                f"PySide6 {PySide6.__version__} · SQLAlchemy {sqlalchemy_version()}",
            ),
        ]
        self.profile_label: QLabel | None = None
        for row, (caption, value) in enumerate(rows):
            caption_label = QLabel(caption)
            caption_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            caption_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value_label = QLabel(value)
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption_label, row, 0)
            grid.addWidget(value_label, row, 1)
            if row == 0:
                self.profile_label = value_label
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.setMinimumWidth(520)
