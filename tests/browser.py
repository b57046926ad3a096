"""Helpers of the browser tests (``e2e/``), kept here beside ``admin_screens`` so that every
browser test imports the same ones."""

from __future__ import annotations

import pytest

# An init script: each CSP violation becomes a console error "CSP-VIOLATION <directive> <url>"
# (Chromium reports some violations only as this event, not on the console).
WATCH_CSP = """
document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP-VIOLATION ' + e.violatedDirective + ' ' + e.blockedURI);
});
"""


def expect_message(page, text: str, timeout: int = 15000, details: object = "") -> None:
    """Wait for the admin's message area to show ``text``; fail with what it shows."""
    try:
        page.locator(".messages", has_text=text).first.wait_for(timeout=timeout)
    except Exception:  # noqa: BLE001 - Playwright's timeout becomes a readable failure
        shown = page.locator(".messages").all_inner_texts()
        pytest.fail(f"no message {text!r} at {page.url}: {shown} {details}")
