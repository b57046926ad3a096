"""Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at /open311/v2/.

Statuses map to ``open``/``closed`` with ``status_notes``. Only published cases show
their description and location; nothing personal (name, phone, e-mail, address) is ever
in a response.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree as ET

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from cchc.core.cleaning import xml_safe
from cchc.core.exceptions import CchcError

from .. import ratelimit, selectors
from ..apikeys import api_key_check
from ..choices import Channel, Status
from ..models import Feedback, FeedbackCategory
from ..services import Submission, feedback_submit
from ..workflow import CLOSED_STATUSES

XML_ROOTS = {
    "services": ("services", "service"),
    "requests": ("service_requests", "request"),
    "errors": ("errors", "error"),
    "created": ("service_requests", "request"),
}


def _to_xml(kind: str, items) -> bytes:
    root_name, item_name = XML_ROOTS[kind]
    root = ET.Element(root_name)
    for item in items:
        el = ET.SubElement(root, item_name)
        _fill(el, item)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8")


def _fill(el, item: dict):
    for key, value in item.items():
        child = ET.SubElement(el, key)
        if isinstance(value, list):
            for v in value:
                if isinstance(v, dict):
                    sub = ET.SubElement(child, key.rstrip("s") or "item")
                    _fill(sub, v)
                else:
                    sub = ET.SubElement(child, key.rstrip("s") or "item")
                    sub.text = xml_safe(v)
        elif isinstance(value, dict):
            _fill(child, value)
        elif value is None:
            pass
        elif isinstance(value, bool):
            child.text = "true" if value else "false"
        else:
            child.text = xml_safe(value)


def _respond(kind: str, items: list, fmt: str, status: int = 200):
    if fmt == "xml":
        return HttpResponse(
            _to_xml(kind, items), content_type="text/xml; charset=utf-8", status=status
        )
    return JsonResponse(items, safe=False, status=status, json_dumps_params={"ensure_ascii": False})


def _error(fmt: str, status: int, description: str):
    return _respond("errors", [{"code": status, "description": description}], fmt, status=status)


def _iso(value: dt.datetime | None) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def _service(cat: FeedbackCategory) -> dict:
    return {
        "service_code": cat.code,
        "service_name": cat.name,
        "description": cat.description or cat.name,
        "metadata": False,
        "type": "realtime",
        "keywords": "",
        "group": "",
    }


# Public coordinates are rounded to 3 decimals (~110 m of latitude): enough to find the
# pothole, not enough to point at the house of the person who reported it.
PUBLIC_COORD_DECIMALS = 3


def _public_coord(value) -> float | None:
    return None if value is None else round(float(value), PUBLIC_COORD_DECIMALS)


def _request(fb: Feedback) -> dict:
    closed = fb.status in CLOSED_STATUSES
    public = fb.is_published
    notes = Status(fb.status).label
    if fb.status == Status.REJECTED and fb.reject_reason:
        notes = f"{notes}: {fb.get_reject_reason_display()}"
    if public and fb.public_answer:
        notes = fb.public_answer[:2000]
    expected = dt.datetime.combine(
        fb.answer_due, dt.time(17, 0), tzinfo=timezone.get_current_timezone()
    )
    return {
        "service_request_id": fb.code,
        "status": "closed" if closed else "open",
        "status_notes": str(notes),
        "service_name": fb.category.name if fb.category else "",
        "service_code": fb.category.code if fb.category else "",
        "description": fb.public_content if public else "",
        "agency_responsible": (fb.answering_agency or fb.assigned_agency).name
        if (fb.answering_agency_id or fb.assigned_agency_id)
        else "",
        "service_notice": "",
        "requested_datetime": _iso(fb.created_at),
        "updated_datetime": _iso(fb.updated_at),
        "expected_datetime": _iso(expected),
        # the location text is whatever the citizen typed (often a home address): only
        # the rounded point is public; officers see the text in the back office
        "address": "",
        "address_id": "",
        "zipcode": "",
        "lat": _public_coord(fb.lat) if public else None,
        "long": _public_coord(fb.lng) if public else None,
        "media_url": "",
    }


@require_GET
def discovery(request, fmt: str):
    base = request.build_absolute_uri(reverse("feedback:open311-services", args=["json"])).rsplit(
        "/", 1
    )[0]
    data = {
        "changeset": "2026-11-26T00:00:00+07:00",
        "contact": "",
        "key_service": "",
        "endpoints": [
            {
                "specification": "http://wiki.open311.org/GeoReport_v2",
                "url": base,
                "changeset": "2026-11-26T00:00:00+07:00",
                "type": "production",
                "formats": ["text/xml", "application/json"],
            }
        ],
    }
    if fmt == "xml":
        root = ET.Element("discovery")
        _fill(root, {k: v for k, v in data.items() if k != "endpoints"})
        endpoints = ET.SubElement(root, "endpoints")
        for endpoint in data["endpoints"]:
            el = ET.SubElement(endpoints, "endpoint")
            _fill(el, {k: v for k, v in endpoint.items() if k != "formats"})
            formats = ET.SubElement(el, "formats")
            for f in endpoint["formats"]:
                ET.SubElement(formats, "format").text = f
        return HttpResponse(
            b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8"),
            content_type="text/xml; charset=utf-8",
        )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_GET
def services_list(request, fmt: str):
    return _respond("services", [_service(c) for c in selectors.categories_active()], fmt)


@require_GET
def service_definition(request, code: str, fmt: str):
    cat = selectors.category_get_active(code)
    if cat is None:
        return _error(fmt, 404, "service_code not found")
    data = {"service_code": cat.code, "attributes": []}
    if fmt == "xml":
        root = ET.Element("service_definition")
        ET.SubElement(root, "service_code").text = cat.code
        ET.SubElement(root, "attributes")
        return HttpResponse(
            b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8"),
            content_type="text/xml; charset=utf-8",
        )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


# Dates outside this window are refused (400): 0001-01-01 or 9999-12-31 with an offset
# overflow when converted to UTC or to the database's range.
MIN_DATE = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
MAX_DATE = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)


class DateOutOfRange(ValueError):
    pass


def _parse_dt(value: str):
    if not value:
        return None
    try:
        parsed = parse_datetime(value.replace(" ", "+")) if "T" in value else None
    except (ValueError, OverflowError) as exc:
        raise ValueError(value) from exc
    if parsed is None:
        raise ValueError(value)
    if not 1900 <= parsed.year < 2200:
        raise DateOutOfRange(value)
    try:
        if timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed)
        if not MIN_DATE <= parsed < MAX_DATE:
            raise DateOutOfRange(value)
    except OverflowError as exc:
        raise DateOutOfRange(value) from exc
    return parsed


@csrf_exempt
@require_http_methods(["GET", "POST"])
def requests_list(request, fmt: str):
    if request.method == "POST":
        return _create_request(request, fmt)
    qs = selectors.feedback_list_open311()
    params = request.GET
    if params.get("service_request_id"):
        ids = [i.strip() for i in params["service_request_id"].split(",") if i.strip()][:100]
        return _respond("requests", [_request(fb) for fb in qs.filter(code__in=ids)], fmt)
    if params.get("service_code"):
        qs = qs.filter(category__code__in=params["service_code"].split(",")[:20])
    status = params.get("status", "")
    if status:
        wanted = set(status.split(","))
        closed = [s.value for s in CLOSED_STATUSES]
        if wanted == {"open"}:
            qs = qs.exclude(status__in=closed)
        elif wanted == {"closed"}:
            qs = qs.filter(status__in=closed)
        elif not wanted <= {"open", "closed"}:
            return _error(fmt, 400, "status must be open or closed")
    try:
        start = _parse_dt(params.get("start_date", ""))
        end = _parse_dt(params.get("end_date", ""))
    except DateOutOfRange:
        return _error(fmt, 400, "start_date and end_date must be between 1900 and 2200")
    except ValueError:
        return _error(fmt, 400, "start_date and end_date must be ISO 8601 date-times")
    if start is None and end is None:
        start = timezone.now() - dt.timedelta(days=90)
    if start is not None:
        qs = qs.filter(created_at__gte=start)
    if end is not None:
        qs = qs.filter(created_at__lte=end)
    return _respond("requests", [_request(fb) for fb in qs[:1000]], fmt)


@require_GET
def request_detail(request, code: str, fmt: str):
    fb = selectors.feedback_list_open311().filter(code=code).first()
    if fb is None:
        return _error(fmt, 404, "service_request_id not found")
    return _respond("requests", [_request(fb)], fmt)


def _create_request(request, fmt: str):
    data = request.POST
    key = api_key_check(data.get("api_key", ""))
    if key is None:
        return _error(fmt, 403, "api_key is missing or invalid")
    if not ratelimit.hit("open311_post", key.prefix):
        return _error(fmt, 429, "too many requests")
    category = selectors.category_get_active(data.get("service_code", ""))
    if category is None:
        return _error(fmt, 400, "service_code not found")
    lat = lng = None
    try:
        if data.get("lat") or data.get("long"):
            lat = Decimal(data.get("lat", "")).quantize(Decimal("0.000001"))
            lng = Decimal(data.get("long", "")).quantize(Decimal("0.000001"))
            if not (-90 <= lat <= 90 and -180 <= lng <= 180):
                raise InvalidOperation
    except InvalidOperation:
        return _error(fmt, 400, "lat/long are invalid")
    address = (data.get("address_string") or "").strip()[:255]
    if lat is None and not address and not data.get("address_id"):
        return _error(
            fmt, 400, "a location (lat and long, address_string or address_id) is required"
        )
    description = (data.get("description") or "").strip()[:4000]
    name = " ".join(
        p for p in [data.get("first_name", "").strip(), data.get("last_name", "").strip()] if p
    )
    try:
        fb = feedback_submit(
            submission=Submission(
                channel=Channel.OPEN311,
                subject=description[:120],
                content=description,
                category=category,
                submitter_name=name[:150],
                submitter_email=(data.get("email") or "").strip()[:254],
                submitter_phone=(data.get("phone") or "").strip()[:20],
                location_text=address,
                lat=lat,
                lng=lng,
                ip=ratelimit.client_ip(request) or None,
            ),
            require_identity=False,
        )
    except CchcError as exc:
        return _error(fmt, 400, str(exc.message))
    return _respond(
        "created",
        [{"service_request_id": fb.code, "service_notice": "", "account_id": None}],
        fmt,
        status=201,
    )
