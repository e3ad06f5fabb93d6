"""Merging two people (or two organisations) into one, field by field, as one change set
that undo takes back whole."""

# Links from later features
# -------------------------
# Activities, matters, documents and mail will point at contacts. Each such feature appends
# a LinkMover to LINKS: ``move(session, change_set_id, other, survivor)`` repoints its rows
# from ``other`` to ``survivor`` while the merge runs (before ``other`` is deleted, so ON
# DELETE CASCADE never eats them), and ``undo(session, change_set_id)`` points exactly those
# rows back. ChangeItem snapshots only know people and organisations, so a mover must keep
# its own record of what it moved, keyed by the change set id (a ``merged_by`` column on its
# link rows, or a small table of (change_set_id, row id, old contact id)).
# A mover's ``kind`` says whose links it moves: "person" (the default; ``other`` and
# ``survivor`` are contact ids) or "organization" (organisation ids). A feature linking to
# both registers one mover for each. A merge of two people runs only the "person" movers, a
# merge of two organisations only the "organization" ones.
# ``address_book.undo`` restores the two records first (so ``other`` exists again) and then,
# for a change set of kind "merge", runs every mover's ``undo`` newest-registered first (a
# mover that moved nothing under that change set has nothing to put back): every Undo in
# the app takes a merge back whole.
#
# Organisations
# -------------
# ``merge_organizations`` keeps the survivor's id, picks the fields of ORGANIZATION_FIELDS
# one by one, keeps every e-mail, phone, web link, address and tag of both, and moves every
# job (person-organisation relation) of ``other`` to the survivor, except a job the same
# person already has there (same role, same dates). People whose employer's name changes
# with the merge get their search words refreshed; they are snapshotted first, so undo puts
# them back exactly, as it does the two organisations and their jobs.

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.collation import name_keys, name_text
from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    ChangeSet,
    Contact,
    ContactMethod,
    Organization,
    Relation,
    contact_tag,
    organization_tag,
    utcnow,
)
from smallcrm.core.search import query_words
from smallcrm.core.services.address_book import ChangeRecorder, RecordNotFound, Ref, undo
from smallcrm.core.services.name_order import firm_language
from smallcrm.core.services.relations import refresh_person
from smallcrm.core.services.search_text import contact_search_text, organization_search_text
from smallcrm.core.text import fold

_contact = Contact.__table__
_organization = Organization.__table__
_method = ContactMethod.__table__
_relation = Relation.__table__

# Fields the merge dialog picks one by one; birthday and photo carry their companions.
FIELDS = (
    "title",
    "given_name",
    "middle_name",
    "family_name",
    "suffix",
    "display_name",
    "nickname",
    "position",
    "department",
    "birthday",
    "notes",
    "photo",
    "personal_id",
)
_COMPANIONS = {"birthday": ("birthday_year_known",), "photo": ("photo_mime",)}

# The organisation fields the merge dialog picks one by one.
ORGANIZATION_FIELDS = ("name", "legal_form", "registry_id", "tax_id", "country", "notes")


def fields_of(kind: str) -> tuple[str, ...]:
    """The fields picked one by one when merging two records of ``kind``."""
    return ORGANIZATION_FIELDS if kind == "organization" else FIELDS


@dataclass(frozen=True)
class LinkMover:
    """How one feature's links (activities, matters, ...) follow a merge and its undo."""

    name: str
    move: Callable[[Session, int, int, int], None]  # (session, change_set_id, other, survivor)
    undo: Callable[[Session, int], None]  # (session, change_set_id)
    kind: str = "person"  # whose links: "person" (contact ids) or "organization"


LINKS: list[LinkMover] = []


def _live_row(session: Session, record_id: int, kind: str = "person") -> Any:
    table, name = (_contact, "display_name") if kind == "person" else (_organization, "name")
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        what = "Contact" if kind == "person" else "Organisation"
        raise RecordNotFound(f"{what} {record_id} does not exist.")
    if row["deleted_at"] is not None:
        raise KnownError(
            f"“{row[name]}” is in the trash.",
            hint="Restore it from the trash before merging.",
        )
    return row


def _check_choices(
    choices: dict[str, int] | None, fields: tuple[str, ...], survivor: int, other: int
) -> dict[str, int]:
    choices = dict(choices or {})
    for name, winner in choices.items():
        if name not in fields:
            raise ValueError(f"unknown merge field {name!r}")
        if winner not in (survivor, other):
            raise ValueError(f"merge choice {name}={winner} is neither {survivor} nor {other}")
    return choices


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == b""


