"""Writes of the communication plan: agency reports and their activities, submission,
reopening, reminders. Every write checks permissions, runs in a transaction and is audited
(``cchc.plans.<thing>.<verb>``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import record_event
from cchc.core.dates import format_short
from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError, ValidationError
from cchc.core.uploads import MEDIA, UnsafeUpload, inspect_upload, read_upload, sniff

from . import permissions
from .choices import ReportStatus
from .models import Activity, AgencyReport, CommunicationForm, CommunicationPlan, PlanItem
from .periods import Quarter

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
MAX_COUNT = 1_000_000

ERR_NOT_OWN = _("Chỉ cán bộ của cơ quan được báo cáo cho cơ quan mình.")
ERR_SUBMITTED = _("Báo cáo đã gửi; đề nghị Sở Nội vụ mở lại nếu cần sửa.")
ERR_ITEM = _("Nội dung này không thuộc kế hoạch hoặc không giao cho cơ quan của bạn.")
ERR_DATE = _("Ngày thực hiện phải nằm trong quý %(quarter)s (từ %(start)s đến %(end)s).")
ERR_COUNT = _("Số lượng phải từ 0 đến %(max)s.")
ERR_FILE_TOO_BIG = _("Tệp “%(name)s” lớn hơn 10 MB.")
ERR_FILE_TYPE = _("Tệp “%(name)s” không phải ảnh (JPEG, PNG, WebP) hoặc PDF.")
ERR_EMPTY = _("Báo cáo chưa có hoạt động nào; hãy thêm hoạt động hoặc ghi đánh giá chung.")
ERR_YEAR = _("Kế hoạch năm %(year)s chỉ nhận báo cáo các quý của năm đó.")
ERR_NOT_STARTED = _("Quý này chưa bắt đầu.")


def _lock_report(report: AgencyReport) -> AgencyReport:
    return AgencyReport.objects.select_for_update().get(pk=report.pk)


def report_get_or_create(
    *, plan: CommunicationPlan, quarter: Quarter, actor, today: dt.date | None = None
) -> AgencyReport:
    """The actor's agency's report for ``quarter`` (a draft is created on first use)."""
    agency = permissions.reporter_agency(actor)
    if agency is None:
        raise PermissionDeniedError(ERR_NOT_OWN)
    if quarter.year != plan.year:
        raise ValidationError(ERR_YEAR % {"year": plan.year})
    if quarter.start > (today or timezone.localdate()):
        raise ValidationError(ERR_NOT_STARTED)
    existing = AgencyReport.objects.filter(
        plan=plan, agency=agency, year=quarter.year, quarter=quarter.number
    ).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            report = AgencyReport.objects.create(
                plan=plan, agency=agency, year=quarter.year, quarter=quarter.number
            )
            record_event("cchc.plans.report.create", actor=actor, obj=report)
    except IntegrityError:  # created concurrently by a colleague
        report = AgencyReport.objects.get(
            plan=plan, agency=agency, year=quarter.year, quarter=quarter.number
        )
    return report


def check_evidence(upload) -> tuple[str, bytes]:
    """(MIME type, bytes to store) of an evidence file, or ValidationError."""
    name = getattr(upload, "name", "") or "tệp"
    data = read_upload(upload, max_bytes=MAX_EVIDENCE_BYTES)
    if data is None:
        raise ValidationError(ERR_FILE_TOO_BIG % {"name": name})
    mime = sniff(data)
    if mime not in MEDIA:
        raise ValidationError(ERR_FILE_TYPE % {"name": name})
    try:
        return mime, inspect_upload(data, mime, name=name)
    except UnsafeUpload as exc:
        raise ValidationError(exc.message, code=exc.code) from exc


@dataclass(frozen=True)
class ActivityData:
    item: PlanItem
    form: CommunicationForm
    date: dt.date
    description: str
    articles: int = 0
    sessions: int = 0
    participants: int = 0
    banners: int = 0
    link: str = ""


def _check_activity(report: AgencyReport, data: ActivityData) -> None:
    if data.item.plan_id != report.plan_id or not (
        data.item.responsible_agency_id == report.agency_id
        or data.item.coordinating_agencies.filter(pk=report.agency_id).exists()
    ):
        raise ValidationError(ERR_ITEM)
    quarter = Quarter(report.year, report.quarter)
    if not quarter.contains(data.date):
        raise ValidationError(
            ERR_DATE
            % {
                "quarter": quarter.roman,
                "start": format_short(quarter.start),
                "end": format_short(quarter.end),
            }
        )
    for name in ("articles", "sessions", "participants", "banners"):
        value = getattr(data, name)
        if not 0 <= value <= MAX_COUNT:
            raise ValidationError(ERR_COUNT % {"max": MAX_COUNT})


def activity_add(
    *, report: AgencyReport, data: ActivityData, evidence=None, actor, request=None
) -> Activity:
    """Add one activity to a draft report of the actor's own agency."""
    checked = check_evidence(evidence) if evidence else None
    with transaction.atomic():
        report = _lock_report(report)
        if not permissions.can_edit_report(actor, report):
            raise PermissionDeniedError(ERR_SUBMITTED if report.is_submitted else ERR_NOT_OWN)
        _check_activity(report, data)
        activity = Activity(
            report=report,
            item=data.item,
            form=data.form,
            date=data.date,
            description=data.description,
            articles=data.articles,
            sessions=data.sessions,
            participants=data.participants,
            banners=data.banners,
            link=data.link,
            created_by=actor,
        )
        if checked is not None:
            mime, content = checked
            activity.evidence.save(f"minh-chung{MEDIA[mime]}", ContentFile(content), save=False)
        activity.save()
        record_event(
            "cchc.plans.activity.add",
            actor=actor,
            obj=activity,
            data={"report": report.pk, "item": data.item.pk},
            request=request,
        )
    return activity


