"""A Django tasks backend that runs each task on a background thread of this process.

Django 6 ships only ``ImmediateBackend`` (runs the task inside ``enqueue``, i.e. inside
the request that enqueued it) and ``DummyBackend`` (never runs it). Outbound work (SMTP,
SMS gateways) must never run inside a request: a stalled mail server would hang the
citizen's submission. This backend hands the task to a small thread pool once the
enqueuing transaction has committed, and returns at once; the thread uses its own database
connection, closed when the task ends.

Delivery is still at-least-once without it: every task here only *sends* rows of a
database outbox, and ``manage.py feedback_send_pending`` (cron) retries whatever a
crashed process left behind. A deployment with a real queue (a database or Redis task
backend and its worker) sets ``TASKS`` to that backend instead; nothing else changes.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from django.db import connections, transaction
from django.tasks.backends.immediate import ImmediateBackend

logger = logging.getLogger("cchc.core.tasks")


class BackgroundThreadBackend(ImmediateBackend):
    """``ImmediateBackend`` semantics, but executed on a thread pool (``OPTIONS["workers"]``)."""

    def __init__(self, alias, params):
        super().__init__(alias, params)
        workers = int(params.get("OPTIONS", {}).get("workers", 2))
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cchc-task")
        self._futures: set[Future] = set()
        self._lock = threading.Lock()
        # One lock per task and arguments, held while it runs: two updates of the same object
        # (Wagtail indexes a page on each save) run one after the other, never side by side
        # (side by side they raced on Wagtail's unique index row: IntegrityError).
        self._same: dict[tuple[str, str], list] = {}  # key -> [lock, tasks holding or waiting]

    def _execute_task(self, task_result):
        # After the enqueuing transaction commits: the thread reads through its own connection,
        # which cannot see uncommitted rows (Wagtail enqueues its search and reference index
        # updates from post_save, inside the admin's transaction; run at once they failed with
        # DoesNotExist). A rolled-back transaction drops the task; outside one, it runs now.
        transaction.on_commit(lambda: self._submit(task_result), robust=True)

    def _submit(self, task_result):
        future = self._executor.submit(self._run, task_result)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._futures.discard(future)

    def _run(self, task_result):
        key = (task_result.task.module_path, repr((task_result.args, task_result.kwargs)))
        with self._lock:
            entry = self._same.setdefault(key, [threading.Lock(), 0])
            entry[1] += 1
        try:
            with entry[0]:
                ImmediateBackend._execute_task(self, task_result)
        except Exception:  # _execute_task records task errors; this is a last resort
            logger.exception("background task %s crashed", task_result.id)
        finally:
            connections.close_all()
            with self._lock:
                entry[1] -= 1
                if not entry[1]:
                    del self._same[key]

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the queued tasks have run (tests, graceful shutdown); True if all did."""
        with self._lock:
            pending = list(self._futures)
        for future in pending:
            try:
                future.result(timeout=timeout)
            except TimeoutError:
                return False
            except Exception:  # noqa: S112 - errors are recorded on the task result
                continue
        return True
