"""Issuer: as written after "của" (or "do"), trimmed; None when not stated."""

import pytest

from cchc.legal.citations import extract


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        (" của Chính phủ về kiểm soát TTHC;", "Chính phủ"),
        (" của Thủ tướng Chính phủ phê duyệt Đề án.", "Thủ tướng Chính phủ"),
        (" của UBND tỉnh về công tác theo dõi.", "UBND tỉnh"),
        (" của Ủy ban nhân dân tỉnh Hậu Giang;", "Ủy ban nhân dân tỉnh Hậu Giang"),
        (
            " của Ban Chấp hành Đảng bộ tỉnh khóa XIV về cải cách;",
            "Ban Chấp hành Đảng bộ tỉnh khóa XIV",
        ),
        (" của Tỉnh ủy Hậu Giang về tăng cường;", "Tỉnh ủy Hậu Giang"),
        (" của Bộ Nội vụ.", "Bộ Nội vụ"),
        (" của Bộ Nội vụ công bố Chỉ số.", "Bộ Nội vụ"),
        (" của Bộ Thông tin và Truyền thông quy định về kỹ thuật.", "Bộ Thông tin và Truyền thông"),
        (" của Bộ Văn hóa, Thể thao và Du lịch.", "Bộ Văn hóa, Thể thao và Du lịch"),
        (" của Bộ Lao động - Thương binh và Xã hội.", "Bộ Lao động - Thương binh và Xã hội"),
        (" của Bộ Nội vụ và Bộ Tài chính;", "Bộ Nội vụ và Bộ Tài chính"),
        (" của Chủ tịch UBND tỉnh Hậu Giang về việc công bố.", "Chủ tịch UBND tỉnh Hậu Giang"),
        (" của HĐND tỉnh khóa X, kỳ họp thứ 5.", "HĐND tỉnh khóa X"),
        (" của Thủ tướng Chính phủ (sau đây gọi là Đề án 468).", "Thủ tướng Chính phủ"),
        (" do UBND tỉnh ban hành.", "UBND tỉnh"),
        (" của\u00a0Chính\u00a0phủ.", "Chính phủ"),
        (" của UBND\ntỉnh Hậu Giang.", "UBND tỉnh Hậu Giang"),
        (" về kiểm soát TTHC.", None),
        (" của các đơn vị.", None),
        (".", None),
    ],
)
def test_issuer(after, issuer):
    (c,) = extract(f"Quyết định số 12/QĐ-UBND ngày 5/1/2022{after}")
    assert c.issuer == issuer


def test_issuer_stops_at_next_reference():
    a, b = extract(
        "Quyết định số 12/QĐ-UBND của UBND tỉnh và Kế hoạch số 15/KH-UBND của Sở Nội vụ."
    )
    assert (a.issuer, b.issuer) == ("UBND tỉnh", "Sở Nội vụ")
