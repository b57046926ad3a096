"""The jury's list and the secretary's screen make the same contest queries for 2 or 6
entries (no query per entry)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cchc.contest import services
from tests.factories import make_user

from .conftest import sheet

pytestmark = pytest.mark.django_db


def _queries(client, url):
    """Queries of the second of two requests (the first warms the per-process caches)."""
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    # the contest's own queries (the site's cached settings come and go with content writes)
    return len([q for q in ctx.captured_queries if '"contest_' in q["sql"]])


def _add_entries(n, start, people, contest, submit):
    for i in range(start, start + n):
        entry = submit(make_user(f"tacgia_q{i}"), agency="c")
        entry = services.entry_accept(entry=entry, actor=people["secretary"])
        services.score_save(entry=entry, juror=people["juror"], sheet=sheet(contest, 5, 5))


@pytest.mark.parametrize(
    "who,name", [("juror", "jury-contest"), ("secretary", "secretary-contest")]
)
def test_no_query_per_entry(people, contest, submit, who, name):
    client = Client()
    client.force_login(people[who])
    url = reverse(f"contest:{name}", kwargs={"slug": contest.slug})
    _add_entries(2, 0, people, contest, submit)
    few = _queries(client, url)
    _add_entries(4, 2, people, contest, submit)
    assert _queries(client, url) == few
