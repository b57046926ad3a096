"""Writes: enrol an authenticator app, verify a sign-in, recovery codes, reset.

Every step is audited (``cchc.twofactor.*``). django-otp does the cryptography and the
throttling (each failed code doubles the wait on that device); codes are checked against
the user's own devices, one kind at a time (never django-otp's ``match_token``).
"""

from __future__ import annotations

from dataclasses import dataclass

import django_otp
from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from cchc.core.audit import record_event

from .policy import is_totp_shape, normalise_token

RECOVERY_CODE_COUNT = 10
DEVICE_NAME = "default"
RECOVERY_NAME = "recovery"


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    throttled: bool = False
    used_recovery_code: bool = False


def totp_device_pending(*, user) -> TOTPDevice:
    """The unconfirmed device the enrolment page shows (the same one until confirmed)."""
    device = (
        TOTPDevice.objects.filter(user=user, confirmed=False, name=DEVICE_NAME)
        .order_by("-pk")
        .first()
    )
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def _new_recovery_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    count = int(getattr(settings, "CCHC_2FA_RECOVERY_CODES", RECOVERY_CODE_COUNT))
    codes = [StaticToken.random_token() for _ in range(count)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def totp_enrol_confirm(*, request, user, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm ``device`` with a code from the app: returns the new recovery codes (shown
    once) and marks this session verified, or ``None`` when the code is wrong."""
    token = normalise_token(token)
    if device.user_id != user.pk or device.confirmed or not is_totp_shape(token):
        return None
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if not device.verify_token(token):
            return None
        # one authenticator per account: a re-enrolment replaces the old phone
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = _new_recovery_codes(user)
        record_event("cchc.twofactor.device.enrolled", actor=user, obj=device, request=request)
    django_otp.login(request, device)
    return codes


def second_factor_verify(*, request, user, token: str) -> VerifyResult:
    """Check a code from the app, or a recovery code (used once), for ``user``."""
    token = normalise_token(token)
    model = TOTPDevice if is_totp_shape(token) else StaticDevice
    throttled = False
    with transaction.atomic():
        devices = list(model.objects.select_for_update().filter(user=user, confirmed=True))
        matched = None
        for device in devices:
            allowed, _ = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            if token and device.verify_token(token):
                matched = device
                break
    if matched is None:
        record_event(
            "cchc.twofactor.verify.failed",
            actor=user,
            data={"throttled": throttled},
            request=request,
        )
        return VerifyResult(ok=False, throttled=throttled)
    django_otp.login(request, matched)
    recovery = isinstance(matched, StaticDevice)
    record_event(
        "cchc.twofactor.recovery_code.used" if recovery else "cchc.twofactor.verify.succeeded",
        actor=user,
        obj=matched,
        data={"remaining": matched.token_set.count()} if recovery else {},
        request=request,
    )
    return VerifyResult(ok=True, used_recovery_code=recovery)


def recovery_codes_regenerate(*, request, user) -> list[str]:
    """New recovery codes; the old ones stop working."""
    with transaction.atomic():
        codes = _new_recovery_codes(user)
        record_event("cchc.twofactor.recovery_codes.regenerated", actor=user, request=request)
    return codes


def second_factor_reset(*, user, actor=None) -> int:
    """Remove every device of ``user`` (lost phone): they enrol again at next sign-in.
    Returns how many devices were removed."""
    with transaction.atomic():
        removed = sum(
            model.objects.filter(user=user).delete()[1].get(model._meta.label, 0)
            for model in (TOTPDevice, StaticDevice)
        )
        record_event(
            "cchc.twofactor.device.reset",
            actor=actor,
            obj=user,
            data={"devices_removed": removed},
        )
    return removed
