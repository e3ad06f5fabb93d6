"""Merging two people into one, field by field, as one change set that undo takes back whole."""

# Links from later features
# -------------------------
# Activities, matters, documents and mail will point at contacts. Each such feature appends
# a LinkMover to LINKS: ``move(session, change_set_id, other, survivor)`` repoints its rows
# from ``other`` to ``survivor`` while the merge runs (before ``other`` is deleted, so ON
# DELETE CASCADE never eats them), and ``undo(session, change_set_id)`` points exactly those
# rows back. ChangeItem snapshots only know people and organisations, so a mover must keep
# its own record of what it moved, keyed by the change set id (a ``merged_by`` column on its
# link rows, or a small table of (change_set_id, row id, old contact id)).
# ``address_book.undo`` restores the two people first (so ``other`` exists again) and then,
# for a change set of kind "merge", runs the movers' ``undo`` newest-registered first: every
# Undo in the app takes a merge back whole.

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    ChangeSet,
    Contact,
    ContactMethod,
    Organization,
    Relation,
    contact_tag,
    utcnow,
)
from smallcrm.core.services.address_book import ChangeRecorder, RecordNotFound, Ref, undo
from smallcrm.core.services.search_text import contact_search_text
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


@dataclass(frozen=True)
class LinkMover:
    """How one feature's links (activities, matters, ...) follow a merge and its undo."""

    name: str
    move: Callable[[Session, int, int, int], None]  # (session, change_set_id, other, survivor)
    undo: Callable[[Session, int], None]  # (session, change_set_id)


LINKS: list[LinkMover] = []


def _live_row(session: Session, contact_id: int) -> Any:
    row = session.execute(select(_contact).where(_contact.c.id == contact_id)).mappings().first()
    if row is None:
        raise RecordNotFound(f"Contact {contact_id} does not exist.")
    if row["deleted_at"] is not None:
        raise KnownError(
            f"“{row['display_name']}” is in the trash.",
            hint="Restore it from the trash before merging.",
        )
    return row


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
    choices = dict(choices or {})
    for name, winner in choices.items():
        if name not in FIELDS:
            raise ValueError(f"unknown merge field {name!r}")
        if winner not in (survivor, other):
            raise ValueError(f"merge choice {name}={winner} is neither {survivor} nor {other}")

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
    family, given = values["family_name"] or "", values["given_name"] or ""
    values["sort_key"] = fold(" ".join(p for p in (family, given) if p) or values["display_name"])[
        :400
    ]

    _merge_methods(session, survivor, other)
    _merge_tags(session, survivor, other)
    _move_relations(session, survivor, other)
    for mover in LINKS:
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


def _merge_methods(session: Session, survivor: int, other: int) -> None:
    mine = session.execute(
        select(_method)
        .where(_method.c.contact_id == survivor)
        .order_by(_method.c.position, _method.c.id)
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
        select(_method)
        .where(_method.c.contact_id == other)
        .order_by(_method.c.position, _method.c.id)
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
                _copy(m, contact_id=survivor, position=position, is_primary=primary)
            )
        )
        position += 1


def _merge_tags(session: Session, survivor: int, other: int) -> None:
    mine = set(
        session.scalars(select(contact_tag.c.tag_id).where(contact_tag.c.contact_id == survivor))
    )
    for tag_id in session.scalars(
        select(contact_tag.c.tag_id).where(contact_tag.c.contact_id == other)
    ):
        if tag_id not in mine:
            session.execute(insert(contact_tag).values(contact_id=survivor, tag_id=tag_id))


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


def undo_merge(session: Session, change_set_id: int) -> int:
    """Take a merge back: both people as they were, then every moved link (see LINKS)."""
    change = session.get(ChangeSet, change_set_id)
    if change is None or change.kind != "merge":
        raise KnownError(f"There is no merge {change_set_id} to undo.")
    return undo(session, change_set_id)  # which also moves the links back (see LINKS)
