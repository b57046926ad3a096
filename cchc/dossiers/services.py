"""Writes of the one-stop shop: one guarded, audited service per verb.

Each service: ``transaction.atomic``, lock the dossier (``select_for_update``), check the
actor's role and the transition (``workflow.ACTIONS``), ``save(update_fields=...)``, write a
``DossierEvent`` and an ``AuditEvent`` (``cchc.dossiers.dossier.<verb>``). Errors are
``cchc.core.exceptions`` with Vietnamese messages. No other code sets ``status``.

Public API (used by the citizen side, h-filing): :class:`Applicant`, :func:`dossier_receive`,
:func:`dossier_withdraw`, :func:`dossier_attach`, :func:`dossier_record_event`,
:func:`rules_in_force`, :func:`dossier_code_next`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import record_event
from cchc.core.calendar import get_work_calendar
from cchc.core.cases import send_case_resolved_on_commit
from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError, ValidationError
from cchc.core.text import nfc

from . import permissions, rules
from .choices import AttachmentKind, Channel, Delivery, LegKind, LegStatus, Status, SupplementClock
from .models import (
    AgencyUnitCode,
    Dossier,
    DossierAttachment,
    DossierCounter,
    DossierEvent,
    RuleSet,
    TransferLeg,
)
from .workflow import ADMIN, DESK, can_transition

ERR_NO_RULES = _("Chưa có bộ quy tắc Một cửa nào áp dụng cho ngày nhận hồ sơ.")
ERR_NAME = _("Vui lòng nhập họ tên người nộp hồ sơ.")
ERR_REASON = _("Vui lòng nêu lý do.")
ERR_NOTE = _("Vui lòng ghi nội dung.")
ERR_POST_ADDRESS = _("Nhận kết quả qua bưu chính cần có địa chỉ nhận.")
ERR_POST_NOT_ALLOWED = _("Thủ tục này không trả kết quả qua bưu chính.")
ERR_TRACKING = _("Trả kết quả qua bưu chính cần có số hiệu bưu gửi.")
ERR_OFFICER = _(
    "Cán bộ được phân công phải thuộc cơ quan giải quyết hồ sơ và có quyền xử lý hồ sơ."
)
ERR_APOLOGY_TWICE = _("Hồ sơ đã được hẹn lại một lần; không thể hẹn lại nữa.")
ERR_APOLOGY_LATE = _("Phiếu xin lỗi phải gửi trước hạn giải quyết ít nhất %(days)s ngày làm việc.")
ERR_NEW_DATE = _("Ngày hẹn mới phải sau hạn giải quyết hiện tại và là ngày làm việc.")
ERR_LEG_AGENCY = _("Cơ quan liên thông phải khác cơ quan đang giải quyết và đang hoạt động.")
ERR_LEG_DAYS = _("Thời hạn liên thông phải từ 1 đến 60 ngày làm việc.")
ERR_LEGS_OPEN = _("Còn phiếu chuyển liên thông chưa có kết quả.")
ERR_FUTURE = _("Thời điểm nhận không được ở tương lai.")
ERR_TOO_LONG = _("Nội dung quá dài (tối đa %(max)s ký tự).")

MAX_TEXT = 4000


@dataclass(frozen=True)
class Applicant:
    """Người nộp hồ sơ (personal data: only the desk, the handlers and the applicant see it)."""

    name: str
    id_number: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class UploadedFile:
    """A file already checked by the caller (``cchc.core.uploads``) with its sniffed type."""

    content: bytes
    name: str
    mime: str
    title: str = ""
    kind: str = AttachmentKind.FILED
    required_document_id: int | None = None


# --- helpers -------------------------------------------------------------------------


def _text(value: str, *, required_error=None, max_length: int = MAX_TEXT) -> str:
    value = nfc((value or "").strip())
    if required_error is not None and not value:
        raise ValidationError(required_error)
    if len(value) > max_length:
        raise ValidationError(ERR_TOO_LONG % {"max": max_length})
    return value


def _lock(dossier: Dossier | int) -> Dossier:
    pk = dossier.pk if isinstance(dossier, Dossier) else dossier
    return Dossier.objects.select_for_update().get(pk=pk)


def _guard(dossier: Dossier, verb: str, actor) -> frozenset[str]:
    """Role and state check on the locked row, through the shared action table."""
    from .actions import TABLE

    TABLE.check(dossier, actor, verb)
    return permissions.roles_for(actor, dossier)


def _set_status(dossier: Dossier, target: str) -> None:
    if not can_transition(dossier.status, target):
        raise InvalidTransitionError()
    dossier.status = target


def _event(
    dossier: Dossier, *, verb: str, actor, from_status: str, note: str = "", data=None, request=None
):
    agency = permissions.officer_agency(actor)
    event = DossierEvent.objects.create(
        dossier=dossier,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        agency=agency,
        action=verb,
        from_status=from_status,
        to_status=dossier.status,
        note=note,
        data=data or {},
        created_at=timezone.now(),
    )
    record_event(
        f"cchc.dossiers.dossier.{verb}",
        actor=actor,
        obj=dossier,
        data={"from": from_status, "to": dossier.status, **(data or {})},
        request=request,
    )
    return event


def _local(moment: dt.datetime) -> dt.datetime:
    return timezone.localtime(moment)


def _clock(ruleset: RuleSet) -> rules.ClockRules:
    return rules.ClockRules(
        cutoff=ruleset.cutoff, after_cutoff_next_day=ruleset.after_cutoff_next_day
    )


def rules_in_force(moment: dt.datetime | dt.date) -> RuleSet:
    """The rule set in force on a day (the latest ``effective_from`` not after it)."""
    day = _local(moment).date() if isinstance(moment, dt.datetime) else moment
    ruleset = RuleSet.objects.filter(effective_from__lte=day).order_by("-effective_from").first()
    if ruleset is None:
        raise ValidationError(ERR_NO_RULES)
    return ruleset


def unit_code(agency) -> str:
    try:
        return agency.dossier_unit_code.code
    except AgencyUnitCode.DoesNotExist:
        return agency.code


def dossier_code_next(agency, day: dt.date) -> str:
    """The next code of the day for an agency. Must run inside the receiving transaction:
    the counter row is updated (and so locked) until commit, so codes are unique, and a
    rolled-back receipt gives its serial back (gap-free)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("dossier_code_next must run inside the receiving transaction")
    prefix = unit_code(agency)
    serial = None
    for _attempt in range(3):
        serial = _counter_increment(prefix, day)
        if serial is None:
            try:
                with transaction.atomic():
                    DossierCounter.objects.create(prefix=prefix, day=day, last=1)
                serial = 1
            except IntegrityError:  # another transaction created it first: update it
                continue
        break
    if serial is None:
        serial = DossierCounter.objects.get(prefix=prefix, day=day).last
    return f"{prefix}-{day:%y%m%d}-{serial:04d}"


