"""Less common types (Party and mass-organisation documents), long joint-issuer chains, and
lower-case symbols in informal text."""

import pytest

from cchc.legal.citations import Citation, extract


def one(text: str) -> Citation:
    cites = extract(text)
    assert len(cites) == 1, [c.key for c in cites]
    return cites[0]


@pytest.mark.parametrize(
    ("text", "key", "doc_type", "kind"),
    [
        ("Công điện số 5/CĐ-TTg", "5/CĐ-TTg", "Công điện", "administrative"),
        ("Công điện khẩn số 12/CĐ-UBND", "12/CĐ-UBND", "Công điện", "administrative"),
        ("số 12-CTHĐ/TU", "12-CTHĐ/TU", "Chương trình hành động", "party"),
        (
            "Chương trình hành động số 3/CTHĐ-UBND",
            "3/CTHĐ-UBND",
            "Chương trình hành động",
            "administrative",
        ),
        ("Quy định số 08-QĐi/TW", "08-QĐi/TW", "Quy định", "party"),
        ("số 36-HD/BTGTU", "36-HD/BTGTU", "Hướng dẫn", "party"),
        ("số 15-TB/TU", "15-TB/TU", "Thông báo", "party"),
        ("số 214-KL/TW", "214-KL/TW", "Kết luận", "party"),
        ("số 120-BC/TU", "120-BC/TU", "Báo cáo", "party"),
        ("số 45-TTr/BCSĐ", "45-TTr/BCSĐ", "Tờ trình", "party"),
        ("Kết luận số 05-KL/TƯ", "05-KL/TW", "Kết luận", "party"),
        ("Nghị quyết số 18-NQ/TƯ", "18-NQ/TW", "Nghị quyết", "party"),
        ("Kế hoạch số 07-KH/TWĐTN", "07-KH/TWĐTN", "Kế hoạch", "party"),
    ],
)
def test_less_common_types(text, key, doc_type, kind):
    c = one(text)
    assert (c.key, c.doc_type, c.kind) == (key, doc_type, kind)


def test_tu_is_written_for_tw():
    c = one("Nghị quyết số 18-NQ/TƯ")
    assert (c.symbol, c.agency, c.text) == (
        "NQ/TW",
        "Ban Chấp hành Trung ương",
        "Nghị quyết số 18-NQ/TƯ",
    )


def test_long_joint_issuer_chain():
    c = one("Thông tư liên tịch số 5/2020/TTLT-BTC-BNV-BTP-BCA-BQP-BYT-BGDĐT quy định")
    assert c.key == "5/2020/TTLT-BTC-BNV-BTP-BCA-BQP-BYT-BGDĐT"
    assert c.agency.count(" - ") == 6


def test_symbol_segments_are_bounded():
    c = one("Thông tư liên tịch số 5/2020/TTLT" + "-BTC" * 30)
    assert c.key.count("-") < 12


# --- lower-case and mixed-case symbols ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("số 15/kh-ubnd", "15/KH-UBND"),
        ("theo kế hoạch số 15/kh-ubnd ngày 3/4/2022", "15/KH-UBND"),
        ("Quyết định số 12/qđ-ubnd", "12/QĐ-UBND"),
        ("Số 12/Qđ-UBND", "12/QĐ-UBND"),
        ("quyết định 129/2007/qđ-ttg", "129/2007/QĐ-TTg"),
        ("nghị quyết số 03-nq/tu", "03-NQ/TU"),
        ("số 12/ubnd-nc", "12/UBND-NC"),
    ],
)
def test_lower_case_symbols_after_so_or_type_word(text, key):
    assert one(text).key == key


@pytest.mark.parametrize(
    "text",
    [
        "12/qđ-ubnd viết thường",
        "hồ sơ 15/kh-ubnd",
        "số 5/abc-xyz",
        "số 3/năm",
        "tỷ lệ 12/ubnd",
        "số 2/ha-ha",
    ],
)
def test_lower_case_without_prefix_or_unknown_codes_are_not_references(text):
    assert extract(text) == []
