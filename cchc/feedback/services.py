"""Writes on feedback cases: one service per verb (NĐ 20/2008/NĐ-CP workflow).

Each verb: ``transaction.atomic``, ``select_for_update`` on the case, permission and
transition guard (the action table, ``actions.TABLE.check``), ``save(update_fields=...)``,
a ``FeedbackEvent``, an audit row, and notifications after commit.

Why over 500 lines: one service per verb of the case workflow, each short; the intake
(feedback_submit) is to move to feedback/intake.py when next touched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.calendar import get_work_calendar
from cchc.core.cases import send_case_resolved_on_commit
from cchc.core.cleaning import clean_text
from cchc.core.dates import format_short
from cchc.core.exceptions import (
    InvalidTransitionError,
    PermissionDeniedError,
    StorageUnavailableError,
    ValidationError,
)
from cchc.core.redact import redact
from cchc.core.text import fold, nfc
from cchc.core.uploads import MEDIA, UnsafeUpload, inspect_upload, read_upload, sniff
from cchc.directory.selectors import Agency, agency_get_active

from . import permissions
from .choices import Channel, Kind, RejectReason, Status
from .models import Feedback, FeedbackAttachment, FeedbackCategory, FeedbackEvent
from .notifications import lookup_url, notify_submitter
from .spam import DEFAULT_WORDS, spam_score
from .tracking import allocate_code

logger = logging.getLogger("cchc.feedback")

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
FORWARD_LIMIT_DAYS = 5  # NĐ 20/2008 Đ.9: forward within 05 working days of receipt

ERR_IDENTITY = gettext_lazy(
    "Vui lòng ghi rõ họ tên, địa chỉ và số điện thoại hoặc thư điện tử (Nghị định 20/2008/NĐ-CP, Điều 7)."
)
ERR_EMAIL = gettext_lazy("Địa chỉ thư điện tử không hợp lệ.")
ERR_CONTENT = gettext_lazy("Vui lòng nhập tiêu đề và nội dung phản ánh, kiến nghị.")
ERR_TOO_MANY_FILES = gettext_lazy("Chỉ được gửi tối đa 5 tệp đính kèm.")
ERR_FILE_TOO_BIG = gettext_lazy("Tệp “%(name)s” vượt quá 10 MB.")
ERR_FILE_TYPE = gettext_lazy(
    "Tệp “%(name)s” không phải ảnh (JPEG, PNG, WebP) hoặc PDF; hệ thống kiểm tra nội dung tệp, không dựa vào phần mở rộng."
)
ERR_REJECT_REASON = gettext_lazy("Vui lòng chọn lý do không thụ lý theo quy định.")
ERR_AGENCY = gettext_lazy("Vui lòng chọn cơ quan đang hoạt động.")
ERR_SAME_AGENCY = gettext_lazy("Phản ánh đang được giao cho cơ quan này.")
ERR_OFFICER_AGENCY = gettext_lazy("Cán bộ chỉ có thể nhận xử lý cho chính cơ quan của mình.")
ERR_FORWARD_LATE = gettext_lazy(
    "Đã quá thời hạn chuyển cơ quan khác (05 ngày làm việc kể từ ngày tiếp nhận, hạn %(due)s). "
    "Muốn chuyển muộn, nhập lý do chuyển muộn; việc chuyển muộn được ghi nhật ký."
)
ERR_ANSWER = gettext_lazy("Vui lòng nhập nội dung trả lời.")
ERR_PUBLIC_TEXT = gettext_lazy("Nội dung công khai không được để trống.")


@dataclass(frozen=True)
class Submission:
    """What an intake channel hands to :func:`feedback_submit`."""

    channel: str
    subject: str
    content: str
    kind: str = Kind.REPORT
    category: FeedbackCategory | None = None
    submitter_name: str = ""
    submitter_address: str = ""
    submitter_phone: str = ""
    submitter_email: str = ""
    submitter_social_id: str = ""
    location_text: str = ""
    lat: float | None = None
    lng: float | None = None
    area: Agency | None = None
    external_ref: str = ""
    ip: str | None = None


# --- helpers ----------------------------------------------------------------------------


def _answer_days(category: FeedbackCategory | None) -> int:
    if category is not None and category.deadline_days:
        return category.deadline_days
    return int(getattr(settings, "FEEDBACK_DEFAULT_DEADLINE_DAYS", 10))


def _deadlines(received_on: dt.date, category) -> tuple[dt.date, dt.date]:
    calendar = get_work_calendar()
    return (
        calendar.add_working_days(received_on, FORWARD_LIMIT_DAYS),
        calendar.add_working_days(received_on, _answer_days(category)),
    )


def check_attachment(upload) -> str:
    """The sniffed MIME type of an upload; raises ValidationError when not acceptable."""
    name = getattr(upload, "name", "") or "tệp"
    checked = getattr(upload, "_cchc_checked", None)
    if checked is not None:  # the form checked it already: decode a 40 MP photo once, not twice
        return checked[0]
    data = read_upload(upload, max_bytes=MAX_ATTACHMENT_BYTES)
    if data is None or getattr(upload, "size", None) is None:
        raise ValidationError(ERR_FILE_TOO_BIG % {"name": name})
    mime = sniff(data)
    if mime is None or mime not in MEDIA:
        raise ValidationError(ERR_FILE_TYPE % {"name": name})
    try:
        content = inspect_upload(data, mime, name=name)
    except UnsafeUpload as exc:
        raise ValidationError(exc.message, code=exc.code) from exc
    upload._cchc_checked = (mime, content)
    return mime


def _checked_content(upload) -> ContentFile:
    """What is stored: the re-encoded picture, or the checked PDF as it came."""
    mime, data = upload._cchc_checked
    return ContentFile(data, name=f"upload{MEDIA[mime]}")


def _lock(feedback: Feedback | int) -> Feedback:
    pk = feedback.pk if isinstance(feedback, Feedback) else feedback
    return Feedback.objects.select_for_update().get(pk=pk)


def _guard(fb: Feedback, verb: str, actor) -> None:
    """Permission and status check of the action table, on the locked row."""
    from .actions import TABLE  # the table refers to the services below

    TABLE.check(fb, actor, verb)


def _event(fb: Feedback, *, verb, actor, from_status, note="", data=None, request=None):
    FeedbackEvent.objects.create(
        feedback=fb,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=verb,
        from_status=from_status,
        to_status=fb.status,
        note=note,
        data=data or {},
    )
    record_event(
        f"cchc.feedback.feedback.{verb}",
        actor=actor,
        obj=fb,
        data={"from": from_status, "to": fb.status, **(data or {})},
        request=request,
    )


def _spam_words() -> tuple[str, ...]:
    return tuple(getattr(settings, "FEEDBACK_SPAM_WORDS", DEFAULT_WORDS))


# --- intake -----------------------------------------------------------------------------


def feedback_submit(
    *,
    submission: Submission,
    files=(),
    actor=None,
    require_identity: bool | None = None,
    request=None,
) -> Feedback:
    """Create a case from any channel and return it with its tracking code.

    Written feedback must identify the sender (Đ.7): web, hotline, post and in-person
    entries require name, address and a phone or e-mail. Social and e-mail messages are
    accepted as they come; the coordinator may then refuse them under Đ.7.
    Idempotent for a given (channel, external_ref).
    """
    s = _clean_submission(submission)
    subject, content = _subject_and_content(s)
    submitter = _submitter_fields(s, require_identity)
    files = list(files or ())
    if len(files) > MAX_ATTACHMENTS:
        raise ValidationError(ERR_TOO_MANY_FILES)
    mimes = [check_attachment(f) for f in files]
    external_ref = (s.external_ref or "")[:255]
    existing = _already_received(s.channel, external_ref)
    if existing is not None:
        return existing
    score = spam_score(subject, content, words=_spam_words())
    stored: list[str] = []
    try:
        with transaction.atomic():
            fb = _feedback_create(
                s, subject=subject, content=content, submitter=submitter,
                external_ref=external_ref, actor=actor, score=score,
            )  # fmt: skip
            _attachments_save(fb, files, mimes, stored)
            _submitted(fb, actor=actor, request=request)
    except OSError as exc:
        # Disk full, storage unreachable: the transaction is rolled back (no case, no code
        # used, no notification); the files already written go too.
        _discard_files(stored)
        logger.exception("attachment storage failed; submission rolled back")
        raise StorageUnavailableError() from exc
    except IntegrityError:
        _discard_files(stored)
        existing = _already_received(s.channel, external_ref)  # arrived twice at once
        if existing is None:
            raise
        return existing
    # Any other database error (the server restarted or failed over) leaves the files alone:
    # the COMMIT may have succeeded before the connection broke, so deleting them could leave
    # a stored case without its files (tests/faults/test_postgres_restart.py found exactly
    # that). Files of a transaction that did not commit are orphans, which
    # ``feedback_cleanup_orphans`` removes once no row points to them.
    return fb


def _already_received(channel: str, external_ref: str) -> Feedback | None:
    """The case already made from this message of a channel (by its external id)."""
    if not external_ref:
        return None
    return Feedback.objects.filter(channel=channel, external_ref=external_ref).first()


def _subject_and_content(s: Submission) -> tuple[str, str]:
    """Both required; a missing subject is the content's first line."""
    subject = nfc(s.subject or "").strip()[:200]
    content = nfc(s.content or "").strip()[:10000]
    if not subject and content:
        subject = content.splitlines()[0][:120]
    if not subject or not content:
        raise ValidationError(ERR_CONTENT)
    return subject, content


