"""Survey fixtures: the feedback app's agencies, users and cases (answered feedback is
the first case kind), plus a default questionnaire."""

import pytest

from tests.feedback.conftest import (  # noqa: F401  (fixtures)
    _clean_cache_and_settings,
    agencies,
    category,
    flow,
    make_feedback,
    users,
)


@pytest.fixture
def questionnaire(db):
    from cchc.surveys.services import questionnaire_create_default

    return questionnaire_create_default(year=2026)


@pytest.fixture
def answered(make_feedback, flow, django_capture_on_commit_callbacks):  # noqa: F811
    """An answered feedback case, with its on-commit work (the invitation) done."""

    def make(**kw):
        fb = make_feedback(**kw)
        with django_capture_on_commit_callbacks(execute=True):
            fb = flow(fb, "answered")
        return fb

    return make
