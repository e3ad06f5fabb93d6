"""First mail sync of a 10,000-message IMAP mailbox: SmallCRM against mbsync and a bare loop.

A throw-away Dovecot (tests/servers/dovecot.py) gets a realistic mailbox written straight
into its Maildir: Czech, Polish and Ukrainian correspondents (RFC 2047 headers), plain and
multipart/alternative bodies, quoted-printable windows-1250 and ISO-8859-2, threads, ~10%
with a PDF/DOCX attachment, dates over 18 months, 80% INBOX and 20% Sent. Three contenders
then read the same mailbox, each from a clean state: SmallCRM's sync engine into a fresh
profile, `mbsync` (isync) with its default settings into a local Maildir, and the floor: a
bare imaplib loop into one SQLite table. Each runs twice: the first sync and a re-sync with
nothing new. Prints figures; asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

# imaplib imports `calendar`, which bench/calendar.py would shadow when this file runs as a
# script (its folder comes first on sys.path): drop the folder; add the repository instead,
# for tests.servers.
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import base64  # noqa: E402
import html  # noqa: E402
import imaplib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import quopri  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import ssl  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import unicodedata  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from email import charset as email_charset  # noqa: E402
from email.header import Header  # noqa: E402
from email.utils import format_datetime  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import quote  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

SEED = 20260514
USER = "alice"
FOLDERS = ("INBOX", "Sent")
SENT_SHARE = 0.2
ATTACHMENT_SHARE = 0.1
FLOOR_BATCH = 500
GOAL_RESYNC_S = 0.5
GOAL_RSS_MB = 300.0
START = datetime(2024, 6, 1, tzinfo=UTC)
SPAN = timedelta(days=548)  # about 18 months


# (male given names, female given names, male surnames, female surnames, domains, zone)
PEOPLE: dict[str, tuple[tuple[str, ...], ...]] = {
    "cs": (
        ("Jan", "Petr", "Tomáš", "Jiří", "Lukáš", "Martin", "Ondřej", "Zdeněk", "Václav"),
        ("Jana", "Eva", "Lucie", "Kateřina", "Markéta", "Tereza", "Zuzana", "Hana", "Věra"),
        ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Němec"),
        ("Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová", "Veselá"),
        ("seznam.cz", "email.cz", "centrum.cz", "stavby-novak.cz", "ucetni-brno.cz"),
    ),
    "pl": (
        ("Łukasz", "Paweł", "Grzegorz", "Michał", "Krzysztof", "Wojciech", "Jarosław"),
        ("Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Żaneta", "Urszula", "Bożena"),
        ("Wiśniewski", "Kowalczyk", "Lewandowski", "Szymański", "Dąbrowski", "Woźniak"),
        ("Wiśniewska", "Kowalczyk", "Lewandowska", "Szymańska", "Dąbrowska", "Woźniak"),
        ("wp.pl", "onet.pl", "interia.pl", "kancelaria-krakow.pl", "o2.pl"),
    ),
    "uk": (
        ("Олександр", "Андрій", "Дмитро", "Сергій", "Богдан", "Тарас", "Юрій"),
        ("Оксана", "Наталія", "Юлія", "Ірина", "Світлана", "Ганна", "Леся"),
        ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Лисенко"),
        ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Гнатюк"),
        ("ukr.net", "i.ua", "gmail.com", "law-kyiv.com.ua"),
    ),
}
ZONES = {"cs": "Europe/Prague", "pl": "Europe/Warsaw", "uk": "Europe/Kyiv"}
LANG_SHARE = (("cs", 0.6), ("pl", 0.25), ("uk", 0.15))
CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’",
        (
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "",
            "",
        ),  # fmt: skip
        strict=True,
    )
)

SUBJECTS = {
    "cs": (
        "Smlouva o dílo č. {n}",
        "Faktura {n}/2025",
        "Daňové přiznání za rok 2024",
        "Termín jednání u soudu",
        "Podklady k účetní závěrce",
        "Výpověď nájemní smlouvy",
        "Plná moc k podpisu",
        "Žádost o schůzku příští týden",
        "Upomínka: nezaplacená faktura č. {n}",
        "Přiznání k DPH za čtvrtletí",
        "Kupní smlouva – připomínky",
    ),
    "pl": (
        "Umowa najmu lokalu użytkowego",
        "Faktura VAT nr {n}/2025",
        "Pełnomocnictwo do podpisu",
        "Spotkanie w przyszłym tygodniu",
        "Zeznanie podatkowe PIT-37",
        "Wezwanie do zapłaty – sprawa {n}",
    ),
    "uk": (
        "Договір оренди",
        "Рахунок № {n}",
        "Довіреність на підпис",
        "Зустріч у четвер",
        "Податкова декларація за 2024 рік",
        "Документи для суду, справа {n}",
    ),
}
SENTENCES = {
    "cs": (
        "v příloze posílám upravený návrh smlouvy.",
        "Prosím o kontrolu a případné připomínky do pátku.",
        "Účetní závěrku jsme odeslali na finanční úřad.",
        "Jednání u Městského soudu v Praze je přesunuto na příští týden.",
        "Děkuji za rychlou odpověď.",
        "Zálohu ve výši 25 000 Kč uhradíme převodem na účet.",
        "Nájemce se zavazuje platit nájemné vždy do 15. dne v měsíci.",
        "Přiznání k DPH musíme podat nejpozději 25. dne po skončení čtvrtletí.",
        "Pokud budete mít jakékoli dotazy, neváhejte mě kontaktovat.",
        "Potvrzuji přijetí dokumentů, ozvu se hned, jak je projdu.",
        "Ještě prosím o doplnění rodného čísla a adresy trvalého bydliště.",
        "Schůzka v kanceláři v úterý ve 14 hodin mi vyhovuje.",
    ),
    "pl": (
        "w załączeniu przesyłam poprawioną wersję umowy.",
        "Proszę o weryfikację i ewentualne uwagi do piątku.",
        "Rozprawa w sądzie okręgowym została przełożona na przyszły miesiąc.",
        "Faktura zostanie opłacona przelewem w ciągu 14 dni.",
        "Dziękuję za szybką odpowiedź.",
        "Proszę o potwierdzenie otrzymania dokumentów.",
        "Spotkanie we wtorek o godzinie 10:00 bardzo mi odpowiada.",
        "Zeznanie zostało złożone w urzędzie skarbowym.",
    ),
    "uk": (
        "надсилаю виправлений проєкт договору.",
        "Прошу перевірити та надіслати зауваження до п’ятниці.",
        "Засідання суду перенесено на наступний тиждень.",
        "Дякую за швидку відповідь.",
        "Рахунок буде оплачено протягом чотирнадцяти днів.",
        "Підтверджую отримання документів, відповім найближчим часом.",
        "Зустріч у вівторок о 10:00 мені підходить.",
    ),
}
GREETING = {"cs": "Dobrý den,", "pl": "Dzień dobry,", "uk": "Добрий день,"}
CLOSING = {"cs": "S pozdravem", "pl": "Z poważaniem", "uk": "З повагою"}
WROTE = {"cs": "Dne {d} {who} napsal(a):", "pl": "{d} {who} napisał(a):", "uk": "{d} {who} пише:"}
REPLY = {"cs": ("Re: ", "RE: "), "pl": ("Re: ", "Odp: "), "uk": ("Re: ", "RE: ")}
ATTACHMENTS = {
    "cs": ("Smlouva o dílo {n}.pdf", "Faktura č. {n}.pdf", "Plná moc – podpis.docx"),
    "pl": ("Umowa najmu – wersja {n}.docx", "Faktura VAT {n}.pdf", "Pełnomocnictwo.pdf"),
    "uk": ("Договір оренди {n}.pdf", "Довіреність.docx", "Рахунок {n}.pdf"),
}
MAILERS = ("Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6.0", "Seznam Email", "")

UTF8_Q = email_charset.Charset("utf-8")
UTF8_Q.header_encoding = email_charset.QP


# --- the mailbox ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    lang: str


ME = Person("Alice Dvořáková", "alice@kancelar-dvorakova.cz", "cs")
COLLEAGUES = (
    Person("Petra Malá", "petra.mala@kancelar-dvorakova.cz", "cs"),
    Person("Ondřej Šťastný", "ondrej.stastny@kancelar-dvorakova.cz", "cs"),
    Person("Účtárna", "uctarna@kancelar-dvorakova.cz", "cs"),
)


@dataclass
class Sent:
    """What a later reply needs of a message."""

    message_id: str
    references: list[str]
    subject: str
    party: Person
    writer: str
    date: datetime
    text: str


@dataclass
class Mailbox:
    count: Counter[str] = field(default_factory=Counter)
    bytes: int = 0


def _ascii(text: str) -> str:
    text = "".join(CYRILLIC.get(c, c) for c in text.lower()).replace("ł", "l")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]+", "", text)


def _people(rng: random.Random, count: int) -> list[Person]:
    out: list[Person] = []
    for _ in range(count):
        lang = rng.choices([lang for lang, _ in LANG_SHARE], [w for _, w in LANG_SHARE])[0]
        men, women, male, female, domains = PEOPLE[lang]
        given, family = (
            (rng.choice(men), rng.choice(male))
            if rng.random() < 0.5
            else (rng.choice(women), rng.choice(female))
        )
        local = rng.choice((f"{given}.{family}", f"{given[0]}{family}", family))
        out.append(Person(f"{given} {family}", f"{_ascii(local)}@{rng.choice(domains)}", lang))
    return out


def _header(rng: random.Random, text: str, charset: str) -> str:
    """RFC 2047 when needed: UTF-8 as B or Q, or the body's 8-bit charset as Q."""
    if text.isascii():
        return text
    if charset != "utf-8":
        try:
            return Header(text, charset).encode()
        except UnicodeEncodeError:
            pass
    return Header(text, UTF8_Q if rng.random() < 0.3 else "utf-8").encode()


