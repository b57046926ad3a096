"""Public catalogue: the list ``/thu-tuc-hanh-chinh/`` and one procedure
``/thu-tuc-hanh-chinh/<code>/`` (a slug or another spelling of the code redirects)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from . import selectors

PAGE_SIZE = 20


class ProcedureListView(TemplateView):
    template_name = "procedures/procedure_list_page.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = selectors.ProcedureFilters.from_query(self.request.GET)
        paginator = Paginator(selectors.procedure_list_public(filters), PAGE_SIZE)
        try:
            page_obj = paginator.page(self.request.GET.get("trang") or 1)
        except (PageNotAnInteger, EmptyPage):
            page_obj = paginator.page(1)
        context.update(
            procedures=page_obj,
            filters=filters,
            options=selectors.filter_options(),
            query_string=urlencode(filters.as_query()),
            page_title=_("Thủ tục hành chính"),
        )
        return context


class ProcedureDetailView(TemplateView):
    template_name = "procedures/procedure_page.html"

    def get(self, request, *args, key: str, **kwargs):
        procedure, redirect_key = selectors.procedure_get_public(key)
        if procedure is None:
            if redirect_key:
                return redirect("procedures:detail", key=redirect_key, permanent=True)
            raise Http404(_("Không tìm thấy thủ tục hành chính."))
        self.procedure = procedure
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(procedure=self.procedure, **selectors.procedure_detail(self.procedure))
        return context
