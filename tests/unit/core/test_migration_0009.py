"""0009 (search text for matters, activities, tasks, events) upgrades 0008's data."""

import json

import pytest
from sqlalchemy import inspect, text

from smallcrm.core import migrate, search
from smallcrm.core.db import Database
from smallcrm.core.paths import Profile
from smallcrm.core.services.search_text import (
    activity_search_text,
    event_search_text,
    matter_search_text,
    task_search_text,
)
from tests.unit.core.test_migration_0003 import _migrate
from tests.unit.core.test_migration_data import _at_revision, _fill_0001

NOW = "2026-11-01 09:00:00"
NOTES = "Žaloba podána u Krajského soudu v Ústí nad Labem.\n\n**Lhůta** 15 dní."
BODY = "Дзвонила щодо п'яти договорів; Łódź, ul. Piotrkowska."
ATTENDEES = [
    {"email": "olena@example.ua", "name": "Олена Коваль", "role": "", "partstat": ""},
    {"email": "jan.novak@firma.cz", "name": "", "role": "", "partstat": ""},
]


def _fill_0008(database: Database) -> None:
    """0001's people at 0008, with a matter, an activity, a task, an event and a person
    whose stored words still have the letter-apostrophe ʼ in them."""
    _at_revision(database, "0001")
    _fill_0001(database)
    _migrate(database, "0008")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO matter (id, number, title, sort_key, stage_id, opened_on, notes,"
                " stage_since, created_at, updated_at) VALUES (5, '2026/0042',"
                " 'Šťastný v. Dvořák', 'stastny v dvorak',"
                " (SELECT id FROM stage ORDER BY position LIMIT 1), '2026-11-01', :notes,"
                " :now, :now, :now)"
            ),
            {"now": NOW, "notes": NOTES},
        )
        conn.execute(
            text(
                "INSERT INTO activity (id, kind, occurred_at, subject, body, outcome, matter_id,"
                " created_at, updated_at) VALUES (6, 'call', :now, 'Telefonát Шевченко', :body,"
                " 'Zavolá zpět', 5, :now, :now)"
            ),
            {"now": NOW, "body": BODY},
        )
        conn.execute(text("INSERT INTO activity_contact (activity_id, contact_id) VALUES (6, 2)"))
        conn.execute(
            text(
                "INSERT INTO task (id, kind, title, notes, priority, status, created_at,"
                " updated_at) VALUES (7, 'task', 'Odvolání – Šťastný', 'do 15 dnů', 0, 'open',"
                " :now, :now)"
            ),
            {"now": NOW},
        )
        conn.execute(
            text(
                "INSERT INTO event (id, uid, recurrence_id, this_and_future, source, kind,"
                " summary, description, location, all_day, start_local, end_local, tz,"
                " start_utc, end_utc, status, sequence, organizer, attendees, categories,"
                " created_at, updated_at) VALUES (8, 'u-8', '', false, '', 'event',"
                " 'Jednání', 'Přinést plnou moc', 'Třebíč, soud', false,"
                " '2026-11-02 09:00:00', '2026-11-02 10:00:00', 'Europe/Prague',"
                " '2026-11-02 08:00:00', '2026-11-02 09:00:00', 'confirmed', 0, :organizer,"
                " :attendees, :categories, :now, :now)"
            ),
            {
                "now": NOW,
                "organizer": json.dumps({"email": "ak@ak.cz", "name": "Sekretariát"}),
                "attendees": json.dumps(ATTENDEES),
                "categories": json.dumps(["Klient Šimek"]),
            },
        )
        conn.execute(
            text(
                "INSERT INTO contact (id, given_name, family_name, display_name, sort_key,"
                " search_text, birthday_year_known, created_at, updated_at) VALUES (9, 'Мар'"
                "'яна', 'Пʼятницька', 'Марʼяна Пʼятницька', 'пʼятницька марʼяна',"
                " 'марʼяна пʼятницька', true, :now, :now)"
            ),
            {"now": NOW},
        )


def _upgraded(profile: Profile, database: Database) -> None:
    _fill_0008(database)
    result = migrate.upgrade(profile, database)
    assert result.before == "0008" and result.after == migrate.head_revision()


