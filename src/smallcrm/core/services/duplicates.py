"""Finding likely duplicate people and organisations in the whole book, ranked, with reasons."""

# How it stays fast on 100,000 contacts (never all pairs)
# -------------------------------------------------------
# Everything is read once with a few plain SELECTs (ids, folded names, e-mails, phones,
# employers, birthdays) into dicts; then only records sharing a *blocking key* are compared.
# Memory (the finder runs inside the app): rows are streamed, never fetched all at once;
# an e-mail or phone is kept only while the scan looks for a second owner, and only values
# two records share stay; who has any e-mail or phone is one byte per id; blocks with one
# name hold no list. On 100,000 contacts that is ~100 MB at the peak instead of ~170 MB.
#
# * e-mail (case-insensitive) and phone (the stored E.164 value, so "602 123 456" and
#   "+420 602 123 456" meet): every pair of a group. A value shared by more than MAX_SHARED
#   records is a shared mailbox or a switchboard, not an identity: it is ignored.
# * names: sort_key (already folded: no case, no diacritics), punctuation dropped, split
#   into sorted tokens, so "Nováková Jana" = "Jana Novakova". Distinct names are blocked
#   twice and compared within a block with rapidfuzz (fuzz.ratio of the sorted-token
#   strings, i.e. a token-sort ratio), keeping pairs at NAME_ALIKE or above:
#     - the 3-letter prefixes of all tokens ("jan nov"): word order, diacritics, typos
#       from the 4th letter of each word on;
#     - each whole token plus the 2-letter prefixes of the others ("jana|no"): a typo
#       from the 3rd letter on in one of the words.
#   Missed: a typo in the first two letters of a word ("Mováková"), or typos in two words
#   within their first three letters. Middle names are not part of sort_key.
# * same employer + a shared name token: colleagues "J. Nováková" and "Jana Nováková".
#
# Blocks larger than MAX_BLOCK are skipped (a name so common it says nothing; this bounds
# the work on any data). Organisations are paired by registry number, by folded name (legal
# form included: "AKN s.r.o." = "AKN, s.r.o.") and by a shared e-mail or phone. Pairs the
# user marked "not duplicates" (dismiss_pair, kept in models.duplicates) are left out.
#
# Scoring: 0..100, transparent points rather than a trained model. People: same e-mail +60,
# same phone +50, same name +55 or names alike +35..50 (ratio 85..99), same employer +15,
# same birthday +15. Against: different birthdays -40, both have e-mails but none shared
# -10, likewise phones -10, clearly different names (ratio < NAME_DIFFERENT) -20. So two
# "Jan Novák" with different e-mails and phones (two people) score 35, under the default
# min_score, while the same name in the same firm, or a shared e-mail, is shown.
# Organisations: same registry number +90, same name +60, same e-mail +50, same phone +40;
# different registry numbers or countries -50 each.

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    Contact,
    ContactMethod,
    DismissedOrganizationPair,
    DismissedPersonPair,
    Organization,
    Relation,
)
from smallcrm.core.services.address_book import RecordNotFound
from smallcrm.core.text import fold

_contact = Contact.__table__
_organization = Organization.__table__
_method = ContactMethod.__table__
_relation = Relation.__table__
# "Not duplicates", per kind: (first_id, second_id), the smaller id first.
_dismissed = {
    "person": DismissedPersonPair.__table__,
    "organization": DismissedOrganizationPair.__table__,
}
_records = {"person": _contact, "organization": _organization}

# Names at or above this rapidfuzz ratio (of folded, token-sorted names) are "alike".
NAME_ALIKE = 85.0
# Under this ratio two names are clearly different (e.g. a couple sharing a home phone).
NAME_DIFFERENT = 70.0
MIN_SCORE = 40.0
MAX_SHARED = 20
MAX_BLOCK = 300

