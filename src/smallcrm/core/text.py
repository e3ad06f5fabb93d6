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
    if text.isascii():
        return text.lower()
    out: list[str] = []
    keep_marks = False
    # Case first: casefold can itself produce marks ("İ" -> "i" + dot above).
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFD", folded)
    for ch in decomposed:
        if unicodedata.combining(ch):
            if keep_marks:
                out.append(ch)
            continue
        keep_marks = "\u0400" <= ch <= "\u04ff"
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))
