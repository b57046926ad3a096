from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "cchc.core"
    label = "core"
    verbose_name = _("Nền tảng")

    def ready(self):
        from . import signals  # noqa: F401
        from .slugs import register_admin_slug_override

        register_admin_slug_override()
