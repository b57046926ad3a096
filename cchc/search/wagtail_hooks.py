"""Admin (/quan-tri/): the abbreviation and synonym table of the site search.

Changes are audited by the project's snippet hooks (cchc.core.wagtail_hooks) and take
effect at once (the cached table is dropped on save/delete, cchc.search.signals).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from cchc.core.admin_audit import AuditedSnippetViewSet

from .models import SearchAbbreviation


class SearchAbbreviationViewSet(AuditedSnippetViewSet):
    model = SearchAbbreviation
    icon = "search"
    menu_label = _("Chữ viết tắt (tìm kiếm)")
    menu_order = 290
    add_to_settings_menu = True
    list_display = ["short", "expansion", "note", "is_active"]
    search_fields = ["short", "expansion"]


register_snippet(SearchAbbreviationViewSet)