def _counter_increment(prefix: str, day: dt.date) -> int | None:
    """``last + 1`` in one atomic statement that returns the new value (``UPDATE ...
    RETURNING``: PostgreSQL, SQLite ≥ 3.35), so the row is read and written once while it
    is locked. ``None`` when the day's row does not exist yet."""
    connection = transaction.get_connection()
    if not connection.features.can_return_rows_from_update:
        updated = DossierCounter.objects.filter(prefix=prefix, day=day).update(last=F("last") + 1)
        return DossierCounter.objects.get(prefix=prefix, day=day).last if updated else None
    q = connection.ops.quote_name
    table, last = q(DossierCounter._meta.db_table), q("last")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {last} = {last} + 1 "  # noqa: S608 (names quoted, values bound)
            f"WHERE {q('prefix')} = %s AND {q('day')} = %s RETURNING {last}",
            [prefix, connection.ops.adapt_datefield_value(day)],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _deadline(dossier: Dossier, start: dt.datetime) -> dt.date:
    calendar = get_work_calendar()
    return rules.deadline_for(
        _local(start),
        dossier.time_limit_days,
        _clock(dossier.rules),
        calendar,
        paused_working_days=dossier.paused_days,
    )


def _time_limit(procedure, channel: str) -> Decimal:
    """The procedure's time limit for the channel (ProcedureChannel overrides)."""
    from cchc.procedures.choices import Channel as ProcChannel

    wanted = {
        Channel.DESK: ProcChannel.DIRECT,
        Channel.ONLINE: ProcChannel.ONLINE,
        Channel.POST: ProcChannel.POSTAL,
    }[Channel(channel)]
    for row in procedure.channels.all():
        if row.channel == wanted and row.time_limit_days is not None:
            return row.time_limit_days
    return procedure.time_limit_days or Decimal(0)


