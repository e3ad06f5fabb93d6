import pytest

from smallcrm.core.demo import fill_demo
from smallcrm.core.interop.records import ContactRecord, Labeled, PartialDate
from smallcrm.core.services import address_book as book
from smallcrm.core.services.duplicates import DuplicatePair, find_duplicates, name_key


def person(given: str, family: str, **fields) -> ContactRecord:
    return ContactRecord(given_name=given, family_name=family, **fields)


def save(database, *records: ContactRecord) -> list[int]:
    with database.session_scope() as s:
        return [book.save_record(s, r).id for r in records]


def scan(database, **kwargs) -> list[DuplicatePair]:
    with database.session_scope() as s:
        return find_duplicates(s, **kwargs)


def pair_of(pairs: list[DuplicatePair], a: int, b: int) -> DuplicatePair:
    found = [p for p in pairs if (p.first_id, p.second_id) == (min(a, b), max(a, b))]
    assert found, f"no pair for {a}, {b} in {pairs}"
    return found[0]


def test_name_key_folds_and_sorts():
    assert name_key("Nováková, Jana") == name_key("jana NOVAKOVA") == "jana novakova"


def test_shared_email_in_a_different_case(database):
    a, b = save(
        database,
        person("Jana", "Nováková", emails=[Labeled("Jana.Novakova@AKN.cz")]),
        ContactRecord(emails=[Labeled("jana.novakova@akn.cz")]),  # named by its e-mail only
    )
    pair = pair_of(scan(database), a, b)
    assert pair.kind == "person" and pair.first_id == a < pair.second_id == b
    assert "same e-mail jana.novakova@akn.cz" in pair.reasons
    assert pair.first_name == "Jana Nováková"


def test_shared_phone_written_differently(database):
    a, b = save(
        database,
        person("Petr", "Svoboda", phones=[Labeled("+420 602 123 456")]),
        ContactRecord(phones=[Labeled("602123456")], notes="called from this number"),
    )
    pair = pair_of(scan(database), a, b)
    assert "same phone +420602123456" in pair.reasons


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        (("Jana", "Nováková"), ("Nováková", "Jana"), "same name"),  # swapped order
        (("Jan", "Novák"), ("Jan", "Novak"), "same name"),  # diacritics
        (("Jana", "Nováková"), ("Jana", "Novákova"), "same name"),  # typo in an accent
        (("Aleksandra", "Kowalczyk"), ("Alexandra", "Kowalczyk"), "names alike (92)"),
        (("Kateřina", "Dvořáková"), ("Katerina", "Dvorakovaa"), "names alike"),
        (("Jana", "Nováková"), ("Jana", "Noxáková"), "names alike"),  # typo in the 3rd letter
    ],
)
def test_name_variants_pair(database, first, second, reason):
    a, b = save(database, person(*first), person(*second))
    pair = pair_of(scan(database), a, b)
    assert any(r.startswith(reason) for r in pair.reasons), pair.reasons


def test_swapped_display_name_is_one_name(database):
    a, b = save(database, ContactRecord(display_name="Nováková Jana"), person("Jana", "Nováková"))
    pair = pair_of(scan(database), a, b)
    assert pair.reasons == ["same name: Nováková Jana / Jana Nováková"]


def test_same_organisation_counts_and_initials_pair_within_it(database):
    a, b, c = save(
        database,
        person("Jana", "Nováková", organization="AKN s.r.o."),
        person("J.", "Nováková", organization="AKN s.r.o."),
        person("Jana", "Nováková", organization="Jiná firma a.s."),
    )
    pairs = scan(database)
    inside = pair_of(pairs, a, b)
    assert "same organisation AKN s.r.o." in inside.reasons
    outside = pair_of(pairs, a, c)
    assert not any("organisation" in r for r in outside.reasons)
    # "J." is Jana only where the firm says so: no pair across firms.
    assert (b, c) not in {(p.first_id, p.second_id) for p in pairs}


def test_organisations_with_the_same_registry_number_or_name(database):
    with database.session_scope() as s:
        x = book.save_record(s, ContactRecord(kind="organization", display_name="AKN s.r.o.",
                                              ids={"registry": "27074358"})).id  # fmt: skip
        y = book.save_record(s, ContactRecord(kind="organization", display_name="AKN, s.r.o.")).id
        z = book.save_record(s, ContactRecord(kind="organization", display_name="Akn spol",
                                              ids={"registry": "27 074 358"})).id  # fmt: skip
    pairs = [p for p in scan(database) if p.kind == "organization"]
    assert "same name: AKN s.r.o. / AKN, s.r.o." in pair_of(pairs, x, y).reasons
    assert "same registry number 27074358" in pair_of(pairs, x, z).reasons


def test_different_people_do_not_pair(database):
    save(
        database,
        person("Jana", "Nováková", emails=[Labeled("jana@akn.cz")], phones=[Labeled("602123456")]),
        person("Petr", "Svoboda", emails=[Labeled("petr@svoboda.cz")]),
        person("Olena", "Шевченко"),
        person("Jan", "Novák", emails=[Labeled("jan@novak.cz")]),  # her husband, not her
        person("Tomasz", "Kowalski", phones=[Labeled("+48 601 222 333")]),
    )
    assert scan(database) == []


def test_same_name_with_contradicting_facts_is_not_shown(database):
    a, b = save(
        database,
        person("Jan", "Novák", emails=[Labeled("jan@a.cz")], birthday=PartialDate(1, 2, 1960)),
        person("Jan", "Novák", emails=[Labeled("jan@b.cz")], birthday=PartialDate(3, 4, 1990)),
    )
    assert scan(database) == []
    pair = pair_of(scan(database, min_score=0), a, b)
    assert "but different birthdays 1960-01-02 / 1990-03-04" in pair.reasons


def test_ranking_strongest_evidence_first(database):
    ids = save(
        database,
        person("Jana", "Nováková", emails=[Labeled("jana@akn.cz")], phones=[Labeled("602123456")]),
        person("Jana", "Novakova", emails=[Labeled("JANA@akn.cz")], phones=[Labeled("602123456")]),
        person("Pavel", "Dvořák"),
        person("Pavel", "Dvorak"),
        person("Aleksandra", "Kowalczyk"),
        person("Alexandra", "Kowalczyk"),
    )
    pairs = scan(database)
    assert [(p.first_id, p.second_id) for p in pairs] == [
        (ids[0], ids[1]),
        (ids[2], ids[3]),
        (ids[4], ids[5]),
    ]
    assert pairs[0].score == 100 and pairs[0].score > pairs[1].score > pairs[2].score
    assert [(p.first_id, p.second_id) for p in scan(database, limit=2)] == [
        (ids[0], ids[1]),
        (ids[2], ids[3]),
    ]


def test_trashed_contacts_are_ignored(database):
    a, b = save(database, person("Jana", "Nováková"), person("Jana", "Nováková"))
    with database.session_scope() as s:
        book.trash(s, [book.Ref("person", b)])
    assert scan(database) == []


def test_a_large_demo_book_does_not_pair_everyone(database):
    n = 20_000
    fill_demo(database, contacts=n, seed=7)
    pairs = scan(database)
    assert len(pairs) < n // 20
    assert all(p.reasons and 0 < p.score <= 100 and p.first_id < p.second_id for p in pairs)
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    assert len({(p.kind, p.first_id, p.second_id) for p in pairs}) == len(pairs)
