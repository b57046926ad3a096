"""Issue 12, point 1: a page made private leaves search and autocomplete at once.

Wagtail view restrictions (logged-in users, groups, password) on the page itself or on an
ancestor; added after publishing, removed again, and bypassing the signals (second guard).
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from cchc.search.models import SearchEntry
from cchc.search.selectors import autocomplete, search
from cchc.search.services import page_privacy_changed

pytestmark = pytest.mark.django_db

TITLE = "Kế hoạch kiểm tra công vụ bí mật"


def titles(q="kiem tra cong vu"):
    return [h.entry.title for h in search(q).hits]


def suggested(q="kiem tra cong"):
    return [item["title"] for item in autocomplete(q)]


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="mat-khau" if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Thanh tra")[0])
    return restriction


@pytest.mark.parametrize("kind", ["login", "password", "groups"])
def test_restriction_on_the_page_removes_it_at_once(make_article, kind):
    article = make_article(TITLE, body="<p>Nội dung nội bộ về kiểm tra công vụ.</p>")
    assert titles() == [TITLE] and suggested() == [TITLE]
    restriction = restrict(article, kind)
    assert titles() == [] and suggested() == []
    assert not SearchEntry.objects.filter(object_id=str(article.pk)).exists()
    restriction.delete()
    assert titles() == [TITLE] and suggested() == [TITLE]


@pytest.mark.parametrize("kind", ["login", "password", "groups"])
def test_restriction_on_an_ancestor_removes_the_subtree(make_article, news_index, kind):
    first = make_article(TITLE)
    second = make_article("Kiểm tra công vụ quý hai")
    restriction = restrict(news_index, kind)
    assert titles() == [] and suggested() == []
    assert not SearchEntry.objects.filter(object_id__in=[str(first.pk), str(second.pk)]).exists()
    restriction.delete()
    assert sorted(titles()) == sorted([TITLE, "Kiểm tra công vụ quý hai"])


def test_republishing_a_private_page_does_not_index_it(make_article):
    article = make_article(TITLE)
    restrict(article, "login")
    article.save_revision().publish()
    assert titles() == []


def test_second_guard_filters_results_when_the_index_is_stale(make_article, news_index):
    """A restriction written without signals (bulk_create): results still hide the page."""
    article = make_article(TITLE)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=news_index, restriction_type="login")]
    )
    assert SearchEntry.objects.filter(object_id=str(article.pk)).exists()  # stale index
    assert titles() == [] and suggested() == []
    assert page_privacy_changed(news_index) >= 1
    assert not SearchEntry.objects.filter(object_id=str(article.pk)).exists()


def test_public_pages_are_unaffected_by_other_restrictions(make_article, home_page):
    from cchc.news.models import NewsIndexPage

    private_index = NewsIndexPage(title="Nội bộ", slug="noi-bo")
    home_page.add_child(instance=private_index)
    restrict(private_index, "login")
    make_article(TITLE)
    assert titles() == [TITLE]


def test_search_page_and_suggest_endpoint_hide_private_pages(client, make_article):
    article = make_article(TITLE)
    restrict(article, "password")
    assert TITLE not in client.get("/tim-kiem/", {"q": "kiem tra cong vu"}).content.decode()
    assert client.get("/tim-kiem/goi-y/", {"q": "kiem tra"}).json()["suggestions"] == []
