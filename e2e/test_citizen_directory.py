"""Directory search and the contact page in a browser (issue 11, points 9 and 10)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_directory_search_finds_director_as_you_type_and_on_submit(
    page, live_server, demo_site, axe_check
):
    page.goto(live_server.url + "/danh-ba/")
    assert page.locator("a[href*='/api/v1/']").count() == 0
    page.fill("#dir-q", "giam doc so noi vu")
    expect(page.locator("[data-dir-status]")).to_contain_text("phù hợp")
    visible = page.locator("li.dir-tree__item:not([hidden]) > .dir-agency .dir-agency__name")
    names = visible.all_inner_texts()
    assert "Sở Nội vụ" in names and "Sở Tư pháp" not in names
    page.locator(".dir-filter button[type=submit]").click()
    page.wait_for_load_state()
    people = page.locator(".dir-people").inner_text()
    assert "Giám đốc:" in people
    axe_check(page, "directory-search")
    # the merged Sở Kế hoạch và Đầu tư is shown as merged, pointing at its successor
    page.goto(live_server.url + "/danh-ba/?q=ke+hoach+dau+tu")
    former = page.locator(".dir-former").inner_text()
    assert "Sở Kế hoạch và Đầu tư" in former and "Sở Tài chính" in former
    assert page.locator(".dir-tree").count() == 0


def test_contact_page_matches_directory_and_links_feedback(page, live_server, demo_site, axe_check):
    from cchc.directory.models import Agency

    snv = Agency.objects.get(code="SNV")
    page.goto(live_server.url + "/lien-he/")
    text = page.locator("main").inner_text()
    assert snv.address in text and snv.phone in text
    assert "1900 0000" in page.locator(".site-header").inner_text()
    assert page.locator("main a[href^='https://zalo.me/']").count() == 1
    assert "Giờ làm việc" in text
    footer = page.locator(".site-footer").inner_text()
    assert snv.phone in footer and snv.address in footer
    axe_check(page, "contact")
    page.locator("main a.btn", has_text="Gửi phản ánh").click()
    page.wait_for_load_state()
    assert page.url.endswith("/phan-anh-kien-nghi/gui/")
