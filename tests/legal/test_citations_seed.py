"""The seed article: all 17 references with every field right."""

import datetime
import unicodedata
from pathlib import Path

import pytest

from cchc.legal.citations import extract

SEED = Path("/work/shared/seed/000_f227a086c9b37418.txt")
D = datetime.date
TTG = "Thủ tướng Chính phủ"

# key, doc_type, issued, issuer, kind
EXPECTED = [
    ("76/NQ-CP", "Nghị quyết", D(2021, 7, 15), "Chính phủ", "administrative"),
    ("23/CT-TTg", "Chỉ thị", D(2021, 9, 2), TTG, "administrative"),
    ("749/QĐ-TTg", "Quyết định", D(2020, 6, 3), TTG, "administrative"),
    ("63/2010/NĐ-CP", "Nghị định", D(2010, 6, 8), "Chính phủ", "normative"),
    ("129/2007/QĐ-TTg", "Quyết định", D(2007, 8, 2), TTG, "normative"),
    ("1557/QĐ-TTg", "Quyết định", D(2012, 10, 18), TTG, "administrative"),
    ("03-NQ/TU", "Nghị quyết", D(2020, 12, 31), "Ban Chấp hành Đảng bộ tỉnh khóa XIV", "party"),
    ("40-CT/TU", "Chỉ thị", D(2018, 8, 2), "Tỉnh ủy Hậu Giang", "party"),
    ("15/KH-UBND", "Kế hoạch", D(2021, 1, 21), "UBND tỉnh", "administrative"),
    ("20/KH-UBND", "Kế hoạch", D(2021, 1, 29), None, "administrative"),
    ("1436/KH-UBND", "Kế hoạch", D(2020, 7, 13), "UBND tỉnh Hậu Giang", "administrative"),
    ("123/KH-UBND", "Kế hoạch", D(2021, 6, 25), None, "administrative"),
    ("468/QĐ-TTg", "Quyết định", D(2021, 3, 27), TTG, "administrative"),
    ("02-NQ/TU", "Nghị quyết", D(2020, 12, 2), "Ban chấp hành Đảng bộ Tỉnh khóa XIV", "party"),
    ("78/KH-UBND", "Kế hoạch", D(2021, 4, 27), None, "administrative"),
    ("83/KH-UBND", "Kế hoạch", D(2021, 4, 29), None, "administrative"),
    ("1226/QĐ-UBND", "Quyết định", D(2021, 6, 29), None, "administrative"),
]

SUBJECTS = {
    "76/NQ-CP": "ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030",
    "23/CT-TTg": "đẩy mạnh thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030",
    "749/QĐ-TTg": "phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    "63/2010/NĐ-CP": "kiểm soát TTHC",
    "1557/QĐ-TTg": "phê duyệt Đề án đẩy mạnh cải cách chế độ công vụ, công chức",
    "1436/KH-UBND": "xây dựng tổng đài CCHC tỉnh Hậu Giang",
    "123/KH-UBND": "triển khai thực hiện",
    "468/QĐ-TTg": (
        "phê duyệt Đề án “Đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải "
        "quyết TTHC trên địa bàn tỉnh Hậu Giang”"
    ),
    "78/KH-UBND": None,
    "1226/QĐ-UBND": "ban hành mã định",
}

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article not available")


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text)


def test_seventeen_keys(seed):
    _, cites = seed
    assert [c.key for c in cites] == [e[0] for e in EXPECTED]


def test_fields(seed):
    _, cites = seed
    got = [(c.key, c.doc_type, c.issued, c.issuer, c.kind) for c in cites]
    assert got == EXPECTED


def test_years_from_symbols_else_issue_dates(seed):
    """``year`` is the symbol's year; a number without one takes the year of its issue date."""
    _, cites = seed
    symbol_years = {c.key: c.year for c in cites if c.kind in ("normative", "law")}
    assert symbol_years == {"63/2010/NĐ-CP": 2010, "129/2007/QĐ-TTg": 2007}
    for c in cites:
        if c.kind not in ("normative", "law"):
            assert c.year == (c.issued.year if c.issued else None), c.key


def test_subjects(seed):
    _, cites = seed
    by_key = {c.key: c for c in cites}
    for key, subject in SUBJECTS.items():
        assert by_key[key].subject == subject, key


def test_spans(seed):
    text, cites = seed
    nfc = unicodedata.normalize("NFC", text)
    for c in cites:
        assert nfc[c.span[0] : c.span[1]] == c.text
        assert c.text.startswith(c.doc_type) and c.text.endswith(c.key)
