"""Deadline arithmetic of the one-stop shop. Pure Python (no Django).

A dossier is handled under the rule set in force when it was received. The pieces of a rule
set that matter here are the afternoon cut-off (``cutoff``) and whether receipt after it
counts from the next working day (``after_cutoff_next_day``). Counting follows
Bộ luật Dân sự 2015 Đ.147 through :class:`cchc.core.workdays.WorkCalendar`: a period of N
working days starts the day *after* the effective day of receipt.

* A dossier received on a non-working day (online, a Saturday) counts as received on the
  next working day.
* Received after the cut-off with ``after_cutoff_next_day``: as received on the next
  working day.
* A time limit of 0 days means the same (effective) day; fractions of a day round up (a
  half-day procedure is due the next working day at the latest).
* Paused working days (waiting for a supplement) push the deadline by as many working days.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from cchc.core.workdays import WorkCalendar

__all__ = ["ClockRules", "effective_receipt_day", "deadline_for", "outcome_for", "whole_days"]


@dataclass(frozen=True)
class ClockRules:
    cutoff: dt.time | None = dt.time(15, 0)
    after_cutoff_next_day: bool = True


def whole_days(days: Decimal | float | int | None) -> int:
    if days is None:
        return 0
    return max(0, math.ceil(Decimal(str(days))))


def effective_receipt_day(
    received: dt.datetime, rules: ClockRules, calendar: WorkCalendar
) -> dt.date:
    """The working day the clock counts from, for a local (aware or naive) datetime."""
    day = received.date()
    if not calendar.is_working_day(day):
        return calendar.add_working_days(day, 0)
    if rules.cutoff is not None and rules.after_cutoff_next_day and received.time() >= rules.cutoff:
        return calendar.next_working_day(day)
    return day


def deadline_for(
    received: dt.datetime,
    days: Decimal | float | int | None,
    rules: ClockRules,
    calendar: WorkCalendar,
    *,
    paused_working_days: int = 0,
) -> dt.date:
    start = effective_receipt_day(received, rules, calendar)
    total = whole_days(days) + max(0, paused_working_days)
    return calendar.add_working_days(start, total)


def outcome_for(finished_on: dt.date, deadline: dt.date) -> str:
    """``early`` / ``on_time`` / ``late`` (the values of ``choices.Outcome``)."""
    if finished_on < deadline:
        return "early"
    if finished_on == deadline:
        return "on_time"
    return "late"


def paused_working_days(start: dt.date, end: dt.date, calendar: WorkCalendar) -> int:
    """Working days lost while paused from ``start`` to ``end`` (``(start, end]``)."""
    return max(0, calendar.working_days_between(start, end))
