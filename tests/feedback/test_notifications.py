"""Notifications: outbox rows, sending after commit, retries; a submission is never lost."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from cchc.feedback.models import Feedback, Notification
from cchc.feedback.sms import LocmemSmsBackend


@pytest.mark.django_db
def test_email_and_sms_sent_after_commit(make_feedback, django_capture_on_commit_callbacks):
    """On submit, an e-mail and an SMS with the code are sent once the transaction commits."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        fb = make_feedback()
    assert len(mail.outbox) == 0 and Notification.objects.filter(status="pending").count() == 2
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1 and fb.code in mail.outbox[0].subject
    assert mail.outbox[0].to == ["hoa.nguyen@example.com"]
    assert LocmemSmsBackend.outbox and fb.code in LocmemSmsBackend.outbox[0][1]
    assert Notification.objects.filter(status="sent").count() == 2


@pytest.mark.django_db(transaction=True)
def test_smtp_failure_keeps_case_and_leaves_notification_pending(category, settings):
    """SMTP unreachable: the case is committed, the e-mail stays pending with the error; the retry command sends it later."""
    from cchc.feedback.services import Submission, feedback_submit

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # discard port: nothing listens, connection refused
    settings.EMAIL_TIMEOUT = 2
    fb = feedback_submit(
        submission=Submission(
            channel="web",
            subject="Đường hỏng",
            content="Đường liên thôn bị sạt lở sau mưa lớn.",
            category=category,
            submitter_name="Vũ Thị Lan",
            submitter_address="Thôn 2",
            submitter_email="lan@example.com",
        )
    )
    assert Feedback.objects.filter(pk=fb.pk).exists()
    note = Notification.objects.get(feedback=fb)
    assert note.status == "pending" and note.attempts == 1 and note.last_error
    assert note.next_attempt_at is not None  # backoff: not retried before then
    Notification.objects.filter(pk=note.pk).update(next_attempt_at=None)  # time passes
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    call_command("feedback_send_pending", stdout=io.StringIO())
    note.refresh_from_db()
    assert note.status == "sent" and note.attempts == 2
    assert len(mail.outbox) == 1 and fb.code in mail.outbox[0].body


@pytest.mark.django_db
def test_gives_up_after_max_attempts(make_feedback, settings, django_capture_on_commit_callbacks):
    """A notification failing every time is marked failed after FEEDBACK_NOTIFY_MAX_ATTEMPTS."""
    settings.FEEDBACK_SMS_BACKEND = "cchc.feedback.sms.FailingSmsBackend"
    settings.FEEDBACK_NOTIFY_MAX_ATTEMPTS = 3
    with django_capture_on_commit_callbacks(execute=True):
        make_feedback(submitter_email="")
    sms = Notification.objects.get(channel="sms")
    assert sms.status == "pending" and sms.attempts == 1
    call_command("feedback_send_pending", stdout=io.StringIO())
    sms.refresh_from_db()
    assert sms.attempts == 1  # not due yet: backoff
    call_command("feedback_send_pending", "--force", stdout=io.StringIO())
    call_command("feedback_send_pending", "--force", stdout=io.StringIO())
    sms.refresh_from_db()
    assert sms.status == "failed" and sms.attempts == 3 and "unreachable" in sms.last_error
