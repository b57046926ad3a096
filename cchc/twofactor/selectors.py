"""Reads: has a user enrolled, how many recovery codes are left."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.db.models import Q
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice


def user_has_second_factor(user) -> bool:
    """A confirmed authenticator app (recovery codes alone do not count as enrolled)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def account_needs_second_factor(user) -> bool:
    """Accounts with any back-office power (staff, superuser, any permission through a group
    or directly) need a second factor. Applicant accounts of the one-stop shop
    (``cchc.accounts``: signed in with a one-time code sent to their phone or e-mail, which
    is itself a possession factor) have none and do not.

    Asked by the middleware on every signed-in request not yet verified (every request of
    an applicant), so it costs at most one query: the flags come with the user row, and one
    EXISTS covers permissions held directly or through any group. (``get_all_permissions``
    took two queries, loading every permission, to answer the same yes/no; it also ignores
    an inactive account's permissions, which this counts: stricter, never weaker.)"""
    if user.is_staff or user.is_superuser:
        return True
    return Permission.objects.filter(Q(user=user) | Q(group__user=user)).exists()


def recovery_codes_remaining(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def session_is_verified(request) -> bool:
    user = getattr(request, "user", None)
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())
