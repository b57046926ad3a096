"""Writes for the portal frame: the site tree's root and home page."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .models import HomePage


@transaction.atomic
def site_home_ensure(*, title: str = "Trang chủ", site_name: str = "") -> HomePage:
    """Return the HomePage serving the default site, creating the tree if needed.

    Works on a fresh database (Wagtail's root page from migrations) and on a flushed one
    (no root at all, as after a transactional test).
    """
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            locale, _ = Locale.objects.get_or_create(
                language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
            )
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        home = HomePage(title=title, slug="trang-chu")
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=site_name
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        if site_name and not site.site_name:
            site.site_name = site_name
        site.save()
        if old_root.specific_class is not HomePage and not old_root.is_root():
            old_root.delete()
    return home
