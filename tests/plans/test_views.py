"""Views: permissions and cache headers of the back office, the officer's report form, the
Department's summary with a PDF (diacritics in its text) and a formula-safe Excel file,
the public page without internal notes."""

import datetime as dt
import io
import unicodedata

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from cchc.plans import services
from cchc.plans.choices import ReportStatus
from cchc.plans.models import AgencyReport
from cchc.plans.periods import Quarter


@pytest.fixture
def submitted(plan, sxd_officer):
    item = plan.test_items["visual"]
    report = services.report_get_or_create(plan=plan, quarter=Quarter(2022, 2), actor=sxd_officer)
    services.activity_add(
        report=report,
        data=services.ActivityData(
            item=item, form=item.form, date=dt.date(2022, 5, 3),
            description="=HYPERLINK(\"http://evil\") băng rôn", banners=7,
        ),
        actor=sxd_officer,
    )  # fmt: skip
    services.report_submit(report=report, summary="Đã treo băng rôn", actor=sxd_officer)
    return report


def report_url(plan, quarter=4):
    return reverse("plans:officer-report", args=[plan.pk, 2022, quarter])


def test_anonymous_is_sent_to_login_and_strangers_get_403(client, plan, make_user):
    response = client.get(reverse("plans:summary", args=[plan.pk]))
    assert (
        response.status_code == 302
        and "login" in response["Location"]
        or "dang-nhap" in response["Location"]
    )
    client.force_login(make_user("citizen"))
    assert client.get(reverse("plans:officer-plans")).status_code == 403


def test_officer_cannot_see_the_summary(client, plan, sxd_officer):
    client.force_login(sxd_officer)
    assert client.get(reverse("plans:summary", args=[plan.pk])).status_code == 403
    assert client.get(reverse("plans:summary-pdf", args=[plan.pk])).status_code == 403


