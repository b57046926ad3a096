"""Rate limits that do not block honest people (issue 11, point 7)."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from cchc.feedback import ratelimit
from cchc.feedback.models import Feedback

from .test_views_public import form_data

pytestmark = pytest.mark.django_db


def test_invalid_submissions_do_not_count(client, home_page, category, settings):
    """Form errors are not attempts: after many invalid posts the person can still submit."""
    settings.FEEDBACK_RATE_LIMITS = {"submit_ip": (2, 3600), "submit_contact": (2, 3600)}
    url = reverse("feedback:submit")
    for _ in range(5):
        response = client.post(url, form_data(category, subject=""))
        assert response.status_code == 400
    response = client.post(url, form_data(category))
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize("variant", ["0911.222.333", "+84 911 222 333", "0911222333"])
def test_phone_variants_are_one_contact(variant):
    """The three spellings of one mobile number give one rate-limit key."""
    assert ratelimit.normalise_contact(variant) == "0911222333"
    assert ratelimit.normalise_contact(" Hoa.Nguyen@Example.COM ") == "hoa.nguyen@example.com"


def test_per_contact_limit_sees_through_spelling(client, home_page, category, settings):
    """Changing dots and +84 does not dodge the per-contact limit."""
    settings.FEEDBACK_RATE_LIMITS = {"submit_contact": (2, 3600), "submit_ip": (100, 3600)}
    url = reverse("feedback:submit")
    spellings = ["0911.222.333", "+84 911 222 333", "0911222333"]
    codes = [
        client.post(url, form_data(category, submitter_phone=p, submitter_email="")).status_code
        for p in spellings
    ]
    assert codes == [302, 302, 429]


def test_shared_carrier_address_lets_many_people_submit(client, home_page, category):
    """Fifteen different people behind one carrier address (CGNAT) all get through with the
    default limits; the old per-address limit of 10 blocked the eleventh."""
    url = reverse("feedback:submit")
    for n in range(15):
        data = form_data(
            category, submitter_phone=f"0912 000 {n:03d}", submitter_email=f"p{n}@example.com"
        )
        assert client.post(url, data, REMOTE_ADDR="100.64.0.1").status_code == 302
    assert Feedback.objects.count() == 15


def test_per_contact_limit_applies_behind_shared_address(client, home_page, category, settings):
    """On a shared address one contact is stopped by its own limit, others still pass."""
    settings.FEEDBACK_RATE_LIMITS = {"submit_contact": (1, 3600), "submit_ip": (50, 3600)}
    url = reverse("feedback:submit")
    assert client.post(url, form_data(category), REMOTE_ADDR="100.64.0.1").status_code == 302
    assert client.post(url, form_data(category), REMOTE_ADDR="100.64.0.1").status_code == 429
    other = form_data(category, submitter_phone="0987654321", submitter_email="lan@example.com")
    assert client.post(url, other, REMOTE_ADDR="100.64.0.1").status_code == 302


def test_forwarded_header_ignored_without_trusted_proxy(settings):
    """With no proxy declared, X-Forwarded-For is client-supplied and ignored."""
    settings.CCHC_TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get(
        "/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.1"
    )
    assert ratelimit.client_ip(request) == "203.0.113.9"


def test_forwarded_header_used_with_trusted_proxy(settings):
    """One trusted proxy: the right-most entry is the client; forged left entries are ignored."""
    settings.CCHC_TRUSTED_PROXY_COUNT = 1
    settings.CCHC_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7"
    )
    assert ratelimit.client_ip(request) == "198.51.100.7"
    settings.CCHC_TRUSTED_PROXY_COUNT = 2
    assert ratelimit.client_ip(request) == "1.2.3.4"
    settings.CCHC_TRUSTED_PROXY_HEADER = "X-Real-IP"
    settings.CCHC_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP="198.51.100.8")
    assert ratelimit.client_ip(request) == "198.51.100.8"


def test_garbage_forwarded_header_falls_back(settings):
    """A header too short or not an address falls back to REMOTE_ADDR."""
    settings.CCHC_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="nonsense")
    assert ratelimit.client_ip(request) == "10.0.0.2"


def test_submit_limit_keys_on_proxy_client(client, home_page, category, settings):
    """Behind a trusted proxy, two clients sharing the proxy's REMOTE_ADDR count apart."""
    settings.CCHC_TRUSTED_PROXY_COUNT = 1
    settings.FEEDBACK_RATE_LIMITS = {"submit_ip": (1, 3600), "submit_contact": (100, 3600)}
    url = reverse("feedback:submit")

    def post(ip, n):
        data = form_data(category, submitter_phone=f"0912 111 {n:03d}", submitter_email="")
        return client.post(url, data, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=ip).status_code

    assert post("198.51.100.1", 1) == 302
    assert post("198.51.100.2", 2) == 302
    assert post("198.51.100.1", 3) == 429
