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


_running = {"now": 0, "most": 0}
_running_lock = __import__("threading").Lock()


@task
def slow_update(pk: int) -> int:
    import time

    with _running_lock:
        _running["now"] += 1
        _running["most"] = max(_running["most"], _running["now"])
    time.sleep(0.05)
    with _running_lock:
        _running["now"] -= 1
    return pk


def test_the_same_task_on_the_same_object_never_runs_side_by_side():
    # Wagtail enqueues an index update on every save: two at once raced on its unique index row
    backend = BackgroundThreadBackend("test-same", {"OPTIONS": {"workers": 4}})
    _running.update(now=0, most=0)
    same = [backend.enqueue(slow_update, [7], {}) for _ in range(4)]
    assert backend.wait(10)
    assert _running["most"] == 1
    assert [r.return_value for r in same] == [7, 7, 7, 7]
    _running.update(now=0, most=0)
    others = [backend.enqueue(slow_update, [pk], {}) for pk in range(4)]
    assert backend.wait(10)
    assert _running["most"] > 1  # different objects still run in parallel
    assert sorted(r.return_value for r in others) == [0, 1, 2, 3]
    assert backend._same == {}
