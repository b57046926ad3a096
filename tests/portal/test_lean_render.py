"""Uncached render is lean (issue 13, point 4): no public page runs more than six queries once
the process is warm, and what the app keeps between requests (routes, site, restrictions,
menu, portlets, organisation, linked article bodies) never outlives a change."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cchc.portal import generation

pytestmark = pytest.mark.django_db

MAX_QUERIES = 6


def _public_paths():
    from cchc.directory.models import Agency
    from cchc.feedback.models import Feedback
    from cchc.legal.models import LegalDocument
    from cchc.news.models import ArticleCategory, ArticlePage

    article = ArticlePage.objects.live().order_by("pk").first()
    category = ArticleCategory.objects.filter(articles__live=True).first()
    answer = Feedback.objects.filter(is_published=True).order_by("pk").first()
    paths = {
        "home": "/",
        "news list": "/tin-tuc/",
        "article": article.url,
        "category": f"/tin-tuc/chuyen-muc/{category.slug}/",
        "document list": "/van-ban/",
        "document": LegalDocument.objects.order_by("pk").first().get_absolute_url(),
        "directory": "/danh-ba/",
        "agency": Agency.objects.order_by("pk").first().get_absolute_url(),
        "feedback list": "/phan-anh-kien-nghi/",
        "search": "/tim-kiem/?q=c%E1%BA%A3i+c%C3%A1ch",
        "procedures": "/thu-tuc-hanh-chinh/",
    }
    if answer is not None and hasattr(answer, "get_public_url"):
        paths["answer"] = answer.get_public_url()
    return paths


def test_every_public_page_runs_at_most_six_queries_when_warm(client, settings):
    """Home, news list, article, category, document list, document, directory, agency,
    feedback list, search and procedures: a second anonymous render costs ≤ 6 queries."""
    settings.CCHC_VISITOR_STATS_MAX_AGE = 60  # figures kept per process, as in production
    call_command("load_demo_data", stdout=io.StringIO())
    counts = {}
    for name, path in _public_paths().items():
        assert client.get(path).status_code == 200, path
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        assert response.status_code == 200, path
        counts[name] = len(ctx.captured_queries)
    over = {name: n for name, n in counts.items() if n > MAX_QUERIES}
    assert not over, f"over {MAX_QUERIES} queries: {over} (all: {counts})"


def _count(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    return response, len(ctx.captured_queries)


def test_a_published_article_appears_at_once_on_warm_pages(client, make_article, news_index):
    first = make_article("Bài thứ nhất về một cửa")
    client.get("/tin-tuc/")
    assert "Bài thứ nhất" in client.get("/tin-tuc/").content.decode()
    make_article("Bài thứ hai về dịch vụ công")
    assert "Bài thứ hai" in client.get("/tin-tuc/").content.decode()
    assert client.get(first.url).status_code == 200


def test_unpublished_and_moved_pages_are_routed_afresh(client, make_article, news_index):
    article = make_article("Bài sẽ gỡ")
    url = article.url
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # now from the route cache
    article.unpublish()
    assert client.get(url).status_code == 404

    other = make_article("Bài sẽ đổi địa chỉ")
    old_url = other.url
    assert client.get(old_url).status_code == 200
    other.slug = "dia-chi-moi"
    other.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert client.get("/tin-tuc/dia-chi-moi/").status_code == 200


def test_a_restriction_added_to_a_warm_page_applies_at_once(client, make_article, news_index):
    article = make_article("Bài sắp thành riêng tư")
    assert client.get(article.url).status_code == 200
    assert client.get(article.url).status_code == 200
    PageViewRestriction.objects.create(page=news_index, restriction_type="login")
    response = client.get(article.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Bài sắp thành riêng tư" not in client.get("/").content.decode()


def test_a_warm_article_costs_no_route_or_restriction_query(client, make_article, settings):
    settings.CCHC_VISITOR_STATS_MAX_AGE = 60
    article = make_article("Bài kiểm tra truy vấn")
    client.get(article.url)  # creates the site's settings row on first use: a new generation
    client.get(article.url)
    response, warm = _count(client, article.url)
    assert response.status_code == 200
    generation.bump_now()
    response, cold = _count(client, article.url)
    assert response.status_code == 200
    assert warm <= MAX_QUERIES < cold


def test_a_preview_shows_the_draft_body_not_the_cached_published_one(admin_client, make_article):
    article = make_article("Bài có bản nháp", body="<p>Nội dung đã xuất bản.</p>")
    assert "đã xuất bản" in admin_client.get(article.url).content.decode()
    article.body = "<p>Nội dung bản nháp mới.</p>"
    draft = article.rendered_body()
    assert "bản nháp mới" in draft
    article.refresh_from_db()
    assert "đã xuất bản" in article.rendered_body()


def test_organisation_settings_change_shows_on_the_next_render(client, home_page):
    from wagtail.models import Site

    from cchc.portal.models import OrganisationSettings

    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.organisation_name = "Sở Nội vụ tỉnh Thử nghiệm"
    org.save()
    assert "Sở Nội vụ tỉnh Thử nghiệm" in client.get("/").content.decode()
    org.organisation_name = "Sở Nội vụ tỉnh Đã đổi tên"
    org.save()
    assert "Sở Nội vụ tỉnh Đã đổi tên" in client.get("/").content.decode()


def test_kept_article_fragment_gives_way_to_a_published_change(client, make_article):
    """The article's content is kept per content generation: publishing a new revision
    shows the new text on the next anonymous render."""
    article = make_article("Bài có nội dung giữ lại", body="<p>Nội dung thứ nhất.</p>")
    assert "Nội dung thứ nhất." in client.get(article.url).content.decode()
    assert "Nội dung thứ nhất." in client.get(article.url).content.decode()
    article.body = "<p>Nội dung thứ hai.</p>"
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Nội dung thứ hai." in html
    assert "Nội dung thứ nhất." not in html


def test_signed_in_readers_and_previews_never_use_kept_fragments(rf, django_user_model):
    """Only anonymous GETs outside a preview share kept HTML."""
    from django.contrib.auth.models import AnonymousUser

    from cchc.portal.fragments import fragment_cacheable

    anonymous = rf.get("/")
    anonymous.user = AnonymousUser()
    assert fragment_cacheable(anonymous)
    preview = rf.get("/")
    preview.user = AnonymousUser()
    preview.is_preview = True
    assert not fragment_cacheable(preview)
    officer = rf.get("/")
    officer.user = django_user_model.objects.create_user("canbo-fragment", password="x" * 12)
    assert not fragment_cacheable(officer)
    post = rf.post("/")
    post.user = AnonymousUser()
    assert not fragment_cacheable(post)


def test_kept_frame_shows_live_visitor_figures(client, home_page, settings):
    """Header, footer and sidebar HTML are kept, the visitor figures in them are not."""
    from cchc.portal import visitors

    settings.CCHC_VISITOR_STATS_MAX_AGE = 0
    client.get("/")
    before = client.get("/").content.decode()
    visitors.record_visit_started()
    visitors.record_visit_started()
    after = client.get("/").content.decode()
    total = visitors.get_stats().total
    assert f'data-stat="total">{total}<' in after
    assert before != after


def test_a_warm_anonymous_article_reads_no_page_row_and_each_request_gets_its_own_copy(
    rf, make_article
):
    """The kept route holds the routed page: anonymous readers get a fresh unpickled copy
    (no query, no object shared between requests); signed-in readers read the row."""
    from django.contrib.auth.models import AnonymousUser

    from cchc.portal import routing

    article = make_article("Bài giữ trong tuyến")

    def route(user=None):
        request = rf.get(article.url, HTTP_HOST="localhost")
        request.user = user or AnonymousUser()
        with CaptureQueriesContext(connection) as ctx:
            result = routing.route_for_request(request, article.url)
        return result[0], [q["sql"] for q in ctx.captured_queries]

    route()  # routed by Wagtail, kept
    first, queries = route()
    assert first.pk == article.pk and first.title == "Bài giữ trong tuyến"
    assert not [q for q in queries if "news_articlepage" in q]
    second, _queries = route()
    assert second is not first

    class Officer(AnonymousUser):
        is_authenticated = True

    page, queries = route(Officer())
    assert page.pk == article.pk
    assert [q for q in queries if "news_articlepage" in q]


def test_an_open_page_checks_its_restrictions_without_sql(make_article):
    article = make_article("Bài công khai")
    article.get_view_restrictions()  # the restricted paths, read once per generation
    with CaptureQueriesContext(connection) as ctx:
        restrictions = article.get_view_restrictions()
        assert list(restrictions) == []
        assert not restrictions.exists()
    assert ctx.captured_queries == []


def test_the_kept_menu_marks_the_current_page_of_each_request(client, home_page):
    """The menu's HTML is kept once for every page; which link is current is per request."""
    client.get("/lien-he/")
    contact = client.get("/lien-he/").content.decode()
    home = client.get("/").content.decode()
    assert '<a href="/lien-he/" aria-current="page">' in contact
    assert '<a href="/" aria-current="page">' not in contact
    assert '<a href="/" aria-current="page">' in home
    assert '<a href="/lien-he/" aria-current="page">' not in home
