"""``manage.py legal_import FILE [--dry-run]``: import the library from CSV or XLSX."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cchc.legal.importers import MAX_BYTES, ImportFileError
from cchc.legal.services import library_import


class Command(BaseCommand):
    help = (
        "Nhập thư viện văn bản từ tệp CSV/XLSX (có lỗi thì không ghi dòng nào) / "
        "Import the legal library from CSV/XLSX (all rows or none)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra / only check")

    def handle(self, *args, file, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Không đọc được tệp / cannot read file: {file}")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError("Tệp lớn hơn 5 MB / file larger than 5 MB")
        try:
            report = library_import(filename=path.name, data=path.read_bytes(), dry_run=dry_run)
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        for error in report.errors:
            self.stderr.write(str(error))
        if not report.ok:
            raise CommandError(
                f"{len(report.errors)} lỗi, không ghi dòng nào / errors, nothing written"
            )
        verb = "Sẽ" if dry_run else "Đã"
        self.stdout.write(
            f"{verb} tạo {report.created}, cập nhật {report.updated} văn bản"
            f"{' (chạy thử, chưa ghi / dry run)' if dry_run else ''}"
        )
