"""Demo matters, their parties, the timeline and e-mail correspondents, written in bulk.

``core.demo`` calls :func:`fill_matters` in the same transaction that adds the people and
organisations, with what it made. The rows are the ones the services would write
(``services.matters.create_matter`` / ``move_stage``, ``services.timeline.log_activity``):
sort keys folded from the title, numbers from the firm's pattern and never reused, the
number sequences moved on, a stage change on the timeline of the matter and its clients.
Only the speed differs: executemany, no per-record round trips.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from smallcrm.core import search
from smallcrm.core.collation import name_keys
from smallcrm.core.db import sync_id_sequences
from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    Activity,
    Correspondent,
    Matter,
    MatterParty,
    NumberSequence,
    Organization,
    activity_contact,
    activity_organization,
)
from smallcrm.core.services.matters import format_number, matter_types, number_pattern, stages
from smallcrm.core.services.name_order import firm_language
from smallcrm.core.services.search_text import (
    activity_search_text,
    matter_search_text,
    organization_search_text,
)
from smallcrm.core.text import fold
from smallcrm.core.validation import normalize_email

CHUNK = 5000
YEARS = 8  # matters opened over this many years, up to today
SPAN_DAYS = YEARS * 365
BUSY_ACTIVITIES = 5000  # the one person whose long timeline the benchmark reads
MATTERS_PER_CONTACT = 0.2  # one matter per five people
CORRESPONDENTS_MAX = 400
EMAIL_ONLY_SHARE = 0.4  # correspondents who are no contact: opposing parties known by e-mail


class DemoPerson(NamedTuple):
    id: int
    country: str
    title: str | None
    given: str
    family: str
    name: str  # display name
    email: str
    employer: int | None  # organisation id


class DemoOrganization(NamedTuple):
    id: int
    country: str
    name: str


@dataclass(frozen=True)
class MattersResult:
    matters: int = 0
    parties: int = 0
    activities: int = 0
    correspondents: int = 0
    authorities: int = 0  # courts and tax offices added as organisations
    busy_contact: int | None = None
    busy_name: str | None = None


# --- words ------------------------------------------------------------------------------
# Placeholders: {c} the client, {o} the other side, {y} the year the matter opens, {py}
# the year before (tax returns, audits, year-end accounts), {q} a quarter.

TITLES: dict[str, dict[str, list[str]]] = {
    "CZ": {
        "litigation": [
            "{c} v. {o} – náhrada škody", "{c} v. {o} – zaplacení kupní ceny",
            "Žaloba o zaplacení dlužného nájemného – {c}", "{c} – pracovní spor (neplatná výpověď)",
            "{c} v. {o} – vyklizení bytu", "Vypořádání SJM – {c}", "{c} – dědické řízení",
            "Exekuce – {c} v. {o}", "Určení vlastnictví – {c} v. {o}",
        ],
        "advisory": [
            "Právní poradenství – {c}", "{c} – GDPR audit", "{c} – due diligence",
            "{c} – pracovněprávní poradenství", "{c} – změna společenské smlouvy",
        ],
        "contract": [
            "Kupní smlouva – nemovitost – {c}", "{c} – nájemní smlouva k nebytovým prostorům",
            "Smlouva o dílo – {c} / {o}", "{c} – převod obchodního podílu",
            "Licenční smlouva – {c} / {o}",
        ],
        "tax_return": [
            "Daňové přiznání k dani z příjmů {py} – {c}",
            "{c} – přiznání k DPH za {q}. čtvrtletí {py}",
            "{c} – daň z nemovitých věcí {py}", "Přehledy pro ČSSZ a ZP {py} – {c}",
        ],
        "audit": ["Audit účetní závěrky {py} – {c}", "{c} – prověrka mzdového účetnictví {py}"],
        "payroll": ["Mzdové účetnictví {y} – {c}", "{c} – roční zúčtování daně zaměstnanců {py}"],
        "bookkeeping": [
            "Vedení účetnictví {y} – {c}", "{c} – daňová evidence {y}", "{c} – účetní závěrka {py}",
        ],
    },
    "SK": {
        "litigation": [
            "{c} v. {o} – náhrada škody", "Žaloba o zaplatenie – {c} v. {o}",
            "{c} – pracovnoprávny spor", "Vyporiadanie BSM – {c}", "{c} – dedičské konanie",
            "Exekúcia – {c} v. {o}", "Určenie vlastníctva – {c} v. {o}",
        ],
        "advisory": [
            "Právne poradenstvo – {c}", "{c} – GDPR", "{c} – due diligence",
            "{c} – poradenstvo v pracovnom práve",
        ],
        "contract": [
            "Kúpna zmluva – nehnuteľnosť – {c}", "{c} – nájomná zmluva",
            "Zmluva o dielo – {c} / {o}", "{c} – prevod obchodného podielu",
        ],
        "tax_return": [
            "Daňové priznanie k dani z príjmov {py} – {c}", "{c} – DPH za {q}. štvrťrok {py}",
            "{c} – daň z nehnuteľností {py}",
        ],
        "audit": ["Audit účtovnej závierky {py} – {c}", "{c} – kontrola miezd {py}"],
        "payroll": ["Mzdové účtovníctvo {y} – {c}", "{c} – ročné zúčtovanie dane {py}"],
        "bookkeeping": ["Vedenie účtovníctva {y} – {c}", "{c} – účtovná závierka {py}"],
    },
    "PL": {
        "litigation": [
            "{c} przeciwko {o} – zapłata", "{c} przeciwko {o} – odszkodowanie",
            "Pozew o zapłatę – {c}", "{c} – sprawa rozwodowa", "{c} – spór pracowniczy",
            "Postępowanie spadkowe – {c}", "Egzekucja – {c} przeciwko {o}",
            "{c} przeciwko {o} – eksmisja",
        ],
        "advisory": [
            "Doradztwo prawne – {c}", "{c} – RODO", "{c} – badanie due diligence",
            "{c} – doradztwo podatkowe",
        ],
        "contract": [
            "Umowa sprzedaży nieruchomości – {c}", "{c} – umowa najmu lokalu użytkowego",
            "Umowa o dzieło – {c} / {o}", "{c} – zbycie udziałów",
        ],
        "tax_return": [
            "Zeznanie PIT-36 za {py} – {c}", "{c} – CIT-8 za {py}",
            "{c} – JPK_VAT za {q}. kwartał {py}", "{c} – PIT-37 za {py}",
        ],
        "audit": ["Badanie sprawozdania finansowego za {py} – {c}", "{c} – audyt wewnętrzny {py}"],
        "payroll": ["Obsługa kadrowo-płacowa {y} – {c}", "{c} – PIT-11 za {py}"],
        "bookkeeping": [
            "Prowadzenie ksiąg rachunkowych {y} – {c}", "{c} – KPiR {y}",
            "{c} – sprawozdanie finansowe {py}",
        ],
    },
    "HR": {
        "litigation": [
            "{c} protiv {o} – naknada štete", "{c} protiv {o} – isplata",
            "Tužba radi isplate – {c}", "{c} – radni spor", "Ostavinski postupak – {c}",
            "Ovrha – {c} protiv {o}", "{c} protiv {o} – iseljenje",
        ],
        "advisory": [
            "Pravno savjetovanje – {c}", "{c} – usklađivanje s GDPR-om", "{c} – dubinsko snimanje",
        ],
        "contract": [
            "Kupoprodajni ugovor – nekretnina – {c}", "{c} – ugovor o zakupu poslovnog prostora",
            "Ugovor o djelu – {c} / {o}", "{c} – prijenos poslovnog udjela",
        ],
        "tax_return": [
            "Godišnja porezna prijava {py} – {c}", "{c} – prijava poreza na dobit {py}",
            "{c} – PDV za {q}. tromjesečje {py}",
        ],
        "audit": ["Revizija financijskih izvještaja {py} – {c}", "{c} – interna revizija {py}"],
        "payroll": ["Obračun plaća {y} – {c}", "{c} – JOPPD obrasci {y}"],
        "bookkeeping": [
            "Vođenje poslovnih knjiga {y} – {c}", "{c} – godišnji financijski izvještaji {py}",
        ],
    },
    "UA": {
        "litigation": [
            "{c} проти {o} – стягнення боргу", "{c} проти {o} – відшкодування збитків",
            "Позов про стягнення заборгованості – {c}", "{c} – трудовий спір",
            "Спадкова справа – {c}", "{c} проти {o} – виселення",
            "Виконавче провадження – {c} проти {o}",
        ],
        "advisory": [
            "Юридичний супровід – {c}", "{c} – консультація з податкових питань",
            "{c} – юридичний аудит",
        ],
        "contract": [
            "Договір купівлі-продажу нерухомості – {c}", "{c} – договір оренди приміщення",
            "Договір підряду – {c} / {o}", "{c} – відчуження частки у статутному капіталі",
        ],
        "tax_return": [
            "Декларація про майновий стан і доходи за {py} рік – {c}",
            "{c} – декларація з ПДВ за {q} квартал {py}",
            "{c} – декларація з податку на прибуток {py}",
        ],
        "audit": ["Аудит фінансової звітності за {py} рік – {c}", "{c} – внутрішній аудит {py}"],
        "payroll": ["Нарахування заробітної плати {y} – {c}", "{c} – звітність з ЄСВ {y}"],
        "bookkeeping": [
            "Ведення бухгалтерського обліку {y} – {c}", "{c} – фінансова звітність за {py} рік",
        ],
    },
    "GB": {
        "litigation": [
            "{c} v {o} – breach of contract", "{c} v {o} – unpaid invoices",
            "{c} – unfair dismissal claim", "{c} v {o} – possession proceedings",
            "{c} v {o} – professional negligence", "Probate – {c}",
        ],
        "advisory": ["{c} – GDPR advice", "{c} – employment advice", "{c} – due diligence"],
        "contract": [
            "{c} – commercial lease", "{c} – sale of freehold", "{c} / {o} – supply agreement",
            "{c} – share purchase",
        ],
        "tax_return": [
            "{c} – Self Assessment return {py}", "{c} – Corporation Tax return {py}",
            "{c} – VAT return Q{q} {py}",
        ],
        "audit": ["{c} – statutory audit {py}", "{c} – agreed-upon procedures {py}"],
        "payroll": ["{c} – payroll {y}", "{c} – P11D returns {py}"],
        "bookkeeping": ["{c} – bookkeeping {y}", "{c} – year-end accounts {py}"],
    },
}  # fmt: skip
# A matter type the firm added itself (no key): its name and the client.
OTHER_TITLE = "{t} – {c}"

# Courts (the "authority" party of a lawsuit) and tax offices, as organisations.
COURTS = {
    "CZ": ["Městský soud v Praze", "Obvodní soud pro Prahu 1", "Obvodní soud pro Prahu 4",
           "Krajský soud v Brně", "Městský soud v Brně", "Okresní soud v Ostravě",
           "Krajský soud v Plzni", "Okresní soud v Olomouci"],
    "SK": ["Mestský súd Bratislava III", "Okresný súd Košice I", "Krajský súd v Žiline",
           "Okresný súd Banská Bystrica"],
    "PL": ["Sąd Rejonowy dla Warszawy-Mokotowa w Warszawie", "Sąd Okręgowy w Krakowie",
           "Sąd Rejonowy Poznań-Stare Miasto w Poznaniu", "Sąd Okręgowy we Wrocławiu"],
    "HR": ["Općinski građanski sud u Zagrebu", "Trgovački sud u Zagrebu",
           "Općinski sud u Splitu", "Županijski sud u Rijeci"],
    "UA": ["Печерський районний суд міста Києва", "Господарський суд міста Києва",
           "Львівський окружний адміністративний суд", "Одеський апеляційний суд"],
    "GB": ["County Court at Central London", "Manchester County Court",
           "High Court of Justice, Business and Property Courts",
           "Employment Tribunal (London Central)"],
}  # fmt: skip
TAX_OFFICES = {
    "CZ": ["Finanční úřad pro hlavní město Prahu", "Finanční úřad pro Jihomoravský kraj"],
    "SK": ["Daňový úrad Bratislava", "Daňový úrad Košice"],
    "PL": ["Urząd Skarbowy Warszawa-Śródmieście", "Pierwszy Urząd Skarbowy w Krakowie"],
    "HR": ["Porezna uprava, Područni ured Zagreb", "Porezna uprava, Područni ured Split"],
    "UA": ["Головне управління ДПС у м. Києві", "Головне управління ДПС у Львівській області"],
    "GB": ["HM Revenue & Customs"],
}
# Titles of people who may act as the other side's counsel.
COUNSEL_TITLES = {"JUDr.", "Mgr.", "doc. JUDr.", "mec.", "dr", "odvj.", "dr. sc.", "к.ю.н."}

LAWYERS = ["JUDr. Jana Procházková", "Mgr. Tomáš Kučera", "Mgr. Lucie Veselá",
           "JUDr. Martin Horák", "mec. Anna Wiśniewska"]  # fmt: skip
ACCOUNTANTS = ["Ing. Petra Svobodová", "Ing. Pavel Marek", "Bc. Kateřina Němcová"]
LEGAL_TYPES = {"litigation", "advisory", "contract"}
# How often the client is an organisation rather than a person, by matter type.
ORGANIZATION_CLIENTS = {
    "litigation": 0.3, "advisory": 0.4, "contract": 0.35, "tax_return": 0.3, "audit": 0.95,
    "payroll": 0.85, "bookkeeping": 0.6,
}  # fmt: skip
TYPE_WEIGHTS = {
    "litigation": 25, "advisory": 12, "contract": 15, "tax_return": 18, "audit": 5,
    "payroll": 9, "bookkeeping": 16,
}  # fmt: skip

SUBJECTS: dict[str, dict[str, list[str]]] = {
    "CZ": {
        "call": ["Telefonát s klientem", "Dotaz na stav věci", "Termín jednání u soudu",
                 "Doplnění podkladů", "Upomínka úhrady faktury", "Konzultace k návrhu smlouvy",
                 "Podklady k daňovému přiznání"],
        "meeting": ["Schůzka v kanceláři", "Úvodní konzultace", "Jednání s protistranou",
                    "Porada k dalšímu postupu", "Předání dokladů", "Jednání u soudu"],
        "note": ["Poznámka ke spisu", "Shrnutí jednání", "Klient dodá výpisy z účtu",
                 "Lhůta k odvolání 15 dní", "Ověřit plnou moc", "Připomenout zálohu"],
        "outcome": ["Nedovoláno, zanechán vzkaz", "Domluvena schůzka", "Vyřízeno"],
        "opponent": ["Protistrana"],
    },
    "SK": {
        "call": ["Telefonát s klientom", "Otázka na stav veci", "Termín pojednávania",
                 "Doplnenie podkladov", "Upomienka faktúry"],
        "meeting": ["Stretnutie v kancelárii", "Úvodná konzultácia", "Rokovanie s protistranou",
                    "Odovzdanie dokladov"],
        "note": ["Poznámka k spisu", "Zhrnutie rokovania", "Klient dodá výpisy z účtu",
                 "Lehota na odvolanie 15 dní"],
        "outcome": ["Nedovolané, odkaz v schránke", "Dohodnuté stretnutie", "Vybavené"],
        "opponent": ["Protistrana"],
    },
    "PL": {
        "call": ["Rozmowa z klientem", "Pytanie o stan sprawy", "Termin rozprawy",
                 "Uzupełnienie dokumentów", "Przypomnienie o płatności"],
        "meeting": ["Spotkanie w kancelarii", "Konsultacja wstępna",
                    "Negocjacje z drugą stroną", "Przekazanie dokumentów"],
        "note": ["Notatka do akt", "Podsumowanie spotkania", "Klient dostarczy wyciągi bankowe",
                 "Termin na apelację 14 dni"],
        "outcome": ["Nie odebrał, zostawiono wiadomość", "Umówiono spotkanie", "Załatwione"],
        "opponent": ["Strona przeciwna"],
    },
    "HR": {
        "call": ["Razgovor s klijentom", "Upit o stanju predmeta", "Termin ročišta",
                 "Dopuna dokumentacije", "Podsjetnik za plaćanje"],
        "meeting": ["Sastanak u uredu", "Uvodne konzultacije",
                    "Pregovori s protivnom strankom", "Predaja dokumentacije"],
        "note": ["Bilješka u spisu", "Sažetak sastanka", "Klijent dostavlja izvode",
                 "Rok za žalbu 15 dana"],
        "outcome": ["Nije se javio, ostavljena poruka", "Dogovoren sastanak", "Riješeno"],
        "opponent": ["Protivna stranka"],
    },
    "UA": {
        "call": ["Дзвінок клієнту", "Запит щодо стану справи", "Дата судового засідання",
                 "Уточнення документів", "Нагадування про оплату"],
        "meeting": ["Зустріч в офісі", "Первинна консультація",
                    "Переговори з протилежною стороною", "Передача документів"],
        "note": ["Нотатка до справи", "Підсумок зустрічі", "Клієнт надасть банківські виписки",
                 "Строк на апеляцію 30 днів"],
        "outcome": ["Не відповів, залишено повідомлення", "Домовилися про зустріч", "Вирішено"],
        "opponent": ["Протилежна сторона"],
    },
    "GB": {
        "call": ["Call with client", "Status update", "Hearing date", "Missing documents",
                 "Payment reminder"],
        "meeting": ["Meeting at the office", "Initial consultation", "Without prejudice meeting",
                    "Handover of records"],
        "note": ["File note", "Meeting summary", "Client to send bank statements",
                 "Appeal deadline in 21 days"],
        "outcome": ["No answer, left a message", "Meeting arranged", "Done"],
        "opponent": ["Opposing party"],
    },
}  # fmt: skip
KIND_WEIGHTS = (("call", 5), ("meeting", 2), ("note", 3))


# --- plans ------------------------------------------------------------------------------


@dataclass
class _Plan:
    """One matter before it gets its id and number (those follow the opening order)."""

    opened: datetime
    country: str
    type_id: int | None
    title: str
    responsible: str | None
    notes: str | None
    client: tuple[str, int]  # ("person" | "organization", id)
    parties: list[tuple[str, int, str]] = field(default_factory=list)  # (kind, id, role)
    moves: list[tuple[datetime, int, int]] = field(default_factory=list)  # (when, from, to)
    stage_id: int = 0
    end: datetime | None = None  # closed or declined at


@dataclass
class _Activity:
    occurred: datetime
    kind: str
    subject: str
    matter: int | None = None  # index into the plans until ids are known
    people: tuple[int, ...] = ()
    orgs: tuple[int, ...] = ()
    body: str | None = None
    direction: str | None = None
    minutes: int | None = None
    outcome: str | None = None


def fill_matters(
    session: Session,
    rng: random.Random,
    people: list[DemoPerson],
    organizations: list[DemoOrganization],
    names: dict[str, list[list[tuple[str, str]]]],
    domains: dict[str, list[str]],
    *,
    matters: int,
    busy_activities: int = BUSY_ACTIVITIES,
    today: date | None = None,
) -> MattersResult:
    """Add ``matters`` matters with parties and timelines over the given people.

    ``names`` are per country the (given, family) pools by gender, for people the firm
    knows only by e-mail; ``domains`` their mail domains. One person gets exactly
    ``busy_activities`` activities on their timeline (0: nobody).
    """
    if not people:
        if matters or busy_activities:
            raise KnownError(
                "Demo matters and activities need people to belong to.",
                hint="Give --contacts too (or --matters 0 --busy-activities 0).",
            )
        return MattersResult()
    today = today or date.today()
    now = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=17)
    g = _Generator(session, rng, people, organizations, names, domains, now)
    return g.run(matters, busy_activities)


class _Generator:
    def __init__(
        self,
        session: Session,
        rng: random.Random,
        people: list[DemoPerson],
        organizations: list[DemoOrganization],
        names: dict[str, list[list[tuple[str, str]]]],
        domains: dict[str, list[str]],
        now: datetime,
    ) -> None:
        self.session, self.rng, self.now = session, rng, now
        self.people, self.orgs = people, organizations
        self.names, self.domains = names, domains
        self.person_by_id = {p.id: p for p in people}
        self.org_by_id = {o.id: o for o in organizations}
        self.people_of: dict[str, list[DemoPerson]] = {}
        self.counsel_of: dict[str, list[DemoPerson]] = {}
        self.orgs_of: dict[str, list[DemoOrganization]] = {}
        self.staff: dict[int, list[int]] = {}  # organisation id -> people employed there
        for p in people:
            self.people_of.setdefault(p.country, []).append(p)
            if p.title in COUNSEL_TITLES or (p.country == "GB" and p.title):
                self.counsel_of.setdefault(p.country, []).append(p)
            if p.employer is not None:
                self.staff.setdefault(p.employer, []).append(p.id)
        for o in organizations:
            self.orgs_of.setdefault(o.country, []).append(o)
        self.busy: DemoPerson | None = None
        self.stage_names: dict[int, str] = {}
        self.authorities: dict[str, list[int]] = {}
        self.tax_offices: dict[str, list[int]] = {}
        self.strangers: dict[str, list[tuple[str, str]]] = {}  # country -> (name, address)
        self.used_strangers: list[tuple[str, str]] = []

    # -- the whole run --------------------------------------------------------------------

    def run(self, n_matters: int, busy_activities: int) -> MattersResult:
        rng = self.rng
        if busy_activities:
            self.busy = rng.choice(self.people)
            # Nobody else's activity lands on them by chance: their count is exact.
            for staff in self.staff.values():
                if self.busy.id in staff:
                    staff.remove(self.busy.id)
        n_authorities = self._authorities() if n_matters else 0
        n_correspondents = min(CORRESPONDENTS_MAX, max(20, n_matters // 50)) if n_matters else 0
        self._strangers(int(n_correspondents * EMAIL_ONLY_SHARE))

        pipeline = self._pipeline() if n_matters else {}
        types = [(t.id, t.key, t.name) for t in matter_types(self.session)]
        # The busy person is the client of a few matters (their stage changes are theirs too).
        busy_matters = min(8, busy_activities // 50, n_matters) if self.busy else 0
        busy_slots = set(rng.sample(range(n_matters), busy_matters)) if busy_matters else set()
        plans = [self._plan(pipeline, types, i in busy_slots) for i in range(n_matters)]
        plans.sort(key=lambda p: p.opened)

        activities: list[_Activity] = []
        for index, plan in enumerate(plans):
            activities += self._matter_activities(index, plan)
        for person in self.people:
            if person is not self.busy:
                activities += self._person_activities(person)
        for org in self.orgs:
            activities += self._organization_activities(org)
        if self.busy is not None:
            activities += self._busy_activities(plans, activities, busy_activities)

        matter_ids = self._write_matters(plans)
        n_parties = sum(len(p.parties) for p in plans)
        self._write_activities(activities, matter_ids)
        n_correspondents = self._write_correspondents(plans, n_correspondents)
        sync_id_sequences(self.session, ("organization", "matter", "activity"))
        return MattersResult(
            matters=len(plans),
            parties=n_parties,
            activities=len(activities),
            correspondents=n_correspondents,
            authorities=n_authorities,
            busy_contact=self.busy.id if self.busy else None,
            busy_name=self.busy.name if self.busy else None,
        )

    # -- reference data -------------------------------------------------------------------

    def _authorities(self) -> int:
        """Courts and tax offices as organisations (reused when a firm already has them)."""
        org = Organization.__table__
        wanted = [
            (cc, name, kind)
            for kind, table in (("court", COURTS), ("tax", TAX_OFFICES))
            for cc, names in table.items()
            for name in names
        ]
        existing = dict(
            self.session.execute(
                select(org.c.name, org.c.id).where(
                    org.c.name.in_([n for _cc, n, _k in wanted]), org.c.deleted_at.is_(None)
                )
            ).all()
        )
        next_id = (self.session.scalar(select(org.c.id).order_by(org.c.id.desc())) or 0) + 1
        rows = []
        stamp = self.now - timedelta(days=SPAN_DAYS)
        for cc, name, kind in wanted:
            oid = existing.get(name)
            if oid is None:
                oid = next_id
                next_id += 1
                rows.append(
                    {
                        "id": oid,
                        "name": name,
                        **name_keys(name, firm_language(self.session)),
                        "legal_form": None,
                        "registry_id": None,
                        "country": cc,
                        "search_text": organization_search_text(name),
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
            target = self.authorities if kind == "court" else self.tax_offices
            target.setdefault(cc, []).append(oid)
        if rows:
            self.session.execute(insert(org), rows)
        return len(rows)

    def _strangers(self, count: int) -> None:
        """People the firm knows only from e-mail: opposing parties, never made contacts."""
        from smallcrm.core.demo import _ascii_local  # the same Latin spelling as contacts

        countries = sorted(self.names)
        seen: set[str] = set()
        for i in range(count):
            cc = countries[i % len(countries)]
            pool = self.rng.choice(self.names[cc])
            given, family = self.rng.choice(pool)[0], self.rng.choice(pool)[1]
            local = f"{_ascii_local(given)}.{_ascii_local(family)}".strip(".") or f"x{i}"
            address = f"{local}@{self.rng.choice(self.domains[cc])}"
            if address in seen:
                address = f"{local}.{i}@{address.rpartition('@')[2]}"
            seen.add(address)
            self.strangers.setdefault(cc, []).append((f"{given} {family}", address))

    def _pipeline(self) -> dict[str, list[Any]]:
        phases: dict[str, list[Any]] = {"intake": [], "engaged": [], "closed": [], "declined": []}
        for stage in stages(self.session):
            phases[stage.phase].append(stage)
        if not any(phases.values()):
            raise KnownError("There is no stage to put demo matters in.", hint="Add a stage.")
        self.stage_names = {s.id: s.name for group in phases.values() for s in group}
        return phases

    # -- one matter -----------------------------------------------------------------------

    def _when(self, start: datetime, end: datetime) -> datetime:
        """A moment between two others, in office hours when there is room for it."""
        span = (end - start).total_seconds()
        moment = start + timedelta(seconds=span * self.rng.random())
        if span > 86400:
            moment = moment.replace(hour=self.rng.randint(7, 16), minute=self.rng.randrange(60))
            moment = min(max(moment, start), end)
        return moment

    def _plan(self, pipeline: dict[str, list[Any]], types: list[Any], busy: bool) -> _Plan:
        rng, now = self.rng, self.now
        age = int(SPAN_DAYS * rng.random() ** 1.3)  # a growing firm: more matters lately
        opened = now - timedelta(days=age, hours=rng.randint(0, 9), minutes=rng.randrange(60))
        if opened.weekday() >= 5:
            opened -= timedelta(days=opened.weekday() - 4)

        weights = [TYPE_WEIGHTS.get(key or "", 5) for _id, key, _name in types]
        type_id, type_key, type_name = rng.choices(types, weights)[0] if types else (None, "", "")
        if busy and self.busy is not None:
            client: tuple[str, int] = ("person", self.busy.id)
            cc = self.busy.country
        elif self.orgs and rng.random() < ORGANIZATION_CLIENTS.get(type_key or "", 0.3):
            org = rng.choice(self.orgs)
            client, cc = ("organization", org.id), org.country
        else:
            person = self._any_person()
            client, cc = ("person", person.id), person.country

        parties: list[tuple[str, int, str]] = [(*client, "client")]
        taken = {client}
        opponent_name: str | None = None
        notes = None
        other_side = {"litigation": 0.9, "contract": 0.5}.get(type_key or "", 0.0)
        if rng.random() < other_side:
            strangers = self.strangers.get(cc)
            if strangers and rng.random() < 0.2:
                name, address = rng.choice(strangers)
                self.used_strangers.append((name, address))
                opponent_name = name.rpartition(" ")[2]
                label = SUBJECTS[cc]["opponent"][0]
                notes = f"{label}: {name} <{address}>"
            else:
                opponent = self._other_party(cc, taken)
                if opponent is not None:
                    taken.add(opponent[:2])
                    parties.append(opponent)
                    opponent_name = self._short_name(opponent[0], opponent[1])
        if type_key == "litigation":
            if rng.random() < 0.55:
                counsel = self._counsel(cc, taken)
                if counsel is not None:
                    taken.add(("person", counsel))
                    parties.append(("person", counsel, "opposing_counsel"))
            if rng.random() < 0.75 and self.authorities.get(cc):
                parties.append(("organization", rng.choice(self.authorities[cc]), "authority"))
            if rng.random() < 0.1:
                witness = self._any_person()
                if ("person", witness.id) not in taken:
                    taken.add(("person", witness.id))
                    parties.append(("person", witness.id, "witness"))
        elif type_key == "tax_return" and rng.random() < 0.1 and self.tax_offices.get(cc):
            parties.append(("organization", rng.choice(self.tax_offices[cc]), "authority"))
        elif rng.random() < 0.05:
            related = self._any_person()
            if ("person", related.id) not in taken:
                parties.append(("person", related.id, "related"))

        title = self._title(cc, type_key, type_name, client, opponent_name, opened)
        lawyer = not type_key or type_key in LEGAL_TYPES
        responsible = (
            rng.choice(LAWYERS if lawyer else ACCOUNTANTS) if rng.random() < 0.95 else None
        )
        plan = _Plan(opened, cc, type_id, title, responsible, notes, client, parties)
        self._stages(plan, pipeline, age)
        return plan

    def _any_person(self) -> DemoPerson:
        while True:
            person = self.rng.choice(self.people)
            if person is not self.busy or len(self.people) == 1:
                return person

    def _other_party(self, cc: str, taken: set[tuple[str, int]]) -> tuple[str, int, str] | None:
        rng = self.rng
        for _attempt in range(5):
            if self.orgs_of.get(cc) and rng.random() < 0.4:
                ref: tuple[str, int] = ("organization", rng.choice(self.orgs_of[cc]).id)
            else:
                person = rng.choice(self.people_of.get(cc) or self.people)
                if person is self.busy:
                    continue
                ref = ("person", person.id)
            if ref not in taken:
                return (*ref, "opposing_party")
        return None

    def _counsel(self, cc: str, taken: set[tuple[str, int]]) -> int | None:
        choices = self.counsel_of.get(cc) or self.people_of.get(cc) or self.people
        for _attempt in range(5):
            person = self.rng.choice(choices)
            if person is not self.busy and ("person", person.id) not in taken:
                return person.id
        return None

    def _short_name(self, kind: str, ref_id: int) -> str:
        if kind == "person":
            return self.person_by_id[ref_id].family
        return self.org_by_id[ref_id].name

    def _title(
        self,
        cc: str,
        type_key: str | None,
        type_name: str,
        client: tuple[str, int],
        opponent: str | None,
        opened: datetime,
    ) -> str:
        rng = self.rng
        templates = TITLES.get(cc, TITLES["GB"]).get(type_key or "")
        if not templates:
            template = OTHER_TITLE
        else:
            fitting = [t for t in templates if ("{o}" in t) == (opponent is not None)]
            template = rng.choice(fitting or [t for t in templates if "{o}" not in t])
        return template.format(
            c=self._short_name(*client),
            o=opponent or "",
            y=opened.year,
            py=opened.year - 1,
            q=rng.randint(1, 4),
            t=type_name,
        )[:400]

    def _stages(self, plan: _Plan, pipeline: dict[str, list[Any]], age: int) -> None:
        """Where the matter is now and the moves that brought it there, as move_stage does."""
        rng = self.rng
        intake, engaged = pipeline["intake"], pipeline["engaged"]
        closed, declined = pipeline["closed"], pipeline["declined"]
        start = (intake or engaged or closed or declined)[0]
        if not (intake or engaged):
            p_ended = 1.0
        elif age > 730:
            p_ended = 0.93
        elif age > 365:
            p_ended = 0.6
        elif age > 180:
            p_ended = 0.35
        elif age > 60:
            p_ended = 0.15
        else:
            p_ended = 0.03

        def some(group: list[Any], least: int) -> list[Any]:
            return group[: rng.randint(min(least, len(group)), len(group))]

        path = [start]
        end: datetime | None = None
        if rng.random() < p_ended and (closed or declined):
            if declined and (rng.random() < 0.08 or not closed):
                path += some(intake, 1) + [declined[0]]
                days = min(age, rng.randint(1, 21))
            else:
                path += intake + engaged + [rng.choice(closed)]
                days = min(age, rng.randint(14, 720))
            end = min(plan.opened + timedelta(days=days, hours=rng.randint(0, 6)), self.now)
        elif age < 21 and intake:
            path += some(intake, 1)
        else:
            path += intake + some(engaged, 1)
        path = [s for n, s in enumerate(path) if n == 0 or s.id != path[n - 1].id]
        times = sorted(self._when(plan.opened, end or self.now) for _ in path[1:])
        if end is not None and times:
            times[-1] = end
        plan.moves = [
            (when, old.id, new.id) for when, old, new in zip(times, path, path[1:], strict=False)
        ]
        plan.stage_id = path[-1].id
        plan.end = end

    # -- activities ---------------------------------------------------------------------

    def _kind(self) -> str:
        return self.rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]

    def _activity(
        self, cc: str, when: datetime, kind: str | None = None, **links: Any
    ) -> _Activity:
        rng = self.rng
        kind = kind or self._kind()
        words = SUBJECTS.get(cc, SUBJECTS["GB"])
        item = _Activity(when, kind, rng.choice(words[kind]), **links)
        if kind == "call":
            item.direction = "out" if rng.random() < 0.55 else "in"
            item.minutes = rng.randint(1, 40)
            if rng.random() < 0.3:
                item.outcome = rng.choice(words["outcome"])
        elif kind == "meeting":
            item.minutes = rng.choice((30, 45, 60, 90, 120))
        elif rng.random() < 0.6:
            item.body = "\n".join(f"- {line}" for line in rng.sample(words["note"], 2))
        return item

    def _client_links(self, client: tuple[str, int]) -> dict[str, tuple[int, ...]]:
        kind, ref_id = client
        if kind == "person":
            return {"people": (ref_id,)}
        return {"orgs": (ref_id,)}

    def _matter_activities(self, index: int, plan: _Plan) -> list[_Activity]:
        rng = self.rng
        clients = [(k, i) for k, i, role in plan.parties if role == "client"]
        people = tuple(i for k, i in clients if k == "person")
        orgs = tuple(i for k, i in clients if k == "organization")
        out = [
            _Activity(
                when,
                "stage",
                f"{self.stage_names[old]} → {self.stage_names[new]}",
                matter=index,
                people=people,
                orgs=orgs,
            )
            for when, old, new in plan.moves
        ]
        counsel = [i for k, i, role in plan.parties if role == "opposing_counsel"]
        end = plan.end or self.now
        for _ in range(rng.choices((0, 1, 2, 3, 4), (15, 25, 30, 18, 12))[0]):
            links = self._client_links(plan.client)
            staff = self.staff.get(plan.client[1]) if plan.client[0] == "organization" else None
            if staff and rng.random() < 0.5:
                links["people"] = (rng.choice(staff),)
            kind = self._kind()
            if counsel and kind in ("call", "meeting") and rng.random() < 0.25:
                links["people"] = (*links.get("people", ()), counsel[0])
            out.append(
                self._activity(
                    plan.country, self._when(plan.opened, end), kind, matter=index, **links
                )
            )
        return out

    def _recent(self) -> datetime:
        """A moment in the last eight years, more of them lately."""
        age = SPAN_DAYS * self.rng.random() ** 1.5
        return self._when(self.now - timedelta(days=age + 1), self.now - timedelta(days=age))

    def _person_activities(self, person: DemoPerson) -> list[_Activity]:
        rng = self.rng
        out = []
        for _ in range(rng.choices((0, 1, 2, 3, 4), (35, 30, 18, 10, 7))[0]):
            links: dict[str, tuple[int, ...]] = {"people": (person.id,)}
            if person.employer is not None and rng.random() < 0.15:
                links["orgs"] = (person.employer,)
            if rng.random() < 0.08:
                other = self._any_person()
                if other.id != person.id:
                    links["people"] = (person.id, other.id)
            out.append(self._activity(person.country, self._recent(), **links))
        return out

    def _organization_activities(self, org: DemoOrganization) -> list[_Activity]:
        count = self.rng.choices((0, 1, 2), (60, 30, 10))[0]
        return [self._activity(org.country, self._recent(), orgs=(org.id,)) for _ in range(count)]

    def _busy_activities(
        self, plans: list[_Plan], so_far: list[_Activity], target: int
    ) -> list[_Activity]:
        """Top the busy person's timeline up to exactly ``target`` activities."""
        assert self.busy is not None
        busy = self.busy.id
        have = sum(1 for a in so_far if busy in a.people)
        own = [i for i, p in enumerate(plans) if p.client == ("person", busy)]
        out = []
        for _ in range(target - have):
            links: dict[str, Any] = {"people": (busy,)}
            if own and self.rng.random() < 0.4:
                index = self.rng.choice(own)
                plan = plans[index]
                when = self._when(plan.opened, plan.end or self.now)
                links["matter"] = index
            else:
                when = self._recent()
            if self.rng.random() < 0.15:
                other = self._any_person()
                if other.id != busy:
                    links["people"] = (busy, other.id)
            out.append(self._activity(self.busy.country, when, **links))
        return out

    # -- writing --------------------------------------------------------------------------

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), CHUNK):
            self.session.execute(insert(table), rows[start : start + CHUNK])

    def _insert_indexed(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """``_insert`` for a searchable table: its full-text index learns the rows in one
        go, not through a trigger per row (see search.indexed_in_one_go)."""
        texts = [(row["id"], row["search_text"]) for row in rows]
        with search.indexed_in_one_go(self.session.connection(), table.name, texts):
            self._insert(table, rows)

    def _write_matters(self, plans: list[_Plan]) -> list[int]:
        """Insert the matters in opening order, numbered as next_number would number them."""
        session = self.session
        matter, seq_table = Matter.__table__, NumberSequence.__table__
        pattern = number_pattern(session)
        by_year = "{year" in pattern or "{yy" in pattern
        last = dict(session.execute(select(seq_table.c.scope, seq_table.c.last)).all())
        known_scopes = set(last)
        taken = set(session.scalars(select(matter.c.number)))
        next_id = (session.scalar(select(matter.c.id).order_by(matter.c.id.desc())) or 0) + 1
        rows, party_rows, ids = [], [], []
        for n, plan in enumerate(plans):
            opened_on = plan.opened.date()
            scope = f"matter:{opened_on.year}" if by_year else "matter"
            while True:
                last[scope] = last.get(scope, 0) + 1
                number = format_number(pattern, last[scope], opened_on)
                if number not in taken:
                    break
            taken.add(number)
            matter_id = next_id + n
            ids.append(matter_id)
            since = plan.moves[-1][0] if plan.moves else plan.opened
            rows.append(
                {
                    "id": matter_id,
                    "number": number,
                    "title": plan.title,
                    "sort_key": fold(plan.title),
                    "search_text": matter_search_text(number, plan.title, plan.notes),
                    "type_id": plan.type_id,
                    "stage_id": plan.stage_id,
                    "responsible": plan.responsible,
                    "opened_on": opened_on,
                    "closed_on": plan.end.date() if plan.end else None,
                    "notes": plan.notes,
                    "stage_since": since,
                    "created_at": plan.opened,
                    "updated_at": since,
                    "deleted_at": None,
                }
            )
            for kind, ref_id, role in plan.parties:
                party_rows.append(
                    {
                        "matter_id": matter_id,
                        "contact_id": ref_id if kind == "person" else None,
                        "organization_id": ref_id if kind == "organization" else None,
                        "role": role,
                        "note": None,
                        "added_at": plan.opened,
                    }
                )
        self._insert_indexed(matter, rows)
        self._insert(MatterParty.__table__, party_rows)
        for scope, value in sorted(last.items()):
            if scope in known_scopes:
                session.execute(
                    update(seq_table).where(seq_table.c.scope == scope).values(last=value)
                )
            else:
                session.execute(insert(seq_table).values(scope=scope, last=value))
        return ids

    def _write_activities(self, activities: list[_Activity], matter_ids: list[int]) -> None:
        table = Activity.__table__
        session = self.session
        next_id = (session.scalar(select(table.c.id).order_by(table.c.id.desc())) or 0) + 1
        activities.sort(key=lambda a: a.occurred)  # ids in the order they were logged
        rows, people, orgs = [], [], []
        for n, a in enumerate(activities):
            activity_id = next_id + n
            rows.append(
                {
                    "id": activity_id,
                    "kind": a.kind,
                    "occurred_at": a.occurred,
                    "subject": a.subject,
                    "body": a.body,
                    "direction": a.direction,
                    "duration_minutes": a.minutes,
                    "outcome": a.outcome,
                    "search_text": activity_search_text(a.subject, a.body, a.outcome),
                    "matter_id": matter_ids[a.matter] if a.matter is not None else None,
                    "created_at": a.occurred,
                    "updated_at": a.occurred,
                    "deleted_at": None,
                }
            )
            people += [{"activity_id": activity_id, "contact_id": c} for c in set(a.people)]
            orgs += [{"activity_id": activity_id, "organization_id": o} for o in set(a.orgs)]
        self._insert_indexed(table, rows)
        self._insert(activity_contact, people)
        self._insert(activity_organization, orgs)

    def _write_correspondents(self, plans: list[_Plan], count: int) -> int:
        """Who the firm exchanged mail with: clients and counsel, and the e-mail-only people."""
        if not count:
            return 0
        rng, table = self.rng, Correspondent.__table__
        known = set(self.session.scalars(select(table.c.address)))
        chosen: list[tuple[str, str]] = list(dict.fromkeys(self.used_strangers))
        for names in self.strangers.values():
            for item in names:
                if len(chosen) >= int(count * EMAIL_ONLY_SHARE):
                    break
                if item not in chosen:
                    chosen.append(item)
        in_matters = [i for p in plans for k, i, role in p.parties if k == "person"]
        rng.shuffle(in_matters)
        for person_id in in_matters + [p.id for p in self.people]:
            if len(chosen) >= count:
                break
            person = self.person_by_id[person_id]
            chosen.append((person.name, person.email))
        rows, seen = [], set(known)
        for name, email in chosen:
            address = fold(normalize_email(email))
            if address in seen:
                continue
            seen.add(address)
            first = self._recent()
            rows.append(
                {
                    "address": address,
                    "name": name,
                    "first_seen": first,
                    "last_seen": self._when(first, self.now),
                    "messages": rng.randint(1, 120),
                }
            )
        self._insert(table, rows)
        return len(rows)
