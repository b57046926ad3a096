"""Counts visits on public HTML pages (not the admin, static files, feeds or bots)."""

from __future__ import annotations

import re
import secrets

from django.conf import settings
from django.utils import timezone

from . import visitors

VISITOR_COOKIE = "cchc_vid"
VISIT_COOKIE = "cchc_visit"
SEEN_COOKIE = "cchc_seen"
# Re-mark a visitor as online at most this often (saves a write per page view).
SEEN_REFRESH_SECONDS = 60

_BOT_RE = re.compile(
    r"bot|crawl|spider|slurp|bingpreview|facebookexternalhit|zalo.*preview|curl|wget|"
    r"python-requests|python-urllib|httpx|aiohttp|go-http-client|java/|libwww|okhttp|"
    r"scrapy|headless-shell|phantomjs|monitor|uptime|pingdom|feedfetcher|feedparser|wrk",
    re.IGNORECASE,
)
_SKIP_PREFIXES = ("/static/", "/media/", "/healthz", "/favicon", "/robots.txt", "/sitemap")


def is_bot(user_agent: str) -> bool:
    return not user_agent or bool(_BOT_RE.search(user_agent))


class VisitorCounterMiddleware:
    """After a successful HTML GET, count a new visit and refresh the online marker."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Counted before the view renders, so the page shows figures that include itself.
        counted = self._should_count(request)
        if counted:
            cookies = self._count(request)
        response = self.get_response(request)
        if counted and response.status_code < 400:
            for name, value, max_age in cookies:
                response.set_cookie(
                    name,
                    value,
                    max_age=max_age,
                    httponly=True,
                    samesite="Lax",
                    secure=request.is_secure(),
                )
        return response

    def _should_count(self, request) -> bool:
        if request.method != "GET" or not settings.CCHC_COUNT_VISITS:
            return False
        path = request.path
        admin_prefix = f"/{settings.CCHC_ADMIN_PATH}/"
        if path.startswith((admin_prefix, "/django-admin/", "/api/")) or path.startswith(
            _SKIP_PREFIXES
        ):
            return False
        if path.endswith(("/rss/", "/atom/", ".xml", ".json", ".txt")):
            return False
        if "text/html" not in request.META.get("HTTP_ACCEPT", ""):
            return False
        return not is_bot(request.META.get("HTTP_USER_AGENT", ""))

    def _count(self, request) -> list[tuple[str, str, int]]:
        """Record the visit; return the cookies to set on the response."""
        now = timezone.now()
        visitor_id = request.COOKIES.get(VISITOR_COOKIE, "")
        if not re.fullmatch(r"[A-Za-z0-9_-]{16,40}", visitor_id):
            visitor_id = secrets.token_urlsafe(18)
        cookies = [
            (VISITOR_COOKIE, visitor_id, 60 * 60 * 24 * 365),
            (VISIT_COOKIE, "1", settings.CCHC_VISIT_IDLE_SECONDS),
        ]
        new_visit = VISIT_COOKIE not in request.COOKIES
        seen_due = SEEN_COOKIE not in request.COOKIES
        if new_visit or seen_due:
            visitors.record_page_view(visitor_id, new_visit=new_visit, seen=seen_due, now=now)
        if seen_due:
            cookies.append((SEEN_COOKIE, "1", SEEN_REFRESH_SECONDS))
        return cookies
