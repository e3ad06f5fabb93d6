"""Realistic demo data for a firm profile: people and organisations of the users' countries."""

from __future__ import annotations

import functools
import random
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, select

from smallcrm.core.collation import name_keys
from smallcrm.core.db import Database, sync_id_sequences
from smallcrm.core.demo_calendar import CalendarResult, fill_calendar
from smallcrm.core.demo_matters import (
    BUSY_ACTIVITIES,
    MATTERS_PER_CONTACT,
    DemoOrganization,
    DemoPerson,
    fill_matters,
)
from smallcrm.core.errors import KnownError
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation
from smallcrm.core.services.name_order import firm_language
from smallcrm.core.services.search_text import contact_search_text, organization_search_text
from smallcrm.core.text import fold
from smallcrm.core.validation import parse_phone

# (Faker locale, ISO country, share of contacts)
LOCALES = (
    ("cs_CZ", "CZ", 0.34),
    ("sk_SK", "SK", 0.14),
    ("pl_PL", "PL", 0.16),
    ("hr_HR", "HR", 0.10),
    ("uk_UA", "UA", 0.10),
    ("en_GB", "GB", 0.16),
)
POOL = 400  # distinct values drawn from Faker per locale; combined at random they look real
ORG_SHARE = 0.1  # one organisation per ten people
CHUNK = 5000

TITLES = {
    "CZ": ["JUDr.", "Mgr.", "Ing.", "Bc.", "MUDr.", "Ing. arch.", "doc. JUDr.", "PhDr."],
    "SK": ["JUDr.", "Mgr.", "Ing.", "Bc.", "MUDr.", "PaedDr."],
    "PL": ["mec.", "dr", "inż.", "mgr", "prof."],
    "HR": ["dr. sc.", "mr. sc.", "odvj."],
    "UA": ["д-р", "к.ю.н."],
    "GB": ["Dr", "Prof.", "Sir"],
}
LEGAL_FORMS = {
    "CZ": ["s.r.o.", "a.s.", "spol. s r.o.", "v.o.s."],
    "SK": ["s.r.o.", "a.s.", "k.s."],
    "PL": ["sp. z o.o.", "S.A.", "sp.j.", "sp.k."],
    "HR": ["d.o.o.", "d.d.", "j.d.o.o."],
    "UA": ["ТОВ", "ПП", "ПрАТ"],
    "GB": ["Ltd", "LLP", "plc"],
}
COMPANY_WORDS = {
    "CZ": ["Stavby", "Účetnictví", "Doprava", "Strojírny", "Realitní kancelář", "Pekárna"],
    "SK": ["Stavebniny", "Účtovníctvo", "Doprava", "Strojárne", "Reality", "Pekáreň"],
    "PL": ["Budownictwo", "Biuro Rachunkowe", "Transport", "Zakłady Mechaniczne", "Nieruchomości"],
    "HR": ["Graditeljstvo", "Računovodstvo", "Prijevoz", "Strojogradnja", "Nekretnine"],
    "UA": ["Будівництво", "Бухгалтерія", "Транспорт", "Машинобудування", "Нерухомість"],
    "GB": ["Construction", "Accountancy", "Logistics", "Engineering", "Estates", "Bakery"],
}
COUNTRY_CODES = {"CZ": "+420", "SK": "+421", "PL": "+48", "HR": "+385", "UA": "+380", "GB": "+44"}
ROLES = ["Director", "CFO", "Head of Legal", "Accountant", "Managing Partner", "Owner", "Clerk"]

# Ukrainian national transliteration (2010), enough to build Latin e-mail addresses.
_UK_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
        "я": "ia", "'": "", "’": "", "ʼ": "",
    }
)  # fmt: skip


# Names repeat across records (they come from pools), so folding is memoised.
_fold = functools.lru_cache(maxsize=None)(fold)


def _ascii_local(text: str) -> str:
    folded = _fold(text).translate(_UK_LATIN)
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in ".-"))


@dataclass(frozen=True)
class DemoResult:
    contacts: int
    organizations: int  # every organisation added, courts and tax offices among them
    seconds: float
    matters: int = 0
    parties: int = 0
    activities: int = 0
    correspondents: int = 0
    authorities: int = 0  # courts and tax offices (added once per database)
    busy_contact: int | None = None  # the person with ``busy_activities`` activities
    busy_name: str | None = None
    busy_activities: int = 0
    events: int = 0  # single calendar events, series and deadlines counted apart
    series: int = 0
    tasks: int = 0
    deadlines: int = 0


@dataclass
class _Pools:
    country: str
    male: list[tuple[str, str]]
    female: list[tuple[str, str]]
    streets: list[str]
    places: list[tuple[str, str]]  # (postal code, city)
    phones: list[str]
    domains: list[str]
    jobs: list[str]