def _store_files(
    dossier: Dossier, files: Iterable[UploadedFile], actor, kind=None
) -> list[DossierAttachment]:
    stored = []
    for f in files:
        att = DossierAttachment(
            dossier=dossier,
            kind=kind or f.kind,
            required_document_id=f.required_document_id,
            title=_text(f.title or f.name, max_length=500) or "tệp",
            original_name=f.name[:255],
            mime=f.mime,
            size=len(f.content),
            sha256=hashlib.sha256(f.content).hexdigest(),
            uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        ext = f.name.rsplit(".", 1)[-1].lower() if "." in f.name else "bin"
        att.file.save(
            f"{hashlib.sha256(f.content).hexdigest()[:16]}.{ext[:8]}",
            ContentFile(f.content),
            save=False,
        )
        att.save()
        stored.append(att)
    return stored


# --- receiving -------------------------------------------------------------------------


def _check_receipt(
    *,
    procedure,
    receiving_agency,
    channel,
    delivery,
    actor,
    applicant_name,
    delivery_address,
    received_at,
):
    """The receipt's input, checked before anything is written: (name, address, moment)."""
    if channel not in Channel.values or delivery not in Delivery.values:
        raise ValidationError()
    if channel != Channel.ONLINE and not permissions.is_desk_of(actor, receiving_agency):
        raise PermissionDeniedError()  # desk and post filings are entered by the desk
    name = _text(applicant_name, required_error=ERR_NAME, max_length=255)
    address = _text(delivery_address, max_length=500)
    if delivery == Delivery.POST:
        if not procedure.postal_return:
            raise ValidationError(ERR_POST_NOT_ALLOWED)
        if not address:
            raise ValidationError(ERR_POST_ADDRESS)
    now = timezone.now()
    received_at = received_at or now
    if received_at > now + dt.timedelta(minutes=5):
        raise ValidationError(ERR_FUTURE)
    return name, address, received_at


def dossier_receive(
    *,
    procedure,
    receiving_agency,
    applicant: Applicant,
    channel: str,
    actor=None,
    delivery: str = Delivery.DESK,
    delivery_address: str = "",
    delivery_fee: int = 0,
    handling_agency=None,
    subject: str = "",
    files: Iterable[UploadedFile] = (),
    received_at: dt.datetime | None = None,
    applicant_user=None,
    submission_key: str | None = None,
    note: str = "",
    request=None,
) -> Dossier:
    """Record a dossier as received (desk, online or post) and give it its code.

    The desk role of ``receiving_agency`` is needed when ``actor`` is staff; an online
    filing passes ``actor=None`` (or the applicant) and ``channel=online``. A repeated
    ``submission_key`` (double click, retry) returns the dossier already received.
    """
    if submission_key:
        existing = Dossier.objects.filter(submission_key=submission_key).first()
        if existing is not None:
            return existing
    name, address, received_at = _check_receipt(
        procedure=procedure,
        receiving_agency=receiving_agency,
        channel=channel,
        delivery=delivery,
        actor=actor,
        applicant_name=applicant.name,
        delivery_address=delivery_address,
        received_at=received_at,
    )
    ruleset = rules_in_force(received_at)
    try:
        with transaction.atomic():
            dossier = Dossier(
                # A placeholder until the files are stored: the day's counter row is locked
                # from the moment the serial is taken until commit, so take it last.
                code=f"~{uuid.uuid4().hex}",
                procedure=procedure,
                receiving_agency=receiving_agency,
                handling_agency=handling_agency or procedure.agency or receiving_agency,
                rules=ruleset,
                applicant_name=name,
                applicant_id_number=_text(applicant.id_number, max_length=20),
                applicant_organisation=_text(applicant.organisation, max_length=255),
                applicant_phone=_text(applicant.phone, max_length=30),
                applicant_email=_text(applicant.email, max_length=254),
                applicant_address=_text(applicant.address, max_length=500),
                applicant_user=applicant_user,
                subject=_text(subject, max_length=2000),
                channel=channel,
                delivery=delivery,
                delivery_address=address,
                delivery_fee=max(0, int(delivery_fee or 0)),
                submission_key=submission_key or None,
                status=Status.RECEIVED,
                time_limit_days=_time_limit(procedure, channel),
                received_at=received_at,
                created_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
            dossier.save()
            stored = _store_files(dossier, files, actor)
            dossier.code = dossier_code_next(receiving_agency, _local(received_at).date())
            dossier.save(update_fields=["code"])
            _event(
                dossier,
                verb="receive",
                actor=actor,
                from_status="",
                note=_text(note),
                data={"channel": channel, "files": len(stored), "rules": ruleset.pk},
                request=request,
            )
    except IntegrityError:
        if submission_key:
            existing = Dossier.objects.filter(submission_key=submission_key).first()
            if existing is not None:
                return existing
        raise
    return dossier


def dossier_accept(*, dossier, actor, note: str = "", request=None) -> Dossier:
    """Complete dossier: receipt and appointment (Mẫu 01). The clock starts at receipt
    (or, after a supplement under a "restart" rule, at the supplement's arrival)."""
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "accept", actor)
        before = d.status
        d.accepted_at = timezone.now()
        # The clock counts from the receipt of the complete dossier: the last supplement
        # received before acceptance, if any (nothing was running before acceptance).
        last_supplement = (
            d.events.filter(action="supplement_received").order_by("-created_at").first()
        )
        start = last_supplement.created_at if last_supplement is not None else d.received_at
        d.paused_days = 0
        d.deadline = _deadline(d, start)
        d.appointment_date = d.deadline
        _set_status(d, Status.ACCEPTED)
        d.save(
            update_fields=[
                "status",
                "accepted_at",
                "deadline",
                "appointment_date",
                "paused_days",
                "updated_at",
            ]
        )
        _event(
            d,
            verb="accept",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"deadline": d.deadline.isoformat()},
            request=request,
        )
    return d


