"""The conflict check on a real database (SQLite; PostgreSQL at the end)."""

import pytest
from sqlalchemy import text, update
from sqlalchemy.exc import DatabaseError

from smallcrm.core import migrate
from smallcrm.core.db import Database
from smallcrm.core.interop.records import ContactRecord, Labeled
from smallcrm.core.models import Correspondent, Organization
from smallcrm.core.paths import Profile
from smallcrm.core.services import address_book as book
from smallcrm.core.services import conflicts, matters
from smallcrm.core.services.conflicts import InvalidDecision, PartyName
from smallcrm.core.services.matters import MatterInput


def person(s, given, family, email=""):
    emails = [Labeled(email)] if email else []
    return book.save_record(s, ContactRecord(given_name=given, family_name=family, emails=emails))


def organization(s, name, legal_form="", registry_id=None):
    ref = book.save_record(
        s, ContactRecord(kind="organization", organization=name, legal_form=legal_form)
    )
    if registry_id:
        s.execute(
            update(Organization).where(Organization.id == ref.id).values(registry_id=registry_id)
        )
    return ref


def stage_id(s, key):
    return next(st.id for st in matters.stages(s) if st.key == key)


def hits_for(s, name, **kw):
    return conflicts.run_check(s, [PartyName(name, **kw)])


def names(hits):
    return [h.entity.display_name for h in hits]


def test_names_meet_across_diacritics_scripts_order_and_legal_forms(database):
    with database.session_scope() as s:
        person(s, "Jiří", "Šťastný")
        person(s, "Олена", "Шевченко")
        person(s, "Olena", "Kovalenko")
        organization(s, "Pravník", "s.r.o.")
        organization(s, "Dvořák & partneři", "s.r.o.", registry_id="27082440")
    with database.session_scope() as s:
        found = hits_for(s, "Jiri Stastny")  # no diacritics
        assert names(found) == ["Jiří Šťastný"]
        assert found[0].score == 1.0 and found[0].reason.startswith("same name")
        found = hits_for(s, "Šťastný Jiří")  # reversed order
        assert names(found) == ["Jiří Šťastný"] and "word order" in found[0].reason
        found = hits_for(s, "Olena Shevchenko")  # Latin for a Cyrillic record
        assert names(found) == ["Олена Шевченко"]
        assert "Cyrillic and Latin" in found[0].reason and found[0].score >= 0.9
        found = hits_for(s, "Шевченко Олена")  # and back, reversed
        assert names(found)[0] == "Олена Шевченко"
        # Legal forms are set aside: another spelling of one form, or none at all.
        assert names(hits_for(s, "Pravník spol. s r.o.")) == ["Pravník"]
        assert names(hits_for(s, "PRAVNIK")) == ["Pravník"]
        assert hits_for(s, "Pravník", kind="organization")[0].score >= 0.9
        # The registry id wins whatever the name.
        by_id = hits_for(s, "Someone Else a.s.", registry_id="CZ27082440")
        assert names(by_id) == ["Dvořák & partneři"]
        assert by_id[0].score == 1.0 and by_id[0].basis == "registry_id"
        assert hits_for(s, "Zdeněk Nepoznaný") == []


def test_a_former_client_on_a_closed_matter_shows_with_its_role(database):
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        petr = person(s, "Petr", "Dvořák")
        old = matters.create_matter(
            s, MatterInput("Lease 2019"), [(jana, "client"), (petr, "opposing_party")]
        )
        matters.move_stage(s, old, stage_id(s, "closed"))
        other = matters.create_matter(s, MatterInput("Sale"), [(jana, "witness")])
    with database.session_scope() as s:
        found = hits_for(s, "Jana Novakova")
        by_matter = {h.matter.id: h for h in found}
        assert set(by_matter) == {old, other}
        assert by_matter[old].role == "client" and not by_matter[old].matter.open
        assert by_matter[old].matter.phase == "closed"
        assert by_matter[other].role == "witness" and by_matter[other].matter.open
        # Same score: the more recent matter first.
        assert found[0].matter.id == other
        opposing = hits_for(s, "Dvořák Petr")
        assert opposing[0].role == "opposing_party" and opposing[0].matter.number


def test_an_opposing_party_known_only_from_mail_is_found(database):
    with database.session_scope() as s:
        s.add(Correspondent(address="m.horak@stavby-horak.cz", name="Martin Horák"))
        s.add(Correspondent(address="info@nobody.cz", name=None))
    with database.session_scope() as s:
        found = hits_for(s, "Horak Martin")
        assert [(h.entity.type, h.entity.display_name) for h in found] == [
            ("correspondent", "Martin Horák")
        ]
        assert found[0].matter is None
        by_mail = hits_for(s, "Someone", email="M.Horak@Stavby-Horak.cz")
        assert by_mail[0].entity.type == "correspondent" and by_mail[0].basis == "email"