def require_faker() -> None:
    """Raise a KnownError unless Faker (the optional ``demo`` extra) can be imported."""
    import importlib.util

    if importlib.util.find_spec("faker") is not None:
        return
    from smallcrm.core.paths import is_frozen

    if is_frozen():  # the installer leaves Faker out on purpose
        raise KnownError(
            "Demo data is not part of the installed SmallCRM.",
            hint="Run `smallcrm demo` from a development checkout (make run sets one up).",
        )
    raise KnownError(
        "Demo data needs the optional Faker package.",
        hint="Install it with: pip install 'smallcrm[demo]'",
    )


def _build_pools(locale: str, country: str, seed: int) -> _Pools:
    require_faker()
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    n = POOL
    male = [(fake.first_name_male(), fake.last_name_male()) for _ in range(n)]
    female = [(fake.first_name_female(), fake.last_name_female()) for _ in range(n)]
    return _Pools(
        country=country,
        male=male,
        female=female,
        streets=[fake.street_name() for _ in range(n)],
        places=[(fake.postcode(), fake.city()) for _ in range(n)],
        phones=[fake.phone_number() for _ in range(n)],
        domains=sorted({fake.free_email_domain() for _ in range(50)}),
        jobs=[fake.job() for _ in range(n)],
    )


def _vary_phone(rng: random.Random, template: str) -> str:
    # Keep the locale's format (prefix, grouping) but change the subscriber digits.
    chars = list(template)
    digit_positions = [i for i, ch in enumerate(chars) if ch.isdigit()]
    for i in digit_positions[-6:]:
        chars[i] = str(rng.randrange(10))
    return "".join(chars)


