"""Reading contacts for lists and detail panes: ordered ids, row blocks, one contact's card."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    column,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy import text as sa_text
from sqlalchemy.orm import Session

from smallcrm.core import search
from smallcrm.core.models import (
    Contact,
    ContactMethod,
    Organization,
    Relation,
    Tag,
    contact_tag,
    organization_tag,
)
from smallcrm.core.services.address_book import NO_YEAR, Ref
from smallcrm.core.text import fold
from smallcrm.core.validation import format_phone

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
    kind: str = "person"  # or "organization"; ``id`` is then the organisation's id

    @property
    def key(self) -> int:
        """The row's list key (see ``key_of``)."""
        return self.id if self.kind == "person" else -self.id


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
    kind: str = "person"  # or "organization"
    organization_ids: list[int] = field(default_factory=list)  # beside ``organizations``
    tags: list[str] = field(default_factory=list)
    birthday: str = ""  # "YYYY-MM-DD" or "--MM-DD" without a year
    ids: list[tuple[str, str]] = field(default_factory=list)  # ("registry", "12345678")
    people_count: int = 0  # organisations: people currently working there

    @property
    def key(self) -> int:
        return self.id if self.kind == "person" else -self.id


@dataclass(frozen=True, slots=True)
class PersonRole:
    """One person on an organisation's page, with the role they have there."""

    contact_id: int
    name: str
    role: str
    email: str
    phone: str
    since: str = ""  # ISO dates, blank when unknown
    until: str = ""


@dataclass(frozen=True, slots=True)
class OrganizationDetail:
    """Everything the organisation page shows."""

    id: int
    name: str
    legal_form: str
    registry_id: str
    tax_id: str
    country: str
    emails: list[MethodLine] = field(default_factory=list)
    phones: list[MethodLine] = field(default_factory=list)
    addresses: list[MethodLine] = field(default_factory=list)
    web: list[MethodLine] = field(default_factory=list)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    people: list[PersonRole] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TagInfo:
    id: int
    name: str


KINDS = ("all", "person", "organization")
SORT_COLUMNS = ("name", "kind", "organization", "email", "phone", "city")


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the contacts list shows: search text, kind and tag filters, sort column."""

    text: str = ""
    kind: str = "all"  # "all" | "person" | "organization"
    tag_id: int | None = None
    sort: str = "name"  # one of SORT_COLUMNS
    descending: bool = False


def key_of(ref: Ref) -> int:
    """One int per list row: a person's id, or an organisation's id negated.

    A flat list of ints keeps 100,000 rows at a few megabytes and compares fast.
    """
    return ref.id if ref.kind == "person" else -ref.id


def ref_of(key: int) -> Ref:
    return Ref("person", key) if key > 0 else Ref("organization", -key)


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
    return _words_like(table, words)


def _first_method(kind: str, column: str = "value", owner: Any = None) -> Any:
    """The owner's primary method of a kind, else its first one, as a scalar subquery."""
    owner = _contact if owner is None else owner
    m = _method.alias()
    owner_id = m.c.contact_id if owner is _contact else m.c.organization_id
    condition = (owner_id == owner.c.id) & (m.c.kind == kind)
    if column != "value":
        condition = condition & m.c[column].is_not(None) & (m.c[column] != "")
    return (
        select(m.c[column])
        .where(condition)
        .order_by(m.c.is_primary.desc(), m.c.position, m.c.id)
        .limit(1)
        .correlate(owner)
        .scalar_subquery()
    )


