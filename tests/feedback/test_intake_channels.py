"""E-mail (mbox), Facebook and Zalo intake with recorded sample payloads."""

import hashlib
import hmac
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from cchc.core.models import AuditEvent
from cchc.feedback.models import Feedback

pytestmark = pytest.mark.django_db
DATA = Path(__file__).parent / "data"


def test_mbox_intake_is_idempotent(home_page):
    """Two distinct messages become two cases (with the PNG attached); re-running adds nothing."""
    call_command("feedback_fetch_mail", "--mbox", str(DATA / "inbox.mbox"), stdout=io.StringIO())
    assert Feedback.objects.filter(channel="email").count() == 2
    first = Feedback.objects.get(external_ref="<20261125081500.1234@mail.example.vn>")
    assert first.subject == "Phản ánh về rác thải tại chợ"
    assert first.submitter_name == "Lê Thanh" and first.submitter_email == "le.thanh@example.vn"
    assert "không được thu gom" in first.content
    assert first.attachments.count() == 1 and first.attachments.get().content_type == "image/png"
    html_only = Feedback.objects.get(external_ref="<abc-2@example.com>")
    assert "rút ngắn thời gian" in html_only.content and "<p>" not in html_only.content
    call_command("feedback_fetch_mail", "--mbox", str(DATA / "inbox.mbox"), stdout=io.StringIO())
    assert Feedback.objects.filter(channel="email").count() == 2


def test_fetch_mail_needs_a_source():
    """Without --mbox or --imap settings the command stops with a clear error."""
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("feedback_fetch_mail")
    with pytest.raises(CommandError, match="FEEDBACK_IMAP"):
        call_command("feedback_fetch_mail", "--imap")


# --- Facebook ---------------------------------------------------------------------------


@pytest.fixture
def fb_settings(settings):
    settings.FEEDBACK_FACEBOOK_APP_SECRET = "fb-app-secret-for-tests"
    settings.FEEDBACK_FACEBOOK_VERIFY_TOKEN = "verify-me"
    return settings


