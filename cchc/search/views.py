"""The search page (/tim-kiem/) and its autocomplete endpoint (/tim-kiem/goi-y/)."""

import hashlib

from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django_ratelimit.decorators import ratelimit

from cchc.portal import generation

from .analysis import clean_query
from .selectors import autocomplete, search


def _int(value, default=None):
    try:
        number = int(str(value)[:6])
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


# Results are kept per content generation (any publish, privacy change or document edit starts
# a new one) and at most a minute, so a hot query costs no index work between changes.
RESULTS_TTL_SECONDS = 60


def _cached_search(q: str, kind: str, year, page):
    digest = hashlib.sha256(f"{q}\x1f{kind}\x1f{year}\x1f{page}".encode()).hexdigest()[:32]
    key = generation.key("search", digest)
    results = cache.get(key)
    if results is None:
        results = search(q, kind=kind, year=year, page=page)
        cache.set(key, results, RESULTS_TTL_SECONDS)
    return results


@require_GET
def search_page(request):
    q = clean_query(request.GET.get("q", ""))
    kind = (request.GET.get("loai") or "")[:32]
    kind = kind if kind.isascii() else ""
    year, page = _int(request.GET.get("nam")), _int(request.GET.get("trang"), 1)
    results = _cached_search(q, kind, year, page)
    return render(request, "search/search_page.html", {"q": q, "results": results})


@require_GET
@cache_control(max_age=60, public=True)
@ratelimit(key="ip", rate="240/m", block=False)
def suggest(request):
    # Over the rate limit: no suggestions (the search form itself still works).
    items = [] if getattr(request, "limited", False) else autocomplete(request.GET.get("q", ""))
    return JsonResponse({"query": clean_query(request.GET.get("q", "")), "suggestions": items})
