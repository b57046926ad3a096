"""Background tasks (Django's tasks framework)."""

from django.tasks import task

from .notifications import deliver


@task
def send_notification_task(notification_id: int) -> str:
    return deliver(notification_id)
