"""The default tasks backend (cchc.core.tasks.BackgroundThreadBackend) runs a task after the
transaction that enqueued it commits, on a thread with its own connection.

Wagtail enqueues its search-index and reference-index updates from post_save, inside the
admin's transaction; run at once on another connection they could not see the new row and
failed with DoesNotExist (seen while the demo loaded: every index task FAILED).
"""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.tasks import TaskResultStatus, task

from cchc.core.tasks import BackgroundThreadBackend

pytestmark = pytest.mark.django_db(transaction=True)


@task
def group_name(pk: int) -> str:
    return Group.objects.get(pk=pk).name


@pytest.fixture
def backend():
    backend = BackgroundThreadBackend("test-thread", {"OPTIONS": {"workers": 1}})
    yield backend
    backend.wait(10)


def test_task_enqueued_in_a_transaction_runs_after_commit_and_sees_the_row(backend):
    with transaction.atomic():
        group = Group.objects.create(name="Tổ công tác CCHC")
        result = backend.enqueue(group_name, [group.pk], {})
        # had it run now, on its own connection, it would have failed inside this transaction
        assert backend.wait(10)
        assert result.status == TaskResultStatus.READY
    assert backend.wait(10)
    assert result.status == TaskResultStatus.SUCCESSFUL, result.errors
    assert result.return_value == "Tổ công tác CCHC"


def test_task_of_a_rolled_back_transaction_never_runs(backend):
    with pytest.raises(RuntimeError), transaction.atomic():
        group = Group.objects.create(name="Nháp")
        result = backend.enqueue(group_name, [group.pk], {})
        raise RuntimeError("rolled back")
    assert backend.wait(10)
    assert result.status == TaskResultStatus.READY


def test_task_outside_a_transaction_runs_at_once(backend):
    group = Group.objects.create(name="Ngoài giao dịch")
    result = backend.enqueue(group_name, [group.pk], {})
    assert backend.wait(10)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == "Ngoài giao dịch"
