"""Visitor statistics: "Đang online", "Hôm nay", "Đã truy cập".

Definitions (docs/visitor-statistics.md):
- a *visitor* is a browser, identified by a random id in the ``cchc_vid`` cookie;
- a *visit* starts on a visitor's first counted page view, or the first after
  ``CCHC_VISIT_IDLE_SECONDS`` (30 min) without one — tracked by the sliding ``cchc_visit``
  cookie, so no server state is needed per visit;
- "Hôm nay" counts visits started since local midnight (Asia/Ho_Chi_Minh); "Đã truy cập"
  counts all visits ever; "Đang online" counts distinct visitors with a page view in the
  last ``CCHC_ONLINE_WINDOW_SECONDS`` (5 min).

Two stores, chosen by settings: the database (one atomic upsert per table, ``INSERT … ON
CONFLICT DO UPDATE SET value = value + excluded.value``: a new visit is one statement for
both counters, a visitor's online mark one more), or Redis (one Lua script per page view:
``INCR`` on pending deltas that :func:`flush_pending` folds into the database, and a sorted
set for online visitors). The database is the durable record in both cases, so
counters survive restarts. When Redis cannot be reached, each call falls back to the
database store, so no visit is lost while it is down (issue 12 point 15,
tests/faults/test_redis_down.py); counting returns to Redis by itself once it answers.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import F
from django.utils import timezone

from .models import OnlineVisitor, VisitCounter

logger = logging.getLogger("cchc.portal.visitors")

TOTAL_KEY = "total"
VISITOR_COOKIE = "cchc_vid"
VISIT_COOKIE = "cchc_visit"
SEEN_COOKIE = "cchc_seen"
# Re-mark a visitor as online at most this often (saves a write per page view).
SEEN_REFRESH_SECONDS = 60
_VISITOR_ID_RE = re.compile(r"[A-Za-z0-9_-]{16,40}")
_BOT_RE = re.compile(
    r"bot|crawl|spider|slurp|bingpreview|facebookexternalhit|zalo.*preview|curl|wget|"
    r"python-requests|python-urllib|httpx|aiohttp|go-http-client|java/|libwww|okhttp|"
    r"scrapy|headless-shell|phantomjs|monitor|uptime|pingdom|feedfetcher|feedparser|wrk",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    """Crawlers, HTTP libraries, monitors and an empty user agent are not readers."""
    return not user_agent or bool(_BOT_RE.search(user_agent))


@dataclass(frozen=True)
class VisitorStats:
    online: int
    today: int
    total: int


def day_key(when: dt.datetime | None = None) -> str:
    local = timezone.localtime(when or timezone.now())
    return f"day:{local.date().isoformat()}"


# ---------------------------------------------------------------- database store
UPSERT_VENDORS = frozenset({"sqlite", "postgresql"})


@lru_cache(maxsize=8)
def _counter_upsert_sql(vendor: str, rows: int) -> str:
    """One statement adding to ``rows`` counters, creating the missing ones (exact under
    concurrency: the database serialises the conflicting rows)."""
    qn = connection.ops.quote_name
    table = qn(VisitCounter._meta.db_table)
    values = ", ".join(["(%s, %s)"] * rows)
    # names from the model's metadata, quoted; values always passed as parameters
    return (
        f"INSERT INTO {table} ({qn('key')}, {qn('value')}) VALUES {values} "  # noqa: S608
        f"ON CONFLICT ({qn('key')}) DO UPDATE SET {qn('value')} = "
        f"{table}.{qn('value')} + excluded.{qn('value')}"
    )


@lru_cache(maxsize=4)
def _online_upsert_sql(vendor: str) -> str:
    qn = connection.ops.quote_name
    table = qn(OnlineVisitor._meta.db_table)
    return (
        f"INSERT INTO {table} ({qn('visitor_id')}, {qn('last_seen')}) VALUES (%s, %s) "  # noqa: S608
        f"ON CONFLICT ({qn('visitor_id')}) DO UPDATE SET {qn('last_seen')} = "
        f"excluded.{qn('last_seen')}"
    )


def _db_statements(
    visitor_id: str, *, new_visit: bool, seen: bool, now: dt.datetime
) -> list[tuple[str, list]]:
    vendor = connection.vendor
    statements: list[tuple[str, list]] = []
    if new_visit:
        statements.append((_counter_upsert_sql(vendor, 2), [TOTAL_KEY, 1, day_key(now), 1]))
    if seen:
        last_seen = connection.ops.adapt_datetimefield_value(now)
        statements.append((_online_upsert_sql(vendor), [visitor_id, last_seen]))
    return statements


def _db_record(visitor_id: str, *, new_visit: bool, seen: bool, now: dt.datetime) -> None:
    """A page view in the database: one upsert per table touched, in one transaction."""
    if connection.vendor not in UPSERT_VENDORS:
        with transaction.atomic():
            if new_visit:
                _db_increment([TOTAL_KEY, day_key(now)])
            if seen:
                _db_touch_online(visitor_id, now)
        return
    statements = _db_statements(visitor_id, new_visit=new_visit, seen=seen, now=now)
    if len(statements) == 1:  # one statement is atomic by itself: no BEGIN/COMMIT
        with connection.cursor() as cursor:
            cursor.execute(*statements[0])
        return
    with transaction.atomic(), connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql, params)


def _db_increment(keys: list[str], amount: int = 1) -> None:
    if connection.vendor in UPSERT_VENDORS:
        with connection.cursor() as cursor:
            cursor.execute(
                _counter_upsert_sql(connection.vendor, len(keys)),
                [v for key in keys for v in (key, amount)],
            )
        return
    for key in keys:
        updated = VisitCounter.objects.filter(key=key).update(value=F("value") + amount)
        if not updated:
            try:
                with transaction.atomic():
                    VisitCounter.objects.create(key=key, value=amount)
            except IntegrityError:
                VisitCounter.objects.filter(key=key).update(value=F("value") + amount)


def _db_values(keys: list[str]) -> dict[str, int]:
    return dict(VisitCounter.objects.filter(key__in=keys).values_list("key", "value"))


def _db_touch_online(visitor_id: str, now: dt.datetime) -> None:
    updated = OnlineVisitor.objects.filter(visitor_id=visitor_id).update(last_seen=now)
    if not updated:
        try:
            with transaction.atomic():
                OnlineVisitor.objects.create(visitor_id=visitor_id, last_seen=now)
        except IntegrityError:
            OnlineVisitor.objects.filter(visitor_id=visitor_id).update(last_seen=now)


def _db_online(now: dt.datetime) -> int:
    window = dt.timedelta(seconds=settings.CCHC_ONLINE_WINDOW_SECONDS)
    return OnlineVisitor.objects.filter(last_seen__gte=now - window).count()


PRUNE_AFTER = dt.timedelta(days=1)
PRUNE_BATCH = 1000


def prune_online(now: dt.datetime | None = None, *, batch: int = PRUNE_BATCH) -> int:
    """Delete the online rows of visitors not seen for a day; the number deleted.

    Run by the scheduled command (``manage.py prune_online_visitors``), never inside a
    request: each batch is one short ``DELETE`` in its own autocommit statement, holding no
    lock a beacon's transaction holds (the counters), so it cannot deadlock with one; a
    visitor seen again meanwhile keeps the row (the age is checked again in the ``DELETE``).
    A raw delete: no per-row signals for rows nothing else refers to.
    """
    now = now or timezone.now()
    cutoff = now - PRUNE_AFTER
    deleted = 0
    while True:
        ids = list(
            OnlineVisitor.objects.filter(last_seen__lt=cutoff)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return deleted
        stale = OnlineVisitor.objects.filter(pk__in=ids, last_seen__lt=cutoff)
        deleted += stale._raw_delete(stale.db)
        if len(ids) < batch:
            return deleted


# ---------------------------------------------------------------- redis store
@lru_cache(maxsize=4)
def _redis_client(url: str):
    import redis

    # Short timeouts: a stalled Redis must cost a page view a second, not a worker.
    return redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)


def _redis_down_errors() -> tuple[type[Exception], ...]:
    import redis

    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


def _warn_redis_down(exc: Exception) -> None:
    logger.warning("Redis unavailable, visitor figures use the database: %s", exc)


def _redis():
    url = getattr(settings, "REDIS_URL", "")
    return _redis_client(url) if url else None


def _prefix() -> str:
    return f"{getattr(settings, 'CACHE_KEY_PREFIX', 'cchc')}:visits"


# Fold the pending deltas into the database after this many increments (and on demand).
FLUSH_EVERY = 200


def flush_pending() -> dict[str, int]:
    """Move Redis pending deltas into the database atomically (GETDEL per key)."""
    client = _redis()
    if client is None:
        return {}
    moved: dict[str, int] = {}
    pending_set = f"{_prefix()}:pending-keys"
    for raw in client.smembers(pending_set):
        key = raw.decode()
        delta = client.getdel(f"{_prefix()}:pending:{key}")
        if delta is None:
            client.srem(pending_set, raw)
            continue
        amount = int(delta)
        if amount:
            _db_increment([key], amount)
            moved[key] = amount
    return moved


def _redis_values(client, keys: list[str]) -> dict[str, int]:
    stored = _db_values(keys)
    pending = client.mget([f"{_prefix()}:pending:{k}" for k in keys])
    return {k: stored.get(k, 0) + int(p or 0) for k, p in zip(keys, pending, strict=True)}


# ---------------------------------------------------------------- public API
def record_visit_started(now: dt.datetime | None = None) -> None:
    """Count one new visit in today's and the all-time counters."""
    record_page_view("", new_visit=True, seen=False, now=now)


