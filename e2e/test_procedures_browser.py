"""The procedure catalogue on a 390 px phone, in a real browser, with axe-core checks."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_citizen_finds_a_procedure_on_a_phone(browser, live_server, demo_site, axe_check, shot):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + "/thu-tuc-hanh-chinh/")
    assert page.locator("h1").inner_text() == "Thủ tục hành chính"
    assert page.locator(".proc-list__item").count() >= 5
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, "procedure-list")
    shot(page, "procedures-390")

    # no diacritics typed: "khai sinh" finds "Đăng ký khai sinh"
    page.fill("#proc-q", "dang ky khai sinh")
    page.select_option("#proc-level", "commune")
    page.locator(".proc-filter button[type=submit]").click()
    page.wait_for_load_state()
    items = page.locator(".proc-list__item")
    assert items.count() == 1
    assert "Đăng ký khai sinh" in items.first.inner_text()

    items.first.locator("h2 a").click()
    page.wait_for_load_state()
    assert page.url.endswith("/thu-tuc-hanh-chinh/1.001193.000.00.00.H38/")
    main = page.locator("main").inner_text()
    for heading in (
        "Trình tự thực hiện",
        "Cách thức thực hiện",
        "Thành phần hồ sơ",
        "Căn cứ pháp lý",
    ):
        assert heading in main
    assert page.locator("a.legal-ref").count() >= 1  # NĐ 118/2025 in the library
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, "procedure-detail")
    shot(page, "procedure-390")
    page.locator("a.legal-ref").first.click()
    page.wait_for_load_state()
    assert "/van-ban/" in page.url
    context.close()
