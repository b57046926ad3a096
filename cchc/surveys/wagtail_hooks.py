"""The survey in the Wagtail admin (/quan-tri/): questionnaires per year, desk kiosks,
and the responses (read only). Every create/edit/delete is written to the audit log."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cchc.core.admin_audit import AuditedSnippetViewSet
from cchc.core.admin_menu import permission_submenu

from .models import Kiosk, Questionnaire, Response


class QuestionnaireViewSet(AuditedSnippetViewSet):
    model = Questionnaire
    icon = "form"
    menu_label = _("Phiếu khảo sát")
    add_to_admin_menu = False
    list_display = ["title", "year", "is_active"]
    ordering = ["-year"]
    copy_view_enabled = True


class KioskViewSet(AuditedSnippetViewSet):
    model = Kiosk
    icon = "desktop"
    menu_label = _("Máy đánh giá tại quầy")
    add_to_admin_menu = False
    list_display = ["name", "agency", "key", "is_active"]
    search_fields = ["name"]
    search_backend_name = None


class _ReadOnlyPolicy(ModelPermissionPolicy):
    """Responses are written by citizens through the services only: never in the admin."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change", "delete") and super().user_has_permission(
            user, action
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, a) for a in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class ResponseViewSet(SnippetViewSet):
    model = Response
    icon = "list-ul"
    menu_label = _("Phiếu trả lời")
    add_to_admin_menu = False
    list_display = ["__str__", "agency", "kind", "procedure", "is_sample"]
    list_filter = ["source", "is_sample", "agency"]
    ordering = ["-submitted_at"]
    inspect_view_enabled = True


register_permission_policy(Response, _ReadOnlyPolicy(Response))
register_snippet(QuestionnaireViewSet)
register_snippet(KioskViewSet)
register_snippet(ResponseViewSet)


@hooks.register("register_admin_menu_item")
def register_surveys_menu():
    entries = [
        (
            _("Phiếu khảo sát"),
            reverse("wagtailsnippets_surveys_questionnaire:list"),
            "form",
            "surveys.view_questionnaire",
        ),
        (
            _("Máy đánh giá tại quầy"),
            reverse("wagtailsnippets_surveys_kiosk:list"),
            "desktop",
            "surveys.view_kiosk",
        ),
        (
            _("Phiếu trả lời"),
            reverse("wagtailsnippets_surveys_response:list"),
            "list-ul",
            "surveys.view_response",
        ),
    ]
    return permission_submenu(_("Khảo sát hài lòng"), entries, icon_name="form", order=240)
