from sqlalchemy import func, select

from smallcrm.core.interop.records import ContactRecord, Labeled, Problem
from smallcrm.core.models import Contact, ContactMethod, Organization
from smallcrm.core.services import address_book as book
from smallcrm.core.services.importer import import_records


def person(line: int, given: str, family: str, *, email="", phone="", org="", **kw):
    return ContactRecord(
        given_name=given,
        family_name=family,
        organization=org,
        emails=[Labeled(email, "work")] if email else [],
        phones=[Labeled(phone, "mobile")] if phone else [],
        source_line=line,
        **kw,
    )


def people_file():
    return [
        person(1, "Jana", "Nováková", email="jana@akn.cz", phone="602 123 456", org="AKN s.r.o."),
        person(5, "Petr", "Dvořák", email="petr@dvorak.cz"),
        person(9, "Олена", "Шевченко", phone="+380 44 123 4567"),
        ContactRecord(source_line=12, notes="no name, no e-mail, no phone"),
    ]


def counts(database):
    with database.session_scope() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))
            for model in (Contact, Organization)
        )


def test_import_creates_and_reports_bad_records_by_line(database):
    with database.session_scope() as s:
        report = import_records(
            s, people_file(), source="a.vcf", problems=[Problem("a.vcf", 20, "PHOTO broken")]
        )
    assert (report.imported, report.updated) == (3, 0)
    assert report.as_json()["skipped"] == [
        {"file": "a.vcf", "line": 20, "reason": "PHOTO broken"},
        {"file": "a.vcf", "line": 12, "reason": "A contact needs a name, an organisation, "
         "an e-mail or a phone."},
    ]  # fmt: skip
    assert counts(database) == (3, 1)  # Jana's employer was created too


def test_reimporting_the_same_file_creates_no_duplicate(database):
    for _ in range(2):
        with database.session_scope() as s:
            report = import_records(s, people_file(), source="a.vcf")
    assert (report.imported, report.updated, report.unchanged) == (0, 0, 3)
    assert counts(database) == (3, 1)
    with database.session_scope() as s:
        emails = s.scalars(select(ContactMethod.value).where(ContactMethod.kind == "email")).all()
    assert sorted(emails) == ["jana@akn.cz", "petr@dvorak.cz"]


def test_matches_by_phone_in_another_format_and_by_name_in_organisation(database):
    with database.session_scope() as s:
        import_records(s, people_file(), source="a.vcf")
    again = [
        person(1, "Jana", "Nováková", phone="+420602123456", position="Partner"),
        person(2, "Jana", "Nováková", org="akn S.R.O.", email="jana.private@gmail.com"),
        person(3, "Petr", "Dvořák", phone="777 000 111", org="Jiná firma"),  # another Petr
        person(4, "Олена", "Шевченко"),  # nothing but the name: the same person
    ]
    with database.session_scope() as s:
        report = import_records(s, again, source="b.csv")
    # Олена's name-only record adds nothing new: matched, unchanged.
    assert (report.imported, report.updated, report.unchanged) == (1, 2, 1)
    with database.session_scope() as s:
        jana = s.scalar(select(Contact.id).where(Contact.given_name == "Jana"))
        record = book.record_of(s, book.Ref("person", jana))
    assert record.position == "Partner"
    assert [e.value for e in record.emails] == ["jana@akn.cz", "jana.private@gmail.com"]
    assert [p.value for p in record.phones] == ["602 123 456"]  # the same number, kept once


def test_skip_leaves_matches_untouched_and_says_why(database):
    with database.session_scope() as s:
        import_records(s, people_file(), source="a.vcf")
    with database.session_scope() as s:
        report = import_records(
            s, [person(7, "Jana", "Novák-Nováková", email="JANA@AKN.CZ")], source="c.vcf",
            on_match="skip",
        )  # fmt: skip
    assert report.imported == report.updated == 0
    (problem,) = report.skipped
    assert problem.line == 7 and "same e-mail jana@akn.cz" in problem.reason
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 3


def test_duplicates_inside_one_file_become_one_contact(database):
    twice = [
        person(1, "Jan", "Svoboda", email="jan@svoboda.cz"),
        person(8, "Jan", "Svoboda", email="jan@svoboda.cz", phone="777 888 999"),
    ]
    with database.session_scope() as s:
        report = import_records(s, twice, source="d.vcf")
    assert (report.imported, report.updated) == (1, 1)
    assert counts(database) == (1, 0)


def test_undo_takes_the_whole_import_back(database):
    with database.session_scope() as s:
        first = import_records(s, people_file(), source="a.vcf")
    with database.session_scope() as s:
        second = import_records(
            s,
            [person(1, "Jana", "Nováková", email="jana@akn.cz", position="Partner"),
             person(2, "Nový", "Klient", email="novy@klient.cz", org="Nová firma a.s.")],
            source="e.vcf",
        )  # fmt: skip
    assert (second.imported, second.updated) == (1, 1)
    assert counts(database) == (4, 2)
    with database.session_scope() as s:
        assert book.undo(s, second.batch) == 3  # Jana restored, Nový and his firm removed
    assert counts(database) == (3, 1)
    with database.session_scope() as s:
        assert s.scalar(select(Contact.position).where(Contact.given_name == "Jana")) is None
    with database.session_scope() as s:
        book.undo(s, first.batch)
    assert counts(database) == (0, 0)


def test_organisations_match_by_registry_number(database):
    org = ContactRecord(
        kind="organization", display_name="Dvořák a.s.", ids={"registry": "25596641"}
    )
    renamed = ContactRecord(
        kind="organization", display_name="Dvořák Holding a.s.", ids={"registry": "25596641"}
    )
    with database.session_scope() as s:
        import_records(s, [org], source="o.csv")
        report = import_records(s, [renamed], source="o2.csv")
    assert report.updated == 1 and counts(database) == (0, 1)
