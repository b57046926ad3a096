from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "cchc.dossiers"
    label = "dossiers"
    verbose_name = _("Hồ sơ thủ tục hành chính")

    def ready(self):
        from django.apps import apps

        if apps.is_installed("cchc.surveys"):
            from .surveys import register

            register()
