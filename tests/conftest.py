"""Shared fixtures: a minimal site tree (home + news index) and users."""

import datetime as dt
import os
import shutil

import pytest
from django.contrib.auth.models import Group
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

# Property tests check properties, not speed: on a loaded 2-core machine Hypothesis's
# input-generation health check and per-example deadline fail for reasons unrelated to the code.
hypothesis_settings.register_profile(
    "cchc", suppress_health_check=[HealthCheck.too_slow], deadline=None
)
hypothesis_settings.load_profile("cchc")


@pytest.fixture(autouse=True)
def _fresh_content_generation():
    """Each test starts a new content generation: what the app cached for an earlier test's
    database (routes, menus, portlets) is never reused (cchc/portal/generation.py)."""
    from cchc.portal import generation

    generation.bump_now()


@pytest.fixture
def home_page(db):
    from cchc.portal.services import site_home_ensure

    return site_home_ensure()


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
            live=publish,
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
    from cchc.portal.services import MODERATORS

    return Group.objects.get_or_create(name=MODERATORS)[0]


@pytest.fixture
def editors_group(db):
    from cchc.portal.services import EDITORS

    return Group.objects.get_or_create(name=EDITORS)[0]


def pytest_collection_modifyitems(config, items):
    """Skip PostgreSQL-only tests on SQLite and Redis tests without REDIS_URL, saying why."""
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    skip_pg = pytest.mark.skip(
        reason="PostgreSQL tests skipped: DATABASE_URL is not a PostgreSQL URL"
    )
    skip_redis = pytest.mark.skip(reason="Redis tests skipped: REDIS_URL is not set")
    varnishd = shutil.which("varnishd") or (
        "/usr/sbin/varnishd" if os.path.exists("/usr/sbin/varnishd") else None
    )
    skip_varnish = pytest.mark.skip(
        reason="HTTP-cache tests skipped: varnishd not installed (apt-get install varnish)"
    )
    for item in items:
        if "varnish" in item.keywords and not varnishd:
            item.add_marker(skip_varnish)
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(skip_pg)
        if "redis" in item.keywords and not os.environ.get("REDIS_URL"):
            item.add_marker(skip_redis)
