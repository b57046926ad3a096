"""A mail server that accepts connections and never answers must not stall submissions.

Issue 12, point 3: on SQLite one submission hung > 75 s and the others failed with
"database is locked", because the e-mail was sent inside the request, in the transaction
that held the write lock. Now the request only writes outbox rows; a background task
sends them outside any transaction, with EMAIL_TIMEOUT, and retries with backoff.
"""

import datetime as dt
import smtplib
import socket
import threading

import pytest
from django.tasks import task_backends
from django.utils import timezone

from cchc.feedback.models import Feedback, Notification
from cchc.feedback.notifications import deliver_many, retry_delay


class StalledSmtpServer:
    """Accepts TCP connections and never sends a byte (no SMTP greeting)."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = []
        self.connected = threading.Event()  # set when a client is waiting for a greeting
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _addr = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(conn)  # held open, silent
            self.connected.set()

    def close(self):
        self._stop.set()
        self.thread.join(2)
        for conn in self.accepted:
            conn.close()
        self.sock.close()


@pytest.fixture
def stalled_smtp(settings):
    server = StalledSmtpServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 2
    yield server
    server.close()


def _submission(category, n):
    from cchc.feedback.services import Submission

    return Submission(
        channel="web",
        subject=f"Đèn đường hỏng số {n}",
        content="Đèn đường trước nhà văn hoá thôn 3 không sáng đã một tuần.",
        category=category,
        submitter_name="Trần Văn Bình",
        submitter_address="Thôn 3",
        submitter_email=f"binh{n}@example.com",
    )


@pytest.fixture
def smtp_connections(monkeypatch):
    """Every SMTP connection opened: (thread that opened it, its timeout)."""
    opened = []
    original = smtplib.SMTP.__init__

    def spy(self, host="", port=0, local_hostname=None, timeout=None, *args, **kwargs):
        opened.append((threading.get_ident(), timeout))
        original(self, host, port, local_hostname, timeout, *args, **kwargs)

    monkeypatch.setattr(smtplib.SMTP, "__init__", spy)
    return opened


@pytest.mark.django_db(transaction=True)
def test_submissions_never_wait_for_smtp_while_it_stalls(
    category, stalled_smtp, smtp_connections, settings
):
    """With the default (background) task backend, a submission only writes its outbox rows:
    the submitting thread never opens an SMTP connection. The worker sends them later, with
    EMAIL_TIMEOUT, and on the silent server each stays pending for a retry."""
    from cchc.feedback.services import feedback_submit

    settings.TASKS = {"default": {"BACKEND": "cchc.core.tasks.BackgroundThreadBackend"}}
    submitter = threading.get_ident()
    codes = [feedback_submit(submission=_submission(category, n)).code for n in range(3)]
    assert Feedback.objects.filter(code__in=codes).count() == 3
    assert Notification.objects.filter(channel="email", feedback__code__in=codes).count() == 3
    # the worker is blocked on the silent server, yet the database is writable
    assert task_backends["default"].wait(timeout=30)
    assert smtp_connections, "the worker sent nothing"
    assert all(thread != submitter for thread, _timeout in smtp_connections)
    assert {timeout for _thread, timeout in smtp_connections} == {settings.EMAIL_TIMEOUT}
    rows = list(Notification.objects.filter(channel="email"))
    assert len(rows) == 3 and len(stalled_smtp.accepted) >= 1
    for row in rows:
        assert row.status == "pending" and row.attempts == 1
        assert "timed out" in row.last_error.lower() or "timeout" in row.last_error.lower()
        assert row.next_attempt_at > timezone.now() + dt.timedelta(seconds=30)


@pytest.mark.django_db(transaction=True)
def test_send_holds_no_transaction_while_smtp_stalls(category, stalled_smtp, settings):
    """While the sender waits on the silent server, another connection can write
    (the old code held SELECT FOR UPDATE / the SQLite write lock during the send)."""
    from cchc.feedback.services import feedback_submit

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    fb = feedback_submit(submission=_submission(category, 9))
    ids = list(Notification.objects.filter(feedback=fb).values_list("pk", flat=True))
    results = {}

    def send():
        try:
            results["statuses"] = deliver_many(ids)
        finally:
            from django.db import connections

            connections.close_all()

    sender = threading.Thread(target=send)
    sender.start()
    assert stalled_smtp.connected.wait(30)  # the sender now waits for the SMTP greeting
    feedback_submit(submission=_submission(category, 10))
    Notification.objects.filter(pk__in=ids).update(body="changed while sending")
    assert sender.is_alive()  # both writes went through while the send was still stalled
    sender.join(30)
    assert results["statuses"] == ["pending"]


def test_retry_delay_backs_off_and_caps(settings):
    settings.FEEDBACK_NOTIFY_RETRY_BASE = 60
    settings.FEEDBACK_NOTIFY_RETRY_MAX = 3600
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 4, 10)] == [
        60,
        120,
        240,
        480,
        3600,
    ]