def _address(rng: random.Random, person: Person, charset: str) -> str:
    if person.name.isascii():
        return f'"{person.name}" <{person.email}>'
    return f"{_header(rng, person.name, charset)} <{person.email}>"


def _part_body(rng: random.Random, text: str, charset: str) -> tuple[str, bytes]:
    """(Content-Transfer-Encoding, encoded body) for a text part, LF line ends."""
    data = text.encode(charset)
    if charset != "utf-8":
        return "quoted-printable", quopri.encodestring(data)
    how = rng.choices(("8bit", "quoted-printable", "base64"), (0.4, 0.4, 0.2))[0]
    if how == "8bit":
        return how, data
    if how == "quoted-printable":
        return how, quopri.encodestring(data)
    return how, base64.encodebytes(data)


def _text_part(rng: random.Random, subtype: str, text: str, charset: str) -> bytes:
    cte, body = _part_body(rng, text, charset)
    head = f"Content-Type: text/{subtype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n"
    return head.encode() + b"\n" + body.rstrip(b"\n") + b"\n"


def _html(paragraphs: list[str], charset: str) -> str:
    body = "".join(
        f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in paragraphs if p.strip()
    )
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f'</head>\n<body style="font-family: Calibri, sans-serif">\n{body}</body></html>\n'
    )


