"""Two-way calendar sync's bookkeeping: server versions in, local changes out, conflicts kept.

The sync engine brings a server's appointments as ``RemoteEvent``s and stores them with
``store_remote``; it asks ``pending_pushes`` what the user changed here and records each
server answer with ``record_pushed``/``record_deleted``. Every decision is a three-way
comparison of the event as it is here, the server's ChangeKey, and ``EventRemote.synced``,
the fields as both sides last agreed on them:

* changed here only: pushed to the server with the ChangeKey last seen;
* changed there only: written here;
* changed on both sides (to different values): an ``EventConflict`` keeps the server's
  version beside ours until the user picks one (``resolve_conflict``); neither is lost;
* deleted on one side: deleted on the other once the user has said yes the first time
  (``MailAccount.mirror_deletes``); until then the deletion waits as a conflict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from smallcrm.core import recurrence
from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    Event,
    EventConflict,
    EventRemote,
    MailAccount,
    MailFolderState,
    utcnow,
)
from smallcrm.core.services import calendar
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.services.calendar import Attendee, EventInput
from smallcrm.core.services.calendar_files import people_by_address
from smallcrm.core.services.mail_accounts import calendar_source
from smallcrm.core.services.mail_store import INVITATION_SOURCE, reset_token

__all__ = [
    "CalendarReport",
    "ConflictInfo",
    "Pending",
    "Push",
    "RemoteEvent",
    "change_key",
    "count_conflicts",
    "forget_overrides",
    "hold_deletions",
    "item_of",
    "begin_full_read",
    "end_full_read",
    "full_read",
    "mark_seen",
    "list_conflicts",
    "pending_pushes",
    "record_conflict",
    "record_deleted",
    "record_pushed",
    "record_series_key",
    "resolve_conflict",
    "settle",
    "snapshot",
    "store_remote",
    "store_remote_deleted",
]

_event = Event.__table__
_remote = EventRemote.__table__
_conflict = EventConflict.__table__

SYNCED_FIELDS = (
    "summary",
    "description",
    "location",
    "all_day",
    "start",
    "end",
    "tz",
    "rrule",
    "exdates",
    "reminders",
    "attendees",
    "status",
)


@dataclass(frozen=True)
class RemoteEvent:
    """A server's appointment as the calendar keeps events: a series or single event, or
    (``recurrence_id`` set) a changed occurrence of one."""

    item_id: str
    change_key: str
    data: EventInput
    recurrence_id: str = ""
    exceptions: tuple[RemoteEvent, ...] = ()


@dataclass
class CalendarReport:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    created_there: int = 0
    updated_there: int = 0
    deleted_there: int = 0
    conflicts: int = 0  # new conflicts of this run
    waiting: int = 0  # conflicts and deletions waiting for the user, this run's included
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "sent": {
                "created": self.created_there,
                "updated": self.updated_there,
                "deleted": self.deleted_there,
            },
            "conflicts": self.conflicts,
            "waiting_for_user": self.waiting,
            "problems": self.problems[:50],
        }


# --------------------------------------------------------------------------- snapshots


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def snapshot(data: EventInput) -> dict[str, Any]:
    """The fields both sides hold, in one normal form: what "changed" is measured on."""
    return {
        "summary": (data.summary or "").strip(),
        "description": (data.description or "").strip(),
        "location": (data.location or "").strip(),
        "all_day": bool(data.all_day),
        "start": _iso(data.start),
        "end": _iso(data.end),
        "tz": None if data.all_day else data.tz,
        "rrule": _canonical_rule(data.rrule),
        "exdates": sorted(_iso(d) or "" for d in data.exdates),
        "reminders": sorted(data.reminders),
        "attendees": sorted({a.email.strip().lower() for a in data.attendees if a.email}),
        "status": data.status,
    }


def _canonical_rule(rule: str | None) -> str | None:
    # "FREQ=WEEKLY;BYDAY=MO" and "BYDAY=MO;FREQ=WEEKLY;INTERVAL=1" are the same rule.
    if not rule:
        return None
    parts = recurrence.rule_parts(rule)
    if parts.get("INTERVAL") == "1":
        del parts["INTERVAL"]
    if parts.get("WKST") == "MO":
        del parts["WKST"]
    # FREQ first, as rules are written (a conflict shows it), the rest in a fixed order.
    return ";".join(f"{k}={parts[k]}" for k in sorted(parts, key=lambda k: (k != "FREQ", k)))


def _as_held(snap: dict[str, Any], zone: str) -> dict[str, Any]:
    """A snapshot as an Exchange-like server can hold it: one reminder (the earliest), and
    times as instants (a floating time goes out in the user's zone; Europe/Vienna comes
    back as Europe/Berlin). Two snapshots equal here are the same event to the user."""
    held = dict(snap, reminders=sorted(snap["reminders"])[:1])
    if not snap["all_day"] and snap["start"] and snap["end"]:
        place = snap["tz"] or zone
        for name in ("start", "end"):
            wall = datetime.fromisoformat(snap[name])
            held[name] = recurrence.localize(wall, place).astimezone(UTC).isoformat()
        held["tz"] = None
    return held


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {k for k in SYNCED_FIELDS if before.get(k) != after.get(k)}


def _local(session: Session, event_id: int) -> EventInput:
    row = session.execute(select(_event).where(_event.c.id == event_id)).one()
    return calendar._input_of(session, row)  # noqa: SLF001 - the calendar's own reading


def _snapshot_of(session: Session, event_id: int) -> dict[str, Any]:
    return snapshot(_local(session, event_id))


# --------------------------------------------------------------------------- pulling


def _remote_row(session: Session, account_id: int, item_id: str) -> Any:
    return session.execute(
        select(_remote).where(_remote.c.account_id == account_id, _remote.c.item_id == item_id)
    ).first()


def _link(
    session: Session,
    event_id: int,
    account_id: int,
    item_id: str,
    change_key: str,
    synced: dict[str, Any] | None = None,
    *,
    new: bool = False,
    synced_at: datetime | None = None,
) -> None:
    """The event is the server's item, both agreeing on ``synced`` (default: the event as
    it is now) as of ``synced_at`` (default: now; a later write here is a change to send).
    ``new``: the event was just made from that item (nothing to replace). An open conflict
    of the event is settled by this agreement."""
    values = {
        "account_id": account_id,
        "item_id": item_id,
        "change_key": change_key,
        "synced": json.dumps(
            synced if synced is not None else _snapshot_of(session, event_id), ensure_ascii=False
        ),
        "synced_at": synced_at or utcnow(),
    }
    if not new:
        session.execute(delete(_conflict).where(_conflict.c.event_id == event_id))
        # One server item is one event: a link left by an earlier event (e.g. one in the
        # trash) goes.
        session.execute(
            delete(_remote).where(
                _remote.c.account_id == account_id,
                _remote.c.item_id == item_id,
                _remote.c.event_id != event_id,
            )
        )
        if session.execute(
            update(_remote).where(_remote.c.event_id == event_id).values(**values)
        ).rowcount:
            return
    session.execute(_remote.insert().values(event_id=event_id, **values))


def _open_conflict(session: Session, event_id: int) -> Any:
    return session.execute(select(_conflict).where(_conflict.c.event_id == event_id)).first()


def record_conflict(
    session: Session,
    account_id: int,
    event_id: int,
    kind: str,
    server: EventInput | None,
    server_change_key: str | None,
) -> bool:
    """Keep the server's version beside ours; True when the conflict is new."""
    values = {
        "account_id": account_id,
        "kind": kind,
        "server_version": json.dumps(_plain(server), ensure_ascii=False) if server else None,
        "server_change_key": server_change_key,
        "found_at": utcnow(),
    }
    if _open_conflict(session, event_id) is not None:
        session.execute(update(_conflict).where(_conflict.c.event_id == event_id).values(**values))
        return False
    session.execute(_conflict.insert().values(event_id=event_id, **values))
    return True


