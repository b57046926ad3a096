"""Lists of references: the type carries over; an issuer stated once is shared."""

from cchc.legal.citations import extract


def test_normative_list_carries_type_and_issuer():
    a, b = extract("Nghị định số 61/2018/NĐ-CP và 107/2021/NĐ-CP của Chính phủ")
    assert (a.key, b.key) == ("61/2018/NĐ-CP", "107/2021/NĐ-CP")
    assert a.doc_type == b.doc_type == "Nghị định"
    assert a.issuer == b.issuer == "Chính phủ"
    assert b.text == "107/2021/NĐ-CP"


def test_comma_list():
    cites = extract("các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND, số 14/QĐ-UBND và 15/QĐ-UBND.")
    assert [c.key for c in cites] == ["12/QĐ-UBND", "13/QĐ-UBND", "14/QĐ-UBND", "15/QĐ-UBND"]
    assert {c.doc_type for c in cites} == {"Quyết định"}
    assert cites[2].text == "số 14/QĐ-UBND"


def test_list_of_letters_keeps_type_word():
    a, b = extract("các Văn bản số 1747/UBND-NC, 1748/UBND-VP")
    assert a.doc_type == b.doc_type == "Công văn"


def test_list_of_laws_carries_type_word():
    a, b = extract("Bộ luật số 45/2019/QH14 và 91/2015/QH13")
    assert a.doc_type == b.doc_type == "Bộ luật"


def test_symbol_type_beats_carried_type():
    a, b = extract("Quyết định số 12/QĐ-UBND và 13/KH-UBND")
    assert (a.doc_type, b.doc_type) == ("Quyết định", "Kế hoạch")


def test_issuer_not_shared_across_semicolons_or_subjects():
    a, b = extract("Quyết định số 1/QĐ-UBND; Quyết định số 2/QĐ-UBND của UBND tỉnh")
    assert (a.issuer, b.issuer) == (None, "UBND tỉnh")
    a, b = extract("Quyết định số 1/QĐ-UBND về việc A, 2/QĐ-UBND của UBND tỉnh")
    assert (a.issuer, a.subject, b.issuer) == (None, "A", "UBND tỉnh")


def test_issuer_not_shared_across_types():
    a, b = extract("Luật số 77/2015/QH13, Nghị định số 61/2018/NĐ-CP của Chính phủ")
    assert (a.issuer, b.issuer) == (None, "Chính phủ")
