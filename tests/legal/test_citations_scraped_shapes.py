"""Shapes of scraped portal and PDF text read in issue 16's third pass (misses of the real-text
test half and of batches 5-6), each with the look-alike that must stay as it was."""

import datetime

import pytest

from cchc.legal.citations import extract


def keys(text: str) -> list[str]:
    return [c.key for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the dash between type and agency lost in PDF extraction: a type glued to a known agency
        ("Số: 1961/QĐUBND", "1961/QĐ-UBND"),
        ("Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011", "30c/NQ-CP"),
        ("Căn cứ Thông tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018", "01/2018/TT-VPCP"),
        ("Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018", "61/2018/NĐ-CP"),
        # an agency after a spaced dash that follows a type, also across a line break
        ("tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007", "473/TTr-NN&PTNT"),
        ("Căn cứ Kế hoạch số 05/KH- UBH ngày 28/10/2008", "05/KH-UBH"),
        # an agency code with lower-case letters between capitals (Sở Ngoại vụ)
        ("tại Tờ trình số 04/TTr-SNgV ngày 04 tháng 8 năm 2020,", "04/TTr-SNgV"),
        # an extra slash before a known agency followed by a dash
        ("Số: 01/QCPH/UBND-UBMTTQ", "01/QCPH-UBND-UBMTTQ"),
    ],
)
def test_scraped_state_symbols(text, key):
    """Each passage gives exactly the one reference a reader sees."""
    assert keys(text) == [key]


def test_glued_type_and_agency_keeps_the_types():
    """The unglued symbol names its type: "QĐUBND" is a Quyết định, "NQCP" a Nghị quyết."""
    (c,) = extract("Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018")
    assert (c.doc_type, c.symbol, c.issued) == ("Quyết định", "QĐ-UBND", datetime.date(2018, 11, 2))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a known code is never split ("TTCP": Thanh tra Chính phủ), nor an unknown one that is
        # not a type plus a known agency
        ("Kết luận số 12/KL-TTCP ngày 5/5/2020", "12/KL-TTCP"),
        ("Công văn số 45/BCĐ ngày 5/5/2020", "45/BCĐ"),
        ("Quyết định số 7/QĐXYZ ngày 5/5/2020", "7/QĐXYZ"),
    ],
)
def test_codes_that_are_not_glued_stay_whole(text, key):
    assert keys(text) == [key]


def test_unknown_code_after_a_spaced_dash_needs_a_type_before_it():
    """ "Công văn số 12/UBND - VX" still ends at UBND when VX is no known code after a
    non-type segment; after a type the agency is read."""
    assert keys("theo Công văn số 12/UBND - ABC ngày 5/5/2020") == ["12/UBND"]
    assert keys("theo Kế hoạch số 12/KH - ABC ngày 5/5/2020") == ["12/KH-ABC"]


def test_a_slash_before_a_non_agency_still_ends_the_symbol():
    """ "12/UBND/2020" is no symbol with an extra slash (a year, not an agency, follows)."""
    assert keys("Công văn số 12/UBND/2020 của tỉnh") == ["12/UBND"]


@pytest.mark.parametrize(
    ("text", "key", "doc_type"),
    [
        # State-style separators on Party documents are written the Party way
        ("Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư", "22-CT/TW", "Chỉ thị"),
        ("Nghị Quyết số 22/NQ-TU ngày 08/6/2022", "22-NQ/TU", "Nghị quyết"),
        ("Quyết định số 217/QĐ-TW ngày 12/12/2013", "217-QĐ/TW", "Quyết định"),
        ("theo Quyết định số 646/QĐ/QUTW ngày 5/5/2020", "646-QĐ/QUTW", "Quyết định"),
        # the body alone, the type named in the prose
        ("chọn ngày ban hành Nghị quyết 06/TU - ngày 26/3 hàng năm", "06-NQ/TU", "Nghị quyết"),
        # a Party type glued to the number after "số"
        ("theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013.", "22-HD/TWĐTN", "Hướng dẫn"),
    ],
)
def test_party_documents_written_the_state_way(text, key, doc_type):
    (c,) = extract(text)
    assert (c.key, c.kind, c.doc_type) == (key, "party", doc_type)


