"""The Wagtail admin: the secretary sets up contests and juries as snippets; jurors, chairs
without the model permissions and authors do not get in."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _get(user, url):
    client = Client()
    client.force_login(user)
    return client.get(url)


@pytest.mark.parametrize(
    "name", ["wagtailsnippets_contest_contest:list", "wagtailsnippets_contest_contest:add",
             "wagtailsnippets_contest_jurymember:list"],
)  # fmt: skip
def test_secretary_opens_the_contest_snippets(people, name):
    assert _get(people["secretary"], reverse(name)).status_code == 200


def test_secretary_edits_a_contest_with_its_rounds_rubric_and_prizes(people, contest):
    response = _get(
        people["secretary"], reverse("wagtailsnippets_contest_contest:edit", args=[contest.pk])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tính mới" in html and "Giải Nhất" in html


@pytest.mark.parametrize("who", ["author", "juror"])
def test_others_do_not_reach_the_contest_snippets(people, who):
    response = _get(people[who], reverse("wagtailsnippets_contest_contest:list"))
    assert response.status_code == 302  # no admin access: back to the admin sign-in


def test_admin_menu_links_the_secretary_screen(people):
    html = _get(people["secretary"], reverse("wagtailadmin_home")).content.decode()
    assert reverse("contest:secretary-home") in html
