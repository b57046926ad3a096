"""Directory in the Wagtail admin (/quan-tri/): agencies, leaders, the contact history
(read-only) and the Excel import/export page.

Who may edit: the "Biên tập danh bạ" group (created by migration 0003 with the model
permissions) and superusers. The create/edit/delete views do not save forms themselves:
they call the services, so every admin edit is cleaned, versioned in ContactChange and
audited.
"""

from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem as ListMenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from cchc.core.exceptions import InvalidTransitionError

from . import admin_views, services
from .models import Agency, ContactChange, Leader
from .validation import DirectoryValidationError, clean_email, clean_phone


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """History rows are written by services only: nobody adds, edits or deletes them."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, a) for a in actions)


register_permission_policy(ContactChange, ReadOnlyPermissionPolicy(ContactChange))


# --- Forms: field-level validation with the same cleaners as the services ------------


PHONE_HELP = _(
    "Ví dụ 0293 3870 123, 0912 345 678, 1900 1234; có thể gõ dấu chấm, gạch ngang, +84. "
    "Số được chuẩn hóa khi lưu."
)


class AgencyAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("phone", "fax"):
            if name in self.fields:
                self.fields[name].help_text = PHONE_HELP

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone"))

    def clean_fax(self):
        return clean_phone(self.cleaned_data.get("fax"))

    def clean_email(self):
        return clean_email(self.cleaned_data.get("email"))


class LeaderAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "office_phone" in self.fields:
            self.fields["office_phone"].help_text = PHONE_HELP
        if "mobile" in self.fields:
            self.fields["mobile"].help_text = _(
                "Không hiện công khai trừ khi đánh dấu “công khai điện thoại di động”."
            )

    def clean_office_phone(self):
        return clean_phone(self.cleaned_data.get("office_phone"))

    def clean_mobile(self):
        return clean_phone(self.cleaned_data.get("mobile"), mobile_only=True)

    def clean_email(self):
        return clean_email(self.cleaned_data.get("email"))


class ServiceFormMixin:
    """Route saves through a service; its validation errors go back onto the form."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except DirectoryValidationError as exc:
            for field, messages in exc.errors.items():
                for message in messages:
                    form.add_error(field if field in form.fields else None, str(message))
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)

    def _data(self, fields):
        return {f: v for f, v in self.form.cleaned_data.items() if f in fields}


# --- Agencies --------------------------------------------------------------------------


class AgencyCreateView(ServiceFormMixin, CreateView):
    def save_instance(self):
        return services.agency_create(
            data=self._data(services.AGENCY_FIELDS), actor=self.request.user, request=self.request
        )


class AgencyEditView(ServiceFormMixin, EditView):
    def save_instance(self):
        return services.agency_update(
            agency=self.object,
            data=self._data(services.AGENCY_FIELDS),
            actor=self.request.user,
            request=self.request,
        )


class AgencyDeleteView(DeleteView):
    def delete_action(self):
        services.agency_delete(agency=self.object, actor=self.request.user, request=self.request)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except InvalidTransitionError as exc:
            messages.error(self.request, str(exc.message))
            return redirect(self.get_success_url())


class AgencyIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        user = self.request.user
        if instance.is_active and user.has_perm("directory.change_agency"):
            buttons.append(
                ListMenuItem(
                    _("Sáp nhập / giải thể"),
                    url=reverse("directory_agency_status", args=[instance.pk]),
                    icon_name="arrow-right-full",
                    priority=25,
                )
            )
        return buttons


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "site"
    menu_label = _("Cơ quan")
    list_display = ["name", "code", "level", "parent", "status", "phone"]
    list_filter = ["level", "status"]
    search_fields = ["name", "short_name", "code"]
    ordering = ["sort_order", "name"]
    index_view_class = AgencyIndexView
    add_view_class = AgencyCreateView
    edit_view_class = AgencyEditView
    delete_view_class = AgencyDeleteView
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("code"),
                    FieldPanel("name"),
                    FieldPanel("short_name"),
                    FieldRowPanel([FieldPanel("level"), FieldPanel("parent")]),
                    FieldPanel("sort_order"),
                ],
                heading=_("Cơ quan"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("address"),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
                    FieldPanel("email"),
                    FieldPanel("website"),
                    FieldPanel("working_hours"),
                    FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                ],
                heading=_("Liên hệ"),
            ),
            FieldPanel("description"),
        ],
        base_form_class=AgencyAdminForm,
    )


