"""Import screen in the Wagtail admin: upload → preview (a dry run: errors by row and
column, or what would be created and updated) → confirm. Between preview and confirm the
uploaded bytes wait in the cache (Redis in production), keyed by a random token and bound
to the user who uploaded them; no file is written."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import View

from cchc.core import tabular
from cchc.core.admin_import import TableImportForm, TableImportView

from . import importer, services


def _can_import(user) -> bool:
    return user.has_perms(["procedures.add_procedure", "procedures.change_procedure"])


class ImportForm(TableImportForm):
    publish = forms.BooleanField(
        label=_("Công khai ngay các thủ tục mới"),
        required=False,
        help_text=_("Cột “Công khai” trong tệp, nếu có, được ưu tiên."),
    )


class ImportView(TableImportView):
    template_name = "procedures/admin/import.html"
    form_class = ImportForm
    page_title = _("Nhập, xuất thủ tục hành chính")
    pending_namespace = "procedures-import"
    import_url_name = "procedures_admin:import"
    done_url_name = "wagtailsnippets_procedures_procedure:list"
    columns = importer.COLUMNS

    def has_permission(self, user) -> bool:
        return _can_import(user)

    def import_options(self, form) -> dict:
        return {"publish": form.cleaned_data["publish"]}

    def run_import(self, *, data, filename, dry_run, options):
        return services.procedure_import(
            data=data,
            filename=filename,
            dry_run=dry_run,
            publish=options["publish"],
            actor=self.request.user,
            request=self.request,
        )

    def done_message(self, report) -> str:
        return _("Đã nhập: %(c)s thủ tục mới, %(u)s thủ tục cập nhật.") % {
            "c": report.counts["create"],
            "u": report.counts["update"],
        }


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
