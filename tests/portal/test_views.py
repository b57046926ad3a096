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


def test_contact_page_styled_with_channels_hours_and_feedback_link(client, home_page):
    """The contact page shows hotline, Zalo and Facebook from site settings, office hours,
    and a link to send feedback, in the site's card layout."""
    from wagtail.models import Site

    from cchc.portal.models import OrganisationSettings

    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.organisation_name = "Sở Nội vụ"
    org.hotline = "1900 0000"
    org.zalo_url = "https://zalo.me/123"
    org.facebook_url = "https://www.facebook.com/cchc.example"
    org.working_hours = "Sáng 7 giờ – 11 giờ 30"
    org.save()
    html = client.get("/lien-he/").content.decode()
    assert 'class="contact-card"' in html
    assert 'href="https://zalo.me/123"' in html
    assert 'href="https://www.facebook.com/cchc.example"' in html
    assert "Sáng 7 giờ – 11 giờ 30" in html
    assert 'href="/phan-anh-kien-nghi/gui/"' in html.split("<main", 1)[1]


def test_home_heading_is_the_organisation(client, home_page):
    """The home page's h1 is the organisation's name, not "Trang chủ"."""
    import re

    from wagtail.models import Site

    from cchc.portal.models import OrganisationSettings

    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.organisation_name = "Sở Nội vụ"
    org.save()
    html = client.get("/").content.decode()
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    assert h1.strip() == "Sở Nội vụ"
    assert "<title>Trang chủ" not in html


def test_english_home_dates_are_long_english(client, home_page, news_index):
    """In English, a date reads "1 July 2026", not "Date 01-07-2026"."""
    import datetime as dt

    from cchc.news.models import ArticlePage

    article = ArticlePage(title="Bài", slug="bai", date=dt.date(2026, 7, 1), body="<p>x</p>")
    news_index.add_child(instance=article)
    article.save_revision().publish()
    client.cookies["django_language"] = "en"
    html = client.get("/").content.decode()
    assert "1 July 2026" in html
    assert "01-07-2026" not in html


def test_print_css_keeps_links_legible():
    """Printed links are dark and underlined (the footer's yellow links vanish on paper)."""
    from pathlib import Path

    css = Path("static/css/print.css").read_text(encoding="utf-8")
    assert ".site-footer a" in css and "color: #000" in css


def test_internal_portlet_only_on_home_page_in_demo(db, home_page):
    """The demo's internal-report portlet is placed on the home page only."""
    import io

    from django.core.management import call_command

    from cchc.portal.models import Portlet

    call_command("load_demo_data", stdout=io.StringIO())
    assert Portlet.objects.get(title="Báo cáo nội bộ").placement == Portlet.Placement.HOME
