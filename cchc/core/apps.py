from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "cchc.core"
    label = "core"
    verbose_name = _("Nền tảng")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signals  # noqa: F401
        from .permissions import post_migrate_roles

        post_migrate.connect(post_migrate_roles, dispatch_uid="cchc_core_roles")
        from .slugs import register_admin_slug_override

        register_admin_slug_override()
