"""``manage.py demo_accounts``: the start-up summary printed last by ``make run``."""

from django.conf import settings
from django.core.management.base import BaseCommand

from cchc.portal.demo.accounts import demo_accounts_lines
from cchc.twofactor.demo import demo_totp_lines


class Command(BaseCommand):
    help = "In địa chỉ và tài khoản mẫu / print URLs and demo accounts (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", default="http://127.0.0.1:8000")

    def handle(self, *args, base_url, **options):
        show = bool(getattr(settings, "CCHC_DEMO_PASSWORDS", False))
        for line in demo_accounts_lines(base_url=base_url, show_passwords=show):
            self.stdout.write(line)
        for line in demo_totp_lines() if show else []:
            self.stdout.write(line)
