"""The rating link and the kiosk over real HTTP (Django test client)."""

import pytest
from django.urls import reverse

from cchc.surveys import services
from cchc.surveys.models import Invitation, Response


@pytest.fixture
def link(answered, questionnaire):
    fb = answered()
    Invitation.objects.filter(case_id=fb.pk).delete()
    created = services.invitation_create(kind="feedback", case_id=fb.pk)
    return reverse("surveys:rate", kwargs={"token": created.token}), fb


def _post_data(questionnaire, score="5"):
    data = {f"q{q.pk}": score for q in questionnaire.questions.filter(kind="scale")}
    text_q = questionnaire.questions.filter(kind="text").first()
    data[f"q{text_q.pk}"] = "Cán bộ nhiệt tình."
    return data


def test_rating_link_form_is_private_and_submits_once(client, link, questionnaire):
    url, fb = link
    page = client.get(url)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert fb.code in page.content.decode()
    done = client.post(url, _post_data(questionnaire))
    assert done.status_code == 302 and done["Location"] == reverse("surveys:thanks")
    response = Response.objects.get(case_id=fb.pk)
    assert response.answers.filter(text="Cán bộ nhiệt tình.").exists()
    again = client.get(url)
    assert again.status_code == 410
    assert "đã được đánh giá" in again.content.decode()
    assert client.post(url, _post_data(questionnaire)).status_code == 410
    assert Response.objects.filter(case_id=fb.pk).count() == 1


def test_tampered_or_unknown_link_is_a_clear_404(client, link):
    url, _fb = link
    bad = url.rstrip("/")[:-3] + "xyz/"
    page = client.get(bad)
    assert page.status_code == 404
    assert "không đúng" in page.content.decode()
    assert client.get("/danh-gia/khong-co/").status_code == 404


def test_impossible_score_gives_a_form_error_not_a_500(client, link, questionnaire):
    url, fb = link
    data = _post_data(questionnaire)
    first = next(k for k in data if k.startswith("q"))
    data[first] = "7"
    page = client.post(url, data)
    assert page.status_code == 400
    assert "Điểm phải từ 1 đến 5" in page.content.decode()
    assert not Response.objects.filter(case_id=fb.pk).exists()


def test_missing_required_answer_keeps_what_was_chosen(client, link, questionnaire):
    url, _fb = link
    data = _post_data(questionnaire, "4")
    required = questionnaire.questions.filter(required=True).first()
    del data[f"q{required.pk}"]
    page = client.post(url, data)
    assert page.status_code == 400
    html = page.content.decode()
    assert "Vui lòng chọn một mức đánh giá" in html
    assert 'value="4" id=' in html and "checked" in html


def test_kiosk_takes_one_response_after_another(client, questionnaire, agencies):
    kiosk = services.kiosk_create(name="Quầy số 2", agency=agencies["a"])
    url = reverse("surveys:kiosk", kwargs={"key": kiosk.key})
    page = client.get(url)
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    for score in ("5", "2"):
        done = client.post(url, _post_data(questionnaire, score))
        assert done.status_code == 302 and done["Location"].endswith("?xong=1")
    assert Response.objects.filter(kiosk=kiosk).count() == 2
    assert "Cảm ơn" in client.get(url + "?xong=1").content.decode()
    assert client.get(reverse("surveys:kiosk", kwargs={"key": "sai-khoa"})).status_code == 404


def test_kiosk_rate_limit(client, questionnaire, agencies, settings):
    settings.SURVEYS_RATE_LIMITS = {"kiosk": (1, 3600)}
    kiosk = services.kiosk_create(name="Quầy 3", agency=agencies["a"])
    url = reverse("surveys:kiosk", kwargs={"key": kiosk.key})
    assert client.post(url, _post_data(questionnaire)).status_code == 302
    assert client.post(url, _post_data(questionnaire)).status_code == 429
    assert Response.objects.filter(kiosk=kiosk).count() == 1


def test_responses_are_read_only_in_the_admin(client, users, link, questionnaire):
    url, _fb = link
    client.post(url, _post_data(questionnaire))
    client.force_login(users["superuser"])
    listing = client.get(reverse("wagtailsnippets_surveys_response:list"))
    assert listing.status_code == 200
    assert client.get(reverse("wagtailsnippets_surveys_response:add")).status_code == 302
