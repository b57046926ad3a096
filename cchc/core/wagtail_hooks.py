from django.contrib import messages
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_audit import AuditedSnippetViewSet
from .models import AuditEvent, Holiday
from .services import holiday_admin_write


class HolidayViewSet(AuditedSnippetViewSet):
    model = Holiday
    admin_write = staticmethod(holiday_admin_write)
    icon = "date"
    menu_label = _("Lịch ngày nghỉ")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["date", "name", "kind"]
    list_filter = ["kind"]


WRITE_ACTIONS = frozenset({"add", "change", "delete", "lock", "unlock", "publish"})


class AppendOnlyPermissionPolicy(ModelPermissionPolicy):
    """Read-only for everyone, superusers included: audit rows are append-only.

    Rows are written by ``record_event`` only; no one may add, edit or delete one in the
    admin. On PostgreSQL a trigger also refuses UPDATE/DELETE (core migration 0002).
    """

    def user_has_permission(self, user, action):
        if action in WRITE_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [a for a in actions if a not in WRITE_ACTIONS]
        if not actions:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if all(a in WRITE_ACTIONS for a in actions):
            return self.model._default_manager.none()
        return super().instances_user_has_any_permission_for(user, actions)


class AuditEventViewSet(SnippetViewSet):
    """The audit log (nhật ký thao tác): list and inspect only."""

    model = AuditEvent
    icon = "history"
    menu_label = _("Nhật ký thao tác")
    menu_order = 910
    add_to_settings_menu = True
    list_display = ["created_at", "action", "object_repr", "actor"]
    list_filter = ["action"]
    search_fields = ["action", "object_repr"]
    inspect_view_enabled = True
    copy_view_enabled = False


register_permission_policy(AuditEvent, AppendOnlyPermissionPolicy(AuditEvent))
register_snippet(HolidayViewSet)
register_snippet(AuditEventViewSet)


@hooks.register("after_edit_page")
def _say_published_after_approval(request, page):
    """After a moderator's "approve" that published the page, say so.

    Wagtail's edit view reports every workflow action as "Page '…' has been updated."
    even when the approval was the last step and the page went live, which left
    moderators unsure whether the article was out.
    """
    if request.method != "POST" or request.POST.get("workflow-action-name") != "approve":
        return
    page.refresh_from_db(fields=["live", "has_unpublished_changes", "live_revision"])
    if not page.live or page.has_unpublished_changes:
        return
    storage = messages.get_messages(request)
    # The edit view has just queued its "has been updated" message: replace it (the
    # storage offers no public API to edit a queued message).
    queued = getattr(storage, "_queued_messages", [])
    if queued and queued[-1].level == messages.SUCCESS:
        queued.pop()
    messages.success(
        request,
        gettext("Đã duyệt và xuất bản trang '%(page_title)s'.")
        % {"page_title": page.get_admin_display_title()},
    )


@hooks.register("insert_global_admin_css")
def _admin_css():
    """Project admin styles: a same-origin stylesheet, allowed by the admin CSP."""
    return format_html('<link rel="stylesheet" href="{}">', static("admin/cchc-admin.css"))
