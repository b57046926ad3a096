"""Writes: one-time codes, sign-in, the outbox.

``code_request`` writes the code (hashed) and its message in one transaction; the message
is sent after commit by a task, and ``manage.py accounts_send_outbox`` (cron) retries what
a crashed process or a failing gateway left behind.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cchc.core.audit import record_event
from cchc.core.exceptions import ValidationError

from .contacts import parse_contact
from .models import Applicant, ContactKind, OneTimeCode, OutboundMessage
from .sms import get_sms_backend

logger = logging.getLogger("cchc.accounts")

CODE_DIGITS = 6
CODE_TTL = dt.timedelta(minutes=10)
CODE_MAX_ATTEMPTS = 5
CODE_RESEND_AFTER = dt.timedelta(seconds=60)
CODE_MAX_PER_HOUR = 5
OUTBOX_MAX_ATTEMPTS = 6
OUTBOX_RETRY_BASE = 30  # seconds, doubled per failed attempt
SEND_TIMEOUT = 10  # seconds, per message
LEASE = dt.timedelta(minutes=5)  # a claimed message is not picked again before this

ERR_TOO_SOON = gettext_lazy(
    "Mã xác thực vừa được gửi. Vui lòng chờ khoảng một phút trước khi yêu cầu mã mới."
)
ERR_TOO_MANY = gettext_lazy(
    "Bạn đã yêu cầu quá nhiều mã xác thực trong một giờ. Vui lòng thử lại sau."
)
ERR_CODE = gettext_lazy("Mã xác thực không đúng hoặc đã hết hạn. Vui lòng kiểm tra lại.")
ERR_CODE_LOCKED = gettext_lazy(
    "Mã xác thực đã bị khoá vì nhập sai quá nhiều lần. Vui lòng yêu cầu mã mới."
)


def _hash(contact: str, code: str) -> str:
    return salted_hmac("cchc.accounts.otp", f"{contact}:{code}", algorithm="sha256").hexdigest()


def _setting(name: str, default):
    return getattr(settings, name, default)


def code_request(*, contact: str) -> OneTimeCode:
    """Create a one-time code for ``contact`` and queue its message (SMS or e-mail).

    Refused (``ValidationError``) for a malformed contact, within a minute of the previous
    code, or past ``CODE_MAX_PER_HOUR`` codes in an hour: counted in the database, so exact
    across processes. Earlier unused codes of the contact stop working.
    """
    contact, kind = parse_contact(contact)
    now = timezone.now()
    code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
    with transaction.atomic():
        # serialise requests for one contact: lock its existing rows (none on the first)
        recent = list(
            OneTimeCode.objects.select_for_update()
            .filter(contact=contact, created_at__gte=now - dt.timedelta(hours=1))
            .order_by("-created_at")
        )
        if recent and recent[0].created_at > now - _setting(
            "ACCOUNTS_CODE_RESEND_AFTER", CODE_RESEND_AFTER
        ):
            raise ValidationError(ERR_TOO_SOON, code="too_soon")
        if len(recent) >= _setting("ACCOUNTS_CODE_MAX_PER_HOUR", CODE_MAX_PER_HOUR):
            raise ValidationError(ERR_TOO_MANY, code="too_many")
        OneTimeCode.objects.filter(contact=contact, used_at__isnull=True).update(used_at=now)
        otp = OneTimeCode.objects.create(
            contact=contact,
            contact_kind=kind,
            code_hash=_hash(contact, code),
            expires_at=now + CODE_TTL,
        )
        text = _(
            "Ma xac thuc dang nhap Cong dich vu cong: %(code)s (hieu luc %(minutes)s phut). "
            "Khong chia se ma nay cho bat ky ai."
        ) % {"code": code, "minutes": int(CODE_TTL.total_seconds() // 60)}
        message_queue(
            channel=OutboundMessage.Channel.SMS
            if kind == ContactKind.PHONE
            else OutboundMessage.Channel.EMAIL,
            recipient=contact,
            subject=_("Mã xác thực đăng nhập"),
            body=text,
            sensitive=True,
        )
    return otp


def code_verify(*, contact: str, code: str, request=None):
    """The user of ``contact`` if ``code`` is its latest live code (creating the applicant
    on first sign-in); ``ValidationError`` otherwise. Each try counts; after
    ``CODE_MAX_ATTEMPTS`` wrong tries the code is dead. A code works once."""
    contact, kind = parse_contact(contact)
    code = "".join(ch for ch in (code or "") if ch.isdigit())[:CODE_DIGITS]
    now = timezone.now()
    error = None
    with transaction.atomic():
        otp = (
            OneTimeCode.objects.select_for_update()
            .filter(contact=contact, used_at__isnull=True, expires_at__gt=now)
            .order_by("-created_at")
            .first()
        )
        if otp is None:
            error = ValidationError(ERR_CODE, code="code")
        elif otp.attempts >= CODE_MAX_ATTEMPTS:
            error = ValidationError(ERR_CODE_LOCKED, code="locked")
        else:
            # the try counts whatever its outcome: committed before any error is raised
            OneTimeCode.objects.filter(pk=otp.pk).update(attempts=F("attempts") + 1)
            if len(code) != CODE_DIGITS or not hmac.compare_digest(
                otp.code_hash, _hash(contact, code)
            ):
                locked = otp.attempts + 1 >= CODE_MAX_ATTEMPTS
                error = ValidationError(
                    ERR_CODE_LOCKED if locked else ERR_CODE, code="locked" if locked else "code"
                )
            else:
                OneTimeCode.objects.filter(pk=otp.pk).update(used_at=now)
                applicant = applicant_get_or_create(contact=contact, kind=kind)
                Applicant.objects.filter(pk=applicant.pk).update(last_login_at=now)
                record_event(
                    "cchc.accounts.applicant.sign_in",
                    actor=applicant.user,
                    obj=applicant,
                    data={"kind": kind},
                    request=request,
                )
    if error is not None:
        raise error
    return applicant.user


def applicant_get_or_create(*, contact: str, kind: str) -> Applicant:
    """The applicant of a canonical contact, created with an unusable password if new."""
    existing = Applicant.objects.select_related("user").filter(contact=contact).first()
    if existing is not None:
        return existing
    User = get_user_model()
    username = f"nd-{secrets.token_hex(8)}"
    with transaction.atomic():
        user = User(username=username)
        if kind == ContactKind.EMAIL:
            user.email = contact
        user.set_unusable_password()
        user.save()
        return Applicant.objects.create(user=user, contact=contact, contact_kind=kind)


def applicant_for(user) -> Applicant | None:
    if user is None or not user.is_authenticated:
        return None
    return Applicant.objects.filter(user=user).first()


def applicant_update_name(*, applicant: Applicant, full_name: str) -> None:
    full_name = " ".join((full_name or "").split())[:150]
    if full_name and full_name != applicant.full_name:
        applicant.full_name = full_name
        applicant.save(update_fields=["full_name"])


# --- the outbox ------------------------------------------------------------------------


def message_queue(
    *, channel: str, recipient: str, body: str, subject: str = "", sensitive: bool = False
) -> OutboundMessage:
    """Write one message to the outbox (inside the caller's transaction); it is sent after
    the transaction commits, never inside the request."""
    msg = OutboundMessage.objects.create(
        channel=channel,
        recipient=recipient,
        subject=str(subject)[:255],
        body=body,
        sensitive=sensitive,
        next_attempt_at=timezone.now(),
    )
    transaction.on_commit(lambda: _enqueue([msg.pk]))
    return msg


def _enqueue(ids: list[int]) -> None:
    from .tasks import send_outbox_task

    try:
        send_outbox_task.enqueue(ids)
    except Exception:  # the cron command sends it later
        logger.exception("could not enqueue outbox messages %s", ids)


def _deliver(msg: OutboundMessage) -> None:
    timeout = _setting("ACCOUNTS_SEND_TIMEOUT", SEND_TIMEOUT)
    if msg.channel == OutboundMessage.Channel.SMS:
        get_sms_backend().send(msg.recipient, msg.body, timeout=timeout)
    else:
        # EMAIL_TIMEOUT (settings) bounds the SMTP connection
        send_mail(msg.subject, msg.body, None, [msg.recipient], fail_silently=False)


def outbox_send(ids: list[int] | None = None, *, limit: int = 100) -> dict[str, int]:
    """Send due messages (``ids`` only, if given). Each message is first claimed by one
    conditional UPDATE that moves its next attempt a lease ahead (parallel senders never send
    one message twice; a sender that dies leaves it for the next run), sent outside any
    transaction with a timeout, then marked sent, retried later with a doubling delay, or
    failed after ``OUTBOX_MAX_ATTEMPTS``. Returns counts."""
    counts = {"sent": 0, "retry": 0, "failed": 0}
    pending = OutboundMessage.Status.PENDING
    qs = OutboundMessage.objects.filter(status=pending, next_attempt_at__lte=timezone.now())
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    for pk in list(qs.order_by("next_attempt_at").values_list("pk", flat=True)[:limit]):
        now = timezone.now()
        claimed = OutboundMessage.objects.filter(
            pk=pk, status=pending, next_attempt_at__lte=now
        ).update(next_attempt_at=now + LEASE, attempts=F("attempts") + 1)
        if not claimed:
            continue
        msg = OutboundMessage.objects.get(pk=pk)
        try:
            _deliver(msg)
        except Exception as exc:  # any gateway error: retry later
            msg.last_error = f"{type(exc).__name__}: {exc}"[:500]
            if msg.attempts >= OUTBOX_MAX_ATTEMPTS:
                msg.status = OutboundMessage.Status.FAILED
                msg.body = "" if msg.sensitive else msg.body
                counts["failed"] += 1
            else:
                delay = OUTBOX_RETRY_BASE * 2 ** (msg.attempts - 1)
                msg.next_attempt_at = timezone.now() + dt.timedelta(seconds=delay)
                counts["retry"] += 1
            msg.save(update_fields=["last_error", "status", "next_attempt_at", "body"])
            logger.warning("outbox message %s not sent: %s", pk, msg.last_error)
            continue
        msg.status = OutboundMessage.Status.SENT
        msg.sent_at = timezone.now()
        msg.body = "" if msg.sensitive else msg.body
        msg.save(update_fields=["status", "sent_at", "body"])
        counts["sent"] += 1
    return counts
