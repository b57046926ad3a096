"""Issue 12, point 13: every staff account signs in with a second factor (TOTP or a
recovery code); the rule is enforced by middleware on every signed-in request."""

import re
import time

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from cchc.core.audit import AuditEvent
from cchc.portal.services import EDITORS

ADMIN = "/quan-tri/"
LOGIN = "/quan-tri/login/"
ENROL = "/tai-khoan/xac-thuc-hai-buoc/dang-ky/"
VERIFY = "/tai-khoan/xac-thuc-hai-buoc/xac-minh/"
SECURITY = "/tai-khoan/bao-mat/"
PASSWORD = "mat-khau-rat-dai-2026"


@pytest.fixture(autouse=True)
def require_2fa(settings):
    settings.CCHC_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 1


@pytest.fixture
def editor(db, home_page):
    user = User.objects.create_user("bientap2fa", "bt@example.gov.vn", PASSWORD)
    from cchc.portal.services import editorial_roles_ensure

    editorial_roles_ensure()
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def superuser(db, home_page):
    return User.objects.create_superuser("qt2fa", "qt@example.gov.vn", PASSWORD)


def code_for(device, offset_steps=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset_steps * device.step
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, user):
    """Password step through the real Wagtail login view."""
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:500]
    return response


def enrolled(user):
    device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    return device


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        ADMIN,
        ADMIN + "pages/",
        "/django-admin/",
        "/can-bo/phan-anh/",
        "/phan-anh-kien-nghi/thong-ke/excel/",
        SECURITY,
        "/",
    ],
)
def test_signed_in_without_second_factor_is_sent_to_enrolment(client, superuser, path):
    sign_in(client, superuser)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(ENROL + "?next=")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_enrolled_user_is_sent_to_verification_after_password(client, editor):
    enrolled(editor)
    response = sign_in(client, editor)
    follow = client.get(response["Location"])
    assert follow.status_code == 302 and follow["Location"].startswith(VERIFY)
    # a POST to the admin (e.g. publishing) is refused the same way, nothing written
    response = client.post(ADMIN + "pages/add/", {"title": "x"})
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)


@pytest.mark.django_db
def test_anonymous_and_exempt_paths_unchanged(client, editor):
    assert client.get("/").status_code == 200
    assert client.get(ADMIN)["Location"].startswith(LOGIN)
    sign_in(client, editor)
    assert client.get(LOGIN).status_code == 302
    assert client.get("/healthz").status_code == 200
    assert client.get(ENROL).status_code == 200
    response = client.post("/quan-tri/logout/")
    assert response.status_code == 302 and not response["Location"].startswith(ENROL)


@pytest.mark.django_db
def test_setting_off_lets_password_sessions_through(client, superuser, settings):
    settings.CCHC_REQUIRE_2FA = False
    sign_in(client, superuser)
    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_enrolment_shows_qr_and_confirms_with_a_code(client, editor):
    sign_in(client, editor)
    page = client.get(ENROL + "?next=/quan-tri/pages/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'src="data:image/svg+xml' in html
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    # the same pending device on reload (the QR the user scanned stays valid)
    client.get(ENROL)
    assert TOTPDevice.objects.filter(user=editor).count() == 1
    wrong = client.post(ENROL, {"token": "000000" if code_for(device) != "000000" else "111111"})
    assert wrong.status_code == 400
    assert "Mã không đúng" in wrong.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    done = client.post(ENROL, {"token": code_for(device), "next": "/quan-tri/pages/"})
    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4})</code></li>", done.content.decode())
    assert len(codes) == 10
    assert "no-store" in done["Cache-Control"]
    device.refresh_from_db()
    assert device.confirmed
    assert StaticToken.objects.filter(device__user=editor).count() == 10
    assert AuditEvent.objects.filter(action="cchc.twofactor.device.enrolled", actor=editor).exists()
    assert client.get("/quan-tri/pages/").status_code == 200


