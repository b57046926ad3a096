"""The daily deadline digest: one e-mail per agency listing overdue and due-soon cases.

Recipients: the agency's e-mail plus its officers' e-mails. Sent through the outbox
(``Notification``), so a mail failure is retried by ``feedback_send_pending``.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from cchc.core.dates import format_short
from cchc.directory.selectors import agency_mail_recipients

from .choices import NotificationChannel
from .notifications import queue_notification
from .selectors import feedback_due_by_agency


def digest_text(agency, overdue, due_soon, today) -> str:
    lines = [f"Phản ánh, kiến nghị của {agency.name} cần xử lý (ngày {format_short(today)}):", ""]
    if overdue:
        lines.append(f"QUÁ HẠN ({len(overdue)}):")
        lines += [
            f"- {fb.code}: {fb.subject[:100]} (hạn {format_short(fb.answer_due)})" for fb in overdue
        ]
        lines.append("")
    if due_soon:
        lines.append(f"SẮP ĐẾN HẠN ({len(due_soon)}):")
        lines += [
            f"- {fb.code}: {fb.subject[:100]} (hạn {format_short(fb.answer_due)})"
            for fb in due_soon
        ]
    return "\n".join(lines)


def send_daily_digest(*, dry_run: bool = False, stdout=None, today=None) -> int:
    today = today or timezone.localdate()
    sent = 0
    for bucket in feedback_due_by_agency(today).values():
        agency = bucket["agency"]
        body = digest_text(agency, bucket["overdue"], bucket["due_soon"], today)
        recipients = agency_mail_recipients(agency)
        if stdout is not None and dry_run:
            stdout.write(
                f"{agency.name}: {len(bucket['overdue'])} quá hạn, {len(bucket['due_soon'])} sắp đến hạn → {recipients}"
            )
        if dry_run:
            continue
        with transaction.atomic():
            for email in recipients:
                queue_notification(
                    feedback=None,
                    channel=NotificationChannel.EMAIL,
                    recipient=email,
                    subject=f"[PAKN] {len(bucket['overdue'])} quá hạn, {len(bucket['due_soon'])} sắp đến hạn ({format_short(today)})",
                    body=body,
                )
                sent += 1
    return sent
