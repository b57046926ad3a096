"""``manage.py prefill_holidays 2026 2027``: pre-fill the holiday table from the package."""

from django.core.management.base import BaseCommand

from cchc.core.services import holiday_table_prefill


class Command(BaseCommand):
    help = "Điền sẵn lịch ngày nghỉ lễ các năm / pre-fill the holiday table for the given years."

    def add_arguments(self, parser):
        parser.add_argument("years", nargs="+", type=int)

    def handle(self, *args, years, **options):
        for year in years:
            created = holiday_table_prefill(year=year)
            self.stdout.write(f"{year}: {created} ngày được thêm / rows added")
