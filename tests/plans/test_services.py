"""Agency reports: an officer edits only their own agency's draft; submission and reopening
are guarded, audited transitions; evidence goes through the upload checks."""

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cchc.core.audit import AuditEvent
from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError, ValidationError
from cchc.plans import services
from cchc.plans.choices import ReportStatus
from cchc.plans.periods import Quarter

Q4 = Quarter(2022, 4)


def data(item, **kw):
    values = dict(
        item=item, form=item.form, date=dt.date(2022, 10, 15), description="Treo 10 băng rôn"
    )
    values.update(kw)
    return services.ActivityData(**values)


def jpeg_upload(name="anh.jpg"):
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buf, "JPEG")
    return SimpleUploadedFile(name, buf.getvalue(), content_type="image/jpeg")


def test_officer_reports_for_own_agency_and_submits(plan, sxd_officer):
    item = plan.test_items["visual"]
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    assert report.agency.code == "SXD" and report.status == ReportStatus.DRAFT
    activity = services.activity_add(
        report=report, data=data(item, banners=10), evidence=jpeg_upload(), actor=sxd_officer
    )
    assert activity.banners == 10 and activity.evidence.name.endswith(".jpg")
    services.report_submit(report=report, summary="Đạt kế hoạch quý", actor=sxd_officer)
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.submitted_by == sxd_officer
    actions = list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == [
        "cchc.plans.report.create",
        "cchc.plans.activity.add",
        "cchc.plans.report.submit",
    ]


def test_submitted_report_is_locked_until_the_department_reopens(plan, sxd_officer, department):
    item = plan.test_items["visual"]
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    services.activity_add(report=report, data=data(item), actor=sxd_officer)
    services.report_submit(report=report, summary="", actor=sxd_officer)
    with pytest.raises(PermissionDeniedError):
        services.activity_add(report=report, data=data(item), actor=sxd_officer)
    with pytest.raises(InvalidTransitionError):
        services.report_submit(report=report, summary="", actor=sxd_officer)
    with pytest.raises(PermissionDeniedError):
        services.report_reopen(report=report, reason="sửa", actor=sxd_officer)
    services.report_reopen(report=report, reason="Thiếu minh chứng", actor=department)
    report.refresh_from_db()
    assert report.status == ReportStatus.DRAFT
    services.activity_add(report=report, data=data(item), actor=sxd_officer)
    assert AuditEvent.objects.filter(action="cchc.plans.report.reopen").count() == 1


def test_officer_cannot_touch_another_agencys_report(plan, sxd_officer, snv_officer, department):
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    with pytest.raises(PermissionDeniedError):
        services.activity_add(
            report=report, data=data(plan.test_items["visual"]), actor=snv_officer
        )
    # the Department manages the plan but does not write agencies' reports
    with pytest.raises(PermissionDeniedError):
        services.activity_add(report=report, data=data(plan.test_items["visual"]), actor=department)
    assert report.activities.count() == 0


def test_user_without_permission_gets_no_report(plan, make_user, agencies):
    officer = make_user("no_perm", agency=agencies["SXD"])
    with pytest.raises(PermissionDeniedError):
        services.report_get_or_create(plan=plan, quarter=Q4, actor=officer)


def test_item_must_be_given_to_the_agency(plan, sxd_officer, make_user, agencies):
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    with pytest.raises(ValidationError):
        services.activity_add(
            report=report, data=data(plan.test_items["training"]), actor=sxd_officer
        )
    # a co-ordinating agency may report against the item
    hdl = make_user("canbo_hdl", perms=["report_activities"], agency=agencies["HDL"])
    hdl_report = services.report_get_or_create(plan=plan, quarter=Q4, actor=hdl)
    services.activity_add(report=hdl_report, data=data(plan.test_items["visual"]), actor=hdl)


def test_date_must_fall_in_the_quarter(plan, sxd_officer):
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    with pytest.raises(ValidationError, match="01-10-2022"):
        services.activity_add(
            report=report,
            data=data(plan.test_items["visual"], date=dt.date(2022, 9, 30)),
            actor=sxd_officer,
        )


def test_quarter_of_another_year_or_not_started_is_refused(plan, sxd_officer):
    with pytest.raises(ValidationError):
        services.report_get_or_create(plan=plan, quarter=Quarter(2023, 1), actor=sxd_officer)
    with pytest.raises(ValidationError):
        services.report_get_or_create(
            plan=plan, quarter=Q4, actor=sxd_officer, today=dt.date(2022, 9, 1)
        )


def test_evidence_of_wrong_type_is_refused_and_nothing_saved(plan, sxd_officer):
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    bad = SimpleUploadedFile("script.jpg", b"<script>alert(1)</script>", content_type="image/jpeg")
    with pytest.raises(ValidationError):
        services.activity_add(
            report=report, data=data(plan.test_items["visual"]), evidence=bad, actor=sxd_officer
        )
    truncated = jpeg_upload()
    truncated = SimpleUploadedFile("cut.jpg", truncated.read()[:200], content_type="image/jpeg")
    with pytest.raises(ValidationError):
        services.activity_add(
            report=report,
            data=data(plan.test_items["visual"]),
            evidence=truncated,
            actor=sxd_officer,
        )
    assert report.activities.count() == 0


def test_empty_report_cannot_be_submitted(plan, sxd_officer):
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    with pytest.raises(ValidationError):
        services.report_submit(report=report, summary="  ", actor=sxd_officer)
    services.report_submit(
        report=report, summary="Quý này chưa triển khai, lý do ...", actor=sxd_officer
    )


def test_delete_activity_of_own_draft(plan, sxd_officer):
    report = services.report_get_or_create(plan=plan, quarter=Q4, actor=sxd_officer)
    activity = services.activity_add(
        report=report, data=data(plan.test_items["visual"]), actor=sxd_officer
    )
    services.activity_delete(activity=activity, actor=sxd_officer)
    assert report.activities.count() == 0
    assert AuditEvent.objects.filter(action="cchc.plans.activity.delete").exists()
