"""``manage.py feedback_send_pending``: retry notifications still pending and due (cron, every few minutes)."""

from django.core.management.base import BaseCommand

from cchc.feedback.notifications import deliver_pending


class Command(BaseCommand):
    help = "Gửi lại các thông báo phản ánh chưa gửi được / Retry pending feedback notifications."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500)
        parser.add_argument(
            "--force", action="store_true", help="Gửi cả thông báo chưa đến hạn gửi lại"
        )

    def handle(self, *args, **options):
        counts = deliver_pending(limit=options["limit"], force=options["force"])
        self.stdout.write(
            ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
            or "Không có thông báo chờ gửi."
        )