def _attachment(rng: random.Random, lang: str, n: int) -> bytes:
    filename = rng.choice(ATTACHMENTS[lang]).format(n=n)
    size = int(math.exp(rng.uniform(math.log(3_000), math.log(300_000))))
    if filename.endswith(".pdf"):
        ctype, data = "application/pdf", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(size)
    else:
        ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data = b"PK\x03\x04\x14\x00\x06\x00" + rng.randbytes(size)
    # Outlook writes RFC 2047 in name=, others RFC 2231 in filename*=: both are seen.
    name = Header(filename, "utf-8").encode()
    return (
        f'Content-Type: {ctype}; name="{name}"\n'
        f"Content-Disposition: attachment; filename*=utf-8''{quote(filename)}\n"
        "Content-Transfer-Encoding: base64\n\n"
    ).encode() + base64.encodebytes(data)


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> tuple[str, bytes]:
    body = b"This is a multi-part message in MIME format.\n\n"
    for part in parts:
        body += f"--{boundary}\n".encode() + part
    body += f"--{boundary}--\n".encode()
    return f'multipart/{subtype};\n boundary="{boundary}"', body


def _message(
    rng: random.Random, n: int, when: datetime, folder: str, people: list[Person], recent: list
) -> tuple[bytes, Sent, str, Counter[str]]:
    """One message: its bytes (LF line ends, as Maildir keeps them), what a reply needs,
    its Maildir flags, and what kind of message it is (for the summary)."""
    kinds: Counter[str] = Counter()
    parent: Sent | None = rng.choice(recent[-300:]) if recent and rng.random() < 0.45 else None
    party = parent.party if parent else rng.choice(people)
    lang = party.lang
    if parent:
        subject = parent.subject
        if not subject.startswith(REPLY[lang]):
            subject = rng.choice(REPLY[lang]) + subject
        references = (parent.references + [parent.message_id])[-10:]
        kinds["reply"] += 1
    else:
        subject = rng.choice(SUBJECTS[lang]).format(n=rng.randrange(100, 9999))
        references = []
    charset = "utf-8"
    if lang != "uk" and rng.random() < 0.3:
        charset = rng.choice(("windows-1250", "iso-8859-2"))
    kinds[charset] += 1

    sender = ME if folder == "Sent" else party
    writer = sender.name
    paragraphs = [GREETING[lang]]
    for _ in range(rng.choice((1, 1, 2, 2, 3, 4, 6))):
        paragraphs.append(" ".join(rng.sample(SENTENCES[lang], rng.randint(1, 4))))
    paragraphs.append(f"{CLOSING[lang]}\n{writer}")
    if folder != "Sent" and rng.random() < 0.5:
        paragraphs.append(f"--\n{writer}\ntel. +420 {rng.randrange(600_000_000, 799_999_999)}")
    text = "\n\n".join(paragraphs)
    if parent:
        quoted = "\n".join("> " + line for line in parent.text.splitlines()[:40])
        wrote = WROTE[lang].format(d=format_datetime(parent.date), who=parent.writer)
        text += f"\n\n{wrote}\n{quoted}"
        paragraphs.append(f"{wrote}\n{quoted}")
    text += "\n"

    boundary = f"----=_NextPart_{n:06d}_{rng.getrandbits(32):08X}"
    if rng.random() < 0.45:
        kinds["alternative"] += 1
        ctype, body = _multipart(
            "alternative",
            [
                _text_part(rng, "plain", text, charset),
                _text_part(rng, "html", _html(paragraphs, charset), charset),
            ],
            boundary + "_alt",
        )
        content = f"Content-Type: {ctype}\n".encode() + b"\n" + body
    else:
        kinds["plain"] += 1
        content = _text_part(rng, "plain", text, charset)
    if rng.random() < ATTACHMENT_SHARE:
        kinds["attachment"] += 1
        ctype, body = _multipart("mixed", [content, _attachment(rng, lang, n)], boundary)
        content = f"Content-Type: {ctype}\n".encode() + b"\n" + body

    local = when.astimezone(ZoneInfo(ZONES[lang] if folder != "Sent" else "Europe/Prague"))
    domain = sender.email.split("@", 1)[1]
    message_id = f"<{n:06d}.{rng.getrandbits(48):012x}@{domain}>"
    to = [party] if folder == "Sent" else [ME]
    if rng.random() < 0.15:
        to.append(rng.choice(people))
    headers = [
        f"Return-Path: <{sender.email}>",
        f"From: {_address(rng, sender, charset)}",
        "To: " + ",\n ".join(_address(rng, p, charset) for p in to),
    ]
    if rng.random() < 0.2:
        cc = rng.sample(COLLEAGUES, rng.randint(1, 2))
        headers.append("Cc: " + ",\n ".join(_address(rng, p, charset) for p in cc))
    headers += [
        f"Subject: {_header(rng, subject, charset)}",
        f"Date: {format_datetime(local)}",
        f"Message-ID: {message_id}",
    ]
    if parent:
        headers.append(f"In-Reply-To: {parent.message_id}")
        headers.append("References: " + "\n ".join(references))
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(f"X-Mailer: {mailer}")
    headers.append("MIME-Version: 1.0")
    raw = ("\n".join(headers) + "\n").encode() + content

    if folder == "Sent":
        flags = "S"
    else:
        flags = rng.choices(("S", "RS", "FS", ""), (0.82, 0.1, 0.03, 0.05))[0]
    sent = Sent(message_id, references, subject, party, writer, local, text[:1500])
    return raw, sent, flags, kinds


