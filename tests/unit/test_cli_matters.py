"""`smallcrm matters / followup / log`: the same services as the window, JSON out."""

import json
from datetime import date, timedelta

import pytest

from smallcrm.cli import main
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book


def run(capsys, *argv):
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def refused(capsys, *argv) -> str:
    """Exit code 2 and one clear JSON error (no traceback)."""
    code = main([*argv, "--json"])
    captured = capsys.readouterr()
    assert code == 2, captured
    assert "Traceback" not in captured.err
    return json.loads(captured.out)["error"]


@pytest.fixture
def firm(tmp_path, capsys):
    """A migrated profile with two people and an organisation: (home, ids)."""
    home = str(tmp_path / "firm")
    run(capsys, "--home", home, "db", "upgrade")
    database = Database(Profile.open(home).url)
    try:
        with database.session_scope() as s:
            jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
            petr = book.save_record(s, ContactRecord(given_name="Petr", family_name="Dvořák"))
            firm = book.save_record(
                s, ContactRecord(kind="organization", organization="Stavby Brno s.r.o.")
            )
    finally:
        database.dispose()
    return home, {"jana": jana.id, "petr": petr.id, "firm": firm.id}


def matter_count(capsys, home) -> int:
    return len(run(capsys, "--home", home, "matters", "list", "--limit", "0"))


def test_add_list_show_move(firm, capsys):
    home, ids = firm
    added = run(
        capsys, "--home", home, "matters", "add", "--title", "Nováková v. Dvořák – náhrada škody",
        "--type", "Litigation", "--stage", "conflict check", "--responsible", "JUDr. Nová",
        "--party", f"{ids['jana']}:client", "--party", f"{ids['petr']}:opposing-party",
        "--party-org", f"{ids['firm']}:related",
    )  # fmt: skip
    year = date.today().year
    assert added["number"] == f"{year}/0001"
    assert added["type"]["key"] == "litigation"
    assert added["stage"] == {
        "id": added["stage"]["id"], "key": "conflict_check", "name": "Conflict check",
        "phase": "intake",
    }  # fmt: skip
    assert added["open"] is True and added["closed_on"] is None
    assert [(p["kind"], p["id"], p["role"], p["name"]) for p in added["parties"]] == [
        ("person", ids["jana"], "client", "Jana Nováková"),
        ("person", ids["petr"], "opposing_party", "Petr Dvořák"),
        ("organization", ids["firm"], "related", "Stavby Brno s.r.o."),
    ]
    second = run(
        capsys, "--home", home, "matters", "add", "--title", "Daňové přiznání 2025",
        "--type", "tax_return", "--party-org", f"{ids['firm']}:client",
    )  # fmt: skip
    assert second["number"] == f"{year}/0002" and second["stage"]["key"] == "inquiry"

    def listed(*options):
        items = run(capsys, "--home", home, "matters", "list", *options)
        return [item["id"] for item in items]

    assert listed() == [second["id"], added["id"]]  # newest first
    assert listed("--query", "novakova") == [added["id"]]  # diacritics folded
    assert listed("--query", "stavby") == [second["id"], added["id"]]  # a party's name
    assert listed("--stage", "inquiry") == [second["id"]]
    assert listed("--limit", "1") == [second["id"]]
    row = run(capsys, "--home", home, "matters", "list", "--query", "danove")[0]
    assert row["clients"] == "Stavby Brno s.r.o." and row["type"]["key"] == "tax_return"

    moved = run(capsys, "--home", home, "matters", "move", str(added["id"]), "engaged")
    assert moved["moved"] is True and moved["stage"]["key"] == "engaged"
    again = run(capsys, "--home", home, "matters", "move", str(added["id"]), "Engaged")
    assert again["moved"] is False and again["activity_id"] is None
    closed = run(capsys, "--home", home, "matters", "move", str(added["id"]), "closed")
    assert closed["open"] is False and closed["closed_on"] == date.today().isoformat()
    assert listed("--open") == [second["id"]]

    shown = run(capsys, "--home", home, "matters", "show", str(added["id"]))
    assert shown["number"] == added["number"] and len(shown["parties"]) == 3
    assert [i["subject"] for i in shown["timeline"]] == [
        "Engaged → Closed",
        "Conflict check → Engaged",
    ]
    assert shown["timeline"][0]["people"] == [{"id": ids["jana"], "name": "Jana Nováková"}]
    limited = run(capsys, "--home", home, "matters", "show", str(added["id"]), "--limit", "1")
    assert [i["subject"] for i in limited["timeline"]] == ["Engaged → Closed"]

    # Plain text for people, too.
    assert main(["--home", home, "matters", "show", str(added["id"])]) == 0
    text = capsys.readouterr().out
    assert added["number"] in text and "client: Jana Nováková" in text


