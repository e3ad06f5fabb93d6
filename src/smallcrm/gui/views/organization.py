"""The organisation page: its name, numbers, contact methods and a table of its people."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.contacts import MethodLine, OrganizationDetail
from smallcrm.gui.settings import country_of
from smallcrm.gui.widgets.activity_panel import ActivityPanel
from smallcrm.gui.widgets.contact_detail import avatar_pixmap
from smallcrm.gui.widgets.follow_ups import RemindMenu
from smallcrm.gui.widgets.icons import icon

_PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class _PeopleTable(QTableWidget):
    """Enter opens the person in the current row, like a double click."""

    activatedRow = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activatedRow.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class OrganizationView(QWidget):
    """One organisation; ``show_organization(id)`` loads it (a few small queries)."""

    personRequested = Signal(int)  # a contact id
    matterRequested = Signal(int)  # a matter's id, from the "Matters" row
    backRequested = Signal()
    editRequested = Signal(int)  # the organisation's id

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.organization_id: int | None = None
        self.detail: OrganizationDetail | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)

        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back to contacts"))
        self.back_button.setObjectName("organizationBack")
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.remind_button = QPushButton(icon("remind"), self.tr("&Remind me"))
        self.remind_button.setObjectName("organizationRemind")
        self.remind_button.setToolTip(self.tr("Remind me to follow up in a few days"))
        self.remind_button.setMenu(RemindMenu(self.remind_button))
        bar.addWidget(self.remind_button)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("organizationEdit")
        self.edit_button.clicked.connect(self._edit)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)

        header = QHBoxLayout()
        header.setSpacing(14)
        self.avatar = QLabel()
        self.avatar.setFixedSize(56, 56)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.name_label = QLabel()
        self.name_label.setObjectName("organizationName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle_label)
        titles.addStretch(1)
        header.addLayout(titles, 1)
        layout.addLayout(header)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        layout.addLayout(self.grid)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        # People and the timeline share the page as tabs; the tab shows the people count.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("organizationTabs")
        self.tabs.setDocumentMode(True)
        people_page = QWidget()
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(0, 8, 0, 0)
        self.tabs.addTab(people_page, self.tr("People"))
        self.activity = ActivityPanel(database)
        self.activity.setContentsMargins(0, 8, 0, 0)
        self.tabs.addTab(self.activity, self.tr("Timeline"))
        self.remind_button.menu().daysChosen.connect(self.activity.timeline.remind)
        layout.addWidget(self.tabs, 1)

        self.people_label = QLabel()  # its text names the People tab
        font = self.people_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.people_label.setFont(font)
        self.people_table = _PeopleTable(0, 5)
        self.people_table.setObjectName("organizationPeople")
        self.people_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Since"),
            ]
        )
        self.people_table.setAccessibleName(self.tr("People"))
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setShowGrid(False)
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setWordWrap(False)
        self.people_table.verticalHeader().setVisible(False)
        header_view = self.people_table.horizontalHeader()
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header_view.setHighlightSections(False)
        header_view.setStretchLastSection(True)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((200, 170, 220, 140)):
            header_view.resizeSection(column, width)
        self.people_table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.people_table.activatedRow.connect(self._open_row)
        people_layout.addWidget(self.people_table, 1)
        self.no_people_label = QLabel(self.tr("No people are linked to this organisation yet."))
        self.no_people_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_people_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        people_layout.addWidget(self.no_people_label)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.backRequested.emit()
            return
        super().keyPressEvent(event)

    def show_organization(self, organization_id: int) -> bool:
        """Load and show one organisation; False if it is gone."""
        from smallcrm.core.services.contacts import organization_detail

        with self._database.session_scope() as session:
            detail = organization_detail(session, organization_id, country_of(self))
        if detail is None:
            return False
        self.organization_id = organization_id
        self.detail = detail
        self.avatar.setPixmap(avatar_pixmap(detail.name, 56, self.devicePixelRatioF()))
        self.name_label.setText(detail.name)
        facts = [self.tr("Organisation")]
        if detail.legal_form:
            facts.append(detail.legal_form)
        if detail.country:
            facts.append(detail.country)
        if detail.tags:
            facts.append(", ".join(detail.tags))
        self.subtitle_label.setText(" · ".join(facts))
        self._fill_grid(detail)
        self._fill_matters(organization_id)
        self._fill_people(detail)
        self.activity.set_ref(Ref("organization", organization_id))
        return True

    def _fill_grid(self, detail: OrganizationDetail) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once; the deletion waits for the event loop
                item.widget().deleteLater()
        ids = []
        if detail.registry_id:
            text = self.tr("Registry no. {n}").format(n=detail.registry_id)
            ids.append(MethodLine("id", "", text))
        if detail.tax_id:
            ids.append(MethodLine("id", "", self.tr("Tax no. {n}").format(n=detail.tax_id)))
        sections = [
            (self.tr("Numbers"), ids, ""),
            (self.tr("E-mail"), detail.emails, "mailto:"),
            (self.tr("Phone"), detail.phones, "tel:"),
            (self.tr("Address"), detail.addresses, ""),
            (self.tr("Web"), detail.web, ""),
            (self.tr("Notes"), [MethodLine("notes", "", detail.notes)] if detail.notes else [], ""),
        ]
        # Two columns of sections side by side keep the people table in view.
        shown = [s for s in sections if s[1]]
        for n, (title, lines, scheme) in enumerate(shown):
            row, col = n // 2, (n % 2) * 2
            caption = QLabel(title)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(caption, row, col)
            parts = []
            for line in lines:
                text = html.escape(line.value).replace("\n", "<br>")
                if scheme:
                    target = html.escape(line.value.replace(" ", ""))
                    text = f'<a href="{scheme}{target}">{text}</a>'
                if line.label:
                    text += f' <span style="color: gray">· {html.escape(line.label)}</span>'
                parts.append(text)
            value = QLabel("<br>".join(parts))
            value.setObjectName(f"organization_{lines[0].kind}")
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setWordWrap(True)
            value.setOpenExternalLinks(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.grid.addWidget(value, row, col + 1)

    def _fill_matters(self, organization_id: int) -> None:
        """A row under the details: the matters the organisation is a party to, as links."""
        from smallcrm.core.services.matters import matters_of
        from smallcrm.gui.matter_texts import MatterTexts, matters_html

        with self._database.session_scope() as session:
            found = matters_of(session, Ref("organization", organization_id))
        if not found:
            return
        row = self.grid.rowCount()
        caption = QLabel(self.tr("Matters"))
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        value = QLabel(matters_html(MatterTexts(self), found))
        value.setObjectName("organization_matters")
        value.setTextFormat(Qt.TextFormat.RichText)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        value.linkActivated.connect(lambda link: self.matterRequested.emit(int(link[7:])))
        self.grid.addWidget(caption, row, 0)
        self.grid.addWidget(value, row, 1, 1, 3)

    def _fill_people(self, detail: OrganizationDetail) -> None:
        people = detail.people
        self.people_label.setText(self.tr("People (%n)", "", len(people)))
        self.tabs.setTabText(0, self.people_label.text())
        table = self.people_table
        table.setRowCount(len(people))
        for row, person in enumerate(people):
            since = person.since
            if person.until:
                since = self.tr("{since} – {until}").format(since=person.since, until=person.until)
            for column, text in enumerate(
                (person.name, person.role, person.email, person.phone, since)
            ):
                item = QTableWidgetItem(text)
                item.setData(_PERSON_ROLE, person.contact_id)
                if person.until:  # a past job reads quieter than a current one
                    item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                table.setItem(row, column, item)
        # Dates are rarely recorded; an empty column would only take room.
        table.setColumnHidden(4, not any(p.since or p.until for p in people))
        table.setVisible(bool(people))
        self.no_people_label.setVisible(not people)
        if people:
            table.setCurrentCell(0, 0)

    def person_ids(self) -> list[int]:
        return [
            int(self.people_table.item(r, 0).data(_PERSON_ROLE))
            for r in range(self.people_table.rowCount())
        ]

    def _open_row(self, row: int) -> None:
        item = self.people_table.item(row, 0)
        if item is not None:
            self.personRequested.emit(int(item.data(_PERSON_ROLE)))

    def _edit(self) -> None:
        if self.organization_id is not None:
            self.editRequested.emit(self.organization_id)
