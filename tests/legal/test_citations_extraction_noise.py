"""Text after HTML/PDF extraction: glued words, spaced dashes, odd separators, letter suffixes.

The symbol ends where the known code vocabulary (``data/*.json``) ends, not at the next space;
canonical keys use the standard form (``N/YYYY/LOAI-CQ``, ``N/LOAI-CQ``, ``N-LOAI/CQ``).
"""

import pytest

from cchc.legal.citations import Citation, extract


def one(text: str) -> Citation:
    cites = extract(text)
    assert len(cites) == 1, [c.key for c in cites]
    return cites[0]


# --- words glued to the reference where tags were stripped -------------------------------


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        (
            "Theo Nghị định số45/2019/NĐ-CPngày 12 tháng 6",
            "45/2019/NĐ-CP",
            "Nghị định số45/2019/NĐ-CP",
        ),
        ("Thông tư số08/2020/TT-BNVquy định", "08/2020/TT-BNV", "Thông tư số08/2020/TT-BNV"),
        ("Số hiệu:07/2021/QĐ-UBNDNgày ban hành", "07/2021/QĐ-UBND", "Số hiệu:07/2021/QĐ-UBND"),
        ("Kế hoạch số 15/KH-UBNDtỉnh Hậu Giang", "15/KH-UBND", "Kế hoạch số 15/KH-UBND"),
        ("Quyết định 129/2007/QĐ-TTgvề việc", "129/2007/QĐ-TTg", "Quyết định 129/2007/QĐ-TTg"),
        ("Luật số 51/2019/QH14được Quốc hội", "51/2019/QH14", "Luật số 51/2019/QH14"),
        ("Nghị quyết số 03-NQ/TUcủa Tỉnh ủy", "03-NQ/TU", "Nghị quyết số 03-NQ/TU"),
        ("Công văn số 12/SNV-CCHCgửi các sở", "12/SNV-CCHC", "Công văn số 12/SNV-CCHC"),
        (
            "Thông tư số 02/2002/TT-BGD&ĐTngày 1/2",
            "02/2002/TT-BGD&ĐT",
            "Thông tư số 02/2002/TT-BGD&ĐT",
        ),
    ],
)
def test_symbol_ends_at_the_longest_known_code(text, key, written):
    c = one(text)
    assert (c.key, c.text) == (key, written)


def test_glued_date_and_issuer_are_still_read():
    c = one("Nghị định số45/2019/NĐ-CPngày 12 tháng 6 năm 2019 của Chính phủ")
    assert (c.issued.isoformat(), c.issuer) == ("2019-06-12", "Chính phủ")
    c = one("Số hiệu:07/2021/QĐ-UBNDNgày ban hành: 12/3/2021")
    assert c.issued.isoformat() == "2021-03-12"


def test_glued_type_word_and_pinpoint():
    c = one("quy định tạiĐiều 5Nghị định số 45/2019/NĐ-CP")
    assert c.text == "Điều 5Nghị định số 45/2019/NĐ-CP"
    assert (c.doc_type, c.pinpoint.article) == ("Nghị định", "5")


def test_unknown_upper_case_code_needs_a_boundary():
    assert one("Công văn số 12/UBND-XYZ ngày 5/1/2022").key == "12/UBND-XYZ"
    # "XYZabc" is neither a known code nor followed by a space: the symbol stops before it.
    assert one("Công văn số 12/UBND-XYZabc").key == "12/UBND"


@pytest.mark.parametrize(
    "text",
    ["x12/QĐ-UBND", "mã12/QĐ-UBND", "ABC12/NĐ-CP", "H30/QĐ-UBND"],
)
def test_number_glued_to_another_word_is_not_a_reference(text):
    assert extract(text) == []


# --- spaces and line breaks around dashes ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Nghị định số 45/2019/NĐ- CP", "45/2019/NĐ-CP"),
        ("Quyết định số 12/2019/QĐ -TTg ngày 1/2/2019", "12/2019/QĐ-TTg"),
        ("Kết luận số 214 - KL/TW", "214-KL/TW"),
        ("Hướng dẫn số 36- HD/BTGTU", "36-HD/BTGTU"),
        ("Thông báo 1502 -TB/TU", "1502-TB/TU"),
        ("Tờ trình số 25/TTr -\nSNN&PTNT ngày 3/4/2022", "25/TTr-SNN&PTNT"),
        ("Thông tư liên tịch 01/2015/TTLT-BTC-BNV- BTP", "01/2015/TTLT-BTC-BNV-BTP"),
        ("Nghị quyết số 76 /NQ-CP", "76/NQ-CP"),
        ("Công văn số 123/ UBND-NC", "123/UBND-NC"),
    ],
)
def test_spaces_around_dashes(text, key):
    assert one(text).key == key


