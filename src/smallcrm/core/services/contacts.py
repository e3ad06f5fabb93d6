"""Reading contacts for lists and detail panes: ordered ids, row blocks, one contact's card."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, func, literal, select
from sqlalchemy import text as sa_text
from sqlalchemy.orm import Session

from smallcrm.core import search
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation
from smallcrm.core.services.address_book import Ref

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


def match_clause(session: Session, table: Any, text_query: str) -> ColumnElement[bool] | None:
    """Rows of ``table`` (contact or organization) whose search text has every typed word as
    the start of one of its words: "nov ja" finds "Jana Nováková", "602 12" her phone.

    FTS5 answers on SQLite; PostgreSQL scans the folded text. None when nothing was typed.
    """
    words = search.query_words(text_query)
    if not words:
        return None
    if session.get_bind().dialect.name == "sqlite":
        fts = search.INDEXED[table.name]
        hits = sa_text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :match").bindparams(
            match=search.fts_match(words)
        )
        return table.c.id.in_(hits.columns(column("rowid")))
    padded = literal(" ") + table.c.search_text
    return and_(*(padded.like(f"% {_escape_like(w)}%", escape="\\") for w in words))


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
    clause = match_clause(session, _contact, filter_text)
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


def search_refs(session: Session, query: str = "", limit: int | None = None) -> list[Ref]:
    """People and organisations not in the trash, matching ``query``, by folded name."""
    found: list[tuple[str, int, Ref]] = []
    for table, kind in ((_contact, "person"), (_organization, "organization")):
        stmt = select(table.c.sort_key, table.c.id).where(table.c.deleted_at.is_(None))
        clause = match_clause(session, table, query)
        if clause is not None:
            stmt = stmt.where(clause)
        stmt = stmt.order_by(table.c.sort_key, table.c.id)
        if limit:
            stmt = stmt.limit(limit)
        found += [(key, id_, Ref(kind, id_)) for key, id_ in session.execute(stmt)]
    found.sort(key=lambda item: (item[0], item[2].kind, item[1]))
    refs = [ref for _key, _id, ref in found]
    return refs[:limit] if limit else refs


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
