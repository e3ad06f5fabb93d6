"""The conflict check: who among the firm's contacts, organisations, matter parties and
e-mail correspondents may be a party about to be engaged, and the decision taken on it.

How it finds them: every record stores the look-up keys of ``name_match.party_keys`` in
``party_key`` (derived data, like the search index). Triggers mark a record whose name,
numbers or e-mail addresses change in ``party_key_dirty``; ``refresh_keys`` recomputes
the keys of marked records (a check refreshes first, so it never misses an edit). A check
looks up all its query keys in one indexed IN (...), skips keys that very many records
share, scores the candidates with ``name_match.compare`` and lists, for each person or
organisation found, the matters it is a party to, with its role.

Records in the trash are not searched, and trashed matters are not listed: the trash is
where a record goes when it was entered by mistake, and a restored record is marked and
searched again. A purge is final. A saved check is evidence: the database refuses to
change or delete it.
"""

from __future__ import annotations

import getpass
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from smallcrm.core import name_match
from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    CONFLICT_DECISIONS,
    ConflictCheck,
    Contact,
    ContactMethod,
    Correspondent,
    Matter,
    MatterParty,
    Organization,
    PartyKey,
    PartyKeyDirty,
    Stage,
    utcnow,
)
from smallcrm.core.services import matters as matters_service
from smallcrm.core.text import fold

# A key more records share than this says little (a common surname alone): skipped.
MAX_KEY_OWNERS = 300
# Dirty records refreshed per batch (one transaction's worth of keys).
REFRESH_BATCH = 2000

_key = PartyKey.__table__
_dirty = PartyKeyDirty.__table__
_contact = Contact.__table__
_org = Organization.__table__
_method = ContactMethod.__table__
_corr = Correspondent.__table__
_matter = Matter.__table__
_party = MatterParty.__table__
_stage = Stage.__table__
_check = ConflictCheck.__table__

OPEN_PHASES = ("intake", "engaged")


class InvalidDecision(KnownError):
    """A decision that cannot be saved as given (e.g. a waiver without a reason)."""


@dataclass(frozen=True, slots=True)
class PartyName:
    """A party as entered for a check: a name, optionally a registry id and an e-mail."""

    name: str
    registry_id: str | None = None
    email: str | None = None
    kind: str = ""  # "person", "organization" or "" (not known)

    def as_party(self) -> name_match.Party:
        return name_match.Party(
            name=self.name or "",
            kind=self.kind,
            ids=(self.registry_id,) if self.registry_id else (),
            emails=(self.email,) if self.email else (),
        )

    def label(self) -> str:
        extra = [x for x in (self.registry_id, self.email) if x]
        return self.name + (f" ({', '.join(extra)})" if extra else "")


@dataclass(frozen=True, slots=True)
class Entity:
    type: str  # "person", "organization" or "correspondent"
    id: int
    display_name: str


@dataclass(frozen=True, slots=True)
class MatterRef:
    id: int
    number: str
    title: str
    phase: str  # the stage's phase: intake, engaged, closed, declined
    stage: str
    open: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """One record that may be a queried party, with one matter it is a party to (if any)."""

    score: float  # 0..1, 1 = certain
    reason: str
    entity: Entity
    matter: MatterRef | None = None
    role: str | None = None
    query: str = ""  # the queried name this hit answers
    basis: str = "name"  # "registry_id", "email" or "name"
    seen: str = ""  # ISO time: the matter's last stage move, or the record's last change

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "reason": self.reason,
            "entity": asdict(self.entity),
            "matter": asdict(self.matter) if self.matter else None,
            "role": self.role,
            "query": self.query,
            "basis": self.basis,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Hit:
        matter = data.get("matter")
        return cls(
            score=float(data["score"]),
            reason=data["reason"],
            entity=Entity(**data["entity"]),
            matter=MatterRef(**matter) if matter else None,
            role=data.get("role"),
            query=data.get("query", ""),
            basis=data.get("basis", "name"),
        )


@dataclass(frozen=True, slots=True)
class CheckRecord:
    """A saved check, as it was run and decided."""

    id: int
    matter_id: int | None
    checked_at: datetime
    checked_by: str
    parties: list[PartyName] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    decision: str = "clear"
    reason: str | None = None


# --- the keys -------------------------------------------------------------------------------


