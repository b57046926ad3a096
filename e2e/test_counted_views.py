"""Page views counted through the shipped HTTP cache from a real browser (issue 13, point 3).

200 page views by four readers, the HTML served by Varnish (deploy/varnish/cchc.vcl), each
view counted by the page's beacon: the counters move by exactly the visits the definition in
docs/visitor-statistics.md gives (a visitor cookie; a new visit after the visit cookie has
expired), and the page shows the beacon's figures.
"""

import pytest

from tests.varnish_support import start_varnish, varnishd_path

pytestmark = pytest.mark.django_db(transaction=True)

BEACON = "/api/v1/luot-truy-cap/"


@pytest.fixture
def varnish(live_server, settings):
    if varnishd_path() is None:
        pytest.skip(
            "HTTP-cache browser test skipped: varnishd not installed (apt-get install varnish)"
        )
    yield from start_varnish(live_server, settings)


def _local_today():
    from django.utils import timezone

    return timezone.localdate()


def test_200_views_through_the_cache_count_exactly_the_visits(browser, varnish, demo_site):
    from cchc.news.models import ArticlePage
    from cchc.portal import visitors

    article = ArticlePage.objects.live().order_by("pk").first()
    paths = ["/", "/tin-tuc/", article.url, "/van-ban/", "/danh-ba/", "/thu-tuc-hanh-chinh/"]
    before, day_before = visitors.get_stats(), _local_today()
    readers, views_each = 4, 50
    hits = 0
    shown_totals = []
    for reader in range(readers):
        context = browser.new_context()
        page = context.new_page()
        for view in range(views_each):
            if reader == 0 and view == views_each // 2:
                # 30 minutes without a page view: the sliding visit cookie has expired
                context.clear_cookies(name="cchc_visit")
            with page.expect_response(lambda r: BEACON in r.url) as beacon:
                response = page.goto(varnish + paths[view % len(paths)])
            assert response.ok
            hits += response.headers.get("x-cache") == "HIT"
            assert beacon.value.ok
            if view == views_each - 1:
                figures = beacon.value.json()
                page.wait_for_function(
                    "t => document.querySelector('[data-stat=total]').textContent"
                    ".replace(/\\D/g, '') === String(t)",
                    arg=figures["total"],
                )
                shown_totals.append(figures["total"])
        context.close()

    after = visitors.get_stats()
    visits = readers + 1  # reader 0 started a second visit
    assert after.total - before.total == visits
    if _local_today() == day_before:  # (a run across local midnight starts a new day)
        assert after.today - before.today == visits
    assert after.online - before.online == readers
    # the figures each reader's last page showed are the beacon's, in order
    assert shown_totals == sorted(shown_totals)
    assert shown_totals[-1] == after.total
    # the HTML came from the cache: every path but each one's first view
    assert hits >= readers * views_each - len(paths) * 2