def _method_key(m: Any) -> tuple[str, ...]:
    """Two methods with the same key are one: the merge keeps the survivor's."""
    value = (m["value"] or "").strip()
    if m["kind"] == "email":
        return ("email", value.lower())
    if m["kind"] == "phone":
        return ("phone", "".join(ch for ch in value if ch.isdigit() or ch == "+") or value)
    if m["kind"] == "web":
        return ("web", value.rstrip("/").lower())
    return (
        "address",
        fold(m["street"]),
        fold(m["city"]),
        (m["postal_code"] or "").replace(" ", ""),
        (m["country"] or "").upper(),
    )


def _relation_key(r: Any) -> tuple[Any, ...]:
    return (
        r["contact_id"],
        r["kind"],
        r["organization_id"],
        r["other_contact_id"],
        r["role"],
        r["since"],
        r["until"],
    )


def _copy(row: Any, **changes: Any) -> dict[str, Any]:
    # A copy under a new id, never an in-place update: undo re-inserts the originals with
    # their old ids, which must be free by then.
    values = {k: v for k, v in row.items() if k != "id"}
    values.update(changes)
    return values


def merge_contacts(
    session: Session, survivor: int, other: int, choices: dict[str, int] | None = None
) -> int:
    """Merge person ``other`` into ``survivor``; returns the change set id (for undo).

    ``choices`` maps a field of FIELDS to the id whose value wins; by default the
    survivor's value, or the other's where the survivor's is empty. Every e-mail, phone,
    web link and address of both is kept once, tags are united, relations move to the
    survivor (no self-relations, no exact duplicates), links move (LINKS), and ``other``
    is deleted.
    """
    if survivor == other:
        raise KnownError("A contact cannot be merged with itself.")
    keep = _live_row(session, survivor)
    gone = _live_row(session, other)
    choices = _check_choices(choices, FIELDS, survivor, other)

    recorder = ChangeRecorder(
        session, "merge", f"Merge of {gone['display_name']} into {keep['display_name']}"
    )
    # Snapshots first, before anything changes: undo restores exactly these.
    recorder.before_update(Ref("person", survivor))
    recorder.before_delete(Ref("person", other))

    values: dict[str, Any] = {}
    for name in FIELDS:
        winner = choices.get(name)
        if winner is None:
            winner = other if _empty(keep[name]) and not _empty(gone[name]) else survivor
        source = keep if winner == survivor else gone
        values[name] = source[name]
        for companion in _COMPANIONS.get(name, ()):
            values[companion] = source[companion]
    if _empty(values["display_name"]):
        values["display_name"] = keep["display_name"]
    values["uid"] = keep["uid"] or gone["uid"]
    text = name_text(values["family_name"], values["given_name"], values["display_name"])
    values.update(name_keys(text, firm_language(session)))

    _merge_methods(session, _method.c.contact_id, survivor, other)
    _merge_tags(session, contact_tag.c.contact_id, survivor, other)
    _move_relations(session, survivor, other)
    for mover in LINKS:
        if mover.kind == "person":
            mover.move(session, recorder.id, other, survivor)

    values["search_text"] = _search_text(session, survivor, values)
    values["updated_at"] = utcnow()
    session.execute(update(_contact).where(_contact.c.id == survivor).values(values))
    session.execute(delete(_method).where(_method.c.contact_id == other))
    session.execute(delete(contact_tag).where(contact_tag.c.contact_id == other))
    session.execute(
        delete(_relation).where(
            (_relation.c.contact_id == other) | (_relation.c.other_contact_id == other)
        )
    )
    session.execute(delete(_contact).where(_contact.c.id == other))
    return recorder.id


def _merge_methods(session: Session, owner: Any, survivor: int, other: int) -> None:
    """Copy the other's methods the survivor lacks; ``owner`` is the owning id column."""
    mine = session.execute(
        select(_method).where(owner == survivor).order_by(_method.c.position, _method.c.id)
    ).mappings()
    seen = set()
    primary_kinds = set()
    position = 0
    for m in mine:
        seen.add(_method_key(m))
        if m["is_primary"]:
            primary_kinds.add(m["kind"])
        position = max(position, m["position"] + 1)
    theirs = session.execute(
        select(_method).where(owner == other).order_by(_method.c.position, _method.c.id)
    ).mappings()
    for m in list(theirs):
        key = _method_key(m)
        if key in seen:
            continue
        seen.add(key)
        # The survivor's primary e-mail (phone, ...) stays primary.
        primary = bool(m["is_primary"]) and m["kind"] not in primary_kinds
        if primary:
            primary_kinds.add(m["kind"])
        session.execute(
            insert(_method).values(
                _copy(m, **{owner.key: survivor}, position=position, is_primary=primary)
            )
        )
        position += 1


