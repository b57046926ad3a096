"""Small site-wide views: health check, robots.txt, contact page, the visit beacon."""

import json
import time

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from cchc.directory.selectors import agency_by_name

from . import visitors
from .models import OrganisationSettings

# A transparent 1×1 GIF: the answer to the <noscript> image beacon.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00"
    b"\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
BEACON_MAX_BODY = 1024


@never_cache
@require_GET
def healthz(request):
    """200 with ``{"status": "ok", "database": "ok"}``; 503 when the database fails."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        db = "ok"
    except Exception:  # noqa: BLE001 - any failure means unhealthy
        db = "error"
    status = 200 if db == "ok" else 503
    return JsonResponse(
        {"status": "ok" if db == "ok" else "error", "database": db, "vendor": connection.vendor},
        status=status,
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.CCHC_ADMIN_PATH}/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def contact(request):
    org = OrganisationSettings.for_request(request)
    return render(
        request,
        "portal/contact_page.html",
        {"directory_agency": agency_by_name(org.organisation_name)},
    )


def _beacon_counts(request) -> bool:
    """Whether this beacon is a reader's page view: small, same-site, not a bot."""
    if not settings.CCHC_COUNT_VISITS:
        return False
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    if length > BEACON_MAX_BODY:
        return False
    # Browsers say where a request comes from; another site's page must not count here.
    if request.META.get("HTTP_SEC_FETCH_SITE", "same-origin") not in ("same-origin", "none"):
        return False
    return not visitors.is_bot(request.META.get("HTTP_USER_AGENT", ""))


# What Django's ``never_cache`` writes, set directly (the beacon is the most frequent request).
NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"
_answers: dict[visitors.VisitorStats, bytes] = {}


def _stats_json(stats: visitors.VisitorStats) -> bytes:
    """The JSON answer, encoded once per set of figures (they change every couple of seconds)."""
    body = _answers.get(stats)
    if body is None:
        body = json.dumps(
            {"online": stats.online, "today": stats.today, "total": stats.total}
        ).encode()
        _answers.clear()  # only the latest figures are asked for again
        _answers[stats] = body
    return body


@csrf_exempt  # carries no state a forger could abuse: at most one visit, like a page view
@require_http_methods(["GET", "POST"])
def visit_beacon(request):
    """Count the page view that called it; answer the three figures the page shows.

    Every public page sends it once after loading (``static/js/visitors.js``, POST, answered
    with JSON); without JavaScript a ``<noscript>`` image does the same with GET and gets a
    1×1 GIF. Bots, other sites and oversized bodies are answered but not counted. Never
    cached anywhere.
    """
    cookies = visitors.count_page_view(request.COOKIES) if _beacon_counts(request) else []
    if request.method == "GET":
        response = HttpResponse(PIXEL, content_type="image/gif")
    else:
        response = HttpResponse(
            _stats_json(visitors.get_stats_recent()), content_type="application/json"
        )
    response.headers["Expires"] = http_date(time.time())
    response.headers["Cache-Control"] = NEVER_CACHE
    secure = request.is_secure()
    for name, value, max_age in cookies:
        response.set_cookie(
            name, value, max_age=max_age, httponly=True, samesite="Lax", secure=secure
        )
    return response
