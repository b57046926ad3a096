from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Portlet


class PortletViewSet(SnippetViewSet):
    model = Portlet
    icon = "placeholder"
    menu_label = _("Portlet")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "kind", "visibility", "placement", "is_active"]
    list_filter = ["kind", "visibility", "is_active"]


register_snippet(PortletViewSet)