def _plain(data: EventInput) -> dict[str, Any]:
    return {
        **snapshot(data),
        "rrule": data.rrule,
        "uid": data.uid,
        "organizer": asdict(data.organizer) if data.organizer else None,
        "attendees": [asdict(a) for a in data.attendees],
    }


def _from_plain(value: dict[str, Any], source: str) -> EventInput:
    all_day = bool(value["all_day"])

    def when(text: str) -> datetime | date:
        return date.fromisoformat(text) if all_day else datetime.fromisoformat(text)

    return EventInput(
        summary=value["summary"],
        start=when(value["start"]),
        end=when(value["end"]),
        tz=value["tz"],
        all_day=all_day,
        location=value["location"],
        description=value["description"] or None,
        rrule=value["rrule"],
        exdates=[when(d) for d in value["exdates"]],
        reminders=list(value["reminders"]),
        attendees=[Attendee(**a) for a in value["attendees"]],
        organizer=Attendee(**value["organizer"]) if value.get("organizer") else None,
        status=value["status"],
        uid=value.get("uid"),
        source=source,
    )


def _write_here(session: Session, event_id: int, data: EventInput, zone: str) -> None:
    """The server's version here, keeping what only this side holds (matter, task, people
    linked by hand, categories)."""
    current = _local(session, event_id)
    data = replace(
        data,
        matter_id=current.matter_id,
        task_id=current.task_id,
        people=sorted({*current.people, *data.people}),
        categories=current.categories or data.categories,
    )
    session.execute(update(_event).where(_event.c.id == event_id).values(deleted_at=None))
    calendar._write(session, event_id, data, zone)  # noqa: SLF001 - same use-case family


