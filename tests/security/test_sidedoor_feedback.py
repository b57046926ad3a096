"""Side doors of feedback (phản ánh, kiến nghị): the public list and its ``?q=``, the
public answer page, the site search and its suggestions, the Open311 API (JSON and XML,
list, ids and detail) and sitemap.xml.

A case that is answered but not published, or kept private, shows none of its text; a
published one shows only masked text: the petitioner's name, phone, e-mail, address and
ID number never come out, not even when the officer's answer repeats them, and searching
for them finds nothing (the search is not an oracle either).
"""

from __future__ import annotations

import pytest

from cchc.feedback import services
from tests.feedback.conftest import flow_to
from tests.security.sidedoors import OUTSIDERS, assert_absent, outsider_client

pytestmark = pytest.mark.django_db

NAME, PHONE, EMAIL = "Nguyễn Thị Hoa", "0912345678", "hoa.nguyen@example.com"
ADDRESS, CCCD = "12 Lê Lợi, phường 1", "079123456789"
PERSONAL = [NAME, PHONE, "0912.345.678", EMAIL, ADDRESS, CCCD]
HIDDEN_SUBJECT = "Lấn chiếm vỉa hè trước nhà số chín"
HIDDEN_TEXT = "Nội dung kín về việc lấn chiếm vỉa hè"
HIDDEN_ANSWER = "Trả lời riêng cho người phản ánh về vỉa hè"
KEPT_SUBJECT = "Tranh chấp đất đai giữa hai hộ gia đình"


@pytest.fixture
def cases(home_page, users, agencies, make_feedback):
    published = make_feedback(
        subject="Đèn đường hỏng ở khu phố 3",
        content=(
            f"Tôi là {NAME}, CCCD {CCCD}, ở {ADDRESS}. Đèn đường hỏng đã hai tuần. "
            f"Liên hệ {PHONE} hoặc {EMAIL}."
        ),
    )
    published = flow_to(published, "answered", users, agencies)
    coordinator = users["coordinator"]
    unpublished = make_feedback(subject=HIDDEN_SUBJECT, content=HIDDEN_TEXT)
    unpublished = flow_to(unpublished, "answered", users, agencies)
    kept = make_feedback(subject=KEPT_SUBJECT, content=HIDDEN_TEXT + " (riêng)")
    kept = flow_to(kept, "answered", users, agencies)
    kept = services.feedback_keep_private(feedback=kept, actor=coordinator)
    return {"published": published, "unpublished": unpublished, "kept": kept}


def _answer_and_publish(fb, users):
    fb.answer = (
        f"Kính gửi bà {NAME} (điện thoại 0912.345.678, thư {EMAIL}). "
        "Công ty điện lực đã thay bóng đèn đường khu phố 3."
    )
    fb.save(update_fields=["answer"])
    return services.feedback_publish(feedback=fb, actor=users["coordinator"])


@pytest.fixture
def published(cases, users):
    return _answer_and_publish(cases["published"], users)


def doors(codes: list[str], q: str) -> list[str]:
    ids = ",".join(codes)
    out = [
        "/phan-anh-kien-nghi/",
        f"/phan-anh-kien-nghi/?q={q}",
        f"/tim-kiem/?q={q}",
        f"/tim-kiem/goi-y/?q={q}",
        "/open311/v2/requests.json",
        "/open311/v2/requests.xml",
        f"/open311/v2/requests.json?service_request_id={ids}",
        f"/open311/v2/requests.xml?service_request_id={ids}",
        "/sitemap.xml",
    ]
    for code in codes:
        out += [
            f"/phan-anh-kien-nghi/{code}/",
            f"/open311/v2/requests/{code}.json",
            f"/open311/v2/requests/{code}.xml",
        ]
    return out


@pytest.mark.parametrize("who", OUTSIDERS)
def test_unpublished_and_private_cases_show_no_text_anywhere(cases, users, who):
    client = outsider_client(who, users=users)
    codes = [cases["unpublished"].code, cases["kept"].code]
    secrets = [HIDDEN_SUBJECT, HIDDEN_TEXT, KEPT_SUBJECT, "Sở Xây dựng đã chỉ đạo", *PERSONAL]
    for q in ("vỉa hè", "tranh chấp đất đai", "chi dao giai quyet"):
        for url in doors(codes, q):
            assert_absent(client.get(url), secrets, where=f"{url} as {who}")
    for code in codes:
        response = client.get(f"/phan-anh-kien-nghi/{code}/")
        assert response.status_code == 404


@pytest.mark.parametrize("who", OUTSIDERS)
def test_published_answer_shows_no_personal_data_even_in_the_answer(published, users, who):
    client = outsider_client(who, users=users)
    page = client.get(published.get_public_url())
    assert page.status_code == 200
    assert "thay bóng đèn đường" in page.content.decode()  # the answer itself is public
    for url in doors([published.code], "den duong"):
        assert_absent(client.get(url), PERSONAL, where=f"{url} as {who}")


@pytest.mark.parametrize("secret", [PHONE, EMAIL, "0912.345.678", CCCD, "Thị Hoa"])
def test_searching_for_personal_data_finds_nothing(published, client, secret):
    """Not an oracle: the petitioner's phone or name typed in a search box does not find
    their case (the public list, the site search, the suggestions)."""
    url = published.get_public_url()
    for door in ("/phan-anh-kien-nghi/?q=", "/tim-kiem/?q=", "/tim-kiem/goi-y/?q="):
        body = assert_absent(client.get(door + secret), [], where=door + secret)
        assert url not in body, f"{door}{secret} finds the case"


def test_staff_keep_the_original_answer(published, users):
    """Masking is for the public: the officer's page and the petitioner's lookup keep it."""
    published.refresh_from_db()
    assert NAME in published.answer and EMAIL in published.answer
