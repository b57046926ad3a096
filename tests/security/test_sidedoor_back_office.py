"""Side doors of the back office and of owner-only pages, for the three outsiders: a
communication plan not made public (and the internal notes of a public one), the leaders'
index dashboard, the plan officers' pages, the rating page of a survey token that does not
exist, another person's online filing and payment (by a made-up key), the feedback
officers' queue and case pages. Each answers sign-in, 403 or 404, never the content.
"""

from __future__ import annotations

import uuid

import pytest

from cchc.plans.models import CommunicationPlan
from tests.factories import make_agency
from tests.security.sidedoors import OUTSIDERS, assert_absent, outsider_client

pytestmark = pytest.mark.django_db

HIDDEN_PLAN = "Kế hoạch truyền thông chưa công khai năm sau"
NOTES = "Ghi chú nội bộ: chưa đủ kinh phí in tờ rơi"


@pytest.fixture
def plans(home_page):
    hidden = CommunicationPlan.objects.create(year=2027, title=HIDDEN_PLAN, is_public=False)
    shown = CommunicationPlan.objects.create(
        year=2026, title="Kế hoạch truyền thông công khai", internal_notes=NOTES
    )
    return {"hidden": hidden, "shown": shown}


@pytest.mark.parametrize("who", OUTSIDERS)
def test_back_office_and_owner_pages_are_closed(plans, who):
    client = outsider_client(who, agency=make_agency("SKHAC", "Sở Khác"))
    hidden, shown = plans["hidden"], plans["shown"]
    closed = [
        f"/ke-hoach/{hidden.pk}/",
        "/chi-so/noi-bo/",
        "/can-bo/ke-hoach/",
        f"/can-bo/ke-hoach/{hidden.pk}/",
        f"/can-bo/ke-hoach/{hidden.pk}/tong-hop/",
        f"/can-bo/ke-hoach/{hidden.pk}/tong-hop.pdf",
        f"/can-bo/ke-hoach/{hidden.pk}/tong-hop.xlsx",
        "/danh-gia/khong-co-ma-nay/",
        f"/dich-vu-cong/ho-so-cua-toi/{uuid.uuid4()}/",
        "/can-bo/phan-anh/",
        "/can-bo/phan-anh/1/",
        "/mot-cua/",
    ]
    for url in closed:
        response = client.get(url)
        assert_absent(response, [HIDDEN_PLAN, NOTES], where=f"{url} as {who}")
        if who == "officer_other" and url in (
            "/can-bo/ke-hoach/",
            "/can-bo/phan-anh/",
            "/mot-cua/",
        ):
            continue  # an officer has their own queue there; the secrets are checked above
        assert response.status_code in (302, 403, 404), (url, who, response.status_code)
    payment = client.post(f"/thanh-toan/ho-so/{uuid.uuid4()}/")  # POST only
    assert payment.status_code in (302, 403, 404), (who, payment.status_code)
    for url in ("/ke-hoach/", f"/ke-hoach/{shown.pk}/", "/sitemap.xml", "/tim-kiem/?q=ke hoach"):
        body = assert_absent(client.get(url), [HIDDEN_PLAN, NOTES], where=f"{url} as {who}")
        if url == "/ke-hoach/":
            assert "Kế hoạch truyền thông công khai" in body  # the public one is there
