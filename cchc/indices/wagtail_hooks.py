"""Indices in the Wagtail admin: definitions (with components), yearly results (with
component scores, validated by ``services.result_errors``), and the Excel import."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from cchc.core.admin_audit import AuditedDeleteView
from cchc.core.admin_menu import permission_submenu

from . import admin_views, services
from .forms import IndexResultAdminForm
from .models import IndexDefinition, IndexResult


class DefinitionCreateView(CreateView):
    def save_instance(self):
        return services.definition_save_from_admin(
            definition=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class DefinitionEditView(EditView):
    def save_instance(self):
        return services.definition_save_from_admin(
            definition=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class ResultCreateView(CreateView):
    def save_instance(self):
        return services.result_save_from_admin(
            result=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class ResultEditView(EditView):
    def save_instance(self):
        return services.result_save_from_admin(
            result=self.form.save(commit=False), actor=self.request.user, request=self.request
        )


class IndexDefinitionViewSet(SnippetViewSet):
    model = IndexDefinition
    icon = "doc-full"
    menu_label = _("Chỉ số")
    add_to_admin_menu = False
    list_display = ["short_name", "name", "publisher", "is_public"]
    search_fields = ["short_name", "name", "publisher"]
    search_backend_name = None
    add_view_class = DefinitionCreateView
    edit_view_class = DefinitionEditView
    delete_view_class = AuditedDeleteView


class IndexResultViewSet(SnippetViewSet):
    model = IndexResult
    icon = "table"
    menu_label = _("Kết quả theo năm")
    add_to_admin_menu = False
    list_display = ["index", "year", "score", "rank", "rank_total", "is_sample"]
    list_filter = ["index", "is_sample"]
    ordering = ["index__sort_order", "-year"]
    add_view_class = ResultCreateView
    edit_view_class = ResultEditView
    delete_view_class = AuditedDeleteView
    edit_handler = ObjectList(IndexResult.panels, base_form_class=IndexResultAdminForm)


register_snippet(IndexDefinitionViewSet)
register_snippet(IndexResultViewSet)


@hooks.register("register_admin_urls")
def register_indices_admin_urls():
    return [
        path(
            "chi-so/",
            include((admin_views.admin_urls(), "indices_admin"), namespace="indices_admin"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_indices_menu():
    entries = [
        (
            _("Kết quả theo năm"),
            reverse("wagtailsnippets_indices_indexresult:list"),
            "table",
            "indices.view_indexresult",
        ),
        (
            _("Định nghĩa chỉ số"),
            reverse("wagtailsnippets_indices_indexdefinition:list"),
            "doc-full",
            "indices.view_indexdefinition",
        ),
        (_("Nhập từ Excel"), reverse("indices_admin:import"), "upload", "indices.add_indexresult"),
    ]
    return permission_submenu(_("Chỉ số CCHC"), entries, icon_name="table", order=245)