def _check(database: Database) -> None:
    with database.engine.connect() as conn:
        stored = {
            table: conn.execute(text(f"SELECT search_text FROM {table}")).scalar_one()
            for table in ("matter", "activity", "task", "event")
        }
        people = conn.execute(text("SELECT id, search_text FROM contact ORDER BY id")).all()
    # The same words the services write for the same data.
    assert stored["matter"] == matter_search_text("2026/0042", "Šťastný v. Dvořák", NOTES)
    assert stored["activity"] == activity_search_text("Telefonát Шевченко", BODY, "Zavolá zpět")
    assert stored["task"] == task_search_text("Odvolání – Šťastný", "do 15 dnů")
    people_words = [("Sekretariát", "ak@ak.cz")] + [(a["name"], a["email"]) for a in ATTENDEES]
    assert stored["event"] == event_search_text(
        "Jednání", "Třebíč, soud", "Přinést plnou moc", people_words, ["Klient Šimek"]
    )
    assert "42" in stored["matter"].split() and "usti" in stored["matter"].split()
    assert "olena" in stored["event"].split() and "коваль" in stored["event"].split()
    # ʼ splits words now, as ' always did; other people's words are as they were.
    assert dict(people)[9] == "мар яна п ятницька"
    assert dict(people)[1].startswith("jiri stastny")
    with database.session_scope() as s:
        hits = [(h.kind, h.id) for h in search.search(s, "stastny")]
        assert hits == [("contact", 1), ("matter", 5), ("task", 7)]
        assert [(h.kind, h.id) for h in search.search(s, "2026/42")] == [("matter", 5)]
        assert [(h.kind, h.id) for h in search.search(s, "шевч")] == [
            ("contact", 2),
            ("activity", 6),
        ]
        assert [(h.kind, h.id) for h in search.search(s, "lodz")] == [("activity", 6)]
        assert [(h.kind, h.id) for h in search.search(s, "коваль trebic")] == [("event", 8)]
        assert [(h.kind, h.id) for h in search.search(s, "мар'яна")] == [("contact", 9)]
        (hit,) = search.search(s, "usti labem")
        assert "Ústí nad Labem" in hit.snippet
    with database.session_scope() as s:  # a new write after the upgrade is indexed as well
        s.execute(text("UPDATE task SET search_text = 'odvolani jiny' WHERE id = 7"))
    with database.session_scope() as s:
        assert [(h.kind, h.id) for h in search.search(s, "jiny")] == [("task", 7)]


def test_0009_on_sqlite_and_back(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _upgraded(profile, database)
        _check(database)
        with database.engine.begin() as conn:
            for table in ("matter", "activity", "task", "event"):
                conn.exec_driver_sql(
                    f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"
                )
            assert {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")} >= {
                "matter_fts",
                "activity_fts",
                "task_fts",
                "event_fts",
            }
    finally:
        database.dispose()


def test_0009_down_to_0008_drops_the_columns_and_their_indexes(tmp_path):
    profile = Profile.open(tmp_path / "old")
    database = Database(profile.url)
    try:
        _fill_0008(database)
        _migrate(database, "0009")
        with database.engine.begin() as conn:
            search.ensure_index(conn)  # as migrate.upgrade does after the revisions
        _migrate(database, "0008", down=True)
        with database.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
            for table in ("matter", "activity", "task", "event"):
                columns = {c["name"] for c in inspect(conn).get_columns(table)}
                assert "search_text" not in columns and f"{table}_fts" not in names
            assert conn.execute(text("SELECT title FROM task WHERE id = 7")).scalar() == (
                "Odvolání – Šťastný"
            )
            assert conn.execute(text("SELECT count(*) FROM activity_contact")).scalar() == 1
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0009_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "old", pg_url)
    database = Database(profile.url)
    try:
        _upgraded(profile, database)
        _check(database)
        with database.engine.connect() as conn:
            indexes = {r[0] for r in conn.exec_driver_sql("SELECT indexname FROM pg_indexes")}
            extensions = {r[0] for r in conn.exec_driver_sql("SELECT extname FROM pg_extension")}
        assert {f"{t}_search_words" for t in ("contact", "matter", "activity", "event")} <= indexes
        assert {"pg_trgm", "unaccent"} <= extensions
    finally:
        database.dispose()
