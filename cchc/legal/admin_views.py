"""Librarian screens in the Wagtail admin: the queue of stubs, import and export."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cchc.core.exceptions import CchcError

from . import importers, selectors, services
from .models import DocumentRelation, DocumentType, LegalDocument


class LibrarianRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not services.user_is_librarian(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class QueueView(LibrarianRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Stubs "chưa kiểm tra" created from article links, with a verify action."""

    template_name = "legal/admin/queue.html"
    page_title = _("Văn bản chưa kiểm tra")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        q = self.request.GET.get("q", "")[:200]
        try:
            doc_type = int(self.request.GET.get("loai") or 0) or None
        except ValueError:
            doc_type = None
        paginator = Paginator(selectors.document_list_unverified(q=q, doc_type=doc_type), 50)
        context.update(
            documents=paginator.get_page(self.request.GET.get("p")),
            q=q,
            doc_type=doc_type,
            types=DocumentType.objects.all(),
            edit_url_name="wagtailsnippets_legal_legaldocument:edit",
        )
        return context

    def post(self, request, *args, **kwargs):
        ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()][:500]
        documents = LegalDocument.objects.filter(pk__in=ids)
        try:
            done = services.legal_document_verify_many(
                documents=documents, actor=request.user, request=request
            )
        except CchcError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Đã xác nhận %(n)s văn bản.") % {"n": done})
        return redirect(request.get_full_path())


class RelationQueueView(LibrarianRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Relations read from article and document texts, waiting for a librarian: one click
    confirms (a repeal or replacement then ends the target's validity) or rejects."""

    template_name = "legal/admin/relations.html"
    page_title = _("Quan hệ văn bản chờ xác nhận")
    header_icon = "link"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(selectors.relation_list_proposed(), 50)
        context.update(
            relations=paginator.get_page(self.request.GET.get("p")),
            edit_url_name="wagtailsnippets_legal_legaldocument:edit",
        )
        return context

    def post(self, request, *args, **kwargs):
        from . import relation_services

        relation = get_object_or_404(DocumentRelation, pk=request.POST.get("relation") or 0)
        action = request.POST.get("action")
        service = {
            "confirm": relation_services.relation_confirm,
            "reject": relation_services.relation_reject,
        }.get(action)
        if service is None:
            return redirect(request.get_full_path())
        try:
            service(relation=relation, actor=request.user, request=request)
        except CchcError as exc:
            messages.error(request, str(exc.message))
        else:
            text = _("Đã xác nhận: %(r)s.") if action == "confirm" else _("Đã từ chối: %(r)s.")
            label = f"{relation.source} {relation.label.lower()} {relation.target}"
            messages.success(request, text % {"r": label})
        return redirect(request.get_full_path())


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp CSV hoặc Excel (.xlsx)"))
    dry_run = forms.BooleanField(label=_("Chỉ kiểm tra, không ghi"), required=False, initial=True)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importers.MAX_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 5 MB."))
        return upload


class ImportView(LibrarianRequiredMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "legal/admin/import.html"
    form_class = ImportForm
    page_title = _("Nhập, xuất thư viện văn bản")
    header_icon = "upload"

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        data = upload.read(importers.MAX_BYTES + 1)
        try:
            report = services.library_import(
                filename=upload.name,
                data=data,
                dry_run=form.cleaned_data["dry_run"],
                actor=self.request.user,
                request=self.request,
            )
        except importers.ImportFileError as exc:
            form.add_error("file", str(exc))
            return self.form_invalid(form)
        except CchcError as exc:
            raise PermissionDenied(str(exc.message)) from exc
        if report.ok and not report.dry_run:
            messages.success(
                self.request,
                _("Đã nhập: %(c)s văn bản mới, %(u)s văn bản cập nhật.")
                % {"c": report.created, "u": report.updated},
            )
            return redirect("legal_admin:import")
        return self.render_to_response(self.get_context_data(form=form, report=report))


class ExportView(LibrarianRequiredMixin, View):
    def get(self, request, fmt):
        data = services.library_export(fmt=fmt, actor=request.user, request=request)
        stamp = timezone.localdate().strftime("%Y%m%d")
        content_type = (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            if fmt == "xlsx"
            else "text/csv; charset=utf-8"
        )
        response = HttpResponse(data, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="thu-vien-van-ban-{stamp}.{fmt}"'
        return response


def admin_urls():
    from django.urls import path

    return [
        path("hang-cho/", QueueView.as_view(), name="queue"),
        path("quan-he/", RelationQueueView.as_view(), name="relations"),
        path("nhap-xuat/", ImportView.as_view(), name="import"),
        path("xuat.<str:fmt>", ExportView.as_view(), name="export"),
    ]
