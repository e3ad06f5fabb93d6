"""Matters: numbers from the firm's pattern, stages, parties, lists and the pipeline board."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    PARTY_ROLES,
    STAGE_PHASES,
    Activity,
    Contact,
    FirmSetting,
    Matter,
    MatterParty,
    MatterType,
    NumberSequence,
    Organization,
    Stage,
    activity_contact,
    activity_organization,
    utcnow,
)
from smallcrm.core.services.address_book import RecordNotFound, Ref
from smallcrm.core.services.search_text import activity_search_text, matter_search_text
from smallcrm.core.text import fold

_matter = Matter.__table__
_party = MatterParty.__table__
_stage = Stage.__table__
_type = MatterType.__table__
_contact = Contact.__table__
_organization = Organization.__table__
# A matter party with its person or organisation, whichever it is.
_PARTY_OWNERS = _party.outerjoin(_contact, _contact.c.id == _party.c.contact_id).outerjoin(
    _organization, _organization.c.id == _party.c.organization_id
)

PATTERN_KEY = "matter_number_pattern"
DEFAULT_PATTERN = "{year}/{seq:04}"
# {year} (2026), {yy} (26), {seq} with an optional zero-padded width ({seq:04} -> 0042).
_TOKEN = re.compile(r"\{(year|yy|seq)(?::0?(\d+))?\}")
TITLE_MAX = 400


class InvalidMatter(KnownError):
    """A matter the rules refuse: no title, an unknown stage, a party twice in a role."""


@dataclass(slots=True)
class MatterInput:
    """What a user enters for a matter; ``number`` None means the next from the pattern."""

    title: str
    type_id: int | None = None
    stage_id: int | None = None  # None: the first intake stage
    responsible: str | None = None
    opened_on: date | None = None  # None: today
    closed_on: date | None = None
    notes: str | None = None
    number: str | None = None


@dataclass(frozen=True, slots=True)
class StageInfo:
    id: int
    key: str | None
    name: str
    phase: str
    position: int
    archived: bool


@dataclass(frozen=True, slots=True)
class TypeInfo:
    id: int
    key: str | None
    name: str
    position: int
    archived: bool


@dataclass(frozen=True, slots=True)
class PartyInfo:
    id: int
    ref: Ref
    name: str
    role: str
    note: str | None
    deleted: bool  # the person or organisation is in the trash


@dataclass(frozen=True, slots=True)
class MatterRow:
    """One line of the matter list or one card of the board; plain data."""

    id: int
    number: str
    title: str
    type_id: int | None
    stage_id: int
    responsible: str | None
    opened_on: date
    closed_on: date | None
    stage_since: datetime
    clients: str  # the client parties' names, for the list and the board


@dataclass(slots=True)
class MatterDetail:
    id: int
    number: str
    title: str
    type_id: int | None
    stage_id: int
    responsible: str | None
    opened_on: date
    closed_on: date | None
    notes: str | None
    stage_since: datetime
    created_at: datetime
    updated_at: datetime
    deleted: bool
    parties: list[PartyInfo] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MatterQuery:
    """What the matter list shows."""

    text: str = ""
    stage_id: int | None = None
    type_id: int | None = None
    phase: str | None = None  # one of STAGE_PHASES; None = all
    open_only: bool = False  # intake and engaged phases only
    responsible: str | None = None
    party: Ref | None = None  # matters this person or organisation is a party to


# --- settings and numbers --------------------------------------------------------------


def number_pattern(session: Session) -> str:
    value = session.get(FirmSetting, PATTERN_KEY)
    return value.value if value is not None else DEFAULT_PATTERN


def set_number_pattern(session: Session, pattern: str) -> None:
    """The pattern new matter numbers follow; it must contain {seq}."""
    pattern = pattern.strip()
    if "{seq" not in pattern:
        raise InvalidMatter(
            "The number pattern needs {seq}, the running number.",
            hint="For example {year}/{seq:04} gives 2026/0042.",
        )
    leftover = _TOKEN.sub("", pattern)
    if "{" in leftover or "}" in leftover:
        raise InvalidMatter(
            f"“{pattern}” has a placeholder SmallCRM does not know.",
            hint="Use {year}, {yy} and {seq} (or {seq:04} for four digits).",
        )
    setting = session.get(FirmSetting, PATTERN_KEY)
    if setting is None:
        session.add(FirmSetting(key=PATTERN_KEY, value=pattern))
    else:
        setting.value = pattern


def format_number(pattern: str, seq: int, on: date) -> str:
    def token(match: re.Match[str]) -> str:
        name, width = match.group(1), int(match.group(2) or 0)
        if name == "year":
            return f"{on.year:04d}"
        if name == "yy":
            return f"{on.year % 100:02d}"
        return str(seq).zfill(width)

    return _TOKEN.sub(token, pattern)


def _next_seq(session: Session, scope: str) -> int:
    table = NumberSequence.__table__
    for _attempt in range(3):
        last = session.execute(
            update(table)
            .where(table.c.scope == scope)
            .values(last=table.c.last + 1)
            .returning(table.c.last)
        ).scalar()
        if last is not None:
            return int(last)
        try:
            with session.begin_nested():
                session.execute(insert(table).values(scope=scope, last=1))
            return 1
        except IntegrityError:
            continue  # another workstation created the scope meanwhile: increment it
    raise KnownError("No matter number could be reserved; please try again.")


def next_number(session: Session, on: date | None = None) -> str:
    """Reserve the next matter number; a number once handed out is never handed out again."""
    on = on or date.today()
    pattern = number_pattern(session)
    # The running number restarts each year when the pattern shows the year.
    scope = f"matter:{on.year}" if ("{year" in pattern or "{yy" in pattern) else "matter"
    while True:
        number = format_number(pattern, _next_seq(session, scope), on)
        taken = session.execute(select(_matter.c.id).where(_matter.c.number == number)).first()
        if taken is None:
            return number


# --- stages and types --------------------------------------------------------------------


def stages(session: Session, include_archived: bool = False) -> list[StageInfo]:
    stmt = select(_stage).order_by(_stage.c.position, _stage.c.id)
    if not include_archived:
        stmt = stmt.where(_stage.c.archived.is_(False))
    return [
        StageInfo(r.id, r.key, r.name, r.phase, r.position, r.archived)
        for r in session.execute(stmt)
    ]


def matter_types(session: Session, include_archived: bool = False) -> list[TypeInfo]:
    stmt = select(_type).order_by(_type.c.position, _type.c.id)
    if not include_archived:
        stmt = stmt.where(_type.c.archived.is_(False))
    return [TypeInfo(r.id, r.key, r.name, r.position, r.archived) for r in session.execute(stmt)]


def _save_entry(
    session: Session, table: Any, what: str, name: str, entry_id: int | None, **values: Any
) -> int:
    """Add an entry of an editable list (stages, types) at its end, or change one."""
    name = name.strip()
    if not name:
        raise InvalidMatter(f"A {what} needs a name.")
    clash = session.execute(
        select(table.c.id).where(
            func.lower(table.c.name) == name.lower(), table.c.id != (entry_id or 0)
        )
    ).first()
    if clash is not None:
        raise InvalidMatter(f"There is already a {what} “{name}”.")
    if entry_id is None:
        position = session.execute(select(func.coalesce(func.max(table.c.position), -1))).scalar()
        return int(
            session.execute(
                insert(table)
                .values(name=name, position=int(position) + 1, archived=False, **values)
                .returning(table.c.id)
            ).scalar_one()
        )
    session.execute(update(table).where(table.c.id == entry_id).values(name=name, **values))
    return entry_id


def save_stage(session: Session, name: str, phase: str, stage_id: int | None = None) -> int:
    """Add a stage at the end of the pipeline, or rename / re-phase one."""
    if phase not in STAGE_PHASES:
        raise InvalidMatter(f"Unknown phase “{phase}”.")
    return _save_entry(session, _stage, "stage", name, stage_id, phase=phase)


def reorder_stages(session: Session, ordered_ids: list[int]) -> None:
    """The pipeline in this order (ids not listed keep their place after these)."""
    for position, stage_id in enumerate(ordered_ids):
        session.execute(update(_stage).where(_stage.c.id == stage_id).values(position=position))


def archive_stage(session: Session, stage_id: int, archived: bool = True) -> None:
    """Hide a stage from the board; refused while open matters sit in it."""
    if archived:
        used = session.execute(
            select(func.count())
            .select_from(_matter)
            .where(_matter.c.stage_id == stage_id, _matter.c.deleted_at.is_(None))
        ).scalar_one()
        if used:
            raise InvalidMatter(
                f"{used} matter(s) are in this stage.",
                hint="Move them to another stage first.",
            )
    session.execute(update(_stage).where(_stage.c.id == stage_id).values(archived=archived))


def save_matter_type(session: Session, name: str, type_id: int | None = None) -> int:
    """Add a matter type at the end of the list, or rename one."""
    return _save_entry(session, _type, "matter type", name, type_id)


def archive_matter_type(session: Session, type_id: int, archived: bool = True) -> None:
    """Hide a type from the choices; matters of that type keep it."""
    session.execute(update(_type).where(_type.c.id == type_id).values(archived=archived))


def _stage_row(session: Session, stage_id: int) -> Any:
    row = session.execute(select(_stage).where(_stage.c.id == stage_id)).first()
    if row is None:
        raise InvalidMatter(f"There is no stage {stage_id}.")
    return row


def _first_stage(session: Session) -> int:
    stage_id = session.execute(
        select(_stage.c.id)
        .where(_stage.c.archived.is_(False))
        .order_by((_stage.c.phase != "intake"), _stage.c.position, _stage.c.id)
        .limit(1)
    ).scalar()
    if stage_id is None:
        raise InvalidMatter("There is no stage to put the matter in.", hint="Add a stage first.")
    return int(stage_id)


# --- matters ---------------------------------------------------------------------------


def _check(data: MatterInput) -> str:
    title = (data.title or "").strip()
    if not title:
        raise InvalidMatter("A matter needs a title.")
    if len(title) > TITLE_MAX:
        raise InvalidMatter(f"The title is longer than {TITLE_MAX} characters.")
    if data.closed_on and data.opened_on and data.closed_on < data.opened_on:
        raise InvalidMatter("The matter cannot close before it opens.")
    return title


def create_matter(
    session: Session, data: MatterInput, parties: list[tuple[Ref, str]] | None = None
) -> int:
    """A new matter (numbered from the pattern unless a number is given), with its parties."""
    title = _check(data)
    stage_id = data.stage_id or _first_stage(session)
    stage = _stage_row(session, stage_id)
    opened = data.opened_on or date.today()
    number = (data.number or "").strip() or next_number(session, opened)
    if session.execute(select(_matter.c.id).where(_matter.c.number == number)).first():
        raise InvalidMatter(f"The number {number} is already used by another matter.")
    closed = data.closed_on
    if stage.phase in ("closed", "declined") and closed is None:
        closed = opened
    matter_id = int(
        session.execute(
            insert(_matter)
            .values(
                number=number,
                title=title,
                sort_key=fold(title),
                search_text=matter_search_text(number, title, data.notes),
                type_id=data.type_id,
                stage_id=stage_id,
                responsible=(data.responsible or "").strip() or None,
                opened_on=opened,
                closed_on=closed,
                notes=data.notes,
                stage_since=utcnow(),
                created_at=utcnow(),
                updated_at=utcnow(),
            )
            .returning(_matter.c.id)
        ).scalar_one()
    )
    for ref, role in parties or []:
        add_party(session, matter_id, ref, role)
    return matter_id


def _live_matter(session: Session, matter_id: int) -> Any:
    row = session.execute(select(_matter).where(_matter.c.id == matter_id)).first()
    if row is None:
        raise RecordNotFound(f"Matter {matter_id} does not exist.")
    return row


def update_matter(session: Session, matter_id: int, data: MatterInput) -> None:
    """Change a matter's fields; a stage change goes through ``move_stage`` (timeline)."""
    title = _check(data)
    row = _live_matter(session, matter_id)
    number = (data.number or "").strip() or row.number
    if (
        number != row.number
        and session.execute(select(_matter.c.id).where(_matter.c.number == number)).first()
    ):
        raise InvalidMatter(f"The number {number} is already used by another matter.")
    session.execute(
        update(_matter)
        .where(_matter.c.id == matter_id)
        .values(
            number=number,
            title=title,
            sort_key=fold(title),
            search_text=matter_search_text(number, title, data.notes),
            type_id=data.type_id,
            responsible=(data.responsible or "").strip() or None,
            opened_on=data.opened_on or row.opened_on,
            closed_on=data.closed_on,
            notes=data.notes,
            updated_at=utcnow(),
        )
    )
    if data.stage_id is not None and data.stage_id != row.stage_id:
        move_stage(session, matter_id, data.stage_id)


