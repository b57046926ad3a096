"""Excel import of yearly results in the Wagtail admin: upload → dry run (row errors, or
what would be created) → confirm. The file waits in the cache between the two steps,
bound to the user; nothing is ever half-applied (``core.tabular.run_import``)."""

from __future__ import annotations

import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cchc.core import tabular

from . import services

PENDING_SECONDS = 30 * 60
PENDING_KEY = "indices:import:{token}"


def _can_import(user) -> bool:
    return user.has_perm("indices.add_indexresult")


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp Excel (.xlsx) hoặc CSV"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > tabular.MAX_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 5 MB."))
        return upload


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "indices/admin/import.html"
    form_class = ImportForm
    page_title = _("Nhập kết quả chỉ số từ Excel")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not _can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = services.COLUMNS
        return context

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        data = upload.read(tabular.MAX_BYTES + 1)
        try:
            report = services.results_import(
                data=data,
                filename=upload.name,
                dry_run=True,
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
                {"user": self.request.user.pk, "data": data, "filename": upload.name},
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
            return redirect("indices_admin:import")
        cache.delete(key)
        report = services.results_import(
            data=pending["data"],
            filename=pending["filename"],
            dry_run=False,
            actor=request.user,
            request=request,
        )
        if report.applied:
            messages.success(
                request, _("Đã nhập %(n)s kết quả.") % {"n": report.counts.get("create", 0)}
            )
            return redirect("wagtailsnippets_indices_indexresult:list")
        return self.render_to_response(
            self.get_context_data(form=ImportForm(), report=report, filename=pending["filename"])
        )


class TemplateView(View):
    """An empty workbook with the right headers and one example row."""

    def get(self, request):
        if not _can_import(request.user):
            raise PermissionDenied
        example = [
            ["par-index", 2024, "", 85.5, 20, 63, "", "Ví dụ, hãy xóa dòng này", "Có"],
            ["par-index", 2024, "the-che", 9.1, "", "", "", "", "Có"],
        ]
        data = tabular.write_xlsx([("Ket qua chi so", services.COLUMNS, example)])
        response = HttpResponse(data, content_type=tabular.XLSX_MIME)
        response["Content-Disposition"] = 'attachment; filename="mau-nhap-chi-so.xlsx"'
        return response


def admin_urls():
    return [
        path("nhap/", ImportView.as_view(), name="import"),
        path("mau.xlsx", TemplateView.as_view(), name="template"),
    ]
