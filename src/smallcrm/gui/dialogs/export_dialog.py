"""Export contacts to vCard 4.0 / 3.0 or CSV: selected or all, written whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.files import write_atomically
from smallcrm.core.interop.csv_contacts import write_csv
from smallcrm.core.interop.vcard import emit_vcards
from smallcrm.core.services.address_book import Ref, record_of
from smallcrm.core.services.contacts import count_contacts, count_organizations, search_refs
from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.tasks import (
    IO,
    ProgressCallback,
    TaskContext,
    TaskFunction,
    TaskHandle,
    TaskRunner,
)

FORMATS = ("vcard4", "vcard3", "csv")
_LAST_FOLDER = "Export/lastFolder"
_SUFFIX = {"vcard4": ".vcf", "vcard3": ".vcf", "csv": ".csv"}


@dataclass(frozen=True)
class ExportResult:
    count: int
    path: Path


def export_contacts(
    database: Database,
    refs: list[Ref] | None,
    fmt: str,
    path: Path,
    context: TaskContext | None = None,
) -> ExportResult:
    """Read the records, encode them and write the file; runs on the io lane (reads only)."""
    records = []
    with database.session_scope() as session:
        chosen = refs if refs is not None else search_refs(session, "")
        for number, ref in enumerate(chosen):
            if context is not None and number % 200 == 0:
                context.check_cancelled()
                context.progress(number, len(chosen), "")
            records.append(record_of(session, ref))
    if fmt == "csv":
        data = write_csv(records)
    else:
        data = emit_vcards(records, version="3.0" if fmt == "vcard3" else "4.0").encode("utf-8")
    write_atomically(path, data)
    return ExportResult(len(records), path)


class ExportDialog(BackgroundDialog):
    """Choose format, which contacts and the file; then export in the background."""

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        refs: list[Ref] | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        """``settings`` (the profile's) remembers the last folder; None remembers nothing."""
        super().__init__(parent)
        self._settings = settings
        self._database = database
        self._tasks = tasks
        self._refs = list(refs) if refs else []
        self._handle: TaskHandle | None = None
        self._pending: set[TaskHandle] = set()
        self._delete_when_idle = False
        self.result_info: ExportResult | None = None
        self.all_count: int | None = None

        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export contacts"))
        self.setMinimumWidth(560)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(14)
        title = QLabel(self.tr("Export contacts"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        outer.addWidget(title)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)

        grid.addWidget(self._caption(self.tr("Format:")), 0, 0, Qt.AlignmentFlag.AlignTop)
        self.vcard4_radio = QRadioButton(self.tr("vCard 4.0 (current address books)"))
        self.vcard3_radio = QRadioButton(self.tr("vCard 3.0 (older phones and Outlook)"))
        self.csv_radio = QRadioButton(self.tr("CSV (spreadsheets; UTF-8)"))
        self._format_group = QButtonGroup(self)
        for row, (fmt, radio) in enumerate(
            zip(FORMATS, (self.vcard4_radio, self.vcard3_radio, self.csv_radio), strict=True)
        ):
            radio.setProperty("format", fmt)
            self._format_group.addButton(radio)
            grid.addWidget(radio, row, 1)
        self.vcard4_radio.setChecked(True)
        self._format_group.buttonToggled.connect(self._on_format_changed)

        grid.setRowMinimumHeight(3, 8)
        grid.addWidget(self._caption(self.tr("Contacts:")), 4, 0, Qt.AlignmentFlag.AlignTop)
        self.selected_radio = QRadioButton(
            self.tr("Selected contacts ({count})").format(count=len(self._refs))
        )
        self.all_radio = QRadioButton(self.tr("All contacts"))
        self._scope_group = QButtonGroup(self)
        for row, radio in enumerate((self.selected_radio, self.all_radio), start=4):
            self._scope_group.addButton(radio)
            grid.addWidget(radio, row, 1)
        self.selected_radio.setEnabled(bool(self._refs))
        (self.selected_radio if self._refs else self.all_radio).setChecked(True)

        grid.setRowMinimumHeight(6, 8)
        file_caption = self._caption(self.tr("&File:"))
        grid.addWidget(file_caption, 7, 0)
        file_row = QHBoxLayout()
        file_row.setSpacing(6)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self.choose_path)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        grid.addLayout(file_row, 7, 1)
        file_caption.setBuddy(self.path_edit)
        outer.addLayout(grid)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status_label)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.path_edit.setText(str(self._default_folder() / f"contacts{_SUFFIX['vcard4']}"))
        self._count_all()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setForegroundRole(QPalette.ColorRole.WindowText)
        return label

    def _default_folder(self) -> Path:
        remembered = self._settings.value(_LAST_FOLDER) if self._settings else None
        if remembered and Path(str(remembered)).is_dir():
            return Path(str(remembered))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _count_all(self) -> None:
        database = self._database

        def count(_ctx: TaskContext) -> int:
            with database.session_scope() as session:
                return count_contacts(session) + count_organizations(session)

        self._run(
            count,
            on_success=self._on_counted,
            on_failure=lambda _exc: None,  # the label just stays without a number
            description="count contacts for export",
        )

    def _run(
        self,
        fn: TaskFunction,
        *,
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object],
        on_progress: ProgressCallback | None = None,
        description: str = "",
    ) -> TaskHandle:
        """Run on the io lane; once the dialog is closed for good, callbacks only clean up."""
        handle: TaskHandle | None = None

        def guarded(callback: Callable[..., object]) -> Callable[..., None]:
            def call(*args: object) -> None:
                self._pending.discard(handle)
                if self._delete_when_idle:
                    if not self._pending:
                        self.deleteLater()
                    return
                callback(*args)

            return call

        handle = self._tasks.run(
            fn,
            lane=IO,
            on_success=guarded(on_success),
            on_failure=guarded(on_failure),
            on_cancelled=guarded(lambda: None),
            on_progress=on_progress,
            description=description,
        )
        self._pending.add(handle)
        return handle

    def _on_counted(self, total: int) -> None:
        self.all_count = total
        self.all_radio.setText(self.tr("All contacts ({count})").format(count=total))

    # --- choices -------------------------------------------------------------------------

    @property
    def format(self) -> str:
        button = self._format_group.checkedButton()
        return str(button.property("format")) if button else "vcard4"

    def set_format(self, fmt: str) -> None:
        radios = (self.vcard4_radio, self.vcard3_radio, self.csv_radio)
        radios[FORMATS.index(fmt)].setChecked(True)

    def set_all(self, everything: bool) -> None:
        (self.all_radio if everything or not self._refs else self.selected_radio).setChecked(True)

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _on_format_changed(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        path = self.path
        if path is not None and path.suffix.lower() in (".vcf", ".csv", ""):
            self.path_edit.setText(str(path.with_suffix(_SUFFIX[self.format])))

    def choose_path(self) -> None:
        fmt = self.format
        filters = (
            (self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("vCard (*.vcf)"))
            + ";;"
            + self.tr("All files (*)")
        )
        start = str(self.path or self._default_folder())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), start, filters
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(_SUFFIX[fmt])
            self.path_edit.setText(str(path))

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.path is not None and not self.busy)

    @property
    def busy(self) -> bool:
        return self._handle is not None and not self._handle.finished

    # --- exporting -----------------------------------------------------------------------

    def start_export(self) -> None:
        """Export with the current choices (the io lane: it reads and writes a file)."""
        path = self.path
        if path is None or self.busy:
            return
        refs = list(self._refs) if self.selected_radio.isChecked() else None
        fmt, database = self.format, self._database
        self._set_status("")
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self._handle = self._run(
            lambda ctx: export_contacts(database, refs, fmt, path, ctx),
            on_success=self._on_exported,
            on_failure=self._on_failed,
            on_progress=self._on_progress,
            description="export contacts",
        )

    def _on_progress(self, done: int, total: int | None, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_exported(self, result: ExportResult) -> None:
        self.result_info = result
        self.progress.setVisible(False)
        if self._settings is not None:
            self._settings.setValue(_LAST_FOLDER, str(result.path.parent))
        self._set_status(
            self.tr("Exported {count} contacts to {file}.").format(
                count=result.count, file=result.path
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.export_button.setEnabled(True)

    def _on_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if isinstance(exc, KnownError):
            text = str(exc)
        else:  # a bug; the task runner logged it with its traceback
            text = self.tr("An unexpected error stopped the export. The details are in the log.")
        self._set_status(
            self.tr("The contacts were not exported. {reason}").format(reason=text), error=True
        )

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        # A failure must stand out from the success line that may have been there before.
        self.status_label.setStyleSheet(
            "QLabel#exportStatus { color: #c0392b; font-weight: 600; }" if error else ""
        )

    def callbacks_pending(self) -> bool:
        return bool(self._pending)  # the count of all contacts reports here too

    def cancel_work(self) -> None:
        if self._handle is not None:
            self._handle.cancel()  # the file is renamed into place only when complete


def _profile_settings(window: QWidget) -> QSettings | None:
    profile = getattr(window, "profile", None)
    if profile is None:
        return None
    return QSettings(str(profile.settings_path), QSettings.Format.IniFormat, window)


def run_export(parent_window: QWidget, refs: list[Ref] | None = None) -> ExportDialog:
    """File > Export: the export dialog for ``refs`` (the selection) or everything."""
    dialog = ExportDialog(
        parent_window.database,  # type: ignore[attr-defined]
        parent_window.tasks,  # type: ignore[attr-defined]
        refs,
        parent_window,
        settings=_profile_settings(parent_window),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["ExportDialog", "ExportResult", "export_contacts", "run_export"]
