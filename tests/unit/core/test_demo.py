import unicodedata

from sqlalchemy import func, select

from smallcrm.core.demo import _registry_id, fill_demo
from smallcrm.core.models import Contact, ContactMethod, Organization, Relation
from smallcrm.core.text import fold


def test_demo_is_realistic_and_reproducible(database, tmp_path):
    result = fill_demo(database, contacts=2000, seed=3)
    # A tenth as many organisations, plus the courts and tax offices of the demo matters.
    assert (result.contacts, result.organizations - result.authorities) == (2000, 200)
    with database.session_scope() as s:
        names = s.scalars(select(Contact.display_name).order_by(Contact.id)).all()
        scripts = {unicodedata.name(ch).split()[0] for name in names for ch in name if ch.isalpha()}
        assert {"LATIN", "CYRILLIC"} <= scripts
        assert any(ch in "".join(names) for ch in "čřšžýáíéůěňťď")  # Czech / Slovak
        assert any(ch in "".join(names) for ch in "łśźżńąę")  # Polish
        assert any(ch in "".join(names) for ch in "ćđ")  # Croatian
        for person in s.scalars(select(Contact).limit(50)):
            assert person.sort_key == fold(f"{person.family_name} {person.given_name}")
        emails = s.scalars(select(ContactMethod.value).where(ContactMethod.kind == "email")).all()
        assert len(emails) == 2000 and all(e.isascii() and "@" in e for e in emails)
        assert len(set(emails)) == len(emails)  # one address, one person
        phones = s.scalars(select(ContactMethod.value).where(ContactMethod.kind == "phone")).all()
        assert any(p.startswith(("+420", "00420")) for p in phones)
        assert s.scalar(select(func.count()).select_from(Relation)) > 1000
        forms = " ".join(s.scalars(select(Organization.name)).all())
        for suffix in ("s.r.o.", "sp. z o.o.", "d.o.o.", "ТОВ", "Ltd"):
            assert suffix in forms

    # The same seed gives the same people, added after what is already there.
    fill_demo(database, contacts=2000, seed=3)
    with database.session_scope() as s:
        again = s.scalars(select(Contact.display_name).order_by(Contact.id).offset(2000)).all()
    assert again == names


def test_czech_registry_numbers_pass_the_ico_checksum():
    import random

    rng = random.Random(5)
    for _ in range(500):
        ico = _registry_id(rng, "CZ")
        total = sum(int(d) * w for d, w in zip(ico[:7], range(8, 1, -1), strict=True))
        assert int(ico[7]) == (11 - total % 11) % 10
    assert _registry_id(rng, "GB") is None