def dossier_request_supplement(*, dossier, actor, missing: str, request=None) -> Dossier:
    """Phiếu yêu cầu bổ sung (Mẫu 02): list everything missing at once; the clock stops."""
    missing = _text(missing, required_error=ERR_NOTE)
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "request_supplement", actor)
        before = d.status
        d.resume_status = before
        d.paused_since = timezone.now()
        _set_status(d, Status.SUPPLEMENT_REQUESTED)
        d.save(update_fields=["status", "resume_status", "paused_since", "updated_at"])
        _event(
            d,
            verb="request_supplement",
            actor=actor,
            from_status=before,
            note=missing,
            request=request,
        )
    return d


def dossier_supplement_received(
    *, dossier, actor, note: str = "", files: Iterable[UploadedFile] = (), request=None
) -> Dossier:
    """The supplement arrived: back to where the dossier paused; the clock resumes (paused
    working days push the deadline) or restarts, as the dossier's rule set says."""
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "supplement_received", actor)
        before = d.status
        target = d.resume_status or Status.RECEIVED
        now = timezone.now()
        calendar = get_work_calendar()
        fields = [
            "status",
            "resume_status",
            "paused_since",
            "paused_days",
            "deadline",
            "appointment_date",
            "updated_at",
        ]
        if d.deadline is not None and d.paused_since is not None:
            if d.rules.supplement_clock == SupplementClock.RESTART:
                d.paused_days = 0
                d.deadline = _deadline(d, now)
            else:
                lost = rules.paused_working_days(
                    _local(d.paused_since).date(), _local(now).date(), calendar
                )
                d.paused_days += lost
                d.deadline = calendar.add_working_days(d.deadline, lost) if lost else d.deadline
            if d.reschedule_count == 0:
                d.appointment_date = d.deadline
        d.paused_since = None
        d.resume_status = ""
        _set_status(d, target)
        d.save(update_fields=fields)
        stored = _store_files(d, files, actor, kind=AttachmentKind.SUPPLEMENT)
        _event(
            d,
            verb="supplement_received",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"files": len(stored), "deadline": d.deadline.isoformat() if d.deadline else None},
            request=request,
        )
    return d


def dossier_refuse_receipt(*, dossier, actor, reason: str, request=None) -> Dossier:
    """Phiếu từ chối tiếp nhận (Mẫu 03), with reasons."""
    reason = _text(reason, required_error=ERR_REASON)
    return _simple(
        dossier,
        actor,
        "refuse_receipt",
        Status.RECEIPT_REFUSED,
        reason,
        request,
        extra={"refusal_reason": reason},
    )