def test_state_documents_are_not_read_as_party_ones():
    """Only a Party type before a Party committee makes a Party key."""
    assert keys("Quyết định số 12/QĐ-UBND ngày 5/5/2020") == ["12/QĐ-UBND"]
    assert keys("Công văn số 12/UBND-TU ngày 5/5/2020") == ["12/UBND-TU"]
    assert keys("Công văn số 06/TU") == ["06/TU"]  # a generic type word names no Party type


def test_a_glued_party_type_needs_so_or_a_type_word():
    assert keys("đạt 22HD/TWĐTN trong năm") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV),", "13-NQ/TU"),
        ("Số 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022", "445-KL/TU"),
        ("Số 45-KL/TƯ\nHà Nội, ngày 13 tháng 5 năm 2022", "45-KL/TW"),
        ("Nghị quyết số 18-NQ/TƯ ngày 25/10/2017 của Ban Chấp hành Trung ương", "18-NQ/TW"),
        (
            "thực hiện Kế hoạch số 49- KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung ương"
            " Hội LHTN Việt Nam",
            "49-KH/TWH",
        ),
        ("Nghị quyết số 7-NQ/TƯ", "7-NQ/TW"),  # nothing says Tỉnh ủy: Trung ương
    ],
)
def test_tu_is_read_from_the_issuer_or_the_place(text, key):
    """ "TƯ" is TU for a provincial committee and TW for the central one."""
    assert keys(text) == [key]


def test_items_listed_after_a_form_number_are_forms_too():
    text = "theo các Mẫu số 03/TSTL-BC, 04/TSTL-BC, 05/TSTL-BC ban hành kèm theo Nghị định này;"
    assert keys(text) == []
    # a document named after a form with its own type word is still a reference
    text = "theo Mẫu số 03/TSTL-BC và Quyết định số 12/QĐ-UBND"
    assert keys(text) == ["12/QĐ-UBND"]


def test_two_documents_without_a_year_share_the_date_before_their_issuer():
    text = (
        "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của\n"
        "Bộ Chính trị ban hành kèm theo Quy chế Giám sát"
    )
    a, b = extract(text)
    assert a.issued == b.issued == datetime.date(2013, 12, 12)
    assert a.year == 2013 and a.issuer == "Bộ Chính trị"


def test_numbers_with_a_year_do_not_share_a_date():
    """ "A/2018 và B/2021 ngày 06/12/2021": the date is B's (A's year says so)."""
    text = "Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ"
    a, b = extract(text)
    assert a.issued is None and b.issued == datetime.date(2021, 12, 6)


def test_a_codification_note_cut_at_the_end_of_its_line_dates_its_document():
    text = (
        "(Điều này có nội dung liên quan đến Điều 44.5.TT.5.4. Kiểm soát thủ tục hành chính của "
        "Thông tư 11/2014/TT-BCT Quy định về hoạt động kiểm soát thủ tục hành chính của Bộ Công "
        "thương ban hành ngày 24/03/2014; Điều 15. Lấy ý kiến"
    )
    (c,) = extract(text)
    assert c.issued == datetime.date(2014, 3, 24)


def test_a_codification_note_names_joint_issuers_with_commas():
    text = (
        "(Điều 1 Thông tư liên tịch số 07/2016/TTLT-BYT-BTC-BLĐTBXH Quy định chi tiết Nghị định "
        "số 39/2015/NĐ-CP ngày 27 tháng 4 năm 2015 của Chính phủ quy định chính sách ngày "
        "15/04/2016 của Bộ Y tế, Bộ Tài chính và Bộ Lao động - Thương Binh và Xã hội, có hiệu lực"
        " thi hành kể từ ngày 30/05/2016 )"
    )
    a, b = extract(text)
    assert a.issued == datetime.date(2016, 4, 15)
    assert a.issuer == "Bộ Y tế, Bộ Tài chính và Bộ Lao động - Thương Binh và Xã hội"
    assert b.issued == datetime.date(2015, 4, 27) and b.issuer == "Chính phủ"
