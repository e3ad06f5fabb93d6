"""One search over every kind: folding in six languages, prefixes, odd input, ranking, and
the index in step with every write, on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text

from smallcrm.core import migrate, search
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import Activity, Event, Matter, Task
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import calendar, matters, tasks, timeline
from smallcrm.core.services.address_book import Ref
from smallcrm.core.services.calendar import Attendee, EventInput
from smallcrm.core.services.merge import merge_contacts
from smallcrm.core.services.search_text import (
    activity_search_text,
    event_search_text,
    matter_search_text,
)

ZONE = "Europe/Prague"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    """The same tests on the embedded SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        yield request.getfixturevalue("database")
        return
    database = _postgres(request.getfixturevalue("pg_url"), tmp_path)
    try:
        yield database
    finally:
        database.dispose()


def _postgres(pg_url: str, tmp_path):
    database = Database(pg_url)
    migrate.upgrade(Profile.open(tmp_path / "pg", db_url=pg_url), database)
    return database


def person(s, given: str, family: str, email: str = "", **fields) -> int:
    emails = [Labeled(email, "work")] if email else []
    record = ContactRecord(given_name=given, family_name=family, emails=emails, **fields)
    return book.save_record(s, record).id


def note(s, subject: str, body: str | None = None, people: list[int] | None = None) -> int:
    data = timeline.ActivityInput(kind="note", subject=subject, body=body, people=people or [])
    if not data.people:
        data.matter_id = _any_matter(s)
    return timeline.log_activity(s, data)


def _any_matter(s) -> int:
    found = s.scalar(select(Matter.id).order_by(Matter.id).limit(1))
    return found or matters.create_matter(s, matters.MatterInput(title="Obecná agenda"))


def event(s, summary: str, **fields) -> int:
    data = EventInput(
        summary=summary, start=datetime(2026, 3, 16, 9), end=datetime(2026, 3, 16, 10), tz=ZONE
    )
    for name, value in fields.items():
        setattr(data, name, value)
    return calendar.create_event(s, data, user_zone=ZONE)


def found(s, query: str, **options) -> list[tuple[str, int]]:
    return [(h.kind, h.id) for h in search.search(s, query, **options)]


def fts_consistent(db: Database) -> None:
    """SQLite: every FTS5 table agrees with the text it indexes (FTS5's own check)."""
    if not db.is_sqlite:
        return
    with db.engine.begin() as conn:
        for table, fts in search.INDEXED.items():
            if table in search.searchable_tables(conn):
                conn.exec_driver_sql(
                    f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"
                )


# --- folding ---------------------------------------------------------------------------


@pytest.fixture
def languages(db):
    """A record in each language the firms write, in a different kind each time."""
    with db.session_scope() as s:
        ids = {
            "cs": person(s, "Jan", "Novák", "jan.novak@firma.cz"),
            "sk": person(s, "Dušan", "Ďurica"),
            "en": person(s, "Mary", "O'Brien", "mary@example.co.uk", middle_name="Anderson"),
            "hr": person(s, "Đorđe", "Žabić"),
        }
        ids["pl"] = matters.create_matter(
            s, matters.MatterInput(title="Spółka Łódź – żółć", notes="Sąd Okręgowy w Łodzi")
        )
        ids["uk"] = tasks.create_task(
            s, tasks.TaskInput(title="Зустріч у Києві", notes="Офіс на вулиці Київ, 5")
        )
        ids["uk_name"] = person(s, "Андрій", "Шевченко")
        ids["apostrophe"] = note(s, "Договір на пʼять років", people=[ids["uk_name"]])
    return db, ids


