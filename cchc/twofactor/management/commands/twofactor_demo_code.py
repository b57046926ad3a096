"""``manage.py twofactor_demo_code USERNAME``: the current TOTP code of a demo account
(development only: refuses unless ``CCHC_DEMO_PASSWORDS``)."""

from django.core.management.base import BaseCommand, CommandError

from cchc.twofactor import demo


class Command(BaseCommand):
    help = "In mã TOTP hiện tại của tài khoản mẫu / print a demo account's current code."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not demo.enabled():
            raise CommandError("Chỉ dùng trong môi trường phát triển / development only")
        key = demo.read_keys().get(username)
        if key is None:
            raise CommandError(f"{username}: không có khoá mẫu / no demo secret")
        self.stdout.write(demo.current_code(key))