def record_seen(visitor_id: str, now: dt.datetime | None = None) -> None:
    """Mark ``visitor_id`` as active now (for "Đang online")."""
    record_page_view(visitor_id, new_visit=False, seen=True, now=now)


# A page view in Redis: one script (atomic, all or nothing), one round trip, one command.
# KEYS: pending total, pending day, pending-keys set, since-flush, online set;
# ARGV: new visit (0/1), seen (0/1), visitor id, now, online cutoff, total key, day key.
RECORD_LUA = """
local since = false
if ARGV[1] == "1" then
  redis.call("INCR", KEYS[1])
  redis.call("INCR", KEYS[2])
  redis.call("SADD", KEYS[3], ARGV[6], ARGV[7])
  since = redis.call("INCR", KEYS[4])
end
if ARGV[2] == "1" then
  redis.call("ZADD", KEYS[5], ARGV[4], ARGV[3])
  redis.call("ZREMRANGEBYSCORE", KEYS[5], 0, ARGV[5])
end
return since
"""


@lru_cache(maxsize=4)
def _record_script(client):
    return client.register_script(RECORD_LUA)


def _redis_record(client, visitor_id: str, *, new_visit: bool, seen: bool, now) -> int | None:
    """One script call (all or nothing); the increments since the last flush."""
    prefix = _prefix()
    day = day_key(now)
    stamp = now.timestamp()
    since = _record_script(client)(
        keys=[
            f"{prefix}:pending:{TOTAL_KEY}",
            f"{prefix}:pending:{day}",
            f"{prefix}:pending-keys",
            f"{prefix}:since-flush",
            f"{prefix}:online",
        ],
        args=[
            int(new_visit),
            int(seen),
            visitor_id,
            stamp,
            stamp - settings.CCHC_ONLINE_WINDOW_SECONDS,
            TOTAL_KEY,
            day,
        ],
    )
    return int(since) if since is not None else None