def move_stage(
    session: Session, matter_id: int, stage_id: int, when: datetime | None = None
) -> int | None:
    """Put a matter in another stage; the move lands on its timeline. Returns the activity id.

    Entering a closed or declined stage closes the matter today (unless it has a closing
    date); leaving one for an open stage reopens it.
    """
    row = _live_matter(session, matter_id)
    if row.stage_id == stage_id:
        return None
    old, new = _stage_row(session, row.stage_id), _stage_row(session, stage_id)
    when = when or utcnow()
    values: dict[str, Any] = {"stage_id": stage_id, "stage_since": when, "updated_at": utcnow()}
    if new.phase in ("closed", "declined"):
        values["closed_on"] = row.closed_on or when.date()
    elif old.phase in ("closed", "declined"):
        values["closed_on"] = None
    session.execute(update(_matter).where(_matter.c.id == matter_id).values(**values))
    activity = Activity.__table__
    subject = f"{old.name} → {new.name}"
    activity_id = int(
        session.execute(
            insert(activity)
            .values(
                kind="stage",
                occurred_at=when,
                subject=subject,
                search_text=activity_search_text(subject),
                matter_id=matter_id,
                created_at=utcnow(),
                updated_at=utcnow(),
            )
            .returning(activity.c.id)
        ).scalar_one()
    )
    # The stage change shows on the clients' timelines too.
    for party in session.execute(
        select(_party.c.contact_id, _party.c.organization_id).where(
            _party.c.matter_id == matter_id, _party.c.role == "client"
        )
    ):
        if party.contact_id:
            session.execute(
                insert(activity_contact).values(
                    activity_id=activity_id, contact_id=party.contact_id
                )
            )
        else:
            session.execute(
                insert(activity_organization).values(
                    activity_id=activity_id, organization_id=party.organization_id
                )
            )
    return activity_id