@pytest.mark.parametrize(
    "text",
    [
        "giai đoạn 2020 - 2025",
        "từ 5 - 7 ngày",
        "tăng 10 - 15%",
        "tỷ lệ 3 - 4/5 xã",
        "phương án 2 - 3/ABC",
        "tháng 4/2022 - 8/2022",
        "2 - 1 = 1",
        "1 - 1 - 1 - 1",
        "giai đoạn 2016-2020-2025",
        "mã 12-2020-ABC-XY",
    ],
)
def test_ranges_and_arithmetic_are_not_references(text):
    assert extract(text) == []


def test_spaced_dash_does_not_swallow_the_next_name():
    c = one("Quyết định số 12/QĐ-UBND - UBND tỉnh giao Sở Nội vụ")
    assert c.key == "12/QĐ-UBND"
    c = one("Quyết định số 12/QĐ-UBND - SNV tổng hợp")
    assert c.key == "12/QĐ-UBND"


# --- letter-suffixed numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "number"),
    [
        ("Quyết định số 12a/QĐ-UBND", "12a/QĐ-UBND", "12a"),
        ("Nghị quyết 45b/NQ-CP", "45b/NQ-CP", "45b"),
        ("Kế hoạch số 7A/KH-UBND", "7a/KH-UBND", "7a"),
    ],
)
def test_letter_suffixed_numbers(text, key, number):
    c = one(text)
    assert (c.key, c.number) == (key, number)


# --- other separators ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("Công văn số 12/SKH&CN-QLKH", "12/SKH&CN-QLKH", "administrative"),
        ("Kế hoạch số 3/CCHC&KSTTHC", "3/CCHC&KSTTHC", "administrative"),
        ("Công văn số 45/BTT&TT-CNTT", "45/BTT&TT-CNTT", "administrative"),
        ("Quyết định số 4/QĐ.UBND", "4/QĐ-UBND", "administrative"),
        ("Thông tư liên tịch số 52/2015/TTLT/BTC-BNV", "52/2015/TTLT-BTC-BNV", "normative"),
        ("Thông tư 21-2018-TT-BTC", "21/2018/TT-BTC", "normative"),
        ("Quyết định 17 QĐ/TWĐTN", "17-QĐ/TWĐTN", "party"),
    ],
)
def test_separators_are_normalised(text, key, kind):
    c = one(text)
    assert (c.key, c.kind, c.text) == (key, kind, text)


def test_ampersand_is_kept_as_written_and_read_for_the_agency():
    """ "BGD&ĐT" is how such symbols are officially written; the agency is looked up without it."""
    assert one("Công văn số 12/SKH&CN-QLKH").agency == "Sở Khoa học và Công nghệ"
    assert one("Thông tư số 02/2002/TT-BGD&ĐT").agency == "Bộ Giáo dục và Đào tạo"


@pytest.mark.parametrize(
    "text",
    [
        "12/QĐ. UBND",  # a dot followed by a space ends the sentence, not the symbol
        "số 12/ABC.def",
        "2019-2020-QĐ",
        "21-2018-XX-BTC",  # dashes only: the first segment must be a known type
        "21-2018-TT",  # ... and an agency must follow
    ],
)
def test_separator_negatives(text):
    assert [c.key for c in extract(text)] in ([], ["12/QĐ"])


def test_dot_then_space_keeps_the_first_segment_only():
    assert extract("12/QĐ. UBND") == []
    assert one("Quyết định số 12/QĐ. UBND tỉnh").key == "12/QĐ"


# --- forms, annexes, qualifiers, old law numbers ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "theo mẫu số 01/TB-BSTT ban hành kèm theo",
        "theomẫu số 01/TB-BSTT-NNTban hành",
        "biểu mẫu số 02/DT-KPXC;",
        "Mẫu 03/KH-UBND",
        "Phụ lục số 02/QĐ-UBND",
        "tờ khai số 01/TK-SDDPNN",
    ],
)
def test_form_and_annex_numbers_are_not_references(text):
    assert extract(text) == []


