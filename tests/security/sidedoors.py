"""Shared by the side-door tests: the three outsiders, and one assertion.

Every side-door test asks for a private thing as (a) an anonymous visitor, (b) a citizen
who does not own it, (c) an officer of another agency, and checks both the status code and
that none of the private strings is anywhere in the body (HTML, JSON, XML, vCard, feed).
"""

from __future__ import annotations

from django.test import Client

from tests.factories import make_user

OUTSIDERS = ("anonymous", "citizen", "officer_other")


def outsider_client(who: str, *, users: dict | None = None, agency=None) -> Client:
    """A test client logged in as ``who`` (``users`` from tests/feedback/conftest.py when
    given, else users made here; ``agency``: the other agency of the officer)."""
    client = Client()
    if who == "anonymous":
        return client
    if users is not None:
        user = users["citizen" if who == "citizen" else "officer_b"]
    elif who == "citizen":
        user = make_user("congdan_khac")
    else:
        user = make_user("canbo_khac", agency=agency)
    client.force_login(user)
    return client


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def assert_absent(response, secrets, *, where: str, statuses=(200, 302, 403, 404)) -> str:
    """The answer has an expected status and none of ``secrets`` in its body."""
    assert response.status_code in statuses, (where, response.status_code)
    body = body_of(response)
    for secret in secrets:
        assert secret not in body, f"{secret!r} leaks through {where}"
    return body
