"""Reminders to agencies whose quarterly report is missing before the quarter closes.

Run daily by cron (``manage.py plans_send_reminders``, docs/plans.md). Within
``days_before`` days of the end of the current quarter, every agency of every plan of the
year without a submitted report gets one e-mail (its own address plus its officers'). The
``Reminder`` row makes it once per agency and quarter: a failed send keeps the error and is
retried on the next run; a sent one is not repeated. Mail goes through Django's mail
backend, whose connection honours ``EMAIL_TIMEOUT`` (settings/base.py), never inside a
transaction or a request.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from cchc.core.audit import record_event
from cchc.core.dates import format_long
from cchc.directory.selectors import agency_mail_recipients

from .models import CommunicationPlan, Reminder
from .periods import quarter_of
from .selectors import missing_reports

DEFAULT_DAYS_BEFORE = 10


@dataclass
class ReminderResult:
    agency: str
    plan: str
    recipients: list[str]
    status: str  # "sent", "failed", "skipped" (already sent), "no-address", "dry-run"


def reminder_text(plan, agency, quarter, base_url: str) -> tuple[str, str]:
    subject = f"Nhắc báo cáo quý {quarter.roman}/{quarter.year}: {plan.title}"[:200]
    link = (
        f"{base_url.rstrip('/')}/can-bo/ke-hoach/{plan.pk}/bao-cao/{quarter.year}/{quarter.number}/"
    )
    body = "\n".join(
        [
            f"Kính gửi {agency.name},",
            "",
            f"Cơ quan chưa gửi báo cáo kết quả thực hiện {plan.title} quý {quarter.roman} "
            f"năm {quarter.year}. Quý kết thúc {format_long(quarter.end)}.",
            "",
            f"Đề nghị cơ quan cập nhật và gửi báo cáo tại: {link}",
            "",
            "Thư này được gửi tự động; vui lòng không trả lời.",
        ]
    )
    return subject, body


def send_reminders(
    *,
    today: dt.date | None = None,
    days_before: int = DEFAULT_DAYS_BEFORE,
    dry_run: bool = False,
    base_url: str | None = None,
) -> list[ReminderResult]:
    today = today or timezone.localdate()
    quarter = quarter_of(today)
    if quarter.days_left(today) > days_before:
        return []
    base_url = base_url or getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    results: list[ReminderResult] = []
    for plan in CommunicationPlan.objects.filter(year=quarter.year):
        for agency in missing_reports(plan, quarter):
            recipients = agency_mail_recipients(agency)
            result = ReminderResult(agency.name, plan.title, recipients, "dry-run")
            results.append(result)
            if dry_run:
                continue
            if not recipients:
                result.status = "no-address"
                continue
            with transaction.atomic():
                reminder, _created = Reminder.objects.select_for_update().get_or_create(
                    plan=plan, agency=agency, year=quarter.year, quarter=quarter.number
                )
                if reminder.sent_at is not None:
                    result.status = "skipped"
                    continue
            subject, body = reminder_text(plan, agency, quarter, base_url)
            try:
                send_mail(subject, body, None, recipients, fail_silently=False)
            except Exception as exc:  # a mail server down must not stop the others
                reminder.last_error = f"{type(exc).__name__}: {exc}"[:2000]
                reminder.save(update_fields=["last_error"])
                result.status = "failed"
                continue
            reminder.sent_at = timezone.now()
            reminder.recipients = ", ".join(recipients)
            reminder.last_error = ""
            reminder.save(update_fields=["sent_at", "recipients", "last_error"])
            record_event(
                "cchc.plans.reminder.send",
                obj=reminder,
                data={"agency": agency.pk, "plan": plan.pk, "quarter": str(quarter)},
            )
            result.status = "sent"
    return results