def _with_people(session: Session, data: EventInput) -> EventInput:
    addresses = [a.email for a in data.attendees]
    if data.organizer:
        addresses.append(data.organizer.email)
    return replace(data, people=people_by_address(session, addresses))


def store_remote(
    session: Session,
    account_id: int,
    remote: RemoteEvent,
    *,
    zone: str,
    report: CalendarReport,
) -> int | None:
    """One server appointment (and its changed occurrences) into the calendar; the event id,
    or None when it waits for the user."""
    source = calendar_source(account_id)
    data = _with_people(session, replace(remote.data, source=source))
    linked = _remote_row(session, account_id, remote.item_id)
    event_id: int | None = None
    if linked is not None:
        event_id = int(linked.event_id)
    else:
        # Ours without its link (a run stopped between the server's answer and the commit),
        # or an occurrence changed here first: the same identity.
        uid = data.uid or remote.item_id
        found = session.execute(
            select(_event.c.id).where(
                _event.c.source == source,
                _event.c.uid == uid,
                _event.c.recurrence_id == remote.recurrence_id,
            )
        ).first()
        if (
            found is not None
            and not session.execute(
                select(_remote.c.event_id).where(_remote.c.event_id == found.id)
            ).first()
        ):
            event_id = int(found.id)
        elif found is not None:
            # Another server item already has this UID (a copy of a meeting): its own uid,
            # the same on every run and every machine.
            digest = hashlib.sha256(remote.item_id.encode()).hexdigest()[:12]
            data = replace(data, uid=f"{uid}-{digest}")
    if event_id is None:
        new_id = calendar.create_event(
            session, replace(data, uid=data.uid or remote.item_id), user_zone=zone,
            recurrence_id=remote.recurrence_id,
        )  # fmt: skip
        if not remote.recurrence_id:
            _absorb_invitation(session, new_id, data.uid or remote.item_id)
        _link(session, new_id, account_id, remote.item_id, remote.change_key, new=True)
        report.added += 1
        if remote.exceptions:  # a new row has no earlier ones to sweep
            _store_exceptions(session, account_id, remote, new_id, zone, report)
        return new_id
    row = session.execute(select(_event).where(_event.c.id == event_id)).one()
    if linked is None:
        # Ours, its link lost with a stopped run: the server holds what was sent, which is
        # the version both agree on; a change made here since goes out with the next push.
        there = snapshot(data)
        # Changed here since it was sent: agreed as of before its last write, so the push
        # sees it (whatever the clock's resolution).
        changed_here = snapshot(calendar._input_of(session, row)) != there  # noqa: SLF001
        _link(
            session, event_id, account_id, remote.item_id, remote.change_key, there,
            synced_at=row.updated_at - timedelta(seconds=1) if changed_here else None,
        )  # fmt: skip
        if row.deleted_at is None:
            _store_exceptions(session, account_id, remote, event_id, zone, report)
        return event_id
    if linked.change_key == remote.change_key:
        # Our own change coming back, or nothing new there: what is here stands. Its
        # changed occurrences too: changing one changes its series' ChangeKey, and here
        # they may have moved on (to a series split off since).
        return event_id
    here = snapshot(calendar._input_of(session, row))  # noqa: SLF001
    there = snapshot(data)
    synced = json.loads(linked.synced)
    if row.deleted_at is not None:
        if record_conflict(
            session, account_id, event_id, "deleted_locally", data, remote.change_key
        ):
            report.conflicts += 1
        return None
    if here == there or _as_held(here, zone) == _as_held(there, zone):
        # The same event; where only the server's way of holding it differs, ours stays.
        _link(session, event_id, account_id, remote.item_id, remote.change_key)
    elif not changed_fields(synced, here):
        _write_here(session, event_id, data, zone)
        _link(session, event_id, account_id, remote.item_id, remote.change_key)
        report.updated += 1
    else:
        if record_conflict(session, account_id, event_id, "changed_both", data, remote.change_key):
            report.conflicts += 1
        # The series waits with its changed occurrences: taking the server's version
        # reads the calendar again, which brings them (resolve_conflict).
        return None
    _store_exceptions(session, account_id, remote, event_id, zone, report)
    return event_id


