"""Small site-wide views: health check, robots.txt, contact page."""

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from cchc.directory.selectors import agency_by_name

from .models import OrganisationSettings


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
