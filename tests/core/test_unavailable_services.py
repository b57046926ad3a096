"""A database or Redis that cannot be reached gives a retryable answer or degrades, never a
500 (issue 12 point 15). The fault tests (tests/faults/) do the same with real servers
killed and restarted; these run in the ordinary suite, with no service at all."""

import socket

import pytest
from django.db import OperationalError
from django.test import Client


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def crashing_client(db):
    return Client(raise_request_exception=False)


def test_database_down_is_a_503_with_retry_after(crashing_client, monkeypatch):
    """The connection broke: 503, Retry-After, the translated page (no traceback)."""

    def down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("cchc.feedback.selectors.feedback_list_public", down)
    response = crashing_client.get("/phan-anh-kien-nghi/")
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    body = response.content.decode()
    assert "Mã lỗi 503" in body
    assert "Traceback" not in body


def test_a_driver_error_raised_unwrapped_is_a_503_too(crashing_client, monkeypatch):
    from django.db import connection

    def down(*args, **kwargs):
        raise connection.Database.OperationalError("connection refused")

    monkeypatch.setattr("cchc.feedback.selectors.feedback_list_public", down)
    assert crashing_client.get("/phan-anh-kien-nghi/").status_code == 503


def test_a_missing_table_is_a_500_not_a_wait(crashing_client, monkeypatch):
    """SQLite says "no such table" with OperationalError: a deployment bug, not an outage."""

    def unmigrated(*args, **kwargs):
        raise OperationalError("no such table: feedback_feedback")

    monkeypatch.setattr("cchc.feedback.selectors.feedback_list_public", unmigrated)
    assert crashing_client.get("/phan-anh-kien-nghi/").status_code == 500


def test_other_errors_stay_500(crashing_client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("cchc.feedback.selectors.feedback_list_public", broken)
    response = crashing_client.get("/phan-anh-kien-nghi/")
    assert response.status_code == 500
    assert "Retry-After" not in response


def test_redis_cache_down_degrades_to_misses():
    from cchc.core.cache import DegradingRedisCache

    cache = DegradingRedisCache(f"redis://127.0.0.1:{_closed_port()}/0", {})
    assert cache.get("k", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("k", 1) is False
    cache.set("k", 1)
    assert cache.set_many({"a": 1}) == ["a"]
    assert cache.has_key("k") is False
    assert cache.get_or_set("k", lambda: "computed") == "computed"
    with pytest.raises(ValueError):
        cache.incr("k")
    cache.delete("k")


def test_rate_limits_fail_open_while_redis_is_down(settings):
    """A submission is not refused because the counter cannot be reached."""
    from django.core.cache import caches

    from cchc.feedback import ratelimit

    settings.CACHES = {
        "default": {
            "BACKEND": "cchc.core.cache.DegradingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{_closed_port()}/0",
        }
    }
    settings.FEEDBACK_RATE_LIMIT_ENABLED = True
    try:
        assert ratelimit.hit("submit_ip", "203.0.113.7") is True
    finally:
        caches["default"].close()


@pytest.mark.django_db
def test_visits_count_in_the_database_while_redis_is_down(settings):
    from cchc.portal import visitors
    from cchc.portal.models import VisitCounter

    settings.REDIS_URL = f"redis://127.0.0.1:{_closed_port()}/0"
    visitors._redis_client.cache_clear()
    try:
        cookies = visitors.count_page_view({})
        visitors.record_visit_started()
        stats = visitors.get_stats()
    finally:
        visitors._redis_client.cache_clear()
    assert {name for name, _value, _age in cookies} >= {visitors.VISITOR_COOKIE}
    assert VisitCounter.objects.get(key=visitors.TOTAL_KEY).value == 2
    assert stats.total == 2
    assert stats.online == 1
