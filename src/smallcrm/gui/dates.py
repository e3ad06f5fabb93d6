"""Dates as the user reads them: the locale's short format, the year left out when current."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale


def without_year(pattern: str) -> str:
    """A date format without its year: "dd/MM/yyyy" -> "dd/MM", "d. M. yyyy" -> "d. M.",
    "dd. MM. yyyy." -> "dd. MM.", "yyyy-MM-dd" -> "MM-dd"."""
    end = re.search(r"([^dMy]*)y+\.?$", pattern)
    if end:
        # Where the day and month end in a dot (cs, sk, pl, hr, de), the dot stays.
        return pattern[: end.start()] + ("." if end.group(1).strip().startswith(".") else "")
    start = re.match(r"^y+[^dMy]*", pattern)
    if start:
        return pattern[start.end() :]
    return pattern


def short_date(locale: QLocale, day: date, today: date | None = None) -> str:
    """``day`` in the locale's short format; without the year when it is this year's."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if day.year == (today or date.today()).year:
        pattern = without_year(pattern)
    elif "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # "12.11.25" reads like a time
    return locale.toString(QDate(day.year, day.month, day.day), pattern)