def _org_name(name: str, legal_form: str | None) -> str:
    if legal_form and fold(legal_form) not in fold(name):
        return f"{name} {legal_form}"
    return name


def _emails(session: Session, column: Any, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if ids:
        # The kind is filtered here, not in SQL: SQLite would pick the (kind, value) index
        # and walk every e-mail address instead of the owners' few methods.
        for owner, kind, value in session.execute(
            select(column, _method.c.kind, _method.c.value).where(column.in_(ids))
        ):
            if kind == "email":
                found[owner].append(value)
    return found


def _parties_of(session: Session, kind: str, ids: list[int]) -> dict[int, tuple[str, Any]]:
    """id -> (display name, name_match.Party) of the live records among ``ids``."""
    out: dict[int, tuple[str, Any]] = {}
    if not ids:
        return out
    if kind == "person":
        emails = _emails(session, _method.c.contact_id, ids)
        rows = session.execute(
            select(_contact.c.id, _contact.c.display_name, _contact.c.personal_id).where(
                _contact.c.id.in_(ids), _contact.c.deleted_at.is_(None)
            )
        )
        for row in rows:
            party = name_match.Party(
                row.display_name or "",
                name_match.PERSON,
                ids=(row.personal_id,) if row.personal_id else (),
                emails=tuple(emails.get(row.id, ())),
            )
            out[row.id] = (row.display_name, party)
    elif kind == "organization":
        emails = _emails(session, _method.c.organization_id, ids)
        rows = session.execute(
            select(
                _org.c.id, _org.c.name, _org.c.legal_form, _org.c.registry_id,
                _org.c.tax_id, _org.c.country,
            ).where(_org.c.id.in_(ids), _org.c.deleted_at.is_(None))
        )  # fmt: skip
        for row in rows:
            party = name_match.Party(
                _org_name(row.name, row.legal_form),
                name_match.ORGANIZATION,
                ids=tuple(x for x in (row.registry_id, row.tax_id) if x),
                emails=tuple(emails.get(row.id, ())),
                country=row.country or "",
            )
            out[row.id] = (row.name, party)
    else:
        for row in session.execute(
            select(_corr.c.id, _corr.c.address, _corr.c.name).where(_corr.c.id.in_(ids))
        ):
            shown = row.name or row.address
            out[row.id] = (shown, name_match.Party(shown, "", emails=(row.address,)))
    return out


def refresh_keys(session: Session, limit: int | None = None) -> int:
    """Recompute the keys of records marked out of date; returns how many were refreshed.

    ``limit`` caps the records refreshed (None: all). Records gone or in the trash lose
    their keys. Runs in the caller's transaction.
    """
    done = 0
    while limit is None or done < limit:
        size = REFRESH_BATCH if limit is None else min(REFRESH_BATCH, limit - done)
        marked = session.execute(
            select(_dirty.c.owner_kind, _dirty.c.owner_id)
            .order_by(_dirty.c.owner_kind, _dirty.c.owner_id)
            .limit(size)
        ).all()
        if not marked:
            break
        by_kind: dict[str, list[int]] = defaultdict(list)
        for kind, owner in marked:
            by_kind[kind].append(owner)
        rows: list[dict[str, Any]] = []
        for kind, ids in by_kind.items():
            session.execute(delete(_key).where(_key.c.owner_kind == kind, _key.c.owner_id.in_(ids)))
            for owner, (_shown, party) in _parties_of(session, kind, ids).items():
                rows += [
                    {"key": k, "owner_kind": kind, "owner_id": owner}
                    for k in name_match.party_keys(party)
                    if len(k) <= 200
                ]
            session.execute(
                delete(_dirty).where(_dirty.c.owner_kind == kind, _dirty.c.owner_id.in_(ids))
            )
        if rows:
            session.execute(insert(_key), rows)
        done += len(marked)
    return done


def dirty_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(_dirty)) or 0)


# --- the check ------------------------------------------------------------------------------


def _candidates(session: Session, keys: set[str]) -> set[tuple[str, int]]:
    """Owners of the keys, skipping name keys that too many records share. Two indexed
    look-ups in all: the keys' counts, then the owners of the telling ones."""
    if not keys:
        return set()
    counts = dict(
        session.execute(
            select(_key.c.key, func.count()).where(_key.c.key.in_(keys)).group_by(_key.c.key)
        ).all()
    )
    telling = [k for k, n in counts.items() if n <= MAX_KEY_OWNERS or k.startswith(("id:", "e:"))]
    if not telling:
        return set()
    return {
        (kind, owner)
        for kind, owner in session.execute(
            select(_key.c.owner_kind, _key.c.owner_id).where(_key.c.key.in_(telling))
        )
    }


