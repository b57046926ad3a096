"""Rendered fragments of public pages, kept per content generation (``portal.generation``).

A page's frame (header, footer, portlets) and its content (an article with its related
list, the home page's blocks) are the same for every anonymous reader until public content
changes, and rendering them is most of an uncached page view's Python time. The
``{% generation_cache %}`` template tag keeps what it encloses under the current content
generation, the language and the values it varies on; a change anywhere public starts a new
generation, so a kept fragment never outlives it (nothing to delete).

Only for anonymous readers outside previews: a signed-in user's page and a preview of a draft
are always rendered afresh, and never kept. Nothing personal may sit inside a fragment (the
visitor figures, the current path and forms with a CSRF token stay outside).
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.utils import translation

from . import generation

FRAGMENT_TTL_SECONDS = 3600


def fragment_cacheable(request) -> bool:
    """May this request use (and fill) kept fragments?"""
    if request is None or getattr(request, "is_preview", False):
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def fragment_key(name: str, vary_on: list) -> str:
    digest = hashlib.blake2b(
        "\x1f".join(str(v) for v in vary_on).encode(), digest_size=12
    ).hexdigest()
    return generation.key("fragment", name, translation.get_language() or "vi", digest)


def get_or_render(request, name: str, vary_on: list, render) -> str:
    """The kept fragment, or ``render()`` kept for the next reader."""
    if not fragment_cacheable(request):
        return render()
    key = fragment_key(name, vary_on)
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, FRAGMENT_TTL_SECONDS)
    return html