_NON_WORD = re.compile(r"[^\w]+")
HAS_EMAIL, HAS_PHONE = 1, 2


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that may be the same person (or organisation), and why."""

    kind: str  # "person" | "organization"
    first_id: int  # always < second_id
    second_id: int
    first_name: str
    second_name: str
    score: int  # 0..100
    reasons: list[str]
    # Marked "not duplicates" (listed only when find_duplicates is asked to include them).
    dismissed: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "first": {"id": self.first_id, "name": self.first_name},
            "second": {"id": self.second_id, "name": self.second_name},
            "score": self.score,
            "reasons": list(self.reasons),
            "dismissed": self.dismissed,
        }


@dataclass(frozen=True)
class DismissedPair:
    """A pair the user marked "not duplicates"."""

    kind: str  # "person" | "organization"
    first_id: int  # always < second_id
    second_id: int
    first_name: str
    second_name: str
    dismissed_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "first": {"id": self.first_id, "name": self.first_name},
            "second": {"id": self.second_id, "name": self.second_name},
            "dismissed_at": self.dismissed_at.isoformat(),
        }


def name_key(text: str | None) -> str:
    """Folded name tokens, punctuation dropped, sorted: "Nováková, Jana" -> "jana novakova"."""
    return " ".join(sorted(t for t in _NON_WORD.sub(" ", fold(text)).split() if t))


def _is_name(sort_key: str) -> bool:
    # A contact saved with only an e-mail or phone is named by it: that is no name to compare.
    return "@" not in sort_key and any(ch.isalpha() for ch in sort_key)


def _pairs(ids: Iterable[int]) -> Iterable[tuple[int, int]]:
    return combinations(sorted(set(ids)), 2)


def _alike_in_block(members: list[str], found: dict[tuple[str, str], float]) -> None:
    """Record alike name pairs of one block (distinct names); rapidfuzz's loop runs in C."""
    if len(members) == 2:  # most blocks: one call, no list building
        u, v = sorted(members)
        if u != v and (ratio := fuzz.ratio(u, v, score_cutoff=NAME_ALIKE)):
            found.setdefault((u, v), ratio)
        return
    if len(members) > MAX_BLOCK:
        return
    members = sorted(set(members))
    for i in range(len(members) - 1):
        rest = members[i + 1 :]
        for other, ratio, _j in process.extract(
            members[i], rest, scorer=fuzz.ratio, score_cutoff=NAME_ALIKE, limit=None
        ):
            found.setdefault((members[i], other), ratio)


def _shared_groups(values: dict[Any, list[int]]) -> Iterable[tuple[Any, tuple[int, int]]]:
    for value, owners in values.items():
        if 1 < len(owners) <= MAX_SHARED:
            for pair in _pairs(owners):
                yield value, pair


# --- loading --------------------------------------------------------------------------------


def _owners() -> defaultdict[str, list[int]]:
    return defaultdict(list)


@dataclass
class _Book:
    """What the finder reads, by id; plain Python data, no ORM objects."""

    display: dict[int, str] = field(default_factory=dict)
    name_of: dict[int, str] = field(default_factory=dict)  # name_key, if the contact has one
    by_name: defaultdict[str, list[int]] = field(default_factory=_owners)
    # Value -> owners, only for values two or more records have (most have one), and who
    # has any: e-mails and phones are compared only where shared.
    by_email: dict[str, list[int]] = field(default_factory=dict)
    by_phone: dict[str, list[int]] = field(default_factory=dict)
    # Contact id -> HAS_EMAIL | HAS_PHONE bits: a byte each, where sets of ids took 70.
    has: bytearray = field(default_factory=bytearray)
    employers: dict[int, tuple[int, ...]] = field(default_factory=dict)  # a set is 4x larger
    birthdays: dict[int, tuple[date, bool]] = field(default_factory=dict)
    org_names: dict[int, str] = field(default_factory=dict)
    org_keys: dict[int, str] = field(default_factory=dict)
    org_registry: dict[int, str] = field(default_factory=dict)
    org_country: dict[int, str] = field(default_factory=dict)
    org_by_email: dict[str, list[int]] = field(default_factory=dict)
    org_by_phone: dict[str, list[int]] = field(default_factory=dict)
    # Pair -> the e-mails (phones) both have, filled while finding candidates.
    shared_emails: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    shared_phones: dict[tuple[int, int], list[str]] = field(default_factory=dict)


def _registry_key(value: str | None) -> str:
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())


