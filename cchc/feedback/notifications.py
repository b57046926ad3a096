"""The notification outbox: rows written in the case's transaction, sent by the task worker.

Nothing external (SMTP, SMS gateway) runs inside a request or a database transaction:
the case's transaction only writes ``Notification`` rows; after commit one task is
enqueued (Django tasks; ``cchc.core.tasks.BackgroundThreadBackend`` by default), and the
task sends each row *outside* any transaction, with the mail connection's
``EMAIL_TIMEOUT``. A row is claimed in a short transaction (attempts + 1, a lease in
``next_attempt_at``), sent, then its outcome written in another short transaction.

A failed send leaves the row ``pending`` with the error, the attempt count and the time
of its next try (exponential backoff: ``FEEDBACK_NOTIFY_RETRY_BASE`` seconds, doubled per
attempt, capped at ``FEEDBACK_NOTIFY_RETRY_MAX``); ``feedback_send_pending`` (cron) sends
rows that are due, up to ``FEEDBACK_NOTIFY_MAX_ATTEMPTS`` attempts, then marks them failed.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .choices import NotificationChannel, NotificationStatus
from .models import Feedback, Notification
from .sms import get_sms_backend

logger = logging.getLogger("cchc.feedback.notifications")


def absolute_url(path: str) -> str:
    """``settings.BASE_URL`` + ``path``: links in e-mails and SMS must work outside the site."""
    base = str(getattr(settings, "BASE_URL", "") or "").rstrip("/")
    return f"{base}{path}"


def lookup_url(code: str) -> str:
    """The absolute lookup link with the case code filled in."""
    from urllib.parse import urlencode

    from django.urls import reverse

    return absolute_url(f"{reverse('feedback:lookup')}?{urlencode({'ma': code})}")


def max_attempts() -> int:
    return int(getattr(settings, "FEEDBACK_NOTIFY_MAX_ATTEMPTS", 5))


def queue_notifications(messages: list[dict]) -> list[Notification]:
    """Write outbox rows now (``feedback``, ``channel``, ``recipient``, ``subject``,
    ``body`` each) and hand them to the task queue, as one task, once the transaction
    commits."""
    rows = [
        Notification.objects.create(
            feedback=m["feedback"],
            channel=m["channel"],
            recipient=m["recipient"],
            subject=m["subject"][:255],
            body=m["body"],
        )
        for m in messages
    ]
    if rows:
        ids = [row.pk for row in rows]
        transaction.on_commit(lambda: _enqueue(ids))
    return rows


def notify_submitter(fb: Feedback, subject: str, body: str) -> list[Notification]:
    """Queue the citizen's e-mail and SMS (what they gave) about their case."""
    messages = []
    if fb.submitter_email:
        messages.append(
            {
                "feedback": fb,
                "channel": NotificationChannel.EMAIL,
                "recipient": fb.submitter_email,
                "subject": subject,
                "body": body,
            }
        )
    if fb.submitter_phone:
        messages.append(
            {
                "feedback": fb,
                "channel": NotificationChannel.SMS,
                "recipient": fb.submitter_phone,
                "subject": "",
                "body": body[:300],
            }
        )
    return queue_notifications(messages)


def queue_notification(*, feedback, channel: str, recipient: str, subject: str, body: str):
    """One outbox row, sent after commit."""
    return queue_notifications(
        [
            {
                "feedback": feedback,
                "channel": channel,
                "recipient": recipient,
                "subject": subject,
                "body": body,
            }
        ]
    )[0]


def _enqueue(notification_ids: list[int]) -> None:
    from .tasks import send_notifications_task

    try:
        send_notifications_task.enqueue(notification_ids)
    except Exception:  # the rows stay pending; feedback_send_pending retries them
        logger.exception("could not enqueue notifications %s", notification_ids)


def retry_delay(attempts: int) -> dt.timedelta:
    """Wait before the next try after ``attempts`` failed ones: base × 2^(attempts-1), capped."""
    base = int(getattr(settings, "FEEDBACK_NOTIFY_RETRY_BASE", 60))
    cap = int(getattr(settings, "FEEDBACK_NOTIFY_RETRY_MAX", 6 * 3600))
    return dt.timedelta(seconds=min(cap, base * 2 ** max(0, attempts - 1)))


def _lease() -> dt.timedelta:
    """How long a claimed row is left alone: longer than one send can take."""
    timeout = getattr(settings, "EMAIL_TIMEOUT", None) or 30
    return dt.timedelta(seconds=2 * float(timeout) + 60)


def deliver_many(notification_ids: list[int], *, force: bool = False) -> list[str]:
    """Try to send these notifications; returns their new statuses.

    Each row is claimed, sent and recorded on its own: no transaction is open while a
    mail server or SMS gateway is talked to, and one failure does not stop the others.
    Rows not due yet (backoff, or claimed by another worker) are left alone unless
    ``force``.
    """
    statuses = []
    for pk in notification_ids:
        row = _claim(pk, force=force)
        if row is None:
            current = Notification.objects.filter(pk=pk).values_list("status", flat=True).first()
            if current is not None:
                statuses.append(current)
            continue
        error = _transmit(row)
        statuses.append(_record(row, error))
    return statuses


def _claim(pk: int, *, force: bool = False) -> Notification | None:
    now = timezone.now()
    with transaction.atomic():
        row = Notification.objects.select_for_update().filter(pk=pk).first()
        if row is None or row.status != NotificationStatus.PENDING:
            return None
        if not force and row.next_attempt_at is not None and row.next_attempt_at > now:
            return None
        row.attempts += 1
        row.next_attempt_at = now + _lease()
        row.save(update_fields=["attempts", "next_attempt_at"])
    return row


def _transmit(notification: Notification) -> str:
    """Send one message; the error text, or "" when sent. Never inside a transaction."""
    try:
        if notification.channel == NotificationChannel.EMAIL:
            # the mail backend applies EMAIL_TIMEOUT to its connection (settings/base.py)
            send_mail(
                notification.subject,
                notification.body,
                None,
                [notification.recipient],
                fail_silently=False,
            )
        else:
            get_sms_backend().send(notification.recipient, notification.body)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:2000] or "error"
    return ""


def _record(notification: Notification, error: str) -> str:
    now = timezone.now()
    if error:
        notification.last_error = error
        if notification.attempts >= max_attempts():
            notification.status = NotificationStatus.FAILED
            notification.next_attempt_at = None
        else:
            notification.next_attempt_at = now + retry_delay(notification.attempts)
        logger.warning("notification %s failed: %s", notification.pk, error)
    else:
        notification.status = NotificationStatus.SENT
        notification.sent_at = now
        notification.last_error = ""
        notification.next_attempt_at = None
    with transaction.atomic():
        notification.save(update_fields=["status", "last_error", "sent_at", "next_attempt_at"])
    return notification.status


def deliver_pending(limit: int = 500, *, force: bool = False) -> dict[str, int]:
    """Send the pending rows that are due (all pending rows with ``force``)."""
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=timezone.now())
    rows = Notification.objects.filter(status=NotificationStatus.PENDING)
    if not force:
        rows = rows.filter(due)
    ids = list(rows.order_by("id").values_list("pk", flat=True)[:limit])
    counts: dict[str, int] = {}
    for status in deliver_many(ids, force=force):
        counts[status] = counts.get(status, 0) + 1
    return counts