def _absorb_invitation(session: Session, event_id: int, uid: str) -> None:
    """The same meeting made earlier from an invitation mail: its matter and people move to
    the calendar's copy, and it goes to the trash, so the meeting shows once."""
    rows = session.execute(
        select(_event.c.id, _event.c.matter_id).where(
            _event.c.source == INVITATION_SOURCE,
            _event.c.uid == uid,
            _event.c.deleted_at.is_(None),
        )
    ).all()
    if not rows:
        return
    current = _local(session, event_id)
    people = set(current.people)
    for row in rows:
        people.update(_local(session, row.id).people)
    matter = current.matter_id or next((r.matter_id for r in rows if r.matter_id), None)
    calendar._set_people(session, event_id, sorted(people))  # noqa: SLF001
    session.execute(
        update(_event).where(_event.c.id.in_([r.id for r in rows])).values(deleted_at=utcnow())
    )
    if matter != current.matter_id:
        session.execute(update(_event).where(_event.c.id == event_id).values(matter_id=matter))


def _store_exceptions(
    session: Session,
    account_id: int,
    remote: RemoteEvent,
    master_id: int,
    zone: str,
    report: CalendarReport,
) -> None:
    """A series' changed occurrences, under the uid its row has here (which differs from
    the server's UID for a second copy of a meeting)."""
    if remote.recurrence_id:
        return
    uid = session.scalar(select(_event.c.uid).where(_event.c.id == master_id))
    keys = set()
    for exception in remote.exceptions:
        keys.add(exception.recurrence_id)
        own = replace(exception, data=replace(exception.data, uid=uid))
        store_remote(session, account_id, own, zone=zone, report=report)
    # Occurrences changed on the server before and no longer: their rows go.
    source = calendar_source(account_id)
    stale = session.execute(
        select(_event.c.id, _event.c.recurrence_id)
        .join(_remote, _remote.c.event_id == _event.c.id)
        .where(
            _event.c.source == source,
            _event.c.uid == uid,
            _event.c.recurrence_id != "",
            _event.c.deleted_at.is_(None),
        )
    ).all()
    for row in stale:
        if row.recurrence_id not in keys:
            session.execute(update(_event).where(_event.c.id == row.id).values(deleted_at=utcnow()))
            session.execute(delete(_remote).where(_remote.c.event_id == row.id))


def _mirrors(session: Session, account_id: int) -> bool:
    """Whether the user agreed that deletions cross over (MailAccount.mirror_deletes)."""
    return bool(
        session.scalar(select(MailAccount.mirror_deletes).where(MailAccount.id == account_id))
    )


def store_remote_deleted(
    session: Session, account_id: int, item_ids: Iterable[str], report: CalendarReport
) -> None:
    """Items the server deleted: deleted here (to the trash) once the user agreed to mirror
    deletions, else kept waiting for that answer; an event changed here meanwhile waits too."""
    mirror = _mirrors(session, account_id)
    for item_id in item_ids:
        linked = _remote_row(session, account_id, item_id)
        if linked is None:
            continue
        row = session.execute(select(_event).where(_event.c.id == linked.event_id)).one()
        if row.deleted_at is not None:
            session.execute(delete(_remote).where(_remote.c.event_id == row.id))
            session.execute(delete(_conflict).where(_conflict.c.event_id == row.id))
            continue
        here = snapshot(calendar._input_of(session, row))  # noqa: SLF001
        if mirror and not changed_fields(json.loads(linked.synced), here):
            _delete_here(session, row)
            report.deleted += 1
        elif record_conflict(session, account_id, row.id, "deleted_remotely", None, None):
            report.conflicts += 1


