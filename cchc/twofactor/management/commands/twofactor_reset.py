"""``manage.py twofactor_reset USERNAME``: a staff member lost their phone and their
recovery codes. Their devices are removed (audited); they enrol again at next sign-in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cchc.twofactor.services import second_factor_reset


class Command(BaseCommand):
    help = "Gỡ xác thực hai bước của một tài khoản / reset a user's two-factor devices."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản {username} / no such user")
        removed = second_factor_reset(user=user)
        self.stdout.write(f"{username}: {removed} thiết bị đã gỡ / devices removed")
