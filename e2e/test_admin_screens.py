"""Every admin screen of our apps in Chromium: no CSP violation, no script error, no failed
request (the list is tests/admin_screens.py, the one the unit walk uses).

The CSP once silently broke Wagtail's choosers; a screen added later with its own widget
(a chooser, a rich text or date field, a chart) is checked here as it is registered.
"""

import re

import pytest

from tests.admin_screens import admin_screens
from tests.browser import WATCH_CSP

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-e2e-2026"  # noqa: S105


@pytest.fixture
def superuser(demo_site):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("quantri_e2e", "qe@example.gov.vn", PASSWORD)


def test_every_admin_screen_loads_without_csp_or_script_errors(page, live_server, superuser):
    problems: list[str] = []
    current = {"url": ""}
    page.add_init_script(WATCH_CSP)
    page.on(
        "console",
        lambda m: (
            problems.append(f"{current['url']}: {m.text}")
            if m.type == "error" or "Content Security Policy" in m.text
            else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(f"{current['url']}: {e}"))
    page.on(
        "response",
        lambda r: (
            problems.append(f"{current['url']}: HTTP {r.status} {r.url}")
            if r.status >= 400
            else None
        ),
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/quan-tri/login/")
    page.fill("#id_username", "quantri_e2e")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/quan-tri/$"))

    screens = [s for s in admin_screens(superuser) if s[3]]
    assert len(screens) >= 30, screens
    for _label, _name, url, _allowed in screens:
        current["url"] = url
        if (
            not page.request.head(live_server.url + url)
            .headers["content-type"]
            .startswith("text/html")
        ):
            continue  # an export (CSV, Excel): a download, not a screen
        response = page.goto(live_server.url + url, wait_until="load")
        assert response is not None and response.status == 200, (url, response and response.status)
        # the admin's scripts have run: Wagtail's Stimulus controllers are connected
        page.wait_for_selector("[data-controller]", state="attached")
    assert not problems, "\n".join(problems)