def test_folding_across_the_languages(languages):
    db, ids = languages
    with db.session_scope() as s:
        assert found(s, "novak") == [("contact", ids["cs"])]
        assert found(s, "NOVÁK") == [("contact", ids["cs"])]
        assert found(s, "durica dusan") == [("contact", ids["sk"])]
        assert found(s, "lodz") == [("matter", ids["pl"])]
        assert found(s, "zolc spolka") == [("matter", ids["pl"])]
        assert found(s, "obrien") == [] and found(s, "brien") == [("contact", ids["en"])]
        assert found(s, "o'brien") == [("contact", ids["en"])]
        assert found(s, "zabic") == [("contact", ids["hr"])]
        # Croatian đ folds to d (core.text.fold), as the name is sorted: "dorde", not
        # the "dj" some write for it without the letter.
        assert found(s, "dorde") == [("contact", ids["hr"])]
        assert found(s, "djordje") == []


def test_cyrillic_is_found_whole_and_by_its_start(languages):
    db, ids = languages
    with db.session_scope() as s:
        assert found(s, "київ") == [("task", ids["uk"])]
        assert found(s, "КИЇВ") == [("task", ids["uk"])]
        assert found(s, "киї") == [("task", ids["uk"])]
        assert found(s, "києві") == [("task", ids["uk"])]
        # й and ї are letters, not accented и and і: folding keeps them apart.
        assert found(s, "андрій") == [("contact", ids["uk_name"])]
        assert found(s, "андрии") == []
        assert found(s, "кии") == []


def test_an_apostrophe_of_any_kind_splits_the_same_way(languages):
    db, ids = languages
    with db.session_scope() as s:
        for typed in ("п'ять", "п’ять", "пʼять", "П'ЯТЬ"):
            assert found(s, typed) == [("activity", ids["apostrophe"])], typed


def test_as_you_type_every_prefix_finds(languages):
    db, ids = languages
    with db.session_scope() as s:
        for typed in ("n", "no", "nov", "nova", "novak", "nová", "Novák"):
            assert ("contact", ids["cs"]) in found(s, typed), typed
        assert found(s, "novakx") == []
        assert found(s, "jan nov") == [("contact", ids["cs"])]
        assert found(s, "firma.cz") == [("contact", ids["cs"])]
        # Every word must match.
        assert found(s, "novak ďurica") == []


# --- odd input -------------------------------------------------------------------------

ODD = [
    "",
    " ",
    '"',
    '""',
    "'",
    "*",
    "**",
    "-",
    ":",
    "^",
    "(",
    ")",
    "()",
    "NEAR(",
    "NEAR(a b",
    "AND",
    "OR",
    "NOT",
    "a OR",
    "AND OR NOT",
    "+",
    "\\",
    "%",
    "_",
    "\x00",
    "😀",
    "🏳️‍🌈",
    "\u0301",
    "\ufeff",
    "\ud800",  # a lone surrogate (never valid UTF-8)
    "nov\udfffak",
    "{}",
    "[",
    "$1",
    "'; DROP TABLE contact; --",
    "x" * 10_000,
    "ab " * 3_400,
]
WITH_A_WORD = [
    '"novak"',
    "novak*",
    "*novak",
    "NEAR(novak",
    "-novak",
    "display_name:novak",
    "novak AND",
    "OR novak",
    "NOT novak",
    "^novak",
    "(novak)",
    "novak)",
    "😀novak",
    "nov\x00",
    "novak " * 2_000,
    "\u201enovák\u201c",
    "novak:*",
    "'novak':*",
    "novak & | !",
]
# Operators are words like any other: all of them must match too.
OPERATORS = {"near", "and", "or", "not", "display", "name"}


def test_any_odd_query_is_answered_without_an_error(languages):
    db, ids = languages
    with db.session_scope() as s:
        for query in ODD:
            hits = search.search(s, query)
            assert isinstance(hits, list), repr(query)
        assert found(s, "\x00") == found(s, "") == found(s, '"') == []
        for query in WITH_A_WORD:
            expected = (
                [] if OPERATORS & set(search.query_words(query)) else [("contact", ids["cs"])]
            )
            assert found(s, query) == expected, repr(query)
        assert found(s, "AND") == found(s, "anderson") == [("contact", ids["en"])]


