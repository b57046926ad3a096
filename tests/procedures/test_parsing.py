"""Free-text cells of a national export: days, fees, channels and document counts."""

from decimal import Decimal

import pytest

from cchc.procedures.parsing import (
    format_document,
    parse_channels,
    parse_documents,
    parse_fee,
    parse_time_limit,
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", Decimal(5)),
        ("Không quá 15 ngày", Decimal(15)),
        ("2,5 ngày làm việc", Decimal("2.5")),
        (
            "Ngay trong ngày tiếp nhận hồ sơ; sau 15 giờ thì trả trong ngày làm việc tiếp theo",
            Decimal(0),
        ),
        ("Trong ngày", Decimal(0)),
        ("04 giờ làm việc", Decimal("0.5")),
        ("Theo quy định của pháp luật", None),
        ("", None),
    ],
)
def test_time_limit(text, days):
    assert parse_time_limit(text) == days


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Lệ phí: 50.000 đồng/lần", 50000),
        ("100000 đồng", 100000),
        ("Miễn lệ phí", 0),
        ("Không thu phí", 0),
        ("Không", 0),
        ("2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang", None),
        ("Theo Nghị quyết của Hội đồng nhân dân tỉnh", None),
    ],
)
def test_fee(text, amount):
    assert parse_fee(text) == amount


def test_channels_with_their_own_time_limit():
    got = parse_channels(
        "- Trực tiếp tại Bộ phận Một cửa: 3 ngày làm việc\n"
        "- Trực tuyến trên Cổng Dịch vụ công quốc gia\n"
        "- Qua dịch vụ bưu chính công ích"
    )
    assert [(c, d) for c, _n, d in got] == [
        ("direct", Decimal(3)),
        ("online", None),
        ("postal", None),
    ]
    assert got[1][1] == "Trực tuyến trên Cổng Dịch vụ công quốc gia"


def test_documents_counts_headings_and_optional_items():
    items = parse_documents(
        "Thành phần hồ sơ bao gồm:\n"
        "- Tờ khai theo mẫu (Bản chính: 1 - Bản sao: 0)\n"
        "2. Giấy chứng sinh (01 bản chính, 01 bản sao);\n"
        "- Văn bản ủy quyền (nếu có) (01 bản sao)\n"
        "Số lượng hồ sơ: 01 bộ\n"
        "a) Giấy tờ tùy thân"
    )
    assert [(i.name, i.originals, i.copies, i.required) for i in items] == [
        ("Tờ khai theo mẫu", 1, 0, True),
        ("Giấy chứng sinh", 1, 1, True),
        ("Văn bản ủy quyền (nếu có)", 0, 1, False),
        ("Giấy tờ tùy thân", 1, 0, True),
    ]


def test_exported_document_lines_read_back():
    (item,) = parse_documents("- " + format_document("Giấy ủy quyền", 0, 2, False))
    assert (item.originals, item.copies, item.required) == (0, 2, False)