def dossier_assign(*, dossier, actor, officer, note: str = "", request=None) -> Dossier:
    """The head of the handling agency assigns a handler (NĐ 61 Đ.19)."""
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "assign", actor)
        _check_officer(d, officer)
        before = d.status
        d.assigned_to = officer
        _set_status(d, Status.ASSIGNED)
        d.save(update_fields=["status", "assigned_to", "updated_at"])
        _event(
            d,
            verb="assign",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"officer": officer.pk},
            request=request,
        )
    return d


def _check_officer(d: Dossier, officer) -> None:
    if officer is None or not officer.is_active:
        raise ValidationError(ERR_OFFICER)
    agency = permissions.officer_agency(officer)
    if agency is None or agency.pk != d.handling_agency_id:
        raise ValidationError(ERR_OFFICER)
    if not (
        officer.has_perm("dossiers.handle_dossier") or officer.has_perm("dossiers.lead_dossier")
    ):
        raise ValidationError(ERR_OFFICER)


def dossier_bulk_assign(
    *, dossiers: Iterable[Dossier | int], actor, officer, request=None
) -> tuple[list, list]:
    """Assign many; each dossier in its own transaction. Returns (done, [(dossier, error)])."""
    done, failed = [], []
    for dossier in dossiers:
        try:
            done.append(
                dossier_assign(dossier=dossier, actor=actor, officer=officer, request=request)
            )
        except (
            PermissionDeniedError,
            InvalidTransitionError,
            ValidationError,
            Dossier.DoesNotExist,
        ) as exc:
            failed.append((dossier, getattr(exc, "message", str(exc))))
    return done, failed


def dossier_assess(*, dossier, actor, note: str, request=None) -> Dossier:
    note = _text(note, required_error=ERR_NOTE)
    return _simple(dossier, actor, "assess", Status.ASSESSED, note, request)


