"""Communication plan (issue 19) in a browser: an agency officer reports an activity for the
current quarter and submits; the Department sees it in the summary and downloads the PDF,
whose text keeps the Vietnamese diacritics."""

import io
import re
import unicodedata
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-thu-nghiem-2026"  # noqa: S105 (test users only)


@pytest.fixture
def people(demo_site):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cchc.directory.models import Agency, AgencyStaff
    from cchc.plans.demo import MANAGER_GROUP, REPORTER_GROUP

    user_model = get_user_model()
    officer = user_model.objects.create_user(
        "e2e_baocao_sxd", password=PASSWORD, first_name="Cán bộ Sở Xây dựng"
    )
    officer.groups.add(Group.objects.get(name=REPORTER_GROUP))
    AgencyStaff.objects.create(user=officer, agency=Agency.objects.get(code="SXD"))
    department = user_model.objects.create_user(
        "e2e_kehoach_snv", password=PASSWORD, first_name="Chuyên viên Sở Nội vụ"
    )
    department.groups.add(Group.objects.get(name=MANAGER_GROUP))
    return {"officer": officer, "department": department}


def sign_in(page, base, username):
    page.goto(base + "/can-bo/ke-hoach/")
    page.wait_for_load_state()
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/can-bo/ke-hoach/$"))


def sign_out(page):
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state()


def test_officer_reports_department_downloads_pdf(page, live_server, people, axe_check, shot):
    from django.utils import timezone

    from cchc.plans.periods import quarter_of

    base = live_server.url
    today = timezone.localdate()
    quarter = quarter_of(today)

    # the officer of Sở Xây dựng opens this quarter's report and adds an activity
    sign_in(page, base, "e2e_baocao_sxd")
    page.get_by_role("link", name="Báo cáo của cơ quan").first.click()
    page.wait_for_load_state()
    page.get_by_role("link", name=f"Quý {quarter.roman}/{quarter.year}").click()
    page.wait_for_load_state()
    assert "Sở Xây dựng" in page.locator("h1").inner_text()
    page.select_option("#id_item", index=1)
    page.select_option("#id_form", label="Tuyên truyền trực quan")
    page.fill("#id_date", today.strftime("%d/%m/%Y"))
    page.fill("#id_description", "Treo băng rôn “Cải cách hành chính” tại Bộ phận Một cửa")
    page.fill("#id_banners", "15")
    page.fill("#id_participants", "0")
    axe_check(page, "plans-officer-report")
    page.get_by_role("button", name="Thêm hoạt động").click()
    page.wait_for_load_state()
    assert page.get_by_role("status").first.inner_text().startswith("Đã thêm hoạt động")
    assert "Treo băng rôn “Cải cách hành chính”" in page.locator("table").first.inner_text()
    page.fill("#id_summary", "Hoàn thành tuyên truyền trực quan quý này.")
    page.get_by_role("button", name="Gửi báo cáo").click()
    page.wait_for_load_state()
    assert "Đã gửi" in page.locator(".pl-status").first.inner_text()
    assert page.get_by_role("button", name="Thêm hoạt động").count() == 0
    shot(page, "plans-officer-report")
    sign_out(page)

    # the Department sees it in the summary and downloads the PDF
    sign_in(page, base, "e2e_kehoach_snv")
    page.get_by_role("link", name="Tổng hợp").first.click()
    page.wait_for_load_state()
    assert "Tổng hợp kết quả" in page.locator("h1").inner_text()
    reports = page.locator("main").inner_text()
    assert f"Sở Xây dựng – quý {quarter.number}/{quarter.year}" in reports
    axe_check(page, "plans-summary")
    shot(page, "plans-summary")
    with page.expect_download() as info:
        page.get_by_role("link", name="Tải báo cáo PDF").click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    from pypdf import PdfReader

    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))
    assert "Tuyên truyền trực quan" in text and "Sở Xây dựng" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text

    # the public page shows progress, not the internal notes
    page.goto(base + "/ke-hoach/")
    page.wait_for_load_state()
    page.get_by_role(
        "link", name=re.compile("Kế hoạch tuyên truyền cải cách hành chính")
    ).first.click()
    page.wait_for_load_state()
    assert "Ghi chú nội bộ mẫu" not in page.content()
    axe_check(page, "plans-public")
