"""Every role on every contest view: anonymous, author, another author, jurors (with a seat,
excluded by agency, without a seat), secretary, chair.

The expectations are written out by hand: a change in who may see or do what shows up
here as a failing test."""

import pytest
from django.test import Client
from django.urls import reverse

from cchc.contest.models import Score

pytestmark = pytest.mark.django_db

USERS = ["anon", "author", "author2", "juror", "juror_a", "juror_other", "secretary", "chair"]
SIGNED_IN = set(USERS) - {"anon"}
STAFF_MANAGE = {"secretary", "chair"}

# view name → (kwargs keys, {user: status}); users not listed get `default`.
GET_EXPECTED = {
    "list": ({}, {u: 200 for u in USERS}),
    "detail": ({"slug"}, {u: 200 for u in USERS}),
    "entry-form": ({"slug"}, {"anon": 302, **{u: 200 for u in SIGNED_IN}}),
    "my-entries": ({}, {"anon": 302, **{u: 200 for u in SIGNED_IN}}),
    "my-entry": ({"code"}, {"anon": 302, "author": 200, **{u: 404 for u in SIGNED_IN - {"author"}}}),
    "my-attachment": (
        {"code", "pk"},
        {"anon": 302, "author": 200, **{u: 404 for u in SIGNED_IN - {"author"}}},
    ),
    "jury-home": (
        {},
        {"anon": 302, "author": 403, "author2": 403, "juror": 200, "juror_a": 200,
         "juror_other": 200, "secretary": 403, "chair": 403},
    ),
    "jury-contest": (
        {"slug"},
        {"anon": 302, "author": 403, "author2": 403, "juror": 200, "juror_a": 200,
         "juror_other": 403, "secretary": 403, "chair": 403},
    ),
    "jury-entry": (
        {"slug", "code"},
        {"anon": 302, "author": 403, "author2": 403, "juror": 200, "juror_a": 403,
         "juror_other": 403, "secretary": 403, "chair": 403},
    ),
    "jury-attachment": (
        {"slug", "code", "number"},
        {"anon": 302, "author": 403, "author2": 403, "juror": 200, "juror_a": 404,
         "juror_other": 403, "secretary": 403, "chair": 403},
    ),
    **{
        name: (
            keys,
            {"anon": 302, **{u: (200 if u in STAFF_MANAGE else 403) for u in SIGNED_IN}},
        )
        for name, keys in [
            ("secretary-home", set()),
            ("secretary-contest", {"slug"}),
            ("secretary-entry", {"slug", "code"}),
            ("secretary-attachment", {"slug", "code", "pk"}),
            ("secretary-export", {"slug"}),
        ]
    },
    "winner": ({"slug", "code"}, {u: 404 for u in USERS}),  # results not published
}  # fmt: skip

POST_EXPECTED = {
    # a score sheet: saved (302) only by the juror with a seat and no conflict
    "jury-entry": {"anon": 302, "author": 403, "author2": 403, "juror": 302, "juror_a": 403,
                   "juror_other": 403, "secretary": 403, "chair": 403},
    "jury-conflict": {"anon": 302, "author": 403, "author2": 403, "juror": 302, "juror_a": 302,
                      "juror_other": 403, "secretary": 403, "chair": 403},
    "secretary-entry-action": {"anon": 302, **{u: (302 if u in STAFF_MANAGE else 403) for u in SIGNED_IN}},
    "results-action": {"anon": 302, **{u: (302 if u in STAFF_MANAGE else 403) for u in SIGNED_IN}},
}  # fmt: skip


@pytest.fixture
def world(people, contest, submit, eligible):
    return {"entry": eligible, "people": people, "contest": contest}


def _client(world, who):
    client = Client()
    if who != "anon":
        client.force_login(world["people"][who])
    return client


def _kwargs(world, keys):
    entry, contest = world["entry"], world["contest"]
    values = {
        "slug": contest.slug,
        "code": entry.code,
        "pk": entry.attachments.get().pk,
        "number": 1,
    }
    return {k: values[k] for k in keys}


@pytest.mark.parametrize("who", USERS)
@pytest.mark.parametrize("name", sorted(GET_EXPECTED))
def test_get_matrix(world, name, who):
    keys, expected = GET_EXPECTED[name]
    response = _client(world, who).get(reverse(f"contest:{name}", kwargs=_kwargs(world, keys)))
    assert response.status_code == expected[who], (name, who)


@pytest.mark.parametrize("who", USERS)
@pytest.mark.parametrize("name", sorted(POST_EXPECTED))
def test_post_matrix(world, name, who):
    contest, entry = world["contest"], world["entry"]
    if name in ("jury-entry", "jury-conflict"):
        url = reverse(f"contest:{name}", kwargs={"slug": contest.slug, "code": entry.code})
        data = {f"diem-{c.pk}": "5" for c in contest.criteria.all()}
    elif name == "secretary-entry-action":
        url = reverse(
            "contest:secretary-entry-action",
            kwargs={"slug": contest.slug, "code": entry.code, "verb": "reject"},
        )
        data = {"reject-reason": "Sai chủ đề"}
    else:
        url = reverse("contest:results-action", kwargs={"slug": contest.slug, "verb": "rank"})
        data = {}
    response = _client(world, who).post(url, data)
    assert response.status_code == POST_EXPECTED[name][who], (name, who)
    if name == "jury-entry":
        assert Score.objects.exists() == (who == "juror")


def test_anonymous_author_goes_to_the_citizen_sign_in(world):
    response = Client().get(reverse("contest:entry-form", kwargs={"slug": world["contest"].slug}))
    assert response["Location"].startswith(reverse("accounts:sign-in"))


def test_anonymous_staff_goes_to_the_staff_sign_in(world):
    response = Client().get(reverse("contest:jury-home"))
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_private_pages_are_not_cached(world):
    client = _client(world, "juror")
    response = client.get(
        reverse(
            "contest:jury-entry",
            kwargs={"slug": world["contest"].slug, "code": world["entry"].code},
        )
    )
    assert "no-store" in response["Cache-Control"]
