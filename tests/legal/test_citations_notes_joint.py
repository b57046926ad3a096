"""Codification notes, joint issuers and "phòng, chống" in issuer names (issue 16, second pass)."""

from __future__ import annotations

import datetime

from cchc.legal.citations import extract


def _by_key(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in extract(text):
        out.setdefault(c.key, []).append(c)
    return out


def test_note_date_after_the_title_belongs_to_the_note_document():
    """In "(Điều 1 Thông tư số X <title> ngày D của Bộ Y, có hiệu lực …)" D and Bộ Y are X's."""
    text = (
        "(Điều 1 Thông tư số 03/2013/TT-BNV Quy định chi tiết thi hành Nghị định số "
        "45/2010/NĐ-CP ngày 16/04/2013 của Bộ Nội vụ, có hiệu lực thi hành kể từ ngày 01/06/2013)"
    )
    refs = _by_key(text)
    tt = refs["03/2013/TT-BNV"][0]
    assert tt.issued == datetime.date(2013, 4, 16)
    assert tt.issuer == "Bộ Nội vụ"
    nd = refs["45/2010/NĐ-CP"][0]
    assert nd.issued is None and nd.issuer is None and nd.year == 2010


def test_note_title_then_date_without_issuer_and_parts_split_by_semicolons():
    text = (
        "(Mục này có nội dung liên quan đến Điều 30. của Luật 18-L/CTN Dầu khí ban hành ngày "
        "06/07/1993; Điều 3 của Thông tư 80/2021/TT-BTC Hướng dẫn thi hành Nghị định số "
        "126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ ban hành ngày 29/09/2021)"
    )
    refs = _by_key(text)
    assert refs["18-L/CTN"][0].issued == datetime.date(1993, 7, 6)
    assert refs["80/2021/TT-BTC"][0].issued == datetime.date(2021, 9, 29)
    nd = refs["126/2020/NĐ-CP"][0]
    assert nd.issued == datetime.date(2020, 10, 19) and nd.issuer == "Chính phủ"


def test_note_effective_date_is_not_an_issue_date():
    """ "kể từ ngày" is when it takes effect, not when it was issued."""
    (c,) = extract(
        "(Điều 3 Thông tư số 02/2002/TT-BGD&ĐT, có hiệu lực thi hành kể từ ngày 06/02/2002)"
    )
    assert c.issued is None


def test_a_date_right_after_the_reference_is_kept_in_a_note():
    (c,) = extract("(Điều 5 Quyết định số 12/2019/QĐ-UBND ngày 03/4/2019 của Ủy ban nhân dân tỉnh)")
    assert c.issued == datetime.date(2019, 4, 3)
    assert c.issuer == "Ủy ban nhân dân tỉnh"


def test_joint_document_lists_its_issuers_with_commas():
    (c,) = extract(
        "Thông tư liên tịch số 05/2015/TTLT-BNV-BTC-BTP ngày 1/2/2015 của Bộ Nội vụ, "
        "Bộ Tài chính và Bộ Tư pháp hướng dẫn"
    )
    assert c.issuer == "Bộ Nội vụ, Bộ Tài chính và Bộ Tư pháp"


def test_joint_issuers_stop_at_the_number_of_agencies_in_the_symbol():
    (c,) = extract(
        "Thực hiện Thông tư liên tịch số 30/2013/TTLT-BNV-BTC ngày 13/9/2013 của Bộ Nội vụ và "
        "Bộ Tài chính, Sở Nội vụ đề nghị các cơ quan báo cáo."
    )
    assert c.issuer == "Bộ Nội vụ và Bộ Tài chính"


def test_a_single_issuer_stops_at_a_comma():
    (c,) = extract("Quyết định số 12/QĐ-UBND ngày 1/2/2020 của Sở Nội vụ, Sở Tài chính phối hợp")
    assert c.issuer == "Sở Nội vụ"


def test_phong_chong_is_one_name():
    (c,) = extract(
        "Căn cứ Quyết định số 09-QĐ/BCĐ ngày 31/8/2021 của Trưởng Ban Chỉ đạo phòng, chống dịch "
        "Covid-19 tỉnh Hậu Giang về thành lập Tiểu ban;"
    )
    assert c.issuer == "Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Hậu Giang"
