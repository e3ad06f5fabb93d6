"""Contacts table model: holds only the ordered ids and loads visible rows in cached blocks."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from smallcrm.core.db import Database
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation
from smallcrm.core.text import fold

log = logging.getLogger(__name__)

# 200 rows is a few screens of a tall window: one indexed query (~1-3 ms on SQLite) per
# block keeps scrolling smooth, and 12 cached blocks bound memory whatever the table size.
BLOCK_SIZE = 200
MAX_CACHED_BLOCKS = 12

COLUMNS = ("name", "organization", "email", "phone", "city")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_contact = Contact.__table__
_method = ContactMethod.__table__
_relation = Relation.__table__
_organization = Organization.__table__

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ContactRow:
    """What one table row shows; plain data, never an ORM object."""

    id: int
    name: str
    organization: str
    email: str
    phone: str
    city: str


@dataclass(frozen=True, slots=True)
class MethodLine:
    kind: str
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ContactDetail:
    """Everything the detail pane shows about one contact."""

    id: int
    name: str
    position: str
    organizations: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    emails: list[MethodLine] = field(default_factory=list)
    phones: list[MethodLine] = field(default_factory=list)
    addresses: list[MethodLine] = field(default_factory=list)
    web: list[MethodLine] = field(default_factory=list)
    notes: str = ""


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filter_clause(text: str) -> ColumnElement[bool] | None:
    """Every word typed must start a word of the folded name: "nov ja" finds "Novák Jan"."""
    terms = fold(text).split()
    if not terms:
        return None
    clauses = []
    for term in terms:
        escaped = _escape_like(term)
        clauses.append(
            or_(
                _contact.c.sort_key.like(f"{escaped}%", escape="\\"),
                _contact.c.sort_key.like(f"% {escaped}%", escape="\\"),
                _contact.c.sort_key.like(f"%-{escaped}%", escape="\\"),
            )
        )
    return and_(*clauses)


def _first_method(kind: str, column: str = "value") -> Any:
    """The contact's primary method of a kind, else its first one, as a scalar subquery."""
    m = _method.alias()
    condition = (m.c.contact_id == _contact.c.id) & (m.c.kind == kind)
    if column != "value":
        condition = condition & m.c[column].is_not(None) & (m.c[column] != "")
    return (
        select(m.c[column])
        .where(condition)
        .order_by(m.c.is_primary.desc(), m.c.position, m.c.id)
        .limit(1)
        .correlate(_contact)
        .scalar_subquery()
    )


def _employer() -> Any:
    r = _relation.alias()
    o = _organization.alias()
    return (
        select(o.c.name)
        .select_from(r.join(o, o.c.id == r.c.organization_id))
        .where(
            (r.c.contact_id == _contact.c.id)
            & (r.c.kind == "employment")
            & o.c.deleted_at.is_(None)
        )
        # A current job (no end date) before past ones.
        .order_by(r.c.until.is_not(None), r.c.id)
        .limit(1)
        .correlate(_contact)
        .scalar_subquery()
    )


def _block_query(ids: list[int]) -> Select[Any]:
    return select(
        _contact.c.id,
        _contact.c.display_name,
        _employer(),
        _first_method("email"),
        _first_method("phone"),
        _first_method("address", "city"),
    ).where(_contact.c.id.in_(ids))


def load_rows(database: Database, ids: list[int]) -> list[ContactRow]:
    """The table rows for ``ids``, in the order given; ids deleted meanwhile show blank."""
    with database.session_scope() as session:
        fetched = {
            row[0]: ContactRow(
                row[0], row[1] or "", row[2] or "", row[3] or "", row[4] or "", row[5] or ""
            )
            for row in session.execute(_block_query(ids))
        }
    return [fetched.get(i) or ContactRow(i, "", "", "", "", "") for i in ids]