# --- Leaders -----------------------------------------------------------------------------


class LeaderCreateView(ServiceFormMixin, CreateView):
    def save_instance(self):
        return services.leader_create(
            agency=self.form.cleaned_data["agency"],
            data=self._data(services.LEADER_FIELDS),
            actor=self.request.user,
            request=self.request,
        )


class LeaderEditView(ServiceFormMixin, EditView):
    def save_instance(self):
        return services.leader_update(
            leader=self.object,
            agency=self.form.cleaned_data["agency"],
            data=self._data(services.LEADER_FIELDS),
            actor=self.request.user,
            request=self.request,
        )


class LeaderDeleteView(DeleteView):
    def delete_action(self):
        services.leader_delete(leader=self.object, actor=self.request.user, request=self.request)


class LeaderViewSet(SnippetViewSet):
    model = Leader
    icon = "user"
    menu_label = _("Lãnh đạo")
    list_display = ["full_name", "title", "agency", "office_phone", "mobile_public"]
    list_filter = ["agency__level", "mobile_public"]
    search_fields = ["full_name", "title"]
    add_view_class = LeaderCreateView
    edit_view_class = LeaderEditView
    delete_view_class = LeaderDeleteView
    edit_handler = ObjectList(
        [
            FieldPanel("agency"),
            FieldPanel("full_name"),
            FieldPanel("title"),
            FieldPanel("sort_order"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("office_phone"), FieldPanel("phone_public")]),
                    FieldRowPanel([FieldPanel("mobile"), FieldPanel("mobile_public")]),
                    FieldRowPanel([FieldPanel("email"), FieldPanel("email_public")]),
                ],
                heading=_("Liên hệ (chỉ hiện công khai khi được đánh dấu)"),
            ),
        ],
        base_form_class=LeaderAdminForm,
    )


class ContactChangeViewSet(SnippetViewSet):
    model = ContactChange
    icon = "history"
    menu_label = _("Lịch sử thay đổi")
    list_display = [
        "changed_at",
        "object_repr",
        "field_name",
        "old_value",
        "new_value",
        "changed_by",
    ]
    list_filter = ["subject", "source"]
    search_fields = ["object_repr", "field_name"]
    inspect_view_enabled = True
    copy_view_enabled = False


class DirectoryGroup(SnippetViewSetGroup):
    items = (AgencyViewSet, LeaderViewSet, ContactChangeViewSet)
    menu_icon = "site"
    menu_label = _("Danh bạ")
    menu_name = "directory"
    menu_order = 250


register_snippet(DirectoryGroup)


# --- Excel import/export and status changes ---------------------------------------------


class ExcelMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_excel_menu_item():
    return ExcelMenuItem(
        _("Danh bạ – nhập/xuất Excel"),
        reverse("directory_excel"),
        name="directory-excel",
        icon_name="download",
        order=251,
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("danh-ba/excel/", admin_views.excel_import, name="directory_excel"),
        path("danh-ba/excel/xuat/", admin_views.excel_export, name="directory_excel_export"),
        path(
            "danh-ba/co-quan/<int:pk>/tinh-trang/",
            admin_views.agency_status,
            name="directory_agency_status",
        ),
    ]


@hooks.register("before_bulk_action")
def delete_through_services(request, action_type, objects, action_class_instance):
    """Bulk delete of agencies or leaders goes through the services too (history + audit);
    an agency still in use stops the whole batch."""
    if action_type != "delete" or not objects:
        return None
    model = type(objects[0])
    if model not in (Agency, Leader):
        return None
    try:
        for obj in objects:
            if model is Agency:
                services.agency_delete(agency=obj, actor=request.user, request=request)
            else:
                services.leader_delete(leader=obj, actor=request.user, request=request)
    except InvalidTransitionError as exc:
        transaction.set_rollback(True)
        messages.error(request, str(exc.message))
        return redirect(action_class_instance.next_url)
    messages.success(request, _("Đã xóa %(count)d mục.") % {"count": len(objects)})
    return redirect(action_class_instance.next_url)
