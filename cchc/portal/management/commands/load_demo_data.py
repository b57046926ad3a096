"""``manage.py load_demo_data``: build the demo site (idempotent)."""

from django.core.management.base import BaseCommand

from cchc.portal.demo.loader import load_demo_data


class Command(BaseCommand):
    help = (
        "Tạo dữ liệu trình diễn (chạy lại nhiều lần không tạo trùng) / Load demo data (idempotent)."
    )

    def handle(self, *args, **options):
        load_demo_data(self.stdout)
