"""Fixed-window limits for the rating pages (atomic cache ``incr``, Redis in production).

``SURVEYS_RATE_LIMITS`` overrides the defaults, e.g. ``{"kiosk": (300, 3600)}``.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMITS: dict[str, tuple[int, int]] = {
    "kiosk": (240, 3600),  # one desk: a response every 15 s on average, sustained
    "link_ip": (60, 600),  # opening or sending rating links from one address
}


def hit(scope: str, key: str) -> bool:
    """Count one attempt; True while within the limit."""
    if not getattr(settings, "SURVEYS_RATE_LIMIT_ENABLED", True) or not key:
        return True
    limit, window = {**DEFAULT_LIMITS, **getattr(settings, "SURVEYS_RATE_LIMITS", {})}[scope]
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    cache_key = f"cchc:sv:rl:{scope}:{digest}:{int(time.time() // window)}"
    if cache.add(cache_key, 1, window + 5):
        return limit >= 1
    try:
        return cache.incr(cache_key) <= limit
    except ValueError:
        cache.add(cache_key, 1, window + 5)
        return True
