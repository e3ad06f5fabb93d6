"""The form that creates and edits a person or an organisation, with messages beside fields."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.interop.records import Address, ContactRecord, Labeled, PartialDate
from smallcrm.core.services.address_book import NO_YEAR, Ref
from smallcrm.core.validation import InvalidValue, check_email, check_id, format_phone, parse_phone
from smallcrm.gui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

DEFAULT_COUNTRY = "CZ"
# The date an empty birthday field holds; the field shows it as blank.
_NO_DATE = QDate(1800, 1, 1)

Validator = Callable[[], "Check | None"]


@dataclass(frozen=True)
class Check:
    """What a field's check found: a message, and whether it stops the form from saving."""

    message: str
    blocking: bool = True


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the record it wrote and the change set that undoes it."""

    ref: Ref
    change_set_id: int


def save_contact(
    database: Database, record: ContactRecord, default_country: str, ref: Ref | None
) -> SaveResult:
    """Write the record in one transaction, recorded as one change set so it can be undone.

    Runs on the database lane; gets and returns plain data only.
    """
    from smallcrm.core.services.address_book import ChangeRecorder, display_name_of, save_record

    name = display_name_of(record)
    with database.session_scope() as session:
        label = f"Edit of {name}" if ref is not None else f"New contact {name}"
        recorder = ChangeRecorder(session, "edit", label)
        if ref is not None:
            recorder.before_update(ref)
        saved = save_record(session, record, default_country, ref, recorder=recorder)
        if ref is None:
            recorder.created(saved)
        return SaveResult(saved, recorder.id)


def error_color(widget: QWidget) -> QColor:
    """A red that reads on light and dark windows alike."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return QColor("#c62828") if window.lightness() > 128 else QColor("#ef6c6c")


