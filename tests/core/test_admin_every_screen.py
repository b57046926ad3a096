"""Every admin screen our apps register opens, in Vietnamese, for a superuser.

The fixed list in test_admin_staff.py covers Wagtail's own screens; this one walks the
registry: every model viewset and snippet viewset (listing, "add" form and the edit form of
a demo row), so a new app's screen cannot ship broken or in English unnoticed.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import NoReverseMatch, reverse

from .test_admin_staff import BUGS, ENGLISH, _visible

pytestmark = pytest.mark.django_db(transaction=True)


def _our_viewsets():
    from wagtail.admin.viewsets import viewsets
    from wagtail.snippets.models import get_snippet_models

    found = [vs for vs in viewsets.viewsets if getattr(vs, "model", None) is not None]
    for model in get_snippet_models():
        found.append(model.snippet_viewset)
    ours = []
    for viewset in found:
        model = _model(viewset)
        if model.__module__.startswith("cchc.") and viewset not in ours:
            ours.append(viewset)
    return ours


def _model(viewset):
    from django.apps import apps

    model = viewset.model
    return apps.get_model(model) if isinstance(model, str) else model


def _url(viewset, name, *args):
    try:
        return reverse(viewset.get_url_name(name), args=args)
    except NoReverseMatch:
        return None


def _screens(user):
    """(model label, view name, URL, whether the user may use it) for every screen."""
    screens = []
    for viewset in _our_viewsets():
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


@pytest.fixture
def superuser(settings, tmp_path):
    from django.core.management import call_command

    settings.VAR_DIR = tmp_path
    call_command("load_demo_data", stdout=StringIO())
    return get_user_model().objects.create_superuser("quantri2", "q2@example.gov.vn", "x")


def test_every_registered_admin_screen_opens_in_vietnamese(superuser):
    client = Client()
    client.force_login(superuser)
    screens = _screens(superuser)
    models = {label for label, _, _, _ in screens}
    assert len(models) >= 10, models  # the registry was really walked
    failures, english = {}, {}
    for label, name, url, allowed in screens:
        response = client.get(url)
        if not allowed:  # read-only records (audit log, survey answers): refused, not a 500
            if response.status_code not in (302, 403):
                failures[f"{label} {name} {url} (read-only)"] = response.status_code
            continue
        if response.status_code != 200:
            failures[f"{label} {name} {url}"] = (response.status_code, response.get("Location"))
            continue
        found = [w for w in ENGLISH + BUGS if w in _visible(response.content.decode())]
        if found:
            english[f"{label} {name} {url}"] = found
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
    assert not english, "\n".join(f"{k}: {v}" for k, v in english.items())
