"""Editorial approval: an editor drafts and submits; only a moderator publishes."""

import datetime as dt
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from cchc.news.models import ArticlePage
from cchc.portal.services import EDITORS, MODERATORS, editorial_roles_ensure


@pytest.fixture
def editorial(home_page, news_index, django_user_model):
    """The project's own editorial roles and moderation workflow, as a fresh install has
    them (``portal.services.editorial_roles_ensure``), not one built here."""
    editorial_roles_ensure()
    workflow = news_index.get_workflow()
    assert workflow is not None and workflow.active
    editor = django_user_model.objects.create_user("bientap", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    moderator = django_user_model.objects.create_user("duyet", password="x")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    return editor, moderator, workflow


def test_editor_cannot_publish_but_moderator_can(editorial, news_index):
    editor, moderator, workflow = editorial
    article = ArticlePage(
        title="Bài chờ duyệt", date=dt.date(2026, 5, 1), body="<p>Nội dung</p>", live=False
    )
    news_index.add_child(instance=article)
    article.save_revision(user=editor)
    assert not article.permissions_for_user(editor).can_publish()
    assert article.permissions_for_user(moderator).can_publish()

    state = workflow.start(article, editor)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    article.refresh_from_db()
    assert not article.live

    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    article.refresh_from_db()
    assert article.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_editor_publish_in_admin_is_refused(editorial, news_index, client):
    editor, _, _ = editorial
    article = ArticlePage(title="Bài nháp", date=dt.date(2026, 5, 1), body="<p>x</p>", live=False)
    news_index.add_child(instance=article)
    client.force_login(editor)
    response = client.post(
        f"/quan-tri/pages/{article.pk}/edit/",
        {
            "title": "Bài nháp",
            "slug": article.slug,
            "date": "2026-05-01",
            "body": '{"blocks":[],"entityMap":{}}',
            "action-publish": "1",
        },
    )
    article.refresh_from_db()
    assert response.status_code == 302
    assert not article.live


def test_revisions_are_kept(news_index, make_article):
    article = make_article("Bản đầu")
    article.title = "Bản sửa"
    article.save_revision().publish()
    assert article.revisions.count() == 2


def test_scheduled_publishing(news_index):
    """A revision approved with a future go-live date goes live when publish_scheduled runs."""
    article = ArticlePage(
        title="Hẹn giờ đăng", date=dt.date(2026, 5, 1), body="<p>x</p>", live=False
    )
    news_index.add_child(instance=article)
    go_live = timezone.now() + dt.timedelta(hours=2)
    article.go_live_at = go_live
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    assert not article.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert not article.live  # not yet time
    with mock.patch.object(timezone, "now", return_value=go_live + dt.timedelta(minutes=1)):
        call_command("publish_scheduled")  # the clock, not the test, has moved on
    article.refresh_from_db()
    assert article.live
