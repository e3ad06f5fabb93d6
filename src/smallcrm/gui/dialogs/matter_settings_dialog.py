"""Stages, matter types and the number pattern: the firm's own words for its matters."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.matters import StageInfo, TypeInfo
from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.matter_texts import MatterTexts
from smallcrm.gui.tasks import DB, TaskContext, TaskRunner
from smallcrm.gui.widgets.tab_bar import roomy_tabs

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _muted(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class MatterSettingsDialog(BackgroundDialog):
    """Add, rename, reorder, re-phase and archive stages and types; set the number pattern.

    Every change is written at once on the database lane and ``changed`` tells the
    matters page to read its lists again. Closing waits for a write under way.
    """

    changed = Signal()

    def __init__(
        self,
        database: Database,
        *,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matterSettingsDialog")
        self.setWindowTitle(self.tr("Stages, types and numbers"))
        self._database = database
        self._tasks = tasks
        self._pending = 0
        self.texts = MatterTexts(self)
        self.stages: list[StageInfo] = []
        self.types: list[TypeInfo] = []
        self.pattern = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(10)
        self.tabs = roomy_tabs(QTabWidget())
        self.tabs.addTab(self._build_stages(), self.tr("Stages"))
        self.tabs.addTab(self._build_types(), self.tr("Matter types"))
        self.tabs.addTab(self._build_numbers(), self.tr("Numbers"))
        layout.addWidget(self.tabs, 1)
        self.message_label = QLabel()
        self.message_label.setObjectName("matterSettingsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        self.resize(640, 480)

    # --- building ------------------------------------------------------------------------

    def _list(self, columns: list[str], name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setHeaderLabels(columns)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_stages(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(
            _muted(
                QLabel(
                    self.tr(
                        "The board shows one column per stage, in this order. Intake stages "
                        "come before the firm takes a matter on; closed and declined stages "
                        "end it."
                    )
                )
            )
        )
        row = QHBoxLayout()
        row.setSpacing(12)
        self.stage_list = self._list(
            [self.tr("Stage"), self.tr("Phase"), self.tr("Shown")], "stageList"
        )
        self.stage_list.currentItemChanged.connect(lambda *_: self._on_stage_current())
        row.addWidget(self.stage_list, 1)
        side = QVBoxLayout()
        side.setSpacing(6)
        form = QFormLayout()
        form.setHorizontalSpacing(8)
        self.stage_name_edit = QLineEdit()
        self.stage_name_edit.setObjectName("stageNameEdit")
        self.stage_name_edit.setMaxLength(100)
        self.stage_name_edit.returnPressed.connect(self.save_stage)
        caption = QLabel(self.tr("&Name:"))
        caption.setBuddy(self.stage_name_edit)
        form.addRow(caption, self.stage_name_edit)
        self.stage_phase_combo = QComboBox()
        self.stage_phase_combo.setObjectName("stagePhase")
        for phase, text in self.texts.phases().items():
            self.stage_phase_combo.addItem(text, phase)
        caption = QLabel(self.tr("&Phase:"))
        caption.setBuddy(self.stage_phase_combo)
        form.addRow(caption, self.stage_phase_combo)
        side.addLayout(form)
        self.stage_save_button = self._button(self.tr("&Save stage"), "stageSave", self.save_stage)
        side.addWidget(self.stage_save_button)
        side.addSpacing(12)
        self.stage_add_button = self._button(self.tr("&New stage"), "stageAdd", self.add_stage)
        self.stage_up_button = self._button(
            self.tr("Move &up"), "stageUp", lambda: self.move_stage(-1)
        )
        self.stage_down_button = self._button(
            self.tr("Move do&wn"), "stageDown", lambda: self.move_stage(1)
        )
        self.stage_archive_button = self._button(
            self.tr("&Archive"), "stageArchive", self.toggle_stage_archived
        )
        for button in (
            self.stage_add_button,
            self.stage_up_button,
            self.stage_down_button,
            self.stage_archive_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row, 1)
        return page

    def _build_types(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(
            _muted(
                QLabel(
                    self.tr(
                        "The kinds of work the firm does. An archived type is no longer "
                        "offered; matters of that type keep it."
                    )
                )
            )
        )
        row = QHBoxLayout()
        row.setSpacing(12)
        self.type_list = self._list([self.tr("Type"), self.tr("Shown")], "typeList")
        self.type_list.currentItemChanged.connect(lambda *_: self._on_type_current())
        row.addWidget(self.type_list, 1)
        side = QVBoxLayout()
        side.setSpacing(6)
        form = QFormLayout()
        form.setHorizontalSpacing(8)
        self.type_name_edit = QLineEdit()
        self.type_name_edit.setObjectName("typeNameEdit")
        self.type_name_edit.setMaxLength(100)
        self.type_name_edit.returnPressed.connect(self.save_type)
        caption = QLabel(self.tr("Na&me:"))
        caption.setBuddy(self.type_name_edit)
        form.addRow(caption, self.type_name_edit)
        side.addLayout(form)
        self.type_save_button = self._button(self.tr("Save t&ype"), "typeSave", self.save_type)
        side.addWidget(self.type_save_button)
        side.addSpacing(12)
        self.type_add_button = self._button(self.tr("New &type"), "typeAdd", self.add_type)
        self.type_archive_button = self._button(
            self.tr("Arc&hive"), "typeArchive", self.toggle_type_archived
        )
        side.addWidget(self.type_add_button)
        side.addWidget(self.type_archive_button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row, 1)
        return page

    def _build_numbers(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.setSpacing(8)
        form = QFormLayout()
        form.setHorizontalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("numberPattern")
        self.pattern_edit.setMaxLength(50)
        self.pattern_edit.textChanged.connect(self._on_pattern_typed)
        self.pattern_edit.returnPressed.connect(self.save_pattern)
        caption = QLabel(self.tr("Number &pattern:"))
        caption.setBuddy(self.pattern_edit)
        form.addRow(caption, self.pattern_edit)
        self.pattern_message = QLabel()
        self.pattern_message.setObjectName("numberPatternMessage")
        self.pattern_message.setWordWrap(True)
        self.pattern_message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pattern_message.setVisible(False)
        form.addRow("", self.pattern_message)
        self.preview_label = _muted(QLabel())
        self.preview_label.setObjectName("numberPreview")
        form.addRow("", self.preview_label)
        layout.addLayout(form)
        layout.addWidget(
            _muted(
                QLabel(
                    self.tr(
                        "{year} is the year the matter opens (2026), {yy} its last two digits "
                        "(26), {seq} the running number; {seq:04} writes it with four digits "
                        "(0042). With the year in the pattern the running number starts anew "
                        "each year. Numbers once given are never given again."
                    )
                )
            )
        )
        self.pattern_save_button = self._button(
            self.tr("Save &pattern"), "numberPatternSave", self.save_pattern
        )
        layout.addWidget(self.pattern_save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the stages, types and pattern again (small tables, on this thread)."""
        from smallcrm.core.services import matters

        with self._database.session_scope() as session:
            self.stages = matters.stages(session, include_archived=True)
            self.types = matters.matter_types(session, include_archived=True)
            self.pattern = matters.number_pattern(session)
        self._fill_stages()
        self._fill_types()
        if not self.pattern_edit.text():
            self.pattern_edit.setText(self.pattern)

    def _fill_stages(self, select: int | None = None) -> None:
        select = select if select is not None else self.current_stage_id()
        tree = self.stage_list
        tree.blockSignals(True)
        tree.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for stage in self.stages:
            item = QTreeWidgetItem(
                [
                    self.texts.stage_name(stage),
                    self.texts.phase_name(stage.phase),
                    self.tr("archived") if stage.archived else self.tr("on the board"),
                ]
            )
            item.setData(0, _ID_ROLE, stage.id)
            item.setSizeHint(0, QSize(0, self.fontMetrics().height() + 10))
            if stage.archived:
                for column in range(3):
                    item.setForeground(column, muted)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        ids = [s.id for s in self.stages]
        row = ids.index(select) if select in ids else 0
        if ids:
            tree.setCurrentItem(tree.topLevelItem(row))
        self._on_stage_current()

    def _fill_types(self, select: int | None = None) -> None:
        select = select if select is not None else self.current_type_id()
        tree = self.type_list
        tree.blockSignals(True)
        tree.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for matter_type in self.types:
            item = QTreeWidgetItem(
                [
                    self.texts.type_name(matter_type),
                    self.tr("archived") if matter_type.archived else self.tr("offered"),
                ]
            )
            item.setData(0, _ID_ROLE, matter_type.id)
            item.setSizeHint(0, QSize(0, self.fontMetrics().height() + 10))
            if matter_type.archived:
                for column in range(2):
                    item.setForeground(column, muted)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        ids = [t.id for t in self.types]
        row = ids.index(select) if select in ids else 0
        if ids:
            tree.setCurrentItem(tree.topLevelItem(row))
        self._on_type_current()

    def current_stage_id(self) -> int | None:
        item = self.stage_list.currentItem()
        return int(item.data(0, _ID_ROLE)) if item is not None else None

    def current_stage(self) -> StageInfo | None:
        return next((s for s in self.stages if s.id == self.current_stage_id()), None)

    def current_type_id(self) -> int | None:
        item = self.type_list.currentItem()
        return int(item.data(0, _ID_ROLE)) if item is not None else None

    def current_type(self) -> TypeInfo | None:
        return next((t for t in self.types if t.id == self.current_type_id()), None)

    def _on_stage_current(self) -> None:
        stage = self.current_stage()
        busy = self._pending > 0
        for widget in (self.stage_name_edit, self.stage_phase_combo, self.stage_save_button):
            widget.setEnabled(stage is not None and not busy)
        position = self.stages.index(stage) if stage is not None else -1
        self.stage_up_button.setEnabled(position > 0 and not busy)
        self.stage_down_button.setEnabled(0 <= position < len(self.stages) - 1 and not busy)
        self.stage_archive_button.setEnabled(stage is not None and not busy)
        self.stage_add_button.setEnabled(not busy)
        if stage is None:
            self.stage_name_edit.clear()
            return
        self.stage_name_edit.setText(self.texts.stage_name(stage))
        self.stage_phase_combo.setCurrentIndex(max(self.stage_phase_combo.findData(stage.phase), 0))
        self.stage_archive_button.setText(
            self.tr("&Restore to the board") if stage.archived else self.tr("&Archive")
        )

    def _on_type_current(self) -> None:
        matter_type = self.current_type()
        busy = self._pending > 0
        for widget in (self.type_name_edit, self.type_save_button, self.type_archive_button):
            widget.setEnabled(matter_type is not None and not busy)
        self.type_add_button.setEnabled(not busy)
        if matter_type is None:
            self.type_name_edit.clear()
            return
        self.type_name_edit.setText(self.texts.type_name(matter_type))
        self.type_archive_button.setText(
            self.tr("Rest&ore") if matter_type.archived else self.tr("Arc&hive")
        )

    # --- stages --------------------------------------------------------------------------

    def _stage_name_to_save(self, stage: StageInfo) -> str:
        """The name typed; a seeded name left as shown stays seeded (and translated)."""
        typed = " ".join(self.stage_name_edit.text().split())
        return stage.name if typed == self.texts.stage_name(stage) else typed

    def save_stage(self) -> None:
        """Rename the current stage and set its phase."""
        from smallcrm.core.services import matters

        stage = self.current_stage()
        if stage is None:
            return
        name, phase = self._stage_name_to_save(stage), str(self.stage_phase_combo.currentData())
        stage_id = stage.id
        self._write(
            lambda session: matters.save_stage(session, name, phase, stage_id),
            lambda _id: self._fill_stages(stage_id),
            "save stage",
        )

    def add_stage(self) -> None:
        """A new stage at the end of the pipeline; its name is ready to be typed over."""
        from smallcrm.core.services import matters

        name = self._free_name(self.tr("New stage"), [s.name for s in self.stages])

        def done(stage_id: int) -> None:
            self._fill_stages(stage_id)
            self.tabs.setCurrentIndex(0)
            self.stage_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.stage_name_edit.selectAll()

        self._write(lambda session: matters.save_stage(session, name, "engaged"), done, "add stage")

    def move_stage(self, step: int) -> None:
        """Move the current stage one place earlier (-1) or later (+1) in the pipeline."""
        from smallcrm.core.services import matters

        stage = self.current_stage()
        if stage is None:
            return
        ids = [s.id for s in self.stages]
        position = ids.index(stage.id)
        target = position + step
        if not 0 <= target < len(ids):
            return
        ids[position], ids[target] = ids[target], ids[position]
        stage_id = stage.id
        self._write(
            lambda session: matters.reorder_stages(session, ids),
            lambda _none: self._fill_stages(stage_id),
            "reorder stages",
        )

    def toggle_stage_archived(self) -> None:
        from smallcrm.core.services import matters

        stage = self.current_stage()
        if stage is None:
            return
        stage_id, archived = stage.id, not stage.archived
        self._write(
            lambda session: matters.archive_stage(session, stage_id, archived),
            lambda _none: self._fill_stages(stage_id),
            "archive stage",
        )

    # --- types ---------------------------------------------------------------------------

    def save_type(self) -> None:
        from smallcrm.core.services import matters

        matter_type = self.current_type()
        if matter_type is None:
            return
        typed = " ".join(self.type_name_edit.text().split())
        name = matter_type.name if typed == self.texts.type_name(matter_type) else typed
        type_id = matter_type.id
        self._write(
            lambda session: matters.save_matter_type(session, name, type_id),
            lambda _id: self._fill_types(type_id),
            "save matter type",
        )

    def add_type(self) -> None:
        from smallcrm.core.services import matters

        name = self._free_name(self.tr("New type"), [t.name for t in self.types])

        def done(type_id: int) -> None:
            self._fill_types(type_id)
            self.type_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.type_name_edit.selectAll()

        self._write(lambda session: matters.save_matter_type(session, name), done, "add type")

    def toggle_type_archived(self) -> None:
        from smallcrm.core.services import matters

        matter_type = self.current_type()
        if matter_type is None:
            return
        type_id, archived = matter_type.id, not matter_type.archived
        self._write(
            lambda session: matters.archive_matter_type(session, type_id, archived),
            lambda _none: self._fill_types(type_id),
            "archive matter type",
        )

    @staticmethod
    def _free_name(base: str, taken: list[str]) -> str:
        used = {name.casefold() for name in taken}
        name, number = base, 2
        while name.casefold() in used:
            name = f"{base} {number}"
            number += 1
        return name

    # --- numbers -------------------------------------------------------------------------

    def _on_pattern_typed(self, text: str) -> None:
        from smallcrm.core.services.matters import format_number

        self._show_pattern_message("")
        example = format_number(text.strip(), 42, date.today()) if "{seq" in text else ""
        self.preview_label.setText(
            self.tr("New matters will be numbered like {example}.").format(example=example)
            if example
            else ""
        )
        self.preview_label.setVisible(bool(example))

    def save_pattern(self) -> None:
        from smallcrm.core.services import matters

        pattern = self.pattern_edit.text().strip()

        def done(_none: None) -> None:
            self.pattern_edit.setModified(False)
            self._show_pattern_message(self.tr("Saved."), error=False)

        self._write(
            lambda session: matters.set_number_pattern(session, pattern),
            done,
            "set number pattern",
            on_failure=lambda exc: self._show_pattern_message(self._failure(exc)),
        )

    def _show_pattern_message(self, text: str, error: bool = True) -> None:
        self._color(self.pattern_message, error)
        self.pattern_message.setText(text)
        self.pattern_message.setVisible(bool(text))

    # --- writing -------------------------------------------------------------------------

    def writing_now(self) -> bool:
        return self._pending > 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _write(
        self,
        change: Callable[[Any], Any],
        on_success: Callable[[Any], object],
        description: str,
        on_failure: Callable[[BaseException], object] | None = None,
    ) -> None:
        """Run ``change(session)`` in one transaction on the database lane, then re-read."""
        database = self._database
        failed = on_failure or (lambda exc: self._show_message(self._failure(exc)))

        def work(_context: TaskContext | None) -> Any:
            with database.session_scope() as session:
                return change(session)

        def done(result: Any) -> None:
            self._pending -= 1
            if self._delete_when_idle:
                self.changed.emit()
                if not self._pending:
                    self.deleteLater()
                return
            self._clear_message()
            self.reload()
            on_success(result)
            self.changed.emit()

        def fail(exc: BaseException) -> None:
            self._pending -= 1
            if self._delete_when_idle:
                if not self._pending:
                    self.deleteLater()
                return
            self.reload()
            failed(exc)

        self._pending += 1
        self._on_stage_current()
        self._on_type_current()
        if self._tasks is None:
            try:
                result = work(None)
            except Exception as exc:
                if not isinstance(exc, KnownError):
                    log.error("%s failed", description, exc_info=exc)
                fail(exc)
                return
            done(result)
            return
        self._tasks.run(work, lane=DB, on_success=done, on_failure=fail, description=description)

    def _failure(self, exc: BaseException) -> str:
        """The core's refusal in the user's language when it is one of the usual ones."""
        if not isinstance(exc, KnownError):
            return self.tr("An unexpected error stopped the change. The details are in the log.")
        text = exc.message
        if "matter(s) are in this stage" in text:
            return self.tr(
                "Matters are still in this stage. Move them to another stage first, then "
                "archive it."
            )
        if text.startswith("There is already a stage"):
            return self.tr("There is already a stage of that name.")
        if text.startswith("There is already a matter type"):
            return self.tr("There is already a matter type of that name.")
        if text.startswith(("A stage needs a name", "A matter type needs a name")):
            return self.tr("Enter a name.")
        if "needs {seq}" in text:
            return self.tr(
                "The pattern needs {seq}, the running number; for example {year}/{seq:04}."
            )
        if "placeholder" in text:
            return self.tr(
                "The pattern has a placeholder SmallCRM does not know. Use {year}, {yy} and "
                "{seq} (or {seq:04} for four digits)."
            )
        return str(exc)

    def _color(self, label: QLabel, error: bool) -> None:
        palette = label.palette()
        window = self.palette().color(QPalette.ColorRole.Window)
        red = "#c62828" if window.lightness() > 128 else "#ef6c6c"
        palette.setColor(
            QPalette.ColorRole.WindowText,
            red if error else self.palette().color(QPalette.ColorRole.PlaceholderText).name(),
        )
        label.setPalette(palette)

    def _show_message(self, text: str) -> None:
        self._color(self.message_label, True)
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.setVisible(False)


__all__ = ["MatterSettingsDialog"]
