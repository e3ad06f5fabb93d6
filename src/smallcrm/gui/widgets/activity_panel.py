"""A record's follow-ups above its timeline: what the person and organisation pages show."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smallcrm.core.db import Database
from smallcrm.core.services.address_book import Ref
from smallcrm.gui.tasks import TaskRunner
from smallcrm.gui.widgets.follow_ups import FollowUpsPanel
from smallcrm.gui.widgets.timeline_view import TimelineView


class ActivityPanel(QWidget):
    """Open follow-ups (and a person's stay-in-touch rhythm) over the timeline.

    Marking a follow-up done puts it on the timeline; logging a call moves "last contact":
    each part reloads when the other changes something.
    """

    changed = Signal()

    def __init__(
        self, database: Database, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.follow_ups = FollowUpsPanel(database, tasks)
        self.timeline = TimelineView(database, tasks)
        layout.addWidget(self.follow_ups)
        layout.addWidget(self.timeline, 1)
        self.timeline.changed.connect(self._timeline_changed)
        self.follow_ups.changed.connect(self._follow_ups_changed)

    def set_ref(self, ref: Ref | None) -> None:
        self.follow_ups.set_ref(ref)
        self.timeline.set_owner(ref)

    def _timeline_changed(self) -> None:
        self.follow_ups.refresh()  # a new follow-up, or a newer last contact
        self.changed.emit()

    def _follow_ups_changed(self) -> None:
        self.timeline.refresh()  # a follow-up done lands on the timeline
        self.changed.emit()
