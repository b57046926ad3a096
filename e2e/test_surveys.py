"""Satisfaction survey and indices in Chromium (issue 17): the rating link opened from an
SMS on a 375 px phone, the desk kiosk used by touch only, and the /chi-so/ dashboard;
axe-core on each."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 375, "height": 740}
TABLET = {"width": 1024, "height": 768}


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="vi-VN"
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def tablet(browser):
    context = browser.new_context(viewport=TABLET, has_touch=True, is_mobile=True, locale="vi-VN")
    yield context.new_page()
    context.close()


def _fresh_link():
    """A new invitation for an answered demo case (only its hash is stored, so the test
    makes its own to know the token, as the SMS would carry it)."""
    from cchc.feedback.models import Feedback
    from cchc.surveys import services
    from cchc.surveys.models import Invitation

    fb = Feedback.objects.filter(answered_at__isnull=False).exclude(submitter_phone="").first()
    Invitation.objects.filter(kind="feedback", case_id=fb.pk).delete()
    created = services.invitation_create(kind="feedback", case_id=fb.pk)
    return fb, services.rating_url(created.token).split("://", 1)[1].split("/", 1)[1]


def test_citizen_rates_through_the_sms_link(phone, live_server, demo_site, axe_check, shot):
    from cchc.surveys.models import Response

    fb, path = _fresh_link()
    page = phone
    page.goto(f"{live_server.url}/{path}")
    assert fb.code in page.inner_text("main")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    axe_check(page, "survey-link-375")
    # each choice is a big tap target
    first = page.locator(".sv-choice").first.bounding_box()
    assert first["height"] >= 44 and first["width"] >= 44
    # sending with a required question left empty: told which, nothing lost
    page.locator("fieldset.sv-q").nth(0).locator(".sv-choice--5").tap()
    with page.expect_navigation():
        page.get_by_role("button", name="Gửi đánh giá").tap()
    assert page.locator(".sv-summary").is_visible()
    assert "Công chức có thái độ" in page.inner_text(".sv-summary")
    assert page.locator("fieldset.sv-q").nth(0).locator("input[value='5']").is_checked()
    axe_check(page, "survey-link-errors-375")
    for fieldset in page.locator("fieldset.sv-q").all():
        if not fieldset.locator("input:checked").count():
            fieldset.locator(".sv-choice--4").tap()
    page.get_by_label(re.compile("Ý kiến khác")).fill("Cán bộ hướng dẫn tận tình.")
    shot(page, "survey-link-375")
    page.get_by_role("button", name="Gửi đánh giá").tap()
    page.wait_for_url(re.compile(r"/danh-gia/cam-on/$"))
    assert "Cảm ơn" in page.inner_text("h1")
    response = Response.objects.get(kind="feedback", case_id=fb.pk)
    assert response.answers.filter(score__isnull=False).count() >= 5
    # the link works once
    page.goto(f"{live_server.url}/{path}")
    assert "đã được đánh giá" in page.inner_text("main")


def test_kiosk_by_touch_resets_after_each_response(tablet, live_server, demo_site, axe_check):
    from cchc.surveys.models import Kiosk, Response

    kiosk = Kiosk.objects.filter(is_active=True).first()
    before = Response.objects.filter(kiosk=kiosk).count()
    page = tablet
    url = f"{live_server.url}/danh-gia/quay/{kiosk.key}/"
    page.goto(url)
    axe_check(page, "survey-kiosk")
    for round_ in range(2):
        for fieldset in page.locator("fieldset.sv-q").all():
            fieldset.locator(".sv-choice--5" if round_ else ".sv-choice--3").tap()
        page.locator("button.sv-submit--kiosk").tap()
        page.wait_for_url(re.compile(r"\?xong=1$"))
        assert "Cảm ơn" in page.inner_text("main")
        page.get_by_role("link", name="Đánh giá tiếp").tap()
        page.wait_for_url(url)
        # a fresh, empty form for the next citizen
        assert page.locator("input[type=radio]:checked").count() == 0
    assert Response.objects.filter(kiosk=kiosk).count() == before + 2


def test_indices_dashboard_is_accessible_on_a_phone(phone, live_server, demo_site, axe_check, shot):
    page = phone
    page.goto(live_server.url + "/")
    page.locator(".nav-toggle").tap()
    page.get_by_role("link", name="Chỉ số CCHC").tap()
    page.wait_for_url(re.compile(r"/chi-so/$"))
    assert page.locator("svg[role=img]").count() >= 6
    assert page.get_by_text("Số liệu mẫu").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    axe_check(page, "indices-dashboard-375")
    page.locator("summary", has_text="Bảng số liệu").first.tap()
    assert page.locator("table.chart__table").first.is_visible()
    shot(page, "indices-dashboard-375")
