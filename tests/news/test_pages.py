import datetime as dt

import pytest

from cchc.news.models import ArticleCategory, ArticlePage


@pytest.fixture
def category(db):
    cat = ArticleCategory(name="Cải cách hành chính")
    cat.full_clean()
    cat.save()
    return cat


def test_article_page_shows_title_date_body_author_category(client, make_article, category):
    article = make_article(
        "Hậu Giang: Tuyên truyền cải cách hành chính năm 2022",
        date=dt.date(2022, 3, 29),
        body="<p>Đoạn một.</p><ul><li>Mục một</li><li>Mục hai</li></ul>",
        author="Ngọc Triều",
        category=category,
    )
    assert article.slug == "hau-giang-tuyen-truyen-cai-cach-hanh-chinh-nam-2022"
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Hậu Giang: Tuyên truyền cải cách hành chính năm 2022</h1>" in html
    assert "Ngày 29-03-2022" in html
    assert "<li>Mục một</li>" in html
    assert 'class="article__author">Ngọc Triều<' in html
    assert "Cải cách hành chính" in html
    # the author comes after the body
    assert html.index("Mục hai") < html.index("article__author")


def test_related_articles_share_the_category(client, make_article, category):
    main = make_article("Bài chính", category=category)
    make_article("Bài cùng chuyên mục", category=category)
    make_article("Bài khác chuyên mục")
    html = client.get(main.url).content.decode()
    assert "Bài cùng chuyên mục" in html
    assert "Bài khác chuyên mục" not in html.split("tin-lien-quan")[-1]


def test_index_paginates_newest_first(client, news_index, make_article):
    news_index.page_size = 2
    news_index.save_revision().publish()
    for day in range(1, 6):
        make_article(f"Tin ngày {day}", date=dt.date(2026, 1, day))
    page1 = client.get("/tin-tuc/").content.decode()
    assert page1.index("Tin ngày 5") < page1.index("Tin ngày 4")
    assert "Tin ngày 1" not in page1
    page3 = client.get("/tin-tuc/?trang=3").content.decode()
    assert "Tin ngày 1" in page3
    # an out-of-range or junk page number falls back to page 1, not an error
    assert client.get("/tin-tuc/?trang=999").status_code == 200
    assert client.get("/tin-tuc/?trang=abc").status_code == 200


def test_category_filter(client, make_article, category):
    make_article("Thuộc chuyên mục", category=category)
    make_article("Không thuộc")
    html = client.get(f"/tin-tuc/chuyen-muc/{category.slug}/").content.decode()
    assert "Thuộc chuyên mục" in html and "Không thuộc" not in html
    assert client.get("/tin-tuc/chuyen-muc/khong-ton-tai/").status_code == 404


def test_draft_is_not_public(client, make_article):
    draft = make_article("Bản nháp", publish=False)
    assert client.get("/tin-tuc/").content.decode().count("Bản nháp") == 0
    assert not ArticlePage.objects.get(pk=draft.pk).live


def test_home_lists_latest_articles_and_counters(client, make_article):
    make_article("Tin mới nhất", date=dt.date(2026, 11, 1))
    response = client.get("/", HTTP_ACCEPT="text/html", HTTP_USER_AGENT="Mozilla/5.0")
    html = response.content.decode()
    assert "Tin mới nhất" in html
    assert "Đang online" in html and "Hôm nay" in html and "Đã truy cập" in html


def test_open_graph_and_no_external_origins(client, make_article):
    article = make_article("Bài có Open Graph")
    response = client.get(article.url)
    html = response.content.decode()
    assert '<meta property="og:title" content="Bài có Open Graph">' in html
    assert '<meta property="og:type" content="article">' in html
    for marker in ("googleapis", "cdn.", "gstatic", "facebook.net", "google-analytics"):
        assert marker not in html
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp


def test_slug_folds_vietnamese_when_left_blank(news_index):
    article = ArticlePage(title="Quyết định Đổi mới", date=dt.date(2026, 1, 1), body="<p>x</p>")
    news_index.add_child(instance=article)
    assert article.slug == "quyet-dinh-doi-moi"


def test_summary_is_not_repeated_when_it_is_the_body_opening(client, make_article):
    article = make_article("Tóm tắt trùng", body="<p>Đoạn mở đầu của bài viết.</p><p>Đoạn hai.</p>")
    article.summary = "Đoạn mở đầu của bài viết."
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "article__summary" not in html
    article.summary = "Một tóm tắt riêng do biên tập viên viết."
    article.save_revision().publish()
    assert "article__summary" in client.get(article.url).content.decode()
