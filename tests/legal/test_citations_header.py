"""The type stated after a number that opens a line: a document's header ("Số: 29-QĐ/TW …
QUY ĐỊNH") or a register row ("Số hiệu: … Loại văn bản: Quy định")."""

import pytest

from cchc.legal.citations import extract


@pytest.mark.parametrize(
    ("text", "key", "doc_type"),
    [
        # a register row (the Party "QĐ" is both Quyết định and Quy định)
        ("Số hiệu: 117-QĐ/TW Loại văn bản: Quy định", "117-QĐ/TW", "Quy định"),
        (
            "Số hiệu: 117-QĐ/TW | Nơi ban hành: Trung ương | Loại văn bản: Quy định",
            "117-QĐ/TW",
            "Quy định",
        ),
        ("Số hiệu: 99-QĐ/TW\nLoại văn bản: Quyết định", "99-QĐ/TW", "Quyết định"),
        # a header: number, place and date, then the type in capitals on its own line
        (
            "Số: 29-QĐ/TW\n|\nHà Nội, ngày 25 tháng 07 năm 2016\n|\nQUY ĐỊNH\nTHI HÀNH ĐIỀU LỆ ĐẢNG",
            "29-QĐ/TW",
            "Quy định",
        ),
        (
            "Số 232-QĐ/TW\nHà Nội, ngày 20 tháng 01 năm 2025\nQUY ĐỊNH THI HÀNH ĐIỀU LỆ ĐẢNG",
            "232-QĐ/TW",
            "Quy định",
        ),
        (
            "  Số: 15-QĐ/TU\nBến Tre, ngày 2 tháng 3 năm 2021\nQUYẾT ĐỊNH\nvề việc …",
            "15-QĐ/TU",
            "Quyết định",
        ),
        (
            "Số: 08/2025/TT-BTP\nHà Nội, ngày 1 tháng 7 năm 2025\nTHÔNG TƯ\nQuy định …",
            "08/2025/TT-BTP",
            "Thông tư",
        ),
    ],
)
def test_type_after_the_number(text, key, doc_type):
    (c,) = extract(text)
    assert (c.key, c.doc_type) == (key, doc_type)


@pytest.mark.parametrize(
    "text",
    [
        # not a header: the number does not open the line, or no "Số" introduces it
        "theo số 99-QĐ/TW\nQUY ĐỊNH",
        "Thực hiện 99-QĐ/TW\nQUY ĐỊNH",
        # the heading is a title word in a sentence, not the type on its own line
        "Số: 99-QĐ/TW\nV/v QUY ĐỊNH mới",
        "Số: 99-QĐ/TW\nQuy định mới về",
        # a type word before the number wins
        "Quyết định số 99-QĐ/TW\nQUY ĐỊNH",
        # too far, or past the next reference
        "Số: 99-QĐ/TW\n" + "x " * 120 + "\nQUY ĐỊNH",
        "Số: 99-QĐ/TW\nthay thế Quyết định số 98-QĐ/TW\nQUY ĐỊNH",
    ],
)
def test_no_type_read_elsewhere(text):
    c = extract(text)[0]
    assert (c.key, c.doc_type) == ("99-QĐ/TW", "Quyết định")
