"""Background tasks (Django's tasks framework)."""

from django.tasks import task

from .services import outbox_send


@task
def send_outbox_task(message_ids: list[int]) -> dict[str, int]:
    return outbox_send(message_ids)