def _contact_name(sort_key: str) -> str:
    if sort_key.replace(" ", "").isalpha():  # the common case: letters and spaces only
        return " ".join(sorted(sort_key.split()))
    if not _is_name(sort_key):
        return ""
    return " ".join(sorted(_NON_WORD.sub(" ", sort_key).split()))


def _share(first: dict[str, int], shared: dict[str, list[int]], value: str, owner: int) -> None:
    """Note that ``owner`` has ``value``; ``shared`` gets the values two or more owners have."""
    seen = first.setdefault(value, owner)
    if seen != owner:
        owners = shared.get(value)
        if owners is None:
            shared[value] = [seen, owner]
        else:
            owners.append(owner)


def _load(session: Session) -> _Book:
    book = _Book()
    for oid, name, reg, cc in session.execute(
        select(
            _organization.c.id,
            _organization.c.name,
            _organization.c.registry_id,
            _organization.c.country,
        ).where(_organization.c.deleted_at.is_(None))
    ):
        book.org_names[oid] = name
        # Not sort_key: it may lack the legal form, and "X s.r.o." is not "X a.s.".
        book.org_keys[oid] = name_key(name)
        if reg := _registry_key(reg):
            book.org_registry[oid] = reg
        if cc:
            book.org_country[oid] = cc.upper()
    # sort_key is already folded ("family given", or the display name): no folding per row.
    names: dict[str, str] = {}  # the same names recur: tokenise each once
    for cid, shown, key, born, year_known in session.execute(
        select(
            _contact.c.id,
            _contact.c.display_name,
            _contact.c.sort_key,
            _contact.c.birthday,
            _contact.c.birthday_year_known,
        ).where(_contact.c.deleted_at.is_(None))
    ):
        book.display[cid] = shown or ""
        if key:
            name = names.get(key)
            if name is None:
                name = names[key] = _contact_name(key)
            if name:
                book.name_of[cid] = name
                book.by_name[name].append(cid)
        if born is not None:
            book.birthdays[cid] = (born, bool(year_known))
    del names
    # NOT IN rather than IN: SQLite would otherwise walk the (kind, value) index and fetch
    # each row at random, three times slower than one pass over the table. The rows are
    # streamed, not fetched all at once; a value's owners are listed only once a second
    # owner turns up, so the 200,000 values nobody shares cost one dict entry, then nothing.
    display, org_names = book.display, book.org_names
    has = book.has = bytearray(max(display, default=0) + 1)
    first_email: dict[str, int] = {}
    first_phone: dict[str, int] = {}
    first_org_email: dict[str, int] = {}
    first_org_phone: dict[str, int] = {}
    for cid, oid, kind, value in session.execute(
        select(
            _method.c.contact_id, _method.c.organization_id, _method.c.kind, _method.c.value
        ).where(_method.c.kind.not_in(("address", "web")))
    ):
        if not value:
            continue
        # Values are stored trimmed; only an e-mail's local part may differ in case.
        if kind == "email":
            if cid is not None:
                if cid in display:
                    _share(first_email, book.by_email, value.lower(), cid)
                    has[cid] |= HAS_EMAIL
            elif oid in org_names:
                _share(first_org_email, book.org_by_email, value.lower(), oid)
        elif cid is not None:
            if cid in display:
                _share(first_phone, book.by_phone, value, cid)
                has[cid] |= HAS_PHONE
        elif oid in org_names:
            _share(first_org_phone, book.org_by_phone, value, oid)
    del first_email, first_phone, first_org_email, first_org_phone
    employers = book.employers
    for cid, oid in session.execute(
        select(_relation.c.contact_id, _relation.c.organization_id).where(
            _relation.c.kind == "employment", _relation.c.organization_id.is_not(None)
        )
    ):
        if cid in display and oid in org_names:
            orgs = employers.get(cid, ())
            if oid not in orgs:
                employers[cid] = (*orgs, oid)
    return book


# --- people --------------------------------------------------------------------------------


