"""Demo matters, parties, timelines and correspondents: what the services would have written."""

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from smallcrm.core.demo import fill_demo
from smallcrm.core.errors import KnownError
from smallcrm.core.models import (
    PARTY_ROLES,
    Activity,
    ContactMethod,
    Correspondent,
    Matter,
    MatterParty,
    NumberSequence,
    Organization,
    Stage,
    activity_contact,
    activity_organization,
)
from smallcrm.core.services import matters, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.matters import MatterInput, MatterQuery
from smallcrm.core.text import fold
from smallcrm.core.validation import normalize_email


def test_matters_parties_and_timelines_are_consistent(database):
    result = fill_demo(database, contacts=600, matters=150, busy_activities=400, seed=5)
    assert (result.contacts, result.matters) == (600, 150)
    assert result.parties >= 150 and result.activities > 600 and result.correspondents > 0
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Matter)) == 150
        assert s.scalar(select(func.count()).select_from(Organization)) == result.organizations
        phase = dict(s.execute(select(Stage.id, Stage.phase)).all())
        stage_name = dict(s.execute(select(Stage.id, Stage.name)).all())
        rows = s.execute(select(Matter)).scalars().all()
        numbers = [m.number for m in rows]
        assert len(set(numbers)) == len(numbers)
        assert all(re.fullmatch(r"\d{4}/\d{4}", n) for n in numbers)
        today = date.today()
        for m in rows:
            assert m.sort_key == fold(m.title) and m.title.strip()
            assert m.number.startswith(f"{m.opened_on.year}/")
            assert date(today.year - 9, 1, 1) <= m.opened_on <= today
            ended = phase[m.stage_id] in ("closed", "declined")
            assert (m.closed_on is not None) == ended, m.number
            assert m.closed_on is None or m.opened_on <= m.closed_on <= today
            assert m.stage_since.date() >= m.opened_on
        used = Counter(phase[m.stage_id] for m in rows)
        assert used["closed"] and used["engaged"]  # spread over the pipeline
        assert len({m.type_id for m in rows}) >= 5

        # One client each; roles known; nobody twice in a matter.
        parties = s.execute(select(MatterParty)).scalars().all()
        by_matter: dict[int, list[MatterParty]] = {}
        for p in parties:
            assert p.role in PARTY_ROLES
            assert (p.contact_id is None) != (p.organization_id is None)
            by_matter.setdefault(p.matter_id, []).append(p)
        assert len(parties) == result.parties
        for matter_parties in by_matter.values():
            assert [p.role for p in matter_parties].count("client") == 1
            owners = [(p.contact_id, p.organization_id, p.role) for p in matter_parties]
            assert len(set(owners)) == len(owners)
        assert set(by_matter) == {m.id for m in rows}
        roles = Counter(p.role for p in parties)
        assert roles["opposing_party"] and roles["authority"] and roles["opposing_counsel"]

        # Numbers go on from the sequence: the next real matter follows the demo's.
        last = dict(s.execute(select(NumberSequence.scope, NumberSequence.last)).all())
        this_year = [int(n.split("/")[1]) for n in numbers if n.startswith(f"{today.year}/")]
        assert last[f"matter:{today.year}"] == max(this_year)
        new = matters.create_matter(s, MatterInput("Nová věc"))
        assert matters.matter_detail(s, new).number == f"{today.year}/{max(this_year) + 1:04}"
        assert new == max(m.id for m in rows) + 1

        # A matter's stage changes are on its timeline and its clients', as move_stage files them.
        for m in rows[:40]:
            items = timeline.timeline(s, m.id, limit=1000)
            moves = [i for i in items if i.kind == "stage"]
            if moves:
                assert moves[0].subject.endswith(f"→ {stage_name[m.stage_id]}")
                assert moves[0].occurred_at == m.stage_since
            clients = [p for p in by_matter[m.id] if p.role == "client"]
            for move in moves:
                if clients[0].contact_id:
                    assert [i for i, _name in move.people] == [clients[0].contact_id]
                else:
                    assert [i for i, _name in move.organizations] == [clients[0].organization_id]

        # Activities are filed on someone or a matter, as log_activity insists.
        linked = set(s.scalars(select(activity_contact.c.activity_id)))
        linked |= set(s.scalars(select(activity_organization.c.activity_id)))
        for a in s.execute(select(Activity)).scalars():
            assert a.id in linked or a.matter_id is not None
            assert (a.direction is not None) == (a.kind == "call")
        kinds = set(s.scalars(select(Activity.kind).distinct()))
        assert {"call", "meeting", "note", "stage"} <= kinds

        # Exactly the asked-for history on one person.
        busy = Ref("person", result.busy_contact)
        assert result.busy_activities == 400 and result.busy_name
        assert sum(timeline.kind_counts(s, busy).values()) == 400
        assert len(timeline.timeline(s, busy, limit=1000)) == 400

        # Correspondents: clients and counsel by their contact's address, and people known
        # only by e-mail, who stand as the other side in a matter's notes.
        emails = set(s.scalars(select(ContactMethod.value).where(ContactMethod.kind == "email")))
        folded = {fold(normalize_email(e)) for e in emails}
        mail = s.execute(select(Correspondent)).scalars().all()
        assert len(mail) == result.correspondents
        for c in mail:
            assert c.address == fold(normalize_email(c.address)) and c.name
            assert c.first_seen <= c.last_seen and c.messages > 0
        strangers = [c for c in mail if c.address not in folded]
        assert strangers and len(strangers) < len(mail)
        notes = " ".join(m.notes or "" for m in rows)
        assert any(f"<{c.address}>" in notes for c in strangers)

        # The list service finds them (diacritics folded).
        client_titles = [m.title for m in rows]
        scripts = {
            unicodedata.name(ch).split()[0] for t in client_titles for ch in t if ch.isalpha()
        }
        assert {"LATIN", "CYRILLIC"} <= scripts
        word = fold(rows[0].title.split()[0])
        assert rows[0].id in matters.list_matter_ids(s, MatterQuery(text=word))
        open_ids = set(matters.list_matter_ids(s, MatterQuery(open_only=True)))
        demo_open = {m.id for m in rows if phase[m.stage_id] in ("intake", "engaged")}
        assert open_ids == demo_open | {new}  # and the one made above, in the first stage


