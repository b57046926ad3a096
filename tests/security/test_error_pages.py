"""Issue 12, point 10: error pages are translated, styled pages, never bare English."""

import pytest
from django.conf import settings
from django.db import connections
from django.test import Client
from django.utils import translation

from cchc.core import errors

ENGLISH_BARE = ["Bad Request", "Forbidden", "Not Found", "Server Error", "CSRF verification failed"]


def _assert_page(response, status, vietnamese):
    html = response.content.decode()
    assert response.status_code == status
    assert vietnamese in html, html[:500]
    assert 'rel="stylesheet"' in html and "<html lang=" in html
    for text in ENGLISH_BARE:
        assert text not in html


@pytest.mark.django_db
def test_400_from_nul_is_the_translated_page(client, home_page):
    _assert_page(client.get("/van-ban/%00/"), 400, "Yêu cầu không hợp lệ")


@pytest.mark.django_db
def test_400_in_english_when_chosen(client, home_page):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/van-ban/%00/")
    assert response.status_code == 400 and "Bad request" in response.content.decode()


@pytest.mark.django_db
def test_404_page(client, home_page):
    response = client.get("/khong-co-trang-nay/")
    _assert_page(response, 404, "Không tìm thấy trang")
    assert 'name="robots" content="noindex"' in response.content.decode()


@pytest.mark.django_db
def test_403_page(client, home_page):
    response = errors.permission_denied(_request(client), None)
    _assert_page(response, 403, "Không có quyền truy cập")


def _request(client):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = __import__(
        "django.contrib.auth.models", fromlist=["AnonymousUser"]
    ).AnonymousUser()
    request.session = {}
    return request


@pytest.mark.django_db
def test_405_page_keeps_allow_header(client, home_page):
    response = client.put("/phan-anh-kien-nghi/webhook/zalo/")
    _assert_page(response, 405, "Phương thức không được hỗ trợ")
    assert "POST" in response["Allow"]


@pytest.mark.django_db
def test_413_page_for_too_big_body(client, home_page, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post("/phan-anh-kien-nghi/tra-cuu/", {"ma": "x" * 5000})
    _assert_page(response, 413, "Dữ liệu gửi lên quá lớn")


@pytest.mark.django_db
def test_429_page_for_empty_rate_limited_response(client, home_page, settings):
    from django.http import HttpResponse

    middleware = errors.ErrorPageMiddleware(lambda request: HttpResponse(status=429))
    request = _request(client)
    response = middleware(request)
    html = response.content.decode()
    assert response.status_code == 429 and "Quá nhiều yêu cầu" in html


@pytest.mark.django_db
def test_machine_paths_keep_their_bodies(client, category):
    response = client.get("/open311/v2/requests.json", {"start_date": "0001-01-01T00:00:00"})
    assert response.status_code == 400 and response.json()[0]["code"] == 400


@pytest.mark.django_db
def test_csrf_failure_is_translated(home_page):
    # the language switch is CSRF-exempt (decision 0003); the feedback form is not
    client = Client(enforce_csrf_checks=True)
    response = client.post("/phan-anh-kien-nghi/gui/", {"title": "x"})
    _assert_page(response, 403, "Phiên làm việc đã hết hạn")


def test_500_needs_no_database(monkeypatch):
    """The 500 page renders with every database connection refusing to work."""

    def refuse(*args, **kwargs):
        raise AssertionError("the 500 page touched the database")

    for alias in connections:
        monkeypatch.setattr(connections[alias], "cursor", refuse)
    with translation.override("vi"):
        response = errors.server_error(None)
    html = response.content.decode()
    assert response.status_code == 500 and "Hệ thống đang gặp sự cố" in html
    assert "css/site.css" in html and "Server Error" not in html
    with translation.override("en"):
        assert "The system is having a problem" in errors.server_error(None).content.decode()


@pytest.mark.django_db
def test_a_failing_page_falls_back_to_the_standalone_page(monkeypatch, client):
    monkeypatch.setattr(errors, "render", lambda *a, **k: 1 / 0)
    response = errors.page_not_found(_request(client), None)
    assert response.status_code == 404 and "Không thể hiển thị trang" in response.content.decode()


def test_django_validation_messages_are_vietnamese():
    """Django ships some validators untranslated in vi: the project supplies them."""
    from django import forms

    with translation.override("vi"):
        field = forms.CharField()
        with pytest.raises(forms.ValidationError) as info:
            field.clean("a\x00b")
        assert info.value.messages == ["Không được dùng ký tự NUL (ký tự rỗng)."]
        with pytest.raises(forms.ValidationError) as info:
            forms.IntegerField().clean("x")
        assert info.value.messages == ["Nhập một số nguyên."]
