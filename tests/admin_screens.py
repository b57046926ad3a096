"""Every admin screen our apps register: the list the admin walks (unit and browser) use.

Walks Wagtail's viewset registry and the snippet models, keeping those whose model lives in
``cchc``: the listing, the "add" form and the edit form of the first row, each with whether
the given user may use it (read-only records such as the audit log refuse add and edit).
"""

from __future__ import annotations

from django.apps import apps
from django.urls import NoReverseMatch, reverse


def _model(viewset):
    model = viewset.model
    return apps.get_model(model) if isinstance(model, str) else model


def our_viewsets() -> list:
    from wagtail.admin.viewsets import viewsets
    from wagtail.snippets.models import get_snippet_models

    found = [vs for vs in viewsets.viewsets if getattr(vs, "model", None) is not None]
    found += [model.snippet_viewset for model in get_snippet_models()]
    ours: list = []
    for viewset in found:
        if _model(viewset).__module__.startswith("cchc.") and viewset not in ours:
            ours.append(viewset)
    return ours


def _url(viewset, name, *args) -> str | None:
    try:
        return reverse(viewset.get_url_name(name), args=args)
    except NoReverseMatch:
        return None


def _routes(patterns, prefix: str = ""):
    from django.urls import URLResolver

    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif not pattern.pattern.converters:
            yield prefix + str(pattern.pattern)


def custom_screens() -> list[tuple[str, str, str, bool]]:
    """Our own admin views (``register_admin_urls``) that take no argument: queues, imports,
    exports (a download: the caller looks at the content type)."""
    from django.conf import settings
    from wagtail import hooks

    admin = f"/{settings.CCHC_ADMIN_PATH}/"
    screens = []
    for hook in hooks.get_hooks("register_admin_urls"):
        if hook.__module__.startswith("cchc."):
            for route in _routes(hook()):
                screens.append((hook.__module__, "custom", admin + route, True))
    return screens


def admin_screens(user) -> list[tuple[str, str, str, bool]]:
    """(model label, view name, URL, whether ``user`` may use it) for every screen."""
    screens = custom_screens() if user.is_superuser else []
    for viewset in our_viewsets():
        model = _model(viewset)
        label = model._meta.label
        policy = viewset.permission_policy
        for name, action in (("index", None), ("add", "add")):
            url = _url(viewset, name)
            if url:
                allowed = action is None or policy.user_has_permission(user, action)
                screens.append((label, name, url, allowed))
        first = model._default_manager.order_by("pk").first()
        url = _url(viewset, "edit", first.pk) if first is not None else None
        if url:
            allowed = policy.user_has_permission_for_instance(user, "change", first)
            screens.append((label, "edit", url, allowed))
    return screens
