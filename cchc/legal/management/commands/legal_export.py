"""``manage.py legal_export FILE``: export the library; format by extension (.csv/.xlsx)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cchc.legal.services import library_export


class Command(BaseCommand):
    help = "Xuất thư viện văn bản ra tệp .csv hoặc .xlsx / Export the legal library."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        path = Path(file)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("csv", "xlsx"):
            raise CommandError("Tên tệp phải có đuôi .csv hoặc .xlsx / use .csv or .xlsx")
        try:
            path.write_bytes(library_export(fmt=fmt))
        except OSError as exc:
            raise CommandError(f"Không ghi được tệp / cannot write file: {file}") from exc
        self.stdout.write(str(path))
