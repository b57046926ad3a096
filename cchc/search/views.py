"""The search page (/tim-kiem/) and its autocomplete endpoint (/tim-kiem/goi-y/)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .analysis import clean_query
from .selectors import autocomplete, search


def _int(value, default=None):
    try:
        number = int(str(value)[:6])
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


@require_GET
def search_page(request):
    q = clean_query(request.GET.get("q", ""))
    kind = (request.GET.get("loai") or "")[:32]
    results = search(
        q,
        kind=kind if kind.isascii() else "",
        year=_int(request.GET.get("nam")),
        page=_int(request.GET.get("trang"), 1),
    )
    return render(request, "search/search_page.html", {"q": q, "results": results})


@require_GET
@cache_control(max_age=60, public=True)
def suggest(request):
    items = autocomplete(request.GET.get("q", ""))
    return JsonResponse({"query": clean_query(request.GET.get("q", "")), "suggestions": items})