def _matters_of(
    session: Session, people: Iterable[int], orgs: Iterable[int]
) -> dict[tuple[str, int], list[tuple[MatterRef, str, datetime]]]:
    people, orgs = list(people), list(orgs)
    found: dict[tuple[str, int], list[tuple[MatterRef, str, datetime]]] = defaultdict(list)
    if not people and not orgs:
        return found
    rows = session.execute(
        select(
            _party.c.contact_id, _party.c.organization_id, _party.c.role, _matter.c.id,
            _matter.c.number, _matter.c.title, _matter.c.stage_since, _stage.c.phase,
            _stage.c.name.label("stage"),
        )
        .join(_matter, _matter.c.id == _party.c.matter_id)
        .join(_stage, _stage.c.id == _matter.c.stage_id)
        .where(
            or_(_party.c.contact_id.in_(people), _party.c.organization_id.in_(orgs)),
            _matter.c.deleted_at.is_(None),
        )
    )  # fmt: skip
    for row in rows:
        owner = (
            ("person", row.contact_id) if row.contact_id else ("organization", row.organization_id)
        )
        ref = MatterRef(
            row.id, row.number, row.title, row.phase, row.stage, row.phase in OPEN_PHASES
        )
        found[owner].append((ref, row.role, row.stage_since))
    return found


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def run_check(
    session: Session, parties: list[PartyName], limit: int = 100, matter_id: int | None = None
) -> list[Hit]:
    """Ranked hits for the parties: score first, then the most recent matter first.

    One hit per (record, matter it is a party to); a record in no matter is one hit
    without a matter. ``matter_id``: the matter being checked, whose own parties are not
    hits about it. Refreshes out-of-date keys first (in the caller's transaction).
    """
    if session.execute(select(_dirty.c.owner_id).limit(1)).first() is not None:
        refresh_keys(session)
    queries = [p for p in parties if (p.name or "").strip() or p.registry_id or p.email]
    wanted = {p: name_match.party_query_keys(p.as_party()) for p in queries}
    candidates = _candidates(session, set().union(*wanted.values()) if wanted else set())
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, owner in candidates:
        by_kind[kind].append(owner)
    records = {
        (kind, owner): data
        for kind, ids in by_kind.items()
        for owner, data in _parties_of(session, kind, ids).items()
    }
    # The best match of each record over the queried parties.
    best: dict[tuple[str, int], tuple[name_match.Match, PartyName]] = {}
    for query in wanted:
        party = query.as_party()
        for owner, (_shown, candidate) in records.items():
            match = name_match.compare(party, candidate)
            if match and (owner not in best or match.score > best[owner][0].score):
                best[owner] = (match, query)
    matters_by_owner = _matters_of(
        session,
        (o for k, o in best if k == "person"),
        (o for k, o in best if k == "organization"),
    )
    # A correspondent whose address a found person or organisation has adds nothing.
    known = {
        name_match.email_key(e)
        for owner in best
        if owner[0] != "correspondent"
        for e in records[owner][1].emails
    }
    hits: list[Hit] = []
    for owner, (match, query) in best.items():
        shown, candidate = records[owner]
        if owner[0] == "correspondent" and name_match.email_key(candidate.emails[0]) in known:
            continue
        entity = Entity(owner[0], owner[1], shown)
        found = [m for m in matters_by_owner.get(owner, []) if m[0].id != matter_id]
        if not found:
            if matters_by_owner.get(owner) and matter_id is not None:
                continue  # only a party of the matter being checked
            hits.append(Hit(match.score, _reason(match), entity, query=query.name,
                            basis=match.basis))  # fmt: skip
            continue
        for ref, role, since in found:
            hits.append(Hit(match.score, _reason(match), entity, ref, role, query.name,
                            match.basis, _iso(since)))  # fmt: skip
    hits.sort(key=lambda h: (-h.score, _neg_iso(h.seen), h.entity.display_name, h.entity.id))
    return hits[:limit]


def _reason(match: name_match.Match) -> str:
    return "; ".join(match.reasons)


