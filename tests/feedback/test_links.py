"""Links in SMS and e-mail are absolute and the lookup link carries the code (point 8)."""

import pytest
from django.core import mail
from django.urls import reverse

from cchc.feedback.models import Notification
from cchc.feedback.sms import LocmemSmsBackend

pytestmark = pytest.mark.django_db


def test_submit_notifications_carry_absolute_lookup_link(
    make_feedback, settings, django_capture_on_commit_callbacks
):
    """The e-mail and the SMS link to BASE_URL + /phan-anh-kien-nghi/tra-cuu/?ma=<code>."""
    settings.BASE_URL = "https://cchc.example.gov.vn"
    with django_capture_on_commit_callbacks(execute=True):
        fb = make_feedback()
    link = f"https://cchc.example.gov.vn/phan-anh-kien-nghi/tra-cuu/?ma={fb.code}"
    assert link in mail.outbox[0].body
    assert link in LocmemSmsBackend.outbox[0][1]
    assert all(link in n.body for n in Notification.objects.filter(feedback=fb))


def test_answer_notification_links_to_lookup(
    make_feedback, flow, settings, django_capture_on_commit_callbacks
):
    """The answer's SMS (cut to 300 characters) still holds the absolute link."""
    settings.BASE_URL = "https://cchc.example.gov.vn/"
    fb = make_feedback()
    with django_capture_on_commit_callbacks(execute=True):
        flow(fb, "answered")
    link = f"https://cchc.example.gov.vn/phan-anh-kien-nghi/tra-cuu/?ma={fb.code}"
    # (the satisfaction survey's invitation follows the answer as a message of its own)
    bodies = list(
        Notification.objects.filter(feedback=fb, channel="sms").values_list("body", flat=True)
    )
    assert any(link in body for body in bodies), bodies


def test_lookup_link_prefills_code(client, home_page, make_feedback):
    """Opening the link fills the code in; the citizen types only the contact."""
    fb = make_feedback()
    html = client.get(reverse("feedback:lookup") + f"?ma={fb.code}").content.decode()
    assert f'value="{fb.code}"' in html
