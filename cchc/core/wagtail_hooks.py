from django.contrib import messages
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AuditEvent, Holiday
from .services import holiday_changed


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    icon = "date"
    menu_label = _("Lịch ngày nghỉ")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["date", "name", "kind"]
    list_filter = ["kind"]


class AuditEventViewSet(SnippetViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Nhật ký thao tác")
    menu_order = 910
    add_to_settings_menu = True
    list_display = ["created_at", "action", "object_repr", "actor"]
    list_filter = ["action"]
    search_fields = ["action", "object_repr"]
    inspect_view_enabled = True


register_snippet(HolidayViewSet)
register_snippet(AuditEventViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def _holiday_saved(request, instance):
    if isinstance(instance, Holiday):
        holiday_changed(holiday=instance, actor=request.user)


@hooks.register("after_delete_snippet")
def _holiday_deleted(request, instances):
    for instance in instances:
        if isinstance(instance, Holiday):
            holiday_changed(holiday=instance, actor=request.user, deleted=True)


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