def trash_matter(session: Session, matter_id: int) -> None:
    _live_matter(session, matter_id)
    session.execute(update(_matter).where(_matter.c.id == matter_id).values(deleted_at=utcnow()))


def restore_matter(session: Session, matter_id: int) -> None:
    session.execute(update(_matter).where(_matter.c.id == matter_id).values(deleted_at=None))


def stage_phase(session: Session, matter_id: int) -> str:
    row = _live_matter(session, matter_id)
    return str(_stage_row(session, row.stage_id).phase)


# --- parties ---------------------------------------------------------------------------


def _owner_exists(session: Session, ref: Ref) -> None:
    table = _contact if ref.kind == "person" else _organization
    if session.execute(select(table.c.id).where(table.c.id == ref.id)).first() is None:
        what = "Contact" if ref.kind == "person" else "Organisation"
        raise RecordNotFound(f"{what} {ref.id} does not exist.")


def add_party(
    session: Session, matter_id: int, ref: Ref, role: str, note: str | None = None
) -> int:
    """A person or organisation joins the matter in a role (once per role)."""
    if role not in PARTY_ROLES:
        raise InvalidMatter(f"Unknown party role “{role}”.")
    _live_matter(session, matter_id)
    _owner_exists(session, ref)
    owner = _party.c.contact_id if ref.kind == "person" else _party.c.organization_id
    exists = session.execute(
        select(_party.c.id).where(
            _party.c.matter_id == matter_id, owner == ref.id, _party.c.role == role
        )
    ).first()
    if exists is not None:
        return int(exists.id)
    return int(
        session.execute(
            insert(_party)
            .values(
                matter_id=matter_id,
                contact_id=ref.id if ref.kind == "person" else None,
                organization_id=ref.id if ref.kind == "organization" else None,
                role=role,
                note=note,
                added_at=utcnow(),
            )
            .returning(_party.c.id)
        ).scalar_one()
    )