def record_page_view(
    visitor_id: str, *, new_visit: bool, seen: bool, now: dt.datetime | None = None
) -> None:
    """What the beacon calls: on the database store one upsert per table touched, in one
    transaction when there are two (one lock acquisition on SQLite), one script call on
    Redis; the database when
    Redis is down."""
    now = now or timezone.now()
    client = _redis()
    if client is not None:
        try:
            since_flush = _redis_record(client, visitor_id, new_visit=new_visit, seen=seen, now=now)
        except _redis_down_errors() as exc:
            _warn_redis_down(exc)
        else:
            if since_flush and since_flush % FLUSH_EVERY == 0:
                try:
                    flush_pending()
                except _redis_down_errors() as exc:  # the deltas wait in Redis for the next
                    _warn_redis_down(exc)
            return
    for attempt in range(LOCKED_RETRIES + 1):
        try:
            _db_record(visitor_id, new_visit=new_visit, seen=seen, now=now)
            return
        except OperationalError:
            # SQLite's busy timeout ran out (a write queue on an overloaded machine): the
            # transaction rolled back whole, so trying again cannot count twice.
            connection = transaction.get_connection()
            if attempt == LOCKED_RETRIES or connection.vendor != "sqlite":
                raise
            if connection.in_atomic_block:
                raise


