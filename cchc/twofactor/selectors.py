"""Reads: has a user enrolled, how many recovery codes are left."""

from __future__ import annotations

from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice


def user_has_second_factor(user) -> bool:
    """A confirmed authenticator app (recovery codes alone do not count as enrolled)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def account_needs_second_factor(user) -> bool:
    """Accounts with any back-office power (staff, superuser, any permission through a group
    or directly) need a second factor. Applicant accounts of the one-stop shop
    (``cchc.accounts``: signed in with a one-time code sent to their phone or e-mail, which
    is itself a possession factor) have none and do not."""
    return bool(user.is_staff or user.is_superuser or user.get_all_permissions())


def recovery_codes_remaining(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def session_is_verified(request) -> bool:
    user = getattr(request, "user", None)
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())
