"""Records without a status change: files added, events (fees, notifications), and
messages queued to the applicant."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from cchc.core.exceptions import PermissionDeniedError

from .. import permissions
from ..models import Dossier, DossierAttachment, DossierEvent
from ..workflow import ADMIN, DESK
from .base import UploadedFile, _event, _lock, _store_files, _text


def dossier_attach(
    *, dossier, actor, files: Iterable[UploadedFile], request=None
) -> list[DossierAttachment]:
    """Add files without a status change (desk scan, handler's working papers)."""
    with transaction.atomic():
        d = _lock(dossier)
        roles = permissions.roles_for(actor, d)
        if not roles & {DESK, "handler", "leader", ADMIN}:
            raise PermissionDeniedError()
        stored = _store_files(d, files, actor)
        _event(
            d,
            verb="attach",
            actor=actor,
            from_status=d.status,
            data={"files": [a.pk for a in stored]},
            request=request,
        )
    return stored


def dossier_record_event(
    *, dossier, actor, action: str, note: str = "", data=None, request=None
) -> DossierEvent:
    """An event without a status change (fee paid / refunded, notification sent...).
    ``action`` is a short verb, e.g. ``fee_paid``; callers authorise."""
    with transaction.atomic():
        d = _lock(dossier)
        return _event(
            d,
            verb=action[:40],
            actor=actor,
            from_status=d.status,
            note=_text(note),
            data=data,
            request=request,
        )


def dossier_notify_applicant(*, dossier, subject: str, body: str) -> int:
    """Queue a message to the applicant by e-mail and/or SMS (the accounts outbox, sent
    after the caller's transaction commits). Returns the number of messages queued."""
    from cchc.accounts.models import OutboundMessage
    from cchc.accounts.services import message_queue

    d = dossier if isinstance(dossier, Dossier) else Dossier.objects.get(pk=dossier)
    queued = 0
    with transaction.atomic():
        if d.applicant_email:
            message_queue(
                channel=OutboundMessage.Channel.EMAIL,
                recipient=d.applicant_email,
                subject=subject,
                body=body,
            )
            queued += 1
        if d.applicant_phone:
            message_queue(
                channel=OutboundMessage.Channel.SMS, recipient=d.applicant_phone, body=body[:300]
            )
            queued += 1
    return queued