@pytest.mark.django_db
def test_verification_with_a_code(client, editor):
    device = enrolled(editor)
    sign_in(client, editor)
    wrong = client.post(VERIFY, {"token": "12345", "next": ADMIN})
    assert wrong.status_code == 400
    assert AuditEvent.objects.filter(action="cchc.twofactor.verify.failed", actor=editor).exists()
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()
    ok = client.post(VERIFY, {"token": code_for(device), "next": "/quan-tri/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/quan-tri/pages/"
    assert client.get(ADMIN).status_code == 200
    assert AuditEvent.objects.filter(
        action="cchc.twofactor.verify.succeeded", actor=editor
    ).exists()


@pytest.mark.django_db
def test_a_code_is_accepted_once(client, editor):
    """A code seen by a shoulder-surfer cannot be replayed in another session."""
    device = enrolled(editor)
    code = code_for(device)
    sign_in(client, editor)
    assert client.post(VERIFY, {"token": code})["Location"] == ADMIN
    other = client.__class__()
    sign_in(other, editor)
    assert other.post(VERIFY, {"token": code}).status_code == 400
    assert other.get(ADMIN).status_code == 302


@pytest.mark.django_db
def test_wrong_codes_are_throttled(client, editor):
    device = enrolled(editor)
    sign_in(client, editor)
    client.post(VERIFY, {"token": "000001" if code_for(device) != "000001" else "000002"})
    # right away, even the right code is refused: each failure doubles the wait
    response = client.post(VERIFY, {"token": code_for(device)})
    assert response.status_code == 429
    assert "đợi" in response.content.decode()
    assert client.get(ADMIN).status_code == 302


@pytest.mark.django_db
def test_recovery_code_works_once(client, editor):
    enrolled(editor)
    from cchc.twofactor.services import _new_recovery_codes

    codes = _new_recovery_codes(editor)
    sign_in(client, editor)
    grouped = codes[0][:4].upper() + "-" + codes[0][4:].upper()  # as printed, any case
    ok = client.post(VERIFY, {"token": grouped})
    assert ok.status_code == 302
    assert client.get(ADMIN).status_code == 200
    assert AuditEvent.objects.filter(action="cchc.twofactor.recovery_code.used").exists()
    client.post("/quan-tri/logout/")
    sign_in(client, editor)
    assert client.post(VERIFY, {"token": codes[0]}).status_code == 400
    assert StaticToken.objects.filter(device__user=editor).count() == 9


@pytest.mark.django_db
def test_password_alone_cannot_replace_the_authenticator(client, editor):
    device = enrolled(editor)
    sign_in(client, editor)
    response = client.get(ENROL)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    response = client.post(ENROL, {"token": "123456"})
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert list(TOTPDevice.objects.filter(user=editor)) == [device]


@pytest.mark.django_db
def test_next_never_leaves_the_site(client, editor):
    device = enrolled(editor)
    sign_in(client, editor)
    response = client.post(VERIFY, {"token": code_for(device), "next": "//evil.example/x"})
    assert response.status_code == 302 and response["Location"] == ADMIN


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["", "a\x00b", "x" * 5000, "１２３４５６", "' OR 1=1 --"])
def test_bad_tokens_are_a_form_error(client, editor, token):
    enrolled(editor)
    sign_in(client, editor)
    response = client.post(VERIFY, {"token": token})
    assert response.status_code == 400
    assert client.get(ADMIN).status_code == 302


@pytest.mark.django_db
def test_logout_ends_the_verified_session_on_the_server(client, editor):
    device = enrolled(editor)
    sign_in(client, editor)
    client.post(VERIFY, {"token": code_for(device)})
    assert client.get(ADMIN).status_code == 200
    key = client.session.session_key
    client.post("/quan-tri/logout/")
    assert not Session.objects.filter(session_key=key).exists()
    client.cookies["sessionid"] = key
    assert client.get(ADMIN)["Location"].startswith(LOGIN)
    # signing in again needs a new code
    sign_in(client, editor)
    assert client.get(ADMIN)["Location"].startswith(VERIFY)


@pytest.mark.django_db
def test_security_page_regenerates_recovery_codes(client, editor):
    device = enrolled(editor)
    from cchc.twofactor.services import _new_recovery_codes

    old = _new_recovery_codes(editor)
    sign_in(client, editor)
    client.post(VERIFY, {"token": code_for(device)})
    page = client.get(SECURITY)
    assert page.status_code == 200 and "10" in page.content.decode()
    new = client.post(SECURITY, {"action": "recovery"})
    assert new.status_code == 200
    tokens = set(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True))
    assert len(tokens) == 10 and not tokens & set(old)
    assert AuditEvent.objects.filter(action="cchc.twofactor.recovery_codes.regenerated").exists()


@pytest.mark.django_db
def test_reset_command_removes_devices_and_is_audited(editor):
    enrolled(editor)
    from cchc.twofactor.services import _new_recovery_codes

    _new_recovery_codes(editor)
    call_command("twofactor_reset", editor.username)
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert AuditEvent.objects.filter(action="cchc.twofactor.device.reset").exists()
    with pytest.raises(CommandError):
        call_command("twofactor_reset", "khong-co")


@pytest.mark.django_db
def test_demo_secrets_only_in_development(settings, tmp_path, editor, client):
    from cchc.twofactor import demo

    settings.VAR_DIR = tmp_path
    settings.CCHC_DEMO_PASSWORDS = False
    assert demo.demo_totp_ensure([editor.username]) == {}
    assert not TOTPDevice.objects.filter(user=editor).exists()
    with pytest.raises(CommandError):
        call_command("twofactor_demo_code", editor.username)
    settings.CCHC_DEMO_PASSWORDS = True
    keys = demo.demo_totp_ensure([editor.username])
    assert oct(demo.secret_file().stat().st_mode)[-3:] == "600"
    assert demo.demo_totp_ensure([editor.username]) == keys  # stable across reloads
    assert any(demo.base32(keys[editor.username]) in line for line in demo.demo_totp_lines())
    # the printed code signs in
    sign_in(client, editor)
    response = client.post(VERIFY, {"token": demo.current_code(keys[editor.username])})
    assert response.status_code == 302
    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_pages_in_english(client, editor):
    enrolled(editor)
    sign_in(client, editor)
    client.cookies["django_language"] = "en"
    page = client.get(VERIFY, HTTP_ACCEPT_LANGUAGE="en")
    assert "Two-step verification" in page.content.decode()
    wrong = client.post(VERIFY, {"token": "12345"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "The code is wrong" in wrong.content.decode()
