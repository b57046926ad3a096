"""``/chi-so/``: public dashboard of the indices and the portal's live SIPAS (cacheable:
no form, nothing personal; purged when an index changes, the live figure may lag by the
cache lifetime). ``/chi-so/noi-bo/``: leaders' per-agency table (signed-in, private)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from . import selectors

LEADER_PERMISSION = "surveys.view_response"


def dashboard(request):
    return render(
        request,
        "indices/dashboard_page.html",
        {"panels": selectors.index_panels_public(), "live": selectors.live_sipas()},
    )


def _year(value: str, default: int) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError):
        return default
    return year if 2000 <= year <= 2100 else default


@never_cache
def leader_dashboard(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.has_perm(LEADER_PERMISSION):
        raise PermissionDenied
    this_year = timezone.localdate().year
    year = _year(request.GET.get("nam", ""), this_year)
    rows = selectors.leader_rows(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    return render(
        request,
        "indices/leader_page.html",
        {"rows": rows, "year": year, "years": range(this_year, this_year - 6, -1)},
    )
