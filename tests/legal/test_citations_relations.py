"""``relation``: what the citing sentence says the citing text does to the cited document.

Set only when the verb governs that reference (same clause, the reference is its object) and
the subject is the citing text itself; "Căn cứ ..." gives none. Precision before recall.
"""

import pytest

from cchc.legal.citations import extract


def rels(text: str) -> list[tuple[str, str | None]]:
    return [(c.key, c.relation) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # amends
        (
            "Sửa đổi, bổ sung một số điều của Nghị định số 45/2019/NĐ-CP ngày 12/6/2019 của Chính phủ.",
            [("45/2019/NĐ-CP", "amends")],
        ),
        (
            "Quyết định này sửa đổi khoản 2 Điều 3 Quyết định số 12/2020/QĐ-UBND.",
            [("12/2020/QĐ-UBND", "amends")],
        ),
        (
            "Bổ sung Phụ lục II của Kế hoạch số 15/KH-UBND ngày 3/4/2022.",
            [("15/KH-UBND", "amends")],
        ),
        # replaces
        (
            "Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 1/1/2020 của UBND tỉnh.",
            [("12/QĐ-UBND", "replaces")],
        ),
        (
            "Quyết định này có hiệu lực kể từ ngày ký và thay thế các Quyết định số 12/QĐ-UBND, "
            "13/QĐ-UBND và 14/QĐ-UBND.",
            [("12/QĐ-UBND", "replaces"), ("13/QĐ-UBND", "replaces"), ("14/QĐ-UBND", "replaces")],
        ),
        (
            "Thay thế Quyết định số 12/QĐ-UBND ngày 1/1/2020 của UBND tỉnh về việc ban hành quy chế "
            "và Quyết định số 13/QĐ-UBND.",
            [("12/QĐ-UBND", "replaces"), ("13/QĐ-UBND", "replaces")],
        ),
        # repeals
        ("Bãi bỏ Quyết định số 5/2019/QĐ-UBND ngày 3/4/2019.", [("5/2019/QĐ-UBND", "repeals")]),
        (
            "Bãi bỏ các văn bản sau: Quyết định số 5/2019/QĐ-UBND, Quyết định số 6/2019/QĐ-UBND.",
            [("5/2019/QĐ-UBND", "repeals"), ("6/2019/QĐ-UBND", "repeals")],
        ),
        (
            "Quyết định số 5/2019/QĐ-UBND và Quyết định số 6/2019/QĐ-UBND hết hiệu lực kể từ ngày "
            "Quyết định này có hiệu lực.",
            [("5/2019/QĐ-UBND", "repeals"), ("6/2019/QĐ-UBND", "repeals")],
        ),
        # guides
        (
            "Thông tư này hướng dẫn thi hành Nghị định số 61/2018/NĐ-CP.",
            [("61/2018/NĐ-CP", "guides")],
        ),
        (
            "Nghị định này quy định chi tiết một số điều của Luật số 47/2019/QH14.",
            [("47/2019/QH14", "guides")],
        ),
        # implements
        (
            "Triển khai thực hiện Nghị quyết số 05-NQ/TU ngày 3 tháng 5 năm 2021 của Tỉnh ủy.",
            [("05-NQ/TU", "implements")],
        ),
        (
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 3/4/2022 của UBND tỉnh, Sở Nội vụ đề nghị:",
            [("15/KH-UBND", "implements")],
        ),
        (
            "Kế hoạch này nhằm triển khai Chỉ thị số 23/CT-TTg của Thủ tướng Chính phủ.",
            [("23/CT-TTg", "implements")],
        ),
    ],
)
def test_relation_set(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Căn cứ" gives none, even with a relation verb in the clause
        "Căn cứ Thông tư số 01/2018/TT-VPCP hướng dẫn thi hành Nghị định số 61/2018/NĐ-CP;",
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ số 47/2019/QH14;",
        "- Căn cứ Quyết định số 12/QĐ-UBND thay thế Quyết định số 10/QĐ-UBND;",
        # another document is the subject
        "Nghị định số 45/2020/NĐ-CP sửa đổi Nghị định 12/2018/NĐ-CP.",
        "Quyết định số 20/QĐ-UBND đã thay thế Quyết định số 12/QĐ-UBND.",
        "Kế hoạch số 15/KH-UBND của UBND tỉnh triển khai Nghị quyết số 05-NQ/TU.",
        # a title, not the citing text ("Thông tư hướng dẫn", "văn bản hướng dẫn")
        "Bộ Tài chính ban hành Thông tư hướng dẫn Nghị định số 61/2018/NĐ-CP.",
        "các văn bản hướng dẫn Luật số 51/2019/QH14",
        # nouns, passives, negations, reports
        "Theo hướng dẫn tại Công văn số 123/BNV-CCHC.",
        "Thực hiện theo Quyết định số 12/QĐ-UBND.",
        "Quy định này được sửa đổi bởi Quyết định số 12/QĐ-UBND.",
        "không thay thế Quyết định số 12/QĐ-UBND",
        "Báo cáo kết quả thực hiện Kế hoạch số 15/KH-UBND.",
        "tình hình thực hiện Nghị quyết số 05-NQ/TU",
        "hướng dẫn của Bộ Nội vụ tại Công văn số 123/BNV-CCHC",
        "Quyết định số 5/2019/QĐ-UBND đã hết hiệu lực.",
        # the verb is in another clause
        "Bãi bỏ Điều 5; Quyết định số 12/QĐ-UBND vẫn có hiệu lực.",
        "Sở Nội vụ hướng dẫn. Quyết định số 12/QĐ-UBND quy định thời hạn.",
        # no verb
        "Quyết định số 12/QĐ-UBND ngày 1/1/2020 của UBND tỉnh.",
        "theo quy định tại Nghị định số 61/2018/NĐ-CP",
    ],
)
def test_no_relation(text):
    assert all(r is None for _, r in rels(text)), rels(text)


