import pytest
from sqlalchemy import func, select

from smallcrm.core.errors import KnownError
from smallcrm.core.interop.records import Address, ContactRecord, Labeled, PartialDate
from smallcrm.core.models import ChangeSet, Contact, ContactMethod, Organization, Relation
from smallcrm.core.services import address_book as book
from smallcrm.core.services.address_book import Ref


def jana(**changes) -> ContactRecord:
    record = ContactRecord(
        title="JUDr.",
        given_name="Jana",
        family_name="Nováková",
        suffix="Ph.D.",
        organization="Advokátní kancelář Nováková s.r.o.",
        position="Partner",
        birthday=PartialDate(2, 29, None),
        emails=[Labeled("Jana.Novakova@AKN.cz", "work")],
        phones=[Labeled("602 123 456", "mobile"), Labeled("ask reception", "work")],
        addresses=[
            Address(
                street="Náměstí Míru 1", city="Praha", postcode="120 00", country="CZ", label="work"
            )
        ],  # fmt: skip
        urls=[Labeled("https://akn.cz", "work")],
        notes="Klientka od 2019.\nPreferuje e-mail.",
        tags=["klient", "VIP"],
        ids={"personal": "8552291234"},
    )
    for key, value in changes.items():
        setattr(record, key, value)
    return record


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_a_saved_person_reads_back_as_the_same_record(database):
    with database.session_scope() as s:
        ref = book.save_record(s, jana())
    with database.session_scope() as s:
        back = book.record_of(s, ref)
        employer = s.scalars(select(Organization.name)).one()
    expected = jana()
    expected.display_name = "Jana Nováková"
    expected.emails = [Labeled("Jana.Novakova@akn.cz", "work")]  # domain lower-cased
    expected.tags = ["VIP", "klient"]
    assert back == expected
    assert employer == "Advokátní kancelář Nováková s.r.o."


def test_phones_are_stored_in_e164_and_shown_in_json(database):
    with database.session_scope() as s:
        ref = book.save_record(s, jana())
        data = book.contact_json(s, ref)
    assert data["phones"] == [
        {"value": "+420602123456", "raw": "602 123 456", "label": "mobile"},
        {"value": "ask reception", "raw": "ask reception", "label": "work"},
    ]
    assert data["phones_display"][0] == "602 123 456"
    assert data["birthday"] == "--02-29"
    assert data["organization"] == "Advokátní kancelář Nováková s.r.o."
    assert data["addresses"][0]["postcode"] == "120 00"
    assert data["kind"] == "person" and data["ids"] == {"personal": "8552291234"}


def test_search_text_is_folded_and_complete(database):
    with database.session_scope() as s:
        ref = book.save_record(s, jana())
        text = s.scalar(select(Contact.search_text).where(Contact.id == ref.id))
    for word in ("novakova", "jana", "judr", "advokatni", "602123456", "praha", "akn"):
        assert word in text.split()


def test_the_same_employer_is_reused_by_folded_name(database):
    with database.session_scope() as s:
        book.save_record(s, jana())
        book.save_record(
            s, jana(given_name="Petr", organization="ADVOKÁTNÍ KANCELÁŘ NOVÁKOVÁ S.R.O.")
        )
        assert count(s, Organization) == 1 and count(s, Relation) == 2


def test_a_record_without_any_name_is_refused(database):
    with pytest.raises(KnownError, match="needs a name"), database.session_scope() as s:
        book.save_record(s, ContactRecord())


def test_trash_and_undo(database):
    with database.session_scope() as s:
        ref = book.save_record(s, jana())
        change = book.trash(s, [ref])
        assert s.scalar(select(Contact.deleted_at).where(Contact.id == ref.id)) is not None
    with database.session_scope() as s:
        assert book.undo(s, change) == 1
        assert s.scalar(select(Contact.deleted_at).where(Contact.id == ref.id)) is None
        with pytest.raises(KnownError, match="already undone"):
            book.undo(s, change)


def test_snapshot_restores_a_deleted_aggregate_exactly(database):
    with database.session_scope() as s:
        ref = book.save_record(s, jana(photo=b"\x89PNG\r\n", photo_mime="image/png"))
        other = book.save_record(s, jana(given_name="Petr", emails=[], phones=[]))
        s.add(
            Relation(contact_id=other.id, other_contact_id=ref.id, kind="personal", role="spouse")
        )
        s.flush()
        before = book.record_of(s, ref)
        data = book.snapshot(s, ref)
        s.execute(Contact.__table__.delete().where(Contact.id == ref.id))
        assert book.record_of(s, other).given_name == "Petr"
        assert count(s, ContactMethod) == 2  # Petr's address and web link remain
    with database.session_scope() as s:
        book.restore(s, data)
    with database.session_scope() as s:
        assert book.record_of(s, ref) == before
        assert s.scalar(select(Relation.role).where(Relation.kind == "personal")) == "spouse"


