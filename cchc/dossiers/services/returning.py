"""The result (trả kết quả): ready, returned at the desk, online or by post, the case
closed or withdrawn, and the apology with a new appointment (Mẫu 04)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from cchc.core.calendar import get_work_calendar
from cchc.core.cases import send_case_resolved_on_commit
from cchc.core.exceptions import ValidationError

from .. import rules
from ..choices import AttachmentKind, Delivery, Status
from ..models import Dossier
from .base import (
    ERR_APOLOGY_LATE,
    ERR_APOLOGY_TWICE,
    ERR_NEW_DATE,
    ERR_REASON,
    ERR_TRACKING,
    UploadedFile,
    _clock,
    _event,
    _guard,
    _local,
    _lock,
    _set_status,
    _simple,
    _store_files,
    _text,
)


def dossier_result_ready(
    *, dossier, actor, note: str = "", files: Iterable[UploadedFile] = (), request=None
) -> Dossier:
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "result_ready", actor)
        before = d.status
        d.result_ready_at = timezone.now()
        _set_status(d, Status.RESULT_READY)
        d.save(update_fields=["status", "result_ready_at", "updated_at"])
        stored = _store_files(d, files, actor, kind=AttachmentKind.RESULT)
        _event(
            d,
            verb="result_ready",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"files": len(stored)},
            request=request,
        )
    return d


def dossier_return(
    *,
    dossier,
    actor,
    delivery: str | None = None,
    tracking_number: str = "",
    note: str = "",
    request=None,
) -> Dossier:
    """Trả kết quả at the desk, online or handed to the post (tracking number). Stores the
    outcome: the day the result was ready against the deadline (early / on time / late)."""
    tracking_number = _text(tracking_number, max_length=60)
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "return", actor)
        delivery = delivery or d.delivery
        if delivery not in Delivery.values:
            raise ValidationError()
        if delivery == Delivery.POST and not tracking_number:
            raise ValidationError(ERR_TRACKING)
        before = d.status
        now = timezone.now()
        d.returned_at = now
        d.delivery = delivery
        d.tracking_number = tracking_number if delivery == Delivery.POST else ""
        finished = _local(d.result_ready_at or now).date()
        if d.deadline is not None:
            d.outcome = rules.outcome_for(finished, d.deadline)
            calendar = get_work_calendar()
            start = rules.effective_receipt_day(_local(d.received_at), _clock(d.rules), calendar)
            d.working_days_taken = max(
                0, calendar.working_days_between(start, finished) - d.paused_days
            )
        _set_status(d, Status.RETURNED)
        d.save(
            update_fields=[
                "status",
                "returned_at",
                "delivery",
                "tracking_number",
                "outcome",
                "working_days_taken",
                "updated_at",
            ]
        )
        _event(
            d,
            verb="return",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"delivery": delivery, "tracking_number": d.tracking_number, "outcome": d.outcome},
            request=request,
        )
        # after commit: the satisfaction survey invites the applicant (docs/surveys.md)
        send_case_resolved_on_commit(sender=Dossier, kind="dossier", case_id=d.pk)
    return d


def dossier_close(*, dossier, actor, note: str = "", request=None) -> Dossier:
    return _simple(
        dossier,
        actor,
        "close",
        Status.CLOSED,
        _text(note),
        request,
        extra={"closed_at": timezone.now()},
    )


def dossier_withdraw(*, dossier, actor, reason: str, request=None) -> Dossier:
    """Rút hồ sơ at the applicant's request (their own account, or recorded by the desk)."""
    reason = _text(reason, required_error=ERR_REASON)
    return _simple(dossier, actor, "withdraw", Status.WITHDRAWN, reason, request)


def dossier_apologize(*, dossier, actor, reason: str, new_date: dt.date, request=None) -> Dossier:
    """Phiếu xin lỗi và hẹn lại (Mẫu 04): at most ``max_reschedules`` times, at least
    ``apology_days_before`` working days before the deadline, to a later working day."""
    reason = _text(reason, required_error=ERR_REASON)
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "apologize", actor)
        if d.reschedule_count >= d.rules.max_reschedules:
            raise ValidationError(ERR_APOLOGY_TWICE)
        calendar = get_work_calendar()
        today = timezone.localdate()
        if (
            d.deadline is None
            or calendar.working_days_between(today, d.deadline) < d.rules.apology_days_before
        ):
            raise ValidationError(ERR_APOLOGY_LATE % {"days": d.rules.apology_days_before})
        if (
            not isinstance(new_date, dt.date)
            or new_date <= d.deadline
            or not calendar.is_working_day(new_date)
        ):
            raise ValidationError(ERR_NEW_DATE)
        d.reschedule_count += 1
        d.appointment_date = new_date
        d.save(update_fields=["reschedule_count", "appointment_date", "updated_at"])
        _event(
            d,
            verb="apologize",
            actor=actor,
            from_status=d.status,
            note=reason,
            data={"new_date": new_date.isoformat(), "deadline": d.deadline.isoformat()},
            request=request,
        )
    return d
