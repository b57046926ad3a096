"""Redis down (issue 12 point 15): the site serves and counts visits through the database.

The app (gunicorn, SQLite) runs with REDIS_URL pointing at the test's own redis-server
(append-only file, as in production). Visits are counted by the beacon (cchc/portal/
visitors.py) in three phases: Redis up (pending deltas in Redis), Redis stopped (pages,
submissions with rate limits on, and beacons all answer; visits go to the database), Redis
started again (counting returns to Redis by itself). No visit is lost: the beacon's total
equals the visits sent, and each phase's visits are where they should be.
"""

import json

import pytest

from .support import BEACON, BROWSER_UA, FORM, AppServer, Citizen, RedisServer, request

pytestmark = [pytest.mark.fault, pytest.mark.fault_gunicorn, pytest.mark.fault_redis]

PAGES = ["/phan-anh-kien-nghi/", "/van-ban/", "/thu-tuc-hanh-chinh/", "/tim-kiem/?q=thu", FORM]
VISITS_PER_PHASE = 30
SUBMISSIONS_PER_PHASE = 4
RATE_LIMITS_ON = "\nFEEDBACK_RATE_LIMIT_ENABLED = True  # kept in the cache: Redis\n"


def beacon(port: int) -> tuple[int, dict]:
    """A first page view of a new browser: one new visit."""
    status, _headers, body = request(
        port, "POST", BEACON, headers={"User-Agent": BROWSER_UA, "Content-Length": "0"}
    )
    return status, (json.loads(body) if status == 200 else {})


def test_site_serves_and_counts_while_redis_is_down(sqlite_app, tmp_path):
    redis = RedisServer(tmp_path)
    redis.start()
    app = sqlite_app(redis_url=redis.url, extra_settings=RATE_LIMITS_ON)
    server = AppServer(app, workers=2, threads=2)
    server.start()
    statuses = []
    submissions = []

    def db_total() -> int:
        rows = app.query("SELECT value FROM portal_visitcounter WHERE key = 'total'")
        return rows[0][0] if rows else 0

    def redis_pending() -> int:
        keys = redis.client().keys("*visits:pending:total")
        return sum(int(redis.client().get(k) or 0) for k in keys)

    def phase(name: str) -> None:
        for path in PAGES:
            statuses.append((name, path, request(server.port, "GET", path)[0]))
        for _ in range(VISITS_PER_PHASE):
            statuses.append((name, BEACON, beacon(server.port)[0]))
        citizen = Citizen(server.port, f"{name}-redis")
        submissions.extend(citizen.submit(n) for n in range(SUBMISSIONS_PER_PHASE))

    try:
        phase("up")
        assert redis_pending() == VISITS_PER_PHASE, "visits were not counted through Redis"
        assert db_total() == 0

        redis.stop()
        phase("down")
        assert db_total() == VISITS_PER_PHASE, "visits while Redis was down went missing"

        redis.start()  # the same port and data directory: what it held comes back
        assert redis_pending() == VISITS_PER_PHASE
        phase("again")
        assert redis_pending() == 2 * VISITS_PER_PHASE, "counting did not return to Redis"
        assert db_total() == VISITS_PER_PHASE
        status, figures = beacon(server.port)
        assert status == 200
    finally:
        server.stop()
        redis.stop()

    outcomes = {}
    for name, path, status in statuses:
        key = f"{name} {'beacon' if path == BEACON else 'page'} {status}"
        outcomes[key] = outcomes.get(key, 0) + 1
    acked = sum(1 for a in submissions if a.outcome == "acknowledged")
    print(
        f"\n[Redis down] {outcomes}; submissions {len(submissions)}, acknowledged {acked}; "
        f"beacon total {figures['total']}"
    )
    assert [s for s in statuses if s[2] != 200] == []
    assert acked == len(submissions) == 3 * SUBMISSIONS_PER_PHASE
    # every visit counted once: the database's share plus Redis' pending deltas (+1: the last)
    assert figures["total"] == 3 * VISITS_PER_PHASE + 1