def test_words_nobody_types_this_many_of_are_not_all_required(languages):
    db, ids = languages
    with db.session_scope() as s:
        many = "novak " + " ".join(f"w{i}" for i in range(50))
        assert found(s, many) == []  # w0 ... w10 count: nothing has them
        late = " ".join(["novak"] * 3 + [f"n{i}" for i in range(search.MAX_QUERY_WORDS * 2)])
        assert search.search_words(late)[0] == "novak"
        assert len(search.search_words(late)) <= search.MAX_QUERY_WORDS


CORPUS_WORDS = ["novak", "jan", "firma", "київ", "lodz", "dorde", "smlouva", "AND", "NEAR"]


def _odd_text():
    pieces = st.sampled_from(CORPUS_WORDS + ['"', "*", "(", ")", "-", ":", "^", "'", "ʼ", " "])
    return st.one_of(
        st.text(max_size=60),
        st.text(alphabet=st.characters(codec=None, categories=None), max_size=30),
        st.lists(pieces, max_size=12).map("".join),
        st.lists(pieces, max_size=8).map(" ".join),
    )


def _check_any_text(db: Database) -> None:
    with db.session_scope() as s:

        @settings(
            max_examples=150 if db.is_sqlite else 60,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        )
        @given(query=_odd_text(), limit=st.integers(1, 5))
        def check(query, limit):
            hits = search.search(s, query, limit=limit)
            assert len(hits) <= limit
            order = [search.KINDS.index(h.kind) for h in hits]
            assert order == sorted(order)
            words = search.search_words(query)
            for hit in hits:
                table = search.REGISTRY[hit.kind].table
                stored = s.execute(
                    text(f"SELECT search_text FROM {table} WHERE id = :i"), {"i": hit.id}
                ).scalar_one()
                for word in words:
                    assert any(w.startswith(word) for w in stored.split()), (query, word)

        check()


def test_arbitrary_text_never_raises_and_every_hit_has_every_word(languages):
    db, _ids = languages
    _check_any_text(db)


# --- ranking ---------------------------------------------------------------------------


def test_a_title_match_ranks_above_a_body_match(db):
    with db.session_scope() as s:
        client = person(s, "Eva", "Malá")
        # The body-only one is shorter (bm25 alone would put it first) and newer.
        in_title = note(
            s, "Smlouva o dílo", "Poslán návrh ke kontrole, čekáme na podpis.", [client]
        )
        in_body = note(s, "Telefonát", "smlouva", [client])
    with db.session_scope() as s:
        assert found(s, "smlouva") == [("activity", in_title), ("activity", in_body)]
        hits = search.search(s, "smlouva")
        assert hits[0].score > hits[1].score


def test_more_words_in_the_title_rank_higher(db):
    with db.session_scope() as s:
        client = person(s, "Petr", "Dvořák")
        # The fewer title words match, the shorter the text: bm25 alone would reverse this.
        none = note(s, "Schůzka", "Dvořák, smlouva", [client])
        one = note(s, "Smlouva", "Dvořák přinese podklady k nájmu bytu", [client])
        both = note(
            s, "Smlouva Dvořák", "přinese podklady k nájmu bytu v centru města Brna", [client]
        )
    with db.session_scope() as s:
        assert found(s, "smlouv dvorak", kinds=["activity"]) == [
            ("activity", both),
            ("activity", one),
            ("activity", none),
        ]


def test_hits_are_grouped_by_kind_in_a_fixed_order(db):
    with db.session_scope() as s:
        c = person(s, "Karel", "Horák", "karel@horak.cz")
        m = matters.create_matter(s, matters.MatterInput(title="Horák – dědictví"))
        t = tasks.create_task(s, tasks.TaskInput(title="Zavolat Horákovi", matter_id=m))
        e = event(s, "Jednání s Horákem", location="Brno")
        a = note(s, "Horák volal", people=[c])
    with db.session_scope() as s:
        assert found(s, "horak") == [
            ("contact", c),
            ("matter", m),
            ("task", t),
            ("event", e),
            ("activity", a),
        ]
        assert found(s, "horak", kinds=["task", "contact"]) == [("contact", c), ("task", t)]
        with pytest.raises(ValueError):
            search.search(s, "horak", kinds=["nonsense"])


