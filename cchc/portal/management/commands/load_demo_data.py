"""``manage.py load_demo_data``: build the demo site (idempotent).

The portal's own demo (pages, settings, portlets) loads first; then every project app
that has a ``demo`` module with ``load_demo(stdout)`` adds its own, in app order; the
demo accounts (one per role, cchc/portal/demo/accounts.py) come last.
"""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from cchc.portal.demo.accounts import demo_accounts_ensure
from cchc.portal.demo.loader import load_demo_data
from cchc.twofactor.demo import demo_totp_ensure


class Command(BaseCommand):
    help = (
        "Tạo dữ liệu trình diễn (chạy lại nhiều lần không tạo trùng) / Load demo data (idempotent)."
    )

    def handle(self, *args, **options):
        load_demo_data(self.stdout)
        for app in settings.CCHC_APPS:
            if app == "cchc.portal" or find_spec(f"{app}.demo") is None:
                continue
            module = import_module(f"{app}.demo")
            loader = getattr(module, "load_demo", None)
            if loader is not None:
                with transaction.atomic():
                    loader(self.stdout)
        # Last: officers belong to agencies the apps' demos have just made.
        accounts = demo_accounts_ensure(self.stdout)
        demo_totp_ensure(accounts)  # development only: known TOTP secrets (cchc/twofactor)
        self.stdout.write(
            f"Tài khoản mẫu / demo accounts: {len(accounts)} (manage.py demo_accounts)"
        )