def test_officer_adds_an_activity_and_submits(client, plan, sxd_officer):
    client.force_login(sxd_officer)
    response = client.get(report_url(plan))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    item = plan.test_items["visual"]
    response = client.post(
        report_url(plan),
        {
            "action": "add", "item": item.pk, "form": item.form.pk, "date": "15/10/2022",
            "description": "Treo băng rôn tại trụ sở", "articles": 0, "sessions": 0,
            "participants": 0, "banners": 12, "link": "https://example.gov.vn/anh",
        },
    )  # fmt: skip
    assert response.status_code == 302
    report = AgencyReport.objects.get(plan=plan, agency__code="SXD", quarter=4)
    assert report.activities.get().banners == 12
    response = client.post(report_url(plan), {"action": "submit", "summary": "Xong"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED
    page = client.get(report_url(plan)).content.decode()
    assert "Thêm hoạt động" not in page and "Đã gửi" in page


def test_bad_input_is_shown_not_lost(client, plan, sxd_officer):
    client.force_login(sxd_officer)
    item = plan.test_items["visual"]
    response = client.post(
        report_url(plan),
        {
            "action": "add", "item": item.pk, "form": item.form.pk, "date": "15/07/2022",
            "description": "Nội dung giữ lại", "banners": 3, "articles": 0, "sessions": 0,
            "participants": 0,
        },
    )  # fmt: skip
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ngày thực hiện phải nằm trong quý IV" in page
    assert "Nội dung giữ lại" in page
    response = client.post(
        report_url(plan), {"action": "add", "item": item.pk, "date": "32/13/2022"}
    )
    assert response.status_code == 200 and "pl-errors" in response.content.decode()


def test_other_agencys_item_is_not_offered(client, plan, sxd_officer):
    client.force_login(sxd_officer)
    training = plan.test_items["training"]
    response = client.post(
        report_url(plan),
        {"action": "add", "item": training.pk, "form": training.form.pk, "date": "15/10/2022",
         "description": "x", "articles": 0, "sessions": 1, "participants": 0, "banners": 0},
    )  # fmt: skip
    assert response.status_code == 200
    assert not AgencyReport.objects.filter(agency__code="SXD", activities__isnull=False).exists()


def test_summary_pdf_has_vietnamese_text_and_header(client, plan, department, submitted, home_page):
    from wagtail.models import Site

    from cchc.portal.models import OrganisationSettings

    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.parent_organisation = "Ủy ban nhân dân tỉnh"
    org.organisation_name = "Sở Nội vụ"
    org.save()
    client.force_login(department)
    page = client.get(reverse("plans:summary", args=[plan.pk]))
    assert page.status_code == 200 and "GHI-CHU-NOI-BO-BI-MAT" in page.content.decode()
    response = client.get(reverse("plans:summary-pdf", args=[plan.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    reader = PdfReader(io.BytesIO(response.content))
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))
    assert "ỦY BAN NHÂN DÂN TỈNH" in text and "SỞ NỘI VỤ" in text
    assert "KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2022" in text  # h1, upper-cased by CSS
    assert "Treo băng rôn, pano tại trụ sở" in text
    assert "Sở Xây dựng" in text and "Tuyên truyền trực quan" in text
    box = reader.pages[0].mediabox  # A4 landscape
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_summary_excel_is_formula_safe(client, plan, department, submitted):
    training = plan.test_items["training"]
    training.content = '=HYPERLINK("http://evil.example","bấm")'
    training.save()
    client.force_login(department)
    response = client.get(reverse("plans:summary-xlsx", args=[plan.pk]))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Theo nhiệm vụ",
        "Theo cơ quan",
        "Theo hình thức",
        "Thiếu báo cáo",
    ]
    items = workbook["Theo nhiệm vụ"]
    rows = list(items.iter_rows(values_only=True))
    assert rows[0][1] == "Nội dung tuyên truyền"
    visual = next(r for r in rows if r[0] == "2")
    assert visual[10] == 7 and visual[11] == "35%"
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    assert any(r[1] == training.content for r in rows)


def test_import_page_dry_run(client, plan, department):
    from tests.plans.test_importer import GOOD, xlsx

    client.force_login(department)
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("k.xlsx", xlsx(GOOD))
    response = client.post(
        reverse("plans:import", args=[plan.pk]), {"file": upload, "dry_run": "on"}
    )
    assert response.status_code == 200
    assert "Chạy thử: không có lỗi" in response.content.decode()
    assert plan.items.count() == 3
    bad = SimpleUploadedFile("k.xlsx", b"PK\x03\x04 not a zip")
    response = client.post(reverse("plans:import", args=[plan.pk]), {"file": bad})
    assert response.status_code == 200 and "pl-errors" in response.content.decode()


def test_department_reopens_a_report(client, plan, department, submitted):
    client.force_login(department)
    response = client.post(
        reverse("plans:report-reopen", args=[submitted.pk]), {"reason": "Thiếu ảnh"}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == ReportStatus.DRAFT


def test_evidence_only_for_own_agency_or_department(
    client, plan, sxd_officer, snv_officer, department
):
    from tests.plans.test_services import jpeg_upload

    item = plan.test_items["visual"]
    report = services.report_get_or_create(plan=plan, quarter=Quarter(2022, 4), actor=sxd_officer)
    activity = services.activity_add(
        report=report,
        data=services.ActivityData(
            item=item, form=item.form, date=dt.date(2022, 10, 2), description="Ảnh"
        ),
        evidence=jpeg_upload(),
        actor=sxd_officer,
    )
    url = reverse("plans:evidence", args=[activity.pk])
    client.force_login(snv_officer)
    assert client.get(url).status_code == 404
    client.force_login(sxd_officer)
    assert client.get(url).status_code == 200
    client.force_login(department)
    assert client.get(url).status_code == 200


def test_public_page_lists_progress_without_internal_notes(client, plan, submitted):
    response = client.get(reverse("plans:public-list"))
    assert response.status_code == 200
    assert plan.title in response.content.decode()
    # public and shared by the HTTP cache (purged when plans change: docs/plans.md)
    assert "public" in response["Cache-Control"] and "no-store" not in response["Cache-Control"]
    detail = client.get(reverse("plans:public-detail", args=[plan.pk]))
    page = detail.content.decode()
    assert detail.status_code == 200
    assert "Treo băng rôn, pano tại trụ sở" in page and "35%" in page
    assert "GHI-CHU-NOI-BO-BI-MAT" not in page
    assert "Đã treo băng rôn" not in page  # agencies' report texts stay internal
    plan.is_public = False
    plan.save()
    assert client.get(reverse("plans:public-detail", args=[plan.pk])).status_code == 404
