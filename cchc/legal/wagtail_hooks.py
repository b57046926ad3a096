"""Admin of the library at /quan-tri/: documents and types (snippets), the queue of
stubs "chưa kiểm tra", import/export. Only the "Thư viện văn bản" group and superusers."""

from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from cchc.core.admin_audit import AuditedSnippetViewSet
from cchc.core.admin_menu import permission_submenu
from cchc.core.permissions import users_with_perm
from cchc.legal.roles import VERIFY

from . import admin_views, services, text_services
from .models import DocumentType, LegalDocument


class LibrarianPermissionPolicy(ModelPermissionPolicy):
    """Every action on the library needs the librarian's ``legal.verify_legaldocument``
    *and* the model permission (both held by the "Thư viện văn bản" role)."""

    def user_has_permission(self, user, action):
        return services.user_is_librarian(user) and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return (
            super()
            .users_with_any_permission(actions)
            .filter(pk__in=users_with_perm(VERIFY).values("pk"))
            .distinct()
        )


for _model in (LegalDocument, DocumentType):
    register_permission_policy(_model, LibrarianPermissionPolicy(_model), exact_class=True)


class LegalDocumentFilterSet(WagtailFilterSet):
    class Meta:
        model = LegalDocument
        fields = ["review_state", "status", "doc_type"]


class LegalDocumentViewSet(AuditedSnippetViewSet):
    model = LegalDocument
    admin_write = staticmethod(services.legal_document_admin_write)
    icon = "doc-full"
    menu_label = _("Văn bản")
    add_to_admin_menu = False
    list_display = ["key", "doc_type", "title", "issued", "status", "review_state"]
    list_filter = None
    filterset_class = LegalDocumentFilterSet
    search_fields = ["key", "title", "issuer_name", "search_folded"]
    search_backend_name = None
    ordering = ["-created_at"]
    copy_view_enabled = False


class DocumentTypeViewSet(AuditedSnippetViewSet):
    model = DocumentType
    icon = "tag"
    menu_label = _("Loại văn bản")
    add_to_admin_menu = False
    list_display = ["name", "abbreviations", "sort_order"]


register_snippet(LegalDocumentViewSet)
register_snippet(DocumentTypeViewSet)


@hooks.register("register_admin_urls")
def register_legal_admin_urls():
    return [
        path(
            "thu-vien-van-ban/",
            include((admin_views.admin_urls(), "legal_admin"), namespace="legal_admin"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_library_menu():
    librarian = services.user_is_librarian
    entries = [
        (
            _("Tất cả văn bản"),
            reverse("wagtailsnippets_legal_legaldocument:list"),
            "doc-full",
            librarian,
        ),
        (_("Chờ kiểm tra"), reverse("legal_admin:queue"), "warning", librarian),
        (_("Quan hệ chờ xác nhận"), reverse("legal_admin:relations"), "link", librarian),
        (_("Nhập, xuất"), reverse("legal_admin:import"), "upload", librarian),
        (
            _("Loại văn bản"),
            reverse("wagtailsnippets_legal_documenttype:list"),
            "tag",
            librarian,
        ),
    ]
    return permission_submenu(_("Thư viện văn bản"), entries, icon_name="doc-full", order=220)


def _update_text(request, document):
    """Extract the text from the uploaded file (or mark the pasted one) and propose the
    relations it states; every outcome is a message to the librarian."""
    if not isinstance(document, LegalDocument) or not services.user_is_librarian(request.user):
        return
    report = text_services.legal_document_text_update(
        document=document, actor=request.user, request=request
    )
    for level, message in report.messages():
        getattr(messages, level)(request, message)


hooks.register("after_create_snippet", _update_text)
hooks.register("after_edit_snippet", _update_text)
