"""Pinpoints with several points or clauses, and clause pinpoints without "Điều"."""

import pytest

from cchc.legal.citations import extract


@pytest.mark.parametrize(
    ("text", "article", "clause", "point"),
    [
        ("điểm a, b khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP", "5", "2", "a, b"),
        ("điểm a,b,c khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP", "5", "2", "a, b, c"),
        ("điểm a và b khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP", "5", "2", "a, b"),
        ("khoản 1, 2 Điều 5 Nghị định số 61/2018/NĐ-CP", "5", "1, 2", None),
        ("Điều 5, 6 Nghị định số 61/2018/NĐ-CP", "5, 6", None, None),
        ("khoản 2 Nghị quyết số 35/2019/QH14", None, "2", None),
        ("điểm b khoản 3 Nghị quyết số 76/NQ-CP", None, "3", "b"),
        ("khoản 2 của Quyết định số 12/QĐ-UBND", None, "2", None),
    ],
)
def test_pinpoint_lists(text, article, clause, point):
    (c,) = extract(text)
    p = c.pinpoint
    assert (p.article, p.clause, p.point) == (article, clause, point)
    assert c.span[0] == 0


@pytest.mark.parametrize(
    "text",
    [
        "tại 2 Nghị định số 61/2018/NĐ-CP",
        "khoảng 2 Nghị định số 61/2018/NĐ-CP",
        "mục 2 Nghị định số 61/2018/NĐ-CP",
    ],
)
def test_no_pinpoint(text):
    (c,) = extract(text)
    assert c.pinpoint is None


@pytest.mark.parametrize(
    ("text", "article", "clause"),
    [
        ("Điều 6, Điều 7, Điều 11, Điều 12 Nghị định số 120/2013/NĐ-CP", "6, 7, 11, 12", None),
        ("Khoản 1 và Khoản 2 Điều 5 Nghị định số 195/2013/NĐ-CP", "5", "1, 2"),
        ("ĐIỀU 3, ĐIỀU 4 NGHỊ ĐỊNH SỐ 61/2018/NĐ-CP", "3, 4", None),
    ],
)
def test_list_items_may_repeat_the_level_word(text, article, clause):
    """Real text repeats the word of the level in a list ("Điều 6, Điều 7 …")."""
    (c,) = extract(text)
    assert (c.pinpoint.article, c.pinpoint.clause) == (article, clause)
    assert c.span[0] == 0
