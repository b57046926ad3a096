"""Side doors of the directory (danh bạ): a leader's private mobile, e-mail and office
phone (their ``*_public`` box unticked) and the officers' own accounts never come out of
the tree page and its search, the agency page, the vCard, the JSON API (list, search,
detail), the contact page, the site search or sitemap.xml; typing the private number into
a search box does not find its owner either.
"""

from __future__ import annotations

import pytest

from cchc.directory.models import Agency, Leader
from tests.factories import make_agency, make_user
from tests.security.sidedoors import OUTSIDERS, assert_absent, outsider_client

pytestmark = pytest.mark.django_db

MOBILE, EMAIL, OFFICE = "0903 456 789", "giamdoc.rieng@example.gov.vn", "0292 3821 999"
OFFICER_EMAIL = "canbo.sxd.rieng@example.gov.vn"
PRIVATE = [MOBILE, "0903456789", EMAIL, OFFICE, "02923821999", OFFICER_EMAIL]


@pytest.fixture
def directory(home_page):
    province = make_agency("TINH", "Ủy ban nhân dân tỉnh", Agency.Level.PROVINCE)
    agency = make_agency("SXD", "Sở Xây dựng", parent=province, email="sxd@example.gov.vn")
    leader = Leader.objects.create(
        agency=agency,
        full_name="Phạm Văn Giám",
        title="Giám đốc",
        office_phone=OFFICE,
        phone_public=False,
        mobile=MOBILE,
        mobile_public=False,
        email=EMAIL,
        email_public=False,
    )
    make_user("canbo_sxd", agency=agency, email=OFFICER_EMAIL)
    other = make_agency("STP", "Sở Tư pháp", parent=province)
    return {"agency": agency, "leader": leader, "other": other}


@pytest.mark.parametrize("who", OUTSIDERS)
def test_private_contacts_come_out_through_no_door(directory, who):
    client = outsider_client(who, agency=directory["other"])
    agency, leader = directory["agency"], directory["leader"]
    doors = [
        "/danh-ba/",
        "/danh-ba/?q=Phạm Văn Giám",
        f"/danh-ba/{agency.slug}/",
        f"/danh-ba/{agency.slug}/vcard/{leader.pk}.vcf",
        "/api/v1/danh-ba/",
        "/api/v1/danh-ba/?q=xay dung",
        f"/api/v1/danh-ba/{agency.slug}/",
        "/lien-he/",
        "/tim-kiem/?q=pham van giam",
        "/sitemap.xml",
    ]
    for url in doors:
        assert_absent(client.get(url), PRIVATE, where=f"{url} as {who}")
    page = client.get(f"/danh-ba/{agency.slug}/").content.decode()
    assert "Phạm Văn Giám" in page  # the leader is listed, without the private contacts


@pytest.mark.parametrize("number", ["0903456789", "0903 456 789", "3821999", EMAIL])
def test_a_private_number_typed_in_a_search_box_finds_nobody(directory, client, number):
    for url in (f"/danh-ba/?q={number}", f"/api/v1/danh-ba/?q={number}"):
        # the box echoes what was typed: only whether it found someone is checked
        body = assert_absent(client.get(url), [], where=url)
        assert "Phạm Văn Giám" not in body and directory["agency"].slug not in body, url
