"""Every role against every case view and action, including guessed IDs.

Roles: anonymous, citizen, officer of agency A, officer of agency B, coordinator,
superuser. Cases: one assigned to A, one assigned to B, one not yet assigned, one in
the moderation queue. Expected: only the coordinator/superuser and the assigned
agency's officer get the page; everyone else gets 302-to-login (anonymous), 403 or 404,
and never any of the case's data.
"""

import pytest
from django.urls import reverse

from cchc.feedback import services
from cchc.feedback.models import Feedback

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "citizen", "officer_a", "officer_b", "coordinator", "superuser"]


@pytest.fixture
def cases(make_feedback, users, agencies, png_file):
    coord = users["coordinator"]
    a = make_feedback(
        subject="Vụ việc của Sở A",
        submitter_name="Lê Văn Ám",
        submitter_phone="0911111111",
        files=[png_file()],
    )
    services.feedback_accept(feedback=a, actor=coord)
    services.feedback_assign(feedback=a, actor=coord, agency=agencies["a"])
    b = make_feedback(
        subject="Vụ việc của Sở B",
        submitter_name="Phạm Thị Bé",
        submitter_phone="0922222222",
        files=[png_file()],
    )
    services.feedback_accept(feedback=b, actor=coord)
    services.feedback_assign(feedback=b, actor=coord, agency=agencies["b"])
    new = make_feedback(
        subject="Vụ việc mới tiếp nhận", submitter_name="Hồ Văn Mới", submitter_phone="0933333333"
    )
    spam = make_feedback(
        subject="Quảng cáo",
        content="casino http://a.example http://b.example http://c.example",
        submitter_name="Kẻ Rác",
        submitter_phone="0944444444",
    )
    return {
        "a": Feedback.objects.get(pk=a.pk),
        "b": Feedback.objects.get(pk=b.pk),
        "new": new,
        "spam": spam,
    }


def login(client, users, role):
    if role != "anonymous":
        client.force_login(users[role])
    return client


def may_see(role, key):
    if role in ("coordinator", "superuser"):
        return True
    return (role, key) in {("officer_a", "a"), ("officer_b", "b")}


SECRETS = {"a": "0911111111", "b": "0922222222", "new": "0933333333", "spam": "0944444444"}


# Refusals: the login page for visitors, 403 for accounts without the back office,
# 404 for officers (a case outside their agency does not exist for them).
DENIED = {"anonymous": 302, "citizen": 403}


def denied(role) -> int:
    return DENIED.get(role, 404)


def assert_denied(response, role, secret, *, code=None):
    """``code``: what an officer gets where the default (404) does not apply."""
    expected = code if code is not None and role not in DENIED else denied(role)
    assert response.status_code == expected
    if response.status_code == 302:
        assert "login" in response["Location"] or "dang-nhap" in response["Location"]
    assert secret not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_case_detail_and_attachment_matrix(client, users, cases, role):
    """Detail and attachment download: only the allowed roles, others never see data."""
    login(client, users, role)
    for key, fb in cases.items():
        detail = client.get(reverse("feedback:officer-detail", args=[fb.pk]))
        if may_see(role, key):
            assert detail.status_code == 200 and SECRETS[key] in detail.content.decode()
        else:
            assert_denied(detail, role, SECRETS[key])
        for attachment in fb.attachments.all():
            response = client.get(
                reverse("feedback:officer-attachment", args=[fb.pk, attachment.pk])
            )
            if may_see(role, key):
                assert response.status_code == 200
            else:
                assert_denied(response, role, SECRETS[key])


@pytest.mark.parametrize("role", ROLES)
def test_guessed_ids_and_cross_case_attachments(client, users, cases, role):
    """Non-existent IDs give 404 (or login); an attachment of case B under case A's URL is 404."""
    login(client, users, role)
    top = Feedback.objects.order_by("-pk").first().pk
    for pk in (top + 1, top + 1000, 0):
        response = client.get(f"/can-bo/phan-anh/{pk}/")
        assert response.status_code == denied(role)
    b_attachment = cases["b"].attachments.first()
    response = client.get(
        reverse("feedback:officer-attachment", args=[cases["a"].pk, b_attachment.pk])
    )
    assert response.status_code == denied(role)


@pytest.mark.parametrize("role", ROLES)
def test_queue_lists_only_visible_cases(client, users, cases, role):
    """The queue shows an officer only their agency's cases; the coordinator all but spam."""
    login(client, users, role)
    response = client.get(reverse("feedback:officer-queue"))
    if role in ("anonymous", "citizen"):
        assert_denied(response, role, "Vụ việc")
        return
    html = response.content.decode()
    for key in ("a", "b", "new"):
        assert (cases[key].subject in html) == may_see(role, key)
    assert cases["spam"].subject not in html