def _merge_tags(session: Session, owner: Any, survivor: int, other: int) -> None:
    """Give the survivor the other's tags; ``owner`` is the link table's owner column."""
    link = owner.table
    mine = set(session.scalars(select(link.c.tag_id).where(owner == survivor)))
    for tag_id in list(session.scalars(select(link.c.tag_id).where(owner == other))):
        if tag_id not in mine:
            session.execute(insert(link).values({owner.key: survivor, "tag_id": tag_id}))


def _move_relations(session: Session, survivor: int, other: int) -> None:
    existing = {
        _relation_key(r)
        for r in session.execute(
            select(_relation).where(
                (_relation.c.contact_id == survivor) | (_relation.c.other_contact_id == survivor)
            )
        ).mappings()
    }
    theirs = session.execute(
        select(_relation)
        .where((_relation.c.contact_id == other) | (_relation.c.other_contact_id == other))
        .order_by(_relation.c.id)
    ).mappings()
    for r in list(theirs):
        values = _copy(r)
        if values["contact_id"] == other:
            values["contact_id"] = survivor
        if values["other_contact_id"] == other:
            values["other_contact_id"] = survivor
        if values["other_contact_id"] == values["contact_id"]:
            continue  # a tie between the two merged records would tie the survivor to itself
        key = _relation_key(values)
        if key in existing:
            continue
        existing.add(key)
        session.execute(insert(_relation).values(values))


def _search_text(session: Session, survivor: int, values: dict[str, Any]) -> str:
    employers = session.scalars(
        select(_organization.c.name)
        .join(_relation, _relation.c.organization_id == _organization.c.id)
        .where(_relation.c.contact_id == survivor, _relation.c.kind == "employment")
    ).all()
    methods = session.execute(
        select(_method.c.kind, _method.c.value, _method.c.city).where(
            _method.c.contact_id == survivor
        )
    ).all()
    return contact_search_text(
        (
            values["title"],
            values["given_name"],
            values["middle_name"],
            values["family_name"],
            values["nickname"],
            values["display_name"],
        ),
        employers,
        [(kind, value, city or "") for kind, value, city in methods],
    )


# --- organisations ---------------------------------------------------------------------------


def merge_organizations(
    session: Session, survivor: int, other: int, choices: dict[str, int] | None = None
) -> int:
    """Merge organisation ``other`` into ``survivor``; returns the change set id (for undo).

    ``choices`` maps a field of ORGANIZATION_FIELDS to the id whose value wins; by default
    the survivor's value, or the other's where the survivor's is empty. Every e-mail, phone,
    web link and address of both is kept once, tags are united, every person's job at
    ``other`` moves to the survivor (unless the same job is already there), links move
    (LINKS of kind "organization"), and ``other`` is deleted.
    """
    if survivor == other:
        raise KnownError("An organisation cannot be merged with itself.")
    keep = _live_row(session, survivor, "organization")
    gone = _live_row(session, other, "organization")
    choices = _check_choices(choices, ORGANIZATION_FIELDS, survivor, other)

    values: dict[str, Any] = {}
    for name in ORGANIZATION_FIELDS:
        winner = choices.get(name)
        if winner is None:
            winner = other if _empty(keep[name]) and not _empty(gone[name]) else survivor
        values[name] = (keep if winner == survivor else gone)[name]
    if _empty(values["name"]):
        values["name"] = keep["name"]
    values.update(name_keys(values["name"], firm_language(session)))
    values["uid"] = keep["uid"] or gone["uid"]

    # People's search words hold their employers' names: those working where the name
    # changes are refreshed, and so snapshotted before anything changes.
    words = query_words(values["name"])
    renamed = [
        org_id
        for org_id, row in ((survivor, keep), (other, gone))
        if query_words(row["name"]) != words
    ]
    people = sorted(
        set(
            session.scalars(
                select(_relation.c.contact_id).where(_relation.c.organization_id.in_(renamed))
            )
        )
    )

    recorder = ChangeRecorder(session, "merge", f"Merge of {gone['name']} into {keep['name']}")
    # Snapshots first, before anything changes: undo restores exactly these, newest first,
    # so the people come back last, when both organisations (and their jobs) exist again.
    for person in people:
        recorder.before_update(Ref("person", person))
    recorder.before_update(Ref("organization", survivor))
    recorder.before_delete(Ref("organization", other))

    _merge_methods(session, _method.c.organization_id, survivor, other)
    _merge_tags(session, organization_tag.c.organization_id, survivor, other)
    _move_jobs(session, survivor, other)
    for mover in LINKS:
        if mover.kind == "organization":
            mover.move(session, recorder.id, other, survivor)

    methods = session.execute(
        select(_method.c.kind, _method.c.value, _method.c.city).where(
            _method.c.organization_id == survivor
        )
    ).all()
    values["search_text"] = organization_search_text(
        values["name"], [(kind, value or "", city or "") for kind, value, city in methods]
    )
    values["updated_at"] = utcnow()
    session.execute(update(_organization).where(_organization.c.id == survivor).values(values))
    session.execute(delete(_method).where(_method.c.organization_id == other))
    session.execute(delete(organization_tag).where(organization_tag.c.organization_id == other))
    session.execute(delete(_relation).where(_relation.c.organization_id == other))
    session.execute(delete(_organization).where(_organization.c.id == other))
    for person in people:
        refresh_person(session, person)
    return recorder.id