def remove_party(session: Session, party_id: int) -> None:
    session.execute(delete(_party).where(_party.c.id == party_id))


def _party_names() -> tuple[Any, Any]:
    name = func.coalesce(_contact.c.display_name, _organization.c.name)
    deleted = func.coalesce(_contact.c.deleted_at, _organization.c.deleted_at)
    return name, deleted


def parties(session: Session, matter_id: int) -> list[PartyInfo]:
    name, deleted = _party_names()
    stmt = (
        select(_party, name.label("name"), deleted.label("gone"))
        .select_from(_PARTY_OWNERS)
        .where(_party.c.matter_id == matter_id)
        .order_by(_party.c.id)
    )
    out = []
    for r in session.execute(stmt):
        ref = (
            Ref("person", r.contact_id) if r.contact_id else Ref("organization", r.organization_id)
        )
        out.append(PartyInfo(r.id, ref, r.name or "", r.role, r.note, r.gone is not None))
    order = {role: n for n, role in enumerate(PARTY_ROLES)}
    return sorted(out, key=lambda p: (order[p.role], fold(p.name), p.id))


def matter_detail(session: Session, matter_id: int) -> MatterDetail:
    r = _live_matter(session, matter_id)
    return MatterDetail(
        r.id, r.number, r.title, r.type_id, r.stage_id, r.responsible, r.opened_on,
        r.closed_on, r.notes, r.stage_since, r.created_at, r.updated_at,
        r.deleted_at is not None, parties(session, matter_id),
    )  # fmt: skip