def test_the_limit_keeps_each_kinds_best_in_turn(db):
    with db.session_scope() as s:
        people = [person(s, f"Jana{i}", "Veselá") for i in range(6)]
        m = matters.create_matter(s, matters.MatterInput(title="Veselá – rozvod"))
        notes = [note(s, f"Veselá {i}", people=[people[0]]) for i in range(6)]
    with db.session_scope() as s:
        assert len(found(s, "vesela")) == 13
        # The first of each kind, then the second of each ...: 3 + 2.
        hits = found(s, "vesela", limit=5)
        assert [k for k, _ in hits] == ["contact", "contact", "matter", "activity", "activity"]
        assert len(found(s, "vesela", kinds=["contact"], limit=4)) == 4
        per_kind = found(s, "vesela", per_kind=1)
        assert [k for k, _ in per_kind] == ["contact", "matter", "activity"]
        assert per_kind[0][1] in people and per_kind[1][1] == m and per_kind[2][1] in notes
        assert found(s, "vesela", limit=0) == [] and found(s, "vesela", per_kind=0) == []


def test_short_or_crowded_words_list_the_newest_first(db, monkeypatch):
    with db.session_scope() as s:
        client = person(s, "Luboš", "Král")
        # Older ones are shorter: bm25 puts them first.
        made = [
            note(s, "Zápis", " ".join(["kupní smlouva", *(f"bod{j}" for j in range(i))]), [client])
            for i in range(4)
        ]
    with db.session_scope() as s:
        ranked = found(s, "kupni", kinds=["activity"])
        assert ranked == [("activity", i) for i in made]
        # Two letters: newest first, straight from the index.
        assert found(s, "ku", kinds=["activity"]) == [("activity", i) for i in reversed(made)]
        # More matches than are worth ranking: the same.
        monkeypatch.setattr(search, "RANK_MAX", 3)
        assert found(s, "kupni", kinds=["activity"]) == [("activity", i) for i in reversed(made)]


def test_a_live_hit_behind_many_trashed_ones_is_found(db):
    with db.session_scope() as s:
        client = person(s, "Ema", "Tichá")
        gone = [note(s, "Tajné", "tajné", [client]) for _ in range(25)]
        kept = note(s, "Tajné", "tajné", [client])
        for activity_id in gone:
            timeline.trash_activity(s, activity_id)
    with db.session_scope() as s:
        assert found(s, "tajne", per_kind=1) == [("activity", kept)]
        assert found(s, "tajne") == [("activity", kept)]


# --- snippets and what each kind is found by -------------------------------------------


def test_a_snippet_is_the_original_text_around_the_first_match(db):
    body = (
        "Klient se ptal na lhůty. " * 6
        + "Rozsudek Krajského soudu v Ústí nad Labem nabyl právní moci, odvolání nepodáno. "
        + "Další kroky probereme na schůzce. " * 6
    )
    with db.session_scope() as s:
        a = note(s, "Zpráva", body, [person(s, "Ota", "Kos")])
    with db.session_scope() as s:
        (hit,) = search.search(s, "usti labem")
        assert (hit.kind, hit.id, hit.title) == ("activity", a, "Zpráva")
        assert "Ústí nad Labem" in hit.snippet
        assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
        assert len(hit.snippet) <= search.SNIPPET_CHARS + 2
        (title_only,) = search.search(s, "zprava")
        assert title_only.snippet.startswith("Klient se ptal")


def test_snippet_cut_by_folding_keeps_the_letters_as_written():
    assert search.snippet("Spółka z o.o. w Łodzi", ["lodz"]) == "Spółka z o.o. w Łodzi"
    long = "slovo " * 30 + "Žába skáče"
    cut = search.snippet(long, ["zaba"])
    assert cut.startswith("…slovo") and cut.endswith("Žába skáče")
    # Decomposed input (a Mac's file names) is matched as composed text.
    assert "Novák" in search.snippet("x " * 50 + "Nova\u0301k", ["novak"])
    assert search.snippet(["", "  první\n\n  druhý  "], ["x"]) == "první druhý"


