"""Issue 12, point 9 (and 4 for webhooks): signed but malformed bodies, replays, floods."""

import hashlib
import hmac
import json
import time

import pytest
from django.urls import reverse

from cchc.core.audit import AuditEvent
from cchc.feedback.models import Feedback

FB_SECRET = "fb-app-secret-for-tests"
ZALO_APP, ZALO_SECRET = "4312567890123456789", "oa-secret-for-tests"


@pytest.fixture
def secrets(settings):
    settings.FEEDBACK_FACEBOOK_APP_SECRET = FB_SECRET
    settings.FEEDBACK_ZALO_APP_ID = ZALO_APP
    settings.FEEDBACK_ZALO_OA_SECRET = ZALO_SECRET
    settings.FEEDBACK_ZALO_MAX_AGE = 300
    return settings


def post_fb(client, payload, *, raw=None):
    body = raw if raw is not None else json.dumps(payload).encode()
    sig = "sha256=" + hmac.new(FB_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return client.post(
        reverse("feedback:webhook-facebook"),
        body,
        content_type="application/json",
        headers={"X-Hub-Signature-256": sig},
    )


def now_ms(offset=0):
    return str(int((time.time() + offset) * 1000))


def post_zalo(client, payload):
    body = json.dumps(payload).encode()
    ts = str(payload.get("timestamp", "")) if isinstance(payload, dict) else ""
    mac = hashlib.sha256(ZALO_APP.encode() + body + ts.encode() + ZALO_SECRET.encode()).hexdigest()
    return client.post(
        reverse("feedback:webhook-zalo"),
        body,
        content_type="application/json",
        headers={"X-ZEvent-Signature": f"mac={mac}"},
    )


def fb_event(message):
    return {
        "object": "page",
        "entry": [{"messaging": [{"sender": {"id": "1"}, "message": message}]}],
    }


FB_MALFORMED = [
    [1, 2],
    [],
    "chuỗi",
    5,
    None,
    {"object": "page", "entry": [1]},
    {"object": "page", "entry": "x"},
    {"object": "page", "entry": {"messaging": []}},
    {"object": "page", "entry": [{"messaging": [1]}]},
    {"object": "page", "entry": [{"messaging": "x"}]},
    fb_event("x"),
    fb_event([1]),
    fb_event({"text": 5, "mid": "m1"}),
    fb_event({"text": ["a"], "mid": "m1"}),
    fb_event({"text": {"a": 1}, "mid": "m1"}),
    fb_event({"text": "ok", "mid": {"x": 1}}),
    fb_event({"text": "ok", "mid": True}),
    {
        "object": "page",
        "entry": [{"messaging": [{"sender": "x", "message": {"text": "a", "mid": "m"}}]}],
    },
    {
        "object": "page",
        "entry": [{"messaging": [{"sender": {"id": [1]}, "message": {"text": "a", "mid": "m"}}]}],
    },
]


@pytest.mark.django_db
@pytest.mark.parametrize("payload", FB_MALFORMED, ids=[f"fb{i}" for i in range(len(FB_MALFORMED))])
def test_facebook_signed_malformed_is_400_and_audited(client, secrets, payload):
    response = post_fb(client, payload)
    assert response.status_code == 400
    assert AuditEvent.objects.filter(action="cchc.feedback.webhook.facebook_malformed").count() == 1
    assert Feedback.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe", b"[1,", b"NaN-ish"])
def test_facebook_signed_non_json_is_400_and_audited(client, secrets, raw):
    assert post_fb(client, None, raw=raw).status_code == 400
    assert AuditEvent.objects.filter(action="cchc.feedback.webhook.facebook_malformed").exists()


def zalo_event(message, **extra):
    return {
        "app_id": ZALO_APP,
        "event_name": "user_send_text",
        "timestamp": now_ms(),
        "sender": {"id": "2468"},
        "message": message,
        **extra,
    }


ZALO_MALFORMED = [
    zalo_event("x"),
    zalo_event([1]),
    zalo_event({"text": 5, "msg_id": "a"}),
    zalo_event({"text": None, "msg_id": ["a"]}),
    zalo_event({"text": "ok", "msg_id": {"a": 1}}),
    zalo_event({"text": ["a"], "msg_id": "a"}),
    zalo_event({"text": "ok", "msg_id": "a"}, sender="x"),
    zalo_event({"text": "ok", "msg_id": "a"}, sender={"id": {"a": 1}}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "payload", ZALO_MALFORMED, ids=[f"zalo{i}" for i in range(len(ZALO_MALFORMED))]
)
def test_zalo_signed_malformed_is_400_and_audited(client, secrets, payload):
    payload = {**payload, "timestamp": now_ms()}  # fresh: collection may be long before
    assert post_zalo(client, payload).status_code == 400
    assert AuditEvent.objects.filter(action="cchc.feedback.webhook.zalo_malformed").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("timestamp", [-3600, -301, +3600, "", "abc", "1"])
def test_zalo_old_or_bad_timestamps_are_refused_as_replays(client, secrets, timestamp):
    payload = zalo_event({"text": "Xin hỏi thủ tục", "msg_id": "m-old"})
    # offsets in seconds from now (computed here: xdist workers must collect the same ids)
    payload["timestamp"] = now_ms(timestamp) if isinstance(timestamp, int) else timestamp
    assert post_zalo(client, payload).status_code == 403
    assert Feedback.objects.count() == 0
    event = AuditEvent.objects.get(action="cchc.feedback.webhook.zalo_rejected")
    assert "replay" in event.data["reason"]


@pytest.mark.django_db
def test_zalo_fresh_event_is_accepted(client, secrets):
    assert (
        post_zalo(client, zalo_event({"text": "Xin hỏi thủ tục", "msg_id": "m-new"})).status_code
        == 200
    )
    assert Feedback.objects.get().external_ref == "m-new"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text", ["a\x00b", "\x00", "Xin\u0000 hỏi\x0b thủ tục\x1b", "lone \ud800 surrogate"]
)
def test_signed_messages_with_nul_and_controls_are_stored_clean(client, secrets, text):
    """A ``\\u0000`` in a signed JSON message is dropped (PostgreSQL could not store it)."""
    r1 = post_zalo(client, zalo_event({"text": text, "msg_id": "z1"}))
    r2 = post_fb(client, fb_event({"text": text, "mid": "f1\u0000"}))
    assert r1.status_code == 200 and r2.status_code == 200
    for fb in Feedback.objects.all():
        assert "\x00" not in fb.content + fb.subject + fb.external_ref
        assert "\ud800" not in fb.content


@pytest.mark.postgres
@pytest.mark.django_db
def test_signed_nul_on_postgres(client, secrets):
    assert post_zalo(client, zalo_event({"text": "a\u0000b", "msg_id": "p1"})).status_code == 200
    assert post_fb(client, fb_event({"text": "\u0000c", "mid": "p2"})).status_code == 200
    assert Feedback.objects.count() == 2


@pytest.mark.django_db
def test_unsigned_flood_is_rate_limited_before_writing(client, secrets, settings):
    """After the limit, refused requests get 429 and write no audit row at all."""
    settings.FEEDBACK_RATE_LIMITS = {"webhook_reject_ip": (5, 600)}
    codes = []
    for i in range(40):
        url = "webhook-facebook" if i % 2 else "webhook-zalo"
        codes.append(
            client.post(
                reverse(f"feedback:{url}"),
                json.dumps({"timestamp": now_ms(), "n": i}),
                content_type="application/json",
                headers={"X-Hub-Signature-256": "sha256=00", "X-ZEvent-Signature": "mac=00"},
            ).status_code
        )
    assert codes[:5] == [403] * 5 and set(codes[5:]) == {429}
    assert AuditEvent.objects.filter(action__startswith="cchc.feedback.webhook.").count() == 5
