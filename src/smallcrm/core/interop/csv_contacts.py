"""Contact CSV files in and out: sniff encoding, delimiter and column meaning; parse; write."""

from __future__ import annotations

import codecs
import csv
import io
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from smallcrm.core.interop.outlook_headers import (
    OUTLOOK_COM_EN,
    OUTLOOK_EN,
    OUTLOOK_LOCALISED,
    OUTLOOK_VARIANTS,
)
from smallcrm.core.interop.records import (
    Address,
    ContactRecord,
    Labeled,
    ParseResult,
    PartialDate,
    Problem,
)

__all__ = [
    "PRESETS",
    "TARGET_FIELDS",
    "CsvLayout",
    "parse_csv",
    "read_rows",
    "sniff",
    "suggest_mapping",
    "write_csv",
]

# --------------------------------------------------------------------------- targets

_NAME_FIELDS = (
    "title",
    "given_name",
    "middle_name",
    "family_name",
    "suffix",
    "display_name",
    "nickname",
    "organization",
    "department",
    "position",
)
_ADDRESS_PARTS = ("street", "extended", "po_box", "city", "region", "postcode", "country")
# Fixed address groups carry their label; "address" is the unlabelled / slot group whose
# label comes from an "address_label" column (Google's "Address 1 - Type", our own export).
_ADDRESS_GROUPS = ("work", "home", "other", "address")
_EMAIL_LABELS = {
    "email": "",
    "email2": "",
    "email3": "",
    "email_work": "work",
    "email_home": "home",
    "email_other": "other",
}
_PHONE_LABELS = {
    "phone": "",
    "phone_work": "work",
    "phone_home": "home",
    "phone_mobile": "mobile",
    "phone_fax": "fax",
    "phone_pager": "pager",
    "phone_other": "other",
}
_ID_TARGETS = {"registry_id": "registry", "tax_id": "tax", "vat_id": "vat"}

TARGET_FIELDS: tuple[str, ...] = (
    "ignore",
    "kind",
    *_NAME_FIELDS,
    "birthday",
    "birth_year",
    "birth_month",
    "birth_day",
    *_EMAIL_LABELS,
    "email_label",
    *_PHONE_LABELS,
    "phone_label",
    *(f"{g}_{p}" for g in _ADDRESS_GROUPS for p in _ADDRESS_PARTS),
    "address_label",
    "web",
    "web_label",
    "notes",
    "tags",
    *_ID_TARGETS,
    "uid",
)
"""Where a column can go. Besides these, ``"id:<key>"`` puts the cell in ``ids[key]``."""

# What CsvLayout.preset can say. Apple Contacts (and iCloud) export vCard only, never CSV,
# so no Apple CSV exists to recognise; a file from a third-party exporter maps by its names.
PRESETS = ("smallcrm", "outlook", "google", "thunderbird")


@dataclass
class CsvLayout:
    """How to read one CSV file: what `sniff` found, and what the user may override."""

    encoding: str = "utf-8"
    delimiter: str = ","
    has_header: bool = True
    headers: list[str] = field(default_factory=list)
    preset: str | None = None
    mapping: dict[int, str] = field(default_factory=dict)  # column index -> TARGET_FIELDS


# --------------------------------------------------------------------------- encoding

_LEGACY_BY_PREFERENCE = ("windows-1250", "iso-8859-2", "windows-1252", "windows-1251", "shift_jis")

# Lower-case letters of the languages a legacy code page is likely to carry. A decoding that
# turns the file's bytes into letters of one real alphabet is the right one; the wrong one
# yields symbols inside words (ISO-8859-2 "š" 0xB9 read as cp1250 "ą" is still a letter, but
# "ť" 0xBB becomes "»") or letters from no language we expect.
_ALPHABETS: dict[str, dict[str, str]] = {
    "windows-1250": {
        "cs": "áčďéěíňóřšťúůýž",
        "sk": "áäčďéíĺľňóôŕšťúýž",
        "pl": "ąćęłńóśźż",
        "hr": "čćđšž",
        "sl": "čšž",
        "hu": "áéíóöőúüű",
        "ro": "ăâîşţ",
        "de": "äöüß",
    },
    "windows-1252": {
        "fr": "àâæçéèêëîïôœùûüÿ",
        "es": "áéíñóúü",
        "it": "àèéìíîòóù",
        "pt": "ãáâàçéêíóôõú",
        "nl": "éëïóöü",
        "nordic": "åäöæøé",
        "de": "äöüß",
    },
    "windows-1251": {
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    },
}
_ALPHABETS["iso-8859-2"] = _ALPHABETS["windows-1250"]
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W\d_]{5,}")


def _is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA"))


def _plausibility(text: str, encoding: str) -> int | None:
    """How much `text` looks like real words in a language `encoding` serves; None: impossible.

    +1 per non-ASCII letter of the candidate's alphabets plus +1 per letter of its best single
    language, -1 per foreign letter, -3 per symbol wedged between letters, minus the length of
    long words without a single ASCII letter (Cyrillic read as Latin-2 looks like "Ęčżâ").
    """
    alphabets = _ALPHABETS.get(encoding)
    union = "".join(alphabets.values()) if alphabets else ""
    score = 0
    per_language: Counter[str] = Counter()
    for match in _NON_ASCII.finditer(text):
        ch = match.group()
        if "\x80" <= ch <= "\x9f" or ch == "\ufffd":
            return None  # C1 controls never occur in text: the byte belongs to another table
        low = ch.lower()
        if ch.isalpha():
            if alphabets is None:
                # Kanji glued to Latin letters is cp1250 "é"+"r" read as one Shift-JIS char.
                i = match.start()
                glued = any(
                    0 <= j < len(text) and text[j].isascii() and text[j].isalpha()
                    for j in (i - 1, i + 1)
                )
                score += -2 if glued or not _is_cjk(ch) else 1
                continue
            if low in union:
                score += 1
                for lang, letters in alphabets.items():
                    if low in letters:
                        per_language[lang] += 1
            else:
                score -= 1
        else:
            i = match.start()
            if 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                score -= 3
    if alphabets is not None and encoding != "windows-1251":
        for word in _WORD.finditer(text):
            if not any(c.isascii() for c in word.group()):
                score -= len(word.group())
    return score + (max(per_language.values()) if per_language else 0)


def _detect_encoding(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and len(data) % 4 == 0:
        return "utf-32"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    head = data[:4096]
    if len(head) >= 4:
        # ASCII text in UTF-16 has a NUL in every other byte; which half says the byte order.
        even_nuls = head[0::2].count(0)
        odd_nuls = head[1::2].count(0)
        half = len(head) // 2
        if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
            return "utf-16-le"
        if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
            return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best: tuple[int, int] | None = None
    best_encoding = "windows-1250"
    for rank, encoding in enumerate(_LEGACY_BY_PREFERENCE):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text[:262144], encoding)  # the whole file must decode; a part scores
        if score is None:
            continue
        key = (score, -rank)
        if best is None or key > best:
            best, best_encoding = key, encoding
    if best is None:
        # Nothing decodes cleanly; let charset-normalizer pick among everything it knows.
        try:
            from charset_normalizer import from_bytes

            guess = from_bytes(data[:65536]).best()
            if guess is not None:
                return guess.encoding
        except Exception:  # a detector failure must not stop the import
            pass
    return best_encoding


