"""Browser tests: Playwright driving Debian's Chromium (never a downloaded browser).

Skipped, saying so, when Chromium is not installed. They run in their own pytest
invocation because live_server flushes the database after each test.
"""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
OUTPUT = Path(__file__).resolve().parent.parent / "test-results"


def pytest_collection_modifyitems(config, items):
    reason = None
    if not Path(CHROMIUM).exists():
        reason = (
            f"Browser tests skipped: Chromium not found at {CHROMIUM} (apt-get install chromium)"
        )
    else:
        try:
            import playwright  # noqa: F401
        except ImportError:
            reason = "Browser tests skipped: the playwright package is not installed"
    if reason:
        for item in items:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def _fresh_content_generation():
    """Each test starts a new content generation: what the app cached for an earlier test's
    database (routes, menus, portlets) is never reused (cchc/portal/generation.py)."""
    from django.core.cache import cache

    from cchc.portal import generation

    generation.bump_now()
    cache.clear()  # the database is flushed after each test: nothing cached may outlive it


@pytest.fixture(autouse=True)
def server_errors():
    """Any exception the live server raises while a browser test runs fails that test, with
    the server's traceback in the report (a 500 seen only as "no message" in the browser
    cannot be diagnosed from a CI log)."""
    import sys
    import traceback

    from django.core.signals import got_request_exception

    errors: list[str] = []

    def record(sender, request=None, **kwargs):
        path = getattr(request, "path", "?")
        method = getattr(request, "method", "?")
        errors.append(f"{method} {path}\n" + "".join(traceback.format_exception(*sys.exc_info())))

    got_request_exception.connect(record, weak=False)
    try:
        yield errors
    finally:
        got_request_exception.disconnect(record)
    if errors:
        pytest.fail("the server raised during this test:\n" + "\n".join(errors), pytrace=False)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture
def demo_site(transactional_db):
    """The demo site as `make run` builds it."""
    from io import StringIO

    from django.core.management import call_command

    call_command("load_demo_data", stdout=StringIO())


AXE_MISSING = (
    "accessibility checks left out: axe-core is not installed "
    "(install Node.js and npm, then `make test` runs `npm ci`)"
)


@pytest.fixture
def axe_check(record_property):
    """Run axe-core in the page and fail on serious or critical violations.

    Without axe-core (no npm on this machine) the check is left out and the test goes on: the
    leave-out is recorded in the JUnit report (`make test` lists it in its summary) and printed
    at the end of the run. ``CCHC_REQUIRE_AXE=1`` (set by CI) makes it a failure instead.
    """

    def check(page, name):
        if not AXE.exists():
            if os.environ.get("CCHC_REQUIRE_AXE"):
                pytest.fail(f"axe-core missing at {AXE}: run `npm ci` (CCHC_REQUIRE_AXE is set)")
            record_property("skipped_check", AXE_MISSING)
            _AXE_LEFT_OUT.append(name)
            return None
        # evaluated through the DevTools protocol: the site's CSP (no inline scripts) stays on
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;window.axe = axe; true")
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        summary = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
        assert not serious, f"axe violations on {name}: {summary}"
        return result

    return check


_AXE_LEFT_OUT: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if _AXE_LEFT_OUT:
        terminalreporter.write_line(
            f"{len(_AXE_LEFT_OUT)} page(s) not checked for accessibility: {AXE_MISSING}",
            yellow=True,
        )


@pytest.fixture
def shot():
    OUTPUT.mkdir(exist_ok=True)

    def take(page, name):
        path = OUTPUT / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