def _name_keys(name: str) -> tuple[str, ...]:
    """Blocking keys of a name (sorted folded tokens): see the module docstring."""
    tokens = name.split()
    if len(tokens) == 2:  # most names: spelled out for speed
        first, second = tokens
        return f"{first[:3]} {second[:3]}", f"{first}|{second[:2]}", f"{second}|{first[:2]}"
    # Tokens are sorted, so their prefixes come out sorted too: the keys need no sort.
    keys = [" ".join([t[:3] for t in tokens])]
    for i, token in enumerate(tokens):
        keys.append(token + "|" + " ".join([t[:2] for j, t in enumerate(tokens) if j != i]))
    return tuple(keys)


def _person_candidates(book: _Book) -> dict[tuple[int, int], float | None]:
    """Candidate pairs -> name ratio where a name block already computed it."""
    # Blocks hold distinct names; a name shared by several contacts pairs them all. Most
    # keys belong to one name only: a key's first name is kept alone, and a list is made
    # only for the keys a second name shares.
    first: dict[str, str] = {}
    blocks: dict[str, list[str]] = {}
    for name in book.by_name:
        for key in _name_keys(name):
            other = first.setdefault(key, name)
            if other is not name:
                members = blocks.get(key)
                if members is None:
                    blocks[key] = [other, name]
                else:
                    members.append(name)
    del first
    alike: dict[tuple[str, str], float] = {}
    for members in blocks.values():
        _alike_in_block(members, alike)
    del blocks
    colleagues: defaultdict[tuple[int, str], list[str]] = defaultdict(list)
    for cid, orgs in book.employers.items():
        name = book.name_of.get(cid)
        if name:
            for org_id in orgs:
                for token in name.split():
                    colleagues[(org_id, token)].append(name)
    for members in colleagues.values():
        if len(members) > 1:
            _alike_in_block(members, alike)
    del colleagues

    candidates: dict[tuple[int, int], float | None] = {}
    for ids in book.by_name.values():
        if 1 < len(ids) <= MAX_BLOCK:
            for pair in _pairs(ids):
                candidates[pair] = 100.0
    for (u, v), ratio in alike.items():
        ids_u, ids_v = book.by_name[u], book.by_name[v]
        if len(ids_u) * len(ids_v) <= MAX_BLOCK:
            for a in ids_u:
                for b in ids_v:
                    candidates[(a, b) if a < b else (b, a)] = ratio
    for owners, shared in (
        (book.by_email, book.shared_emails),
        (book.by_phone, book.shared_phones),
    ):
        for value, pair in _shared_groups(owners):
            candidates.setdefault(pair, None)
            shared.setdefault(pair, []).append(value)
    return candidates


def _birthday_text(value: tuple[date, bool]) -> str:
    born, year_known = value
    return born.isoformat() if year_known else f"--{born.month:02d}-{born.day:02d}"


def _same_birthday(a: tuple[date, bool], b: tuple[date, bool]) -> bool:
    if a[1] and b[1]:
        return a[0] == b[0]
    return (a[0].month, a[0].day) == (b[0].month, b[0].day)  # one lacks its year


