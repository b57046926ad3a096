"""Search behaviour on the database in use (run on SQLite and on PostgreSQL)."""

import datetime as dt
import io

import pytest
from django.core.management import call_command

from cchc.search.models import SearchEntry, SearchWord
from cchc.search.selectors import autocomplete, search

pytestmark = pytest.mark.django_db


def titles(results):
    return [h.entry.title for h in results.hits]


def legal_title(document) -> str:
    """The title the real legal source (``cchc.legal.search``) gives the document."""
    from cchc.legal.search import legal_document

    document.refresh_from_db()
    return legal_document(document).title


def test_publish_indexes_article(make_article):
    """Publishing an article indexes it; all spellings find it."""
    make_article("Đẩy mạnh cải cách hành chính năm 2022", body="<p>Nâng cấp đường huyện.</p>")
    assert SearchEntry.objects.filter(kind="article").count() == 1
    for q in ["cai cach hanh chinh", "cải cách hành chính", "CẢI CÁCH", "duong", "đường huyện"]:
        assert titles(search(q)) == ["Đẩy mạnh cải cách hành chính năm 2022"], q


def test_nghi_dinh_matches_without_marks(make_article):
    make_article("Triển khai Nghị định về dịch vụ công")
    make_article("Nghỉ lễ Quốc khánh")
    assert titles(search("nghi dinh")) == ["Triển khai Nghị định về dịch vụ công"]


def test_draft_is_not_indexed_and_unpublish_removes(make_article):
    """A draft is not searchable; unpublishing or deleting removes the entry."""
    draft = make_article("Bản nháp kiểm soát thủ tục", publish=False)
    assert search("kiem soat").total == 0
    draft.save_revision().publish()
    assert search("kiem soat").total == 1
    draft.refresh_from_db()
    draft.unpublish()
    assert search("kiem soat").total == 0
    assert not SearchEntry.objects.exists()
    again = make_article("Kiểm soát thủ tục hành chính")
    assert search("kiem soat").total == 1
    again.delete()
    assert search("kiem soat").total == 0
    assert not SearchEntry.objects.exists()


def test_republish_updates_entry(make_article):
    article = make_article("Tiêu đề cũ về hộ tịch")
    article.title = "Tiêu đề mới về chứng thực"
    article.save_revision().publish()
    assert search("ho tich").total == 0
    assert titles(search("chung thuc")) == ["Tiêu đề mới về chứng thực"]
    assert SearchEntry.objects.count() == 1
    assert not SearchWord.objects.filter(word="tich").exists()


def test_title_above_body_and_newer_above_older(make_article):
    """Title matches rank above body matches; newer above older among equals."""
    make_article("Tin cũ về một cửa", date=dt.date(2020, 1, 1))
    make_article("Họp giao ban", body="<p>Bàn về một cửa liên thông.</p>", date=dt.date(2024, 1, 1))
    make_article("Tin mới về một cửa", date=dt.date(2023, 1, 1))
    assert titles(search("mot cua")) == ["Tin mới về một cửa", "Tin cũ về một cửa", "Họp giao ban"]


def test_adjacent_words_above_scattered(make_article):
    make_article("Cải tạo trụ sở, cách làm mới", date=dt.date(2024, 1, 1))
    make_article("Cải cách thủ tục", date=dt.date(2020, 1, 1))
    assert titles(search("cai cach"))[0] == "Cải cách thủ tục"


def test_accented_form_above_folded_form(make_article):
    """With diacritics, the exact accented word ranks above words that only fold alike."""
    make_article("Nhân dân góp ý", date=dt.date(2024, 1, 1))
    make_article("Nhấn mạnh trách nhiệm", date=dt.date(2020, 1, 1))
    assert titles(search("nhấn")) == ["Nhấn mạnh trách nhiệm", "Nhân dân góp ý"]
    assert titles(search("nhan")) == ["Nhân dân góp ý", "Nhấn mạnh trách nhiệm"]


def test_quoted_phrase(make_article):
    make_article("Thủ tục hành chính mới")
    make_article("Chính sách hành động")
    assert titles(search('"hành chính"')) == ["Thủ tục hành chính mới"]
    assert search("hành chính").total == 2


def test_keys_put_the_document_first(make_article, make_legal):
    """'76/NQ-CP', '63/2010/NĐ-CP', 'nd-cp 63', 'nghi dinh 63' find that document first."""
    make_article(
        "Bài viết nhắc Nghị định 63/2010/NĐ-CP",
        body="<p>Theo 63/2010/NĐ-CP.</p>",
        date=dt.date(2025, 1, 1),
    )
    decree = make_legal("Nghị định kiểm soát thủ tục hành chính", key="63/2010/NĐ-CP", days=10)
    resolution = make_legal("Nghị quyết về cải cách", key="76/NQ-CP", days=20)
    make_legal("Nghị định 64/2010/NĐ-CP khác", days=30)
    for q in ["63/2010/NĐ-CP", "63/2010/nd-cp", "nd-cp 63", "nghi dinh 63", "63/2010"]:
        assert titles(search(q))[0] == legal_title(decree), q
    assert titles(search("63/2010/NĐ-CP"))[1] == "Bài viết nhắc Nghị định 63/2010/NĐ-CP"
    assert titles(search("76/NQ-CP"))[0] == legal_title(resolution)