def fill_mailbox(server: Any, messages: int, seed: int) -> tuple[Mailbox, Counter[str]]:
    """Writes `messages` generated messages into alice's Maildir (INBOX and Sent)."""
    rng = random.Random(seed)
    people = _people(rng, 300)
    span = SPAN.total_seconds()
    stamps = sorted(rng.uniform(0, span) for _ in range(messages))
    recent: list[Sent] = []
    box = Mailbox()
    kinds: Counter[str] = Counter()
    for n, offset in enumerate(stamps, 1):
        when = START + timedelta(seconds=offset)
        folder = "Sent" if rng.random() < SENT_SHARE else "INBOX"
        raw, sent, flags, kind = _message(rng, n, when, folder, people, recent)
        recent.append(sent)
        if len(recent) > 1000:
            del recent[:500]
        kinds += kind
        server.write_maildir_message(
            USER, raw, folder, flags=flags, when=when, name=f"{int(when.timestamp())}.M{n}P1.bench"
        )
        box.count[folder] += 1
        box.bytes += len(raw)
    return box, kinds


def warm_up(server: Any) -> float:
    """Dovecot builds its index of a Maildir it has not seen on the first SELECT, and reads
    each file for INTERNALDATE/RFC822.SIZE: done once here, before any contender."""
    start = time.perf_counter()
    conn = server.connect(USER)
    try:
        for folder in FOLDERS:
            typ, data = conn.select(folder)
            if typ != "OK":
                raise RuntimeError(f"SELECT {folder} failed: {data!r}")
            conn.uid("FETCH", "1:*", "(UID FLAGS INTERNALDATE RFC822.SIZE)")
    finally:
        conn.logout()
    return time.perf_counter() - start