def _submitter_fields(s: Submission, require_identity: bool | None) -> dict[str, str]:
    """The sender's name, address, phone and e-mail as stored; written channels must
    identify the sender (``require_identity`` None: by channel)."""
    if require_identity is None:
        require_identity = s.channel in {
            Channel.WEB,
            Channel.HOTLINE,
            Channel.POST,
            Channel.IN_PERSON,
        }
    name = nfc(s.submitter_name or "").strip()[:150]
    address = nfc(s.submitter_address or "").strip()[:255]
    phone = (s.submitter_phone or "").strip()[:20]
    email = (s.submitter_email or "").strip().lower()[:254]
    if require_identity and not (name and address and (phone or email)):
        raise ValidationError(ERR_IDENTITY)
    if email:
        try:
            validate_email(email)
        except DjangoValidationError as exc:
            raise ValidationError(ERR_EMAIL) from exc
    return {
        "submitter_name": name,
        "submitter_address": address,
        "submitter_phone": phone,
        "submitter_email": email,
    }


def _feedback_create(
    s: Submission,
    *,
    subject: str,
    content: str,
    submitter: dict[str, str],
    external_ref: str,
    actor,
    score: int,
) -> Feedback:
    """The case row: its code, status (spam above the threshold) and deadlines."""
    threshold = int(getattr(settings, "FEEDBACK_SPAM_THRESHOLD", 4))
    now = timezone.now()
    received_on = timezone.localdate(now)
    forward_due, answer_due = _deadlines(received_on, s.category)
    fb = Feedback(
        code=allocate_code(received_on.year),
        channel=s.channel,
        kind=s.kind or Kind.REPORT,
        category=s.category,
        subject=subject,
        content=content,
        location_text=nfc(s.location_text or "").strip()[:255],
        lat=s.lat,
        lng=s.lng,
        area=s.area,
        **submitter,
        submitter_social_id=(s.submitter_social_id or "")[:100],
        external_ref=external_ref,
        submitted_ip=s.ip or None,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        status=Status.SPAM if score >= threshold else Status.RECEIVED,
        received_on=received_on,
        forward_due=forward_due,
        answer_due=answer_due,
        spam_score=score,
        created_at=now,
    )
    fb.save()
    return fb


