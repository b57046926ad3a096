"""plans_send_reminders: agencies without a submitted report are e-mailed once, only in
the last days of the quarter; a failed send is retried next run."""

import datetime as dt
from io import StringIO
from unittest import mock

from django.core import mail
from django.core.management import call_command

from cchc.plans import services
from cchc.plans.models import Reminder
from cchc.plans.periods import Quarter


def run(*args):
    out = StringIO()
    call_command("plans_send_reminders", *args, stdout=out)
    return out.getvalue()


def test_reminders_go_to_agencies_with_missing_reports(plan, sxd_officer):
    item = plan.test_items["visual"]
    report = services.report_get_or_create(plan=plan, quarter=Quarter(2022, 4), actor=sxd_officer)
    services.activity_add(
        report=report,
        data=services.ActivityData(
            item=item, form=item.form, date=dt.date(2022, 10, 2), description="x"
        ),
        actor=sxd_officer,
    )
    services.report_submit(report=report, summary="", actor=sxd_officer)
    out = run("--date", "25/12/2022", "--days", "10")
    recipients = sorted(r for m in mail.outbox for r in m.to)
    assert "sxd@example.gov.vn" not in recipients
    assert {"snv@example.gov.vn", "stp@example.gov.vn", "hdl@example.gov.vn"} <= set(recipients)
    assert "quý IV" in mail.outbox[0].subject or "IV/2022" in mail.outbox[0].subject
    assert f"/can-bo/ke-hoach/{plan.pk}/bao-cao/2022/4/" in mail.outbox[0].body
    assert "sent" in out
    # once per agency and quarter
    mail.outbox.clear()
    run("--date", "26/12/2022")
    assert mail.outbox == []


def test_nothing_sent_early_in_the_quarter(plan):
    run("--date", "01/11/2022", "--days", "10")
    assert mail.outbox == []


def test_dry_run_sends_nothing(plan):
    out = run("--date", "25/12/2022", "--dry-run")
    assert mail.outbox == [] and "dry-run" in out and not Reminder.objects.exists()


def test_failed_send_is_retried(plan):
    with mock.patch("cchc.plans.reminders.send_mail", side_effect=OSError("timed out")):
        out = run("--date", "25/12/2022")
    assert (
        "failed" in out
        and Reminder.objects.filter(sent_at__isnull=True).exclude(last_error="").exists()
    )
    run("--date", "26/12/2022")
    assert len(mail.outbox) == Reminder.objects.filter(sent_at__isnull=False).count() > 0