def _score_people(
    book: _Book, a: int, b: int, ratio: float | None, min_score: float
) -> tuple[int, list[str]] | None:
    """Points for one pair; the reasons are written only for pairs that make the cut."""
    points = 0
    same_emails = book.shared_emails.get((a, b), [])
    same_phones = book.shared_phones.get((a, b), [])
    both = book.has[a] & book.has[b]
    both_email = both & HAS_EMAIL
    both_phone = both & HAS_PHONE
    if same_emails:
        points += 60
    elif both_email:
        points -= 10
    if same_phones:
        points += 50
    elif both_phone:
        points -= 10
    name_a, name_b = book.name_of.get(a), book.name_of.get(b)
    name_points = 0
    if name_a and name_b:
        if ratio is None:
            ratio = fuzz.ratio(name_a, name_b)
        if name_a == name_b:
            name_points = 55
        elif ratio >= NAME_ALIKE:
            name_points = round(35 + (ratio - NAME_ALIKE) * 15 / (100 - NAME_ALIKE))
        elif ratio < NAME_DIFFERENT:
            name_points = -20
    points += name_points
    orgs_a, orgs_b = book.employers.get(a), book.employers.get(b)
    same_orgs = sorted(set(orgs_a).intersection(orgs_b)) if orgs_a and orgs_b else []
    if same_orgs:
        points += 15  # one shared employer is the evidence; more firms add nothing
    born_a, born_b = book.birthdays.get(a), book.birthdays.get(b)
    same_born = None
    if born_a and born_b:
        same_born = _same_birthday(born_a, born_b)
        points += 15 if same_born else -40
    points = min(points, 100)
    if points <= 0 or points < min_score:
        return None

    reasons = [f"same e-mail {e}" for e in sorted(same_emails)]
    if not same_emails and both_email:
        reasons.append("but different e-mails")
    reasons += [f"same phone {n}" for n in sorted(same_phones)]
    if not same_phones and both_phone:
        reasons.append("but different phones")
    shown = f"{book.display[a]} / {book.display[b]}"
    if name_points == 55:
        same = book.display[a] == book.display[b]
        reasons.append(f"same name {book.display[a]}" if same else f"same name: {shown}")
    elif name_points > 0:
        reasons.append(f"names alike ({ratio:.0f}): {shown}")
    elif name_points < 0:
        reasons.append(f"but different names: {shown}")
    if same_orgs:
        reasons.append(f"same organisation {book.org_names[same_orgs[0]]}")
    if born_a and born_b:
        if same_born:
            reasons.append(f"same birthday {_birthday_text(born_a)}")
        else:
            reasons.append(
                f"but different birthdays {_birthday_text(born_a)} / {_birthday_text(born_b)}"
            )
    return points, reasons


# --- organisations -------------------------------------------------------------------------


def _organization_pairs(book: _Book, min_score: float) -> list[DuplicatePair]:
    names, registry, country = book.org_names, book.org_registry, book.org_country
    candidates: set[tuple[int, int]] = set()
    for values in (book.org_keys, registry):
        owners: defaultdict[str, list[int]] = defaultdict(list)
        for oid, value in values.items():
            if value:
                owners[value].append(oid)
        candidates.update(pair for _value, pair in _shared_groups(owners))
    same_emails: dict[tuple[int, int], list[str]] = defaultdict(list)
    same_phones: dict[tuple[int, int], list[str]] = defaultdict(list)
    for owners, shared in ((book.org_by_email, same_emails), (book.org_by_phone, same_phones)):
        for value, pair in _shared_groups(owners):
            candidates.add(pair)
            shared[pair].append(value)
    pairs: list[DuplicatePair] = []
    for a, b in candidates:
        points = 0
        reasons: list[str] = []
        if registry.get(a) and registry.get(b):
            if registry[a] == registry[b]:
                points += 90
                reasons.append(f"same registry number {registry[a]}")
            else:
                points -= 50
                reasons.append(f"but different registry numbers {registry[a]} / {registry[b]}")
        if book.org_keys[a] and book.org_keys[a] == book.org_keys[b]:
            points += 60
            same = names[a] == names[b]
            shown = names[a] if same else f"{names[a]} / {names[b]}"
            reasons.append(f"same name {shown}" if same else f"same name: {shown}")
        if country.get(a) and country.get(b) and country[a] != country[b]:
            points -= 50
            reasons.append(f"but different countries {country[a]} / {country[b]}")
        for email in sorted(same_emails.get((a, b), [])):
            points += 50
            reasons.append(f"same e-mail {email}")
        for phone in sorted(same_phones.get((a, b), [])):
            points += 40
            reasons.append(f"same phone {phone}")
        points = min(points, 100)
        if points > 0 and points >= min_score:
            pairs.append(DuplicatePair("organization", a, b, names[a], names[b], points, reasons))
    return pairs


# --- the finder ----------------------------------------------------------------------------


