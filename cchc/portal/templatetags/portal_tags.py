from django import template
from django.utils import translation

from cchc.core.dates import format_long, format_short

from ..selectors import portlet_list_for_request_cached

register = template.Library()

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _english() -> bool:
    return (translation.get_language() or "vi").split("-")[0] == "en"


@register.inclusion_tag("portal/includes/sidebar.html", takes_context=True)
def sidebar_portlets(context, is_home=False):
    request = context.get("request")
    return {
        "request": request,
        "slots": portlet_list_for_request_cached(request, is_home=is_home) if request else [],
        "visitor_stats": context.get("visitor_stats"),
    }


@register.filter
def vi_date(value):
    """``29-03-2022``."""
    if not value:
        return ""
    if hasattr(value, "date") and callable(value.date):
        from django.utils import timezone

        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return format_short(value)


@register.filter
def vi_date_long(value):
    """``ngày 29 tháng 3 năm 2022`` (``29 March 2022`` when the reader chose English)."""
    if not value:
        return ""
    if hasattr(value, "date") and callable(value.date):
        from django.utils import timezone

        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if _english():
        return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"
    return format_long(value)


@register.filter
def dated(value):
    """A publication date with its label: ``Ngày 01-07-2026``; in English ``1 July 2026``
    (not "Date 01-07-2026")."""
    if not value:
        return ""
    if _english():
        return vi_date_long(value)
    return f"Ngày {vi_date(value)}"


@register.filter
def vi_number(value):
    """1234567 → 1.234.567 (Vietnamese thousands separator; 1,234,567 in English)."""
    try:
        grouped = f"{int(value):,}"
        return grouped if _english() else grouped.replace(",", ".")
    except (TypeError, ValueError):
        return value