def test_matters_by_number_with_or_without_zeros(db):
    with db.session_scope() as s:
        m = matters.create_matter(
            s, matters.MatterInput(title="Audit 2025", number="2026/0042", notes="Účetní závěrka")
        )
    with db.session_scope() as s:
        assert found(s, "2026/0042") == [("matter", m)]
        assert found(s, "42") == [("matter", m)]
        assert found(s, "0042") == [("matter", m)]
        assert found(s, "zaverka") == [("matter", m)]
        (hit,) = search.search(s, "42")
        assert hit.title == "2026/0042 Audit 2025" and hit.snippet == "Účetní závěrka"


def test_events_by_place_description_and_people(db):
    with db.session_scope() as s:
        e = event(
            s,
            "Porada",
            location="Zasedačka Třebíč",
            description="Příprava na jednání",
            organizer=Attendee("sekretariat@ak.cz", "Sekretariát"),
            attendees=[Attendee("olena@example.ua", "Олена Коваль")],
            categories=["Klient Šimek"],
        )
    with db.session_scope() as s:
        for query in ("trebic", "priprava", "olena@example", "коваль", "sekretar", "simek"):
            assert found(s, query) == [("event", e)], query
        (hit,) = search.search(s, "коваль")
        assert "Олена Коваль" in hit.snippet


def test_contacts_show_what_tells_them_apart(db):
    with db.session_scope() as s:
        c = person(
            s, "Jan", "Novák", "jan.novak@firma.cz", organization="Firma s.r.o.", position="CFO"
        )
    with db.session_scope() as s:
        (hit,) = search.search(s, "novak")
        assert (hit.kind, hit.id, hit.title) == ("contact", c, "Jan Novák")
        assert "Firma s.r.o." in hit.snippet and "jan.novak@firma.cz" in hit.snippet
        assert ("organization", hit.id) not in found(s, "novak")
        assert found(s, "firma s r o", kinds=["organization"]) == [
            ("organization", book.find_organization(s, "Firma s.r.o."))
        ]


@dataclass
class _Extracted:
    text: str
    status: str = "ok"
    reason: str = ""
    pages: int | None = 1


def test_documents_by_title_file_name_tags_and_text(db, tmp_path):
    with db.session_scope() as s:
        if "document" not in search.available_kinds(s):
            pytest.skip("this schema has no documents yet")
    from smallcrm.core.documents.store import DocumentStore
    from smallcrm.core.services import documents

    path = tmp_path / "Smlouva_Novák.txt"
    path.write_text("obsah")
    store = DocumentStore.at(tmp_path / "store")
    with db.session_scope() as s:
        added = documents.add_document(s, store, path, title="Kupní smlouva", tags=["Důležité"])
        documents.store_text(
            s, added.version_id, _Extracted("Prodávající Jan Novák, Łódź, prodává byt.")
        )
    with db.session_scope() as s:
        for query in ("kupni", "smlouva_novak", "dulezite", "lodz prodava"):
            assert found(s, query, kinds=["document"]) == [("document", added.document_id)]
        (hit,) = search.search(s, "lodz", kinds=["document"])
        assert hit.title == "Kupní smlouva" and "Jan Novák, Łódź" in hit.snippet


def test_documents_are_searched_only_where_the_schema_has_them(db):
    with db.session_scope() as s:
        assert search.search(s, "novak", kinds=["document"]) == []
        kinds = search.available_kinds(s)
        assert kinds[:6] == ("contact", "organization", "matter", "task", "event", "activity")


# --- the index in step with the data ---------------------------------------------------


