"""A reader on a phone switches the interface to English and back, without JavaScript."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_language_switch_at_375px(browser, live_server, demo_site, axe_check, shot, javascript):
    """An English-locale phone gets Vietnamese; "English" switches, stays on the same page,
    fits in 375 px; "Tiếng Việt" switches back."""
    context = browser.new_context(
        viewport={"width": 375, "height": 812},
        device_scale_factor=2,
        is_mobile=True,
        locale="en-US",
        java_script_enabled=javascript,
    )
    page = context.new_page()
    page.goto(live_server.url + "/tin-tuc/")
    assert page.locator("html").get_attribute("lang") == "vi"
    switch = page.locator(".lang-switch")
    assert switch.is_visible()
    vi_button = switch.locator("button[lang='vi']")
    en_button = switch.locator("button[lang='en']")
    assert vi_button.get_attribute("aria-pressed") == "true"
    assert en_button.is_visible()
    box = en_button.bounding_box()
    assert box["x"] + box["width"] <= 375 and box["height"] >= 24
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    en_button.click()
    page.wait_for_load_state()
    assert page.url.endswith("/tin-tuc/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Online now" in page.locator("footer").inner_text()
    assert page.locator(".lang-switch button[lang='en']").get_attribute("aria-pressed") == "true"
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    if javascript:
        axe_check(page, "news-375-en")
    shot(page, f"news-375-en-{'js' if javascript else 'nojs'}")

    page.locator(".lang-switch button[lang='vi']").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "vi"
    assert "Đang online" in page.locator("footer").inner_text()
    context.close()
