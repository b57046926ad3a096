"""The two-factor middleware's price on a signed-in request: one permission query for an
account not yet verified (an applicant, on every request), none for a verified session;
the rule itself unchanged (staff, superuser, a permission held directly or through a group
all need the second factor)."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cchc.accounts.services import applicant_get_or_create
from cchc.twofactor.selectors import account_needs_second_factor

from .test_twofactor import ADMIN, VERIFY, code_for, enrolled, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def require_2fa(settings):
    settings.CCHC_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 1


def _get(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    return response, [q["sql"] for q in ctx.captured_queries]


def _permission_queries(sql: list[str]) -> list[str]:
    return [q for q in sql if '"auth_permission"' in q]


def test_signed_in_applicant_public_page_costs_one_permission_query(home_page):
    applicant = applicant_get_or_create(contact="0912345678", kind="phone")
    client = Client()
    client.force_login(applicant.user)
    client.get("/")  # the session settles (first request after sign-in)
    response, sql = _get(client, "/")
    assert response.status_code == 200
    assert len(_permission_queries(sql)) == 1


def test_verified_staff_pays_nothing_for_the_rule(client, home_page, settings):
    """A verified session is let through on the device OTPMiddleware loads anyway: no
    permission query on a public page, and on the admin only the admin's own (the same
    with the rule on and off)."""
    user = User.objects.create_superuser("qt2fa_q", "q@example.gov.vn", "mat-khau-rat-dai-2026")
    device = enrolled(user)
    sign_in(client, user)
    assert client.post(VERIFY, {"token": code_for(device)}).status_code == 302
    client.get("/")
    response, sql = _get(client, "/")
    assert response.status_code == 200 and _permission_queries(sql) == []
    client.get(ADMIN)
    on_response, on = _get(client, ADMIN)
    settings.CCHC_REQUIRE_2FA = False
    off_response, off = _get(client, ADMIN)
    assert on_response.status_code == off_response.status_code == 200
    assert len(_permission_queries(on)) == len(_permission_queries(off))


def test_rule_decided_in_at_most_one_query(django_assert_num_queries):
    plain = User.objects.create_user("dan")
    direct = User.objects.create_user("truc_tiep")
    direct.user_permissions.add(Permission.objects.get(codename="desk_dossier"))
    grouped = User.objects.create_user("qua_nhom")
    group = Group.objects.create(name="Nhóm có quyền")
    group.permissions.add(Permission.objects.get(codename="desk_dossier"))
    grouped.groups.add(group)
    empty_group = User.objects.create_user("nhom_rong")
    empty_group.groups.add(Group.objects.create(name="Nhóm không quyền"))
    staff = User.objects.create_user("nhan_vien", is_staff=True)
    root = User.objects.create_superuser("goc", "g@example.gov.vn", "x")
    for user, expected, queries in (
        (plain, False, 1),
        (empty_group, False, 1),
        (direct, True, 1),
        (grouped, True, 1),
        (staff, True, 0),
        (root, True, 0),
    ):
        user = User.objects.get(pk=user.pk)  # as AuthenticationMiddleware loads it
        with django_assert_num_queries(queries):
            assert account_needs_second_factor(user) is expected, user.username