def test_the_index_follows_create_edit_trash_restore_and_delete(db):
    with db.session_scope() as s:
        client = person(s, "Marta", "Černá")
        m = matters.create_matter(s, matters.MatterInput(title="Černá – nájem"))
        a = note(s, "Černá volala", "o nájmu", [client])
        t = tasks.create_task(s, tasks.TaskInput(title="Nájemní smlouva Černá"))
        e = event(s, "Černá v kanceláři")
    made = {("matter", m), ("activity", a), ("task", t), ("event", e)}
    with db.session_scope() as s:
        assert made <= set(found(s, "cerna"))
    with db.session_scope() as s:  # edit: the old words go, the new ones come
        matters.update_matter(s, m, matters.MatterInput(title="Bílá – nájem"))
        timeline.update_activity(
            s, a, timeline.ActivityInput(kind="note", subject="Bílá volala", people=[client])
        )
        tasks.update_task(s, t, tasks.TaskInput(title="Nájemní smlouva Bílá"))
        calendar.update_event(
            s,
            e,
            EventInput(
                summary="Bílá v kanceláři",
                start=datetime(2026, 3, 16, 9),
                end=datetime(2026, 3, 16, 10),
                tz=ZONE,
            ),
            user_zone=ZONE,
        )
    with db.session_scope() as s:
        assert found(s, "cerna") == [("contact", client)]
        assert set(found(s, "bila")) == made
    fts_consistent(db)
    with db.session_scope() as s:  # to the trash: hidden
        matters.trash_matter(s, m)
        timeline.trash_activity(s, a)
        tasks.delete_task(s, t)
        calendar.delete_event(s, e)
    with db.session_scope() as s:
        assert found(s, "bila") == []
    with db.session_scope() as s:  # restored: back
        matters.restore_matter(s, m)
        timeline.trash_activity(s, a, restore=True)
        tasks.restore_task(s, t)
        calendar.restore_events(s, [e])
    with db.session_scope() as s:
        assert set(found(s, "bila")) == made
    with db.session_scope() as s:  # deleted for good
        for model, row_id in ((Event, e), (Task, t), (Activity, a)):
            s.execute(delete(model.__table__).where(model.__table__.c.id == row_id))
        s.execute(delete(Matter.__table__).where(Matter.__table__.c.id == m))
    with db.session_scope() as s:
        assert found(s, "bila") == []
    fts_consistent(db)


def test_a_stage_move_and_a_done_task_are_found_on_the_timeline(db):
    with db.session_scope() as s:
        client = person(s, "Ivo", "Bárta")
        m = matters.create_matter(
            s, matters.MatterInput(title="Bárta"), [(Ref("person", client), "client")]
        )
        later = [st for st in matters.stages(s) if st.phase == "engaged"][0]
        moved = matters.move_stage(s, m, later.id)
        t = tasks.create_task(s, tasks.TaskInput(title="Podat přiznání", people=[client]))
        done = tasks.complete_task(s, t)
    with db.session_scope() as s:
        assert ("activity", moved) in found(s, later.name)
        assert found(s, "podat priznani") == [("task", t), ("activity", done)]


def test_a_merge_leaves_one_contact_found_by_both_addresses(db):
    with db.session_scope() as s:
        keep = person(s, "Jan", "Novák", "jan.novak@firma.cz")
        other = person(s, "Jan", "Novák", "novak@jinde.cz")
        a = note(s, "Hovor", "s Novákem", [other])
    with db.session_scope() as s:
        assert set(found(s, "novak", kinds=["contact"])) == {("contact", keep), ("contact", other)}
        merge_contacts(s, keep, other)
    with db.session_scope() as s:
        assert found(s, "jinde") == [("contact", keep)]
        assert found(s, "novak", kinds=["contact"]) == [("contact", keep)]
        assert found(s, "hovor") == [("activity", a)]
    fts_consistent(db)


