"""The words of matters as the user reads them: seeded stages and types, party roles, phases.

Stages and matter types are stored in English. An entry SmallCRM seeded (it has a ``key``)
shows in the user's language for as long as its name is still the seeded one; once the
firm renames it, the firm's own name shows.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QObject

from smallcrm.core.services.matters import MatterRow, StageInfo, TypeInfo


class MatterTexts(QObject):
    """Translations for the matter screens; one instance serves any number of calls."""

    def _stages(self) -> dict[str, tuple[str, str]]:
        # key: (the seeded English name, its translation)
        return {
            "inquiry": ("Inquiry", self.tr("Inquiry")),
            "conflict_check": ("Conflict check", self.tr("Conflict check")),
            "engaged": ("Engaged", self.tr("Engaged")),
            "active": ("Active", self.tr("Active")),
            "closed": ("Closed", self.tr("Closed")),
            "declined": ("Declined", self.tr("Declined")),
        }

    def _types(self) -> dict[str, tuple[str, str]]:
        return {
            "litigation": ("Litigation", self.tr("Litigation")),
            "advisory": ("Advisory", self.tr("Advisory")),
            "contract": ("Contract", self.tr("Contract")),
            "tax_return": ("Tax return", self.tr("Tax return")),
            "audit": ("Audit", self.tr("Audit")),
            "payroll": ("Payroll", self.tr("Payroll")),
            "bookkeeping": ("Bookkeeping", self.tr("Bookkeeping")),
        }

    def stage_name(self, stage: StageInfo) -> str:
        seeded = self._stages().get(stage.key or "")
        return seeded[1] if seeded is not None and seeded[0] == stage.name else stage.name

    def type_name(self, matter_type: TypeInfo) -> str:
        seeded = self._types().get(matter_type.key or "")
        if seeded is not None and seeded[0] == matter_type.name:
            return seeded[1]
        return matter_type.name

    def roles(self) -> dict[str, str]:
        """The party roles in the order the core lists them (``PARTY_ROLES``)."""
        return {
            "client": self.tr("Client"),
            "opposing_party": self.tr("Opposing party"),
            "opposing_counsel": self.tr("Opposing counsel"),
            "witness": self.tr("Witness"),
            "authority": self.tr("Court or authority"),
            "related": self.tr("Related"),
        }

    def role_name(self, role: str) -> str:
        return self.roles().get(role, role)

    def phases(self) -> dict[str, str]:
        return {
            "intake": self.tr("Intake"),
            "engaged": self.tr("Engaged"),
            "closed": self.tr("Closed"),
            "declined": self.tr("Declined"),
        }

    def phase_name(self, phase: str) -> str:
        return self.phases().get(phase, phase)

    def days(self, count: int) -> str:
        """How long a matter has been in its stage, for a card on the board."""
        if count <= 0:
            return self.tr("today")
        return self.tr("%n days", "", count)


def show_date(value: date | datetime | None) -> str:
    """A date as the rest of SmallCRM writes it: day first (15. 4. 2026)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return f"{value.day}. {value.month}. {value.year}"


def days_since(moment: datetime, today: date | None = None) -> int:
    """Whole days from ``moment`` (UTC, as stored) to ``today`` in the user's zone."""
    day = moment.astimezone().date() if moment.tzinfo else moment.date()
    return ((today or date.today()) - day).days


def matters_html(texts: MatterTexts, found: list[tuple[MatterRow, str]]) -> str:
    """A person's or organisation's matters as links ("matter:ID"), one a line, with the role.

    Every name in it is escaped; ``found`` is what ``matters.matters_of`` returns.
    """
    lines = []
    for row, role in found:
        link = f'<a href="matter:{row.id}">{html.escape(row.number)}</a>'
        title = html.escape(row.title)
        lines.append(
            f'{link} {title} <span style="color: gray">· {html.escape(texts.role_name(role))}'
            "</span>"
        )
    return "<br>".join(lines)
