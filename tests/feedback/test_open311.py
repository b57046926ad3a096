"""Open311 GeoReport v2: every method in JSON (validated by a schema written from the spec) and XML."""

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from django.urls import reverse

from cchc.feedback.apikeys import api_key_create
from cchc.feedback.models import Feedback

pytestmark = pytest.mark.django_db
SCHEMA = json.loads((Path(__file__).parent / "data" / "open311_schema.json").read_text())
PERSONAL = [
    "Nguyễn Thị Hoa",
    "12 Lê Lợi",
    "0912345678",
    "hoa.nguyen@example.com",
    "Trịnh Công Sơn",
    "0988000111",
]


def validate(data, definition):
    schema = {
        "$schema": SCHEMA["$schema"],
        "$defs": SCHEMA["$defs"],
        "$ref": f"#/$defs/{definition}",
    }
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def published(make_feedback, flow):
    return flow(
        make_feedback(
            content="Tôi là Nguyễn Thị Hoa (0912345678), hồ sơ chậm 15 ngày.",
            lat=10.123456,
            lng=105.654321,
            location_text="Phường 1",
        ),
        "published",
    )


def get(client, name, *args, **params):
    return client.get(reverse(f"feedback:open311-{name}", args=args), params)


def test_schema_itself_is_valid():
    """The schema file is a valid JSON Schema 2020-12 document."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_discovery_json_and_xml(client):
    """discovery.json validates; discovery.xml lists the GeoReport v2 endpoint and formats."""
    data = get(client, "discovery", "json").json()
    validate(data, "discovery")
    root = ET.fromstring(get(client, "discovery", "xml").content)
    assert root.tag == "discovery"
    assert (
        root.find("endpoints/endpoint/specification").text == "http://wiki.open311.org/GeoReport_v2"
    )
    assert [f.text for f in root.findall("endpoints/endpoint/formats/format")] == [
        "text/xml",
        "application/json",
    ]


def test_services_and_definition(client, category):
    """services.json lists categories as services; services/{code} gives the definition; unknown = 404."""
    data = get(client, "services", "json").json()
    validate(data, "services")
    assert data[0]["service_code"] == "xay-dung" and data[0]["service_name"] == "Xây dựng, đô thị"
    root = ET.fromstring(get(client, "services", "xml").content)
    assert root.tag == "services" and root.find("service/service_code").text == "xay-dung"
    definition = get(client, "service", "xay-dung", "json").json()
    validate(definition, "service_definition")
    assert (
        ET.fromstring(get(client, "service", "xay-dung", "xml").content).tag == "service_definition"
    )
    missing = get(client, "service", "khong-co", "json")
    assert missing.status_code == 404
    validate(missing.json(), "errors")


def test_requests_list_filters_and_privacy(client, published, make_feedback, users):
    """requests.json validates; status/service_code filters work; unpublished descriptions and all personal data are absent."""
    open_case = make_feedback(
        subject="Chưa công khai",
        content="Nội dung riêng của Trịnh Công Sơn 0988000111",
        submitter_name="Trịnh Công Sơn",
        submitter_phone="0988000111",
    )
    spam = make_feedback(content="casino http://a.example http://b.example http://c.example")
    response = get(client, "requests", "json")
    data = response.json()
    validate(data, "requests")
    ids = {r["service_request_id"]: r for r in data}
    assert published.code in ids and open_case.code in ids and spam.code not in ids
    assert ids[published.code]["status"] == "closed"
    assert ids[published.code]["agency_responsible"] == "Sở Xây dựng"
    assert ids[published.code]["lat"] == pytest.approx(10.123)  # rounded: ~100 m
    assert ids[open_case.code]["status"] == "open" and ids[open_case.code]["description"] == ""
    assert ids[open_case.code]["lat"] is None
    raw = response.content.decode("utf-8")
    for value in PERSONAL:
        assert value not in raw
    assert [
        r["service_request_id"] for r in get(client, "requests", "json", status="open").json()
    ] == [open_case.code]
    assert [
        r["service_request_id"] for r in get(client, "requests", "json", status="closed").json()
    ] == [published.code]
    assert get(client, "requests", "json", service_code="khac").json() == []
    assert (
        get(
            client,
            "requests",
            "json",
            start_date="2000-01-01T00:00:00+07:00",
            end_date="2000-12-31T00:00:00+07:00",
        ).json()
        == []
    )
    bad = get(client, "requests", "json", start_date="hôm qua")
    assert bad.status_code == 400
    validate(bad.json(), "errors")
    xml = get(client, "requests", "xml")
    root = ET.fromstring(xml.content)
    assert root.tag == "service_requests" and len(root.findall("request")) == 2
    for value in PERSONAL:
        assert value not in xml.content.decode("utf-8")


def test_request_detail(client, published):
    """requests/{id}.json returns one request; unknown id is 404."""
    data = get(client, "request", published.code, "json").json()
    validate(data, "requests")
    assert len(data) == 1 and data[0]["service_request_id"] == published.code
    assert "[đã ẩn]" in data[0]["description"] and "0912345678" not in data[0]["description"]
    root = ET.fromstring(get(client, "request", published.code, "xml").content)
    assert root.find("request/status").text == "closed"
    assert get(client, "request", "PAKN-1999-000001", "json").status_code == 404


def test_post_request_with_api_key(client, category):
    """POST with a valid api_key creates a case (channel open311) and answers 201; the key is stored hashed."""
    key_obj, key = api_key_create(name="Ứng dụng thử")
    assert key not in key_obj.key_hash
    url = reverse("feedback:open311-requests", args=["json"])
    response = client.post(
        url,
        {
            "api_key": key,
            "service_code": "xay-dung",
            "lat": "10.5",
            "long": "105.25",
            "description": "Công trình xây dựng lấn chiếm vỉa hè trên đường Nguyễn Huệ.",
            "first_name": "Sơn",
            "last_name": "Trịnh",
            "email": "son@example.com",
        },
    )
    assert response.status_code == 201
    data = response.json()
    validate(data, "post_response")
    fb = Feedback.objects.get(code=data[0]["service_request_id"])
    assert (
        fb.channel == "open311" and fb.submitter_email == "son@example.com" and fb.lat is not None
    )
    xml = client.post(
        reverse("feedback:open311-requests", args=["xml"]),
        {
            "api_key": key,
            "service_code": "xay-dung",
            "address_string": "Chợ phường 3",
            "description": "Họp chợ lấn chiếm lòng đường.",
        },
    )
    assert xml.status_code == 201 and ET.fromstring(xml.content).find(
        "request/service_request_id"
    ).text.startswith("PAKN-")


@pytest.mark.parametrize(
    "data,status",
    [
        ({"service_code": "xay-dung", "lat": "10", "long": "105", "description": "x"}, 403),
        (
            {
                "api_key": "sai.khoa",
                "service_code": "xay-dung",
                "lat": "10",
                "long": "105",
                "description": "x",
            },
            403,
        ),
        (
            {
                "api_key": "KEY",
                "service_code": "khong-co",
                "lat": "10",
                "long": "105",
                "description": "Mô tả đủ dài",
            },
            400,
        ),
        ({"api_key": "KEY", "service_code": "xay-dung", "description": "Thiếu vị trí"}, 400),
        (
            {
                "api_key": "KEY",
                "service_code": "xay-dung",
                "lat": "abc",
                "long": "105",
                "description": "Vị trí sai",
            },
            400,
        ),
        (
            {
                "api_key": "KEY",
                "service_code": "xay-dung",
                "lat": "10",
                "long": "105",
                "description": "",
            },
            400,
        ),
    ],
)
def test_post_request_errors(client, category, data, status):
    """Missing/invalid key → 403; bad service, location or description → 400 with an Open311 error array."""
    _, key = api_key_create(name="App")
    data = {k: (key if v == "KEY" else v) for k, v in data.items()}
    response = client.post(reverse("feedback:open311-requests", args=["json"]), data)
    assert response.status_code == status
    validate(response.json(), "errors")
    assert Feedback.objects.count() == 0
