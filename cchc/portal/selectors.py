"""Reads for the portal frame: which portlets a viewer gets, and the main menu."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from .models import Portlet

PORTLET_DENIED_NOTICE = _("Bạn chưa có đủ quyền truy nhập portlet này.")


def portlet_is_visible_to(portlet: Portlet, user, group_ids: set[int] | None = None) -> bool:
    """The visibility rule of one portlet for one user."""
    if portlet.visibility == Portlet.Visibility.EVERYONE:
        return True
    if user is None or not user.is_authenticated:
        return False
    if portlet.visibility == Portlet.Visibility.AUTHENTICATED:
        return True
    if user.is_superuser:
        return True
    if group_ids is None:
        group_ids = set(user.groups.values_list("id", flat=True))
    allowed = {g.id for g in portlet.groups.all()}
    return bool(allowed & group_ids)


@dataclass
class PortletSlot:
    """What the sidebar renders for one portlet: its content, or the denial notice."""

    portlet: Portlet
    visible: bool
    notice: str = ""
    items: list = field(default_factory=list)


def portlet_list_for_request(request, *, is_home: bool) -> list[PortletSlot]:
    placements = [
        Portlet.Placement.ALL,
        Portlet.Placement.HOME if is_home else Portlet.Placement.INNER,
    ]
    portlets = Portlet.objects.filter(is_active=True, placement__in=placements).prefetch_related(
        "groups"
    )
    user = getattr(request, "user", None)
    group_ids = None
    if user is not None and user.is_authenticated and not user.is_superuser:
        group_ids = set(user.groups.values_list("id", flat=True))
    slots = []
    for portlet in portlets:
        if portlet_is_visible_to(portlet, user, group_ids):
            slots.append(PortletSlot(portlet=portlet, visible=True, items=_portlet_items(portlet)))
        elif portlet.denied_behaviour == Portlet.Denied.NOTICE:
            slots.append(
                PortletSlot(portlet=portlet, visible=False, notice=str(PORTLET_DENIED_NOTICE))
            )
    return slots


# Other apps register item providers for portlet kinds (e.g. the legal library for
# "latest documents"); the portal never imports them.
PORTLET_ITEM_PROVIDERS: dict[str, callable] = {}


def register_portlet_items(kind: str):
    def decorator(func):
        PORTLET_ITEM_PROVIDERS[kind] = func
        return func

    return decorator


def _portlet_items(portlet: Portlet) -> list:
    provider = PORTLET_ITEM_PROVIDERS.get(portlet.kind)
    if provider is not None:
        return list(provider(portlet))
    if portlet.kind == Portlet.Kind.LATEST_DOCUMENTS:
        from wagtail.documents import get_document_model

        docs = get_document_model().objects.order_by("-created_at")[: portlet.item_count]
        return [{"title": d.title, "url": d.url} for d in docs]
    if portlet.kind == Portlet.Kind.LINKS:
        items = []
        for block in portlet.links:
            value = block.value
            page = value.get("page")
            url = page.url if page else value.get("url")
            if url:
                items.append({"title": value.get("title"), "url": url})
        return items
    return []


@dataclass(frozen=True)
class MenuItem:
    label: str
    url: str


# (label, URL name) in display order; an item whose URL does not exist yet (module not
# installed) is left out of the menu.
MAIN_MENU = [
    (_("Trang chủ"), "portal:home"),
    (_("Tin tức"), "news:index"),
    (_("Văn bản"), "legal:index"),
    (_("Thủ tục hành chính"), "procedures:index"),
    (_("Phản ánh kiến nghị"), "feedback:index"),
    (_("Danh bạ"), "directory:index"),
    (_("Liên hệ"), "portal:contact"),
    (_("Tra cứu hồ sơ"), "dossiers:lookup"),
    (_("Hồ sơ của tôi"), "eservices:mine"),
    (_("Kế hoạch tuyên truyền"), "plans:public-list"),
    (_("Chỉ số CCHC"), "indices:index"),
    (_("Cuộc thi"), "contest:list"),
]


def main_menu() -> list[MenuItem]:
    from cchc.news.selectors import news_index_url

    items = []
    for label, name in MAIN_MENU:
        if name == "portal:home":
            url = "/"
        elif name == "news:index":
            url = news_index_url()
        else:
            try:
                url = reverse(name)
            except NoReverseMatch:
                url = None
        if url:
            items.append(MenuItem(label=str(label), url=url))
    return items


MENU_TTL_SECONDS = 3600


def main_menu_cached() -> list[MenuItem]:
    """``main_menu`` kept per content generation and language (no query when warm)."""
    from django.core.cache import cache
    from django.utils import translation

    from . import generation

    key = generation.key("main-menu", translation.get_language() or "vi")
    items = cache.get(key)
    if items is None:
        items = main_menu()
        cache.set(key, items, MENU_TTL_SECONDS)
    return items


def organisation_for_request(request):
    """The site's ``OrganisationSettings`` (with its emblem), kept per content generation."""
    from django.core.cache import cache

    from . import generation
    from .models import OrganisationSettings
    from .routing import site_for_request

    site = site_for_request(request) if request is not None else None
    if site is None:
        return None
    key = generation.key("organisation", site.pk)
    org = cache.get(key)
    if org is None:
        org = OrganisationSettings.objects.select_related("emblem").filter(
            site=site
        ).first() or OrganisationSettings.for_site(site)
        cache.set(key, org, MENU_TTL_SECONDS)
    return org


def portlet_list_for_request_cached(request, *, is_home: bool) -> list[PortletSlot]:
    """``portlet_list_for_request`` kept per content generation, language and audience.

    What a viewer sees depends only on whether they are signed in, a superuser, and their
    groups, so the slots are kept for each such audience (everyone anonymous shares one).
    """
    from django.core.cache import cache
    from django.utils import translation

    from . import generation

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        audience = "anon"
    elif user.is_superuser:
        audience = "su"
    else:
        audience = "g" + "-".join(str(i) for i in sorted(user.groups.values_list("id", flat=True)))
    key = generation.key(
        "portlets", translation.get_language() or "vi", int(bool(is_home)), audience
    )
    slots = cache.get(key)
    if slots is None:
        slots = portlet_list_for_request(request, is_home=is_home)
        cache.set(key, slots, MENU_TTL_SECONDS)
    return slots
