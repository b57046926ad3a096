"""The working-day calendar in use: the holiday table, falling back to the package."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.utils import timezone

from .models import Holiday
from .workdays import WorkCalendar, default_calendar

_CACHE_KEY = "cchc:workcalendar:v1"


def get_work_calendar(today: dt.date | None = None) -> WorkCalendar:
    """Calendar for last year to five years ahead: table rows win, per year."""
    cached = cache.get(_CACHE_KEY)
    if cached is not None:
        return cached
    today = today or timezone.localdate()
    years = range(today.year - 2, today.year + 6)
    rows = list(Holiday.objects.filter(date__year__in=list(years)).values_list("date", "kind"))
    years_in_table = {d.year for d, _ in rows}
    fallback = default_calendar([y for y in years if y not in years_in_table])
    holidays = set(fallback.holidays) | {d for d, k in rows if k == Holiday.Kind.HOLIDAY}
    extra = set(fallback.extra_workdays) | {d for d, k in rows if k == Holiday.Kind.WORKDAY}
    calendar = WorkCalendar(holidays=frozenset(holidays), extra_workdays=frozenset(extra))
    cache.set(_CACHE_KEY, calendar, 3600)
    return calendar


def invalidate_work_calendar() -> None:
    cache.delete(_CACHE_KEY)