def test_facets_and_filters(make_article, make_legal):
    """Type facets count each registered kind; kind and year filters narrow results."""
    make_article("Cải cách thủ tục đất đai", date=dt.date(2022, 5, 1))
    make_article("Cải cách công vụ", date=dt.date(2023, 5, 1))
    decision = make_legal("Quyết định cải cách", days=5)
    results = search("cai cach")
    facets = {f.kind: f.count for f in results.facets}
    assert facets["article"] == 2 and facets["legal"] == 1
    assert all(count == 0 for kind, count in facets.items() if kind not in ("article", "legal"))
    assert [f.label for f in results.facets if f.count] == ["Tin tức", "Văn bản"]
    assert titles(search("cai cach", kind="legal")) == [legal_title(decision)]
    assert titles(search("cai cach", year=2022)) == ["Cải cách thủ tục đất đai"]
    assert 2023 in results.years and 2010 in results.years
    assert search("cai cach", kind="khong-co").kind == ""


def test_plain_model_source_updates_on_save_and_delete(make_legal):
    """A snippet source (the legal library) is re-indexed on save and dropped on delete."""
    doc = make_legal("Thông tư về hộ tịch")
    assert search("ho tich").total == 1
    doc.title = "Thông tư về chứng thực"
    doc.save()
    assert search("ho tich").total == 0
    assert search("chung thuc").total == 1
    doc.delete()
    assert search("chung thuc").total == 0


def test_pagination(make_article):
    for i in range(23):
        make_article(
            f"Thông báo lịch tiếp dân số {i}", date=dt.date(2022, 1, 1) + dt.timedelta(days=i)
        )
    first = search("tiep dan")
    assert first.total == 23 and first.num_pages == 3 and len(first.hits) == 10
    third = search("tiep dan", page=3)
    assert len(third.hits) == 3
    assert third.hits[-1].entry.title == "Thông báo lịch tiếp dân số 0"
    assert search("tiep dan", page=999).page == 3
    seen = {h.entry.pk for p in (1, 2, 3) for h in search("tiep dan", page=p).hits}
    assert len(seen) == 23


def test_total_beyond_exact_count_is_estimated_then_exact_at_the_end(make_article, monkeypatch):
    """Past COUNT_EXACT matches the total is an estimate from how deep the last sampled
    match lies; paging to the end replaces it with the exact total."""
    from cchc.search import selectors

    monkeypatch.setattr(selectors, "COUNT_EXACT", 5)
    # More matches than the ranking pool (30), so the first page does not exhaust them.
    n = 40
    for i in range(n):  # one matching article a month
        make_article(
            f"Lịch tiếp dân tháng {i}", date=dt.date(2020, 1, 15) + dt.timedelta(days=30 * i)
        )
    for i in range(n):  # and as many that do not match, in the same months
        make_article(f"Thông báo khác {i}", date=dt.date(2020, 1, 16) + dt.timedelta(days=30 * i))
    first = search("tiep dan")
    assert first.approximate
    assert 27 <= first.total <= 53, first.total  # 40 matches; 6 sampled over ~6 months
    assert len(first.hits) == 10
    facet = next(f for f in first.facets if f.kind == "article")
    assert facet.approximate and facet.count == first.total
    last = search("tiep dan", page=first.num_pages)
    if first.total >= n:  # the estimate reached the real last page: exact there
        assert not last.approximate and last.total == n
        assert len(last.hits) == n - (last.page - 1) * 10
    seen = [h.entry.pk for p in (1, 2, 3, 4) for h in search("tiep dan", page=p).hits]
    assert len(seen) == len(set(seen)) == n


def test_newest_first_across_years_and_pages(make_article, monkeypatch):
    """Matches spread over many years come back newest first on every page, none lost
    or repeated."""
    from cchc.search import selectors

    monkeypatch.setattr(selectors, "COUNT_EXACT", 5)  # force the per-tier path
    dates = [dt.date(1995 + (i * 7) % 32, 1 + i % 12, 1 + i % 27) for i in range(31)]
    for i, date in enumerate(dates):
        make_article(f"Hội nghị tiếp dân định kỳ {i}", date=date)
    make_article("Một bài khác", date=dt.date(2026, 1, 1))
    got = []
    for page in range(1, 5):
        got += [h.entry.date for h in search("hoi nghi tiep dan", page=page).hits]
    assert got == sorted(dates, reverse=True)


def test_small_totals_are_exact(make_article):
    for i in range(3):
        make_article(f"Tiếp dân {i}")
    results = search("tiep dan")
    assert results.total == 3 and not results.approximate
    assert all(not f.approximate for f in results.facets)


