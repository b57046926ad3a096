import datetime as dt

import pytest

from cchc.core.workdays import WorkCalendar, default_calendar


def test_weekend_is_skipped_and_start_day_not_counted():
    cal = WorkCalendar()
    friday = dt.date(2026, 11, 20)
    assert cal.add_working_days(friday, 1) == dt.date(2026, 11, 23)
    assert cal.add_working_days(friday, 5) == dt.date(2026, 11, 27)


def test_holiday_table_and_make_up_day():
    holiday = dt.date(2026, 11, 24)
    saturday = dt.date(2026, 11, 28)
    cal = WorkCalendar(holidays=frozenset({holiday}), extra_workdays=frozenset({saturday}))
    assert not cal.is_working_day(holiday)
    assert cal.is_working_day(saturday)
    # Mon 23 → Wed 25 (Tue 24 is off) → Thu 26 → Fri 27 → Sat 28 (make-up day)
    assert cal.add_working_days(dt.date(2026, 11, 23), 4) == saturday


def test_zero_days_rolls_forward_to_a_working_day():
    cal = WorkCalendar()
    assert cal.add_working_days(dt.date(2026, 11, 28), 0) == dt.date(2026, 11, 30)


def test_working_days_between_is_inverse_of_add():
    cal = WorkCalendar()
    start = dt.date(2026, 1, 5)
    for n in range(0, 30):
        end = cal.add_working_days(start, n)
        assert cal.working_days_between(start, end) == n


def test_negative_days_rejected():
    with pytest.raises(ValueError):
        WorkCalendar().add_working_days(dt.date(2026, 1, 1), -1)


def test_default_calendar_knows_lunar_tet_2026():
    cal = default_calendar([2026])
    # Tết Bính Ngọ: 17-02-2026 is the first lunar day.
    assert not cal.is_working_day(dt.date(2026, 2, 17))
    # 13-02-2026 (Friday before Tết) + 3 working days lands after the Tết break.
    assert cal.add_working_days(dt.date(2026, 2, 13), 3) == dt.date(2026, 2, 25)
