"""The dossier as a case kind of the satisfaction survey (SIPAS, docs/surveys.md).

A dossier is rateable once its result was returned (``returned_at`` set: approved or
refused on substance, at the desk, online or by post), whatever happens after (closed).
A dossier withdrawn by the applicant or refused at receipt never got a result: it is not
invited. The invitation reaches the applicant through the accounts outbox (e-mail and/or
SMS), sent after commit.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _


def describe(case_id: int):
    from cchc.surveys.registry import CaseInfo

    from .models import Dossier

    d = (
        Dossier.objects.filter(pk=case_id, returned_at__isnull=False)
        .select_related("procedure")
        .only(
            "code",
            "handling_agency_id",
            "procedure__code",
            "applicant_email",
            "applicant_phone",
        )
        .first()
    )
    if d is None:
        return None
    return CaseInfo(
        reference=d.code,
        agency_id=d.handling_agency_id,
        procedure=d.procedure.code,
        has_contact=bool(d.applicant_email or d.applicant_phone),
    )


def notify(case_id: int, subject: str, body: str) -> None:
    from .services import dossier_notify_applicant

    dossier_notify_applicant(dossier=case_id, subject=subject, body=body)


def resolved_ids(since: dt.date):
    from django.utils import timezone

    from .models import Dossier

    start = timezone.make_aware(dt.datetime.combine(since, dt.time.min))
    return Dossier.objects.filter(returned_at__gte=start).values_list("pk", flat=True)


def register() -> None:
    """Called from ``DossiersConfig.ready()`` (and by tests that unregistered the kind)."""
    from cchc.surveys.registry import register_case_kind

    register_case_kind(
        "dossier",
        label=_("Hồ sơ thủ tục hành chính"),
        describe=describe,
        notify=notify,
        resolved_ids=resolved_ids,
    )
