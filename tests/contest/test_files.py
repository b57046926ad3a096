"""The files the contest hands out (``services/files.py``): the secretary's download of an
original, the juror's blind copy and the score spreadsheet each leave exactly one audit
event, written by the service, naming who and what."""

import pytest
from django.test import Client
from django.urls import reverse

from cchc.contest import services
from cchc.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _new_events(before: int):
    return list(AuditEvent.objects.order_by("pk")[before:])


def test_secretary_download_leaves_one_event(people, contest, eligible):
    attachment = eligible.attachments.get()
    url = reverse(
        "contest:secretary-attachment",
        kwargs={"slug": contest.slug, "code": eligible.code, "pk": attachment.pk},
    )
    before = AuditEvent.objects.count()
    response = _client(people["secretary"]).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    events = _new_events(before)
    assert [e.action for e in events] == ["cchc.contest.attachment.download"]
    assert events[0].actor == people["secretary"]
    assert events[0].data == {"attachment": attachment.pk}


def test_jury_blind_copy_leaves_one_event(people, contest, eligible):
    url = reverse(
        "contest:jury-attachment",
        kwargs={"slug": contest.slug, "code": eligible.code, "number": 1},
    )
    before = AuditEvent.objects.count()
    response = _client(people["juror"]).get(url)
    assert response.status_code == 200
    events = _new_events(before)
    assert [e.action for e in events] == ["cchc.contest.attachment.jury_download"]
    assert events[0].actor == people["juror"] and events[0].data == {"number": 1}


def test_score_export_leaves_one_event(people, contest, eligible):
    url = reverse("contest:secretary-export", kwargs={"slug": contest.slug})
    before = AuditEvent.objects.count()
    response = _client(people["secretary"]).get(url)
    assert response.status_code == 200 and response.content.startswith(b"PK")
    events = _new_events(before)
    assert [e.action for e in events] == ["cchc.contest.scores.export"]
    assert events[0].actor == people["secretary"]


def test_services_audit_without_a_request(people, contest, eligible):
    """The services audit on their own (a command or a task has no request)."""
    attachment = eligible.attachments.get()
    before = AuditEvent.objects.count()
    with services.attachment_open(
        entry=eligible, attachment=attachment, actor=people["secretary"]
    ) as fh:
        assert fh.read(5) == b"%PDF-"
    copy = services.attachment_blind_copy(
        entry=eligible, attachment=attachment, number=1, actor=people["juror"]
    )
    assert copy.startswith(b"%PDF")
    assert services.scores_export(contest=contest, actor=people["chair"]).startswith(b"PK")
    assert [e.action for e in _new_events(before)] == [
        "cchc.contest.attachment.download",
        "cchc.contest.attachment.jury_download",
        "cchc.contest.scores.export",
    ]
