"""Editorial approval: an editor drafts and submits; only a moderator publishes."""

import datetime as dt
import time

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from cchc.news.models import ArticlePage


@pytest.fixture
def editorial(home_page, news_index, editors_group, moderators_group, django_user_model):
    admin_access = Permission.objects.get(codename="access_admin")
    for group in (editors_group, moderators_group):
        group.permissions.add(admin_access)
    for perm in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(
            group=editors_group, page=home_page, permission=Permission.objects.get(codename=perm)
        )
    for perm in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=moderators_group, page=home_page, permission=Permission.objects.get(codename=perm)
        )
    task = GroupApprovalTask.objects.create(name="Kiểm duyệt")
    task.groups.set([moderators_group])
    workflow = Workflow.objects.create(name="Duyệt bài")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home_page)
    editor = django_user_model.objects.create_user("bientap", password="x")
    editor.groups.add(editors_group)
    moderator = django_user_model.objects.create_user("duyet", password="x")
    moderator.groups.add(moderators_group)
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
    assert response.status_code in (200, 302, 403)
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
    article.go_live_at = timezone.now() + dt.timedelta(seconds=2)
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    assert not article.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert not article.live  # not yet time
    time.sleep(2.2)  # let the go-live time pass for real
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
