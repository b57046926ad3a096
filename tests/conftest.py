"""Shared fixtures: a minimal site tree (home + news index) and users."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Site


@pytest.fixture
def home_page(db):
    from cchc.portal.models import HomePage

    home = HomePage.objects.first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = HomePage(title="Trang chủ", slug="trang-chu")
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    return home


@pytest.fixture
def news_index(home_page):
    from cchc.news.models import NewsIndexPage

    index = NewsIndexPage(title="Tin tức", slug="tin-tuc")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def make_article(news_index):
    from cchc.news.models import ArticlePage

    counter = {"n": 0}

    def make(
        title=None,
        *,
        date=None,
        body="<p>Nội dung bài viết.</p>",
        category=None,
        author="",
        publish=True,
    ):
        counter["n"] += 1
        article = ArticlePage(
            title=title or f"Bài viết số {counter['n']}",
            date=date or dt.date(2022, 3, 29),
            body=body,
            author=author,
            category=category,
        )
        news_index.add_child(instance=article)
        revision = article.save_revision()
        if publish:
            revision.publish()
        article.refresh_from_db()
        return article

    return make


@pytest.fixture
def moderators_group(db):
    return Group.objects.get_or_create(name="Moderators")[0]


@pytest.fixture
def editors_group(db):
    return Group.objects.get_or_create(name="Editors")[0]
