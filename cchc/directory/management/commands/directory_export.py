"""``manage.py directory_export FILE.xlsx``."""

from pathlib import Path

from django.core.management.base import BaseCommand

from cchc.directory.excel import export_workbook


class Command(BaseCommand):
    help = "Xuất toàn bộ danh bạ ra tệp Excel (.xlsx)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        Path(file).write_bytes(export_workbook())
        self.stdout.write(self.style.SUCCESS(f"Đã xuất danh bạ ra {file}."))
