"""Admin (/quan-tri/): contests (rules, rounds, rubric, prizes, scoring settings) and their
juries, as snippets with the model permissions of ``roles.py``. Entries, scores and results
are handled on the secretary's screen (/cuoc-thi/thu-ky/) through the services, never
edited here."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Contest, JuryMember


class ContestViewSet(SnippetViewSet):
    model = Contest
    icon = "trophy"
    menu_label = _("Cuộc thi")
    list_display = ["title", "slug", "is_visible", "results_status"]
    search_fields = ["title"]
    ordering = ["-created_at"]


class JuryMemberViewSet(SnippetViewSet):
    model = JuryMember
    icon = "group"
    menu_label = _("Hội đồng giám khảo")
    list_display = ["__str__", "contest", "agency"]
    list_filter = ["contest"]


class ContestGroup(SnippetViewSetGroup):
    items = (ContestViewSet, JuryMemberViewSet)
    menu_icon = "trophy"
    menu_label = _("Cuộc thi sáng kiến")
    menu_name = "cuoc-thi"


register_snippet(ContestGroup)


class SecretaryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("contest.manage_contest")


@hooks.register("register_admin_menu_item")
def register_secretary_screen():
    return SecretaryMenuItem(
        _("Theo dõi chấm, kết quả cuộc thi"),
        reverse("contest:secretary-home"),
        icon_name="list-ol",
        order=960,
    )
