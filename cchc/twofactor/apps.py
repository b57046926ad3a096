from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    """Xác thực hai bước: TOTP + recovery codes for every signed-in (staff) account."""

    name = "cchc.twofactor"
    label = "twofactor"
    verbose_name = _("Xác thực hai bước")
