"""``manage.py surveys_invite [--days 7]``: invite every case resolved in the last days
that has no invitation yet (cases answered before the survey was installed, or whose
after-commit invitation failed). Idempotent; safe to run from cron."""

import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from cchc.surveys.services import invitations_catch_up


class Command(BaseCommand):
    help = "Gửi lời mời đánh giá cho các hồ sơ đã kết thúc mà chưa được mời."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7)

    def handle(self, *args, days, **options):
        since = timezone.localdate() - dt.timedelta(days=max(0, days))
        created = invitations_catch_up(since=since)
        self.stdout.write(f"Đã gửi {created} lời mời đánh giá.")
