"""Reads of online filing: the applicant's own filings only."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import DraftFile, Filing


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


def draft_file_get_for_applicant(applicant, key, file_id: int) -> DraftFile | None:
    if applicant is None:
        return None
    return (
        DraftFile.objects.select_related("filing")
        .filter(filing__applicant=applicant, filing__key=key, pk=file_id)
        .first()
    )