# --- the contenders ------------------------------------------------------------------------


def _peak_mb(pid: int | str = "self") -> float:
    """Peak RSS of a process, in MB. Linux's VmHWM, not ru_maxrss: a child started by
    (v)fork+exec inherits its parent's resident size in ru_maxrss, VmHWM is its own."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


class _ChildWatch:
    """Samples the peak RSS (VmHWM) of this process's children, the parser processes,
    while they live: their own ru_maxrss would carry the parent's size from the fork.
    The last reading counts: between fork and exec a child still shows the parent's."""

    def __init__(self) -> None:
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _ChildWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            for children in Path("/proc/self/task").glob("*/children"):
                try:
                    pids = children.read_text().split()
                except OSError:
                    continue
                for pid in map(int, pids):
                    try:
                        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                            if b"spawn_main" not in cmdline.read():
                                continue  # not exec'd yet, or not a parser
                    except OSError:
                        continue
                    self.peak[pid] = _peak_mb(pid)


def child_smallcrm(cfg: dict[str, Any]) -> dict[str, Any]:
    """SmallCRM's engine into a fresh profile: first sync, then a re-sync with nothing new."""
    from sqlalchemy import func, select

    from smallcrm.core import migrate
    from smallcrm.core.db import Database
    from smallcrm.core.models import MailAccount, MailMessage
    from smallcrm.core.paths import Profile
    from smallcrm.core.sync.engine import sync_imap_account

    home = Path(cfg["dir"])
    shutil.rmtree(home, ignore_errors=True)
    profile = Profile.open(home)
    database = Database(profile.url)
    migrate.upgrade(profile, database)
    with database.session_scope() as s:
        account = MailAccount(
            name="Bench", kind="imap", host=cfg["host"], port=cfg["imaps_port"],
            security="tls", user_name=USER, privacy="all", since_months=None,
            folders=json.dumps(list(FOLDERS)),
        )  # fmt: skip
        s.add(account)
        s.flush()
        account_id = account.id

    phases: dict[str, float] = {}

    def sync() -> float:
        start = time.perf_counter()
        report = sync_imap_account(database, account_id, cfg["password"], pinned_sha256=cfg["pin"])
        phases.setdefault("stored", report.stored_seconds)
        phases.setdefault("indexed", report.indexed_seconds)
        return time.perf_counter() - start

    out: dict[str, Any] = {}
    watch = _ChildWatch().__enter__()
    if cfg.get("cprofile"):
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        out["first"] = sync()
        profiler.disable()
        for order in ("cumulative", "tottime"):
            print(f"\n--- SmallCRM first sync under cProfile, by {order} ---", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats(order).print_stats(30)
    else:
        out["first"] = sync()
    out["again"] = sync()
    out.update(phases)
    with database.session_scope() as s:
        out["messages"] = s.scalar(select(func.count()).select_from(MailMessage))
        out["unindexed"] = s.scalar(
            select(func.count()).select_from(MailMessage).where(MailMessage.indexed_at.is_(None))
        )
    database.dispose()
    out["db_bytes"] = sum(
        p.stat().st_size
        for p in profile.database_path.parent.glob(profile.database_path.name + "*")
    )
    watch.__exit__()
    out["peak_mb"] = _peak_mb()
    out["helper_peak_mb"] = max(watch.peak.values(), default=0.0)
    out["helpers"] = len(watch.peak)
    return out


_UID = re.compile(rb"UID (\d+)")


def child_floor(cfg: dict[str, Any]) -> dict[str, Any]:
    """The least any IMAP-to-SQLite sync can do: fetch every message whole, store it."""
    path = Path(cfg["dir"]) / "floor.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")  # as SmallCRM's profile database
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE msg (uid INTEGER, folder TEXT, raw BLOB, PRIMARY KEY (folder, uid))")
    context = ssl.create_default_context(cafile=cfg["cert"])
    out: dict[str, Any] = {}

    start = time.perf_counter()
    conn = imaplib.IMAP4_SSL(cfg["host"], cfg["imaps_port"], ssl_context=context)
    conn.login(USER, cfg["password"])
    for folder in FOLDERS:
        conn.select(folder)
        _, data = conn.uid("SEARCH", "ALL")
        uids = [int(u) for u in data[0].split()]
        for i in range(0, len(uids), FLOOR_BATCH):
            chunk = uids[i : i + FLOOR_BATCH]
            _, data = conn.uid(
                "FETCH", f"{chunk[0]}:{chunk[-1]}", "(UID FLAGS INTERNALDATE BODY.PEEK[])"
            )
            rows = [
                (int(_UID.search(item[0]).group(1)), folder, item[1])  # type: ignore[union-attr]
                for item in data
                if isinstance(item, tuple)
            ]
            db.executemany("INSERT INTO msg VALUES (?, ?, ?)", rows)
            db.commit()
    conn.logout()
    out["first"] = time.perf_counter() - start

    # Nothing new: per folder the highest stored UID, SELECT, UID SEARCH above it.
    start = time.perf_counter()
    conn = imaplib.IMAP4_SSL(cfg["host"], cfg["imaps_port"], ssl_context=context)
    conn.login(USER, cfg["password"])
    for folder in FOLDERS:
        (last,) = db.execute("SELECT max(uid) FROM msg WHERE folder = ?", (folder,)).fetchone()
        conn.select(folder)
        _, data = conn.uid("SEARCH", "UID", f"{(last or 0) + 1}:*")
        new = [int(u) for u in data[0].split() if int(u) > (last or 0)]
        if new:
            raise RuntimeError(f"{folder}: {len(new)} new messages on a no-change re-sync")
    conn.logout()
    out["again"] = time.perf_counter() - start
    (out["messages"],) = db.execute("SELECT count(*) FROM msg").fetchone()
    db.close()
    out["db_bytes"] = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    out["peak_mb"] = _peak_mb()
    return out


