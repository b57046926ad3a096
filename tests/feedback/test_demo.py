"""Demo data loads and is idempotent."""

import io

import pytest

from cchc.feedback.demo import CASES, load_demo
from cchc.feedback.models import Feedback, FeedbackCategory


@pytest.mark.django_db
def test_load_demo_twice_does_not_duplicate():
    """Running the loader twice leaves one set of categories and cases, some published."""
    load_demo(io.StringIO())
    load_demo(io.StringIO())
    assert Feedback.objects.count() == len(CASES)
    assert FeedbackCategory.objects.count() == 6
    assert Feedback.objects.filter(is_published=True).count() >= 5
    assert Feedback.objects.filter(status="rejected").count() == 1
