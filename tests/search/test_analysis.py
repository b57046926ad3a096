"""Pure analysis: tokens, folding, bigrams, keys, query parsing, tiers, highlighting."""

from cchc.search.analysis import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    analyse_document,
    clean_query,
    edit_distance,
    extract_keys,
    field_terms,
    highlight,
    parse_query,
    plan_tiers,
)


def _doc_terms(title="", body=""):
    t = analyse_document(title=title, body=body, kind="article", year=2022)
    return set(t.title) | set(t.body)


def _matches(query, title="", body=""):
    """True when the loosest tier of ``query`` is satisfied by the document."""
    terms = _doc_terms(title, body)
    tiers = plan_tiers(parse_query(query))
    loose = tiers[-1]
    return set(loose.terms) <= terms and set(loose.required) <= terms


def test_field_terms_have_folded_accented_and_bigrams():
    """Folded and accented syllables and bigrams are all terms."""
    terms = field_terms("Cải cách hành chính")
    for term in ["cai", "cải", "cach", "cách", "cai_cach", "cải_cách", "hanh_chinh", "cách_hành"]:
        assert term in terms


def test_bigrams_stop_at_punctuation():
    """A comma breaks a phrase: no bigram spans it."""
    terms = field_terms("cải cách, hành chính")
    assert "cach_hanh" not in terms
    assert "hanh_chinh" in terms


def test_all_spellings_match_the_same_document():
    """'cai cach hanh chinh', 'cải cách hành chính' and 'CẢI CÁCH' all match."""
    title = "Đẩy mạnh cải cách hành chính năm 2022"
    for q in ["cai cach hanh chinh", "cải cách hành chính", "CẢI CÁCH", "Cai Cach"]:
        assert _matches(q, title=title), q


def test_d_folds_to_d():
    """'duong' matches 'đường'; 'nghi dinh' matches 'Nghị định'."""
    assert _matches("duong", body="Nâng cấp đường giao thông")
    assert _matches("nghi dinh", title="Nghị định về thủ tục")
    assert not _matches("nghi dinh", title="Nghỉ ngơi cuối tuần")


def test_exact_tier_comes_first_when_query_has_diacritics():
    """Accented forms rank above folded ones: the first word tier uses 'nhấn'."""
    tiers = plan_tiers(parse_query("nhấn mạnh"))
    assert tiers[0].name.startswith("exact")
    assert "nhấn_mạnh" in tiers[0].terms
    assert tiers[-1].terms == ("nhan", "manh")
    assert all(not t.name.startswith("exact") for t in plan_tiers(parse_query("nhan manh")))


def test_title_tiers_before_all_fields():
    names = [t.name for t in plan_tiers(parse_query("cai cach"))]
    assert names == [
        "folded-title-bigram",
        "folded-title-words",
        "folded-all-bigram",
        "folded-all-words",
    ]


def test_phrase_requires_adjacent_words():
    """A quoted phrase requires its bigrams in every tier."""
    q = parse_query('"hành chính" công')
    assert q.phrases == [["hành", "chính"]]
    assert all("hanh_chinh" in t.required for t in plan_tiers(q))
    assert _matches('"hanh chinh"', body="thủ tục hành chính")
    assert not _matches('"hanh chinh"', body="chính sách hành động")


def test_document_keys_and_their_parts():
    """'63/2010/NĐ-CP' yields whole-key terms and its parts as words."""
    keys = extract_keys("Nghị định số 63/2010/NĐ-CP và Nghị quyết 76/NQ-CP")
    assert [k.full for k in keys] == ["63/2010/nd-cp", "76/nq-cp"]
    t = analyse_document(
        title="Nghị định 63/2010/NĐ-CP về kiểm soát",
        body="",
        kind="legal",
        year=2010,
        keys=["63/2010/NĐ-CP"],
    )
    assert {"63/2010/nd-cp", "63/2010", "63/nd-cp", "63/nd"} <= set(t.keys)
    assert "63/2010/nd-cp" in t.title
    assert {"63", "2010", "nd", "nđ", "cp"} <= set(t.title)


def test_query_keys_in_every_form():
    """'76/NQ-CP', '63/2010/NĐ-CP', 'nd-cp 63', 'nghị định 61', '63/2010' become key terms."""
    assert parse_query("76/NQ-CP").keys == ["76/nq-cp"]
    assert parse_query("63/2010/NĐ-CP").keys == ["63/2010/nd-cp"]
    assert "63/nd-cp" in parse_query("nd-cp 63").keys
    assert "61/nd" in parse_query("nghị định 61").keys
    assert "61/nd" in parse_query("nghi dinh so 61").keys
    assert "63/2010" in parse_query("63/2010").keys
    assert plan_tiers(parse_query("76/NQ-CP"))[0].name == "key"


def test_clean_query_strips_controls_and_caps_length():
    assert clean_query("a\x00b\x07c\u200b d") == "a b c d"
    assert len(clean_query("x" * 5000)) == MAX_QUERY_CHARS
    assert clean_query(None) == ""


def test_fts_syntax_and_sql_are_just_words():
    """FTS syntax characters vanish; SQL fragments become plain words."""
    assert parse_query('"*:^()-').is_empty
    q = parse_query("'; DROP TABLE x; -- OR 1=1 NEAR(a b)")
    assert q.words == ["drop", "table", "x", "or", "1", "1", "near", "a", "b"]


def test_term_cap():
    q = parse_query(" ".join(f"tu{i}" for i in range(100)))
    assert len(q.words) == MAX_QUERY_TERMS


def test_highlight_escapes_then_marks_by_folded_form():
    """'cai cach' marks 'cải cách'; HTML in the text is escaped."""
    out = highlight("<b>Đẩy mạnh</b> cải cách hành chính", parse_query("cai cach"))
    assert "&lt;b&gt;" in out
    assert "<mark>cải</mark> <mark>cách</mark>" in out
    assert "<b>" not in out


def test_highlight_windows_long_text():
    text = "mở đầu " * 200 + "đường giao thông nông thôn" + " kết thúc" * 200
    out = highlight(text, parse_query("duong"))
    assert out.startswith("…") and out.endswith("…")
    assert "<mark>đường</mark>" in out
    assert len(out) < 600


def test_edit_distance():
    assert edit_distance("cach", "cach") == 0
    assert edit_distance("cahc", "cach") == 1  # swapped neighbours
    assert edit_distance("cahx", "cach") == 2
    assert edit_distance("hanh", "hamh") == 1
    assert edit_distance("a", "abcdefg", limit=2) == 3
