"""Unicode text helpers: diacritics folding for search and sort keys."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into base + combining mark.
_SPECIAL = str.maketrans(
    {"ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae"}
)


def fold(text: str | None) -> str:
    """Lower-case and strip diacritics: "Novák" -> "novak", "Łódź" -> "lodz".

    Cyrillic letters are kept whole: "й" and "ї" are letters of their own in Ukrainian,
    not an accented "и" or "і", so folding them would make different names collide.
    """
    if not text:
        return ""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", text).translate(_SPECIAL):
        if "\u0400" <= ch <= "\u04ff":
            out.append(ch.lower())
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)).lower())
    return "".join(out).casefold()