def test_annex_of_a_document_keeps_the_document():
    assert one("Phụ lục kèm theo Quyết định số 12/QĐ-UBND").key == "12/QĐ-UBND"


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("Báo cáo thẩm định số 18/BCTĐ-STP", "Báo cáo"),
        ("Báo cáo thẩm tra số 24/BC-UBKTTC16", "Báo cáo"),
        ("Tờ trình đề nghị số 5/TTr-SNV", "Tờ trình"),
    ],
)
def test_words_between_type_word_and_so(text, doc_type):
    c = one(text)
    assert (c.doc_type, c.text) == (doc_type, text)


def test_law_numbered_before_2002():
    c = one("Luật 18-L/CTN Dầu khí ban hành ngày 06/07/1993")
    assert (c.key, c.kind, c.doc_type, c.agency) == ("18-L/CTN", "law", "Luật", "Chủ tịch nước")


@pytest.mark.parametrize(
    ("text", "key", "doc_type", "agency"),
    [
        ("(Điều 7 Nghị định số 73-CP, có hiệu lực", "73-CP", "Nghị định", "Chính phủ"),
        ("Quyết định số 123-TTg ngày 1/2/1996", "123-TTg", "Quyết định", "Thủ tướng Chính phủ"),
        ("Nghị định số 15-HĐBT", "15-HĐBT", "Nghị định", "Hội đồng Bộ trưởng"),
    ],
)
def test_numbers_before_the_2000s(text, key, doc_type, agency):
    c = one(text)
    assert (c.key, c.kind, c.doc_type, c.agency) == (key, "administrative", doc_type, agency)


@pytest.mark.parametrize(
    "text",
    ["số 73-CP", "tổng số 5-CP", "Văn bản số 12-CP", "Công văn số 12-ABC", "số 5-7 ngày"],
)
def test_old_numbers_need_a_type_word_and_a_known_agency(text):
    assert extract(text) == []


# --- HTML entities left by extraction -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("<title>Quy định số 20-QĐ&#x002F;TW về", "20-QĐ/TW", "Quy định số 20-QĐ&#x002F;TW"),
        ("Quyết định số 1&#47;QĐ-UBND ngày", "1/QĐ-UBND", "Quyết định số 1&#47;QĐ-UBND"),
        ("Công văn số 12/SKH&amp;CN-QLKH", "12/SKH&CN-QLKH", "Công văn số 12/SKH&amp;CN-QLKH"),
        (
            "Nghị định số&nbsp;61/2018/NĐ&#8211;CP",
            "61/2018/NĐ-CP",
            "Nghị định số&nbsp;61/2018/NĐ&#8211;CP",
        ),
    ],
)
def test_html_entities_are_read_and_spans_refer_to_the_input(text, key, written):
    c = one(text)
    assert (c.key, c.text) == (key, written)
    assert text[c.span[0] : c.span[1]] == written


def test_entities_keep_the_tail_and_later_offsets():
    text = "A &amp; B: Quyết định số 1&#47;QĐ-UBND ngày&nbsp;2/3/2020 của UBND tỉnh và 2/QĐ-UBND"
    a, b = extract(text)
    assert (a.issued.isoformat(), a.issuer) == ("2020-03-02", "UBND tỉnh")
    assert text[b.span[0] : b.span[1]] == b.text == "2/QĐ-UBND"
    assert text[a.full_span[0] : a.full_span[1]].endswith("UBND tỉnh")


def test_eth_typed_for_d_with_stroke():
    """ "QÐ" with the Icelandic eth (U+00D0), as some portals print it, is "QĐ"; offsets and
    the text as written are kept."""
    text = "Số hiệu : 15/2014/QÐ-UBND"
    (c,) = extract(text)
    assert c.key == "15/2014/QĐ-UBND" and c.text.endswith("15/2014/QÐ-UBND")


def test_known_code_in_upper_case_is_canonical_after_a_type_word():
    (c,) = extract("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021")
    assert (c.key, c.issued.isoformat()) == ("19/CT-TTg", "2021-07-16")