class FieldMessage(QLabel):
    """The message under a field: red when it blocks saving, muted when it only informs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.blocking = False
        self.setVisible(False)

    def show_check(self, check: Check | None) -> None:
        self.blocking = bool(check and check.blocking)
        if check is None:
            self.clear()
            self.setVisible(False)
            return
        palette = self.palette()
        color = (
            error_color(self)
            if check.blocking
            else self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.setPalette(palette)
        self.setText(check.message)
        self.setVisible(True)


@dataclass
class _Rule:
    field: QWidget  # what gets focus when the rule fails
    check: Validator
    message: FieldMessage


class _LabelCombo(QComboBox):
    """An editable label: the usual ones translated, stored as their English keys."""

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = {
            "work": self.tr("work"),
            "home": self.tr("home"),
            "mobile": self.tr("mobile"),
            "fax": self.tr("fax"),
            "other": self.tr("other"),
        }
        for key in keys:
            self.addItem(names[key], key)
        self.setCurrentIndex(0)
        self.setMinimumContentsLength(7)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setAccessibleName(self.tr("Label"))

    def key(self) -> str:
        text = self.currentText().strip()
        found = self.findText(text)
        if found >= 0:
            return str(self.itemData(found))
        return text

    def set_key(self, key: str) -> None:
        found = self.findData(key.lower()) if key else 0
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setEditText(key)


class _Row(QWidget):
    """One e-mail, phone, web link or address in a list editor, with its message below."""

    removeRequested = Signal(object)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        keys = {
            "email": ("work", "home", "other"),
            "phone": ("mobile", "work", "home", "fax", "other"),
            "web": ("work", "home", "other"),
            "address": ("work", "home", "other"),
        }[kind]
        self.label = _LabelCombo(keys)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        self.message = FieldMessage()
        self.value = QLineEdit()
        self.value.setObjectName(f"{kind}Value")
        if kind == "address":
            self.value.setPlaceholderText(self.tr("Street and number"))
            self.value.setAccessibleName(self.tr("Street"))
            self.postcode = QLineEdit()
            self.postcode.setPlaceholderText(self.tr("Postcode"))
            self.postcode.setAccessibleName(self.tr("Postcode"))
            self.postcode.setMaximumWidth(90)
            self.city = QLineEdit()
            self.city.setPlaceholderText(self.tr("City"))
            self.city.setAccessibleName(self.tr("City"))
            self.region = QLineEdit()
            self.region.setPlaceholderText(self.tr("Region"))
            self.region.setAccessibleName(self.tr("Region"))
            self.country = QLineEdit()
            self.country.setPlaceholderText(self.tr("Country"))
            self.country.setAccessibleName(self.tr("Country"))
            self.country.setMaximumWidth(90)
            layout.addWidget(self.label, 0, 0)
            layout.addWidget(self.value, 0, 1, 1, 3)
            layout.addWidget(self.remove_button, 0, 4)
            layout.addWidget(self.postcode, 1, 1)
            layout.addWidget(self.city, 1, 2, 1, 2)
            layout.addWidget(self.region, 2, 1, 1, 2)
            layout.addWidget(self.country, 2, 3)
            layout.setColumnStretch(2, 1)
            layout.addWidget(self.message, 3, 1, 1, 3)
        else:
            placeholder = {
                "email": self.tr("name@example.com"),
                "phone": self.tr("+420 602 123 456"),
                "web": self.tr("https://"),
            }[kind]
            self.value.setPlaceholderText(placeholder)
            self.value.setAccessibleName(
                {"email": self.tr("E-mail"), "phone": self.tr("Phone"), "web": self.tr("Web")}[kind]
            )
            layout.addWidget(self.label, 0, 0)
            layout.addWidget(self.value, 0, 1)
            layout.addWidget(self.remove_button, 0, 2)
            layout.addWidget(self.message, 1, 1)
            layout.setColumnStretch(1, 1)

    def widgets_in_order(self) -> list[QWidget]:
        if self.kind == "address":
            return [
                self.label,
                self.value,
                self.postcode,
                self.city,
                self.region,
                self.country,
                self.remove_button,
            ]
        return [self.label, self.value, self.remove_button]

    def is_empty(self) -> bool:
        if self.kind == "address":
            parts = (self.value, self.postcode, self.city, self.region, self.country)
            return not any(p.text().strip() for p in parts)
        return not self.value.text().strip()


class _ListEditor(QWidget):
    """Any number of rows of one kind, with an Add button below them."""

    changed = Signal()

    def __init__(self, kind: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.rows: list[_Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(8)
        layout.addLayout(self._rows_layout)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"add_{kind}")
        self.add_button.setAutoDefault(False)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self._add_and_focus)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_and_focus(self) -> None:
        self.add_row().value.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_row(self) -> _Row:
        row = _Row(self.kind)
        row.removeRequested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # at once, not at the next event loop turn: it may get focus right away
        self.changed.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.changed.emit()

    def widgets_in_order(self) -> list[QWidget]:
        out: list[QWidget] = []
        for row in self.rows:
            out += row.widgets_in_order()
        return [*out, self.add_button]


class ContactForm(QWidget):
    """Create or edit one person (``kind="person"``) or organisation.

    Messages appear beside the fields they concern; Save stays disabled while a field's
    message blocks it. Saving runs ``address_book.save_record`` on the task runner's
    database lane (or at once without a runner) and emits ``saved``.
    """

    saved = Signal(int, int)  # list key (person id, or organisation id negated), change set
    cancelled = Signal()

    def __init__(
        self,
        database: Database,
        kind: str = "person",
        ref: Ref | None = None,
        *,
        tasks: TaskRunner | None = None,
        default_country: str = DEFAULT_COUNTRY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._ref = ref
        self.kind = ref.kind if ref is not None else kind
        self.default_country = default_country
        self._rules: list[_Rule] = []
        self._saving = False
        self._original = ContactRecord(kind="person" if self.kind == "person" else "organization")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("formBody")
        scroll.setWidget(body)
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(20, 16, 20, 16)
        self._body.setSpacing(10)
        outer.addWidget(scroll, 1)

        self._order: list[QWidget] = []
        if self.kind == "person":
            self._build_person()
        else:
            self._build_organization()
        self._body.addStretch(1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 10, 20, 12)
        buttons.setSpacing(8)
        self.banner = FieldMessage()
        self.banner.setObjectName("formBanner")
        buttons.addWidget(self.banner, 1)
        buttons.addStretch(1)  # keeps the buttons at their natural size when no banner
        self.hint_label = QLabel(self.tr("Ctrl+Enter saves, Esc cancels"))
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons.addWidget(self.hint_label)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("formCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("formSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        if ref is not None:
            self._load(ref)
        for editor in self._editors():
            if not editor.rows:
                editor.add_row()
        self._wire_rows()
        self._update_tab_order()
        self._update_save_button()

    # --- building ------------------------------------------------------------------------

    def _section(self, title: str) -> QFormLayout:
        """A bold caption row; all sections share one form so their labels line up."""
        form = getattr(self, "_form", None)
        if form is None:
            form = self._form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(6)
            self._body.addLayout(form)
        caption = QLabel(title)
        font = caption.font()
        font.setWeight(font.Weight.DemiBold)
        caption.setFont(font)
        if form.rowCount():
            caption.setContentsMargins(0, 12, 0, 0)
        form.addRow(caption)
        return form

    def _row(
        self,
        form: QFormLayout,
        label: str,
        field: QWidget,
        name: str,
        check: Validator | None = None,
    ) -> FieldMessage:
        """Add ``field`` under ``label`` (its buddy), with a message line below it."""
        field.setObjectName(name)
        caption = QLabel(label)
        caption.setBuddy(field)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        message = FieldMessage()
        message.setObjectName(f"{name}Message")
        column.addWidget(message)
        form.addRow(caption, holder)
        self._order.append(field)
        if check is not None:
            self._add_rule(field, check, message)
        return message

    def _add_rule(self, field: QWidget, check: Validator, message: FieldMessage) -> None:
        rule = _Rule(field, check, message)
        self._rules.append(rule)
        if isinstance(field, QLineEdit):
            field.editingFinished.connect(lambda: self._run(rule))
            # Once a message shows, it follows the typing, so it goes away when fixed.
            field.textChanged.connect(lambda _t: self._run(rule) if rule.message.text() else None)

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _build_person(self) -> None:
        form = self._section(self.tr("Name"))
        self.title_edit = self._line(self.tr("e.g. JUDr., Ing."))
        self._row(form, self.tr("&Title:"), self.title_edit, "title")
        self.given_edit = self._line()
        self._row(form, self.tr("&Given name:"), self.given_edit, "givenName", self._check_name)
        self.middle_edit = self._line()
        self._row(form, self.tr("&Middle name:"), self.middle_edit, "middleName")
        self.family_edit = self._line()
        self._row(form, self.tr("&Family name:"), self.family_edit, "familyName")
        self.suffix_edit = self._line(self.tr("e.g. Ph.D."))
        self._row(form, self.tr("Su&ffix:"), self.suffix_edit, "suffix")
        self.display_edit = self._line(self.tr("Made from the name if left empty"))
        self._row(form, self.tr("&Display name:"), self.display_edit, "displayName")

        form = self._section(self.tr("Work"))
        self.organization_combo = QComboBox()
        self.organization_combo.setEditable(True)
        self.organization_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization_combo.addItem("")
        self.organization_combo.addItems(self._organization_names())
        self.organization_combo.setCurrentIndex(0)
        completer = QCompleter(self.organization_combo.model(), self.organization_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization_combo.setCompleter(completer)
        self.organization_combo.lineEdit().setPlaceholderText(
            self.tr("Pick one or type a new name")
        )
        self._row(form, self.tr("&Organisation:"), self.organization_combo, "organization")
        self.position_edit = self._line()
        self._row(form, self.tr("&Position:"), self.position_edit, "position")
        self.department_edit = self._line()
        self._row(form, self.tr("Dep&artment:"), self.department_edit, "department")

        self._build_methods()

        form = self._section(self.tr("Other"))
        birthday = QWidget()
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.birthday_edit = QDateEdit()
        self.birthday_edit.setMinimumDate(_NO_DATE)
        self.birthday_edit.setSpecialValueText(self.tr("not known"))
        self.birthday_edit.setCalendarPopup(True)
        self.birthday_edit.setDate(_NO_DATE)
        self.birthday_edit.setDisplayFormat("d. M. yyyy")
        self.birthday_edit.setMinimumWidth(140)
        self.no_year_check = QCheckBox(self.tr("&Year unknown"))
        self.no_year_check.setObjectName("birthdayNoYear")
        self.no_year_check.toggled.connect(self._on_no_year)
        self.clear_birthday_button = QToolButton()
        self.clear_birthday_button.setText(self.tr("Clear"))
        self.clear_birthday_button.setToolTip(self.tr("No birthday"))
        self.clear_birthday_button.clicked.connect(lambda: self.birthday_edit.setDate(_NO_DATE))
        row.addWidget(self.birthday_edit)
        row.addWidget(self.no_year_check)
        row.addWidget(self.clear_birthday_button)
        row.addStretch(1)
        caption = QLabel(self.tr("&Birthday:"))
        caption.setBuddy(self.birthday_edit)
        form.addRow(caption, birthday)
        self.birthday_edit.setObjectName("birthday")
        self._order += [self.birthday_edit, self.no_year_check, self.clear_birthday_button]

        self.personal_id_edit = self._line(self.tr("Birth number, PESEL, OIB"))
        self._row(
            form,
            self.tr("Pe&rsonal number:"),
            self.personal_id_edit,
            "personalId",
            lambda: self._check_number("personal", self.personal_id_edit, self.default_country),
        )
        self._build_tags_notes(form)

    def _build_organization(self) -> None:
        form = self._section(self.tr("Organisation"))
        self.name_edit = self._line()
        self._row(form, self.tr("&Name:"), self.name_edit, "organizationName", self._check_name)
        self.legal_form_combo = QComboBox()
        self.legal_form_combo.setEditable(True)
        self.legal_form_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.legal_form_combo.addItems(
            ["", "s.r.o.", "a.s.", "v.o.s.", "k.s.", "sp. z o.o.", "S.A.", "d.o.o.", "d.d.", "ТОВ"]
        )
        self._row(form, self.tr("&Legal form:"), self.legal_form_combo, "legalForm")
        self.country_combo = QComboBox()
        for code, name in self._countries():
            self.country_combo.addItem(f"{name} ({code})" if code else name, code)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(DEFAULT_COUNTRY), 0))
        self._row(form, self.tr("C&ountry:"), self.country_combo, "country")
        self.registry_edit = self._line(self.tr("IČO, REGON, OIB, EDRPOU"))
        self._row(
            form,
            self.tr("&Registry no.:"),
            self.registry_edit,
            "registryId",
            lambda: self._check_number("registry", self.registry_edit, self.country()),
        )
        self.tax_edit = self._line(self.tr("DIČ, NIP, IČ DPH"))
        self._row(
            form,
            self.tr("&Tax no.:"),
            self.tax_edit,
            "taxId",
            lambda: self._check_number("tax", self.tax_edit, self.country()),
        )
        self.country_combo.currentIndexChanged.connect(self._on_country)

        self._build_methods()
        form = self._section(self.tr("Other"))
        self._build_tags_notes(form)

    def _build_methods(self) -> None:
        form = self._section(self.tr("Contact"))
        self.emails = _ListEditor("email", self.tr("Add e-&mail"))
        self.phones = _ListEditor("phone", self.tr("Add p&hone"))
        self.addresses = _ListEditor("address", self.tr("Add addr&ess"))
        self.urls = _ListEditor("web", self.tr("Add &web link"))
        for title, editor in (
            (self.tr("E-mail:"), self.emails),
            (self.tr("Phone:"), self.phones),
            (self.tr("Address:"), self.addresses),
            (self.tr("Web:"), self.urls),
        ):
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            caption.setContentsMargins(0, 4, 0, 0)
            form.addRow(caption, editor)
            editor.changed.connect(self._wire_rows)
            self._order.append(editor)

    def _build_tags_notes(self, form: QFormLayout) -> None:
        self.tags_edit = self._line(self.tr("Separated by commas, e.g. client, VIP"))
        self._row(form, self.tr("Ta&gs:"), self.tags_edit, "tags")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self._row(form, self.tr("&Notes:"), self.notes_edit, "notes")

    def _countries(self) -> list[tuple[str, str]]:
        return [
            ("CZ", self.tr("Czechia")),
            ("SK", self.tr("Slovakia")),
            ("PL", self.tr("Poland")),
            ("HR", self.tr("Croatia")),
            ("UA", self.tr("Ukraine")),
            ("AT", self.tr("Austria")),
            ("DE", self.tr("Germany")),
            ("HU", self.tr("Hungary")),
            ("SI", self.tr("Slovenia")),
            ("", self.tr("Other")),
        ]

    def _organization_names(self) -> list[str]:
        from smallcrm.core.services.contacts import organization_names

        with self._database.session_scope() as session:
            return organization_names(session)

    def _editors(self) -> list[_ListEditor]:
        return [self.emails, self.phones, self.addresses, self.urls]

    def _wire_rows(self) -> None:
        """Give every row its check (once) and keep the tab order in reading order."""
        known = {id(rule.field) for rule in self._rules}
        for editor in self._editors():
            for row in editor.rows:
                if id(row.value) in known:
                    continue
                if row.kind == "email":
                    self._add_rule(row.value, lambda row=row: self._check_email(row), row.message)
                elif row.kind == "phone":
                    self._add_rule(row.value, lambda row=row: self._check_phone(row), row.message)
        alive = {id(r.value) for e in self._editors() for r in e.rows}
        self._rules = [
            r for r in self._rules if not isinstance(r.field.parent(), _Row) or id(r.field) in alive
        ]
        self._update_tab_order()
        self._update_save_button()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = []
        for widget in self._order:
            chain += widget.widgets_in_order() if isinstance(widget, _ListEditor) else [widget]
        chain += [self.cancel_button, self.save_button] if hasattr(self, "save_button") else []
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- checks --------------------------------------------------------------------------

    def country(self) -> str:
        """The organisation's country, which decides how its numbers are checked."""
        if self.kind != "person":
            return str(self.country_combo.currentData() or "")
        return self.default_country

    def _check_name(self) -> Check | None:
        if self.kind == "person":
            parts = (self.given_edit, self.middle_edit, self.family_edit, self.display_edit)
            if any(p.text().strip() for p in parts):
                return None
            if self.organization_combo.currentText().strip():
                return None
            if any(not r.is_empty() for e in (self.emails, self.phones) for r in e.rows):
                return None
            return Check(self.tr("Enter a name (or at least an e-mail or a phone)."))
        if not self.name_edit.text().strip():
            return Check(self.tr("Enter the organisation's name."))
        return None

    def _check_number(self, kind: str, edit: QLineEdit, country: str) -> Check | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            check_id(kind, text, country)
        except InvalidValue as exc:
            return Check(self._id_message(kind, country, str(exc)))
        return None

    def _id_message(self, kind: str, country: str, core_message: str) -> str:
        """The core's message, in the user's language when it is one of the usual ones."""
        if "8 digits" in core_message:
            return self.tr("An IČO has 8 digits.")
        if "check digit" in core_message:
            return self.tr("This number is not valid: its check digit is wrong.")
        if "wrong number of digits" in core_message:
            return self.tr("This number is not valid: it has the wrong number of digits.")
        if "characters" in core_message:
            return self.tr("This number has characters that do not belong there.")
        return self.tr("This number is not valid.")

    def _check_email(self, row: _Row) -> Check | None:
        text = row.value.text().strip()
        if not text:
            return None
        try:
            check_email(text)
        except InvalidValue:
            return Check(self.tr("This e-mail address is not complete (name@domain.tld)."))
        return None

    def _check_phone(self, row: _Row) -> Check | None:
        text = row.value.text().strip()
        if not text:
            return None
        phone = parse_phone(text, self.country() or DEFAULT_COUNTRY)
        if phone.e164 is None:
            # Not blocking: an odd extension or a note is still worth keeping as typed.
            return Check(self.tr("Not a number we can read; it is kept as typed."), False)
        shown = format_phone(phone.e164, self.default_country)
        if shown != text and not row.value.hasFocus():
            row.value.setText(shown)
        return None

    def _run(self, rule: _Rule) -> Check | None:
        result = rule.check()
        rule.message.show_check(result)
        self._update_save_button()
        return result

    def _on_country(self) -> None:
        for rule in self._rules:
            if rule.field in (self.registry_edit, self.tax_edit):
                self._run(rule)

    def _on_no_year(self, checked: bool) -> None:
        self.birthday_edit.setDisplayFormat("d. M." if checked else "d. M. yyyy")

    def validate(self) -> QWidget | None:
        """Check every field and show the messages; the first field that blocks, or None."""
        first = None
        for rule in self._rules:
            result = self._run(rule)
            if result is not None and result.blocking and first is None:
                first = rule.field
        return first

    def has_errors(self) -> bool:
        return any(rule.message.blocking for rule in self._rules)

    def _update_save_button(self) -> None:
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(not self._saving and not self.has_errors())

    # --- data ----------------------------------------------------------------------------

    def _load(self, ref: Ref) -> None:
        from smallcrm.core.services.address_book import record_of

        with self._database.session_scope() as session:
            record = record_of(session, ref)
        self._original = record
        self.set_record(record)

    def set_record(self, record: ContactRecord) -> None:
        """Fill the fields from a record (editing, or a test's prepared data)."""
        if self.kind == "person":
            self.title_edit.setText(record.title)
            self.given_edit.setText(record.given_name)
            self.middle_edit.setText(record.middle_name)
            self.family_edit.setText(record.family_name)
            self.suffix_edit.setText(record.suffix)
            parts = (record.given_name, record.middle_name, record.family_name)
            made = " ".join(p for p in parts if p)
            # A display name that is just the parts stays empty, so it follows name edits.
            self.display_edit.setText("" if record.display_name == made else record.display_name)
            self.organization_combo.setEditText(record.organization)
            self.position_edit.setText(record.position)
            self.department_edit.setText(record.department)
            if record.birthday is not None:
                b = record.birthday
                self.no_year_check.setChecked(b.year is None)
                self.birthday_edit.setDate(QDate(b.year or NO_YEAR, b.month, b.day))
            self.personal_id_edit.setText(record.ids.get("personal", ""))
        else:
            self.name_edit.setText(record.display_name or record.organization)
            self.registry_edit.setText(record.ids.get("registry", ""))
            self.tax_edit.setText(record.ids.get("tax", "") or record.ids.get("vat", ""))
            self.legal_form_combo.setEditText(record.legal_form)
            found = self.country_combo.findData(record.country or DEFAULT_COUNTRY)
            self.country_combo.setCurrentIndex(
                found if found >= 0 else self.country_combo.findData("")
            )
        for editor, items in (
            (self.emails, record.emails),
            (self.phones, record.phones),
            (self.urls, record.urls),
        ):
            for item in items:
                row = editor.add_row()
                row.label.set_key(item.label)
                text = item.value
                if editor is self.phones:
                    phone = parse_phone(text, self.default_country)
                    text = format_phone(phone.e164, self.default_country) if phone.e164 else text
                row.value.setText(text)
        for address in record.addresses:
            row = self.addresses.add_row()
            row.label.set_key(address.label)
            row.value.setText(address.street)
            row.postcode.setText(address.postcode)
            row.city.setText(address.city)
            row.region.setText(address.region)
            row.country.setText(address.country)
        self.tags_edit.setText(", ".join(record.tags))
        self.notes_edit.setPlainText(record.notes)

    def record(self) -> ContactRecord:
        """The record the fields describe; fields the form does not show are kept."""
        record = copy.deepcopy(self._original)
        if self.kind == "person":
            record.kind = "person"
            record.title = self.title_edit.text().strip()
            record.given_name = self.given_edit.text().strip()
            record.middle_name = self.middle_edit.text().strip()
            record.family_name = self.family_edit.text().strip()
            record.suffix = self.suffix_edit.text().strip()
            record.display_name = self.display_edit.text().strip()
            record.organization = self.organization_combo.currentText().strip()
            record.position = self.position_edit.text().strip()
            record.department = self.department_edit.text().strip()
            date = self.birthday_edit.date()
            if date == _NO_DATE:
                record.birthday = None
            else:
                year = None if self.no_year_check.isChecked() else date.year()
                record.birthday = PartialDate(date.month(), date.day(), year)
            self._set_id(record, "personal", self.personal_id_edit, self.default_country)
        else:
            record.kind = "organization"
            record.display_name = self.name_edit.text().strip()
            record.organization = record.display_name
            record.ids.pop("vat", None)
            record.legal_form = self.legal_form_combo.currentText().strip()
            record.country = self.country()
            self._set_id(record, "registry", self.registry_edit, self.country())
            self._set_id(record, "tax", self.tax_edit, self.country())
        record.emails = self._labeled(self.emails)
        record.phones = self._labeled(self.phones)
        record.urls = self._labeled(self.urls)
        record.addresses = [
            Address(
                street=r.value.text().strip(),
                postcode=r.postcode.text().strip(),
                city=r.city.text().strip(),
                region=r.region.text().strip(),
                country=r.country.text().strip(),
                label=r.label.key(),
            )
            for r in self.addresses.rows
            if not r.is_empty()
        ]
        record.tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        record.notes = self.notes_edit.toPlainText().strip()
        return record

    @staticmethod
    def _labeled(editor: _ListEditor) -> list[Labeled]:
        return [
            Labeled(r.value.text().strip(), r.label.key()) for r in editor.rows if not r.is_empty()
        ]

    @staticmethod
    def _set_id(record: ContactRecord, kind: str, edit: QLineEdit, country: str) -> None:
        text = edit.text().strip()
        if not text:
            record.ids.pop(kind, None)
            return
        try:
            record.ids[kind] = check_id(kind, text, country).value
        except InvalidValue:
            record.ids[kind] = text  # validate() has refused it before we get here

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Check everything; save if nothing blocks, else put the cursor on the first problem."""
        if self._saving:
            return
        bad = self.validate()
        if bad is not None:
            self.banner.show_check(Check(self.tr("Please correct the marked fields.")))
            bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.banner.show_check(None)
        record = self.record()
        self._saving = True
        self._update_save_button()
        database, country, ref = self._database, self.default_country, self._ref
        if self._tasks is None:
            try:
                result = save_contact(database, record, country, ref)
            except Exception as exc:
                self._save_failed(exc)
                return
            self._save_done(result)
            return

        def work(_context: TaskContext) -> SaveResult:
            return save_contact(database, record, country, ref)

        self._tasks.run(
            work,
            lane="db",
            on_success=self._save_done,
            on_failure=self._save_failed,
            description="save contact",
        )

    def _save_done(self, result: SaveResult) -> None:
        self._saving = False
        self._ref = result.ref
        self._update_save_button()
        key = result.ref.id if result.ref.kind == "person" else -result.ref.id
        self.saved.emit(key, result.change_set_id)

    def _save_failed(self, exc: BaseException) -> None:
        from smallcrm.core.errors import KnownError

        self._saving = False
        self._update_save_button()
        if isinstance(exc, KnownError):
            self.banner.show_check(Check(str(exc)))
            return
        log.error("Saving a contact failed", exc_info=exc)
        self.banner.show_check(Check(self.tr("The contact could not be saved; see the log.")))

    @property
    def ref(self) -> Ref | None:
        return self._ref


class ContactFormDialog(QDialog):
    """The form in a window of its own: Esc cancels, Ctrl+Enter saves."""

    saved = Signal(int, int)

    def __init__(
        self,
        database: Database,
        kind: str = "person",
        ref: Ref | None = None,
        *,
        tasks: TaskRunner | None = None,
        default_country: str = DEFAULT_COUNTRY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactFormDialog")
        self.form = ContactForm(
            database, kind, ref, tasks=tasks, default_country=default_country, parent=self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        if ref is None:
            title = self.tr("New person") if kind == "person" else self.tr("New organisation")
        else:
            title = self.tr("Edit {name}").format(name=self._name())
        self.setWindowTitle(title)
        self.form.saved.connect(self._on_saved)
        self.form.cancelled.connect(self.reject)
        self.resize(620, 720)

    def _name(self) -> str:
        from smallcrm.core.services.address_book import display_name_of

        return display_name_of(self.form.record())

    def _on_saved(self, key: int, change_set_id: int) -> None:
        self.saved.emit(key, change_set_id)
        self.accept()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt's event type
        super().showEvent(event)
        first = self.form.given_edit if self.form.kind == "person" else self.form.name_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)
