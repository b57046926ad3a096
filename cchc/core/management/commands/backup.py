"""``manage.py backup [--output DIR]``: database, media and private files in one archive."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cchc.core.backup import BackupError, make_backup


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu và tệp / back up the database, media and private files."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", type=Path, default=None, help="thư mục / folder (var/backups)"
        )

    def handle(self, *args, output=None, **options):
        try:
            archive = make_backup(output or Path(settings.VAR_DIR) / "backups")
        except BackupError as exc:
            raise CommandError(f"Lỗi: {exc.message}") from exc
        self.stdout.write(str(archive))