def fill_demo(
    database: Database,
    *,
    contacts: int,
    seed: int = 1,
    matters: int | None = None,
    busy_activities: int = BUSY_ACTIVITIES,
    calendar: bool = False,
) -> DemoResult:
    """Add ``contacts`` people and about a tenth as many organisations, reproducibly by seed.

    Then ``matters`` matters among them (None: one per five people) with their parties,
    activities on the timeline of matters, people and organisations, e-mail
    correspondents, and one person with exactly ``busy_activities`` activities (0: none).
    """
    started = time.perf_counter()
    if matters is None:
        matters = int(contacts * MATTERS_PER_CONTACT)
    if matters < 0 or busy_activities < 0:
        raise KnownError("The number of matters and of activities must be zero or more.")
    if not contacts:
        busy_activities = 0  # nobody to give them to
        if matters:
            raise KnownError("Demo matters need people for clients.", hint="Give --contacts too.")
    rng = random.Random(seed)
    pools = [(_build_pools(loc, cc, seed), share) for loc, cc, share in LOCALES]
    weights = [share for _, share in pools]
    now = datetime.now(UTC)
    n_orgs = max(1, int(contacts * ORG_SHARE)) if contacts else 0

    with database.session_scope() as session:
        next_contact = (session.scalar(select(func.max(Contact.id))) or 0) + 1
        next_org = (session.scalar(select(func.max(Organization.id))) or 0) + 1
        language = firm_language(session)

        orgs: list[dict[str, Any]] = []
        org_names: list[str] = []
        demo_orgs: list[DemoOrganization] = []
        demo_people: list[DemoPerson] = []
        methods: list[dict[str, Any]] = []
        for i in range(n_orgs):
            pool = rng.choices(pools, weights)[0][0]
            cc = pool.country
            family = rng.choice(pool.male)[1]
            form = rng.choice(LEGAL_FORMS[cc])
            base = f"{family} {rng.choice(COMPANY_WORDS[cc])}" if rng.random() < 0.6 else family
            name = f"{form} «{base}»" if cc == "UA" else f"{base} {form}"
            oid = next_org + i
            orgs.append(
                {
                    "id": oid,
                    "name": name,
                    **name_keys(base, language),
                    "legal_form": form,
                    "registry_id": _registry_id(rng, cc),
                    "country": cc,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            org_names.append(name)
            demo_orgs.append(DemoOrganization(oid, cc, name))
            domain = _ascii_local(family).replace(".", "") or "firm"
            methods.append(
                _method(organization_id=oid, kind="web", value=f"https://www.{domain}.example")
            )
            phone = _phone(rng, pool, organization_id=oid, label="work")
            methods.append(phone)
            orgs[-1]["search_text"] = organization_search_text(
                name, [("phone", phone["value"], "")]
            )

        people: list[dict[str, Any]] = []
        relations: list[dict[str, Any]] = []
        used_emails = set(
            session.scalars(select(ContactMethod.value).where(ContactMethod.kind == "email"))
        )
        for i in range(contacts):
            pool = rng.choices(pools, weights)[0][0]
            cc = pool.country
            # Given and family name drawn apart (same gender: Novák / Nováková) for variety.
            names = pool.female if rng.random() < 0.5 else pool.male
            given, family = rng.choice(names)[0], rng.choice(names)[1]
            cid = next_contact + i
            title = rng.choice(TITLES[cc]) if rng.random() < 0.2 else None
            people.append(
                {
                    "id": cid,
                    "title": title,
                    "given_name": given,
                    "family_name": family,
                    "display_name": f"{given} {family}",
                    **name_keys(f"{family} {given}", language),
                    "position": rng.choice(pool.jobs) if rng.random() < 0.5 else None,
                    "birthday": date(
                        rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
                    )
                    if rng.random() < 0.3
                    else None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            local = f"{_ascii_local(given)}.{_ascii_local(family)}".strip(".") or f"client{cid}"
            suffix = str(rng.randrange(100)) if rng.random() < 0.3 else ""
            email = f"{local}{suffix}@{rng.choice(pool.domains)}"
            if email in used_emails:  # e-mail identifies people (mail linking, duplicates)
                email = f"{local}.{cid}@{email.rpartition('@')[2]}"
            used_emails.add(email)
            own = [
                _method(
                    contact_id=cid,
                    kind="email",
                    value=email,
                    label="home",
                    is_primary=True,
                ),
                _phone(rng, pool, contact_id=cid, label="mobile", is_primary=True, position=1),
            ]
            if rng.random() < 0.6:
                postal, city = rng.choice(pool.places)
                street = f"{rng.choice(pool.streets)} {rng.randint(1, 250)}"
                own.append(
                    _method(
                        contact_id=cid,
                        kind="address",
                        value=f"{street}, {postal} {city}",
                        label="home",
                        street=street,
                        postal_code=postal,
                        city=city,
                        country=cc,
                        is_primary=True,
                        position=2,
                    )
                )
            employer = []
            employer_id = None
            if n_orgs and rng.random() < 0.6:
                org_index = rng.randrange(n_orgs)
                employer.append(org_names[org_index])
                employer_id = next_org + org_index
                relations.append(
                    {
                        "contact_id": cid,
                        "organization_id": next_org + org_index,
                        "kind": "employment",
                        "role": rng.choice(ROLES),
                    }
                )
            methods += own
            demo_people.append(
                DemoPerson(cid, cc, title, given, family, f"{given} {family}", email, employer_id)
            )
            people[-1]["search_text"] = contact_search_text(
                (title, given, family),
                employer,
                [(m["kind"], m["value"], m["city"] or "") for m in own],
            )

        for table, rows in (
            (Organization, orgs),
            (Contact, people),
            (ContactMethod, methods),
            (Relation, relations),
        ):
            for start in range(0, len(rows), CHUNK):
                session.execute(insert(table.__table__), rows[start : start + CHUNK])
        # Ids were given explicitly: PostgreSQL's sequences must move past them.
        sync_id_sequences(session, ("contact", "organization"))

        # A stream of its own: the people above stay what this seed always made.
        made = fill_matters(
            session,
            random.Random(f"{seed}:matters"),
            demo_people,
            demo_orgs,
            {p.country: [p.male, p.female] for p, _share in pools},
            {p.country: p.domains for p, _share in pools},
            matters=matters,
            busy_activities=busy_activities,
        )
        planned = CalendarResult()
        if calendar and contacts:
            planned = fill_calendar(session, random.Random(f"{seed}:calendar"))

    return DemoResult(
        contacts,
        n_orgs + made.authorities,
        time.perf_counter() - started,
        matters=made.matters,
        parties=made.parties,
        activities=made.activities,
        correspondents=made.correspondents,
        authorities=made.authorities,
        busy_contact=made.busy_contact,
        busy_name=made.busy_name,
        busy_activities=busy_activities if made.busy_contact else 0,
        events=planned.events,
        series=planned.series,
        tasks=planned.tasks,
        deadlines=planned.deadlines,
    )


def _phone(rng: random.Random, pool: _Pools, **values: Any) -> dict[str, Any]:
    raw = _vary_phone(rng, rng.choice(pool.phones))
    e164 = parse_phone(raw, pool.country).e164
    if e164 and not e164.startswith(COUNTRY_CODES[pool.country]):
        e164 = None  # a pool format that does not read as this country's number: keep raw
    return _method(kind="phone", value=e164 or raw, raw=raw, **values)


def _method(**values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "contact_id": None,
        "organization_id": None,
        "label": "work",
        "street": None,
        "extended": None,
        "po_box": None,
        "city": None,
        "region": None,
        "postal_code": None,
        "country": None,
        "is_primary": False,
        "position": 0,
        "raw": None,
    }
    row.update(values)
    return row


def _registry_id(rng: random.Random, country: str) -> str | None:
    """A registry number that passes its checksum where we know the rule (CZ/SK IČO)."""
    if country not in ("CZ", "SK"):
        return None
    digits = [rng.randrange(10) for _ in range(7)]
    remainder = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True)) % 11
    return "".join(map(str, digits)) + str((11 - remainder) % 10)
