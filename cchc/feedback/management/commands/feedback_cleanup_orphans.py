"""``manage.py feedback_cleanup_orphans [--delete] [--min-age MINUTES]``: list (default) or
delete attachment files left without a database row by a crashed submission (cron, daily).
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from cchc.feedback.orphans import delete_orphans, find_orphans


class Command(BaseCommand):
    help = (
        "Liệt kê (mặc định) hoặc xóa (--delete) tệp đính kèm không thuộc phản ánh nào / "
        "List or delete orphan attachment files."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Xóa các tệp tìm thấy")
        parser.add_argument(
            "--min-age",
            type=int,
            default=60,
            help="Chỉ xét tệp cũ hơn số phút này (mặc định 60; tối thiểu 10)",
        )

    def handle(self, *args, **options):
        if options["min_age"] < 10:
            raise CommandError("--min-age phải từ 10 phút trở lên / must be at least 10 minutes")
        orphans = find_orphans(dt.timedelta(minutes=options["min_age"]))
        for name, size in orphans:
            self.stdout.write(f"{name}\t{size}")
        total = sum(size for _name, size in orphans)
        if options["delete"]:
            deleted = delete_orphans(orphans)
            self.stdout.write(f"Đã xóa {deleted}/{len(orphans)} tệp mồ côi ({total} byte).")
        else:
            self.stdout.write(
                f"{len(orphans)} tệp mồ côi ({total} byte); chạy lại với --delete để xóa."
            )