def test_round_estimate():
    from cchc.search.selectors import round_estimate

    assert [round_estimate(n) for n in (7, 87, 123, 1234, 98765)] == [7, 87, 120, 1200, 99000]


def test_snippet_is_highlighted(make_article):
    make_article("Tin tức", body="<p>Huyện đẩy mạnh <b>cải cách</b> hành chính &amp; số hóa.</p>")
    hit = search("cai cach").hits[0]
    assert "<mark>cải</mark> <mark>cách</mark>" in hit.snippet_html
    assert "&amp;" in hit.snippet_html


def test_did_you_mean(make_article):
    make_article("Cải cách hành chính")
    results = search("cai cahc")
    # Nothing found as typed: the corrected query's results are shown, and suggested.
    assert results.total == 1 and results.corrected_from == "cai cahc"
    assert results.suggestion == "cai cach"
    assert search("cải cahc").suggestion == "cải cách"  # typed with marks: marked
    assert search("zzzzzz").suggestion == ""


def test_autocomplete(make_article):
    make_article("Cải cách hành chính năm 2022", date=dt.date(2022, 1, 1))
    make_article("Cải thiện chỉ số hài lòng", date=dt.date(2023, 1, 1))
    make_article("Hội nghị tổng kết")
    out = autocomplete("cai ca")
    assert [s["title"] for s in out] == ["Cải cách hành chính năm 2022"]
    assert {s["title"] for s in autocomplete("cai")} == {
        "Cải cách hành chính năm 2022",
        "Cải thiện chỉ số hài lòng",
    }
    assert autocomplete("") == []


def test_rebuild_search(make_article, make_legal):
    make_article("Cải cách hành chính")
    make_legal("Quyết định cải cách")
    SearchEntry.objects.all().delete()
    call_command("rebuild_search", stdout=io.StringIO())
    assert SearchEntry.objects.count() == 2
    assert search("cai cach").total == 2
    call_command("rebuild_search", stdout=io.StringIO())
    assert search("cai cach").total == 2
    from cchc.core.models import AuditEvent

    assert AuditEvent.objects.filter(action="cchc.search.index.rebuild").count() == 2


@pytest.mark.parametrize("workers", [1, 2])
def test_rebuild_native_from_stored_entries(make_article, workers):
    """--native re-analyses the stored entries into an emptied native index and word
    list, in worker processes, without reading the sources."""
    from django.db import connection

    from cchc.search.backends import backend_for

    make_article("Cải cách hành chính", date=dt.date(2021, 5, 1))
    make_article("Nghị định 63/2010/NĐ-CP về kiểm soát", date=dt.date(2010, 6, 8))
    make_article("Tin khác", date=dt.date(2026, 1, 2))
    backend_for(connection).clear()
    SearchWord.objects.all().delete()
    assert search("cai cach").total == 0
    out = io.StringIO()
    call_command("rebuild_search", "--native", f"--workers={workers}", stdout=out)
    assert "3" in out.getvalue()
    assert titles(search("cai cach")) == ["Cải cách hành chính"]
    assert titles(search("63/2010/NĐ-CP")) == ["Nghị định 63/2010/NĐ-CP về kiểm soát"]
    assert SearchWord.objects.filter(word="cai", df=1).exists()
    assert search("cai cahc").suggestion == "cai cach"


def test_demo_loader_is_idempotent(make_article):
    from cchc.search.demo import load_demo

    make_article("Cải cách hành chính")
    out = io.StringIO()
    load_demo(out)
    load_demo(out)
    assert SearchEntry.objects.count() == 1
    assert "1 mục" in out.getvalue()


def test_ranking_from_the_newest_sample_equals_ranking_by_index_scans(make_article, monkeypatch):
    """Past COUNT_EXACT matches, tiers are ranked from the sample of newest loose matches
    where it holds enough of them (PostgreSQL); the order must be the one that scanning
    every tier in the index gives."""
    from cchc.search import selectors
    from cchc.search.analysis import parse_query

    monkeypatch.setattr(selectors, "COUNT_EXACT", 6)
    base = dt.date(2018, 1, 1)
    titles_ = [
        "Cải cách hành chính cấp xã",  # exact title bigram
        "Hành chính và cải tạo, cách làm",  # title words, not adjacent
        "Thông báo lịch họp",  # body only
    ]
    for i in range(45):
        body = "<p>Bàn về cải cách hành chính.</p>" if i % 3 == 2 else "<p>Khác.</p>"
        make_article(f"{titles_[i % 3]} {i}", body=body, date=base + dt.timedelta(days=40 * i))
    for q in ["cải cách hành chính", "cai cach", "hanh chinh", '"cải cách" hành chính']:
        query = parse_query(q)
        for need in (5, 10, 20, 40):
            run = selectors._Run()
            loose = run.keys(selectors.plan_tiers(query)[-1], [], 7)
            assert len(loose) == 7, q
            by_scans = selectors.ranked_keys(query, [], need, selectors._Run())
            by_sample = selectors.ranked_keys(query, [], need, run, loose)
            assert by_sample == by_scans, (q, need)
