"""Import screen in the Wagtail admin: upload → preview (a dry run: errors by row and
column, or what would be created and updated) → confirm. Between preview and confirm the
uploaded bytes wait in the cache (Redis in production), keyed by a random token and bound
to the user who uploaded them; no file is written."""

from __future__ import annotations

import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cchc.core import tabular

from . import importer, services

PENDING_SECONDS = 30 * 60
PENDING_KEY = "procedures:import:{token}"


def _can_import(user) -> bool:
    return user.has_perms(["procedures.add_procedure", "procedures.change_procedure"])


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp Excel (.xlsx) hoặc CSV"))
    publish = forms.BooleanField(
        label=_("Công khai ngay các thủ tục mới"),
        required=False,
        help_text=_("Cột “Công khai” trong tệp, nếu có, được ưu tiên."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > tabular.MAX_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 5 MB."))
        return upload


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "procedures/admin/import.html"
    form_class = ImportForm
    page_title = _("Nhập, xuất thủ tục hành chính")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not _can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = importer.COLUMNS
        return context

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        data = upload.read(tabular.MAX_BYTES + 1)
        try:
            report = services.procedure_import(
                data=data,
                filename=upload.name,
                dry_run=True,
                publish=form.cleaned_data["publish"],
                actor=self.request.user,
                request=self.request,
            )
        except tabular.TableFileError as exc:
            form.add_error("file", exc.message)
            return self.form_invalid(form)
        token = ""
        if report.ok:
            token = secrets.token_urlsafe(24)
            cache.set(
                PENDING_KEY.format(token=token),
                {
                    "user": self.request.user.pk,
                    "data": data,
                    "filename": upload.name,
                    "publish": form.cleaned_data["publish"],
                },
                PENDING_SECONDS,
            )
        return self.render_to_response(
            self.get_context_data(form=form, report=report, token=token, filename=upload.name)
        )

    def confirm(self, request):
        token = request.POST.get("token", "")[:64]
        key = PENDING_KEY.format(token=token)
        pending = cache.get(key)
        if not pending or pending["user"] != request.user.pk:
            messages.error(request, _("Phiên nhập đã hết hạn; hãy tải tệp lên lại."))
            return redirect("procedures_admin:import")
        cache.delete(key)
        report = services.procedure_import(
            data=pending["data"],
            filename=pending["filename"],
            dry_run=False,
            publish=pending["publish"],
            actor=request.user,
            request=request,
        )
        if report.applied:
            messages.success(
                request,
                _("Đã nhập: %(c)s thủ tục mới, %(u)s thủ tục cập nhật.")
                % {"c": report.counts["create"], "u": report.counts["update"]},
            )
            return redirect("wagtailsnippets_procedures_procedure:list")
        # The catalogue changed between preview and confirmation: show why.
        return self.render_to_response(
            self.get_context_data(
                form=self.get_form_class()(), report=report, filename=pending["filename"]
            )
        )


class ExportView(View):
    def get(self, request):
        if not request.user.has_perm("procedures.view_procedure"):
            raise PermissionDenied
        data = services.procedure_export(actor=request.user, request=request)
        stamp = timezone.localdate().strftime("%Y%m%d")
        response = HttpResponse(data, content_type=tabular.XLSX_MIME)
        response["Content-Disposition"] = f'attachment; filename="thu-tuc-hanh-chinh-{stamp}.xlsx"'
        return response


def admin_urls():
    return [
        path("nhap-xuat/", ImportView.as_view(), name="import"),
        path("xuat.xlsx", ExportView.as_view(), name="export"),
    ]
