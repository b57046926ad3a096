"""The one-stop desk in a browser: desk receipt (keyboard) → accept → bulk assignment →
assessment → approval → result → return at the desk → public lookup by code (issue 15)."""

import re
from decimal import Decimal

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-thu-nghiem-2026"  # noqa: S105 (test users only)


@pytest.fixture
def people(demo_site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cchc.directory.models import Agency, AgencyStaff
    from cchc.dossiers.permissions import GROUP_DESK, GROUP_HANDLER, GROUP_LEADER
    from cchc.procedures.models import Procedure, ProcedureField

    sxd = Agency.objects.get(code="SXD")
    users = {}
    for username, name, group in [
        ("e2e_motcua", "Cán bộ Một cửa", GROUP_DESK),
        ("e2e_lanhdao", "Lãnh đạo phòng", GROUP_LEADER),
        ("e2e_xuly", "Chuyên viên thẩm định", GROUP_HANDLER),
    ]:
        user = get_user_model().objects.create_user(username, password=PASSWORD, first_name=name)
        user.groups.add(Group.objects.get(name=group))
        AgencyStaff.objects.create(user=user, agency=sxd)
        users[username] = user
    users["procedure"] = Procedure.objects.create(
        code="1.009994.000.00.00.H99",
        name="Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ (thử nghiệm)",
        field=ProcedureField.objects.get_or_create(name="Hoạt động xây dựng")[0],
        level="province",
        agency=sxd,
        time_limit_days=Decimal(15),
        published=True,
    )
    return users


def sign_in(page, base, username, path="/mot-cua/"):
    page.goto(base + path)
    page.wait_for_load_state()
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url(re.compile(re.escape(path)))


def sign_out(page):
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state()


def act(page, summary, fill=None):
    page.locator("details.case-action summary").get_by_text(summary, exact=True).click()
    for selector, value in (fill or {}).items():
        page.fill(selector, value)
    page.locator("details[open] button", has_text="Xác nhận").click()
    page.wait_for_load_state()


def test_desk_receipt_to_return(page, live_server, people, axe_check, shot):
    base = live_server.url

    # desk: receipt with the keyboard, accepted at once
    sign_in(page, base, "e2e_motcua", "/mot-cua/tiep-nhan/")
    assert page.evaluate("document.activeElement.id") == "id_procedure"
    page.select_option("#id_procedure", value=str(people["procedure"].pk))
    page.keyboard.press("Tab")
    page.keyboard.type("Nguyễn Thị Hoa")
    page.fill("#id_applicant_phone", "0912 345 678")
    page.fill("#id_applicant_address", "Số 7 đường Lê Lợi, phường Một")
    axe_check(page, "desk-receive")
    page.locator("#id_applicant_address").press("Enter")
    page.wait_for_url(re.compile(r"/mot-cua/ho-so/\d+/"))
    code = page.locator(".ds-code").inner_text().strip()
    assert re.fullmatch(r"[\w.]+-\d{6}-\d{4}", code)
    assert "Đã tiếp nhận, hẹn trả kết quả" in page.locator("#ds-status").inner_text()
    # the receipt (Mẫu 01) is printable and the fee is recorded from the dossier page
    receipt = page.get_by_role("link", name=re.compile("Mẫu số 01"))
    assert "/in/tiep-nhan/" in receipt.get_attribute("href")
    assert (
        page.request.get(base + receipt.get_attribute("href"))
        .headers["content-type"]
        .startswith("application/pdf")
    )
    axe_check(page, "desk-detail")
    shot(page, "dossier-desk-detail")
    page.get_by_role("link", name="Thu phí, lệ phí").click()
    page.fill("#id_amount", "50000")
    page.check("input[name=method][value=cash]")
    page.get_by_role("button", name="Ghi nhận đã thu").click()
    page.wait_for_load_state()
    assert "50000" in page.locator("main").inner_text()
    page.get_by_role("link", name="← Quay lại hồ sơ").click()
    page.wait_for_url(re.compile(r"/mot-cua/ho-so/\d+/$"))
    sign_out(page)

    # leader: bulk assignment from the queue, then assessment and approval
    sign_in(page, base, "e2e_lanhdao", "/mot-cua/")
    page.goto(base + "/mot-cua/?hang=unassigned")
    row = page.locator("tr", has_text=code)
    row.locator("input[type=checkbox]").check()
    page.select_option("#id_officer", label="Chuyên viên thẩm định")
    page.get_by_role("button", name="Phân công").click()
    page.wait_for_load_state()
    assert "Đã phân công 1 hồ sơ" in page.locator("main").inner_text()
    axe_check(page, "desk-queue")
    page.goto(base + "/mot-cua/?hang=all")
    page.get_by_role("link", name=code).click()
    page.wait_for_load_state()
    act(page, "Hoàn thành thẩm định", {"#id_assess-note": "Hồ sơ đủ điều kiện cấp phép"})
    act(page, "Phê duyệt")
    act(page, "Chuyển kết quả về Bộ phận Một cửa")
    assert "Có kết quả, chờ trả" in page.locator("#ds-status").inner_text()
    assert page.get_by_role("link", name="Thu phí, lệ phí").count() == 0  # not the desk
    sign_out(page)

    # desk: return at the desk
    sign_in(page, base, "e2e_motcua", "/mot-cua/")
    page.goto(base + "/mot-cua/?hang=result_ready")
    page.get_by_role("link", name=code).click()
    page.wait_for_load_state()
    act(page, "Trả kết quả")
    assert "Đã trả kết quả" in page.locator("#ds-status").inner_text()
    history = page.locator("#h-history + ol").inner_text()
    for step in (
        "Nhận hồ sơ",
        "Tiếp nhận, hẹn trả kết quả",
        "Phân công xử lý",
        "Phê duyệt",
        "Trả kết quả",
    ):
        assert step in history
    sign_out(page)

    # anyone: the public lookup by code (as from the QR link), no personal data
    page.goto(f"{base}/tra-cuu-ho-so/?ma={code}")
    result = page.locator(".ds-result").inner_text()
    assert "Đã trả kết quả" in result and "Trước hạn" in result
    assert "Nguyễn Thị Hoa" not in page.content() and "0912" not in page.content()
    axe_check(page, "dossier-lookup")
