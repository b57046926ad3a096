"""The search page (/tim-kiem/) and its autocomplete endpoint (/tim-kiem/goi-y/)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django_ratelimit.decorators import ratelimit

from .analysis import clean_query
from .selectors import autocomplete, search_cached


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
    kind = kind if kind.isascii() else ""
    year, page = _int(request.GET.get("nam")), _int(request.GET.get("trang"), 1)
    results = search_cached(q, kind=kind, year=year, page=page)
    return render(request, "search/search_page.html", {"q": q, "results": results})


@require_GET
@cache_control(max_age=60, public=True)
@ratelimit(key="ip", rate="240/m", block=False)
def suggest(request):
    # Over the rate limit: no suggestions (the search form itself still works).
    items = [] if getattr(request, "limited", False) else autocomplete(request.GET.get("q", ""))
    return JsonResponse({"query": clean_query(request.GET.get("q", "")), "suggestions": items})
