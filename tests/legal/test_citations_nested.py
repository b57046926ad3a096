"""A reference inside the subject of another one."""

import datetime

from cchc.legal.citations import extract


def test_nested_plan_and_decision():
    text = (
        "Kế hoạch số 123/KH-UBND ngày 25 tháng 6 năm 2021 về triển khai thực hiện Quyết định số "
        "468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ về phê duyệt Đề án “Đổi mới "
        "việc thực hiện cơ chế một cửa”; Nghị quyết số 02-NQ/TU"
    )
    outer, inner, last = extract(text)
    assert outer.key == "123/KH-UBND"
    assert outer.subject == "triển khai thực hiện"
    assert outer.issuer is None
    assert inner.key == "468/QĐ-TTg"
    assert inner.issued == datetime.date(2021, 3, 27)
    assert inner.issuer == "Thủ tướng Chính phủ"
    assert inner.subject == "phê duyệt Đề án “Đổi mới việc thực hiện cơ chế một cửa”"
    assert last.key == "02-NQ/TU"
    assert outer.full_span is not None and outer.full_span[1] <= inner.span[0]


def test_nested_with_pinpoint():
    outer, inner = extract(
        "Quyết định số 5/QĐ-UBND về hướng dẫn khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP của Chính phủ."
    )
    assert outer.subject == "hướng dẫn"
    assert inner.pinpoint is not None and inner.pinpoint.article == "5"
    assert inner.issuer == "Chính phủ"
