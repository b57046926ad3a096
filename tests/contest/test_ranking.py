"""The pure ranking module (no database): totals, mean and trimmed mean, ties, outliers."""

import datetime as dt
import importlib
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from cchc.contest import ranking
from cchc.contest.ranking import Criterion, EntryScores, Sheet

T0 = dt.datetime(2022, 8, 1, 8, 0, tzinfo=dt.UTC)
RUBRIC = [Criterion(1, D(2), D(10), 1), Criterion(2, D(1), D(20), 2)]


def entry(pk, code, *sheets, minutes=0):
    return EntryScores(
        pk,
        code,
        T0 + dt.timedelta(minutes=minutes),
        [Sheet(j, {1: D(a), 2: D(b)}) for j, (a, b) in enumerate(sheets, start=1)],
    )


def test_module_imports_no_django():
    """ranking.py is pure: importing it loads no django module of its own."""
    before = {m for m in sys.modules if m.startswith("django")}
    importlib.reload(ranking)
    source = Path(ranking.__file__).read_text(encoding="utf-8")
    assert "django" not in source
    assert {m for m in sys.modules if m.startswith("django")} == before


def test_sheet_total_is_weighted_share_of_maximum():
    """(2 × 8/10 + 1 × 10/20) / 3 × 100 = 70."""
    assert ranking.sheet_total(Sheet(1, {1: D(8), 2: D(10)}), RUBRIC) == D(70)


def test_incomplete_sheet_has_no_total():
    assert ranking.sheet_total(Sheet(1, {1: D(8)}), RUBRIC) is None


def test_mean():
    assert ranking.aggregate([D(60), D(70), D(95)], "mean") == D(75)


def test_trimmed_mean_drops_highest_and_lowest():
    """Five jurors, 20 %: one dropped at each end."""
    values = [D(10), D(60), D(70), D(80), D(100)]
    assert ranking.aggregate(values, "trimmed_mean", D("0.2")) == D(70)


def test_trimmed_mean_with_few_values_is_the_mean():
    """Three jurors, 20 %: floor(0.6) = 0 dropped."""
    assert ranking.aggregate([D(10), D(70), D(100)], "trimmed_mean", D("0.2")) == D(60)


def test_unknown_method_refused():
    with pytest.raises(ValueError):
        ranking.aggregate([D(1)], "median")


def test_rank_orders_by_final_score():
    result = ranking.rank(
        [entry(1, "A", (5, 10)), entry(2, "B", (9, 18)), entry(3, "C", (7, 14))], RUBRIC
    )
    assert [r.code for r in result] == ["B", "C", "A"]
    assert [r.rank for r in result] == [1, 2, 3]
    assert result[0].final == D("90.00")


def test_tie_broken_by_heaviest_criterion():
    """Equal totals (70): X is stronger on the weight-2 criterion."""
    x = entry(1, "X", (8, 10))  # 2×0.8 + 0.5 = 2.1 → 70
    y = entry(2, "Y", (7, 14))  # 2×0.7 + 0.7 = 2.1 → 70
    result = ranking.rank([y, x], RUBRIC)
    assert [r.code for r in result] == ["X", "Y"]
    assert result[0].final == result[1].final == D("70.00")
    assert result[0].tied_on == "criteria"


def test_tie_broken_by_earlier_submission_then_code():
    early = entry(1, "Z", (8, 10), minutes=0)
    late = entry(2, "A", (8, 10), minutes=5)
    same_time = entry(3, "B", (8, 10), minutes=5)
    result = ranking.rank([late, same_time, early], RUBRIC)
    assert [r.code for r in result] == ["Z", "A", "B"]
    assert [r.rank for r in result] == [1, 2, 3]
    assert result[0].tied_on == "submitted_at"
    assert result[2].tied_on == "code"


def test_entries_without_a_complete_sheet_are_unranked_last():
    incomplete = EntryScores(9, "N", T0, [Sheet(1, {1: D(10)})])
    result = ranking.rank([incomplete, entry(1, "A", (1, 1))], RUBRIC)
    assert [r.code for r in result] == ["A", "N"]
    assert result[1].rank is None and result[1].final is None


def test_trimmed_mean_changes_the_winner():
    """One juror's extreme score decides under the mean, not under the trimmed mean."""
    a = entry(1, "A", (6, 12), (6, 12), (6, 12), (6, 12), (10, 20))  # 60,60,60,60,100
    b = entry(2, "B", (7, 14), (7, 14), (7, 14), (7, 14), (0, 0))  # 70,70,70,70,0
    assert ranking.rank([a, b], RUBRIC, "mean")[0].code == "A"
    assert ranking.rank([a, b], RUBRIC, "trimmed_mean", D("0.2"))[0].code == "B"


def test_outliers_by_share_of_maximum():
    """With 3 jurors: 90 is 33 from the mean 56.67 (> 25 of 100)."""
    found = ranking.outliers({1: D(40), 2: D(40), 3: D(90)}, D(100))
    assert [(o.juror, o.reason) for o in found] == [(3, "share")]


def test_outliers_by_standard_deviation():
    values = {i: D(50) for i in range(1, 10)} | {10: D(70)}
    found = ranking.outliers(values, D(1000))
    assert [(o.juror, o.reason) for o in found] == [(10, "sd")]


def test_no_outliers_when_close():
    assert ranking.outliers({1: D(60), 2: D(65), 3: D(70)}, D(100)) == []
