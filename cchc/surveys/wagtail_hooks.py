"""The survey in the Wagtail admin (/quan-tri/): questionnaires per year, desk kiosks,
and the responses (read only). Every create/edit/delete is written to the audit log."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, SnippetViewSet

from cchc.core.audit import record_event

from .models import Kiosk, Questionnaire, Response


def _audited(prefix: str):
    class Create(CreateView):
        def save_instance(self):
            instance = super().save_instance()
            record_event(
                f"{prefix}.create", actor=self.request.user, obj=instance, request=self.request
            )
            return instance

    class Edit(EditView):
        def save_instance(self):
            instance = super().save_instance()
            record_event(
                f"{prefix}.edit", actor=self.request.user, obj=instance, request=self.request
            )
            return instance

    class Delete(DeleteView):
        def delete_action(self):
            record_event(
                f"{prefix}.delete", actor=self.request.user, obj=self.object, request=self.request
            )
            super().delete_action()

    return Create, Edit, Delete


_QC, _QE, _QD = _audited("cchc.surveys.questionnaire")
_KC, _KE, _KD = _audited("cchc.surveys.kiosk")


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "form"
    menu_label = _("Phiếu khảo sát")
    add_to_admin_menu = False
    list_display = ["title", "year", "is_active"]
    ordering = ["-year"]
    copy_view_enabled = True
    add_view_class = _QC
    edit_view_class = _QE
    delete_view_class = _QD


class KioskViewSet(SnippetViewSet):
    model = Kiosk
    icon = "desktop"
    menu_label = _("Máy đánh giá tại quầy")
    add_to_admin_menu = False
    list_display = ["name", "agency", "key", "is_active"]
    search_fields = ["name"]
    search_backend_name = None
    add_view_class = _KC
    edit_view_class = _KE
    delete_view_class = _KD


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


class _PermItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class _Submenu(SubmenuMenuItem):
    def is_shown(self, request):
        return request.user.has_perm("surveys.view_response") or request.user.has_perm(
            "surveys.change_questionnaire"
        )


@hooks.register("register_admin_menu_item")
def register_surveys_menu():
    items = [
        _PermItem(
            _("Phiếu khảo sát"),
            reverse("wagtailsnippets_surveys_questionnaire:list"),
            icon_name="form",
            order=1,
            permission="surveys.view_questionnaire",
        ),
        _PermItem(
            _("Máy đánh giá tại quầy"),
            reverse("wagtailsnippets_surveys_kiosk:list"),
            icon_name="desktop",
            order=2,
            permission="surveys.view_kiosk",
        ),
        _PermItem(
            _("Phiếu trả lời"),
            reverse("wagtailsnippets_surveys_response:list"),
            icon_name="list-ul",
            order=3,
            permission="surveys.view_response",
        ),
    ]
    return _Submenu(_("Khảo sát hài lòng"), Menu(items=items), icon_name="form", order=240)
