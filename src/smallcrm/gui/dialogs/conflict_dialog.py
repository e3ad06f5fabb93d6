"""The conflict check: the parties to check, the ranked hits with their reasons, the
decision (clear, waive with a reason, decline), the saved checks of a matter, a PDF report.

A check runs on the database lane (it may refresh look-up keys); a saved check is shown
read-only: the database refuses to change it.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.core.db import Database
from smallcrm.core.errors import KnownError
from smallcrm.core.services.conflicts import CheckRecord, Hit, PartyName
from smallcrm.gui.matter_texts import MatterTexts, show_date

log = logging.getLogger(__name__)

# run(write, on_success, on_failure, description): a job on the database lane.
Runner = Callable[
    [Callable[[Any], Any], Callable[[Any], object], Callable[[BaseException], object], str], None
]

_DECISIONS = ("clear", "waived", "declined")


class ConflictTexts(QObject):
    """Words of the conflict check, translated (roles and phases as the matter screens say)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matter = MatterTexts(self)
        self._parts: list[tuple[re.Pattern[str], str]] | None = None

    def role_name(self, role: str) -> str:
        return self.matter.role_name(role)

    def phase_name(self, phase: str) -> str:
        return self.matter.phase_name(phase)

    def decision_name(self, decision: str) -> str:
        return {
            "clear": self.tr("Clear: no conflict"),
            "waived": self.tr("Waived"),
            "declined": self.tr("Declined"),
        }.get(decision, decision)

    def entity_name(self, kind: str) -> str:
        return {
            "person": self.tr("Person"),
            "organization": self.tr("Organisation"),
            "correspondent": self.tr("E-mail correspondent"),
        }.get(kind, kind)

    def matter_text(self, hit: Hit) -> str:
        if hit.matter is None:
            return self.tr("in no matter")
        state = self.tr("open") if hit.matter.open else self.phase_name(hit.matter.phase).lower()
        return f"{hit.matter.number} {hit.matter.title} ({state})"

    def _reason_parts(self) -> list[tuple[re.Pattern[str], str]]:
        # The reasons name_match gives, longest first, each with its translation.
        parts = [
            (r"same name, different word order", self.tr("same name, different word order")),
            (
                r"same name, one gives only an initial",
                self.tr("same name, one gives only an initial"),
            ),
            (r"same name in Cyrillic and Latin", self.tr("same name in Cyrillic and Latin")),
            (r"same name in another spelling", self.tr("same name in another spelling")),
            (
                r"similar name with different endings \(e\.g\. male and female\)",
                self.tr("similar name with different endings (e.g. male and female)"),
            ),
            (r"same registry ID \((?P<a>[^)]*)\)", self.tr("same registry ID ({a})")),
            (r"same e-mail \((?P<a>[^)]*)\)", self.tr("same e-mail ({a})")),
            (r"similar spelling \((?P<a>\d+) %\)", self.tr("similar spelling ({a} %)")),
            (
                r"partly the same name \((?P<a>\d+) of (?P<b>\d+) words\)",
                self.tr("partly the same name ({a} of {b} words)"),
            ),
            (r"one name is part of the other", self.tr("one name is part of the other")),
            (r"one has an extra word", self.tr("one has an extra word")),
            (r"one has extra words", self.tr("one has extra words")),
            (
                r"typed with mixed Cyrillic and Latin letters",
                self.tr("typed with mixed Cyrillic and Latin letters"),
            ),
            (
                r"different generation \((?P<a>[^/)]*) / (?P<b>[^)]*)\)",
                self.tr("different generation ({a} / {b})"),
            ),
            (
                r"different legal form \((?P<a>[^/)]*) / (?P<b>[^)]*)\)",
                self.tr("different legal form ({a} / {b})"),
            ),
            (r"without the legal form", self.tr("without the legal form")),
            (r"but different registry IDs", self.tr("but different registry IDs")),
            (r"same name", self.tr("same name")),
        ]
        return [(re.compile(pattern), text) for pattern, text in parts]

    def reason(self, text: str) -> str:
        """A match's reason in the interface's language; as given if it is not known."""
        if self._parts is None:
            self._parts = self._reason_parts()
        out, pos = [], 0
        while pos < len(text):
            for separator in ("; ", ", ", " "):
                if out and text.startswith(separator, pos):
                    out.append(separator)
                    pos += len(separator)
                    break
            for pattern, translated in self._parts:
                found = pattern.match(text, pos)
                if found:
                    out.append(translated.format(**found.groupdict()))
                    pos = found.end()
                    break
            else:
                return text
        return "".join(out)

    def report_words(self) -> dict[str, str]:
        return {
            "title": self.tr("Conflict check"),
            "matter": self.tr("Matter"),
            "by": self.tr("Checked by"),
            "at": self.tr("Checked at"),
            "decision": self.tr("Decision"),
            "reason": self.tr("Reason"),
            "parties": self.tr("Parties checked"),
            "name": self.tr("Name"),
            "id": self.tr("Registry ID"),
            "email": self.tr("E-mail"),
            "hits": self.tr("Hits"),
            "none": self.tr("No hits."),
            "score": self.tr("Score"),
            "found": self.tr("Found"),
            "role": self.tr("Role"),
        }

    def when(self, record: CheckRecord) -> str:
        local = record.checked_at.astimezone() if record.checked_at.tzinfo else record.checked_at
        return f"{show_date(local)} {local:%H:%M}"


