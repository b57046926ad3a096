"""Vietnamese date formats and parsing. Pure Python.

Two display forms are used across the portal: ``ngày 29 tháng 3 năm 2022`` (long) and
``29-03-2022`` (short).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["format_long", "format_short", "parse_vi_date", "DateParseError"]

_PATTERNS = [
    re.compile(r"(?i)^\s*(?:ngày\s+)?(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$"),
    re.compile(r"(?i)^\s*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{4})\s*$"),
]


class DateParseError(ValueError):
    """The text is not a Vietnamese date."""


def format_long(day: dt.date, *, capitalize: bool = False) -> str:
    """``ngày 29 tháng 3 năm 2022``."""
    text = f"ngày {day.day} tháng {day.month} năm {day.year}"
    return text[0].upper() + text[1:] if capitalize else text


def format_short(day: dt.date) -> str:
    """``29-03-2022``."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def parse_vi_date(text: str) -> dt.date:
    """Parse ``29-03-2022``, ``29/3/2022``, ``Ngày 29-03-2022`` or ``ngày 29 tháng 3 năm 2022``."""
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError as exc:
                raise DateParseError(text) from exc
    raise DateParseError(text)