def dossier_consult(
    *,
    dossier,
    actor,
    to_agency,
    days: int,
    task: str = "",
    kind: str = LegKind.TRANSFER,
    request=None,
) -> TransferLeg:
    """Phiếu chuyển: a leg to another agency with its own task and deadline (liên thông)."""
    task = _text(task, max_length=2000)
    try:
        days = int(days)
    except (TypeError, ValueError):
        raise ValidationError(ERR_LEG_DAYS) from None
    if not 1 <= days <= 60:
        raise ValidationError(ERR_LEG_DAYS)
    if kind not in LegKind.values:
        raise ValidationError()
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "consult", actor)
        if (
            to_agency is None
            or to_agency.pk == d.handling_agency_id
            or to_agency.status != "active"
        ):
            raise ValidationError(ERR_LEG_AGENCY)
        before = d.status
        if before != Status.CONSULTING:
            d.resume_status = before
        today = timezone.localdate()
        leg = TransferLeg.objects.create(
            dossier=d,
            kind=kind,
            from_agency=d.handling_agency,
            to_agency=to_agency,
            task=task,
            days=days,
            deadline=get_work_calendar().add_working_days(today, days),
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        _set_status(d, Status.CONSULTING)
        d.save(update_fields=["status", "resume_status", "updated_at"])
        _event(
            d,
            verb="consult",
            actor=actor,
            from_status=before,
            note=task,
            data={
                "leg": leg.pk,
                "to_agency": to_agency.pk,
                "days": days,
                "kind": kind,
                "deadline": leg.deadline.isoformat(),
            },
            request=request,
        )
    return leg


def dossier_leg_complete(
    *, leg: TransferLeg | int, actor, reply: str, dossier=None, request=None
) -> TransferLeg:
    """The receiving agency of a leg answers; with no leg open the dossier goes back to
    "assessed" for its handling agency to decide."""
    reply = _text(reply, required_error=ERR_NOTE)
    leg_pk = leg.pk if isinstance(leg, TransferLeg) else leg
    with transaction.atomic():
        leg = TransferLeg.objects.select_for_update().get(pk=leg_pk)
        if dossier is not None and leg.dossier_id != dossier.pk:
            raise InvalidTransitionError()
        d = _lock(leg.dossier_id)
        roles = permissions.roles_for(actor, d)
        agency = permissions.officer_agency(actor)
        if ADMIN not in roles and not (
            agency is not None and agency.pk == leg.to_agency_id and "leg" in roles
        ):
            raise PermissionDeniedError()
        if leg.status != LegStatus.OPEN or d.status != Status.CONSULTING:
            raise InvalidTransitionError()
        now = timezone.now()
        leg.status = LegStatus.DONE
        leg.reply = reply
        leg.completed_at = now
        leg.completed_by = actor
        leg.outcome = rules.outcome_for(_local(now).date(), leg.deadline)
        leg.save(update_fields=["status", "reply", "completed_at", "completed_by", "outcome"])
        before = d.status
        if not d.legs.filter(status=LegStatus.OPEN).exists():
            _set_status(d, Status.ASSESSED)
            d.resume_status = ""
            d.save(update_fields=["status", "resume_status", "updated_at"])
        _event(
            d,
            verb="leg_complete",
            actor=actor,
            from_status=before,
            note=reply,
            data={"leg": leg.pk, "outcome": leg.outcome},
            request=request,
        )
    return leg


def dossier_approve(*, dossier, actor, note: str = "", request=None) -> Dossier:
    return _simple(dossier, actor, "approve", Status.APPROVED, _text(note), request)


def dossier_refuse(*, dossier, actor, reason: str, request=None) -> Dossier:
    """Rejected on substance: Phiếu từ chối giải quyết, with reasons."""
    reason = _text(reason, required_error=ERR_REASON)
    return _simple(
        dossier, actor, "refuse", Status.REFUSED, reason, request, extra={"refusal_reason": reason}
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


def dossier_attach(
    *, dossier, actor, files: Iterable[UploadedFile], request=None
) -> list[DossierAttachment]:
    """Add files without a status change (desk scan, handler's working papers)."""
    with transaction.atomic():
        d = _lock(dossier)
        roles = permissions.roles_for(actor, d)
        if not roles & {DESK, "handler", "leader", ADMIN}:
            raise PermissionDeniedError()
        stored = _store_files(d, files, actor)
        _event(
            d,
            verb="attach",
            actor=actor,
            from_status=d.status,
            data={"files": [a.pk for a in stored]},
            request=request,
        )
    return stored


def dossier_record_event(
    *, dossier, actor, action: str, note: str = "", data=None, request=None
) -> DossierEvent:
    """An event without a status change (fee paid / refunded, notification sent...).
    ``action`` is a short verb, e.g. ``fee_paid``; callers authorise."""
    with transaction.atomic():
        d = _lock(dossier)
        return _event(
            d,
            verb=action[:40],
            actor=actor,
            from_status=d.status,
            note=_text(note),
            data=data,
            request=request,
        )


def dossier_notify_applicant(*, dossier, subject: str, body: str) -> int:
    """Queue a message to the applicant by e-mail and/or SMS (the accounts outbox, sent
    after the caller's transaction commits). Returns the number of messages queued."""
    from cchc.accounts.models import OutboundMessage
    from cchc.accounts.services import message_queue

    d = dossier if isinstance(dossier, Dossier) else Dossier.objects.get(pk=dossier)
    queued = 0
    with transaction.atomic():
        if d.applicant_email:
            message_queue(
                channel=OutboundMessage.Channel.EMAIL,
                recipient=d.applicant_email,
                subject=subject,
                body=body,
            )
            queued += 1
        if d.applicant_phone:
            message_queue(
                channel=OutboundMessage.Channel.SMS, recipient=d.applicant_phone, body=body[:300]
            )
            queued += 1
    return queued


def _simple(dossier, actor, verb, target, note, request, *, extra=None) -> Dossier:
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, verb, actor)
        before = d.status
        fields = ["status", "updated_at"]
        for name, value in (extra or {}).items():
            setattr(d, name, value)
            fields.append(name)
        _set_status(d, target)
        d.save(update_fields=fields)
        _event(d, verb=verb, actor=actor, from_status=before, note=note, request=request)
    return d


__all__ = [
    "Applicant",
    "UploadedFile",
    "DESK",
    "rules_in_force",
    "unit_code",
    "dossier_code_next",
    "dossier_receive",
    "dossier_accept",
    "dossier_request_supplement",
    "dossier_supplement_received",
    "dossier_refuse_receipt",
    "dossier_assign",
    "dossier_bulk_assign",
    "dossier_assess",
    "dossier_consult",
    "dossier_leg_complete",
    "dossier_approve",
    "dossier_refuse",
    "dossier_result_ready",
    "dossier_return",
    "dossier_close",
    "dossier_withdraw",
    "dossier_apologize",
    "dossier_attach",
    "dossier_record_event",
    "dossier_notify_applicant",
]
