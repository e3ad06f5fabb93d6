"""Localised Outlook CSV exports: real header rows (outlook_headers.py), files, import.

The files under tests/data/csv/outlook/ were made for these tests from the header rows of
the sources named in tests/data/csv/SOURCES.md, in the code page Outlook writes per language.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from smallcrm.core.interop.csv_contacts import (
    TARGET_FIELDS,
    parse_csv,
    read_rows,
    sniff,
    suggest_mapping,
)
from smallcrm.core.interop.outlook_headers import (
    OUTLOOK_COM_EN,
    OUTLOOK_EN,
    OUTLOOK_ENCODINGS,
    OUTLOOK_LOCALISED,
    OUTLOOK_VARIANTS,
)
from smallcrm.core.interop.records import Address, ContactRecord, Labeled, PartialDate
from smallcrm.core.models import Contact, Organization
from smallcrm.core.services import address_book as book
from smallcrm.core.services.importer import import_records

OUTLOOK_DATA = Path(__file__).resolve().parents[3] / "data" / "csv" / "outlook"
FILES = {
    "cs": "outlook_desktop_cs_cp1250.csv",
    "sk": "outlook_desktop_sk_cp1250.csv",
    "pl": "outlook_desktop_pl_cp1250.csv",
    "de": "outlook_desktop_de_cp1252.csv",
    "hr": "outlook_desktop_hr_cp1250.csv",
    "uk": "outlook_desktop_uk_cp1251.csv",
    "com": "outlook_com_en_utf8_bom.csv",
}

# What each Outlook column must become, by its English name. Written out here rather than
# imported so that a wrong entry in csv_contacts fails a test.
WANTED = {
    "Title": "title",
    "First Name": "given_name",
    "Middle Name": "middle_name",
    "Last Name": "family_name",
    "Suffix": "suffix",
    "Company": "organization",
    "Department": "department",
    "Job Title": "position",
    "Business Street": "work_street",
    "Business Street 2": "work_extended",
    "Business Street 3": "work_extended",
    "Business City": "work_city",
    "Business State": "work_region",
    "Business Postal Code": "work_postcode",
    "Business Country/Region": "work_country",
    "Business Address PO Box": "work_po_box",
    "Home Street": "home_street",
    "Home Street 2": "home_extended",
    "Home Street 3": "home_extended",
    "Home City": "home_city",
    "Home State": "home_region",
    "Home Postal Code": "home_postcode",
    "Home Country/Region": "home_country",
    "Home Address PO Box": "home_po_box",
    "Other Street": "other_street",
    "Other Street 2": "other_extended",
    "Other Street 3": "other_extended",
    "Other City": "other_city",
    "Other State": "other_region",
    "Other Postal Code": "other_postcode",
    "Other Country/Region": "other_country",
    "Other Address PO Box": "other_po_box",
    "Assistant's Phone": "phone",
    "Business Fax": "phone_fax",
    "Business Phone": "phone_work",
    "Business Phone 2": "phone_work",
    "Callback": "phone",
    "Car Phone": "phone_mobile",
    "Company Main Phone": "phone_work",
    "Home Fax": "phone_fax",
    "Home Phone": "phone_home",
    "Home Phone 2": "phone_home",
    "ISDN": "phone",
    "Mobile Phone": "phone_mobile",
    "Other Fax": "phone_fax",
    "Other Phone": "phone_other",
    "Pager": "phone_pager",
    "Primary Phone": "phone",
    "Radio Phone": "phone",
    "TTY/TDD Phone": "phone",
    "Birthday": "birthday",
    "Categories": "tags",
    "E-mail Address": "email",
    "E-mail 2 Address": "email",
    "E-mail 3 Address": "email",
    "Notes": "notes",
    "Web Page": "web",
    # "Rodné číslo", "PESEL", "JMBG", "Regierungsnr.": the person's national number, which
    # the address book keeps as ids["personal"].
    "Government ID Number": "id:personal",
    "Organizational ID Number": "registry_id",  # "IČO"
}


def _wanted(lang: str, column: str) -> str | None:
    """The target a column must get; None for columns a ContactRecord cannot hold."""
    del lang  # one table serves every language; kept so a language-specific rule has a place
    return WANTED.get(column)


def _rows(lang: str) -> tuple[tuple[str, str], ...]:
    if lang == "en":
        return tuple((h, h) for h in OUTLOOK_EN)
    return OUTLOOK_LOCALISED[lang]


LANGUAGES = ["en", *OUTLOOK_LOCALISED]


def _parse(key: str):
    data = (OUTLOOK_DATA / FILES[key]).read_bytes()
    layout = sniff(data)
    return data, layout, parse_csv(data, FILES[key], layout)


# --------------------------------------------------------------------------- header rows


def test_the_real_rows_are_whole():
    # Outlook writes 92 columns; the German, Czech and Polish rows come from real files. The
    # Slovak, Croatian and Ukrainian rows come from Microsoft's table alone, which lacks six.
    assert len(OUTLOOK_EN) == 92 and len(OUTLOOK_COM_EN) == 56
    assert {lang: len(rows) for lang, rows in OUTLOOK_LOCALISED.items()} == {
        "de": 92,
        "cs": 92,
        "pl": 92,
        "sk": 86,
        "hr": 86,
        "uk": 86,
    }
    for rows in OUTLOOK_LOCALISED.values():
        assert {column for column, _ in rows} <= set(OUTLOOK_EN)
        assert len({name for _, name in rows}) == len(rows)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_column_of_the_real_row_maps(lang: str):
    rows = _rows(lang)
    preset, mapping = suggest_mapping([name for _, name in rows])
    assert preset == "outlook"
    got = {name: mapping.get(i) for i, (_, name) in enumerate(rows)}
    assert got == {name: _wanted(lang, column) for column, name in rows}
    # Everything a ContactRecord holds has its column in every language.
    assert {
        "title",
        "given_name",
        "middle_name",
        "family_name",
        "suffix",
        "organization",
        "department",
        "position",
        "birthday",
        "email",
        "phone_work",
        "phone_home",
        "phone_mobile",
        "phone_fax",
        "work_street",
        "home_city",
        "other_postcode",
        "work_po_box",
        "notes",
        "tags",
        "web",
    } <= set(mapping.values())


@pytest.mark.parametrize("lang", sorted(OUTLOOK_VARIANTS))
def test_spelling_variants_map_like_the_row(lang: str):
    rows = OUTLOOK_VARIANTS[lang]
    _, mapping = suggest_mapping([name for _, name in rows])
    extra = {"Mobile Phone 2": "phone_mobile", "Nickname": "nickname"}
    extra |= {"Personal Web Page": "web", "Business Web Page": "web"}
    for i, (column, name) in enumerate(rows):
        assert mapping.get(i) == (_wanted(lang, column) or extra.get(column)), name


def test_outlook_com_row_maps():
    _, mapping = suggest_mapping(list(OUTLOOK_COM_EN))
    got = {OUTLOOK_COM_EN[i]: t for i, t in mapping.items()}
    assert got["Home Country"] == "home_country"
    assert got["Business Country"] == "work_country"
    assert got["Other Country"] == "other_country"
    assert "Given Name Yomi" not in got and "Office Location" not in got


def test_headers_fold_case_diacritics_quotes_and_spaces():
    # The Czech row as a badly re-saved file may have it: capitals, no diacritics,
    # a BOM glued to the first name, spaces left and right.
    headers = ["\ufeffTITUL", " jmeno ", "prijmeni", "ULICE (ZAM.)", "psc (zam.) ", "Zeme (zam.)"]
    headers += ["E-MAILOVA ADRESA", "mobilni telefon", "Telefon (zam)", "Narozeniny  "]
    _, mapping = suggest_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == [
        "title",
        "given_name",
        "family_name",
        "work_street",
        "work_postcode",
        "work_region",  # Microsoft's own oddity: "Země (zam.)" is the state column
        "email",
        "phone_mobile",
        "phone_work",
        "birthday",
    ]


def test_half_german_half_english_header_still_maps():
    # A file some tool wrote from an English template, then a German user added columns.
    de = dict(OUTLOOK_LOCALISED["de"])
    columns = list(OUTLOOK_EN)
    headers = [de[c] if i % 2 else c for i, c in enumerate(columns)]
    preset, mapping = suggest_mapping(headers)
    assert preset == "outlook"
    assert {headers[i]: mapping.get(i) for i in range(len(headers))} == {
        headers[i]: _wanted("de", c) for i, c in enumerate(columns)
    }


def test_ort_is_location_only_inside_an_outlook_file():
    # German Outlook's "Ort" is the Location field; elsewhere "Ort" is the town.
    de = [name for _, name in OUTLOOK_LOCALISED["de"]]
    _, mapping = suggest_mapping(de)
    assert de.index("Ort") not in mapping
    assert suggest_mapping(["Name", "Ort", "PLZ"])[1] == {
        0: "display_name",
        1: "address_city",
        2: "address_postcode",
    }


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("lang", ["cs", "sk", "pl", "de", "hr", "uk"])
def test_export_files_decode_in_their_code_page(lang: str):
    data, layout, result = _parse(lang)
    assert (layout.delimiter, layout.has_header, layout.preset) == (",", True, "outlook")
    # German letters sit on the same bytes in windows-1250 and windows-1252, so either
    # decodes a German file to the same text.
    expected = OUTLOOK_ENCODINGS[lang]
    assert data.decode(layout.encoding) == data.decode(expected)
    assert layout.headers == [name for _, name in OUTLOOK_LOCALISED[lang]]
    assert result.problems == []


def test_czech_export():
    _, _, result = _parse("cs")
    jiri, marie, firm, petr = result.records
    assert jiri.source_line == 2
    assert (jiri.title, jiri.given_name, jiri.middle_name, jiri.family_name, jiri.suffix) == (
        "JUDr.",
        "Jiří",
        "Pavel",
        "Šťastný",
        "Ph.D.",
    )
    assert (jiri.organization, jiri.department, jiri.position) == (
        "Advokátní kancelář Šťastný s.r.o.",
        "Právní oddělení",
        "advokát",
    )
    assert jiri.addresses == [
        Address(
            street="Vodičkova 681/12",
            extended="2. patro",
            city="Praha 1",
            region="Hlavní město Praha",
            postcode="110 00",
            country="Česká republika",
            label="work",
        ),
        Address(
            street="Údolní 5",
            city="Brno",
            postcode="602 00",
            country="Česká republika",
            label="home",
        ),
    ]
    assert jiri.phones == [
        Labeled("+420 222 111 000", "work"),
        Labeled("543 210 987", "home"),
        Labeled("+420 777 123 456", "mobile"),
    ]
    # The display-name columns ("Jiří Šťastný (jiri@stastny.cz)") are not addresses.
    assert jiri.emails == [Labeled("jiri@stastny.cz"), Labeled("jiri.stastny@seznam.cz")]
    assert jiri.birthday == PartialDate(4, 15, 1980)
    assert jiri.tags == ["Klienti", "VIP"]
    assert jiri.notes == "Klient od 2010\nviz spis 12/2020"  # Outlook's CRLF made one kind
    assert jiri.urls == [Labeled("www.stastny.cz")]
    assert jiri.ids == {"registry": "27082440", "personal": "800415/0000"}
    assert (marie.title, marie.given_name, marie.family_name) == ("Ing.", "Marie", "Nováková")
    assert marie.birthday is None  # "0.0.00"
    assert marie.tags == ["Účetní"]
    assert (firm.kind, firm.organization, firm.display_name) == (
        "organization",
        "Stavební firma Dvořák a.s.",
        "Stavební firma Dvořák a.s.",
    )
    # An Exchange address-book entry: type "EX", an X.500 path instead of an address.
    assert petr.emails == [Labeled("petr.svoboda@stastny.cz")]


def test_slovak_export_with_slovak_dates():
    _, _, result = _parse("sk")
    zuzana, lubomir = result.records
    assert (zuzana.title, zuzana.given_name, zuzana.family_name) == ("Mgr.", "Zuzana", "Kováčová")
    assert zuzana.organization == "Kováčová & partneri, s. r. o."
    assert zuzana.birthday == PartialDate(7, 3, 1975)  # "3. 7. 1975"
    assert zuzana.ids == {"personal": "755703/0000"}
    assert lubomir.birthday == PartialDate(2, 29, 1984)  # "29. 2. 1984"
    assert lubomir.addresses == [
        Address(
            street="Hlavná 5",
            city="Košice",
            region="Košický kraj",
            postcode="040 01",
            label="home",
        )
    ]
    assert lubomir.notes == "Ďalší kontakt cez sekretariát"


def test_polish_export_with_iso_dates():
    _, _, result = _parse("pl")
    kasia, grzegorz = result.records
    assert (kasia.given_name, kasia.family_name) == ("Katarzyna", "Wójcik-Łukasiewicz")
    assert (kasia.organization, kasia.department, kasia.position) == (
        "Kancelaria Prawna Wójcik sp.k.",
        "Dział Prawny",
        "radca prawny",
    )
    assert kasia.birthday == PartialDate(11, 23, 1978)  # "1978-11-23"
    assert kasia.ids == {"personal": "78112300000"}
    assert kasia.tags == ["Klienci", "Ważne"]
    assert kasia.phones == [
        Labeled("+48 22 123 45 68", "fax"),
        Labeled("+48 22 123 45 67", "work"),
        Labeled("+48 601 234 567", "mobile"),
    ]
    assert kasia.addresses[0].region == "mazowieckie"
    assert grzegorz.addresses == [
        Address(
            street="ul. Piotrkowska 104",
            city="Łódź",
            region="łódzkie",
            postcode="90-926",
            country="Polska",
            label="home",
        )
    ]


def test_german_export():
    _, _, result = _parse("de")
    juergen, anna = result.records
    assert (juergen.title, juergen.given_name, juergen.family_name) == ("Dr.", "Jürgen", "Weiß")
    assert juergen.birthday == PartialDate(12, 31, 1965)
    assert juergen.tags == ["Mandanten", "Steuerberatung"]
    assert juergen.addresses == [
        Address(
            street="Königsallee 92a",
            city="Düsseldorf",
            region="Nordrhein-Westfalen",
            postcode="40212",
            country="Deutschland",
            po_box="Postfach 10 11 12",
            label="work",
        )
    ]  # "Ort" (Location: "Büro Düsseldorf") made no address of its own
    assert juergen.ids == {"personal": "12 345 678 901"}
    assert anna.addresses[0].region == "Bayern"  # "Bundesland/Kanton privat"
    assert anna.phones == [Labeled("089 123456", "home"), Labeled("0151 2345678", "")]


def test_croatian_and_ukrainian_exports():
    [ivana] = _parse("hr")[2].records
    assert (ivana.given_name, ivana.family_name, ivana.position) == (
        "Ivana",
        "Horvat",
        "odvjetnica",
    )
    assert ivana.birthday == PartialDate(3, 7, 1982)  # "7.3.1982." with hr-HR's final dot
    assert ivana.addresses[0].city == "Zagreb"
    [olena] = _parse("uk")[2].records
    assert (olena.given_name, olena.middle_name, olena.family_name) == (
        "Олена",
        "Петрівна",
        "Шевченко",
    )
    assert olena.organization == "ТОВ «Юридична фірма Шевченко»"
    assert olena.birthday == PartialDate(5, 12, 1985)
    assert olena.tags == ["Клієнти"]


def test_outlook_com_export_utf8_with_bom():
    data, layout, result = _parse("com")
    assert data.startswith(codecs.BOM_UTF8)
    assert (layout.encoding, layout.preset, layout.headers[0]) == ("utf-8-sig", "outlook", "Title")
    tomas, jana = result.records
    assert tomas.addresses == [
        Address(
            street="Lidická 25",
            city="České Budějovice",
            postcode="370 01",
            country="Česko",
            label="home",
        )
    ]
    assert tomas.birthday == PartialDate(6, 1, 1990)
    assert jana.addresses[0].label == "work" and jana.addresses[0].country == "Česko"
    assert [e.value for e in jana.emails] == ["jana@dvorakova.cz", "jana.dvorakova@gmail.com"]


# --------------------------------------------------------------------------- import


def _import(database, key: str) -> tuple[object, dict[str, ContactRecord]]:
    _, _, result = _parse(key)
    with database.session_scope() as s:
        report = import_records(s, result.records, source=FILES[key], problems=result.problems)
    people: dict[str, ContactRecord] = {}
    with database.session_scope() as s:
        for contact_id, family in s.execute(select(Contact.id, Contact.family_name)).all():
            people[family] = book.record_of(s, book.Ref("person", contact_id))
        for org_id, name in s.execute(select(Organization.id, Organization.name)).all():
            people[name] = book.record_of(s, book.Ref("organization", org_id))
    return report, people


def test_czech_export_imports(database):
    report, saved = _import(database, "cs")
    assert (report.imported, report.updated) == (4, 0) and report.skipped == []
    jiri = saved["Šťastný"]
    assert (jiri.title, jiri.given_name, jiri.middle_name, jiri.suffix) == (
        "JUDr.",
        "Jiří",
        "Pavel",
        "Ph.D.",
    )
    assert (jiri.organization, jiri.position) == ("Advokátní kancelář Šťastný s.r.o.", "advokát")
    assert jiri.birthday == PartialDate(4, 15, 1980)
    assert sorted(e.value for e in jiri.emails) == ["jiri.stastny@seznam.cz", "jiri@stastny.cz"]
    assert len(jiri.phones) == 3 and sorted(jiri.tags) == ["Klienti", "VIP"]
    assert [(a.label, a.street, a.city, a.region, a.postcode) for a in jiri.addresses] == [
        ("work", "Vodičkova 681/12", "Praha 1", "Hlavní město Praha", "110 00"),
        ("home", "Údolní 5", "Brno", "", "602 00"),
    ]
    assert jiri.ids == {"personal": "800415/0000", "registry": "27082440"}  # a sole trader
    assert jiri.notes == "Klient od 2010\nviz spis 12/2020"
    assert "Stavební firma Dvořák a.s." in saved  # the company-only row
    assert [e.value for e in saved["Svoboda"].emails] == ["petr.svoboda@stastny.cz"]


def test_czech_export_imports_whole_addresses_and_again_changes_nothing(database):
    _, saved = _import(database, "cs")
    work = saved["Šťastný"].addresses[0]
    assert (work.country, work.extended) == ("Česká republika", "2. patro")
    again, _ = _import(database, "cs")
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)


@pytest.mark.parametrize("key", ["sk", "pl", "de", "hr", "uk", "com"])
def test_other_exports_import(database, key: str):
    _, _, parsed = _parse(key)
    report, saved = _import(database, key)
    assert report.imported == len(parsed.records) and report.skipped == []
    for record in parsed.records:
        stored = saved[record.family_name]
        assert (stored.given_name, stored.birthday) == (record.given_name, record.birthday)
        assert sorted(e.value for e in stored.emails) == sorted(e.value for e in record.emails)
        assert sorted(stored.tags) == sorted(record.tags)


# --------------------------------------------------------------------------- problems


def test_unknown_localised_column_is_left_for_the_mapping_dialog():
    # A Czech export with a user-defined column Outlook cannot know ("Spisová značka").
    rows = [name for _, name in OUTLOOK_LOCALISED["cs"]]
    header = [*rows[:4], "Spisová značka", *rows[4:]]
    values = ["", "Jan", "", "Novák", "Sp. zn. 12 C 34/2024"] + [""] * (len(rows) - 4)
    text = "\r\n".join(",".join(f'"{v}"' for v in line) for line in (header, values)) + "\r\n"
    data = text.encode("windows-1250")
    layout = sniff(data)
    assert layout.preset == "outlook"
    assert layout.headers[4] == "Spisová značka" and 4 not in layout.mapping  # shown unmapped
    assert read_rows(data, layout, limit=5) == [(2, values)]
    [rec] = parse_csv(data, "x.csv", layout).records
    assert (rec.given_name, rec.family_name, rec.notes) == ("Jan", "Novák", "")
    layout.mapping[4] = "notes"  # what the user picks in the dialog
    [rec] = parse_csv(data, "x.csv", layout).records
    assert rec.notes == "Sp. zn. 12 C 34/2024"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("31.12.1980", PartialDate(12, 31, 1980)),  # cs, de, uk
        ("31. 12. 1980", PartialDate(12, 31, 1980)),  # sk
        ("31.12.1980.", PartialDate(12, 31, 1980)),  # hr
        ("1980-12-31", PartialDate(12, 31, 1980)),  # pl
        ("12/31/1980", PartialDate(12, 31, 1980)),  # en-US
        ("31-12-1980", PartialDate(12, 31, 1980)),  # nl and other dashed locales
        ("0.0.00", None),
        ("0. 0. 00", None),
        ("00-00-00", None),
        ("0/0/00", None),
    ],
)
def test_birthdays_in_each_locales_format(raw: str, expected: PartialDate | None):
    header = ",".join(f'"{name}"' for _, name in OUTLOOK_LOCALISED["cs"][:4]) + ',"Narozeniny"'
    data = f'{header}\r\n"","Jan","","Novák","{raw}"\r\n'.encode("windows-1250")
    result = parse_csv(data, "d.csv")
    assert result.problems == []
    assert result.records[0].birthday == expected


@pytest.mark.parametrize("raw", ["31.13.1980", "30.2.1980", "1980/31/12", "letos", "31 12"])
def test_bad_birthday_is_reported_not_raised(raw: str):
    header = '"Jméno","Příjmení","E-mailová adresa","Narozeniny"'
    data = f'{header}\r\n"Jan","Novák","jan@novak.cz","{raw}"\r\n'.encode("windows-1250")
    result = parse_csv(data, "d.csv")
    assert result.records == []
    [problem] = result.problems
    assert problem.line == 2 and raw in problem.reason


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LANGUAGES), st.data())
def test_any_subset_and_order_of_a_real_row_maps_each_column_alike(lang: str, data):
    rows = list(_rows(lang))
    picked = data.draw(st.lists(st.sampled_from(rows), unique=True, max_size=len(rows)))
    preset, mapping = suggest_mapping([name for _, name in picked])
    assert set(mapping) <= set(range(len(picked)))
    assert all(t in TARGET_FIELDS or t.startswith("id:") for t in mapping.values())
    if preset == "outlook":
        for i, (column, name) in enumerate(picked):
            assert mapping.get(i) == _wanted(lang, column), name
    # The same headers as a file, with one data row, parse without raising.
    text = ",".join(f'"{name}"' for _, name in picked) + "\r\n" + ",".join("x" * len(picked))
    encoding = OUTLOOK_ENCODINGS.get(lang, "utf-8")
    parse_csv(text.encode(encoding), "p.csv")


def test_outlook_aliases_never_override_real_names():
    # The spellings written from memory before the real names were found stay as aliases;
    # none may give a real Outlook column another meaning.
    from smallcrm.core.interop import csv_contacts

    real = csv_contacts._OUTLOOK_NAMES
    assert real, "the real names must be loaded"
    clashes = {
        key: (target, real[key])
        for key, target in csv_contacts._OUTLOOK_ALIASES.items()
        if key in real and real[key] != target
    }
    assert clashes == {}
