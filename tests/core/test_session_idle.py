"""Issue 12, point 13: signed-in sessions expire after inactivity, on the server."""

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session

from cchc.core.audit import AuditEvent
from cchc.core.sessions import LAST_SEEN_KEY

ADMIN = "/quan-tri/"


@pytest.fixture
def staff(db):
    return User.objects.create_superuser("quantri", "qt@example.org", "x")


def _age_session(client, seconds):
    session = client.session
    session[LAST_SEEN_KEY] = session[LAST_SEEN_KEY] - seconds
    session.save()


@pytest.mark.django_db
def test_active_session_continues(client, staff, home_page):
    client.force_login(staff)
    assert client.get(ADMIN).status_code == 200
    _age_session(client, 60 * 60)  # one hour idle: under the 2 h default
    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_idle_session_is_logged_out_on_the_server(client, staff, home_page):
    client.force_login(staff)
    assert client.get(ADMIN).status_code == 200
    old_key = client.session.session_key
    _age_session(client, 2 * 3600 + 5)
    response = client.get(ADMIN)
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Session.objects.filter(session_key=old_key).exists()
    assert AuditEvent.objects.filter(action="cchc.core.session.expired", actor=staff).exists()
    # a copy of the old cookie is worthless
    client.cookies["sessionid"] = old_key
    assert client.get(ADMIN).status_code == 302


@pytest.mark.django_db
def test_idle_limit_is_configurable(client, staff, settings, home_page):
    settings.CCHC_SESSION_IDLE_SECONDS = 300
    client.force_login(staff)
    client.get(ADMIN)
    _age_session(client, 301)
    assert client.get(ADMIN).status_code == 302


@pytest.mark.django_db
def test_logout_deletes_the_session_row(client, staff, home_page):
    client.force_login(staff)
    client.get(ADMIN)
    key = client.session.session_key
    client.post("/quan-tri/logout/")
    assert not Session.objects.filter(session_key=key).exists()
    client.cookies["sessionid"] = key
    assert client.get(ADMIN).status_code == 302
