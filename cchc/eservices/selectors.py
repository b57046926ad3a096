"""Reads of online filing: the applicant's own filings only."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import DraftFile, Filing


def procedure_for_filing(code: str, *, submitting: bool = False):
    """``procedure_get_public`` with what the filing form reads loaded in the same round
    trips: the documents (upload slots) with their forms, the agency's dossier unit code,
    and, when submitting, the channels (the dossier's time limit)."""
    from cchc.procedures.selectors import procedure_get_public, required_documents_prefetch

    if not submitting:
        return procedure_get_public(code, prefetch=(required_documents_prefetch(),))
    return procedure_get_public(
        code,
        select=("agency__dossier_unit_code",),
        prefetch=(required_documents_prefetch(), "channels"),
    )


def filing_list_for_applicant(applicant) -> QuerySet[Filing]:
    return (
        Filing.objects.filter(applicant=applicant)
        .select_related("procedure", "dossier")
        .order_by("-updated_at", "-id")
    )


def filing_get_for_applicant(applicant, key) -> Filing | None:
    """The applicant's filing of ``key``; None for anyone else's (a guessed key is a 404)."""
    if applicant is None:
        return None
    return (
        Filing.objects.select_related("procedure", "dossier")
        .filter(applicant=applicant, key=key)
        .first()
    )


def filing_state_for_applicant(applicant, key) -> Filing | None:
    """The applicant's filing of ``key`` alone (its status and files, no joins): what a
    POST of the form checks before the services lock it."""
    if applicant is None:
        return None
    return Filing.objects.filter(applicant=applicant, key=key).first()


def draft_file_get_for_applicant(applicant, key, file_id: int) -> DraftFile | None:
    if applicant is None:
        return None
    return (
        DraftFile.objects.select_related("filing")
        .filter(filing__applicant=applicant, filing__key=key, pk=file_id)
        .first()
    )


def attachment_get_for_applicant(applicant, key, attachment_id: int):
    """A file of the applicant's submitted dossier (never another's: 404)."""
    from cchc.dossiers.models import DossierAttachment

    if applicant is None:
        return None
    return (
        DossierAttachment.objects.select_related("dossier")
        .filter(
            pk=attachment_id,
            dossier__filing__key=key,
            dossier__filing__applicant=applicant,
            dossier__applicant_user=applicant.user,
        )
        .first()
    )


def dossier_view(filing) -> dict:
    """Status, dated history and files of the filing's dossier, for its applicant."""
    dossier = filing.dossier
    if dossier is None:
        return {}
    events = [
        {"when": e.created_at, "label": e.get_to_status_display() or e.action, "note": e.note}
        for e in dossier.events.order_by("created_at", "pk")
    ]
    return {
        "dossier": dossier,
        "dossier_status": dossier.get_status_display(),
        "due_date": dossier.appointment_date or dossier.deadline,
        "events": events,
        "attachments": list(dossier.attachments.order_by("pk")),
    }