def _attachments_save(fb: Feedback, files: list, mimes: list[str], stored: list[str]) -> None:
    """The checked files, each written to the storage before its row (``stored`` lists
    them for the caller to discard if the transaction fails)."""
    for upload, mime in zip(files, mimes, strict=True):
        content = _checked_content(upload)
        attachment = FeedbackAttachment(
            feedback=fb,
            original_name=(getattr(upload, "name", "") or "")[-255:],
            content_type=mime,
            size=content.size,
        )
        # Written to the storage before the row: a crash between the two leaves a
        # file without a row, which ``feedback_cleanup_orphans`` removes later.
        attachment.file.save(content.name or "upload", content, save=False)
        stored.append(attachment.file.name or "")
        attachment.save()


def _submitted(fb: Feedback, *, actor, request=None) -> None:
    """The case's first event; the sender is told the code, unless it looks like spam."""
    data = {"channel": fb.channel, "spam_score": fb.spam_score}
    _event(fb, verb="submit", actor=actor, from_status="", data=data, request=request)
    if fb.status != Status.RECEIVED:
        return
    notify_submitter(
        fb,
        _("Đã tiếp nhận phản ánh, kiến nghị %(code)s") % {"code": fb.code},
        _(
            "Phản ánh, kiến nghị của bạn đã được tiếp nhận với mã %(code)s. "
            "Tra cứu tình trạng xử lý tại %(url)s bằng mã này "
            "và số điện thoại hoặc thư điện tử đã khai. Hạn trả lời dự kiến: %(due)s."
        )
        % {
            "code": fb.code,
            "due": format_short(fb.answer_due),
            "url": lookup_url(fb.code),
        },
    )


