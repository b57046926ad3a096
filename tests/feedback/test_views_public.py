"""Public pages: submission form, confirmation, published answers, lookup."""

import pytest
from django.urls import reverse

from cchc.feedback.models import Feedback

pytestmark = pytest.mark.django_db

PERSONAL = ["Nguyễn Thị Hoa", "12 Lê Lợi", "0912345678", "hoa.nguyen@example.com"]


def form_data(category, **overrides):
    data = {
        "submitter_name": "Nguyễn Thị Hoa",
        "submitter_address": "12 Lê Lợi, phường 1",
        "submitter_phone": "0912345678",
        "submitter_email": "hoa.nguyen@example.com",
        "kind": "phan_anh",
        "category": category.pk,
        "subject": "Chậm cấp giấy phép xây dựng",
        "content": "Hồ sơ của tôi đã quá hạn 15 ngày mà chưa có kết quả.",
        "location_text": "Phường 1",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def test_submit_returns_tracking_code(
    client, home_page, category, png_file, mailoutbox, django_capture_on_commit_callbacks
):
    """A valid submission redirects to a confirmation page showing the code, and e-mails it."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("feedback:submit"), {**form_data(category), "attachments": [png_file()]}
        )
    assert response.status_code == 302
    fb = Feedback.objects.get()
    page = client.get(response["Location"])
    assert fb.code in page.content.decode()
    assert fb.attachments.count() == 1
    assert len(mailoutbox) == 1 and fb.code in mailoutbox[0].body
    assert fb.notifications.filter(status="sent").count() == 2  # e-mail and SMS


def test_submit_errors_keep_input(client, home_page, category):
    """Missing contact: 400, a Vietnamese error, and the typed content is still in the form."""
    response = client.post(
        reverse("feedback:submit"), form_data(category, submitter_phone="", submitter_email="")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Điều 7" in html
    assert "Hồ sơ của tôi đã quá hạn 15 ngày" in html and "Chậm cấp giấy phép xây dựng" in html
    assert Feedback.objects.count() == 0


def test_submit_rejects_fake_image(client, home_page, category):
    """An executable renamed .jpg is refused by content; the form is re-rendered with the input."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("anh.jpg", b"MZ\x90\x00" * 50, content_type="image/jpeg")
    response = client.post(
        reverse("feedback:submit"), {**form_data(category), "attachments": [fake]}
    )
    assert response.status_code == 400
    assert "không phải ảnh" in response.content.decode()
    assert Feedback.objects.count() == 0


def test_honeypot_stores_nothing(client, home_page, category):
    """A filled honeypot looks like success but stores nothing."""
    response = client.post(
        reverse("feedback:submit"), form_data(category, website="http://spam.example")
    )
    assert response.status_code == 200
    assert Feedback.objects.count() == 0


def test_rate_limit_per_contact_and_ip(client, home_page, category, settings):
    """Over the per-contact limit the form answers 429 with a message; the IP limit too."""
    settings.FEEDBACK_RATE_LIMITS = {"submit_contact": (2, 3600), "submit_ip": (4, 3600)}
    url = reverse("feedback:submit")
    assert client.post(url, form_data(category)).status_code == 302
    assert client.post(url, form_data(category)).status_code == 302
    third = client.post(url, form_data(category))
    assert third.status_code == 429 and "quá nhiều" in third.content.decode()
    # the same phone with another e-mail is still the same contact
    assert (
        client.post(url, form_data(category, submitter_email="khac@example.com")).status_code == 429
    )
    # another person from the same IP: allowed until the IP limit (5 attempts > 4)
    assert (
        client.post(
            url, form_data(category, submitter_phone="0987654321", submitter_email="")
        ).status_code
        == 429
    )
    assert Feedback.objects.count() == 2


def test_field_size_limits(client, home_page, category):
    """Overlong subject is refused with a form error, not a crash."""
    response = client.post(reverse("feedback:submit"), form_data(category, subject="x" * 500))
    assert response.status_code == 400 and Feedback.objects.count() == 0


def test_public_index_and_detail_show_no_personal_data(client, home_page, make_feedback, flow):
    """Published answers list question, answer, agency and dates, never name/phone/e-mail/address."""
    fb = make_feedback(content="Tôi là Nguyễn Thị Hoa, số 0912345678, hồ sơ chậm 15 ngày.")
    unpublished = make_feedback(subject="Phản ánh chưa công khai")
    fb = flow(fb, "published")
    index = client.get(reverse("feedback:index")).content.decode()
    detail = client.get(fb.get_public_url()).content.decode()
    for html in (index, detail):
        assert fb.code in html
        for value in PERSONAL:
            assert value not in html
    assert "Sở Xây dựng" in detail and "đã chỉ đạo giải quyết" in detail
    assert "Phản ánh chưa công khai" not in index
    assert client.get(f"/phan-anh-kien-nghi/{unpublished.code}/").status_code == 404


def test_public_search_is_accent_insensitive(client, home_page, make_feedback, flow):
    """Searching "giay phep" finds the published answer about "giấy phép"."""
    flow(make_feedback(), "published")
    html = client.get(reverse("feedback:index"), {"q": "giay phep"}).content.decode()
    assert "Chậm cấp giấy phép xây dựng" in html
    html = client.get(reverse("feedback:index"), {"q": "karaoke"}).content.decode()
    assert "Chậm cấp giấy phép xây dựng" not in html


def test_lookup_same_answer_for_wrong_code_and_wrong_contact(client, home_page, make_feedback):
    """Right code + right phone shows the status; a wrong code and a wrong contact give identical pages."""
    fb = make_feedback()
    url = reverse("feedback:lookup")
    ok = client.post(url, {"code": fb.code, "contact": "+84 912 345 678"})
    assert fb.get_status_display() in ok.content.decode() and fb.subject in ok.content.decode()
    ok_mail = client.post(url, {"code": fb.code.lower(), "contact": "HOA.NGUYEN@example.com"})
    assert fb.subject in ok_mail.content.decode()
    wrong_code = client.post(url, {"code": "PAKN-2020-999999", "contact": "0912345678"})
    wrong_contact = client.post(url, {"code": fb.code, "contact": "0900000000"})
    assert wrong_code.status_code == wrong_contact.status_code == 200

    def body(r):
        import re

        return (
            re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", r.content.decode())
            .replace(fb.code, "X")
            .replace("PAKN-2020-999999", "X")
            .replace("0912345678", "C")
            .replace("0900000000", "C")
        )

    assert body(wrong_code) == body(wrong_contact)
    assert fb.subject not in wrong_contact.content.decode()


def test_lookup_rate_limited(client, home_page, settings):
    """Past the per-IP lookup limit the page answers 429."""
    settings.FEEDBACK_RATE_LIMITS = {"lookup_ip": (3, 600)}
    url = reverse("feedback:lookup")
    codes = [
        client.post(url, {"code": f"PAKN-2026-00000{i}", "contact": "0900000000"}).status_code
        for i in range(5)
    ]
    assert codes == [200, 200, 200, 429, 429]


def test_submit_page_renders_with_csrf(client, home_page, category):
    """The form page has a CSRF token, the honeypot and the upload input, and no inline script."""
    html = client.get(reverse("feedback:submit")).content.decode()
    assert "csrfmiddlewaretoken" in html and 'name="website"' in html and 'type="file"' in html
    assert "<script>" not in html and "onclick" not in html and 'style="' not in html
