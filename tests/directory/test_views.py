"""Public pages: /danh-ba/, agency pages, merged redirects, vCards, channels block."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site

from cchc.directory import services
from cchc.directory.models import Leader
from cchc.portal.models import OrganisationSettings


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


def test_index_shows_tree_with_links(client, site, tree):
    """The index lists every active agency, with tel: (E.164) and mailto: links."""
    response = client.get(reverse("directory:index"))
    assert response.status_code == 200
    html = response.content.decode()
    for agency in tree.values():
        assert agency.name in html
    assert 'href="tel:+842005550101"' in html
    assert 'href="mailto:snv@example.gov.vn"' in html
    assert 'class="dir-tree__level dir-tree__level--2"' in html


def test_index_filter_is_server_side_and_diacritic_insensitive(client, site, tree):
    """?q=so tu phap keeps Sở Tư pháp (and its ancestor), drops the others."""
    html = client.get(reverse("directory:index"), {"q": "so tu phap"}).content.decode()
    assert "Sở Tư pháp" in html
    assert "Sở Nội vụ" not in html
    assert "Ủy ban nhân dân tỉnh Mẫu" in html
    html = client.get(reverse("directory:index"), {"q": "zzz"}).content.decode()
    assert "Không tìm thấy cơ quan nào phù hợp." in html


def test_index_query_count_does_not_grow_with_the_tree(
    client, site, tree, make_agency, django_assert_max_num_queries
):
    """The tree page costs a fixed number of queries: no N+1 over agencies."""
    # warm caches (site settings, visitor rows); the first request may create the site's
    # settings row, which starts a new content generation: warm twice
    client.get(reverse("directory:index"))
    client.get(reverse("directory:index"))
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("directory:index"))
    assert 0 < len(small.captured_queries) <= 20
    for i in range(40):
        make_agency(
            f"X{i}",
            f"Ủy ban nhân dân xã Số {i}",
            "commune",
            parent=tree["district"],
            phone="0200 5550 999",
            email=f"x{i}@example.gov.vn",
        )
    client.get(reverse("directory:index"))  # new agencies start a new content generation: warm
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("directory:index"))
    assert len(many.captured_queries) == len(small.captured_queries)
    assert "xã Số 39" in response.content.decode()


def test_channels_block_on_index(client, site, tree):
    """The hotline, Zalo, Facebook and portal e-mail of the site settings show on /danh-ba/."""
    org = OrganisationSettings.for_site(site)
    org.hotline = "1900 5555"
    org.zalo_url = "https://zalo.me/0000000000"
    org.facebook_url = "https://www.facebook.com/cchc.example"
    org.email = "cchc@example.gov.vn"
    org.save()
    html = client.get(reverse("directory:index")).content.decode()
    assert 'class="channels"' in html
    assert 'href="tel:19005555"' in html
    assert 'href="https://zalo.me/0000000000"' in html
    assert 'href="https://www.facebook.com/cchc.example"' in html
    assert 'href="mailto:cchc@example.gov.vn"' in html


def test_agency_page(client, site, tree, leader):
    """The page shows address, working hours, tel:/mailto: links, public leader contacts,
    units, and never an unpublished mobile."""
    response = client.get(reverse("directory:agency-detail", args=["so-noi-vu"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Số 5 đường Lê Lợi" in html and "7 giờ – 17 giờ" in html
    assert 'href="tel:+842005550101"' in html
    assert "Nguyễn Văn An" in html and "Giám đốc" in html
    assert 'href="tel:+842005552001"' in html
    assert 'href="mailto:annv.snv@example.gov.vn"' in html
    assert "0500 555 001" not in html and "+84500555001" not in html
    assert reverse("directory:leader-vcard", args=["so-noi-vu", leader.pk]) in html


def test_published_mobile_is_shown(client, site, tree, leader):
    Leader.objects.filter(pk=leader.pk).update(mobile_public=True)
    html = client.get(reverse("directory:agency-detail", args=["so-noi-vu"])).content.decode()
    assert 'href="tel:+84500555001"' in html


def test_agency_page_lists_units(client, site, tree):
    html = client.get(tree["district"].get_absolute_url()).content.decode()
    assert "Ủy ban nhân dân xã Đồng Xanh" in html
    assert "Đơn vị trực thuộc" in html


def test_unknown_agency_is_404(client, site, tree):
    assert client.get("/danh-ba/khong-co/").status_code == 404


def test_merged_agency_redirects_and_history_stays_readable(client, site, tree):
    """A merged agency's page redirects permanently to its successor, whose page lists it
    under "Tiền thân" with the merge date."""
    import datetime as dt

    services.agency_merge(
        agency=tree["stp"], successor=tree["snv"], on_date=dt.date(2025, 3, 1), actor=None
    )
    response = client.get(tree["stp"].get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == tree["snv"].get_absolute_url()
    html = client.get(response["Location"]).content.decode()
    assert "Tiền thân" in html
    assert "Sở Tư pháp" in html and "ngày 1 tháng 3 năm 2025" in html


def test_dissolved_agency_without_successor_shows_notice(client, site, tree):
    services.agency_dissolve(agency=tree["stp"], actor=None)
    response = client.get(tree["stp"].get_absolute_url())
    assert response.status_code == 200
    assert "Cơ quan đã giải thể" in response.content.decode()


def test_vcard_download(client, site, tree, leader):
    """The vCard is UTF-8 text/vcard 3.0 with only the published contacts."""
    response = client.get(reverse("directory:leader-vcard", args=["so-noi-vu", leader.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode("utf-8")
    assert body.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "FN:Nguyễn Văn An\r\n" in body
    assert "N:Nguyễn;An;Văn;;\r\n" in body
    assert "ORG:Sở Nội vụ\r\n" in body
    assert "TEL;TYPE=WORK,VOICE:+842005552001\r\n" in body
    assert "EMAIL;TYPE=INTERNET,WORK:annv.snv@example.gov.vn\r\n" in body
    assert "CELL" not in body and "0500" not in body and "84500555001" not in body


def test_vcard_of_another_agencys_leader_is_404(client, site, tree, leader):
    assert (
        client.get(reverse("directory:leader-vcard", args=["so-tu-phap", leader.pk])).status_code
        == 404
    )


def test_vcard_of_merged_agency_is_404(client, site, tree, leader):
    services.agency_merge(agency=tree["snv"], successor=tree["stp"], actor=None)
    assert (
        client.get(reverse("directory:leader-vcard", args=["so-noi-vu", leader.pk])).status_code
        == 404
    )


def test_menu_has_directory(client, site, tree):
    """The main menu links to /danh-ba/ (URL name directory:index)."""
    html = client.get(reverse("directory:index")).content.decode()
    assert 'href="/danh-ba/" aria-current="page"' in html
