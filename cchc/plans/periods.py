"""Quarters (quý) as reporting periods. Pure Python: no Django import."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Quarter", "quarter_of", "quarters_of_year", "quarters_due"]


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    def __post_init__(self) -> None:
        if self.number not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1..4, not {self.number}")

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> dt.date:
        if self.number == 4:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, 3 * self.number + 1, 1) - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def days_left(self, today: dt.date) -> int:
        """Days from ``today`` to the last day of the quarter (0 on that day)."""
        return (self.end - today).days

    @property
    def roman(self) -> str:
        return ("I", "II", "III", "IV")[self.number - 1]

    def __str__(self) -> str:
        return f"Q{self.number}/{self.year}"


def quarter_of(day: dt.date) -> Quarter:
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def quarters_of_year(year: int) -> list[Quarter]:
    return [Quarter(year, n) for n in (1, 2, 3, 4)]


def quarters_due(year: int, today: dt.date) -> list[Quarter]:
    """The quarters of ``year`` whose report is expected by ``today``: every quarter that has
    started (the current one included: it is reported before it closes)."""
    return [q for q in quarters_of_year(year) if q.start <= today]
