"""Merging two people (or two organisations) into one: pick field by field, keep every list
item, undo afterwards."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import ContactRecord, PartialDate
from smallcrm.core.services.address_book import Ref, record_of
from smallcrm.core.services.contacts import MethodLine, contact_detail, organization_detail
from smallcrm.core.services.merge import fields_of, job_key, jobs_at, merge_records, undo_merge
from smallcrm.core.services.relations import relations_of
from smallcrm.core.text import fold
from smallcrm.gui.dialogs.background import BackgroundDialog
from smallcrm.gui.tasks import DB, IO, TaskContext, TaskHandle, TaskRunner

# --- reading both people (worker side: plain data only) -----------------------------------


@dataclass(frozen=True)
class RelationLine:
    """One tie of a person: to an organisation (employment) or to another person.

    For an organisation, one person's job there: ``target`` is the person.
    """

    kind: str  # "employment" | "personal"
    target_id: int  # the organisation's or the other person's id
    target: str  # its name
    role: str
    since: date | None = None  # an organisation's jobs only
    until: date | None = None


# A merge field -> where a record (see address_book.record_of) keeps it, when not by name.
_RECORD_IDS = {"personal_id": "personal", "registry_id": "registry", "tax_id": "tax"}
_RECORD_NAMES = {"organization": {"name": "display_name"}}


@dataclass(frozen=True)
class MergeSide:
    """One of the two people (or organisations) as the dialog shows them."""

    id: int
    record: ContactRecord
    emails: list[MethodLine] = field(default_factory=list)
    phones: list[MethodLine] = field(default_factory=list)  # formatted for the user's country
    addresses: list[MethodLine] = field(default_factory=list)
    web: list[MethodLine] = field(default_factory=list)
    relations: list[RelationLine] = field(default_factory=list)  # an organisation's: its jobs
    kind: str = "person"  # or "organization"

    def value(self, name: str) -> Any:
        """The value of one merge field (see merge.fields_of); "" or None when empty."""
        if name in _RECORD_IDS:
            return self.record.ids.get(_RECORD_IDS[name], "")
        return getattr(self.record, _RECORD_NAMES.get(self.kind, {}).get(name, name))

    def fullness(self) -> int:
        """How much this record holds: the fuller one is the default survivor."""
        filled = sum(1 for name in fields_of(self.kind) if not _empty(self.value(name)))
        lists = (self.emails, self.phones, self.addresses, self.web, self.relations)
        return filled + sum(len(items) for items in lists) + len(self.record.tags)


def _relations_of(session: Session, contact_id: int) -> list[RelationLine]:
    # Employers and person-person ties alike: the merge moves both, the preview shows both.
    return [
        RelationLine(r.kind, r.target_id, r.target_name, r.role)
        for r in relations_of(session, contact_id)
    ]


def load_side(
    session: Session, contact_id: int, user_country: str = "CZ", kind: str = "person"
) -> MergeSide:
    """One person (or organisation) for the merge dialog; raises RecordNotFound if gone."""
    if kind == "organization":
        return _load_organization(session, contact_id, user_country)
    record = record_of(session, Ref("person", contact_id))
    detail = contact_detail(session, contact_id, user_country)
    return MergeSide(
        id=contact_id,
        record=record,
        emails=list(detail.emails) if detail else [],
        phones=list(detail.phones) if detail else [],
        addresses=list(detail.addresses) if detail else [],
        web=list(detail.web) if detail else [],
        relations=_relations_of(session, contact_id),
    )


def _load_organization(session: Session, organization_id: int, user_country: str) -> MergeSide:
    record = record_of(session, Ref("organization", organization_id))
    detail = organization_detail(session, organization_id, user_country)
    return MergeSide(
        id=organization_id,
        record=record,
        emails=list(detail.emails) if detail else [],
        phones=list(detail.phones) if detail else [],
        addresses=list(detail.addresses) if detail else [],
        web=list(detail.web) if detail else [],
        # Every job there, as the merge moves them (people in the trash too).
        relations=[
            RelationLine("employment", job.contact_id, job.person, job.role, job.since, job.until)
            for job in jobs_at(session, organization_id)
        ],
        kind="organization",
    )


def undo_merge_from_gui(
    database: Database,
    tasks: TaskRunner,
    change_set_id: int,
    on_done: Callable[[int], object] | None = None,
    on_failure: Callable[[BaseException], object] | None = None,
) -> TaskHandle:
    """Take a merge back on the database lane; ``on_done(count)`` runs on the main thread."""

    def work(_context: TaskContext) -> int:
        with database.session_scope() as session:
            return undo_merge(session, change_set_id)

    return tasks.run(
        work, lane=DB, on_success=on_done, on_failure=on_failure, description="undo merge"
    )


# --- choosing values -------------------------------------------------------------------------


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == b""


def _richness(value: Any) -> tuple[int, int]:
    """Longer text first, then the one with diacritics ("Nováková" over "Novakova")."""
    if isinstance(value, str):
        return len(value.strip()), sum(1 for ch in value if ord(ch) > 127)
    if isinstance(value, PartialDate):
        return (1 if value.year is not None else 0), 0  # a birthday with its year is fuller
    if isinstance(value, bytes):
        return 1, 0  # a photo is a photo: the survivor's wins a tie, not the bigger file
    return 0, 0


def preferred_side(first: MergeSide, second: MergeSide, name: str, survivor: int) -> int:
    """The id whose value of ``name`` to preselect: the non-empty, the fuller, or the survivor."""
    a, b = first.value(name), second.value(name)
    if _empty(a) != _empty(b):
        return second.id if _empty(a) else first.id
    ra, rb = _richness(a), _richness(b)
    if ra != rb:
        return first.id if ra > rb else second.id
    return survivor


def default_survivor(first: MergeSide, second: MergeSide) -> int:
    """The record with more data; on a tie the older one (the lower id)."""
    fa, fb = first.fullness(), second.fullness()
    if fa != fb:
        return first.id if fa > fb else second.id
    return min(first.id, second.id)


# --- the dialog ------------------------------------------------------------------------------

_PHOTO_SIZE = 56
# The form's order (identity, work, dates and ids, then notes and photo), not merge.FIELDS'.
_ORDER = (
    "title",
    "given_name",
    "middle_name",
    "family_name",
    "suffix",
    "display_name",
    "nickname",
    "position",
    "department",
    "birthday",
    "personal_id",
    "notes",
    "photo",
)
_ORGANIZATION_ORDER = ("name", "legal_form", "country", "registry_id", "tax_id", "notes")


def _shown_order(kind: str = "person") -> list[str]:
    # A field merge.py learns later still shows up, at the end.
    order = _ORGANIZATION_ORDER if kind == "organization" else _ORDER
    fields = fields_of(kind)
    return [n for n in order if n in fields] + [n for n in fields if n not in order]


# Longer values are cut in the side-by-side view (the tooltip has them whole).
_MAX_SHOWN = 48


class MergeDialog(BackgroundDialog):
    """Two people (or two organisations) side by side: pick the survivor and each
    differing field, then merge."""

    merged = Signal(int)
    """The merge is written: its change set id (undo it with undo_merge_from_gui)."""

    PAGE_LOADING, PAGE_CHOICES, PAGE_ERROR = range(3)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        first_id: int,
        second_id: int,
        parent: QWidget | None = None,
        *,
        user_country: str = "CZ",
        kind: str = "person",
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._user_country = user_country
        self._ids = (first_id, second_id)
        self.kind = kind  # "person" | "organization": what the two ids are
        organizations = kind == "organization"
        self.sides: tuple[MergeSide, MergeSide] | None = None
        self.survivor_id: int | None = None
        self.removed_id: int | None = None
        self.change_set_id: int | None = None
        self.result_name = ""
        self._handle: TaskHandle | None = None
        self._writing = False
        self._delete_when_idle = False
        # Field -> the radio pair and its group; only fields whose values really differ.
        self._groups: dict[str, QButtonGroup] = {}
        self._touched: set[str] = set()

        self.setObjectName("mergeDialog")
        self.setWindowTitle(
            self.tr("Merge organisations") if organizations else self.tr("Merge contacts")
        )
        self.setSizeGripEnabled(True)
        self.resize(860, 700)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(10)
        self.title_label = QLabel(
            self.tr("Merge two organisations into one")
            if organizations
            else self.tr("Merge two contacts into one")
        )
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        outer.addWidget(self.title_label)
        self.hint_label = QLabel(
            self.tr(
                "Where the two differ, choose the value to keep. E-mails, phones, addresses, "
                "web links and tags of both are all kept, and everyone working at either one "
                "works at the one kept. The merge can be undone."
            )
            if organizations
            else self.tr(
                "Where the two differ, choose the value to keep. E-mails, phones, addresses, "
                "web links, tags and relations of both are all kept. The merge can be undone."
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.hint_label)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_loading_page())
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages.addWidget(self.scroll)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.error_label)
        outer.addWidget(self.pages, 1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        outer.addWidget(self.status_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        # Ctrl+Enter merges from anywhere, as Ctrl+Enter saves the contact form.
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self.merge)

        self.pages.setCurrentIndex(self.PAGE_LOADING)
        self._load()

    def _build_loading_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 40, 0, 0)
        label = QLabel(
            self.tr("Reading both organisations…")
            if self.kind == "organization"
            else self.tr("Reading both contacts…")
        )
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setFixedWidth(320)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def busy(self) -> bool:
        return self._handle is not None and not self._handle.finished

    @property
    def writing(self) -> bool:
        """True while the merge is being written (the dialog cannot close then)."""
        return self._writing

    # --- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        database, (first, second), country = self._database, self._ids, self._user_country
        kind = self.kind

        def read(_context: TaskContext) -> tuple[MergeSide, MergeSide]:
            with database.session_scope() as session:
                return (
                    load_side(session, first, country, kind),
                    load_side(session, second, country, kind),
                )

        self._handle = self._tasks.run(
            read,
            lane=IO,
            on_success=self._on_loaded,
            on_failure=self._on_load_failed,
            on_cancelled=self._on_cancelled,
            description="read contacts to merge",
        )

    def _on_cancelled(self) -> None:
        if self._delete_when_idle:
            self.deleteLater()

    def _on_load_failed(self, exc: BaseException) -> None:
        if self._delete_when_idle:
            self.deleteLater()
            return
        text = (
            self.tr("The two organisations could not be read: {reason}")
            if self.kind == "organization"
            else self.tr("The two contacts could not be read: {reason}")
        )
        self.error_label.setText(text.format(reason=exc))
        self.pages.setCurrentIndex(self.PAGE_ERROR)

    def _on_loaded(self, sides: tuple[MergeSide, MergeSide]) -> None:
        if self._delete_when_idle:
            self.deleteLater()
            return
        self.sides = sides
        first, second = sides
        self.survivor_id = default_survivor(first, second)
        self.scroll.setWidget(self._build_choices(first, second))
        self.pages.setCurrentIndex(self.PAGE_CHOICES)
        self.merge_button.setEnabled(True)
        self._update_preview()
        self.keep_radios[self.survivor_id].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the side-by-side table ----------------------------------------------------------

    def _field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "given_name": self.tr("Given name"),
            "middle_name": self.tr("Middle name"),
            "family_name": self.tr("Family name"),
            "suffix": self.tr("Suffix"),
            "display_name": self.tr("Display name"),
            "nickname": self.tr("Nickname"),
            "position": self.tr("Position"),
            "department": self.tr("Department"),
            "birthday": self.tr("Birthday"),
            "personal_id": self.tr("Personal ID"),
            "notes": self.tr("Notes"),
            "photo": self.tr("Photo"),
            "name": self.tr("Name"),
            "legal_form": self.tr("Legal form"),
            "country": self.tr("Country"),
            "registry_id": self.tr("Registry no."),
            "tax_id": self.tr("Tax no."),
        }

    def _value_text(self, name: str, value: Any) -> str:
        if _empty(value):
            return ""
        if isinstance(value, PartialDate):
            if value.year is None:
                return self.locale().toString(QDate(2000, value.month, value.day), "d MMMM")
            date = QDate(value.year, value.month, value.day)
            return self.locale().toString(date, "d MMMM yyyy")
        # One line each, cut short (the whole text is in the tooltip): the page has no
        # word wrap, so the scroll area sizes it by its size hints, which are reliable.
        text = " ".join(str(value).split())
        return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"

    def _value_widget(self, name: str, value: Any) -> QWidget:
        if name == "photo" and not _empty(value):
            label = QLabel()
            pixmap = QPixmap()
            if pixmap.loadFromData(value):
                label.setPixmap(
                    pixmap.scaled(
                        _PHOTO_SIZE,
                        _PHOTO_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                label.setText(self.tr("(a photo that cannot be shown)"))
            return label
        label = QLabel(self._value_text(name, value))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(self._tooltip(value))
        return label

    def _tooltip(self, value: Any) -> str:
        text = value if isinstance(value, str) else ""
        return text if len(" ".join(text.split())) > _MAX_SHOWN else ""

    def _build_choices(self, first: MergeSide, second: MergeSide) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(14)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(0, 110)

        # Row 0: which record lives on. Its id stays, so links to it need not move.
        self.keep_group = QButtonGroup(self)
        self.keep_radios: dict[int, QRadioButton] = {}
        keep_caption = QLabel(self.tr("Keep:"))
        keep_caption.setFont(self._bold())
        grid.addWidget(keep_caption, 0, 0)
        for column, side in ((1, first), (2, second)):
            radio = QRadioButton(
                self.tr("{name} (no. {id})").format(name=side.record.display_name, id=side.id)
            )
            radio.setFont(self._bold())
            radio.setObjectName(f"keep{column}")
            radio.setToolTip(
                self.tr("This record stays; the other one is merged into it and removed.")
            )
            radio.setAccessibleName(self.tr("Keep {name}").format(name=side.record.display_name))
            self.keep_group.addButton(radio, side.id)
            self.keep_radios[side.id] = radio
            grid.addWidget(radio, 0, column)
        self.keep_radios[self.survivor_id or first.id].setChecked(True)
        self.keep_group.idToggled.connect(self._on_survivor_toggled)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 3)

        names = self._field_names()
        row = 2
        self.field_radios: dict[str, dict[int, QRadioButton]] = {}
        for name in _shown_order(self.kind):
            a, b = first.value(name), second.value(name)
            if _empty(a) and _empty(b):
                continue  # nothing to see, nothing to choose
            caption = QLabel(names.get(name, name))
            differ = not (_empty(a) or _empty(b) or a == b)
            # Beside a radio, centred on its text; beside a long note, at its first line.
            centred = differ and name != "photo"
            vertical = Qt.AlignmentFlag.AlignVCenter if centred else Qt.AlignmentFlag.AlignTop
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(caption, row, 0)
            if not differ:
                # Nothing to decide: the one value (or the common one) is kept.
                value = b if _empty(a) else a
                widget = self._value_widget(name, value)
                if a == b:
                    grid.addWidget(widget, row, 1, 1, 2)
                else:
                    grid.addWidget(widget, row, 1 if not _empty(a) else 2)
                row += 1
                continue
            group = QButtonGroup(self)
            self._groups[name] = group
            self.field_radios[name] = {}
            for column, side, value in ((1, first, a), (2, second, b)):
                cell = self._choice_cell(name, value, group, side.id)
                grid.addWidget(cell, row, column)
            caption.setBuddy(self.field_radios[name][first.id])
            group.button(
                preferred_side(first, second, name, self.survivor_id or first.id)
            ).setChecked(True)
            group.idClicked.connect(lambda _id, name=name: self._on_field_clicked(name))
            row += 1
        layout.addLayout(grid)

        united = QLabel(self.tr("Kept from both"))
        united.setFont(self._bold())
        layout.addWidget(united)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("mergePreview")
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview_label)
        layout.addStretch(1)
        return page

    def _choice_cell(self, name: str, value: Any, group: QButtonGroup, side_id: int) -> QWidget:
        if name == "photo":
            # A radio next to the picture: the radio text cannot hold a pixmap.
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            radio = QRadioButton()
            radio.setAccessibleName(self.tr("This photo"))
            row.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self._value_widget(name, value), 0, Qt.AlignmentFlag.AlignLeft)
            row.addStretch(1)

        else:
            radio = QRadioButton(self._value_text(name, value).replace("&", "&&"))
            radio.setToolTip(self._tooltip(value))
            cell = radio
        radio.setObjectName(f"{name}_{side_id}")
        group.addButton(radio, side_id)
        self.field_radios[name][side_id] = radio
        return cell

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _on_field_clicked(self, name: str) -> None:
        self._touched.add(name)
        self._follow_display_name(name)
        self._update_preview()

    def _follow_display_name(self, name: str) -> None:
        """Picking both name parts from one side brings that side's display name along."""
        if name not in ("given_name", "family_name") or "display_name" in self._touched:
            return
        group = self._groups.get("display_name")
        if group is None or self.sides is None:
            return
        # Only the parts that differ count: an identical given name says nothing.
        picked = {
            self.chosen(part) for part in ("given_name", "family_name") if part in self._groups
        }
        if len(picked) == 1:
            winner = picked.pop()
            if winner is not None:
                group.button(winner).setChecked(True)

    def _on_survivor_toggled(self, side_id: int, checked: bool) -> None:
        if not checked or self.sides is None:
            return
        self.survivor_id = side_id
        first, second = self.sides
        for name, group in self._groups.items():
            if name not in self._touched:  # ties follow the survivor; the user's picks stay
                group.button(preferred_side(first, second, name, side_id)).setChecked(True)
        self._update_preview()

    # --- what the user chose -------------------------------------------------------------

    def chosen(self, name: str) -> int | None:
        """The id whose value of ``name`` wins, as the dialog stands (None: nothing to keep)."""
        if self.sides is None:
            return None
        group = self._groups.get(name)
        if group is not None:
            return group.checkedId()
        first, second = self.sides
        if not _empty(first.value(name)):
            return first.id
        if not _empty(second.value(name)):
            return second.id
        return None

    def choices(self) -> dict[str, int]:
        """Every field with a value, mapped to the id whose value wins (for merge_records)."""
        found = {}
        for name in fields_of(self.kind):
            winner = self.chosen(name)
            if winner is not None:
                found[name] = winner
        return found

    def choose(self, name: str, side_id: int) -> None:
        """Pick one side's value of a field as the user would with its radio."""
        self.field_radios[name][side_id].click()

    def keep(self, side_id: int) -> None:
        """Choose the survivor as the user would."""
        self.keep_radios[side_id].click()

    # --- preview of the united lists -----------------------------------------------------

    def _update_preview(self) -> None:
        if self.sides is None:
            return
        first, second = self.sides
        survivor = first if self.survivor_id == first.id else second
        other = second if survivor is first else first
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        sections = []

        def method_lines(items: list[tuple[MethodLine, bool]]) -> list[str]:
            return [
                # Addresses come in postal lines; one line each reads better in a list.
                html.escape(", ".join(part for part in m.value.splitlines() if part.strip()))
                + (
                    f' <span style="color:{muted}">· {html.escape(m.label)}</span>'
                    if m.label
                    else ""
                )
                + (f' <span style="color:{muted}">{self._new_mark()}</span>' if new else "")
                for m, new in items
            ]

        for caption, kind, key in (
            (self.tr("E-mails"), "emails", lambda m: m.value.strip().lower()),
            (self.tr("Phones"), "phones", _phone_key),
            (self.tr("Addresses"), "addresses", lambda m: fold(m.value)),
            (self.tr("Web"), "web", lambda m: m.value.rstrip("/").lower()),
        ):
            items = _united(getattr(survivor, kind), getattr(other, kind), key)
            if items:
                sections.append((caption, method_lines(items)))
        tags = _united(survivor.record.tags, other.record.tags, lambda t: t)
        if tags:
            sections.append(
                (
                    self.tr("Tags"),
                    [
                        html.escape(t)
                        + (f' <span style="color:{muted}">{self._new_mark()}</span>' if new else "")
                        for t, new in tags
                    ],
                )
            )
        if self.kind == "organization":
            # One job recorded at both is one job after the merge (see merge.job_key).
            relations = _united(
                survivor.relations,
                other.relations,
                lambda r: job_key(r.target_id, r.role, r.since, r.until),
            )
        else:
            # A tie between the two merged records disappears with the merge.
            pair = (first.id, second.id)
            relations = _united(
                [r for r in survivor.relations if r.kind != "personal" or r.target_id not in pair],
                [r for r in other.relations if r.kind != "personal" or r.target_id not in pair],
                lambda r: (r.kind, r.target_id, r.role),
            )
        relation_lines = [
            html.escape(self._relation_text(r))
            + (f' <span style="color:{muted}">{self._new_mark()}</span>' if new else "")
            for r, new in relations
        ]
        if relation_lines:
            caption = self.tr("People") if self.kind == "organization" else self.tr("Relations")
            sections.append((caption, relation_lines))
        if not sections:
            self.preview_label.setText(
                html.escape(self.tr("Neither has e-mails, phones, addresses or tags."))
            )
            return
        rows = "".join(
            f'<tr><td style="padding:2px 16px 6px 0; color:{muted}">{html.escape(caption)}</td>'
            f'<td style="padding:2px 0 6px 0">{"<br>".join(lines)}</td></tr>'
            for caption, lines in sections
        )
        self.preview_label.setText(f"<table>{rows}</table>")

    def _new_mark(self) -> str:
        # Which items the survivor gains: the user sees that nothing of the other is lost.
        return html.escape(self.tr("· from the other record"))

    def _relation_text(self, relation: RelationLine) -> str:
        if self.kind == "organization":  # a job there: the person, the role, a past job's end
            text = relation.target
            if relation.role:
                text = self.tr("{person}, {role}").format(person=text, role=relation.role)
            if relation.until is not None:
                day = QDate(relation.until.year, relation.until.month, relation.until.day)
                text = self.tr("{job} (until {date})").format(
                    job=text, date=self.locale().toString(day, "d MMMM yyyy")
                )
            return text
        if relation.kind == "employment":
            if relation.role:
                return self.tr("{role} at {organization}").format(
                    role=relation.role, organization=relation.target
                )
            return self.tr("works at {organization}").format(organization=relation.target)
        if relation.role:
            return self.tr("{role}: {person}").format(role=relation.role, person=relation.target)
        return self.tr("related to {person}").format(person=relation.target)

    # --- merging -------------------------------------------------------------------------

    def merge(self) -> None:
        """Write the merge on the database lane; ``merged`` is emitted when it is done."""
        if self.sides is None or self._writing or self.survivor_id is None:
            return
        first, second = self.sides
        survivor = self.survivor_id
        other = second.id if survivor == first.id else first.id
        choices = self.choices()
        winner = self.chosen("name" if self.kind == "organization" else "display_name")
        names = {first.id: first.record.display_name, second.id: second.record.display_name}
        self.result_name = names.get(winner or survivor, names[survivor])
        database, kind = self._database, self.kind

        def work(_context: TaskContext) -> int:
            with database.session_scope() as session:
                return merge_records(session, kind, survivor, other, choices)

        self._writing = True
        self.merge_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Merging…"))
        self.status_label.setVisible(True)
        self._handle = self._tasks.run(
            work,
            lane=DB,
            on_success=lambda change_set_id: self._on_merged(survivor, other, change_set_id),
            on_failure=self._on_merge_failed,
            description="merge contacts",
        )

    def _on_merged(self, survivor: int, other: int, change_set_id: int) -> None:
        self._writing = False
        self.survivor_id, self.removed_id = survivor, other
        self.change_set_id = change_set_id
        self.merged.emit(change_set_id)
        if self._delete_when_idle:
            self.deleteLater()
            return
        self.accept()

    def _on_merge_failed(self, exc: BaseException) -> None:
        self._writing = False
        if self._delete_when_idle:
            self.deleteLater()
            return
        reason = str(exc) if isinstance(exc, KnownError) else self.tr("an unexpected error")
        self.status_label.setText(
            self.tr("The merge did not happen ({reason}). Nothing was changed.").format(
                reason=reason
            )
        )
        self.merge_button.setEnabled(True)
        self.cancel_button.setEnabled(True)

    # --- closing -------------------------------------------------------------------------

    def writing_now(self) -> bool:
        return self._writing  # a merge in progress finishes whole

    def cancel_work(self) -> None:
        if self._handle is not None:
            self._handle.cancel()