def test_undo_of_an_unknown_change_is_a_known_error(database):
    with pytest.raises(KnownError), database.session_scope() as s:
        book.undo(s, 12345)


def test_organisations_keep_their_ids(database):
    record = ContactRecord(kind="organization", display_name="Dvořák a.s.",
                           ids={"registry": "25596641", "tax": "CZ25596641"},
                           emails=[Labeled("info@dvorak.cz")])  # fmt: skip
    with database.session_scope() as s:
        ref = book.save_record(s, record)
        assert ref == Ref("organization", ref.id)
        back = book.record_of(s, ref)
        assert back.ids == {"registry": "25596641", "tax": "CZ25596641"}
        assert back.display_name == "Dvořák a.s." and back.emails[0].value == "info@dvorak.cz"
        assert count(s, ChangeSet) == 0


def test_clearing_the_organisation_keeps_past_jobs(database):
    from datetime import date

    with database.session_scope() as s:
        ref = book.save_record(s, jana())
        old = book.save_record(s, ContactRecord(kind="organization", display_name="Stará firma"))
        s.add(
            Relation(
                contact_id=ref.id,
                organization_id=old.id,
                kind="employment",
                role="Koncipientka",
                since=date(2010, 1, 1),
                until=date(2014, 12, 31),
            )
        )
    with database.session_scope() as s:
        book.save_record(s, jana(organization=""), ref=ref)
        jobs = s.execute(select(Relation.role, Relation.until).where(Relation.contact_id == ref.id))
        assert jobs.all() == [("Koncipientka", date(2014, 12, 31))]


def test_a_tag_longer_than_the_column_is_found_again(database):
    from smallcrm.core.models import Tag
    from smallcrm.core.services.importer import import_records

    long_tag = "Klient " + "x" * 150
    with database.session_scope() as s:
        book.save_record(s, ContactRecord(given_name="Eva", family_name="Malá", tags=[long_tag]))
        book.save_record(s, ContactRecord(given_name="Petr", family_name="Malý", tags=[long_tag]))
    with database.session_scope() as s:
        report = import_records(
            s,
            [
                ContactRecord(given_name="Jan", family_name="Dlouhý", tags=[long_tag]),
                ContactRecord(given_name="Iva", family_name="Krátká", tags=[long_tag + "  "]),
            ],
            source="tags.vcf",
        )
        assert report.imported == 2 and not report.skipped
    with database.session_scope() as s:
        assert s.scalars(select(Tag.name)).all() == [long_tag[:100]]
        assert count(s, Contact) == 4


def test_undo_after_a_later_tie_took_the_old_id(database):
    """SQLite gives a deleted row's id to the next insert; undo must not trip over it."""
    from smallcrm.core.services.address_book import ChangeRecorder

    with database.session_scope() as s:
        jana_ref = book.save_record(s, jana())  # her job is the newest tie
        petr = book.save_record(s, ContactRecord(given_name="Petr", family_name="Malý"))
        before = sorted(
            (r.contact_id, r.organization_id, r.role) for r in s.scalars(select(Relation))
        )
        old_ids = s.scalars(select(Relation.id)).all()
    with database.session_scope() as s:
        recorder = ChangeRecorder(s, "edit", "Jana leaves the firm")
        recorder.before_update(jana_ref)
        book.save_record(s, jana(organization=""), ref=jana_ref, recorder=recorder)
        change = recorder.id
    with database.session_scope() as s:  # later, outside that change: Petr joins a firm
        book.save_record(
            s, ContactRecord(given_name="Petr", family_name="Malý", organization="AKN s.r.o."),
            ref=petr,
        )  # fmt: skip
        assert set(s.scalars(select(Relation.id)).all()) & set(old_ids)  # the id was reused
    with database.session_scope() as s:
        book.undo(s, change)
    with database.session_scope() as s:
        ties = sorted(
            (r.contact_id, r.organization_id, r.role) for r in s.scalars(select(Relation))
        )
        assert [t for t in ties if t[0] == jana_ref.id] == [
            t for t in before if t[0] == jana_ref.id
        ]
        assert any(t[0] == petr.id for t in ties)
