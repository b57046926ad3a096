"""Creating a page in the admin when another creation under the same parent wins the race
(Wagtail 8's first autosave and the editor's own "Save" sent together): a form error and
nothing half-saved, never a 500."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from wagtail.admin.forms.pages import WagtailAdminPageForm

from cchc.news.models import ArticlePage
from cchc.portal.services import EDITORS, editorial_roles_ensure


@pytest.fixture
def editor(news_index, django_user_model):
    editorial_roles_ensure()
    user = django_user_model.objects.create_user("bientap", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def _post(client, news_index, **extra):
    return client.post(
        f"/quan-tri/pages/add/news/articlepage/{news_index.pk}/",
        {
            "title": "Bài viết thử",
            "slug": "bai-viet-thu",
            "date": "01/05/2026",
            "summary": "Tóm tắt",
            "body": '{"blocks":[],"entityMap":{}}',
            **extra,
        },
    )


def test_a_new_page_is_created(client, editor, news_index):
    client.force_login(editor)
    response = _post(client, news_index)
    assert response.status_code == 302
    assert ArticlePage.objects.filter(slug="bai-viet-thu").count() == 1


def test_a_creation_that_loses_the_race_gets_the_form_back(client, editor, news_index):
    """The other request commits its page after this one's form has passed the slug check
    and before this one writes: the form comes back with the reason, one page exists."""
    client.force_login(editor)
    original_clean = WagtailAdminPageForm.clean

    def clean_then_lose_the_race(form):
        cleaned = original_clean(form)
        if not ArticlePage.objects.filter(slug="bai-viet-thu").exists():
            news_index.add_child(
                instance=ArticlePage(
                    title="Bài viết thử", slug="bai-viet-thu", date=dt.date(2026, 5, 1), live=False
                )
            )
        return cleaned

    WagtailAdminPageForm.clean = clean_then_lose_the_race
    try:
        response = _post(client, news_index)
    finally:
        WagtailAdminPageForm.clean = original_clean
    assert response.status_code == 200
    assert "được tạo cùng lúc" in response.content.decode()
    assert ArticlePage.objects.filter(slug="bai-viet-thu").count() == 1