def activity_delete(*, activity: Activity, actor, request=None) -> None:
    with transaction.atomic():
        report = _lock_report(activity.report)
        if not permissions.can_edit_report(actor, report):
            raise PermissionDeniedError(ERR_SUBMITTED if report.is_submitted else ERR_NOT_OWN)
        record_event(
            "cchc.plans.activity.delete",
            actor=actor,
            obj=activity,
            data={"report": report.pk, "description": activity.description[:200]},
            request=request,
        )
        evidence = activity.evidence.name
        activity.delete()
    if evidence:
        from cchc.core.storage import private_storage

        transaction.on_commit(lambda: private_storage().delete(evidence))


def report_submit(*, report: AgencyReport, summary: str, actor, request=None) -> AgencyReport:
    """draft → submitted, by the agency's own reporter."""
    with transaction.atomic():
        report = _lock_report(report)
        if report.is_submitted:
            raise InvalidTransitionError(ERR_SUBMITTED)
        if not permissions.can_edit_report(actor, report):
            raise PermissionDeniedError(ERR_NOT_OWN)
        summary = (summary or "").strip()
        if not summary and not report.activities.exists():
            raise ValidationError(ERR_EMPTY)
        report.summary = summary
        report.status = ReportStatus.SUBMITTED
        report.submitted_at = timezone.now()
        report.submitted_by = actor
        report.save(
            update_fields=["summary", "status", "submitted_at", "submitted_by", "updated_at"]
        )
        record_event(
            "cchc.plans.report.submit",
            actor=actor,
            obj=report,
            data={"from": ReportStatus.DRAFT, "to": ReportStatus.SUBMITTED},
            request=request,
        )
    return report


def report_reopen(*, report: AgencyReport, reason: str, actor, request=None) -> AgencyReport:
    """submitted → draft, by the Department (so the agency can correct it)."""
    with transaction.atomic():
        report = _lock_report(report)
        if not report.is_submitted:
            raise InvalidTransitionError(_("Báo cáo chưa gửi."))
        if not permissions.can_reopen_report(actor, report):
            raise PermissionDeniedError()
        report.status = ReportStatus.DRAFT
        report.save(update_fields=["status", "updated_at"])
        record_event(
            "cchc.plans.report.reopen",
            actor=actor,
            obj=report,
            data={"from": ReportStatus.SUBMITTED, "to": ReportStatus.DRAFT, "reason": reason[:500]},
            request=request,
        )
    return report
