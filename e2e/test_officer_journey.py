"""The staff journey: coordinator accepts and assigns → the agency's officer answers and
publishes → the citizen sees the public answer on lookup and on the public list
(issue 11, point 4b: history in words, a visible log-out)."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-thu-nghiem-2026"  # noqa: S105 (test users only)


@pytest.fixture
def people(demo_site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cchc.directory.models import Agency, AgencyStaff
    from cchc.feedback.models import FeedbackCategory
    from cchc.feedback.permissions import coordinator_group_name
    from cchc.feedback.services import Submission, feedback_submit

    user_model = get_user_model()
    coordinator = user_model.objects.create_user(
        "e2e_dieuphoi", password=PASSWORD, first_name="Điều phối viên"
    )
    coordinator.groups.add(Group.objects.get_or_create(name=coordinator_group_name())[0])
    sxd = Agency.objects.get(code="SXD")
    officer = user_model.objects.create_user(
        "e2e_canbo_sxd", password=PASSWORD, first_name="Cán bộ Sở Xây dựng"
    )
    AgencyStaff.objects.create(user=officer, agency=sxd)
    fb = feedback_submit(
        submission=Submission(
            channel="web",
            subject="Vỉa hè trước chợ bị lấn chiếm",
            content="Vỉa hè trước chợ phường Hai bị lấn chiếm, người đi bộ phải xuống lòng đường.",
            category=FeedbackCategory.objects.get(code="xay-dung"),
            submitter_name="Phạm Văn Hùng",
            submitter_address="Số 30 đường Hai Bà Trưng, phường Hai",
            submitter_phone="0912 345 678",
        )
    )
    return {"coordinator": coordinator, "officer": officer, "agency": sxd, "fb": fb}


def sign_in(page, base, username):
    page.goto(base + "/can-bo/phan-anh/")
    page.wait_for_load_state()
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/can-bo/phan-anh/"))


def open_action(page, summary):
    page.locator("details.fb-action summary").get_by_text(summary, exact=True).click()


def test_coordinator_officer_public_answer(page, live_server, people, axe_check, shot):
    base = live_server.url
    fb = people["fb"]

    # the coordinator accepts and assigns to Sở Xây dựng
    sign_in(page, base, "e2e_dieuphoi")
    page.get_by_role("link", name=fb.code).click()
    page.wait_for_load_state()
    open_action(page, "Thụ lý")
    page.locator("details[open] button", has_text="Xác nhận").click()
    page.wait_for_load_state()
    open_action(page, "Giao / nhận xử lý")
    page.select_option("#id_assign-agency", label="Sở Xây dựng")
    page.locator("details[open] button", has_text="Xác nhận").click()
    page.wait_for_load_state()
    history = page.locator("#h-events + ol").inner_text()
    assert "Tiếp nhận" in history and "Thụ lý" in history and "Phân công" in history
    assert not re.search(r"\b(submit|accept|assign)\b", history)
    axe_check(page, "officer-detail-coordinator")
    # a visible log-out (POST)
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state()
    assert page.goto(base + "/can-bo/phan-anh/") and "/login" in page.url

    # the officer of Sở Xây dựng answers and publishes
    sign_in(page, base, "e2e_canbo_sxd")
    assert "Sở Xây dựng" in page.locator("main").inner_text()
    page.get_by_role("link", name=fb.code).click()
    page.wait_for_load_state()
    open_action(page, "Trả lời")
    page.fill(
        "#id_answer-answer",
        "Sở Xây dựng đã phối hợp với phường Hai giải tỏa vỉa hè trước chợ và giao lực lượng "
        "trật tự đô thị kiểm tra thường xuyên.",
    )
    page.locator("details[open] button", has_text="Xác nhận").click()
    page.wait_for_load_state()
    open_action(page, "Công khai kết quả")
    assert "Phạm Văn Hùng" not in page.input_value("#id_publish-public_content")
    page.locator("details[open] button", has_text="Xác nhận").click()
    page.wait_for_load_state()
    assert "Công khai kết quả" in page.locator("#h-events + ol").inner_text()
    shot(page, "officer-detail-published")
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state()

    # the citizen sees the public answer on lookup and on the public list
    page.goto(f"{base}/phan-anh-kien-nghi/tra-cuu/?ma={fb.code}")
    page.fill("#id_contact", "0912345678")
    page.get_by_role("button", name="Tra cứu").click()
    page.wait_for_load_state()
    result = page.locator(".fb-result").inner_text()
    assert "Đã trả lời công khai" in result and "giải tỏa vỉa hè" in result
    axe_check(page, "lookup-published")
    page.goto(base + "/phan-anh-kien-nghi/")
    card = page.locator(".fb-card", has_text=fb.code)
    assert card.count() == 1
    card.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert "giải tỏa vỉa hè" in page.locator(".fb-answer").inner_text()
    assert "Đã trả lời công khai" in page.locator(".fb-facts").inner_text()
    assert "Phạm Văn Hùng" not in page.content() and "0912" not in page.content()
