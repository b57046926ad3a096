from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ArticleCategory


class ArticleCategoryViewSet(SnippetViewSet):
    model = ArticleCategory
    icon = "tag"
    menu_label = _("Chuyên mục tin")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]


register_snippet(ArticleCategoryViewSet)
