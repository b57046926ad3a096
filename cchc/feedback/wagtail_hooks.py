"""Admin (/quan-tri/): categories and a link to the case back office.

Cases are not editable in the admin: every change goes through the services, from the
back office at /can-bo/phan-anh/.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from cchc.core.admin_audit import AuditedSnippetViewSet

from .models import FeedbackCategory


class FeedbackCategoryViewSet(AuditedSnippetViewSet):
    model = FeedbackCategory
    icon = "tag"
    menu_label = _("Lĩnh vực phản ánh")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["name", "code", "default_agency", "deadline_days", "is_active"]


register_snippet(FeedbackCategoryViewSet)


@hooks.register("register_admin_menu_item")
def register_feedback_menu_item():
    return MenuItem(
        _("Phản ánh, kiến nghị"), reverse("feedback:officer-queue"), icon_name="mail", order=220
    )
