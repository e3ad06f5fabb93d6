"""`smallcrm dedupe`: list likely duplicates, mark a pair as not duplicates, take it back."""

import json

from smallcrm.cli import main


def run(capsys, *argv):
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def import_people(tmp_path, capsys, home: str) -> dict[str, int]:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{fn}\r\nN:{n}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"
        for fn, n, email in (
            ("Jana Nováková", "Nováková;Jana;;;", "jana@akn.cz"),
            ("Jana Novakova", "Novakova;Jana;;;", "jana.novakova@gmail.com"),
            ("Petr Svoboda", "Svoboda;Petr;;;", "petr@svoboda.cz"),
        )
    )
    path = tmp_path / "people.vcf"
    path.write_text(cards, encoding="utf-8")
    run(capsys, "--home", home, "import", "vcard", str(path))
    items = run(capsys, "--home", home, "contacts", "list", "--limit", "0")
    return {item["display_name"]: item["id"] for item in items}


def test_dismiss_hides_the_pair_and_undismiss_brings_it_back(tmp_path, capsys):
    home = str(tmp_path / "firm")
    ids = import_people(tmp_path, capsys, home)
    a, b = ids["Jana Nováková"], ids["Jana Novakova"]
    (pair,) = run(capsys, "--home", home, "dedupe")
    assert (pair["first"]["id"], pair["second"]["id"]) == (min(a, b), max(a, b))
    assert pair["dismissed"] is False

    # The ids in either order; JSON says what happened.
    done = run(capsys, "--home", home, "dedupe", "dismiss", str(max(a, b)), str(min(a, b)))
    assert done == {
        "kind": "person",
        "first": min(a, b),
        "second": max(a, b),
        "dismissed": True,
        "changed": True,
    }
    assert run(capsys, "--home", home, "dedupe", "dismiss", str(a), str(b))["changed"] is False
    assert run(capsys, "--home", home, "dedupe") == []
    (listed,) = run(capsys, "--home", home, "dedupe", "dismissed")
    assert {listed["first"]["name"], listed["second"]["name"]} == {"Jana Nováková", "Jana Novakova"}
    assert listed["dismissed_at"]

    # Plain text for people, too.
    assert main(["--home", home, "dedupe", "dismissed"]) == 0
    assert "Jana Nováková" in capsys.readouterr().out

    undone = run(capsys, "--home", home, "dedupe", "undismiss", str(a), str(b))
    assert undone["changed"] is True and undone["dismissed"] is False
    assert len(run(capsys, "--home", home, "dedupe")) == 1
    assert run(capsys, "--home", home, "dedupe", "dismissed") == []


def test_dismissing_a_wrong_pair_is_a_clear_error(tmp_path, capsys):
    home = str(tmp_path / "firm")
    ids = import_people(tmp_path, capsys, home)
    a = ids["Jana Nováková"]
    assert main(["--home", home, "dedupe", "dismiss", str(a), "999999"]) == 2
    assert "Contact 999999 does not exist" in capsys.readouterr().err
    assert main(["--home", home, "dedupe", "dismiss", str(a), str(a), "--json"]) == 2
    assert "same record" in json.loads(capsys.readouterr().out)["error"]
    # --organization: the ids are organisations, and these are people's.
    b = ids["Jana Novakova"]
    assert main(["--home", home, "dedupe", "dismiss", str(a), str(b), "--organization"]) == 2
    assert "Organisation" in capsys.readouterr().err
