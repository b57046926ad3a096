"""Side doors of Wagtail pages (news): drafts, scheduled articles, the unpublished changes
of a live article, unpublished articles, and articles behind a view restriction (on the
page or on a whole section), asked for through the page URL, the news list and its
categories, the RSS and Atom feeds (also the feeds of a restricted section), the home page,
the "related articles" of a public article, sitemap.xml, the site search and its
suggestions: none of their text comes out, to anyone outside.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cchc.news.models import ArticleCategory, ArticlePage, NewsIndexPage
from tests.factories import make_agency
from tests.security.sidedoors import OUTSIDERS, assert_absent, outsider_client

pytestmark = pytest.mark.django_db

DRAFT = "Dự thảo kế hoạch thanh tra chưa đăng"
SCHEDULED = "Thông báo hẹn giờ tuyển dụng công chức"
PENDING_CHANGE = "Tiêu đề sửa đổi chưa duyệt về ngân sách"
UNPUBLISHED = "Bài đã gỡ về vụ việc khiếu nại"
GROUP_ONLY = "Tài liệu họp nội bộ ban giám đốc"
PASSWORD_ONLY = "Biên bản họp có mật khẩu"
SECTION_ONLY = "Tin nội bộ của chuyên mục kín"
LOGIN_ONLY = "Thông tin chỉ dành cho người đăng nhập"
ALL_PRIVATE = [DRAFT, SCHEDULED, PENDING_CHANGE, UNPUBLISHED, GROUP_ONLY, PASSWORD_ONLY]
ALL_PRIVATE += [SECTION_ONLY]


@pytest.fixture
def pages(home_page, news_index, make_article):
    category = ArticleCategory.objects.create(name="Cải cách hành chính", slug="cai-cach")
    public = make_article("Bài công khai về cải cách", category=category)
    draft = make_article(DRAFT, category=category, publish=False)
    scheduled = ArticlePage(
        title=SCHEDULED, date=dt.date(2026, 5, 1), body="<p>Hẹn giờ.</p>", category=category
    )
    news_index.add_child(instance=scheduled)
    scheduled.go_live_at = timezone.now() + dt.timedelta(days=2)
    scheduled.save_revision().publish()
    changed = make_article("Bài đang sửa về ngân sách", category=category)
    changed.title = PENDING_CHANGE
    changed.save_revision()  # a draft revision of a live page
    gone = make_article(UNPUBLISHED, category=category)
    gone.unpublish()
    by_group = make_article(GROUP_ONLY, category=category)
    restriction = PageViewRestriction.objects.create(page=by_group, restriction_type="groups")
    restriction.groups.add(Group.objects.get_or_create(name="Ban giám đốc")[0])
    by_password = make_article(PASSWORD_ONLY, category=category)
    PageViewRestriction.objects.create(
        page=by_password, restriction_type="password", password="mat-khau-hop"
    )
    by_login = make_article(LOGIN_ONLY, category=category)
    PageViewRestriction.objects.create(page=by_login, restriction_type="login")
    section = NewsIndexPage(title="Tin nội bộ", slug="tin-noi-bo")
    home_page.add_child(instance=section)
    section.save_revision().publish()
    in_section = ArticlePage(
        title=SECTION_ONLY, date=dt.date(2026, 5, 2), body="<p>Kín.</p>", category=category
    )
    section.add_child(instance=in_section)
    in_section.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="groups")
    restriction.groups.add(Group.objects.get_or_create(name="Ban giám đốc")[0])
    return {
        "public": public,
        "private": [draft, scheduled, gone, by_group, by_password, in_section],
        "changed": changed,
        "by_login": by_login,
        "section": section,
    }


def _doors(pages, q: str) -> list[str]:
    section = pages["section"].url
    return [
        "/",
        "/tin-tuc/",
        "/tin-tuc/chuyen-muc/cai-cach/",
        "/tin-tuc/rss/",
        "/tin-tuc/atom/",
        section,
        f"{section}rss/",
        f"{section}atom/",
        pages["public"].url,
        pages["changed"].url,
        "/sitemap.xml",
        f"/tim-kiem/?q={q}",
        f"/tim-kiem/goi-y/?q={q}",
    ]


QUERIES = ["ke hoach thanh tra", "tuyen dung", "ngan sach", "khieu nai", "hop noi bo"]
QUERIES += ["bien ban hop", "chuyen muc kin"]


@pytest.mark.parametrize("who", OUTSIDERS)
def test_private_articles_come_out_through_no_door(pages, who):
    client = outsider_client(who, agency=make_agency("SKHAC", "Sở Khác"))
    for q in QUERIES:
        for url in _doors(pages, q):
            assert_absent(client.get(url), ALL_PRIVATE, where=f"{url} as {who}")
    for page in pages["private"]:
        path = f"/tin-tuc/{page.slug}/" if not page.url else page.url
        response = client.get(path)
        # a password-protected page answers 200 with the password form (without its text)
        assert_absent(response, ALL_PRIVATE, where=f"{path} as {who}", statuses=(200, 302, 404))


def test_login_only_articles_stay_out_of_public_doors(pages, client):
    """A "signed-in users" page: an anonymous reader is sent to sign in, and it is in no
    feed, list, sitemap or search (those are shared by the HTTP cache)."""
    response = client.get(pages["by_login"].url)
    assert response.status_code == 302
    for q in ["nguoi dang nhap", "danh cho"]:
        for url in _doors(pages, q):
            assert_absent(client.get(url), [LOGIN_ONLY], where=url)


def test_the_public_article_is_there(pages, client):
    """The doors are real: the public article is found through each of them."""
    title = "Bài công khai về cải cách"
    for url in ("/tin-tuc/", "/tin-tuc/rss/", "/tin-tuc/atom/"):
        assert title in client.get(url).content.decode(), url
    for url in ("/sitemap.xml", "/tim-kiem/?q=bai cong khai"):
        assert pages["public"].url in client.get(url).content.decode(), url
