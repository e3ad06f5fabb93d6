"""Reading contacts for lists and detail panes: ordered ids, row blocks, one contact's card."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from smallcrm.core.models import Contact, ContactMethod, Organization, Relation
from smallcrm.core.text import fold

_contact = Contact.__table__
_method = ContactMethod.__table__
_relation = Relation.__table__
_organization = Organization.__table__


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


def list_rows(session: Session, ids: list[int]) -> list[ContactRow]:
    """The table rows for ``ids``, in the order given; ids deleted meanwhile show blank."""
    fetched = {
        row[0]: ContactRow(
            row[0], row[1] or "", row[2] or "", row[3] or "", row[4] or "", row[5] or ""
        )
        for row in session.execute(_block_query(ids))
    }
    return [fetched.get(i) or ContactRow(i, "", "", "", "", "") for i in ids]


def contact_detail(session: Session, contact_id: int) -> ContactDetail | None:
    """The detail pane's data for one contact, or None if it is gone."""
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


def contact_ids(session: Session, filter_text: str = "") -> list[int]:
    """Ids of the contacts not in the trash, ordered by folded name, matching the filter."""
    order = (_contact.c.sort_key, _contact.c.id)
    clause = filter_clause(filter_text)
    if clause is None:
        # The sort_key index alone answers this (SQLite keeps the rowid in every index):
        # twice as fast at 100k rows as testing deleted_at row by row, and the trash is
        # small, so it is subtracted afterwards.
        ids = list(session.execute(select(_contact.c.id).order_by(*order)).scalars())
        trash = set(
            session.execute(
                select(_contact.c.id).where(_contact.c.deleted_at.is_not(None))
            ).scalars()
        )
        return [i for i in ids if i not in trash] if trash else ids
    stmt = select(_contact.c.id).where(_contact.c.deleted_at.is_(None), clause)
    return list(session.execute(stmt.order_by(*order)).scalars())


def count_contacts(session: Session) -> int:
    """Contacts not in the trash."""
    stmt = select(func.count()).select_from(_contact).where(_contact.c.deleted_at.is_(None))
    return int(session.execute(stmt).scalar_one())


def count_organizations(session: Session) -> int:
    """Organisations not in the trash."""
    stmt = (
        select(func.count()).select_from(_organization).where(_organization.c.deleted_at.is_(None))
    )
    return int(session.execute(stmt).scalar_one())