def full_read(session: Session, account_id: int, folder: str) -> int | None:
    """The number of the read of the whole calendar under way; None when none is."""
    return session.scalar(
        select(MailFolderState.full_read).where(
            MailFolderState.account_id == account_id, MailFolderState.folder == folder
        )
    )


def begin_full_read(session: Session, account_id: int, folder: str) -> int:
    """A read of the whole calendar (no SyncState) begins. It reports what is there, not
    what went, so its number is kept with the folder until its end: a run stopped halfway
    goes on with the same read, and the end still finds the items it never saw."""
    number = 1 + (
        session.scalar(
            select(func.max(_remote.c.seen_read)).where(_remote.c.account_id == account_id)
        )
        or 0
    )
    state = session.scalar(
        select(MailFolderState).where(
            MailFolderState.account_id == account_id, MailFolderState.folder == folder
        )
    )
    if state is None:
        state = MailFolderState(account_id=account_id, folder=folder, uidvalidity=0, last_uid=0)
        session.add(state)
    state.full_read = number
    session.flush()
    return number


def mark_seen(session: Session, account_id: int, item_ids: Iterable[str], read: int) -> None:
    """The read ``read`` saw these items (of series, single events, changed occurrences)."""
    ids = sorted(set(item_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            update(_remote)
            .where(_remote.c.account_id == account_id, _remote.c.item_id.in_(chunk))
            .values(seen_read=read)
        )


def end_full_read(session: Session, account_id: int, folder: str, read: int) -> list[str]:
    """The read ``read`` is through: the items linked here it did not see, deleted on the
    server meanwhile."""
    gone = session.scalars(
        select(_remote.c.item_id).where(
            _remote.c.account_id == account_id,
            or_(_remote.c.seen_read.is_(None), _remote.c.seen_read != read),
        )
    ).all()
    session.execute(
        update(MailFolderState)
        .where(MailFolderState.account_id == account_id, MailFolderState.folder == folder)
        .values(full_read=None)
    )
    return sorted(gone)


def _delete_here(session: Session, row: Any) -> None:
    ids = [int(row.id)]
    if not row.recurrence_id:
        ids += [
            int(r.id)
            for r in session.execute(
                select(_event.c.id).where(
                    _event.c.source == row.source,
                    _event.c.uid == row.uid,
                    _event.c.recurrence_id != "",
                )
            )
        ]
    session.execute(update(_event).where(_event.c.id.in_(ids)).values(deleted_at=utcnow()))
    session.execute(delete(_remote).where(_remote.c.event_id.in_(ids)))
    session.execute(delete(_conflict).where(_conflict.c.event_id.in_(ids)))


# --------------------------------------------------------------------------- pushing


@dataclass(frozen=True)
class Push:
    """One change to send: ``kind`` says which server call."""

    kind: Literal["create", "update", "delete", "create_override"]
    event_id: int
    data: EventInput | None = None
    item_id: str | None = None  # the item to change or delete (a series' for occurrences)
    change_key: str | None = None
    changed: frozenset[str] = frozenset()  # SYNCED_FIELDS that differ from the last sync
    original_start: datetime | date | None = None  # an occurrence: the start it replaces
    series: EventInput | None = None  # the series of an occurrence, or the series itself
    deleted_occurrences: tuple[datetime | date, ...] = ()  # update: EXDATEs added here
    series_id: int | None = None  # an occurrence: its series' event (its ChangeKey now)
    read_at: datetime | None = None  # the event's updated_at when this was read


class _Masters:
    """Series rows by UID, with their link, read when an occurrence needs its series."""

    def __init__(self, session: Session, source: str) -> None:
        self._session, self._source, self._rows = session, source, {}

    def of(self, uid: str) -> Any:
        if uid not in self._rows:
            self._rows[uid] = self._session.execute(
                select(_event, _remote.c.item_id, _remote.c.change_key)
                .outerjoin(_remote, _remote.c.event_id == _event.c.id)
                .where(
                    _event.c.source == self._source,
                    _event.c.uid == uid,
                    _event.c.recurrence_id == "",
                )
            ).first()
        return self._rows[uid]


@dataclass
class Pending:
    pushes: list[Push]
    unchanged: list[tuple[int, datetime]]
    """Rows written here but not in a synced field (a matter link): (event id, updated_at)
    to mark agreed, so later runs do not read them again."""


def hold_deletions(session: Session, account_id: int) -> int:
    """Deletions made here while the user has not yet agreed that deletions cross over:
    each becomes a conflict they answer (the first yes mirrors the rest). How many."""
    mirror = _mirrors(session, account_id)
    if mirror:
        return 0
    waiting = select(_conflict.c.event_id).where(_conflict.c.account_id == account_id)
    rows = session.execute(
        select(_event.c.id)
        .join(_remote, _remote.c.event_id == _event.c.id)
        .where(
            _remote.c.account_id == account_id,
            _event.c.deleted_at.is_not(None),
            _event.c.recurrence_id == "",
            _event.c.id.not_in(waiting),
        )
    ).all()
    for row in rows:
        record_conflict(session, account_id, row.id, "deleted_locally", None, None)
    return len(rows)


def pending_pushes(session: Session, account_id: int) -> Pending:
    """What the user changed here since the last sync, in the order to send it: series and
    single events first, then their occurrences, then deletions (only once the user has
    agreed that deletions cross over; see hold_deletions). Reads only."""
    source = calendar_source(account_id)
    mirror = _mirrors(session, account_id)
    waiting = {
        int(r.event_id)
        for r in session.execute(
            select(_conflict.c.event_id).where(_conflict.c.account_id == account_id)
        )
    }
    # Only rows written since they were last agreed on (any write bumps updated_at; the
    # link's synced_at is set after the sync's own write): a run without local changes
    # reads none of the calendar.
    rows = session.execute(
        select(_event, _remote.c.item_id, _remote.c.change_key, _remote.c.synced)
        .outerjoin(_remote, _remote.c.event_id == _event.c.id)
        .where(
            _event.c.source == source,
            or_(_remote.c.event_id.is_(None), _event.c.updated_at > _remote.c.synced_at),
        )
        .order_by(_event.c.recurrence_id != "", _event.c.id)
    ).all()
    masters = _Masters(session, source)
    pushes: list[Push] = []
    deletions: list[Push] = []
    unchanged: list[tuple[int, datetime]] = []
    for r in rows:
        if r.id in waiting:
            continue
        master = masters.of(r.uid) if r.recurrence_id else None
        if master is not None and (master.id in waiting or master.deleted_at is not None):
            continue  # its series waits for the user, or is gone with its occurrences
        if r.deleted_at is not None:
            if r.item_id is not None and not r.recurrence_id and mirror:
                deletions.append(Push("delete", r.id, item_id=r.item_id))
            # A changed occurrence deleted here is an EXDATE of its series.
            continue
        data = calendar._input_of(session, r)  # noqa: SLF001
        if r.item_id is None:
            if not r.recurrence_id:
                pushes.append(Push("create", r.id, data=data, read_at=r.updated_at))
                continue
            if master is None or master.item_id is None:
                continue  # its series goes first; this follows in the next round
            series = calendar._input_of(session, master)  # noqa: SLF001
            pushes.append(
                Push(
                    "create_override", r.id, data=data, item_id=master.item_id,
                    change_key=master.change_key,
                    original_start=calendar._occurrence_start(master, r.recurrence_id),  # noqa: SLF001
                    series=series, series_id=int(master.id), read_at=r.updated_at,
                )
            )  # fmt: skip
            continue
        synced = json.loads(r.synced)
        changed = changed_fields(synced, snapshot(data))
        if not changed:
            unchanged.append((int(r.id), r.updated_at))
            continue
        original = None
        if master is not None:
            original = calendar._occurrence_start(master, r.recurrence_id)  # noqa: SLF001
        added: tuple[datetime | date, ...] = ()
        if "exdates" in changed and not r.recurrence_id:
            fresh = set(snapshot(data)["exdates"]) - set(synced["exdates"])
            added = tuple(d for d in data.exdates if _iso(d) in fresh)
        pushes.append(
            Push("update", r.id, data=data, item_id=r.item_id, change_key=r.change_key,
                 changed=frozenset(changed), original_start=original,
                 series=data if not r.recurrence_id else None, deleted_occurrences=added,
                 series_id=int(master.id) if master is not None else None,
                 read_at=r.updated_at)
        )  # fmt: skip
    return Pending(pushes + deletions, unchanged)


def settle(session: Session, rows: Iterable[tuple[int, datetime]]) -> None:
    """Rows changed here only outside the synced fields: agreed as of that change."""
    for event_id, updated_at in rows:
        session.execute(
            update(_remote).where(_remote.c.event_id == event_id).values(synced_at=updated_at)
        )


def record_pushed(
    session: Session,
    account_id: int,
    event_id: int,
    item_id: str,
    change_key: str,
    sent: EventInput | None = None,
    read_at: datetime | None = None,
) -> None:
    """The server took ``sent`` (the event as read at ``read_at``): that is the version
    both sides agree on. A change made here while it was on its way stays a change."""
    _link(
        session, event_id, account_id, item_id, change_key,
        snapshot(sent) if sent is not None else None, synced_at=read_at,
    )  # fmt: skip


def item_of(session: Session, event_id: int) -> str | None:
    """The server item an event is linked to."""
    return session.scalar(select(_remote.c.item_id).where(_remote.c.event_id == event_id))


def record_series_key(session: Session, series_id: int, change_key: str) -> None:
    """A series' ChangeKey after one of its occurrences was written (which changes it)."""
    session.execute(
        update(_remote).where(_remote.c.event_id == series_id).values(change_key=change_key)
    )


def forget_overrides(session: Session, series_id: int) -> None:
    """The server dropped a series' changed occurrences (a new rule does that): their
    links go, so they are sent again as changes of the series as it is now."""
    row = session.execute(
        select(_event.c.source, _event.c.uid).where(_event.c.id == series_id)
    ).one()
    ids = select(_event.c.id).where(
        _event.c.source == row.source, _event.c.uid == row.uid, _event.c.recurrence_id != ""
    )
    session.execute(delete(_remote).where(_remote.c.event_id.in_(ids)))


def change_key(session: Session, event_id: int) -> str | None:
    """The ChangeKey last agreed for an event's item (a series' changes as the run goes)."""
    return session.scalar(select(_remote.c.change_key).where(_remote.c.event_id == event_id))


def record_deleted(session: Session, event_id: int) -> None:
    """The server deleted the item as we asked: the event stays in the trash, unlinked."""
    session.execute(delete(_remote).where(_remote.c.event_id == event_id))


# --------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    account_id: int
    event_id: int
    kind: str
    summary: str
    start: str
    server_summary: str | None
    server_start: str | None
    changed: tuple[str, ...]
    found_at: datetime
    # (field, value here, value on the server) of each field in ``changed``, as short plain
    # text: times ISO, rules as they are, lists joined with ", ", yes/no, long text cut.
    differences: tuple[tuple[str, str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "account_id": self.account_id,
            "event_id": self.event_id,
            "kind": self.kind,
            "summary": self.summary,
            "start": self.start,
            "server": {"summary": self.server_summary, "start": self.server_start}
            if self.server_summary is not None
            else None,
            "differs_in": list(self.changed),
            "differences": [
                {"field": name, "here": here, "server": server}
                for name, here, server in self.differences
            ],
            "found_at": self.found_at.isoformat(),
        }


_SHOWN_LENGTH = 200


def _shown(value: Any) -> str:
    """A snapshot value as a conflict shows it: short plain text on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    parts = value if isinstance(value, list | tuple) else [value]
    text = " ".join(", ".join(str(v) for v in parts).split())
    if len(text) > _SHOWN_LENGTH:
        text = text[: _SHOWN_LENGTH - 1].rstrip() + "…"
    return text


def count_conflicts(session: Session, account_id: int) -> int:
    """How many conflicts and deletions of the account wait for the user."""
    return int(
        session.scalar(
            select(func.count()).select_from(_conflict).where(_conflict.c.account_id == account_id)
        )
        or 0
    )


def list_conflicts(session: Session, account_id: int | None = None) -> list[ConflictInfo]:
    """Conflicts and deletions waiting for the user, oldest first."""
    stmt = (
        select(_conflict, _event.c.summary, _event.c.start_local, _event.c.all_day)
        .join(_event, _event.c.id == _conflict.c.event_id)
        .order_by(_conflict.c.found_at, _conflict.c.id)
    )
    if account_id is not None:
        stmt = stmt.where(_conflict.c.account_id == account_id)
    out = []
    for r in session.execute(stmt):
        server = json.loads(r.server_version) if r.server_version else None
        here = _snapshot_of(session, r.event_id)
        changed = tuple(sorted(changed_fields(here, server))) if server else ()
        out.append(
            ConflictInfo(
                id=r.id,
                account_id=r.account_id,
                event_id=r.event_id,
                kind=r.kind,
                summary=r.summary,
                start=(r.start_local.date() if r.all_day else r.start_local).isoformat(),
                server_summary=server["summary"] if server else None,
                server_start=server["start"] if server else None,
                changed=changed,
                found_at=r.found_at,
                differences=tuple(
                    (name, _shown(here.get(name)), _shown(server.get(name))) for name in changed
                )
                if server
                else (),
            )
        )
    return out


Choice = Literal["mine", "theirs"]


def resolve_conflict(session: Session, conflict_id: int, choice: Choice, *, zone: str) -> int:
    """The user's pick; returns the event id. "mine": this side's version (or deletion)
    goes to the server on the next sync. "theirs": the server's version (or deletion) is
    taken here. Agreeing to a deletion is the first-time yes: later ones are mirrored
    without asking. Keeping an event is a decision about that event only."""
    if choice not in ("mine", "theirs"):
        raise KnownError(f"Unknown choice “{choice}”: use mine or theirs.")
    row = session.execute(select(_conflict).where(_conflict.c.id == conflict_id)).first()
    if row is None:
        raise RecordNotFound(f"There is no calendar conflict {conflict_id}.")
    event = session.execute(select(_event).where(_event.c.id == row.event_id)).one()
    linked = session.execute(select(_remote).where(_remote.c.event_id == row.event_id)).first()
    server = (
        _from_plain(json.loads(row.server_version), event.source) if row.server_version else None
    )
    account = session.get(MailAccount, row.account_id)
    if row.kind == "changed_both":
        if choice == "theirs" and server is not None:
            _write_here(session, event.id, _with_people(session, server), zone)
            if linked is not None:
                _link(session, event.id, row.account_id, linked.item_id, row.server_change_key)
            if server.rrule:
                # The server's changed occurrences of the series waited with it: the next
                # sync reads the calendar from the start (matched by item, nothing doubled).
                reset_token(session, row.account_id, "calendar")
        elif linked is not None and server is not None:
            # Ours against the server's current version: the next push sends every field
            # where they differ, with the ChangeKey that now matches.
            session.execute(
                update(_remote)
                .where(_remote.c.event_id == event.id)
                .values(change_key=row.server_change_key, synced=json.dumps(snapshot(server)))
            )
    elif row.kind == "deleted_remotely":
        if choice == "theirs":
            _delete_here(session, event)
            if account is not None:
                account.mirror_deletes = True  # the first yes: from now on without asking
        else:
            # Kept here: sent to the server again as a new appointment, its changed
            # occurrences as changes of it.
            session.execute(delete(_remote).where(_remote.c.event_id == event.id))
            if not event.recurrence_id:
                forget_overrides(session, event.id)
    elif row.kind == "deleted_locally":
        if choice == "theirs":
            # Back with the changed occurrences that went to the trash with it.
            session.execute(
                update(_event)
                .where(
                    _event.c.source == event.source,
                    _event.c.uid == event.uid,
                    or_(_event.c.id == event.id, _event.c.deleted_at == event.deleted_at),
                )
                .values(deleted_at=None)
            )
            if server is not None and linked is not None:
                _write_here(session, event.id, _with_people(session, server), zone)
                _link(session, event.id, row.account_id, linked.item_id, row.server_change_key)
        elif linked is not None and row.server_change_key:
            session.execute(
                update(_remote)
                .where(_remote.c.event_id == event.id)
                .values(change_key=row.server_change_key)
            )
        if choice == "mine" and account is not None:
            account.mirror_deletes = True
    session.execute(delete(_conflict).where(_conflict.c.id == conflict_id))
    return int(event.id)
