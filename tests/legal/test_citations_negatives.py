"""Things that look a bit like symbols but are not references."""

import pytest

from cchc.legal.citations import extract


@pytest.mark.parametrize(
    "text",
    [
        "ngày 29/06/2006",
        "ngày 15/7/2021",
        "Ngày 29-03-2022",
        "từ tháng 4/2022 - 8/2022",
        "điện thoại 0293.3870.123",
        "tổng đài 1900 1234",
        "1/2 số phiếu, 3/4 đại biểu",
        "đạt 98,5% và 100%",
        "mục 1.2.3",
        "https://haugiang.gov.vn/van-ban/76/NQ-CP",
        "http://vanban.chinhphu.vn/?docid=12345&so=76/NQ-CP",
        "www.haugiang.gov.vn/12/QĐ-UBND",
        "mã hồ sơ 000.00.12.H30-220101-0001",
        "hỗ trợ 24/7",
        "phòng, chống COVID-19",
        "ISO/IEC 27001:2013",
        "hồ sơ 1234/2023",
        "xếp hạng 12/63",
        "giai đoạn 2021/2025",
        "x12/QĐ-UBND",
        "12/qđ-ubnd viết thường",
        "1/1/1/1/1/1",
        "số 5/ABC",
        "12-XYZ/TU",
        "12/9999/NĐ-CP",
        "",
        "không có gì",
    ],
)
def test_not_a_citation(text):
    assert extract(text) == []
