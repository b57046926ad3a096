"""Purging the shared HTTP cache when anything public changes.

Anonymous public pages are kept by the HTTP cache in front (Varnish, ``deploy/varnish/``;
``portal.middleware.PublicCacheMiddleware`` marks them). Any change to what they show —
a page published, unpublished, moved or deleted, a menu, site settings, a portlet, a legal
document, an agency or a published answer — bans every cached page of the site: a provincial
portal changes a few dozen times a day and refills its cache in seconds, while working out
exactly which lists, portlets and footers show a changed object would be fragile.

The ban is sent once per transaction, after it commits, with a short timeout; a cache that
is down or slow never breaks or slows an editor's save (it is logged). Without
``CCHC_CACHE_PURGE_URL`` there is no cache in front and nothing is sent.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

log = logging.getLogger(__name__)
PURGE_TIMEOUT_SECONDS = 2.0


def ban_site() -> bool:
    """Ask the HTTP cache to drop every cached page now; whether it accepted."""
    base = settings.CCHC_CACHE_PURGE_URL
    if not base:
        return False
    parts = urlsplit(base)
    request = urllib.request.Request(  # noqa: S310 - an operator-configured http(s) URL
        f"{parts.scheme}://{parts.netloc}/", method="BAN"
    )
    try:
        with urllib.request.urlopen(request, timeout=PURGE_TIMEOUT_SECONDS) as response:  # noqa: S310
            return response.status == 200
    except (OSError, urllib.error.URLError) as exc:
        log.warning("HTTP cache purge failed: %s", exc)
        return False


def _ban_after_commit() -> None:
    ban_site()


def schedule_ban() -> None:
    """Ban the cached site once the current transaction commits (once per transaction)."""
    if not settings.CCHC_CACHE_PURGE_URL:
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        func is _ban_after_commit for _sids, func, _robust in connection.run_on_commit
    ):
        return
    transaction.on_commit(_ban_after_commit, robust=True)
