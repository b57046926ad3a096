"""JSON API of the directory: ``/api/v1/danh-ba/`` and ``/api/v1/danh-ba/<slug>/``.

Only public fields; a leader's contacts pass through
:func:`~cchc.directory.selectors.leader_public_contact`. A merged agency is returned as
it is, with ``status`` and ``successor``, so clients can follow it.
"""

from __future__ import annotations

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from . import selectors
from .models import Agency

API_VERSION = "v1"


def _ref(agency: Agency | None, request) -> dict | None:
    if agency is None:
        return None
    return {
        "code": agency.code,
        "name": agency.name,
        "slug": agency.slug,
        "url": request.build_absolute_uri(agency.get_absolute_url()),
        "api_url": request.build_absolute_uri(f"/api/{API_VERSION}/danh-ba/{agency.slug}/"),
    }


def agency_as_dict(agency: Agency, request, *, parents: dict, successors: dict) -> dict:
    return {
        "code": agency.code,
        "name": agency.name,
        "short_name": agency.short_name,
        "slug": agency.slug,
        "level": agency.level,
        "level_label": str(agency.get_level_display()),
        "parent": parents.get(agency.parent_id),
        "address": agency.address,
        "phone": agency.phone,
        "fax": agency.fax,
        "email": agency.email,
        "website": agency.website,
        "working_hours": agency.working_hours,
        "latitude": float(agency.latitude) if agency.latitude is not None else None,
        "longitude": float(agency.longitude) if agency.longitude is not None else None,
        "status": agency.status,
        "status_changed_on": (
            agency.status_changed_on.isoformat() if agency.status_changed_on else None
        ),
        "successor": successors.get(agency.successor_id),
        "url": request.build_absolute_uri(agency.get_absolute_url()),
    }


def _leader_dict(leader) -> dict:
    return {
        "id": leader.id,
        "full_name": leader.full_name,
        "title": leader.title,
        "office_phone": leader.office_phone or None,
        "mobile": leader.mobile or None,
        "email": leader.email or None,
    }


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def agency_list(request):
    """All agencies (``?status=all`` includes merged and dissolved ones; ``?q=`` filters)."""
    q = request.GET.get("q", "")
    include_inactive = request.GET.get("status") == "all"
    if q.strip():
        agencies = selectors.agency_search(q, limit=500, include_inactive=include_inactive)
    else:
        agencies = list(selectors.agency_list(include_inactive=include_inactive))
    refs = selectors.agency_refs()
    items = [agency_as_dict(a, request, parents=refs, successors=refs) for a in agencies]
    return _json({"count": len(items), "results": items})


@require_GET
def agency_detail(request, slug):
    agency = selectors.agency_get_public(slug)
    if agency is None:
        return _json({"detail": "not found"}, status=404)
    refs = selectors.agency_refs()
    data = agency_as_dict(agency, request, parents=refs, successors=refs)
    final = selectors.agency_final_successor(agency) if not agency.is_active else None
    data["final_successor"] = _ref(final, request)
    data["leaders"] = (
        [_leader_dict(p) for p in selectors.leader_list_public(agency)] if agency.is_active else []
    )
    data["children"] = [_ref(c, request) for c in selectors.agency_children_public(agency)]
    data["predecessors"] = [
        {
            **_ref(p.agency, request),
            "status": p.agency.status,
            "status_changed_on": (
                p.agency.status_changed_on.isoformat() if p.agency.status_changed_on else None
            ),
        }
        for p in selectors.agency_predecessors(agency)
    ]
    return _json(data)
