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
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ số 47/2019/QH14;",
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


def rels_by(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.key, c.relation, c.relation_by) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nghị định số 45/2020/NĐ-CP sửa đổi, bổ sung Nghị định số 12/2018/NĐ-CP.",
            [("45/2020/NĐ-CP", None, None), ("12/2018/NĐ-CP", "amends", "45/2020/NĐ-CP")],
        ),
        (
            "Quyết định số 20/QĐ-UBND đã thay thế Quyết định số 12/QĐ-UBND.",
            [("20/QĐ-UBND", None, None), ("12/QĐ-UBND", "replaces", "20/QĐ-UBND")],
        ),
        (
            "Kế hoạch số 15/KH-UBND của UBND tỉnh triển khai Nghị quyết số 05-NQ/TU.",
            [("15/KH-UBND", None, None), ("05-NQ/TU", "implements", "15/KH-UBND")],
        ),
        # "Căn cứ" says nothing of the citing text, but B's own verb still binds C
        (
            "Căn cứ Thông tư số 01/2018/TT-VPCP hướng dẫn thi hành Nghị định số 61/2018/NĐ-CP;",
            [("01/2018/TT-VPCP", None, None), ("61/2018/NĐ-CP", "guides", "01/2018/TT-VPCP")],
        ),
        (
            "- Căn cứ Quyết định số 12/QĐ-UBND thay thế Quyết định số 10/QĐ-UBND;",
            [("12/QĐ-UBND", None, None), ("10/QĐ-UBND", "replaces", "12/QĐ-UBND")],
        ),
        (
            "Căn cứ Nghị định số 88/2017/NĐ-CP ngày 27 tháng 7 năm 2017 của Chính phủ sửa đổi, "
            "bổ sung một số điều của Nghị định số 56/2015/NĐ-CP và Nghị định số 57/2015/NĐ-CP;",
            [
                ("88/2017/NĐ-CP", None, None),
                ("56/2015/NĐ-CP", "amends", "88/2017/NĐ-CP"),
                ("57/2015/NĐ-CP", "amends", "88/2017/NĐ-CP"),
            ],
        ),
        (
            "Ban hành Kế hoạch số 12/KH-UBND về việc triển khai thực hiện Chỉ thị số 23/CT-TTg.",
            [("12/KH-UBND", None, None), ("23/CT-TTg", "implements", "12/KH-UBND")],
        ),
        # passives: the reference after "bởi" / "tại" / "theo" does it
        (
            "Nghị quyết 70/2025/UBTVQH15 đã được sửa đổi, bổ sung một số điều theo Nghị quyết "
            "120/2026/UBTVQH15",
            [
                ("70/2025/UBTVQH15", "amends", "120/2026/UBTVQH15"),
                ("120/2026/UBTVQH15", None, None),
            ],
        ),
        (
            "Quyết định số 142/2008/QĐ-TTg của Thủ tướng Chính phủ về chế độ đối với quân nhân, "
            "được sửa đổi, bổ sung bởi Quyết định số 38/2010/QĐ-TTg",
            [("142/2008/QĐ-TTg", "amends", "38/2010/QĐ-TTg"), ("38/2010/QĐ-TTg", None, None)],
        ),
        (
            "(Điều 1 Nghị quyết số 01/2017/NQ-HĐTP, có hiệu lực thi hành kể từ ngày 24/02/2017, có "
            "nội dung bị bãi bỏ bởi Điều 1 Nghị quyết số 04/2018/NQ-HĐTP có hiệu lực thi hành)",
            [("01/2017/NQ-HĐTP", "repeals", "04/2018/NQ-HĐTP"), ("04/2018/NQ-HĐTP", None, None)],
        ),
    ],
)
def test_relation_done_by_another_reference(text, expected):
    assert rels_by(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare passive after a noun is about that noun (a title), not the document
        "Công bố thủ tục hành chính được sửa đổi, bổ sung tại Quyết định số 12/QĐ-BNV "
        "và Quyết định số 13/QĐ-BNV.",
        "Quyết định số 5/QĐ-UBND về thủ tục hành chính được thay thế tại Quyết định số 6/QĐ-UBND",
        # the verb is not right after the earlier reference
        "Báo cáo số 5/BC-UBND về kết quả thực hiện Kế hoạch số 15/KH-UBND.",
        # a passive across a sentence boundary
        "Nghị định số 45/2020/NĐ-CP. Được sửa đổi bởi Nghị định số 12/2021/NĐ-CP",
    ],
)
def test_no_relation_by_another_reference(text):
    assert all(r is None for _, r, _ in rels_by(text)), rels_by(text)