def load_contact_detail(database: Database, contact_id: int) -> ContactDetail | None:
    """The detail pane's data for one contact, or None if it is gone."""
    with database.session_scope() as session:
        head = session.execute(
            select(_contact.c.display_name, _contact.c.position, _contact.c.notes).where(
                _contact.c.id == contact_id
            )
        ).first()
        if head is None:
            return None
        orgs = session.execute(
            select(_organization.c.name, _relation.c.role)
            .select_from(
                _relation.join(_organization, _organization.c.id == _relation.c.organization_id)
            )
            .where(
                (_relation.c.contact_id == contact_id)
                & (_relation.c.kind == "employment")
                & _organization.c.deleted_at.is_(None)
            )
            .order_by(_relation.c.until.is_not(None), _relation.c.id)
        ).all()
        methods = session.execute(
            select(
                _method.c.kind,
                _method.c.label,
                _method.c.value,
                _method.c.street,
                _method.c.postal_code,
                _method.c.city,
                _method.c.country,
            )
            .where(_method.c.contact_id == contact_id)
            .order_by(_method.c.kind, _method.c.is_primary.desc(), _method.c.position, _method.c.id)
        ).all()
    detail = ContactDetail(
        id=contact_id,
        name=head[0] or "",
        position=head[1] or "",
        organizations=[(name or "", role or "") for name, role in orgs],
        notes=head[2] or "",
    )
    for kind, label, value, street, postal_code, city, country in methods:
        if kind == "address":
            text = _address_text(value, street, postal_code, city, country)
            detail.addresses.append(MethodLine(kind, label or "", text))
        elif kind == "email":
            detail.emails.append(MethodLine(kind, label or "", value))
        elif kind == "phone":
            detail.phones.append(MethodLine(kind, label or "", value))
        else:
            detail.web.append(MethodLine(kind, label or "", value))
    return detail


def _address_text(
    value: str | None,
    street: str | None,
    postal_code: str | None,
    city: str | None,
    country: str | None,
) -> str:
    """Multi-line postal form when the parts are known, else the stored one-line form."""
    if not (street or city):
        return value or ""
    # Central European order: street, then "postal code city", then country.
    lines = [street or "", " ".join(p for p in (postal_code, city) if p), country or ""]
    return "\n".join(line for line in lines if line)


class ContactsTableModel(QAbstractTableModel):
    """Contacts ordered by folded name; only ``BLOCK_SIZE``-row blocks on screen are loaded."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, list[ContactRow]] = OrderedDict()
        self._filter = ""
        self.block_loads = 0  # how many block queries ran; tests and benchmarks read it
        self.loaded = False

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the ordered ids for the current filter and forget every cached row."""
        order = (_contact.c.sort_key, _contact.c.id)
        clause = filter_clause(self._filter)
        with self._database.session_scope() as session:
            if clause is None:
                # The sort_key index alone answers this (SQLite keeps the rowid in every
                # index): twice as fast at 100k rows as testing deleted_at row by row, and
                # the trash is small, so it is subtracted afterwards.
                ids = session.execute(select(_contact.c.id).order_by(*order)).scalars().all()
                trash = set(
                    session.execute(
                        select(_contact.c.id).where(_contact.c.deleted_at.is_not(None))
                    ).scalars()
                )
                if trash:
                    ids = [i for i in ids if i not in trash]
            else:
                stmt = select(_contact.c.id).where(_contact.c.deleted_at.is_(None), clause)
                ids = session.execute(stmt.order_by(*order)).scalars().all()
        self.beginResetModel()
        self._ids = list(ids)
        self._blocks.clear()
        self.loaded = True
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self._filter = text
        self.reload()

    @property
    def filter_text(self) -> str:
        return self._filter

    def total_count(self) -> int:
        """All contacts, ignoring the filter (for the empty state and the count label)."""
        if not self._filter.strip():
            return len(self._ids)
        with self._database.session_scope() as session:
            stmt = select(func.count()).select_from(_contact).where(_contact.c.deleted_at.is_(None))
            return int(session.execute(stmt).scalar_one())

    def _block(self, number: int) -> list[ContactRow]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        start = number * BLOCK_SIZE
        block = load_rows(self._database, self._ids[start : start + BLOCK_SIZE])
        self.block_loads += 1
        self._blocks[number] = block
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def row(self, row: int) -> ContactRow:
        return self._block(row // BLOCK_SIZE)[row % BLOCK_SIZE]

    @property
    def cached_blocks(self) -> list[int]:
        return list(self._blocks)

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> int:
        """The row showing ``contact_id``, or -1 when the filter hides it."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(self.row(index.row()), COLUMNS[index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("City"),
        ]
