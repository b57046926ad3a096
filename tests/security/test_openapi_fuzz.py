"""Issue 12, point 16: schemathesis against docs/openapi/public.yaml (Open311, directory
JSON, search suggestions), over real HTTP (live server), with published cases and
agencies in the database. No generated input may give a 5xx; JSON answers must parse.

``SCHEMATHESIS_EXAMPLES`` (default 10) sets the examples per operation; the totals are
printed (``-s``) for docs/security.md."""

import json
import os
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.feedback.conftest import flow_to

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi" / "public.yaml"
schema = schemathesis.openapi.from_path(SCHEMA_PATH)
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "10"))
TOTALS = {"requests": 0, "server_errors": 0}


@pytest.fixture
def published(transactional_db, users, agencies, make_feedback):
    fb = make_feedback(
        subject="Ổ gà <script>alert(1)</script> trước số 12 Lê Lợi\x0b",
        content="Đường hư hỏng\x1b nặng, ' OR 1=1 --, \u202etxt.exe",
        lat="9.784512",
        lng="105.470123",
    )
    return flow_to(fb, "published", users, agencies)


@pytest.mark.django_db(transaction=True)
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_public_api_never_answers_5xx(case, live_server, published):
    response = case.call(base_url=live_server.url, timeout=30)
    TOTALS["requests"] += 1
    if response.status_code >= 500:
        TOTALS["server_errors"] += 1
    assert response.status_code < 500, (case.as_curl_command(), response.text[:500])
    ctype = response.headers.get("Content-Type", "")
    if ctype.startswith("application/json"):
        json.loads(response.text)
    elif "xml" in ctype:
        from xml.etree import ElementTree

        ElementTree.fromstring(response.content)  # noqa: S314 (our own answer)


def test_print_totals():
    """Runs last in this module: the figures for docs/security.md."""
    print(f"\nschemathesis: {TOTALS['requests']} requests, {TOTALS['server_errors']} 5xx")
