"""Public pages of the library: the list ``/van-ban/`` and one document ``/van-ban/<slug>/``."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from . import selectors

PAGE_SIZE = 20


class DocumentListView(TemplateView):
    template_name = "legal/document_list_page.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = selectors.DocumentFilters.from_query(self.request.GET)
        paginator = Paginator(selectors.document_list(filters), PAGE_SIZE)
        try:
            page_obj = paginator.page(self.request.GET.get("trang") or 1)
        except (PageNotAnInteger, EmptyPage):
            page_obj = paginator.page(1)
        kept = {
            k: v
            for k, v in {
                "q": filters.q,
                "loai": filters.doc_type or "",
                "co_quan": filters.issuer,
                "nam": filters.year or "",
                "tinh_trang": filters.status,
            }.items()
            if v
        }
        context.update(
            documents=page_obj,
            filters=filters,
            options=selectors.filter_options(),
            query_string=urlencode(kept),
            page_title=_("Văn bản"),
        )
        return context


class DocumentDetailView(TemplateView):
    template_name = "legal/document_page.html"

    def get(self, request, *args, slug: str, **kwargs):
        document, redirect_slug = selectors.document_get_by_slug(slug)
        if document is None:
            if redirect_slug and redirect_slug.startswith("?"):
                # A bare key several documents share: let the reader choose.
                return redirect(f"{reverse('legal:document-choose')}{redirect_slug}")
            if redirect_slug:
                return redirect("legal:document-detail", slug=redirect_slug, permanent=True)
            raise Http404(_("Không tìm thấy văn bản."))
        self.document = document
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.document
        context.update(
            document=document,
            relations=selectors.document_relations(document),
            attachments=list(document.attachments.select_related("document")),
            citing_pages=selectors.document_citing_pages(document),
            text_html=selectors.document_text_html(document),
        )
        return context


class DocumentChooseView(TemplateView):
    """``/van-ban/chon/?key=15/KH-UBND&nam=2021``: a reference that several documents fit
    (numbers restart every year and per agency) lists them instead of guessing one."""

    template_name = "legal/document_choose_page.html"

    def get(self, request, *args, **kwargs):
        self.choice = selectors.document_choices(request.GET)
        if self.choice is None or not self.choice.documents:
            raise Http404(_("Không tìm thấy văn bản."))
        if len(self.choice.documents) == 1:
            return redirect(self.choice.documents[0].get_absolute_url())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(choice=self.choice, page_title=_("Chọn văn bản"))
        return context
