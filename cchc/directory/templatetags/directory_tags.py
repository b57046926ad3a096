"""``{% load directory_tags %}``: telephone links and display."""

from django import template

from .. import phones

register = template.Library()


@register.filter
def phone_href(value) -> str:
    """``tel:`` target: ``"0293 3870 123"`` → ``"+842933870123"``."""
    return phones.tel_href(str(value or ""))


@register.filter
def phone_display(value) -> str:
    try:
        return phones.normalize(str(value or ""))
    except phones.PhoneError:
        return str(value or "")
