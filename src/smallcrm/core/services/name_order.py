"""The firm's alphabet for name lists: its setting and the name_order keys made from it."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from smallcrm.core.collation import FALLBACK, collation_key, language_of, name_text
from smallcrm.core.models import Contact, FirmSetting, Organization

COLLATION_KEY = "collation"  # the firm setting: a language code ("cs", "uk")
BATCH = 5000

_contact = Contact.__table__
_organization = Organization.__table__


def firm_language(session: Session) -> str:
    """The language whose alphabet the firm's lists follow; English until one is set.

    Read per unit of work, not cached: another workstation on the same database may
    change it, and a primary-key read costs next to nothing beside the write it serves.
    """
    found = session.get(FirmSetting, COLLATION_KEY)
    return language_of(found.value) if found is not None else FALLBACK


def has_firm_language(session: Session) -> bool:
    """Whether anyone chose the firm's alphabet yet (the app sets it once, at start)."""
    return session.get(FirmSetting, COLLATION_KEY) is not None


def set_firm_language(session: Session, language: str) -> int:
    """Make ``language`` the firm's alphabet and order every name by it again; returns the
    rows whose key changed. An unknown language is English."""
    language = language_of(language)
    setting = session.get(FirmSetting, COLLATION_KEY)
    if setting is None:
        session.add(FirmSetting(key=COLLATION_KEY, value=language))
    else:
        setting.value = language
    session.flush()
    return recompute_name_order(session, language)


def recompute_name_order(session: Session, language: str) -> int:
    """Write ``name_order`` of every contact and organisation (the trash too) for
    ``language``; returns the rows changed. Batched: reads by id ranges, writes changed
    rows in one executemany per batch."""
    changed = 0
    for table in (_contact, _organization):
        person = table is _contact
        columns = (
            (table.c.family_name, table.c.given_name, table.c.display_name)
            if person
            else (table.c.name,)
        )
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(name_order=bindparam("b_order"))
        )
        last = 0
        while True:
            rows = session.execute(
                select(table.c.id, table.c.name_order, *columns)
                .where(table.c.id > last)
                .order_by(table.c.id)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            last = rows[-1][0]
            updates = []
            for row in rows:
                text = name_text(*row[2:]) if person else (row[2] or "")
                key = collation_key(text, language)
                if key != row[1]:
                    updates.append({"b_id": row[0], "b_order": key})
            if updates:
                session.connection().execute(stmt, updates)
                changed += len(updates)
    return changed
