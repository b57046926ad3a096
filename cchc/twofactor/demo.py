"""Demo staff get known TOTP secrets, in development only (``CCHC_DEMO_PASSWORDS``).

The secrets are kept beside the demo passwords in ``var/demo-totp.txt`` (mode 600,
git-ignored) so they survive a reload, and printed by ``manage.py demo_accounts``;
``manage.py twofactor_demo_code USERNAME`` prints the current code. Outside development
nothing is created: demo accounts enrol their own phone at first sign-in like anyone.
"""

from __future__ import annotations

import time
from base64 import b32encode
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key


def enabled() -> bool:
    return bool(getattr(settings, "CCHC_DEMO_PASSWORDS", False))


def secret_file() -> Path:
    return Path(settings.VAR_DIR) / "demo-totp.txt"


def read_keys() -> dict[str, str]:
    """username → hex key."""
    path = secret_file()
    known: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if ":" in line:
                name, key = line.split(":", 1)
                known[name] = key.strip()
    return known


@transaction.atomic
def demo_totp_ensure(usernames) -> dict[str, str]:
    """Give each demo account a confirmed authenticator with a recorded key."""
    if not enabled():
        return {}
    known = read_keys()
    users = get_user_model().objects.filter(username__in=list(usernames))
    for user in users:
        key = known.get(user.username) or default_key()
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            TOTPDevice.objects.filter(user=user).delete()
            TOTPDevice.objects.create(user=user, name="default", key=key, confirmed=True)
        elif device.key != key:
            key = device.key  # enrolled by hand earlier: record what the phone has
        known[user.username] = key
    path = secret_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{k}:{v}\n" for k, v in known.items()), encoding="utf-8")
    path.chmod(0o600)
    return known


def base32(hex_key: str) -> str:
    return b32encode(bytes.fromhex(hex_key)).decode("ascii").rstrip("=")


def current_code(hex_key: str) -> str:
    totp = TOTP(bytes.fromhex(hex_key))
    totp.time = time.time()
    return f"{totp.token():06d}"


def demo_totp_lines() -> list[str]:
    if not enabled():
        return []
    known = read_keys()
    if not known:
        return []
    lines = [
        f"Xác thực hai bước (khoá TOTP, chỉ môi trường phát triển) / 2FA secrets: {secret_file()}"
    ]
    lines += [f"    {name:<14} {base32(key)}" for name, key in known.items()]
    lines.append(
        "    Mã hiện tại / current code: .venv/bin/python manage.py twofactor_demo_code USERNAME"
    )
    return lines
