"""Admin (/quan-tri/): the one-stop rule sets by date and the agencies' unit codes, as data.

Dossiers themselves are handled on /mot-cua/ through the services, never edited here.
Changing a rule set changes nothing for dossiers already received under it only if a new
rule set is added with a later date: edit with care (docs/dossiers.md)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AgencyUnitCode, RuleSet


class RuleSetViewSet(SnippetViewSet):
    model = RuleSet
    icon = "clipboard-list"
    menu_label = _("Quy tắc Một cửa")
    list_display = ["name", "effective_from", "cutoff", "after_cutoff_next_day", "supplement_clock"]
    ordering = ["-effective_from"]


class AgencyUnitCodeViewSet(SnippetViewSet):
    model = AgencyUnitCode
    icon = "tag"
    menu_label = _("Mã định danh cơ quan")
    list_display = ["code", "agency"]
    search_fields = ["code"]


class OneStopGroup(SnippetViewSetGroup):
    items = (RuleSetViewSet, AgencyUnitCodeViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Một cửa")
    menu_name = "mot-cua"


register_snippet(OneStopGroup)
