import json


def test_healthz_reports_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["status"] == "ok"
    assert data["database"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


def test_contact_page_uses_site_settings(client, home_page):
    from wagtail.models import Site

    from cchc.portal.models import OrganisationSettings

    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.organisation_name = "Sở Khoa học và Công nghệ"
    org.hotline = "1900 1234"
    org.email = "skhcn@example.gov.vn"
    org.save()
    html = client.get("/lien-he/").content.decode()
    assert "Sở Khoa học và Công nghệ" in html
    assert 'href="tel:19001234"' in html
    assert 'href="mailto:skhcn@example.gov.vn"' in html


def test_menu_hides_modules_not_installed(client, home_page, news_index):
    html = client.get("/").content.decode()
    assert ">Tin tức</a>" in html
    assert ">Liên hệ</a>" in html


def test_unknown_page_is_a_friendly_404(client, home_page):
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