def _clean_submission(submission: Submission) -> Submission:
    """Every text field without NUL and other control characters (tabs, newlines kept).

    Channels that bypass the web edge (e-mail, Facebook, Zalo, Open311 JSON) reach here
    with whatever the sender typed; PostgreSQL refuses NUL and XML outputs refuse the rest.
    """
    changes: dict[str, Any] = {
        f.name: clean_text(getattr(submission, f.name))
        for f in dataclasses.fields(submission)
        if isinstance(getattr(submission, f.name), str)
    }
    return dataclasses.replace(submission, **changes)


def _discard_files(names: list[str]) -> None:
    """Best effort: what cannot be deleted now is an orphan for the cleanup command."""
    storage = FeedbackAttachment._meta.get_field("file").storage
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("could not delete %s after a failed submission", name)


# --- workflow verbs ----------------------------------------------------------------------


def feedback_accept(
    *,
    feedback,
    actor,
    category: FeedbackCategory | None = None,
    kind: str | None = None,
    note: str = "",
    request=None,
) -> Feedback:
    """Accept (thụ lý) a received case; may reclassify it (deadline recomputed)."""
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "accept", actor)
        old = fb.status
        fields = ["status", "updated_at"]
        if category is not None and category.pk != fb.category_id:
            fb.category = category
            fb.forward_due, fb.answer_due = _deadlines(fb.received_on, category)
            fields += ["category", "forward_due", "answer_due"]
        if kind:
            fb.kind = Kind(kind)
            fields.append("kind")
        fb.status = Status.ACCEPTED
        fb.save(update_fields=fields)
        _event(fb, verb="accept", actor=actor, from_status=old, note=note, request=request)
    return fb


def feedback_reject(*, feedback, actor, reason: str, note: str = "", request=None) -> Feedback:
    """Do not accept (không thụ lý), with a legal reason (Đ.7 / Đ.9)."""
    if reason not in RejectReason.values:
        raise ValidationError(ERR_REJECT_REASON)
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "reject", actor)
        old = fb.status
        fb.status = Status.REJECTED
        fb.reject_reason = reason
        fb.save(update_fields=["status", "reject_reason", "updated_at"])
        _event(
            fb,
            verb="reject",
            actor=actor,
            from_status=old,
            note=note,
            data={"reason": reason},
            request=request,
        )
        if old != Status.SPAM:
            notify_submitter(
                fb,
                _("Phản ánh, kiến nghị %(code)s không được thụ lý") % {"code": fb.code},
                _("Phản ánh, kiến nghị %(code)s không được thụ lý. Lý do: %(reason)s.")
                % {"code": fb.code, "reason": RejectReason(reason).label},
            )
    return fb


