"""Adds the organisation, the main menu and the visitor figures to every template.

All three are read without a query on a warm process: the organisation and the menu are
kept per content generation (``portal.generation``), the figures for a couple of seconds
(``visitors.get_stats_recent``; the beacon refreshes them on the page).
"""

from django.utils.functional import SimpleLazyObject

from . import visitors
from .selectors import main_menu_cached, organisation_for_request


def portal(request):
    return {
        "organisation": SimpleLazyObject(lambda: organisation_for_request(request)),
        "main_menu": SimpleLazyObject(main_menu_cached),
        "visitor_stats": SimpleLazyObject(visitors.get_stats_recent),
    }
