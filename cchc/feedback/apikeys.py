"""Open311 API keys: ``<prefix>.<secret>``; only SHA-256 of the whole key is stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.utils import timezone

from .models import ApiKey


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def api_key_create(*, name: str) -> tuple[ApiKey, str]:
    """Create a key; the plain key is returned once and never stored."""
    prefix = secrets.token_hex(4)
    key = f"{prefix}.{secrets.token_urlsafe(24)}"
    return ApiKey.objects.create(name=name, prefix=prefix, key_hash=_hash(key)), key


def api_key_check(key: str) -> ApiKey | None:
    if not key or "." not in key or len(key) > 200:
        return None
    prefix = key.split(".", 1)[0]
    api_key = ApiKey.objects.filter(prefix=prefix, is_active=True).first()
    if api_key is None or not hmac.compare_digest(api_key.key_hash, _hash(key)):
        return None
    ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
    return api_key
