"""The Redis cache, degrading instead of failing when Redis cannot be reached.

Everything the site keeps in the cache can be recomputed (menus, routes, search results,
the content generation) or is a rate-limit counter, so a Redis outage must not turn pages
into 500s (issue 12 point 15, tests/faults/test_redis_down.py). While Redis is down a read
is a miss, a write is dropped, ``add`` answers False and ``incr`` raises ``ValueError`` as
for a missing key (so rate limits count from 1: they fail open for the outage). One
warning per minute per process says so. Other Redis errors (a bug in a command) still raise.
"""

from __future__ import annotations

import logging
import time

import redis
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("cchc.core.cache")
DOWN_ERRORS = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
WARN_EVERY_SECONDS = 60.0
_last_warning = [0.0]


def _warn(operation: str, exc: Exception) -> None:
    now = time.monotonic()
    if now - _last_warning[0] >= WARN_EVERY_SECONDS:
        _last_warning[0] = now
        logger.warning(
            "Redis cache unavailable (%s): serving without the cache: %s", operation, exc
        )


def _degrading(name: str, fallback):
    parent = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        try:
            return parent(self, *args, **kwargs)
        except DOWN_ERRORS as exc:
            _warn(name, exc)
            return fallback(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = parent.__doc__
    return method


def _get_default(key, default=None, version=None):
    return default


def _missing(key, delta=1, version=None):
    raise ValueError(f"Key '{key}' not found (cache unavailable)")


class DegradingRedisCache(RedisCache):
    """Django's RedisCache whose operations survive a Redis outage (see the module)."""

    get = _degrading("get", _get_default)
    get_many = _degrading("get_many", lambda *a, **k: {})
    has_key = _degrading("has_key", lambda *a, **k: False)
    add = _degrading("add", lambda *a, **k: False)
    set = _degrading("set", lambda *a, **k: None)
    set_many = _degrading("set_many", lambda data, *a, **k: list(data))
    touch = _degrading("touch", lambda *a, **k: False)
    delete = _degrading("delete", lambda *a, **k: False)
    delete_many = _degrading("delete_many", lambda *a, **k: None)
    incr = _degrading("incr", _missing)
    clear = _degrading("clear", lambda *a, **k: False)
