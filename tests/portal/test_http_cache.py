"""The shared HTTP cache: which responses it may keep, and purging when content changes.

Anonymous public pages are marked ``public, s-maxage``; anything for a signed-in user, with
a CSRF token, or setting a cookie is ``private, no-store``. The Varnish tests run the real
cache of ``deploy/varnish/cchc.vcl`` in front of a live server.
"""

import http.server
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import transaction

from cchc.portal import cache
from tests.varnish_support import fetch, start_varnish

ROOT = Path(__file__).resolve().parents[2]
READER = {"HTTP_USER_AGENT": "Mozilla/5.0 Firefox/130", "HTTP_ACCEPT": "text/html"}


def is_public(response) -> bool:
    return "public" in response.get("Cache-Control", "") and "s-maxage" in response.get(
        "Cache-Control", ""
    )


def is_private(response) -> bool:
    value = response.get("Cache-Control", "")
    return "private" in value and "no-store" in value


@pytest.mark.django_db
def test_anonymous_public_pages_are_shareable(client, make_article):
    article = make_article("Bài cho bộ nhớ đệm")
    for url in ("/", "/tin-tuc/", article.url):
        response = client.get(url, **READER)
        assert response.status_code == 200, url
        assert is_public(response), (url, response.get("Cache-Control"))
        assert not response.cookies, url


@pytest.mark.django_db
def test_the_language_switch_carries_no_csrf_token_so_pages_stay_shareable(client, home_page):
    html = client.get("/", **READER).content.decode()
    assert 'class="lang-switch"' in html
    assert "csrfmiddlewaretoken" not in html


@pytest.mark.django_db
def test_pages_for_signed_in_users_are_private(client, home_page, admin_user):
    client.force_login(admin_user)
    response = client.get("/", **READER)
    assert response.status_code == 200
    assert is_private(response)


@pytest.mark.django_db
def test_forms_with_a_csrf_token_are_private(client, home_page):
    response = client.get("/phan-anh-kien-nghi/gui/", **READER)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert is_private(response)


@pytest.mark.django_db
def test_admin_api_and_beacon_are_never_shared(client, home_page):
    for url in ("/quan-tri/login/", "/api/v1/luot-truy-cap/", "/api/v1/danh-ba/"):
        response = client.get(url, **READER)
        assert not is_public(response), (url, response.get("Cache-Control"))


# ---------------------------------------------------------------- purging


class BanRecorder:
    """A tiny HTTP server standing in for the cache: records BAN requests."""

    def __init__(self):
        self.bans = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_BAN(self):  # noqa: N802 - HTTP method name
                recorder.bans.append(self.path)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


@pytest.fixture
def bans(settings):
    recorder = BanRecorder()
    settings.CCHC_CACHE_PURGE_URL = recorder.url
    yield recorder.bans
    recorder.close()


@pytest.mark.django_db(transaction=True)
def test_publishing_unpublishing_and_deleting_a_page_purge(bans, make_article):
    article = make_article("Bài sẽ gỡ")
    assert len(bans) >= 1
    before = len(bans)
    article.unpublish()
    assert len(bans) == before + 1
    article.delete()
    assert len(bans) == before + 2


@pytest.mark.django_db(transaction=True)
def test_a_draft_save_or_a_counted_visit_does_not_purge(bans, make_article, client):
    article = make_article("Bài nháp")
    before = len(bans)
    article.title = "Bài nháp sửa"
    article.save_revision()
    client.post("/api/v1/luot-truy-cap/", HTTP_USER_AGENT="Mozilla/5.0 Firefox/130")
    assert len(bans) == before


@pytest.mark.django_db(transaction=True)
def test_site_settings_and_portlets_purge_once_per_transaction(bans, home_page):
    from wagtail.models import Site

    from cchc.portal.models import OrganisationSettings, Portlet

    settings_obj = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    before = len(bans)
    with transaction.atomic():
        settings_obj.organisation_name = "Ủy ban nhân dân tỉnh Thử nghiệm"
        settings_obj.save()
        Portlet.objects.create(title="Liên kết", kind=Portlet.Kind.TEXT, body="<p>x</p>")
        assert len(bans) == before  # nothing before the commit
    assert len(bans) == before + 1


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_does_not_purge(bans, home_page):
    from cchc.portal.models import Portlet

    before = len(bans)
    with pytest.raises(RuntimeError), transaction.atomic():
        Portlet.objects.create(title="Liên kết", kind=Portlet.Kind.TEXT, body="<p>x</p>")
        raise RuntimeError
    assert len(bans) == before


def test_a_cache_that_is_down_never_breaks_a_save(settings):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.CCHC_CACHE_PURGE_URL = f"http://127.0.0.1:{port}"  # nothing listens there
    assert cache.ban_site() is False


# ---------------------------------------------------------------- through real Varnish


@pytest.fixture
def varnish(live_server, settings):
    yield from start_varnish(live_server, settings)


@pytest.mark.varnish
@pytest.mark.django_db(transaction=True)
def test_through_varnish_public_pages_hit_and_publishing_shows_within_a_second(
    varnish, make_article
):
    article = make_article("Tin đầu tiên qua bộ nhớ đệm")
    fetch(varnish + article.url)
    headers, body = fetch(varnish + article.url)
    assert headers["X-Cache"] == "HIT"
    assert "Tin đầu tiên qua bộ nhớ đệm" in body

    article.title = "Tin đã sửa sau khi duyệt"
    article.save_revision().publish()
    time.sleep(1)
    headers, body = fetch(varnish + article.url)
    assert "Tin đã sửa sau khi duyệt" in body
    _, home = fetch(varnish + "/")
    assert "Tin đã sửa sau khi duyệt" in home


@pytest.mark.varnish
@pytest.mark.django_db(transaction=True)
def test_through_varnish_a_signed_in_page_is_never_given_to_an_anonymous_reader(
    varnish, home_page, admin_user, client
):
    client.force_login(admin_user)
    session = client.cookies["sessionid"].value
    headers, body = fetch(varnish + "/", cookie=f"sessionid={session}")
    assert headers["X-Cache"] == "MISS"
    headers, body = fetch(varnish + "/")
    assert headers["X-Cache"] == "MISS"  # the signed-in copy was not stored
    headers, _ = fetch(varnish + "/phan-anh-kien-nghi/gui/")
    headers, form = fetch(varnish + "/phan-anh-kien-nghi/gui/")
    assert headers["X-Cache"] == "MISS"  # a form with a CSRF token is never kept
    assert "csrfmiddlewaretoken" in form


@pytest.mark.varnish
@pytest.mark.django_db(transaction=True)
def test_through_varnish_the_beacon_counts_every_view_of_a_cached_page(varnish, home_page):
    from cchc.portal import visitors

    fetch(varnish + "/")
    for _ in range(5):
        headers, _ = fetch(varnish + "/")  # five readers, the page from the cache
        assert headers["X-Cache"] == "HIT"
        request = urllib.request.Request(
            varnish + "/api/v1/luot-truy-cap/",
            data=b"",
            method="POST",
            headers={"User-Agent": "Mozilla/5.0 Firefox/130"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            assert response.headers["X-Cache"] == "MISS"
    assert visitors.get_stats().total == 5
