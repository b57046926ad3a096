from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    name = "cchc.legal"
    label = "legal"
    verbose_name = _("Thư viện văn bản")

    def ready(self):
        # Signal handlers, the article-body link processor and the portlet provider are
        # registered here; each only dispatches to this app's services/selectors.
        from . import (
            handlers,  # noqa: F401
            search,  # noqa: F401  (site-search source)
        )
