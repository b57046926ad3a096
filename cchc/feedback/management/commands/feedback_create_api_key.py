"""``manage.py feedback_create_api_key NAME``: a key for an Open311 client (shown once)."""

from django.core.management.base import BaseCommand

from cchc.feedback.apikeys import api_key_create


class Command(BaseCommand):
    help = "Tạo khóa API Open311 / Create an Open311 API key."

    def add_arguments(self, parser):
        parser.add_argument("name")

    def handle(self, *args, **options):
        _, key = api_key_create(name=options["name"])
        self.stdout.write(key)
