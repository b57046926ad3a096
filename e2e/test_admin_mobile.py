"""The admin on a 390 px phone: Vietnamese sign-in, pickers that open under the admin's
CSP, and an officer who signs in and reaches the feedback back office."""

import re

import pytest

from tests.browser import WATCH_CSP

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-e2e-2026"  # noqa: S105
ENGLISH = ["Sign in", "Forgotten password", "Remember me", "Save draft", "Choose ", "Page title"]


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    page.problems = []
    page.add_init_script(WATCH_CSP)
    page.on(
        "console",
        lambda m: (
            page.problems.append(m.text)
            if "CSP-VIOLATION" in m.text or "Content Security Policy" in m.text
            else None
        ),
    )
    yield page
    context.close()


@pytest.fixture
def passwords(demo_site):
    from django.contrib.auth import get_user_model

    for name in ("bientap", "canbo_sxd"):
        user = get_user_model().objects.get(username=name)
        user.set_password(PASSWORD)
        user.save()


def _sign_in(page, base, username, next_path=""):
    page.goto(base + (next_path or "/quan-tri/login/"))
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()


def test_editor_pickers_open_on_a_phone(phone, live_server, passwords, shot):
    from cchc.news.models import NewsIndexPage

    page, base = phone, live_server.url
    page.goto(base + "/quan-tri/login/")
    text = page.locator("body").inner_text()
    assert "Đăng nhập" in text
    assert not [w for w in ENGLISH if w in text]
    shot(page, "admin-login-390")
    _sign_in(page, base, "bientap")
    assert re.search(r"/quan-tri/$", page.url)

    index = NewsIndexPage.objects.get()
    page.goto(base + f"/quan-tri/pages/add/news/articlepage/{index.pk}/")
    text = page.locator("body").inner_text()
    assert not [w for w in ENGLISH if w in text], text[:500]
    page.locator("#id_date").scroll_into_view_if_needed()
    page.click("#id_date")
    page.locator(".xdsoft_datetimepicker:visible").wait_for()
    shot(page, "admin-date-picker-390")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Chọn chuyên mục").click()
    modal = page.locator(".modal-dialog")
    modal.wait_for(state="visible")
    modal.get_by_role("link", name="Cải cách hành chính", exact=True).wait_for()
    shot(page, "admin-category-chooser-390")
    assert not page.problems, page.problems


def test_officer_signs_in_and_sees_own_agency_cases(phone, live_server, passwords):
    page, base = phone, live_server.url
    page.goto(base + "/can-bo/phan-anh/")
    assert "/quan-tri/login/" in page.url  # sent to sign in, then back
    page.fill("#id_username", "canbo_sxd")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/can-bo/phan-anh/"))
    assert page.locator("h1").first.is_visible()
    assert not page.problems, page.problems
