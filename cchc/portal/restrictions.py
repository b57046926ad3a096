"""View restrictions read once per content generation (``portal.generation``).

Wagtail checks a page's view restrictions with two queries on every page view (the page's
and its ancestors' restrictions, following aliases), and ``.public()`` adds one to every
list. A portal has a handful of restricted sections: their paths (and the paths of alias
pages, for which Wagtail's own check still runs) are kept per content generation, so an open
page costs no query, and any change to a restriction starts a new generation.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from . import generation

TTL_SECONDS = 3600


def _guarded_paths() -> tuple[frozenset[str], frozenset[str]]:
    """Paths of pages with a view restriction, and of alias pages (whose source decides)."""
    key = generation.key("restricted-paths")
    value = cache.get(key)
    if value is None:
        restricted = frozenset(PageViewRestriction.objects.values_list("page__path", flat=True))
        aliases = frozenset(
            Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
        )
        value = (restricted, aliases)
        cache.set(key, value, TTL_SECONDS)
    return value


def _lineage(path: str) -> list[str]:
    steplen = Page.steplen
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


def is_openly_public(page) -> bool:
    """No view restriction on the page or an ancestor, and no alias on the way (then
    Wagtail's own check decides). Costs no query within a content generation."""
    restricted, aliases = _guarded_paths()
    if getattr(page, "alias_of_id", None):
        return False
    lineage = _lineage(page.path)
    return not any(p in restricted or p in aliases for p in lineage)


def public_q() -> Q:
    """A filter for public pages only (Wagtail's ``.public()``), from the cached set."""
    restricted, _aliases = _guarded_paths()
    q = Q()
    for path in restricted:
        q |= Q(path__startswith=path)
    return ~q if q else Q()


class LeanPageMixin:
    """For every project page type: view restrictions read from the cached set."""

    def get_view_restrictions(self):
        if is_openly_public(self):
            return no_restrictions()
        return super().get_view_restrictions()


def no_restrictions():
    """An empty restriction queryset that is already evaluated: Wagtail's serve iterates it on
    every page view, and iterating a bare ``none()`` still runs the SQL compiler (to find the
    query empty) each time."""
    empty = PageViewRestriction.objects.none()
    empty._result_cache = []
    empty._prefetch_done = True
    return empty
