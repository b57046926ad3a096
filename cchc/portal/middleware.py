"""Caching headers for public pages: anonymous pages may be kept by the shared HTTP cache.

The portal sits behind an HTTP cache (Varnish, ``deploy/varnish/``; decision 0003). A response
is marked ``public, s-maxage=…`` only when it cannot carry anything personal: a GET or HEAD
from a reader who is not signed in, outside the admin and the APIs, that neither set a cookie
nor used a CSRF token (every form with one stays private) nor touched a non-empty session.
Everything else is ``private, no-cache`` so no shared cache ever keeps it. Visits are counted
by a beacon request (``portal.views.visit_beacon``), never by the HTML request, so a cached
page is still counted.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

from . import generation

CACHEABLE_STATUS = frozenset({200, 203, 301, 404, 410})
_NEVER_PREFIXES = ("/django-admin/", "/api/", "/i18n/", "/healthz")


def is_shareable(request, response) -> bool:
    """May a shared cache keep ``response`` and give it to any other anonymous reader?"""
    if request.method not in ("GET", "HEAD") or response.status_code not in CACHEABLE_STATUS:
        return False
    if response.streaming or response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return False
    path = request.path
    if path.startswith((f"/{settings.CCHC_ADMIN_PATH}/", *_NEVER_PREFIXES)):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.accessed and not session.is_empty():
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PublicCacheMiddleware:
    """Mark anonymous public responses cacheable by the shared cache, everything else private.

    Responses that already carry ``Cache-Control`` (views that decide for themselves) are left
    as they are. ``CCHC_PUBLIC_CACHE_SECONDS`` (default 600) is the shared-cache lifetime;
    browsers always revalidate (``max-age=0``) so a purge reaches readers at once.

    It also holds the request's content generation (``generation.pinned``): everything the
    request keys under the generation reads the token once.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with generation.pinned():
            response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_shareable(request, response):
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.CCHC_PUBLIC_CACHE_SECONDS
            )
        elif request.method in ("GET", "HEAD"):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


class VisitBeaconMiddleware:
    """Answer the visit beacon (``portal.views.visit_beacon``) before the rest of the stack.

    The beacon is sent once per public page view, so it is the portal's most frequent
    request. It reads only its cookies and headers: no session, no user, no CSRF token, no
    language, no template. Placed right after Django's ``SecurityMiddleware`` (whose headers
    it keeps), it skips the other middleware, which would only add work to every view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == BEACON_PATH:
            from .views import visit_beacon

            return visit_beacon(request)
        return self.get_response(request)


BEACON_PATH = "/api/v1/luot-truy-cap/"
