"""A citizen on a 390 px phone: home → "Gửi phản ánh" → form (error summary takes focus)
→ submit → code → lookup by code; axe-core on every step (issue 11, point 6)."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        geolocation={"latitude": 9.7841234567, "longitude": 105.4705678912},
        permissions=["geolocation"],
        locale="vi-VN",
    )
    yield context.new_page()
    context.close()


def test_citizen_sends_feedback_and_looks_it_up(phone, live_server, demo_site, axe_check, shot):
    page = phone
    page.goto(live_server.url + "/")
    page.get_by_role("link", name=re.compile("Gửi phản ánh")).first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/phan-anh-kien-nghi/gui/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # the contact rule is said before submitting
    assert "bắt buộc ít nhất một" in page.locator("#fb-contact legend").inner_text()
    # no raw coordinate fields; the consent box is a big enough tap target
    assert page.locator("input[type=number]").count() == 0
    box = page.locator("#id_consent").bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    axe_check(page, "feedback-form-390")

    # an incomplete form: the error summary comes first and takes focus
    page.fill("#id_submitter_name", "Trần Thị Mai")
    page.get_by_role("button", name="Gửi phản ánh").click()
    page.wait_for_load_state()
    summary = page.locator("#fb-error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement && document.activeElement.id") == (
        "fb-error-summary"
    )
    summary.locator("a[href='#id_subject']").click()
    assert page.evaluate("document.activeElement.id") == "id_subject"
    axe_check(page, "feedback-form-errors-390")
    assert page.input_value("#id_submitter_name") == "Trần Thị Mai"

    # fill it in; the place from the quick filter, the location from the button
    page.fill("#id_submitter_address", "Ấp Vàm, xã Vàm Xáng")
    page.fill("#id_submitter_phone", "0911.222.333")
    page.fill("#id_subject", "Chậm trả kết quả chứng thực")
    page.fill("#id_content", "Tôi nộp hồ sơ chứng thực từ tuần trước nhưng chưa nhận được kết quả.")
    page.fill("#fb-area-q", "vam xang")
    selected = page.eval_on_selector("#id_area", "s => s.options[s.selectedIndex].text")
    assert selected == "Ủy ban nhân dân xã Vàm Xáng"
    page.get_by_role("button", name="Dùng vị trí hiện tại của tôi").click()
    expect(page.locator("#id_lat")).to_have_value("9.784123")
    assert page.input_value("#id_lat") == "9.784123"
    page.check("#id_consent")
    shot(page, "feedback-form-phone-390")
    page.get_by_role("button", name="Gửi phản ánh").click()
    page.wait_for_load_state()

    code = page.locator(".fb-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z]{2,10}-\d{4}-\d{6,9}", code)
    axe_check(page, "feedback-done-390")

    # the lookup link as sent by SMS carries the code
    page.goto(f"{live_server.url}/phan-anh-kien-nghi/tra-cuu/?ma={code}")
    assert page.input_value("#id_code") == code
    page.fill("#id_contact", "+84 911 222 333")
    page.get_by_role("button", name="Tra cứu").click()
    page.wait_for_load_state()
    result = page.locator(".fb-result").inner_text()
    assert code in result and "Đã tiếp nhận, đang xem xét" in result
    axe_check(page, "feedback-lookup-390")
    shot(page, "feedback-lookup-390")


def test_form_works_without_javascript(browser, live_server, demo_site):
    """Without JavaScript the place is a plain grouped select and the form submits."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/phan-anh-kien-nghi/gui/")
    assert not page.locator("#fb-area-q").is_visible()
    assert not page.locator("[data-geo-button]").is_visible()
    assert page.locator("#id_area optgroup").count() >= 4
    page.fill("#id_submitter_name", "Lê Văn Tư")
    page.fill("#id_submitter_address", "Khóm 1, thị trấn Ngã Ba")
    page.fill("#id_submitter_email", "tu@example.com")
    page.fill("#id_subject", "Đề nghị niêm yết lệ phí")
    page.fill("#id_content", "Đề nghị niêm yết công khai mức lệ phí tại bộ phận một cửa.")
    page.select_option("#id_area", label="Ủy ban nhân dân thị trấn Ngã Ba")
    page.check("#id_consent")
    page.get_by_role("button", name="Gửi phản ánh").click()
    page.wait_for_load_state()
    assert page.locator(".fb-code").count() == 1
    context.close()
