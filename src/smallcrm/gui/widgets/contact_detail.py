"""Read-only pane beside the contacts table: one person or organisation, with Edit and Delete."""

from __future__ import annotations

import html
import zlib
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.services.contacts import ContactDetail, MethodLine, ref_of
from smallcrm.gui.tasks import TaskRunner

# Muted, readable backgrounds for the initials avatar; the name picks one stably.
_AVATAR_COLORS = ("#3b6ea5", "#5b8c5a", "#a8643a", "#7a5c99", "#3c8d93", "#a34e67", "#62707d")


def initials(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def avatar_pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """A round avatar with the person's initials, in a colour chosen by the name."""
    out = QPixmap(int(size * ratio), int(size * ratio))
    out.setDevicePixelRatio(ratio)
    out.fill(Qt.GlobalColor.transparent)
    color = QColor(_AVATAR_COLORS[zlib.crc32(name.encode("utf-8")) % len(_AVATAR_COLORS)])
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setPixelSize(int(size * 0.38))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return out


class ContactDetailPane(QScrollArea):
    """Shows one contact; ``show_detail(None)`` shows a hint to pick someone."""

    editRequested = Signal()
    deleteRequested = Signal()
    relationsRequested = Signal()
    organizationRequested = Signal(int)  # the organisation's id
    matterRequested = Signal(int)  # a matter's id, from the "Matters" section
    documentRequested = Signal(int)  # a document's id, from the "Documents" section
    messageRequested = Signal(int)  # a stored message's id, from the "Mail" section
    mailOfRequested = Signal(int)  # a person's id: all their mail

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        database: Database | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        """With a ``database`` the pane shows the record's follow-ups and timeline too."""
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(290)  # the Edit, Open and Delete buttons fit side by side
        # Long e-mail addresses would otherwise widen the pane into a sideways scroll.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contact_id: int | None = None
        self.kind = "person"

        body = QWidget()
        body.setObjectName("detailBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 20, 18, 20)
        layout.setSpacing(14)

        header = QHBoxLayout()
        header.setSpacing(14)
        self.avatar = QLabel()
        self.avatar.setFixedSize(56, 56)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.name_label = QLabel()
        self.name_label.setObjectName("detailName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        # Names come from imported files: never let one be read as HTML.
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("detailSubtitle")
        self.subtitle_label.setWordWrap(True)
        # Rich text for the employer links; every name in it is escaped.
        self.subtitle_label.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.subtitle_label.linkActivated.connect(self._on_link)
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle_label)
        titles.addStretch(1)
        header.addLayout(titles, 1)
        layout.addLayout(header)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("detailEdit")
        self.edit_button.setToolTip(self.tr("Edit this contact (F2)"))
        self.edit_button.clicked.connect(self.editRequested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("detailOpen")
        self.open_button.setToolTip(self.tr("Show the organisation with its people"))
        self.open_button.clicked.connect(self._open_organization)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("detailDelete")
        self.delete_button.setToolTip(self.tr("Move to the trash (Delete)"))
        self.delete_button.clicked.connect(self.deleteRequested)
        self.relations_button = QPushButton(self.tr("&Relations…"))
        self.relations_button.setObjectName("detailRelations")
        self.relations_button.setToolTip(self.tr("Jobs past and present, and ties to other people"))
        self.relations_button.clicked.connect(self.relationsRequested)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.relations_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)

        self.hint_label = QLabel(self.tr("Select a contact to see the details."))
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)

        # Follow-ups and the timeline under the card; they take the height the card leaves.
        # Built when the first record is shown: the contacts list paints before them.
        self.activity: Any = None
        self._activity_source = (database, tasks)
        self._layout = layout

        self.show_detail(None)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden now, deleted later: otherwise it paints under the next contact's
                # rows until the event loop gets to the deletion.
                widget.hide()
                widget.deleteLater()

    def _add_section(self, title: str, lines: list[MethodLine], scheme: str = "") -> None:
        if not lines:
            return
        row = self.grid.rowCount()
        caption = QLabel(title)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(caption, row, 0)
        values = QVBoxLayout()
        values.setSpacing(4)
        for line in lines:
            text = html.escape(line.value).replace("\n", "<br>")
            if line.kind in ("email", "web"):
                # A break opportunity after "@" and "/" lets a long address wrap in a
                # narrow pane instead of widening it.
                text = text.replace("@", "@\u200b").replace("/", "/\u200b")
                if line.kind == "web":
                    text = text.replace(".", ".\u200b")
            if scheme:
                target = line.value.replace(" ", "")
                text = f'<a href="{scheme}{html.escape(target)}">{text}</a>'
            if line.label:
                label_text = self._label_text(line.label)
                text += f' <span style="color: gray">· {html.escape(label_text)}</span>'
            label = QLabel(text)
            label.setObjectName(f"detail_{line.kind}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            values.addWidget(label)
        holder = QWidget()
        holder.setLayout(values)
        values.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(holder, row, 1)

    def _label_text(self, label: str) -> str:
        """Stored labels are English keys; the usual ones are shown in the user's language."""
        known = {
            "home": self.tr("home"),
            "work": self.tr("work"),
            "mobile": self.tr("mobile"),
            "fax": self.tr("fax"),
            "other": self.tr("other"),
        }
        return known.get(label.lower(), label)

    @property
    def key(self) -> int | None:
        """The shown record's list key: a person's id, or an organisation's id negated."""
        if self.contact_id is None:
            return None
        return self.contact_id if self.kind == "person" else -self.contact_id

    def _on_link(self, link: str) -> None:
        if link.startswith("org:"):
            self.organizationRequested.emit(int(link[4:]))
        elif link.startswith("matter:"):
            self.matterRequested.emit(int(link[7:]))
        elif link.startswith("doc:"):
            self.documentRequested.emit(int(link[4:]))
        elif link.startswith("mail:"):
            self.messageRequested.emit(int(link[5:]))
        elif link.startswith("mailof:"):
            self.mailOfRequested.emit(int(link[7:]))

    def _open_organization(self) -> None:
        if self.kind == "organization" and self.contact_id is not None:
            self.organizationRequested.emit(self.contact_id)

    def _id_names(self) -> dict[str, str]:
        return {
            "registry": self.tr("Registry no."),
            "tax": self.tr("Tax no."),
        }

    def show_detail(self, detail: ContactDetail | None) -> None:
        self._clear_grid()
        self.contact_id = detail.id if detail else None
        self.kind = detail.kind if detail else "person"
        has = detail is not None
        self.avatar.setVisible(has)
        self.name_label.setVisible(has)
        self.subtitle_label.setVisible(has)
        self.edit_button.setVisible(has)
        self.delete_button.setVisible(has)
        self.open_button.setVisible(has and self.kind == "organization")
        self.relations_button.setVisible(has and self.kind == "person")
        self.hint_label.setVisible(not has)
        self._show_activity(detail)
        if detail is None:
            return
        ratio = self.devicePixelRatioF()
        self.avatar.setPixmap(avatar_pixmap(detail.name, 56, ratio))
        self.name_label.setText(detail.name)
        subtitle = []
        if detail.kind == "organization":
            kind = self.tr("Organisation")
            subtitle.append(html.escape(f"{kind} · {detail.position}" if detail.position else kind))
            if detail.people_count:
                subtitle.append(self.tr("%n people", "", detail.people_count))
        pairs = list(zip(detail.organizations, detail.organization_ids, strict=False))[:2]
        for (org, role), org_id in pairs:
            link = f'<a href="org:{org_id}">{html.escape(org)}</a>'
            subtitle.append(
                self.tr("{role}, {organisation}").format(role=html.escape(role), organisation=link)
                if role
                else link
            )
        if (
            detail.kind == "person"
            and detail.position
            and not any(role for (_org, role), _id in pairs)
        ):
            subtitle.insert(0, html.escape(detail.position))
        self.subtitle_label.setText("<br>".join(subtitle))
        self.subtitle_label.setVisible(bool(subtitle))
        self._add_section(self.tr("E-mail"), detail.emails, "mailto:")
        self._add_section(self.tr("Phone"), detail.phones, "tel:")
        self._add_section(self.tr("Address"), detail.addresses)
        self._add_section(self.tr("Web"), detail.web)
        names = self._id_names()
        ids = [
            MethodLine("id", "", f"{names.get(kind, kind)} {value}") for kind, value in detail.ids
        ]
        self._add_section(self.tr("Numbers"), ids)
        if detail.birthday:
            self._add_section(
                self.tr("Birthday"), [MethodLine("birthday", "", self._birthday(detail.birthday))]
            )
        if detail.tags:
            self._add_section(self.tr("Tags"), [MethodLine("tags", "", ", ".join(detail.tags))])
        if detail.notes:
            self._add_section(self.tr("Notes"), [MethodLine("notes", "", detail.notes)])
        if not (detail.emails or detail.phones or detail.addresses or detail.web or detail.notes):
            empty = QLabel(self.tr("No e-mail, phone or address recorded yet."))
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.grid.addWidget(empty, self.grid.rowCount(), 0, 1, 2)

    def _show_activity(self, detail: ContactDetail | None) -> None:
        database, tasks = self._activity_source
        if self.activity is None and detail is not None and database is not None:
            from smallcrm.gui.widgets.activity_panel import ActivityPanel

            self.activity = ActivityPanel(database, tasks)
            self.activity.setMinimumHeight(360)
            self._layout.setStretch(self._layout.count() - 1, 0)  # the panel fills the rest
            self._layout.addWidget(self.activity, 1)
        if self.activity is None:
            return
        self.activity.setVisible(detail is not None)
        self.activity.set_ref(ref_of(detail.key) if detail is not None else None)

    def show_matters(self, text: str) -> None:
        """Add the shown record's matters (``matter_texts.matters_html``) below its details."""
        if not text or self.contact_id is None:
            return
        self._add_links(self.tr("Matters"), "detail_matters", [text])

    def show_documents(self, titles: list[tuple[int, str]], total: int) -> None:
        """Add the person's documents (the newest ``titles``, of ``total``) as links."""
        if not titles or self.contact_id is None:
            return
        links = [f'<a href="doc:{doc_id}">{html.escape(title)}</a>' for doc_id, title in titles]
        if total > len(titles):
            more = self.tr("and %n more", "", total - len(titles))
            links.append(f'<span style="color: gray">{html.escape(more)}</span>')
        self._add_links(self.tr("Documents"), "detail_documents", links)

    def show_mail(self, messages: list[tuple[int, str, str]], total: int) -> None:
        """Add the person's newest mail (id, date, subject) as links, and one to all of it."""
        if not messages or self.contact_id is None:
            return
        links = [
            f'{html.escape(when)} <a href="mail:{message_id}">'
            f"{html.escape(subject or self.tr('(no subject)'))}</a>"
            for message_id, when, subject in messages
        ]
        links.append(
            f'<a href="mailof:{self.contact_id}">'
            f"{html.escape(self.tr('All mail (%n)', '', total))}</a>"
        )
        self._add_links(self.tr("Mail"), "detail_mail", links)

    def _add_links(self, title: str, name: str, links: list[str]) -> None:
        """A captioned row of links (escaped HTML) that open records through _on_link."""
        row = self.grid.rowCount()
        caption = QLabel(title)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label = QLabel("<br>".join(links))
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._on_link)
        self.grid.addWidget(caption, row, 0)
        self.grid.addWidget(label, row, 1)

    def _birthday(self, iso: str) -> str:
        """ "15. 4. 1980", or "15. 4." when the year is not known (day first, as in the region)."""
        if iso.startswith("--"):
            month, day = int(iso[2:4]), int(iso[5:7])
            return f"{day}. {month}."
        year, month, day = iso.split("-")
        return f"{int(day)}. {int(month)}. {year}"

    def shown_text(self) -> str:
        """The plain text the pane shows (tests and accessibility checks read it)."""
        parts = [self.name_label.text(), self.subtitle_label.text()]
        for i in range(self.grid.count()):
            widget = self.grid.itemAt(i).widget()
            if widget is None:
                continue
            for label in [widget, *widget.findChildren(QLabel)]:
                if isinstance(label, QLabel):
                    parts.append(label.text())
        return "\n".join(parts).replace("\u200b", "")