def matters_of(session: Session, ref: Ref) -> list[tuple[MatterRow, str]]:
    """The matters a person or organisation is a party to, with the role, newest first."""
    owner = _party.c.contact_id if ref.kind == "person" else _party.c.organization_id
    found = session.execute(
        select(_party.c.matter_id, _party.c.role)
        .where(owner == ref.id)
        .order_by(_party.c.matter_id.desc())
    ).all()
    rows = {row.id: row for row in matter_rows(session, [m for m, _ in found])}
    return [(rows[m], role) for m, role in found if m in rows]


# --- the list and the board ----------------------------------------------------------


def _filtered(query: MatterQuery) -> Any:
    stmt = select(_matter.c.id).where(_matter.c.deleted_at.is_(None))
    if query.stage_id is not None:
        stmt = stmt.where(_matter.c.stage_id == query.stage_id)
    if query.type_id is not None:
        stmt = stmt.where(_matter.c.type_id == query.type_id)
    if query.phase is not None or query.open_only:
        phases = [query.phase] if query.phase else ["intake", "engaged"]
        stmt = stmt.where(
            _matter.c.stage_id.in_(select(_stage.c.id).where(_stage.c.phase.in_(phases)))
        )
    if query.responsible:
        stmt = stmt.where(func.lower(_matter.c.responsible) == query.responsible.lower())
    if query.party is not None:
        owner = _party.c.contact_id if query.party.kind == "person" else _party.c.organization_id
        stmt = stmt.where(
            _matter.c.id.in_(select(_party.c.matter_id).where(owner == query.party.id))
        )
    words = fold(query.text).split()
    for word in words:
        like = f"%{word.replace('%', '').replace('_', '')}%"
        # The number, the title, or a party's name.
        party_hit = (
            select(_party.c.matter_id)
            .select_from(_PARTY_OWNERS)
            .where(or_(_contact.c.search_text.like(like), _organization.c.search_text.like(like)))
        )
        stmt = stmt.where(
            or_(
                func.lower(_matter.c.number).like(like),
                _matter.c.sort_key.like(like),
                _matter.c.id.in_(party_hit),
            )
        )
    return stmt