def _neg_iso(text: str) -> tuple[int, ...]:
    # Newest first: sort by the negated code points (an empty time sorts last).
    return tuple(-ord(c) for c in text) + (1,) if text else (2,)


# --- decisions ------------------------------------------------------------------------------


def save_check(
    session: Session,
    matter_id: int | None,
    parties: list[PartyName],
    hits: list[Hit],
    decision: str,
    reason: str | None = None,
    checked_by: str | None = None,
) -> int:
    """Record a check and its decision; declining moves the matter to the declined stage.

    The record cannot be changed or deleted afterwards (the database refuses).
    """
    if decision not in CONFLICT_DECISIONS:
        raise InvalidDecision(f"Unknown decision: {decision!r}.")
    reason = (reason or "").strip() or None
    if decision == "waived" and not reason:
        raise InvalidDecision("A waiver needs a reason.")
    if matter_id is not None:
        matters_service.matter_detail(session, matter_id)  # raises if it is not there
    query = [asdict(p) for p in parties]
    check_id = int(
        session.execute(
            insert(_check)
            .values(
                matter_id=matter_id,
                checked_at=utcnow(),
                checked_by=checked_by or _os_user(),
                query=json.dumps(query, ensure_ascii=False),
                hits=json.dumps([h.to_json() for h in hits], ensure_ascii=False),
                decision=decision,
                reason=reason,
            )
            .returning(_check.c.id)
        ).scalar_one()
    )
    if decision == "declined" and matter_id is not None:
        declined = [s for s in matters_service.stages(session) if s.phase == "declined"]
        if not declined:
            raise InvalidDecision("There is no stage for declined matters; add one first.")
        matters_service.move_stage(session, matter_id, declined[0].id)
    return check_id


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        return "unknown"


def checks_of(session: Session, matter_id: int) -> list[CheckRecord]:
    """The matter's saved checks, newest first."""
    rows = session.execute(
        select(_check)
        .where(_check.c.matter_id == matter_id)
        .order_by(_check.c.checked_at.desc(), _check.c.id.desc())
    )
    return [_record(row) for row in rows]


def check(session: Session, check_id: int) -> CheckRecord:
    row = session.execute(select(_check).where(_check.c.id == check_id)).one()
    return _record(row)


def _record(row: Any) -> CheckRecord:
    parties = [PartyName(**p) for p in json.loads(row.query or "[]")]
    hits = [Hit.from_json(h) for h in json.loads(row.hits or "[]")]
    return CheckRecord(
        row.id, row.matter_id, row.checked_at, row.checked_by, parties, hits, row.decision,
        row.reason,
    )  # fmt: skip


def matter_parties(session: Session, matter_id: int) -> list[PartyName]:
    """The matter's parties as a check's query: names, registry ids, first e-mails."""
    out = []
    for info in matters_service.parties(session, matter_id):
        kind, owner = info.ref.kind, info.ref.id
        data = _parties_of(session, kind, [owner]).get(owner)
        if data is None:  # in the trash: still checked by name
            out.append(PartyName(info.name, kind=kind))
            continue
        party = data[1]
        out.append(
            PartyName(
                info.name,
                registry_id=party.ids[0] if party.ids else None,
                email=party.emails[0] if party.emails else None,
                kind=kind,
            )
        )
    return out


def needs_check(session: Session, matter_id: int) -> bool:
    """Whether an engaged matter has a party added since its last check (or never checked)."""
    if matters_service.stage_phase(session, matter_id) != "engaged":
        return False
    newest_party = session.scalar(
        select(func.max(_party.c.added_at)).where(_party.c.matter_id == matter_id)
    )
    if newest_party is None:
        return False
    last_check = session.scalar(
        select(func.max(_check.c.checked_at)).where(_check.c.matter_id == matter_id)
    )
    if last_check is None:
        return True
    if newest_party.tzinfo is None and last_check.tzinfo is not None:
        last_check = last_check.replace(tzinfo=None)
    return newest_party > last_check


__all__ = [
    "CheckRecord",
    "Entity",
    "Hit",
    "InvalidDecision",
    "MatterRef",
    "PartyName",
    "check",
    "checks_of",
    "dirty_count",
    "matter_parties",
    "needs_check",
    "refresh_keys",
    "run_check",
    "save_check",
]
