"""The search page and autocomplete over real HTTP (Django test client)."""

import datetime as dt

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

BAD_INPUTS = [
    "",
    " ",
    "x" * 5000,
    "cải cách " * 600,
    '"*:^()-',
    '"',
    '"""',
    "NEAR(a b) AND OR NOT *",
    "cai* ^title:x",
    "'; DROP TABLE sitesearch_searchentry; --",
    "1' OR '1'='1",
    "a\x00b",
    "\x00",
    "\x01\x02\x1b[31m",
    "\u202e\u200b\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
    "63/2010/NĐ-CP/////----",
    "nd-cp " + "9" * 50,
    "%%%%__\\\\",
    "<script>alert(1)</script>",
]


@pytest.fixture
def articles(make_article):
    make_article(
        "Đẩy mạnh cải cách hành chính",
        body="<p>Nội dung về đường giao thông.</p>",
        date=dt.date(2022, 3, 29),
    )
    make_article("Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục", date=dt.date(2021, 1, 2))


@pytest.mark.parametrize("q", BAD_INPUTS)
def test_bad_input_gives_normal_page(client, articles, q):
    """Any query string gives a normal 200 page, never a 500."""
    response = client.get(reverse("sitesearch:index"), {"q": q})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.parametrize("q", BAD_INPUTS)
def test_bad_input_autocomplete_is_json(client, articles, q):
    response = client.get(reverse("sitesearch:suggest"), {"q": q})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


@pytest.mark.parametrize(
    "params",
    [
        {"q": "cai cach", "trang": "-1"},
        {"q": "cai cach", "trang": "abc"},
        {"q": "cai cach", "trang": "99999999999"},
        {"q": "cai cach", "nam": "x"},
        {"q": "cai cach", "nam": "1900"},
        {"q": "cai cach", "loai": "'; --"},
        {"q": "cai cach", "loai": "bài"},
        {"q": ["a", "b"]},
    ],
)
def test_bad_parameters_give_normal_page(client, articles, params):
    assert client.get("/tim-kiem/", params).status_code == 200


def test_page_shows_highlighted_results_and_facets(client, articles):
    response = client.get("/tim-kiem/", {"q": "cai cach"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>cải</mark> <mark>cách</mark>" in html
    assert "1 kết quả" in html
    assert 'Tin tức <span class="search-facets__count">(1)</span>' in html
    assert 'role="combobox"' in html and 'role="listbox"' in html
    assert "js/search.js" in html
    assert "<mark>" not in html.split("<main", 1)[0]


def test_estimated_total_is_labelled_as_such(client, make_article, monkeypatch):
    from cchc.search import selectors

    monkeypatch.setattr(selectors, "COUNT_EXACT", 2)
    for i in range(40):  # more than the ranking pool: the estimate is not settled
        make_article(f"Tiếp dân định kỳ {i}", date=dt.date(2022, 1, 1) + dt.timedelta(days=40 * i))
    html = client.get("/tim-kiem/", {"q": "tiep dan"}).content.decode()
    assert "Khoảng " in html and "kết quả" in html
    assert '<span aria-hidden="true">≈</span><span class="visually-hidden">khoảng </span>' in html


def test_key_query_over_http(client, articles):
    html = client.get("/tim-kiem/", {"q": "nd-cp 63"}).content.decode()
    assert "Nghị định <mark>63</mark>/2010/<mark>NĐ</mark>-<mark>CP</mark>" in html


def test_zero_results_page_with_suggestion(client, articles):
    """No results: a normal page saying so, with a "did you mean" link."""
    response = client.get("/tim-kiem/", {"q": "cai cahc hanh chinh"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Không tìm thấy kết quả" in html
    assert "Có phải bạn muốn tìm" in html
    assert "?q=cai+cach+hanh+chinh" in html


def test_empty_query_shows_form_only(client, articles):
    html = client.get("/tim-kiem/").content.decode()
    assert 'name="q"' in html and "kết quả" not in html


def test_header_form_targets_search_page(client, home_page):
    html = client.get("/").content.decode()
    assert 'action="/tim-kiem/"' in html
    assert reverse("sitesearch:index") == "/tim-kiem/"


def test_autocomplete_json(client, articles, make_article):
    for i in range(15):
        make_article(f"Cải cách thủ tục đợt {i}")
    response = client.get("/tim-kiem/goi-y/", {"q": "cải cá"})
    data = response.json()
    assert response["Content-Type"].startswith("application/json")
    assert 1 <= len(data["suggestions"]) <= 10
    first = data["suggestions"][0]
    assert set(first) == {"title", "url", "kind", "kind_label", "date"}
    assert all("cải cách" in s["title"].lower() for s in data["suggestions"])
    assert client.get("/tim-kiem/goi-y/", {"q": "cai cach t"}).json()["suggestions"]


def test_pagination_links_keep_filters(client, make_article):
    for i in range(12):
        make_article(f"Tiếp công dân kỳ {i}", date=dt.date(2023, 1, 1) + dt.timedelta(days=i))
    html = client.get("/tim-kiem/", {"q": "tiep cong dan", "nam": "2023"}).content.decode()
    assert "?q=tiep+cong+dan&amp;nam=2023&amp;trang=2" in html
    assert 'start="1"' in html
    html2 = client.get(
        "/tim-kiem/", {"q": "tiep cong dan", "nam": "2023", "trang": "2"}
    ).content.decode()
    assert html2.count('class="search-hit"') == 2
    assert 'start="11"' in html2
