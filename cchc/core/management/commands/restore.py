"""``manage.py restore ARCHIVE [--force]``: restore a backup made by ``manage.py backup``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cchc.core.backup import BackupError, current_target, restore_archive


class Command(BaseCommand):
    help = (
        "Khôi phục bản sao lưu vào cơ sở dữ liệu và thư mục tệp trống / restore a backup into an "
        "empty database and storage (--force replaces what is there)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument("--force", action="store_true")

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = restore_archive(archive, current_target(), force=force)
        except BackupError as exc:
            raise CommandError(f"Lỗi: {exc.message}") from exc
        files = sum(1 for name in manifest["members"] if "/" in name)
        self.stdout.write(f"Đã khôi phục / restored: {manifest['created']} — {files} tệp / files")