def job_key(
    contact_id: int, role: str | None, since: date | None, until: date | None
) -> tuple[Any, ...]:
    """Two jobs at one organisation with the same key are one: the person, the role
    (whatever its case and spacing) and the dates are the same. The merge keeps one."""
    return (contact_id, " ".join((role or "").split()).casefold(), since, until)


def _job_key(r: Any) -> tuple[Any, ...]:
    key = job_key(r["contact_id"], r["role"], r["since"], r["until"])
    return (r["kind"], r["organization_id"], *key)


@dataclass(frozen=True)
class JobLine:
    """One person's job at an organisation, as the merge moves it; plain data."""

    contact_id: int
    person: str
    role: str
    since: date | None
    until: date | None


def jobs_at(session: Session, organization_id: int) -> list[JobLine]:
    """Every job at the organisation (of people in the trash too: those move as well),
    current ones first, then by name."""
    rows = session.execute(
        select(
            _relation.c.contact_id,
            _contact.c.display_name,
            _relation.c.role,
            _relation.c.since,
            _relation.c.until,
        )
        .select_from(_relation.join(_contact, _contact.c.id == _relation.c.contact_id))
        .where(_relation.c.organization_id == organization_id)
        .order_by(_relation.c.until.is_not(None), _contact.c.name_order, _relation.c.id)
    ).all()
    return [
        JobLine(contact_id, person or "", role or "", since, until)
        for contact_id, person, role, since, until in rows
    ]


def _move_jobs(session: Session, survivor: int, other: int) -> None:
    """Copy the other organisation's jobs to the survivor, none twice."""
    existing = {
        _job_key(r)
        for r in session.execute(
            select(_relation).where(_relation.c.organization_id == survivor)
        ).mappings()
    }
    theirs = session.execute(
        select(_relation).where(_relation.c.organization_id == other).order_by(_relation.c.id)
    ).mappings()
    for r in list(theirs):
        values = _copy(r, organization_id=survivor)
        key = _job_key(values)
        if key in existing:
            continue
        existing.add(key)
        session.execute(insert(_relation).values(values))


def merge_records(
    session: Session,
    kind: str,
    survivor: int,
    other: int,
    choices: dict[str, int] | None = None,
) -> int:
    """``merge_contacts`` for ``kind`` "person", ``merge_organizations`` for "organization"."""
    if kind == "organization":
        return merge_organizations(session, survivor, other, choices)
    if kind == "person":
        return merge_contacts(session, survivor, other, choices)
    raise ValueError(f"unknown record kind {kind!r}")


def undo_merge(session: Session, change_set_id: int) -> int:
    """Take a merge back: both records as they were, then every moved link (see LINKS)."""
    change = session.get(ChangeSet, change_set_id)
    if change is None or change.kind != "merge":
        raise KnownError(f"There is no merge {change_set_id} to undo.")
    return undo(session, change_set_id)  # which also moves the links back (see LINKS)


# The links this version knows (activities, tasks, matter parties, "not duplicates"
# marks) register their movers; imported last because they need LINKS and LinkMover.
from smallcrm.core.services import merge_links  # noqa: E402, F401
