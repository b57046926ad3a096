"""Handling (giải quyết): assignment, assessment, legs to other agencies (liên thông),
approval or refusal on substance."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from cchc.core.calendar import get_work_calendar
from cchc.core.exceptions import InvalidTransitionError, PermissionDeniedError, ValidationError

from .. import permissions, rules
from ..choices import LegKind, LegStatus, Status
from ..models import Dossier, TransferLeg
from ..workflow import ADMIN
from .base import (
    ERR_LEG_AGENCY,
    ERR_LEG_DAYS,
    ERR_NOTE,
    ERR_OFFICER,
    ERR_REASON,
    _event,
    _guard,
    _local,
    _lock,
    _set_status,
    _simple,
    _text,
)


def dossier_assign(*, dossier, actor, officer, note: str = "", request=None) -> Dossier:
    """The head of the handling agency assigns a handler (NĐ 61 Đ.19)."""
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "assign", actor)
        _check_officer(d, officer)
        before = d.status
        d.assigned_to = officer
        _set_status(d, Status.ASSIGNED)
        d.save(update_fields=["status", "assigned_to", "updated_at"])
        _event(
            d,
            verb="assign",
            actor=actor,
            from_status=before,
            note=_text(note),
            data={"officer": officer.pk},
            request=request,
        )
    return d


def _check_officer(d: Dossier, officer) -> None:
    if officer is None or not officer.is_active:
        raise ValidationError(ERR_OFFICER)
    agency = permissions.officer_agency(officer)
    if agency is None or agency.pk != d.handling_agency_id:
        raise ValidationError(ERR_OFFICER)
    if not (
        officer.has_perm("dossiers.handle_dossier") or officer.has_perm("dossiers.lead_dossier")
    ):
        raise ValidationError(ERR_OFFICER)


def dossier_bulk_assign(
    *, dossiers: Iterable[Dossier | int], actor, officer, request=None
) -> tuple[list, list]:
    """Assign many; each dossier in its own transaction. Returns (done, [(dossier, error)])."""
    done, failed = [], []
    for dossier in dossiers:
        try:
            done.append(
                dossier_assign(dossier=dossier, actor=actor, officer=officer, request=request)
            )
        except (
            PermissionDeniedError,
            InvalidTransitionError,
            ValidationError,
            Dossier.DoesNotExist,
        ) as exc:
            failed.append((dossier, getattr(exc, "message", str(exc))))
    return done, failed


def dossier_assess(*, dossier, actor, note: str, request=None) -> Dossier:
    note = _text(note, required_error=ERR_NOTE)
    return _simple(dossier, actor, "assess", Status.ASSESSED, note, request)


def dossier_consult(
    *,
    dossier,
    actor,
    to_agency,
    days: int,
    task: str = "",
    kind: str = LegKind.TRANSFER,
    request=None,
) -> TransferLeg:
    """Phiếu chuyển: a leg to another agency with its own task and deadline (liên thông)."""
    task, days = _leg_input(task, days, kind)
    with transaction.atomic():
        d = _lock(dossier)
        _guard(d, "consult", actor)
        if (
            to_agency is None
            or to_agency.pk == d.handling_agency_id
            or to_agency.status != "active"
        ):
            raise ValidationError(ERR_LEG_AGENCY)
        before = d.status
        if before != Status.CONSULTING:
            d.resume_status = before
        today = timezone.localdate()
        leg = TransferLeg.objects.create(
            dossier=d,
            kind=kind,
            from_agency=d.handling_agency,
            to_agency=to_agency,
            task=task,
            days=days,
            deadline=get_work_calendar().add_working_days(today, days),
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        _set_status(d, Status.CONSULTING)
        d.save(update_fields=["status", "resume_status", "updated_at"])
        _event(
            d,
            verb="consult",
            actor=actor,
            from_status=before,
            note=task,
            data={
                "leg": leg.pk,
                "to_agency": to_agency.pk,
                "days": days,
                "kind": kind,
                "deadline": leg.deadline.isoformat(),
            },
            request=request,
        )
    return leg


def _leg_input(task: str, days, kind: str) -> tuple[str, int]:
    """The leg's task and number of working days, checked before anything is locked."""
    task = _text(task, max_length=2000)
    try:
        days = int(days)
    except (TypeError, ValueError):
        raise ValidationError(ERR_LEG_DAYS) from None
    if not 1 <= days <= 60:
        raise ValidationError(ERR_LEG_DAYS)
    if kind not in LegKind.values:
        raise ValidationError()
    return task, days


def dossier_leg_complete(
    *, leg: TransferLeg | int, actor, reply: str, dossier=None, request=None
) -> TransferLeg:
    """The receiving agency of a leg answers; with no leg open the dossier goes back to
    "assessed" for its handling agency to decide."""
    reply = _text(reply, required_error=ERR_NOTE)
    leg_pk = leg.pk if isinstance(leg, TransferLeg) else leg
    with transaction.atomic():
        leg = TransferLeg.objects.select_for_update().get(pk=leg_pk)
        if dossier is not None and leg.dossier_id != dossier.pk:
            raise InvalidTransitionError()
        d = _lock(leg.dossier_id)
        roles = permissions.roles_for(actor, d)
        agency = permissions.officer_agency(actor)
        if ADMIN not in roles and not (
            agency is not None and agency.pk == leg.to_agency_id and "leg" in roles
        ):
            raise PermissionDeniedError()
        if leg.status != LegStatus.OPEN or d.status != Status.CONSULTING:
            raise InvalidTransitionError()
        now = timezone.now()
        leg.status = LegStatus.DONE
        leg.reply = reply
        leg.completed_at = now
        leg.completed_by = actor
        leg.outcome = rules.outcome_for(_local(now).date(), leg.deadline)
        leg.save(update_fields=["status", "reply", "completed_at", "completed_by", "outcome"])
        before = d.status
        if not d.legs.filter(status=LegStatus.OPEN).exists():
            _set_status(d, Status.ASSESSED)
            d.resume_status = ""
            d.save(update_fields=["status", "resume_status", "updated_at"])
        _event(
            d,
            verb="leg_complete",
            actor=actor,
            from_status=before,
            note=reply,
            data={"leg": leg.pk, "outcome": leg.outcome},
            request=request,
        )
    return leg


def dossier_approve(*, dossier, actor, note: str = "", request=None) -> Dossier:
    return _simple(dossier, actor, "approve", Status.APPROVED, _text(note), request)


def dossier_refuse(*, dossier, actor, reason: str, request=None) -> Dossier:
    """Rejected on substance: Phiếu từ chối giải quyết, with reasons."""
    reason = _text(reason, required_error=ERR_REASON)
    return _simple(
        dossier, actor, "refuse", Status.REFUSED, reason, request, extra={"refusal_reason": reason}
    )
