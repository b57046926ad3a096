"""The catalogue in the Wagtail admin (/quan-tri/): procedures and fields (snippets), and
the Excel import/export screen. Editors: the "Biên tập thủ tục hành chính" group
(migration 0002) and superusers, through the model permissions.

The create/edit/delete views do not save forms themselves: they call the services, so
every admin change is audited like an import.
"""

from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, SnippetViewSet

from cchc.core.exceptions import CchcError

from . import admin_views, services
from .models import Procedure, ProcedureField


class ProcedureCreateView(CreateView):
    def save_instance(self):
        return services.procedure_save(
            procedure=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class ProcedureEditView(EditView):
    def save_instance(self):
        return services.procedure_save(
            procedure=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class ProcedureDeleteView(DeleteView):
    def delete_action(self):
        services.procedure_delete(
            procedure=self.object, actor=self.request.user, request=self.request
        )


class FieldCreateView(CreateView):
    def save_instance(self):
        return services.field_save(
            field=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class FieldEditView(EditView):
    def save_instance(self):
        return services.field_save(
            field=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class FieldDeleteView(DeleteView):
    def delete_action(self):
        services.field_delete(field=self.object, actor=self.request.user, request=self.request)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except CchcError as exc:
            messages.error(self.request, str(exc.message))
            return redirect(self.get_success_url())


class ProcedureFilterSet(WagtailFilterSet):
    class Meta:
        model = Procedure
        fields = ["published", "level", "online_level", "field"]


class ProcedureViewSet(SnippetViewSet):
    model = Procedure
    icon = "list-ul"
    menu_label = _("Thủ tục")
    add_to_admin_menu = False
    list_display = ["name", "code", "field", "level", "online_level", "published"]
    list_filter = None
    filterset_class = ProcedureFilterSet
    search_fields = ["code", "name", "search_folded"]
    search_backend_name = None
    ordering = ["field__sort_order", "name"]
    copy_view_enabled = True
    add_view_class = ProcedureCreateView
    edit_view_class = ProcedureEditView
    delete_view_class = ProcedureDeleteView


class ProcedureFieldViewSet(SnippetViewSet):
    model = ProcedureField
    icon = "tag"
    menu_label = _("Lĩnh vực")
    add_to_admin_menu = False
    list_display = ["name", "code", "sort_order"]
    search_fields = ["name", "code"]
    search_backend_name = None
    add_view_class = FieldCreateView
    edit_view_class = FieldEditView
    delete_view_class = FieldDeleteView


register_snippet(ProcedureViewSet)
register_snippet(ProcedureFieldViewSet)


class _PermissionMenuItem(MenuItem):
    permission = "procedures.view_procedure"

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class _ImportMenuItem(_PermissionMenuItem):
    permission = "procedures.add_procedure"


class _CatalogueSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return request.user.has_perm("procedures.view_procedure")


@hooks.register("register_admin_urls")
def register_procedures_admin_urls():
    return [
        path(
            "thu-tuc-hanh-chinh/",
            include((admin_views.admin_urls(), "procedures_admin"), namespace="procedures_admin"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_procedures_menu():
    items = [
        _PermissionMenuItem(
            _("Tất cả thủ tục"),
            reverse("wagtailsnippets_procedures_procedure:list"),
            icon_name="list-ul",
            order=1,
        ),
        _PermissionMenuItem(
            _("Lĩnh vực"),
            reverse("wagtailsnippets_procedures_procedurefield:list"),
            icon_name="tag",
            order=2,
        ),
        _ImportMenuItem(
            _("Nhập, xuất Excel"), reverse("procedures_admin:import"), icon_name="upload", order=3
        ),
    ]
    return _CatalogueSubmenu(
        _("Thủ tục hành chính"), Menu(items=items), icon_name="list-ul", order=230
    )
