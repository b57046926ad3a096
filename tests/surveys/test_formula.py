"""surveys/formula.py against figures computed by hand (no database)."""

import pytest

from cchc.surveys import formula
from cchc.surveys.formula import Rating


def r(resp, q, el, score, **kw):
    return Rating(response=resp, question=q, element=el, score=score, **kw)


def test_wilson_matches_the_textbook_interval_for_8_of_10():
    """8/10 at z=1.96: Wilson (0.4902, 0.9433) (Newcombe 1998, table I)."""
    low, high = formula.wilson(0.8, 10, z=1.96)
    assert low == pytest.approx(0.4902, abs=1e-4)
    assert high == pytest.approx(0.9433, abs=1e-4)


def test_wilson_at_the_edges_stays_inside_zero_one():
    """0/5: low is 0, high (z=1.96) = 3.8416/(5+3.8416) = 0.4345."""
    low, high = formula.wilson(0.0, 5, z=1.96)
    assert low == 0.0
    assert high == pytest.approx(0.4345, abs=1e-4)
    low, high = formula.wilson(1.0, 5, z=1.96)
    assert high == 1.0
    assert low == pytest.approx(0.5655, abs=1e-4)


def test_wilson_refuses_nonsense():
    with pytest.raises(ValueError):
        formula.wilson(0.5, 0)
    with pytest.raises(ValueError):
        formula.wilson(1.5, 10)


# Three responses, two elements. Hand count:
#   q1 (access): 5, 4, 2  -> 2/3 satisfied
#   q2 (access): 3, None, 4 -> 1/2 (None skipped)
#   q3 (officer): 5, 5, 1 -> 2/3
#   access pooled: 3/5 = 0.6 from 3 responses; officer: 2/3 from 3 responses
#   overall: 5/8 = 0.625 from 3 responses
FIXTURE = [
    r(1, "q1", "access", 5, agency="A"),
    r(1, "q2", "access", 3, agency="A"),
    r(1, "q3", "officer", 5, agency="A"),
    r(2, "q1", "access", 4, agency="B"),
    r(2, "q2", "access", None, agency="B"),
    r(2, "q3", "officer", 5, agency="B"),
    r(3, "q1", "access", 2, agency="B"),
    r(3, "q2", "access", 4, agency="B"),
    r(3, "q3", "officer", 1, agency="B"),
]


def test_shares_per_question_element_and_overall():
    report = formula.satisfaction(FIXTURE, z=1.96)
    assert report.by_question["q1"].share == pytest.approx(2 / 3)
    assert report.by_question["q2"].share == pytest.approx(1 / 2)
    assert report.by_question["q2"].ratings == 2
    assert report.by_element["access"].share == pytest.approx(0.6)
    assert report.by_element["access"].ratings == 5
    assert report.by_element["access"].responses == 3
    assert report.by_element["officer"].share == pytest.approx(2 / 3)
    assert report.overall.satisfied == 5
    assert report.overall.ratings == 8
    assert report.overall.responses == 3
    assert report.overall.share == pytest.approx(0.625)
    assert report.overall.percent == 62.5


def test_pooled_interval_uses_responses_not_ratings():
    """Overall 0.625 on m=3 responses: Wilson(0.625, 3) is wider than Wilson(0.625, 8)."""
    report = formula.satisfaction(FIXTURE, z=1.96)
    low3, high3 = formula.wilson(0.625, 3, z=1.96)
    assert report.overall.low == pytest.approx(low3)
    assert report.overall.high == pytest.approx(high3)
    low8, high8 = formula.wilson(0.625, 8, z=1.96)
    assert high3 - low3 > high8 - low8
    # a single question's interval counts its ratings
    q1 = report.by_question["q1"]
    assert (q1.low, q1.high) == pytest.approx(formula.wilson(2 / 3, 3, z=1.96))


def test_breakdown_per_agency_is_worst_first():
    """A: 2/3 (q1 5, q2 3, q3 5); B: 3/5 (4, 5, 2, 4, 1) -> B first."""
    rows = formula.by_agency(FIXTURE, z=1.96)
    assert [g for g, _s in rows] == ["B", "A"]
    assert rows[0][1].share == pytest.approx(0.6)
    assert rows[1][1].share == pytest.approx(2 / 3)


def test_by_period_keeps_time_order():
    ratings = [
        r(1, "q", "e", 5, period="2025-02"),
        r(2, "q", "e", 1, period="2025-01"),
        r(3, "q", "e", 4, period="2025-03"),
    ]
    assert [p for p, _s in formula.by_period(ratings)] == ["2025-01", "2025-02", "2025-03"]


def test_empty_group_has_no_share_not_zero():
    share = formula.share_of([])
    assert share.share is None and share.ratings == 0 and share.percent is None
    assert formula.satisfaction([r(1, "q", "e", None)]).overall.share is None


@pytest.mark.parametrize("bad", [0, 6, -1, 3.5, True, "5"])
def test_score_outside_the_scale_is_refused(bad):
    with pytest.raises(ValueError):
        formula.satisfaction([r(1, "q", "e", bad)])


def test_three_is_not_satisfied_four_is():
    assert formula.share_of([r(1, "q", "e", 3)]).satisfied == 0
    assert formula.share_of([r(1, "q", "e", 4)]).satisfied == 1
