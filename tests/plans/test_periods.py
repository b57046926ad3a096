"""Quarters as reporting periods (pure)."""

import datetime as dt

import pytest

from cchc.plans.periods import Quarter, quarter_of, quarters_due


@pytest.mark.parametrize(
    ("day", "number"),
    [(dt.date(2022, 1, 1), 1), (dt.date(2022, 3, 31), 1), (dt.date(2022, 4, 1), 2),
     (dt.date(2022, 9, 30), 3), (dt.date(2022, 12, 31), 4)],
)  # fmt: skip
def test_quarter_of(day, number):
    assert quarter_of(day) == Quarter(2022, number)


def test_bounds_and_days_left():
    q = Quarter(2024, 1)
    assert (q.start, q.end) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert Quarter(2024, 4).end == dt.date(2024, 12, 31)
    assert q.days_left(dt.date(2024, 3, 31)) == 0
    assert q.days_left(dt.date(2024, 3, 21)) == 10
    assert q.roman == "I" and Quarter(2024, 4).roman == "IV"


def test_quarters_due_include_the_current_one():
    assert [q.number for q in quarters_due(2022, dt.date(2022, 5, 1))] == [1, 2]
    assert quarters_due(2023, dt.date(2022, 5, 1)) == []
    assert len(quarters_due(2021, dt.date(2022, 5, 1))) == 4


def test_invalid_quarter():
    with pytest.raises(ValueError):
        Quarter(2022, 5)