def _active_agency(agency) -> Agency:
    if agency is None:
        raise ValidationError(ERR_AGENCY)
    if not isinstance(agency, Agency):
        agency = agency_get_active(agency)
    if agency is None or agency.status != Agency.Status.ACTIVE:
        raise ValidationError(ERR_AGENCY)
    return agency


def feedback_assign(*, feedback, actor, agency, note: str = "", request=None) -> Feedback:
    """Give the case to an agency; an officer of a forwarded-to agency acknowledges it."""
    agency = _active_agency(agency)
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "assign", actor)
        if not permissions.is_coordinator(actor) and agency.pk != fb.assigned_agency_id:
            raise PermissionDeniedError(ERR_OFFICER_AGENCY)
        old = fb.status
        fb.status = Status.ASSIGNED
        fb.assigned_agency = agency
        fb.save(update_fields=["status", "assigned_agency", "updated_at"])
        _event(
            fb,
            verb="assign",
            actor=actor,
            from_status=old,
            note=note,
            data={"agency": agency.pk},
            request=request,
        )
    return fb


def feedback_forward(
    *,
    feedback,
    actor,
    agency,
    note: str = "",
    override_reason: str = "",
    request=None,
    today: dt.date | None = None,
) -> Feedback:
    """Forward to the competent agency, within 5 working days of receipt (Đ.9).

    After the limit the service refuses unless ``override_reason`` is given; the late
    forward is then recorded (event data ``late: true`` and the reason) for the dashboard.
    """
    agency = _active_agency(agency)
    override_reason = (override_reason or "").strip()
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "forward", actor)
        if agency.pk == fb.assigned_agency_id:
            raise ValidationError(ERR_SAME_AGENCY)
        today = today or timezone.localdate()
        late = today > fb.forward_due
        if late and not override_reason:
            raise InvalidTransitionError(ERR_FORWARD_LATE % {"due": format_short(fb.forward_due)})
        old = fb.status
        previous = fb.assigned_agency_id
        fb.status = Status.FORWARDED
        fb.assigned_agency = agency
        fb.save(update_fields=["status", "assigned_agency", "updated_at"])
        data = {"from_agency": previous, "agency": agency.pk, "late": late}
        if late:
            data["override_reason"] = override_reason
        _event(
            fb, verb="forward", actor=actor, from_status=old, note=note, data=data, request=request
        )
    return fb


def feedback_answer(*, feedback, actor, answer: str, request=None) -> Feedback:
    """Record the agency's answer (kết quả xử lý)."""
    answer = nfc(clean_text(answer or "")).strip()
    if not answer:
        raise ValidationError(ERR_ANSWER)
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "answer", actor)
        old = fb.status
        now = timezone.now()
        fb.status = Status.ANSWERED
        fb.answer = answer[:20000]
        fb.answered_by = actor
        fb.answering_agency_id = fb.assigned_agency_id or getattr(
            permissions.officer_agency(actor), "pk", None
        )
        fb.answered_at = now
        fb.answered_on = timezone.localdate(now)
        fb.answer_working_days = max(
            0, get_work_calendar().working_days_between(fb.received_on, fb.answered_on)
        )
        fb.save(
            update_fields=[
                "status",
                "answer",
                "answered_by",
                "answering_agency",
                "answered_at",
                "answered_on",
                "answer_working_days",
                "updated_at",
            ]
        )
        _event(
            fb,
            verb="answer",
            actor=actor,
            from_status=old,
            data={"on_time": fb.answered_on <= fb.answer_due},
            request=request,
        )
        notify_submitter(
            fb,
            _("Kết quả xử lý phản ánh, kiến nghị %(code)s") % {"code": fb.code},
            _("Phản ánh, kiến nghị %(code)s đã có kết quả xử lý. Xem tại %(url)s\n\n%(answer)s")
            % {"code": fb.code, "answer": fb.answer, "url": lookup_url(fb.code)},
        )
        # after commit: other apps (the satisfaction survey) react without being imported
        send_case_resolved_on_commit(sender=Feedback, kind="feedback", case_id=fb.pk)
    return fb


