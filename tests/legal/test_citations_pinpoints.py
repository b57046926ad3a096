"""Pinpoints: điểm / khoản / Điều before the reference."""

import pytest

from cchc.legal.citations import Pinpoint, extract


@pytest.mark.parametrize(
    ("text", "article", "clause", "point"),
    [
        ("điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP", "5", "2", "a"),
        ("khoản 3 Điều 7 Thông tư số 01/2018/TT-VPCP", "7", "3", None),
        ("Điều 15 Nghị định 30/2020/NĐ-CP", "15", None, None),
        ("điểm đ khoản 1 Điều 12 của Nghị định số 42/2022/NĐ-CP", "12", "1", "đ"),
        ("Điểm b, khoản 1, Điều 12 Nghị định số 42/2022/NĐ-CP", "12", "1", "b"),
        ("khoản 2 Điều 5a Luật số 47/2019/QH14", "5a", "2", None),
    ],
)
def test_pinpoint(text, article, clause, point):
    (c,) = extract("Theo quy định tại " + text + " thì")
    assert c.pinpoint is not None
    assert (c.pinpoint.article, c.pinpoint.clause, c.pinpoint.point) == (article, clause, point)
    assert c.text == text
    assert not c.pinpoint.text.endswith("của")


def test_no_pinpoint():
    (c,) = extract("Nghị định số 61/2018/NĐ-CP")
    assert c.pinpoint is None
    (c,) = extract("Điều 5. Nghị định số 61/2018/NĐ-CP")
    assert c.pinpoint is None


def test_pinpoint_json():
    (c,) = extract("điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP")
    assert c.pinpoint == Pinpoint(article="5", clause="2", point="a", text="điểm a khoản 2 Điều 5")
    assert c.to_json()["pinpoint"] == {
        "article": "5",
        "clause": "2",
        "point": "a",
        "text": "điểm a khoản 2 Điều 5",
    }