def _employer(column: str = "name") -> Any:
    r = _relation.alias()
    o = _organization.alias()
    return (
        select(o.c[column])
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


@functools.cache
def _block_query() -> Select[Any]:
    # Built once: the correlated subqueries take longer to construct than to run.
    return select(
        _contact.c.id,
        _contact.c.display_name,
        _employer(),
        _first_method("email"),
        _first_method("phone"),
        _first_method("address", "city"),
    ).where(_contact.c.id.in_(bindparam("ids", expanding=True)))


@functools.cache
def _organization_block_query() -> Select[Any]:
    o = _organization
    return select(
        o.c.id,
        o.c.name,
        literal(""),
        _first_method("email", owner=o),
        _first_method("phone", owner=o),
        _first_method("address", "city", owner=o),
    ).where(o.c.id.in_(bindparam("ids", expanding=True)))


def list_rows(
    session: Session, ids: list[int], user_country: str | None = "CZ"
) -> list[ContactRow]:
    """The table rows for list keys (see ``key_of``), in the order given.

    Records deleted meanwhile show blank. An organisation's own organisation column is blank.
    Phones are shown as the user reads them: national format at home, international abroad;
    with ``user_country`` None they stay E.164, for a caller that formats only the rows it
    draws (``format_phone`` takes a tenth of a millisecond a number).
    """
    people = [i for i in ids if i > 0]
    orgs = [-i for i in ids if i < 0]
    fetched: dict[int, ContactRow] = {}
    for keys, query, sign, kind in (
        (people, _block_query, 1, "person"),
        (orgs, _organization_block_query, -1, "organization"),
    ):
        if not keys:
            continue
        for row in session.execute(query(), {"ids": keys}):
            phone = row[4] or ""
            if phone.startswith("+") and user_country is not None:
                phone = format_phone(phone, user_country)
            fetched[sign * row[0]] = ContactRow(
                row[0], row[1] or "", row[2] or "", row[3] or "", phone, row[5] or "", kind
            )
    return [fetched.get(i) or ContactRow(abs(i), "", "", "", "", "", _kind_of(i)) for i in ids]


def _kind_of(key: int) -> str:
    return "person" if key > 0 else "organization"


def _tags(session: Session, kind: str, owner_id: int) -> list[str]:
    link = contact_tag if kind == "person" else organization_tag
    owner = link.c.contact_id if kind == "person" else link.c.organization_id
    stmt = select(Tag.name).join(link, link.c.tag_id == Tag.id).where(owner == owner_id)
    return sorted(session.scalars(stmt), key=fold)


def _methods(session: Session, kind: str, owner_id: int, user_country: str) -> list[MethodLine]:
    owner = _method.c.contact_id if kind == "person" else _method.c.organization_id
    rows = session.execute(
        select(
            _method.c.kind,
            _method.c.label,
            _method.c.value,
            _method.c.street,
            _method.c.postal_code,
            _method.c.city,
            _method.c.country,
        )
        .where(owner == owner_id)
        .order_by(_method.c.kind, _method.c.is_primary.desc(), _method.c.position, _method.c.id)
    ).all()
    lines = []
    for m_kind, label, value, street, postal_code, city, country in rows:
        if m_kind == "address":
            value = _address_text(value, street, postal_code, city, country)
        elif m_kind == "phone" and (value or "").startswith("+"):
            value = format_phone(value, user_country)
        lines.append(MethodLine(m_kind, label or "", value or ""))
    return lines


def _sorted_methods(detail: Any, lines: list[MethodLine]) -> None:
    for line in lines:
        {
            "email": detail.emails,
            "phone": detail.phones,
            "address": detail.addresses,
        }.get(line.kind, detail.web).append(line)


def contact_detail(
    session: Session, contact_id: int, user_country: str = "CZ"
) -> ContactDetail | None:
    """The detail pane's data for one person, or None if it is gone.

    Phones in E.164 come formatted for ``user_country`` (national there, else international).
    """
    head = session.execute(
        select(
            _contact.c.display_name,
            _contact.c.position,
            _contact.c.notes,
            _contact.c.birthday,
            _contact.c.birthday_year_known,
        ).where(_contact.c.id == contact_id)
    ).first()
    if head is None:
        return None
    orgs = session.execute(
        select(_organization.c.id, _organization.c.name, _relation.c.role)
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
    birthday = ""
    if head[3] is not None:
        b = head[3]
        birthday = b.isoformat() if head[4] or b.year != NO_YEAR else f"--{b:%m-%d}"
    detail = ContactDetail(
        id=contact_id,
        name=head[0] or "",
        position=head[1] or "",
        organizations=[(name or "", role or "") for _id, name, role in orgs],
        organization_ids=[org_id for org_id, _name, _role in orgs],
        notes=head[2] or "",
        tags=_tags(session, "person", contact_id),
        birthday=birthday,
    )
    _sorted_methods(detail, _methods(session, "person", contact_id, user_country))
    return detail


def organization_card(
    session: Session, organization_id: int, user_country: str = "CZ"
) -> ContactDetail | None:
    """An organisation in the shape the detail pane shows, or None if it is gone."""
    o = _organization
    head = session.execute(
        select(o.c.name, o.c.legal_form, o.c.registry_id, o.c.tax_id, o.c.notes).where(
            o.c.id == organization_id
        )
    ).first()
    if head is None:
        return None
    ids = [(k, v) for k, v in (("registry", head[2]), ("tax", head[3])) if v]
    detail = ContactDetail(
        id=organization_id,
        name=head[0] or "",
        position=head[1] or "",
        notes=head[4] or "",
        kind="organization",
        tags=_tags(session, "organization", organization_id),
        ids=ids,
        people_count=len(_people_of(session, organization_id, current_only=True)),
    )
    _sorted_methods(detail, _methods(session, "organization", organization_id, user_country))
    return detail


def _people_of(session: Session, organization_id: int, current_only: bool = False) -> list[Any]:
    r = _relation
    stmt = (
        select(
            _contact.c.id,
            _contact.c.display_name,
            r.c.role,
            _contact.c.position,
            r.c.since,
            r.c.until,
        )
        .select_from(r.join(_contact, _contact.c.id == r.c.contact_id))
        .where(
            r.c.organization_id == organization_id,
            r.c.kind == "employment",
            _contact.c.deleted_at.is_(None),
        )
        # Current people first, then by name.
        .order_by(r.c.until.is_not(None), _contact.c.name_order, _contact.c.id)
    )
    if current_only:
        stmt = stmt.where(r.c.until.is_(None))
    return list(session.execute(stmt))


def organization_detail(
    session: Session, organization_id: int, user_country: str = "CZ"
) -> OrganizationDetail | None:
    """The organisation page's data: its facts, contact methods and its people with roles."""
    o = _organization
    head = session.execute(select(o).where(o.c.id == organization_id)).first()
    if head is None:
        return None
    rows = _people_of(session, organization_id)
    contact_ids = [row[0] for row in rows]
    people_rows = {row.id: row for row in list_rows(session, contact_ids)} if rows else {}
    people = []
    for contact_id, name, role, position, since, until in rows:
        row = people_rows.get(contact_id)
        phone = row.phone if row else ""
        if phone.startswith("+"):
            phone = format_phone(phone, user_country)
        people.append(
            PersonRole(
                contact_id=contact_id,
                name=name or "",
                role=role or position or "",
                email=row.email if row else "",
                phone=phone,
                since=since.isoformat() if since else "",
                until=until.isoformat() if until else "",
            )
        )
    detail = OrganizationDetail(
        id=organization_id,
        name=head.name or "",
        legal_form=head.legal_form or "",
        registry_id=head.registry_id or "",
        tax_id=head.tax_id or "",
        country=head.country or "",
        notes=head.notes or "",
        tags=_tags(session, "organization", organization_id),
        people=people,
    )
    _sorted_methods(detail, _methods(session, "organization", organization_id, user_country))
    return detail


def organization_names(session: Session) -> list[str]:
    """Names of the organisations not in the trash, in the firm's alphabet (completers)."""
    stmt = (
        select(_organization.c.name)
        .where(_organization.c.deleted_at.is_(None))
        .order_by(_organization.c.name_order, _organization.c.id)
    )
    return [name for name in session.scalars(stmt) if name]


def tags(session: Session) -> list[TagInfo]:
    """Every tag, by folded name."""
    # The table, not the entity: the first ORM statement of a process configures every
    # mapper (~30 ms), and the contacts page asks for its tag filter before its first paint.
    tag = Tag.__table__
    found = [TagInfo(id_, name) for id_, name in session.execute(select(tag.c.id, tag.c.name))]
    return sorted(found, key=lambda t: (fold(t.name), t.id))


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


def _side(session: Session, table: Any, query: ListQuery) -> Select[Any] | None:
    """One table's half of the list: key, sort value, folded name, kind rank."""
    person = table is _contact
    wanted = "person" if person else "organization"
    if query.kind not in ("all", wanted):
        return None
    key = table.c.id if person else -table.c.id
    if query.sort == "organization":
        # People by employer; an organisation sorts among its own people.
        value: Any = _employer("name_order") if person else table.c.name_order
    elif query.sort in ("email", "phone"):
        value = _first_method(query.sort, owner=table)
    elif query.sort == "city":
        value = func.lower(_first_method("address", "city", owner=table))
    else:
        value = literal("")
    stmt = select(
        key.label("key"),
        value.label("value"),
        table.c.name_order.label("name"),
        literal(0 if person else 1).label("rank"),
    ).where(table.c.deleted_at.is_(None))
    clause = match_clause(session, table, query.text)
    if clause is not None:
        stmt = stmt.where(clause)
    if query.tag_id is not None:
        link = contact_tag if person else organization_tag
        owner = link.c.contact_id if person else link.c.organization_id
        stmt = stmt.where(table.c.id.in_(select(owner).where(link.c.tag_id == query.tag_id)))
    return stmt


def list_keys(session: Session, query: ListQuery = ListQuery()) -> list[int]:  # noqa: B008
    """Keys (see ``key_of``) of the people and organisations the list shows, in order.

    The sorting happens in SQL; the caller gets only the ordered keys and loads the rows it
    shows in blocks through ``list_rows``.
    """
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort column {query.sort!r}")
    if query.kind not in KINDS:
        raise ValueError(f"unknown kind {query.kind!r}")
    sides = [
        s for s in (_side(session, t, query) for t in (_contact, _organization)) if s is not None
    ]
    if not sides:
        return []
    both = union_all(*sides).subquery() if len(sides) > 1 else sides[0].subquery()
    c = both.c
    name = (c.name, c.rank, c.key)
    if query.sort == "name":
        order: list[Any] = [*name]
    elif query.sort == "kind":
        order = [c.rank, *name]
    else:
        # Blanks go last in either direction: they are the least useful rows.
        blank = case((func.coalesce(c.value, "") == "", 1), else_=0)
        order = [blank, c.value, *name]
    if query.descending:
        order = [o.desc() for o in order]
        if query.sort not in ("name", "kind"):
            order[0] = blank  # still last
    return list(session.execute(select(c.key).order_by(*order)).scalars())


# How many rows of each table, in name order, a search's first screen looks through
# before it asks the full-text index instead (see ``first_keys``): a short look first,
# then a longer one when the short one found matches often enough to make it worth it.
# On SQLite the walk reads only a covering index (search.NAME_SCANS): 10,000 entries
# take a few milliseconds.
FIRST_SCREEN_SCANS = (2_000, 10_000)


def _words_like(table: Any, words: list[str]) -> ColumnElement[bool]:
    """Every word starts a word of the row's search text (which is made of such words)."""
    padded = literal(" ") + table.c.search_text
    return and_(*(padded.like(f"% {_escape_like(w)}%", escape="\\") for w in words))


def first_keys(session: Session, query: ListQuery, limit: int) -> list[int] | None:
    """The first ``limit`` keys of ``list_keys(query)``, fast, for lists in name order.

    Each table's name index gives its first rows at once; merging them is the same order
    as ``list_keys``. A search walks the names in order too and tests each row's search
    text, which fills a screen within a few hundred rows for what people type first (one
    letter matches a sixth of the book, and the full-text index would first list all those
    tens of thousands); when the first ``FIRST_SCREEN_SCANS`` names do not fill the
    screen, the matches are rare and the full-text index lists them quickly. None for other sort
    orders, which ``list_keys`` answers in the background.
    """
    if query.sort != "name" or query.descending:
        return None
    words = search.query_words(query.text)
    sides = []
    ceiling = None  # a full screen of people ends here; later organisations can't show
    for table, rank in ((_contact, 0), (_organization, 1)):
        person = rank == 0
        if query.kind not in ("all", "person" if person else "organization"):
            continue
        stmt = select(table.c.name_order, table.c.id).where(table.c.deleted_at.is_(None))
        if query.tag_id is not None:
            link = contact_tag if person else organization_tag
            owner = link.c.contact_id if person else link.c.organization_id
            stmt = stmt.where(table.c.id.in_(select(owner).where(link.c.tag_id == query.tag_id)))
        if ceiling is not None:
            stmt = stmt.where(table.c.name_order <= ceiling)
        if not words:
            rows = session.execute(stmt.order_by(table.c.name_order, table.c.id).limit(limit)).all()
        else:
            rows = _first_matches(session, table, stmt, words, limit)
        if len(rows) == limit:
            ceiling = rows[-1][0]
        sides.append([(name, rank, id_ if person else -id_) for name, id_ in rows])
    merged = sorted(item for side in sides for item in side)
    return [key for _name, _rank, key in merged[:limit]]


def _first_matches(
    session: Session, table: Any, stmt: Select[Any], words: list[str], limit: int
) -> list[Any]:
    """The first ``limit`` (name_order, id) rows of ``stmt`` whose search text has ``words``."""
    order = (table.c.name_order, table.c.id)
    for window in FIRST_SCREEN_SCANS:
        # The window's last name bounds the walk: an index range, in order, nothing to sort.
        bound = session.execute(
            stmt.with_only_columns(table.c.name_order).order_by(*order).offset(window - 1).limit(1)
        ).scalar()
        scan = stmt.where(_words_like(table, words))
        if bound is not None:
            scan = scan.where(table.c.name_order <= bound)
        rows = session.execute(scan.order_by(*order).limit(limit)).all()
        if len(rows) == limit or bound is None:
            return rows  # a full screen, or the whole table was looked at
        if len(rows) * FIRST_SCREEN_SCANS[-1] < limit * window:
            break  # too rare for the longer walk to fill a screen
    hits = match_clause(session, table, " ".join(words))
    return session.execute(stmt.where(hits).order_by(*order).limit(limit)).all()


def search_refs(session: Session, query: str = "", limit: int | None = None) -> list[Ref]:
    """People and organisations not in the trash, matching ``query``, by name (the firm's
    alphabet)."""
    found: list[tuple[str, int, Ref]] = []
    for table, kind in ((_contact, "person"), (_organization, "organization")):
        stmt = select(table.c.name_order, table.c.id).where(table.c.deleted_at.is_(None))
        clause = match_clause(session, table, query)
        if clause is not None:
            stmt = stmt.where(clause)
        stmt = stmt.order_by(table.c.name_order, table.c.id)
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
