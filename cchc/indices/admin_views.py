"""Excel import of yearly results in the Wagtail admin: upload → dry run (row errors, or
what would be created) → confirm. The file waits in the cache between the two steps,
bound to the user; nothing is ever half-applied (``core.tabular.run_import``)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import View

from cchc.core import tabular
from cchc.core.admin_import import TableImportView

from . import services


def _can_import(user) -> bool:
    return user.has_perm("indices.add_indexresult")


class ImportView(TableImportView):
    template_name = "indices/admin/import.html"
    page_title = _("Nhập kết quả chỉ số từ Excel")
    pending_namespace = "indices-import"
    import_url_name = "indices_admin:import"
    done_url_name = "wagtailsnippets_indices_indexresult:list"
    columns = services.COLUMNS

    def has_permission(self, user) -> bool:
        return _can_import(user)

    def run_import(self, *, data, filename, dry_run, options):
        return services.results_import(
            data=data,
            filename=filename,
            dry_run=dry_run,
            actor=self.request.user,
            request=self.request,
        )

    def done_message(self, report) -> str:
        return _("Đã nhập %(n)s kết quả.") % {"n": report.counts.get("create", 0)}


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