def report_html(
    texts: ConflictTexts, matter_label: str, parties: list[PartyName], hits: list[Hit],
    decision: str, reason: str | None, checked_by: str, checked_at: str,
) -> str:  # fmt: skip
    """The printable report: the query, the hits, the decision, who and when."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(p.name)}</td><td>{e(p.registry_id or '')}</td><td>{e(p.email or '')}</td></tr>"
        for p in parties
    )
    hit_rows = "".join(
        f"<tr><td align='right'>{h.score:.2f}</td><td>{e(h.entity.display_name)}<br/>"
        f"<small>{e(texts.entity_name(h.entity.type))}</small></td>"
        f"<td>{e(texts.matter_text(h))}</td><td>{e(texts.role_name(h.role) if h.role else '')}</td>"
        f"<td>{e(texts.reason(h.reason))}</td></tr>"
        for h in hits
    )
    if not hits:
        hit_rows = f"<tr><td colspan='5'>{e(texts.report_words()['none'])}</td></tr>"
    words = texts.report_words()

    def t(key: str) -> str:
        return words[key]

    return (
        "<html><body style='font-family: sans-serif; font-size: 10pt'>"
        f"<h2>{e(t('title'))}</h2>"
        f"<p><b>{e(t('matter'))}:</b> {e(matter_label)}<br/>"
        f"<b>{e(t('by'))}:</b> {e(checked_by)}<br/>"
        f"<b>{e(t('at'))}:</b> {e(checked_at)}<br/>"
        f"<b>{e(t('decision'))}:</b> {e(texts.decision_name(decision))}"
        + (f"<br/><b>{e(t('reason'))}:</b> {e(reason)}" if reason else "")
        + "</p>"
        f"<h3>{e(t('parties'))}</h3>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr><th align='left'>{e(t('name'))}</th><th align='left'>{e(t('id'))}</th>"
        f"<th align='left'>{e(t('email'))}</th></tr>{rows}</table>"
        f"<h3>{e(t('hits'))} ({len(hits)})</h3>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr><th>{e(t('score'))}</th><th align='left'>{e(t('found'))}</th>"
        f"<th align='left'>{e(t('matter'))}</th><th align='left'>{e(t('role'))}</th>"
        f"<th align='left'>{e(t('reason'))}</th></tr>{hit_rows}</table>"
        "</body></html>"
    )


def write_pdf(document_html: str, path: Path) -> None:
    """Write the report as an A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle("Conflict check")
    document = QTextDocument()
    document.setHtml(document_html)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)


