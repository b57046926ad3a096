"""Lists and statistics do not grow in queries with the number of dossiers; English UI."""

import pytest
from django.urls import reverse

from cchc.dossiers import services

pytestmark = pytest.mark.django_db


def test_queue_and_stats_queries_do_not_grow(receive, users, client):
    for _ in range(3):
        services.dossier_accept(dossier=receive(), actor=users["desk"])
    client.force_login(users["leader"])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(reverse("dossiers:desk-queue"))  # warm caches (calendar, menus, settings)
    client.get(reverse("dossiers:desk-stats"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("dossiers:desk-queue"))
        client.get(reverse("dossiers:desk-stats"))
    for _ in range(12):
        services.dossier_accept(dossier=receive(), actor=users["desk"])
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("dossiers:desk-queue"))
        client.get(reverse("dossiers:desk-stats"))
    assert len(many.captured_queries) == len(few.captured_queries)


def test_lookup_in_english(receive, users, client):
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    client.cookies["django_language"] = "en"
    html = client.get("/tra-cuu-ho-so/", {"ma": d.code}).content.decode()
    assert "Accepted, result date set" in html and "Processing steps" in html
