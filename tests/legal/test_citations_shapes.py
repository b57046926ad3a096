"""Every symbol shape: normative, law, administrative, official letter, Party."""

import pytest

from cchc.legal.citations import Citation, extract


def one(text: str) -> Citation:
    cites = extract(text)
    assert len(cites) == 1, [c.key for c in cites]
    return cites[0]


@pytest.mark.parametrize(
    ("text", "key", "doc_type", "year", "symbol", "kind"),
    [
        ("Nghị định số 63/2010/NĐ-CP", "63/2010/NĐ-CP", "Nghị định", 2010, "NĐ-CP", "normative"),
        (
            "Thông tư số 01/2018/TT-VPCP",
            "01/2018/TT-VPCP",
            "Thông tư",
            2018,
            "TT-VPCP",
            "normative",
        ),
        (
            "Quyết định 129/2007/QĐ-TTg",
            "129/2007/QĐ-TTg",
            "Quyết định",
            2007,
            "QĐ-TTg",
            "normative",
        ),
        ("Thông tư 03/2025/TT-VPCP", "03/2025/TT-VPCP", "Thông tư", 2025, "TT-VPCP", "normative"),
        ("Thông tư 02/2017/TT-VPCP", "02/2017/TT-VPCP", "Thông tư", 2017, "TT-VPCP", "normative"),
        ("Thông tư số 11/2014/TT-BCT", "11/2014/TT-BCT", "Thông tư", 2014, "TT-BCT", "normative"),
        (
            "Thông tư 22/2019/TT-BTTTT",
            "22/2019/TT-BTTTT",
            "Thông tư",
            2019,
            "TT-BTTTT",
            "normative",
        ),
        (
            "Quyết định số 06/2018/QĐ-UBND",
            "06/2018/QĐ-UBND",
            "Quyết định",
            2018,
            "QĐ-UBND",
            "normative",
        ),
        (
            "Thông tư liên tịch số 01/2015/TTLT-BNV-BTC",
            "01/2015/TTLT-BNV-BTC",
            "Thông tư liên tịch",
            2015,
            "TTLT-BNV-BTC",
            "normative",
        ),
        ("Luật số 51/2019/QH14", "51/2019/QH14", "Luật", 2019, "QH14", "law"),
        ("Nghị quyết số 51/2019/QH14", "51/2019/QH14", "Nghị quyết", 2019, "QH14", "law"),
        ("Pháp lệnh số 02/2022/UBTVQH15", "02/2022/UBTVQH15", "Pháp lệnh", 2022, "UBTVQH15", "law"),
        ("Nghị quyết số 76/NQ-CP", "76/NQ-CP", "Nghị quyết", None, "NQ-CP", "administrative"),
        ("Chỉ thị số 23/CT-TTg", "23/CT-TTg", "Chỉ thị", None, "CT-TTg", "administrative"),
        ("Kế hoạch số 1436/KH-UBND", "1436/KH-UBND", "Kế hoạch", None, "KH-UBND", "administrative"),
        (
            "Quyết định số 1226/QĐ-UBND",
            "1226/QĐ-UBND",
            "Quyết định",
            None,
            "QĐ-UBND",
            "administrative",
        ),
        ("Quyết định số 876/QĐ-BNV", "876/QĐ-BNV", "Quyết định", None, "QĐ-BNV", "administrative"),
        ("Công văn số 1747/UBND-NC", "1747/UBND-NC", "Công văn", None, "UBND-NC", "administrative"),
        ("theo 1747/UBND-NC", "1747/UBND-NC", "Công văn", None, "UBND-NC", "administrative"),
        (
            "Văn bản số 2345/BNV-CCHC",
            "2345/BNV-CCHC",
            "Công văn",
            None,
            "BNV-CCHC",
            "administrative",
        ),
        ("Nghị quyết số 03-NQ/TU", "03-NQ/TU", "Nghị quyết", None, "NQ/TU", "party"),
        ("Chỉ thị số 40-CT/TU", "40-CT/TU", "Chỉ thị", None, "CT/TU", "party"),
        ("Hướng dẫn 36-HD/VPTW", "36-HD/VPTW", "Hướng dẫn", None, "HD/VPTW", "party"),
        ("Kết luận số 05-KL/TW", "05-KL/TW", "Kết luận", None, "KL/TW", "party"),
        ("Quy định số 08-QĐi/TW", "08-QĐi/TW", "Quy định", None, "QĐi/TW", "party"),
        ("Tờ trình số 88/TTr-SNV", "88/TTr-SNV", "Tờ trình", None, "TTr-SNV", "administrative"),
        ("Quy định 05/QyĐ-UBND", "05/QyĐ-UBND", "Quy định", None, "QyĐ-UBND", "administrative"),
        (
            "Chương trình 10/CTr-UBND",
            "10/CTr-UBND",
            "Chương trình",
            None,
            "CTr-UBND",
            "administrative",
        ),
        ("Đề án 02/ĐA-UBND", "02/ĐA-UBND", "Đề án", None, "ĐA-UBND", "administrative"),
    ],
)
def test_shapes(text, key, doc_type, year, symbol, kind):
    c = one(text)
    assert (c.key, c.doc_type, c.year, c.symbol, c.kind) == (key, doc_type, year, symbol, kind)
    assert c.text == text.split(" ", 1)[-1] if text.startswith("theo ") else c.text == text


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("63/2010/NĐ-CP", "Nghị định"),
        ("76/NQ-CP", "Nghị quyết"),
        ("03-NQ/TU", "Nghị quyết"),
        ("51/2019/QH14", "Luật"),
        ("1211/2016/UBTVQH13", "Pháp lệnh"),
        ("số 1226/QĐ-UBND", "Quyết định"),
        ("Số: 15/KH-UBND", "Kế hoạch"),
    ],
)
def test_type_from_symbol_without_type_word(text, doc_type):
    c = one(text)
    assert c.doc_type == doc_type
    assert c.text == text