def run_child(kind: str, cfg: dict[str, Any]) -> dict[str, Any]:
    """This script again in a fresh process, so each contender's peak memory is its own."""
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--child-config", json.dumps(cfg)],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


MBSYNCRC = """\
IMAPAccount bench
Host {host}
Port {port}
User {user}
Pass {password}
SSLType {ssl_type}
CertificateFile {cert}

IMAPStore remote
Account bench

MaildirStore local
Path {local}/
Inbox {local}/INBOX
SubFolders Verbatim

Channel bench
Far :remote:
Near :local:
Patterns {patterns}
Create Near
SyncState *
"""


def _timed_process(cmd: list[str], log: Path) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one child process: its VmHWM, sampled every 10 ms
    until it exits (its ru_maxrss would include this Python process's size at the fork)."""
    peak = 0.0
    with open(log, "ab") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        while True:
            sample = _peak_mb(proc.pid)
            pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, sample)
            time.sleep(0.01)
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited with {proc.returncode}; see {log}")
    return elapsed, peak


def run_mbsync(server: Any, work: Path) -> dict[str, Any]:
    mbsync = shutil.which("mbsync")
    if mbsync is None:
        raise SystemExit("mbsync is missing: apt-get install isync (make bench does)")
    base = work / "mbsync"
    shutil.rmtree(base, ignore_errors=True)
    (base / "mail").mkdir(parents=True)
    rc = base / "mbsyncrc"
    rc.write_text(
        MBSYNCRC.format(
            # mbsync checks the certificate's DNS names only (not IP addresses), even for a
            # CertificateFile it trusts: the harness's certificate also names localhost.
            host="localhost",
            port=server.imap_port,
            user=USER,
            password=server.users[USER],
            ssl_type="STARTTLS",
            cert=server.cert_path,
            local=base / "mail",
            patterns=" ".join(FOLDERS),
        )
    )
    rc.chmod(0o600)
    log = base / "mbsync.log"
    first, peak1 = _timed_process([mbsync, "-c", str(rc), "bench"], log)
    # mbsync sleeps up to a second when a local Maildir changed within the current second
    # (its guard against a race with other writers). A real re-sync comes minutes later.
    time.sleep(1.1)
    again, peak2 = _timed_process([mbsync, "-c", str(rc), "bench"], log)
    messages = sum(
        1 for sub in ("cur", "new") for d in (base / "mail").rglob(sub) for _ in d.iterdir()
    )
    size = sum(p.stat().st_size for p in (base / "mail").rglob("*") if p.is_file())
    return {
        "first": first,
        "again": again,
        "messages": messages,
        "db_bytes": size,
        "peak_mb": max(peak1, peak2),
    }


