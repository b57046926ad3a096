from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    name = "cchc.search"
    label = "sitesearch"  # "search" is wagtail.search's label
    verbose_name = _("Tìm kiếm")

    def ready(self):
        from . import signals, sources  # noqa: F401  (register receivers and sources)
