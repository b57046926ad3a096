from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from cchc.core.dates import format_long, format_short

from ..fragments import get_or_render
from ..selectors import portlet_list_for_request_cached

register = template.Library()


class GenerationCacheNode(template.Node):
    # Not searched for blocks: ``{% extends %}`` walks the parent's node tree on every render,
    # and a kept fragment's nodes are not rendered at all once kept. A ``{% block %}`` inside a
    # fragment could not be overridden anyway (its HTML is shared by every page).
    child_nodelists = ()

    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        vary = [v.resolve(context) for v in self.vary_on]
        return get_or_render(
            context.get("request"), self.name, vary, lambda: self.nodelist.render(context)
        )


@register.tag("generation_cache")
def do_generation_cache(parser, token):
    """``{% generation_cache "name" var1 var2 %}…{% endgeneration_cache %}``: the enclosed
    HTML kept per content generation, language and the given values, for anonymous readers
    (``portal.fragments``). Never put anything personal or per-request inside."""
    nodelist = parser.parse(("endgeneration_cache",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("generation_cache needs a fragment name")
    name = bits[1].strip("\"'")
    return GenerationCacheNode(nodelist, name, [parser.compile_filter(b) for b in bits[2:]])


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


@register.simple_tag(takes_context=True)
def main_menu(context):
    """``{% main_menu %}``: the main menu's items, kept as one fragment; the link to the
    current page gets ``aria-current="page"`` per request."""
    request = context.get("request")

    def render():
        return render_to_string(
            "portal/includes/main_menu.html", {"items": context.get("main_menu") or []}
        )

    html = get_or_render(request, "main-menu", [], render)
    path = getattr(request, "path", "")
    if path:
        link = f'<a href="{conditional_escape(path)}">'
        html = html.replace(link, f'{link[:-1]} aria-current="page">')
    return mark_safe(html)  # noqa: S308 - rendered by our own template, autoescaped


# Where the live visitor figures go in a kept sidebar.
_STATS_SLOT = "<!--cchc:visitor-stats-->"


@register.simple_tag(takes_context=True)
def sidebar_portlets(context, is_home=False):
    """The sidebar's portlets for this viewer; for anonymous readers the rendered HTML is
    kept per content generation, with the visitor figures filled in live."""
    request = context.get("request")
    if request is None:
        return ""

    def render():
        slots = portlet_list_for_request_cached(request, is_home=is_home)
        return render_to_string(
            "portal/includes/sidebar.html", {"slots": slots, "stats_slot": _STATS_SLOT}
        )

    html = get_or_render(request, "sidebar", [int(bool(is_home))], render)
    if _STATS_SLOT in html:
        html = html.replace(_STATS_SLOT, visitor_stats(context))
    return mark_safe(html)  # noqa: S308 - rendered by our own templates, autoescaped


# The visitor figures as HTML, per language and figures: they change every couple of seconds
# at most (``CCHC_VISITOR_STATS_MAX_AGE``) and show twice on most pages (footer, portlet).
_stats_html: dict[tuple, str] = {}
_STATS_HTML_KEEP = 64


@register.simple_tag(takes_context=True)
def visitor_stats(context):
    """``{% visitor_stats %}``: the "Đang online / Hôm nay / Đã truy cập" list."""
    stats = context.get("visitor_stats")
    if stats is None:  # a page rendered without the portal's context (an error page)
        return render_to_string("portal/includes/visitor_stats.html", {"stats": None})
    key = (translation.get_language(), stats.online, stats.today, stats.total)
    html = _stats_html.get(key)
    if html is None:
        html = render_to_string("portal/includes/visitor_stats.html", {"stats": stats})
        if len(_stats_html) >= _STATS_HTML_KEEP:
            _stats_html.clear()
        _stats_html[key] = html
    return mark_safe(html)  # noqa: S308 - rendered by our own template, autoescaped


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
