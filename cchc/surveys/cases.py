"""The case kinds this app knows out of the box: answered feedback (phản ánh, kiến nghị).

One-stop dossiers register themselves from ``cchc/dossiers`` the same way
(docs/surveys.md); nothing here imports them.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

from .registry import CaseInfo, register_case_kind


def _feedback_describe(case_id: int) -> CaseInfo | None:
    from cchc.feedback.models import Feedback

    fb = (
        Feedback.objects.filter(pk=case_id, answered_at__isnull=False)
        .select_related("category")
        .only(
            "code",
            "answering_agency_id",
            "assigned_agency_id",
            "category__code",
            "submitter_email",
            "submitter_phone",
        )
        .first()
    )
    if fb is None:
        return None
    return CaseInfo(
        reference=fb.code,
        agency_id=fb.answering_agency_id or fb.assigned_agency_id,
        procedure=fb.category.code if fb.category_id else "",
        has_contact=bool(fb.submitter_email or fb.submitter_phone),
    )


def _feedback_notify(case_id: int, subject: str, body: str) -> None:
    """Through the feedback outbox: rows now, sent by the task worker after commit."""
    from cchc.feedback.models import Feedback
    from cchc.feedback.notifications import notify_submitter

    notify_submitter(Feedback.objects.get(pk=case_id), subject, body)


def _feedback_resolved_ids(since: dt.date):
    from cchc.feedback.models import Feedback

    return Feedback.objects.filter(answered_on__gte=since).values_list("pk", flat=True)


def register_builtin_kinds() -> None:
    register_case_kind(
        "feedback",
        label=_("Phản ánh, kiến nghị"),
        describe=_feedback_describe,
        notify=_feedback_notify,
        resolved_ids=_feedback_resolved_ids,
    )
