"""Shared pieces of the dossier services: the input types, messages, the lock, the guard,
the event (``DossierEvent`` + ``AuditEvent``), the rule set in force and stored files."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cchc.core.audit import record_event
from cchc.core.calendar import get_work_calendar
from cchc.core.exceptions import InvalidTransitionError, ValidationError
from cchc.core.text import nfc

from .. import permissions, rules
from ..choices import AttachmentKind, Channel
from ..models import Dossier, DossierAttachment, DossierEvent, RuleSet
from ..workflow import can_transition

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
    from ..actions import TABLE

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
    """Write the files to storage, then their rows in one INSERT (no model signals: nothing
    listens to attachments). Each file is hashed once: the digest names it too."""
    uploaded_by = actor if getattr(actor, "is_authenticated", False) else None
    stored = []
    for f in files:
        digest = hashlib.sha256(f.content).hexdigest()
        att = DossierAttachment(
            dossier=dossier,
            kind=kind or f.kind,
            required_document_id=f.required_document_id,
            title=_text(f.title or f.name, max_length=500) or "tệp",
            original_name=f.name[:255],
            mime=f.mime,
            size=len(f.content),
            sha256=digest,
            uploaded_by=uploaded_by,
        )
        ext = f.name.rsplit(".", 1)[-1].lower() if "." in f.name else "bin"
        att.file.save(f"{digest[:16]}.{ext[:8]}", ContentFile(f.content), save=False)
        stored.append(att)
    if stored:
        DossierAttachment.objects.bulk_create(stored)
    return stored


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
