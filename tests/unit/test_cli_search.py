"""`smallcrm search QUERY [--kind K] [--limit N] [--json]`: ranked hits of every kind."""

import json

import pytest

from smallcrm.cli import main
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters, tasks, timeline
from smallcrm.core.services.address_book import Ref


def run(capsys, *argv, as_json=True):
    code = main([*argv, "--json"] if as_json else list(argv))
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out) if as_json else out


@pytest.fixture
def firm(tmp_path, capsys):
    """A migrated profile with a client, her matter, a note and a task: (home, ids)."""
    home = str(tmp_path / "firm")
    run(capsys, "--home", home, "db", "upgrade")
    database = Database(Profile.open(home).url)
    try:
        with database.session_scope() as s:
            jana = book.save_record(
                s,
                ContactRecord(
                    given_name="Jana",
                    family_name="Nováková",
                    emails=[Labeled("jana@novakova.cz", "work")],
                ),
            ).id
            matter = matters.create_matter(
                s,
                matters.MatterInput(title="Nováková – rozvod", notes="Návrh podán v Ústí"),
                [(Ref("person", jana), "client")],
            )
            note = timeline.log_activity(
                s,
                timeline.ActivityInput(
                    kind="note", subject="Schůzka", body="Nováková přinese doklady", people=[jana]
                ),
            )
            task = tasks.create_task(s, tasks.TaskInput(title="Doklady od Novákové"))
    finally:
        database.dispose()
    return home, {"jana": jana, "matter": matter, "note": note, "task": task}


def test_json_lists_ranked_hits_grouped_by_kind(firm, capsys):
    home, ids = firm
    hits = run(capsys, "--home", home, "search", "nováková")
    assert [(h["kind"], h["id"]) for h in hits] == [
        ("contact", ids["jana"]),
        ("matter", ids["matter"]),
        ("activity", ids["note"]),
    ]
    assert set(hits[0]) == {"kind", "id", "title", "snippet", "score"}
    assert hits[0]["title"] == "Jana Nováková" and hits[0]["snippet"] == "jana@novakova.cz"
    assert hits[2]["snippet"] == "Nováková přinese doklady"
    assert all(isinstance(h["score"], float) for h in hits)


def test_kind_and_limit(firm, capsys):
    home, ids = firm
    only = run(capsys, "--home", home, "search", "doklad", "--kind", "task")
    assert [(h["kind"], h["id"]) for h in only] == [("task", ids["task"])]
    both = run(capsys, "--home", home, "search", "nov", "--kind", "task", "--kind", "matter")
    assert [h["kind"] for h in both] == ["matter", "task"]
    one = run(capsys, "--home", home, "search", "nov", "--limit", "1")
    assert [(h["kind"], h["id"]) for h in one] == [("contact", ids["jana"])]


def test_odd_queries_print_an_empty_list(firm, capsys):
    home, _ids = firm
    for query in ('"', "NEAR(", "*", "-", ":", "(", "😀", "x" * 10_000):
        assert run(capsys, "--home", home, "search", query) == [], query


def test_readable_listing_has_a_heading_per_kind(firm, capsys):
    home, ids = firm
    matter_title = run(capsys, "--home", home, "search", "rozvod")[0]["title"]
    assert matter_title.endswith(" Nováková – rozvod")  # after its number
    out = run(capsys, "--home", home, "search", "novakova", as_json=False)
    assert out.splitlines() == [
        "People",
        f"  #{ids['jana']}  Jana Nováková — jana@novakova.cz",
        "",
        "Matters",
        f"  #{ids['matter']}  {matter_title} — Návrh podán v Ústí",
        "",
        "Timeline",
        f"  #{ids['note']}  Schůzka — Nováková přinese doklady",
    ]
    assert run(capsys, "--home", home, "search", "zzz", as_json=False) == "Nothing found.\n"


def test_a_bad_kind_or_limit_is_refused(firm, capsys):
    home, _ids = firm
    with pytest.raises(SystemExit):
        main(["--home", home, "search", "x", "--kind", "letters"])
    assert "invalid choice" in capsys.readouterr().err
    assert main(["--home", home, "search", "x", "--limit", "0", "--json"]) == 2
    assert "--limit" in json.loads(capsys.readouterr().out)["error"]
