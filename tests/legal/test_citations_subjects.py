"""Subject clause: "về ...", "về việc ...", "phê duyệt ...", "ban hành ..." up to the clause end."""

import pytest

from cchc.legal.citations import extract


@pytest.mark.parametrize(
    ("after", "subject"),
    [
        (" về kiểm soát TTHC; Nghị định khác", "kiểm soát TTHC"),
        (" về việc đẩy mạnh cải cách hành chính.", "đẩy mạnh cải cách hành chính"),
        (" V/v rà soát thủ tục.", "rà soát thủ tục"),
        (
            " phê duyệt Đề án đẩy mạnh cải cách chế độ công vụ, công chức;...",
            "phê duyệt Đề án đẩy mạnh cải cách chế độ công vụ, công chức",
        ),
        (" ban hành quy chế văn hoá công sở.", "ban hành quy chế văn hoá công sở"),
        (" về ban hành mã định\n\nĐồng thời, tuyên truyền", "ban hành mã định"),
        (" về cải cách hành chính\n+ Tuyên truyền", "cải cách hành chính"),
        (" về cải cách\nhành chính.", "cải cách hành chính"),
        (
            " về giai đoạn 2021 – 2025, định hướng đến năm 2030.",
            "giai đoạn 2021 – 2025, định hướng đến năm 2030",
        ),
        (" về Đề án “Đổi mới cơ chế một cửa”; tiếp", "Đề án “Đổi mới cơ chế một cửa”"),
        (" về cải cách hành chính (hết hiệu lực).", "cải cách hành chính"),
        (" xây dựng Chính quyền điện tử.", None),
        ("", None),
    ],
)
def test_subject(after, subject):
    (c,) = extract(f"Kế hoạch số 20/KH-UBND ngày 29 tháng 01 năm 2021{after}")
    assert c.subject == subject


def test_subject_after_issuer():
    (c,) = extract(
        "Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về ban hành Chương trình tổng thể;"
    )
    assert c.subject == "ban hành Chương trình tổng thể"


def test_subject_in_parentheses_stops_at_close():
    (c,) = extract("(Công văn số 15/SNV-CCHC về việc rà soát thủ tục hành chính) và tiếp")
    assert c.subject == "rà soát thủ tục hành chính"


def test_long_subject_is_capped():
    (c,) = extract("Kế hoạch số 20/KH-UBND về " + "cải cách " * 200)
    assert c.subject is not None
    assert len(c.subject) <= 400
