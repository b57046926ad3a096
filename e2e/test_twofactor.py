"""Issue 12, point 13 in Chromium at 390 px (a phone): an editor signs in with a password,
is sent to enrolment, scans (reads) the secret, confirms with a code and gets recovery
codes; the admin opens; the editor signs out, signs in again and must type a code; a
wrong code is refused with a Vietnamese message. No CSP violation on the 2FA pages."""

import re
import time
from base64 import b32decode

import pytest

from cchc.portal.services import EDITORS
from tests.browser import WATCH_CSP

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-e2e-2fa-2026"  # noqa: S105

LOGOUT_JS = """() => {
  const f = document.createElement('form');
  f.method = 'post';
  f.action = '/quan-tri/logout/';
  const i = document.createElement('input');
  i.name = 'csrfmiddlewaretoken';
  i.value = document.cookie.match(/csrftoken=([^;]+)/)[1];
  f.appendChild(i);
  document.body.appendChild(f);
  f.submit();
}"""


@pytest.fixture
def editor(transactional_db, settings):
    settings.CCHC_REQUIRE_2FA = True
    from django.contrib.auth.models import Group, User

    from cchc.portal.services import editorial_roles_ensure, site_home_ensure

    site_home_ensure()
    editorial_roles_ensure()
    user = User.objects.create_user("bientap_2fa", "bt2fa@example.gov.vn", PASSWORD)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def _code(secret: str, offset_steps: int = 0) -> str:
    from django_otp.oath import TOTP

    raw = secret.replace(" ", "")
    key = b32decode(raw + "=" * (-len(raw) % 8))
    totp = TOTP(key)
    totp.time = time.time() + offset_steps * 30
    return f"{totp.token():06d}"


def _password_step(page, base):
    page.goto(base + "/quan-tri/login/")
    page.fill("#id_username", "bientap_2fa")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()


def test_editor_enrols_signs_out_and_signs_in_with_a_code(page, live_server, editor, axe_check):
    errors = []
    page.add_init_script(WATCH_CSP)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_viewport_size({"width": 390, "height": 844})
    base = live_server.url

    _password_step(page, base)
    page.wait_for_url(re.compile(r"/tai-khoan/xac-thuc-hai-buoc/dang-ky/"))
    assert page.locator("h1").inner_text() == "Bật xác thực hai bước"
    qr = page.locator("img.twofactor__qr")
    assert qr.is_visible()
    assert page.evaluate("document.querySelector('img.twofactor__qr').naturalWidth") > 0
    axe_check(page, "twofactor-enrol")
    secret = page.locator("[data-secret]").inner_text()

    page.fill("#id_token", "000000" if _code(secret) != "000000" else "111111")
    page.locator(".twofactor form button[type=submit]").first.click()
    assert "Mã không đúng" in page.locator("[role=alert]").inner_text()

    time.sleep(1.1)  # django-otp throttles one second after a wrong code
    page.fill("#id_token", _code(secret))
    page.locator(".twofactor form button[type=submit]").first.click()
    codes = page.locator("[data-recovery-codes] code").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="Tiếp tục").click()
    page.wait_for_url(re.compile(r"/quan-tri/$"))

    # sign out (server-side), then the password alone is not enough
    session_before = next(c["value"] for c in page.context.cookies() if c["name"] == "sessionid")
    page.evaluate(LOGOUT_JS)  # as the admin's "Đăng xuất" button: a POST with the CSRF token
    page.wait_for_url(re.compile(r"/quan-tri/login/"))
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=session_before).exists()
    _password_step(page, base)
    page.wait_for_url(re.compile(r"/tai-khoan/xac-thuc-hai-buoc/xac-minh/"))
    page.goto(base + "/quan-tri/pages/")
    page.wait_for_url(re.compile(r"/xac-minh/"))
    axe_check(page, "twofactor-verify")
    # the code of the next 30-second step (the enrolment one cannot be used twice)
    page.fill("#id_token", _code(secret, offset_steps=1))
    page.locator(".twofactor form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/quan-tri/pages/$"))
    assert page.locator("body").inner_text()
    csp = [e for e in errors if "CSP" in e or "Content Security Policy" in e]
    assert not csp, csp
