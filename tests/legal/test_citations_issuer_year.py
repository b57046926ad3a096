"""``issuer`` and ``year`` read from the sentence: administrative numbers restart every year
and per issuer, so "15/KH-UBND" needs both to be told apart (the key stays number/symbol)."""

import pytest

from cchc.legal.citations import extract


@pytest.mark.parametrize(
    ("text", "key", "year", "issuer"),
    [
        (
            "Kế hoạch số 15/KH-UBND ngày 10 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Hậu Giang",
            "15/KH-UBND",
            2022,
            "Ủy ban nhân dân tỉnh Hậu Giang",
        ),
        ("Kế hoạch số 15/KH-UBND ngày 10/3/2022 của UBND tỉnh", "15/KH-UBND", 2022, "UBND tỉnh"),
        (
            "Kế hoạch số 15/KH-UBND ngày 10/3/2022 của  UBND\ntỉnh  Hậu Giang về cải cách",
            "15/KH-UBND",
            2022,
            "UBND tỉnh Hậu Giang",
        ),
        ("Công văn 123/SNV-CCHC của Sở Nội vụ ngày 5/1/2023", "123/SNV-CCHC", 2023, "Sở Nội vụ"),
        ("Nghị quyết số 03-NQ/TU ngày 3/4/2021 của Tỉnh ủy", "03-NQ/TU", 2021, "Tỉnh ủy"),
        (
            "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ",
            "61/2018/NĐ-CP",
            2018,
            "Chính phủ",
        ),
        ("Kế hoạch số 15/KH-UBND", "15/KH-UBND", None, None),
        ("Kế hoạch số 15/KH-UBND năm 2022", "15/KH-UBND", 2022, None),
        (
            "Quyết định số15/QĐ-UBNDngày 10/3/2022của UBND tỉnh",
            "15/QĐ-UBND",
            2022,
            "UBND tỉnh",
        ),
    ],
)
def test_issuer_and_year(text, key, year, issuer):
    (c,) = extract(text)
    assert (c.key, c.year, c.issuer) == (key, year, issuer)


def test_same_key_different_years_and_issuers():
    a, b = extract(
        "Kế hoạch số 15/KH-UBND ngày 10/3/2022 của UBND tỉnh Hậu Giang và "
        "Kế hoạch số 15/KH-UBND ngày 2/2/2023 của UBND huyện Long Mỹ."
    )
    assert a.key == b.key == "15/KH-UBND"
    assert (a.year, a.issuer) == (2022, "UBND tỉnh Hậu Giang")
    assert (b.year, b.issuer) == (2023, "UBND huyện Long Mỹ")


def test_issuer_stops_before_a_relation_phrase():
    (c,) = extract("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của UBND tỉnh hết hiệu lực.")
    assert (c.issuer, c.relation) == ("UBND tỉnh", "repeals")


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        (" của Văn phòng Chính phủ - Bộ Nội vụ hướng dẫn", "Văn phòng Chính phủ - Bộ Nội vụ"),
        (" của Chính phủ và ý kiến đại biểu Quốc hội", "Chính phủ"),
        (" của Bộ Nội vụ và Bộ Tài chính;", "Bộ Nội vụ và Bộ Tài chính"),
    ],
)
def test_joint_issuers(after, issuer):
    (c,) = extract(f"Thông tư liên tịch số 01/2011/TTLT-VPCP-BNV ngày 26/01/2011{after}")
    assert c.issuer == issuer
