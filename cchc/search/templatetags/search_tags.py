from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def search_url(q, kind="", year=None, page=None):
    """``?q=…&loai=…&nam=…&trang=…`` with empty parts left out."""
    params = {"q": q}
    if kind:
        params["loai"] = kind
    if year:
        params["nam"] = year
    if page and int(page) > 1:
        params["trang"] = page
    return "?" + urlencode(params)