# --- the run -------------------------------------------------------------------------------


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000, help="default 10,000")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and keep it (mail, databases, logs)"
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="rounds of the three contenders, taken in turn; medians are shown (default 3:"
        " mbsync's fsyncs make its time swing with the disk)",
    )
    parser.add_argument(
        "--cprofile",
        action="store_true",
        help="afterwards, profile one more SmallCRM first sync (cProfile, to stderr)",
    )
    parser.add_argument("--child", choices=("smallcrm", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--child-config", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        cfg = json.loads(args.child_config)
        result = (child_smallcrm if args.child == "smallcrm" else child_floor)(cfg)
        print(json.dumps(result))
        return

    from tests.servers.dovecot import start_dovecot

    work = args.keep or Path(tempfile.mkdtemp(prefix="smallcrm-bench-imap-"))
    work.mkdir(parents=True, exist_ok=True)
    server = start_dovecot(work / "dovecot")
    try:
        start = time.perf_counter()
        box, kinds = fill_mailbox(server, args.messages, args.seed)
        written = time.perf_counter() - start
        total = sum(box.count.values())
        print(
            f"mailbox: {total:,} messages ({', '.join(f'{f} {box.count[f]:,}' for f in FOLDERS)}),"
            f" {_mb(box.bytes)}, written into Dovecot's Maildir in {written:.1f} s"
        )
        print(
            f"  {kinds['alternative']:,} multipart/alternative, {kinds['plain']:,} text/plain, "
            f"{kinds['attachment']:,} with a PDF/DOCX attachment, {kinds['reply']:,} replies; "
            f"bodies in utf-8 {kinds['utf-8']:,}, windows-1250 {kinds['windows-1250']:,}, "
            f"iso-8859-2 {kinds['iso-8859-2']:,} (quoted-printable)"
        )
        print(
            f"Dovecot {server.version}: first SELECT (indexing) and a FETCH of FLAGS, "
            f"INTERNALDATE, RFC822.SIZE of every message, done once before all contenders: "
            f"{warm_up(server):.1f} s"
        )
        cfg = {
            "host": server.host,
            "imaps_port": server.imaps_port,
            "password": server.users[USER],
            "pin": server.cert_sha256,
            "cert": str(server.cert_path),
        }
        rounds: dict[str, list[dict[str, Any]]] = {}
        for n in range(max(args.runs, 1)):
            # In turn, round after round: a slow spell of the disk or the machine falls on
            # every contender alike.
            ours_cfg = {**cfg, "dir": str(work / f"smallcrm-{n}")}
            floor_cfg = {**cfg, "dir": str(work / f"floor-{n}")}
            rounds.setdefault("SmallCRM (IMAPS)", []).append(run_child("smallcrm", ours_cfg))
            rounds.setdefault("mbsync (STARTTLS)", []).append(run_mbsync(server, work))
            rounds.setdefault("bare imaplib loop (IMAPS)", []).append(run_child("floor", floor_cfg))
        # Each contender's median round (by its first sync), whole.
        results = {
            name: sorted(runs, key=lambda r: r["first"])[len(runs) // 2]
            for name, runs in rounds.items()
        }

        print()
        print(f"first syncs of {args.runs} rounds, in turn (the median is shown below):")
        for name, runs in rounds.items():
            print(f"  {name:<27} " + ", ".join(f"{r['first']:.2f} s" for r in runs))
        print()
        print(
            f"{'contender':<27} {'first sync':>11} {'re-sync':>9} {'messages':>9} "
            f"{'peak RSS':>9} {'stored':>10}"
        )
        for name, r in results.items():
            print(
                f"{name:<27} {r['first']:>9.2f} s {r['again']:>7.3f} s {r['messages']:>9,} "
                f"{r['peak_mb']:>6.0f} MB {_mb(r['db_bytes']):>10}"
            )
        ours = results["SmallCRM (IMAPS)"]
        theirs = results["mbsync (STARTTLS)"]
        floor = results["bare imaplib loop (IMAPS)"]
        print()
        print(
            f"SmallCRM first sync, in two phases: {ours['stored']:.2f} s until every message is"
            f" stored, listed, linked to its people and found by sender and subject (headers"
            f" read); then {ours['indexed']:.2f} s reading the bodies (text search, attachments,"
            f" invitations); {ours['unindexed']} left unread"
        )
        whole = ours["first"] / theirs["first"]
        print(
            f"SmallCRM first sync / mbsync:     {whole:.2f}x  (the whole run, bodies read too;"
            f" goal < 1: {'met' if whole < 1 else 'missed'})"
        )
        print(
            f"SmallCRM mail stored / mbsync:    {ours['stored'] / theirs['first']:.2f}x  (every"
            " message kept and listed, bodies not yet read)"
        )
        print(f"SmallCRM first sync / bare loop:  {ours['first'] / floor['first']:.2f}x")
        print(
            f"SmallCRM re-sync:                 {ours['again']:.3f} s  (goal < {GOAL_RESYNC_S} s:"
            f" {'met' if ours['again'] < GOAL_RESYNC_S else 'missed'})"
        )
        helpers = min(os.cpu_count() or 1, 4)
        total = ours["peak_mb"] + helpers * ours["helper_peak_mb"]  # all at their peak at once
        print(
            f"SmallCRM peak memory:             {total:.0f} MB: the sync's process"
            f" {ours['peak_mb']:.0f} MB + up to {helpers} parser processes of at most"
            f" {ours['helper_peak_mb']:.0f} MB (goal < {GOAL_RSS_MB:.0f} MB:"
            f" {'met' if total < GOAL_RSS_MB else 'missed'})"
        )
        print(
            f"SmallCRM first sync throughput:   {ours['messages'] / ours['first']:,.0f} msg/s, "
            f"{box.bytes / ours['first'] / 1e6:.1f} MB/s"
        )
        print(
            "(times are the sync alone: SmallCRM and the bare loop run in a fresh process each,"
            " after imports and, for SmallCRM, after creating and migrating the profile; mbsync"
            " is the whole command with its default settings, fsync included; peak RSS is the"
            " worker process's own)"
        )
        if args.cprofile:
            run_child("smallcrm", {**cfg, "dir": str(work / "smallcrm-cprofile"), "cprofile": 1})
    finally:
        server.stop()
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
            shutil.rmtree(server.root, ignore_errors=True)
        else:
            print(f"\nkept in {work} (Dovecot's files: {server.root})")


if __name__ == "__main__":
    main()
