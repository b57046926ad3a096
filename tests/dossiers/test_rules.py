"""Deadline arithmetic (pure): cut-off, non-working days, Tết, make-up days, pauses."""

import datetime as dt

from cchc.core.workdays import WorkCalendar
from cchc.dossiers.rules import (
    ClockRules,
    deadline_for,
    effective_receipt_day,
    outcome_for,
    paused_working_days,
    whole_days,
)

TET = frozenset(dt.date(2026, 2, d) for d in range(16, 21))
CAL = WorkCalendar(holidays=TET, extra_workdays=frozenset({dt.date(2026, 2, 28)}))
ND61 = ClockRules(cutoff=dt.time(15, 0), after_cutoff_next_day=True)
NO_CUTOFF = ClockRules(cutoff=None, after_cutoff_next_day=False)


def at(*args):
    return dt.datetime(*args)


def test_morning_receipt_counts_from_that_day():
    """Received Monday 09:00, 3 working days: due Thursday."""
    assert deadline_for(at(2026, 3, 2, 9), 3, ND61, CAL) == dt.date(2026, 3, 5)


def test_after_cutoff_counts_from_next_working_day():
    """Received Monday 15:30 under a 15:00 cut-off: as if Tuesday, due Friday."""
    assert effective_receipt_day(at(2026, 3, 2, 15, 30), ND61, CAL) == dt.date(2026, 3, 3)
    assert deadline_for(at(2026, 3, 2, 15, 30), 3, ND61, CAL) == dt.date(2026, 3, 6)


def test_cutoff_exactly_counts_as_after():
    assert effective_receipt_day(at(2026, 3, 2, 15, 0), ND61, CAL) == dt.date(2026, 3, 3)
    assert effective_receipt_day(at(2026, 3, 2, 14, 59), ND61, CAL) == dt.date(2026, 3, 2)


def test_rules_without_cutoff_keep_the_day():
    assert deadline_for(at(2026, 3, 2, 16, 30), 3, NO_CUTOFF, CAL) == dt.date(2026, 3, 5)


def test_friday_after_cutoff_counts_from_monday():
    """Friday 16:00 → Monday; 1 day → Tuesday."""
    assert deadline_for(at(2026, 3, 6, 16), 1, ND61, CAL) == dt.date(2026, 3, 10)


def test_online_on_saturday_counts_from_monday():
    assert effective_receipt_day(at(2026, 3, 7, 10), ND61, CAL) == dt.date(2026, 3, 9)
    assert deadline_for(at(2026, 3, 7, 10), 2, ND61, CAL) == dt.date(2026, 3, 11)


def test_across_tet():
    """Friday 13/02/2026 morning, 5 days: Tết 16–20/02 and two weekends are skipped."""
    assert deadline_for(at(2026, 2, 13, 9), 5, ND61, CAL) == dt.date(2026, 2, 27)


def test_after_cutoff_on_the_eve_of_tet_jumps_past_it():
    """Friday 13/02 16:00: the next working day is Monday 23/02; 1 day → Tuesday 24/02."""
    assert effective_receipt_day(at(2026, 2, 13, 16), ND61, CAL) == dt.date(2026, 2, 23)
    assert deadline_for(at(2026, 2, 13, 16), 1, ND61, CAL) == dt.date(2026, 2, 24)


def test_make_up_saturday_counts():
    """Saturday 28/02/2026 is a make-up working day in this calendar."""
    assert deadline_for(at(2026, 2, 26, 9), 2, ND61, CAL) == dt.date(2026, 2, 28)


def test_zero_and_fractional_limits():
    assert deadline_for(at(2026, 3, 2, 9), 0, ND61, CAL) == dt.date(2026, 3, 2)
    assert deadline_for(at(2026, 3, 2, 16), 0, ND61, CAL) == dt.date(2026, 3, 3)
    assert whole_days("0.5") == 1
    assert deadline_for(at(2026, 3, 2, 9), 0.5, ND61, CAL) == dt.date(2026, 3, 3)


def test_paused_days_push_the_deadline():
    assert deadline_for(at(2026, 3, 2, 9), 3, ND61, CAL, paused_working_days=2) == dt.date(
        2026, 3, 9
    )
    assert paused_working_days(dt.date(2026, 2, 13), dt.date(2026, 2, 24), CAL) == 2


def test_outcome():
    d = dt.date(2026, 3, 5)
    assert outcome_for(dt.date(2026, 3, 4), d) == "early"
    assert outcome_for(d, d) == "on_time"
    assert outcome_for(dt.date(2026, 3, 6), d) == "late"
