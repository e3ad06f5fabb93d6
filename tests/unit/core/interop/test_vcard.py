"""vCard: the real-world corpus, broken files, encodings, labels, emitting, and round trips."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.core.interop.records import (
    Address,
    ContactRecord,
    Labeled,
    ParseResult,
    PartialDate,
)
from smallcrm.core.interop.vcard import emit_vcards, parse_vcards

DATA = Path(__file__).resolve().parents[3] / "data" / "vcard"
CORPUS = sorted(p.name for p in DATA.glob("*.vcf"))

JPEG = b"\xff\xd8\xff"
PNG = b"\x89PNG\r\n\x1a\n"


def parse_file(name: str) -> ParseResult:
    return parse_vcards((DATA / name).read_bytes(), name)


def only(name: str) -> ContactRecord:
    result = parse_file(name)
    assert len(result.records) == 1, result
    return result.records[0]


def problems(result: ParseResult) -> list[tuple[int, str]]:
    return [(p.line, p.reason) for p in result.problems]


def line_bound(data: bytes) -> int:
    return data.count(b"\n") + data.count(b"\r") + 1


def check_sane(result: ParseResult, data: bytes, source: str) -> None:
    bound = line_bound(data)
    for p in result.problems:
        assert p.file == source
        assert not p.reason.startswith("could not read the file"), p  # the parser's bug net
        assert 1 <= p.line <= bound, p
        assert p.reason
    for r in result.records:
        assert 1 <= r.source_line <= bound


# --------------------------------------------------------------------------- the whole corpus


def test_the_corpus_is_all_here():
    assert len(CORPUS) == 63
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"| {name} |" in sources for name in CORPUS)


@pytest.mark.parametrize("name", CORPUS)
def test_every_corpus_file_parses(name):
    data = (DATA / name).read_bytes()
    result = parse_vcards(data, name)
    assert result.records or result.problems
    check_sane(result, data, name)
    for record in result.records:
        assert record.source_line >= 1
        if record.photo is not None:
            assert record.photo


# --------------------------------------------------------------------------- exact fields


def test_german_umlauts_and_photo_b():
    r = only("roundcube_german_umlauts_photo_b.vcf")
    assert (r.family_name, r.given_name) == ("Müller", "Jörg")
    assert r.kind == "organization"  # X-ABShowAs:COMPANY
    assert r.display_name == r.organization == "Apple Computer AG"
    assert r.photo is not None and r.photo.startswith(JPEG)
    assert r.photo_mime == "image/jpeg"


def test_the_bat_polish_quoted_printable_without_charset():
    r = only("roundcube_thebat_polish_qp_no_charset_2.1.vcf")
    assert (r.given_name, r.family_name) == ("Piotr", "Iksiński")
    assert r.display_name == "Piotr Iksiński"
    assert r.emails == [Labeled("piotr.iksinski@somedomain.com")]


def test_kaddressbook_full_card():
    r = only("kcontacts_kaddressbook_full_dresden.vcf")
    assert (r.given_name, r.family_name) == ("Heiko", "Mustermann")
    assert r.display_name == "Mustermann, Heiko"
    assert r.nickname == "clown"
    assert r.organization == "KDE"
    assert r.position == "Developer"  # ROLE, since there is no TITLE
    assert r.birthday == PartialDate(7, 19, 1955)  # "1955-07-19T00:00:00Z"
    assert r.emails == [
        Labeled("heiko.mustermann@freenet.org"),
        Labeled("heiko8@tst.inf.tu-dresden.de"),
    ]
    assert r.phones == [
        Labeled("0351 223344", "home"),
        Labeled("0351 443322", "work"),
        Labeled("0173 223344", "mobile"),
    ]
    assert r.addresses[0] == Address(
        street="Buehlauer Strasse 45",
        city="Dresden",
        region="Sachsen",
        postcode="01327",
        country="Germany",  # folded mid-word: "German" + "y"
        label="home",
    )
    assert r.addresses[1].street == "Prager Strasse 55"
    assert r.urls == [Labeled("http://www.mustermann.de/~heiko/")]
    assert r.notes == "I'm a friendly note text,\nplease copy me to your address book..."
    assert r.tags == ["Friend"]
    assert r.uid == "P9HXg34Oav"
    assert r.photo is not None and r.photo.startswith(PNG)
    assert r.photo_mime == "image/png"


def test_v21_quoted_printable_utf8_soft_breaks():
    result = parse_file("kcontacts_v21_qp_utf8_soft_break_address.vcf")
    assert not result.problems
    shop, broken, not_broken, doctor, dentist = result.records
    assert [r.source_line for r in result.records] == [1, 9, 19, 29, 42]
    assert shop.organization == shop.display_name == "Bike Shop"
    assert shop.addresses == [
        Address(street="DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD", label="work")
    ]
    assert shop.notes == "This one has a funny character at the end in the contact list"
    for r in (broken, not_broken):
        assert r.addresses == [
            Address(street="AAAAAAA-AäAAAAA 11", city="Urt", postcode="00000", label="home")
        ]
        assert r.urls == [Labeled("http://some-webseite.com")]  # not eaten by the soft break
    assert doctor.title == "Dr. med."
    assert doctor.position == "Facharzt für Allgemeinmedizin"
    assert doctor.notes.splitlines()[1] == "Mo   8–12, 15–18"
    assert dentist.addresses[0].street == "DDDDDDDDDDDstraße 26\n00000 DDDDDDDDDDDDDDDDD"


def test_nokia_soft_break_before_every_component():
    r = only("eds_nokia_v21_qp_soft_break_every_field.vcf")
    assert (r.given_name, r.family_name) == ("Michael", "Brüning")
    assert r.display_name == "Michael Brüning"
    assert r.phones == [
        Labeled("+491622433834", "mobile"),
        Labeled("017623384942", "mobile"),
        Labeled("+4973117546691", "work"),
    ]
    assert r.emails == [Labeled("ext-Michael.Bruning@nokia.com", "work")]
    assert r.addresses == [
        Address(
            street="Münsterplatz 21",
            city="Ulm",
            region="Baden-Württemberg",
            postcode="89073",
            label="home",
        )
    ]
    assert r.birthday == PartialDate(12, 29, 1978)


def test_cardbook_birthday_without_year():
    r = only("radicale_cardbook_bday_1604_no_year.vcf")
    assert r.birthday == PartialDate(1, 1, None)
    assert r.birthday.iso() == "--01-01"
    assert r.display_name == "Test bday without year Thunderbird CardBook"


def test_ios_item_groups_and_photo():
    r = only("aosp_ios613_photo_item_groups.vcf")
    assert (r.given_name, r.family_name, r.display_name) == ("Bob", "Smith", "Bob Smith")
    assert r.organization == "Smith Auto Repair"
    assert r.department == ""
    assert r.emails == [Labeled("bob@smithauto.com")]  # item1 has no X-ABLabel; pref is no label
    assert r.phones == [Labeled("(650) 555-1212", "mobile")]
    assert r.urls == [Labeled("www.smithauto.com", "homepage")]  # _$!<HomePage>!$_
    assert r.photo is not None and r.photo.startswith(JPEG) and r.photo.endswith(b"\xff\xd9")


def test_gmail_custom_labels_kept_as_text():
    r = only("ezvcard_gmail_single_3.0.vcf")
    assert r.phones == [Labeled("555 555 1111", "mobile"), Labeled("555 555 2222", "GRAND_CENTRAL")]
    assert r.addresses[0] == Address(street="123 Home St\nHome City, HM 12345", label="home")
    assert r.addresses[1] == Address(
        street="321 Custom St",
        city="Custom City",
        region="TX",
        postcode="98765",
        country="USA",
        label="CustomAdrType",
    )
    assert r.urls == [Labeled("http://TheProfile.com", "PROFILE")]  # "http\://" unescaped
    assert r.notes == (
        "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField"
    )
    assert r.birthday == PartialDate(9, 10, 1960)


def test_apple_utf16_without_bom():
    # The file is UTF-16 big-endian with no BOM at all (see `xxd`); found by its NUL bytes.
    r = only("roundcube_apple_utf16_vcard.vcf")
    assert (r.given_name, r.family_name) == ("Ǽgean", "ĽdaMonté")
    assert r.display_name == "Ǽgean ĽdaMonté"
    assert r.addresses == [
        Address(
            street="169 Mária Canal",
            city="LaPaz",
            region="Conceptión",
            postcode="245-876",
            country="Perú",
            label="work",
        )
    ]


def test_utf16_with_bom():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jiří Dvořák\r\nN:Dvořák;Jiří;;;\r\nEND:VCARD\r\n"
    for encoding in ("utf-16", "utf-16-le", "utf-8-sig"):
        data = text.encode(encoding)
        if encoding == "utf-16-le":
            data = b"\xff\xfe" + data
        r = parse_vcards(data).records[0]
        assert (r.given_name, r.family_name) == ("Jiří", "Dvořák"), encoding


def test_truncated_card_keeps_what_was_read():
    result = parse_file("eds_truncated_no_end.vcf")
    assert problems(result) == [(1, "card has no END:VCARD"), (9, "line has no ':'; ignored")]
    r = result.records[0]
    assert r.display_name == "Frank Dawson"
    assert (r.given_name, r.family_name) == ("Frank", "Dawson")  # no N: taken from FN
    assert r.organization == "Lotus Development Corporation"
    assert r.phones == [Labeled("+1-919-676-9515", "work"), Labeled("+1-919-676-9564", "fax")]


def test_missing_begin():
    result = parse_file("eds_missing_begin.vcf")
    assert [p.line for p in result.problems] == [1]
    assert "BEGIN:VCARD" in result.problems[0].reason
    r = result.records[0]
    assert r.display_name == "Frank Dawson"
    assert r.emails == [Labeled("Frank_Dawson@Lotus.com"), Labeled("fdawson@earthlink.net")]
    assert r.addresses[0].city == "Raleigh"


def test_malformed_photo_is_a_problem_and_the_card_stays():
    result = parse_file("aosp_malformed_photo_base64.vcf")
    assert problems(result) == [(5, "PHOTO is not valid base64; photo skipped")]
    assert result.problems[0].file == "aosp_malformed_photo_base64.vcf"
    r = result.records[0]
    assert (r.display_name, r.family_name, r.photo) == ("fullname", "name", None)


def test_broken_photo_in_a_multi_card_file():
    result = parse_file("ezvcard_android_2.1_multi.vcf")
    assert [p.line for p in result.problems] == [52]  # 1169 base64 characters: one is lost
    assert len(result.records) == 6
    assert result.records[0].display_name == "john.doe@company.com"  # no N or FN
    assert result.records[0].tags == ["My Contacts"]
    assert result.records[2].family_name == "Ñ Ñ Ñ Ñ"
    assert result.records[4].organization == "Ñ" * 12
    assert result.records[4].emails[1] == Labeled("Ñ" * 14)


def test_nested_vcards_are_skipped():
    result = parse_file("aosp_nested_vcard.vcf")
    assert problems(result) == [
        (4, "nested vCard (AGENT) skipped"),
        (8, "nested vCard (AGENT) skipped"),
    ]
    r = result.records[0]
    assert (r.family_name, r.phones) == ("parent", [Labeled("1")])


def test_missing_end_followed_by_more_cards_loses_none():
    text = "BEGIN:VCARD\nFN:One\nBEGIN:VCARD\nFN:Two\nEND:VCARD\nBEGIN:VCARD\nFN:Three\nEND:VCARD\n"
    result = parse_vcards(text.encode())
    assert [r.display_name for r in result.records] == ["One", "Two", "Three"]
    assert problems(result) == [(1, "card has no END:VCARD")]


def test_empty_card_is_a_problem():
    result = parse_file("aosp_x_android_custom.vcf")
    assert result.records == []
    assert [p.line for p in result.problems] == [1]


def test_v21_backslashes_as_android_reads_them():
    r = only("aosp_backslash_escaping_2.1.vcf")
    assert (r.family_name, r.given_name, r.middle_name) == ("", "A;B\\", "C\\;")
    assert (r.title, r.suffix) == ("D", ":E")
    assert r.display_name == "A;B\\C\\;D:E\\\\"  # 2.1 text is not unescaped


def test_android_backslash_line_continuation():
    r = only("aosp_adr_backslash_line_continuation.vcf")
    assert r.addresses[1] == Address(
        street="Hermann v. Brevern\n9999999\nPackstation 999",
        city="Hamburg",
        postcode="99999",
        country="Deutschland",
        label="home",
    )
    assert r.birthday == PartialDate(12, 3, 2008)


def test_comment_lines_and_a_soft_break_into_a_hash():
    r = only("aosp_lowercase_vcard_hash_comment_lines.vcf")
    assert r.notes == "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."
    assert r.uid == "357"


def test_shift_jis():
    r = only("aosp_shift_jis_qp_docomo_style.vcf")
    assert (r.family_name, r.given_name) == ("安藤", "ロイド1")
    assert r.display_name == "安藤 ロイド 1"
    assert r.addresses[0].extended == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert r.addresses[0].postcode == "150-8512"
    assert r.notes == "メモ"


def test_evolution_bare_quoted_printable_param_split_mid_character():
    r = only("eds_evolution_v21_qp_bare_param_chinese.vcf")
    name = "十城目管理大型知座"
    assert r.display_name == r.organization == r.position == name
    assert r.phones == [
        Labeled(name, "work"),
        Labeled(name, "fax"),
        Labeled(name, "home"),
        Labeled(name, "mobile"),
    ]
    assert r.emails == [Labeled("weird@weird.com")]


def test_folding_inside_parameters():
    result = parse_file("eds_folding_inside_params_tab.vcf")
    assert result.problems == []
    r = result.records[0]
    assert r.phones == [Labeled("+1-919-676-9515", "work"), Labeled("+1-919-676-9564", "fax")]
    assert r.emails == [Labeled("Frank_Dawson@Lotus.com"), Labeled("semicolon;@points.net")]
    assert r.addresses[0] == Address(
        street="Evil semicolon city;",
        city="Semicolon;way",
        region="NC",
        postcode="27613-3502",
        country="U.S.A.",
        label="work",
    )
    assert r.addresses[1].street == "Evil backslash \\ way"
    assert r.addresses[1].region == "Newlines\nCountry\nevil"


def test_evolution_3_0():
    r = only("ezvcard_evolution_3.0.vcf")
    assert (r.title, r.given_name, r.middle_name, r.family_name, r.suffix) == (
        "Mr.",
        "John",
        "Richter, James",
        "Doe",
        "Sr.",
    )
    assert r.display_name == "Mr. John Richter, James Doe Sr."
    assert (r.organization, r.department) == ("IBM", "Accounting, Dungeon")
    assert r.phones == [Labeled("905-666-1234", "mobile"), Labeled("905-555-1234", "work")]
    assert r.addresses[0].po_box == "ASB-123"
    assert r.addresses[0].country == "United States of America"  # folded with two spaces
    assert r.tags == ["VIP"]
    assert r.birthday == PartialDate(3, 22, 1980)


def test_outlook_2003():
    r = only("ezvcard_outlook_2003_2.1.vcf")
    assert (r.organization, r.department) == ("Company, The", "TheDepartment")
    assert r.notes == "This is the note field!!\nSecond line\n\nThird line is empty"
    assert r.phones == [
        Labeled("BusinessPhone", "work"),
        Labeled("HomePhone", "home"),
        Labeled("MobilePhone", "mobile"),
        Labeled("BusinessFaxPhone", "fax"),
    ]
    assert r.emails == [Labeled("jdoe@hotmail.com")]
    assert r.birthday == PartialDate(3, 21, 1980)
    assert r.photo is None  # KEY is a certificate, not a photo


def test_outlook_2007_photo_after_blank_lines():
    r = only("ezvcard_outlook_2007_2.1.vcf")
    assert r.photo is not None and r.photo.startswith(JPEG)
    assert r.notes.startswith("This is the NOTE field\t\nI assume")


def test_rfc6350_example():
    r = only("ezvcard_rfc6350_example_4.0.vcf")
    assert r.birthday == PartialDate(2, 3, None)  # --0203
    assert r.suffix == "ing. jr,M.Sc."
    assert r.phones == [
        Labeled("+1-418-656-9254;ext=102", "work"),
        Labeled("+1-418-262-6501", "mobile"),
    ]
    assert r.addresses[0].extended == "Suite D2-630"
    assert r.urls == [Labeled("http://nomis80.org", "home")]


def test_owncloud_fold_inside_a_utf8_character():
    r = only("kcontacts_owncloud_utf8_folded_mid_character.vcf")
    assert r.notes == (
        "Длинный комментарий на русском языке, чтобы в результате получилась строка "
        "более 70 символов."
    )
    assert r.family_name.startswith("123ㄓㄕㄖbcdeαβγδ") and r.family_name.endswith("ㄤㄓㄕㄖ")
    assert "\ufffd" not in r.display_name + r.family_name


def test_uppercase_backslash_n():
    assert only("kcontacts_uppercase_backslash_N_newlines.vcf").notes == (
        "line one\nline two\nline three"
    )


def test_missing_n_and_fn_named_by_email():
    result = parse_file("radicale_sogo_connector_missing_n_fn.vcf")
    assert [r.display_name for r in result.records] == [
        "test-misses-N-or-FN@example.com",
        "test-misses-N-or-FN@example1.com",
    ]
    assert result.records[0].emails == [Labeled("test-misses-N-or-FN@example.com", "work")]
    assert result.records[1].source_line == 9


def test_quoted_printable_url_with_soft_break():
    r = only("radicale_v21_qp_utf8_chinese_soft_break.vcf")
    assert (r.family_name, r.given_name) == ("黄", "世勇")
    assert r.urls == [Labeled("http://weibo.com/3094900433?闪闪H红星")]
    assert r.addresses[0].city == "北京 丰台区"


def test_cr_cr_lf():
    r = only("thunderbird_crcrlf_line_endings.vcf")
    assert (r.given_name, r.family_name) == ("Name", "Surname")
    assert r.emails == [Labeled("example@gmail.com", "home")]


@pytest.mark.parametrize(
    ("name", "magic", "mime"),
    [
        ("thunderbird_v3_photo_binary_no_encoding_param.vcf", JPEG, "image/jpeg"),
        ("thunderbird_v4_photo_data_uri_png.vcf", PNG, "image/png"),
        ("radicale_v3_photo_type_png_lowercase.vcf", PNG, "image/png"),
        ("aosp_blackberry_png_photo_2.1.vcf", PNG, "image/png"),
        ("ezvcard_blackberry_2.1.vcf", JPEG, "image/jpeg"),
        ("kcontacts_evolution_two_photos_ui_slot.vcf", PNG, "image/png"),
        ("ezvcard_iphone_3.0_photo.vcf", JPEG, "image/jpeg"),
        ("aosp_docomo_base64_photo_no_blank_line.vcf", JPEG, "image/jpeg"),
    ],
)
def test_photos(name, magic, mime):
    r = only(name)
    assert r.photo is not None and r.photo.startswith(magic)
    assert r.photo_mime == mime


def test_apple_company_card():
    r = only("roundcube_apple_company_photo_base64_param.vcf")
    assert r.kind == "organization"
    assert r.display_name == r.organization == "Apple Computer AG"
    assert r.addresses == [
        Address(
            street="Birgistrasse 4a",
            city="Wallisellen-Zürich",
            postcode="8304",
            country="Switzerland",
            label="work",
        )
    ]
    assert r.urls == [Labeled("http://www.apple.ch", "homepage")]
    assert r.photo is not None and r.photo.startswith(JPEG)  # "PHOTO;BASE64:" 2.1-style


def test_ximian_label_becomes_the_address():
    result = parse_file("kcontacts_ximian_evolution1_no_version.vcf")
    assert problems(result) == [(3, "line has no ':'; ignored")]  # a bare "FN"
    r = result.records[0]
    assert r.display_name == r.organization == "Ximian, Inc."
    assert r.addresses == [
        Address(street="401 Park Drive  3 West\nBoston, MA 02215\nUSA", label="work")
    ]
    assert r.phones == [Labeled("(617) 236-0442", "work"), Labeled("(617) 236-8630", "fax")]


def test_netscape_lowercase():
    r = only("kcontacts_netscape_lowercase_properties.vcf")
    assert (r.given_name, r.family_name, r.display_name) == ("ian", "geiser", "ian geiser")
    assert (r.organization, r.position) == ("Source eXtreme", "VP of Engineering")
    assert r.emails == [Labeled("geiseri@yahoo.com")]


def test_fullcontact_labels():
    r = only("ezvcard_fullcontact_4.0.vcf")
    assert [e.label for e in r.emails] == ["home", "work", "school", "other", "customtype"]
    assert [p.label for p in r.phones][:6] == ["home", "work", "mobile", "mobile", "", "fax"]
    assert (r.organization, r.department, r.position) == ("Organization1", "Department1", "Title1")
    assert r.photo is None  # photos given as https links are not fetched


def test_blank_lines_between_cards():
    result = parse_file("thunderbird_blank_lines_between_cards.vcf")
    assert [(r.display_name, r.source_line) for r in result.records] == [
        ("John Doe", 3),
        ("Jane Doe", 11),
    ]
    assert result.problems == []


# --------------------------------------------------------------------------- synthetic input


def card(*lines: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCARD", *lines, "END:VCARD"]) + "\r\n").encode("utf-8")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"N:Dvo\xf8\xe1k;Ji\xf8\xed;;;\r\nFN:Ji\xf8\xed Dvo\xf8\xe1k", ("Jiří", "Dvořák")),
        (b"N:\x8akoda;\x9aimon;;;", ("šimon", "Škoda")),  # 0x8A/0x9A: windows-1250 only
        (b"N:W\xb1s;\xa6lepowron;;;", ("Ślepowron", "Wąs")),  # 0xB1/0xA6: ISO-8859-2
        ("N:Шевченко;Тарас;;;".encode("cp1251"), ("Тарас", "Шевченко")),
        ("N:Шевченко;Тарас;;;".encode("koi8_u"), ("Тарас", "Шевченко")),
    ],
)
def test_undeclared_legacy_code_pages(raw, expected):
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + raw + b"\r\nEND:VCARD\r\n"
    r = parse_vcards(data).records[0]
    assert (r.given_name, r.family_name) == expected


def test_declared_charset_wins():
    data = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-2:Ko\xb3odziej;Pawe\xb3\r\nEND:VCARD"
    r = parse_vcards(data).records[0]
    assert (r.given_name, r.family_name) == ("Paweł", "Kołodziej")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1980-04-15", PartialDate(4, 15, 1980)),
        ("19800415", PartialDate(4, 15, 1980)),
        ("--0415", PartialDate(4, 15)),
        ("--04-15", PartialDate(4, 15)),
        ("1604-04-15", PartialDate(4, 15)),
        ("1980-04-15T10:30:00Z", PartialDate(4, 15, 1980)),
        ("--0229", PartialDate(2, 29)),
    ],
)
def test_birthdays(value, expected):
    assert parse_vcards(card("FN:X", f"BDAY:{value}")).records[0].birthday == expected


def test_apple_omit_year_parameter():
    r = parse_vcards(card("FN:X", "BDAY;X-APPLE-OMIT-YEAR=1900:1900-12-24")).records[0]
    assert r.birthday == PartialDate(12, 24)


@pytest.mark.parametrize("value", ["1980-02-30", "circa 1980", "1980", "--1340"])
def test_invalid_birthday_is_a_problem_and_the_rest_is_kept(value):
    result = parse_vcards(card("VERSION:3.0", "FN:Jan", f"BDAY:{value}", "EMAIL:j@x.cz"), "a.vcf")
    assert [(p.file, p.line) for p in result.problems] == [("a.vcf", 4)]
    assert "BDAY" in result.problems[0].reason
    r = result.records[0]
    assert (r.display_name, r.birthday, r.emails) == ("Jan", None, [Labeled("j@x.cz")])


@pytest.mark.parametrize(
    ("params", "label"),
    [
        (";TYPE=WORK;TYPE=PREF", "work"),
        (";TYPE=work,voice", "work"),
        (';TYPE="work,cell"', "mobile"),
        (";WORK;FAX", "fax"),
        (";CELL;HOME", "mobile"),
        (";TYPE=PREF", ""),
        (";TYPE=Kancelář", "kancelář"),
        (';TYPE="Both work and home"', "both work and home"),
        ("", ""),
    ],
)
def test_phone_labels(params, label):
    r = parse_vcards(card("VERSION:3.0", "FN:X", f"TEL{params}:+420 601 123 456")).records[0]
    assert r.phones == [Labeled("+420 601 123 456", label)]


def test_v21_base64_continued_without_indentation():
    photo = JPEG + bytes(range(200))
    b64 = base64.b64encode(photo).decode()
    r = parse_vcards(
        card("VERSION:2.1", "N:Novák;Jan", f"PHOTO;ENCODING=BASE64;JPEG:{b64[:60]}", b64[60:], "")
    ).records[0]
    assert (r.photo, r.photo_mime, r.family_name) == (photo, "image/jpeg", "Novák")


def test_grouped_apple_labels():
    r = parse_vcards(
        card(
            "VERSION:3.0",
            "FN:X",
            "item1.EMAIL;type=INTERNET:a@b.cz",
            "item1.X-ABLabel:_$!<Home>!$_",
            "item2.TEL:1",
            "ITEM2.X-ABLABEL:Sekretariát",
            "item3.TEL:2",
            "item3.X-ABLabel:_$!<WorkFAX>!$_",
        )
    ).records[0]
    assert r.emails == [Labeled("a@b.cz", "home")]
    assert r.phones == [Labeled("1", "Sekretariát"), Labeled("2", "fax")]


def test_rfc6868_caret_and_kind_org():
    r = parse_vcards(
        card("VERSION:4.0", "KIND:org", "FN:ACME s.r.o.", 'X-SMALLCRM-ID;TYPE="a^\'b^^":1')
    ).records[0]
    assert r.kind == "organization"
    assert r.display_name == r.organization == "ACME s.r.o."
    assert r.ids == {'a"b^': "1"}


@pytest.mark.parametrize(
    "data",
    [b"", b"\r\n\r\n", b"hello", b"\xff\xfe\x00", b"BEGIN:VCARD", b"END:VCARD\r\n", b"\x00" * 9],
)
def test_degenerate_files(data):
    result = parse_vcards(data, "x.vcf")
    assert result.records == []
    assert result.problems
    check_sane(result, data, "x.vcf")


# --------------------------------------------------------------------------- emitting


def sample_records() -> list[ContactRecord]:
    return [
        ContactRecord(
            title="JUDr.",
            given_name="Jiří",
            middle_name="Ondřej",
            family_name="Dvořák",
            suffix="Ph.D.",
            display_name="JUDr. Jiří Dvořák, Ph.D.",
            nickname="Jirka",
            organization="Advokátní kancelář Dvořák; partneři, s.r.o.",
            department="Právní oddělení",
            position="Advokát",
            birthday=PartialDate(4, 15, 1968),
            emails=[Labeled("jiri@dvorak.cz", "work"), Labeled("jd@seznam.cz", "home")],
            phones=[
                Labeled("+420 601 123 456", "mobile"),
                Labeled("+420 222 333 444", "fax"),
                Labeled("222 333 445", "Sekretariát, 2. patro"),
            ],
            addresses=[
                Address(
                    street="Václavské náměstí 1\nvchod z pasáže",
                    city="Praha 1",
                    postcode="110 00",
                    country="CZ",
                    label="work",
                    po_box="P.O. Box 12",
                    extended="3. patro; dveře 7",
                )
            ],
            urls=[Labeled("https://dvorak.cz/a,b;c?d=1\\2", "work")],
            notes="Klient od 2019;\nDŮLEŽITÉ, volat ráno\\večer\n\nKonec.",
            tags=["klient", "VIP, zlatý", "spis;2024"],
            photo=JPEG + bytes(range(256)) * 3,
            photo_mime="image/jpeg",
            uid="urn:uuid:0b3c5a9e-1d2f-4e5a-8b7c-9d0e1f2a3b4c",
            ids={"registry": "27074358", "tax": "CZ27074358", "pesel": "44051401359"},
        ),
        ContactRecord(
            given_name="Тарас",
            family_name="Шевченко",
            display_name="Тарас Шевченко",
            birthday=PartialDate(3, 9),  # year unknown
            emails=[Labeled("taras@приклад.укр")],
            addresses=[Address(city="Київ", country="Україна", label="home")],
            notes="Поет 🖋️, художник",
        ),
        ContactRecord(
            kind="organization",
            display_name="Łódzkie Zakłady Włókiennicze S.A.",
            organization="Łódzkie Zakłady Włókiennicze S.A.",
            phones=[Labeled("+48 42 123 45 67", "work")],
            addresses=[Address(street="ul. Piotrkowska 104", city="Łódź", postcode="90-004")],
            photo=PNG + b"\x00" * 100,
            photo_mime="image/png",
            ids={"registry": "0000012345", "vat": "PL7251234567", "regon": "471234567"},
            tags=["dodavatel"],
        ),
        ContactRecord(
            given_name="Ana",
            family_name="Kovačević",
            display_name="Ana Kovačević",
            organization="",
            department="Računovodstvo",
            birthday=PartialDate(2, 29),
            ids={"oib": "69435151530"},
        ),
    ]


def strip_line(records: list[ContactRecord]) -> list[ContactRecord]:
    return [dataclasses.replace(r, source_line=0) for r in records]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_hand_built(version):
    records = sample_records()
    text = emit_vcards(records, version)
    result = parse_vcards(text.encode("utf-8"), "out.vcf")
    assert result.problems == []
    assert strip_line(result.records) == records
    assert [r.source_line for r in result.records][0] == 1


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_emitted_lines_are_folded_crlf_and_whole_utf8(version):
    text = emit_vcards(sample_records(), version)
    assert text.endswith("END:VCARD\r\n")
    raw = text.encode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert any(len(line) == 75 for line in physical)
    for line in physical:
        line.decode("utf-8")  # never cut inside a character
    assert text.count("BEGIN:VCARD") == 4


def test_emit_3_0_conventions():
    text = emit_vcards(sample_records(), "3.0")
    unfolded = text.replace("\r\n ", "")
    assert "VERSION:3.0\r\n" in unfolded
    assert "PHOTO;ENCODING=b;TYPE=JPEG:/9j/" in unfolded
    assert "BDAY:1968-04-15\r\n" in unfolded
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-09\r\n" in unfolded
    assert "X-ABShowAs:COMPANY\r\n" in unfolded
    assert "TEL;TYPE=cell:+420 601 123 456\r\n" in unfolded
    assert "item1.TEL:222 333 445\r\nitem1.X-ABLabel:Sekretariát\\, 2. patro\r\n" in unfolded
    assert "N:Dvořák;Jiří;Ondřej;JUDr.;Ph.D.\r\n" in unfolded
    assert "ORG:Advokátní kancelář Dvořák\\; partneři\\, s.r.o.;Právní oddělení\r\n" in unfolded
    assert "CATEGORIES:klient,VIP\\, zlatý,spis\\;2024\r\n" in unfolded
    assert "X-SMALLCRM-ID;TYPE=registry:27074358\r\n" in unfolded
    assert "ADR;TYPE=work:P.O. Box 12;3. patro\\; dveře 7;Václavské" in unfolded


def test_emit_4_0_conventions():
    unfolded = emit_vcards(sample_records(), "4.0").replace("\r\n ", "")
    assert "PHOTO:data:image/jpeg;base64,/9j/" in unfolded
    assert "PHOTO:data:image/png;base64,iVBOR" in unfolded
    assert "BDAY:19680415\r\n" in unfolded
    assert "BDAY:--0309\r\n" in unfolded
    assert "KIND:org\r\n" in unfolded


def test_emit_rejects_other_versions():
    with pytest.raises(ValueError, match="2.1"):
        emit_vcards([], "2.1")


# --------------------------------------------------------------------------- hypothesis

_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from('\n\t;,:\\"^=#ЖšŁ😀 '),
    ),
    max_size=25,
).map(str.strip)
_SOME_TEXT = _TEXT.filter(bool)
_LABEL = st.one_of(
    st.sampled_from(["", "work", "home", "mobile", "fax", "other", "pager", "cell", "pref"]),
    _TEXT,
)
_DATE = st.builds(
    lambda d, no_year: PartialDate(d.month, d.day, None if no_year else d.year),
    st.dates().filter(lambda d: d.year != 1604),
    st.booleans(),
)


def _address(fields: tuple[str, ...], label: str) -> Address:
    street, city, region, postcode, country, po_box, extended = fields
    return Address(street, city, region, postcode, country, label, po_box, extended)


_ADDRESS = st.builds(_address, st.tuples(*[_TEXT] * 7), _LABEL).filter(
    lambda a: not a.is_empty() or a.extended
)


@st.composite
def _records(draw: st.DrawFn) -> ContactRecord:
    kind = draw(st.sampled_from(["person", "organization"]))
    photo = draw(st.none() | st.binary(min_size=1, max_size=120))
    organization = draw(_SOME_TEXT if kind == "organization" else _TEXT)
    return ContactRecord(
        kind=kind,
        title=draw(_TEXT),
        given_name=draw(_TEXT),
        middle_name=draw(_TEXT),
        family_name=draw(_TEXT),
        suffix=draw(_TEXT),
        display_name=draw(_SOME_TEXT),
        nickname=draw(_TEXT),
        organization=organization,
        department=draw(_TEXT),
        position=draw(_TEXT),
        birthday=draw(st.none() | _DATE),
        emails=draw(st.lists(st.builds(Labeled, _SOME_TEXT, _LABEL), max_size=3)),
        phones=draw(
            st.lists(
                st.builds(Labeled, _SOME_TEXT.filter(lambda v: v[:4].lower() != "tel:"), _LABEL),
                max_size=3,
            )
        ),
        addresses=draw(st.lists(_ADDRESS, max_size=2)),
        urls=draw(st.lists(st.builds(Labeled, _SOME_TEXT, _LABEL), max_size=2)),
        notes=draw(_TEXT),
        tags=draw(st.lists(_SOME_TEXT, max_size=3, unique=True)),
        photo=photo,
        photo_mime=draw(st.sampled_from(["image/jpeg", "image/png", "image/gif"])) if photo else "",
        uid=draw(_TEXT),
        ids=draw(st.dictionaries(st.sampled_from(["registry", "tax", "vat", "pesel"]), _SOME_TEXT)),
    )


_FAST = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FAST
@given(st.lists(_records(), min_size=1, max_size=3), st.sampled_from(["3.0", "4.0"]))
def test_round_trip_generated(records, version):
    result = parse_vcards(emit_vcards(records, version).encode("utf-8"))
    assert result.problems == []
    assert strip_line(result.records) == records


@_FAST
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data):
    result = parse_vcards(data, "junk.vcf")
    assert result.records or result.problems
    check_sane(result, data, "junk.vcf")


_SEEDS = [
    (DATA / name).read_bytes()
    for name in (
        "eds_nokia_v21_qp_soft_break_every_field.vcf",
        "ezvcard_gmail_single_3.0.vcf",
        "kcontacts_v21_qp_utf8_soft_break_address.vcf",
        "aosp_nested_vcard.vcf",
        "kcontacts_owncloud_utf8_folded_mid_character.vcf",
        "radicale_v3_photo_type_png_lowercase.vcf",
    )
] + [emit_vcards(sample_records(), "3.0").encode(), emit_vcards(sample_records(), "4.0").encode()]


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(_SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["truncate", "insert", "duplicate", "delete"]))
        lines = data.split(b"\n")
        if how == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif how == "insert":
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
        elif how == "duplicate":
            i = draw(st.integers(0, len(lines) - 1))
            data = b"\n".join(lines[: i + 1] + lines[i:])
        else:
            i = draw(st.integers(0, len(lines) - 1))
            data = b"\n".join(lines[:i] + lines[i + 1 :])
    return data


@_FAST
@given(_mutated())
def test_mutated_cards_never_raise(data):
    result = parse_vcards(data, "m.vcf")
    check_sane(result, data, "m.vcf")
    assert result.records or result.problems