LOCKED_RETRIES = 3


def count_page_view(
    cookies: Mapping[str, str], now: dt.datetime | None = None
) -> list[tuple[str, str, int]]:
    """Count one page view of the browser holding ``cookies``; return the cookies to set.

    A new visit is counted when the sliding visit cookie is absent; the online marker is
    refreshed at most once a minute (``cchc_seen``). A returning reader inside a visit
    therefore costs no write at all, and gets back only the sliding visit cookie (the
    year-long visitor cookie is renewed with the online marker, once a minute at most).
    Callers decide first whether the view counts (bots, admin, malformed beacons do not).
    """
    visitor_id = cookies.get(VISITOR_COOKIE, "")
    known = isinstance(visitor_id, str) and bool(_VISITOR_ID_RE.fullmatch(visitor_id))
    if not known:
        visitor_id = secrets.token_urlsafe(18)
    out = [(VISIT_COOKIE, "1", settings.CCHC_VISIT_IDLE_SECONDS)]
    new_visit = VISIT_COOKIE not in cookies
    seen_due = SEEN_COOKIE not in cookies
    if new_visit or seen_due:
        record_page_view(visitor_id, new_visit=new_visit, seen=seen_due, now=now)
    if seen_due or not known:
        out.insert(0, (VISITOR_COOKIE, visitor_id, VISITOR_COOKIE_SECONDS))
    if seen_due:
        out.append((SEEN_COOKIE, "1", SEEN_REFRESH_SECONDS))
    return out


VISITOR_COOKIE_SECONDS = 60 * 60 * 24 * 365


def get_stats(now: dt.datetime | None = None) -> VisitorStats:
    """Current figures for the footer and the statistics portlet."""
    now = now or timezone.now()
    keys = [TOTAL_KEY, day_key(now)]
    client = _redis()
    values = online = None
    if client is not None:
        try:
            values = _redis_values(client, keys)
            online = client.zcount(
                f"{_prefix()}:online", now.timestamp() - settings.CCHC_ONLINE_WINDOW_SECONDS, "+inf"
            )
        except _redis_down_errors() as exc:
            _warn_redis_down(exc)
            values = None
    if values is None or online is None:
        values = _db_values(keys)
        online = _db_online(now)
    return VisitorStats(
        online=int(online), today=values.get(keys[1], 0), total=values.get(TOTAL_KEY, 0)
    )


_recent: dict[str, tuple[float, VisitorStats]] = {}


def get_stats_recent() -> VisitorStats:
    """The figures, at most ``CCHC_VISITOR_STATS_MAX_AGE`` seconds old (per process).

    What the beacon answers on every page view: a returning reader then costs no query at all,
    and the figures on a page are never more than a couple of seconds behind.
    """
    max_age = settings.CCHC_VISITOR_STATS_MAX_AGE
    now = time.monotonic()
    cached = _recent.get("stats")
    if max_age > 0 and cached and now - cached[0] < max_age:
        return cached[1]
    stats = get_stats()
    _recent["stats"] = (now, stats)
    return stats


def monotonic_ms() -> float:
    return time.monotonic() * 1000