def test_relation_by_in_json():
    (a, b) = extract("Nghị định số 45/2020/NĐ-CP sửa đổi Nghị định số 12/2018/NĐ-CP.")
    assert b.to_json()["relation_by"] == "45/2020/NĐ-CP"
    assert a.to_json()["relation_by"] is None


def test_relation_in_json():
    (c,) = extract("Bãi bỏ Quyết định số 5/2019/QĐ-UBND.")
    assert c.to_json()["relation"] == "repeals"


def test_a_verb_inside_an_earlier_subject_belongs_to_that_reference():
    """ "thay thế A và B sửa đổi C": A and B are replaced by the citing text; C is amended by
    B (``relation_by``)."""
    text = (
        "Quyết định này thay thế Quyết định số 65/2008/QĐ-TTg ngày 22 tháng 5 năm 2008 của Thủ "
        "tướng Chính phủ về cung ứng dịch vụ bưu chính công ích và Quyết định số 72/2011/QĐ-TTg "
        "ngày 22 tháng 12 năm 2011 của Thủ tướng Chính phủ về sửa đổi, bổ sung một số điều của "
        "Quyết định số 65/2008/QĐ-TTg."
    )
    assert rels(text) == [
        ("65/2008/QĐ-TTg", "replaces"),
        ("72/2011/QĐ-TTg", "replaces"),
        ("65/2008/QĐ-TTg", "amends"),
    ]
    assert [c.relation_by for c in extract(text)] == [None, None, "72/2011/QĐ-TTg"]


def test_expiry_phrase_only_for_the_subject_list():
    text = (
        "2. Thông tư số 17/2011/TT-BKHCN ngày 30 tháng 6 năm 2011 của Bộ Khoa học và Công nghệ "
        "quy định về Giải thưởng và Thông tư số 07/2012/TT-BKHCN ngày 02 tháng 4 năm 2012 của Bộ "
        "Khoa học và Công nghệ sửa đổi khoản 2 Điều 7 Thông tư số 17/2011/TT-BKHCN hết hiệu lực."
    )
    assert rels(text) == [
        ("17/2011/TT-BKHCN", "repeals"),
        ("07/2012/TT-BKHCN", "repeals"),
        ("17/2011/TT-BKHCN", "amends"),  # by 07/2012/TT-BKHCN, not by the citing text
    ]
    assert extract(text)[2].relation_by == "07/2012/TT-BKHCN"


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb or "cho" between the verb and its object (batch 7's misses)
        (
            "Quyết định này có hiệu lực sau 15 ngày và thay thế cho Quyết định số 366/QĐ-UBND "
            "ngày 09/9/2017 của UBND tỉnh.",
            [("366/QĐ-UBND", "replaces")],
        ),
        (
            "Các chi bộ tổ chức quán triệt, triển khai sâu rộng Kết luận số 93-KL/TW.",
            [("93-KL/TW", "implements")],
        ),
        (
            "Các sở, ngành thực hiện nghiêm túc Chỉ thị số 05/CT-UBND ngày 2/3/2023.",
            [("05/CT-UBND", "implements")],
        ),
        # "Theo đó," is a connective, not "theo <văn bản>"
        (
            "Theo đó, các cấp ủy triển khai Kết luận số 93-KL/TW ngày 20/11/2020.",
            [("93-KL/TW", "implements")],
        ),
        # while "Theo <văn bản>" still gives none
        (
            "Theo Kế hoạch số 15/KH-UBND, các xã triển khai việc sắp xếp.",
            [("15/KH-UBND", None)],
        ),
        (
            "Theo đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 2/3/2023.",
            [("12/TTr-SNV", None)],
        ),
    ],
)
def test_adverbs_and_connectives(text, expected):
    assert rels(text) == expected