def test_bad_input_is_refused_with_the_record_and_reason_and_nothing_is_stored(firm, capsys):
    home, ids = firm
    jana = ids["jana"]
    title = ("--title", "Spor")
    for argv, message in (
        ((*title, "--party", f"{jana}:client", "--party", "999:opposing_party"),
         "Contact 999 does not exist."),
        ((*title, "--party-org", "999:authority"), "Organisation 999 does not exist."),
        ((*title, "--party", f"{jana}:friend"), f"--party {jana}:friend: unknown role “friend”."),
        ((*title, "--party", "jana"), "--party jana: give ID:ROLE, e.g. --party 12:client."),
        ((*title, "--stage", "nowhere"), "There is no stage “nowhere”."),
        ((*title, "--type", "astrology"), "There is no matter type “astrology”."),
        (("--title", "   "), "A matter needs a title."),
    ):  # fmt: skip
        assert refused(capsys, "--home", home, "matters", "add", *argv) == message
    assert matter_count(capsys, home) == 0

    added = run(capsys, "--home", home, "matters", "add", *title)
    matter = str(added["id"])
    assert refused(capsys, "--home", home, "matters", "show", "999") == "Matter 999 does not exist."
    assert refused(capsys, "--home", home, "matters", "move", "999", "engaged") == (
        "Matter 999 does not exist."
    )
    assert refused(capsys, "--home", home, "matters", "move", matter, "limbo") == (
        "There is no stage “limbo”."
    )
    shown = run(capsys, "--home", home, "matters", "show", matter)
    assert shown["stage"]["key"] == "inquiry" and shown["timeline"] == []
    assert refused(capsys, "--home", home, "matters", "list", "--stage", "x") == (
        "There is no stage “x”."
    )
    assert main(["--home", home, "matters", "add", *title, "--party", "1:friend"]) == 2
    err = capsys.readouterr().err
    assert "unknown role" in err and "Roles: client, opposing_party" in err
    assert "Traceback" not in err


def test_follow_ups_for_a_person_an_organisation_and_a_matter(firm, capsys):
    home, ids = firm
    matter = run(capsys, "--home", home, "matters", "add", "--title", "Nájemní smlouva")
    due = (date.today() + timedelta(days=7)).isoformat()
    person = run(capsys, "--home", home, "followup", "--contact", str(ids["jana"]), "--days", "7")
    assert person["title"] == "Follow up: Jana Nováková" and person["due_on"] == due
    assert person["kind"] == "follow_up" and person["remind_at"].startswith(due[:4])
    assert person["people"] == [{"id": ids["jana"], "name": "Jana Nováková"}]
    org = run(
        capsys, "--home", home, "followup", "--organization", str(ids["firm"]), "--days", "0",
        "--title", "Zavolat kvůli faktuře",
    )  # fmt: skip
    assert org["title"] == "Zavolat kvůli faktuře" and org["due_on"] == date.today().isoformat()
    on_matter = run(
        capsys, "--home", home, "followup", "--matter", str(matter["id"]), "--days", "3"
    )
    assert on_matter["title"] == f"Follow up: {matter['number']} Nájemní smlouva"
    assert on_matter["matter_id"] == matter["id"]
    assert on_matter["task_id"] == org["task_id"] + 1 == person["task_id"] + 2

    assert refused(capsys, "--home", home, "followup", "--contact", "999", "--days", "3") == (
        "Contact 999 does not exist."
    )
    assert refused(capsys, "--home", home, "followup", "--matter", "999", "--days", "3") == (
        "Matter 999 does not exist."
    )
    assert (
        refused(capsys, "--home", home, "followup", "--contact", str(ids["jana"]), "--days", "-1")
        == "A follow-up is due today or later."
    )
    # Nothing was stored by the refusals: the next task takes the next id.
    again = run(capsys, "--home", home, "followup", "--contact", str(ids["petr"]), "--days", "1")
    assert again["task_id"] == on_matter["task_id"] + 1
    with pytest.raises(SystemExit) as exit_info:  # one of the three is required (argparse)
        main(["--home", home, "followup", "--days", "3"])
    assert exit_info.value.code == 2


