"""Import contacts from vCard and CSV files: column mapping with a live preview, undo."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.csv_contacts import (
    TARGET_FIELDS,
    CsvLayout,
    parse_csv,
    read_rows,
    sniff,
)
from smallcrm.core.interop.records import ContactRecord, ParseResult, Problem
from smallcrm.core.interop.vcard import parse_vcards
from smallcrm.core.services.address_book import undo
from smallcrm.core.services.importer import ImportReport, OnMatch, import_records
from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.tasks import DB, IO, TaskContext, TaskHandle, TaskRunner

PREVIEW_ROWS = 20
_LAST_FOLDER = "Import/lastFolder"
# The preview reads only the start of the file, so every change re-renders at once even
# for a file of 100,000 rows; the whole file is parsed when the user presses Import.
_PREVIEW_BYTES = 65536

ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "windows-1250",
    "iso-8859-2",
    "cp852",
    "windows-1252",
    "iso-8859-1",
    "windows-1251",
    "koi8-u",
    "iso-8859-5",
    "shift_jis",
)
DELIMITERS = (",", ";", "\t", "|")


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _preview_head(data: bytes, encoding: str) -> bytes:
    """The first rows of the file, cut at a line end that keeps multi-byte units whole."""
    if len(data) <= _PREVIEW_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _PREVIEW_BYTES) + 1 or _PREVIEW_BYTES
    codec = _codec(encoding)
    if "16" in codec:
        cut += cut % 2  # UTF-16 LE: the NUL after "\n" belongs to the line
    elif "32" in codec:
        cut += -cut % 4
    return data[:cut]


def _looks_like_vcard(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in (".vcf", ".vcard"):
        return True
    # NULs out: a UTF-16 vCard reads as ASCII once they are gone.
    return b"begin:vcard" in data[:4096].replace(b"\x00", b"").lower()


@dataclass
class ImportFile:
    """One chosen file as read on the io lane: its bytes and what was found in it."""

    path: Path
    data: bytes = b""
    kind: str = "csv"  # "csv" | "vcard" | "unreadable"
    error: str = ""
    parsed: ParseResult | None = None  # vCard: parsed once, shown, then imported
    detected: CsvLayout | None = None  # CSV: what sniff found in the whole file
    layout: CsvLayout | None = None  # CSV: detected plus the user's choices
    overrides: dict[int, str] = field(default_factory=dict)  # column -> target the user chose

    @property
    def name(self) -> str:
        return self.path.name


def load_file(path: Path) -> ImportFile:
    """Read and examine one file; runs on a worker (no Qt, no database)."""
    item = ImportFile(path)
    try:
        item.data = path.read_bytes()
    except OSError as exc:
        item.kind = "unreadable"
        item.error = exc.strerror or str(exc)
        return item
    if _looks_like_vcard(path, item.data):
        item.kind = "vcard"
        item.parsed = parse_vcards(item.data, source=item.name)
    else:
        item.detected = sniff(item.data)
        item.layout = replace(item.detected, mapping=dict(item.detected.mapping))
    return item


@dataclass
class ParsedFiles:
    records: list[ContactRecord]
    problems: list[Problem]
    source: str


def parse_files(files: Sequence[ImportFile], context: TaskContext | None = None) -> ParsedFiles:
    """Parse every file with its final layout; runs on the io lane."""
    records: list[ContactRecord] = []
    problems: list[Problem] = []
    for number, item in enumerate(files):
        if context is not None:
            context.check_cancelled()
            context.progress(number, len(files), item.name)
        if item.kind == "unreadable":
            problems.append(Problem(item.name, 0, f"cannot read the file: {item.error}"))
            continue
        if item.kind == "vcard":
            result = item.parsed or parse_vcards(item.data, source=item.name)
        else:
            result = parse_csv(item.data, source=item.name, layout=item.layout)
        records += result.records
        problems += result.problems
    return ParsedFiles(records, problems, ", ".join(item.name for item in files))


class MappingHeader(QHeaderView):
    """A table header with the file's column name on top and a target combo below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.combos: list[QComboBox] = []
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumSectionSize(120)
        self.sectionResized.connect(self.place_combos)
        self.sectionMoved.connect(self.place_combos)
        self.geometriesChanged.connect(self.place_combos)

    def set_combos(self, combos: list[QComboBox]) -> None:
        for combo in self.combos:
            combo.deleteLater()
        self.combos = combos
        for combo in combos:
            combo.setParent(self.viewport())
            combo.show()
        self.updateGeometry()
        self.place_combos()

    def _combo_height(self) -> int:
        return max((c.sizeHint().height() for c in self.combos), default=0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        if self.combos:
            text = self.fontMetrics().height() + 10
            hint.setHeight(text + self._combo_height() + 6)
        return hint

    def place_combos(self, *_args: object) -> None:
        height = self._combo_height()
        for index, combo in enumerate(self.combos):
            if index >= self.count():
                combo.hide()
                continue
            x = self.sectionViewportPosition(index)
            width = self.sectionSize(index)
            combo.setGeometry(QRect(x + 3, self.height() - height - 4, width - 6, height))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.place_combos()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        super().scrollContentsBy(dx, dy)
        self.place_combos()


class ImportDialog(BackgroundDialog):
    """Pick up files, map CSV columns, import as one batch, show what happened, offer undo."""

    imported = Signal(int)
    """A batch went in: the change-set id; lists showing contacts should reload."""
    undone = Signal(int)
    """The batch was undone; lists showing contacts should reload again."""

    PAGE_LOADING, PAGE_OPTIONS, PAGE_WORKING, PAGE_RESULT = range(4)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        default_country: str = "CZ",
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._default_country = default_country
        self._files: list[ImportFile] = []
        self._current: ImportFile | None = None
        self._handle: TaskHandle | None = None
        self._writing = False
        self._delete_when_idle = False
        self.batch: int | None = None
        self.report_problems: list[Problem] = []

        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setSizeGripEnabled(True)
        self.resize(1000, 660)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(12)
        self.title_label = QLabel(self.tr("Import contacts"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        outer.addWidget(self.title_label)
        self.files_label = QLabel()
        self.files_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.files_label)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_working_page(loading=True))
        self.pages.addWidget(self._build_options_page())
        self.pages.addWidget(self._build_working_page(loading=False))
        self.pages.addWidget(self._build_result_page())
        outer.addWidget(self.pages, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_import)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.import_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self._show_page(self.PAGE_LOADING)

    # --- pages ---------------------------------------------------------------------------

    def _build_working_page(self, *, loading: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 40, 0, 0)
        layout.setSpacing(10)
        label = QLabel(self.tr("Reading the files…") if loading else self.tr("Importing…"))
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setFixedWidth(420)
        detail = QLabel()
        detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for widget in (label, bar, detail):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        if loading:
            self.loading_label = label
        else:
            self.progress_bar, self.progress_label = bar, detail
        return page

    def _build_options_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.vcard_box = QFrame()
        self.vcard_box.setObjectName("vcardSummary")
        self.vcard_box.setFrameShape(QFrame.Shape.StyledPanel)
        vbox = QVBoxLayout(self.vcard_box)
        vbox.setContentsMargins(12, 10, 12, 10)
        self.vcard_label = QLabel()
        self.vcard_label.setWordWrap(True)
        vbox.addWidget(self.vcard_label)
        layout.addWidget(self.vcard_box)

        self.csv_box = QWidget()
        csv_layout = QVBoxLayout(self.csv_box)
        csv_layout.setContentsMargins(0, 0, 0, 0)
        csv_layout.setSpacing(8)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.file_combo = QComboBox()
        self.file_combo.currentIndexChanged.connect(self._on_file_chosen)
        self.file_caption = QLabel(self.tr("CSV &file:"))
        self.file_caption.setBuddy(self.file_combo)
        grid.addWidget(self.file_caption, 0, 0)
        grid.addWidget(self.file_combo, 0, 1, 1, 4)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encoding")
        self.encoding_combo.setMinimumContentsLength(36)
        self.encoding_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.encoding_combo.currentIndexChanged.connect(self._on_encoding_changed)
        encoding_caption = QLabel(self.tr("&Encoding:"))
        encoding_caption.setBuddy(self.encoding_combo)
        grid.addWidget(encoding_caption, 1, 0)
        grid.addWidget(self.encoding_combo, 1, 1)

        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiter")
        self.delimiter_combo.currentIndexChanged.connect(self._on_delimiter_changed)
        self.delimiter_edit = QLineEdit()
        self.delimiter_edit.setMaxLength(1)
        self.delimiter_edit.setFixedWidth(36)
        self.delimiter_edit.setAccessibleName(self.tr("Other delimiter"))
        self.delimiter_edit.textEdited.connect(self._on_delimiter_changed)
        delimiter_caption = QLabel(self.tr("&Delimiter:"))
        delimiter_caption.setBuddy(self.delimiter_combo)
        grid.addWidget(delimiter_caption, 1, 2)
        delimiter_row = QHBoxLayout()
        delimiter_row.setSpacing(4)
        delimiter_row.addWidget(self.delimiter_combo)
        delimiter_row.addWidget(self.delimiter_edit)
        grid.addLayout(delimiter_row, 1, 3)

        self.header_check = QCheckBox(self.tr("First row is a &header"))
        self.header_check.toggled.connect(self._on_header_toggled)
        grid.addWidget(self.header_check, 1, 4)
        grid.setColumnStretch(5, 1)

        self.preset_label = QLabel()
        self.preset_label.setObjectName("presetLabel")
        grid.addWidget(self.preset_label, 2, 1, 1, 5)
        preset_caption = QLabel(self.tr("Format:"))
        grid.addWidget(preset_caption, 2, 0)
        csv_layout.addLayout(grid)

        hint = QLabel(
            self.tr(
                "Under each column name, choose what the column holds. Rows shown in red "
                "cannot be imported as they are; point at one to see why."
            )
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        csv_layout.addWidget(hint)

        self.preview = QTableWidget()
        self.preview.setObjectName("preview")
        self.header = MappingHeader(self.preview)
        self.preview.setHorizontalHeader(self.header)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.preview.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.preview.setAccessibleName(self.tr("Preview of the file"))
        self.preview.horizontalScrollBar().valueChanged.connect(self.header.place_combos)
        csv_layout.addWidget(self.preview, 1)
        self.preview_note = QLabel()
        self.preview_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        csv_layout.addWidget(self.preview_note)
        layout.addWidget(self.csv_box, 1)

        match_row = QHBoxLayout()
        match_row.setSpacing(12)
        match_row.addWidget(QLabel(self.tr("When a contact already exists:")))
        self.update_radio = QRadioButton(self.tr("&Update it from the file"))
        self.skip_radio = QRadioButton(self.tr("&Skip it"))
        self.update_radio.setChecked(True)
        self._match_group = QButtonGroup(self)
        for radio in (self.update_radio, self.skip_radio):
            self._match_group.addButton(radio)
            match_row.addWidget(radio)
        match_row.addStretch(1)
        layout.addLayout(match_row)
        self._fill_encoding_combo(None)
        self._fill_delimiter_combo(None)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultSummary")
        font = self.result_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.result_label.setFont(font)
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        detail_row = QHBoxLayout()
        detail_row.setSpacing(12)
        self.result_detail = QLabel()
        self.result_detail.setWordWrap(True)
        detail_row.addWidget(self.result_detail, 1)
        self.copy_button = QPushButton(self.tr("&Copy the list"))
        self.copy_button.setToolTip(
            self.tr("Copies file, line and reason of every problem, one per line")
        )
        self.copy_button.clicked.connect(lambda: self.copy_problems(selected_only=False))
        detail_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(detail_row)
        self.problems_table = QTableWidget(0, 3)
        self.problems_table.setObjectName("problems")
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Line"), self.tr("Reason")]
        )
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setAlternatingRowColors(True)
        self.problems_table.verticalHeader().setVisible(False)
        self.problems_table.setWordWrap(False)
        header = self.problems_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems_table.setAccessibleName(self.tr("Problems"))
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.problems_table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(lambda: self.copy_problems(selected_only=True))
        layout.addWidget(self.problems_table, 1)
        layout.addStretch(0)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.import_button.setVisible(page == self.PAGE_OPTIONS)
        self.cancel_button.setVisible(page in (self.PAGE_LOADING, self.PAGE_OPTIONS))
        self.close_button.setVisible(page == self.PAGE_RESULT)
        self.undo_button.setVisible(page == self.PAGE_RESULT and self.batch is not None)
        self.cancel_button.setEnabled(True)
        if page == self.PAGE_RESULT:
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def busy(self) -> bool:
        return self._handle is not None and not self._handle.finished

    # --- loading -------------------------------------------------------------------------

    def load_files(self, paths: Sequence[str | Path]) -> None:
        """Read and examine the files in the background, then show the options page."""
        paths = [Path(p) for p in paths]
        self.files_label.setText(", ".join(p.name for p in paths))
        self.files_label.setToolTip("\n".join(str(p) for p in paths))
        self._show_page(self.PAGE_LOADING)
        # Reading and sniffing is file work, not database work: the io lane.
        self._handle = self._tasks.run(
            lambda _ctx: [load_file(p) for p in paths],
            lane=IO,
            on_success=self._on_loaded,
            on_failure=self._on_failure,
            on_cancelled=self._on_cancelled,
            description="read import files",
        )

    def _on_loaded(self, files: list[ImportFile]) -> None:
        self._files = files
        if self._delete_when_idle:
            self.deleteLater()
            return
        csv_files = [f for f in files if f.kind == "csv"]
        others = [f for f in files if f.kind != "csv"]
        self.vcard_box.setVisible(bool(others))
        self.vcard_label.setText(self._vcard_summary(others))
        self.csv_box.setVisible(bool(csv_files))
        self.file_combo.blockSignals(True)
        self.file_combo.clear()
        for item in csv_files:
            self.file_combo.addItem(item.name, str(item.path))
        self.file_combo.blockSignals(False)
        self.file_caption.setVisible(len(csv_files) > 1)
        self.file_combo.setVisible(len(csv_files) > 1)
        if csv_files:
            self._select_file(csv_files[0])
        self.import_button.setEnabled(any(f.kind != "unreadable" for f in files))
        self._show_page(self.PAGE_OPTIONS)

    def _vcard_summary(self, files: list[ImportFile]) -> str:
        lines = []
        for item in files:
            if item.kind == "unreadable":
                lines.append(
                    self.tr("{file}: cannot be read ({reason}).").format(
                        file=item.name, reason=item.error
                    )
                )
                continue
            parsed = item.parsed or ParseResult()
            lines.append(
                self.tr("{file}: {cards} contacts found, {problems} problems.").format(
                    file=item.name, cards=len(parsed.records), problems=len(parsed.problems)
                )
            )
        return "\n".join(lines)

    @property
    def files(self) -> list[ImportFile]:
        return list(self._files)

    def csv_file(self, name: str | None = None) -> ImportFile:
        """The CSV file shown in the mapping step, or the one of that name."""
        if name is None:
            if self._current is None:
                raise LookupError("no CSV file is loaded")
            return self._current
        for item in self._files:
            if item.name == name and item.kind == "csv":
                return item
        raise LookupError(name)

    # --- the mapping step ----------------------------------------------------------------

    def _fill_encoding_combo(self, detected: str | None) -> None:
        names = {
            "utf-8": self.tr("Unicode (UTF-8)"),
            "utf-8-sig": self.tr("Unicode (UTF-8 with BOM)"),
            "utf-16": self.tr("Unicode (UTF-16)"),
            "utf-16-le": self.tr("Unicode (UTF-16 LE)"),
            "utf-16-be": self.tr("Unicode (UTF-16 BE)"),
            "windows-1250": self.tr("Central European (Windows-1250)"),
            "iso-8859-2": self.tr("Central European (ISO-8859-2)"),
            "cp852": self.tr("Central European (DOS 852)"),
            "windows-1252": self.tr("Western European (Windows-1252)"),
            "iso-8859-1": self.tr("Western European (ISO-8859-1)"),
            "windows-1251": self.tr("Cyrillic (Windows-1251)"),
            "koi8-u": self.tr("Cyrillic (KOI8-U)"),
            "iso-8859-5": self.tr("Cyrillic (ISO-8859-5)"),
            "shift_jis": self.tr("Japanese (Shift-JIS)"),
        }
        entries = list(ENCODINGS)
        if detected and _codec(detected) not in {_codec(e) for e in entries}:
            entries.append(detected)  # charset-normalizer found something rarer
        combo = self.encoding_combo
        combo.blockSignals(True)
        combo.clear()
        for name in entries:
            text = names.get(name, name)
            if detected and _codec(name) == _codec(detected):
                text = self.tr("{encoding} · detected").format(encoding=text)
            combo.addItem(text, name)
        combo.blockSignals(False)

    def _fill_delimiter_combo(self, detected: str | None) -> None:
        names = {
            ",": self.tr("Comma (,)"),
            ";": self.tr("Semicolon (;)"),
            "\t": self.tr("Tab"),
            "|": self.tr("Vertical bar (|)"),
        }
        combo = self.delimiter_combo
        combo.blockSignals(True)
        combo.clear()
        for value in DELIMITERS:
            text = names[value]
            if value == detected:
                text = self.tr("{delimiter} · detected").format(delimiter=text)
            combo.addItem(text, value)
        combo.addItem(self.tr("Other:"), "")
        combo.blockSignals(False)

    def _select_file(self, item: ImportFile) -> None:
        self._current = item
        detected = item.detected or CsvLayout()
        layout = item.layout or detected
        self._fill_encoding_combo(detected.encoding)
        self._fill_delimiter_combo(detected.delimiter)
        self._set_combo_data(self.encoding_combo, layout.encoding)
        if layout.delimiter in DELIMITERS:
            self._set_combo_data(self.delimiter_combo, layout.delimiter)
            self.delimiter_edit.clear()
        else:
            self._set_combo_data(self.delimiter_combo, "")
            self.delimiter_edit.setText(layout.delimiter)
        self.delimiter_edit.setVisible(self.delimiter_combo.currentData() == "")
        self.header_check.blockSignals(True)
        self.header_check.setChecked(layout.has_header)
        self.header_check.blockSignals(False)
        self.refresh_preview()

    @staticmethod
    def _set_combo_data(combo: QComboBox, value: str) -> None:
        combo.blockSignals(True)
        index = combo.findData(value)
        if index < 0:  # "cp1250" from a detector is our "windows-1250"
            index = next(
                (i for i in range(combo.count()) if _codec(combo.itemData(i)) == _codec(value)),
                -1,
            )
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _on_file_chosen(self, index: int) -> None:
        path = self.file_combo.itemData(index)
        for item in self._files:
            if str(item.path) == path and item.kind == "csv":
                self._select_file(item)
                return

    def _on_encoding_changed(self) -> None:
        self.refresh_preview()

    def _on_delimiter_changed(self) -> None:
        other = self.delimiter_combo.currentData() == ""
        self.delimiter_edit.setVisible(other)
        if other and self.sender() is self.delimiter_combo:
            self.delimiter_edit.setFocus()
        if self._current is not None:
            # Columns are cut differently now: the user's choices were for other columns.
            self._current.overrides.clear()
        self.refresh_preview()

    def _on_header_toggled(self) -> None:
        self.refresh_preview()

    def set_encoding(self, encoding: str) -> None:
        """Choose the encoding as the user would in the combo."""
        index = self.encoding_combo.findData(encoding)
        if index < 0:
            self.encoding_combo.addItem(encoding, encoding)
            index = self.encoding_combo.count() - 1
        self.encoding_combo.setCurrentIndex(index)

    def set_delimiter(self, delimiter: str) -> None:
        """Choose the delimiter as the user would (an unlisted one goes to "Other")."""
        index = self.delimiter_combo.findData(delimiter if delimiter in DELIMITERS else "")
        if delimiter not in DELIMITERS:
            self.delimiter_edit.setText(delimiter)
        if index == self.delimiter_combo.currentIndex():
            self._on_delimiter_changed()
        else:
            self.delimiter_combo.setCurrentIndex(index)

    def set_mapping(self, column: int, target: str) -> None:
        """Map a column as the user would in its header combo."""
        combo = self.header.combos[column]
        index = combo.findData(target)
        if index < 0:
            raise ValueError(f"unknown target {target!r}")
        combo.setCurrentIndex(index)

    def _chosen_delimiter(self) -> str:
        value = self.delimiter_combo.currentData()
        if value:
            return str(value)
        return self.delimiter_edit.text() or ","

    def refresh_preview(self) -> None:
        """Re-sniff with the user's choices and redraw the preview; cheap (head of file)."""
        item = self._current
        if item is None:
            return
        encoding = str(self.encoding_combo.currentData() or "utf-8")
        head = _preview_head(item.data, encoding)
        layout = sniff(
            head,
            encoding=encoding,
            delimiter=self._chosen_delimiter(),
            has_header=self.header_check.isChecked(),
        )
        rows = read_rows(head, layout, PREVIEW_ROWS)
        width = max([len(layout.headers), *(len(cells) for _line, cells in rows)])
        item.overrides = {c: t for c, t in item.overrides.items() if c < width}
        mapping = {**layout.mapping, **item.overrides}
        layout.mapping = {c: t for c, t in mapping.items() if t != "ignore" and c < width}
        item.layout = layout
        problems = {p.line: p.reason for p in parse_csv(head, item.name, layout).problems}
        self._render(layout, rows, width, problems)

    def _render(
        self,
        layout: CsvLayout,
        rows: list[tuple[int, list[str]]],
        width: int,
        problems: dict[int, str],
    ) -> None:
        table = self.preview
        table.setUpdatesEnabled(False)
        try:
            table.clear()
            table.setColumnCount(width)
            table.setRowCount(len(rows))
            headers = [
                layout.headers[i]
                if i < len(layout.headers) and layout.has_header
                else self.tr("Column {number}").format(number=i + 1)
                for i in range(width)
            ]
            for column, text in enumerate(headers):
                header_item = QTableWidgetItem(text)
                header_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                header_item.setToolTip(text)
                table.setHorizontalHeaderItem(column, header_item)
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
            bad = QColor(220, 50, 47, 48)
            for row, (line, cells) in enumerate(rows):
                line_item = QTableWidgetItem(str(line))
                reason = problems.get(line)
                if reason:
                    line_item.setToolTip(reason)
                    line_item.setForeground(QColor(190, 30, 30))
                table.setVerticalHeaderItem(row, line_item)
                for column in range(width):
                    text = cells[column] if column < len(cells) else ""
                    cell = QTableWidgetItem(text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ "))
                    if column not in layout.mapping:
                        cell.setForeground(muted)
                    if reason:
                        cell.setBackground(bad)
                        cell.setToolTip(reason)
                    elif text:
                        cell.setToolTip(text)
                    table.setItem(row, column, cell)
            self._sync_combos(layout, width)
            table.resizeColumnsToContents()
            for column in range(width):
                table.setColumnWidth(column, min(max(table.columnWidth(column), 170), 320))
        finally:
            table.setUpdatesEnabled(True)
        self.header.place_combos()
        self.preset_label.setText(self._preset_text(layout.preset))
        self.preview_note.setText(
            self.tr("Showing the first {rows} rows; numbers on the left are file lines.").format(
                rows=len(rows)
            )
            if rows
            else self.tr("No rows to show: check the encoding and the delimiter.")
        )

    def _preset_text(self, preset: str | None) -> str:
        names = {
            "smallcrm": self.tr("SmallCRM export"),
            "outlook": self.tr("Outlook (recognised by its column names)"),
            "google": self.tr("Google Contacts (recognised by its column names)"),
            "thunderbird": self.tr("Thunderbird (recognised by its column names)"),
        }
        if preset is None:
            return self.tr("Not recognised: check how the columns are mapped")
        return names.get(preset, preset)

    def _sync_combos(self, layout: CsvLayout, width: int) -> None:
        combos = self.header.combos
        if len(combos) != width:
            combos = [self._target_combo(column) for column in range(width)]
            self.header.set_combos(combos)
        for column, combo in enumerate(combos):
            target = layout.mapping.get(column, "ignore")
            combo.blockSignals(True)
            index = combo.findData(target)
            if index < 0:  # "id:<key>" from our own export
                combo.addItem(self.tr("ID: {key}").format(key=target[3:]), target)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.setToolTip(combo.currentText())
            combo.blockSignals(False)
        self.header.updateGeometry()
        self.preview.updateGeometries()

    def _target_combo(self, column: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"mapping{column}")
        combo.setAccessibleName(self.tr("Column {number} holds").format(number=column + 1))
        combo.setMaxVisibleItems(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        labels = self._target_labels()
        previous_group = ""
        for target in TARGET_FIELDS:
            group = _target_group(target)
            if previous_group and group != previous_group:
                combo.insertSeparator(combo.count())
            previous_group = group
            combo.addItem(labels.get(target, target), target)
        combo.currentIndexChanged.connect(
            lambda _index, c=column, box=combo: self._on_mapping_changed(c, box)
        )
        return combo

    def _on_mapping_changed(self, column: int, combo: QComboBox) -> None:
        if self._current is None:
            return
        self._current.overrides[column] = str(combo.currentData())
        self.refresh_preview()

    def _target_labels(self) -> dict[str, str]:
        labels = {
            "ignore": self.tr("— ignore —"),
            "kind": self.tr("Person or organisation"),
            "title": self.tr("Title (before the name)"),
            "given_name": self.tr("Given name"),
            "middle_name": self.tr("Middle name"),
            "family_name": self.tr("Family name"),
            "suffix": self.tr("Title (after the name)"),
            "display_name": self.tr("Full name"),
            "nickname": self.tr("Nickname"),
            "organization": self.tr("Organisation"),
            "department": self.tr("Department"),
            "position": self.tr("Position"),
            "birthday": self.tr("Birthday"),
            "birth_year": self.tr("Birthday: year"),
            "birth_month": self.tr("Birthday: month"),
            "birth_day": self.tr("Birthday: day"),
            "email": self.tr("E-mail"),
            "email2": self.tr("E-mail 2"),
            "email3": self.tr("E-mail 3"),
            "email_work": self.tr("E-mail (work)"),
            "email_home": self.tr("E-mail (home)"),
            "email_other": self.tr("E-mail (other)"),
            "email_label": self.tr("E-mail: label of the next"),
            "phone": self.tr("Phone"),
            "phone_work": self.tr("Phone (work)"),
            "phone_home": self.tr("Phone (home)"),
            "phone_mobile": self.tr("Phone (mobile)"),
            "phone_fax": self.tr("Fax"),
            "phone_pager": self.tr("Pager"),
            "phone_other": self.tr("Phone (other)"),
            "phone_label": self.tr("Phone: label of the next"),
            "address_label": self.tr("Address: label"),
            "web": self.tr("Web page"),
            "web_label": self.tr("Web page: label of the next"),
            "notes": self.tr("Notes"),
            "tags": self.tr("Tags"),
            "registry_id": self.tr("Registry number (IČO, REGON …)"),
            "tax_id": self.tr("Tax number (DIČ, NIP …)"),
            "vat_id": self.tr("VAT number"),
            "uid": self.tr("Unique id (UID)"),
        }
        groups = {
            "work": self.tr("Work address"),
            "home": self.tr("Home address"),
            "other": self.tr("Other address"),
            "address": self.tr("Address"),
        }
        parts = {
            "street": self.tr("street"),
            "extended": self.tr("street, line 2"),
            "po_box": self.tr("PO box"),
            "city": self.tr("city"),
            "region": self.tr("region"),
            "postcode": self.tr("postcode"),
            "country": self.tr("country"),
        }
        for group, group_label in groups.items():
            for part, part_label in parts.items():
                labels[f"{group}_{part}"] = self.tr("{address}: {part}").format(
                    address=group_label, part=part_label
                )
        return labels

    # --- importing -----------------------------------------------------------------------

    @property
    def on_match(self) -> OnMatch:
        return "skip" if self.skip_radio.isChecked() else "update"

    def set_on_match(self, on_match: str) -> None:
        (self.skip_radio if on_match == "skip" else self.update_radio).setChecked(True)

    def start_import(self) -> None:
        """Parse every file with its layout (io lane), then import them (db lane)."""
        if self.busy or not self._files:
            return
        files = [replace(f, overrides=dict(f.overrides)) for f in self._files]
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText("")
        self._show_page(self.PAGE_WORKING)
        self._handle = self._tasks.run(
            lambda ctx: parse_files(files, ctx),
            lane=IO,
            on_success=self._on_parsed,
            on_failure=self._on_failure,
            on_progress=self._on_progress,
            on_cancelled=self._on_cancelled,
            description="parse import files",
        )

    def _on_progress(self, done: int, total: int | None, text: str) -> None:
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        self.progress_label.setText(self.tr("Reading {file}").format(file=text))

    def _on_parsed(self, parsed: ParsedFiles) -> None:
        if self._delete_when_idle:
            self.deleteLater()  # closed while reading: nothing was written, nothing to do
            return
        database, country, on_match = self._database, self._default_country, self.on_match

        def write(_ctx: TaskContext) -> ImportReport:
            with database.session_scope() as session:
                return import_records(
                    session,
                    parsed.records,
                    source=parsed.source,
                    on_match=on_match,
                    default_country=country,
                    problems=parsed.problems,
                )

        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(
            self.tr("Saving {count} contacts…").format(count=len(parsed.records))
        )
        self.cancel_button.setEnabled(False)
        self._writing = True
        self._handle = self._tasks.run(
            write,
            lane=DB,
            on_success=self._on_imported,
            on_failure=self._on_failure,
            description="import contacts",
        )

    def _on_imported(self, report: ImportReport) -> None:
        self._writing = False
        self.batch = report.batch
        if report.batch is not None:
            self.imported.emit(report.batch)
        if self._delete_when_idle:
            self.deleteLater()
            return
        self.title_label.setText(self.tr("Import finished"))
        self.result_label.setText(
            self.tr(
                "{imported} new contacts imported, {updated} updated, {unchanged} already"
                " up to date."
            ).format(imported=report.imported, updated=report.updated, unchanged=report.unchanged)
        )
        self._show_problems(report.skipped)
        self._show_page(self.PAGE_RESULT)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.report_problems = list(problems)
        if problems:
            self.result_detail.setText(
                self.tr(
                    "{count} records were not imported or not imported whole. Each is listed "
                    "with its file and line; the rest of each file was imported."
                ).format(count=len(problems))
            )
        else:
            self.result_detail.setText(self.tr("Every record was read without a problem."))
        table = self.problems_table
        table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            line = QTableWidgetItem(str(problem.line) if problem.line else "")
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(
                (QTableWidgetItem(problem.file), line, QTableWidgetItem(problem.reason))
            ):
                cell.setToolTip(problem.reason if column == 2 else cell.text())
                table.setItem(row, column, cell)
        table.resizeColumnToContents(0)
        table.setColumnWidth(0, min(table.columnWidth(0) + 24, 280))
        table.resizeRowsToContents()
        table.setVisible(bool(problems))
        self.copy_button.setVisible(bool(problems))

    def problems_text(self, rows: Sequence[int] | None = None) -> str:
        """The problem list as tab-separated lines: file, line, reason."""
        chosen = range(len(self.report_problems)) if rows is None else rows
        lines = []
        for row in chosen:
            problem = self.report_problems[row]
            lines.append(f"{problem.file}\t{problem.line}\t{problem.reason}")
        return "\n".join(lines)

    def copy_problems(self, *, selected_only: bool = False) -> None:
        rows = None
        if selected_only:
            rows = sorted({i.row() for i in self.problems_table.selectedIndexes()}) or None
        QApplication.clipboard().setText(self.problems_text(rows))

    def undo_import(self) -> None:
        """Take the whole batch back (db lane)."""
        batch = self.batch
        if batch is None or self.busy:
            return
        database = self._database

        def take_back(_ctx: TaskContext) -> int:
            with database.session_scope() as session:
                return undo(session, batch)

        self.undo_button.setEnabled(False)
        self.undo_button.setText(self.tr("Undoing…"))
        self._writing = True
        self._handle = self._tasks.run(
            take_back,
            lane=DB,
            on_success=self._on_undone,
            on_failure=self._on_undo_failed,
            description="undo import",
        )

    def _on_undone(self, count: int) -> None:
        self._writing = False
        batch = self.batch
        if batch is not None:
            self.undone.emit(batch)
        if self._delete_when_idle:
            self.deleteLater()
            return
        self.undo_button.setText(self.tr("Import undone"))
        self.title_label.setText(self.tr("Import undone"))
        self.result_label.setText(
            self.tr("The import was undone: {count} records were taken back.").format(count=count)
        )
        if self.report_problems:
            self.result_detail.setText(
                self.tr("The problems the import met are still listed below, for reference.")
            )

    def _on_undo_failed(self, exc: BaseException) -> None:
        self._writing = False
        if self._delete_when_idle:
            self.deleteLater()
            return
        self.undo_button.setText(self.tr("Undo this import"))
        self.undo_button.setEnabled(True)
        self.result_detail.setText(self._error_text(exc))

    def _on_cancelled(self) -> None:
        if self._delete_when_idle:
            self.deleteLater()
            return
        self._show_page(self.PAGE_OPTIONS)

    def _on_failure(self, exc: BaseException) -> None:
        self._writing = False
        if self._delete_when_idle:
            self.deleteLater()
            return
        self.title_label.setText(self.tr("The import did not run"))
        self.result_label.setText(self._error_text(exc))
        self.result_detail.setText(
            self.tr("Nothing was changed. You can close this window and try again.")
        )
        self._show_problems([])
        self.problems_table.setVisible(False)
        self.batch = None
        self._show_page(self.PAGE_RESULT)

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, KnownError):
            return str(exc)
        # A bug: the task runner has logged it with its traceback.
        return self.tr("An unexpected error stopped the work. The details are in the log file.")

    # --- closing -------------------------------------------------------------------------

    def writing_now(self) -> bool:
        return self._writing  # the import's write finishes whole; the window closes after

    def cancel_work(self) -> None:
        if self._handle is not None:
            self._handle.cancel()


def _target_group(target: str) -> str:
    if target.startswith("birth"):
        return "birth"
    if target.startswith(("email", "phone", "web")):
        return target.split("_")[0].rstrip("23")
    head = target.split("_")[0]
    if head in ("work", "home", "other", "address"):
        return head
    if target in ("notes", "tags", "registry_id", "tax_id", "vat_id", "uid"):
        return "other-fields"
    return "name" if target not in ("ignore",) else "ignore"


def choose_files(parent: QWidget | None, settings: QSettings | None = None) -> list[str]:
    """The native open dialog for contact files; several at once."""
    start = str(settings.value(_LAST_FOLDER, str(Path.home())) if settings else Path.home())
    dialog_title = QApplication.translate("ImportDialog", "Import contacts")
    filters = ";;".join(
        (
            QApplication.translate("ImportDialog", "Contact files (*.vcf *.vcard *.csv *.txt)"),
            QApplication.translate("ImportDialog", "vCard (*.vcf *.vcard)"),
            QApplication.translate("ImportDialog", "CSV (*.csv *.txt)"),
            QApplication.translate("ImportDialog", "All files (*)"),
        )
    )
    paths, _chosen = QFileDialog.getOpenFileNames(parent, dialog_title, start, filters)
    if paths and settings is not None:
        settings.setValue(_LAST_FOLDER, str(Path(paths[0]).parent))
    return paths


def run_import(
    parent_window: QWidget,
    on_change: Callable[[int], object] | None = None,
    *,
    paths: Sequence[str | Path] | None = None,
) -> ImportDialog | None:
    """File > Import: choose files, then the import dialog (non-modal; deletes itself).

    ``parent_window`` is the main window (its ``database`` and ``tasks`` are used).
    ``on_change(batch)`` runs after the import and after an undo, so lists can reload.
    """
    if paths is not None:
        chosen = list(paths)
    else:
        profile = getattr(parent_window, "profile", None)
        settings = (
            QSettings(str(profile.settings_path), QSettings.Format.IniFormat, parent_window)
            if profile is not None
            else None
        )
        chosen = choose_files(parent_window, settings)
    if not chosen:
        return None
    from smallcrm.gui.settings import country_of

    dialog = ImportDialog(
        parent_window.database,  # type: ignore[attr-defined]
        parent_window.tasks,  # type: ignore[attr-defined]
        parent_window,
        default_country=country_of(parent_window),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_change is not None:
        dialog.imported.connect(on_change)
        dialog.undone.connect(on_change)
    dialog.load_files(chosen)
    dialog.show()
    return dialog


__all__ = ["ImportDialog", "ImportFile", "MappingHeader", "load_file", "parse_files", "run_import"]
