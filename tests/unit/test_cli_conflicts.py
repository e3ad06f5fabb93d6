"""`smallcrm conflicts NAME... [--id] [--email] --json`: ranked hits as JSON."""

import json

from smallcrm.cli import main
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord
from smallcrm.core.models import Correspondent, Organization
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import matters
from smallcrm.core.services.matters import MatterInput


def run(capsys, *argv):
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def test_conflicts_prints_ranked_hits(tmp_path, capsys):
    home = str(tmp_path / "firm")
    run(capsys, "--home", home, "db", "upgrade")
    database = Database(Profile.open(home).url)
    try:
        with database.session_scope() as s:
            jana = book.save_record(s, ContactRecord(given_name="Jana", family_name="Nováková"))
            firm = book.save_record(
                s, ContactRecord(kind="organization", organization="Pravník", legal_form="s.r.o.")
            )
            s.query(Organization).filter_by(id=firm.id).update({"registry_id": "27082440"})
            old = matters.create_matter(s, MatterInput("Lease"), [(jana, "client")])
            closed = next(st.id for st in matters.stages(s) if st.phase == "closed")
            matters.move_stage(s, old, closed)
            s.add(Correspondent(address="o.shevchenko@mail.ua", name="Олена Шевченко"))
    finally:
        database.dispose()

    hits = run(capsys, "--home", home, "conflicts", "Novakova Jana", "Olena Shevchenko")
    assert [(h["entity"]["type"], h["entity"]["display_name"]) for h in hits] == [
        ("person", "Jana Nováková"),
        ("correspondent", "Олена Шевченко"),
    ]
    first = hits[0]
    assert 0 < first["score"] <= 1 and "word order" in first["reason"]
    assert first["role"] == "client"
    assert first["matter"]["id"] == old and first["matter"]["open"] is False
    assert first["matter"]["phase"] == "closed" and first["matter"]["number"]
    assert hits[1]["matter"] is None and "Cyrillic and Latin" in hits[1]["reason"]

    by_id = run(capsys, "--home", home, "conflicts", "Whatever a.s.", "--id", "CZ 270 82 440")
    assert by_id[0]["score"] == 1.0 and by_id[0]["entity"]["id"] == firm.id
    assert "registry ID" in by_id[0]["reason"]
    assert run(capsys, "--home", home, "conflicts", "Zdeněk Nepoznaný") == []
    by_mail = run(capsys, "--home", home, "conflicts", "--email", "O.Shevchenko@mail.ua")
    assert by_mail[0]["entity"]["type"] == "correspondent"
