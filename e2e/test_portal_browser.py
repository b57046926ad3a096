"""A reader on a phone and on a desktop: home → article, counters, accessibility."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def stat(page, name):
    text = page.locator(f"footer [data-stat='{name}']").inner_text()
    return int(text.replace(".", ""))


def test_reader_follows_an_article_and_counters_go_up(
    page, live_server, demo_site, axe_check, shot
):
    # the page view is counted by the beacon the page sends after loading; its answer
    # refreshes the figures on the page
    with page.expect_response(lambda r: "/api/v1/luot-truy-cap/" in r.url) as beacon:
        page.goto(live_server.url + "/")
    assert beacon.value.ok
    page.wait_for_function("document.querySelector('[data-stat=total]').textContent.trim() !== '0'")
    assert page.locator("h1").first.is_visible()
    total_before = stat(page, "total")
    assert total_before == beacon.value.json()["total"] >= 1
    assert stat(page, "online") >= 1
    axe_check(page, "home")
    shot(page, "home-desktop")

    first = page.locator(".article-list h3 a").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert re.search(r"Ngày \d{2}-\d{2}-\d{4}", page.locator(".article__meta").inner_text())
    assert page.locator(".article__author").inner_text().strip()
    axe_check(page, "article")
    shot(page, "article-desktop")

    # a second browser (new visitor) makes the counters go up
    other = page.context.browser.new_context()
    other_page = other.new_page()
    with other_page.expect_response(lambda r: "/api/v1/luot-truy-cap/" in r.url) as second:
        other_page.goto(live_server.url + "/")
    assert second.value.json()["total"] == total_before + 1
    other_page.wait_for_function(
        f"document.querySelector('[data-stat=total]').textContent.replace(/\\D/g, '') === '{total_before + 1}'"
    )
    assert stat(other_page, "total") == total_before + 1
    assert stat(other_page, "online") >= 2
    other.close()


def test_layout_works_at_375px(browser, live_server, demo_site, axe_check, shot):
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    page.goto(live_server.url + "/")
    # no horizontal scrolling on a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # the menu is behind a toggle that opens it
    toggle = page.locator(".nav-toggle")
    assert toggle.is_visible()
    assert not page.locator("#main-menu").is_visible()
    toggle.click()
    assert page.locator("#main-menu").is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    shot(page, "home-375")
    page.locator("#main-menu a", has_text="Tin tức").click()
    page.wait_for_load_state()
    page.locator(".article-list h2 a").first.click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    axe_check(page, "article-375")
    shot(page, "article-375")
    context.close()


def test_no_request_leaves_the_site(page, live_server, demo_site):
    """No CDN, font service or tracker: every request goes to the portal itself."""
    origins = set()
    page.on(
        "request", lambda request: origins.add(re.match(r"^[a-z]+://[^/]+", request.url).group(0))
    )
    page.goto(live_server.url + "/")
    page.locator(".article-list h3 a").first.click()
    page.wait_for_load_state("networkidle")
    assert origins == {live_server.url}


def test_portlet_notice_for_anonymous_reader(page, live_server, demo_site):
    page.goto(live_server.url + "/")
    denied = page.locator(".portlet--denied")
    assert denied.count() >= 1
    assert "Bạn chưa có đủ quyền truy nhập portlet này." in denied.first.inner_text()
    assert "trễ hạn" not in page.content()
