"""core.pending: what waits between a preview and its confirmation lives in the cache,
bound to one user, handed out once."""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

from cchc.core.pending import pending_put, pending_take


@pytest.fixture
def users(db):
    cache.clear()
    yield User.objects.create_user("a", password="x"), User.objects.create_user("b", password="x")
    cache.clear()


def test_payload_is_handed_out_once_to_its_user(users):
    a, b = users
    token = pending_put("test", user=a, payload=b"PK\x03\x04 data")
    assert pending_take("test", token, user=b) is None  # another user's token
    assert pending_take("other", token, user=a) is None  # another namespace
    assert pending_take("test", token, user=a) == b"PK\x03\x04 data"
    assert pending_take("test", token, user=a) is None  # used up


def test_unknown_or_empty_tokens_give_nothing(users):
    a, _ = users
    assert pending_take("test", "", user=a) is None
    assert pending_take("test", "x" * 500, user=a) is None
    assert pending_take("test", "../../etc/passwd", user=a) is None
