"""Portal tests: which store the visitor counter uses (cchc/portal/visitors.py picks Redis
when ``settings.REDIS_URL`` is set, else the database)."""

import os

import pytest


@pytest.fixture(autouse=True)
def visitor_store(request, settings):
    """Every portal test says its store: a test marked ``redis`` counts in the Redis of
    ``REDIS_URL`` (tests/conftest.py skips it when that is unset), every other test in the
    database, even when ``REDIS_URL`` is set for the whole run (CI sets it only for
    ``-m redis``; a developer may set it for everything)."""
    if request.node.get_closest_marker("redis") is not None:
        settings.REDIS_URL = os.environ["REDIS_URL"]
        return "redis"
    settings.REDIS_URL = ""
    return "database"
