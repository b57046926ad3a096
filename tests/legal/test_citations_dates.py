"""Issue dates: "ngày dd tháng mm năm yyyy", dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy; invalid dates."""

import datetime

import pytest

from cchc.legal.citations import extract

D = datetime.date


@pytest.mark.parametrize(
    ("tail", "issued"),
    [
        (" ngày 15 tháng 7 năm 2021", D(2021, 7, 15)),
        (" ngày 02 tháng 09 năm 2021", D(2021, 9, 2)),
        (" ngày 2/9/2021", D(2021, 9, 2)),
        (" ngày 02/09/2021", D(2021, 9, 2)),
        (" ngày 02-09-2021", D(2021, 9, 2)),
        (" ngày 2.9.2021", D(2021, 9, 2)),
        (", ngày 2/9/2021", D(2021, 9, 2)),
        (" ban hành ngày 2/9/2021", D(2021, 9, 2)),
        (" NGÀY 2 THÁNG 9 NĂM 2021", D(2021, 9, 2)),
        (" ngày\n2 tháng\n9 năm 2021", D(2021, 9, 2)),
        (" năm 2021", None),
        ("", None),
        (" ngày 31/02/2021", None),
        (" ngày 31 tháng 4 năm 2021", None),
        (" ngày 15/13/2021", None),
        (" ngày 0/1/2021", None),
        (" ngày 2/9/21", None),
    ],
)
def test_issued(tail, issued):
    (c,) = extract(f"Quyết định số 12/QĐ-UBND{tail} của UBND tỉnh.")
    assert c.issued == issued
    assert c.issuer == "UBND tỉnh" or tail == " ngày 2/9/21"


def test_year_from_symbol_else_from_issue_date():
    """Administrative numbers restart every year: the issue date gives the year they lack."""
    (c,) = extract("Kế hoạch số 45/KH-UBND ngày 5/1/2023")
    assert (c.year, c.issued, c.key) == (2023, D(2023, 1, 5), "45/KH-UBND")
    (c,) = extract("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018")
    assert (c.year, c.issued) == (2018, D(2018, 4, 23))
    (c,) = extract("Nghị quyết số 73/NQ-CP năm 2014 của Chính phủ")
    assert (c.year, c.issued, c.issuer) == (2014, None, "Chính phủ")
    (c,) = extract("Kế hoạch số 45/KH-UBND của UBND tỉnh")
    assert c.year is None


def test_symbol_year_wins_over_date():
    (c,) = extract("Nghị định số 61/2018/NĐ-CP ngày 23/4/2019")
    assert (c.year, c.issued) == (2018, D(2019, 4, 23))


def test_invalid_date_gives_no_year():
    (c,) = extract("Kế hoạch số 45/KH-UBND ngày 31/02/2023")
    assert (c.year, c.issued) == (None, None)


def test_issuer_before_date():
    (c,) = extract("Nghị quyết 76/NQ-CP của Chính phủ ngày 15/7/2021 về cải cách hành chính.")
    assert (c.issuer, c.issued, c.subject) == ("Chính phủ", D(2021, 7, 15), "cải cách hành chính")


def test_invalid_date_keeps_citation_and_issuer():
    (c,) = extract("Đề án số 02/ĐA-UBND ngày 31/02/2022 của UBND tỉnh về chuyển đổi số.")
    assert (c.key, c.issued, c.issuer, c.subject) == (
        "02/ĐA-UBND",
        None,
        "UBND tỉnh",
        "chuyển đổi số",
    )
