"""Error pages: translated, styled, never bare English text.

``cchc/urls.py`` points ``handler400/403/404/500`` here and ``CSRF_FAILURE_VIEW`` at
:func:`csrf_failure`. Pages other than 500 extend the site's base template (menus, footer,
the language switch); if rendering one fails (the database is down, say) the standalone
``500.html``-style page is used instead. ``500.html`` itself needs no database: no
context processors, no Wagtail settings, only ``{% translate %}`` and ``{% static %}``.

When the database cannot be reached (restarting, failing over, "database is locked" past
the busy timeout), the handler for uncaught errors answers **503 with Retry-After** on the
same database-free page instead of 500: the client may retry, nothing was half-saved (the
transaction rolled back), and the next request reconnects by itself (``CONN_HEALTH_CHECKS``;
tests/faults/test_postgres_restart.py).

Responses a view returns *without a body* for 405, 413 and 429 (``require_http_methods``,
size and rate limits) get the matching page from :class:`ErrorPageMiddleware`.
"""

from __future__ import annotations

import logging
import sys

from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader

logger = logging.getLogger("cchc.core.errors")

PAGE_STATUSES = {400, 403, 404, 405, 413, 429}
RETRY_AFTER_SECONDS = 15
SCHEMA_ERROR_SIGNS = ("no such table", "no such column", "has no column", "syntax error")
MACHINE_SUFFIXES = (".json", ".xml")


def _standalone(status: int) -> HttpResponse:
    """The database-free page (500.html) with this status."""
    body = loader.get_template("500.html").render({"status_code": status})
    return HttpResponse(body, status=status)


def render_error(request, status: int, template: str | None = None) -> HttpResponse:
    try:
        return render(request, template or f"{status}.html", {"status_code": status}, status=status)
    except Exception:  # the page needs the database (menus, settings); it may be down
        logger.exception("error page %s could not be rendered; using the standalone one", status)
        return _standalone(status)


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        return render_error(request, 413)
    return render_error(request, 400)


def permission_denied(request, exception=None):
    return render_error(request, 403)


def page_not_found(request, exception=None):
    return render_error(request, 404)


def database_unavailable(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what caused it) says the database could not be used: the
    connection failed or broke (Django's or the driver's OperationalError/InterfaceError)."""
    from django.db import InterfaceError, OperationalError, connection

    kinds: tuple[type[BaseException], ...] = (OperationalError, InterfaceError)
    driver = getattr(connection, "Database", None)
    if driver is not None:
        kinds += (driver.OperationalError, driver.InterfaceError)
    for _depth in range(10):  # the cause chain, bounded
        if exc is None:
            return False
        if isinstance(exc, kinds):
            # SQLite reports a missing table or column (a deployment without its migrations)
            # as OperationalError too: that is a bug to fix, not a moment to wait.
            return not any(sign in str(exc) for sign in SCHEMA_ERROR_SIGNS)
        exc = exc.__cause__ or exc.__context__
    return False


def server_error(request):
    if database_unavailable(sys.exc_info()[1]):
        response = _standalone(503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return _standalone(500)


def csrf_failure(request, reason: str = ""):
    return render_error(request, 403, "403_csrf.html")


class ErrorPageMiddleware:
    """Give empty-bodied 405/413/429 (and 400/403) HTML responses their translated page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code in PAGE_STATUSES
            and not response.streaming
            and not response.content
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path_info.endswith(MACHINE_SUFFIXES)
            and request.method != "HEAD"
        ):
            page = render_error(request, response.status_code)
            for header in ("Allow", "Retry-After"):
                if header in response:
                    page[header] = response[header]
            return page
        return response
