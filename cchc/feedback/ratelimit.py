"""Fixed-window rate limits kept in the cache (Redis in production): atomic ``incr``.

Limits come from ``settings.FEEDBACK_RATE_LIMITS`` (read at call time), e.g.
``{"submit_ip": (30, 3600)}`` = 30 per hour; ``FEEDBACK_RATE_LIMIT_ENABLED = False``
switches them off (benchmarks).

Honest people must not be blocked: only valid submissions count (the view calls
:func:`hit` after the form validated); the per-address limit is high, since many
citizens share one carrier address (CGNAT), and the tight limit is per normalised
contact (``0911.222.333``, ``+84 911 222 333`` and ``0911222333`` are one phone).
The address is ``REMOTE_ADDR`` unless the deployment declares trusted reverse proxies
(``CCHC_TRUSTED_PROXY_COUNT``, ``CCHC_TRUSTED_PROXY_HEADER``; docs/deployment.md).
"""

from __future__ import annotations

import hashlib
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache

from cchc.directory import phones

DEFAULT_LIMITS: dict[str, tuple[int, int]] = {
    "submit_ip": (30, 3600),
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


def normalise_contact(value: str) -> str:
    """One key per person: e-mail lower-cased; a phone in its national digits
    (``+84 911 222 333`` → ``0911222333``); anything else stripped of separators."""
    value = (value or "").strip()
    if not value:
        return ""
    if "@" in value:
        return value.lower()
    try:
        return phones.parse(value).digits
    except phones.PhoneError:
        return "".join(ch for ch in value if ch.isalnum()).lower()


def _header_meta_key(header: str) -> str:
    return "HTTP_" + header.strip().upper().replace("-", "_")


def client_ip(request) -> str:
    """The client's address: ``REMOTE_ADDR``, or, when ``CCHC_TRUSTED_PROXY_COUNT`` > 0,
    the address the outermost trusted proxy saw (the N-th entry from the right of
    ``CCHC_TRUSTED_PROXY_HEADER``). Entries left of it are client-supplied and ignored."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = int(getattr(settings, "CCHC_TRUSTED_PROXY_COUNT", 0) or 0)
    if count <= 0:
        return remote
    header = getattr(settings, "CCHC_TRUSTED_PROXY_HEADER", "X-Forwarded-For")
    raw = request.META.get(_header_meta_key(header), "")
    hops = [h.strip() for h in raw.split(",") if h.strip()]
    if len(hops) < count:
        return remote
    candidate = hops[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
