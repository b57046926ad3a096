"""Public directory pages: the tree (/danh-ba/), one agency, vCards. Thin: selectors do
the reading, templates the rendering."""

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import phones, selectors
from .models import Agency
from .vcard import build_vcard


@require_GET
def agency_index(request):
    q = request.GET.get("q", "").strip()[: selectors.MAX_QUERY_LENGTH]
    tree = selectors.agency_tree(q)
    return render(
        request,
        "directory/index_page.html",
        {
            "tree": tree,
            "rows": selectors.tree_flatten(tree),
            "q": q,
            "match_count": selectors.tree_count(tree) if q else None,
            "former": selectors.agency_search_former(q) if q else [],
        },
    )


def _public_agency_or_redirect(slug):
    agency = selectors.agency_get_public(slug)
    if agency is None:
        raise Http404
    if agency.status != Agency.Status.ACTIVE:
        successor = selectors.agency_final_successor(agency)
        if successor is not None:
            return agency, HttpResponsePermanentRedirect(successor.get_absolute_url())
    return agency, None


@require_GET
def agency_detail(request, slug):
    agency, redirect = _public_agency_or_redirect(slug)
    if redirect is not None:
        return redirect
    return render(
        request,
        "directory/agency_page.html",
        {
            "agency": agency,
            "leaders": selectors.leader_list_public(agency) if agency.is_active else [],
            "children": selectors.agency_children_public(agency),
            "predecessors": selectors.agency_predecessors(agency),
            "ancestors": selectors.agency_ancestors(agency),
        },
    )


@require_GET
def leader_vcard(request, slug, leader_id):
    agency = selectors.agency_get_public(slug)
    if agency is None or not agency.is_active:
        raise Http404
    leader = selectors.leader_get_public(agency, leader_id)
    if leader is None:
        raise Http404
    body = build_vcard(
        full_name=leader.full_name,
        title=leader.title,
        org=agency.name,
        work_phone=phones.tel_href(leader.office_phone) if leader.office_phone else "",
        cell_phone=phones.tel_href(leader.mobile) if leader.mobile else "",
        email=leader.email,
        address=agency.address,
        url=request.build_absolute_uri(agency.get_absolute_url()),
    )
    response = HttpResponse(body.encode("utf-8"), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{agency.slug}-{leader.id}.vcf"'
    return response
