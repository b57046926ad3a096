from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from cchc.core.admin_audit import AuditedSnippetViewSet

from . import services
from .models import Portlet


class PortletViewSet(AuditedSnippetViewSet):
    model = Portlet
    admin_write = staticmethod(services.portlet_admin_write)
    icon = "placeholder"
    menu_label = _("Portlet")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "kind", "visibility", "placement", "is_active"]
    list_filter = ["kind", "visibility", "is_active"]


register_snippet(PortletViewSet)
