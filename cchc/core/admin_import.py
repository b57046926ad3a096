"""One import screen for the Wagtail admin: upload → preview (a dry run: errors by row and
column, or what would be created and updated) → confirm.

Between preview and confirmation the uploaded bytes wait in the cache (``core.pending``),
under a random token bound to the user who uploaded them; no file is written and the import
itself is never half-applied (``core.tabular.run_import`` in the app's service). An app
subclasses :class:`TableImportView` and says who may import, which service runs, and where
to go afterwards::

    class ImportView(TableImportView):  # e.g. cchc/indices/admin_views.py
        template_name, page_title = "<app>/admin/import.html", _("Nhập … từ Excel")
        pending_namespace = "<app>-import"
        import_url_name, done_url_name = "<app>_admin:import", "<list url name>"
        columns = services.COLUMNS

        def has_permission(self, user): ...
        def run_import(self, *, data, filename, dry_run, options): ...
        def done_message(self, report): ...
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import tabular
from .pending import pending_put, pending_take


class TableImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp Excel (.xlsx) hoặc CSV"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > tabular.MAX_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 5 MB."))
        return upload


class TableImportView(WagtailAdminTemplateMixin, FormView):
    form_class = TableImportForm
    header_icon = "upload"
    pending_namespace = ""
    import_url_name = ""
    done_url_name = ""
    columns: Any = ()

    # -- what an app says ------------------------------------------------------------
    def has_permission(self, user) -> bool:
        raise NotImplementedError

    def run_import(self, *, data: bytes, filename: str, dry_run: bool, options: dict):
        """Call the app's import service; returns its ``tabular`` report."""
        raise NotImplementedError

    def done_message(self, report) -> str:
        raise NotImplementedError

    def import_options(self, form) -> dict:
        """Choices on the form besides the file, kept for the confirmation."""
        return {}

    # -- the screen ------------------------------------------------------------------
    def dispatch(self, request, *args, **kwargs):
        if not self.has_permission(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = self.columns
        return context

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        data = upload.read(tabular.MAX_BYTES + 1)
        options = self.import_options(form)
        try:
            report = self.run_import(data=data, filename=upload.name, dry_run=True, options=options)
        except tabular.TableFileError as exc:
            form.add_error("file", exc.message)
            return self.form_invalid(form)
        token = ""
        if report.ok:
            token = pending_put(
                self.pending_namespace,
                user=self.request.user,
                payload={"data": data, "filename": upload.name, "options": options},
            )
        return self.render_to_response(
            self.get_context_data(form=form, report=report, token=token, filename=upload.name)
        )

    def confirm(self, request):
        pending = pending_take(
            self.pending_namespace, request.POST.get("token", ""), user=request.user
        )
        if pending is None:
            messages.error(request, _("Phiên nhập đã hết hạn; hãy tải tệp lên lại."))
            return redirect(self.import_url_name)
        report = self.run_import(
            data=pending["data"],
            filename=pending["filename"],
            dry_run=False,
            options=pending["options"],
        )
        if report.applied:
            messages.success(request, self.done_message(report))
            return redirect(self.done_url_name)
        # What the import touches changed between preview and confirmation: show why.
        return self.render_to_response(
            self.get_context_data(
                form=self.get_form_class()(), report=report, filename=pending["filename"]
            )
        )