def test_log_lands_on_the_timeline(firm, capsys):
    home, ids = firm
    matter = run(capsys, "--home", home, "matters", "add", "--title", "Spor",
                 "--party", f"{ids['jana']}:client")  # fmt: skip
    call = run(
        capsys, "--home", home, "log", "call", "--contact", str(ids["jana"]),
        "--matter", str(matter["id"]), "--subject", "Termín jednání", "--direction", "out",
        "--minutes", "12", "--at", "2026-03-02T10:30:00+01:00",
    )  # fmt: skip
    assert call["kind"] == "call" and call["direction"] == "out"
    assert call["duration_minutes"] == 12 and call["matter_number"] == matter["number"]
    assert call["occurred_at"] == "2026-03-02T09:30:00+00:00"
    note = run(capsys, "--home", home, "log", "note", "--organization", str(ids["firm"]),
               "--subject", "Dodají výpisy", "--body", "- leden\n- únor")  # fmt: skip
    assert note["organizations"] == [{"id": ids["firm"], "name": "Stavby Brno s.r.o."}]
    shown = run(capsys, "--home", home, "matters", "show", str(matter["id"]))
    assert [i["id"] for i in shown["timeline"]] == [call["id"]]

    assert refused(capsys, "--home", home, "log", "note", "--subject", "x") == (
        "An activity belongs to a person, an organisation or a matter."
    )
    assert refused(capsys, "--home", home, "log", "call", "--contact", "999") == (
        "Contact 999 does not exist."
    )
    assert refused(capsys, "--home", home, "log", "note", "--contact", "1", "--at", "soon") == (
        "--at 'soon' is not a date and time, e.g. 2026-11-23T14:30."
    )
    shown = run(capsys, "--home", home, "matters", "show", str(matter["id"]))
    assert len(shown["timeline"]) == 1


def test_demo_makes_matters_and_says_who_has_the_long_timeline(tmp_path, capsys):
    home = str(tmp_path / "demo")
    data = run(capsys, "--home", home, "demo", "--contacts", "300", "--matters", "40",
               "--busy-activities", "250", "--seed", "4")  # fmt: skip
    assert data["matters"] == 40 and data["busy_activities"] == 250
    assert data["parties"] >= 40 and data["correspondents"] > 0
    listed = run(capsys, "--home", home, "matters", "list", "--limit", "0")
    assert len(listed) == 40 and len({m["number"] for m in listed}) == 40
    year = date.today().year
    this_year = [m for m in listed if m["number"].startswith(f"{year}/")]
    added = run(capsys, "--home", home, "matters", "add", "--title", "Po demu")
    assert added["number"] == f"{year}/{len(this_year) + 1:04}"
    assert refused(capsys, "--home", home, "demo", "--contacts", "0", "--matters", "3") == (
        "Demo matters need people for clients."
    )
    assert refused(capsys, "--home", home, "demo", "--matters", "-1") == (
        "--matters must be zero or more."
    )
    assert main(["--home", home, "demo", "--contacts", "20", "--matters", "2"]) == 0
    text = capsys.readouterr().out
    assert "2 matters" in text and "has 5000 activities" in text


@pytest.mark.postgres
def test_demo_and_matters_on_postgres(pg_url, tmp_path, capsys):
    base = ("--home", str(tmp_path), "--db", pg_url)
    data = run(capsys, *base, "demo", "--contacts", "300", "--matters", "60",
               "--busy-activities", "500")  # fmt: skip
    assert data["matters"] == 60 and data["busy_activities"] == 500
    listed = run(capsys, *base, "matters", "list", "--limit", "0")
    assert len(listed) == 60 and len({m["number"] for m in listed}) == 60
    open_ones = run(capsys, *base, "matters", "list", "--open", "--limit", "0")
    assert 0 < len(open_ones) < 60 and all(m["closed_on"] is None for m in open_ones)
    # Ids and numbers written in bulk: the app's next matter and activity follow on.
    added = run(capsys, *base, "matters", "add", "--title", "Nový spor",
                "--party", f"{data['busy_contact']}:client")  # fmt: skip
    assert added["id"] == max(m["id"] for m in listed) + 1
    year = date.today().year
    this_year = [m for m in listed if m["number"].startswith(f"{year}/")]
    assert added["number"] == f"{year}/{len(this_year) + 1:04}"
    moved = run(capsys, *base, "matters", "move", str(added["id"]), "engaged")
    assert moved["activity_id"] > data["activities"] - 1
    shown = run(capsys, *base, "matters", "show", str(listed[0]["id"]), "--limit", "5")
    assert shown["number"] == listed[0]["number"] and shown["parties"]
