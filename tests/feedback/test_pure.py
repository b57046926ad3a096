"""Pure modules: signatures, spam score, workflow table."""

import hashlib
import hmac

from cchc.feedback.choices import Status
from cchc.feedback.signatures import verify_facebook, verify_zalo, zalo_signature
from cchc.feedback.spam import spam_score
from cchc.feedback.workflow import TRANSITIONS, can_transition, sources


def test_facebook_signature():
    """X-Hub-Signature-256 is sha256=HMAC(app secret, raw body); anything else fails."""
    body = b'{"object":"page"}'
    good = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert verify_facebook(body, good, "s3cret")
    assert not verify_facebook(body + b" ", good, "s3cret")
    assert not verify_facebook(body, good, "other")
    assert not verify_facebook(body, None, "s3cret")
    assert not verify_facebook(body, good, "")


def test_zalo_signature():
    """X-ZEvent-Signature is mac=sha256(app_id + body + timestamp + OA secret)."""
    body = b'{"event_name":"user_send_text","timestamp":"1700000000000"}'
    mac = hashlib.sha256(b"123" + body + b"1700000000000" + b"oa").hexdigest()
    assert zalo_signature(body, app_id="123", timestamp="1700000000000", oa_secret="oa") == mac
    assert verify_zalo(body, f"mac={mac}", app_id="123", timestamp="1700000000000", oa_secret="oa")
    assert verify_zalo(body, mac, app_id="123", timestamp="1700000000000", oa_secret="oa")
    assert not verify_zalo(
        body, f"mac={mac}", app_id="123", timestamp="1700000000001", oa_secret="oa"
    )
    assert not verify_zalo(
        body, f"mac={mac}", app_id="123", timestamp="1700000000000", oa_secret=""
    )


def test_spam_score():
    """Link farms and gambling words score high; an ordinary report scores zero."""
    assert spam_score("Đường hỏng", "Đường liên xã An Bình bị sụt lún nhiều đoạn.") == 0
    assert (
        spam_score("Khuyến mãi", "casino http://a.example http://b.example http://c.example") >= 4
    )


def test_workflow_table_is_consistent():
    """Every status has an entry; closed is terminal; sources() reads the arrows back."""
    assert set(TRANSITIONS) == set(Status)
    assert TRANSITIONS[Status.CLOSED] == frozenset()
    assert can_transition("received", "accepted") and not can_transition("received", "answered")
    assert sources(Status.PUBLISHED) == {Status.ANSWERED, Status.PRIVATE}
    assert sources(Status.FORWARDED) == {Status.ASSIGNED, Status.FORWARDED}
    assert sources(Status.RECEIVED) == {Status.SPAM}