def test_a_failed_transaction_leaves_the_index_as_it_was(db):
    with db.session_scope() as s:
        m = matters.create_matter(s, matters.MatterInput(title="Sedláček – spor"))
    with pytest.raises(RuntimeError), db.session_scope() as s:
        matters.update_matter(s, m, matters.MatterInput(title="Zelený – spor"))
        note(s, "Zelený", "zelený", [person(s, "Adam", "Zelený")])
        assert found(s, "zeleny")  # seen inside the transaction ...
        raise RuntimeError("the write fails")
    with db.session_scope() as s:  # ... and gone with it
        assert found(s, "zeleny") == []
        assert found(s, "sedlacek") == [("matter", m)]
    fts_consistent(db)


def test_the_builders_keep_words_once_folded():
    assert matter_search_text("2026/0042", "Novák v. Nováková", None) == (
        "2026 0042 42 novak v novakova"
    )
    assert activity_search_text("Hovor", "**Novák** volal", "OK") == "hovor novak volal ok"
    assert event_search_text(
        "Porada", "Brno", None, [("Jan Novák", "jan@firma.cz"), (None, None)], ["VIP"]
    ) == ("porada brno jan novak firma cz vip")


# --- both databases --------------------------------------------------------------------


def _corpus(db: Database) -> None:
    with db.session_scope() as s:
        c1 = person(s, "Jan", "Novák", "jan.novak@firma.cz", organization="Novák a spol.")
        c2 = person(s, "Jana", "Nováková", "jana@example.cz")
        person(s, "Олена", "Шевченко", "olena@example.ua")
        m = matters.create_matter(
            s,
            matters.MatterInput(title="Novák v. Dvořák", notes="Smlouva o dílo, Łódź"),
            [(Ref("person", c1), "client")],
        )
        note(s, "Smlouva", "Novák přinese smlouvu", [c1])
        note(s, "Telefonát", "Nováková se ptala na smlouvu a na Київ", [c2])
        note(s, "Schůzka Київ", "п'ять договорів", [c2])
        tasks.create_task(s, tasks.TaskInput(title="Smlouva Novák", matter_id=m))
        event(s, "Jednání Novák", location="Łódź")


QUERIES = ["novak", "nov", "smlouv", "smlouva novak", "kyiv", "київ", "lodz", "п'ять", "a", "j"]


@pytest.mark.postgres
def test_sqlite_and_postgres_find_the_same(database, pg_url, tmp_path):
    postgres = _postgres(pg_url, tmp_path)
    try:
        _corpus(database)
        _corpus(postgres)
        for query in QUERIES:
            with database.session_scope() as lite, postgres.session_scope() as pg:
                lite_hits = search.search(lite, query)
                pg_hits = search.search(pg, query)
            assert [(h.kind, h.id, h.title, h.snippet) for h in lite_hits] == [
                (h.kind, h.id, h.title, h.snippet) for h in pg_hits
            ], query
    finally:
        postgres.dispose()


@pytest.mark.postgres
def test_postgres_answers_from_the_word_index(pg_url, tmp_path):
    """The search's WHERE is the index's expression, word for word, or the index is unused."""
    postgres = _postgres(pg_url, tmp_path)
    try:
        with postgres.session_scope() as s:
            conn = s.connection()
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            live = {kind.table: kind.live for kind in search.REGISTRY.values()}
            for table in sorted(search.searchable_tables(conn)):
                sql = search._pg_sql(table, live[table], False)  # noqa: SLF001
                query = search._tsquery(["nov"], " & ")  # noqa: SLF001
                plan = conn.exec_driver_sql("EXPLAIN " + sql.format(match=query, rank=query), (5,))
                assert f"{table}_search_words" in "\n".join(r[0] for r in plan), table
    finally:
        postgres.dispose()


def test_fold_of_the_stored_words_matches_the_query_side(db):
    """What the services store is what query_words makes of the same text."""
    with db.session_scope() as s:
        m = matters.create_matter(s, matters.MatterInput(title="ŠKODA Auto – Straße ǅ"))
        stored = s.scalar(select(Matter.search_text).where(Matter.id == m))
    for word in search.query_words("škoda straße ǆ"):
        assert word in stored.split()
