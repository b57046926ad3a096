"""``manage.py procedures_export FILE.xlsx``: the whole catalogue in the import layout."""

from pathlib import Path

from django.core.management.base import BaseCommand

from cchc.procedures import services


class Command(BaseCommand):
    help = "Xuất danh mục thủ tục hành chính ra tệp .xlsx / Export procedures to .xlsx."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        Path(file).write_bytes(services.procedure_export())
        self.stdout.write(file)