def personal_data_of(fb: Feedback) -> dict[str, list[str]]:
    """The submitter's name and home address, as ``redact()`` keyword arguments."""
    return {
        "names": [fb.submitter_name] if fb.submitter_name else [],
        "addresses": [fb.submitter_address] if fb.submitter_address else [],
    }


def feedback_publish(
    *,
    feedback,
    actor,
    public_subject: str | None = None,
    public_content: str | None = None,
    public_answer: str | None = None,
    request=None,
) -> Feedback:
    """Publish the question and answer (Đ.19), with personal data masked in the text.

    The answer is masked too (an officer often greets the petitioner by name or repeats
    their phone number); ``fb.answer`` keeps the original for staff and the petitioner."""
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "publish", actor)
        personal = personal_data_of(fb)
        subject = nfc(
            clean_text(public_subject)
            if public_subject is not None
            else redact(fb.subject, **personal)
        ).strip()
        content = nfc(
            clean_text(public_content)
            if public_content is not None
            else redact(fb.content, **personal)
        ).strip()
        answer = nfc(
            clean_text(public_answer)
            if public_answer is not None
            else redact(fb.answer, **personal)
        ).strip()
        if not subject or not content:
            raise ValidationError(ERR_PUBLIC_TEXT)
        old = fb.status
        fb.status = Status.PUBLISHED
        fb.is_published = True
        fb.published_at = timezone.now()
        fb.public_subject = subject[:200]
        fb.public_content = content
        fb.public_answer = answer
        fb.search_text = fold(" ".join([fb.code, subject, content, answer]))
        fb.save(
            update_fields=[
                "status",
                "is_published",
                "published_at",
                "public_subject",
                "public_content",
                "public_answer",
                "search_text",
                "updated_at",
            ]
        )
        _event(fb, verb="publish", actor=actor, from_status=old, request=request)
    return fb


def feedback_keep_private(*, feedback, actor, note: str = "", request=None) -> Feedback:
    """Answer sent to the person only (e.g. a personal matter), not published."""
    return _simple(feedback, actor, "keep_private", Status.PRIVATE, note, request)


def feedback_close(*, feedback, actor, note: str = "", request=None) -> Feedback:
    """Archive the case (lưu trữ)."""
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "close", actor)
        old = fb.status
        fb.status = Status.CLOSED
        fb.closed_at = timezone.now()
        fb.save(update_fields=["status", "closed_at", "updated_at"])
        _event(fb, verb="close", actor=actor, from_status=old, note=note, request=request)
    return fb


def feedback_mark_spam(*, feedback, actor, note: str = "", request=None) -> Feedback:
    """Move a received case to the moderation queue."""
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, "mark_spam", actor)
        old = fb.status
        fb.status = Status.SPAM
        fb.moderation_note = note[:255]
        fb.save(update_fields=["status", "moderation_note", "updated_at"])
        _event(fb, verb="mark_spam", actor=actor, from_status=old, note=note, request=request)
    return fb


def feedback_restore(*, feedback, actor, note: str = "", request=None) -> Feedback:
    """Take a case out of the moderation queue back to "received"."""
    return _simple(feedback, actor, "restore", Status.RECEIVED, note, request)


def _simple(feedback, actor, verb, target, note, request) -> Feedback:
    with transaction.atomic():
        fb = _lock(feedback)
        _guard(fb, verb, actor)
        old = fb.status
        fb.status = target
        fb.save(update_fields=["status", "updated_at"])
        _event(fb, verb=verb, actor=actor, from_status=old, note=note, request=request)
    return fb
