"""Send (or retry) due outbox messages; run from cron every minute."""

from django.core.management.base import BaseCommand

from cchc.accounts.services import outbox_send


class Command(BaseCommand):
    help = "Gửi các tin nhắn SMS, thư điện tử đang chờ trong hộp thư đi (kể cả gửi lại)."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500)

    def handle(self, *args, limit, **options):
        counts = outbox_send(limit=limit)
        self.stdout.write(
            "sent={sent} retry={retry} failed={failed}".format(**counts)  # noqa: UP032
        )