@pytest.mark.parametrize(
    "text",
    ["nghị định số 61/2018/NĐ-CP", "NGHỊ ĐỊNH SỐ 61/2018/NĐ-CP", "Nghị Định số 61/2018/NĐ-CP"],
)
def test_type_word_case_insensitive(text):
    c = one(text)
    assert (c.doc_type, c.span) == ("Nghị định", (0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số: 61/2018/NĐ-CP",
        "Nghị định 61/2018/NĐ-CP",
        "Nghị định số  61/2018/NĐ-CP",
        "Nghị định số:61/2018/NĐ-CP",
    ],
)
def test_so_variants(text):
    c = one(text)
    assert c.key == "61/2018/NĐ-CP"
    assert c.doc_type == "Nghị định"
    assert c.span[0] == 0


def test_spaces_around_slash_are_tolerated():
    c = one("Nghị quyết số 76 /NQ-CP của Chính phủ")
    assert c.key == "76/NQ-CP"
    assert c.issuer == "Chính phủ"


def test_type_word_wins_over_symbol():
    assert one("Thông báo kết luận số 15-TB/TU").doc_type == "Thông báo"
    assert one("Văn bản số 12/QĐ-UBND").doc_type == "Quyết định"


def test_law_with_name_before_so():
    c = one("Luật Tổ chức chính quyền địa phương số 77/2015/QH13")
    assert (c.doc_type, c.kind, c.span[0]) == ("Luật", "law", 0)
    assert one("Bộ luật Lao động số 45/2019/QH14").doc_type == "Bộ luật"


def test_single_segment_symbol_needs_type_word():
    assert extract("tỷ lệ 12/UBND") == []
    c = one("Công văn số 123/UBND ngày 5/1/2022")
    assert (c.key, c.doc_type) == ("123/UBND", "Công văn")


def test_agency_from_data():
    assert one("63/2010/NĐ-CP").agency == "Chính phủ"
    assert one("01/2015/TTLT-BNV-BTC").agency == "Bộ Nội vụ - Bộ Tài chính"
    assert one("1747/UBND-NC").agency == "Ủy ban nhân dân"
    assert one("03-NQ/TU").agency == "Tỉnh ủy"
    assert one("51/2019/QH14").agency == "Quốc hội"


def test_every_abbreviation_in_the_data_file_is_recognised():
    from cchc.legal.citations.registry import registry

    reg = registry()
    for abbr, name in reg.abbr_to_type.items():
        assert one(f"số 12/{abbr}-UBND").doc_type == name, abbr
    for abbr, name in reg.party_abbr_to_type.items():
        assert one(f"số 12-{abbr}/TU").doc_type == name, abbr


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("NQ 76/NQ-CP", "Nghị quyết"),
        ("QĐ số 12/QĐ-UBND", "Quyết định"),
        ("CV số 123/UBND-VP", "Công văn"),
    ],
)
def test_abbreviation_as_type_word(text, doc_type):
    c = one(text)
    assert (c.doc_type, c.text) == (doc_type, text)
