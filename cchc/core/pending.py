"""State kept between a preview and its confirmation (an import's dry run, then "Xác nhận").

Processes stay stateless: the payload waits in the cache (Redis in production), under a
random token bound to the user who made the preview, for ``PENDING_SECONDS``; no file is
written under ``var/``. :func:`pending_take` hands it out once.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.core.cache import cache

__all__ = ["PENDING_SECONDS", "pending_put", "pending_take"]

PENDING_SECONDS = 30 * 60
_KEY = "cchc:pending:{namespace}:{token}"


def _key(namespace: str, token: str) -> str:
    return _KEY.format(namespace=namespace, token=token)


def pending_put(namespace: str, *, user: Any, payload: Any, timeout: int = PENDING_SECONDS) -> str:
    """Keep ``payload`` (picklable: bytes, dicts …) for ``user``; returns the token."""
    token = secrets.token_urlsafe(24)
    cache.set(
        _key(namespace, token), {"user": getattr(user, "pk", None), "payload": payload}, timeout
    )
    return token


def pending_take(namespace: str, token: str, *, user: Any) -> Any | None:
    """The payload kept under ``token`` for this same ``user`` (then forgotten), or None
    when the token is unknown, expired, malformed or another user's."""
    token = (token or "")[:64]
    if not token:
        return None
    key = _key(namespace, token)
    entry = cache.get(key)
    if not entry or entry.get("user") != getattr(user, "pk", None):
        return None
    cache.delete(key)
    return entry["payload"]
