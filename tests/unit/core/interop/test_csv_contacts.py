"""Contact CSV: sniffing, localised Outlook/Google/Thunderbird presets, problems, round trip."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.core.interop.csv_contacts import (
    TARGET_FIELDS,
    CsvLayout,
    parse_csv,
    read_rows,
    sniff,
    suggest_mapping,
    write_csv,
)
from smallcrm.core.interop.records import (
    Address,
    ContactRecord,
    Labeled,
    PartialDate,
)

DATA = Path(__file__).resolve().parents[3] / "data" / "csv"
CORPUS = sorted(p for p in DATA.iterdir() if p.suffix in (".csv", ".txt"))


def _parse_file(name: str):
    data = (DATA / name).read_bytes()
    layout = sniff(data)
    return layout, parse_csv(data, name, layout)


# --------------------------------------------------------------------------- corpus


def test_corpus_is_complete():
    assert len(CORPUS) == 14


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_corpus_file_parses(path: Path):
    data = path.read_bytes()
    result = parse_csv(data, path.name)
    assert result.records
    for record in result.records:
        assert record.source_line >= 1
    for problem in result.problems:
        assert problem.file == path.name


def test_generic_all_fields_with_bom():
    layout, result = _parse_file("roundcube_generic_all_fields_bom.csv")
    assert (layout.encoding, layout.delimiter, layout.has_header) == ("utf-8-sig", ",", True)
    assert layout.headers[0] == "Display Name"  # BOM gone
    [rec] = result.records
    assert (rec.title, rec.given_name, rec.middle_name, rec.family_name, rec.suffix) == (
        "Prefix",
        "First Name",
        "Middle Name",
        "Last Name",
        "Suffix",
    )
    assert (rec.organization, rec.department, rec.position) == (
        "Company",
        "Department",
        "Job Title",
    )
    assert rec.emails == [
        Labeled("home@example.com", "home"),
        Labeled("work@example.com", "work"),
        Labeled("other@example.com", "other"),
    ]
    assert Labeled("500", "mobile") in rec.phones and Labeled("800", "fax") in rec.phones
    assert len(rec.phones) == 13
    assert rec.birthday == PartialDate(1, 20, 1991)  # "20/01/1991": day first
    assert [a.label for a in rec.addresses] == ["home", "work", "other"]
    assert rec.addresses[1] == Address(
        street="Work Street",
        city="Work City",
        region="Work State",
        postcode="Work Zip",
        country="Work Country",
        label="work",
    )
    assert rec.tags == ["test"] and rec.notes == "Notes"
    assert "https://blog" in [u.value for u in rec.urls]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("roundcube_google_contacts_export.csv", "utf-8"),
        ("roundcube_google_contacts_export_utf16le_2012.csv", "utf-16-le"),
    ],
)
def test_google_legacy_export(name: str, encoding: str):
    layout, result = _parse_file(name)
    assert layout.preset == "google" and layout.encoding == encoding
    [rec] = result.records
    assert rec.source_line == 2
    assert rec.display_name == "Prefix Firstname Middle Lastname Suffix"
    assert (rec.given_name, rec.middle_name, rec.family_name) == ("Firstname", "Middle", "Lastname")
    assert (rec.title, rec.suffix, rec.nickname) == ("Prefix", "Suffix", "nick")
    assert rec.birthday == PartialDate(12, 12, 1975)
    assert rec.notes == 'note"note'
    assert rec.tags == ["Test"]  # "* My Contacts" is Google's system group
    assert rec.emails == [
        Labeled("home@aaa.pl", "home"),
        Labeled("work@email.pl", "work"),
        Labeled("unknown@email.com", ""),
        Labeled("other@email.com", "other"),
    ]
    assert rec.phones[0] == Labeled("pager", "pager")
    assert Labeled("mobile", "mobile") in rec.phones and len(rec.phones) == 7
    home, work = rec.addresses
    assert (home.label, home.street, home.po_box, home.city, home.region) == (
        "home",
        "home_street",
        "home_pobox",
        "home_city",
        "home_state",
    )
    assert (home.postcode, home.country) == ("home_zip", "home_country")
    assert (work.label, work.street, work.postcode) == ("work", "work_street", "work_zip")
    assert (rec.organization, rec.position) == ("company", "jobtitle")
    assert [u.value for u in rec.urls] == ["test.com", "home.page.com"]


def test_outlook_email_columns():
    layout, result = _parse_file("roundcube_outlook_email_columns.csv")
    assert layout.preset == "outlook"
    [rec] = result.records
    assert [e.value for e in rec.emails] == [
        "test1@domain.tld",
        "test2@domain.tld",
        "test3@domain.tld",
    ]


def test_single_column_of_emails():
    layout, result = _parse_file("roundcube_single_column_primary_email.csv")
    assert layout.has_header and layout.mapping == {0: "email"}
    assert [(r.source_line, r.emails[0].value) for r in result.records] == [
        (2, "test1@domain.tld"),
        (3, "test2@domain.tld"),
        (4, "test3@domain.tld"),
        (5, "test4@domain.tld"),
    ]


def test_thunderbird_export():
    layout, result = _parse_file("roundcube_thunderbird_addressbook_export.csv")
    assert layout.preset == "thunderbird"
    [rec] = result.records
    assert (rec.given_name, rec.family_name, rec.display_name, rec.nickname) == (
        "Firstname",
        "Lastname",
        "Displayname",
        "Nick",
    )
    assert [e.value for e in rec.emails] == ["test@domain.tld", "next@domain.tld"]
    assert rec.phones == [
        Labeled("phone work", "work"),
        Labeled("phone home", "home"),
        Labeled("fax", "fax"),
        Labeled("pager", "pager"),
        Labeled("mobile", "mobile"),
    ]
    assert rec.birthday == PartialDate(11, 15, 1970)  # Birth Year/Month/Day columns
    work = rec.addresses[1]
    assert (work.label, work.street, work.city, work.postcode, work.country) == (
        "work",
        "Addr work",
        "Wcity",
        "33-333",
        "Poland",
    )
    assert (rec.organization, rec.department, rec.position) == (
        "Organization",
        "department",
        "title",
    )


@pytest.mark.parametrize(
    ("name", "delimiter"),
    [
        ("thunderbird_addressbook_export_tab.txt", "\t"),
        ("thunderbird_addressbook_export_unicode.csv", ","),
    ],
)
def test_thunderbird_multiline_cells(name: str, delimiter: str):
    layout, result = _parse_file(name)
    assert layout.delimiter == delimiter
    one, two = result.records
    assert (one.display_name, one.emails[0].value, one.source_line) == (
        "contact number one",
        "contact1@invalid",
        2,
    )
    assert (two.given_name, two.family_name, two.source_line) == ("contact", "two", 3)
    assert two.position == '"worker"'
    assert two.notes == "here's some unicode text\u2026"
    assert not result.problems


def test_no_header_row():
    layout, result = _parse_file("thunderbird_no_header_row.csv")
    assert not layout.has_header
    assert layout.headers == ["Column 1", "Column 2", "Column 3", "Column 4"]
    assert [(r.source_line, r.display_name, r.emails[0].value) for r in result.records] == [
        (1, "John Doe", "john@doe.invalid"),
        (2, "Jane Doe", "jane@doe.invalid"),
    ]


def test_quoted_empty_fields_crlf_company_only():
    _, result = _parse_file("thunderbird_quoted_empty_fields_crlf.csv")
    [rec] = result.records
    assert rec.kind == "organization"
    assert (rec.display_name, rec.organization) == ("Acer America", "Acer America")
    assert rec.phones == [Labeled("(800) 000-0000", "work")]
    assert rec.addresses == [] and rec.emails == []


def test_semicolon_delimited():
    layout, result = _parse_file("thunderbird_semicolon_delimited.csv")
    assert layout.delimiter == ";"
    assert [(r.given_name, r.family_name, r.emails[0].value) for r in result.records] == [
        ("John", "Doe", "john@doe.invalid"),
        ("Jane", "Doe", "jane@doe.invalid"),
    ]


def test_shift_jis():
    layout, result = _parse_file("thunderbird_shiftjis_addressbook.csv")
    assert layout.encoding == "shift_jis"
    [rec] = result.records
    assert (rec.given_name, rec.family_name, rec.display_name) == (
        "権兵衛",
        "名無し",
        "名無しの権兵衛",
    )


def test_tab_comma_mixed_takes_the_majority_delimiter():
    layout, result = _parse_file("thunderbird_tab_comma_mixed.csv")
    assert layout.delimiter == "\t" and not layout.has_header
    assert [r.emails[0].value for r in result.records] == [
        "2@host.invalid",
        "3@host.invalid",
        "4@host.invalid",
    ]
    assert [p.line for p in result.problems] == [1]


def test_utf16le_bom_thunderbird():
    layout, result = _parse_file("thunderbird_utf16le_bom_addressbook.csv")
    assert layout.encoding == "utf-16-le" and layout.headers[0] == "First Name"
    [rec] = result.records
    assert (rec.given_name, rec.family_name, rec.emails[0].value) == (
        "John",
        "Doe",
        "johndoe@host.invalid",
    )


# --------------------------------------------------------------------------- encodings

CEE_TEXT = (
    "Jméno;Příjmení;Společnost;E-mailová adresa\r\n"
    "Příliš;žluťoučký kůň;Šťastný s.r.o.;kun@example.cz\r\n"
    "Łódź;Żółć Gęślą;Gęś sp. z o.o.;lodz@example.pl\r\n"
    "Đuro;Đurđević;Šťastný d.o.o.;duro@example.hr\r\n"
)


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("windows-1250", "windows-1250"),
        ("iso-8859-2", "iso-8859-2"),
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-be-bom", "utf-16-be"),
        ("utf-16-le-nobom", "utf-16-le"),
    ],
)
def test_cee_encodings_detected_and_decoded(codec: str, expected: str):
    if codec == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + CEE_TEXT.encode("utf-16-be")
    elif codec == "utf-16-le-nobom":
        data = CEE_TEXT.encode("utf-16-le")
    else:
        data = CEE_TEXT.encode(codec)
    layout = sniff(data)
    assert (layout.encoding, layout.delimiter, layout.has_header) == (expected, ";", True)
    result = parse_csv(data, "cee.csv", layout)
    assert not result.problems
    assert [(r.given_name, r.family_name, r.organization) for r in result.records] == [
        ("Příliš", "žluťoučký kůň", "Šťastný s.r.o."),
        ("Łódź", "Żółć Gęślą", "Gęś sp. z o.o."),
        ("Đuro", "Đurđević", "Šťastný d.o.o."),
    ]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Příjmení\nRůžička\n", "iso-8859-2"),  # ž 0xBE would be "ľ" in cp1250
        ("Nazwisko\nKąt\n", "iso-8859-2"),  # ą 0xB1 would be "±"
        ("Nazwisko\nŚliwa\n", "windows-1250"),  # Ś 0x8C is a C1 control in Latin-2
        ("Priezvisko\nĽubomír Žák\n", "iso-8859-2"),
        ("Name\nFrançois Bègles\n", "windows-1252"),
        ("Прізвище\nШевченко Тарас\n", "windows-1251"),
    ],
)
def test_legacy_code_pages_told_apart(text: str, codec: str):
    data = text.encode(codec)
    layout = sniff(data)
    assert layout.encoding == codec
    [rec] = parse_csv(data, layout=layout).records
    assert text.splitlines()[1] in (rec.family_name, rec.display_name)


@pytest.mark.parametrize(
    ("delimiter", "text"),
    [
        (",", 'Name,Email\n"Novák, Jan",jan@example.cz\nPetr,petr@example.cz\n'),
        (";", "Name;Email\nNovák, Jan;jan@example.cz\nPetr, st.;petr@example.cz\n"),
        ("\t", "Name\tEmail\nNovák; Jan\tjan@example.cz\nPetr\tpetr@example.cz\n"),
    ],
)
def test_delimiters(delimiter: str, text: str):
    layout = sniff(text.encode())
    assert layout.delimiter == delimiter
    result = parse_csv(text.encode(), layout=layout)
    assert [r.emails[0].value for r in result.records] == ["jan@example.cz", "petr@example.cz"]


def test_overrides_win_over_detection():
    data = CEE_TEXT.encode("windows-1250")
    layout = sniff(data, encoding="iso-8859-2", delimiter=",")
    assert (layout.encoding, layout.delimiter) == ("iso-8859-2", ",")
    layout = sniff(data, encoding="windows-1250")
    layout.mapping = {0: "nickname", 3: "email"}  # the user re-maps in the dialog
    result = parse_csv(data, "x.csv", layout)
    assert result.records[0].nickname == "Příliš" and result.records[0].given_name == ""
    forced = CsvLayout(
        encoding="iso-8859-2", delimiter=";", has_header=True, mapping={1: "family_name"}
    )
    rec = parse_csv(data, "x.csv", forced).records[0]
    assert rec.family_name != "žluťoučký kůň"  # decoded as asked, even if wrongly


def test_undecodable_bytes_are_a_problem_not_a_crash():
    data = "Name;Email\nJan;jan@example.cz\nPetr Kuš;petr@example.cz\n".encode("windows-1250")
    layout = sniff(data, encoding="utf-8")
    result = parse_csv(data, "bad.csv", layout)
    assert len(result.records) == 2
    assert [(p.file, p.line) for p in result.problems] == [("bad.csv", 3)]
    assert "utf-8" in result.problems[0].reason


def test_unknown_encoding_name_is_a_problem():
    result = parse_csv(b"a,b\n", "x.csv", CsvLayout(encoding="no-such-codec"))
    assert result.records == [] and result.problems[0].line == 0


# --------------------------------------------------------------------------- localised Outlook

OUTLOOK_HEADERS = {
    "cs": [
        "Oslovení", "Jméno", "Prostřední jméno", "Příjmení", "Titul za jménem", "Společnost",
        "Oddělení", "Funkce", "Ulice (firma)", "Město (firma)", "PSČ (firma)", "Země (firma)",
        "Telefon do zaměstnání", "Telefon domů", "Mobilní telefon", "E-mailová adresa",
        "Typ e-mailu", "E-mailová adresa 2", "Narozeniny", "Poznámky", "Kategorie",
    ],
    "sk": [
        "Oslovenie", "Meno", "Stredné meno", "Priezvisko", "Prípona", "Spoločnosť",
        "Oddelenie", "Pracovná pozícia", "Ulica v zamestnaní", "Mesto v zamestnaní",
        "PSČ v zamestnaní", "Krajina v zamestnaní", "Telefón do zamestnania", "Telefón domov",
        "Mobilný telefón", "E-mailová adresa", "Typ e-mailu", "E-mailová adresa 2",
        "Narodeniny", "Poznámky", "Kategórie",
    ],
    "pl": [
        "Tytuł", "Imię", "Drugie imię", "Nazwisko", "Sufiks", "Firma", "Dział", "Stanowisko",
        "Ulica służbowa", "Miejscowość służbowa", "Kod pocztowy służbowy",
        "Kraj/region służbowy", "Telefon służbowy", "Telefon domowy", "Telefon komórkowy",
        "Adres e-mail", "Typ poczty e-mail", "Adres e-mail 2", "Urodziny", "Notatki",
        "Kategorie",
    ],
    "de": [
        "Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung",
        "Position", "Straße geschäftlich", "Ort geschäftlich", "Postleitzahl geschäftlich",
        "Land/Region geschäftlich", "Telefon geschäftlich", "Telefon privat", "Mobiltelefon",
        "E-Mail-Adresse", "E-Mail-Typ", "E-Mail 2: Adresse", "Geburtstag", "Notizen",
        "Kategorien",
    ],
    "en": [
        "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
        "Job Title", "Business Street", "Business City", "Business Postal Code",
        "Business Country/Region", "Business Phone", "Home Phone", "Mobile Phone",
        "E-mail Address", "E-mail Type", "E-mail 2 Address", "Birthday", "Notes", "Categories",
    ],
}  # fmt: skip
EXPECTED_TARGETS = [
    "title", "given_name", "middle_name", "family_name", "suffix", "organization",
    "department", "position", "work_street", "work_city", "work_postcode", "work_country",
    "phone_work", "phone_home", "phone_mobile", "email", None, "email", "birthday", "notes",
    "tags",
]  # fmt: skip


def _outlook_file(lang: str, birthday: str = "15.4.1980") -> bytes:
    row = [
        "JUDr.", "Jiří", "Pavel", "Šťastný", "Ph.D.", "Advokátní kancelář Šťastný",
        "Právní", "Advokát", "Vodičkova 12", "Praha 1", "110 00", "Česká republika",
        "+420 222 111 000", "", "+420 777 123 456", "jiri@stastny.cz", "SMTP",
        "jiri.stastny@seznam.cz", birthday, "Klient od 2010;\nviz spis", "VIP;Klienti",
    ]  # fmt: skip
    lines = [OUTLOOK_HEADERS[lang], row]
    text = "".join(";".join(f'"{c}"' for c in line) + "\r\n" for line in lines)
    return text.encode("windows-1250" if lang != "de" else "windows-1252", errors="replace")


@pytest.mark.parametrize("lang", sorted(OUTLOOK_HEADERS))
def test_localised_outlook_headers_map(lang: str):
    preset, mapping = suggest_mapping(OUTLOOK_HEADERS[lang])
    assert preset == "outlook"
    assert [mapping.get(i) for i in range(len(EXPECTED_TARGETS))] == EXPECTED_TARGETS


@pytest.mark.parametrize("lang", ["cs", "sk", "pl", "en"])
def test_localised_outlook_file_in_windows_1250(lang: str):
    data = _outlook_file(lang)
    layout = sniff(data)
    assert (layout.encoding, layout.delimiter, layout.preset) == ("windows-1250", ";", "outlook")
    result = parse_csv(data, "outlook.csv", layout)
    assert not result.problems
    [rec] = result.records
    assert (rec.title, rec.given_name, rec.middle_name, rec.family_name, rec.suffix) == (
        "JUDr.",
        "Jiří",
        "Pavel",
        "Šťastný",
        "Ph.D.",
    )
    assert (rec.organization, rec.department, rec.position) == (
        "Advokátní kancelář Šťastný",
        "Právní",
        "Advokát",
    )
    assert rec.addresses == [
        Address(
            street="Vodičkova 12",
            city="Praha 1",
            postcode="110 00",
            country="Česká republika",
            label="work",
        )
    ]
    assert rec.phones == [
        Labeled("+420 222 111 000", "work"),
        Labeled("+420 777 123 456", "mobile"),
    ]
    assert [e.value for e in rec.emails] == ["jiri@stastny.cz", "jiri.stastny@seznam.cz"]
    assert rec.birthday == PartialDate(4, 15, 1980)
    assert rec.notes == "Klient od 2010;\nviz spis"
    assert rec.tags == ["VIP", "Klienti"]


def test_header_matching_ignores_case_diacritics_and_punctuation():
    headers = ["JMENO", "prijmeni", "E-MAILOVA ADRESA", "telefon  (firma)", "Mobilni-telefon"]
    _, mapping = suggest_mapping(headers)
    assert mapping == {
        0: "given_name",
        1: "family_name",
        2: "email",
        3: "phone_work",
        4: "phone_mobile",
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("15.4.1980", PartialDate(4, 15, 1980)),
        ("15. 4. 1980", PartialDate(4, 15, 1980)),
        ("4/15/1980", PartialDate(4, 15, 1980)),
        ("1980-04-15", PartialDate(4, 15, 1980)),
        ("--04-15", PartialDate(4, 15)),
        ("1604-04-15", PartialDate(4, 15)),
        ("15.4.", PartialDate(4, 15)),
        ("0.0.00", None),
        ("0/0/00", None),
        ("", None),
    ],
)
def test_outlook_dates(raw: str, expected: PartialDate | None):
    [rec] = parse_csv(_outlook_file("cs", raw)).records
    assert rec.birthday == expected


def test_generic_headers_in_all_languages():
    headers = ["Jméno", "Příjmení", "Nazwisko", "Ime", "Prezime", "Ім'я", "Прізвище", "email"]
    headers += ["Telefon", "Tel", "Firma", "Company", "Společnost", "IČO", "DIČ", "Mystery"]
    _, mapping = suggest_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == [
        "given_name",
        "family_name",
        "family_name",
        "given_name",
        "family_name",
        "given_name",
        "family_name",
        "email",
        "phone",
        "phone",
        "organization",
        "organization",
        "organization",
        "registry_id",
        "tax_id",
        None,
    ]
    assert set(mapping.values()) <= set(TARGET_FIELDS)


# --------------------------------------------------------------------------- Google, problems


def test_google_new_format_multi_values():
    header = (
        "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
        "Phone 1 - Label,Phone 1 - Value,Organization Name,Birthday\n"
    )
    row = (
        "Anna,Nováková,* myContacts ::: Friends ::: Klienti,* Work,"
        "anna@firma.cz ::: anna@seznam.cz,Mobile,+420 777 000 111 ::: +420 602 000 222,"
        "Firma s.r.o.,--03-08\n"
    )
    data = (header + row).encode()
    layout = sniff(data)
    assert layout.preset == "google"
    [rec] = parse_csv(data, layout=layout).records
    assert rec.tags == ["Friends", "Klienti"]
    assert rec.emails == [Labeled("anna@firma.cz", "work"), Labeled("anna@seznam.cz", "work")]
    assert rec.phones == [
        Labeled("+420 777 000 111", "mobile"),
        Labeled("+420 602 000 222", "mobile"),
    ]
    assert rec.organization == "Firma s.r.o." and rec.birthday == PartialDate(3, 8)


def test_bad_birthday_is_a_problem_on_the_right_line():
    data = (
        b"Name,Notes,Birthday,Email\n"
        b'Anna,"line one\nline two\nline three",1.1.1990,anna@example.cz\n'
        b'Bad,"x\r\ny",31.2.1980,bad@example.cz\n'
        b"Nobody,,,\n"
        b",,,\n"
        b"Worse,,someday,worse@example.cz\n"
        b"Petr,,,petr@example.cz\n"
    )
    result = parse_csv(data, "people.csv")
    assert [(r.display_name, r.source_line) for r in result.records] == [
        ("Anna", 2),
        ("Nobody", 7),
        ("Petr", 10),
    ]
    assert [(p.file, p.line) for p in result.problems] == [("people.csv", 5), ("people.csv", 9)]
    assert "31.2.1980" in result.problems[0].reason
    assert result.records[0].notes == "line one\nline two\nline three"


def test_row_without_anything_to_keep_is_reported():
    data = b"First Name,Notes,Email\n,just a note,\nJan,,jan@example.cz\n"
    result = parse_csv(data, "x.csv")
    assert [r.given_name for r in result.records] == ["Jan"]
    assert [p.line for p in result.problems] == [2]


def test_read_rows_counts_lines_of_multiline_cells():
    data = b'Name,Notes\r\nAnna,"a\r\nb\r\nc"\r\nPetr,x\r\nJan,y\r\n'
    layout = sniff(data)
    assert read_rows(data, layout) == [
        (2, ["Anna", "a\r\nb\r\nc"]),
        (5, ["Petr", "x"]),
        (6, ["Jan", "y"]),
    ]
    assert read_rows(data, layout, limit=1) == [(2, ["Anna", "a\r\nb\r\nc"])]


# --------------------------------------------------------------------------- round trip


def _sample_records() -> list[ContactRecord]:
    person = ContactRecord(
        title="JUDr.",
        given_name="Jiří",
        middle_name="Łukasz",
        family_name="Šťastný-Đurđević",
        suffix="Ph.D.",
        display_name='JUDr. Jiří "Jirka" Šťastný, Ph.D.',
        nickname="Jirka; Ш",
        organization="Šťastný & Partneři, s.r.o.",
        department="Právní",
        position="Advokát",
        birthday=PartialDate(2, 29),
        emails=[Labeled("jiri@stastny.cz", "work"), Labeled("j@seznam.cz", "home")],
        phones=[
            Labeled("+420 777 123 456", "mobile"),
            Labeled("=cmd|' /C calc'!A0", "work"),
            Labeled("-1", 'weird; label, "quoted"'),
        ],
        addresses=[
            Address(
                "Vodičkova 12", "Praha 1", "", "110 00", "CZ", "work", "P.O. Box 5", "3. patro"
            ),
            Address("ul. Żółć 5", "Łódź", "łódzkie", "90-001", "PL", "home"),
        ],
        urls=[Labeled("https://stastny.cz", "work")],
        notes='Klient od 2010;\nviz spis, "A"\r\nKonec\n',
        tags=["VIP", "Klienti, aktivní"],
        uid="urn:uuid:1234",
        ids={"pesel": "44051401359"},
    )
    org = ContactRecord(
        kind="organization",
        display_name="Київ Консалтинг ТОВ",
        organization="Київ Консалтинг ТОВ",
        birthday=PartialDate(4, 15, 1980),
        tags=["a,b"],
        ids={"registry": "12345678", "tax": "CZ12345678"},
        notes="'quoted start",
    )
    return [person, org]


def _without_lines(records: list[ContactRecord]) -> list[ContactRecord]:
    for record in records:
        record.source_line = 0
    return records


def test_write_csv_format():
    data = write_csv(_sample_records())
    assert data.startswith(codecs.BOM_UTF8)
    layout = sniff(data)
    assert (layout.encoding, layout.delimiter, layout.preset) == ("utf-8-sig", ",", "smallcrm")
    assert layout.headers[:4] == ["Kind", "Title", "Given Name", "Middle Name"]
    assert "'=cmd" in data.decode("utf-8-sig")  # Excel must not run it


def test_round_trip_hand_built():
    records = _sample_records()
    result = parse_csv(write_csv(records), "export.csv")
    assert not result.problems
    assert [r.source_line for r in result.records] == [2, 7]  # 3 breaks in notes, 1 in tags
    assert _without_lines(result.records) == records


def test_round_trip_empty():
    assert parse_csv(write_csv([])).records == []


_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"), max_size=12
) | st.sampled_from(["", "Novák", "Łódź, PL", 'a "b" ;c', "Київ", "x\ny", "+420 777", "=1+2"])
_nonempty = _text.filter(lambda s: s.strip() != "")
_labels = st.sampled_from(["", "work", "home", "mobile", "Custom Label", "x, y"])
_labeled = st.builds(Labeled, _nonempty, _labels)
_dates = st.builds(
    PartialDate,
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    year=st.none() | st.integers(1900, 2100),
)
_tags = st.lists(
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=8)
    .map(str.strip)
    .filter(bool),
    max_size=3,
    unique=True,
)
_records = st.builds(
    ContactRecord,
    kind=st.sampled_from(["person", "organization"]),
    given_name=_text,
    family_name=_text,
    display_name=_nonempty,
    organization=_text,
    position=_text,
    birthday=st.none() | _dates,
    emails=st.lists(_labeled, max_size=3),
    phones=st.lists(_labeled, max_size=3),
    addresses=st.lists(st.builds(Address, street=_nonempty, city=_text, label=_labels), max_size=2),
    urls=st.lists(_labeled, max_size=2),
    notes=_text,
    tags=_tags,
    ids=st.dictionaries(
        st.sampled_from(["registry", "tax", "vat", "pesel"]), _nonempty, max_size=2
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_records, max_size=4))
def test_round_trip_generated(records: list[ContactRecord]):
    result = parse_csv(write_csv(records), "gen.csv")
    assert not result.problems
    assert _without_lines(result.records) == records


# --------------------------------------------------------------------------- broken input


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data: bytes):
    layout = sniff(data)
    result = parse_csv(data, "junk.csv", layout)
    read_rows(data, layout, limit=5)
    for record in result.records:
        assert record.source_line >= 1


_VALID = [p.read_bytes() for p in CORPUS] + [CEE_TEXT.encode("windows-1250")]


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(_VALID),
    st.lists(st.tuples(st.integers(0, 5000), st.binary(max_size=4)), min_size=1, max_size=5),
)
def test_mutated_files_never_raise(data: bytes, edits: list[tuple[int, bytes]]):
    buf = bytearray(data)
    for position, chunk in edits:
        at = position % (len(buf) + 1)
        buf[at : at + len(chunk) // 2] = chunk  # overwrite, insert or cut a few bytes
    result = parse_csv(bytes(buf), "mutated.csv")
    assert all(p.file == "mutated.csv" for p in result.problems)
