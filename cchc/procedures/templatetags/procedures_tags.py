"""Display helpers of the catalogue: working days and fees."""

from decimal import Decimal

from django import template
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cchc.portal.templatetags.portal_tags import vi_number

register = template.Library()


@register.filter
def working_days(value):
    """``Decimal("3")`` → "3 ngày làm việc"; ``0`` → "Trong ngày"; 0.5 → "0,5 ngày làm việc"."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    if value == 0:
        return _("Trong ngày")
    if value == value.to_integral_value():
        n = int(value)
        return ngettext("%(n)s ngày làm việc", "%(n)s ngày làm việc", n) % {"n": n}
    shown = f"{value.normalize():f}"
    if (translation.get_language() or "vi").split("-")[0] != "en":
        shown = shown.replace(".", ",")
    return ngettext("%(n)s ngày làm việc", "%(n)s ngày làm việc", 2) % {"n": shown}


@register.filter
def fee(value):
    """``50000`` → "50.000 đồng"; ``0`` → "Không thu phí"; ``None`` → ""."""
    if value is None or value == "":
        return ""
    if int(value) == 0:
        return _("Không thu phí, lệ phí")
    return _("%(amount)s đồng") % {"amount": vi_number(value)}
