from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProceduresConfig(AppConfig):
    name = "cchc.procedures"
    label = "procedures"
    verbose_name = _("Thủ tục hành chính")

    def ready(self):
        from . import search  # noqa: F401  (site-search source)
