from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from cchc.core.admin_audit import AuditedSnippetViewSet

from .models import ArticleCategory


class ArticleCategoryViewSet(AuditedSnippetViewSet):
    model = ArticleCategory
    icon = "tag"
    menu_label = _("Chuyên mục tin")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]


register_snippet(ArticleCategoryViewSet)