def _phone_key(line: MethodLine) -> str:
    return "".join(ch for ch in line.value if ch.isdigit() or ch == "+")


def _united(
    mine: list[Any], theirs: list[Any], key: Callable[[Any], Any]
) -> list[tuple[Any, bool]]:
    """The survivor's items, then the other's not already there; True marks the latter."""
    seen = {key(item) for item in mine}
    result: list[tuple[Any, bool]] = [(item, False) for item in mine]
    for item in theirs:
        k = key(item)
        if k not in seen:
            seen.add(k)
            result.append((item, True))
    return result


def run_merge(
    parent_window: QWidget,
    first_id: int,
    second_id: int,
    on_merged: Callable[[int], object] | None = None,
    *,
    kind: str = "person",
) -> MergeDialog:
    """Open the merge dialog for two people or two organisations (``kind``); non-modal,
    deletes itself when closed."""
    dialog = MergeDialog(
        parent_window.database,  # type: ignore[attr-defined]
        parent_window.tasks,  # type: ignore[attr-defined]
        first_id,
        second_id,
        parent_window,
        kind=kind,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_merged is not None:
        dialog.merged.connect(on_merged)
    dialog.open()
    return dialog


__all__ = [
    "MergeDialog",
    "MergeSide",
    "RelationLine",
    "default_survivor",
    "load_side",
    "preferred_side",
    "run_merge",
    "undo_merge_from_gui",
]
