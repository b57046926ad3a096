"""Intent ranking, key forms and abbreviations: pure functions, no database."""

from cchc.search.analysis import expand_abbreviations, normalise_key_forms, parse_query
from cchc.search.ranking import Candidate, intent_of, rerank

ABBR = {"nd": "nghị định", "tt": "thông tư", "bhxh": "bảo hiểm xã hội", "ubnd": "ủy ban nhân dân"}


def intent(q):
    p = parse_query(q, ABBR)
    return intent_of(p.words, p.keys, p.suffixes)


def test_odd_key_forms_parse_to_the_key():
    for q in ["45 / 2019 / NĐ-CP", "45-2019-nd-cp", "45/2019/NĐ-CPvề xử phạt", "45/2019/nđ-cp"]:
        assert "45/2019/nd-cp" in parse_query(q).keys, q
    assert parse_query("118/2007/QĐ-TTgvề").keys[0] == "118/2007/qd-ttg"
    # number and year spaced out, with a type named
    assert "45/2019" in parse_query("nd 45 2019", ABBR).keys
    assert "49/2010" in parse_query("qh12 49 2010").keys
    # …but not two numbers in a topical query without a type
    assert parse_query("tuyển dụng 100 2019").keys == []


def test_glued_key_keeps_upper_case_words_apart():
    assert normalise_key_forms("63/2010/NĐ-CPvề") == "63/2010/NĐ-CP về"
    assert normalise_key_forms("63/2010/NĐ-CP") == "63/2010/NĐ-CP"


def test_abbreviations_are_whole_words_only():
    assert expand_abbreviations("luật BHXH", ABBR) == "luật bảo hiểm xã hội"
    assert expand_abbreviations("NĐ 45/2019", ABBR) == "nghị định 45/2019"
    # inside a key suffix: untouched
    assert expand_abbreviations("119/2020/TT-BCA", ABBR) == "119/2020/TT-BCA"
    assert parse_query("luật bhxh", ABBR).expanded == "luật bảo hiểm xã hội"


def test_intent_reads_type_year_and_name():
    i = intent("luật an ninh mạng")
    assert i.type_name == "luat" and i.name == ["an", "ninh", "mang"]
    i = intent("nghị định 45/2019")
    assert i.type_name == "nghi dinh" and i.years == {2019}
    i = intent("chế độ tiền lương 2017")
    assert i.type_name == "" and i.years == {2017}
    # a type word inside a topical query is not a type named
    assert intent("thủ tục quyết định đầu tư").type_name == ""


def law(key, name, pos, **kw):
    return Candidate(pos, f"Luật số {key} – {name}", keys=key, doc_type="Luật", position=pos, **kw)


def decree(key, title, pos, **kw):
    return Candidate(
        pos, f"Nghị định số {key} – {title}", keys=key, doc_type="Nghị định", position=pos, **kw
    )


def test_law_named_ranks_above_texts_citing_it():
    cands = [
        decree(
            "53/2022/NĐ-CP", "Quy định chi tiết một số điều của Luật An ninh mạng", 0, year=2022
        ),
        Candidate(
            1,
            "Thông tư hướng dẫn Luật An ninh mạng",
            keys="1/2023/TT-BCA",
            doc_type="Thông tư",
            position=1,
        ),
        law("24/2018/QH14", "An ninh mạng", 2, year=2018),
    ]
    for q in ["luật an ninh mạng", "an ninh mạng", "luat an ninh mang"]:
        assert rerank(intent(q), cands)[0] == 2, q


def test_own_key_above_citing_and_type_breaks_number_year_ties():
    cands = [
        Candidate(
            0,
            "Thông tư hướng dẫn Nghị định 45/2019/NĐ-CP",
            keys="10/2020/TT-BTC",
            doc_type="Thông tư",
            position=0,
        ),
        Candidate(
            1,
            "Thông tư số 45/2019/TT-BTC – Phí",
            keys="45/2019/TT-BTC",
            doc_type="Thông tư",
            position=1,
        ),
        decree("45/2019/NĐ-CP", "Xử phạt vi phạm hành chính", 2, year=2019),
    ]
    for q in [
        "nghị định 45/2019",
        "nd 45 2019",
        "45 / 2019 / NĐ-CP",
        "45-2019-nd-cp",
        "nđ 45/2019",
    ]:
        assert rerank(intent(q), cands)[0] == 2, q
    assert rerank(intent("thông tư 45/2019"), cands)[0] == 1
    assert rerank(intent("TT-BTC 45/2019"), cands)[0] == 1


def test_year_in_topical_query_and_hierarchy_tie_break():
    cands = [
        Candidate(0, "Thông tư về chế độ tiền lương", doc_type="Thông tư", year=2020, position=0),
        Candidate(1, "Nghị định về chế độ tiền lương", doc_type="Nghị định", year=2017, position=1),
        Candidate(2, "Thông tư về chế độ tiền lương", doc_type="Thông tư", year=2017, position=2),
    ]
    assert rerank(intent("chế độ tiền lương 2017"), cands)[:2] == [1, 2]
    # no year: at an equal match, the higher document first
    assert rerank(intent("chế độ tiền lương"), cands)[0] == 1


def test_in_force_before_expired_at_equal_match():
    cands = [
        Candidate(
            0,
            "Nghị định về đăng ký doanh nghiệp",
            doc_type="Nghị định",
            status="expired",
            position=0,
        ),
        Candidate(
            1,
            "Nghị định về đăng ký doanh nghiệp",
            doc_type="Nghị định",
            status="in_force",
            position=1,
        ),
    ]
    assert rerank(intent("đăng ký doanh nghiệp"), cands) == [1, 0]
