"""Every admin screen our apps register opens, in Vietnamese, for a superuser.

The fixed list in test_admin_staff.py covers Wagtail's own screens; this one walks the
registry (tests/admin_screens.py): every model viewset and snippet viewset (listing, "add"
form and the edit form of a demo row), so a new app's screen cannot ship broken or in
English unnoticed. The browser walk (e2e/test_admin_screens.py) checks the same screens for
CSP violations and script errors.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.admin_screens import admin_screens

from .test_admin_staff import BUGS, ENGLISH, _visible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def superuser(settings, tmp_path):
    from django.core.management import call_command

    settings.VAR_DIR = tmp_path
    call_command("load_demo_data", stdout=StringIO())
    return get_user_model().objects.create_superuser("quantri2", "q2@example.gov.vn", "x")


def test_every_registered_admin_screen_opens_in_vietnamese(superuser):
    client = Client()
    client.force_login(superuser)
    screens = admin_screens(superuser)
    models = {label for label, _, _, _ in screens}
    assert len(models) >= 10, models  # the registry was really walked
    assert sum(1 for s in screens if s[1] == "custom") >= 5  # and our own admin views
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
        if not response["Content-Type"].startswith("text/html"):
            continue  # an export (CSV, Excel): a download, not a screen
        found = [w for w in ENGLISH + BUGS if w in _visible(response.content.decode())]
        if found:
            english[f"{label} {name} {url}"] = found
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
    assert not english, "\n".join(f"{k}: {v}" for k, v in english.items())
