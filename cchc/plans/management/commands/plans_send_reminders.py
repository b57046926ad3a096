"""``manage.py plans_send_reminders [--days N] [--dry-run] [--date dd/mm/yyyy]``.

E-mails agencies whose quarterly report on a communication plan is missing when the quarter
closes within N days (default 10). Schedule it daily (docs/plans.md)."""

from django.core.management.base import BaseCommand, CommandError

from cchc.core.dates import DateParseError, parse_vi_date
from cchc.plans.reminders import DEFAULT_DAYS_BEFORE, send_reminders


class Command(BaseCommand):
    help = "Nhắc các cơ quan chưa gửi báo cáo kế hoạch tuyên truyền trước khi hết quý."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_DAYS_BEFORE)
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--date", help="ngày tính (dd/mm/yyyy), mặc định hôm nay")
        parser.add_argument("--base-url", default=None)

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = parse_vi_date(options["date"])
            except DateParseError as exc:
                raise CommandError(f"Ngày không hợp lệ: {options['date']}") from exc
        if options["days"] < 0:
            raise CommandError("--days phải ≥ 0")
        results = send_reminders(
            today=today,
            days_before=options["days"],
            dry_run=options["dry_run"],
            base_url=options["base_url"],
        )
        for r in results:
            self.stdout.write(f"{r.status:<10} {r.agency} ({r.plan}) → {', '.join(r.recipients)}")
        sent = sum(r.status == "sent" for r in results)
        self.stdout.write(f"Đã gửi / sent: {sent}; cơ quan thiếu báo cáo / missing: {len(results)}")