_decode_state = threading.local()


def _record_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = getattr(_decode_state, "bad", None)
    if bad is not None:
        bad.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error("smallcrm-csv-record", _record_bad_bytes)


def _decode(data: bytes, encoding: str) -> tuple[str, list[int]]:
    """Decode leniently; return the text and the byte offsets of undecodable bytes."""
    _decode_state.bad = bad = []
    try:
        text = data.decode(encoding, errors="smallcrm-csv-record")
    finally:
        _decode_state.bad = None
    if text.startswith("\ufeff"):
        text = text[1:]
    # NUL is never content; the csv module of some Pythons refuses it.
    return text.replace("\x00", ""), bad


def _bad_lines(data: bytes, encoding: str, offsets: list[int]) -> list[int]:
    lines: list[int] = []
    for offset in offsets[:20]:  # a wrong encoding spoils every line; twenty say enough
        prefix = data[:offset].decode(encoding, errors="replace")
        line = _count_lines(prefix) + 1
        if line not in lines:
            lines.append(line)
    return lines


def _count_lines(text: str) -> int:
    return len(io.StringIO(text, newline="").readlines()) - (
        0 if text.endswith(("\n", "\r")) or not text else 1
    )


# --------------------------------------------------------------------------- rows

_DELIMITERS = (",", ";", "\t", "|")


