"""Plans in the Wagtail admin: the Department edits plans (with their items inline) and the
list of forms of communication; a link to the back-office summary.

Who may edit: users with the model permissions (the "Kế hoạch tuyên truyền CCHC" group made
by the demo, or any group the administrator gives them). Every create, edit and delete is
written to the project's audit log (``cchc.plans.plan.*``), besides Wagtail's own log.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cchc.core.admin_audit import AuditedSnippetViewSet, audit_as

from .models import CommunicationForm, CommunicationPlan


class PlanViewSet(AuditedSnippetViewSet):
    model = CommunicationPlan
    admin_write = staticmethod(audit_as("cchc.plans.plan"))
    icon = "list-ol"
    menu_label = _("Kế hoạch")
    list_display = ["title", "year", "is_public"]
    list_filter = ["year"]
    search_fields = ["title"]


class FormViewSet(AuditedSnippetViewSet):
    model = CommunicationForm
    admin_write = staticmethod(audit_as("cchc.plans.form"))
    icon = "tag"
    menu_label = _("Hình thức tuyên truyền")
    list_display = ["name", "counts_portal_articles", "is_active", "sort_order"]


class PlansGroup(SnippetViewSetGroup):
    items = (PlanViewSet, FormViewSet)
    menu_icon = "list-ol"
    menu_label = _("Kế hoạch tuyên truyền")
    menu_name = "plans"


register_snippet(PlansGroup)


class SummaryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("plans.change_communicationplan")


@hooks.register("register_admin_menu_item")
def register_summary_menu_item():
    return SummaryMenuItem(
        _("Tổng hợp kế hoạch tuyên truyền"),
        reverse("plans:officer-plans"),
        icon_name="doc-full",
        order=900,
    )