def test_mixed_verbs_each_govern_their_object():
    text = "Sửa đổi một số điều của Quyết định số 12/QĐ-UBND và bãi bỏ Quyết định số 13/QĐ-UBND."
    assert rels(text) == [("12/QĐ-UBND", "amends"), ("13/QĐ-UBND", "repeals")]


def test_subject_of_the_verb_gets_none_and_its_object_too():
    text = "Nghị định số 45/2020/NĐ-CP sửa đổi, bổ sung Nghị định số 12/2018/NĐ-CP."
    assert rels(text) == [("45/2020/NĐ-CP", None), ("12/2018/NĐ-CP", None)]


def test_relation_in_json():
    (c,) = extract("Bãi bỏ Quyết định số 5/2019/QĐ-UBND.")
    assert c.to_json()["relation"] == "repeals"


def test_a_verb_inside_an_earlier_subject_belongs_to_that_reference():
    """ "thay thế A và B sửa đổi C": A and B are replaced; C is amended by B, not by the
    citing text, so C gets none."""
    text = (
        "Quyết định này thay thế Quyết định số 65/2008/QĐ-TTg ngày 22 tháng 5 năm 2008 của Thủ "
        "tướng Chính phủ về cung ứng dịch vụ bưu chính công ích và Quyết định số 72/2011/QĐ-TTg "
        "ngày 22 tháng 12 năm 2011 của Thủ tướng Chính phủ về sửa đổi, bổ sung một số điều của "
        "Quyết định số 65/2008/QĐ-TTg."
    )
    assert rels(text) == [
        ("65/2008/QĐ-TTg", "replaces"),
        ("72/2011/QĐ-TTg", "replaces"),
        ("65/2008/QĐ-TTg", None),
    ]


def test_expiry_phrase_only_for_the_subject_list():
    text = (
        "2. Thông tư số 17/2011/TT-BKHCN ngày 30 tháng 6 năm 2011 của Bộ Khoa học và Công nghệ "
        "quy định về Giải thưởng và Thông tư số 07/2012/TT-BKHCN ngày 02 tháng 4 năm 2012 của Bộ "
        "Khoa học và Công nghệ sửa đổi khoản 2 Điều 7 Thông tư số 17/2011/TT-BKHCN hết hiệu lực."
    )
    assert rels(text) == [
        ("17/2011/TT-BKHCN", "repeals"),
        ("07/2012/TT-BKHCN", "repeals"),
        ("17/2011/TT-BKHCN", None),
    ]


def test_replacing_a_part_amends_the_document():
    assert rels("b) Thay thế Phụ lục II ban hành kèm theo Nghị định số 151/2024/NĐ-CP") == [
        ("151/2024/NĐ-CP", "amends")
    ]
    assert rels("Thay thế khoản 2 Điều 3 Quyết định số 12/2020/QĐ-UBND.") == [
        ("12/2020/QĐ-UBND", "amends")
    ]
    assert rels("Bổ sung Điều 3a vào sau Điều 3 của Nghị định số 123/2024/NĐ-CP:") == [
        ("123/2024/NĐ-CP", "amends")
    ]


def test_parenthesis_ends_the_object():
    text = (
        "Thông tư này quy định chi tiết một số nội dung của Nghị định số 40/2014/NĐ-CP ngày 12 "
        "tháng 5 năm 2014 của Chính phủ (sau đây viết tắt là Nghị định số 40/2014/NĐ-CP), gồm:"
    )
    assert rels(text) == [("40/2014/NĐ-CP", "guides"), ("40/2014/NĐ-CP", None)]


def test_kem_theo_is_not_theo():
    assert rels("thực hiện theo Quyết định số 12/QĐ-UBND") == [("12/QĐ-UBND", None)]