def _iter_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """Yield (start line, cells or None, error) for every non-blank row of `text`."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    consumed = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            start = consumed + 1
            if reader.line_num <= consumed:
                return  # the reader cannot move on; stop rather than loop
            consumed = reader.line_num
            yield start, None, f"unreadable CSV row: {exc}"
            continue
        start = consumed + 1
        consumed = reader.line_num
        if any(cell.strip() for cell in cells):
            yield start, cells, ""


def _sample(text: str, limit: int = 65536) -> str:
    if len(text) <= limit:
        return text
    cut = max(text.rfind("\n", 0, limit), text.rfind("\r", 0, limit))
    return text[: cut + 1] if cut > 0 else text[:limit]


def _detect_delimiter(text: str) -> str:
    """The delimiter that splits the most sample rows into the same number (>1) of cells."""
    sample = _sample(text)
    best: tuple[int, int, int, int] = (0, 0, 0, 0)
    chosen = ","
    for rank, delimiter in enumerate(_DELIMITERS):
        rows_ = [c for _, c, _ in _take(_iter_rows(sample, delimiter), 50) if c is not None]
        counts = Counter(len(cells) for cells in rows_)
        counts.pop(1, None)
        if not counts:
            continue
        width, rows = max(counts.items(), key=lambda item: (item[1], item[0]))
        # Known column names in the first row outweigh row counts: a few rows with quoted
        # multi-line notes full of ";" must not turn a comma file into a semicolon one.
        named = len(suggest_mapping(rows_[0])[1]) if len(rows_[0]) > 1 else 0
        key = (named, rows, width, -rank)
        if key > best:
            best, chosen = key, delimiter
    return chosen


def _take(iterator: Iterator[tuple[int, list[str] | None, str]], n: int) -> list:
    out = []
    for item in iterator:
        out.append(item)
        if len(out) >= n:
            break
    return out


# --------------------------------------------------------------------------- header names


def _norm(header: str) -> str:
    """Header folded for matching: lower case, no diacritics, letters and digits only."""
    text = header.strip().lower()
    for src, dst in (("ł", "l"), ("đ", "d"), ("ø", "o"), ("ß", "ss"), ("æ", "ae"), ("'", "")):
        text = text.replace(src, dst)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def _table(*pairs: tuple[str, str | Iterable[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for target, headers in pairs:
        for header in [headers] if isinstance(headers, str) else headers:
            out[_norm(header)] = target
    return out


# Spellings written from memory before the real names were looked up (see outlook_headers.py
# for those). Most are not what Outlook writes; they stay as aliases, below the real names,
# because files made by hand or by other tools use them and none clashes with a real name
# (test_outlook_aliases_never_override_real_names checks that).
_OUTLOOK_ALIASES = _table(
    # Czech
    ("title", ("Oslovení", "Titul před jménem")),
    ("given_name", "Jméno"),
    ("middle_name", "Prostřední jméno"),
    ("family_name", "Příjmení"),
    ("suffix", ("Titul za jménem", "Přípona")),
    ("organization", "Společnost"),
    ("department", "Oddělení"),
    ("position", ("Funkce", "Pracovní pozice")),
    ("work_street", ("Ulice (firma)", "Ulice v zaměstnání", "Ulice do zaměstnání")),
    ("work_extended", ("Ulice 2 (firma)", "Ulice 3 (firma)")),
    ("work_city", ("Město (firma)", "Město v zaměstnání")),
    ("work_region", ("Kraj (firma)", "Kraj v zaměstnání", "Stát (firma)")),
    ("work_postcode", ("PSČ (firma)", "PSČ v zaměstnání")),
    ("work_country", ("Země (firma)", "Země/oblast (firma)", "Země v zaměstnání")),
    ("home_street", ("Ulice (domů)", "Ulice (doma)", "Ulice bydliště")),
    ("home_extended", ("Ulice 2 (domů)", "Ulice 3 (domů)")),
    ("home_city", ("Město (domů)", "Město (doma)", "Město bydliště")),
    ("home_region", ("Kraj (domů)", "Kraj (doma)")),
    ("home_postcode", ("PSČ (domů)", "PSČ (doma)", "PSČ bydliště")),
    ("home_country", ("Země (domů)", "Země/oblast (domů)", "Země (doma)")),
    ("other_street", "Ulice (jiná)"),
    ("other_city", "Město (jiná)"),
    ("other_postcode", "PSČ (jiná)"),
    ("other_country", ("Země (jiná)", "Země/oblast (jiná)")),
    ("phone_work", ("Telefon do zaměstnání", "Telefon (firma)", "Telefon 2 (firma)")),
    ("phone_work", ("Telefon v zaměstnání", "Pracovní telefon", "Hlavní telefon společnosti")),
    ("phone_home", ("Telefon domů", "Telefon 2 domů", "Telefon (domů)", "Domácí telefon")),
    ("phone_mobile", ("Mobilní telefon", "Mobil", "Telefon do auta")),
    ("phone_fax", ("Fax (firma)", "Fax do zaměstnání", "Fax domů", "Fax (domů)", "Jiný fax")),
    ("phone_other", ("Jiný telefon", "Další telefon")),
    ("phone", ("Primární telefon", "Hlavní telefon", "Telefon asistenta")),
    ("email", ("E-mailová adresa", "E-mailová adresa 2", "E-mailová adresa 3")),
    ("email", ("E-mail 2: adresa", "E-mail 3: adresa")),
    ("ignore", ("Typ e-mailu", "Zobrazované jméno e-mailu", "Typ e-mailu 2", "Typ e-mailu 3")),
    ("ignore", ("Zobrazované jméno e-mailu 2", "Zobrazované jméno e-mailu 3", "Iniciály")),
    ("birthday", ("Narozeniny", "Datum narození")),
    ("notes", ("Poznámky", "Poznámka")),
    ("tags", "Kategorie"),
    ("web", ("Webová stránka", "Webové stránky")),
    ("nickname", "Přezdívka"),
    # Slovak
    ("title", "Oslovenie"),
    ("given_name", "Meno"),
    ("middle_name", "Stredné meno"),
    ("family_name", "Priezvisko"),
    ("suffix", ("Prípona", "Titul za menom")),
    ("organization", "Spoločnosť"),
    ("department", "Oddelenie"),
    ("position", ("Pracovná pozícia", "Funkcia")),
    ("work_street", ("Ulica (práca)", "Ulica v zamestnaní", "Ulica (firma)")),
    ("work_city", ("Mesto (práca)", "Mesto v zamestnaní", "Mesto (firma)")),
    ("work_region", ("Kraj (práca)", "Kraj v zamestnaní")),
    ("work_postcode", ("PSČ (práca)", "PSČ v zamestnaní")),
    ("work_country", ("Krajina (práca)", "Krajina/oblasť (práca)", "Krajina v zamestnaní")),
    ("home_street", ("Ulica (domov)", "Ulica doma")),
    ("home_city", ("Mesto (domov)", "Mesto doma")),
    ("home_region", ("Kraj (domov)", "Kraj doma")),
    ("home_postcode", ("PSČ (domov)", "PSČ doma")),
    ("home_country", ("Krajina (domov)", "Krajina/oblasť (domov)", "Krajina doma")),
    ("phone_work", ("Telefón do zamestnania", "Telefón (práca)", "Pracovný telefón")),
    ("phone_home", ("Telefón domov", "Telefón (domov)", "Domáci telefón")),
    ("phone_mobile", ("Mobilný telefón", "Mobil")),
    ("phone_fax", ("Fax do zamestnania", "Fax (práca)", "Fax domov", "Iný fax")),
    ("phone_other", ("Iný telefón", "Ďalší telefón")),
    ("email", ("E-mailová adresa", "E-mailová adresa 2", "E-mailová adresa 3")),
    ("ignore", ("Typ e-mailu", "Zobrazované meno e-mailu", "Zobrazovaný názov e-mailu")),
    ("birthday", ("Narodeniny", "Dátum narodenia")),
    ("notes", "Poznámky"),
    ("tags", "Kategórie"),
    ("web", "Webová stránka"),
    ("nickname", "Prezývka"),
    # Polish
    ("title", ("Tytuł", "Zwrot grzecznościowy")),
    ("given_name", "Imię"),
    ("middle_name", "Drugie imię"),
    ("family_name", "Nazwisko"),
    ("suffix", "Sufiks"),
    ("organization", "Firma"),
    ("department", "Dział"),
    ("position", "Stanowisko"),
    ("work_street", ("Ulica służbowa", "Ulica (praca)")),
    ("work_extended", ("Ulica służbowa 2", "Ulica służbowa 3")),
    ("work_city", ("Miejscowość służbowa", "Miasto służbowe", "Miasto (praca)")),
    ("work_region", ("Województwo służbowe", "Województwo (praca)")),
    ("work_postcode", ("Kod pocztowy służbowy", "Kod pocztowy (praca)")),
    ("work_country", ("Kraj/region służbowy", "Kraj służbowy")),
    ("home_street", ("Ulica domowa", "Ulica (dom)")),
    ("home_extended", ("Ulica domowa 2", "Ulica domowa 3")),
    ("home_city", ("Miejscowość domowa", "Miasto domowe", "Miasto (dom)")),
    ("home_region", ("Województwo domowe", "Województwo (dom)")),
    ("home_postcode", ("Kod pocztowy domowy", "Kod pocztowy (dom)")),
    ("home_country", ("Kraj/region domowy", "Kraj domowy")),
    ("phone_work", ("Telefon służbowy", "Telefon służbowy 2", "Telefon w pracy")),
    ("phone_home", ("Telefon domowy", "Telefon domowy 2")),
    ("phone_mobile", ("Telefon komórkowy", "Telefon w samochodzie")),
    ("phone_fax", ("Faks służbowy", "Faks domowy", "Inny faks")),
    ("phone_other", "Inny telefon"),
    ("phone", ("Telefon podstawowy", "Telefon główny firmy")),
    ("email", ("Adres e-mail", "Adres e-mail 2", "Adres e-mail 3")),
    ("email", ("E-mail", "E-mail 2", "E-mail 3")),
    ("ignore", ("Typ e-mail", "Typ poczty e-mail", "Nazwa wyświetlana e-mail")),
    ("ignore", ("Wyświetlana nazwa e-mail", "Wyświetlana nazwa e-mail 2", "Inicjały")),
    ("birthday", ("Urodziny", "Data urodzenia")),
    ("notes", ("Notatki", "Uwagi")),
    ("tags", "Kategorie"),
    ("web", ("Strona sieci Web", "Strona WWW", "Strona internetowa")),
    ("nickname", "Pseudonim"),
    # German
    ("title", "Anrede"),
    ("given_name", "Vorname"),
    ("middle_name", "Weitere Vornamen"),
    ("family_name", "Nachname"),
    ("organization", "Firma"),
    ("department", "Abteilung"),
    ("position", "Position"),
    ("work_street", "Straße geschäftlich"),
    ("work_extended", ("Straße geschäftlich 2", "Straße geschäftlich 3")),
    ("work_city", "Ort geschäftlich"),
    ("work_region", "Region geschäftlich"),
    ("work_postcode", "Postleitzahl geschäftlich"),
    ("work_country", "Land/Region geschäftlich"),
    ("home_street", "Straße privat"),
    ("home_extended", ("Straße privat 2", "Straße privat 3")),
    ("home_city", "Ort privat"),
    ("home_region", "Region privat"),
    ("home_postcode", "Postleitzahl privat"),
    ("home_country", "Land/Region privat"),
    ("other_street", "Weitere Straße"),
    ("other_city", "Weiterer Ort"),
    ("other_region", "Weitere Region"),
    ("other_postcode", "Weitere Postleitzahl"),
    ("other_country", "Weiteres Land/Region"),
    ("phone_fax", ("Fax geschäftlich", "Fax privat", "Weiteres Fax")),
    ("phone_work", ("Telefon geschäftlich", "Telefon geschäftlich 2", "Telefon Firma")),
    ("phone_home", ("Telefon privat", "Telefon privat 2")),
    ("phone_mobile", ("Mobiltelefon", "Autotelefon")),
    ("phone_other", "Weiteres Telefon"),
    ("phone", ("Haupttelefon", "Telefon Assistent")),
    ("email", ("E-Mail-Adresse", "E-Mail 2: Adresse", "E-Mail 3: Adresse")),
    ("ignore", ("E-Mail-Typ", "E-Mail: Angezeigter Name", "E-Mail 2: Typ", "E-Mail 3: Typ")),
    ("ignore", ("E-Mail 2: Angezeigter Name", "E-Mail 3: Angezeigter Name", "Initialen")),
    ("birthday", "Geburtstag"),
    ("notes", "Notizen"),
    ("tags", "Kategorien"),
    ("web", "Webseite"),
    ("nickname", "Spitzname"),
    # Croatian
    ("given_name", "Ime"),
    ("middle_name", "Srednje ime"),
    ("family_name", "Prezime"),
    ("organization", ("Tvrtka", "Poduzeće")),
    ("department", "Odjel"),
    ("position", ("Radno mjesto", "Funkcija")),
    ("phone_work", ("Poslovni telefon", "Telefon na poslu")),
    ("phone_home", "Kućni telefon"),
    ("phone_mobile", ("Mobitel", "Mobilni telefon")),
    ("phone_fax", "Poslovni faks"),
    ("email", ("Adresa e-pošte", "Adresa e-pošte 2", "Adresa e-pošte 3")),
    ("birthday", "Rođendan"),
    ("notes", "Bilješke"),
    ("tags", "Kategorije"),
    # Ukrainian
    ("given_name", "Ім'я"),
    ("middle_name", "По батькові"),
    ("family_name", "Прізвище"),
    ("organization", ("Організація", "Компанія")),
    ("department", "Відділ"),
    ("position", "Посада"),
    ("phone_work", "Робочий телефон"),
    ("phone_home", "Домашній телефон"),
    ("phone_mobile", "Мобільний телефон"),
    ("email", ("Адреса електронної пошти", "Електронна пошта")),
    ("birthday", "День народження"),
    ("notes", "Примітки"),
    ("tags", "Категорії"),
)

# What each Outlook column (by its English name, see outlook_headers.py) becomes. Columns a
# ContactRecord cannot hold are "ignore", so no word inside a localised name ("jméno" in
# "Zobrazované jméno e-mailu", "telefon" in "Telefon TTY/TDD") can pull them into a field.
_OUTLOOK_COLUMN_TARGETS: dict[str, str] = {
    "Title": "title",
    "First Name": "given_name",
    "Middle Name": "middle_name",
    "Last Name": "family_name",
    "Suffix": "suffix",
    "Nickname": "nickname",
    "Company": "organization",
    "Department": "department",
    "Job Title": "position",
    **{
        f"{group} {part}": f"{prefix}_{target}"
        for group, prefix in (("Business", "work"), ("Home", "home"), ("Other", "other"))
        for part, target in (
            ("Street", "street"),
            ("Street 2", "extended"),  # the parser joins 2 and 3 into one "extended" line
            ("Street 3", "extended"),
            ("City", "city"),
            ("State", "region"),
            ("Postal Code", "postcode"),
            ("Country/Region", "country"),
            ("Address PO Box", "po_box"),
        )
    },
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
    "Mobile Phone 2": "phone_mobile",
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
    "Personal Web Page": "web",
    "Business Web Page": "web",
    # Outlook's "Government ID Number" is a person's national number (Czech and Slovak
    # Outlook call it "Rodné číslo", Polish "PESEL", Croatian "JMBG"): SmallCRM keeps that
    # as ids["personal"], the key the address book stores and conflict checks compare.
    "Government ID Number": "id:personal",
    "Organizational ID Number": "registry_id",  # Czech Outlook: "IČO"
}


def _outlook_table() -> dict[str, str]:
    named = [(h, h) for h in (*OUTLOOK_EN, *OUTLOOK_COM_EN)]
    for rows in (*OUTLOOK_LOCALISED.values(), *OUTLOOK_VARIANTS.values()):
        named += rows
    return {_norm(name): _OUTLOOK_COLUMN_TARGETS.get(column, "ignore") for column, name in named}


# The real names (outlook_headers.py) win over the aliases.
_OUTLOOK_NAMES = _outlook_table()
_OUTLOOK = {**_OUTLOOK_ALIASES, **_OUTLOOK_NAMES}
# Column names that are Outlook's in an Outlook file but mean something else elsewhere:
# German Outlook's "Ort" is the Location field, while "Ort" in any other German file is the
# city. They are ignored only once the file is known to be Outlook's.
_OUTLOOK_ONLY_IN_CONTEXT = {_norm("Ort"): "ignore"}
for _key in _OUTLOOK_ONLY_IN_CONTEXT:
    del _OUTLOOK[_key]

# Thunderbird's address book export (and Roundcube's generic CSV, which borrows from it).
_THUNDERBIRD = _table(
    ("given_name", "First Name"),
    ("family_name", "Last Name"),
    ("display_name", "Display Name"),
    ("nickname", "Nickname"),
    ("email", ("Primary Email", "Secondary Email")),
    ("ignore", ("Screen Name", "Custom 1", "Custom 2", "Custom 3", "Custom 4")),
    ("phone_work", "Work Phone"),
    ("phone_home", "Home Phone"),
    ("phone_fax", "Fax Number"),
    ("phone_pager", "Pager Number"),
    ("phone_mobile", "Mobile Number"),
    ("home_street", "Home Address"),
    ("home_extended", "Home Address 2"),
    ("home_city", "Home City"),
    ("home_region", "Home State"),
    ("home_postcode", "Home ZipCode"),
    ("home_country", "Home Country"),
    ("work_street", "Work Address"),
    ("work_extended", "Work Address 2"),
    ("work_city", "Work City"),
    ("work_region", "Work State"),
    ("work_postcode", "Work ZipCode"),
    ("work_country", "Work Country"),
    ("position", "Job Title"),
    ("department", "Department"),
    ("organization", "Organization"),
    ("web", ("Web Page 1", "Web Page 2")),
    ("birth_year", "Birth Year"),
    ("birth_month", "Birth Month"),
    ("birth_day", "Birth Day"),
    ("notes", "Notes"),
)

# Google Contacts: the fixed columns; numbered "E-mail 1 - Value" style slots are regexes.
_GOOGLE = _table(
    ("display_name", "Name"),
    ("given_name", ("Given Name", "First Name")),
    ("middle_name", ("Additional Name", "Middle Name")),
    ("family_name", ("Family Name", "Last Name")),
    ("title", "Name Prefix"),
    ("suffix", "Name Suffix"),
    ("nickname", "Nickname"),
    ("birthday", "Birthday"),
    ("notes", "Notes"),
    ("tags", ("Group Membership", "Labels")),
    ("organization", "Organization Name"),
    ("position", "Organization Title"),
    ("department", "Organization Department"),
    ("ignore", ("Yomi Name", "Given Name Yomi", "Additional Name Yomi", "Family Name Yomi")),
    ("ignore", ("Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name")),
    ("ignore", ("Initials", "Short Name", "Maiden Name", "Gender", "Location", "File As")),
    ("ignore", ("Billing Information", "Directory Server", "Mileage", "Occupation", "Photo")),
    ("ignore", ("Hobby", "Sensitivity", "Priority", "Subject")),
)
_GOOGLE_SLOT = re.compile(
    r"^(e-?mail|phone|address|website|organization|relation|im|event|custom field|external id)"
    r"\s*\d+\s*-\s*(.+)$",
    re.IGNORECASE,
)
_GOOGLE_SLOT_TARGETS = {
    ("email", "type"): "email_label",
    ("email", "label"): "email_label",
    ("email", "value"): "email",
    ("phone", "type"): "phone_label",
    ("phone", "label"): "phone_label",
    ("phone", "value"): "phone",
    ("website", "type"): "web_label",
    ("website", "label"): "web_label",
    ("website", "value"): "web",
    ("address", "type"): "address_label",
    ("address", "label"): "address_label",
    ("address", "street"): "address_street",
    ("address", "city"): "address_city",
    ("address", "po box"): "address_po_box",
    ("address", "region"): "address_region",
    ("address", "postal code"): "address_postcode",
    ("address", "country"): "address_country",
    ("address", "extended address"): "address_extended",
    ("organization", "name"): "organization",
    ("organization", "title"): "position",
    ("organization", "department"): "department",
}

# Column names of other files, in the six UI languages and German: exact folded names first,
# then words a folded name contains. Order matters: "jobtitle" before "title".
_GENERIC_EXACT = _table(
    ("display_name", ("Name", "Full Name", "Celé jméno", "Celé meno", "Imię i nazwisko")),
    ("display_name", ("Ime i prezime", "Повне ім'я", "ПІБ", "Název", "Nazwa", "Naziv")),
    ("given_name", ("First", "Given", "Křestní jméno", "Krstné meno", "Ім'я")),
    ("family_name", ("Last", "Surname", "Family", "Nachname", "Прізвище")),
    ("email", ("Mail", "Email", "E-mail", "E-Mail", "Email Address", "Emailová adresa")),
    ("email", ("Adres e-mail", "E-pošta", "Пошта", "Електронна пошта")),
    ("email_home", ("Email Home", "Home Email", "Personal Email")),
    ("email_work", ("Email Work", "Work Email", "Business Email")),
    ("email_other", ("Email Other", "Other Email")),
    ("phone", ("Phone", "Tel", "Tel.", "Telefon", "Telefón", "Telephone", "Телефон")),
    ("phone_mobile", ("Mobile", "Mobil", "Cell", "GSM", "Home Mobile", "Komórka", "Mobitel")),
    ("phone_fax", ("Fax", "Faks", "Факс")),
    ("phone_work", ("Work Phone", "Business Phone 2", "Office Phone")),
    ("phone_fax", ("Home Fax",)),
    ("phone_pager", ("Pager",)),
    ("phone", ("Primary Phone", "Phone Video", "Assistant's Phone")),
    ("phone_mobile", ("Car Phone",)),
    ("work_city", ("Work City",)),
    ("work_region", ("Work State",)),
    ("work_postcode", ("Work Zip", "Work Postal Code")),
    ("work_country", ("Work Country",)),
    ("home_postcode", ("Home Zip",)),
    ("home_country", ("Home Country",)),
    ("other_postcode", ("Other Zip",)),
    ("other_country", ("Other Country",)),
    ("ignore", ("Maiden Name", "Anniversary", "Manager's Name", "Assistant's Name", "Spouse")),
    ("ignore", ("Gender", "Id", "#", "No", "Č.", "Lp.")),
    ("web", ("Website Home Page", "Website Work", "Website Blog", "Website Other")),
    ("web", ("Website Profile", "Web", "WWW", "URL", "Website", "Homepage", "Web Page")),
    ("organization", ("Company", "Firma", "Organization", "Organisation", "Tvrtka")),
    ("organization", ("Společnost", "Spoločnosť", "Organizace", "Organizácia", "Organizacja")),
    ("organization", ("Firma / Organizace", "Компанія", "Організація", "Unternehmen")),
    ("registry_id", ("IČO", "IČ", "REGON", "KRS", "OIB", "MB", "ЄДРПОУ", "EDRPOU", "Registry ID")),
    ("tax_id", ("DIČ", "NIP", "VAT", "VAT ID", "Tax ID", "USt-IdNr", "IČ DPH", "ІПН", "PDV ID")),
    ("birthday", ("Date of Birth", "Birthdate", "Datum narození", "Dátum narodenia")),
    ("birthday", ("Data urodzenia", "Datum rođenja", "Geburtsdatum", "Дата народження")),
    ("tags", ("Tags", "Tag", "Labels", "Groups", "Group", "Štítky", "Skupiny", "Skupina")),
    ("tags", ("Grupy", "Etykiety", "Oznake", "Grupe", "Мітки", "Групи", "Gruppen")),
    ("notes", ("Note", "Comment", "Comments", "Komentář", "Komentarz", "Komentar", "Uwagi")),
    ("notes", ("Poznámka", "Napomena", "Bemerkung", "Коментар", "Примітка")),
    ("position", ("Position", "Role", "Pozice", "Pozícia", "Stanowisko", "Radno mjesto")),
    ("title", ("Prefix", "Titul", "Tytuł", "Titula", "Titel")),
    ("suffix", ("Suffix",)),
    ("address_street", ("Street", "Address", "Ulice", "Ulica", "Adresa", "Adres", "Straße")),
    ("address_street", ("Вулиця", "Адреса")),
    ("address_city", ("City", "Town", "Město", "Mesto", "Miasto", "Miejscowość", "Grad")),
    ("address_city", ("Obec", "Ort", "Stadt", "Місто")),
    ("address_postcode", ("ZIP", "ZIP Code", "Postcode", "Postal Code", "PSČ", "Kod pocztowy")),
    ("address_postcode", ("Poštanski broj", "PLZ", "Postleitzahl", "Індекс", "Поштовий індекс")),
    ("address_country", ("Country", "Země", "Krajina", "Država", "Land", "Країна", "Państwo")),
    ("address_region", ("State", "Region", "Province", "Województwo", "Županija", "Область")),
)
_GENERIC_WORDS: tuple[tuple[str, str], ...] = tuple(
    (_norm(word), target)
    for target, words in (
        ("ignore", ("emailtype", "displayname e", "typemail", "emailtyp", "yomi", "phonetic")),
        ("display_name", ("displayname", "fullname", "zobrazovan", "wyswietlan")),
        ("middle_name", ("middlename", "prostredni", "stredne", "drugieimie", "srednjeime")),
        ("middle_name", ("batkov",)),
        ("given_name", ("firstname", "givenname", "krestni", "vorname", "jmeno", "imie")),
        ("family_name", ("lastname", "familyname", "surname", "prijmeni", "priezvisko")),
        ("family_name", ("nazwisko", "prezime", "nachname", "прізвищ")),
        ("nickname", ("nickname", "prezdivka", "prezyvka", "pseudonim", "nadimak", "spitzname")),
        ("position", ("jobtitle", "position", "funkce", "funkcia", "stanowisko", "посада")),
        ("department", ("department", "oddeleni", "oddelenie", "dzial", "odjel", "abteilung")),
        ("department", ("відділ",)),
        ("organization", ("company", "organization", "organisation", "organizace", "firma")),
        ("organization", ("spolecnost", "spolocnost", "organizacja", "tvrtka", "організац")),
        ("birthday", ("birthday", "birthdate", "narozen", "narodenin", "urodzin", "rodendan")),
        ("birthday", ("geburt", "народжен")),
        ("phone_mobile", ("mobil", "cell", "komork", "мобіл")),
        ("phone_fax", ("fax", "faks", "факс")),
        ("phone", ("phone", "telefon", "telefón", "телефон")),
        ("email", ("email", "epost", "mail", "пошт")),
        ("web", ("website", "webpage", "homepage", "webov", "url", "www")),
        ("notes", ("note", "poznam", "notatk", "biljesk", "notiz", "примітк", "comment")),
        ("tags", ("categor", "kategor", "label", "stitk", "etykiet", "категор")),
        ("address_postcode", ("zip", "postcode", "postalcode", "psc", "kodpocztowy", "indeks")),
        ("address_street", ("street", "ulice", "ulica", "strasse", "вулиц")),
        ("address_city", ("city", "mesto", "miasto", "miejscowosc", "місто")),
        ("address_country", ("country", "zeme", "krajina", "drzava", "країн")),
    )
    for word in words
)

_THUNDERBIRD_MARKERS = {_norm(h) for h in ("Primary Email", "Secondary Email", "Birth Year")}
_THUNDERBIRD_MARKERS |= {_norm(h) for h in ("Work ZipCode", "Home ZipCode", "Mobile Number")}
_GOOGLE_MARKERS = {_norm(h) for h in ("Given Name", "Family Name", "Group Membership", "Labels")}
_OUTLOOK_MARKERS = {
    h
    for h, target in _OUTLOOK.items()
    if target.startswith(("email", "phone_", "work_", "home_")) and h not in _THUNDERBIRD
}


def _generic_target(header: str) -> str | None:
    key = _norm(header)
    if not key:
        return None
    if key in _GENERIC_EXACT:
        return _GENERIC_EXACT[key]
    for word, target in _GENERIC_WORDS:
        if word and word in key:
            return target
    return None


# --------------------------------------------------------------------------- our own format

_SMALLCRM_FIXED = {
    "Kind": "kind",
    "Title": "title",
    "Given Name": "given_name",
    "Middle Name": "middle_name",
    "Family Name": "family_name",
    "Suffix": "suffix",
    "Display Name": "display_name",
    "Nickname": "nickname",
    "Organization": "organization",
    "Department": "department",
    "Position": "position",
    "Birthday": "birthday",
    "Tags": "tags",
    "Notes": "notes",
    "UID": "uid",
}
_ADDRESS_HEADERS = {
    "Street": "street",
    "Extended": "extended",
    "PO Box": "po_box",
    "City": "city",
    "Region": "region",
    "Postcode": "postcode",
    "Country": "country",
}
_SMALLCRM_SLOT = re.compile(r"^(Email|Phone|Web|Address) \d+(?: (.+))?$")


def _smallcrm_target(header: str) -> str | None:
    if header in _SMALLCRM_FIXED:
        return _SMALLCRM_FIXED[header]
    if header.startswith("ID ") and len(header) > 3:
        return "id:" + header[3:]
    match = _SMALLCRM_SLOT.match(header)
    if not match:
        return None
    kind, part = match.group(1).lower(), match.group(2)
    if kind == "address":
        if part == "Label":
            return "address_label"
        return f"address_{_ADDRESS_HEADERS[part]}" if part in _ADDRESS_HEADERS else None
    if part is None:
        return kind
    return f"{kind}_label" if part == "Label" else None


def suggest_mapping(
    headers: list[str], rows: Iterable[list[str]] = ()
) -> tuple[str | None, dict[int, str]]:
    """Recognise a known export from its header names and map each column to a target.

    `rows` (a few data rows) let a header-less file get its e-mail and phone columns mapped
    from what the cells look like. Returns (preset, {column index: target}).
    """
    if headers and headers[0] == "Kind":
        targets = [_smallcrm_target(h) for h in headers]
        if all(targets):
            return "smallcrm", {i: t for i, t in enumerate(targets) if t}
    keys = [_norm(h) for h in headers]
    key_set = set(keys)
    preset: str | None = None
    table: dict[str, str] = {}
    google_slots = sum(1 for h in headers if _GOOGLE_SLOT.match(h.strip()))
    if google_slots or len(key_set & _GOOGLE_MARKERS) >= 2:
        preset, table = "google", _GOOGLE
    elif key_set & _THUNDERBIRD_MARKERS:
        preset, table = "thunderbird", _THUNDERBIRD
    elif len(key_set & _OUTLOOK_MARKERS) >= 1 and sum(k in _OUTLOOK for k in keys) >= 2:
        preset, table = "outlook", _OUTLOOK
    mapping: dict[int, str] = {}
    for index, (header, key) in enumerate(zip(headers, keys, strict=True)):
        target: str | None = None
        if preset == "google":
            slot = _GOOGLE_SLOT.match(header.strip())
            if slot:
                kind = slot.group(1).lower().replace("-", "")
                target = _GOOGLE_SLOT_TARGETS.get((kind, slot.group(2).strip().lower()), "ignore")
        if target is None and preset == "outlook":
            target = _OUTLOOK_ONLY_IN_CONTEXT.get(key)
        if target is None:
            target = table.get(key) or _OUTLOOK.get(key) or _THUNDERBIRD.get(key)
        if target is None:
            target = _generic_target(header)
        if target is not None and target != "ignore":
            mapping[index] = target
    if not headers or not mapping:
        mapping.update(_content_mapping(list(rows), exclude=set(mapping)))
    return preset, mapping


_EMAIL_RE = re.compile(r"^[^@\s,;]+@[^@\s,;]+$")
_PHONE_RE = re.compile(r"^\+?[\d\s()./-]{6,}$")


def _content_mapping(rows: list[list[str]], exclude: set[int]) -> dict[int, str]:
    """Guess columns of a file without usable headers from what their cells look like."""
    width = max((len(r) for r in rows), default=0)
    mapping: dict[int, str] = {}
    named = False
    for index in range(width):
        if index in exclude:
            continue
        values = [r[index].strip() for r in rows if index < len(r) and r[index].strip()]
        if not values:
            continue
        share = len(values) * 0.8
        if sum(bool(_EMAIL_RE.match(v)) for v in values) >= share:
            mapping[index] = "email"
        elif (
            sum(bool(_PHONE_RE.match(v)) and sum(c.isdigit() for c in v) >= 6 for v in values)
            >= share
        ):
            mapping[index] = "phone"
        elif not named and all(" " in v and not any(c.isdigit() for c in v) for v in values):
            mapping[index] = "display_name"  # "Jan Novák": a whole name is the best guess
            named = True
    return mapping


# --------------------------------------------------------------------------- sniff


def _looks_like_header(cells: list[str], mapping_from_names: dict[int, str]) -> bool:
    values = [c.strip() for c in cells if c.strip()]
    if not values or any("@" in v or _PHONE_RE.match(v) for v in values):
        return False  # header names hold no e-mail addresses or phone numbers
    if mapping_from_names:
        return True
    return not any(any(ch.isdigit() for ch in v) for v in values)


def sniff(
    data: bytes,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> CsvLayout:
    """Detect encoding, delimiter, header row, preset and a suggested mapping.

    Any argument given is taken as the user's choice and not detected; the rest is
    re-detected on top of it (the mapping dialog calls this again after each change).
    """
    layout = CsvLayout()
    try:
        layout.encoding = encoding or _detect_encoding(data)
        text, _ = _decode(data, layout.encoding)
    except LookupError:
        layout.encoding = encoding or "utf-8"
        return layout  # unknown encoding name: parse_csv reports it
    layout.delimiter = delimiter or _detect_delimiter(text)
    sample = [
        cells
        for _, cells, _ in _take(_iter_rows(_sample(text), layout.delimiter), 21)
        if cells is not None
    ]
    if not sample:
        layout.has_header = bool(has_header)
        return layout
    first = sample[0]
    _, named = suggest_mapping(first)
    named = {i: t for i, t in named.items() if _norm(first[i])}
    layout.has_header = _looks_like_header(first, named) if has_header is None else has_header
    if layout.has_header:
        layout.headers = [c.strip() for c in first]
        layout.preset, layout.mapping = suggest_mapping(layout.headers, sample[1:])
    else:
        width = max(len(r) for r in sample)
        layout.headers = [f"Column {i + 1}" for i in range(width)]
        layout.preset, layout.mapping = None, _content_mapping(sample, exclude=set())
    return layout


# --------------------------------------------------------------------------- parse


def read_rows(
    data: bytes, layout: CsvLayout, limit: int | None = None
) -> list[tuple[int, list[str]]]:
    """Data rows (after the header, if any) with the file line each starts on; for previews."""
    try:
        text, _ = _decode(data, layout.encoding)
    except LookupError:
        return []
    out: list[tuple[int, list[str]]] = []
    skip_header = layout.has_header
    for line, cells, _ in _iter_rows(text, layout.delimiter or ","):
        if cells is None:
            continue
        if skip_header:
            skip_header = False
            continue
        if limit is not None and len(out) >= limit:
            break
        out.append((line, cells))
    return out


class _RowError(Exception):
    pass


_SPLIT_MULTI = re.compile(r"\s*:::\s*")
_KNOWN_LABELS = {
    "home": "home",
    "work": "work",
    "business": "work",
    "mobile": "mobile",
    "cell": "mobile",
    "other": "other",
    "main": "main",
    "pager": "pager",
    "fax": "fax",
    "home fax": "home fax",
    "work fax": "work fax",
    "personal": "home",
    "internet": "",
    "pref": "",
}


def _label(raw: str, strict: bool) -> str:
    if strict:
        return raw
    text = raw.strip()
    if text.startswith("* "):
        text = text[2:]  # Google marks the primary entry with "* "
    return _KNOWN_LABELS.get(text.lower(), text)


def _values(raw: str, strict: bool) -> list[str]:
    if strict:
        return [raw] if raw != "" else []
    return [v for v in (s.strip() for s in _SPLIT_MULTI.split(raw)) if v]


def _split_tags(raw: str, strict: bool) -> list[str]:
    if strict or "\n" in raw:
        parts = re.split(r"\r\n|\r|\n", raw)
    elif ":::" in raw:
        parts = _SPLIT_MULTI.split(raw)
    else:
        parts = re.split(r"[;,]", raw)
    tags = []
    for part in parts:
        tag = part.strip()
        if not strict and tag.startswith("* "):
            if tag[2:].replace(" ", "").lower() in ("mycontacts", "othercontacts"):
                continue  # Google's system groups say nothing the user chose
            tag = tag[2:]
        if tag and tag not in tags:
            tags.append(tag)
    return tags


_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DATE_NO_YEAR = re.compile(r"^--(\d{1,2})-?(\d{1,2})$")
_DATE_DOTTED = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2,4})?\.?$")
_DATE_SLASH = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2,4})$")
_DATE_YMD = re.compile(r"^(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})\.?$")
# Day-month-year with dashes: Windows' short date in some locales (nl-NL "31-12-1980").
_DATE_DMY_DASH = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_NO_YEAR = 1604  # Apple writes a birthday without a year as 1604


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        # Two-digit years: the latest that is not in the future.
        this_year = date.today().year
        year += 2000 if 2000 + year <= this_year else 1900
    return year


def _make_date(year: int | None, month: int, day: int, raw: str) -> PartialDate | None:
    if year == _NO_YEAR:
        year = None
    if year == 0 and month == 0 and day == 0:
        return None
    try:
        date(year if year is not None else 2000, month, day)  # 2000: a leap year, 29 Feb fits
    except ValueError:
        raise _RowError(f"birthday {raw!r} is not a valid date") from None
    return PartialDate(month=month, day=day, year=year)


def _parse_birthday(raw: str) -> PartialDate | None:
    text = raw.strip()
    if not text or text.strip("0./- ") == "":
        return None  # Outlook writes an empty birthday as "0.0.00" or "0/0/00"
    if m := _DATE_ISO.match(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _DATE_NO_YEAR.match(text):
        return _make_date(None, int(m[1]), int(m[2]), raw)
    if m := _DATE_YMD.match(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _DATE_DOTTED.match(text):
        year = _full_year(m[3]) if m[3] else None
        return _make_date(year, int(m[2]), int(m[1]), raw)
    if m := _DATE_DMY_DASH.match(text):
        return _make_date(int(m[3]), int(m[2]), int(m[1]), raw)
    if m := _DATE_SLASH.match(text):
        first, second = int(m[1]), int(m[2])
        # US Outlook writes M/D/YYYY; a first number above 12 can only be a day (D/M/YYYY).
        month, day = (second, first) if first > 12 else (first, second)
        return _make_date(_full_year(m[3]), month, day, raw)
    raise _RowError(f"birthday {raw!r} is not a date")


def _unguard(value: str) -> str:
    # Our export prefixes "'" to cells Excel would run as formulas (see _guard).
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@'\t\r":
        return value[1:]
    return value


def _row_to_record(cells: list[str], mapping: dict[int, str], strict: bool) -> ContactRecord:
    rec = ContactRecord()
    single: dict[str, str] = {}
    notes: list[str] = []
    birth: dict[str, str] = {}
    pending: dict[str, str | None] = {"email": None, "phone": None, "web": None}
    groups: dict[str, dict[str, str]] = {}
    generic_index = 0
    kind_seen = False
    for index in sorted(mapping):
        target = mapping[index]
        raw = cells[index] if index < len(cells) else ""
        if strict:
            raw = _unguard(raw)
        value = raw if strict else raw.strip()
        if target in ("ignore", ""):
            continue
        if target in _NAME_FIELDS or target == "uid":
            if value and not single.get(target):
                single[target] = value
        elif target == "kind":
            kind_seen = True
            if value.strip().lower() in ("organization", "organisation", "org", "company"):
                rec.kind = "organization"
        elif target == "notes":
            if value:
                # Outlook writes the line breaks inside a note as CRLF; keep one kind.
                notes.append(value if strict else re.sub(r"\r\n?", "\n", value))
        elif target == "birthday":
            if rec.birthday is None:
                rec.birthday = _parse_birthday(value)
        elif target in ("birth_year", "birth_month", "birth_day"):
            birth[target] = value.strip()
        elif target in ("email_label", "phone_label", "web_label"):
            pending[target[:-6]] = _label(raw, strict)
        elif target in _EMAIL_LABELS or target in _PHONE_LABELS or target == "web":
            family = "email" if target in _EMAIL_LABELS else "phone" if target != "web" else "web"
            label = pending[family]
            pending[family] = None
            if label is None:
                label = _EMAIL_LABELS.get(target, _PHONE_LABELS.get(target, ""))
            bucket = {"email": rec.emails, "phone": rec.phones, "web": rec.urls}[family]
            for item in _values(raw, strict):
                if family == "email" and not strict and item[:3].lower() == "/o=":
                    # Outlook exports a contact picked from an Exchange address book with
                    # E-mail Type "EX" and an X.500 path ("/o=ExchangeLabs/ou=...") in
                    # place of the address; no mail can be sent to that.
                    continue
                bucket.append(Labeled(item, label))
        elif target == "tags":
            for tag in _split_tags(raw, strict):
                if tag not in rec.tags:
                    rec.tags.append(tag)
        elif target in _ID_TARGETS or target.startswith("id:"):
            key = _ID_TARGETS.get(target) or target[3:]
            if value and key:
                rec.ids.setdefault(key, value)
        elif target == "address_label":
            generic_index += 1
            groups[f"address{generic_index}"] = {"label": _label(raw, strict)}
        elif "_" in target and target.split("_", 1)[0] in _ADDRESS_GROUPS:
            group, part = target.split("_", 1)
            if part not in _ADDRESS_PARTS:
                continue
            if group == "address":
                key = f"address{generic_index}"
                if key not in groups or part in groups[key]:
                    generic_index += 1  # a part seen twice starts the next address
                    key = f"address{generic_index}"
                    groups[key] = {"label": ""}
            else:
                key = group
                groups.setdefault(key, {"label": group})
            if part in groups[key] and not strict:
                if value:  # "Street 2/3" columns continue the street
                    joined = "\n".join(p for p in (groups[key][part], value) if p)
                    groups[key][part] = joined
            else:
                groups[key][part] = value
    for name, value in single.items():
        setattr(rec, name, value)
    rec.notes = "\n".join(notes)
    if any(birth.values()) and rec.birthday is None:
        rec.birthday = _birthday_from_parts(birth)
    for parts in groups.values():
        label = parts.pop("label", "")
        if any(v.strip() for v in parts.values()):
            rec.addresses.append(Address(label=label, **parts))
    if not kind_seen and _looks_like_organization(rec):
        rec.kind = "organization"
    if rec.kind == "organization" and not rec.display_name and not strict:
        rec.display_name = rec.organization
    has_name = any(
        getattr(rec, f).strip()
        for f in ("given_name", "middle_name", "family_name", "display_name", "nickname")
    )
    if not (has_name or rec.organization.strip() or rec.emails or rec.phones):
        raise _RowError("no name, e-mail, phone or organisation")
    return rec


def _looks_like_organization(rec: ContactRecord) -> bool:
    # A row with a company and no person's name is the company itself (Thunderbird and
    # Outlook users keep firms as contacts with only "Company" / "Display Name" filled in).
    if not rec.organization or rec.given_name or rec.family_name or rec.middle_name:
        return False
    return rec.display_name in ("", rec.organization)


def _birthday_from_parts(birth: dict[str, str]) -> PartialDate | None:
    raw = "/".join(birth.get(k, "") for k in ("birth_year", "birth_month", "birth_day"))
    try:
        year = int(birth.get("birth_year") or 0) or None
        month = int(birth.get("birth_month") or 0)
        day = int(birth.get("birth_day") or 0)
    except ValueError:
        raise _RowError(f"birthday {raw!r} is not a date") from None
    if not month or not day:
        return None  # a year alone is not a birthday we can keep
    return _make_date(year, month, day, raw)


def parse_csv(data: bytes, source: str = "", layout: CsvLayout | None = None) -> ParseResult:
    """Read contacts from CSV bytes; bad rows become Problems, never exceptions."""
    result = ParseResult()
    if layout is None:
        layout = sniff(data)
    try:
        text, bad = _decode(data, layout.encoding)
    except LookupError:
        result.problems.append(Problem(source, 0, f"unknown encoding {layout.encoding!r}"))
        return result
    bad_lines = set(_bad_lines(data, layout.encoding, bad)) if bad else set()
    strict = layout.preset == "smallcrm"
    skip_header = layout.has_header
    for line, cells, error in _iter_rows(text, layout.delimiter or ","):
        if cells is None:
            result.problems.append(Problem(source, line, error))
            continue
        if skip_header:
            skip_header = False
            continue
        try:
            record = _row_to_record(cells, layout.mapping, strict)
        except _RowError as exc:
            result.problems.append(Problem(source, line, str(exc)))
            continue
        record.source_line = line
        result.records.append(record)
    for line in sorted(bad_lines):
        reason = f"bytes that are not {layout.encoding} were replaced with '\ufffd'"
        result.problems.append(Problem(source, line, reason))
    return result


# --------------------------------------------------------------------------- write


def _guard(value: str) -> str:
    # Excel runs a cell starting with = + - @ as a formula (CSV injection); a leading "'"
    # stops it and _unguard removes it again. Plain phone numbers ("+420 777 ...") and
    # numbers carry no formula, so they stay as they are.
    if not value:
        return value
    if value[0] == "'" or value[0] in "=@\t\r":
        return "'" + value
    if value[0] in "+-" and not re.fullmatch(r"[+-][\d\s()./-]*", value):
        return "'" + value
    return value


def write_csv(records: Iterable[ContactRecord]) -> bytes:
    """Our export: UTF-8 with BOM, comma-delimited, a header `parse_csv` knows as "smallcrm".

    Every e-mail, phone, address and web link gets a numbered column group with its label;
    ids get one "ID <key>" column each. Photos are not written (vCard carries them).
    """
    items = list(records)
    n_email = max([1, *(len(r.emails) for r in items)])
    n_phone = max([1, *(len(r.phones) for r in items)])
    n_addr = max([1, *(len(r.addresses) for r in items)])
    n_web = max([1, *(len(r.urls) for r in items)])
    id_keys = sorted({k for r in items for k in r.ids if k})
    fixed = [h for h in _SMALLCRM_FIXED if h not in ("Tags", "Notes", "UID")]
    header = list(fixed)
    for i in range(1, n_email + 1):
        header += [f"Email {i} Label", f"Email {i}"]
    for i in range(1, n_phone + 1):
        header += [f"Phone {i} Label", f"Phone {i}"]
    for i in range(1, n_addr + 1):
        header += [f"Address {i} Label", *(f"Address {i} {h}" for h in _ADDRESS_HEADERS)]
    for i in range(1, n_web + 1):
        header += [f"Web {i} Label", f"Web {i}"]
    header += ["Tags", "Notes", "UID", *(f"ID {k}" for k in id_keys)]

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for rec in items:
        row = [
            rec.kind,
            rec.title,
            rec.given_name,
            rec.middle_name,
            rec.family_name,
            rec.suffix,
            rec.display_name,
            rec.nickname,
            rec.organization,
            rec.department,
            rec.position,
            rec.birthday.iso() if rec.birthday else "",
        ]
        for items_, n in ((rec.emails, n_email), (rec.phones, n_phone)):
            for i in range(n):
                row += [items_[i].label, items_[i].value] if i < len(items_) else ["", ""]
        for i in range(n_addr):
            if i < len(rec.addresses):
                a = rec.addresses[i]
                row += [a.label, a.street, a.extended, a.po_box, a.city, a.region]
                row += [a.postcode, a.country]
            else:
                row += [""] * (1 + len(_ADDRESS_HEADERS))
        for i in range(n_web):
            row += [rec.urls[i].label, rec.urls[i].value] if i < len(rec.urls) else ["", ""]
        tags = "\n".join(rec.tags)
        if len(rec.tags) == 1 and "\n" not in tags:
            tags += "\n"  # keeps a lone tag whole even if it has a comma in it
        row += [tags if rec.tags else "", rec.notes, rec.uid]
        row += [rec.ids.get(k, "") for k in id_keys]
        writer.writerow([_guard(cell) for cell in row])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")
