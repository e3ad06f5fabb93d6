"""How activities, tasks, matter parties and "not duplicates" marks follow a merge and its undo."""

# Each link table gets a mover per record kind (see merge.LINKS). A move repoints the
# removed record's links to the survivor; where the survivor already has the same link
# (the same activity, the same role in the same matter) the removed record's copy is
# dropped instead of doubled. Every repointed or dropped row is noted in link_move with
# its state before, and undo writes exactly those rows back once both records exist again.

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core.models import (
    DismissedOrganizationPair,
    DismissedPersonPair,
    LinkMove,
    MatterParty,
    activity_contact,
    activity_organization,
    task_contact,
    task_organization,
)
from smallcrm.core.services.address_book import from_json, json_value
from smallcrm.core.services.merge import LINKS, LinkMover

_move = LinkMove.__table__


def _note(
    session: Session, change_set_id: int, table: Table, action: str, row: Any, survivor: int
) -> None:
    data = {k: json_value(v) for k, v in row._mapping.items()}
    session.execute(
        insert(_move).values(
            change_set_id=change_set_id,
            link=table.name,
            action=action,
            row=json.dumps({"row": data, "survivor": survivor}),
        )
    )


def _notes(session: Session, change_set_id: int, table: Table) -> list[tuple[str, dict, int]]:
    """What a merge did to ``table``, newest first: (action, row before, survivor)."""
    notes = session.execute(
        select(_move.c.action, _move.c.row)
        .where(_move.c.change_set_id == change_set_id, _move.c.link == table.name)
        .order_by(_move.c.id.desc())
    ).all()
    session.execute(
        delete(_move).where(_move.c.change_set_id == change_set_id, _move.c.link == table.name)
    )
    out = []
    for action, text in notes:
        data = json.loads(text)
        before = {k: from_json(v) for k, v in data["row"].items()}
        out.append((action, before, int(data["survivor"])))
    return out


def _pair_mover(table: Table, owner: str, partner: str, kind: str) -> LinkMover:
    """A two-column link (activity-person, task-organisation), its two columns the key."""
    own, theirs = table.c[owner], table.c[partner]

    def move(session: Session, change_set_id: int, other: int, survivor: int) -> None:
        kept = set(session.execute(select(theirs).where(own == survivor)).scalars())
        for row in session.execute(select(table).where(own == other)).all():
            doubled = row._mapping[partner] in kept
            _note(session, change_set_id, table, "dropped" if doubled else "moved", row, survivor)
            if doubled:
                session.execute(delete(table).where(own == other, theirs == row._mapping[partner]))
        session.execute(update(table).where(own == other).values({owner: survivor}))

    def undo(session: Session, change_set_id: int) -> None:
        for action, row, survivor in _notes(session, change_set_id, table):
            if action == "moved":
                session.execute(delete(table).where(own == survivor, theirs == row[partner]))
            session.execute(insert(table).values(row))

    return LinkMover(table.name, move, undo, kind)


def _party_mover(kind: str) -> LinkMover:
    """Matter parties: the same role in the same matter is not doubled."""
    table = MatterParty.__table__
    owner = table.c.contact_id if kind == "person" else table.c.organization_id

    def move(session: Session, change_set_id: int, other: int, survivor: int) -> None:
        kept = {
            (matter_id, role)
            for matter_id, role in session.execute(
                select(table.c.matter_id, table.c.role).where(owner == survivor)
            )
        }
        for row in session.execute(select(table).where(owner == other)).all():
            doubled = (row.matter_id, row.role) in kept
            _note(session, change_set_id, table, "dropped" if doubled else "moved", row, survivor)
            if doubled:
                session.execute(delete(table).where(table.c.id == row.id))
            else:
                session.execute(
                    update(table).where(table.c.id == row.id).values({owner.key: survivor})
                )

    def undo(session: Session, change_set_id: int) -> None:
        for action, row, _survivor in _notes(session, change_set_id, table):
            if action == "moved":
                session.execute(update(table).where(table.c.id == row["id"]).values(row))
            else:
                session.execute(insert(table).values(row))

    return LinkMover(f"{table.name}:{kind}", move, undo, kind)


def _dismissed_mover(model: Any, kind: str) -> LinkMover:
    """ "Not duplicates" marks of the removed record: they go with it (ON DELETE CASCADE),
    and undo brings back those whose other record still exists."""
    table = model.__table__
    owner_table = next(iter(table.c.first_id.foreign_keys)).column.table

    def move(session: Session, change_set_id: int, other: int, survivor: int) -> None:
        for row in session.execute(
            select(table).where((table.c.first_id == other) | (table.c.second_id == other))
        ).all():
            _note(session, change_set_id, table, "dropped", row, survivor)

    def undo(session: Session, change_set_id: int) -> None:
        for _action, row, _survivor in _notes(session, change_set_id, table):
            ids = {row["first_id"], row["second_id"]}
            alive = set(
                session.execute(select(owner_table.c.id).where(owner_table.c.id.in_(ids))).scalars()
            )
            present = session.execute(
                select(table.c.first_id).where(
                    table.c.first_id == row["first_id"], table.c.second_id == row["second_id"]
                )
            ).first()
            if alive == ids and present is None:
                session.execute(insert(table).values(row))

    return LinkMover(table.name, move, undo, kind)


LINKS.extend(
    [
        _pair_mover(activity_contact, "contact_id", "activity_id", "person"),
        _pair_mover(activity_organization, "organization_id", "activity_id", "organization"),
        _pair_mover(task_contact, "contact_id", "task_id", "person"),
        _pair_mover(task_organization, "organization_id", "task_id", "organization"),
        _party_mover("person"),
        _party_mover("organization"),
        _dismissed_mover(DismissedPersonPair, "person"),
        _dismissed_mover(DismissedOrganizationPair, "organization"),
    ]
)
