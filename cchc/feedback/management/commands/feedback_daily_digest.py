"""``manage.py feedback_daily_digest``: e-mail each agency its overdue and due-soon cases.

Schedule once a working day, e.g. cron ``0 7 * * 1-5 cd /srv/cchc && .venv/bin/python manage.py feedback_daily_digest``.
"""

from django.core.management.base import BaseCommand

from cchc.feedback.digest import send_daily_digest


class Command(BaseCommand):
    help = (
        "Gửi thư tổng hợp phản ánh quá hạn, sắp đến hạn cho từng cơ quan / Daily deadline digest."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        sent = send_daily_digest(dry_run=options["dry_run"], stdout=self.stdout)
        self.stdout.write(f"Đã gửi {sent} thư tổng hợp.")