@pytest.mark.parametrize("role", ROLES)
def test_moderation_queue_only_for_coordinators(client, users, cases, role):
    """The moderation queue is for the coordinating group and superusers."""
    login(client, users, role)
    response = client.get(reverse("feedback:moderation"))
    if role in ("coordinator", "superuser"):
        assert response.status_code == 200 and "Quảng cáo" in response.content.decode()
    else:
        assert_denied(response, role, "Quảng cáo", code=403)  # a page, not a case: 403


ACTIONS = {
    # verb: (case key, POST data) – chosen so that the transition itself is valid
    "accept": ("new", {}),
    "reject": ("new", {"reject-reason": "complaint"}),
    "mark_spam": ("new", {}),
    "restore": ("spam", {}),
    "forward": ("a", {"forward-agency": "B"}),
    "answer": ("a", {"answer-answer": "Đã xử lý xong."}),
    "assign": ("a", {"assign-agency": "A"}),
}
ALLOWED = {
    "accept": {"coordinator", "superuser"},
    "reject": {"coordinator", "superuser"},
    "mark_spam": {"coordinator", "superuser"},
    "restore": {"coordinator", "superuser"},
    "forward": {"coordinator", "superuser", "officer_a"},
    "answer": {"coordinator", "superuser", "officer_a"},
    "assign": {
        "coordinator",
        "superuser",
    },  # A→A from "assigned" is not a valid transition for anyone
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("verb", list(ACTIONS))
def test_actions_matrix(client, users, cases, agencies, role, verb):
    """Each action: allowed roles change the status; all others are refused and nothing changes."""
    key, data = ACTIONS[verb]
    fb = cases[key]
    data = {
        k: (agencies["b"].pk if v == "B" else agencies["a"].pk if v == "A" else v)
        for k, v in data.items()
    }
    login(client, users, role)
    before = Feedback.objects.get(pk=fb.pk).status
    response = client.post(reverse("feedback:officer-action", args=[fb.pk, verb]), data)
    after = Feedback.objects.get(pk=fb.pk).status
    if verb == "assign":  # invalid transition: allowed roles get a message, nobody changes anything
        assert after == before
        if role in ALLOWED[verb]:
            assert response.status_code == 302
        return
    if role in ALLOWED[verb]:
        assert response.status_code == 302 and after != before, (role, verb, response.status_code)
    else:
        assert after == before
        assert_denied(response, role, SECRETS[key])


@pytest.mark.parametrize("role", ROLES)
def test_get_on_action_not_allowed(client, users, cases, role):
    """Actions only accept POST."""
    login(client, users, role)
    response = client.get(reverse("feedback:officer-action", args=[cases["a"].pk, "answer"]))
    assert response.status_code == 405


@pytest.mark.parametrize("role", ROLES)
def test_dashboard_and_export_staff_only(client, users, cases, role):
    """Dashboard and Excel: back-office roles only; never personal data in the dashboard."""
    login(client, users, role)
    for name in ("feedback:stats", "feedback:stats-export"):
        response = client.get(reverse(name))
        if role in ("anonymous", "citizen"):
            assert_denied(response, role, "0911111111")
        else:
            assert response.status_code == 200
            if name == "feedback:stats":
                assert "0911111111" not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_operator_entry(client, users, agencies, category, role):
    """Hotline entry: back-office roles only."""
    login(client, users, role)
    data = {
        "channel": "hotline",
        "submitter_name": "Đỗ Văn Gọi",
        "submitter_address": "Thôn 1",
        "submitter_phone": "0955555555",
        "kind": "phan_anh",
        "category": category.pk,
        "subject": "Gọi đường dây nóng",
        "content": "Người dân gọi điện phản ánh đèn đường hỏng.",
    }
    response = client.post(reverse("feedback:officer-entry"), data)
    if role in ("anonymous", "citizen"):
        assert_denied(response, role, "0955555555")
        assert not Feedback.objects.filter(channel="hotline").exists()
    else:
        assert response.status_code == 302
        fb = Feedback.objects.get(channel="hotline")
        assert fb.created_by == users[role]


def test_back_office_pages_render_for_coordinator(client, users, cases, agencies, category):
    """Entry form, moderation queue and a case with every action form render (200) for the coordinator,
    and the assign form is pre-filled with the routing suggestion (the category's default agency)."""
    client.force_login(users["coordinator"])
    assert client.get(reverse("feedback:officer-entry")).status_code == 200
    assert client.get(reverse("feedback:moderation")).status_code == 200
    accepted = services.feedback_accept(feedback=cases["new"], actor=users["coordinator"])
    html = client.get(reverse("feedback:officer-detail", args=[accepted.pk])).content.decode()
    assert "Gợi ý cơ quan xử lý" in html
    assert f'<option value="{agencies["a"].pk}" selected>' in html


def test_officer_sees_only_own_actions(client, users, cases):
    """Officer A on case A sees forward/answer forms but not accept/reject/spam."""
    client.force_login(users["officer_a"])
    html = client.get(reverse("feedback:officer-detail", args=[cases["a"].pk])).content.decode()
    assert "/forward/" in html and "/answer/" in html
    assert "/accept/" not in html and "/reject/" not in html and "/mark_spam/" not in html