def find_duplicates(
    session: Session,
    *,
    limit: int | None = None,
    min_score: float = MIN_SCORE,
    include_dismissed: bool = False,
) -> list[DuplicatePair]:
    """Likely duplicates among people (and organisations) not in the trash, best first.

    Pairs marked "not duplicates" are left out; with ``include_dismissed`` they are listed
    too, with ``dismissed`` set.
    """
    book = _load(session)
    dismissed = {kind: _dismissed_ids(session, kind) for kind in _dismissed}
    pairs = []
    for pair in _organization_pairs(book, min_score):
        if (pair.first_id, pair.second_id) in dismissed["organization"]:
            if not include_dismissed:
                continue
            pair = replace(pair, dismissed=True)
        pairs.append(pair)
    dismissed_people = dismissed["person"]
    for (a, b), ratio in _person_candidates(book).items():
        was_dismissed = (a, b) in dismissed_people
        if was_dismissed and not include_dismissed:
            continue
        scored = _score_people(book, a, b, ratio, min_score)
        if scored is not None:
            shown_a, shown_b = book.display[a], book.display[b]
            pairs.append(DuplicatePair("person", a, b, shown_a, shown_b, *scored, was_dismissed))

    def rank(pair: DuplicatePair) -> tuple[int, int, int, int]:
        # Ties: people before organisations (the merge users came for), then oldest first.
        return (-pair.score, pair.kind != "person", pair.first_id, pair.second_id)

    if limit is not None:
        return heapq.nsmallest(limit, pairs, key=rank)
    return sorted(pairs, key=rank)


# --- "not duplicates" ----------------------------------------------------------------------


def _dismissed_ids(session: Session, kind: str) -> set[tuple[int, int]]:
    table = _dismissed[kind]
    return {(a, b) for a, b in session.execute(select(table.c.first_id, table.c.second_id))}


def _pair_key(kind: str, first_id: int, second_id: int) -> tuple[int, int]:
    if kind not in _dismissed:
        raise ValueError(f"unknown kind {kind!r}: 'person' or 'organization'")
    if first_id == second_id:
        raise KnownError(f"{first_id} and {second_id} are the same record, not a pair.")
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


def dismiss_pair(session: Session, kind: str, first_id: int, second_id: int) -> bool:
    """Remember that two records are not duplicates: the finder no longer lists the pair.

    The order of the ids does not matter. Returns False if the pair was dismissed already;
    raises RecordNotFound if either record does not exist.
    """
    a, b = _pair_key(kind, first_id, second_id)
    records = _records[kind]
    found = set(session.scalars(select(records.c.id).where(records.c.id.in_((a, b)))))
    for record_id in (a, b):
        if record_id not in found:
            what = "Organisation" if kind == "organization" else "Contact"
            raise RecordNotFound(f"{what} {record_id} does not exist.")
    table = _dismissed[kind]
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    # Another window (or user, on a server) may dismiss the same pair at the same moment.
    inserted = session.execute(
        insert(table)
        .values(first_id=a, second_id=b)
        .on_conflict_do_nothing()
        .returning(table.c.first_id)
    ).first()
    return inserted is not None


def undismiss_pair(session: Session, kind: str, first_id: int, second_id: int) -> bool:
    """Forget a "not duplicates": the finder may list the pair again. False if it was not."""
    a, b = _pair_key(kind, first_id, second_id)
    table = _dismissed[kind]
    result = session.execute(delete(table).where(table.c.first_id == a, table.c.second_id == b))
    return bool(result.rowcount)


def dismissed_pairs(session: Session, kind: str | None = None) -> list[DismissedPair]:
    """The pairs marked "not duplicates" (of one kind, or both), the newest first."""
    pairs: list[DismissedPair] = []
    for pair_kind, table in _dismissed.items():
        if kind is not None and kind != pair_kind:
            continue
        records = _records[pair_kind]
        name = records.c.display_name if pair_kind == "person" else records.c.name
        first, second = records.alias("first"), records.alias("second")
        rows = session.execute(
            select(
                table.c.first_id,
                table.c.second_id,
                first.c[name.key],
                second.c[name.key],
                table.c.dismissed_at,
            )
            .join(first, first.c.id == table.c.first_id)
            .join(second, second.c.id == table.c.second_id)
        )
        pairs += [DismissedPair(pair_kind, *row) for row in rows]
    pairs.sort(key=lambda p: (p.dismissed_at, p.kind, p.first_id, p.second_id), reverse=True)
    return pairs
