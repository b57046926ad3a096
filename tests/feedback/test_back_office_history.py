"""Back office: history in words, a visible log-out (issue 11, point 4b)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_history_shows_verbs_in_vietnamese(client, users, make_feedback, flow):
    """The case history reads "Tiếp nhận", "Thụ lý", "Phân công", not submit · accept · assign."""
    fb = flow(make_feedback(), "assigned")
    client.force_login(users["coordinator"])
    html = client.get(reverse("feedback:officer-detail", args=[fb.pk])).content.decode()
    history = html[html.index('id="h-events"') :]
    for label in ("Tiếp nhận", "Thụ lý", "Phân công"):
        assert label in history
    for code in ("· submit ·", "· accept ·", "· assign ·"):
        assert code not in history


def test_back_office_has_post_logout(client, users):
    """Every back-office page shows a log-out button: a POST form with a CSRF token."""
    client.force_login(users["coordinator"])
    html = client.get(reverse("feedback:officer-queue")).content.decode()
    action = reverse("feedback:officer-logout")
    assert f'<form method="post" action="{action}">' in html
    form = html[html.index(f'action="{action}"') :]
    assert "csrfmiddlewaretoken" in form[:400] and "Đăng xuất" in form[:600]
    response = client.post(action)
    assert response.status_code == 302
    assert client.get(reverse("feedback:officer-queue")).status_code == 302  # to login


def test_lookup_shows_status_in_citizen_words(client, home_page, make_feedback, flow):
    """Lookup says "Đã trả lời công khai", not the back office's "Đã công khai"."""
    fb = flow(make_feedback(), "published")
    html = client.post(
        reverse("feedback:lookup"), {"code": fb.code, "contact": "0912345678"}
    ).content.decode()
    assert "Đã trả lời công khai" in html
    assert "Đã công khai" not in html
    assert fb.get_public_url() in html
