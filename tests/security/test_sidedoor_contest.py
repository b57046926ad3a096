"""Side doors of the initiative contest (cuộc thi sáng kiến).

* Before results are published, no entry is public: the contest pages, the winner URL
  of each entry, the author's own entry URLs, the site search and sitemap.xml show none
  of its text, to an anonymous visitor, to a citizen who is not the owner, and to an
  officer of another agency (a juror without a seat on this contest included).
* The jury is blind: a juror's pages never show who wrote an entry, not even when the
  author signed the text ("Nhóm tác giả: …, ĐT …") against the rules.
"""

# ruff: noqa: F811  (the contest fixtures are imported by name, then requested)
from __future__ import annotations

import dataclasses

import pytest
from django.test import Client
from django.urls import reverse

from cchc.contest import services
from tests.contest.conftest import (  # noqa: F401  (fixtures)
    agencies,
    contest,
    eligible,
    entry_data,
    make_contest,
    people,
    submit,
)
from tests.security.sidedoors import OUTSIDERS, assert_absent, outsider_client

pytestmark = pytest.mark.django_db

TITLE = "Sáng kiến tổ công tác lưu động"
SUMMARY = "Tóm tắt riêng của sáng kiến lưu động"
AUTHOR, UNIT = "Lê Thị Sáng Kiến", "Phòng Tư pháp huyện Mỹ Xuyên"
PHONE, EMAIL = "0987654321", "lesangkien@example.org"
SIGNED_TEXT = (
    "Thực trạng: người dân phải đi xa để nộp hồ sơ.\n\n"
    f"Nhóm tác giả: {AUTHOR}, {UNIT}. Liên hệ {PHONE}, {EMAIL}.\n\n"
    "Giải pháp: tổ công tác lưu động tiếp nhận hồ sơ tại nhà văn hoá ấp."
)


@pytest.fixture
def signed_entry(contest, people, agencies):
    owner = people["author"]
    data = dataclasses.replace(
        entry_data(title=TITLE, agency=agencies["a"]),
        summary=SUMMARY,
        full_text=SIGNED_TEXT,
        contact_email=EMAIL,
        contact_phone=PHONE,
        authors=[services.AuthorData(full_name=AUTHOR, unit=UNIT, email=EMAIL, phone=PHONE)],
    )
    entry = services.entry_submit(contest=contest, owner=owner, data=data, files=[])
    return services.entry_accept(entry=entry, actor=people["secretary"])


def _doors(contest, entry) -> list[str]:
    return [
        "/cuoc-thi/",
        reverse("contest:detail", kwargs={"slug": contest.slug}),
        reverse("contest:winner", kwargs={"slug": contest.slug, "code": entry.code}),
        reverse("contest:my-entry", kwargs={"code": entry.code}),
        reverse("contest:my-entries"),
        reverse("contest:jury-entry", kwargs={"slug": contest.slug, "code": entry.code}),
        reverse("contest:jury-contest", kwargs={"slug": contest.slug}),
        "/tim-kiem/?q=to cong tac luu dong",
        "/tim-kiem/goi-y/?q=to cong tac luu",
        "/sitemap.xml",
    ]


@pytest.mark.parametrize("who", [*OUTSIDERS, "juror_without_seat"])
def test_entries_are_not_public_before_results(
    home_page, contest, signed_entry, people, agencies, who
):
    if who == "juror_without_seat":
        client = Client()
        client.force_login(people["juror_other"])
    else:
        client = outsider_client(who, agency=agencies["c"])
    secrets = [TITLE, SUMMARY, "tổ công tác lưu động", AUTHOR, PHONE, EMAIL]
    for url in _doors(contest, signed_entry):
        assert_absent(client.get(url), secrets, where=f"{url} as {who}")
    winner = reverse("contest:winner", kwargs={"slug": contest.slug, "code": signed_entry.code})
    assert client.get(winner).status_code == 404


@pytest.mark.parametrize("juror", ["juror", "juror_a"])
def test_jury_never_sees_who_wrote_an_entry(contest, signed_entry, people, juror):
    """juror sits for another agency and scores the entry; juror_a, of the author's own
    agency, is excluded (conflict of interest) and sees not even the title."""
    client = Client()
    client.force_login(people[juror])
    for url in (
        reverse("contest:jury-contest", kwargs={"slug": contest.slug}),
        reverse("contest:jury-entry", kwargs={"slug": contest.slug, "code": signed_entry.code}),
    ):
        body = assert_absent(
            client.get(url),
            [AUTHOR, "Sáng Kiến", UNIT, PHONE, EMAIL, people["author"].username],
            where=f"{url} as {juror}",
        )
        if juror == "juror" and signed_entry.code + "/" in url:
            assert "tổ công tác lưu động tiếp nhận hồ sơ" in body  # the text itself stays


def test_the_author_keeps_their_own_text(contest, signed_entry, people):
    """Masking is for the jury: the owner's page shows the entry as written."""
    client = Client()
    client.force_login(people["author"])
    url = reverse("contest:my-entry", kwargs={"code": signed_entry.code})
    body = client.get(url).content.decode()
    assert AUTHOR in body and TITLE in body
