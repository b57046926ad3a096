"""``manage.py procedures_import FILE [--dry-run] [--publish]``: import the catalogue
from a national-database export (.xlsx or CSV). All or nothing; errors by row and column."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cchc.core import tabular
from cchc.procedures import services


class Command(BaseCommand):
    help = (
        "Nhập danh mục thủ tục hành chính từ tệp Excel/CSV / Import procedures from .xlsx or CSV."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra / check only.")
        parser.add_argument(
            "--publish", action="store_true", help="Công khai thủ tục mới / publish new ones."
        )

    def handle(self, *args, file, dry_run, publish, **options):
        path = Path(file)
        try:
            size = path.stat().st_size
            if size > tabular.MAX_BYTES:
                raise CommandError("Lỗi: tệp lớn hơn 5 MB. / Error: file larger than 5 MB.")
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(
                f"Lỗi: không đọc được tệp. / Error: cannot read file: {exc}"
            ) from exc
        try:
            report = services.procedure_import(
                data=data, filename=path.name, dry_run=dry_run, publish=publish
            )
        except tabular.TableFileError as exc:
            raise CommandError(f"Lỗi / Error: {exc.message}") from exc
        for error in report.errors:
            self.stderr.write(str(error))
        if not report.ok:
            raise CommandError(
                f"{len(report.errors)} lỗi, chưa ghi gì. / {len(report.errors)} errors, nothing written."
            )
        counts = report.counts
        verb = "sẽ" if dry_run else "đã"
        self.stdout.write(
            f"{report.rows} dòng: {verb} thêm {counts['create']}, cập nhật {counts['update']} "
            f"thủ tục, thêm {counts['field_create']} lĩnh vực"
            + (" (chạy thử, chưa ghi / dry run, nothing written)." if dry_run else ".")
        )
