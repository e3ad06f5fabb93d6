"""MIME mail records: the real-world corpus, broken messages, limits, mutated input."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.core.interop.mime import (
    Address,
    ParsedMessage,
    attachment_bytes,
    parse_message,
)

DATA = Path(__file__).parents[3] / "data" / "eml"
FILES = sorted(DATA.glob("*.eml"))


def load(name: str) -> ParsedMessage:
    return parse_message((DATA / f"{name}.eml").read_bytes())


def ics_uid(ics: bytes) -> str:
    m = re.search(rb"^UID:(.*(?:\r?\n[ \t].*)*)", ics, re.M)
    assert m
    return re.sub(rb"\r?\n[ \t]", b"", m.group(1)).strip().decode()


# --------------------------------------------------------------------------- the corpus


def test_corpus_is_all_here():
    assert len(FILES) == 118
    listed = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for path in FILES:
        assert f"| {path.name} |" in listed


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_corpus_mail_parses(path: Path):
    raw = path.read_bytes()
    msg = parse_message(raw)
    assert isinstance(msg, ParsedMessage)
    assert all(isinstance(p, str) for p in msg.problems)
    for att in msg.attachments:  # every listed part can be fetched again
        assert len(attachment_bytes(raw, att.part_path)) >= 0


def test_hungarian_iso8859_2_html_in_three_transfer_encodings():
    for cte in ("8bit", "base64", "qp"):
        msg = load(f"thunderbird_hungarian_iso8859_2_{cte}_html")
        assert msg.text == "árvíztűrő tükörfúrógép\nÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP"
        assert msg.html is not None and "tükörfúrógép" in msg.html


def test_ukrainian_koi8u_without_charset():
    msg = load("thunderbird_ukrainian_koi8u_no_charset")
    assert msg.text.startswith("Моя семья\n\nУ меня большая семья из шести человек")


def test_windows1250_without_charset():
    msg = load("thunderbird_windows1250_detected_no_charset")
    assert msg.subject == (
        "Test message with Spanish text, no encoding, is windows-1250 (as detected)"
    )
    assert msg.text.startswith("A lo largo de mi vida he sido testigo")


def test_cyrillic_b_encoded_subject():
    msg = load("flanker_yahoo_bilingual_ru_en_b_subject")
    assert msg.subject == "Simple text. How are you? Как ты поживаешь?"
    assert msg.text == "This line is in English\nА эта линия по-русски."
    assert msg.message_id == "341090.85574.qm@web50704.mail.re2.yahoo.com"
    assert msg.date == datetime(2010, 2, 7, 14, 2, 38, tzinfo=timezone(timedelta(hours=-8)))


def test_gb2312_subject_and_name():
    msg = load("mailparser_oe5_gb2312")
    assert msg.subject == "代开各地增值税发票"
    assert msg.sender == Address("张先生", "baoguan@hotmail.com")
    assert msg.text.startswith("你好！我公司可代开各类增值税发票")


def test_raw_big5_headers_guessed_from_the_declared_charset():
    msg = load("kopano_raw_big5_headers")
    assert msg.subject == "養樂多線上訂購"
    assert msg.sender == Address("養樂多", "c@y")


def test_raw_8bit_inside_encoded_words_eudora():
    msg = load("zbateson_eudora42_raw_8bit_inside_encoded_word")
    assert msg.subject == "Die Hasen und die Frösche"
    assert msg.to == [Address("Heinz Müller", "mueller@example.com")]


def test_utf7_outlook_2000_names():
    msg = load("zbateson_outlook2000_utf7_body_and_headers")
    assert msg.subject == "Die Hasen und die Frösche (Microsoft Outlook 00)"
    assert msg.to == [
        Address("Joe Blow", "jblow@example.com"),
        Address("Jürgen Schmürgen", "schmuergen@example.com"),
    ]
    assert msg.text.startswith("Die Hasen und die Frösche\n\nDie Hasen klagten einst über")


def test_raw_latin1_from_netscape_and_references():
    msg = load("flanker_netscape4_1997_raw_latin1_from")
    assert msg.sender == Address("Ingo Lütkebohle", "ingo@blank.pages.de")
    assert msg.references == ["Pine.BSF.3.95q.970712135859.28530B-100000@valis.worldgate.com"]
    assert msg.message_id == "33C7E4E1.2A12445E@blank.pages.de"


def test_references_keep_their_order():
    msg = load("mimekit_usenet_1995_nutnews_epilogue")
    assert msg.references == [
        "3ohapq$h3b@gandalf.rutgers.edu",
        "3notqh$b52@ns2.ny.ubs.com",
        "3npoh0$2oo@news.blkbox.com",
        "3nqp09$r7t@ns2.ny.ubs.com",
    ]
    msg = load("mimekit_o365_qmail_assp_headers")
    assert msg.in_reply_to == (
        "5185e377-81c5-4361-91ba-11d42f4c5cc9@AM5EUR02FT056.eop-EUR02.prod.protection.outlook.com"
    )
    assert msg.references[-1] == msg.in_reply_to
    assert len(msg.references) == 2


def test_header_wrapped_without_blank_is_repaired():
    # A gateway broke a long header without folding it: the headers after it still count.
    msg = load("mimekit_o365_qmail_assp_headers")
    assert msg.text == "Test headers"
    assert msg.html is not None
    assert any("folded" in p for p in msg.problems)


def test_encoded_comma_in_display_name():
    assert load("flanker_b_encoded_comma_display_name").sender == Address(
        "Foo, Bar", "foo.bar@example.com"
    )
    msg = load("mailparser_encoded_comma_in_display_name")
    assert msg.sender == Address("LastßlName, FirstName", "comma.name@example.com")
    assert Address('John "Johnny" Doe', "john.doe@example.com") in msg.cc


def test_address_as_display_name_and_lists():
    msg = load("mailparser_address_as_display_name")
    assert msg.sender == Address("", "alice@example.com")
    assert [a.email for a in msg.cc] == ["eve@example.com", "frank@example.com"]
    assert [a.email for a in msg.reply_to] == ["henry@example.com", "ivan@example.com"]


def test_invalid_hour_27_is_a_problem_not_a_date():
    msg = load("cpython_msg47_invalid_hour_27")
    assert msg.date is None
    assert any("Date" in p and "27:39:33" in p for p in msg.problems)


def test_attachment_names_rfc2231_and_2047_keep_diacritics():
    msg = load("roundcube_attachment_filename_variants")
    names = [a.filename for a in msg.attachments]
    assert names == [
        "A011.txt",
        "A012.txt",
        "A014.txt",
        "żółć.png",
        "żółć.png",
        "very very very very long very very very very long ćććććć very very very long name.txt",
    ]
    assert load("zbateson_pine_rfc2231_latin1_filename").attachments[0].filename == (
        "HasenundFrösche.txt"
    )
    japanese = load("rubymail_apple_mail_japanese_rfc2231_filename").attachments[0]
    assert japanese.filename == "かきくけこかきくけこかきくけこかきくけこかきくけこ.txt"


def test_raw_8bit_filenames():
    assert load("rubymail_apple_mail_raw_8bit_filename").attachments[0].filename == "ciële.txt"
    name = load("flanker_yahoo_raw_utf8_cyrillic_long_filename").attachments[0].filename
    assert name is not None and name.startswith("Картинка с очень, очень длинным")


def test_attachment_bytes_round_trip_and_sizes():
    raw = (DATA / "mailparser_ibm_notes9_italian_related.eml").read_bytes()
    msg = parse_message(raw)
    pdf = [a for a in msg.attachments if a.filename == "Move To Eight ZWEP6227F.pdf"]
    assert len(pdf) == 1 and pdf[0].part_path == (1,) and not pdf[0].is_inline
    data = attachment_bytes(raw, pdf[0].part_path)
    assert data.startswith(b"%PDF")
    assert abs(len(data) - pdf[0].size) <= 2  # base64 is measured, not decoded
    images = [a for a in msg.attachments if a.content_type == "image/gif"]
    assert len(images) == 3 and all(a.is_inline and a.content_id for a in images)
    with pytest.raises(KeyError):
        attachment_bytes(raw, (7, 3))


def test_forwarded_message_is_an_attachment():
    raw = (DATA / "roundcube_forward_as_rfc822_name_filename_params.eml").read_bytes()
    msg = parse_message(raw)
    assert msg.text == "Check the forwarded message"
    (att,) = msg.attachments
    assert (att.filename, att.content_type) == ("Lines.eml", "message/rfc822")
    assert b"Subject: Lines" in attachment_bytes(raw, att.part_path)


def test_imip_request_and_cancel():
    teams = load("thunderbird_ms_teams_invite")
    assert [c.method for c in teams.calendar] == ["REQUEST"]
    assert b"BEGIN:VCALENDAR" in teams.calendar[0].ics_bytes
    assert ics_uid(teams.calendar[0].ics_bytes)
    cancel = load("thunderbird_gmail_cancel_recurring")
    assert [c.method for c in cancel.calendar] == ["CANCEL"]
    booking = load("thunderbird_booking_mixed_case_text_calendar")
    assert [c.method for c in booking.calendar] == ["PUBLISH"]
    assert booking.attachments[0].filename == "booking.ics"


def test_google_invite_sent_twice_is_one_calendar_part():
    msg = load("thunderbird_google_meet_invite")
    assert len(msg.calendar) == 1 and msg.calendar[0].method == "REQUEST"
    assert [a.filename for a in msg.attachments] == ["invite.ics"]


def test_exchange_cdo_calendar_method_from_the_ics():
    msg = load("kopano_exchange_cdo_imip_8bit_latin1_in_ics")
    assert [c.method for c in msg.calendar] == ["REQUEST"]
    assert ics_uid(msg.calendar[0].ics_bytes)


def test_auto_replies_and_reports():
    assert load("flanker_office365_ndr_recipient_not_found").is_auto_reply
    assert load("mimekit_mdn_read_receipt").is_auto_reply
    assert load("mimekit_bounce_ndr").is_auto_reply
    assert not load("thunderbird_ms_teams_invite").is_auto_reply
    assert not load("roundcube_attachment_filename_variants").is_auto_reply


def test_broken_multiparts_still_give_text():
    msg = load("flanker_missing_final_boundary")
    assert msg.text == "Some body"
    assert load("mimekit_gmail_multipart_no_end_boundary").text == (
        "Multipart message without closing boundary"
    )
    msg = load("mailparser_multipart_missing_boundary_param")
    assert any("boundary" in p for p in msg.problems)


def test_smime_signature_is_listed():
    msg = load("flanker_smime_signed")
    assert "smime.p7s" in [a.filename for a in msg.attachments]


def test_bom_before_the_headers():
    msg = load("mimekit_arf_feedback_report")
    assert msg.subject == "FW: Earn money"
    assert msg.sender == Address("", "abusedesk@example.com")


def test_homoglyph_domain_kept_as_written():
    msg = load("roundcube_address_spoofing_homoglyph")
    assert msg.to == [Address("", "test@рaypal.com")]  # Cyrillic "р": visible in the record


# --------------------------------------------------------------------------- by hand


def test_domain_lower_cased_local_part_kept_and_invalid_listed():
    raw = (
        b"From: =?utf-8?q?Ji=C5=99=C3=AD?= <Jiri.Novak@Example.CZ>\r\n"
        b"To: nobody, ok@x.cz\r\n"
        b"Message-ID: < abc@host >\r\n"
        b"References: <a@x> <b@x>\r\n <a@x>\r\n"
        b"Date: Mon, 1 Jan 2024 10:00:00 -0000\r\n"
        b"Auto-Submitted: auto-replied\r\n\r\nhi\r\n"
    )
    msg = parse_message(raw)
    assert msg.sender == Address("Jiří", "Jiri.Novak@example.cz")
    assert msg.to == [Address("", "ok@x.cz")]
    assert any("nobody" in p for p in msg.problems)
    assert msg.message_id == "abc@host"
    assert msg.references == ["a@x", "b@x"]
    assert msg.date == datetime(2024, 1, 1, 10, tzinfo=UTC)
    assert msg.is_auto_reply


def test_format_flowed_is_unwrapped():
    raw = (
        b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        b"Dobr\xc3\xbd den, toto je \r\ndlouh\xc3\xbd \xc5\x99\xc3\xa1dek.\r\n"
        b"> citace \r\n> pokra\xc4\x8duje\r\n-- \r\npodpis\r\n"
    )
    msg = parse_message(raw)
    assert msg.text == "Dobrý den, toto je dlouhý řádek.\n> citace pokračuje\n--\npodpis"


def test_html_only_gives_text():
    raw = (
        b"Content-Type: text/html; charset=windows-1250\r\n\r\n"
        b"<p>P\xf8\xedli\x9a \x9elu\x9dou\xe8k\xfd k\xf9\xf2</p>"
    )
    msg = parse_message(raw)
    assert msg.text == "Příliš žluťoučký kůň"
    assert msg.html == "<p>Příliš žluťoučký kůň</p>"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff" * 100,
        b"Subject: " + b"=?utf-8?b?w6E=?= " * 200_000 + b"\r\n\r\nbody",
        b"Content-Type: text/plain; " + b"a=b; " * 100_000 + b"\r\n\r\nx",
    ],
    ids=["empty", "binary", "huge-subject", "many-params"],
)
def test_hostile_headers(raw: bytes):
    msg = parse_message(raw)
    assert isinstance(msg, ParsedMessage)


def test_thousands_of_parts_are_cut():
    parts = b"".join(b"--b\r\nContent-Type: image/png\r\n\r\nx\r\n" for _ in range(5000))
    raw = b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"
    msg = parse_message(raw)
    assert 0 < len(msg.attachments) < 5000
    assert any("parts" in p for p in msg.problems)


def test_deep_nesting_is_a_problem_not_a_crash():
    depth = 3000
    head = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    raw = b"Subject: deep\r\n" + head + b"Content-Type: text/plain\r\n\r\nbottom\r\n"
    msg = parse_message(raw)
    assert msg.subject == "deep"
    assert msg.problems


def test_not_bytes_at_all():
    msg = parse_message(None)  # type: ignore[arg-type]
    assert msg.problems and msg.subject == ""


# --------------------------------------------------------------------------- mutations

SAMPLES = [p.read_bytes() for p in FILES if p.stat().st_size < 40_000]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "flip", "boundary", "insert"]))
        at = draw(st.integers(0, len(data)))
        if kind == "cut":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "boundary":
            m = re.search(rb'boundary="?([^";\r\n]+)', bytes(data), re.I)
            mark = m.group(1) if m else b"b"
            line = draw(st.sampled_from([b"--", b"--%s--", b"--%s", b"\r\n--%s\r\n\r\n"]))
            data[at:at] = line.replace(b"%s", mark) if b"%s" in line else line
        else:
            data[at:at] = draw(st.binary(max_size=40))
    return bytes(data)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_real_mails_never_raise(raw: bytes):
    msg = parse_message(raw)
    assert isinstance(msg, ParsedMessage)
    for att in msg.attachments:
        attachment_bytes(raw, att.part_path)
