from django import template

from cchc.core.dates import format_long, format_short

register = template.Library()


@register.filter
def vi_date_long(day):
    return format_long(day, capitalize=True) if day else ""


@register.filter
def vi_date(day):
    return format_short(day) if day else ""