class ConflictCheckDialog(QDialog):
    """Run a check and decide (``record`` None), or show a saved check read-only."""

    saved = Signal(int)  # the check's id

    def __init__(
        self,
        database: Database,
        run: Runner,
        matter_id: int | None,
        matter_label: str,
        parties: list[PartyName] | None = None,
        record: CheckRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictCheckDialog")
        self._database = database
        self._run = run
        self.matter_id = matter_id
        self.matter_label = matter_label
        self.record = record
        self.texts = ConflictTexts(self)
        self.hits: list[Hit] = list(record.hits) if record else []
        self.checked_parties: list[PartyName] = list(record.parties) if record else []
        self.setWindowTitle(
            self.tr("Conflict check: {matter}").format(matter=matter_label)
            if record is None
            else self.tr("Saved conflict check: {matter}").format(matter=matter_label)
        )
        self.resize(960, 640)
        layout = QVBoxLayout(self)

        caption = QLabel(
            self.tr("Parties to check (a name, and a registry ID or e-mail if you have them):")
        )
        layout.addWidget(caption)
        self.parties_table = QTableWidget(0, 3)
        self.parties_table.setObjectName("conflictParties")
        self.parties_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Registry ID"), self.tr("E-mail")]
        )
        header = self.parties_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        wide = self.fontMetrics().horizontalAdvance("M") * 16
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, wide)
        rows = self.parties_table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.parties_table.setMaximumHeight(rows.defaultSectionSize() * 6 + 4)
        caption.setBuddy(self.parties_table)
        layout.addWidget(self.parties_table)
        bar = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add a &name"))
        self.add_row_button.clicked.connect(lambda: self._add_row(PartyName("")))
        self.remove_row_button = QPushButton(self.tr("Re&move name"))
        self.remove_row_button.clicked.connect(self._remove_row)
        self.run_button = QPushButton(self.tr("&Run the check"))
        self.run_button.setObjectName("conflictRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_check)
        bar.addWidget(self.add_row_button)
        bar.addWidget(self.remove_row_button)
        bar.addStretch(1)
        bar.addWidget(self.run_button)
        layout.addLayout(bar)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("conflictSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.hits_tree = QTreeWidget()
        self.hits_tree.setObjectName("conflictHits")
        self.hits_tree.setRootIsDecorated(False)
        self.hits_tree.setAlternatingRowColors(True)
        self.hits_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits_tree.setHeaderLabels(
            [self.tr("Score"), self.tr("Found"), self.tr("Matter"), self.tr("Role"),
             self.tr("Why")]
        )  # fmt: skip
        self.hits_tree.setAccessibleName(self.tr("Hits"))
        head = self.hits_tree.header()
        head.setStretchLastSection(True)
        for column in range(4):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.hits_tree, 1)

        decide = QHBoxLayout()
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        for decision, label in (
            ("clear", self.tr("&Clear: no conflict")),
            ("waived", self.tr("&Waive, with a reason")),
            ("declined", self.tr("&Decline the matter")),
        ):
            button = QRadioButton(label)
            button.setObjectName(f"conflictDecision_{decision}")
            self.decision_group.addButton(button)
            self.decision_buttons[decision] = button
            decide.addWidget(button)
            button.toggled.connect(self._update_buttons)
        decide.addStretch(1)
        layout.addLayout(decide)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("conflictReason")
        self.reason_edit.setPlaceholderText(
            self.tr("Reason (needed to waive): e.g. both clients consented in writing")
        )
        self.reason_edit.setMaximumHeight(70)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.textChanged.connect(self._update_buttons)
        layout.addWidget(self.reason_edit)
        self.message_label = QLabel()
        self.message_label.setObjectName("conflictMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setObjectName("conflictPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.save_button = QPushButton(self.tr("&Save the decision"))
        self.save_button.setObjectName("conflictSave")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close") if record else self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        for party in (record.parties if record else parties) or [PartyName("")]:
            self._add_row(party)
        if record is not None:
            self._show_saved(record)
        else:
            self._fill_hits(None)
        self._update_buttons()

    # --- the parties ---------------------------------------------------------------------

    def _add_row(self, party: PartyName) -> None:
        row = self.parties_table.rowCount()
        self.parties_table.insertRow(row)
        for column, value in enumerate((party.name, party.registry_id, party.email)):
            item = QTableWidgetItem(value or "")
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, party.kind)
            self.parties_table.setItem(row, column, item)
        if self.record is None and not party.name:
            self.parties_table.setCurrentCell(row, 0)

    def _remove_row(self) -> None:
        row = self.parties_table.currentRow()
        if row >= 0:
            self.parties_table.removeRow(row)

    def parties(self) -> list[PartyName]:
        """The parties as entered (empty rows left out)."""
        found = []
        for row in range(self.parties_table.rowCount()):
            cells = [self.parties_table.item(row, c) for c in range(3)]
            name, registry_id, email = ((c.text().strip() if c else "") for c in cells)
            kind = cells[0].data(Qt.ItemDataRole.UserRole) if cells[0] else ""
            if name or registry_id or email:
                found.append(PartyName(name, registry_id or None, email or None, kind or ""))
        return found

    # --- the check -----------------------------------------------------------------------

    def run_check(self) -> None:
        from smallcrm.core.services import conflicts

        parties = self.parties()
        if not parties:
            self._message(self.tr("Enter at least one name, registry ID or e-mail."))
            return
        database, matter_id = self._database, self.matter_id

        def work(_context: Any) -> list[Hit]:
            with database.session_scope() as session:  # commits the keys it refreshed
                return conflicts.run_check(session, parties, matter_id=matter_id)

        def done(hits: list[Hit]) -> None:
            self.hits = hits
            self.checked_parties = parties
            self.run_button.setEnabled(True)
            self._fill_hits(hits)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self.run_button.setEnabled(True)
            self._message(self._failure(exc))

        self.run_button.setEnabled(False)
        self._clear_message()
        self.summary_label.setText(self.tr("Checking…"))
        self._run(work, done, failed, "conflict check")

    def _fill_hits(self, hits: list[Hit] | None) -> None:
        self.hits_tree.clear()
        if hits is None:
            self.summary_label.setText(
                self.tr("Run the check to search every contact, organisation, matter party"
                        " and e-mail correspondent.")
            )  # fmt: skip
            return
        if not hits:
            self.summary_label.setText(self.tr("No hits: nobody known resembles these parties."))
        else:
            self.summary_label.setText(
                self.tr("{count} hits, the most likely first. Review each before deciding.")
                .format(count=len(hits))
            )  # fmt: skip
        for hit in hits:
            item = QTreeWidgetItem(
                [
                    f"{hit.score:.2f}",
                    f"{hit.entity.display_name} · {self.texts.entity_name(hit.entity.type)}",
                    self.texts.matter_text(hit),
                    self.texts.role_name(hit.role) if hit.role else "",
                    self.texts.reason(hit.reason),
                ]
            )
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(4, self.tr("Checked: {name}").format(name=hit.query))
            if hit.matter is not None and hit.matter.open and hit.role in (
                "opposing_party", "opposing_counsel"
            ):  # fmt: skip
                font = item.font(1)
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)
            self.hits_tree.addTopLevelItem(item)

    # --- the decision --------------------------------------------------------------------

    def decision(self) -> str | None:
        for decision, button in self.decision_buttons.items():
            if button.isChecked():
                return decision
        return None

    def set_decision(self, decision: str, reason: str = "") -> None:
        self.decision_buttons[decision].setChecked(True)
        if reason:
            self.reason_edit.setPlainText(reason)

    def _update_buttons(self) -> None:
        if self.record is not None:
            self.save_button.setEnabled(False)
            return
        decision = self.decision()
        ready = bool(self.checked_parties) and decision is not None
        if decision == "waived" and not self.reason_edit.toPlainText().strip():
            ready = False
        self.save_button.setEnabled(ready and self.run_button.isEnabled())
        self.pdf_button.setEnabled(bool(self.checked_parties))

    def save(self) -> None:
        from smallcrm.core.services import conflicts

        decision = self.decision()
        if decision is None or not self.checked_parties:
            return
        database, matter_id = self._database, self.matter_id
        parties, hits = self.checked_parties, self.hits
        reason = self.reason_edit.toPlainText().strip() or None

        def write(_context: Any) -> int:
            with database.session_scope() as session:
                return conflicts.save_check(session, matter_id, parties, hits, decision, reason)

        def done(check_id: int) -> None:
            self.saved.emit(check_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._message(self._failure(exc))

        self.save_button.setEnabled(False)
        self._run(write, done, failed, "save conflict check")

    def _show_saved(self, record: CheckRecord) -> None:
        self.parties_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.parties_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (self.add_row_button, self.remove_row_button, self.run_button):
            widget.setVisible(False)
        self._fill_hits(record.hits)
        self.decision_buttons[record.decision].setChecked(True)
        for button in self.decision_buttons.values():
            button.setEnabled(False)
        self.reason_edit.setPlainText(record.reason or "")
        self.reason_edit.setReadOnly(True)
        self.save_button.setVisible(False)
        self._message(
            self.tr("Saved by {user} on {when}; a saved check cannot be changed.").format(
                user=record.checked_by, when=self.texts.when(record)
            ),
            error=False,
        )

    # --- the report ----------------------------------------------------------------------

    def report(self) -> str:
        if self.record is not None:
            r = self.record
            return report_html(
                self.texts, self.matter_label, r.parties, r.hits, r.decision, r.reason,
                r.checked_by, self.texts.when(r),
            )  # fmt: skip
        import getpass

        decision = self.decision() or ""
        return report_html(
            self.texts, self.matter_label, self.checked_parties, self.hits, decision,
            self.reason_edit.toPlainText().strip() or None, getpass.getuser(),
            self.tr("not saved yet"),
        )  # fmt: skip

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the report; asks where unless ``path`` is given (tests give it)."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the conflict check as PDF"),
                self.tr("conflict-check.pdf"), self.tr("PDF files (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        try:
            write_pdf(self.report(), target)
        except OSError as exc:
            self._message(self.tr("The PDF could not be written: {error}").format(error=exc))
            return None
        self._message(self.tr("Saved {file}.").format(file=target.name), error=False)
        return target

    # --- helpers -------------------------------------------------------------------------

    def _failure(self, exc: BaseException) -> str:
        if isinstance(exc, KnownError):
            return str(exc)
        log.error("conflict check failed", exc_info=exc)
        return self.tr("An unexpected error stopped the check. The details are in the log.")

    def _message(self, text: str, error: bool = True) -> None:
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.setVisible(False)


class ConflictTab(QWidget):
    """The matter page's "Conflict check" tab: the saved checks and a button to run one."""

    def __init__(self, database: Database, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictTab")
        self._database = database
        self._run = run
        self.texts = ConflictTexts(self)
        self.matter_id: int | None = None
        self.matter_label = ""
        self.records: list[CheckRecord] = []
        self.dialog: ConflictCheckDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.status_label = QLabel()
        self.status_label.setObjectName("conflictStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictChecks")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Checked"), self.tr("By"), self.tr("Decision"), self.tr("Hits"),
             self.tr("Reason")]
        )  # fmt: skip
        self.tree.setAccessibleName(self.tr("Saved conflict checks"))
        head = self.tree.header()
        for column in range(4):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda *_: self.open_saved())
        layout.addWidget(self.tree, 1)
        bar = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run a &conflict check…"))
        self.run_button.setObjectName("conflictRunCheck")
        self.run_button.clicked.connect(self.run_check)
        self.open_button = QPushButton(self.tr("&Open saved check"))
        self.open_button.clicked.connect(self.open_saved)
        bar.addWidget(self.run_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout.addLayout(bar)

    def set_matter(self, matter_id: int, label: str) -> None:
        from smallcrm.core.services import conflicts

        self.matter_id, self.matter_label = matter_id, label
        with self._database.session_scope() as session:
            self.records = conflicts.checks_of(session, matter_id)
        self.tree.clear()
        for record in self.records:
            item = QTreeWidgetItem(
                [
                    self.texts.when(record),
                    record.checked_by,
                    self.texts.decision_name(record.decision),
                    str(len(record.hits)),
                    record.reason or "",
                ]
            )
            self.tree.addTopLevelItem(item)
        if self.records:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.status_label.setText(
                self.tr("Last check: {decision}, {when}, by {user}.").format(
                    decision=self.texts.decision_name(self.records[0].decision),
                    when=self.texts.when(self.records[0]),
                    user=self.records[0].checked_by,
                )
            )
        else:
            self.status_label.setText(self.tr("No conflict check has been saved for this matter."))
        self.open_button.setEnabled(bool(self.records))

    def run_check(self) -> ConflictCheckDialog | None:
        """Open the check, prefilled with the matter's parties; returns it (tests drive it)."""
        from smallcrm.core.services import conflicts

        if self.matter_id is None:
            return None
        with self._database.session_scope() as session:
            parties = conflicts.matter_parties(session, self.matter_id)
        dialog = ConflictCheckDialog(
            self._database, self._run, self.matter_id, self.matter_label, parties,
            parent=self.window(),
        )  # fmt: skip
        return self._open(dialog)

    def open_saved(self) -> ConflictCheckDialog | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        if row < 0 or row >= len(self.records):
            return None
        dialog = ConflictCheckDialog(
            self._database, self._run, self.matter_id, self.matter_label,
            record=self.records[row], parent=self.window(),
        )  # fmt: skip
        return self._open(dialog)

    def _open(self, dialog: ConflictCheckDialog) -> ConflictCheckDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.changed())
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def changed(self) -> None:
        if self.matter_id is not None:
            self.set_matter(self.matter_id, self.matter_label)

    def offer_after_new_party(self) -> ConflictCheckDialog | None:
        """After a party joins an engaged matter: open the check at once if it needs one."""
        from smallcrm.core.services import conflicts

        if self.matter_id is None:
            return None
        with self._database.session_scope() as session:
            needed = conflicts.needs_check(session, self.matter_id)
        return self.run_check() if needed else None


__all__ = ["ConflictCheckDialog", "ConflictTab", "report_html", "write_pdf"]
