"""Background tasks (Django's tasks framework)."""

from django.tasks import task

from .notifications import deliver_many


@task
def send_notifications_task(notification_ids: list[int]) -> list[str]:
    return deliver_many(notification_ids)
