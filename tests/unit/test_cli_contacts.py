"""`smallcrm import / export / contacts`: real files in, real files out, through the CLI."""

import json
from pathlib import Path

import pytest

from smallcrm.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
VCARDS = sorted((DATA / "vcard").glob("*.vcf"))
CSVS = sorted(p for p in (DATA / "csv").iterdir() if p.suffix in (".csv", ".txt"))

KEYS = {
    "id", "kind", "display_name", "given_name", "family_name", "organization", "position",
    "emails", "phones", "addresses", "birthday", "tags", "urls", "ids", "notes",
}  # fmt: skip


def run(capsys, *argv):
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def listing(capsys, home, query=""):
    items = run(capsys, "--home", str(home), "contacts", "list", "--query", query, "--limit", "0")
    for item in items:
        item.pop("id")
    return sorted(items, key=lambda i: (i["kind"], i["display_name"], json.dumps(i)))


def test_import_reports_in_the_documented_shape_and_reimport_adds_nothing(tmp_path, capsys):
    home = str(tmp_path / "firm")
    files = [str(p) for p in VCARDS]
    first = run(capsys, "--home", home, "import", "vcard", *files)
    assert set(first) == {"imported", "updated", "unchanged", "skipped", "batch"}
    assert first["imported"] > 50
    for problem in first["skipped"]:
        assert set(problem) == {"file", "line", "reason"} and problem["line"] >= 0
    assert any(p["file"].endswith("aosp_malformed_photo_base64.vcf") for p in first["skipped"])
    before = listing(capsys, home)
    again = run(capsys, "--home", home, "import", "vcard", *files)
    # No new contact. (Some sample cards of different people share one e-mail address, so
    # they are one contact to us and the later card updates it: those count as updated.)
    assert again["imported"] == 0 and again["unchanged"] > 40
    assert len(listing(capsys, home)) == len(before)
    skipped = run(capsys, "--home", home, "import", "vcard", *files, "--on-match", "skip")
    assert skipped["imported"] == skipped["updated"] == 0
    assert any("skipped" in p["reason"] for p in skipped["skipped"])


def test_import_undo_takes_the_batch_back(tmp_path, capsys):
    home = str(tmp_path / "firm")
    batch = run(capsys, "--home", home, "import", "csv", *map(str, CSVS))
    assert batch["imported"] > 0
    assert listing(capsys, home)
    undone = run(capsys, "--home", home, "import", "undo", str(batch["batch"]))
    assert undone["undone"] >= batch["imported"]
    assert listing(capsys, home) == []
    assert main(["--home", home, "import", "undo", str(batch["batch"])]) == 2  # only once
    assert "already undone" in capsys.readouterr().err


def test_contacts_show_and_search_fold_diacritics(tmp_path, capsys):
    home = str(tmp_path / "firm")
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:JUDr. Jana Nováková\r\nN:Nováková;Jana;;JUDr.;\r\n"
        "ORG:Advokátní kancelář Nováková\r\nTITLE:Partnerka\r\nBDAY:--0229\r\n"
        "EMAIL;TYPE=work:jana@akn.cz\r\nTEL;TYPE=cell:602 123 456\r\n"
        "ADR;TYPE=work:;;Náměstí Míru 1;Praha;;120 00;CZ\r\nCATEGORIES:klient\r\n"
        "END:VCARD\r\n"
    )
    path = tmp_path / "jana.vcf"
    path.write_text(card, encoding="utf-8")
    run(capsys, "--home", home, "import", "vcard", str(path))
    (hit,) = [i for i in listing(capsys, home, "novakova") if i["kind"] == "person"]
    assert listing(capsys, home, "NOVÁK jan") == [hit]
    assert listing(capsys, home, "602123") and listing(capsys, home, "praha")
    ids = run(capsys, "--home", home, "contacts", "list", "--query", "jana")
    shown = run(capsys, "--home", home, "contacts", "show", str(ids[0]["id"]))
    assert set(shown) >= KEYS
    assert shown["display_name"] == "JUDr. Jana Nováková" == hit["display_name"]
    assert (shown["given_name"], shown["family_name"]) == ("Jana", "Nováková")
    assert shown["organization"] == "Advokátní kancelář Nováková"
    assert shown["phones"] == [{"value": "+420602123456", "raw": "602 123 456", "label": "mobile"}]
    assert shown["birthday"] == "--02-29" and shown["tags"] == ["klient"]
    assert shown["addresses"][0]["city"] == "Praha"


@pytest.mark.parametrize(("fmt", "extra"), [("vcard", ["--vcard-version", "4.0"]),
                                            ("vcard", ["--vcard-version", "3.0"]),
                                            ("csv", [])])  # fmt: skip
def test_export_then_import_gives_the_same_address_book(tmp_path, capsys, fmt, extra):
    source, copy = str(tmp_path / "source"), str(tmp_path / "copy")
    run(capsys, "--home", source, "import", "vcard", *map(str, VCARDS))
    run(capsys, "--home", source, "import", "csv", *map(str, CSVS))
    out = tmp_path / f"export.{fmt}"
    exported = run(capsys, "--home", source, "export", fmt, str(out), *extra)
    assert exported["exported"] == len(listing(capsys, source))
    run(capsys, "--home", copy, "import", fmt, str(out))
    assert listing(capsys, copy) == listing(capsys, source)


def test_unreadable_files_are_a_clear_error(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "import", "vcard", str(tmp_path / "missing.vcf")]) == 2
    assert "Cannot read" in capsys.readouterr().err
    assert main(["--home", str(tmp_path), "import", "undo", "x"]) == 2


def test_dedupe_lists_pairs_with_scores_and_reasons(tmp_path, capsys):
    home = str(tmp_path / "firm")
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
    pairs = run(capsys, "--home", home, "dedupe")
    assert len(pairs) == 1
    (pair,) = pairs
    assert {pair["first"]["name"], pair["second"]["name"]} == {"Jana Nováková", "Jana Novakova"}
    assert pair["score"] > 0 and pair["reasons"]
