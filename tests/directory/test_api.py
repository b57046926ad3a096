"""JSON API: /api/v1/danh-ba/ and /api/v1/danh-ba/<slug>/, public fields only."""

import json

from cchc.directory import services
from cchc.directory.models import Agency


def _get(client, url, **params):
    response = client.get(url, params)
    assert response["Content-Type"].startswith("application/json")
    return response, json.loads(response.content)


def test_list(client, tree):
    """Lists active agencies with parent codes and public contact fields."""
    response, data = _get(client, "/api/v1/danh-ba/")
    assert response.status_code == 200
    assert data["count"] == 5
    snv = next(item for item in data["results"] if item["code"] == "SNV")
    assert snv["parent"]["code"] == "TINH"
    assert snv["phone"] == "0200 5550 101"
    assert snv["url"].endswith("/danh-ba/so-noi-vu/")
    assert snv["status"] == "active" and snv["successor"] is None


def test_list_search(client, tree):
    _, data = _get(client, "/api/v1/danh-ba/", q="dong lua")
    assert [item["code"] for item in data["results"]] == ["H-DL"]


def test_detail_only_public_leader_fields(client, tree, leader):
    """Leaders carry only published contacts; publish flags and private values never leak."""
    response, data = _get(client, "/api/v1/danh-ba/so-noi-vu/")
    assert response.status_code == 200
    person = data["leaders"][0]
    assert person["full_name"] == "Nguyễn Văn An"
    assert person["office_phone"] == "0200 5552 001"
    assert person["mobile"] is None
    assert set(person) == {"id", "full_name", "title", "office_phone", "mobile", "email"}
    assert "0500 555 001" not in response.content.decode()


def test_merged_agency_includes_successor(client, tree):
    """A merged agency is returned (no redirect) with its status and successor."""
    services.agency_merge(agency=tree["stp"], successor=tree["snv"], actor=None)
    _, data = _get(client, "/api/v1/danh-ba/so-tu-phap/")
    assert data["status"] == Agency.Status.MERGED
    assert data["successor"]["code"] == "SNV"
    assert data["final_successor"]["slug"] == "so-noi-vu"
    _, data = _get(client, "/api/v1/danh-ba/so-noi-vu/")
    assert [p["code"] for p in data["predecessors"]] == ["STP"]
    _, listing = _get(client, "/api/v1/danh-ba/", status="all")
    assert any(
        item["code"] == "STP" and item["successor"]["code"] == "SNV" for item in listing["results"]
    )


def test_detail_404(client, tree):
    response, data = _get(client, "/api/v1/danh-ba/khong-co/")
    assert response.status_code == 404
