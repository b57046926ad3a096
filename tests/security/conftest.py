"""The feedback fixtures (agencies, users, categories, cases) for the security tests."""

from tests.feedback.conftest import (  # noqa: F401
    _clean_cache_and_settings,
    agencies,
    category,
    flow,
    make_feedback,
    users,
)