def test_facebook_verification_handshake(client, fb_settings):
    """GET with hub.mode=subscribe and the right token echoes hub.challenge; a wrong token is 403."""
    url = reverse("feedback:webhook-facebook")
    ok = client.get(
        url,
        {"hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "1158201444"},
    )
    assert ok.status_code == 200 and ok.content == b"1158201444"
    bad = client.get(
        url, {"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"}
    )
    assert bad.status_code == 403


def test_facebook_message_creates_case_once(client, fb_settings):
    """A signed Messenger payload creates one case (echo skipped); the same delivery again creates none."""
    body = (DATA / "facebook_message.json").read_bytes()
    sig = "sha256=" + hmac.new(b"fb-app-secret-for-tests", body, hashlib.sha256).hexdigest()
    url = reverse("feedback:webhook-facebook")
    for _ in range(2):
        response = client.post(
            url, body, content_type="application/json", headers={"X-Hub-Signature-256": sig}
        )
        assert response.status_code == 200
    fb = Feedback.objects.get()
    assert fb.channel == "facebook" and fb.submitter_social_id == "7012345678901234"
    assert "Trần Phú" in fb.content and fb.subject.startswith("Đèn chiếu sáng")


def test_facebook_bad_signature_rejected_and_logged(client, fb_settings, caplog):
    """A tampered body or wrong signature: 403, nothing stored, an audit row and a warning."""
    body = (DATA / "facebook_message.json").read_bytes()
    sig = "sha256=" + hmac.new(b"fb-app-secret-for-tests", body, hashlib.sha256).hexdigest()
    url = reverse("feedback:webhook-facebook")
    tampered = body.replace(b"Tr\xe1\xba\xa7n Ph\xc3\xba", b"Le Loi")
    for payload, header in ((tampered, sig), (body, "sha256=" + "0" * 64), (body, None)):
        headers = {"X-Hub-Signature-256": header} if header else {}
        response = client.post(url, payload, content_type="application/json", headers=headers)
        assert response.status_code == 403
    assert Feedback.objects.count() == 0
    assert AuditEvent.objects.filter(action="cchc.feedback.webhook.facebook_rejected").count() == 3


def test_facebook_secret_missing_rejects_everything(client, settings, monkeypatch):
    """With no app secret configured, no POST is accepted."""
    settings.FEEDBACK_FACEBOOK_APP_SECRET = ""
    monkeypatch.delenv("FEEDBACK_FACEBOOK_APP_SECRET", raising=False)
    body = (DATA / "facebook_message.json").read_bytes()
    sig = "sha256=" + hmac.new(b"", body, hashlib.sha256).hexdigest()
    response = client.post(
        reverse("feedback:webhook-facebook"),
        body,
        content_type="application/json",
        headers={"X-Hub-Signature-256": sig},
    )
    assert response.status_code == 403


# --- Zalo ---------------------------------------------------------------------------------


@pytest.fixture
def zalo_settings(settings):
    settings.FEEDBACK_ZALO_APP_ID = "4312567890123456789"
    settings.FEEDBACK_ZALO_OA_SECRET = "oa-secret-for-tests"
    settings.FEEDBACK_ZALO_MAX_AGE = None  # the recorded samples date from 2025-11-26
    return settings


def zalo_mac(body: bytes) -> str:
    ts = json.loads(body)["timestamp"]
    return (
        "mac="
        + hashlib.sha256(
            b"4312567890123456789" + body + ts.encode() + b"oa-secret-for-tests"
        ).hexdigest()
    )


def test_zalo_text_creates_case_once(client, zalo_settings):
    """A signed user_send_text event creates one case; a redelivery does not duplicate it."""
    body = (DATA / "zalo_user_send_text.json").read_bytes()
    url = reverse("feedback:webhook-zalo")
    for _ in range(2):
        response = client.post(
            url,
            body,
            content_type="application/json",
            headers={"X-ZEvent-Signature": zalo_mac(body)},
        )
        assert response.status_code == 200
    fb = Feedback.objects.get()
    assert fb.channel == "zalo" and "khai sinh" in fb.content
    assert fb.external_ref == "a1b2c3d4e5f60718293a4b5c6d7e8f90"


def test_zalo_bad_signature_rejected_and_logged(client, zalo_settings, caplog):
    """Wrong MAC or changed timestamp: 403, no case, audit row and warning logged."""
    body = (DATA / "zalo_user_send_text.json").read_bytes()
    url = reverse("feedback:webhook-zalo")
    changed = body.replace(b'"1764140400123"', b'"1764140400124"')
    with caplog.at_level("WARNING", logger="cchc.feedback.webhooks"):
        r1 = client.post(
            url,
            changed,
            content_type="application/json",
            headers={"X-ZEvent-Signature": zalo_mac(body)},
        )
        r2 = client.post(
            url,
            body,
            content_type="application/json",
            headers={"X-ZEvent-Signature": "mac=deadbeef"},
        )
        r3 = client.post(url, b"not json", content_type="application/json")
    assert r1.status_code == r2.status_code == r3.status_code == 403
    assert Feedback.objects.count() == 0
    assert AuditEvent.objects.filter(action="cchc.feedback.webhook.zalo_rejected").count() == 3
    assert "zalo webhook rejected" in caplog.text


def test_zalo_other_events_ignored(client, zalo_settings):
    """A signed 'follow' event is acknowledged (200) but creates nothing."""
    body = json.dumps(
        {
            "app_id": "4312567890123456789",
            "event_name": "follow",
            "timestamp": "1764140400999",
            "follower": {"id": "1"},
        }
    ).encode()
    response = client.post(
        reverse("feedback:webhook-zalo"),
        body,
        content_type="application/json",
        headers={"X-ZEvent-Signature": zalo_mac(body)},
    )
    assert response.status_code == 200 and Feedback.objects.count() == 0