def test_same_seed_same_matters_and_numbers_go_on(database):
    first = fill_demo(database, contacts=200, matters=40, busy_activities=0, seed=9)
    assert first.busy_contact is None and first.authorities > 0
    with database.session_scope() as s:
        titles = s.scalars(select(Matter.title).order_by(Matter.id)).all()
    again = fill_demo(database, contacts=200, matters=40, busy_activities=0, seed=9)
    assert again.authorities == 0  # the courts are there already: reused
    with database.session_scope() as s:
        rows = s.execute(select(Matter.title, Matter.number).order_by(Matter.id)).all()
        courts = list(s.scalars(select(Organization.name).where(Organization.name.like("%soud%"))))
        assert courts and len(courts) == len(set(courts))
    assert [r.title for r in rows[40:]] == titles
    numbers = [r.number for r in rows]
    assert len(set(numbers)) == 80
    # Each year's numbers run on without gaps across both fills.
    per_year = Counter(n.split("/")[0] for n in numbers)
    for year, count in per_year.items():
        seqs = sorted(int(n.split("/")[1]) for n in numbers if n.startswith(year))
        assert seqs == list(range(1, count + 1))


def test_one_person_gets_exactly_five_thousand_activities_by_default(database):
    result = fill_demo(database, contacts=50, seed=2)
    assert result.matters == 10 and result.busy_activities == 5000
    with database.session_scope() as s:
        busy = Ref("person", result.busy_contact)
        assert sum(timeline.kind_counts(s, busy).values()) == 5000
        links = Counter(s.scalars(select(activity_contact.c.contact_id)))
        assert links.most_common(1)[0] == (result.busy_contact, 5000)
        assert s.scalar(select(func.count()).select_from(Activity)) == result.activities


def test_matters_need_people():
    with pytest.raises(KnownError, match="need people"):
        fill_demo(None, contacts=0, matters=5)  # type: ignore[arg-type]
    with pytest.raises(KnownError, match="zero or more"):
        fill_demo(None, contacts=10, matters=-1)  # type: ignore[arg-type]


def test_demo_calendar_fills_weeks_around_today_through_the_services(database):
    from datetime import date, datetime, timedelta

    from smallcrm.core import recurrence
    from smallcrm.core.services import calendar, tasks

    result = fill_demo(database, contacts=100, matters=20, busy_activities=0, seed=4, calendar=True)
    assert result.series == 3 and result.deadlines == 4 and result.events > 20
    zone = recurrence.machine_zone()
    zi = recurrence.zone(zone)
    today = date.today()
    with database.session_scope() as s:
        week = calendar.occurrences(
            s,
            datetime.combine(today - timedelta(days=today.weekday()), datetime.min.time(), zi),
            datetime.combine(today + timedelta(days=7 - today.weekday()), datetime.min.time(), zi),
            user_zone=zone,
        )
        assert sum(o.summary == "Daily check-in" for o in week) == 5
        assert tasks.task_counts(s, today)["today"] >= 1