def test_keys_follow_edits_trash_undo_and_merges(database):
    with database.session_scope() as s:
        ref = person(s, "Karel", "Veselý")
    with database.session_scope() as s:
        assert names(hits_for(s, "Karel Vesely")) == ["Karel Veselý"]
        book.save_record(s, ContactRecord(given_name="Karel", family_name="Smutný"), ref=ref)
    with database.session_scope() as s:
        assert hits_for(s, "Karel Vesely") == []
        assert names(hits_for(s, "Karel Smutny")) == ["Karel Smutný"]
        change = book.trash(s, [ref])
    with database.session_scope() as s:
        assert hits_for(s, "Karel Smutny") == []  # the trash is not searched
        book.undo(s, change)
    with database.session_scope() as s:
        assert names(hits_for(s, "Karel Smutny")) == ["Karel Smutný"]
        # An e-mail added to the card is found; the marks are all cleared.
        book.save_record(
            s,
            ContactRecord(given_name="Karel", family_name="Smutný", emails=[Labeled("ks@x.cz")]),
            ref=ref,
        )
    with database.session_scope() as s:
        assert hits_for(s, "", email="KS@x.cz")[0].entity.id == ref.id
        assert conflicts.dirty_count(s) == 0
        twin = person(s, "Karel", "Smutny")
    from smallcrm.core.services.merge import merge_contacts

    with database.session_scope() as s:
        assert len(hits_for(s, "Karel Smutný")) == 2
        merge_contacts(s, ref.id, twin.id)
    with database.session_scope() as s:
        assert [h.entity.id for h in hits_for(s, "Karel Smutný")] == [ref.id]


def test_a_saved_check_cannot_be_changed_and_decline_declines(database):
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        closed = matters.create_matter(s, MatterInput("Old"), [(jana, "opposing_party")])
        matter = matters.create_matter(s, MatterInput("New"))
        query = [PartyName("Jana Novakova")]
        hits = conflicts.run_check(s, query, matter_id=matter)
        with pytest.raises(InvalidDecision, match="reason"):
            conflicts.save_check(s, matter, query, hits, "waived", "  ")
        waived = conflicts.save_check(
            s, matter, query, hits, "waived", "Consent in writing", "jana"
        )
        declined = conflicts.save_check(s, matter, query, hits, "declined", checked_by="petr")
        assert matters.stage_phase(s, matter) == "declined"
        assert matters.stage_phase(s, closed) == "intake"
    with database.session_scope() as s:
        saved = conflicts.checks_of(s, matter)
        assert [c.id for c in saved] == [declined, waived]
        first = saved[1]
        assert first.checked_by == "jana" and first.reason == "Consent in writing"
        assert first.parties == query and first.hits[0].entity.display_name == "Jana Nováková"
        assert first.hits[0].matter.id == closed and first.hits[0].role == "opposing_party"
    for statement in (
        f"UPDATE conflict_check SET decision = 'clear' WHERE id = {waived}",
        f"UPDATE conflict_check SET hits = '[]' WHERE id = {waived}",
        f"DELETE FROM conflict_check WHERE id = {waived}",
    ):
        with (
            pytest.raises(DatabaseError, match="cannot be changed"),
            database.session_scope() as s,
        ):
            s.execute(text(statement))
    with database.session_scope() as s:
        assert conflicts.checks_of(s, matter)[1].decision == "waived"


def test_a_party_added_to_an_engaged_matter_needs_a_check(database):
    with database.session_scope() as s:
        jana = person(s, "Jana", "Nováková")
        petr = person(s, "Petr", "Dvořák")
        matter = matters.create_matter(s, MatterInput("Lease"), [(jana, "client")])
        assert not conflicts.needs_check(s, matter)  # intake: checked before engaging
        matters.move_stage(s, matter, stage_id(s, "engaged"))
        assert conflicts.needs_check(s, matter)  # never checked
        parties = conflicts.matter_parties(s, matter)
        assert parties == [PartyName("Jana Nováková", kind="person")]
        hits = conflicts.run_check(s, parties, matter_id=matter)
        assert hits == []  # its own party is no hit about it
        conflicts.save_check(s, matter, parties, hits, "clear")
        assert not conflicts.needs_check(s, matter)
        matters.add_party(s, matter, petr, "opposing_party")
        assert conflicts.needs_check(s, matter)


def test_conflicts_on_postgres(pg_url, tmp_path):
    profile = Profile.open(tmp_path / "pg", db_url=pg_url)
    database = Database(pg_url)
    try:
        migrate.upgrade(profile, database)
        test_names_meet_across_diacritics_scripts_order_and_legal_forms(database)
        test_an_opposing_party_known_only_from_mail_is_found(database)
        test_keys_follow_edits_trash_undo_and_merges(database)
        test_a_saved_check_cannot_be_changed_and_decline_declines(database)
    finally:
        database.dispose()
