"""The demo loader: idempotent, an open contest with a countdown and a published one."""

from io import StringIO

import pytest

from cchc.contest import demo
from cchc.contest.choices import ResultsStatus
from cchc.contest.models import Contest, Entry, Score

pytestmark = pytest.mark.django_db


def test_demo_twice_gives_the_same_data(agencies):
    from cchc.directory.demo import load_demo as directory_demo

    directory_demo(StringIO())
    demo.load_demo(StringIO())
    counts = (Contest.objects.count(), Entry.objects.count(), Score.objects.count())
    demo.load_demo(StringIO())
    assert (Contest.objects.count(), Entry.objects.count(), Score.objects.count()) == counts
    assert counts[0] == 2
    published = Contest.objects.get(results_status=ResultsStatus.PUBLISHED)
    assert published.entries.filter(prize__isnull=False).count() == 3
    assert all(c.title.endswith(demo.MARK) for c in Contest.objects.all())
