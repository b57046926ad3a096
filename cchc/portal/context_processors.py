"""Adds the main menu and the visitor figures to every template."""

from django.utils.functional import SimpleLazyObject

from . import visitors
from .selectors import main_menu


def portal(request):
    return {
        "main_menu": SimpleLazyObject(main_menu),
        "visitor_stats": SimpleLazyObject(visitors.get_stats),
    }
