"""Browser test: the search box autocomplete is a keyboard-operable ARIA combobox.

Run on its own (live_server flushes the database):
    DJANGO_ALLOW_ASYNC_UNSAFE=true .venv/bin/python -m pytest -p no:cacheprovider e2e/test_search_browser.py
Chromium and the launch options come from e2e/conftest.py.
"""

import datetime as dt
import os

import pytest

pytest.importorskip("playwright")
pytestmark = pytest.mark.django_db(transaction=True)
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _site_with_articles(live_server):
    from cchc.news.models import ArticlePage, NewsIndexPage
    from cchc.portal.services import site_home_ensure

    home = site_home_ensure()
    news = NewsIndexPage(title="Tin tức", slug="tin-tuc")
    home.add_child(instance=news)
    news.save_revision().publish()
    for i, title in enumerate(
        ["Cải cách hành chính năm 2024", "Cải cách thủ tục đất đai", "Hội nghị tổng kết"]
    ):
        article = ArticlePage(
            title=title, date=dt.date(2024, 1, 1) + dt.timedelta(days=i), body="<p>Nội dung.</p>"
        )
        news.add_child(instance=article)
        article.save_revision().publish()


def test_combobox_keyboard_navigation(live_server, page):
    _site_with_articles(live_server)
    page.goto(f"{live_server.url}/tim-kiem/")
    box = page.locator("#search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.press_sequentially("cai cach", delay=20)
    options = page.locator("#search-suggestions [role=option]")
    options.first.wait_for(state="visible")
    assert options.count() == 2
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    first_id = options.nth(0).get_attribute("id")
    assert box.get_attribute("aria-activedescendant") == first_id
    assert options.nth(0).get_attribute("aria-selected") == "true"
    box.press("ArrowDown")
    assert options.nth(1).get_attribute("aria-selected") == "true"
    assert options.nth(0).get_attribute("aria-selected") == "false"
    box.press("ArrowDown")  # wraps to the first option
    assert box.get_attribute("aria-activedescendant") == first_id
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert page.locator("#search-suggestions").is_hidden()
    assert "gợi ý" in page.locator("#search-suggestions-status").text_content()
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/tin-tuc/cai-cach-**")
    assert "Cải cách" in page.title()


def test_results_page_without_javascript_errors(live_server, page):
    _site_with_articles(live_server)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.goto(f"{live_server.url}/tim-kiem/?q=cai+cach")
    assert page.locator(".search-hit").count() == 2
    assert page.locator(".search-hit mark").first.text_content() == "Cải"
    assert errors == []
