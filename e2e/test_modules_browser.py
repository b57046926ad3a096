"""Citizens' paths through the other modules, in a real browser, with axe-core checks."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_citizen_sends_feedback_and_gets_a_tracking_code(
    browser, live_server, demo_site, axe_check, shot
):
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + "/phan-anh-kien-nghi/gui/")
    axe_check(page, "feedback-form")
    page.fill("#id_submitter_name", "Trần Thị Thử")
    page.fill("#id_submitter_address", "Ấp 3, xã An Bình")
    page.fill("#id_submitter_phone", "0912 345 678")
    page.fill("#id_subject", "Đèn đường không sáng")
    page.fill("#id_content", "Đoạn đường trước trường tiểu học không có đèn chiếu sáng ban đêm.")
    page.check("#id_consent")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_load_state()
    text = page.locator("main").inner_text()
    assert re.search(r"PAKN-\d{4}-\d{6}", text), text[:500]
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    axe_check(page, "feedback-submitted")
    shot(page, "feedback-submitted-375")
    context.close()


def test_feedback_form_keeps_input_on_error(page, live_server, demo_site):
    page.goto(live_server.url + "/phan-anh-kien-nghi/gui/")
    page.fill("#id_subject", "Chỉ có tiêu đề")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.input_value("#id_subject") == "Chỉ có tiêu đề"
    assert page.locator(".errorlist").count() >= 1


def test_search_without_diacritics_with_keyboard_suggestions(
    page, live_server, demo_site, axe_check, shot
):
    from django.core.management import call_command

    call_command("rebuild_search")
    page.goto(live_server.url + "/tim-kiem/?q=cai+cach+hanh+chinh")
    assert page.locator("main").inner_text().count("ải cách hành chính") >= 1
    axe_check(page, "search")
    shot(page, "search")
    box = page.locator("#search-q")
    box.fill("")
    box.type("tuyen truyen", delay=30)
    listbox = page.locator("#search-suggestions")
    listbox.wait_for(state="visible", timeout=5000)
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant")
    assert page.locator("#search-suggestions [aria-selected=true]").count() == 1


@pytest.mark.parametrize(
    "path", ["/van-ban/", "/danh-ba/", "/phan-anh-kien-nghi/", "/lien-he/", "/tin-tuc/"]
)
def test_module_pages_are_accessible(page, live_server, demo_site, axe_check, path):
    response = page.goto(live_server.url + path)
    assert response.status == 200
    axe_check(page, path)
