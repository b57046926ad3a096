"""The notification outbox: rows written in the case's transaction, sent after commit.

A failed send leaves the row ``pending`` with the error and attempt count; the command
``feedback_send_pending`` retries it (cron), up to ``FEEDBACK_NOTIFY_MAX_ATTEMPTS``.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from .choices import NotificationChannel, NotificationStatus
from .models import Notification
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


def deliver(notification_id: int) -> str:
    """Try to send one notification; returns its new status."""
    statuses = deliver_many([notification_id])
    return statuses[0] if statuses else "missing"


def deliver_many(notification_ids: list[int]) -> list[str]:
    """Try to send these notifications in one transaction; returns their new statuses.

    A failure of one does not stop the others: each row records its own attempt and error.
    """
    with transaction.atomic():
        rows = list(
            Notification.objects.select_for_update().filter(pk__in=notification_ids).order_by("pk")
        )
        return [_send(row) for row in rows]


def _send(notification: Notification) -> str:
    if notification.status != NotificationStatus.PENDING:
        return notification.status
    notification.attempts += 1
    try:
        if notification.channel == NotificationChannel.EMAIL:
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
        notification.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        if notification.attempts >= max_attempts():
            notification.status = NotificationStatus.FAILED
        logger.warning("notification %s failed: %s", notification.pk, notification.last_error)
    else:
        notification.status = NotificationStatus.SENT
        notification.sent_at = timezone.now()
        notification.last_error = ""
    notification.save(update_fields=["status", "attempts", "last_error", "sent_at"])
    return notification.status


def deliver_pending(limit: int = 500) -> dict[str, int]:
    ids = list(
        Notification.objects.filter(status=NotificationStatus.PENDING)
        .order_by("id")
        .values_list("pk", flat=True)[:limit]
    )
    counts: dict[str, int] = {}
    for pk in ids:
        status = deliver(pk)
        counts[status] = counts.get(status, 0) + 1
    return counts
