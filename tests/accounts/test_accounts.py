"""Applicant sign-in with a one-time code through the outbox."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from cchc.accounts import services
from cchc.accounts.models import Applicant, OneTimeCode, OutboundMessage
from cchc.accounts.sms import LocmemSmsBackend
from cchc.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def sms(settings):
    settings.ACCOUNTS_SMS_BACKEND = "cchc.accounts.sms.LocmemSmsBackend"
    LocmemSmsBackend.outbox.clear()
    return LocmemSmsBackend.outbox


def _last_code(sms):
    return re.search(r"\b(\d{6})\b", sms[-1][1]).group(1)


def _age(contact, seconds):
    OneTimeCode.objects.filter(contact=contact).update(
        created_at=timezone.now() - dt.timedelta(seconds=seconds)
    )


def test_code_sent_through_outbox_and_stored_hashed(sms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        otp = services.code_request(contact="+84 912 345 678")
    assert otp.contact == "0912345678"
    assert sms[0][0] == "0912345678"
    code = _last_code(sms)
    assert code not in otp.code_hash
    msg = OutboundMessage.objects.get()
    assert msg.status == OutboundMessage.Status.SENT
    assert msg.body == ""  # the secret is not kept once sent


def test_verify_creates_applicant_once_and_code_works_once(sms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.code_request(contact="0912345678")
    code = _last_code(sms)
    user = services.code_verify(contact="0912 345 678", code=code)
    assert Applicant.objects.get().user == user
    with pytest.raises(ValidationError):
        services.code_verify(contact="0912345678", code=code)
    _age("0912345678", 120)
    with django_capture_on_commit_callbacks(execute=True):
        services.code_request(contact="0912345678")
    assert services.code_verify(contact="0912345678", code=_last_code(sms)) == user
    assert Applicant.objects.count() == 1


def test_wrong_codes_lock_the_code(sms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.code_request(contact="a@example.org")
    from django.core import mail

    code = re.search(r"\b(\d{6})\b", mail.outbox[0].body).group(1)
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(services.CODE_MAX_ATTEMPTS):
        with pytest.raises(ValidationError):
            services.code_verify(contact="a@example.org", code=wrong)
    with pytest.raises(ValidationError) as exc:
        services.code_verify(contact="a@example.org", code=code)
    assert exc.value.code == "locked"


def test_expired_code_refused(sms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.code_request(contact="0912345678")
    OneTimeCode.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    with pytest.raises(ValidationError):
        services.code_verify(contact="0912345678", code=_last_code(sms))


def test_resend_and_hourly_limits():
    services.code_request(contact="0912345678")
    with pytest.raises(ValidationError) as exc:
        services.code_request(contact="0912345678")
    assert exc.value.code == "too_soon"
    for _ in range(services.CODE_MAX_PER_HOUR - 1):
        _age("0912345678", 61)
        services.code_request(contact="0912345678")
    _age("0912345678", 61)
    with pytest.raises(ValidationError) as exc:
        services.code_request(contact="0912345678")
    assert exc.value.code == "too_many"


@pytest.mark.parametrize("bad", ["", "abc", "02933870123", "1900 1234", "x@", "a" * 300])
def test_bad_contacts_refused(bad):
    with pytest.raises(ValidationError):
        services.code_request(contact=bad)
    assert not OutboundMessage.objects.exists()


def test_failing_gateway_retried_then_failed(settings):
    settings.ACCOUNTS_SMS_BACKEND = "cchc.accounts.sms.FailingSmsBackend"
    services.code_request(contact="0912345678")
    msg = OutboundMessage.objects.get()
    for attempt in range(1, services.OUTBOX_MAX_ATTEMPTS + 1):
        OutboundMessage.objects.update(next_attempt_at=timezone.now())
        services.outbox_send()
        msg.refresh_from_db()
        assert msg.attempts == attempt
    assert msg.status == OutboundMessage.Status.FAILED
    assert "unreachable" in msg.last_error
    assert msg.body == ""


def test_claimed_message_not_sent_twice(sms):
    services.code_request(contact="0912345678")
    assert services.outbox_send()["sent"] == 1
    assert services.outbox_send()["sent"] == 0
    assert len(sms) == 1


def test_sign_in_pages(client, sms, django_capture_on_commit_callbacks):
    r = client.get("/tai-khoan/dang-nhap/")
    assert r.status_code == 200
    assert "no-store" in r["Cache-Control"] and "private" in r["Cache-Control"]
    r = client.post("/tai-khoan/dang-nhap/", {"contact": "12"})
    assert r.status_code == 400
    assert "số điện thoại di động" in r.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        r = client.post(
            "/tai-khoan/dang-nhap/", {"contact": "0912345678", "next": "https://evil.example/"}
        )
    assert r.status_code == 302
    r = client.post("/tai-khoan/xac-nhan/", {"code": "12345x"})
    assert r.status_code == 400
    r = client.post("/tai-khoan/xac-nhan/", {"code": _last_code(sms)})
    assert r.status_code == 302 and r["Location"] == "/tai-khoan/"  # foreign next refused
    r = client.get("/tai-khoan/")
    assert r.status_code == 200 and "091****678" in r.content.decode()
    client.post("/tai-khoan/dang-xuat/")
    assert client.get("/tai-khoan/").status_code == 302


def test_sign_in_page_in_english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    r = client.get("/tai-khoan/dang-nhap/")
    html = r.content.decode()
    assert "Sign in to public services" in html and "Mobile number or e-mail" in html
    r = client.post("/tai-khoan/dang-nhap/", {"contact": "12"})
    assert "Please enter a mobile number" in r.content.decode()
