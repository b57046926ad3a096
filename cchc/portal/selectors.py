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
    (_("Chỉ số CCHC"), "indices:index"),
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
