"""Issue 12, points 4–6: NUL bytes, control characters and date overflow at every edge.

Run on SQLite and on PostgreSQL (DATABASE_URL=postgres://...): PostgreSQL is where a NUL
reaching a query used to give 500 ("A string literal cannot contain NUL characters").
"""

import json
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from cchc.feedback.apikeys import api_key_create
from cchc.feedback.models import Feedback

NUL_GETS = [
    "/van-ban/?q=a%00b",
    "/van-ban/?co_quan=%00",
    "/van-ban/?q%00=x",
    "/van-ban/%00/",
    "/van-ban/abc%00def/",
    "/phan-anh-kien-nghi/?q=%00",
    "/phan-anh-kien-nghi/tra-cuu/?ma=%00",
    "/tim-kiem/?q=%00",
    "/tim-kiem/?q=a%00",
    "/tin-tuc/?trang=%00",
    "/danh-ba/?q=%00",
    "/%00",
    "/open311/v2/requests.json?service_code=%00",
    "/open311/v2/requests.json?status=%00",
    "/open311/v2/requests.json?start_date=2026-01-01T00:00:00%00",
    "/open311/v2/requests.json?service_request_id=%00",
    "/open311/v2/requests/%00.json",
    "/open311/v2/services/%00.json",
    "/open311/v2/requests.xml?service_code=%00",
]


NUL_PATHS = {
    "/van-ban/%00/",
    "/van-ban/abc%00def/",
    "/%00",
    "/open311/v2/requests/%00.json",
    "/open311/v2/services/%00.json",
}


def expected_status(url: str) -> int:
    return 400 if url in NUL_PATHS else 200


@pytest.mark.django_db
@pytest.mark.parametrize("url", NUL_GETS)
def test_nul_in_url_never_gives_500(client, news_index, category, url):
    """A NUL in the path is refused (400); in a query parameter it is dropped and the page
    answers normally (200: every page listed exists in this site). Never 500."""
    response = client.get(url)
    assert response.status_code == expected_status(url), response.status_code
    if url in NUL_PATHS and url.endswith(".json"):
        assert response.json()[0]["code"] == 400
    if "open311" in url and url.split("?")[0].endswith(".xml"):
        ET.fromstring(response.content)


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("url", NUL_GETS)
def test_nul_in_url_on_postgres(client, news_index, category, url):
    """The same on PostgreSQL, where a NUL in a query parameter raised DataError (500)."""
    assert client.get(url).status_code == expected_status(url)


def test_nul_in_query_reaches_the_view_cleaned():
    from django.http import HttpResponse
    from django.test import RequestFactory

    from cchc.core.middleware import InputCleaningMiddleware

    seen = {}

    def view(request):
        seen.update(request.GET.lists())
        return HttpResponse("ok")

    InputCleaningMiddleware(view)(RequestFactory().get("/van-ban/?q=a%00b&co_quan=%00&x%00y=1"))
    assert seen == {"q": ["ab"], "co_quan": [""], "xy": ["1"]}


NUL_POSTS = [
    ("/phan-anh-kien-nghi/gui/", {"subject": "a\x00b", "content": "x"}),
    ("/phan-anh-kien-nghi/gui/", {"ho_ten\x00": "x"}),
    ("/phan-anh-kien-nghi/tra-cuu/", {"ma": "\x00", "lien_he": "0912"}),
    ("/open311/v2/requests.json", {"api_key": "\x00", "service_code": "x"}),
    ("/open311/v2/requests.xml", {"description": "a\x00"}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "data"), NUL_POSTS)
def test_nul_in_form_post_is_refused(client, home_page, url, data):
    client.handler.enforce_csrf_checks = False
    response = client.post(url, data)
    assert response.status_code == 400


@pytest.mark.django_db
def test_nul_in_multipart_post_is_refused(client, home_page):
    response = client.post("/phan-anh-kien-nghi/gui/", {"subject": "x\x00", "file": b""})
    assert response.status_code == 400


@pytest.mark.django_db
def test_open311_post_controls_are_stripped_and_listing_stays_valid_xml(client, category):
    """A description with control characters is stored without them; requests.xml parses."""
    _obj, key = api_key_create(name="Thử")
    response = client.post(
        reverse("feedback:open311-requests", args=["json"]),
        {
            "api_key": key,
            "service_code": category.code,
            "address_string": "Chợ\x0b phường 3",
            "description": "Họp chợ\x0b lấn\x1b[31m chiếm\x07 lòng đường\x01.",
        },
    )
    assert response.status_code == 201, response.content
    fb = Feedback.objects.get(code=response.json()[0]["service_request_id"])
    assert fb.content == "Họp chợ\n lấn[31m chiếm lòng đường."
    ET.fromstring(client.get("/open311/v2/requests.xml").content)


@pytest.mark.django_db
def test_open311_xml_valid_even_if_stored_text_has_controls(client, make_feedback, flow):
    """Output escape: rows stored before input cleaning still give well-formed XML."""
    fb = flow(make_feedback(content="Nội dung\x0b có ký tự\x1f lạ."), "published")
    Feedback.objects.filter(pk=fb.pk).update(
        public_content="Cũ\x0b\x02 dữ liệu", answer="Trả lời\x0c\x1b"
    )
    root = ET.fromstring(client.get("/open311/v2/requests.xml").content)
    assert root.find("request/description").text == "Cũ\n dữ liệu"


OVERFLOW_DATES = [
    {"start_date": "0001-01-01T00:00:00"},
    {"start_date": "0001-01-01T00:00:00+14:00"},
    {"end_date": "9999-12-31T23:59:59-07:00"},
    {"end_date": "9999-12-31T23:59:59"},
    {"start_date": "1899-12-31T23:59:59Z"},
    {"start_date": "2200-01-01T00:00:00Z"},
    {"start_date": "0001-01-01T00:00:00", "end_date": "9999-12-31T23:59:59-07:00"},
    {"start_date": "2026-13-45T00:00:00"},
    {"start_date": "2026-01-01T25:61:00"},
    {"start_date": "99999-01-01T00:00:00"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("params", OVERFLOW_DATES)
def test_open311_out_of_range_dates_are_400_in_open311_format(client, category, params, fmt):
    response = client.get(f"/open311/v2/requests.{fmt}", params)
    assert response.status_code == 400
    if fmt == "json":
        assert response.json()[0]["code"] == 400
    else:
        root = ET.fromstring(response.content)
        assert root.tag == "errors" and root.find("error/code").text == "400"


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("params", OVERFLOW_DATES)
def test_open311_out_of_range_dates_on_postgres(client, category, params):
    assert client.get("/open311/v2/requests.json", params).status_code == 400


@pytest.mark.django_db
def test_open311_dates_at_the_edges_of_the_window_are_accepted(client, category):
    response = client.get(
        "/open311/v2/requests.json",
        {"start_date": "1900-01-02T00:00:00+07:00", "end_date": "2199-12-30T23:59:59-07:00"},
    )
    assert response.status_code == 200 and json.loads(response.content) == []
