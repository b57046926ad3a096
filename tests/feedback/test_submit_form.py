"""The citizen's feedback form (issue 11, point 6)."""

import re

import pytest
from django.urls import reverse

from cchc.directory.models import Agency
from cchc.feedback.models import Feedback

from .conftest import make_agency
from .test_views_public import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def districts(agencies):
    province = agencies["province"]
    vam = make_agency("H-DL", "Ủy ban nhân dân huyện Đồng Lúa", Agency.Level.DISTRICT, province)
    an = make_agency("H-AP", "Ủy ban nhân dân huyện An Phú", Agency.Level.DISTRICT, province)
    for code, name, parent in [
        ("X-VX", "Ủy ban nhân dân xã Vàm Xáng", vam),
        ("X-DX", "Ủy ban nhân dân xã Đồng Xanh", vam),
        ("X-BD", "Ủy ban nhân dân xã Bến Đò", vam),
        ("X-AH", "Ủy ban nhân dân xã An Hòa", an),
    ]:
        make_agency(code, name, Agency.Level.COMMUNE, parent)
    return {"vam": vam, "an": an}


def _get(client):
    return client.get(reverse("feedback:submit")).content.decode()


def test_required_fields_marked_and_contact_rule_said_up_front(client, home_page, category):
    """Required fields say "(bắt buộc)"; the phone-or-e-mail rule is shown before submitting."""
    html = _get(client)
    label = re.search(r'<label for="id_submitter_name">(.*?)</label>', html, re.S).group(1)
    assert "(bắt buộc)" in label
    label = re.search(r'<label for="id_location_text">(.*?)</label>', html, re.S).group(1)
    assert "(bắt buộc)" not in label
    legend = re.search(r'<fieldset[^>]*id="fb-contact"[^>]*>\s*<legend>(.*?)</legend>', html, re.S)
    assert "Số điện thoại hoặc thư điện tử" in legend.group(1)
    assert "bắt buộc ít nhất một" in legend.group(1)


def test_inputmode_and_autocomplete(client, home_page, category):
    """Phone: type=tel, inputmode=tel, autocomplete=tel; e-mail and name likewise."""
    html = _get(client)
    phone = re.search(r"<input[^>]*id=\"id_submitter_phone\"[^>]*>", html).group(0)
    assert 'type="tel"' in phone and 'inputmode="tel"' in phone and 'autocomplete="tel"' in phone
    email = re.search(r"<input[^>]*id=\"id_submitter_email\"[^>]*>", html).group(0)
    assert 'type="email"' in email and 'inputmode="email"' in email
    assert 'autocomplete="email"' in email
    name = re.search(r"<input[^>]*id=\"id_submitter_name\"[^>]*>", html).group(0)
    assert 'autocomplete="name"' in name


def test_error_summary_links_to_each_field(client, home_page, category):
    """After a failed submit an error summary (role=alert, focusable) lists each error with a
    link to its field, above the form."""
    response = client.post(
        reverse("feedback:submit"), form_data(category, subject="", submitter_name="")
    )
    html = response.content.decode()
    assert response.status_code == 400
    summary = re.search(r'<div class="fb-error-summary"[^>]*>(.*?)</div>', html, re.S)
    assert summary and 'tabindex="-1"' in summary.group(0) and 'role="alert"' in summary.group(0)
    assert 'href="#id_subject"' in summary.group(1)
    assert 'href="#id_submitter_name"' in summary.group(1)
    assert html.index("fb-error-summary") < html.index('<form class="fb-form"')
    html = client.post(
        reverse("feedback:submit"), form_data(category, submitter_phone="", submitter_email="")
    ).content.decode()
    summary = re.search(r'<div class="fb-error-summary"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert 'href="#fb-contact"' in summary


def test_consent_checkbox_tap_target_at_least_24px():
    """The consent checkbox is styled at least 24 px square (WCAG 2.5.8)."""
    from pathlib import Path

    css = Path("static/css/feedback.css").read_text(encoding="utf-8")
    rule = re.search(r'\.fb-field--check input\[type="checkbox"\] \{([^}]*)\}', css).group(1)
    width = int(re.search(r"width:\s*(\d+)px", rule).group(1))
    height = int(re.search(r"height:\s*(\d+)px", rule).group(1))
    assert width >= 24 and height >= 24


def test_area_is_sorted_communes_grouped_by_district(client, home_page, category, districts):
    """The place is a plain select: one optgroup per district (sorted), its communes sorted."""
    html = _get(client)
    select = re.search(r'<select name="area"[^>]*>(.*?)</select>', html, re.S).group(1)
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', select, re.S)
    labels = [g[0] for g in groups if g[0] != "Khác"]
    assert labels == ["Ủy ban nhân dân huyện An Phú", "Ủy ban nhân dân huyện Đồng Lúa"]
    dong_lua = re.findall(r">([^<]+)</option>", groups[1][1])
    assert dong_lua[1:] == [
        "Ủy ban nhân dân xã Bến Đò",
        "Ủy ban nhân dân xã Đồng Xanh",
        "Ủy ban nhân dân xã Vàm Xáng",
    ]


def test_area_choice_is_saved(client, home_page, category, districts):
    """Choosing a commune from the list stores it on the case."""
    commune = Agency.objects.get(code="X-VX")
    response = client.post(reverse("feedback:submit"), form_data(category, area=commune.pk))
    assert response.status_code == 302
    assert Feedback.objects.get().area == commune
    bad = client.post(reverse("feedback:submit"), form_data(category, area=category.pk + 9999))
    assert bad.status_code == 400


def test_no_raw_coordinate_fields(client, home_page, category):
    """Latitude/longitude are hidden inputs behind an optional "use my location" button."""
    html = _get(client)
    assert 'type="number"' not in html
    assert re.search(r'<input type="hidden" name="lat"[^>]*>', html)
    assert re.search(r'<input type="hidden" name="lng"[^>]*>', html)
    assert "Dùng vị trí hiện tại của tôi" in html
    assert "<script>" not in html and "onclick" not in html


def test_location_from_button_is_stored(client, home_page, category):
    """Coordinates as browsers give them (many decimals) are stored to 6 decimals."""
    response = client.post(
        reverse("feedback:submit"),
        form_data(category, lat="10.0452345678", lng="105.7469123456"),
    )
    assert response.status_code == 302
    fb = Feedback.objects.get()
    assert str(fb.lat) == "10.045235" and str(fb.lng) == "105.746912"


def test_home_page_has_send_feedback_entry(client, home_page):
    """The home page has a clear "Gửi phản ánh" link to the form."""
    html = client.get("/").content.decode()
    link = re.search(r'<a[^>]*href="/phan-anh-kien-nghi/gui/"[^>]*>(.*?)</a>', html, re.S)
    assert link and "Gửi phản ánh" in link.group(1)
