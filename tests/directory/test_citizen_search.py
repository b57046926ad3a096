"""Directory for citizens (issue 11, point 9): people and agencies searched together,
merged agencies shown as merged, JSON only in the developer docs, one demo story."""

import datetime as dt
import io
import re

import pytest
from django.urls import reverse
from wagtail.models import Site

from cchc.directory import services
from cchc.directory.models import Leader

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)


def _main(html):
    return re.search(r"<main.*?</main>", html, re.S).group(0)


def test_search_title_and_agency_finds_the_director(client, site, tree, leader):
    """ "giam doc so noi vu" (no diacritics) finds Sở Nội vụ and names its director."""
    Leader.objects.create(agency=tree["stp"], full_name="Lê Thị Bình", title="Giám đốc")
    html = _main(
        client.get(reverse("directory:index"), {"q": "giam doc so noi vu"}).content.decode()
    )
    assert "Sở Nội vụ" in html and "Sở Tư pháp" not in html
    people = re.search(r'<ul class="dir-people".*?</ul>', html, re.S).group(0)
    assert "Giám đốc" in people and "Nguyễn Văn An" in people


def test_search_person_name_lists_the_person(client, site, tree, leader):
    """A leader's name without diacritics lists that person under their agency."""
    html = _main(client.get(reverse("directory:index"), {"q": "nguyen van an"}).content.decode())
    assert "Sở Nội vụ" in html and "Nguyễn Văn An" in html


def test_merged_agency_shown_as_merged_not_in_the_tree(client, site, tree):
    """A search for a merged agency says where it went; it is not a row of the tree."""
    services.agency_merge(
        agency=tree["stp"], successor=tree["snv"], on_date=dt.date(2025, 3, 1), actor=None
    )
    html = _main(client.get(reverse("directory:index"), {"q": "tu phap"}).content.decode())
    tree_html = re.search(r"<div class=\"dir-tree\".*?</div>\s*\n", html, re.S)
    assert tree_html is None or "Sở Tư pháp" not in tree_html.group(0)
    former = re.search(r'<section class="dir-former".*?</section>', html, re.S).group(0)
    assert "Sở Tư pháp" in former and "đã sáp nhập" in former
    assert tree["snv"].get_absolute_url() in former


def test_no_json_link_on_citizen_pages(client, site, tree, leader):
    """The JSON API is for developers (docs/directory.md), not linked on the public pages."""
    for url in (reverse("directory:index"), tree["snv"].get_absolute_url()):
        html = client.get(url).content.decode()
        assert "/api/v1/danh-ba/" not in html and "JSON" not in html


def test_hotline_in_header_on_every_page(client, site, tree):
    """The hotline from site settings is in the header of the home, directory and form pages."""
    from cchc.portal.models import OrganisationSettings

    org = OrganisationSettings.for_site(site)
    org.hotline = "1900 0000"
    org.save()
    for url in ("/", reverse("directory:index"), reverse("feedback:submit"), "/lien-he/"):
        html = client.get(url).content.decode()
        header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
        assert 'href="tel:19000000"' in header, url


def test_demo_tells_one_story(site):
    """After the demo, the footer/contact organisation is the directory's Sở Nội vụ with the
    same phone and address; there is one province committee."""
    from django.core.management import call_command

    from cchc.directory.models import Agency
    from cchc.portal.models import OrganisationSettings

    call_command("load_demo_data", stdout=io.StringIO())
    org = OrganisationSettings.for_site(site)
    snv = Agency.objects.get(code="SNV")
    assert (org.organisation_name, org.phone, org.address, org.email) == (
        snv.name,
        snv.phone,
        snv.address,
        snv.email,
    )
    assert Agency.objects.filter(level="province").count() == 1
    assert org.parent_organisation == Agency.objects.get(level="province").name
    assert org.hotline and org.zalo_url and org.facebook_url and org.working_hours
