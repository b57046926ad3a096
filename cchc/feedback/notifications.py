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


def max_attempts() -> int:
    return int(getattr(settings, "FEEDBACK_NOTIFY_MAX_ATTEMPTS", 5))


def queue_notification(*, feedback, channel: str, recipient: str, subject: str, body: str):
    """Write an outbox row now and hand it to the task queue once the transaction commits."""
    notification = Notification.objects.create(
        feedback=feedback, channel=channel, recipient=recipient, subject=subject[:255], body=body
    )
    transaction.on_commit(lambda: _enqueue(notification.pk))
    return notification


def _enqueue(notification_id: int) -> None:
    from .tasks import send_notification_task

    try:
        send_notification_task.enqueue(notification_id)
    except Exception:  # the row stays pending; feedback_send_pending retries it
        logger.exception("could not enqueue notification %s", notification_id)


def deliver(notification_id: int) -> str:
    """Try to send one notification; returns its new status."""
    with transaction.atomic():
        notification = Notification.objects.select_for_update().get(pk=notification_id)
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
