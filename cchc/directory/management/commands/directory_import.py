"""``manage.py directory_import FILE.xlsx [--dry-run] [--user NAME]``."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cchc.directory.excel import ImportFileError, import_workbook


class Command(BaseCommand):
    help = "Nhập danh bạ từ tệp Excel (.xlsx); lỗi ở bất kỳ dòng nào thì không nhập gì."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra, không ghi.")
        parser.add_argument("--user", help="Tài khoản ghi vào nhật ký thao tác.")

    def handle(self, *args, file, dry_run, user=None, **options):
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"Không có tài khoản {user!r}.")
        try:
            with open(file, "rb") as fh:
                report = import_workbook(fh, dry_run=dry_run, actor=actor)
        except FileNotFoundError as exc:
            raise CommandError(f"Không tìm thấy tệp {file!r}.") from exc
        except ImportFileError as exc:
            raise CommandError(str(exc.message)) from exc
        for error in report.errors:
            self.stderr.write(str(error))
        if report.errors:
            raise CommandError(f"{len(report.errors)} lỗi; chưa nhập dữ liệu nào.")
        for change in report.changes:
            if change.action == "unchanged":
                continue
            fields = ", ".join(f"{c.field}: {c.old!r} → {c.new!r}" for c in change.fields)
            self.stdout.write(
                f"{change.sheet} dòng {change.row} {change.key}: {change.action}"
                + (f" ({fields})" if fields else "")
            )
        prefix = "[Chạy thử, không ghi] " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + report.summary()))