def list_matter_ids(session: Session, query: MatterQuery = MatterQuery()) -> list[int]:  # noqa: B008
    """Ids of the matters the list shows, newest opened first."""
    stmt = _filtered(query).order_by(_matter.c.opened_on.desc(), _matter.c.id.desc())
    return list(session.execute(stmt).scalars())


def matter_rows(session: Session, ids: list[int]) -> list[MatterRow]:
    """The rows for ``ids``, in that order (a paged list loads them a screen at a time)."""
    if not ids:
        return []
    name, _deleted = _party_names()
    clients: dict[int, list[str]] = {}
    for matter_id, client in session.execute(
        select(_party.c.matter_id, name)
        .select_from(_PARTY_OWNERS)
        .where(_party.c.matter_id.in_(ids), _party.c.role == "client")
        .order_by(_party.c.id)
    ):
        clients.setdefault(matter_id, []).append(client or "")
    rows = {
        r.id: MatterRow(
            r.id,
            r.number,
            r.title,
            r.type_id,
            r.stage_id,
            r.responsible,
            r.opened_on,
            r.closed_on,
            r.stage_since,
            ", ".join(clients.get(r.id, [])),
        )  # fmt: skip
        for r in session.execute(select(_matter).where(_matter.c.id.in_(ids)))
    }
    return [rows[i] for i in ids if i in rows]


def board(
    session: Session,
    query: MatterQuery = MatterQuery(),
    per_stage: int = 200,  # noqa: B008
) -> dict[int, tuple[int, list[MatterRow]]]:
    """Per stage: how many matters it holds and the ``per_stage`` longest in it.

    Closed and declined stages hold years of matters; the board shows the count and the
    most recent, and the list view has the rest.
    """
    out: dict[int, tuple[int, list[MatterRow]]] = {}
    filtered = _filtered(query).subquery()
    counts = dict(
        session.execute(
            select(_matter.c.stage_id, func.count())
            .where(_matter.c.id.in_(select(filtered.c.id)))
            .group_by(_matter.c.stage_id)
        ).all()
    )
    for stage in stages(session):
        newest_first = stage.phase in ("closed", "declined")
        order = _matter.c.stage_since.desc() if newest_first else _matter.c.stage_since
        ids = list(
            session.execute(
                select(_matter.c.id)
                .where(_matter.c.stage_id == stage.id, _matter.c.id.in_(select(filtered.c.id)))
                .order_by(order, _matter.c.id)
                .limit(per_stage)
            ).scalars()
        )
        out[stage.id] = (int(counts.get(stage.id, 0)), matter_rows(session, ids))
    return out


def responsibles(session: Session) -> list[str]:
    """Everyone named responsible for a matter so far, for the filter and the form."""
    names = session.execute(
        select(_matter.c.responsible).where(_matter.c.responsible.is_not(None)).distinct()
    ).scalars()
    return sorted({n for n in names if n}, key=fold)


def count_matters(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(_matter).where(_matter.c.deleted_at.is_(None))
        ).scalar_one()
    )


def party_refs(session: Session, matter_id: int, roles: tuple[str, ...] = PARTY_ROLES) -> list[Ref]:
    rows = session.execute(
        select(_party.c.contact_id, _party.c.organization_id).where(
            and_(_party.c.matter_id == matter_id, _party.c.role.in_(roles))
        )
    )
    return [
        Ref("person", c) if c else Ref("organization", o)
        for c, o in rows  # type: ignore[arg-type]
    ]
