"""With two-factor sign-in required (production default), an applicant account signed in
with a one-time code reaches the filing pages and the site; an account with back-office
power and no verified second factor is still sent to enrol."""

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client

from cchc.accounts.services import applicant_get_or_create

pytestmark = pytest.mark.django_db

ENROL = "/tai-khoan/xac-thuc-hai-buoc/dang-ky/"


@pytest.fixture(autouse=True)
def require_2fa(settings):
    settings.CCHC_REQUIRE_2FA = True


def test_applicant_is_not_sent_to_enrol():
    applicant = applicant_get_or_create(contact="0912345678", kind="phone")
    c = Client()
    c.force_login(applicant.user)
    r = c.get("/dich-vu-cong/ho-so-cua-toi/")
    assert r.status_code == 200


def test_account_with_a_permission_is_sent_to_enrol():
    user = User.objects.create_user("canbo2fa", password="x")
    user.user_permissions.add(Permission.objects.get(codename="desk_dossier"))
    c = Client()
    c.force_login(user)
    r = c.get("/dich-vu-cong/ho-so-cua-toi/")
    assert r.status_code == 302
    assert r["Location"].startswith(ENROL)


def test_staff_flag_alone_is_sent_to_enrol():
    user = User.objects.create_user("nhanvien2fa", password="x", is_staff=True)
    c = Client()
    c.force_login(user)
    assert c.get("/mot-cua/")["Location"].startswith(ENROL)
