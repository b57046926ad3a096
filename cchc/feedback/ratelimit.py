"""Fixed-window rate limits kept in the cache (Redis in production): atomic ``incr``.

Limits come from ``settings.FEEDBACK_RATE_LIMITS`` (read at call time), e.g.
``{"submit_ip": (10, 3600)}`` = 10 per hour; ``FEEDBACK_RATE_LIMIT_ENABLED = False``
switches them off (benchmarks).
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMITS: dict[str, tuple[int, int]] = {
    "submit_ip": (10, 3600),
    "submit_contact": (5, 3600),
    "lookup_ip": (20, 600),
    "open311_post": (60, 3600),
    # refused webhook calls (bad signature, stale, malformed) per address, before any write
    "webhook_reject_ip": (30, 600),
}


def _limit(scope: str) -> tuple[int, int]:
    limits = {**DEFAULT_LIMITS, **getattr(settings, "FEEDBACK_RATE_LIMITS", {})}
    return limits[scope]


def hit(scope: str, key: str) -> bool:
    """Count one attempt; True while within the limit, False once over it."""
    if not getattr(settings, "FEEDBACK_RATE_LIMIT_ENABLED", True) or not key:
        return True
    limit, window = _limit(scope)
    digest = hashlib.sha256(key.strip().lower().encode()).hexdigest()[:32]
    bucket = int(time.time() // window)
    cache_key = f"cchc:fb:rl:{scope}:{digest}:{bucket}"
    if cache.add(cache_key, 1, window + 5):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.add(cache_key, 1, window + 5)
            count = 1
    return count <= limit


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or ""
