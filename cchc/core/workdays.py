"""Working-day calendar. Pure Python.

Public offices work Monday to Friday (QĐ 188/1999/QĐ-TTg). Holidays and make-up working
days come from a table the administrator maintains (the Prime Minister fixes Tết days every
year); :func:`default_calendar` pre-fills it from the ``holidays`` package, which knows lunar
Tết and Giỗ Tổ Hùng Vương.

Counting follows Bộ luật Dân sự 2015 Đ.147: a period of N days starts the day *after* the
starting event, so ``add_working_days(friday, 1)`` is the next Monday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["WorkCalendar", "default_calendar"]


@dataclass(frozen=True)
class WorkCalendar:
    """Weekends plus a holiday table plus make-up working days (e.g. a working Saturday)."""

    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    extra_workdays: frozenset[dt.date] = field(default_factory=frozenset)
    weekend: frozenset[int] = frozenset({5, 6})  # Saturday, Sunday

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.extra_workdays:
            return True
        return day.weekday() not in self.weekend and day not in self.holidays

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date ``days`` working days after ``start`` (``start`` itself not counted)."""
        if days < 0:
            raise ValueError("days must be >= 0")
        current = start
        if days == 0:
            while not self.is_working_day(current):
                current += dt.timedelta(days=1)
            return current
        remaining = days
        guard = 0
        while remaining:
            current += dt.timedelta(days=1)
            guard += 1
            if guard > days * 7 + 400:
                raise ValueError("calendar has no working days ahead")
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in ``(start, end]``; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        current = start
        while current < end:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count

    def next_working_day(self, day: dt.date) -> dt.date:
        return self.add_working_days(day, 1)


def default_calendar(years: Iterable[int]) -> WorkCalendar:
    """A calendar pre-filled from the ``holidays`` package for Vietnam."""
    import holidays

    years = list(years)
    vn = holidays.country_holidays("VN", years=years)
    extra = frozenset(getattr(vn, "weekend_workdays", ()) or ())
    return WorkCalendar(holidays=frozenset(vn.keys()), extra_workdays=extra)
